//! Parts several pages share: cards and card grids, the pager, badges, the actions on a content page, the old-version notice, goal links.

use maud::{html, Markup};

use crate::i18n::Lang;
use crate::layout::csrf_field;
use crate::views::{Appreciation, CaseStudyCard, GoalLinkView, MaterialCard, NetworkShare, PageCtx, Pager, Permissions, TranslationLinkView, VersionView};

/// The heading level of card titles: `h2` directly under the page's `h1`, `h3` inside a titled section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    H2,
    H3,
}

pub(crate) fn card_title(level: Level, url: &str, title: &str, lang: &str) -> Markup {
    let link = html! { a.card__link href=(url) lang=(lang) { (title) } };
    match level {
        Level::H2 => html! { h2.card__title { (link) } },
        Level::H3 => html! { h3.card__title { (link) } },
    }
}

pub(crate) fn material_card(l: Lang, card: &MaterialCard, level: Level) -> Markup {
    html! {
        article.card.card--material {
            div.card__badges {
                span.badge.badge--type { (card.resource_type) }
                @if card.is_remix {
                    span.badge.badge--remix { "Remix" }
                }
                @if let Some(status) = &card.status {
                    span.badge.badge--status { (status) }
                }
            }
            (card_title(level, &card.url, &card.title, &card.language_code))
            @if !card.summary.is_empty() {
                p.card__summary lang=(card.language_code) { (card.summary) }
            }
            ul.tags aria-label=(l.t("properties")) {
                @for level in &card.levels {
                    li.tag.tag--level { (level) }
                }
                @for subject in card.subjects.iter().take(3) {
                    li.tag { (subject) }
                }
                @if card.subjects.len() > 3 {
                    li.tag.tag--more { "+" (card.subjects.len() - 3) }
                }
                li.tag { span.visually-hidden { (l.t("language-2")) } (card.language) }
                li.tag.tag--license { span.visually-hidden { (l.t("licence-2")) } (card.license) }
            }
            p.card__meta {
                span { (card.author) }
                span aria-hidden="true" { " · " }
                span { span.visually-hidden { (l.t("updated-3")) } (card.updated) }
            }
        }
    }
}

pub(crate) fn case_study_card(l: Lang, card: &CaseStudyCard, level: Level) -> Markup {
    html! {
        article.card.card--case {
            div.card__badges {
                span.badge.badge--sector { (card.sector) }
                span.badge.badge--stage { (card.stage) }
                @if let Some(status) = &card.status {
                    span.badge.badge--status { (status) }
                }
            }
            (card_title(level, &card.url, &card.title, &card.language_code))
            @if !card.summary.is_empty() {
                p.card__summary lang=(card.language_code) { (card.summary) }
            }
            ul.tags aria-label=(l.t("themes-and-language")) {
                @for theme in card.themes.iter().take(4) {
                    li.tag.tag--theme { (theme) }
                }
                @if card.themes.len() > 4 {
                    li.tag.tag--more { "+" (card.themes.len() - 4) }
                }
                li.tag { span.visually-hidden { (l.t("language-2")) } (card.language) }
            }
            p.card__meta {
                span { (card.author) }
                span aria-hidden="true" { " · " }
                span { span.visually-hidden { (l.t("updated-3")) } (card.updated) }
            }
        }
    }
}

pub(crate) fn material_grid(l: Lang, cards: &[MaterialCard], level: Level, empty: &str) -> Markup {
    html! {
        @if cards.is_empty() {
            (empty_state(empty))
        } @else {
            div.card-grid {
                @for card in cards { (material_card(l, card, level)) }
            }
        }
    }
}

pub(crate) fn case_study_grid(l: Lang, cards: &[CaseStudyCard], level: Level, empty: &str) -> Markup {
    html! {
        @if cards.is_empty() {
            (empty_state(empty))
        } @else {
            div.card-grid {
                @for card in cards { (case_study_card(l, card, level)) }
            }
        }
    }
}

pub(crate) fn empty_state(text: &str) -> Markup {
    html! {
        div.empty-state {
            p { (text) }
        }
    }
}

