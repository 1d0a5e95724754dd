//! The list of materials and the material page (metadata, learning goals, licence, body, attachments, attribution, remixes, actions).

use maud::{html, Markup, PreEscaped};

use super::parts::{
    appreciation, content_actions, goal_link, material_grid, meta_row, meta_tags, network_share, pager, state_badges, tabs, version_notice, Level,
};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, page_with, Width};
use crate::views::{AttachmentView, CreditView, ListPage, MaterialCard, MaterialPage, PageCtx};

pub(crate) fn list(ctx: &PageCtx, list: &ListPage<MaterialCard>) -> Markup {
    let l = ctx.lang;
    let content = html! {
        div.page-header.page-header--row {
            div {
                h1 { (list.heading) }
                p.page-header__sub { (list.pager.total) " " (if list.pager.total == 1 { l.t("material-2") } else { l.t("materials-2") }) }
            }
            @if let Some(new_url) = &list.new_url {
                a.button href=(new_url) { span aria-hidden="true" { "+ " } (l.t("new-material")) }
            }
        }
        (tabs(l, &list.tabs))
        (material_grid(l, &list.items, Level::H2, l.t("there-are-no-materials")))
        (pager(l, &list.pager))
    };
    page(ctx, &list.heading, Width::Wide, content)
}

