//! Help questions: the list, the question's page (situation, facts, answers with the helpful
//! one marked, the answer form, matchmaking with invitations) and the form to ask one. Every
//! action is a plain form: no script.

use maud::{html, Markup, PreEscaped};

use super::forms::{error_summary, FormCtx, Input};
use super::parts::{empty_state, pager};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{PageCtx, QuestionCard, QuestionForm, QuestionList, QuestionPage};

fn card(l: Lang, card: &QuestionCard) -> Markup {
    html! {
        article.card.card--question {
            div.card__badges {
                span.badge.badge--type { (card.help_type) }
                span class=(format!("badge badge--{}", card.state_id)) { (card.state) }
            }
            h2.card__title { a href=(card.url) lang=(card.language_code) { (card.title) } }
            p.card__meta {
                span { (card.asker) }
                @if let Some(origin) = &card.origin { " (" (origin) ")" }
                span aria-hidden="true" { " · " }
                span { (card.level) " · " (card.country) }
                span aria-hidden="true" { " · " }
                span { (l.tf("answer-count", &[("count", i64::try_from(card.answers).unwrap_or(i64::MAX).into())])) }
                span aria-hidden="true" { " · " }
                span { (card.asked) }
            }
        }
    }
}

pub(crate) fn list(ctx: &PageCtx, list: &QuestionList) -> Markup {
    let l = ctx.lang;
    let content = html! {
        div.page-header.page-header--row {
            div {
                h1 { (list.heading) }
                p.page-header__sub { (l.t("questions-intro")) }
            }
            @if let Some(new_url) = &list.new_url {
                a.button href=(new_url) { span aria-hidden="true" { "+ " } (l.t("new-question")) }
            }
        }
        p { a href="/search?kind=question" { (l.t("search-questions")) } }
        @if list.items.is_empty() {
            (empty_state(l.t("no-questions-yet")))
        } @else {
            div.card-grid { @for c in &list.items { (card(l, c)) } }
        }
        (pager(l, &list.pager))
    };
    page(ctx, &list.heading, Width::Wide, content)
}

pub(crate) fn render(ctx: &PageCtx, q: &QuestionPage) -> Markup {
    let l = ctx.lang;
    let content = html! {
        article.content-page.content-page--question {
            header.page-header {
                nav.breadcrumbs aria-label=(l.t("breadcrumb")) { a href="/questions" { (l.t("questions")) } }
                div.page-header__badges {
                    span class=(format!("badge badge--{}", q.state_id)) { (q.state) }
                    @if q.hidden { span.badge.badge--hidden { (l.t("hidden")) } }
                }
                h1 lang=(q.language_code) { (q.title) }
                p.byline {
                    (l.t("asked-by")) " " a href=(q.asker_url) { (q.asker) } " · " (q.asked)
                    @if let Some((node, original)) = &q.origin { " · " a href=(original) { (l.tf("asked-on-node", &[("node", node.as_str().into())])) } }
                }
            }
            div.content-layout {
                div.content-layout__main {
                    section.block aria-labelledby="situation-title" {
                        h2 #situation-title { (l.t("question-situation")) }
                        div.prose lang=(q.language_code) { (PreEscaped(&q.situation_html)) }
                    }
                    (answers(ctx, q))
                }
                aside.content-layout__side {
                    dl.facts {
                        @for (label, value) in &q.facts { dt { (label) } dd { (value) } }
                    }
                    @if let Some(action) = &q.state_action {
                        form.inline-form method="post" action=(action) {
                            (csrf_field(ctx))
                            @for (state, label) in &q.next_states {
                                button.button.button--secondary.button--small type="submit" name="state" value=(state) { (label) }
                            }
                        }
                    }
                    @if let Some(edit) = &q.edit_url { p { a href=(edit) { (l.t("edit-question")) } } }
                    @if let Some(action) = &q.delete_action {
                        form.inline-form method="post" action=(action) {
                            (csrf_field(ctx))
                            button.button.button--danger.button--small type="submit" { (l.t("delete-question")) }
                        }
                    }
                }
            }
            (matches(ctx, q))
        }
    };
    page(ctx, &q.title, Width::Wide, content)
}

