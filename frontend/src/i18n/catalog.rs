//! The UI texts: one Fluent file per language (`frontend/locales/<code>.ftl`), compiled into the
//! binary and read once.
//!
//! Fluent (Project Fluent, also read by Pontoon and Weblate) is what translators work in; the code
//! names messages by id. Messages without variables are formatted once when the catalog loads, so
//! [`super::Lang::t`] is a map lookup that returns a `&'static str`.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

/// The Fluent sources, in the order of [`Lang::ALL`].
pub(crate) const SOURCES: [(&str, &str); 4] = [
    ("nl", include_str!("../../locales/nl.ftl")),
    ("en", include_str!("../../locales/en.ftl")),
    ("de", include_str!("../../locales/de.ftl")),
    ("fr", include_str!("../../locales/fr.ftl")),
];

/// One language's messages.
pub(crate) struct Catalog {
    bundle: FluentBundle<FluentResource>,
    /// Every message that needs no variables, formatted.
    plain: HashMap<String, String>,
}

static CATALOGS: LazyLock<Vec<Catalog>> = LazyLock::new(|| SOURCES.iter().map(|(code, source)| Catalog::load(code, source)).collect());

impl Catalog {
    fn load(code: &str, source: &str) -> Catalog {
        // A file that does not parse completely still yields every entry that does; the test
        // `every_language_file_parses` keeps the shipped files free of errors.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _errors)| partial);
        let ids: Vec<String> = resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            })
            .collect();
        let locale = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Pages are HTML with a `lang` attribute; bidi isolation marks would end up in titles,
        // mail subjects and attribute values.
        bundle.set_use_isolating(false);
        // Duplicate ids keep the first; the catalog test reports them.
        let _ = bundle.add_resource(resource);
        let mut plain = HashMap::with_capacity(ids.len());
        for id in ids {
            let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            if errors.is_empty() {
                plain.insert(id, text.into_owned());
            }
        }
        Catalog { bundle, plain }
    }

    pub(crate) fn of(lang: Lang) -> &'static Catalog {
        &CATALOGS[lang as usize]
    }

    pub(crate) fn plain(&self, id: &str) -> Option<&str> {
        self.plain.get(id).map(String::as_str)
    }

    pub(crate) fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Formats a message with variables; `None` when this language lacks it.
    pub(crate) fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(*text),
                Arg::Number(number) => FluentValue::from(*number),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        Some(self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned())
    }
}

/// A value for a variable in a message: text, or a number (which picks plural forms).
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(number: $t) -> Self {
                Arg::Number(i64::try_from(number).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize);
