//! Goal suggestions: an in-memory index of curriculum goal statements, queried with the words
//! of a draft, so a teacher is offered the goals their text is most about.

use std::collections::HashSet;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Schema, TantivyDocument, Term, Value, STORED};
use tantivy::{Index, IndexReader};

use crate::analyzers::{analyzer_name, field_language, register, PLAIN, STEMMED};
use crate::schema::analyzed;
use crate::IndexError;

/// A goal as the suggester needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalEntry {
    pub id: String,
    /// Code and statements: what the draft's words are matched against.
    pub text: String,
    /// BCP 47 tag of the statement.
    pub language: String,
}

pub struct GoalSuggester {
    index: Index,
    reader: IndexReader,
    id: Field,
    /// (language suffix, field), `other` last.
    fields: Vec<(&'static str, Field)>,
}

/// How much of a draft is read: its start says what it is about, and it bounds the work.
const MAX_TEXT_CHARS: usize = 4_000;
const MAX_TERMS: usize = 300;

impl GoalSuggester {
    pub fn build(goals: &[GoalEntry]) -> Result<GoalSuggester, IndexError> {
        let mut builder = Schema::builder();
        let id = builder.add_text_field("id", STORED);
        let mut fields = Vec::new();
        for (code, _) in STEMMED {
            fields.push((*code, builder.add_text_field(&format!("text_{code}"), analyzed(&analyzer_name(code)))));
        }
        fields.push(("other", builder.add_text_field("text_other", analyzed(PLAIN))));
        let index = Index::create_in_ram(builder.build());
        register(index.tokenizers());
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        for goal in goals {
            let suffix = field_language(&goal.language);
            let field = fields.iter().find(|(code, _)| *code == suffix).map_or(fields[fields.len() - 1].1, |(_, f)| *f);
            let mut doc = TantivyDocument::default();
            doc.add_text(id, &goal.id);
            doc.add_text(field, &goal.text);
            writer.add_document(doc)?;
        }
        writer.commit()?;
        let reader = index.reader()?;
        Ok(GoalSuggester { index, reader, id, fields })
    }

    /// Goal ids ranked by how well their statements match `text` (BM25 over the draft's words).
    pub fn suggest(&self, text: &str, limit: usize) -> Result<Vec<(String, f32)>, IndexError> {
        let text: String = text.chars().take(MAX_TEXT_CHARS).collect();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut seen = HashSet::new();
        for (_, field) in &self.fields {
            let mut analyzer = self.index.tokenizer_for_field(*field)?;
            let mut stream = analyzer.token_stream(&text);
            while stream.advance() {
                let token = stream.token().text.clone();
                if clauses.len() < MAX_TERMS && seen.insert((*field, token.clone())) {
                    clauses.push((Occur::Should, Box::new(TermQuery::new(Term::from_field_text(*field, &token), IndexRecordOption::WithFreqs))));
                }
            }
        }
        if clauses.is_empty() {
            return Ok(Vec::new());
        }
        let searcher = self.reader.searcher();
        let top = searcher.search(&BooleanQuery::new(clauses), &TopDocs::with_limit(limit.clamp(1, 50)).order_by_score())?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_the_goal_the_text_is_about() {
        let goals = [
            GoalEntry { id: "breuken".into(), text: "De leerlingen leren breuken vergelijken en ordenen.".into(), language: "nl".into() },
            GoalEntry { id: "lezen".into(), text: "De leerlingen leren informatie halen uit teksten.".into(), language: "nl".into() },
            GoalEntry { id: "fractions".into(), text: "Understand fractions as numbers on the number line.".into(), language: "en".into() },
        ];
        let suggester = GoalSuggester::build(&goals).unwrap();
        let ranked = suggester.suggest("Een les waarin kinderen breuken met pizzapunten vergelijken.", 5).unwrap();
        assert_eq!(ranked[0].0, "breuken", "{ranked:?}");
        assert!(ranked.iter().all(|(id, _)| id != "lezen"), "{ranked:?}");
        assert_eq!(suggester.suggest("fraction number line", 5).unwrap()[0].0, "fractions");
        assert!(suggester.suggest("", 5).unwrap().is_empty());
        assert!(suggester.suggest(&"woord ".repeat(100_000), 5).is_ok());
    }
}
