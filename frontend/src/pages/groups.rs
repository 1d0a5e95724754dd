//! Innovation networks: the list of networks on this node with the form to start one
//! (`/groups`), and one network's page with its members, posts, join requests and forms.

use maud::{html, Markup};

use super::forms::{FormCtx, Input};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{Choice, GroupPage, MemberLine, NetworksPage, PageCtx};

pub(crate) fn list(ctx: &PageCtx, view: &NetworksPage) -> Markup {
    let l = ctx.lang;
    let heading = l.t("Innovatienetwerken", "Innovation networks");
    let f = FormCtx::new(l, &view.errors);
    let modes =
        [("open", l.t("Iedereen kan lid worden", "Anyone can join")), ("approval", l.t("Een moderator keurt aanvragen goed", "A moderator approves requests"))];
    let choices: Vec<Choice> =
        modes.iter().map(|(id, label)| Choice { id: (*id).to_owned(), label: (*label).to_owned(), selected: view.join_mode == *id }).collect();
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t(
                "Een netwerk deelt praktijkvoorbeelden en materialen van zijn leden met iedereen die het volgt, ook op andere nodes.",
                "A network shares its members' case studies and materials with everyone who follows it, on other nodes too."
            )) }
        }
        @if view.networks.is_empty() {
            p.muted { (l.t("Op deze node zijn nog geen netwerken.", "There are no networks on this node yet.")) }
        } @else {
            ul.plain-list {
                @for network in &view.networks {
                    li.panel {
                        h2.panel__title { a href=(network.url) { (network.title) } }
                        @if !network.summary.is_empty() { p { (network.summary) } }
                        p.muted { code { (network.handle) } }
                    }
                }
            }
        }
        @if view.can_create {
            section.panel aria-labelledby="new-network-title" {
                h2 #new-network-title .panel__title { (l.t("Nieuw netwerk", "New network")) }
                form.form method="post" action="/groups" {
                    (csrf_field(ctx))
                    (f.field("name", l.t("Naam (voor de handle)", "Name (for the handle)"))
                        .required()
                        .hint(l.t("Kleine letters, cijfers en streepjes, zoals digitale-geletterdheid.", "Lower-case letters, digits and dashes, like digital-literacy."))
                        .input(Input { value: &view.name, autocomplete: Some("off"), ..Input::default() }))
                    (f.field("title", l.t("Titel", "Title")).required().input(Input { value: &view.title, ..Input::default() }))
                    (f.field("summary", l.t("Waar gaat het netwerk over?", "What is the network about?")).textarea(&view.summary, false))
                    (f.field("join_mode", l.t("Lid worden", "Joining")).choices(&choices, true))
                    div.form-actions { button.button type="submit" { (l.t("Netwerk starten", "Start the network")) } }
                }
            }
        }
    };
    page(ctx, heading, Width::Wide, content)
}

