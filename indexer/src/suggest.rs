//! Goal suggestions: an in-memory index of curriculum goals, queried with the words of a draft,
//! so a teacher is offered the goals their text is most about.
//!
//! A goal is described by more than its statement, because teachers rarely write in the words
//! of a curriculum: the names of the goals above it (subject area, domain) and the words of the
//! content already aligned to it (here and from followed nodes: the classic way to learn from
//! existing alignments) count too, with lower weights. Dutch and German glue words together
//! ("getallenlijn", "leesstrategieën"), so word pieces (5-letter grams of the stems) count a
//! little as well. A draft's education level narrows the goals to those written for it.

use std::collections::HashSet;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Schema, TantivyDocument, Term, Value, STORED, STRING};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader};

use crate::analyzers::{analyzer_name, field_language, register, PLAIN, STEMMED};
use crate::schema::analyzed;
use crate::IndexError;

/// A goal as the suggester needs it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoalEntry {
    pub id: String,
    /// Code and statements: what the draft's words are matched against first.
    pub text: String,
    /// The names of the goals above it (subject area, domain).
    pub context: String,
    /// Content aligned to it: (BCP 47 tag, title, summary and keywords), one per item.
    pub examples: Vec<(String, String)>,
    /// BCP 47 tag of the statement.
    pub language: String,
    /// The education levels it is written for (`po`, `vo`, …); empty: any level.
    pub levels: Vec<String>,
}

/// What a draft asks for.
#[derive(Debug, Clone, Copy, Default)]
pub struct Draft<'a> {
    pub text: &'a str,
    /// The draft's education levels: only goals written for one of them (or for any level) are
    /// suggested. Empty: every goal.
    pub levels: &'a [String],
    /// Words naming the draft's subjects ("Rekenen en wiskunde"): goals under a subject area of
    /// that name rank higher.
    pub subjects: &'a str,
}

/// The field groups and their weights. The statement decides; what surrounds it helps.
const TEXT_WEIGHT: f32 = 1.0;
const CONTEXT_WEIGHT: f32 = 0.6;
const GRAMS_WEIGHT: f32 = 0.2;
/// The best-matching aligned item of a goal adds its score times this.
const EXAMPLES_WEIGHT: f32 = 0.5;
/// A subject the draft names counts twice as much as a word of its text found in the goal's
/// context: the teacher chose it, while any one word of a lesson may be incidental. At 1.0, "Breuken
/// met pizza's. Leerlingen vergelijken breuken" for rekenen-wiskunde put the kerndoel on comparing
/// texts (whose short statement says "vergelijken" twice) above the one on fractions.
const SUBJECT_WEIGHT: f32 = 2.0;
/// The length of a word piece.
const GRAM: usize = 5;
/// The level value of a goal written for any level.
const ANY_LEVEL: &str = "*";
/// The kinds of document (see `PartDoc::background`).
const ITEM: &str = "item";
const BACKGROUND: &str = "background";
/// Aligned items read per query: the goals of the best of them gain.
const EXAMPLES_CONSIDERED: usize = 100;

/// Words nearly every lesson description uses about its own setting. Curricula rarely use them
/// ("de leerlingen leren" is in every statement, "kinderen" in one), so left in they would
/// only reward the odd goal that happens to say them.
const CLASSROOM_WORDS: &[&str] = &[
    "kind",
    "kinderen",
    "leerling",
    "leerlingen",
    "les",
    "lessen",
    "klas",
    "klassen",
    "groep",
    "groepen",
    "child",
    "children",
    "pupil",
    "pupils",
    "student",
    "students",
    "lesson",
    "lessons",
    "class",
    "classroom",
    "kinder",
    "schüler",
    "schülerinnen",
    "unterricht",
    "stunde",
    "klasse",
    "enfant",
    "enfants",
    "élève",
    "élèves",
    "leçon",
    "classe",
];

/// How much of a draft is read: its start says what it is about, and it bounds the work.
const MAX_TEXT_CHARS: usize = 4_000;
/// Clauses per query, which bounds the work of a long draft.
const MAX_TERMS: usize = 300;

/// The fields of one analysis language.
struct LanguageFields {
    code: &'static str,
    text: Field,
    context: Field,
}

