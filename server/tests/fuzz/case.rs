//! IMS CASE packages (`domain::curriculum::parse_package`): any package, well-formed or not,
//! is either read into a consistent framework or refused with a list of problems.

use std::collections::HashSet;

use deelwijs_server::domain::curriculum::parse_package;
use proptest::prelude::*;
use serde_json::{json, Value};

use crate::support::{fuzz, hostile_text, hostile_url};

/// One of a small set of identifiers, so references hit, miss and repeat.
fn identifier() -> impl Strategy<Value = String> {
    prop_oneof![8 => (0u8..12).prop_map(|n| format!("id-{n}")), 1 => Just("doc".to_owned()), 1 => hostile_text()]
}

/// A field that is usually right, sometimes missing or of the wrong type.
fn sometimes_wrong(right: BoxedStrategy<Value>) -> BoxedStrategy<Option<Value>> {
    prop_oneof![
        8 => right.prop_map(Some),
        1 => Just(None),
        1 => prop_oneof![Just(json!(42)), Just(json!(null)), Just(json!([])), Just(json!({})), hostile_text().prop_map(Value::String)].prop_map(Some),
    ]
    .boxed()
}

fn text() -> BoxedStrategy<Value> {
    hostile_text().prop_map(Value::String).boxed()
}

fn object(fields: Vec<(&'static str, Option<Value>)>) -> Value {
    Value::Object(fields.into_iter().filter_map(|(k, v)| v.map(|v| (k.to_owned(), v))).collect())
}

fn item() -> impl Strategy<Value = Value> {
    (
        sometimes_wrong(identifier().prop_map(Value::String).boxed()),
        sometimes_wrong(prop_oneof![identifier().prop_map(|i| format!("https://example.org/{i}")), hostile_url()].prop_map(Value::String).boxed()),
        sometimes_wrong(text()),
        sometimes_wrong(Just(json!("2025-01-01T00:00:00+00:00")).boxed()),
        sometimes_wrong(prop_oneof![Just(json!(["PO", "VO"])), Just(json!("po")), Just(json!([1, null]))].boxed()),
        sometimes_wrong(text()),
        sometimes_wrong(text()),
    )
        .prop_map(|(identifier, uri, statement, changed, levels, code, kind)| {
            object(vec![
                ("identifier", identifier),
                ("uri", uri),
                ("fullStatement", statement),
                ("lastChangeDateTime", changed),
                ("educationLevel", levels),
                ("humanCodingScheme", code),
                ("CFItemType", kind),
            ])
        })
}

fn node_reference() -> BoxedStrategy<Value> {
    prop_oneof![
        identifier().prop_map(|i| json!({"identifier": i, "uri": format!("https://example.org/{i}")})),
        identifier().prop_map(|i| json!({"uri": format!("https://example.org/{i}")})),
        identifier().prop_map(|i| json!(format!("https://example.org/{i}"))),
        hostile_url().prop_map(|u| json!({"uri": u})),
    ]
    .boxed()
}

fn association() -> impl Strategy<Value = Value> {
    (
        sometimes_wrong(identifier().prop_map(Value::String).boxed()),
        sometimes_wrong(hostile_url().prop_map(Value::String).boxed()),
        sometimes_wrong(
            prop_oneof![Just("isChildOf"), Just("replacedBy"), Just("exactMatchOf"), Just("isPartOf"), Just("nonsense")].prop_map(|s| json!(s)).boxed(),
        ),
        sometimes_wrong(node_reference()),
        sometimes_wrong(node_reference()),
        sometimes_wrong(Just(json!("2025-01-01T00:00:00+00:00")).boxed()),
        sometimes_wrong(prop_oneof![Just(json!(1)), Just(json!(-5)), Just(json!(1e300))].boxed()),
    )
        .prop_map(|(identifier, uri, kind, origin, destination, changed, sequence)| {
            object(vec![
                ("identifier", identifier),
                ("uri", uri),
                ("associationType", kind),
                ("originNodeURI", origin),
                ("destinationNodeURI", destination),
                ("lastChangeDateTime", changed),
                ("sequenceNumber", sequence),
            ])
        })
}

fn package() -> impl Strategy<Value = Value> {
    let document = (sometimes_wrong(text()), sometimes_wrong(Just(json!("2025-01-01T00:00:00+00:00")).boxed())).prop_map(|(title, changed)| {
        object(vec![
            ("identifier", Some(json!("doc"))),
            ("uri", Some(json!("https://example.org/doc"))),
            ("creator", Some(json!("SLO"))),
            ("title", title),
            ("lastChangeDateTime", changed),
        ])
    });
    (
        sometimes_wrong(document.boxed()),
        sometimes_wrong(prop::collection::vec(item(), 0..16).prop_map(Value::Array).boxed()),
        sometimes_wrong(prop::collection::vec(association(), 0..24).prop_map(Value::Array).boxed()),
    )
        .prop_map(|(document, items, associations)| object(vec![("CFDocument", document), ("CFItems", items), ("CFAssociations", associations)]))
}

#[test]
fn case_packages_are_read_or_refused_with_reasons() {
    fuzz("case package", file!(), package(), |value| match parse_package(&value) {
        Ok(package) => {
            // Identifiers are unique, and every parent link joins two nodes of this framework.
            let mut seen = HashSet::new();
            assert!(package.items.iter().all(|i| seen.insert(i.identifier.clone())), "{value}");
            let known: HashSet<&str> = package.items.iter().map(|i| i.identifier.as_str()).chain([package.document.identifier.as_str()]).collect();
            for (child, parent, _) in &package.child_of {
                assert!(known.contains(child.as_str()) && known.contains(parent.as_str()), "{child} → {parent} in {value}");
            }
        }
        Err(error) => assert!(!error.problems.is_empty(), "a refusal says why: {value}"),
    });
}
