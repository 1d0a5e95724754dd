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
                    (list.pager.total) " " (if list.pager.total == 1 { l.t("arrangement", "collection") } else { l.t("arrangementen", "collections") })
                    " · " (l.t("lessenseries, themaweken en alles voor één leerdoel, samengesteld door collega's.",
                               "lesson series, theme weeks and everything for one goal, put together by colleagues."))
                }
            }
            @if let Some(new_url) = &list.new_url {
                a.button href=(new_url) { span aria-hidden="true" { "+ " } (l.t("Nieuw arrangement", "New collection")) }
            }
        }
        (tabs(l, &list.tabs))
        @if list.items.is_empty() {
            p.empty-state { (l.t("Hier staan nog geen arrangementen.", "There are no collections here yet.")) }
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
                span.badge.badge--type { (l.t("Arrangement", "Collection")) }
                @if let Some(status) = &card.status {
                    span.badge.badge--status { (status) }
                }
            }
            (card_title(Level::H2, &card.url, &card.title, &card.language_code))
            @if !card.introduction.is_empty() {
                p.card__summary lang=(card.language_code) { (card.introduction) }
            }
            ul.tags aria-label=(l.t("Kenmerken", "Properties")) {
                li.tag { (card.item_count) " " (if card.item_count == 1 { l.t("leermiddel", "material") } else { l.t("leermiddelen", "materials") }) }
                @for level in &card.levels {
                    li.tag.tag--level { (level) }
                }
                @if let Some(origin) = &card.origin {
                    li.tag { span.visually-hidden { (l.t("Van: ", "From: ")) } (origin) }
                }
            }
            p.card__meta {
                span { (card.owner_name) }
                span aria-hidden="true" { " · " }
                span { span.visually-hidden { (l.t(", bijgewerkt ", ", updated ")) } (card.updated) }
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
                nav.breadcrumbs aria-label=(l.t("Kruimelpad", "Breadcrumb")) {
                    a href="/collections" { (l.t("Arrangementen", "Collections")) }
                }
                div.page-header__badges {
                    span.badge.badge--kind { (l.t("Arrangement", "Collection")) }
                    (state_badges(l, &c.status_id, &c.status, c.hidden))
                    @if let Some(origin) = &c.origin { span.badge { (l.t("Van", "From")) " " (origin) } }
                }
                h1 lang=(c.language_code) { (c.title) }
                p.byline {
                    (l.t("Samengesteld door", "Put together by")) " " a href=(c.owner_url) { (c.owner_name) }
                    " · " (c.items.len()) " " (if c.items.len() == 1 { l.t("leermiddel", "material") } else { l.t("leermiddelen", "materials") })
                    " · " (l.t("bijgewerkt", "updated")) " " (c.updated)
                }
            }
            div.content-layout {
                div.content-layout__main {
                    @if !c.introduction_html.is_empty() {
                        div.prose lang=(c.language_code) { (PreEscaped(&c.introduction_html)) }
                    }
                    section.block aria-labelledby="items-title" {
                        h2 #items-title { (l.t("In dit arrangement", "In this collection")) }
                        @if c.items.is_empty() {
                            p.muted { (l.t("Nog leeg. Voeg leermiddelen toe vanaf hun pagina, of bij Bewerken.",
                                           "Empty so far. Add materials from their page, or under Edit.")) }
                        } @else {
                            ol.collection-items {
                                @for item in &c.items {
                                    li.collection-item {
                                        @if item.available {
                                            a.collection-item__title href=(item.url) { (if item.title.is_empty() { item.url.as_str() } else { item.title.as_str() }) }
                                            @if let Some(origin) = &item.origin {
                                                " " span.collection-item__origin { "(" (l.t("op", "on")) " " (origin) ")" }
                                            }
                                        } @else {
                                            span.collection-item__title.muted { (l.t("Niet (meer) beschikbaar", "No longer available")) }
                                        }
                                        @if !item.note.is_empty() {
                                            p.collection-item__note lang=(c.language_code) { (item.note) }
                                        }
                                        @if let Some(remove_url) = &item.remove_url {
                                            form.collection-item__remove method="post" action=(remove_url) {
                                                (csrf_field(ctx))
                                                input type="hidden" name="material" value=(item.item_url);
                                                button.link-button.link-button--danger type="submit" {
                                                    (l.t("Uit arrangement halen", "Take out of collection"))
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
                            h2 #goals-title { (l.t("Leerdoelen", "Learning goals")) }
                            ul.goal-list { @for goal in &c.goals { li { (goal_link(goal)) } } }
                        }
                    }
                    @if !c.attribution.is_empty() {
                        section.block.attribution aria-labelledby="attribution-title" {
                            h2 #attribution-title { (l.t("Naamsvermelding", "Attribution")) }
                            p.muted { (l.t("Gemaakt op basis van:", "Made from:")) }
                            @for credit in &c.attribution {
                                blockquote.tasl { p { (credit.tasl) } }
                            }
                        }
                    }
                }
                aside.content-layout__side aria-label=(l.t("Over dit arrangement", "About this collection")) {
                    section.panel aria-labelledby="about-title" {
                        h2 #about-title .panel__title { (l.t("Over dit arrangement", "About this collection")) }
                        dl.meta {
                            (meta_tags(l.t("Onderwijsniveau", "Education level"), &c.levels))
                            (meta_tags(l.t("Vakgebied", "Subject"), &c.subjects))
                            (meta_row(l.t("Taal", "Language"), &c.language))
                            div.meta__row {
                                dt { (l.t("Licentie", "Licence")) }
                                dd {
                                    @if c.license_url.is_empty() { (l.t("onbekend", "unknown")) }
                                    @else { a rel="license" href=(c.license_url) { (c.license_name) } }
                                }
                            }
                            @if let Some(source) = &c.derived_from {
                                div.meta__row {
                                    dt { (l.t("Gekopieerd van", "Copied from")) }
                                    dd { a href=(source.url) { (source.title) } }
                                }
                            }
                            @if let Some(original) = &c.original_url {
                                div.meta__row {
                                    dt { (l.t("Origineel", "Original")) }
                                    dd { a href=(original) { (c.origin.as_deref().unwrap_or_default()) } }
                                }
                            }
                            @if let Some(network) = &c.network {
                                div.meta__row {
                                    dt { (l.t("Van netwerk", "Owned by network")) }
                                    dd { a href=(network.url) { (network.title) } }
                                }
                            }
                            (meta_row(l.t("Volgers", "Followers"), &c.followers.to_string()))
                            (meta_row(l.t("Versie", "Version"), &c.version.to_string()))
                            (meta_row(l.t("Bijgewerkt", "Updated"), &c.updated))
                        }
                        p.panel__note {
                            a href=(c.feed_url) type="application/atom+xml" { (l.t("Volg via de feed (Atom)", "Follow with the feed (Atom)")) }
                        }
                        @if c.origin.is_none() {
                            p.panel__note {
                                (l.t("Volgen vanaf een andere Deelwijs-node: plak dit adres bij Netwerk → Volgen:",
                                     "To follow from another Deelwijs node, paste this address under Network → Follow:"))
                                " " code { (c.url) }
                            }
                        }
                    }
                    (appreciation(ctx, &c.url, &c.appreciation))
                    (network_share(ctx, c.network_share.as_ref()))
                    @if !c.network_choices.is_empty() {
                        section.panel aria-labelledby="owner-title" {
                            h2 #owner-title .panel__title { (l.t("Eigenaar", "Owner")) }
                            form.stack method="post" action={ (c.url) "/network" } {
                                (csrf_field(ctx))
                                div.field {
                                    label.field__label for="field-owner-network" { (l.t("Van een netwerk", "Owned by a network")) }
                                    p.field__hint { (l.t("De moderatoren van het netwerk kunnen het dan ook bewerken.", "The network's moderators can then edit it too.")) }
                                    select.select #field-owner-network name="network" {
                                        option value="" selected[c.network.is_none()] { (l.t("Geen: alleen ik", "None: only me")) }
                                        @for choice in &c.network_choices { option value=(choice.id) selected[choice.selected] { (choice.label) } }
                                    }
                                }
                                button.button.button--secondary type="submit" { (l.t("Opslaan", "Save")) }
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
                    button.button.button--secondary type="submit" { (l.t("Kopiëren naar mijn arrangementen", "Copy to my collections")) }
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
            h2 #collect-title .panel__title { (l.t("Toevoegen aan arrangement", "Add to a collection")) }
            @if add.options.is_empty() {
                p { (l.t("Je hebt nog geen arrangement.", "You have no collection yet.")) }
                a.button.button--secondary href=(add.new_url) { (l.t("Nieuw arrangement hiermee", "New collection with this")) }
            } @else {
                form.stack method="post" action=(add.action) {
                    (csrf_field(ctx))
                    div.field {
                        label.field__label for="field-collection" { (l.t("Arrangement", "Collection")) }
                        select.select #field-collection name="collection" {
                            @for (id, title) in &add.options { option value=(id) { (title) } }
                        }
                    }
                    div.field {
                        label.field__label for="field-collect-note" { (l.t("Notitie (optioneel)", "Note (optional)")) }
                        textarea.textarea #field-collect-note name="note" rows="2" maxlength="2000" {}
                    }
                    button.button.button--secondary type="submit" { (l.t("Toevoegen", "Add")) }
                }
                p.panel__note { a href=(add.new_url) { (l.t("Of begin een nieuw arrangement hiermee", "Or start a new collection with this")) } }
            }
        }
    }
}
