//! The moderators' page: open reports about content here, made by accounts here or sent by
//! other nodes (ActivityPub `Flag`), each with a button to mark it resolved.

use maud::{html, Markup};

use crate::layout::{csrf_field, page, Width};
use crate::views::{ModerationPage, PageCtx};

pub(crate) fn render(ctx: &PageCtx, view: &ModerationPage) -> Markup {
    let l = ctx.lang;
    let heading = l.t("moderation");
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t("reports-about-content-on")) }
        }
        section.home-section aria-labelledby="reports-title" {
            div.section-header { h2 #reports-title { (l.t("reports")) } }
            @if view.reports.is_empty() {
                p.muted { (l.t("there-are-no-open")) }
            } @else {
                div.table-scroll role="region" aria-labelledby="reports-caption" tabindex="0" {
                    table.table {
                        caption #reports-caption .visually-hidden { (l.t("open-reports")) }
                        thead { tr {
                            th scope="col" { (l.t("about")) }
                            th scope="col" { (l.t("comment")) }
                            th scope="col" { (l.t("from-2")) }
                            th scope="col" { (l.t("date")) }
                            th scope="col" { span.visually-hidden { (l.t("actions")) } }
                        } }
                        tbody {
                            @for r in &view.reports {
                                tr {
                                    th scope="row" { a href=(r.object_url) { (r.object_url) } }
                                    td { (r.comment) }
                                    td { (r.reporter) }
                                    td { (r.created) }
                                    td.table__actions {
                                        form method="post" action=(r.resolve_url) {
                                            (csrf_field(ctx))
                                            button.button.button--small type="submit" { (l.t("resolved")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    page(ctx, heading, Width::Wide, content)
}
