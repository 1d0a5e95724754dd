//! The node's quality mark: the badge and the moderators' form on a material or case study, and
//! the criteria page with what carries the mark.

use maud::{html, Markup, PreEscaped};

use super::forms::{error_summary, FormCtx};
use crate::layout::{csrf_field, page, Width};
use crate::views::{PageCtx, QualityPage, QualityView};

/// On an item's page: the mark (linking to the criteria) and, for moderators, award or withdraw.
pub(crate) fn badge(ctx: &PageCtx, q: &QualityView) -> Markup {
    let l = ctx.lang;
    html! {
        @if let Some((note, date)) = &q.mark {
            section.block.quality-mark aria-labelledby="quality-title" {
                h2 #quality-title { "✓ " (l.tf("quality-mark-of", &[("node", ctx.node_name.as_str().into())])) }
                p {
                    (l.tf("quality-awarded-on", &[("date", date.as_str().into())])) " "
                    a href="/quality" { (l.t("quality-criteria")) }
                }
                @if !note.is_empty() { p.muted { (note) } }
            }
        }
        @if let Some(action) = &q.action {
            form.inline-form.quality-form method="post" action=(action) {
                (csrf_field(ctx))
                @if q.mark.is_some() {
                    button.button.button--secondary.button--small type="submit" name="intent" value="withdraw" { (l.t("quality-withdraw")) }
                } @else {
                    label for="quality-note" { (l.t("quality-note")) }
                    " " input.input #quality-note type="text" name="note" maxlength="500";
                    " " button.button.button--secondary.button--small type="submit" name="intent" value="award" { (l.t("quality-award")) }
                }
            }
        }
    }
}

pub(crate) fn render(ctx: &PageCtx, view: &QualityPage) -> Markup {
    let l = ctx.lang;
    let title = l.tf("quality-mark-of", &[("node", ctx.node_name.as_str().into())]);
    let content = html! {
        h1 { (title) }
        section.block aria-labelledby="criteria-title" {
            h2 #criteria-title { (l.t("quality-criteria")) }
            @if view.criteria_html.trim().is_empty() {
                p.muted { (l.t("quality-no-criteria")) }
            } @else {
                div.prose { (PreEscaped(&view.criteria_html)) }
            }
        }
        section.block aria-labelledby="marked-title" {
            h2 #marked-title { (l.t("quality-marked")) }
            @if view.items.is_empty() { p.muted { (l.t("quality-none-yet")) } }
            ul.link-list {
                @for (title, url, kind, note, date) in &view.items {
                    li {
                        span.badge.badge--type { (kind) } " " a href=(url) { (title) } " · " (date)
                        @if !note.is_empty() { br; span.muted { (note) } }
                    }
                }
            }
            p { a href="/search?quality=yes" { (l.t("quality-search")) } }
        }
        @if let Some(criteria) = &view.edit {
            @let f = FormCtx::new(l, &view.errors);
            (error_summary(l, &view.errors, |field| (field == "criteria").then(|| l.t("quality-criteria"))))
            form.form method="post" action="/quality" {
                (csrf_field(ctx))
                (f.field("criteria", l.t("quality-criteria")).hint(l.t("quality-criteria-hint")).textarea(criteria, true))
                div.form-actions { button.button type="submit" { (l.t("save")) } }
            }
        }
    };
    page(ctx, &title, Width::Wide, content)
}
