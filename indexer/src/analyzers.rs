//! Text analysis per language: Dutch, English, German and French get stop words and stemming;
//! every other language an unstemmed analyzer; all fold accents (ASCII folding).

use tantivy::tokenizer::{AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, Stemmer, StopWordFilter, TextAnalyzer, TokenizerManager};

use crate::by_language::ByLanguage;
use crate::pairs::WordPairs;
use crate::token_memo::Memoized;
use crate::word_memo::WordMemo;

/// The languages with their own stemmed fields (stop words, stemmer), and the analyzer for
/// everything else.
pub const STEMMED: &[(&str, Language)] = &[("nl", Language::Dutch), ("en", Language::English), ("de", Language::German), ("fr", Language::French)];

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
    STEMMED.iter().find(|(code, _)| *code == primary).map_or("other", |(code, _)| code)
}

pub fn register(manager: &TokenizerManager) {
    // Words are split as tantivy's `SimpleTokenizer` splits them; the filters then act on one
    // word at a time, and `WordMemo` remembers what each word became.
    let mut words = Vec::new();
    for (code, language) in STEMMED {
        let stemmed = TextAnalyzer::from(WordMemo::new(stemmed_word(*language)));
        manager.register(&analyzer_name(code), stemmed.clone());
        words.push((*code, stemmed));
    }
    let per_word = TextAnalyzer::builder(RawTokenizer::default()).filter(RemoveLongFilter::limit(40)).filter(LowerCaser).filter(AsciiFoldingFilter).build();
    // One plain analyzer, copied, so its copies share one memory.
    let plain = TextAnalyzer::from(WordMemo::new(per_word));
    manager.register(PLAIN, plain.clone());
    // Both fields analyse the same values; the pairs are made from the words, so each value is
    // analysed once and replayed for the other field (see `token_memo`).
    let by_language = Memoized(ByLanguage { analyzers: words, fallback: plain });
    manager.register(BY_LANGUAGE, TextAnalyzer::from(by_language.clone()));
    manager.register(BY_LANGUAGE_PAIRS, TextAnalyzer::builder(by_language).filter(WordPairs).build());
}

/// What a stemmed language does to one word (behind `RawTokenizer`, which keeps the word whole):
/// length limit, lower case, stop words, folding, stem.
pub(crate) fn stemmed_word(language: Language) -> TextAnalyzer {
    // Stop words are removed before stemming; they would otherwise stem to noise.
    let stop_words = StopWordFilter::new(language).unwrap_or_else(|| StopWordFilter::remove(Vec::<String>::new()));
    TextAnalyzer::builder(RawTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(stop_words)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(language))
        .build()
}

/// The token texts an analyzer makes of a text (for tests of analysis).
#[cfg(test)]
pub(crate) fn token_texts(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    all_tokens(analyzer, text).into_iter().map(|token| token.text).collect()
}

/// The tokens, with positions and offsets, an analyzer makes of a text (for tests of analysis).
#[cfg(test)]
pub(crate) fn all_tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<tantivy::tokenizer::Token> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().clone());
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
