//! From what a user typed to a tantivy query. tantivy's lenient grammar parses the text (so
//! syntax errors degrade instead of failing); the query is built here, because the `text` field
//! holds every language, each document analysed in its own: a word is looked up under each
//! distinct analysis of it ("breuken" → "breuk" in Dutch, "breuken" unstemmed).
//!
//! Words must all match (conjunction), in `text`. The query is kept to plain term lookups where
//! it can be (one term per distinct analysis, a word-pair term for a two-word phrase), because a
//! conjunction or union of plain terms lets tantivy skip blocks of documents that cannot reach
//! the top hits (block-max WAND). Exact matches only re-rank the best hits (see `search`).

use std::collections::BTreeSet;

use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, EmptyQuery, Occur, PhrasePrefixQuery, PhraseQuery, Query, TermQuery};
use tantivy::query_grammar::{self, Delimiter, Occur as GrammarOccur, UserInputAst, UserInputLeaf, UserInputLiteral};
use tantivy::schema::{IndexRecordOption, Term};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Index;

use crate::analyzers::{analyzer_name, PLAIN, STEMMED};
use crate::pairs::JOINER;
use crate::schema::{filter_term, Fields, FACETS};

/// Weight of an exact (unstemmed) match in title or keywords, when re-ranking the best hits.
const EXACT_BOOST: f32 = 1.5;

/// A search text as queries.
pub(crate) struct TextQuery {
    /// What must match, as the clauses of a conjunction the caller may add filters to (so the
    /// whole stays flat). No clauses: everything matches.
    pub clauses: Vec<(Occur, Box<dyn Query>)>,
    /// The typed words over `exact`, to re-rank the best hits.
    pub exact: Option<Box<dyn Query>>,
}

impl TextQuery {
    /// The words the query looks for, to highlight in snippets: text terms as they are, word
    /// pairs split into their two words.
    pub(crate) fn highlight_words(&self, fields: &Fields) -> BTreeSet<String> {
        let mut words = BTreeSet::new();
        for (occur, query) in &self.clauses {
            if *occur == Occur::MustNot {
                continue;
            }
            query.query_terms(&mut |term, _| {
                let value = term.value();
                let Some(text) = value.as_str() else { return };
                if term.field() == fields.text {
                    words.insert(text.to_owned());
                } else if term.field() == fields.pairs {
                    words.extend(text.split(JOINER).map(str::to_owned));
                }
            });
        }
        words
    }

    /// The clauses as a conjunction of term alternatives, where they are only that (words and
    /// word pairs, no phrases, exclusions or boosts).
    pub(crate) fn term_conjunction(&self) -> Option<Vec<Vec<Term>>> {
        let terms = |query: &dyn Query| -> Option<Vec<Term>> {
            if let Some(term) = query.downcast_ref::<TermQuery>() {
                return Some(vec![term.term().clone()]);
            }
            let union = query.downcast_ref::<BooleanQuery>()?;
            union
                .clauses()
                .iter()
                .map(|(occur, clause)| (*occur == Occur::Should).then(|| clause.downcast_ref::<TermQuery>().map(|t| t.term().clone())).flatten())
                .collect()
        };
        if self.clauses.is_empty() {
            return None;
        }
        self.clauses.iter().map(|(occur, query)| if *occur == Occur::Must { terms(query.as_ref()) } else { None }).collect()
    }
}

pub(crate) fn build(index: &Index, fields: &Fields, text: &str) -> TextQuery {
    if text.trim().is_empty() {
        return TextQuery { clauses: Vec::new(), exact: None };
    }
    let mut builder = Builder::new(index, fields);
    let (ast, _errors) = query_grammar::parse_query_lenient(text);
    let clauses = match &ast {
        UserInputAst::Clause(clauses) => builder.clauses(clauses, false),
        other => builder.ast(other, false).map(|query| vec![(Occur::Must, query)]).unwrap_or_default(),
    };
    let clauses = if clauses.is_empty() {
        // Only stop words, or nothing we can search for: nothing matches.
        vec![(Occur::Must, Box::new(EmptyQuery) as Box<dyn Query>)]
    } else if clauses.iter().any(|(occur, _)| *occur == Occur::Should) {
        // Alternatives stay together: a filter added beside them would make them optional.
        vec![(Occur::Must, Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)]
    } else {
        clauses
    };
    let exact: Vec<(Occur, Box<dyn Query>)> = builder
        .exact_words
        .iter()
        .map(|word| {
            let query = TermQuery::new(Term::from_field_text(fields.exact, word), IndexRecordOption::WithFreqs);
            (Occur::Should, Box::new(BoostQuery::new(Box::new(query), EXACT_BOOST)) as Box<dyn Query>)
        })
        .collect();
    TextQuery { clauses, exact: (!exact.is_empty()).then(|| Box::new(BooleanQuery::new(exact)) as Box<dyn Query>) }
}

struct Builder<'a> {
    fields: &'a Fields,
    /// Every language's analyzer, the unstemmed one last.
    analyzers: Vec<TextAnalyzer>,
    plain: TextAnalyzer,
    /// Unstemmed words of the positive literals, for re-ranking by exact matches.
    exact_words: BTreeSet<String>,
}

/// Tokens with their positions.
type Tokens = Vec<(usize, String)>;

fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Tokens {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        let token = stream.token();
        out.push((token.position, token.text.clone()));
    }
    out
}

