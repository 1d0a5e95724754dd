//! Collections (arrangementen) as ActivityStreams `OrderedCollection`s, their item changes as
//! `Add`/`Remove` with a `target`, and the way back from what another node sends.
//!
//! Items are embedded as small `Article` references (`id`, `name`), so a node that does not
//! hold an item can still show what it is and where it lives. Notes on items travel in the
//! `deelwijs` record, which other software may ignore.

use chrono::NaiveDateTime;
use serde_json::{json, Value};
use url::Url;

use super::context::{with_context, PUBLIC};
use super::objects::{alignments, first_url, has_nul, parse_alignments, text, timestamp, without_nul};
use super::Invalid;
use crate::domain::alignment::DescribedGoal;
use crate::domain::collection::{CollectionFields, CollectionInput, ItemInput, MAX_ITEMS};

pub const COLLECTION: &str = "Collection";

/// One item as a collection publishes it.
pub struct ItemDoc<'a> {
    pub url: &'a str,
    pub title: &'a str,
}

/// What is needed to publish one collection.
pub struct CollectionDoc<'a> {
    pub url: &'a str,
    pub fields: &'a CollectionFields,
    pub introduction_html: &'a str,
    pub goals: &'a [DescribedGoal],
    pub items: &'a [ItemDoc<'a>],
    pub author: &'a str,
    pub followers: &'a str,
    pub based_on: Option<&'a str>,
    pub published: NaiveDateTime,
    pub updated: NaiveDateTime,
}

/// An item as embedded in the collection and in `Add`/`Remove`.
pub fn item_reference(url: &str, title: &str) -> Value {
    let mut item = json!({ "type": "Article", "id": url, "url": url });
    if !title.is_empty() {
        item["name"] = Value::String(title.to_owned());
    }
    item
}

pub fn collection_object(doc: &CollectionDoc<'_>) -> Value {
    let f = doc.fields;
    let (educational, teaches, _) = alignments(&f.goals, doc.goals);
    let mut record = f.to_input();
    record.status = None;
    json!({
        "type": "OrderedCollection",
        "id": doc.url,
        "contentKind": COLLECTION,
        "attributedTo": doc.author,
        "to": [PUBLIC],
        "cc": [doc.followers],
        "name": f.title,
        "summary": doc.introduction_html,
        "mediaType": "text/html",
        "source": { "content": f.introduction_md, "mediaType": "text/markdown" },
        "url": doc.url,
        "published": timestamp(doc.published),
        "updated": timestamp(doc.updated),
        "totalItems": doc.items.len(),
        "orderedItems": doc.items.iter().map(|i| item_reference(i.url, i.title)).collect::<Vec<_>>(),
        "license": f.license.url(),
        "inLanguage": f.language.as_str(),
        "educationalLevel": f.education_levels.iter().map(|l| l.as_str()).collect::<Vec<_>>(),
        "educationalAlignment": educational,
        "teaches": teaches,
        "isBasedOn": doc.based_on,
        "deelwijs": record,
    })
}

/// `Add` or `Remove` of one item by the collection's author.
pub fn item_change(kind: &str, id: &str, actor: &str, followers: &str, item: Value, collection: &str, published: &str) -> Value {
    with_context(json!({
        "type": kind, "id": id, "actor": actor, "to": [PUBLIC], "cc": [followers], "published": published,
        "object": item, "target": { "type": "OrderedCollection", "id": collection }
    }))
}

/// A remote collection, checked and ready for the use cases.
#[derive(Debug, Clone)]
pub struct RemoteCollection {
    pub id: Url,
    pub attributed_to: Url,
    pub based_on: Option<Url>,
    /// Items by URL, with the note each has.
    pub input: CollectionInput,
    /// What each item is called, by URL, as the origin names it.
    pub titles: Vec<(String, String)>,
    pub goals: Vec<DescribedGoal>,
}

/// Whether a remote object is a collection of ours or another Deelwijs node's.
pub fn is_collection(value: &Value) -> bool {
    let kind = value.get("type").and_then(Value::as_str).unwrap_or_default();
    matches!(kind, "OrderedCollection" | "Collection") && value.get("contentKind").and_then(Value::as_str) == Some(COLLECTION)
}

/// An item as a URL and a name, from a string or an embedded object.
pub fn parse_item(value: &Value) -> Option<(String, String)> {
    let url = first_url(value)?;
    if !matches!(url.scheme(), "https" | "http") {
        return None;
    }
    let name = value.get("name").and_then(Value::as_str).unwrap_or_default();
    Some((url.to_string(), name.chars().take(300).collect()))
}

