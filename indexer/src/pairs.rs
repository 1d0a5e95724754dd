//! A token filter that turns a language analyzer's tokens into word pairs ("breuk_pizza"),
//! indexed in companion fields so a two-word phrase is one term lookup instead of a position
//! check on every document holding both words (Elasticsearch's `index_phrases` idea).
//!
//! Only tokens at adjacent positions pair up: a removed stop word between two words breaks the
//! pair, so a pair always means "these two words, next to each other".

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Joins the two words of a pair. Our tokenizers split on anything not alphanumeric, so no
/// word contains it.
pub const JOINER: char = '_';

#[derive(Clone, Copy, Debug, Default)]
pub struct WordPairs;

impl TokenFilter for WordPairs {
    type Tokenizer<T: Tokenizer> = WordPairsTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> WordPairsTokenizer<T> {
        WordPairsTokenizer(tokenizer)
    }
}

#[derive(Clone)]
pub struct WordPairsTokenizer<T>(T);

impl<T: Tokenizer> Tokenizer for WordPairsTokenizer<T> {
    type TokenStream<'a> = WordPairsStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        WordPairsStream { inner: self.0.token_stream(text), previous: Previous::default(), pair: Token::default() }
    }
}

/// What a pair needs of the word before: kept in buffers reused word after word (a `Token`
/// clone would allocate for every word).
#[derive(Default)]
struct Previous {
    /// `None` before the first word.
    position: Option<usize>,
    offset_from: usize,
    text: String,
}

pub struct WordPairsStream<S> {
    inner: S,
    previous: Previous,
    pair: Token,
}

impl<S: TokenStream> TokenStream for WordPairsStream<S> {
    fn advance(&mut self) -> bool {
        while self.inner.advance() {
            let token = self.inner.token();
            let previous = &mut self.previous;
            let paired = match previous.position {
                Some(position) if position + 1 == token.position => {
                    self.pair.text.clear();
                    self.pair.text.push_str(&previous.text);
                    self.pair.text.push(JOINER);
                    self.pair.text.push_str(&token.text);
                    self.pair.position = position;
                    self.pair.offset_from = previous.offset_from;
                    self.pair.offset_to = token.offset_to;
                    self.pair.position_length = 1;
                    true
                }
                _ => false,
            };
            previous.position = Some(token.position);
            previous.offset_from = token.offset_from;
            previous.text.clear();
            previous.text.push_str(&token.text);
            if paired {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        &self.pair
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.pair
    }
}
