//! The form to write or edit a material (multipart, so an attachment can come along).

use maud::{html, Markup};

use super::forms::{error_summary, markdown_hint, FormCtx, Input};
use super::goal_picker::{goal_section, GoalSection};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{Choice, MaterialForm, PageCtx};

/// Languages offered in the language field; any other is typed as a code.
const LANGUAGES: [(&str, &str, &str); 6] = [
    ("nl", "Nederlands", "Dutch"),
    ("en", "Engels", "English"),
    ("de", "Duits", "German"),
    ("fr", "Frans", "French"),
    ("fy", "Fries", "Frisian"),
    ("nl-BE", "Nederlands (België)", "Dutch (Belgium)"),
];

fn label(l: Lang, field: &str) -> Option<&'static str> {
    Some(match field {
        "title" => l.t("Titel", "Title"),
        "summary" => l.t("Samenvatting", "Summary"),
        "body" => l.t("Inhoud", "Content"),
        "language" => l.t("Taal", "Language"),
        "license" => l.t("Licentie", "Licence"),
        "education_levels" => l.t("Onderwijsniveau", "Education level"),
        "isced_level" => l.t("ISCED-niveau", "ISCED level"),
        "subjects" => l.t("Vakgebied", "Subject"),
        "resource_type" => l.t("Soort materiaal", "Type of material"),
        "duration_minutes" => l.t("Duur in minuten", "Duration in minutes"),
        "keywords" => l.t("Trefwoorden", "Keywords"),
        "authors" => l.t("Auteurs", "Authors"),
        "links" => l.t("Links", "Links"),
        "language_other" => l.t("Andere taal", "Other language"),
        "status" => l.t("Status", "Status"),
        "attachment" => l.t("Bijlage", "Attachment"),
        "goals" => l.t("Leerdoelen", "Learning goals"),
        _ => return None,
    })
}

