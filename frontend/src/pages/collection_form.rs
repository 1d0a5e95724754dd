//! The form to make or edit a collection: its text, audience and goals, and its list as rows
//! (a position to reorder by, a note, a box to take an item out, and empty rows to add by
//! address), so it all works without JavaScript.

use maud::{html, Markup};

use super::forms::{error_summary, markdown_hint, FormCtx, Input};
use super::goal_picker::{goal_section, GoalSection};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{CollectionForm, CollectionFormItem, PageCtx};

/// Empty rows offered for new items.
const NEW_ROWS: usize = 3;

fn label(l: Lang, field: &str) -> Option<&'static str> {
    Some(match field {
        "title" => l.t("title"),
        "introduction" => l.t("introduction"),
        "language" => l.t("language"),
        "license" => l.t("licence"),
        "education_levels" => l.t("education-level"),
        "subjects" => l.t("subject"),
        "status" => l.t("status"),
        "goals" => l.t("learning-goals"),
        "items" => l.t("materials"),
        _ if field.starts_with("items[") => l.t("materials"),
        _ => return None,
    })
}

pub(crate) fn render(ctx: &PageCtx, form: &CollectionForm) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &form.errors);
    let name = |field: &'static str| label(l, field).unwrap_or(field);
    let heading = if form.is_new { l.t("new-collection") } else { l.t("edit-collection") };
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t("put-together-a-lesson")) }
        }
        (error_summary(l, &form.errors, |field| label(l, field)))
        form.form method="post" action=(form.action) {
            (csrf_field(ctx))
            section.form-section {
                h2.form-section__title { (l.t("what-are-you-putting")) }
                (f.field("title", name("title")).required().input(Input { value: &form.title, maxlength: Some("300"), ..Input::default() }))
                (f.field("introduction", name("introduction"))
                    .hint(markdown_hint(l))
                    .textarea(&form.introduction, false))
            }
            (item_rows(l, &form.items, &form.errors))
            section.form-section {
                h2.form-section__title { (l.t("audience-and-subject")) }
                (f.field("education_levels", name("education_levels")).choices(&form.levels, false))
                (f.field("subjects", name("subjects")).choices(&form.subjects, false))
                (goal_section(l, &GoalSection::of(&form.goal_choices, form.goals_available, &form.goal_query, &form.errors, &form.goal_browse)))
                (f.field("language", name("language")).required()
                    .hint(l.t("the-language-of-the"))
                    .input(Input { value: &form.language, maxlength: Some("35"), autocomplete: Some("off"), ..Input::default() }))
                (f.field("license", name("license")).required()
                    .hint(l.t("for-your-introduction-notes"))
                    .select(&form.licenses, None))
            }
            section.form-section {
                h2.form-section__title { (l.t("publishing")) }
                (f.field("status", name("status")).required()
                    .hint(l.t("only-you-can-see-a"))
                    .choices(&form.statuses, true))
            }
            div.form-actions {
                button.button.button--large type="submit" name="intent" value="save" {
                    @if form.is_new { (l.t("save-collection")) } @else { (l.t("save-changes")) }
                }
                a.button.button--ghost href=(form.cancel_url) { (l.t("cancel")) }
            }
        }
    };
    page(ctx, heading, Width::Narrow, content)
}

/// The list: each item with its position, note and a box to take it out; then empty rows.
fn item_rows(l: Lang, items: &[CollectionFormItem], errors: &[(String, String)]) -> Markup {
    let error_of = |index: usize| errors.iter().find(|(field, _)| field.starts_with(&format!("items[{index}]."))).map(|(_, message)| message.as_str());
    let list_error = errors.iter().find(|(field, _)| field == "items").map(|(_, message)| message.as_str());
    let empty = CollectionFormItem::default();
    let rows: Vec<&CollectionFormItem> = items.iter().chain(std::iter::repeat_n(&empty, NEW_ROWS)).collect();
    html! {
        section.form-section id="field-items" {
            h2.form-section__title { (l.t("materials-in-order")) }
            p.field__hint { (l.t("change-the-numbers-to")) }
            @if let Some(message) = list_error { p.field__error { (message) } }
            ol.item-rows {
                @for (index, item) in rows.iter().enumerate() {
                    @let is_new = item.title.is_empty() && item.material.is_empty();
                    li.item-rows__row.field--invalid[error_of(index).is_some()] {
                        @if let Some(message) = error_of(index) { p.field__error id={ "error-item-" (index) } { (message) } }
                        div.item-rows__head {
                            label.item-rows__position for={ "field-item-position-" (index) } {
                                span.visually-hidden { (l.t("position")) " " }
                                input.input.input--narrow #{ "field-item-position-" (index) } type="number" name="item_position" min="1" inputmode="numeric" value=(index + 1);
                            }
                            input type="hidden" name="item_title" value=(item.title);
                            @if is_new || item.title.is_empty() {
                                label.visually-hidden for={ "field-item-material-" (index) } { (l.t("address-of-material")) " " (index + 1) }
                                input.input #{ "field-item-material-" (index) } type="text" name="item_material" value=(item.material)
                                    placeholder=(l.t("https-address-of-a")) autocomplete="off";
                            } @else {
                                input type="hidden" name="item_material" value=(item.material);
                                span.item-rows__title { (item.title) }
                                label.item-rows__remove {
                                    input type="checkbox" name="item_remove" value=(item.material);
                                    " " (l.t("remove"))
                                    span.visually-hidden { ": " (item.title) }
                                }
                            }
                        }
                        label.visually-hidden for={ "field-item-note-" (index) } { (l.t("note-on")) " " (index + 1) }
                        textarea.textarea.textarea--short #{ "field-item-note-" (index) } name="item_note" rows="2" maxlength="2000"
                            placeholder=(l.t("note-why-or-how")) { (item.note) }
                    }
                }
            }
        }
    }
}
