//! Goal coverage: one square per goal, grouped by subject area and domain, coloured and numbered
//! by how many materials are aligned to it; a table of the same numbers beside it.

use maud::{html, Markup};

use super::{clip, step, SCALE, STEP_LABELS, WIDTH};
use crate::i18n::Lang;
use crate::views::CoverageView;

const LABEL_WIDTH: u32 = 230;
const CELL: u32 = 28;
const GAP: u32 = 4;
const LEGEND_HEIGHT: u32 = 44;
const AREA_HEIGHT: u32 = 30;

/// Goals per row of squares.
fn columns() -> u32 {
    (WIDTH - LABEL_WIDTH) / (CELL + GAP)
}

/// The picture and its table; `id` makes the picture's title and description ids unique.
pub(crate) fn coverage(l: Lang, id: &str, view: &CoverageView) -> Markup {
    let goals = view.goals().count();
    let empty = view.goals().filter(|g| g.count == 0).count();
    let columns = columns();
    // Lay out first: every text and square with its place.
    let mut y = LEGEND_HEIGHT;
    let mut areas = Vec::new();
    for area in &view.areas {
        let area_y = y;
        y += AREA_HEIGHT;
        let mut domains = Vec::new();
        for domain in &area.domains {
            let rows = u32::try_from(domain.goals.len()).unwrap_or(u32::MAX).div_ceil(columns).max(1);
            domains.push((domain, y));
            y += rows * (CELL + GAP) + 6;
        }
        areas.push((area, area_y, domains));
    }
    let height = y + 4;
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let description = l.tf("coverage-description", &[("goals", goals.into()), ("empty", empty.into()), ("scope", view.scope.as_str().into())]);
    html! {
        figure.chart.chart--coverage {
            svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (WIDTH) " " (height) } width=(WIDTH) height=(height)
                role="img" aria-labelledby={ (title_id) " " (desc_id) } font-family="system-ui, sans-serif" font-size="13" {
                title id=(title_id) { (l.tf("coverage-title", &[("framework", view.framework.as_str().into())])) }
                desc id=(desc_id) { (description) }
                // The legend: what each colour stands for.
                text x="0" y="18" font-weight="bold" { (l.t("coverage-legend")) }
                @for (i, label) in STEP_LABELS.iter().enumerate() {
                    @let x = LABEL_WIDTH + u32::try_from(i).unwrap_or(0) * 72;
                    rect x=(x) y="4" width="20" height="20" fill=(SCALE[i].0) stroke="#555" stroke-width="1" stroke-dasharray=[(i == 0).then_some("3 2")] {}
                    text x=(x + 26) y="19" { (label) }
                }
                @for (area, area_y, domains) in &areas {
                    text x="0" y=(area_y + 20) font-weight="bold" font-size="15" { (clip(&area.title, 90)) title { (area.title) } }
                    @for (domain, domain_y) in domains {
                        text x="0" y=(domain_y + 18) fill="#333" { (clip(&domain.title, 32)) title { (domain.title) } }
                        @for (i, goal) in domain.goals.iter().enumerate() {
                            @let i = u32::try_from(i).unwrap_or(0);
                            @let x = LABEL_WIDTH + (i % columns) * (CELL + GAP);
                            @let cell_y = domain_y + (i / columns) * (CELL + GAP);
                            @let (fill, ink) = SCALE[step(goal.count)];
                            g {
                                title { (goal.code) " " (goal.statement) ": " (l.tf("coverage-count", &[("count", goal.count.into())])) }
                                rect x=(x) y=(cell_y) width=(CELL) height=(CELL) fill=(fill) stroke="#555" stroke-width="1"
                                    stroke-dasharray=[(goal.count == 0).then_some("3 2")] {}
                                text x=(x + CELL / 2) y=(cell_y + 19) text-anchor="middle" fill=(ink) font-size="12" {
                                    @if goal.count > 999 { "999+" } @else { (goal.count) }
                                }
                            }
                        }
                    }
                }
            }
            figcaption { (description) }
            details.chart__table {
                summary { (l.t("chart-as-table")) }
                table {
                    caption { (l.tf("coverage-title", &[("framework", view.framework.as_str().into())])) }
                    thead { tr { th scope="col" { (l.t("subject-area")) } th scope="col" { (l.t("domain")) } th scope="col" { (l.t("goal")) } th scope="col" { (l.t("materials")) } } }
                    tbody {
                        @for area in &view.areas {
                            @for domain in &area.domains {
                                @for goal in &domain.goals {
                                    tr data-goal=(goal.uri) {
                                        td { (area.title) }
                                        td { (domain.title) }
                                        td { a href=(goal.url) { (goal.code) } " " (goal.statement) }
                                        td.num { @if goal.count > 0 { a href=(goal.search_url) { (goal.count) } } @else { "0" } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