pub(crate) fn render(ctx: &PageCtx, form: &MaterialForm) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &form.errors);
    let name = |field: &'static str| label(l, field).unwrap_or(field);
    let heading = if form.is_new { l.t("Nieuw leermiddel", "New material") } else { l.t("Leermiddel bewerken", "Edit material") };
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t(
                "Deel een les, werkblad of ander materiaal. Velden met (verplicht) moeten ingevuld zijn; de rest helpt collega's je materiaal te vinden.",
                "Share a lesson, worksheet or other material. Fields marked (required) must be filled in; the rest helps colleagues find your material."
            )) }
        }
        (error_summary(l, &form.errors, |field| label(l, field)))
        form.form method="post" action=(form.action) enctype="multipart/form-data" {
            (csrf_field(ctx))
            section.form-section {
                h2.form-section__title { (l.t("Wat deel je?", "What are you sharing?")) }
                (f.field("title", name("title")).required().input(Input { value: &form.title, maxlength: Some("300"), ..Input::default() }))
                (f.field("summary", name("summary"))
                    .hint(l.t("Eén of twee zinnen: waar gaat het over en voor wie is het?", "One or two sentences: what is it about and who is it for?"))
                    .textarea(&form.summary, false))
                (f.field("body", name("body")).hint(markdown_hint(l)).textarea(&form.body, true))
            }
            section.form-section {
                h2.form-section__title { (l.t("Voor wie en welk vak", "Audience and subject")) }
                (f.field("resource_type", name("resource_type")).select(&form.resource_types, Some(l.t("Kies een soort", "Choose a type"))))
                (f.field("education_levels", name("education_levels")).required()
                    .hint(l.t("Kies één of meer niveaus.", "Choose one or more levels.")).choices(&form.levels, false))
                (f.field("subjects", name("subjects")).choices(&form.subjects, false))
                (goal_section(l, &GoalSection::of(&form.goal_choices, form.goals_available, &form.goal_query, &form.errors, &form.goal_browse)))
                div.field-row {
                    (f.field("isced_level", name("isced_level"))
                        .hint(l.t(
                            "Optioneel. Het internationale onderwijsniveau (ISCED), voor partners in het buitenland: 1 = basisschool, 2 = onderbouw vo, 3 = bovenbouw vo en mbo.",
                            "Optional. The international education level (ISCED), for partners abroad: 1 = primary, 2 = lower secondary, 3 = upper secondary and vocational."
                        ))
                        .input(Input { kind: "number", value: &form.isced_level, min: Some("0"), max: Some("8"), inputmode: Some("numeric"), ..Input::default() }))
                    (f.field("duration_minutes", name("duration_minutes"))
                        .hint(l.t("Optioneel, bijvoorbeeld 45.", "Optional, for example 45."))
                        .input(Input { kind: "number", value: &form.duration_minutes, min: Some("1"), max: Some("100000"), inputmode: Some("numeric"), ..Input::default() }))
                }
                @let known = LANGUAGES.iter().any(|(code, _, _)| *code == form.language);
                @let languages: Vec<Choice> = LANGUAGES
                    .iter()
                    .map(|(code, nl, en)| Choice { id: (*code).to_owned(), label: l.t(nl, en).to_owned(), selected: *code == form.language })
                    .chain([Choice { id: "other".into(), label: l.t("Een andere taal…", "Another language…").into(), selected: !known }])
                    .collect();
                (f.field("language", name("language")).required()
                    .hint(l.t("De taal van de inhoud.", "The language of the content."))
                    .select(&languages, None))
                (f.field("language_other", name("language_other"))
                    .hint(l.t(
                        "Alleen bij ‘Een andere taal’: de taalcode, zoals pap (Papiaments) of tr (Turks).",
                        "Only with ‘Another language’: its code, such as pap (Papiamento) or tr (Turkish)."
                    ))
                    .input(Input { value: if known { "" } else { &form.language }, autocomplete: Some("off"), ..Input::default() }))
                (f.field("keywords", name("keywords"))
                    .hint(l.t("Gescheiden door komma's, bijvoorbeeld: breuken, pizza, groep 6.", "Separated by commas, for example: fractions, pizza, year 4."))
                    .input(Input { value: &form.keywords, ..Input::default() }))
                (f.field("authors", name("authors"))
                    .hint(l.t("Gescheiden door komma's. Laat leeg als je het alleen gemaakt hebt.", "Separated by commas. Leave empty if you made it on your own."))
                    .input(Input { value: &form.authors, ..Input::default() }))
            }
            section.form-section {
                h2.form-section__title { (l.t("Licentie, links en bijlage", "Licence, links and attachment")) }
                (f.field("license", name("license")).required()
                    .hint(l.t("Met CC BY mag iedereen je werk gebruiken en aanpassen, als ze jou noemen.", "With CC BY anyone may use and adapt your work, as long as they credit you."))
                    .select(&form.licenses, None))
                (link_rows(l, &form.links))
                (f.field("attachment", name("attachment"))
                    .hint(l.t("Optioneel: een bestand om mee te sturen. Later kun je er meer toevoegen.", "Optional: a file to include. You can add more later."))
                    .input(Input { kind: "file", ..Input::default() }))
            }
            section.form-section {
                h2.form-section__title { (l.t("Publiceren", "Publishing")) }
                (f.field("status", name("status")).required()
                    .hint(l.t("Een concept zie alleen jij; gepubliceerd materiaal ziet iedereen.", "Only you can see a draft; everyone can see published material."))
                    .choices(&form.statuses, true))
            }
            div.form-actions {
                button.button.button--large type="submit" name="intent" value="save" {
                    @if form.is_new { (l.t("Leermiddel opslaan", "Save material")) } @else { (l.t("Wijzigingen opslaan", "Save changes")) }
                }
                a.button.button--ghost href=(form.cancel_url) { (l.t("Annuleren", "Cancel")) }
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
            legend.field__label { (l.t("Links", "Links")) }
            p.field__hint { (l.t("Bijvoorbeeld een uitlegvideo of een bron. Laat een rij leeg als je hem niet nodig hebt.", "For example an explainer video or a source. Leave a row empty if you do not need it.")) }
            @for (n, (title, url)) in rows.iter().enumerate() {
                div.link-rows__row {
                    label.visually-hidden for={ "field-link-title-" (n) } { (l.t("Titel van link", "Title of link")) " " (n + 1) }
                    input.input #{ "field-link-title-" (n) } type="text" name="link_title" value=(title) placeholder=(l.t("Titel", "Title"));
                    label.visually-hidden for={ "field-link-url-" (n) } { (l.t("Adres van link", "Address of link")) " " (n + 1) }
                    input.input #{ "field-link-url-" (n) } type="url" name="link_url" value=(url) placeholder="https://…" inputmode="url";
                }
            }
        }
    }
}
