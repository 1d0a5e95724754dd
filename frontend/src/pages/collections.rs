//! Collections (arrangementen): the list, the collection page (introduction, the ordered items
//! with their notes, goals, licence, attribution, feed, actions) and "add to a collection" on a
//! material page.

use maud::{html, Markup, PreEscaped};

use super::parts::{
    appreciation, card_title, content_actions, goal_link, meta_row, meta_tags, network_share, pager, state_badges, tabs, version_notice, Level,
};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{AddToCollection, CollectionCard, CollectionPage, ListPage, PageCtx};

pub(crate) fn list(ctx: &PageCtx, list: &ListPage<CollectionCard>) -> Markup {
    let l = ctx.lang;
    let content = html! {
        div.page-header.page-header--row {
            div {
                h1 { (list.heading) }
                p.page-header__sub {
                    (list.pager.total) " " (if list.pager.total == 1 { l.t("collection") } else { l.t("collections-2") })
                    " · " (l.t("lesson-series-theme-weeks"))
                }
            }
            @if let Some(new_url) = &list.new_url {
                a.button href=(new_url) { span aria-hidden="true" { "+ " } (l.t("new-collection")) }
            }
        }
        (tabs(l, &list.tabs))
        @if list.items.is_empty() {
            p.empty-state { (l.t("there-are-no-collections")) }
        } @else {
            div.card-grid {
                @for card in &list.items { (collection_card(l, card)) }
            }
        }
        (pager(l, &list.pager))
    };
    page(ctx, &list.heading, Width::Wide, content)
}

pub(crate) fn collection_card(l: Lang, card: &CollectionCard) -> Markup {
    html! {
        article.card.card--collection {
            div.card__badges {
                span.badge.badge--type { (l.t("collection-2")) }
                @if let Some(status) = &card.status {
                    span.badge.badge--status { (status) }
                }
            }
            (card_title(Level::H2, &card.url, &card.title, &card.language_code))
            @if !card.introduction.is_empty() {
                p.card__summary lang=(card.language_code) { (card.introduction) }
            }
            ul.tags aria-label=(l.t("properties")) {
                li.tag { (card.item_count) " " (if card.item_count == 1 { l.t("material-2") } else { l.t("materials-2") }) }
                @for level in &card.levels {
                    li.tag.tag--level { (level) }
                }
                @if let Some(origin) = &card.origin {
                    li.tag { span.visually-hidden { (l.t("from")) } (origin) }
                }
            }
            p.card__meta {
                span { (card.owner_name) }
                span aria-hidden="true" { " · " }
                span { span.visually-hidden { (l.t("updated-3")) } (card.updated) }
            }
        }
    }
}

