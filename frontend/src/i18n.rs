//! UI languages (Dutch and English) and their negotiation from cookies and Accept-Language.

/// A language the UI is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language's own name, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().split(['-', '_']).next() {
            Some("nl") => Some(Lang::Nl),
            Some("en") => Some(Lang::En),
            _ => None,
        }
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
                if best.is_none_or(|(q, _)| quality > q) {
                    best = Some((quality, lang));
                }
            }
        }
        best.map_or(Lang::Nl, |(_, lang)| lang)
    }

    /// The text in this language: translations sit next to where they are used.
    pub fn t(self, nl: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }

    /// The message for a validation problem code.
    pub fn field_problem(self, code: &str) -> &'static str {
        match code {
            "required" => self.t("Dit veld is verplicht.", "This field is required."),
            "too_long" => self.t("Dit is te lang.", "This is too long."),
            "too_short" => self.t("Dit is te kort (minstens 10 tekens).", "This is too short (at least 10 characters)."),
            "too_many" => self.t("Dit zijn te veel waarden.", "There are too many values."),
            "unknown_license" => self.t("Onbekende licentie.", "Unknown licence."),
            "unknown_language" => self.t("Onbekende taal: gebruik een code zoals nl of en-GB.", "Unknown language: use a code such as nl or en-GB."),
            "unknown_value" => self.t("Deze waarde kennen we niet.", "This value is not in the list."),
            "out_of_range" => self.t("Dit getal valt buiten het bereik.", "This number is out of range."),
            "invalid_url" => self.t("Gebruik een volledig adres dat begint met http:// of https://.", "Use a full address starting with http:// or https://."),
            "invalid_format" => self.t("Dit heeft niet de juiste vorm.", "This has the wrong format."),
            "taken" => self.t("Dit is al in gebruik.", "This is already in use."),
            "wrong" => self.t("Dit wachtwoord klopt niet.", "This password is not right."),
            "unchanged" => self.t("Dit is al je huidige waarde.", "This is already your current value."),
            _ => self.t("Deze waarde klopt niet.", "This value is not valid."),
        }
    }

    /// A date in the UI's style.
    pub fn date(self, date: chrono_like::Date) -> String {
        const NL: [&str; 12] = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
        const EN: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        let month = usize::from(date.month.clamp(1, 12)) - 1;
        match self {
            Lang::Nl => format!("{} {} {}", date.day, NL[month], date.year),
            Lang::En => format!("{} {} {}", date.day, EN[month], date.year),
        }
    }
}

/// A calendar date, so this crate needs no date library.
pub mod chrono_like {
    #[derive(Debug, Clone, Copy)]
    pub struct Date {
        pub year: i32,
        pub month: u8,
        pub day: u8,
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn negotiation() {
        assert_eq!(Lang::negotiate(None, None), Lang::Nl);
        assert_eq!(Lang::negotiate(None, Some("en-GB,en;q=0.9,nl;q=0.8")), Lang::En);
        assert_eq!(Lang::negotiate(None, Some("de-DE,de;q=0.9,nl;q=0.5,en;q=0.4")), Lang::Nl);
        assert_eq!(Lang::negotiate(Some("en"), Some("nl")), Lang::En);
        assert_eq!(Lang::negotiate(Some("xx"), Some("fr")), Lang::Nl);
    }
}
