//! UI languages (Dutch, English, German, French), their negotiation from cookies and
//! Accept-Language, and the way code asks for a text: by Fluent message id ([`catalog`]).

mod catalog;
#[cfg(test)]
mod tests;

pub use catalog::Arg;
use catalog::Catalog;

/// A language the UI is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
    De,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Nl, Lang::En, Lang::De, Lang::Fr];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
        }
    }

    /// The UI language for a BCP 47 tag (`de-AT` → German); `None` for one we do not speak.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// Picks the UI language: an explicit choice (cookie) wins, then the browser's
    /// Accept-Language preferences by quality, then Dutch.
    pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Lang {
        if let Some(lang) = cookie.and_then(Lang::parse) {
            return lang;
        }
        let mut best: Option<(f32, Lang)> = None;
        for part in accept_language.unwrap_or_default().split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or_default();
            let quality = pieces.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
            if let Some(lang) = Lang::parse(tag) {
                if quality > 0.0 && best.is_none_or(|(q, _)| quality > q) {
                    best = Some((quality, lang));
                }
            }
        }
        best.map_or(Lang::Nl, |(_, lang)| lang)
    }

    /// The languages to look in, in order: this one, then English (the language partners
    /// abroad share), then Dutch (every text is written in Dutch first).
    fn fallbacks(self) -> [Lang; 3] {
        [self, Lang::En, Lang::Nl]
    }

    /// The text of message `id` (a message without variables). A message missing in this
    /// language falls back to English, then Dutch, then the id itself; the catalog tests keep
    /// every id the code names present in every language.
    pub fn t(self, id: &str) -> &str {
        self.fallbacks().into_iter().find_map(|lang| Catalog::of(lang).plain(id)).unwrap_or(id)
    }

    /// The text of message `id` with its variables filled in (`{ $name }` in the Fluent file);
    /// a number picks the plural form.
    pub fn tf(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.fallbacks().into_iter().find_map(|lang| Catalog::of(lang).format(id, args)).unwrap_or_else(|| id.to_owned())
    }

    /// Whether this language has message `id` itself (no fallback).
    pub fn has(self, id: &str) -> bool {
        Catalog::of(self).has(id)
    }

    /// The label of a term of a closed vocabulary (`subject`, `rekenen-wiskunde`): message
    /// `term-<vocabulary>-<term>`, or the term's id if no language has it.
    pub fn term<'k>(self, vocabulary: &str, term: &'k str) -> &'k str {
        let id = format!("term-{vocabulary}-{term}");
        self.fallbacks().into_iter().find_map(|lang| Catalog::of(lang).plain(&id)).unwrap_or(term)
    }

    /// The message for a validation problem code.
    pub fn field_problem(self, code: &str) -> &'static str {
        self.t(match code {
            "required" => "problem-required",
            "too_long" => "problem-too-long",
            "too_short" => "problem-too-short",
            "too_many" => "problem-too-many",
            "unknown_license" => "problem-unknown-license",
            "unknown_language" => "problem-unknown-language",
            "unknown_value" => "problem-unknown-value",
            "out_of_range" => "problem-out-of-range",
            "invalid_url" => "problem-invalid-url",
            "invalid_format" => "problem-invalid-format",
            "taken" => "problem-taken",
            "wrong" => "problem-wrong",
            "unchanged" => "problem-unchanged",
            _ => "problem-invalid",
        })
    }

    /// A date in the UI's style (`7 december 2026`, `7. Dezember 2026`).
    pub fn date(self, date: chrono_like::Date) -> String {
        let month = self.t(MONTHS[usize::from(date.month.clamp(1, 12)) - 1]);
        // Day and year as text: a Fluent number could be shown with a thousands separator.
        let (day, year) = (date.day.to_string(), date.year.to_string());
        self.tf("date-format", &[("day", day.as_str().into()), ("month", month.into()), ("year", year.as_str().into())])
    }
}

/// The message ids of the months, January first.
const MONTHS: [&str; 12] =
    ["month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8", "month-9", "month-10", "month-11", "month-12"];

/// A calendar date, so this crate needs no date library.
pub mod chrono_like {
    #[derive(Debug, Clone, Copy)]
    pub struct Date {
        pub year: i32,
        pub month: u8,
        pub day: u8,
    }
}
