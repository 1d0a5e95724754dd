//! Matchmaking rules, without IO: how well something on offer (a case study, a material, a
//! network) fits a help question, and why — shared themes, the same education level, a
//! language the asker works in, and words the two share.

use std::collections::BTreeSet;

use super::question::QuestionFields;
use super::vocab::{EducationLevel, Theme};

/// Why something matched, to show beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    Theme(Theme),
    Level(EducationLevel),
    /// A language (primary subtag) the asker can work in.
    Language(String),
    /// Words in both texts, as the question has them.
    Words(Vec<String>),
    /// A node holding this many of the matches.
    Holds(usize),
}

/// What a question wants, prepared once.
#[derive(Debug, Clone)]
pub struct Wanted {
    pub themes: Vec<Theme>,
    pub level: EducationLevel,
    /// Primary language subtags (`en` for `en-GB`).
    pub languages: Vec<String>,
    pub words: Vec<String>,
}

impl Wanted {
    pub fn of(question: &QuestionFields, situation_text: &str) -> Wanted {
        Wanted {
            themes: question.themes.clone(),
            level: question.education_level,
            languages: question.languages.iter().map(|l| l.primary().to_owned()).collect(),
            words: significant_words(&format!("{} {situation_text}", question.title)),
        }
    }
}

/// Something that may help: what it is about, for whom, in which language.
#[derive(Debug, Clone, Default)]
pub struct Offer {
    pub themes: Vec<Theme>,
    pub levels: Vec<EducationLevel>,
    /// Its BCP 47 tag; empty when it has none (a network).
    pub language: String,
    pub text: String,
}

/// Shared words count up to this many.
const MAX_WORDS: usize = 6;
/// A match needs more than a shared language: at least a theme, the level and a word, or two
/// words.
const MIN_SCORE: f64 = 2.0;

/// How well `offer` fits, with the reasons; `None` when it does not.
pub fn judge(wanted: &Wanted, offer: &Offer) -> Option<(f64, Vec<Reason>)> {
    let mut reasons = Vec::new();
    let mut score = 0.0;
    for theme in offer.themes.iter().filter(|t| wanted.themes.contains(t)) {
        score += 3.0;
        reasons.push(Reason::Theme(*theme));
    }
    if offer.levels.contains(&wanted.level) {
        score += 1.5;
        reasons.push(Reason::Level(wanted.level));
    }
    let offered: BTreeSet<String> = significant_words(&offer.text).into_iter().collect();
    let shared: Vec<String> = wanted.words.iter().filter(|w| offered.iter().any(|o| same_word(w, o))).take(MAX_WORDS).cloned().collect();
    #[allow(clippy::cast_precision_loss)] // at most MAX_WORDS
    let word_score = shared.len() as f64;
    score += word_score;
    let topical = score;
    if !shared.is_empty() {
        reasons.push(Reason::Words(shared));
    }
    let primary = offer.language.split('-').next().unwrap_or_default().to_ascii_lowercase();
    if !primary.is_empty() && wanted.languages.contains(&primary) {
        score += 1.0;
        reasons.push(Reason::Language(primary));
    }
    (topical >= MIN_SCORE).then_some((score, reasons))
}

/// Two words are the same when equal or when they share a long enough beginning: "partner" and
/// "partnerschool", "burgerschap" and "burgerschapsonderwijs" (a stemmer per language would do
/// better, but the two texts may be in different languages).
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let shared = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    shared >= 6
}

/// The words that say what a text is about: lower-cased, five letters or more, without the
/// commonest words of the four UI languages, each once, in order of appearance.
pub fn significant_words(text: &str) -> Vec<String> {
    const COMMON: &[&str] = &[
        // Dutch
        "omdat",
        "welke",
        "hebben",
        "worden",
        "kunnen",
        "zouden",
        "wordt",
        "zijn",
        "deze",
        "onze",
        "waarin",
        "waarmee",
        "zoeken",
        "graag",
        "andere",
        "tussen",
        "willen",
        "leerlingen",
        "school",
        "scholen",
        "ervaring",
        "zodat",
        "alleen",
        "veel",
        "wij",
        "welk",
        "eerste",
        // English
        "about",
        "which",
        "their",
        "there",
        "would",
        "could",
        "should",
        "these",
        "those",
        "other",
        "where",
        "while",
        "looking",
        "school",
        "schools",
        "pupils",
        "students",
        "experience",
        "want",
        "with",
        // German
        "nicht",
        "einen",
        "einer",
        "eines",
        "unsere",
        "haben",
        "werden",
        "können",
        "schule",
        "schulen",
        "suchen",
        "möchten",
        // French
        "notre",
        "leurs",
        "cette",
        "comme",
        "école",
        "écoles",
        "avons",
        "cherchons",
        "élèves",
    ];
    let mut seen = BTreeSet::new();
    let mut words = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase) {
        if word.chars().count() >= 5 && !COMMON.contains(&word.as_str()) && seen.insert(word.clone()) {
            words.push(word);
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wanted() -> Wanted {
        Wanted {
            themes: vec![Theme::InnovatingTogether, Theme::DigitalLiteracy],
            level: EducationLevel::Vo,
            languages: vec!["nl".into(), "de".into()],
            words: significant_words("Partnerschool voor burgerschap en mediawijsheid gezocht"),
        }
    }

    #[test]
    fn themes_level_words_and_language_each_count_and_say_why() {
        let offer = Offer {
            themes: vec![Theme::DigitalLiteracy, Theme::Ethics],
            levels: vec![EducationLevel::Vo],
            language: "de-AT".into(),
            text: "Mediawijsheid met een partner in Wenen".into(),
        };
        let (score, reasons) = judge(&wanted(), &offer).unwrap();
        assert_eq!(
            reasons,
            vec![
                Reason::Theme(Theme::DigitalLiteracy),
                Reason::Level(EducationLevel::Vo),
                Reason::Words(vec!["partnerschool".into(), "mediawijsheid".into()]),
                Reason::Language("de".into()),
            ]
        );
        assert!((score - 7.5).abs() < 1e-9, "{score}");
    }

    #[test]
    fn a_shared_language_alone_is_no_match() {
        let offer = Offer { language: "nl".into(), text: "Rekenen met breuken".into(), ..Offer::default() };
        assert!(judge(&wanted(), &offer).is_none());
        let one_word = Offer { language: "nl".into(), text: "Burgerschap in de onderbouw".into(), ..Offer::default() };
        assert!(judge(&wanted(), &one_word).is_none());
        let level_and_word = Offer { levels: vec![EducationLevel::Vo], ..one_word };
        assert!(judge(&wanted(), &level_and_word).is_some());
    }

    #[test]
    fn common_and_short_words_are_left_out() {
        assert_eq!(significant_words("Wij zoeken een school voor burgerschap, Burgerschap!"), vec!["burgerschap"]);
    }
}
