//! ActivityPub JSON into our objects: whatever a peer sends or serves, reading it never
//! panics, and what is accepted passes the same validation as local content.

use deelwijs_server::activitypub::objects::{parse_article, RemoteContent};
use deelwijs_server::activitypub::question::parse_answer;
use deelwijs_server::activitypub::review::parse_review;
use deelwijs_server::domain::case_study::CaseStudyFields;
use deelwijs_server::domain::material::MaterialFields;
use deelwijs_server::domain::question::QuestionFields;
use deelwijs_server::domain::Limits;
use deelwijs_server::federation::inbox::{check_json_shape, InboxActivity};
use deelwijs_server::http::json_has_nul;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

use crate::support::{fuzz, hostile_text, hostile_url};

/// Any JSON value, a few levels deep, with hostile strings.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        hostile_text().prop_map(Value::String),
        hostile_url().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((hostile_text(), inner), 0..6).prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// A value that is plausible for `key` most of the time, anything at other times.
fn value_for(key: &'static str) -> BoxedStrategy<Value> {
    let plausible: BoxedStrategy<Value> = match key {
        "type" => prop_oneof![Just("Article"), Just("Note"), Just("Page"), Just("Person"), Just("Create")].prop_map(|s| json!(s)).boxed(),
        "id" | "attributedTo" | "isBasedOn" | "url" => hostile_url().prop_map(Value::String).boxed(),
        "contentKind" => prop_oneof![Just("CaseStudy"), Just("HelpQuestion"), Just("material")].prop_map(|s| json!(s)).boxed(),
        "inReplyTo" => {
            prop_oneof![hostile_url(), Just(format!("{QUESTIONS}q1")), hostile_text().prop_map(|t| format!("{QUESTIONS}{t}"))].prop_map(Value::String).boxed()
        }
        "reviewRating" => (any_json(), any_json(), any_json())
            .prop_map(|(value, best, worst)| json!({"type": "Rating", "ratingValue": value, "bestRating": best, "worstRating": worst}))
            .boxed(),
        "replies" => prop::collection::vec(note(), 0..4).prop_map(|items| json!({"type": "Collection", "items": items})).boxed(),
        "inLanguage" => prop_oneof![Just("nl"), Just("en-GB"), Just("x-klingon"), Just("")].prop_map(|s| json!(s)).boxed(),
        "license" => prop_oneof![Just("https://creativecommons.org/licenses/by-sa/4.0/"), Just("CC0-1.0"), Just("nonsense")].prop_map(|s| json!(s)).boxed(),
        "educationalLevel" | "keywords" => prop::collection::vec(hostile_text(), 0..4).prop_map(|v| json!(v)).boxed(),
        "source" => (hostile_text(), prop_oneof![Just("text/markdown"), Just("text/html")]).prop_map(|(c, m)| json!({"content": c, "mediaType": m})).boxed(),
        "deelwijs" => record().boxed(),
        _ => hostile_text().prop_map(Value::String).boxed(),
    };
    prop_oneof![4 => plausible, 1 => any_json()].boxed()
}

/// Deelwijs' own full record, as our Articles carry it, with hostile values.
fn record() -> impl Strategy<Value = Value> {
    let fields = [
        "title",
        "summary",
        "body",
        "language",
        "license",
        "resource_type",
        "status",
        "context",
        "challenge",
        "approach",
        "results",
        "situation",
        "help_type",
        "languages",
        "country",
        "deadline",
        "state",
    ];
    prop::collection::vec((prop::sample::select(fields.to_vec()), prop_oneof![hostile_text().prop_map(Value::String), any_json()]), 0..12)
        .prop_map(|pairs| Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()))
}

/// An object shaped like an Article: a random subset of the keys we read, plus noise.
fn article() -> impl Strategy<Value = Value> {
    const KEYS: &[&str] = &[
        "type",
        "id",
        "attributedTo",
        "name",
        "summary",
        "content",
        "contentMap",
        "inLanguage",
        "educationalLevel",
        "license",
        "isBasedOn",
        "contentKind",
        "deelwijs",
        "source",
        "keywords",
        "learningResourceType",
        "url",
        "published",
        "to",
        "cc",
        "tag",
        "replies",
        "helpfulAnswer",
    ];
    let fields: Vec<BoxedStrategy<(String, Value)>> =
        KEYS.iter().map(|key| prop::option::weighted(0.7, value_for(key)).prop_map(move |v| (key.to_string(), v.unwrap_or(Value::Null))).boxed()).collect();
    (fields, prop::collection::vec((hostile_text(), any_json()), 0..3)).prop_map(|(known, noise)| {
        let mut map: Map<String, Value> = known.into_iter().filter(|(_, v)| !v.is_null()).collect();
        map.extend(noise);
        Value::Object(map)
    })
}