fn answers(ctx: &PageCtx, q: &QuestionPage) -> Markup {
    let l = ctx.lang;
    html! {
        section.block #answers aria-labelledby="answers-title" {
            h2 #answers-title { (l.t("answers")) " (" (q.answers.len()) ")" }
            @if q.answers.is_empty() { p.muted { (l.t("no-answers-yet")) } }
            ol.answers {
                @for a in &q.answers {
                    li.answer.answer--helpful[a.helpful] id=(format!("answer-{}", a.id)) {
                        p.answer__head {
                            a href=(a.author_url) { (a.author) }
                            @if !a.node.is_empty() { " (" (a.node) ")" }
                            " · " (a.date)
                            @if a.helpful { " · " strong.answer__helpful { "✓ " (l.t("helpful-answer")) } }
                        }
                        div.prose { (PreEscaped(&a.html)) }
                        @if let Some(action) = &a.mark_action {
                            form.inline-form method="post" action=(action) {
                                (csrf_field(ctx))
                                @if a.helpful {
                                    button.button.button--secondary.button--small type="submit" name="answer" value="" { (l.t("unmark-helpful")) }
                                } @else {
                                    button.button.button--secondary.button--small type="submit" name="answer" value=(a.id) { (l.t("mark-helpful")) }
                                }
                            }
                        }
                        @if let Some(action) = &a.withdraw_action {
                            form.inline-form method="post" action=(action) {
                                (csrf_field(ctx))
                                button.button.button--secondary.button--small type="submit" { (l.t("withdraw-answer")) }
                            }
                        }
                    }
                }
            }
            @if let Some(action) = &q.answer_action {
                @let f = FormCtx::new(l, &q.answer_errors);
                (error_summary(l, &q.answer_errors, |field| (field == "text").then(|| l.t("your-answer"))))
                form.form method="post" action=(action) {
                    (csrf_field(ctx))
                    (f.field("text", l.t("your-answer")).hint(l.t("answer-hint")).required().textarea(&q.answer_text, false))
                    div.form-actions { button.button type="submit" { (l.t("send-answer")) } }
                }
            }
        }
    }
}

fn matches(ctx: &PageCtx, q: &QuestionPage) -> Markup {
    let l = ctx.lang;
    html! {
        section.block #matches aria-labelledby="matches-title" {
            h2 #matches-title { (l.t("question-matches")) }
            p.muted { (l.t("matches-intro")) }
            @if q.matches.is_empty() { p { (l.t("no-matches")) } }
            ol.matches {
                @for m in &q.matches {
                    li.match {
                        p.match__head {
                            span.badge.badge--type { (m.kind) } " "
                            a href=(m.url) { (m.title) }
                            @if !m.node.is_empty() { " (" (m.node) ")" }
                        }
                        p.match__why.muted { (l.t("matched-because")) " " (m.reasons.join("; ")) }
                        @if let (Some(action), Some((invitee, name, invited))) = (&q.invite_action, &m.invite) {
                            @if *invited {
                                p.muted { "✓ " (l.tf("invited-name", &[("name", name.as_str().into())])) }
                            } @else {
                                form.inline-form method="post" action=(action) {
                                    (csrf_field(ctx))
                                    input type="hidden" name="invitee" value=(invitee);
                                    button.button.button--secondary.button--small type="submit" { (l.tf("invite-name", &[("name", name.as_str().into())])) }
                                }
                            }
                        }
                    }
                }
            }
            @if !q.invited.is_empty() {
                p { (l.t("invited")) ": " (q.invited.join(", ")) }
            }
        }
    }
}

pub(crate) fn form(ctx: &PageCtx, view: &QuestionForm) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &view.errors);
    let heading = if view.is_new { l.t("new-question") } else { l.t("edit-question") };
    let label = |field: &str| match field {
        "title" => Some(l.t("title")),
        "situation" => Some(l.t("question-situation")),
        "help_type" => Some(l.t("question-help-type")),
        "themes" => Some(l.t("themes")),
        "education_level" => Some(l.t("education-level")),
        "languages" => Some(l.t("question-languages")),
        "country" => Some(l.t("question-country")),
        "deadline" => Some(l.t("question-deadline")),
        "language" => Some(l.t("language")),
        _ => None,
    };
    let content = html! {
        h1 { (heading) }
        (error_summary(l, &view.errors, label))
        form.form method="post" action=(view.action) {
            (csrf_field(ctx))
            (f.field("title", l.t("title")).required().input(Input { value: &view.title, maxlength: Some("300"), ..Input::default() }))
            (f.field("situation", l.t("question-situation")).hint(l.t("question-situation-hint")).required().textarea(&view.situation, true))
            (f.field("help_type", l.t("question-help-type")).required().choices(&view.help_types, true))
            (f.field("themes", l.t("themes")).choices(&view.themes, false))
            (f.field("education_level", l.t("education-level")).required().select(&view.levels, None))
            (f.field("languages", l.t("question-languages")).hint(l.t("question-languages-hint")).input(Input { value: &view.languages, ..Input::default() }))
            (f.field("country", l.t("question-country")).hint(l.t("question-country-hint")).input(Input { value: &view.country, maxlength: Some("2"), ..Input::default() }))
            (f.field("deadline", l.t("question-deadline")).input(Input { kind: "date", value: &view.deadline, ..Input::default() }))
            (f.field("language", l.t("language")).hint(l.t("language-hint")).input(Input { value: &view.language, maxlength: Some("35"), ..Input::default() }))
            div.form-actions {
                button.button type="submit" { (if view.is_new { l.t("ask-question") } else { l.t("save") }) }
                " " a href=(view.cancel) { (l.t("cancel")) }
            }
        }
    };
    page(ctx, heading, Width::Narrow, content)
}
