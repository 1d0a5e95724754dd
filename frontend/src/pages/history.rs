//! The version history of a material or case study: every version, a link to view it, restoring old ones.

use maud::{html, Markup};

use super::parts::pager;
use crate::layout::{csrf_field, page, Width};
use crate::views::{HistoryPage, PageCtx};

pub(crate) fn render(ctx: &PageCtx, history: &HistoryPage) -> Markup {
    let l = ctx.lang;
    let heading = l.t("Versiegeschiedenis", "Version history");
    let content = html! {
        div.page-header {
            nav.breadcrumbs aria-label=(l.t("Kruimelpad", "Breadcrumb")) {
                a href=(history.back_url) { (history.title) }
            }
            h1 { (heading) }
            p.page-header__sub {
                (l.t("Elke wijziging van", "Every change to")) " “" (history.title) "” "
                (l.t("wordt bewaard. Bekijk een oude versie of zet hem terug; terugzetten maakt een nieuwe versie en laat de zichtbaarheid zoals hij nu is.",
                    "is kept. View an old version or restore it; restoring makes a new version and keeps the visibility as it is now."))
            }
        }
        @if history.versions.is_empty() {
            p.muted { (l.t("Er zijn nog geen versies.", "There are no versions yet.")) }
        } @else {
            div.table-scroll role="region" aria-labelledby="history-caption" tabindex="0" {
                table.table {
                    caption #history-caption .visually-hidden { (heading) ": " (history.title) }
                    thead {
                        tr {
                            th scope="col" { (l.t("Versie", "Version")) }
                            th scope="col" { (l.t("Datum", "Date")) }
                            th scope="col" { (l.t("Door", "By")) }
                            th scope="col" { (l.t("Wat er gebeurde", "What happened")) }
                            th scope="col" { (l.t("Zichtbaarheid", "Visibility")) }
                            th scope="col" { span.visually-hidden { (l.t("Acties", "Actions")) } }
                        }
                    }
                    tbody {
                        @for version in &history.versions {
                            tr.table__row--current[version.is_current] aria-current=[version.is_current.then_some("true")] {
                                th scope="row" {
                                    (version.version)
                                    @if version.is_current {
                                        " " span.badge.badge--current { (l.t("huidig", "current")) }
                                    }
                                }
                                td { (version.created) }
                                td { (version.editor) }
                                td.table__note { (version.note) }
                                td { (version.status) }
                                td.table__actions {
                                    a href=(version.url) {
                                        (l.t("Bekijken", "View")) span.visually-hidden { " " (l.t("versie", "version")) " " (version.version) }
                                    }
                                    @if let Some(restore) = &version.restore_url {
                                        form.inline-form method="post" action=(restore) {
                                            (csrf_field(ctx))
                                            button.link-button type="submit" {
                                                (l.t("Terugzetten", "Restore")) span.visually-hidden { " " (l.t("versie", "version")) " " (version.version) }
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
        (pager(l, &history.pager))
        p { a href=(history.back_url) { span aria-hidden="true" { "← " } (l.t("Terug naar", "Back to")) " " (history.title) } }
    };
    page(ctx, &format!("{heading}: {}", history.title), Width::Wide, content)
}
