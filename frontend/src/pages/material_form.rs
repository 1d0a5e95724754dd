//! The form to write or edit a material (multipart, so an attachment can come along).

use maud::{html, Markup};

use super::forms::{error_summary, markdown_hint, FormCtx, Input};
use super::goal_picker::{goal_section, GoalSection};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{Choice, MaterialForm, PageCtx};

/// Languages offered in the language field; any other is typed as a code.
/// The content languages offered in the list (labels: `term-language-<code>`); any other BCP 47
/// tag can be typed in.
pub(crate) const LANGUAGES: [&str; 6] = ["nl", "en", "de", "fr", "fy", "nl-BE"];

fn label(l: Lang, field: &str) -> Option<&'static str> {
    Some(match field {
        "title" => l.t("title"),
        "summary" => l.t("summary"),
        "body" => l.t("content"),
        "language" => l.t("language"),
        "license" => l.t("licence"),
        "education_levels" => l.t("education-level"),
        "isced_level" => l.t("isced-level"),
        "subjects" => l.t("subject"),
        "resource_type" => l.t("type-of-material"),
        "duration_minutes" => l.t("duration-in-minutes"),
        "keywords" => l.t("keywords"),
        "authors" => l.t("authors"),
        "links" => l.t("links"),
        "language_other" => l.t("other-language"),
        "status" => l.t("status"),
        "attachment" => l.t("attachment"),
        "goals" => l.t("learning-goals"),
        "translation_of" => l.t("translation-of"),
        "adaptation_notes" => l.t("adaptation-notes"),
        _ => return None,
    })
}

pub(crate) fn render(ctx: &PageCtx, form: &MaterialForm) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &form.errors);
    let name = |field: &'static str| label(l, field).unwrap_or(field);
    let heading = if form.is_new { l.t("new-material") } else { l.t("edit-material") };
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t("share-a-lesson-worksheet")) }
        }
        (error_summary(l, &form.errors, |field| label(l, field)))
        form.form method="post" action=(form.action) enctype="multipart/form-data" {
            (csrf_field(ctx))
            section.form-section {
                h2.form-section__title { (l.t("what-are-you-sharing")) }
                (f.field("title", name("title")).required().input(Input { value: &form.title, maxlength: Some("300"), ..Input::default() }))
                (f.field("summary", name("summary"))
                    .hint(l.t("one-or-two-sentences-what"))
                    .textarea(&form.summary, false))
                (f.field("body", name("body")).hint(markdown_hint(l)).textarea(&form.body, true))
            }
            section.form-section {
                h2.form-section__title { (l.t("audience-and-subject")) }
                (f.field("resource_type", name("resource_type")).select(&form.resource_types, Some(l.t("choose-a-type"))))
                (f.field("education_levels", name("education_levels")).required()
                    .hint(l.t("choose-one-or-more")).choices(&form.levels, false))
                (f.field("subjects", name("subjects")).choices(&form.subjects, false))
                (goal_section(l, &GoalSection::of(&form.goal_choices, form.goals_available, &form.goal_query, &form.errors, &form.goal_browse)))
                div.field-row {
                    (f.field("isced_level", name("isced_level"))
                        .hint(l.t("optional-the-international-education"))
                        .input(Input { kind: "number", value: &form.isced_level, min: Some("0"), max: Some("8"), inputmode: Some("numeric"), ..Input::default() }))
                    (f.field("duration_minutes", name("duration_minutes"))
                        .hint(l.t("optional-for-example-45"))
                        .input(Input { kind: "number", value: &form.duration_minutes, min: Some("1"), max: Some("100000"), inputmode: Some("numeric"), ..Input::default() }))
                }
                @let known = LANGUAGES.contains(&form.language.as_str());
                @let languages: Vec<Choice> = LANGUAGES
                    .iter()
                    .map(|code| Choice { id: (*code).to_owned(), label: l.term("language", code).to_owned(), selected: *code == form.language })
                    .chain([Choice { id: "other".into(), label: l.t("another-language").into(), selected: !known }])
                    .collect();
                (f.field("language", name("language")).required()
                    .hint(l.t("the-language-of-the-content"))
                    .select(&languages, None))
                (f.field("language_other", name("language_other"))
                    .hint(l.t("only-with-another-language"))
                    .input(Input { value: if known { "" } else { &form.language }, autocomplete: Some("off"), ..Input::default() }))
                (f.field("keywords", name("keywords"))
                    .hint(l.t("separated-by-commas-for"))
                    .input(Input { value: &form.keywords, ..Input::default() }))
                (f.field("authors", name("authors"))
                    .hint(l.t("separated-by-commas-leave"))
                    .input(Input { value: &form.authors, ..Input::default() }))
            }
            section.form-section {
                h2.form-section__title { (l.t("licence-links-and-attachment")) }
                (f.field("license", name("license")).required()
                    .hint(l.t("with-cc-by-anyone"))
                    .select(&form.licenses, None))
                (link_rows(l, &form.links))
                (f.field("attachment", name("attachment"))
                    .hint(l.t("optional-a-file-to"))
                    .input(Input { kind: "file", ..Input::default() }))
            }
            section.form-section {
                h2.form-section__title { (l.t("translation-section")) }
                (f.field("translation_of", name("translation_of"))
                    .hint(l.t("translation-of-hint"))
                    .input(Input { kind: "url", value: &form.translation_of, maxlength: Some("2000"), ..Input::default() }))
                (f.field("adaptation_notes", name("adaptation_notes"))
                    .hint(l.t("adaptation-notes-hint"))
                    .textarea(&form.adaptation_notes, false))
            }
            section.form-section {
                h2.form-section__title { (l.t("publishing")) }
                (f.field("status", name("status")).required()
                    .hint(l.t("only-you-can-see-a-draft"))
                    .choices(&form.statuses, true))
            }
            div.form-actions {
                button.button.button--large type="submit" name="intent" value="save" {
                    @if form.is_new { (l.t("save-material")) } @else { (l.t("save-changes")) }
                }
                a.button.button--ghost href=(form.cancel_url) { (l.t("cancel")) }
            }
        }
    };
    page(ctx, heading, Width::Narrow, content)
}

/// Links as rows of a title and an address: the links there are, and two empty rows for new
/// ones (after saving, two more appear). Rows left empty are ignored.
fn link_rows(l: Lang, links: &[(String, String)]) -> Markup {
    let empty = (String::new(), String::new());
    let rows: Vec<&(String, String)> = links.iter().chain([&empty, &empty]).collect();
    html! {
        fieldset.field.link-rows id="field-links" {
            legend.field__label { (l.t("links")) }
            p.field__hint { (l.t("for-example-an-explainer")) }
            @for (n, (title, url)) in rows.iter().enumerate() {
                div.link-rows__row {
                    label.visually-hidden for={ "field-link-title-" (n) } { (l.t("title-of-link")) " " (n + 1) }
                    input.input #{ "field-link-title-" (n) } type="text" name="link_title" value=(title) placeholder=(l.t("title"));
                    label.visually-hidden for={ "field-link-url-" (n) } { (l.t("address-of-link")) " " (n + 1) }
                    input.input #{ "field-link-url-" (n) } type="url" name="link_url" value=(url) placeholder="https://…" inputmode="url";
                }
            }
        }
    }
}
