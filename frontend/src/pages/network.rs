//! The network page: follow a school's node, a teacher or a network by handle, see what you
//! follow (and stop), and who follows you.

use maud::{html, Markup};

use super::forms::{FormCtx, Input};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{ActorLine, NetworkPage, PageCtx};

pub(crate) fn render(ctx: &PageCtx, network: &NetworkPage) -> Markup {
    let l = ctx.lang;
    let heading = l.t("Netwerk", "Network");
    let f = FormCtx::new(l, &network.errors);
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t(
                "Volg scholen, docenten en netwerken op andere Deelwijs-nodes (of andere ActivityPub-servers). Wat zij openbaar delen, komt hier binnen.",
                "Follow schools, teachers and networks on other Deelwijs nodes (or other ActivityPub servers). What they share publicly arrives here."
            )) }
        }
        section.panel aria-labelledby="follow-title" {
            h2 #follow-title .panel__title { (l.t("Volgen", "Follow")) }
            form.form method="post" action="/network/follow" {
                (csrf_field(ctx))
                (f.field("target", l.t("Handle of adres", "Handle or address"))
                    .required()
                    .hint(l.t(
                        "Bijvoorbeeld @materialen@deelwijs.voorbeeld.nl (een node), @docent@deelwijs.voorbeeld.nl of een https://-adres.",
                        "For example @materialen@deelwijs.example.org (a node), @teacher@deelwijs.example.org or an https:// address."
                    ))
                    .input(Input { value: &network.target, autocomplete: Some("off"), ..Input::default() }))
                div.form-actions { button.button type="submit" { (l.t("Volgen", "Follow")) } }
            }
            p.muted {
                (l.t("Jouw handle: ", "Your handle: ")) code { (network.own_handle) }
                " · " (l.t("deze node: ", "this node: ")) code { (network.node_handle) }
            }
            p { a href="/timeline" { (l.t("Wat gevolgde bronnen publiceerden", "What followed sources published")) span aria-hidden="true" { " →" } } }
        }
        section.home-section aria-labelledby="following-title" {
            div.section-header { h2 #following-title { (l.t("Wat je volgt", "What you follow")) } }
            (actor_table(ctx, l, &network.following, "following-caption", l.t("Je volgt nog niemand.", "You do not follow anyone yet.")))
        }
        section.home-section aria-labelledby="followers-title" {
            div.section-header { h2 #followers-title { (l.t("Wie jou volgt", "Who follows you")) } }
            (actor_table(ctx, l, &network.followers, "followers-caption", l.t("Nog niemand volgt je.", "Nobody follows you yet.")))
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
                    caption id=(caption_id) .visually-hidden { (l.t("Accounts en nodes", "Accounts and nodes")) }
                    thead {
                        tr {
                            th scope="col" { (l.t("Naam", "Name")) }
                            th scope="col" { (l.t("Handle", "Handle")) }
                            th scope="col" { (l.t("Status", "Status")) }
                            th scope="col" { span.visually-hidden { (l.t("Acties", "Actions")) } }
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
                                                (l.t("Ontvolgen", "Unfollow")) span.visually-hidden { " " (actor.handle) }
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