/// One in-memory index: of goals (a document per goal) or of aligned content (a document per
/// item, named by its goal). Apart, because BM25 weighs a field by its length against the
/// average: in one index the few goals with aligned content would be drowned by the many
/// without, and statements by the item texts.
struct Part {
    index: Index,
    reader: IndexReader,
    id: Field,
    level: Field,
    grams: Field,
    /// `item`, or `background` for documents never found.
    kind: Field,
    /// Per analysis language (`other` last); only languages some document is written in.
    languages: Vec<LanguageFields>,
}

/// A document of a part.
struct PartDoc<'a> {
    id: &'a str,
    language: &'a str,
    text: &'a str,
    context: &'a str,
    levels: &'a [String],
    with_pieces: bool,
    /// Counted in the word statistics but never found: goal statements in the index of aligned
    /// content, so that a word's rarity is judged against a realistic body of text even while
    /// only a few items are aligned.
    background: bool,
}

impl Part {
    fn build<'a>(docs: &[PartDoc<'a>]) -> Result<Part, IndexError> {
        let mut builder = Schema::builder();
        let id = builder.add_text_field("id", STORED);
        let level = builder.add_text_field("level", STRING);
        let grams = builder.add_text_field("grams", analyzed(PLAIN));
        let kind = builder.add_text_field("kind", STRING);
        let present: HashSet<&'static str> = docs.iter().map(|d| field_language(d.language)).collect();
        let mut languages = Vec::new();
        for code in STEMMED.iter().map(|(code, _)| *code).chain(["other"]) {
            if present.contains(code) {
                let analyzer = if code == "other" { PLAIN.to_owned() } else { analyzer_name(code) };
                let text = builder.add_text_field(&format!("text_{code}"), analyzed(&analyzer));
                let context = builder.add_text_field(&format!("context_{code}"), analyzed(&analyzer));
                languages.push(LanguageFields { code, text, context });
            }
        }
        let index = Index::create_in_ram(builder.build());
        register(index.tokenizers());
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        for source in docs {
            let suffix = field_language(source.language);
            let Some(fields) = languages.iter().find(|l| l.code == suffix) else { continue };
            let mut doc = TantivyDocument::default();
            doc.add_text(id, source.id);
            doc.add_text(kind, if source.background { BACKGROUND } else { ITEM });
            doc.add_text(fields.text, source.text);
            doc.add_text(fields.context, source.context);
            if source.with_pieces {
                let mut analyzer = index.tokenizer_for_field(fields.text)?;
                doc.add_text(grams, word_pieces(&mut analyzer, &format!("{} {}", source.text, source.context)).join(" "));
            }
            if source.levels.is_empty() {
                doc.add_text(level, ANY_LEVEL);
            }
            for value in source.levels {
                doc.add_text(level, value);
            }
            writer.add_document(doc)?;
        }
        writer.commit()?;
        let reader = index.reader()?;
        Ok(Part { index, reader, id, level, grams, kind, languages })
    }

    /// The best `limit` documents for the draft: (id, score).
    fn search(&self, draft: &Draft<'_>, text: &str, limit: usize) -> Result<Vec<(String, f32)>, IndexError> {
        let mut terms = Terms::default();
        let mut pieces = HashSet::new();
        for fields in &self.languages {
            let mut analyzer = self.index.tokenizer_for_field(fields.text)?;
            for token in tokens(&mut analyzer, text) {
                terms.add(fields.text, &token, TEXT_WEIGHT);
                terms.add(fields.context, &token, CONTEXT_WEIGHT);
            }
            for token in tokens(&mut analyzer, draft.subjects) {
                terms.add(fields.context, &token, SUBJECT_WEIGHT);
            }
            pieces.extend(word_pieces(&mut analyzer, text));
        }
        let mut pieces: Vec<String> = pieces.into_iter().collect();
        pieces.sort_unstable();
        for piece in pieces {
            terms.add(self.grams, &piece, GRAMS_WEIGHT);
        }
        if terms.clauses.is_empty() {
            return Ok(Vec::new());
        }
        let exact = |field: Field, value: &str| -> Box<dyn Query> { Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic)) };
        let mut must: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::Must, Box::new(BooleanQuery::new(terms.clauses))), (Occur::Must, Box::new(ConstScoreQuery::new(exact(self.kind, ITEM), 0.0)))];
        if !draft.levels.is_empty() {
            let levels = draft.levels.iter().map(String::as_str).chain([ANY_LEVEL]).map(|value| (Occur::Should, exact(self.level, value))).collect();
            must.push((Occur::Must, Box::new(ConstScoreQuery::new(Box::new(BooleanQuery::new(levels)), 0.0))));
        }
        let query = BooleanQuery::new(must);
        let searcher = self.reader.searcher();
        let top = searcher.search(&query, &TopDocs::with_limit(limit.max(1)).order_by_score())?;
        let mut out = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            if let Some(id) = doc.get_first(self.id).and_then(|v| v.as_str()) {
                out.push((id.to_owned(), score));
            }
        }
        Ok(out)
    }
}