impl<'a> Builder<'a> {
    fn new(index: &Index, fields: &'a Fields) -> Builder<'a> {
        let tokenizers = index.tokenizers();
        let get = |name: &str| tokenizers.get(name).unwrap_or_default();
        let mut analyzers: Vec<TextAnalyzer> = STEMMED.iter().map(|(code, _)| get(&analyzer_name(code))).collect();
        analyzers.push(get(PLAIN));
        Builder { fields, analyzers, plain: get(PLAIN), exact_words: BTreeSet::new() }
    }

    /// A clause list's queries; only exclusions get "everything" to exclude from, as in
    /// tantivy's own parser.
    fn clauses(&mut self, clauses: &[(Option<GrammarOccur>, UserInputAst)], negated: bool) -> Vec<(Occur, Box<dyn Query>)> {
        let mut built: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (occur, clause) in clauses {
            let occur = match occur {
                Some(GrammarOccur::Should) => Occur::Should,
                Some(GrammarOccur::MustNot) => Occur::MustNot,
                // Words without an operator must all match.
                Some(GrammarOccur::Must) | None => Occur::Must,
            };
            if let Some(query) = self.ast(clause, negated ^ (occur == Occur::MustNot)) {
                built.push((occur, query));
            }
        }
        if !built.is_empty() && built.iter().all(|(occur, _)| *occur == Occur::MustNot) {
            built.push((Occur::Must, Box::new(AllQuery)));
        }
        built
    }

    /// `None` where nothing is left to search for (only stop words, an unsupported leaf).
    fn ast(&mut self, ast: &UserInputAst, negated: bool) -> Option<Box<dyn Query>> {
        match ast {
            UserInputAst::Clause(clauses) => {
                let mut built = self.clauses(clauses, negated);
                match built.len() {
                    0 => None,
                    1 if built[0].0 != Occur::MustNot => built.pop().map(|(_, query)| query),
                    _ => Some(Box::new(BooleanQuery::new(built))),
                }
            }
            UserInputAst::Boost(inner, boost) => {
                let inner = self.ast(inner, negated)?;
                Some(Box::new(BoostQuery::new(inner, boost.into_inner() as f32)))
            }
            UserInputAst::Leaf(leaf) => match leaf.as_ref() {
                UserInputLeaf::Literal(literal) => self.literal(literal, negated),
                UserInputLeaf::All => Some(Box::new(AllQuery)),
                // Ranges, sets, regexes and existence checks name fields users never see.
                UserInputLeaf::Range { .. } | UserInputLeaf::Set { .. } | UserInputLeaf::Exists { .. } | UserInputLeaf::Regex { .. } => None,
            },
        }
    }

    fn literal(&mut self, literal: &UserInputLiteral, negated: bool) -> Option<Box<dyn Query>> {
        // `level:po`, `lang:en`: a facet filter written into the text.
        if let Some(name) = literal.field_name.as_deref().filter(|name| FACETS.contains(name)) {
            let term = Term::from_field_text(self.fields.filters, &filter_term(name, &literal.phrase));
            return Some(Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)));
        }
        // Any other field name is ignored: the words are searched as if it were not there.
        let text = self.fields.text;
        let quoted = literal.delimiter != Delimiter::None;
        // `breu*` (which the grammar leaves as a word) means what `"breu"*` means: a prefix.
        let bare_prefix = !quoted && literal.phrase.len() > 1 && literal.phrase.ends_with('*');
        let phrase = if bare_prefix { literal.phrase.trim_end_matches('*') } else { literal.phrase.as_str() };
        let typed = tokens(&mut self.plain, phrase);
        if !negated {
            self.exact_words.extend(typed.iter().map(|(_, word)| word.clone()));
        }
        if literal.prefix || bare_prefix {
            // A prefix is not a word yet: stemming would change it, so it is looked up as typed.
            if typed.is_empty() {
                return None;
            }
            let terms = typed.into_iter().map(|(position, word)| (position, Term::from_field_text(text, &word))).collect();
            return Some(Box::new(PhrasePrefixQuery::new_with_offset(terms)));
        }
        let mut seen: BTreeSet<Tokens> = BTreeSet::new();
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for analyzer in &mut self.analyzers {
            let words = tokens(analyzer, phrase);
            if words.is_empty() || !seen.insert(words.clone()) {
                continue;
            }
            let query: Box<dyn Query> = match words.as_slice() {
                [(_, word)] => Box::new(TermQuery::new(Term::from_field_text(text, word), IndexRecordOption::WithFreqs)),
                // Two adjacent words, no slop: one word-pair term says exactly the same.
                [(first, a), (second, b)] if *second == first + 1 && literal.slop == 0 => {
                    let pair = format!("{a}{JOINER}{b}");
                    Box::new(TermQuery::new(Term::from_field_text(self.fields.pairs, &pair), IndexRecordOption::WithFreqs))
                }
                _ => {
                    let terms = words.iter().map(|(position, word)| (*position, Term::from_field_text(text, word))).collect();
                    let mut phrase = PhraseQuery::new_with_offset(terms);
                    phrase.set_slop(if quoted { literal.slop } else { 0 });
                    Box::new(phrase)
                }
            };
            alternatives.push((Occur::Should, query));
        }
        match alternatives.len() {
            0 => None,
            1 => alternatives.pop().map(|(_, query)| query),
            _ => Some(Box::new(BooleanQuery::new(alternatives))),
        }
    }
}