pub(crate) fn render(ctx: &PageCtx, c: &CollectionPage) -> Markup {
    let l = ctx.lang;
    let content = html! {
        @if let Some(version) = &c.viewing_version {
            (version_notice(ctx, version, &c.url))
        }
        article.content-page.content-page--collection {
            header.page-header {
                nav.breadcrumbs aria-label=(l.t("breadcrumb")) {
                    a href="/collections" { (l.t("collections")) }
                }
                div.page-header__badges {
                    span.badge.badge--kind { (l.t("collection-2")) }
                    (state_badges(l, &c.status_id, &c.status, c.hidden))
                    @if let Some(origin) = &c.origin { span.badge { (l.t("from-2")) " " (origin) } }
                }
                h1 lang=(c.language_code) { (c.title) }
                p.byline {
                    (l.t("put-together-by")) " " a href=(c.owner_url) { (c.owner_name) }
                    " · " (c.items.len()) " " (if c.items.len() == 1 { l.t("material-2") } else { l.t("materials-2") })
                    " · " (l.t("updated")) " " (c.updated)
                }
            }
            div.content-layout {
                div.content-layout__main {
                    @if !c.introduction_html.is_empty() {
                        div.prose lang=(c.language_code) { (PreEscaped(&c.introduction_html)) }
                    }
                    section.block aria-labelledby="items-title" {
                        h2 #items-title { (l.t("in-this-collection")) }
                        @if c.items.is_empty() {
                            p.muted { (l.t("empty-so-far-add")) }
                        } @else {
                            ol.collection-items {
                                @for item in &c.items {
                                    li.collection-item {
                                        @if item.available {
                                            a.collection-item__title href=(item.url) { (if item.title.is_empty() { item.url.as_str() } else { item.title.as_str() }) }
                                            @if let Some(origin) = &item.origin {
                                                " " span.collection-item__origin { "(" (l.t("on")) " " (origin) ")" }
                                            }
                                        } @else {
                                            span.collection-item__title.muted { (l.t("no-longer-available")) }
                                        }
                                        @if !item.note.is_empty() {
                                            p.collection-item__note lang=(c.language_code) { (item.note) }
                                        }
                                        @if let Some(remove_url) = &item.remove_url {
                                            form.collection-item__remove method="post" action=(remove_url) {
                                                (csrf_field(ctx))
                                                input type="hidden" name="material" value=(item.item_url);
                                                button.link-button.link-button--danger type="submit" {
                                                    (l.t("take-out-of-collection"))
                                                    span.visually-hidden { ": " (item.title) }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    @if !c.goals.is_empty() {
                        section.block aria-labelledby="goals-title" {
                            h2 #goals-title { (l.t("learning-goals")) }
                            ul.goal-list { @for goal in &c.goals { li { (goal_link(goal)) } } }
                        }
                    }
                    @if !c.attribution.is_empty() {
                        section.block.attribution aria-labelledby="attribution-title" {
                            h2 #attribution-title { (l.t("attribution")) }
                            p.muted { (l.t("made-from")) }
                            @for credit in &c.attribution {
                                blockquote.tasl { p { (credit.tasl) } }
                            }
                        }
                    }
                }
                aside.content-layout__side aria-label=(l.t("about-this-collection")) {
                    section.panel aria-labelledby="about-title" {
                        h2 #about-title .panel__title { (l.t("about-this-collection")) }
                        dl.meta {
                            (meta_tags(l.t("education-level"), &c.levels))
                            (meta_tags(l.t("subject"), &c.subjects))
                            (meta_row(l.t("language"), &c.language))
                            div.meta__row {
                                dt { (l.t("licence")) }
                                dd {
                                    @if c.license_url.is_empty() { (l.t("unknown")) }
                                    @else { a rel="license" href=(c.license_url) { (c.license_name) } }
                                }
                            }
                            @if let Some(source) = &c.derived_from {
                                div.meta__row {
                                    dt { (l.t("copied-from")) }
                                    dd { a href=(source.url) { (source.title) } }
                                }
                            }
                            @if let Some(original) = &c.original_url {
                                div.meta__row {
                                    dt { (l.t("original")) }
                                    dd { a href=(original) { (c.origin.as_deref().unwrap_or_default()) } }
                                }
                            }
                            @if let Some(network) = &c.network {
                                div.meta__row {
                                    dt { (l.t("owned-by-network")) }
                                    dd { a href=(network.url) { (network.title) } }
                                }
                            }
                            (meta_row(l.t("followers"), &c.followers.to_string()))
                            (meta_row(l.t("version-2"), &c.version.to_string()))
                            (meta_row(l.t("updated-2"), &c.updated))
                        }
                        p.panel__note {
                            a href=(c.feed_url) type="application/atom+xml" { (l.t("follow-with-the-feed")) }
                        }
                        @if c.origin.is_none() {
                            p.panel__note {
                                (l.t("to-follow-from-another"))
                                " " code { (c.url) }
                            }
                        }
                    }
                    (appreciation(ctx, &c.url, &c.appreciation))
                    (network_share(ctx, c.network_share.as_ref()))
                    @if !c.network_choices.is_empty() {
                        section.panel aria-labelledby="owner-title" {
                            h2 #owner-title .panel__title { (l.t("owner")) }
                            form.stack method="post" action={ (c.url) "/network" } {
                                (csrf_field(ctx))
                                div.field {
                                    label.field__label for="field-owner-network" { (l.t("owned-by-a-network")) }
                                    p.field__hint { (l.t("the-networks-moderators-can")) }
                                    select.select #field-owner-network name="network" {
                                        option value="" selected[c.network.is_none()] { (l.t("none-only-me")) }
                                        @for choice in &c.network_choices { option value=(choice.id) selected[choice.selected] { (choice.label) } }
                                    }
                                }
                                button.button.button--secondary type="submit" { (l.t("save")) }
                            }
                        }
                    }
                    (content_actions(ctx, &c.url, &c.can, &c.status_id, c.hidden, copy_action(ctx, c)))
                }
            }
        }
    };
    page(ctx, &c.title, Width::Wide, content)
}

/// "Copy into my own": for every signed-in viewer of a collection they may copy.
fn copy_action(ctx: &PageCtx, c: &CollectionPage) -> Markup {
    let l = ctx.lang;
    html! {
        @if c.can.remix && c.viewing_version.is_none() {
            li {
                form method="post" action={ (c.url) "/copy" } {
                    (csrf_field(ctx))
                    button.button.button--secondary type="submit" { (l.t("copy-to-my-collections")) }
                }
            }
        }
    }
}

/// On a material page: add it to one of the viewer's collections, with a note.
pub(crate) fn add_to_collection(ctx: &PageCtx, add: &AddToCollection) -> Markup {
    let l = ctx.lang;
    html! {
        section.panel aria-labelledby="collect-title" {
            h2 #collect-title .panel__title { (l.t("add-to-a-collection")) }
            @if add.options.is_empty() {
                p { (l.t("you-have-no-collection")) }
                a.button.button--secondary href=(add.new_url) { (l.t("new-collection-with-this")) }
            } @else {
                form.stack method="post" action=(add.action) {
                    (csrf_field(ctx))
                    div.field {
                        label.field__label for="field-collection" { (l.t("collection-2")) }
                        select.select #field-collection name="collection" {
                            @for (id, title) in &add.options { option value=(id) { (title) } }
                        }
                    }
                    div.field {
                        label.field__label for="field-collect-note" { (l.t("note-optional")) }
                        textarea.textarea #field-collect-note name="note" rows="2" maxlength="2000" {}
                    }
                    button.button.button--secondary type="submit" { (l.t("add")) }
                }
                p.panel__note { a href=(add.new_url) { (l.t("or-start-a-new")) } }
            }
        }
    }
}