pub struct GoalSuggester {
    goals: Part,
    examples: Part,
}

impl GoalSuggester {
    pub fn build(goals: &[GoalEntry]) -> Result<GoalSuggester, IndexError> {
        let docs: Vec<PartDoc<'_>> = goals
            .iter()
            .map(|g| PartDoc { id: &g.id, language: &g.language, text: &g.text, context: &g.context, levels: &g.levels, with_pieces: true, background: false })
            .collect();
        let items = goals.iter().flat_map(|g| {
            g.examples.iter().map(|(language, text)| PartDoc {
                id: &g.id,
                language,
                text,
                context: "",
                levels: &g.levels,
                with_pieces: false,
                background: false,
            })
        });
        let background =
            goals.iter().map(|g| PartDoc { id: "", language: &g.language, text: &g.text, context: "", levels: &[], with_pieces: false, background: true });
        let examples: Vec<PartDoc<'_>> = items.chain(background).collect();
        Ok(GoalSuggester { goals: Part::build(&docs)?, examples: Part::build(&examples)? })
    }

    /// Goal ids ranked by how well they match the draft (BM25 over its words), best first.
    pub fn suggest(&self, draft: &Draft<'_>, limit: usize) -> Result<Vec<(String, f32)>, IndexError> {
        let limit = limit.clamp(1, 50);
        let text: String = draft.text.chars().take(MAX_TEXT_CHARS).collect();
        let text = without_classroom_words(&text);
        // More goals than asked for: aligned content may lift one from further down.
        let mut ranked = self.goals.search(draft, &text, limit * 3 + 20)?;
        let mut best: Vec<(String, f32)> = Vec::new();
        for (goal, score) in self.examples.search(draft, &text, EXAMPLES_CONSIDERED)? {
            if !best.iter().any(|(g, _)| *g == goal) {
                best.push((goal, score));
            }
        }
        for (goal, score) in best {
            match ranked.iter_mut().find(|(g, _)| *g == goal) {
                Some(entry) => entry.1 += EXAMPLES_WEIGHT * score,
                None => ranked.push((goal, EXAMPLES_WEIGHT * score)),
            }
        }
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        ranked.truncate(limit);
        Ok(ranked)
    }
}

/// The clauses of a query, each (field, term) once and at most `MAX_TERMS` of them.
#[derive(Default)]
struct Terms {
    clauses: Vec<(Occur, Box<dyn Query>)>,
    seen: HashSet<(Field, String)>,
}

impl Terms {
    fn add(&mut self, field: Field, text: &str, weight: f32) {
        if self.clauses.len() < MAX_TERMS && self.seen.insert((field, text.to_owned())) {
            let term = TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::WithFreqs);
            self.clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(term), weight))));
        }
    }
}