pub(crate) fn render(ctx: &PageCtx, m: &MaterialPage) -> Markup {
    let l = ctx.lang;
    let remix_action = html! {
        @if let Some(reason) = &m.remix_forbidden {
            li { p.action-list__note { (reason) } }
        } @else if m.can.remix {
            li { a.button.button--secondary href={ (m.url) "/remix" } { (l.t("remix")) } }
            li { a.button.button--secondary href={ (m.url) "/remix?translate=1#field-translate_into" } { (l.t("translate")) } }
        }
    };
    let content = html! {
        @if let Some(version) = &m.viewing_version {
            (version_notice(ctx, version, &m.url))
        }
        article.content-page.content-page--material {
            header.page-header {
                nav.breadcrumbs aria-label=(l.t("breadcrumb")) {
                    a href="/materials" { (l.t("materials")) }
                }
                div.page-header__badges {
                    span.badge.badge--type { (m.resource_type) }
                    (state_badges(l, &m.status_id, &m.status, m.hidden))
                }
                h1 lang=(m.language_code) { (m.title) }
                @if !m.summary.is_empty() {
                    p.lead lang=(m.language_code) { (m.summary) }
                }
                p.byline {
                    (l.t("shared-by")) " " a href=(m.owner_url) { (m.owner_name) }
                    " · " (l.t("updated")) " " (m.updated)
                    " · " (l.t("version")) " " (m.version)
                }
                @if let Some(source) = &m.derived_from {
                    p.remix-of {
                        span.badge.badge--remix { "Remix" } " "
                        (l.t("remix-of")) " " a href=(source.url) { (source.title) }
                    }
                }
                @if let Some(original) = &m.translation_of {
                    p.translation-of {
                        (l.t("translation-of")) ": "
                        a href=(original.url) hreflang=(original.language_code) lang=(original.language_code) { (original.title) }
                        " (" (original.language) ")"
                    }
                }
                (super::parts::other_languages(l, &m.translations))
            }
            div.content-layout {
                div.content-layout__main {
                    @if m.body_html.trim().is_empty() {
                        p.muted { (l.t("this-material-has-no")) }
                    } @else {
                        div.prose lang=(m.language_code) { (PreEscaped(&m.body_html)) }
                    }
                    @if !m.links.is_empty() {
                        section.block aria-labelledby="links-title" {
                            h2 #links-title { (l.t("links")) }
                            ul.link-list {
                                @for link in &m.links {
                                    li { a href=(link.url) rel="nofollow ugc noopener noreferrer" { (link.title) } }
                                }
                            }
                        }
                    }
                    @if !m.adaptation_notes.is_empty() {
                        section.block aria-labelledby="adaptation-title" {
                            h2 #adaptation-title { (l.t("adaptation-notes")) }
                            p.adaptation-notes lang=(m.language_code) { (m.adaptation_notes) }
                        }
                    }
                    @if !m.translations.is_empty() {
                        section.block aria-labelledby="translations-title" {
                            h2 #translations-title { (l.t("translations")) }
                            ul.link-list {
                                @for t in &m.translations {
                                    li {
                                        a href=(t.url) hreflang=(t.language_code) lang=(t.language_code) { (t.title) }
                                        " (" (t.language) @if !t.node.is_empty() { " · " (t.node) } ")"
                                    }
                                }
                            }
                        }
                    }
                    (attachments(ctx, m))
                    (attribution(l, m.adaptation.as_deref(), &m.attribution))
                    (super::quality::badge(ctx, &m.quality))
                    @if let Some(reviews) = &m.reviews {
                        (super::reviews::render(ctx, reviews))
                    }
                    @if !m.remixes.is_empty() {
                        section.block aria-labelledby="remixes-title" {
                            h2 #remixes-title { (l.t("remixes-of-this-material")) }
                            @match m.remixed_on_other_nodes {
                                0 => {}
                                1 => { p { (l.t("remixed-on-1-other")) } }
                                n => { p { (l.t("remixed-on")) " " (n) " " (l.t("other-nodes")) } }
                            }
                            ul.link-list {
                                @for remix in &m.remixes {
                                    li { a href=(remix.url) { (remix.title) } }
                                }
                            }
                        }
                    }
                    @if let Some(tree) = &m.remix_tree {
                        section.block aria-labelledby="remix-tree-heading" {
                            h2 #remix-tree-heading { (l.t("remix-tree-heading")) }
                            (super::charts::remix_tree(l, "remix-tree", tree))
                        }
                    }
                }
                aside.content-layout__side aria-label=(l.t("about-this-material")) {
                    section.panel aria-labelledby="about-title" {
                        h2 #about-title .panel__title { (l.t("about-this-material")) }
                        (metadata(l, m))
                    }
                    @if !m.goals.is_empty() {
                        section.panel.panel--goals aria-labelledby="goals-title" {
                            h2 #goals-title .panel__title { (l.t("learning-goals")) }
                            ul.link-list.goal-list {
                                @for (goal, alignment) in &m.goals {
                                    li {
                                        (goal_link(goal))
                                        @if !alignment.is_empty() {
                                            " " span.goal-list__alignment { (alignment) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    section.panel.panel--license aria-labelledby="license-title" {
                        h2 #license-title .panel__title { (l.t("licence")) }
                        @if m.license_url.is_empty() {
                            // Content from other software that names no licence we know.
                            p.panel__text { (l.t("the-source-names-no")) }
                        } @else {
                            p.license {
                                a.license__name rel="license" href=(m.license_url) { (m.license_name) }
                                @if !m.license_spdx.is_empty() {
                                    " " span.license__spdx { "(" (m.license_spdx) ")" }
                                }
                            }
                            p.panel__text { (l.t("you-may-use-and")) }
                        }
                    }
                    (appreciation(ctx, &m.url, &m.appreciation))
                    (network_share(ctx, m.network_share.as_ref()))
                    @if let Some(add) = &m.add_to_collection {
                        (super::collections::add_to_collection(ctx, add))
                    }
                    (content_actions(ctx, &m.url, &m.can, &m.status_id, m.hidden, remix_action))
                }
            }
        }
    };
    page_with(ctx, &m.title, Width::Wide, &m.head, content)
}

fn metadata(l: Lang, m: &MaterialPage) -> Markup {
    let isced = m.isced_level.map(|level| level.to_string()).unwrap_or_default();
    let duration = m.duration_minutes.map(|minutes| format!("{minutes} {}", l.t("minutes"))).unwrap_or_default();
    html! {
        dl.meta {
            (meta_row(l.t("type-3"), &m.resource_type))
            (meta_tags(l.t("education-level"), &m.levels))
            (meta_row(l.t("isced-level"), &isced))
            (meta_tags(l.t("subject"), &m.subjects))
            (meta_row(l.t("language"), &m.language))
            (meta_row(l.t("duration"), &duration))
            (meta_tags(l.t("keywords"), &m.keywords))
            (meta_row(if m.authors.len() == 1 { l.t("author") } else { l.t("authors") }, &m.authors.join(", ")))
            div.meta__row {
                dt { (l.t("shared-by")) }
                dd { a href=(m.owner_url) { (m.owner_name) } }
            }
            (meta_row(l.t("version-2"), &m.version.to_string()))
            (meta_row(l.t("created"), &m.created))
            (meta_row(l.t("updated-2"), &m.updated))
        }
    }
}

fn attachments(ctx: &PageCtx, m: &MaterialPage) -> Markup {
    let l = ctx.lang;
    // An old version shows the files it had; changing them is done on the current one.
    let editable = m.can.edit && m.viewing_version.is_none();
    html! {
        @if !m.attachments.is_empty() || editable {
            section.block aria-labelledby="attachments-title" {
                h2 #attachments-title { (l.t("attachments")) }
                @if m.attachments.is_empty() {
                    p.muted { (l.t("no-attachments-yet")) }
                } @else {
                    ul.attachment-list {
                        @for attachment in &m.attachments { (attachment_item(ctx, attachment)) }
                    }
                }
                @if editable {
                    form.upload-form method="post" action={ (m.url) "/attachments" } enctype="multipart/form-data" {
                        (csrf_field(ctx))
                        div.field {
                            label.field__label for="field-file" { (l.t("add-an-attachment")) }
                            p.field__hint id="hint-file" { (l.t("for-example-a-worksheet")) }
                            input.input type="file" id="field-file" name="file" required aria-describedby="hint-file";
                        }
                        button.button.button--secondary type="submit" { (l.t("upload")) }
                    }
                }
            }
        }
    }
}

fn attachment_item(ctx: &PageCtx, a: &AttachmentView) -> Markup {
    let l = ctx.lang;
    html! {
        li.attachment {
            div.attachment__main {
                a.attachment__name href=(a.url) download=(a.file_name) { (a.file_name) }
                span.attachment__meta { (a.content_type) " · " (a.size) }
            }
            details.attachment__checksum {
                summary { (l.t("checksum-sha-256")) }
                code.hash { (a.sha256) }
            }
            @if let Some(delete_url) = &a.delete_url {
                form.attachment__delete method="post" action=(delete_url) {
                    (csrf_field(ctx))
                    button.link-button.link-button--danger type="submit" {
                        (l.t("delete"))
                        span.visually-hidden { ": " (a.file_name) }
                    }
                }
            }
        }
    }
}

fn attribution(l: Lang, adaptation: Option<&str>, credits: &[CreditView]) -> Markup {
    html! {
        @if !credits.is_empty() {
            section.block.attribution aria-labelledby="attribution-title" {
                h2 #attribution-title { (l.t("attribution")) }
                @if let Some(adaptation) = adaptation {
                    blockquote.tasl.tasl--adaptation { p { (adaptation) } }
                    p.muted { (l.t("made-from")) }
                }
                p.muted { (l.t("reusing-this-material-copy")) }
                ol.credits {
                    @for credit in credits {
                        li.credit {
                            dl.credit__parts {
                                div { dt { (l.t("title")) } dd { a href=(credit.source_url) { (credit.title) } } }
                                @if !credit.authors.is_empty() {
                                    div { dt { (l.t("author")) } dd { (credit.authors) } }
                                }
                                div { dt { (l.t("source")) } dd.credit__url { (credit.source_url) } }
                                div { dt { (l.t("licence")) } dd { a href=(credit.license_url) { (credit.license_name) } } }
                            }
                            blockquote.tasl { p { (credit.tasl) } }
                        }
                    }
                }
            }
        }
    }
}
