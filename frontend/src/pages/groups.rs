//! Innovation networks: the list of networks on this node with the form to start one
//! (`/groups`), and one network's page with its members, posts, join requests and forms.

use maud::{html, Markup};

use super::forms::{FormCtx, Input};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{Choice, GroupPage, MemberLine, NetworksPage, PageCtx};

pub(crate) fn list(ctx: &PageCtx, view: &NetworksPage) -> Markup {
    let l = ctx.lang;
    let heading = l.t("innovation-networks");
    let f = FormCtx::new(l, &view.errors);
    let modes = [("open", l.t("anyone-can-join")), ("approval", l.t("a-moderator-approves-requests"))];
    let choices: Vec<Choice> =
        modes.iter().map(|(id, label)| Choice { id: (*id).to_owned(), label: (*label).to_owned(), selected: view.join_mode == *id }).collect();
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t("a-network-shares-its")) }
        }
        @if view.networks.is_empty() {
            p.muted { (l.t("there-are-no-networks")) }
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
                h2 #new-network-title .panel__title { (l.t("new-network")) }
                form.form method="post" action="/groups" {
                    (csrf_field(ctx))
                    (f.field("name", l.t("name-for-the-handle"))
                        .required()
                        .hint(l.t("lower-case-letters-digits"))
                        .input(Input { value: &view.name, autocomplete: Some("off"), ..Input::default() }))
                    (f.field("title", l.t("title")).required().input(Input { value: &view.title, ..Input::default() }))
                    (f.field("summary", l.t("what-is-the-network")).textarea(&view.summary, false))
                    (f.field("join_mode", l.t("joining")).choices(&choices, true))
                    div.form-actions { button.button type="submit" { (l.t("start-the-network")) } }
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
            p.page-header__eyebrow { (l.t("innovation-network")) }
            h1 { (view.title) }
            @if !view.summary.is_empty() { p.page-header__sub { (view.summary) } }
            p.muted {
                (l.t("follow-this-network-from")) code { (view.handle) }
                " · " (view.join_mode)
            }
        }
        section.panel aria-labelledby="membership-title" {
            h2 #membership-title .panel__title { (l.t("membership")) }
            @match (&view.membership, view.signed_in) {
                (Some(state), _) => {
                    p { (state) }
                    form method="post" action=(format!("{}/leave", view.url)) {
                        (csrf_field(ctx))
                        button.button.button--secondary type="submit" { (l.t("leave-the-network")) }
                    }
                }
                (None, true) => {
                    form method="post" action=(format!("{}/join", view.url)) {
                        (csrf_field(ctx))
                        button.button type="submit" { (l.t("join")) }
                    }
                }
                (None, false) => {
                    p { a href="/sign-in" { (l.t("sign-in-3")) } (l.t("to-join")) }
                }
            }
        }
        section.home-section aria-labelledby="posts-title" {
            div.section-header { h2 #posts-title { (l.t("shared-in-this-network")) } }
            @if view.posts.is_empty() {
                p.muted { (l.t("nothing-shared-yet")) }
            } @else {
                ul.plain-list {
                    @for post in &view.posts {
                        li.panel {
                            p.muted { (post.kind) @if let Some(origin) = &post.origin { " · " (l.t("from-3")) (origin) } }
                            h3.panel__title { a href=(post.url) { (post.title) } }
                            @if !post.summary.is_empty() { p { (post.summary) } }
                            p.muted { (post.author) }
                            @if let Some(action) = &post.remove_url {
                                form method="post" action=(action) {
                                    (csrf_field(ctx))
                                    button.button.button--small.button--secondary type="submit" {
                                        (l.t("remove-from-the-network")) span.visually-hidden { ": " (post.title) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if let Some(activity) = &view.activity {
            section.home-section aria-labelledby="activity-title" {
                div.section-header { h2 #activity-title { (l.t("activity-heading")) } }
                (super::charts::activity(l, "activity", activity))
            }
        }
        section.home-section aria-labelledby="members-title" {
            div.section-header { h2 #members-title { (l.t("members")) } }
            (member_table(ctx, l, view, &view.members, "members-caption", false))
        }
        @if view.can_moderate {
            section.home-section aria-labelledby="requests-title" {
                div.section-header { h2 #requests-title { (l.t("requests")) } }
                @if view.requests.is_empty() {
                    p.muted { (l.t("no-open-requests")) }
                } @else {
                    (member_table(ctx, l, view, &view.requests, "requests-caption", true))
                }
            }
            section.panel aria-labelledby="add-member-title" {
                h2 #add-member-title .panel__title { (l.t("add-a-member")) }
                form.form method="post" action=(format!("{}/members", view.url)) {
                    (csrf_field(ctx))
                    (f.field("target", l.t("username-or-handle"))
                        .required()
                        .hint(l.t("someone-on-this-node"))
                        .input(Input { value: &view.target, autocomplete: Some("off"), ..Input::default() }))
                    input type="hidden" name="role" value="member";
                    div.form-actions { button.button type="submit" { (l.t("add")) } }
                }
            }
        }
    };
    page(ctx, &view.title, Width::Wide, content)
}

fn member_table(ctx: &PageCtx, l: Lang, view: &GroupPage, members: &[MemberLine], caption_id: &str, requests: bool) -> Markup {
    html! {
        @if members.is_empty() {
            p.muted { (l.t("no-members-yet")) }
        } @else {
            div.table-scroll role="region" aria-labelledby=(caption_id) tabindex="0" {
                table.table {
                    caption id=(caption_id) .visually-hidden { (if requests { l.t("requests") } else { l.t("members") }) }
                    thead {
                        tr {
                            th scope="col" { (l.t("name")) }
                            th scope="col" { (l.t("handle")) }
                            th scope="col" { (l.t("role")) }
                            @if view.can_moderate { th scope="col" { span.visually-hidden { (l.t("actions")) } } }
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
                                                    (if requests { l.t("approve") } else { l.t("make-moderator") })
                                                    span.visually-hidden { " " (member.handle) }
                                                }
                                            }
                                        }
                                        form method="post" action=(format!("{}/members/{}/remove", view.url, member.actor_id)) {
                                            (csrf_field(ctx))
                                            button.button.button--small.button--secondary type="submit" {
                                                (if requests { l.t("decline") } else { l.t("remove-2") })
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
