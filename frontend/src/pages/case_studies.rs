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
                    (list.pager.total) " " (if list.pager.total == 1 { l.t("case-study-2") } else { l.t("case-studies-2") })
                }
            }
            @if let Some(new_url) = &list.new_url {
                a.button href=(new_url) { span aria-hidden="true" { "+ " } (l.t("new-case-study")) }
            }
        }
        (tabs(l, &list.tabs))
        (case_study_grid(l, &list.items, Level::H2, l.t("there-are-no-case")))
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
                nav.breadcrumbs aria-label=(l.t("breadcrumb")) {
                    a href="/case-studies" { (l.t("case-studies")) }
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
                    (l.t("shared-by")) " " a href=(c.owner_url) { (c.owner_name) }
                    " · " (l.t("updated")) " " (c.updated)
                    " · " (l.t("version")) " " (c.version)
                }
            }
            div.content-layout {
                div.content-layout__main {
                    @if c.sections.is_empty() {
                        p.muted { (l.t("this-case-study-has")) }
                    }
                    @for (index, (heading, body)) in c.sections.iter().enumerate() {
                        section.block.case-section aria-labelledby={ "section-" (index) } {
                            h2 id={ "section-" (index) } { (heading) }
                            div.prose lang=(c.language_code) { (PreEscaped(body)) }
                        }
                    }
                    @if !c.related.is_empty() {
                        section.block aria-labelledby="related-title" {
                            h2 #related-title { (l.t("related-materials")) }
                            ul.link-list {
                                @for related in &c.related {
                                    li { a href=(related.url) { (related.title) } }
                                }
                            }
                        }
                    }
                    @if let Some(contact) = &c.contact {
                        section.block.contact aria-labelledby="contact-title" {
                            h2 #contact-title { (l.t("contact")) }
                            p { (l.t("want-to-know-more")) }
                            p.contact__value { (contact) }
                        }
                    }
                }
                aside.content-layout__side aria-label=(l.t("context")) {
                    section.panel aria-labelledby="context-title" {
                        h2 #context-title .panel__title { (l.t("context")) }
                        dl.meta {
                            (meta_row(l.t("sector"), &c.sector))
                            (meta_row(l.t("school-type"), &c.school_type))
                            (meta_row(l.t("size"), &c.school_size))
                            (meta_row(l.t("stage"), &c.stage))
                            @if let Some(action) = &c.erasmus_action {
                                (meta_row(l.t("erasmus-action"), action))
                            }
                            (meta_tags(l.t("themes"), &c.themes))
                            (meta_row(l.t("language"), &c.language))
                            div.meta__row {
                                dt { (l.t("licence")) }
                                dd {
                                    @if c.license_url.is_empty() { (l.t("unknown")) }
                                    @else { a rel="license" href=(c.license_url) { (c.license_name) } }
                                }
                            }
                            div.meta__row {
                                dt { (l.t("shared-by")) }
                                dd { a href=(c.owner_url) { (c.owner_name) } }
                            }
                            (meta_row(l.t("version-2"), &c.version.to_string()))
                            (meta_row(l.t("created"), &c.created))
                            (meta_row(l.t("updated-2"), &c.updated))
                        }
                    }
                    (super::quality::badge(ctx, &c.quality))
                    (appreciation(ctx, &c.url, &c.appreciation))
                    (network_share(ctx, c.network_share.as_ref()))
                    (content_actions(ctx, &c.url, &c.can, &c.status_id, c.hidden, html! {}))
                }
            }
        }
    };
    page_with(ctx, &c.title, Width::Wide, &c.head, content)
}
