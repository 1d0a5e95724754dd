//! The form to write or edit a case study (URL-encoded; the narrative sections are Markdown).

use maud::{html, Markup};

use super::forms::{error_summary, markdown_hint, FormCtx, Input};
use super::goal_picker::{goal_section, GoalSection};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{CaseStudyForm, PageCtx};

fn label(l: Lang, field: &str) -> Option<&'static str> {
    Some(match field {
        "title" => l.t("Titel", "Title"),
        "summary" => l.t("Samenvatting", "Summary"),
        "sector" => l.t("Sector", "Sector"),
        "school_type" => l.t("Soort school", "School type"),
        "school_size" => l.t("Omvang van de school", "School size"),
        "challenge" => l.t("De uitdaging", "The challenge"),
        "approach" => l.t("Aanpak", "Approach"),
        "results" => l.t("Resultaten en onderbouwing", "Results and evidence"),
        "lessons" => l.t("Geleerde lessen", "Lessons learned"),
        "scaling" => l.t("Wat opschalen vroeg", "What it took to scale up"),
        "themes" => l.t("Thema's", "Themes"),
        "stage" => l.t("Fase", "Stage"),
        "erasmus_action" => l.t("Erasmus+-actie", "Erasmus+ action"),
        "related_materials" => l.t("Gerelateerde leermiddelen", "Related materials"),
        "contact" => l.t("Contact", "Contact"),
        "language" => l.t("Taal", "Language"),
        "license" => l.t("Licentie", "Licence"),
        "status" => l.t("Status", "Status"),
        _ => return None,
    })
}

pub(crate) fn render(ctx: &PageCtx, form: &CaseStudyForm) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &form.errors);
    let name = |field: &'static str| label(l, field).unwrap_or(field);
    let md = markdown_hint(l);
    let heading = if form.is_new { l.t("Nieuw praktijkvoorbeeld", "New case study") } else { l.t("Praktijkvoorbeeld bewerken", "Edit case study") };
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t(
                "Vertel hoe jullie school iets nieuws aanpakte: wat de uitdaging was, wat jullie deden en wat het opleverde. Eerlijke lessen helpen collega's het meest.",
                "Tell how your school took on something new: the challenge, what you did and what came of it. Honest lessons help colleagues most."
            )) }
        }
        (error_summary(l, &form.errors, |field| label(l, field)))
        form.form method="post" action=(form.action) {
            (csrf_field(ctx))
            section.form-section {
                h2.form-section__title { (l.t("In het kort", "In short")) }
                (f.field("title", name("title")).required().input(Input { value: &form.title, maxlength: Some("300"), ..Input::default() }))
                (f.field("summary", name("summary"))
                    .hint(l.t("Eén of twee zinnen die de kern vertellen.", "One or two sentences that tell the gist."))
                    .textarea(&form.summary, false))
            }
            section.form-section {
                h2.form-section__title { (l.t("De school", "The school")) }
                (f.field("sector", name("sector")).required().select(&form.sectors, Some(l.t("Kies een sector", "Choose a sector"))))
                div.field-row {
                    (f.field("school_type", name("school_type"))
                        .hint(l.t("Bijvoorbeeld: basisschool, vmbo-vakcollege.", "For example: primary school, vocational college."))
                        .input(Input { value: &form.school_type, ..Input::default() }))
                    (f.field("school_size", name("school_size"))
                        .hint(l.t("Bijvoorbeeld: 350 leerlingen.", "For example: 350 pupils."))
                        .input(Input { value: &form.school_size, ..Input::default() }))
                }
            }
            section.form-section {
                h2.form-section__title { (l.t("Het verhaal", "The story")) }
                p.form-section__intro { (md) }
                (f.field("challenge", name("challenge"))
                    .hint(l.t("Welk probleem of welke kans was er, en voor wie?", "What problem or opportunity was there, and for whom?"))
                    .textarea(&form.challenge, true))
                (f.field("approach", name("approach")).hint(l.t("Wat hebben jullie gedaan, en in welke stappen?", "What did you do, and in which steps?")).textarea(&form.approach, true))
                (f.field("results", name("results"))
                    .hint(l.t("Wat leverde het op? Waar blijkt dat uit?", "What came of it? What shows that?"))
                    .textarea(&form.results, true))
                (f.field("lessons", name("lessons"))
                    .hint(l.t("Wat zou je een andere school aanraden — of afraden?", "What would you recommend to another school — or advise against?"))
                    .textarea(&form.lessons, true))
                (f.field("scaling", name("scaling"))
                    .hint(l.t("Tijd, geld, scholing, ICT: wat was er nodig om het breder in te voeren?", "Time, money, training, IT: what did it take to roll it out more widely?"))
                    .textarea(&form.scaling, true))
            }
            section.form-section {
                h2.form-section__title { (l.t("Ordenen", "Classify")) }
                (f.field("themes", name("themes")).choices(&form.themes, false))
                (goal_section(l, &GoalSection::of(&form.goal_choices, form.goals_available, &form.goal_query, &form.errors, &form.goal_browse)))
                div.field-row {
                    (f.field("stage", name("stage")).select(&form.stages, None))
                    (f.field("erasmus_action", name("erasmus_action")).select(&form.erasmus_actions, None))
                }
                (related_section(l, form))
                (f.field("contact", name("contact"))
                    .hint(l.t(
                        "Optioneel. Dit wordt openbaar getoond bij het praktijkvoorbeeld: vul alleen iets in als je dat wilt, bijvoorbeeld een algemeen e-mailadres van de school.",
                        "Optional. This is shown publicly with the case study: only fill it in if you want to, for example a general e-mail address of the school.",
                    ))
                    .input(Input { value: &form.contact, ..Input::default() }))
                (f.field("language", name("language")).required()
                    .hint(l.t("Een taalcode, zoals nl of en.", "A language code, such as nl or en."))
                    .input(Input { value: &form.language, ..Input::default() }))
                (f.field("license", name("license")).required().select(&form.licenses, None))
            }
            section.form-section {
                h2.form-section__title { (l.t("Publiceren", "Publishing")) }
                (f.field("status", name("status")).required()
                    .hint(l.t("Een concept zie alleen jij; gepubliceerd werk ziet iedereen.", "Only you can see a draft; everyone can see published work."))
                    .choices(&form.statuses, true))
            }
            div.form-actions {
                button.button.button--large type="submit" name="intent" value="save" {
                    @if form.is_new { (l.t("Praktijkvoorbeeld opslaan", "Save case study")) } @else { (l.t("Wijzigingen opslaan", "Save changes")) }
                }
                a.button.button--ghost href=(form.cancel_url) { (l.t("Annuleren", "Cancel")) }
            }
        }
    };
    page(ctx, heading, Width::Narrow, content)
}

