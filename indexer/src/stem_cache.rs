//! A stemming token filter that remembers what it stemmed. Word frequencies follow Zipf's law,
//! so most tokens were stemmed before; a map lookup is much cheaper than running the Snowball
//! algorithm again. Output is exactly that of tantivy's `Stemmer`.
//!
//! The memory is per thread and language, shared by every copy of an analyzer on that thread:
//! tantivy copies analyzers per field, indexing thread and query (snippets), and a memory per
//! copy would start empty each time.

use std::cell::RefCell;

use frostem::{Algorithm, Stemmer};
use rustc_hash::FxHashMap as HashMap;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Entries kept per thread and language before the memory starts over: enough for the common
/// vocabulary of a language, small enough (a few MiB).
const CAPACITY: usize = 50_000;

thread_local! {
    /// (language, word → stem), one entry per language met on this thread.
    static MEMORY: RefCell<Vec<(Algorithm, HashMap<String, String>)>> = const { RefCell::new(Vec::new()) };
}

#[derive(Clone, Copy)]
pub struct CachedStemmer(pub Algorithm);

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemmerTokenizer<T> {
        CachedStemmerTokenizer { inner: tokenizer, algorithm: self.0, stemmer: Stemmer::new(self.0) }
    }
}

#[derive(Clone)]
pub struct CachedStemmerTokenizer<T> {
    inner: T,
    algorithm: Algorithm,
    stemmer: Stemmer,
}

impl<T: Tokenizer> Tokenizer for CachedStemmerTokenizer<T> {
    type TokenStream<'a> = CachedStemStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemStream { inner: self.inner.token_stream(text), algorithm: self.algorithm, stemmer: self.stemmer }
    }
}

pub struct CachedStemStream<S> {
    inner: S,
    algorithm: Algorithm,
    stemmer: Stemmer,
}

impl<S: TokenStream> TokenStream for CachedStemStream<S> {
    fn advance(&mut self) -> bool {
        if !self.inner.advance() {
            return false;
        }
        let token = self.inner.token_mut();
        MEMORY.with_borrow_mut(|memory| {
            let index = match memory.iter().position(|(algorithm, _)| *algorithm == self.algorithm) {
                Some(index) => index,
                None => {
                    memory.push((self.algorithm, HashMap::default()));
                    memory.len() - 1
                }
            };
            let cache = &mut memory[index].1;
            if let Some(stem) = cache.get(&token.text) {
                token.text.clear();
                token.text.push_str(stem);
                return;
            }
            let stem = self.stemmer.stem(&token.text).into_owned();
            if cache.len() >= CAPACITY {
                cache.clear();
            }
            let word = std::mem::replace(&mut token.text, stem.clone());
            cache.insert(word, stem);
        });
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
