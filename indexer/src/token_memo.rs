//! A tokenizer wrapper that remembers the tokens of the last texts it analysed on this thread
//! and replays them when the same text comes again.
//!
//! Why: indexing analyses each text of a document several times. Every value goes into `text`
//! and again into `pairs` (whose word pairs are made from the same word tokens), and the title
//! goes into both `TITLE_WEIGHT` times. With the memory each text is analysed once per
//! document and the repeats cost a copy.
//!
//! The memory is per thread, like the indexing threads that use it, and holds the last `SLOTS`
//! texts: the values of one document, which tantivy indexes field by field on one thread. A
//! text is found by its whole content (the language marker included), so a replay gives
//! exactly the tokens analysis would: the wrapper changes speed, never what is indexed.

use std::cell::RefCell;
use std::rc::Rc;

use tantivy::tokenizer::{BoxTokenStream, Token, TokenStream, Tokenizer};

/// Texts remembered per thread: more than the values of a typical document (title, summary,
/// body, keywords, goal statements, authors), few enough that a lookup is a short scan.
const SLOTS: usize = 32;

/// Texts longer than this are analysed every time: rare, and not worth the copy.
const MAX_TEXT: usize = 64 * 1024;

/// The tokens one text analysed to.
#[derive(Default)]
struct Recorded {
    text: String,
    /// The token texts, one after the other.
    words: String,
    tokens: Vec<Stored>,
}

#[derive(Clone, Copy)]
struct Stored {
    /// End of this token's text in `words` (it starts where the previous one ends).
    end: usize,
    offset_from: usize,
    offset_to: usize,
    position: usize,
    position_length: usize,
}

#[derive(Default)]
struct Memory {
    slots: Vec<Rc<Recorded>>,
    /// The slot the next recording replaces.
    next: usize,
    /// A replaced recording's buffers, kept for the next recording.
    spare: Option<Recorded>,
}

impl Memory {
    fn find(&self, text: &str) -> Option<Rc<Recorded>> {
        self.slots.iter().find(|slot| slot.text.len() == text.len() && slot.text == text).cloned()
    }

    fn buffers(&mut self) -> Recorded {
        let mut recorded = self.spare.take().unwrap_or_default();
        recorded.text.clear();
        recorded.words.clear();
        recorded.tokens.clear();
        recorded
    }

    fn keep(&mut self, recorded: Recorded) {
        let recorded = Rc::new(recorded);
        if self.slots.len() < SLOTS {
            self.slots.push(recorded);
            return;
        }
        let replaced = std::mem::replace(&mut self.slots[self.next], recorded);
        self.next = (self.next + 1) % SLOTS;
        // Still being replayed elsewhere: let it go rather than wait.
        if let Ok(buffers) = Rc::try_unwrap(replaced) {
            self.spare = Some(buffers);
        }
    }
}

thread_local! {
    static MEMORY: RefCell<Memory> = RefCell::new(Memory::default());
}

/// Wraps a tokenizer so that repeated texts are replayed from the thread's memory.
#[derive(Clone)]
pub struct Memoized<T>(pub T);

impl<T: Tokenizer> Tokenizer for Memoized<T> {
    type TokenStream<'a> = MemoStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> MemoStream<'a> {
        if text.len() > MAX_TEXT {
            return MemoStream(State::Pass(BoxTokenStream::new(self.0.token_stream(text))));
        }
        match MEMORY.with_borrow_mut(|memory| memory.find(text).ok_or_else(|| memory.buffers())) {
            Ok(recorded) => MemoStream(State::Replay { recorded, next: 0, token: Token::default() }),
            Err(mut recording) => {
                recording.text.push_str(text);
                let inner = BoxTokenStream::new(self.0.token_stream(text));
                MemoStream(State::Record { inner, recording: Some(recording) })
            }
        }
    }
}

/// The token stream of a [`Memoized`] tokenizer.
pub struct MemoStream<'a>(State<'a>);

enum State<'a> {
    /// A text analysed before on this thread.
    Replay { recorded: Rc<Recorded>, next: usize, token: Token },
    /// A new text: analysed, and remembered once the analysis has run to its end.
    Record { inner: BoxTokenStream<'a>, recording: Option<Recorded> },
    /// A text too long to remember.
    Pass(BoxTokenStream<'a>),
}

impl TokenStream for MemoStream<'_> {
    fn advance(&mut self) -> bool {
        match &mut self.0 {
            State::Replay { recorded, next, token } => {
                let Some(stored) = recorded.tokens.get(*next) else { return false };
                let start = if *next == 0 { 0 } else { recorded.tokens[*next - 1].end };
                token.text.clear();
                token.text.push_str(&recorded.words[start..stored.end]);
                token.offset_from = stored.offset_from;
                token.offset_to = stored.offset_to;
                token.position = stored.position;
                token.position_length = stored.position_length;
                *next += 1;
                true
            }
            State::Record { inner, recording } => {
                if inner.advance() {
                    if let Some(recording) = recording.as_mut() {
                        let token = inner.token();
                        recording.words.push_str(&token.text);
                        recording.tokens.push(Stored {
                            end: recording.words.len(),
                            offset_from: token.offset_from,
                            offset_to: token.offset_to,
                            position: token.position,
                            position_length: token.position_length,
                        });
                    }
                    return true;
                }
                // Only a text analysed to its end is remembered.
                if let Some(recording) = recording.take() {
                    MEMORY.with_borrow_mut(|memory| memory.keep(recording));
                }
                false
            }
            State::Pass(inner) => inner.advance(),
        }
    }

    fn token(&self) -> &Token {
        match &self.0 {
            State::Replay { token, .. } => token,
            State::Record { inner, .. } | State::Pass(inner) => inner.token(),
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        match &mut self.0 {
            State::Replay { token, .. } => token,
            State::Record { inner, .. } | State::Pass(inner) => inner.token_mut(),
        }
    }
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, TextAnalyzer};

    use super::*;
    use crate::analyzers::all_tokens as tokens;

    #[test]
    fn a_replay_gives_exactly_the_tokens_of_an_analysis() {
        let mut plain = TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).build();
        let mut memoized = TextAnalyzer::builder(Memoized(SimpleTokenizer::default())).filter(LowerCaser).build();
        let texts = ["Breuken met pizza", "", "Één twee  drie, vier!", "Breuken met pizza"];
        for text in texts.iter().chain(&texts) {
            assert_eq!(tokens(&mut memoized, text), tokens(&mut plain, text), "{text:?}");
        }
        // More texts than slots: old ones are forgotten and analysed again, still the same.
        for i in 0..SLOTS * 3 {
            let text = format!("tekst {i} met woorden");
            assert_eq!(tokens(&mut memoized, &text), tokens(&mut plain, &text));
            assert_eq!(tokens(&mut memoized, &text), tokens(&mut plain, &text));
        }
    }

    #[test]
    fn a_text_analysed_halfway_is_not_remembered() {
        let mut memoized = TextAnalyzer::from(Memoized(SimpleTokenizer::default()));
        {
            let mut stream = memoized.token_stream("een twee drie");
            assert!(stream.advance());
        }
        assert_eq!(tokens(&mut memoized, "een twee drie").len(), 3);
        assert_eq!(tokens(&mut memoized, "een twee drie").len(), 3);
    }
}