/// The text with `CLASSROOM_WORDS` blanked out (case-insensitively, whole words only).
fn without_classroom_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !CLASSROOM_WORDS.contains(&word.to_lowercase().as_str()) {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// The `GRAM`-letter pieces of each analysed word long enough to be a compound's part.
fn word_pieces(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in tokens(analyzer, text) {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() > GRAM {
            out.extend(chars.windows(GRAM).map(|w| w.iter().collect::<String>()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goal(id: &str, text: &str, language: &str, levels: &[&str]) -> GoalEntry {
        GoalEntry {
            id: id.into(),
            text: text.into(),
            language: language.into(),
            levels: levels.iter().map(|l| l.to_string()).collect(),
            ..GoalEntry::default()
        }
    }

    fn ids(ranked: &[(String, f32)]) -> Vec<&str> {
        ranked.iter().map(|(id, _)| id.as_str()).collect()
    }

    #[test]
    fn ranks_the_goal_the_text_is_about() {
        let goals = [
            goal("breuken", "De leerlingen leren breuken vergelijken en ordenen.", "nl", &[]),
            goal("lezen", "De leerlingen leren informatie halen uit teksten.", "nl", &[]),
            goal("fractions", "Understand fractions as numbers on the number line.", "en", &[]),
        ];
        let suggester = GoalSuggester::build(&goals).unwrap();
        let draft = |text| Draft { text, ..Draft::default() };
        let ranked = suggester.suggest(&draft("Een les waarin kinderen breuken met pizzapunten vergelijken."), 5).unwrap();
        assert_eq!(ranked[0].0, "breuken", "{ranked:?}");
        assert!(ranked.iter().all(|(id, _)| id != "lezen"), "{ranked:?}");
        assert_eq!(suggester.suggest(&draft("fraction number line"), 5).unwrap()[0].0, "fractions");
        assert!(suggester.suggest(&draft(""), 5).unwrap().is_empty());
        assert!(suggester.suggest(&draft(&"woord ".repeat(100_000)), 5).is_ok());
    }

    #[test]
    fn classroom_words_do_not_decide() {
        assert_eq!(without_classroom_words("De Kinderen van groep 6 meten, de kinderachtige klas!"), "De  van  6 meten, de kinderachtige !");
        let goals = [goal("water", "Kinderen leren over dijken.", "nl", &[]), goal("meten", "De leerlingen leren meten met een meetlint.", "nl", &[])];
        let suggester = GoalSuggester::build(&goals).unwrap();
        let ranked = suggester.suggest(&Draft { text: "De kinderen meten het lokaal met een meetlint.", ..Draft::default() }, 5).unwrap();
        assert_eq!(ids(&ranked), ["meten"], "{ranked:?}");
    }

    #[test]
    fn the_level_narrows_and_goals_for_any_level_stay() {
        let goals = [
            goal("po", "Leerlingen leren breuken vergelijken.", "nl", &["po"]),
            goal("vo", "Leerlingen leren breuken en procenten vergelijken.", "nl", &["vo"]),
            goal("elk", "Breuken in het dagelijks leven.", "nl", &[]),
        ];
        let suggester = GoalSuggester::build(&goals).unwrap();
        let po = vec!["po".to_owned()];
        let ranked = suggester.suggest(&Draft { text: "breuken vergelijken", levels: &po, subjects: "" }, 5).unwrap();
        assert_eq!(ids(&ranked), ["po", "elk"], "{ranked:?}");
        let all = suggester.suggest(&Draft { text: "breuken vergelijken", ..Draft::default() }, 5).unwrap();
        assert_eq!(all.len(), 3);
    }

    #[test]
    fn context_examples_subjects_and_word_pieces_count() {
        let mut meten = goal("meten", "Leerlingen leren eenvoudige problemen oplossen.", "nl", &[]);
        meten.context = "Meten en meetkunde".into();
        let mut taal = goal("taal", "Leerlingen leren eenvoudige problemen oplossen.", "nl", &[]);
        taal.context = "Nederlands".into();
        taal.examples = vec![("nl".into(), "Pizzapunten verdelen".into())];
        let strategie = goal("strategie", "Leerlingen gebruiken strategieën bij het lezen.", "nl", &[]);
        let suggester = GoalSuggester::build(&[meten, taal, strategie]).unwrap();
        let draft = |text| Draft { text, ..Draft::default() };
        assert_eq!(suggester.suggest(&draft("meetkunde problemen"), 5).unwrap()[0].0, "meten", "the context counts");
        assert_eq!(suggester.suggest(&draft("problemen met pizzapunten"), 5).unwrap()[0].0, "taal", "aligned content counts");
        let subject = suggester.suggest(&Draft { text: "problemen oplossen", levels: &[], subjects: "Nederlands" }, 5).unwrap();
        assert_eq!(subject[0].0, "taal", "the subject counts: {subject:?}");
        assert_eq!(suggester.suggest(&draft("leesstrategieën"), 5).unwrap()[0].0, "strategie", "a compound's part is found");
    }
}