pub(crate) fn render(ctx: &PageCtx, view: &GroupPage) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &view.errors);
    let content = html! {
        div.page-header {
            p.page-header__eyebrow { (l.t("Innovatienetwerk", "Innovation network")) }
            h1 { (view.title) }
            @if !view.summary.is_empty() { p.page-header__sub { (view.summary) } }
            p.muted {
                (l.t("Volg dit netwerk vanaf elke node met ", "Follow this network from any node with ")) code { (view.handle) }
                " · " (view.join_mode)
            }
        }
        section.panel aria-labelledby="membership-title" {
            h2 #membership-title .panel__title { (l.t("Lidmaatschap", "Membership")) }
            @match (&view.membership, view.signed_in) {
                (Some(state), _) => {
                    p { (state) }
                    form method="post" action=(format!("{}/leave", view.url)) {
                        (csrf_field(ctx))
                        button.button.button--secondary type="submit" { (l.t("Netwerk verlaten", "Leave the network")) }
                    }
                }
                (None, true) => {
                    form method="post" action=(format!("{}/join", view.url)) {
                        (csrf_field(ctx))
                        button.button type="submit" { (l.t("Lid worden", "Join")) }
                    }
                }
                (None, false) => {
                    p { a href="/sign-in" { (l.t("Log in", "Sign in")) } (l.t(" om lid te worden.", " to join.")) }
                }
            }
        }
        section.home-section aria-labelledby="posts-title" {
            div.section-header { h2 #posts-title { (l.t("Gedeeld in dit netwerk", "Shared in this network")) } }
            @if view.posts.is_empty() {
                p.muted { (l.t("Nog niets gedeeld.", "Nothing shared yet.")) }
            } @else {
                ul.plain-list {
                    @for post in &view.posts {
                        li.panel {
                            p.muted { (post.kind) @if let Some(origin) = &post.origin { " · " (l.t("van ", "from ")) (origin) } }
                            h3.panel__title { a href=(post.url) { (post.title) } }
                            @if !post.summary.is_empty() { p { (post.summary) } }
                            p.muted { (post.author) }
                            @if let Some(action) = &post.remove_url {
                                form method="post" action=(action) {
                                    (csrf_field(ctx))
                                    button.button.button--small.button--secondary type="submit" {
                                        (l.t("Uit het netwerk halen", "Remove from the network")) span.visually-hidden { ": " (post.title) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        section.home-section aria-labelledby="members-title" {
            div.section-header { h2 #members-title { (l.t("Leden", "Members")) } }
            (member_table(ctx, l, view, &view.members, "members-caption", false))
        }
        @if view.can_moderate {
            section.home-section aria-labelledby="requests-title" {
                div.section-header { h2 #requests-title { (l.t("Aanvragen", "Requests")) } }
                @if view.requests.is_empty() {
                    p.muted { (l.t("Geen openstaande aanvragen.", "No open requests.")) }
                } @else {
                    (member_table(ctx, l, view, &view.requests, "requests-caption", true))
                }
            }
            section.panel aria-labelledby="add-member-title" {
                h2 #add-member-title .panel__title { (l.t("Lid toevoegen", "Add a member")) }
                form.form method="post" action=(format!("{}/members", view.url)) {
                    (csrf_field(ctx))
                    (f.field("target", l.t("Gebruikersnaam of handle", "Username or handle"))
                        .required()
                        .hint(l.t("Iemand van deze node (gebruikersnaam) of van elders (@docent@school.voorbeeld.be).", "Someone on this node (username) or elsewhere (@teacher@school.example.be)."))
                        .input(Input { value: &view.target, autocomplete: Some("off"), ..Input::default() }))
                    input type="hidden" name="role" value="member";
                    div.form-actions { button.button type="submit" { (l.t("Toevoegen", "Add")) } }
                }
            }
        }
    };
    page(ctx, &view.title, Width::Wide, content)
}

fn member_table(ctx: &PageCtx, l: Lang, view: &GroupPage, members: &[MemberLine], caption_id: &str, requests: bool) -> Markup {
    html! {
        @if members.is_empty() {
            p.muted { (l.t("Nog geen leden.", "No members yet.")) }
        } @else {
            div.table-scroll role="region" aria-labelledby=(caption_id) tabindex="0" {
                table.table {
                    caption id=(caption_id) .visually-hidden { (if requests { l.t("Aanvragen", "Requests") } else { l.t("Leden", "Members") }) }
                    thead {
                        tr {
                            th scope="col" { (l.t("Naam", "Name")) }
                            th scope="col" { (l.t("Handle", "Handle")) }
                            th scope="col" { (l.t("Rol", "Role")) }
                            @if view.can_moderate { th scope="col" { span.visually-hidden { (l.t("Acties", "Actions")) } } }
                        }
                    }
                    tbody {
                        @for member in members {
                            tr {
                                th scope="row" { a href=(member.url) rel="nofollow" { (member.name) } }
                                td { code { (member.handle) } }
                                td { (member.role) }
                                @if view.can_moderate {
                                    td.table__actions {
                                        @if requests || !member.is_moderator {
                                            form method="post" action=(format!("{}/members", view.url)) {
                                                (csrf_field(ctx))
                                                input type="hidden" name="target" value=(member.url);
                                                input type="hidden" name="role" value=(if requests { "member" } else { "moderator" });
                                                button.button.button--small type="submit" {
                                                    (if requests { l.t("Goedkeuren", "Approve") } else { l.t("Moderator maken", "Make moderator") })
                                                    span.visually-hidden { " " (member.handle) }
                                                }
                                            }
                                        }
                                        form method="post" action=(format!("{}/members/{}/remove", view.url, member.actor_id)) {
                                            (csrf_field(ctx))
                                            button.button.button--small.button--secondary type="submit" {
                                                (if requests { l.t("Afwijzen", "Decline") } else { l.t("Verwijderen", "Remove") })
                                                span.visually-hidden { " " (member.handle) }
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
