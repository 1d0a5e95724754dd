//! The remix flow: what the source's licence allows, then a title and a licence for the new
//! material, and, for a translation, the language it is translated into and what was adapted.

use maud::{html, Markup};

use super::forms::{error_summary, FormCtx, Input};
use crate::layout::{csrf_field, page, Width};
use crate::views::{Choice, PageCtx, RemixPage};

pub(crate) fn render(ctx: &PageCtx, remix: &RemixPage) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &remix.errors);
    let label = |field: &str| match field {
        "title" => Some(l.t("title-of-your-remix")),
        "license" => Some(l.t("licence")),
        "translate_into" => Some(l.t("translate-into")),
        "adaptation_notes" => Some(l.t("adaptation-notes")),
        _ => None,
    };
    let languages: Vec<Choice> = super::material_form::LANGUAGES
        .iter()
        .filter(|code| !code.eq_ignore_ascii_case(&remix.source_language))
        .map(|code| Choice { id: (*code).to_owned(), label: l.term("language", code).to_owned(), selected: *code == remix.translate_into })
        .collect();
    let heading = l.t("make-a-remix");
    let content = html! {
        div.page-header {
            nav.breadcrumbs aria-label=(l.t("breadcrumb")) {
                a href=(remix.source_url) { (remix.source_title) }
            }
            h1 { (heading) }
            p.page-header__sub { (l.t("a-remix-is-your")) }
        }
        section.panel.panel--source aria-labelledby="source-title" {
            h2 #source-title .panel__title { (l.t("source")) }
            dl.meta {
                div.meta__row { dt { (l.t("title")) } dd { a href=(remix.source_url) { (remix.source_title) } } }
                div.meta__row { dt { (l.t("licence")) } dd { (remix.source_license) } }
            }
            p.panel__text { (remix.rule) }
        }
        @if let Some(forbidden) = &remix.forbidden {
            div.callout.callout--warning role="note" {
                p.callout__text { (forbidden) }
                div.callout__actions {
                    a.button.button--secondary href=(remix.source_url) { (l.t("back-to-the-material")) }
                }
            }
        } @else {
            (error_summary(l, &remix.errors, label))
            form.form method="post" action=(remix.action) {
                (csrf_field(ctx))
                (f.field("title", l.t("title-of-your-remix")).required()
                    .hint(l.t("for-example-the-original"))
                    .input(Input { value: &remix.title, maxlength: Some("300"), ..Input::default() }))
                (f.field("license", l.t("licence")).required()
                    .hint(l.t("only-licences-the-source"))
                    .choices(&remix.licenses, true))
                (f.field("translate_into", l.t("translate-into"))
                    .hint(l.t("translate-into-hint"))
                    .select(&languages, Some(l.t("translate-into-none"))))
                (f.field("adaptation_notes", l.t("adaptation-notes"))
                    .hint(l.t("adaptation-notes-hint"))
                    .textarea(&remix.adaptation_notes, false))
                div.form-actions {
                    button.button.button--large type="submit" { (l.t("create-remix")) }
                    a.button.button--ghost href=(remix.source_url) { (l.t("cancel")) }
                }
            }
        }
    };
    page(ctx, &format!("{heading}: {}", remix.source_title), Width::Narrow, content)
}