/// Related materials: checkboxes for those related (checked) and those found (unchecked), and a
/// search by words or by the address of a material's page, sent back without JavaScript.
fn related_section(l: Lang, form: &CaseStudyForm) -> Markup {
    html! {
        fieldset.field.choice-group id="field-related_materials" aria-describedby="hint-related" {
            legend.field__label { (l.t("Gerelateerde leermiddelen", "Related materials")) }
            p.field__hint id="hint-related" { (l.t(
                "Leermiddelen die bij dit voorbeeld horen. Zoek op titel of woorden, of plak het adres van de pagina van een leermiddel; vink aan wat erbij hoort.",
                "Materials that belong with this case study. Search by title or words, or paste the address of a material's page; tick what belongs."
            )) }
            @if !form.related.is_empty() {
                div.choice-group__options {
                    @for (index, choice) in form.related.iter().enumerate() {
                        @let id = format!("field-related-{index}");
                        div.choice {
                            input type="checkbox" id=(id) name="related_materials" value=(choice.id) checked[choice.checked];
                            label for=(id) { (choice.title) }
                        }
                    }
                }
            }
            div.goal-choices__find {
                label.field__label for="field-related_query" { (l.t("Zoek een leermiddel", "Find a material")) }
                input #field-related_query type="search" name="related_query" value=(form.related_query)
                    placeholder=(l.t("bijvoorbeeld breuken, of https://…", "for example fractions, or https://…"));
                button.button.button--secondary type="submit" name="intent" value="find_related" formnovalidate {
                    (l.t("Zoeken", "Search"))
                }
            }
        }
    }
}
