//! TASL attribution (Title, Author, Source, Licence) for remixes, following Creative Commons' guidance.

use deelwijs_frontend::i18n::Lang;

use super::license::License;

/// One work in an attribution chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    pub title: String,
    pub authors: Vec<String>,
    pub source_url: String,
    pub license: License,
}

impl Credit {
    /// One line of TASL text in a UI language (message `attribution-tasl`), e.g.
    /// `"Breuken met pizza's" by Sanne de Vries (https://…), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)`.
    pub fn tasl(&self, lang: Lang) -> String {
        let authors = join_names(lang, &self.authors);
        let (licence, licence_url) = (self.license.short_name(), self.license.url());
        lang.tf(
            "attribution-tasl",
            &[
                ("title", self.title.as_str().into()),
                ("authors", authors.as_str().into()),
                ("source", self.source_url.as_str().into()),
                ("licence", licence.as_str().into()),
                ("licence_url", licence_url.as_str().into()),
            ],
        )
    }
}

/// What a remix says about itself, as Creative Commons asks of an adaptation: that it was
/// changed, from which work by whom, and under which licence each is. `source` is the work it
/// was made from (the first credit of its chain). Message `attribution-adaptation`.
pub fn adaptation(lang: Lang, title: &str, authors: &[String], license: License, source: &Credit) -> String {
    let (authors, source_authors) = (join_names(lang, authors), join_names(lang, &source.authors));
    let (source_licence, licence) = (source.license.short_name(), license.short_name());
    lang.tf(
        "attribution-adaptation",
        &[
            ("title", title.into()),
            ("authors", authors.as_str().into()),
            ("source_title", source.title.as_str().into()),
            ("source_authors", source_authors.as_str().into()),
            ("source", source.source_url.as_str().into()),
            ("source_licence", source_licence.as_str().into()),
            ("licence", licence.as_str().into()),
        ],
    )
}

/// `A, B and C` in the language's words.
fn join_names(lang: Lang, names: &[String]) -> String {
    match names {
        [] => lang.t("attribution-unknown-author").to_owned(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), lang.t("attribution-and")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tasl_lines() {
        let credit = Credit {
            title: "Breuken met pizza's".into(),
            authors: vec!["Sanne".into(), "Ahmed".into(), "Joke".into()],
            source_url: "http://localhost:8080/materials/abc".into(),
            license: License::parse("CC-BY-SA-4.0").unwrap(),
        };
        assert_eq!(
            credit.tasl(Lang::En),
            "\"Breuken met pizza's\" by Sanne, Ahmed and Joke (http://localhost:8080/materials/abc), licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)"
        );
        assert!(credit.tasl(Lang::Nl).contains("door Sanne, Ahmed en Joke"));
        let by_sa = License::parse("CC-BY-SA-4.0").unwrap();
        assert_eq!(
            adaptation(Lang::Nl, "Breuken – groep 7", &["Bas".into()], by_sa, &credit),
            "\"Breuken – groep 7\" door Bas is een bewerking van \"Breuken met pizza's\" door Sanne, Ahmed en Joke (http://localhost:8080/materials/abc), gelicenseerd onder CC BY-SA 4.0. \"Breuken – groep 7\" is gelicenseerd onder CC BY-SA 4.0."
        );
        assert!(adaptation(Lang::En, "X", &[], by_sa, &credit).starts_with("\"X\" by unknown is adapted from \"Breuken met pizza's\" by Sanne, Ahmed and Joke"));
        assert!(credit.tasl(Lang::De).contains("von Sanne, Ahmed und Joke"), "{}", credit.tasl(Lang::De));
        assert!(
            adaptation(Lang::Fr, "X", &["Bas".into()], by_sa, &credit).contains("\"X\" de Bas"),
            "{}",
            adaptation(Lang::Fr, "X", &["Bas".into()], by_sa, &credit)
        );
    }
}