/// "Page X of Y" with previous and next links; nothing when there is only one page.
/// Links between sibling lists, the shown one marked for assistive technology.
pub(crate) fn tabs(l: Lang, tabs: &[crate::views::Tab]) -> Markup {
    html! {
        @if !tabs.is_empty() {
            nav.tabs aria-label=(l.t("kind-of-content")) {
                ul.link-list.link-list--inline {
                    @for tab in tabs {
                        li {
                            @if tab.current { a href=(tab.url) aria-current="page" { strong { (tab.title) } } } @else { a href=(tab.url) { (tab.title) } }
                        }
                    }
                }
            }
        }
    }
}

pub(crate) fn pager(l: Lang, pager: &Pager) -> Markup {
    html! {
        @if pager.pages > 1 || pager.prev_url.is_some() || pager.next_url.is_some() {
            nav.pager aria-label=(l.t("pagination")) {
                @if let Some(prev) = &pager.prev_url {
                    a.button.button--secondary.pager__prev href=(prev) rel="prev" { span aria-hidden="true" { "← " } (l.t("previous")) }
                } @else {
                    span.pager__placeholder {}
                }
                p.pager__status { (l.t("page")) " " (pager.page) " " (l.t("of")) " " (pager.pages) }
                @if let Some(next) = &pager.next_url {
                    a.button.button--secondary.pager__next href=(next) rel="next" { (l.t("next")) span aria-hidden="true" { " →" } }
                } @else {
                    span.pager__placeholder {}
                }
            }
        }
    }
}

/// Badges for a content page: its status when not published, and "hidden".
pub(crate) fn state_badges(l: Lang, status_id: &str, status: &str, hidden: bool) -> Markup {
    html! {
        @if status_id != "published" {
            span.badge.badge--status { (status) }
        }
        @if hidden {
            span.badge.badge--hidden { (l.t("hidden")) }
        }
    }
}

