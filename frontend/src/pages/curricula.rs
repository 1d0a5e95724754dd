//! Curriculum pages: the list of frameworks, a framework's goal tree (collapsible without JavaScript), and one goal.

use maud::{html, Markup};

use super::parts::{case_study_grid, empty_state, goal_link, material_grid, meta_row, meta_tags, Level};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{CoveragePage, CurriculaPage, FrameworkPage, FrameworkSummaryView, GoalLinkView, GoalNodeView, GoalPage, PageCtx};

pub(crate) fn list(ctx: &PageCtx, curricula: &CurriculaPage) -> Markup {
    let l = ctx.lang;
    let heading = l.t("learning-goals");
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t("core-objectives-and-attainment")) }
        }
        @if curricula.frameworks.is_empty() {
            (empty_state(l.t("no-curriculum-frameworks-have")))
        } @else {
            div.card-grid {
                @for framework in &curricula.frameworks { (framework_card(l, framework)) }
            }
        }
        @if curricula.can_import {
            div.callout.callout--info.import-note role="note" aria-labelledby="import-title" {
                h2 #import-title .callout__title { (l.t("adding-a-curriculum-framework")) }
                p.callout__text {
                    (l.t("as-an-administrator-you"))
                    " " code { "deelwijs curriculum import " (l.t("file")) } " "
                    (l.t("on-the-server-or")) " " code { "POST /api/v1/curricula" } ", "
                    (l.t("or-here"))
                }
                @if let Some(error) = &curricula.import_error {
                    p.callout__text role="alert" #import-error { (error) }
                }
                form.upload-form method="post" action="/curricula" enctype="multipart/form-data" {
                    (csrf_field(ctx))
                    div.field {
                        label.field__label for="field-package" { (l.t("case-package-json")) }
                        p.field__hint id="hint-package" {
                            (l.t("a-newer-release-of"))
                        }
                        input.input type="file" id="field-package" name="package" accept="application/json,.json" required
                            aria-describedby="hint-package" aria-invalid=[curricula.import_error.as_ref().map(|_| "true")];
                    }
                    button.button type="submit" { (l.t("import")) }
                }
            }
        }
    };
    page(ctx, heading, Width::Wide, content)
}

fn framework_card(l: Lang, framework: &FrameworkSummaryView) -> Markup {
    html! {
        article.card.card--framework {
            @if !framework.language.is_empty() {
                div.card__badges {
                    span.badge.badge--type { span.visually-hidden { (l.t("language-2")) } (framework.language) }
                }
            }
            h2.card__title { a.card__link href=(framework.url) { (framework.title) } }
            @if !framework.publisher.is_empty() {
                p.card__publisher { (framework.publisher) }
            }
            @if !framework.description.is_empty() {
                p.card__summary { (framework.description) }
            }
            p.card__meta { (goal_count(l, framework.goal_count)) }
        }
    }
}

fn goal_count(l: Lang, count: i64) -> String {
    format!("{count} {}", if count == 1 { l.t("learning-goal") } else { l.t("learning-goals-2") })
}

pub(crate) fn framework(ctx: &PageCtx, framework: &FrameworkPage) -> Markup {
    let l = ctx.lang;
    let content = html! {
        article.content-page.content-page--framework {
            header.page-header {
                nav.breadcrumbs aria-label=(l.t("breadcrumb")) {
                    a href="/curricula" { (l.t("learning-goals")) }
                }
                @if !framework.publisher.is_empty() {
                    p.eyebrow { (framework.publisher) }
                }
                h1 { (framework.title) }
                @if !framework.description.is_empty() {
                    p.lead { (framework.description) }
                }
            }
            div.content-layout {
                section.content-layout__main aria-labelledby="tree-title" {
                    div.section-header {
                        h2 #tree-title { (l.t("all-goals")) }
                        span.muted { (goal_count(l, framework.goal_count)) }
                    }
                    nav.level-filter aria-label=(l.t("level")) {
                        ul.level-filter__list {
                            @let all = !framework.levels.iter().any(|c| c.selected);
                            li { a href=(framework.url) aria-current=[all.then_some("page")] { (l.t("all-levels")) } }
                            @for level in &framework.levels {
                                li { a href={ (framework.url) "?level=" (level.id) } aria-current=[level.selected.then_some("page")] { (level.label) } }
                            }
                        }
                    }
                    @if framework.roots.is_empty() {
                        (empty_state(l.t("this-framework-has-no")))
                    } @else {
                        p.muted.tree-hint { (l.t("open-a-part-with")) }
                        ul.goal-tree { (tree(l, &framework.roots)) }
                    }
                    @if !framework.retired.is_empty() {
                        details.retired-goals {
                            summary { (l.t("retired-goals")) " (" (framework.retired.len()) ")" }
                            p.muted { (l.t("these-goals-were-replaced")) }
                            ul.goal-tree { (tree(l, &framework.retired)) }
                        }
                    }
                }
                aside.content-layout__side aria-label=(l.t("about-this-framework")) {
                    section.panel aria-labelledby="about-title" {
                        h2 #about-title .panel__title { (l.t("about-this-framework")) }
                        dl.meta {
                            (meta_row(l.t("publisher"), &framework.publisher))
                            (meta_row(l.t("version-2"), &framework.version))
                            (meta_row(l.t("goals"), &framework.goal_count.to_string()))
                            (uri_row(l, &framework.uri))
                        }
                    }
                }
            }
            @if let Some(coverage) = framework.coverage.as_ref().filter(|c| c.goals().next().is_some()) {
                section.coverage aria-labelledby="coverage-heading" {
                    h2 #coverage-heading { (l.t("coverage-heading")) }
                    p.muted { (l.t("coverage-explained")) }
                    (super::charts::coverage(l, "coverage", coverage))
                }
            }
        }
    };
    page(ctx, &framework.title, Width::Wide, content)
}

