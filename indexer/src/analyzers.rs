//! Text analysis per language: Dutch, English, German and French get stop words and stemming;
//! every other language an unstemmed analyzer; all fold accents (ASCII folding).

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer, TokenizerManager,
};

/// The languages with their own stemmed fields, and the analyzer for everything else.
pub const STEMMED: &[(&str, Language)] = &[("nl", Language::Dutch), ("en", Language::English), ("de", Language::German), ("fr", Language::French)];

/// Name of the analyzer for unknown languages (and for the exact-match field).
pub const PLAIN: &str = "dw_plain";

pub fn analyzer_name(lang: &str) -> String {
    format!("dw_{lang}")
}

/// The field suffix for a BCP 47 tag: its primary subtag when stemmed, else `other`.
pub fn field_language(tag: &str) -> &'static str {
    let primary = tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
    STEMMED.iter().find(|(code, _)| *code == primary).map_or("other", |(code, _)| code)
}

pub fn register(manager: &TokenizerManager) {
    for (code, language) in STEMMED {
        // Stop words are removed before stemming; they would otherwise stem to noise.
        let analyzer = match StopWordFilter::new(*language) {
            Some(stop_words) => TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(40))
                .filter(LowerCaser)
                .filter(stop_words)
                .filter(AsciiFoldingFilter)
                .filter(Stemmer::new(*language))
                .build(),
            None => TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(40))
                .filter(LowerCaser)
                .filter(AsciiFoldingFilter)
                .filter(Stemmer::new(*language))
                .build(),
        };
        manager.register(&analyzer_name(code), analyzer);
    }
    manager.register(
        PLAIN,
        TextAnalyzer::builder(SimpleTokenizer::default()).filter(RemoveLongFilter::limit(40)).filter(LowerCaser).filter(AsciiFoldingFilter).build(),
    );
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::TokenizerManager;

    use super::*;

    fn tokens(analyzer: &str, text: &str) -> Vec<String> {
        let manager = TokenizerManager::default();
        register(&manager);
        let mut analyzer = manager.get(analyzer).unwrap();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn dutch_stems_and_drops_stop_words() {
        assert_eq!(tokens("dw_nl", "breuken"), tokens("dw_nl", "breuk"));
        assert_eq!(tokens("dw_nl", "de breuken van een pizza"), ["breuk", "pizza"]);
        assert_eq!(tokens("dw_en", "fractions"), tokens("dw_en", "fraction"));
        assert_eq!(tokens(PLAIN, "Café Noël"), ["cafe", "noel"]);
    }

    #[test]
    fn languages_map_to_fields() {
        assert_eq!(field_language("nl-BE"), "nl");
        assert_eq!(field_language("EN"), "en");
        assert_eq!(field_language("fy"), "other");
    }
}
