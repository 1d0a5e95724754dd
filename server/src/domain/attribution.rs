//! TASL attribution (Title, Author, Source, Licence) for remixes, following Creative Commons' guidance.

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
    /// One line of TASL text, e.g.
    /// `"Breuken met pizza's" by Sanne de Vries (https://…), CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)`.
    pub fn tasl_en(&self) -> String {
        format!(
            "\"{}\" by {} ({}), licensed under {} ({})",
            self.title,
            join_names(&self.authors, "and"),
            self.source_url,
            self.license.short_name(),
            self.license.url()
        )
    }

    pub fn tasl_nl(&self) -> String {
        format!(
            "\"{}\" door {} ({}), gelicenseerd onder {} ({})",
            self.title,
            join_names(&self.authors, "en"),
            self.source_url,
            self.license.short_name(),
            self.license.url()
        )
    }
}

/// What a remix says about itself, as Creative Commons asks of an adaptation: that it was
/// changed, from which work by whom, and under which licence each is. `source` is the work it
/// was made from (the first credit of its chain).
pub fn adaptation_en(title: &str, authors: &[String], license: License, source: &Credit) -> String {
    adaptation(&ENGLISH, title, authors, license, source)
}

pub fn adaptation_nl(title: &str, authors: &[String], license: License, source: &Credit) -> String {
    adaptation(&DUTCH, title, authors, license, source)
}

/// The words of the adaptation sentence in one language.
struct Words {
    by: &'static str,
    and: &'static str,
    adapted_from: &'static str,
    licensed_under: &'static str,
    is_licensed_under: &'static str,
}

const ENGLISH: Words =
    Words { by: "by", and: "and", adapted_from: "is adapted from", licensed_under: "licensed under", is_licensed_under: "is licensed under" };
const DUTCH: Words =
    Words { by: "door", and: "en", adapted_from: "is een bewerking van", licensed_under: "gelicenseerd onder", is_licensed_under: "is gelicenseerd onder" };

fn adaptation(w: &Words, title: &str, authors: &[String], license: License, source: &Credit) -> String {
    format!(
        "\"{title}\" {} {} {} \"{}\" {} {} ({}), {} {}. \"{title}\" {} {}.",
        w.by,
        join_names(authors, w.and),
        w.adapted_from,
        source.title,
        w.by,
        join_names(&source.authors, w.and),
        source.source_url,
        w.licensed_under,
        source.license.short_name(),
        w.is_licensed_under,
        license.short_name()
    )
}

fn join_names(names: &[String], and: &str) -> String {
    match names {
        [] => "unknown".to_owned(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
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
            credit.tasl_en(),
            "\"Breuken met pizza's\" by Sanne, Ahmed and Joke (http://localhost:8080/materials/abc), licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)"
        );
        assert!(credit.tasl_nl().contains("door Sanne, Ahmed en Joke"));
        let by_sa = License::parse("CC-BY-SA-4.0").unwrap();
        assert_eq!(
            adaptation_nl("Breuken – groep 7", &["Bas".into()], by_sa, &credit),
            "\"Breuken – groep 7\" door Bas is een bewerking van \"Breuken met pizza's\" door Sanne, Ahmed en Joke (http://localhost:8080/materials/abc), gelicenseerd onder CC BY-SA 4.0. \"Breuken – groep 7\" is gelicenseerd onder CC BY-SA 4.0."
        );
        assert!(adaptation_en("X", &[], by_sa, &credit).starts_with("\"X\" by unknown is adapted from \"Breuken met pizza's\" by Sanne, Ahmed and Joke"));
    }
}