/// The goal coverage of one framework for a search.
pub(crate) fn coverage_page(ctx: &PageCtx, view: &CoveragePage) -> Markup {
    let l = ctx.lang;
    let content = html! {
        article.content-page.content-page--coverage {
            header.page-header {
                nav.breadcrumbs aria-label=(l.t("breadcrumb")) {
                    a href=(view.search_url) { (l.t("search")) }
                    " · "
                    a href=(view.framework_url) { (view.coverage.framework) }
                }
                h1 { (view.heading) }
                p.lead { (l.t("coverage-explained")) }
            }
            @if view.coverage.goals().next().is_none() {
                (empty_state(l.t("this-framework-has-no")))
            } @else {
                (super::charts::coverage(l, "coverage", &view.coverage))
            }
        }
    };
    page(ctx, &view.heading, Width::Wide, content)
}

/// The items of one level of the goal tree. Kept lean (it can hold hundreds of goals): the link first, then the
/// item type, then, for goals with children, a `<details>` whose `<summary>` is only the open/close arrow, so no
/// link sits inside it; CSS puts the arrow before the link.
fn tree(l: Lang, nodes: &[GoalNodeView]) -> Markup {
    html! {
        @for node in nodes {
            li {
                a href=(node.url) {
                    @if !node.code.is_empty() { b { (node.code) } " " }
                    (node.statement)
                }
                @if !node.item_type.is_empty() {
                    " " small { (node.item_type) }
                }
                @if !node.children.is_empty() {
                    details {
                        summary {
                            span.visually-hidden {
                                (node.children.len()) " " (l.t("goals-below")) " "
                                @if node.code.is_empty() { (node.statement) } @else { (node.code) }
                            }
                        }
                        ul { (tree(l, &node.children)) }
                    }
                }
            }
        }
    }
}

/// The start of a long statement, cut at a word, for a heading.
fn short_statement(statement: &str) -> String {
    const MAX: usize = 90;
    if statement.chars().count() <= MAX {
        return statement.to_owned();
    }
    let cut: String = statement.chars().take(MAX).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':', '.']))
}

/// A `<dl>` row with a URI as code, left out when empty.
fn uri_row(l: Lang, uri: &str) -> Markup {
    html! {
        @if !uri.is_empty() {
            div.meta__row {
                dt { (l.t("uri")) }
                dd { code.uri { (uri) } }
            }
        }
    }
}

