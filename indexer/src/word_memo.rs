//! A tokenizer that splits text into words and analyses each distinct word once per thread.
//!
//! Why: after splitting, every filter of our analyzers (length limit, lower-casing, stop
//! words, accent folding, stemming) acts on one word at a time, so what a word becomes can be
//! remembered. Word frequencies follow Zipf's law: most words of a text were seen before, and
//! one map lookup then replaces the whole chain, the stop-word lookup and the Snowball stemmer
//! included. A word met for the first time runs through tantivy's own filters, so the output is
//! exactly theirs.
//!
//! The memory is per thread and analyzer, shared by every copy of an analyzer on that thread:
//! tantivy copies analyzers per field, indexing thread and query (snippets), and a memory per
//! copy would start empty each time.

use std::cell::RefCell;

use rustc_hash::FxHashMap as HashMap;
use tantivy::tokenizer::{SimpleTokenizer, TextAnalyzer, Token, TokenStream, Tokenizer};

/// Words remembered per thread and analyzer before the memory starts over: enough for the
/// common vocabulary of a language, small enough (a few MiB).
const CAPACITY: usize = 50_000;

/// What a word analyses to; `None`: nothing (a stop word, or too long).
type Analysed = Option<Box<str>>;

/// Word as split → what it analyses to.
type Words = HashMap<Box<str>, Analysed>;

thread_local! {
    /// (analyzer name, its words), one entry per analyzer used on this thread.
    static MEMORY: RefCell<Vec<(&'static str, Words)>> = const { RefCell::new(Vec::new()) };
}

/// Splits like tantivy's `SimpleTokenizer`, then gives each word what `per_word` makes of it.
#[derive(Clone)]
pub struct WordMemo {
    /// Names the memory: analyzers with the same name must analyse words the same way.
    name: &'static str,
    splitter: SimpleTokenizer,
    /// The filters, behind a tokenizer that keeps the whole word as one token
    /// (`RawTokenizer`).
    per_word: TextAnalyzer,
}

impl WordMemo {
    pub fn new(name: &'static str, per_word: TextAnalyzer) -> WordMemo {
        WordMemo { name, splitter: SimpleTokenizer::default(), per_word }
    }
}

impl Tokenizer for WordMemo {
    type TokenStream<'a> = WordMemoStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordMemoStream<'a> {
        let name = self.name;
        let slot = MEMORY.with_borrow_mut(|memory| match memory.iter().position(|(n, _)| *n == name) {
            Some(slot) => slot,
            None => {
                memory.push((name, HashMap::default()));
                memory.len() - 1
            }
        });
        WordMemoStream { words: self.splitter.token_stream(text), per_word: &mut self.per_word, slot }
    }
}

pub struct WordMemoStream<'a> {
    words: <SimpleTokenizer as Tokenizer>::TokenStream<'a>,
    per_word: &'a mut TextAnalyzer,
    /// This analyzer's place in the thread's memory.
    slot: usize,
}

/// Gives the token what its word analysed to; false when that is nothing.
fn replace(token: &mut Token, analysed: Option<&str>) -> bool {
    let Some(text) = analysed else { return false };
    token.text.clear();
    token.text.push_str(text);
    true
}

fn analyse(per_word: &mut TextAnalyzer, word: &str) -> Analysed {
    let mut stream = per_word.token_stream(word);
    stream.advance().then(|| stream.token().text.as_str().into())
}

impl TokenStream for WordMemoStream<'_> {
    fn advance(&mut self) -> bool {
        while self.words.advance() {
            let token = self.words.token_mut();
            let per_word = &mut *self.per_word;
            let kept = MEMORY.with_borrow_mut(|memory| {
                let Some((_, words)) = memory.get_mut(self.slot) else {
                    // Not reached (the slot was made on this thread when the stream began), but
                    // should it be, the word is analysed without the memory rather than lost.
                    let analysed = analyse(per_word, &token.text);
                    return replace(token, analysed.as_deref());
                };
                let analysed = match words.get(token.text.as_str()) {
                    Some(analysed) => analysed,
                    None => {
                        if words.len() >= CAPACITY {
                            words.clear();
                        }
                        let analysed = analyse(per_word, &token.text);
                        words.entry(token.text.as_str().into()).or_insert(analysed)
                    }
                };
                replace(token, analysed.as_deref())
            });
            if kept {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.words.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.words.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer};

    use super::*;
    use crate::analyzers::{all_tokens as run, stemmed_word};

    #[test]
    fn analyses_exactly_like_the_filter_chain_also_from_memory() {
        let long = "a".repeat(45);
        let text = format!("De Breuken vergelijken met pizzapunten; de leerlingen VERGELIJKEN breuken en delen pizza's. Café Noël, groep 6 {long} naïef één");
        for (name, language) in [("test-nl", Language::Dutch), ("test-en", Language::English)] {
            let mut chain = TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(40))
                .filter(LowerCaser)
                .filter(StopWordFilter::new(language).unwrap())
                .filter(AsciiFoldingFilter)
                .filter(Stemmer::new(language))
                .build();
            let mut memo = TextAnalyzer::from(WordMemo::new(name, stemmed_word(language)));
            let expected = run(&mut chain, &text);
            assert!(expected.len() > 10, "the chain keeps most words: {expected:?}");
            // Twice: the second run is served from the memory. Positions, offsets and texts
            // must all be the chain's.
            assert_eq!(run(&mut memo, &text), expected);
            assert_eq!(run(&mut memo, &text), expected);
        }
    }
}
