//! A tokenizer that splits text into words and analyses each distinct word once.
//!
//! Why: after splitting, every filter of our analyzers (length limit, lower-casing, stop
//! words, accent folding, stemming) acts on one word at a time, so what a word becomes can be
//! remembered. Word frequencies follow Zipf's law: most words of a text were seen before, and
//! one map lookup then replaces the whole chain, the stop-word lookup and the Snowball stemmer
//! included. A word met for the first time runs through tantivy's own filters, so the output is
//! exactly theirs.
//!
//! The memory belongs to the analyzer and is shared by every copy of it, on every thread:
//! tantivy copies analyzers per field, indexing thread and query (snippets). It was once per
//! thread, but searches (and their snippets) run on a pool of up to 128 long-lived threads, and
//! each could fill a memory of its own, of up to 50,000 words per analyzer, with the numbers
//! and names in the hits it highlighted: memory that grew with the number of threads. Shared,
//! it is bounded per analyzer whatever the number of threads. It is split in shards, each
//! behind its own lock, so threads that analyse at the same time seldom wait for each other.

use std::hash::BuildHasher;
use std::sync::{Arc, Mutex, PoisonError};

use rustc_hash::{FxBuildHasher, FxHashMap as HashMap};
use tantivy::tokenizer::{SimpleTokenizer, TextAnalyzer, Token, TokenStream, Tokenizer};

/// Words remembered per analyzer: enough for the common vocabulary of a language, small enough
/// (a few MiB). A shard that is full starts over.
const CAPACITY: usize = 64 * 1024;

/// Independent parts of the memory, each with its own lock: more than the threads that
/// analyse at once on a small server (a bulk rebuild indexes on one thread per core).
const SHARDS: usize = 16;

/// What a word analyses to; `None`: nothing (a stop word, or too long).
type Analysed = Option<Box<str>>;

/// Word as split → what it analyses to.
type Words = HashMap<Box<str>, Analysed>;

/// One analyzer's memory.
struct Memory {
    shards: [Mutex<Words>; SHARDS],
}

impl Memory {
    fn shard(&self, word: &str) -> &Mutex<Words> {
        // Bits from the middle: the map inside picks a bucket by the low bits and a 7-bit tag
        // by the top ones, and a shard's words must still differ in both.
        &self.shards[(FxBuildHasher.hash_one(word) >> 32) as usize % SHARDS]
    }
}

/// Splits like tantivy's `SimpleTokenizer`, then gives each word what `per_word` makes of it.
#[derive(Clone)]
pub struct WordMemo {
    splitter: SimpleTokenizer,
    /// The filters, behind a tokenizer that keeps the whole word as one token
    /// (`RawTokenizer`).
    per_word: TextAnalyzer,
    memory: Arc<Memory>,
}

impl WordMemo {
    pub fn new(per_word: TextAnalyzer) -> WordMemo {
        let memory = Memory { shards: std::array::from_fn(|_| Mutex::new(HashMap::default())) };
        WordMemo { splitter: SimpleTokenizer::default(), per_word, memory: Arc::new(memory) }
    }
}

impl Tokenizer for WordMemo {
    type TokenStream<'a> = WordMemoStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordMemoStream<'a> {
        WordMemoStream { words: self.splitter.token_stream(text), per_word: &mut self.per_word, memory: &self.memory }
    }
}

pub struct WordMemoStream<'a> {
    words: <SimpleTokenizer as Tokenizer>::TokenStream<'a>,
    per_word: &'a mut TextAnalyzer,
    memory: &'a Memory,
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
            // A poisoned shard only means another thread panicked while holding it; the map
            // itself is whole (every insert is one call), so it stays in use.
            let mut words = self.memory.shard(&token.text).lock().unwrap_or_else(PoisonError::into_inner);
            let kept = match words.get(token.text.as_str()) {
                Some(analysed) => replace(token, analysed.as_deref()),
                None => {
                    // Analysed under the lock: a word new to the memory is rare once warm, and
                    // another thread wanting the same shard waits one word's analysis.
                    if words.len() >= CAPACITY / SHARDS {
                        words.clear();
                    }
                    let word: Box<str> = token.text.as_str().into();
                    let analysed = analyse(&mut *self.per_word, &word);
                    let kept = replace(token, analysed.as_deref());
                    words.insert(word, analysed);
                    kept
                }
            };
            drop(words);
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

    /// tantivy's own filters in one chain: what the memory must reproduce word for word.
    fn filter_chain(language: Language) -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(StopWordFilter::new(language).unwrap())
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(language))
            .build()
    }

    #[test]
    fn analyses_exactly_like_the_filter_chain_also_from_memory() {
        let long = "a".repeat(45);
        let text = format!("De Breuken vergelijken met pizzapunten; de leerlingen VERGELIJKEN breuken en delen pizza's. Café Noël, groep 6 {long} naïef één");
        for language in [Language::Dutch, Language::English] {
            let mut chain = filter_chain(language);
            let mut memo = TextAnalyzer::from(WordMemo::new(stemmed_word(language)));
            let expected = run(&mut chain, &text);
            assert!(expected.len() > 10, "the chain keeps most words: {expected:?}");
            // Twice: the second run is served from the memory. Positions, offsets and texts
            // must all be the chain's.
            assert_eq!(run(&mut memo, &text), expected);
            assert_eq!(run(&mut memo, &text), expected);
        }
    }

    fn remembered(memo: &WordMemo) -> usize {
        memo.memory.shards.iter().map(|shard| shard.lock().unwrap().len()).sum()
    }

    #[test]
    fn copies_on_other_threads_share_one_bounded_memory() {
        let memo = WordMemo::new(stemmed_word(Language::Dutch));
        let text = "De leerlingen vergelijken breuken met pizzapunten en delen de pizza eerlijk";
        let mut first = TextAnalyzer::from(memo.clone());
        let expected = run(&mut first, text);
        let after_first = remembered(&memo);
        assert!(after_first > 5, "the words are remembered: {after_first}");
        // A copy used on another thread finds every word already there.
        let mut copy = TextAnalyzer::from(memo.clone());
        let on_other_thread = std::thread::spawn(move || run(&mut copy, text)).join().unwrap();
        assert_eq!(on_other_thread, expected);
        assert_eq!(remembered(&memo), after_first);

        // An open vocabulary (numbers, names) cannot grow the memory past its capacity, and
        // what is analysed stays the chain's.
        let mut many = TextAnalyzer::from(memo.clone());
        let mut chain = filter_chain(Language::Dutch);
        for chunk in 0..(3 * CAPACITY / 1000) {
            let text: String = (0..1000).map(|i| format!("Les{} ", chunk * 1000 + i)).collect();
            let tokens = run(&mut many, &text);
            assert_eq!(tokens.len(), 1000);
            assert_eq!(tokens.iter().map(|t| t.text.clone()).collect::<Vec<_>>(), run(&mut chain, &text).into_iter().map(|t| t.text).collect::<Vec<_>>());
            assert!(remembered(&memo) <= CAPACITY, "{} words remembered", remembered(&memo));
        }
    }
}
