//! Text analysis per language: Dutch, English, German and French get stop words and stemming;
//! every other language an unstemmed analyzer; all fold accents (ASCII folding).

use frostem::Algorithm;
use tantivy::tokenizer::{AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, StopWordFilter, TextAnalyzer, TokenizerManager};

use crate::pairs::WordPairs;
use crate::stem_cache::CachedStemmer;

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

pub fn analyzer_name(lang: &str) -> String {
    format!("dw_{lang}")
}

/// The field suffix for a BCP 47 tag: its primary subtag when stemmed, else `other`.
pub fn field_language(tag: &str) -> &'static str {
    let primary = tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
    STEMMED.iter().find(|(code, _, _)| *code == primary).map_or("other", |(code, _, _)| code)
}

/// The analyzer of a language's word-pair fields (see `pairs`).
pub fn pairs_analyzer_name(analyzer: &str) -> String {
    format!("{analyzer}_pairs")
}

pub fn register(manager: &TokenizerManager) {
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
        let name = analyzer_name(code);
        manager.register(&pairs_analyzer_name(&name), stemmed().filter(WordPairs).build());
        manager.register(&name, stemmed().build());
    }
    let plain = || TextAnalyzer::builder(SimpleTokenizer::default()).filter(RemoveLongFilter::limit(40)).filter(LowerCaser).filter(AsciiFoldingFilter);
    manager.register(&pairs_analyzer_name(PLAIN), plain().filter(WordPairs).build());
    manager.register(PLAIN, plain().build());
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
        assert_eq!(tokens("dw_nl_pairs", "Breuken delen met pizza taart"), ["breuk_deel", "pizza_taart"]);
        assert_eq!(tokens("dw_nl_pairs", "de breuken van een pizza bakken"), ["pizza_bak"]);
        assert_eq!(tokens("dw_plain_pairs", "Café Noël Amsterdam"), ["cafe_noel", "noel_amsterdam"]);
        assert!(tokens("dw_en_pairs", "fractions").is_empty());
    }

    #[test]
    fn languages_map_to_fields() {
        assert_eq!(field_language("nl-BE"), "nl");
        assert_eq!(field_language("EN"), "en");
        assert_eq!(field_language("fy"), "other");
    }
}