/// The actions on a material or case-study page. `extra` goes after "edit" (the remix action of materials).
/// `status` is the content's visibility (`draft`, `published`, `unlisted`): whoever may edit it
/// publishes a draft, or takes published content back to a draft, in one click.
pub(crate) fn content_actions(ctx: &PageCtx, url: &str, can: &Permissions, status: &str, hidden: bool, extra: Markup) -> Markup {
    let l = ctx.lang;
    html! {
        section.panel.panel--actions aria-labelledby="actions-title" {
            h2 #actions-title .panel__title { (l.t("actions")) }
            ul.action-list {
                @if can.edit {
                    li {
                        form method="post" action={ (url) "/status" } {
                            (csrf_field(ctx))
                            @if status == "draft" {
                                input type="hidden" name="status" value="published";
                                button.button type="submit" { (l.t("publish")) }
                            } @else {
                                input type="hidden" name="status" value="draft";
                                button.button.button--secondary type="submit" { (l.t("back-to-draft")) }
                            }
                        }
                    }
                    li { a.button.button--secondary href={ (url) "/edit" } { (l.t("edit")) } }
                }
                (extra)
                li { a.button.button--secondary href={ (url) "/history" } { (l.t("version-history")) } }
                @if can.hide {
                    li {
                        form method="post" action={ (url) "/hide" } {
                            (csrf_field(ctx))
                            input type="hidden" name="hidden" value=(if hidden { "false" } else { "true" });
                            button.button.button--secondary type="submit" {
                                @if hidden { (l.t("show-again")) } @else { (l.t("hide")) }
                            }
                        }
                    }
                }
                @if can.delete {
                    li {
                        details.confirm {
                            summary.button.button--danger-outline { (l.t("delete-2")) }
                            div.confirm__body {
                                p { (l.t("are-you-sure-this")) }
                                form method="post" action={ (url) "/delete" } {
                                    (csrf_field(ctx))
                                    button.button.button--danger type="submit" { (l.t("yes-delete")) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The notice above an old version: which one, a link back to the current one, and restoring it.
pub(crate) fn version_notice(ctx: &PageCtx, version: &VersionView, current_url: &str) -> Markup {
    let l = ctx.lang;
    html! {
        div.callout.callout--version role="note" {
            p.callout__text {
                (l.t("you-are-looking-at")) " " strong { (version.version) } " "
                (l.t("from-4")) " " (version.created) " " (l.t("by-2")) " " (version.editor) "."
                @if !version.note.is_empty() {
                    " " span.callout__note { (version.note) "." }
                }
                " " (l.t("visibility")) ": " (version.status) "."
            }
            div.callout__actions {
                a.button.button--secondary href=(current_url) { (l.t("go-to-the-current")) }
                @if let Some(restore) = &version.restore_url {
                    form method="post" action=(restore) {
                        (csrf_field(ctx))
                        button.button type="submit" { (l.t("restore-this-version")) }
                    }
                }
            }
        }
    }
}

/// A `<dl>` row, left out when `value` is empty.
pub(crate) fn meta_row(term: &str, value: &str) -> Markup {
    html! {
        @if !value.is_empty() {
            div.meta__row {
                dt { (term) }
                dd { (value) }
            }
        }
    }
}

/// A `<dl>` row of tags, left out when there are none.
pub(crate) fn meta_tags(term: &str, values: &[String]) -> Markup {
    html! {
        @if !values.is_empty() {
            div.meta__row {
                dt { (term) }
                dd {
                    ul.tags {
                        @for value in values { li.tag { (value) } }
                    }
                }
            }
        }
    }
}

/// A goal's code (when it has one) and statement, as link text.
pub(crate) fn goal_text(code: &str, statement: &str) -> Markup {
    html! {
        @if !code.is_empty() {
            span.goal-code { (code) } " "
        }
        (statement)
    }
}

/// A link to a goal page: code and statement.
pub(crate) fn goal_link(goal: &GoalLinkView) -> Markup {
    html! {
        a.goal-link href=(goal.url) { (goal_text(&goal.code, &goal.statement)) }
        @if !goal.framework.is_empty() {
            " " span.goal-link__framework { "(" (goal.framework) ")" }
        }
    }
}

/// Likes (a count, and a button for signed-in readers) and a way to report the content.
pub(crate) fn appreciation(ctx: &PageCtx, url: &str, a: &Appreciation) -> Markup {
    let l = ctx.lang;
    html! {
        section.panel aria-labelledby="appreciation-title" {
            h2 #appreciation-title .panel__title { (l.t("appreciation")) }
            p.panel__text {
                (a.likes) " " (if a.likes == 1 { l.t("like") } else { l.t("likes") })
            }
            @if a.can_react {
                form method="post" action={ (url) "/like" } {
                    (csrf_field(ctx))
                    input type="hidden" name="liked" value=(if a.liked { "false" } else { "true" });
                    button.button.button--secondary type="submit" aria-pressed=(if a.liked { "true" } else { "false" }) {
                        @if a.liked { (l.t("withdraw-like")) } @else { (l.t("like-2")) }
                    }
                }
                details.confirm {
                    summary.button.button--secondary { (l.t("report")) }
                    div.confirm__body {
                        form method="post" action={ (url) "/report" } {
                            (csrf_field(ctx))
                            label.field__label for="report-comment" { (l.t("what-is-wrong")) }
                            textarea.input #report-comment name="comment" rows="3" maxlength="2000" {}
                            button.button type="submit" { (l.t("send-report")) }
                        }
                    }
                }
            }
        }
    }
}

/// The author's form to post their content to a network, and where it was posted.
pub(crate) fn network_share(ctx: &PageCtx, share: Option<&NetworkShare>) -> Markup {
    let l = ctx.lang;
    let Some(share) = share else { return html! {} };
    html! {
        section.panel aria-labelledby="network-share-title" {
            h2 #network-share-title .panel__title { (l.t("share-in-a-network")) }
            @if !share.posted_in.is_empty() {
                p.panel__text {
                    (l.t("shared-in"))
                    @for (index, (url, title)) in share.posted_in.iter().enumerate() {
                        @if index > 0 { ", " }
                        a href=(url) { (title) }
                    }
                }
            }
            @if share.options.is_empty() {
                p.muted { (l.t("join-a-network-or")) }
            } @else {
                form method="post" action=(share.action) {
                    (csrf_field(ctx))
                    label.field__label for="network-share" { (l.t("network")) }
                    select.input #network-share name="network" {
                        @for (url, title) in &share.options { option value=(url) { (title) } }
                    }
                    div.form-actions { button.button.button--secondary type="submit" { (l.t("share")) } }
                }
            }
        }
    }
}

/// "Also in: Deutsch, English": a material's other languages as links (nothing when none).
pub(crate) fn other_languages(l: Lang, translations: &[TranslationLinkView]) -> Markup {
    html! {
        @if !translations.is_empty() {
            p.other-languages {
                (l.t("also-in-other-languages")) ": "
                @for (i, t) in translations.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(t.url) hreflang=(t.language_code) title=(t.title) { (t.language) }
                }
            }
        }
    }
}