pub(crate) fn goal(ctx: &PageCtx, goal: &GoalPage) -> Markup {
    let l = ctx.lang;
    // A short heading (the abbreviated statement, else the code, else the statement's start)
    // with the full statement below it.
    let heading = match [&goal.abbreviated, &goal.code].into_iter().find(|text| !text.is_empty()) {
        Some(short) => short.clone(),
        None => short_statement(&goal.statement),
    };
    let title = if goal.code.is_empty() || goal.code == heading { heading.clone() } else { format!("{} {}", goal.code, heading) };
    let content = html! {
        article.content-page.content-page--goal {
            header.page-header {
                nav.breadcrumbs aria-label=(l.t("breadcrumb")) {
                    a href=(goal.framework_url) { (goal.framework_title) }
                }
                div.page-header__badges {
                    @if !goal.item_type.is_empty() {
                        span.badge.badge--type { (goal.item_type) }
                    }
                    @if goal.retired {
                        span.badge.badge--retired { (l.t("retired")) }
                    }
                }
                @if !goal.code.is_empty() && goal.code != heading {
                    p.eyebrow.goal-eyebrow { span.visually-hidden { (l.t("code")) } (goal.code) }
                }
                h1 { (heading) }
                @if !goal.statement.is_empty() && goal.statement != heading {
                    p.lead.goal-statement { (goal.statement) }
                }
                @if let Some((following, action)) = &goal.follow {
                    form.inline-form method="post" action=(action) {
                        (crate::layout::csrf_field(ctx))
                        input type="hidden" name="follow" value=(if *following { "0" } else { "1" });
                        button.button.button--secondary type="submit" {
                            @if *following { (l.t("unfollow")) } @else { (l.t("follow-this-goal")) }
                        }
                        " " span.muted { (l.t("you-get-mail-about")) }
                    }
                }
            }
            @if goal.retired {
                div.callout.callout--warning role="note" {
                    p.callout__text {
                        strong { (l.t("this-goal-has-been")) } " "
                        @if goal.replaced_by.is_empty() {
                            (l.t("it-is-still-listed"))
                        } @else {
                            (l.t("see-the-goal-that"))
                        }
                    }
                }
            }
            div.content-layout {
                div.content-layout__main {
                    (goal_links("replaced-by-title", l.t("replaced-by"), &goal.replaced_by))
                    (goal_links("children-title", l.t("goals-below-this-one"), &goal.children))
                    (goal_links("replaces-title", l.t("replaces"), &goal.replaces))
                    @if !goal.matches.is_empty() {
                        section.block aria-labelledby="matches-title" {
                            h2 #matches-title { (l.t("matches")) }
                            p.muted { (l.t("goals-of-other-curricula")) }
                            ul.link-list.goal-list {
                                @for (matched, how) in &goal.matches {
                                    li { (goal_link(matched)) " " span.goal-list__alignment { (how) } }
                                }
                            }
                        }
                    }
                    section.block aria-labelledby="materials-title" {
                        div.section-header {
                            h2 #materials-title { (l.t("materials-for-this-goal")) }
                            a.button.button--secondary.button--small href=(goal.search_url) { (l.t("search-this-goal")) }
                        }
                        p.muted { (l.t("includes-materials-and-case")) }
                        (material_grid(l, &goal.materials, Level::H3, l.t("no-materials-have-been")))
                    }
                    section.block aria-labelledby="case-studies-title" {
                        h2 #case-studies-title { (l.t("case-studies-for-this")) }
                        (case_study_grid(l, &goal.case_studies, Level::H3, l.t("no-case-studies-have")))
                    }
                }
                aside.content-layout__side aria-label=(l.t("about-this-goal")) {
                    section.panel aria-labelledby="about-title" {
                        h2 #about-title .panel__title { (l.t("about-this-goal")) }
                        dl.meta {
                            (meta_row(l.t("code-2"), &goal.code))
                            (meta_row(l.t("type-3"), &goal.item_type))
                            (meta_tags(l.t("education-level"), &goal.education_levels))
                            div.meta__row {
                                dt { (l.t("framework")) }
                                dd { a href=(goal.framework_url) { (goal.framework_title) } }
                            }
                            @if goal.retired {
                                (meta_row(l.t("status"), l.t("retired")))
                            }
                            (uri_row(l, &goal.uri))
                        }
                    }
                    @if !goal.parents.is_empty() {
                        section.panel aria-labelledby="parents-title" {
                            h2 #parents-title .panel__title { (l.t("part-of")) }
                            (goal_list(&goal.parents))
                        }
                    }
                }
            }
        }
    };
    page(ctx, &title, Width::Wide, content)
}

/// A titled block of goal links, left out when there are none.
fn goal_links(id: &str, heading: &str, goals: &[GoalLinkView]) -> Markup {
    html! {
        @if !goals.is_empty() {
            section.block aria-labelledby=(id) {
                h2 id=(id) { (heading) }
                (goal_list(goals))
            }
        }
    }
}

fn goal_list(goals: &[GoalLinkView]) -> Markup {
    html! {
        ul.link-list.goal-list {
            @for goal in goals {
                li { (goal_link(goal)) }
            }
        }
    }
}
