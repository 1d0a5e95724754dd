//! The moderators' page: open reports about content here, made by accounts here or sent by
//! other nodes (ActivityPub `Flag`), each with a button to mark it resolved.

use maud::{html, Markup};

use crate::layout::{csrf_field, page, Width};
use crate::views::{ModerationPage, PageCtx};

pub(crate) fn render(ctx: &PageCtx, view: &ModerationPage) -> Markup {
    let l = ctx.lang;
    let heading = l.t("Moderatie", "Moderation");
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t(
                "Meldingen over inhoud op deze node, van accounts hier en van andere nodes.",
                "Reports about content on this node, from accounts here and from other nodes."
            )) }
        }
        section.home-section aria-labelledby="reports-title" {
            div.section-header { h2 #reports-title { (l.t("Meldingen", "Reports")) } }
            @if view.reports.is_empty() {
                p.muted { (l.t("Er zijn geen open meldingen.", "There are no open reports.")) }
            } @else {
                div.table-scroll role="region" aria-labelledby="reports-caption" tabindex="0" {
                    table.table {
                        caption #reports-caption .visually-hidden { (l.t("Open meldingen", "Open reports")) }
                        thead { tr {
                            th scope="col" { (l.t("Over", "About")) }
                            th scope="col" { (l.t("Toelichting", "Comment")) }
                            th scope="col" { (l.t("Van", "From")) }
                            th scope="col" { (l.t("Datum", "Date")) }
                            th scope="col" { span.visually-hidden { (l.t("Acties", "Actions")) } }
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
                                            button.button.button--small type="submit" { (l.t("Afgehandeld", "Resolved")) }
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
