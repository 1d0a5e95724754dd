//! Activity per month as bars, each with its number; a table of the same beside it.

use maud::{html, Markup};

use super::{SCALE, WIDTH};
use crate::i18n::Lang;
use crate::views::ActivityView;

const HEIGHT: u32 = 200;
const TOP: u32 = 24;
const BOTTOM: u32 = 40;
const LEFT: u32 = 8;

/// The month's short name: the first three letters of its name in the UI language.
fn short_month(l: Lang, month: u8) -> String {
    let id = format!("month-{}", month.clamp(1, 12));
    l.t(&id).chars().take(3).collect()
}

pub(crate) fn activity(l: Lang, id: &str, view: &ActivityView) -> Markup {
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let total: u64 = view.months.iter().map(|(_, _, c)| c).sum();
    let most = view.months.iter().map(|(_, _, c)| *c).max().unwrap_or(0).max(1);
    let slots = u32::try_from(view.months.len()).unwrap_or(1).max(1);
    let slot = (WIDTH - LEFT * 2) / slots;
    let bar = slot.saturating_sub(8).max(2);
    let plot = HEIGHT - TOP - BOTTOM;
    let description = l.tf("activity-description", &[("what", view.what.as_str().into()), ("total", total.into()), ("months", view.months.len().into())]);
    html! {
        figure.chart.chart--activity {
            svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (WIDTH) " " (HEIGHT) } width=(WIDTH) height=(HEIGHT)
                role="img" aria-labelledby={ (title_id) " " (desc_id) } font-family="system-ui, sans-serif" font-size="12" {
                title id=(title_id) { (view.what) }
                desc id=(desc_id) { (description) }
                line x1=(LEFT) x2=(WIDTH - LEFT) y1=(HEIGHT - BOTTOM) y2=(HEIGHT - BOTTOM) stroke="#555" stroke-width="1" {}
                @for (i, (year, month, count)) in view.months.iter().enumerate() {
                    @let x = LEFT + u32::try_from(i).unwrap_or(0) * slot + (slot - bar) / 2;
                    @let h = u32::try_from(u64::from(plot) * count / most).unwrap_or(plot);
                    @let y = HEIGHT - BOTTOM - h;
                    g {
                        title { (short_month(l, *month)) " " (year) ": " (count) }
                        rect x=(x) y=(y) width=(bar) height=(h) fill=(SCALE[3].0) {}
                        text x=(x + bar / 2) y=(y.saturating_sub(4)) text-anchor="middle" { (count) }
                        text x=(x + bar / 2) y=(HEIGHT - BOTTOM + 16) text-anchor="middle" { (short_month(l, *month)) }
                        @if i == 0 || *month == 1 {
                            text x=(x + bar / 2) y=(HEIGHT - BOTTOM + 32) text-anchor="middle" fill="#333" { (year) }
                        }
                    }
                }
            }
            figcaption { (description) }
            details.chart__table {
                summary { (l.t("chart-as-table")) }
                table {
                    caption { (view.what) }
                    thead { tr { th scope="col" { (l.t("month")) } th scope="col" { (l.t("number")) } } }
                    tbody {
                        @for (year, month, count) in &view.months {
                            tr { td { (l.t(&format!("month-{}", month.clamp(&1, &12)))) " " (year) } td.num { (count) } }
                        }
                    }
                }
            }
        }
    }
}
