//! One field for every language: each value carries its document's language in front, and this
//! tokenizer analyses it with that language's analyzer.
//!
//! Why one field rather than a field per language: a query word is looked up once per distinct
//! analysis of it ("les" is "les" in every language; "breuken" is "breuk" or "breuken"), so a
//! search reads one or two posting lists instead of a union over every language's field, and
//! term statistics are those of the whole node.

use tantivy::tokenizer::{BoxTokenStream, TextAnalyzer, Tokenizer};

/// Ends the language code in front of an indexed value. Unit separator: never in a code, and
/// only the first one counts, so a text that contains it is still analysed whole.
const MARKER: char = '\u{1f}';

/// The value to index for a text in a language (a code from `field_language`).
pub fn marked(code: &str, text: &str) -> String {
    let mut value = String::with_capacity(code.len() + 1 + text.len());
    value.push_str(code);
    value.push(MARKER);
    value.push_str(text);
    value
}

#[derive(Clone)]
pub struct ByLanguage {
    /// (language code, its analyzer).
    pub analyzers: Vec<(&'static str, TextAnalyzer)>,
    /// For unknown codes and unmarked text.
    pub fallback: TextAnalyzer,
}

impl Tokenizer for ByLanguage {
    type TokenStream<'a> = BoxTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> BoxTokenStream<'a> {
        let (code, rest) = text.split_once(MARKER).unwrap_or(("", text));
        match self.analyzers.iter_mut().find(|(c, _)| *c == code) {
            Some((_, analyzer)) => analyzer.token_stream(rest),
            None => self.fallback.token_stream(rest),
        }
    }
}
