//! A stemming token filter that remembers what it stemmed. Word frequencies follow Zipf's law,
//! so most tokens of a document were stemmed before; a map lookup is much cheaper than running
//! the Snowball algorithm again, and bulk indexing runs every text through two stemmed
//! analyzers (the words and the word pairs). Output is exactly that of tantivy's `Stemmer`.

use frostem::{Algorithm, Stemmer};
use rustc_hash::FxHashMap as HashMap;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Entries kept per analyzer instance before the memory starts over: enough for the common
/// vocabulary of a language, small enough (a few MiB) to have one per field and thread.
const CAPACITY: usize = 50_000;

#[derive(Clone, Copy)]
pub struct CachedStemmer(pub Algorithm);

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemmerTokenizer<T> {
        CachedStemmerTokenizer { inner: tokenizer, stemmer: Stemmer::new(self.0), cache: HashMap::default() }
    }
}

pub struct CachedStemmerTokenizer<T> {
    inner: T,
    stemmer: Stemmer,
    cache: HashMap<String, String>,
}

/// A copy starts with an empty memory: analyzers are cloned per field and indexing thread, and
/// copying a full map there would cost more than it saves.
impl<T: Clone> Clone for CachedStemmerTokenizer<T> {
    fn clone(&self) -> Self {
        CachedStemmerTokenizer { inner: self.inner.clone(), stemmer: self.stemmer, cache: HashMap::default() }
    }
}

impl<T: Tokenizer> Tokenizer for CachedStemmerTokenizer<T> {
    type TokenStream<'a> = CachedStemStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemStream { inner: self.inner.token_stream(text), stemmer: self.stemmer, cache: &mut self.cache }
    }
}

pub struct CachedStemStream<'a, S> {
    inner: S,
    stemmer: Stemmer,
    cache: &'a mut HashMap<String, String>,
}

impl<S: TokenStream> TokenStream for CachedStemStream<'_, S> {
    fn advance(&mut self) -> bool {
        if !self.inner.advance() {
            return false;
        }
        let token = self.inner.token_mut();
        if let Some(stem) = self.cache.get(&token.text) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        let stem = self.stemmer.stem(&token.text).into_owned();
        if self.cache.len() >= CAPACITY {
            self.cache.clear();
        }
        let word = std::mem::replace(&mut token.text, stem.clone());
        self.cache.insert(word, stem);
        true
    }

    fn token(&self) -> &Token {
        self.inner.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.inner.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{Language, LowerCaser, SimpleTokenizer, Stemmer as TantivyStemmer, TextAnalyzer};

    use super::*;
    use crate::analyzers::token_texts as run;

    #[test]
    fn stems_exactly_like_tantivy_also_from_memory() {
        let text = "Breuken vergelijken met pizzapunten; de leerlingen vergelijken breuken en delen pizza's.";
        for (algorithm, language) in [(Algorithm::Dutch, Language::Dutch), (Algorithm::English, Language::English)] {
            let mut cached = TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).filter(CachedStemmer(algorithm)).build();
            let mut plain = TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).filter(TantivyStemmer::new(language)).build();
            let expected = run(&mut plain, text);
            // Twice: the second run is served from the memory.
            assert_eq!(run(&mut cached, text), expected);
            assert_eq!(run(&mut cached, text), expected);
        }
    }
}