/// An activity carrying an article, an id, or anything.
fn activity() -> impl Strategy<Value = Value> {
    (
        prop_oneof![Just("Create"), Just("Update"), Just("Announce"), Just("Delete"), Just("Undo"), Just("Follow"), Just("Flag")],
        hostile_url(),
        hostile_url(),
        prop_oneof![article(), hostile_url().prop_map(Value::String), any_json()],
    )
        .prop_map(|(kind, id, actor, object)| json!({"type": kind, "id": id, "actor": actor, "object": object, "to": ["https://www.w3.org/ns/activitystreams#Public"]}))
}

#[test]
fn articles_parse_without_panicking() {
    fuzz("activitypub article", file!(), article(), |value| {
        if let Ok(object) = parse_article(&value) {
            // Accepted content goes through the same validation as ours; that must not panic either.
            match object.content {
                RemoteContent::Material(input) => drop(MaterialFields::parse(&input, &Limits::default())),
                RemoteContent::CaseStudy(input) => drop(CaseStudyFields::parse(&input, &Limits::default())),
                RemoteContent::Question(input, answers, _) => {
                    drop(QuestionFields::parse(&input));
                    // Listed answers are shown as they are: they must have passed the sanitiser.
                    for answer in answers {
                        assert!(!answer.html.contains("<script") && !answer.html.contains("<img"), "{}", answer.html);
                    }
                }
            }
        }
    });
}

/// Where our help questions live, in the fuzzed answers' `inReplyTo` and text.
const QUESTIONS: &str = "https://a.example/questions/";

/// A note as other software sends one: a reply, a review, a post linking a question.
fn note() -> BoxedStrategy<Value> {
    const KEYS: &[&str] = &["type", "id", "attributedTo", "inReplyTo", "content", "source", "reviewRating", "usedWithLevel", "tag", "authorName", "published"];
    let fields: Vec<BoxedStrategy<(String, Value)>> = KEYS
        .iter()
        .map(|key| {
            let value = match *key {
                "type" => Just(json!("Note")).boxed(),
                "content" => prop_oneof![hostile_text(), hostile_text().prop_map(|t| format!("{t} {QUESTIONS}{t}"))].prop_map(Value::String).boxed(),
                "tag" => prop::collection::vec(hostile_url().prop_map(|u| json!({"type": "Mention", "href": u})), 0..3).prop_map(Value::Array).boxed(),
                "usedWithLevel" | "authorName" | "published" => hostile_text().prop_map(Value::String).boxed(),
                "reviewRating" | "inReplyTo" | "source" => value_for(key),
                _ => value_for(key),
            };
            prop::option::weighted(0.8, value).prop_map(move |v| (key.to_string(), v.unwrap_or(Value::Null))).boxed()
        })
        .collect();
    fields.prop_map(|pairs| Value::Object(pairs.into_iter().filter(|(_, v)| !v.is_null()).collect())).boxed()
}

#[test]
fn notes_parse_without_panicking() {
    fuzz("activitypub note", file!(), note(), |value| {
        if let Ok(review) = parse_review(&value) {
            assert!((1..=5).contains(&review.rating), "{review:?}");
        }
        if let Some(Ok(answer)) = parse_answer(&value, QUESTIONS) {
            assert!(!answer.question_id.is_empty() && answer.question_id.chars().all(|c| c.is_ascii_alphanumeric()), "{answer:?}");
            assert!(!answer.html.contains("<script") && !answer.html.contains("<img"), "{}", answer.html);
        }
    });
}

#[test]
fn activities_parse_without_panicking() {
    fuzz("activitypub activity", file!(), activity(), |value| {
        let bytes = serde_json::to_vec(&value).unwrap();
        let _ = check_json_shape(&bytes, 32, 512 * 1024);
        let _ = json_has_nul(&bytes);
        let _ = serde_json::from_slice::<InboxActivity>(&bytes);
        if let Some(object) = value.get("object") {
            let _ = parse_article(object);
        }
    });
}

#[test]
fn the_nul_scan_agrees_with_the_json_parser() {
    fuzz("json nul scan", file!(), any_json(), |value| {
        let bytes = serde_json::to_vec(&value).unwrap();
        let has_nul = bytes_have_nul_text(&value);
        assert_eq!(json_has_nul(&bytes), has_nul, "{}", String::from_utf8_lossy(&bytes));
    });
}

/// Whether any string (or key) in the value holds a NUL.
fn bytes_have_nul_text(value: &Value) -> bool {
    match value {
        Value::String(s) => s.contains('\0'),
        Value::Array(items) => items.iter().any(bytes_have_nul_text),
        Value::Object(map) => map.iter().any(|(k, v)| k.contains('\0') || bytes_have_nul_text(v)),
        _ => false,
    }
}
