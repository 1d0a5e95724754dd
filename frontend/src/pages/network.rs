//! The network page: follow a school's node, a teacher or a network by handle, see what you
//! follow (and stop), and who follows you.

use maud::{html, Markup};

use super::forms::{FormCtx, Input};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{ActorLine, NetworkPage, PageCtx};

pub(crate) fn render(ctx: &PageCtx, network: &NetworkPage) -> Markup {
    let l = ctx.lang;
    let heading = l.t("network");
    let f = FormCtx::new(l, &network.errors);
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t("follow-schools-teachers-and")) }
        }
        section.panel aria-labelledby="follow-title" {
            h2 #follow-title .panel__title { (l.t("follow")) }
            form.form method="post" action="/network/follow" {
                (csrf_field(ctx))
                (f.field("target", l.t("handle-or-address"))
                    .required()
                    .hint(l.t("for-example-materialen-deelwijs"))
                    .input(Input { value: &network.target, autocomplete: Some("off"), ..Input::default() }))
                div.form-actions { button.button type="submit" { (l.t("follow")) } }
            }
            p.muted {
                (l.t("your-handle")) code { (network.own_handle) }
                " · " (l.t("this-node")) code { (network.node_handle) }
            }
            p { a href="/timeline" { (l.t("what-followed-sources-published")) span aria-hidden="true" { " →" } } }
        }
        section.home-section aria-labelledby="following-title" {
            div.section-header { h2 #following-title { (l.t("what-you-follow")) } }
            (actor_table(ctx, l, &network.following, "following-caption", l.t("you-do-not-follow")))
        }
        section.home-section aria-labelledby="followers-title" {
            div.section-header { h2 #followers-title { (l.t("who-follows-you")) } }
            (actor_table(ctx, l, &network.followers, "followers-caption", l.t("nobody-follows-you-yet")))
        }
    };
    page(ctx, heading, Width::Wide, content)
}

fn actor_table(ctx: &PageCtx, l: Lang, actors: &[ActorLine], caption_id: &str, empty: &str) -> Markup {
    html! {
        @if actors.is_empty() {
            p.muted { (empty) }
        } @else {
            div.table-scroll role="region" aria-labelledby=(caption_id) tabindex="0" {
                table.table {
                    caption id=(caption_id) .visually-hidden { (l.t("accounts-and-nodes")) }
                    thead {
                        tr {
                            th scope="col" { (l.t("name")) }
                            th scope="col" { (l.t("handle")) }
                            th scope="col" { (l.t("status")) }
                            th scope="col" { span.visually-hidden { (l.t("actions")) } }
                        }
                    }
                    tbody {
                        @for actor in actors {
                            tr {
                                th scope="row" { a href=(actor.url) rel="nofollow" { (actor.name) } }
                                td { code { (actor.handle) } }
                                td { (actor.state) }
                                td.table__actions {
                                    @if let Some(action) = &actor.unfollow_url {
                                        form method="post" action=(action) {
                                            (csrf_field(ctx))
                                            button.button.button--small.button--secondary type="submit" {
                                                (l.t("unfollow-2")) span.visually-hidden { " " (actor.handle) }
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
    }
}
