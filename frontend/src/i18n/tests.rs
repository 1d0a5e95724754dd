//! The catalogs are complete and well-formed: every language has every message, every message
//! the code names exists, and the files parse without errors.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::catalog::SOURCES;
use super::Lang;

fn ids(source: &str) -> Vec<String> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("parse errors: {errors:?}"),
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_language_file_parses_and_has_no_duplicate_ids() {
    for (code, source) in SOURCES {
        let all = ids(source);
        let unique: BTreeSet<&String> = all.iter().collect();
        assert_eq!(all.len(), unique.len(), "{code}.ftl has duplicate ids");
        assert!(all.len() > 500, "{code}.ftl has only {} messages", all.len());
    }
}

#[test]
fn every_language_has_every_message() {
    let dutch: BTreeSet<String> = ids(SOURCES[0].1).into_iter().collect();
    for (code, source) in &SOURCES[1..] {
        let other: BTreeSet<String> = ids(source).into_iter().collect();
        let missing: Vec<&String> = dutch.difference(&other).collect();
        let extra: Vec<&String> = other.difference(&dutch).collect();
        assert!(missing.is_empty(), "{code}.ftl lacks {} messages: {missing:?}", missing.len());
        assert!(extra.is_empty(), "{code}.ftl has {} messages Dutch lacks: {extra:?}", extra.len());
    }
}

/// The variables each message uses, by id.
fn variables(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn in_pattern(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                in_expression(expression, found);
            }
        }
    }
    fn in_expression(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            Expression::Inline(inline) => in_inline(inline, found),
            Expression::Select { selector, variants } => {
                in_inline(selector, found);
                variants.iter().for_each(|variant| in_pattern(&variant.value, found));
            }
        }
    }
    fn in_inline(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                found.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => in_expression(expression, found),
            _ => {}
        }
    }
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut found = BTreeSet::new();
                if let Some(value) = &message.value {
                    in_pattern(value, &mut found);
                }
                Some((message.id.name.to_owned(), found))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn every_message_uses_the_same_variables_in_every_language() {
    let dutch = variables(SOURCES[0].1);
    assert!(dutch.values().any(|v| !v.is_empty()), "no message with variables found: is the walker blind?");
    for (code, source) in &SOURCES[1..] {
        for (id, theirs) in variables(source) {
            assert_eq!(Some(&theirs), dutch.get(&id), "{id} in {code}.ftl uses other variables than in nl.ftl");
        }
    }
}

/// Message ids named in code: the string literal in `.t("…")` and `.tf("…", …)` (this file's
/// own examples aside).
fn ids_in_code(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids_in_code(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/tests.rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for call in [".t(\"", ".tf(\""] {
                for piece in text.split(call).skip(1) {
                    let id: String = piece.chars().take_while(|c| *c != '"').collect();
                    found.insert(id);
                }
            }
        }
    }
}

#[test]
fn every_message_the_code_names_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut named = BTreeSet::new();
    ids_in_code(&root.join("src"), &mut named);
    ids_in_code(&root.join("../server/src"), &mut named);
    assert!(named.len() > 500, "found only {} ids in code", named.len());
    let known: BTreeSet<String> = ids(SOURCES[0].1).into_iter().collect();
    let unknown: Vec<&String> = named.iter().filter(|id| !known.contains(*id)).collect();
    assert!(unknown.is_empty(), "ids named in code but in no catalog: {unknown:?}");
}

#[test]
fn texts_come_in_the_asked_language() {
    assert_eq!(Lang::Nl.t("sign-in"), "Inloggen");
    assert_eq!(Lang::En.t("sign-in"), "Sign in");
    assert_eq!(Lang::De.t("sign-in"), "Anmelden");
    assert_eq!(Lang::Fr.t("sign-in"), "Se connecter");
    assert_eq!(Lang::Fr.t("no-such-message"), "no-such-message");
    assert_eq!(Lang::De.term("subject", "rekenen-wiskunde"), "Mathematik");
    assert_eq!(Lang::Nl.term("subject", "not-a-term"), "not-a-term");
}

#[test]
fn variables_and_dates() {
    let date = super::chrono_like::Date { year: 2026, month: 12, day: 7 };
    assert_eq!(Lang::Nl.date(date), "7 december 2026");
    assert_eq!(Lang::En.date(date), "7 December 2026");
    assert_eq!(Lang::De.date(date), "7. Dezember 2026");
    assert_eq!(Lang::Fr.date(date), "7 décembre 2026");
    let greeting = Lang::De.tf("mail-greeting", &[("name", "Anna".into())]);
    assert!(greeting.contains("Anna") && !greeting.contains('\u{2068}'), "{greeting}");
}

#[test]
fn negotiation() {
    assert_eq!(Lang::negotiate(None, None), Lang::Nl);
    assert_eq!(Lang::negotiate(None, Some("en-GB,en;q=0.9,nl;q=0.8")), Lang::En);
    assert_eq!(Lang::negotiate(None, Some("de-DE,de;q=0.9,nl;q=0.5,en;q=0.4")), Lang::De);
    assert_eq!(Lang::negotiate(None, Some("fr-BE;q=0.7,es;q=0.9")), Lang::Fr);
    assert_eq!(Lang::negotiate(None, Some("es,pt;q=0.8")), Lang::Nl);
    assert_eq!(Lang::negotiate(None, Some("de;q=0,en;q=0.1")), Lang::En);
    assert_eq!(Lang::negotiate(Some("en"), Some("nl")), Lang::En);
    assert_eq!(Lang::negotiate(Some("xx"), Some("fr")), Lang::Fr);
}
