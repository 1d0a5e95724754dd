//! The form to write or edit a case study (URL-encoded; the narrative sections are Markdown).

use maud::{html, Markup};

use super::forms::{error_summary, markdown_hint, FormCtx, Input};
use super::goal_picker::{goal_section, GoalSection};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{CaseStudyForm, PageCtx};

fn label(l: Lang, field: &str) -> Option<&'static str> {
    Some(match field {
        "title" => l.t("title"),
        "summary" => l.t("summary"),
        "sector" => l.t("sector"),
        "school_type" => l.t("school-type"),
        "school_size" => l.t("school-size"),
        "challenge" => l.t("the-challenge"),
        "approach" => l.t("approach"),
        "results" => l.t("results-and-evidence"),
        "lessons" => l.t("lessons-learned"),
        "scaling" => l.t("what-it-took-to"),
        "themes" => l.t("themes"),
        "stage" => l.t("stage"),
        "erasmus_action" => l.t("erasmus-action"),
        "related_materials" => l.t("related-materials"),
        "contact" => l.t("contact"),
        "language" => l.t("language"),
        "license" => l.t("licence"),
        "status" => l.t("status"),
        _ => return None,
    })
}

pub(crate) fn render(ctx: &PageCtx, form: &CaseStudyForm) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &form.errors);
    let name = |field: &'static str| label(l, field).unwrap_or(field);
    let md = markdown_hint(l);
    let heading = if form.is_new { l.t("new-case-study") } else { l.t("edit-case-study") };
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t("tell-how-your-school")) }
        }
        (error_summary(l, &form.errors, |field| label(l, field)))
        form.form method="post" action=(form.action) {
            (csrf_field(ctx))
            section.form-section {
                h2.form-section__title { (l.t("in-short")) }
                (f.field("title", name("title")).required().input(Input { value: &form.title, maxlength: Some("300"), ..Input::default() }))
                (f.field("summary", name("summary"))
                    .hint(l.t("one-or-two-sentences"))
                    .textarea(&form.summary, false))
            }
            section.form-section {
                h2.form-section__title { (l.t("the-school")) }
                (f.field("sector", name("sector")).required().select(&form.sectors, Some(l.t("choose-a-sector"))))
                div.field-row {
                    (f.field("school_type", name("school_type"))
                        .hint(l.t("for-example-primary-school"))
                        .input(Input { value: &form.school_type, ..Input::default() }))
                    (f.field("school_size", name("school_size"))
                        .hint(l.t("for-example-350-pupils"))
                        .input(Input { value: &form.school_size, ..Input::default() }))
                }
            }
            section.form-section {
                h2.form-section__title { (l.t("the-story")) }
                p.form-section__intro { (md) }
                (f.field("challenge", name("challenge"))
                    .hint(l.t("what-problem-or-opportunity"))
                    .textarea(&form.challenge, true))
                (f.field("approach", name("approach")).hint(l.t("what-did-you-do")).textarea(&form.approach, true))
                (f.field("results", name("results"))
                    .hint(l.t("what-came-of-it"))
                    .textarea(&form.results, true))
                (f.field("lessons", name("lessons"))
                    .hint(l.t("what-would-you-recommend"))
                    .textarea(&form.lessons, true))
                (f.field("scaling", name("scaling"))
                    .hint(l.t("time-money-training-it"))
                    .textarea(&form.scaling, true))
            }
            section.form-section {
                h2.form-section__title { (l.t("classify")) }
                (f.field("themes", name("themes")).choices(&form.themes, false))
                (goal_section(l, &GoalSection::of(&form.goal_choices, form.goals_available, &form.goal_query, &form.errors, &form.goal_browse)))
                div.field-row {
                    (f.field("stage", name("stage")).select(&form.stages, None))
                    (f.field("erasmus_action", name("erasmus_action")).select(&form.erasmus_actions, None))
                }
                (related_section(l, form))
                (f.field("contact", name("contact"))
                    .hint(l.t("optional-this-is-shown"))
                    .input(Input { value: &form.contact, ..Input::default() }))
                (f.field("language", name("language")).required()
                    .hint(l.t("a-language-code-such"))
                    .input(Input { value: &form.language, ..Input::default() }))
                (f.field("license", name("license")).required().select(&form.licenses, None))
            }
            section.form-section {
                h2.form-section__title { (l.t("publishing")) }
                (f.field("status", name("status")).required()
                    .hint(l.t("only-you-can-see"))
                    .choices(&form.statuses, true))
            }
            div.form-actions {
                button.button.button--large type="submit" name="intent" value="save" {
                    @if form.is_new { (l.t("save-case-study")) } @else { (l.t("save-changes")) }
                }
                a.button.button--ghost href=(form.cancel_url) { (l.t("cancel")) }
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
            legend.field__label { (l.t("related-materials")) }
            p.field__hint id="hint-related" { (l.t("materials-that-belong-with")) }
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
                label.field__label for="field-related_query" { (l.t("find-a-material")) }
                input #field-related_query type="search" name="related_query" value=(form.related_query)
                    placeholder=(l.t("for-example-fractions-or"));
                button.button.button--secondary type="submit" name="intent" value="find_related" formnovalidate {
                    (l.t("search"))
                }
            }
        }
    }
}
