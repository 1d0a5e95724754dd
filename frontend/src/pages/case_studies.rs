//! The list of case studies and the case-study page (context, narrative sections, related materials, contact, actions).

use maud::{html, Markup, PreEscaped};

use super::parts::{appreciation, case_study_grid, content_actions, meta_row, meta_tags, network_share, pager, state_badges, tabs, version_notice, Level};
use crate::layout::{page, page_with, Width};
use crate::views::{CaseStudyCard, CaseStudyPage, ListPage, PageCtx};

pub(crate) fn list(ctx: &PageCtx, list: &ListPage<CaseStudyCard>) -> Markup {
    let l = ctx.lang;
    let content = html! {
        div.page-header.page-header--row {
            div {
                h1 { (list.heading) }
                p.page-header__sub {
                    (list.pager.total) " " (if list.pager.total == 1 { l.t("praktijkvoorbeeld", "case study") } else { l.t("praktijkvoorbeelden", "case studies") })
                }
            }
            @if let Some(new_url) = &list.new_url {
                a.button href=(new_url) { span aria-hidden="true" { "+ " } (l.t("Nieuw praktijkvoorbeeld", "New case study")) }
            }
        }
        (tabs(l, &list.tabs))
        (case_study_grid(l, &list.items, Level::H2, l.t("Hier staan nog geen praktijkvoorbeelden.", "There are no case studies here yet.")))
        (pager(l, &list.pager))
    };
    page(ctx, &list.heading, Width::Wide, content)
}

pub(crate) fn render(ctx: &PageCtx, c: &CaseStudyPage) -> Markup {
    let l = ctx.lang;
    let content = html! {
        @if let Some(version) = &c.viewing_version {
            (version_notice(ctx, version, &c.url))
        }
        article.content-page.content-page--case {
            header.page-header {
                nav.breadcrumbs aria-label=(l.t("Kruimelpad", "Breadcrumb")) {
                    a href="/case-studies" { (l.t("Praktijkvoorbeelden", "Case studies")) }
                }
                div.page-header__badges {
                    span.badge.badge--sector { (c.sector) }
                    span.badge.badge--stage { (c.stage) }
                    (state_badges(l, &c.status_id, &c.status, c.hidden))
                }
                h1 lang=(c.language_code) { (c.title) }
                @if !c.summary.is_empty() {
                    p.lead lang=(c.language_code) { (c.summary) }
                }
                p.byline {
                    (l.t("Gedeeld door", "Shared by")) " " a href=(c.owner_url) { (c.owner_name) }
                    " · " (l.t("bijgewerkt", "updated")) " " (c.updated)
                    " · " (l.t("versie", "version")) " " (c.version)
                }
            }
            div.content-layout {
                div.content-layout__main {
                    @if c.sections.is_empty() {
                        p.muted { (l.t("Dit praktijkvoorbeeld is nog niet uitgeschreven.", "This case study has not been written out yet.")) }
                    }
                    @for (index, (heading, body)) in c.sections.iter().enumerate() {
                        section.block.case-section aria-labelledby={ "section-" (index) } {
                            h2 id={ "section-" (index) } { (heading) }
                            div.prose lang=(c.language_code) { (PreEscaped(body)) }
                        }
                    }
                    @if !c.related.is_empty() {
                        section.block aria-labelledby="related-title" {
                            h2 #related-title { (l.t("Gerelateerde leermiddelen", "Related materials")) }
                            ul.link-list {
                                @for related in &c.related {
                                    li { a href=(related.url) { (related.title) } }
                                }
                            }
                        }
                    }
                    @if let Some(contact) = &c.contact {
                        section.block.contact aria-labelledby="contact-title" {
                            h2 #contact-title { (l.t("Contact", "Contact")) }
                            p { (l.t("Meer weten? De school vertelt er graag over:", "Want to know more? The school is happy to tell you about it:")) }
                            p.contact__value { (contact) }
                        }
                    }
                }
                aside.content-layout__side aria-label=(l.t("Context", "Context")) {
                    section.panel aria-labelledby="context-title" {
                        h2 #context-title .panel__title { (l.t("Context", "Context")) }
                        dl.meta {
                            (meta_row(l.t("Sector", "Sector"), &c.sector))
                            (meta_row(l.t("Soort school", "School type"), &c.school_type))
                            (meta_row(l.t("Omvang", "Size"), &c.school_size))
                            (meta_row(l.t("Fase", "Stage"), &c.stage))
                            @if let Some(action) = &c.erasmus_action {
                                (meta_row(l.t("Erasmus+-actie", "Erasmus+ action"), action))
                            }
                            (meta_tags(l.t("Thema's", "Themes"), &c.themes))
                            (meta_row(l.t("Taal", "Language"), &c.language))
                            div.meta__row {
                                dt { (l.t("Licentie", "Licence")) }
                                dd {
                                    @if c.license_url.is_empty() { (l.t("onbekend", "unknown")) }
                                    @else { a rel="license" href=(c.license_url) { (c.license_name) } }
                                }
                            }
                            div.meta__row {
                                dt { (l.t("Gedeeld door", "Shared by")) }
                                dd { a href=(c.owner_url) { (c.owner_name) } }
                            }
                            (meta_row(l.t("Versie", "Version"), &c.version.to_string()))
                            (meta_row(l.t("Gemaakt", "Created"), &c.created))
                            (meta_row(l.t("Bijgewerkt", "Updated"), &c.updated))
                        }
                    }
                    (appreciation(ctx, &c.url, &c.appreciation))
                    (network_share(ctx, c.network_share.as_ref()))
                    (content_actions(ctx, &c.url, &c.can, &c.status_id, c.hidden, html! {}))
                }
            }
        }
    };
    page_with(ctx, &c.title, Width::Wide, &c.head, content)
}