/// Reads an `OrderedCollection` that a Deelwijs node published.
pub fn parse_collection(value: &Value) -> Result<RemoteCollection, Invalid> {
    let cleaned;
    let value = if has_nul(value) {
        cleaned = without_nul(value);
        &cleaned
    } else {
        value
    };
    if !is_collection(value) {
        return Err(Invalid::new("the object is not a Deelwijs collection"));
    }
    let map = value.as_object().ok_or_else(|| Invalid::new("the object is not a JSON object"))?;
    let id = map.get("id").and_then(first_url).ok_or_else(|| Invalid::new("the collection has no id"))?;
    let attributed_to = map.get("attributedTo").and_then(first_url).ok_or_else(|| Invalid::new("the collection has no attributedTo"))?;
    let (goal_refs, goals) = parse_alignments(map.get("educationalAlignment"));
    let ordered: Vec<(String, String)> = match map.get("orderedItems").or_else(|| map.get("items")) {
        Some(Value::Array(items)) => items.iter().take(MAX_ITEMS).filter_map(parse_item).collect(),
        _ => Vec::new(),
    };
    let record: Option<CollectionInput> = map.get("deelwijs").filter(|r| r.is_object()).and_then(|r| serde_json::from_value(r.clone()).ok());
    let note_of = |url: &str| -> Option<String> {
        record.as_ref().and_then(|r| r.items.as_ref()).and_then(|items| items.iter().find(|i| i.material == url)).and_then(|i| i.note.clone())
    };
    let items: Vec<ItemInput> = ordered.iter().map(|(url, _)| ItemInput { material: url.clone(), note: note_of(url) }).collect();
    let mut input = record.clone().unwrap_or_default();
    input.title = text(map, "name").or(input.title);
    if input.introduction.is_none() {
        input.introduction = map.get("source").and_then(|s| s.get("content")).and_then(Value::as_str).map(str::to_owned);
    }
    if input.language.is_none() {
        input.language = text(map, "inLanguage");
    }
    if input.goals.is_none() {
        input.goals = Some(goal_refs);
    }
    input.items = Some(items);
    input.status = Some("published".to_owned());
    let based_on = map.get("isBasedOn").and_then(first_url);
    Ok(RemoteCollection { id, attributed_to, based_on, input, titles: ordered, goals })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Limits;

    #[test]
    fn a_collection_survives_the_trip() {
        let input = CollectionInput {
            title: Some("Breuken, een lessenserie".into()),
            introduction: Some("Vier lessen.".into()),
            items: Some(vec![
                ItemInput { material: "https://a.example/materials/1".into(), note: Some("Begin hier".into()) },
                ItemInput { material: "https://b.example/materials/2".into(), note: None },
            ]),
            status: Some("published".into()),
            ..CollectionInput::default()
        };
        let fields = CollectionFields::parse(&input, &Limits::default()).unwrap();
        let items = [ItemDoc { url: "https://a.example/materials/1", title: "Les 1" }, ItemDoc { url: "https://b.example/materials/2", title: "Les 2" }];
        let object = collection_object(&CollectionDoc {
            url: "https://a.example/collections/c",
            fields: &fields,
            introduction_html: "<p>Vier lessen.</p>",
            goals: &[],
            items: &items,
            author: "https://a.example/users/anna",
            followers: "https://a.example/users/anna/followers",
            based_on: None,
            published: chrono::NaiveDateTime::default(),
            updated: chrono::NaiveDateTime::default(),
        });
        assert_eq!(object["totalItems"], 2);
        let remote = parse_collection(&object).unwrap();
        assert_eq!(
            remote.titles,
            [("https://a.example/materials/1".to_owned(), "Les 1".to_owned()), ("https://b.example/materials/2".to_owned(), "Les 2".to_owned())]
        );
        assert_eq!(CollectionFields::parse(&remote.input, &Limits::default()).unwrap().items, fields.items);
    }

    #[test]
    fn other_collections_are_not_ours() {
        let followers = json!({ "type": "OrderedCollection", "id": "https://m.example/users/a/followers", "totalItems": 3 });
        assert!(parse_collection(&followers).is_err(), "a followers collection is not a Deelwijs collection");
        let odd = json!({ "type": "OrderedCollection", "contentKind": "Collection", "id": "https://m.example/c", "attributedTo": "https://m.example/u",
                          "name": "x", "orderedItems": ["javascript:alert(1)", {"id": "https://m.example/m/1", "name": "ok"}, 42] });
        let remote = parse_collection(&odd).unwrap();
        assert_eq!(remote.titles, [("https://m.example/m/1".to_owned(), "ok".to_owned())], "only web URLs are items");
    }
}
