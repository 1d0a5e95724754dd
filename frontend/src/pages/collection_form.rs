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
        "title" => l.t("Titel", "Title"),
        "introduction" => l.t("Inleiding", "Introduction"),
        "language" => l.t("Taal", "Language"),
        "license" => l.t("Licentie", "Licence"),
        "education_levels" => l.t("Onderwijsniveau", "Education level"),
        "subjects" => l.t("Vakgebied", "Subject"),
        "status" => l.t("Status", "Status"),
        "goals" => l.t("Leerdoelen", "Learning goals"),
        "items" => l.t("Leermiddelen", "Materials"),
        _ if field.starts_with("items[") => l.t("Leermiddelen", "Materials"),
        _ => return None,
    })
}

pub(crate) fn render(ctx: &PageCtx, form: &CollectionForm) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &form.errors);
    let name = |field: &'static str| label(l, field).unwrap_or(field);
    let heading = if form.is_new { l.t("Nieuw arrangement", "New collection") } else { l.t("Arrangement bewerken", "Edit collection") };
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t(
                "Stel een lessenserie, themaweek of alles voor één leerdoel samen uit leermiddelen van deze node en van nodes die je volgt.",
                "Put together a lesson series, theme week or everything for one goal from materials on this node and on nodes you follow."
            )) }
        }
        (error_summary(l, &form.errors, |field| label(l, field)))
        form.form method="post" action=(form.action) {
            (csrf_field(ctx))
            section.form-section {
                h2.form-section__title { (l.t("Wat stel je samen?", "What are you putting together?")) }
                (f.field("title", name("title")).required().input(Input { value: &form.title, maxlength: Some("300"), ..Input::default() }))
                (f.field("introduction", name("introduction"))
                    .hint(markdown_hint(l))
                    .textarea(&form.introduction, false))
            }
            (item_rows(l, &form.items, &form.errors))
            section.form-section {
                h2.form-section__title { (l.t("Voor wie en welk vak", "Audience and subject")) }
                (f.field("education_levels", name("education_levels")).choices(&form.levels, false))
                (f.field("subjects", name("subjects")).choices(&form.subjects, false))
                (goal_section(l, &GoalSection::of(&form.goal_choices, form.goals_available, &form.goal_query, &form.errors, &form.goal_browse)))
                (f.field("language", name("language")).required()
                    .hint(l.t("De taal van de inleiding en de notities, als code: nl, en, de, fr …", "The language of the introduction and notes, as a code: nl, en, de, fr …"))
                    .input(Input { value: &form.language, maxlength: Some("35"), autocomplete: Some("off"), ..Input::default() }))
                (f.field("license", name("license")).required()
                    .hint(l.t("Voor je inleiding, notities en de samenstelling; elk leermiddel houdt zijn eigen licentie.",
                              "For your introduction, notes and the selection; every material keeps its own licence."))
                    .select(&form.licenses, None))
            }
            section.form-section {
                h2.form-section__title { (l.t("Publiceren", "Publishing")) }
                (f.field("status", name("status")).required()
                    .hint(l.t("Een concept zie alleen jij; een gepubliceerd arrangement ziet iedereen.", "Only you can see a draft; everyone can see a published collection."))
                    .choices(&form.statuses, true))
            }
            div.form-actions {
                button.button.button--large type="submit" name="intent" value="save" {
                    @if form.is_new { (l.t("Arrangement opslaan", "Save collection")) } @else { (l.t("Wijzigingen opslaan", "Save changes")) }
                }
                a.button.button--ghost href=(form.cancel_url) { (l.t("Annuleren", "Cancel")) }
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
            h2.form-section__title { (l.t("Leermiddelen, in volgorde", "Materials, in order")) }
            p.field__hint { (l.t(
                "Verander de nummers om de volgorde te wijzigen. Voeg een leermiddel toe met het adres van zijn pagina (hier of op een node die je volgt), of via ‘Toevoegen aan arrangement’ op die pagina.",
                "Change the numbers to reorder. Add a material by the address of its page (here or on a node you follow), or with ‘Add to a collection’ on that page."
            )) }
            @if let Some(message) = list_error { p.field__error { (message) } }
            ol.item-rows {
                @for (index, item) in rows.iter().enumerate() {
                    @let is_new = item.title.is_empty() && item.material.is_empty();
                    li.item-rows__row.field--invalid[error_of(index).is_some()] {
                        @if let Some(message) = error_of(index) { p.field__error id={ "error-item-" (index) } { (message) } }
                        div.item-rows__head {
                            label.item-rows__position for={ "field-item-position-" (index) } {
                                span.visually-hidden { (l.t("Plaats", "Position")) " " }
                                input.input.input--narrow #{ "field-item-position-" (index) } type="number" name="item_position" min="1" inputmode="numeric" value=(index + 1);
                            }
                            input type="hidden" name="item_title" value=(item.title);
                            @if is_new || item.title.is_empty() {
                                label.visually-hidden for={ "field-item-material-" (index) } { (l.t("Adres van leermiddel", "Address of material")) " " (index + 1) }
                                input.input #{ "field-item-material-" (index) } type="text" name="item_material" value=(item.material)
                                    placeholder=(l.t("https://… (adres van een leermiddel)", "https://… (address of a material)")) autocomplete="off";
                            } @else {
                                input type="hidden" name="item_material" value=(item.material);
                                span.item-rows__title { (item.title) }
                                label.item-rows__remove {
                                    input type="checkbox" name="item_remove" value=(item.material);
                                    " " (l.t("Weghalen", "Remove"))
                                    span.visually-hidden { ": " (item.title) }
                                }
                            }
                        }
                        label.visually-hidden for={ "field-item-note-" (index) } { (l.t("Notitie bij", "Note on")) " " (index + 1) }
                        textarea.textarea.textarea--short #{ "field-item-note-" (index) } name="item_note" rows="2" maxlength="2000"
                            placeholder=(l.t("Notitie: waarom of hoe je dit gebruikt (optioneel)", "Note: why or how to use it (optional)")) { (item.note) }
                    }
                }
            }
        }
    }
}
