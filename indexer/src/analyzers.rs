//! Text analysis per language: Dutch, English, German and French get stop words and stemming;
//! every other language an unstemmed analyzer; all fold accents (ASCII folding).

use frostem::Algorithm;
use tantivy::tokenizer::{AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, StopWordFilter, TextAnalyzer, TokenizerManager};

use crate::by_language::ByLanguage;
use crate::pairs::WordPairs;
use crate::stem_cache::CachedStemmer;
use crate::token_memo::Memoized;

/// The languages with their own stemmed fields (stop words, stemmer), and the analyzer for
/// everything else.
pub const STEMMED: &[(&str, Language, Algorithm)] = &[
    ("nl", Language::Dutch, Algorithm::Dutch),
    ("en", Language::English, Algorithm::English),
    ("de", Language::German, Algorithm::German),
    ("fr", Language::French, Algorithm::French),
];

/// Name of the analyzer for unknown languages (and for the exact-match field).
pub const PLAIN: &str = "dw_plain";
/// The tokenizers of the all-language fields: each value analysed in its own language.
pub const BY_LANGUAGE: &str = "dw_by_language";
pub const BY_LANGUAGE_PAIRS: &str = "dw_by_language_pairs";

pub fn analyzer_name(lang: &str) -> String {
    format!("dw_{lang}")
}

/// The analysis a BCP 47 tag gets: its primary subtag when stemmed, else `other`.
pub fn field_language(tag: &str) -> &'static str {
    let primary = tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
    STEMMED.iter().find(|(code, _, _)| *code == primary).map_or("other", |(code, _, _)| code)
}

pub fn register(manager: &TokenizerManager) {
    let mut words = Vec::new();
    for (code, language, algorithm) in STEMMED {
        // Stop words are removed before stemming; they would otherwise stem to noise.
        let stop_words = StopWordFilter::new(*language).unwrap_or_else(|| StopWordFilter::remove(Vec::<String>::new()));
        let stemmed = || {
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(40))
                .filter(LowerCaser)
                .filter(stop_words.clone())
                .filter(AsciiFoldingFilter)
                .filter(CachedStemmer(*algorithm))
        };
        manager.register(&analyzer_name(code), stemmed().build());
        words.push((*code, stemmed().build()));
    }
    let plain = || TextAnalyzer::builder(SimpleTokenizer::default()).filter(RemoveLongFilter::limit(40)).filter(LowerCaser).filter(AsciiFoldingFilter);
    manager.register(PLAIN, plain().build());
    // Both fields analyse the same values; the pairs are made from the words, so each value is
    // analysed once and replayed for the other field (see `token_memo`).
    let by_language = Memoized(ByLanguage { analyzers: words, fallback: plain().build() });
    manager.register(BY_LANGUAGE, TextAnalyzer::from(by_language.clone()));
    manager.register(BY_LANGUAGE_PAIRS, TextAnalyzer::builder(by_language).filter(WordPairs).build());
}

/// The token texts an analyzer makes of a text (for tests of analysis).
#[cfg(test)]
pub(crate) fn token_texts(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::TokenizerManager;

    use super::*;
    use crate::by_language::marked;

    fn tokens(analyzer: &str, text: &str) -> Vec<String> {
        let manager = TokenizerManager::default();
        register(&manager);
        token_texts(&mut manager.get(analyzer).unwrap(), text)
    }

    #[test]
    fn dutch_stems_and_drops_stop_words() {
        assert_eq!(tokens("dw_nl", "breuken"), tokens("dw_nl", "breuk"));
        assert_eq!(tokens("dw_nl", "de breuken van een pizza"), ["breuk", "pizza"]);
        assert_eq!(tokens("dw_en", "fractions"), tokens("dw_en", "fraction"));
        assert_eq!(tokens(PLAIN, "Café Noël"), ["cafe", "noel"]);
    }

    #[test]
    fn word_pairs_join_adjacent_words_only() {
        // "met" is a stop word: it breaks the pair instead of being skipped over.
        let pairs = |code: &str, text: &str| tokens(BY_LANGUAGE_PAIRS, &marked(code, text));
        assert_eq!(pairs("nl", "Breuken delen met pizza taart"), ["breuk_deel", "pizza_taart"]);
        assert_eq!(pairs("nl", "de breuken van een pizza bakken"), ["pizza_bak"]);
        assert_eq!(pairs("other", "Café Noël Amsterdam"), ["cafe_noel", "noel_amsterdam"]);
        assert!(pairs("en", "fractions").is_empty());
    }

    #[test]
    fn one_field_analyses_each_value_in_its_language() {
        let words = |code: &str, text: &str| tokens(BY_LANGUAGE, &marked(code, text));
        assert_eq!(words("nl", "de breuken"), ["breuk"]);
        assert_eq!(words("en", "the fractions"), ["fraction"]);
        // Unknown languages, and text without a language in front, stay unstemmed.
        assert_eq!(words("other", "de breuken"), ["de", "breuken"]);
        assert_eq!(tokens(BY_LANGUAGE, "de breuken"), ["de", "breuken"]);
        // Only the first marker counts.
        assert_eq!(words("nl", "x\u{1f}breuken"), ["x", "breuk"]);
    }

    #[test]
    fn languages_map_to_fields() {
        assert_eq!(field_language("nl-BE"), "nl");
        assert_eq!(field_language("EN"), "en");
        assert_eq!(field_language("fy"), "other");
    }
}
