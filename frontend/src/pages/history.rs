//! The version history of a material or case study: every version, a link to view it, restoring old ones.

use maud::{html, Markup};

use super::parts::pager;
use crate::layout::{csrf_field, page, Width};
use crate::views::{HistoryPage, PageCtx};

pub(crate) fn render(ctx: &PageCtx, history: &HistoryPage) -> Markup {
    let l = ctx.lang;
    let heading = l.t("version-history");
    let content = html! {
        div.page-header {
            nav.breadcrumbs aria-label=(l.t("breadcrumb")) {
                a href=(history.back_url) { (history.title) }
            }
            h1 { (heading) }
            p.page-header__sub {
                (l.t("every-change-to")) " “" (history.title) "” "
                (l.t("is-kept-view-an"))
            }
        }
        @if history.versions.is_empty() {
            p.muted { (l.t("there-are-no-versions")) }
        } @else {
            div.table-scroll role="region" aria-labelledby="history-caption" tabindex="0" {
                table.table {
                    caption #history-caption .visually-hidden { (heading) ": " (history.title) }
                    thead {
                        tr {
                            th scope="col" { (l.t("version-2")) }
                            th scope="col" { (l.t("date")) }
                            th scope="col" { (l.t("by")) }
                            th scope="col" { (l.t("what-happened")) }
                            th scope="col" { (l.t("visibility")) }
                            th scope="col" { span.visually-hidden { (l.t("actions")) } }
                        }
                    }
                    tbody {
                        @for version in &history.versions {
                            tr.table__row--current[version.is_current] aria-current=[version.is_current.then_some("true")] {
                                th scope="row" {
                                    (version.version)
                                    @if version.is_current {
                                        " " span.badge.badge--current { (l.t("current")) }
                                    }
                                }
                                td { (version.created) }
                                td { (version.editor) }
                                td.table__note { (version.note) }
                                td { (version.status) }
                                td.table__actions {
                                    a href=(version.url) {
                                        (l.t("view")) span.visually-hidden { " " (l.t("version")) " " (version.version) }
                                    }
                                    @if let Some(restore) = &version.restore_url {
                                        form.inline-form method="post" action=(restore) {
                                            (csrf_field(ctx))
                                            button.link-button type="submit" {
                                                (l.t("restore")) span.visually-hidden { " " (l.t("version")) " " (version.version) }
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
        p { a href=(history.back_url) { span aria-hidden="true" { "← " } (l.t("back-to")) " " (history.title) } }
    };
    page(ctx, &format!("{heading}: {}", history.title), Width::Wide, content)
}
