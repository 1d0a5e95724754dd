//! Accessible form building blocks: labelled fields with hints and errors, choice groups, the error summary.

use maud::{html, Markup};

use crate::i18n::Lang;
use crate::views::Choice;

/// The language and validation problems of one form.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FormCtx<'a> {
    pub lang: Lang,
    pub errors: &'a [(String, String)],
}

impl<'a> FormCtx<'a> {
    pub fn new(lang: Lang, errors: &'a [(String, String)]) -> Self {
        FormCtx { lang, errors }
    }

    /// A field named `name` (its id is `field-<name>`), with its error if there is one.
    pub fn field(&self, name: &'a str, label: &'a str) -> Field<'a> {
        let error = self.errors.iter().find(|(field, _)| field == name).map(|(_, message)| message.as_str());
        Field { lang: self.lang, name, label, hint: None, error, required: false }
    }
}

/// One labelled form control with an optional hint and error message.
#[derive(Debug, Clone)]
pub(crate) struct Field<'a> {
    lang: Lang,
    name: &'a str,
    label: &'a str,
    hint: Option<&'a str>,
    error: Option<&'a str>,
    required: bool,
}

/// Extra attributes for `<input>`.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Input<'a> {
    /// `text` when empty.
    pub kind: &'a str,
    pub value: &'a str,
    pub autocomplete: Option<&'a str>,
    pub list: Option<&'a str>,
    pub min: Option<&'a str>,
    pub max: Option<&'a str>,
    pub inputmode: Option<&'a str>,
    pub maxlength: Option<&'a str>,
}

impl<'a> Field<'a> {
    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = Some(hint);
        self
    }

    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    pub fn id(&self) -> String {
        format!("field-{}", self.name)
    }

    fn hint_id(&self) -> String {
        format!("hint-{}", self.name)
    }

    fn error_id(&self) -> String {
        format!("error-{}", self.name)
    }

    /// The ids of the hint and error, for `aria-describedby`.
    fn described_by(&self) -> Option<String> {
        let ids: Vec<String> = [self.error.map(|_| self.error_id()), self.hint.map(|_| self.hint_id())].into_iter().flatten().collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    fn invalid(&self) -> Option<&'static str> {
        self.error.map(|_| "true")
    }

    fn label_text(&self) -> Markup {
        html! {
            (self.label)
            @if self.required {
                " " span.required-mark { (self.lang.t("required-3")) }
            }
        }
    }

    fn hint_and_error(&self) -> Markup {
        html! {
            @if let Some(hint) = self.hint {
                p.field__hint id=(self.hint_id()) { (hint) }
            }
            @if let Some(error) = self.error {
                p.field__error id=(self.error_id()) {
                    span.visually-hidden { (self.lang.t("error")) }
                    (error)
                }
            }
        }
    }

    /// The field around `control`: label, hint, error message, then the control.
    fn wrap(&self, control: Markup) -> Markup {
        html! {
            div.field.field--invalid[self.error.is_some()] {
                label.field__label for=(self.id()) { (self.label_text()) }
                (self.hint_and_error())
                (control)
            }
        }
    }

    /// An `<input>` (text, email, password, number, file, …).
    pub fn input(&self, opts: Input<'_>) -> Markup {
        let kind = if opts.kind.is_empty() { "text" } else { opts.kind };
        let value = (kind != "file" && kind != "password").then_some(opts.value);
        self.wrap(html! {
            input.input.input--short[kind == "number"] type=(kind) id=(self.id()) name=(self.name) value=[value]
                autocomplete=[opts.autocomplete] list=[opts.list] min=[opts.min] max=[opts.max] inputmode=[opts.inputmode]
                maxlength=[opts.maxlength] required[self.required] aria-describedby=[self.described_by()] aria-invalid=[self.invalid()];
        })
    }

    /// A `<textarea>`; `tall` for long Markdown texts.
    pub fn textarea(&self, value: &str, tall: bool) -> Markup {
        self.wrap(html! {
            textarea.input.textarea--tall[tall] id=(self.id()) name=(self.name) rows=(if tall { "12" } else { "4" })
                required[self.required] aria-describedby=[self.described_by()] aria-invalid=[self.invalid()] { (value) }
        })
    }

    /// A `<select>`; with `placeholder`, an empty first option that is chosen when nothing else is.
    pub fn select(&self, choices: &[Choice], placeholder: Option<&str>) -> Markup {
        let none_selected = !choices.iter().any(|c| c.selected);
        self.wrap(html! {
            select.input id=(self.id()) name=(self.name) required[self.required] aria-describedby=[self.described_by()] aria-invalid=[self.invalid()] {
                @if let Some(placeholder) = placeholder {
                    option value="" selected[none_selected] { (placeholder) }
                }
                @for choice in choices {
                    option value=(choice.id) selected[choice.selected] { (choice.label) }
                }
            }
        })
    }

    /// A group of checkboxes (`radio == false`, repeated name) or radio buttons, in a fieldset with the id `field-<name>`.
    /// Radio buttons with nothing selected start on the first choice.
    pub fn choices(&self, choices: &[Choice], radio: bool) -> Markup {
        let kind = if radio { "radio" } else { "checkbox" };
        let none_selected = !choices.iter().any(|c| c.selected);
        html! {
            fieldset.field.choice-group.field--invalid[self.error.is_some()] id=(self.id()) aria-describedby=[self.described_by()] {
                legend.field__label { (self.label_text()) }
                (self.hint_and_error())
                div.choice-group__options.choice-group__options--columns[!radio && choices.len() > 4] {
                    @for (index, choice) in choices.iter().enumerate() {
                        @let id = format!("{}-{}", self.id(), choice.id);
                        div.choice {
                            input type=(kind) id=(id) name=(self.name) value=(choice.id)
                                checked[choice.selected || (radio && none_selected && index == 0)]
                                required[radio && self.required] aria-invalid=[self.invalid()];
                            label for=(id) { (choice.label) }
                        }
                    }
                }
            }
        }
    }
}

/// The summary of problems at the top of a form, linking to each field; nothing when there are none.
pub(crate) fn error_summary(lang: Lang, errors: &[(String, String)], label: impl Fn(&str) -> Option<&'static str>) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary role="alert" aria-labelledby="error-summary-title" {
                h2 #error-summary-title .error-summary__title { (lang.t("please-check-the-form")) }
                p {
                    @if errors.len() == 1 {
                        (lang.t("one-thing-needs-your"))
                    } @else {
                        (lang.t("a-few-things-need"))
                    }
                }
                ul {
                    @for (field, message) in errors {
                        li {
                            a href={ "#field-" (field) } {
                                @if let Some(label) = label(field) {
                                    strong { (label) } ": "
                                }
                                (message)
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The short hint under a Markdown textarea.
pub(crate) fn markdown_hint(lang: Lang) -> &'static str {
    lang.t("you-can-use-markdown")
}
