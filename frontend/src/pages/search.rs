//! The search page: query form, facet sidebar, active filters, sorting, results with highlighted snippets, pager.

use maud::{html, Markup, PreEscaped};

use super::parts::{pager, tabs};
use crate::i18n::Lang;
use crate::layout::{page, percent_encode, Width};
use crate::views::{FacetGroupView, PageCtx, SearchHitView, SearchPage};

pub(crate) fn render(ctx: &PageCtx, search: &SearchPage) -> Markup {
    let l = ctx.lang;
    let facets: Vec<&FacetGroupView> = search.facets.iter().filter(|group| !group.values.is_empty()).collect();
    let content = html! {
        div.page-header.search-header {
            h1 { (search.heading) }
            @if let Some((url, label)) = &search.new_url {
                p { a.button href=(url) { span aria-hidden="true" { "+ " } (label) } }
            }
            (tabs(l, &search.tabs))
            form.search-form method="get" action=(search.action) role="search" aria-label=(search.heading) {
                label.field__label for="search-q" { (search.label) }
                div.search-form__row {
                    input.input.search-form__input type="search" id="search-q" name="q" value=(search.q) autocomplete="off" enterkeyhint="search";
                    @for (name, value) in &search.hidden {
                        input type="hidden" name=(name) value=(value);
                    }
                    button.button type="submit" { (l.t("search")) }
                }
                p.search-form__alt {
                    a href=(search.curricula_url) { (l.t("browse-by-learning-goal")) span aria-hidden="true" { " →" } }
                }
            }
        }
        div.search-layout.search-layout--no-facets[facets.is_empty()] {
            @if !facets.is_empty() {
                // On a phone the filters fold behind one control above the results, so the
                // results come first; on a wide screen the style sheet keeps them open beside
                // the results (and hides the control). No JavaScript either way.
                details.facets-panel {
                    summary.facets-panel__toggle {
                        (l.t("filters"))
                        @if !search.active_filters.is_empty() {
                            " (" (search.active_filters.len()) " " (l.t("active-2")) ")"
                        }
                    }
                    aside.facets aria-labelledby="facets-title" {
                        h2 #facets-title .facets__title { (l.t("filter")) }
                        @for group in &facets {
                            (facet_group(l, group))
                        }
                    }
                }
            }
            section.search-results aria-labelledby="results-title" {
                div.results-bar {
                    h2 #results-title .results-bar__count {
                        (search.total) " " (if search.total == 1 { l.t("result") } else { l.t("results") })
                        @if !search.q.trim().is_empty() {
                            " " (l.t("for")) " “" (search.q.trim()) "”"
                        }
                    }
                    @if !search.sort_links.is_empty() && !search.hits.is_empty() {
                        div.sort-links {
                            span #sort-label { (l.t("sort-by")) }
                            ul aria-labelledby="sort-label" {
                                @for (label, url, selected) in &search.sort_links {
                                    li { a href=(url) aria-current=[selected.then_some("true")] { (label) } }
                                }
                            }
                        }
                    }
                }
                @if let Some(query) = &search.save_query {
                    form.inline-form.save-search method="post" action="/search/save" {
                        (crate::layout::csrf_field(ctx))
                        input type="hidden" name="query" value=(query);
                        button.button.button--secondary type="submit" { (l.t("save-this-search")) }
                        " " span.muted { (l.t("you-get-mail-when")) }
                    }
                }
                @if !search.active_filters.is_empty() {
                    div.active-filters {
                        span #filters-label .active-filters__label { (l.t("filters-2")) }
                        ul.chips aria-labelledby="filters-label" {
                            @for filter in &search.active_filters {
                                li {
                                    a.chip href=(filter.remove_url) {
                                        span { (filter.label) }
                                        span.chip__remove aria-hidden="true" { "×" }
                                        span.visually-hidden { " " (l.t("remove-filter")) }
                                    }
                                }
                            }
                            @if search.active_filters.len() > 1 {
                                li { a.active-filters__clear href=(clear_url(&search.action, &search.q)) { (l.t("clear-all")) } }
                            }
                        }
                    }
                }
                @if search.hits.is_empty() {
                    (empty(l, search))
                } @else {
                    ol.hits {
                        @for hit in &search.hits { (hit_item(l, hit)) }
                    }
                    (pager(l, &search.pager))
                    p.translations-toggle { a href=(search.translations_toggle.1) { (search.translations_toggle.0) } }
                    @if !search.coverage_links.is_empty() {
                        nav.coverage-links aria-label=(l.t("coverage-heading")) {
                            ul.link-list {
                                @for (framework, url) in &search.coverage_links {
                                    li { a href=(url) { (l.tf("coverage-of-this-search", &[("framework", framework.into())])) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    page(ctx, l.t("search"), Width::Wide, content)
}

/// One facet group: a `<details>` that starts open, its values as links that switch the filter on or off.
fn facet_group(l: Lang, group: &FacetGroupView) -> Markup {
    html! {
        details.facet open {
            summary.facet__summary { (group.label) }
            ul.facet__values {
                @for value in &group.values {
                    li {
                        a.facet__link href=(value.toggle_url) aria-current=[value.selected.then_some("true")] {
                            span.facet__check aria-hidden="true" {}
                            span.facet__label { (value.label) }
                            span.facet__count {
                                (value.count)
                                span.visually-hidden { " " (if value.count == 1 { l.t("result") } else { l.t("results") }) }
                            }
                            @if value.selected {
                                span.visually-hidden { ", " (l.t("selected-choose-again-to")) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn hit_item(l: Lang, hit: &SearchHitView) -> Markup {
    html! {
        li.hit {
            div.hit__badges {
                span.badge.badge--kind { (hit.kind) }
            }
            h3.hit__title { a href=(hit.url) lang=(hit.language_code) { (hit.title) } }
            @if !hit.snippet_html.trim().is_empty() {
                p.hit__snippet lang=(hit.language_code) { (PreEscaped(&hit.snippet_html)) }
            } @else if !hit.summary.is_empty() {
                p.hit__snippet lang=(hit.language_code) { (hit.summary) }
            }
            p.hit__meta {
                span { span.visually-hidden { (l.t("language-2")) } (hit.language) }
                @if !hit.license.is_empty() {
                    span aria-hidden="true" { " · " }
                    span { span.visually-hidden { (l.t("licence-3")) } (hit.license) }
                }
                @if !hit.origin.is_empty() {
                    span aria-hidden="true" { " · " }
                    span { span.visually-hidden { (l.t("origin")) } (hit.origin) }
                }
            }
            @if !hit.goals.is_empty() {
                ul.tags.hit__goals aria-label=(l.t("learning-goals")) {
                    @for goal in &hit.goals { li.tag.tag--goal { (goal) } }
                }
            }
            (super::parts::other_languages(l, &hit.translations))
        }
    }
}

/// Nothing found: say so kindly and point to fewer filters, other words, or browsing by goal.
fn empty(l: Lang, search: &SearchPage) -> Markup {
    html! {
        div.empty-state.empty-state--search {
            p.empty-state__title { (l.t("nothing-found")) }
            p {
                @if search.active_filters.is_empty() {
                    (l.t("try-other-or-fewer"))
                } @else {
                    (l.t("remove-a-filter-or"))
                }
            }
            div.button-row.empty-state__actions {
                @if !search.active_filters.is_empty() {
                    a.button.button--secondary href=(clear_url(&search.action, &search.q)) { (l.t("search-without-filters")) }
                }
                a.button.button--secondary href=(search.curricula_url) { (l.t("browse-by-learning-goal")) }
            }
        }
    }
}

/// The search for the same words without any filter.
fn clear_url(action: &str, q: &str) -> String {
    let q = q.trim();
    if q.is_empty() {
        action.to_owned()
    } else {
        format!("{action}?q={}", percent_encode(q))
    }
}
