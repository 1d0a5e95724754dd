//! Materials and case studies as ActivityStreams `Article`s with schema.org learning metadata,
//! and the way back: a remote `Article` into the same inputs a local form produces.
//!
//! Deelwijs nodes also carry the full input record under `deelwijs` (a JSON literal in our
//! context), so nothing is lost between nodes; other software reads the standard terms.

use chrono::NaiveDateTime;
use serde_json::{json, Map, Value};
use url::Url;

use super::context::PUBLIC;
use super::error::{FedError, FedResult};
use crate::domain::case_study::{CaseStudyFields, CaseStudyInput};
use crate::domain::license::License;
use crate::domain::material::{MaterialFields, MaterialInput};
use crate::store::models::AttachmentRow;

pub const MATERIAL: &str = "Material";
pub const CASE_STUDY: &str = "CaseStudy";

/// What is needed to publish one material.
pub struct MaterialDoc<'a> {
    pub url: &'a str,
    pub fields: &'a MaterialFields,
    pub body_html: &'a str,
    pub author: &'a str,
    pub followers: &'a str,
    pub attachments: &'a [AttachmentRow],
    pub based_on: Option<&'a str>,
    pub published: NaiveDateTime,
    pub updated: NaiveDateTime,
    pub search_url: &'a str,
}

/// What is needed to publish one case study.
pub struct CaseStudyDoc<'a> {
    pub url: &'a str,
    pub fields: &'a CaseStudyFields,
    pub content_html: &'a str,
    pub author: &'a str,
    pub followers: &'a str,
    pub published: NaiveDateTime,
    pub updated: NaiveDateTime,
    pub search_url: &'a str,
}

fn timestamp(at: NaiveDateTime) -> String {
    at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn hashtags(keywords: &[String], search_url: &str) -> Vec<Value> {
    keywords
        .iter()
        .map(|k| {
            let mut href = Url::parse(search_url).ok();
            if let Some(u) = href.as_mut() {
                u.query_pairs_mut().append_pair("q", k);
            }
            json!({ "type": "Hashtag", "name": format!("#{}", k.replace(' ', "")), "href": href.map(String::from) })
        })
        .collect()
}

fn alignments(goals: &[crate::domain::alignment::Alignment]) -> (Vec<Value>, Vec<Value>, Vec<Value>) {
    let educational: Vec<Value> =
        goals.iter().map(|g| json!({ "type": "AlignmentObject", "alignmentType": g.alignment_type.as_str(), "targetUrl": g.uri })).collect();
    let by_type = |t: &str| goals.iter().filter(|g| g.alignment_type.as_str() == t).map(|g| Value::String(g.uri.clone())).collect::<Vec<_>>();
    (educational, by_type("teaches"), by_type("assesses"))
}

pub fn material_article(doc: &MaterialDoc<'_>) -> Value {
    let f = doc.fields;
    let (educational, teaches, assesses) = alignments(&f.goals);
    let attachments: Vec<Value> = doc
        .attachments
        .iter()
        .map(|a| json!({ "type": "Document", "name": a.file_name, "mediaType": a.content_type, "url": format!("{}/files/{}", doc.url, a.id) }))
        .collect();
    let mut record = f.to_input();
    record.status = None;
    json!({
        "type": "Article",
        "id": doc.url,
        "contentKind": MATERIAL,
        "attributedTo": doc.author,
        "to": [PUBLIC],
        "cc": [doc.followers],
        "name": f.title,
        "summary": f.summary,
        "content": doc.body_html,
        "mediaType": "text/html",
        "source": { "content": f.body_md, "mediaType": "text/markdown" },
        "url": doc.url,
        "published": timestamp(doc.published),
        "updated": timestamp(doc.updated),
        "attachment": attachments,
        "tag": hashtags(&f.keywords, doc.search_url),
        "license": f.license.url(),
        "inLanguage": f.language.as_str(),
        "educationalLevel": f.education_levels.iter().map(|l| l.as_str()).collect::<Vec<_>>(),
        "learningResourceType": f.resource_type.as_str(),
        "keywords": f.keywords,
        "educationalAlignment": educational,
        "teaches": teaches,
        "assesses": assesses,
        "isBasedOn": doc.based_on,
        "deelwijs": record,
    })
}

pub fn case_study_article(doc: &CaseStudyDoc<'_>) -> Value {
    let f = doc.fields;
    let (educational, teaches, assesses) = alignments(&f.goals);
    let mut record = f.to_input();
    // A contact may be an e-mail address: it never leaves the node.
    record.contact = None;
    record.status = None;
    json!({
        "type": "Article",
        "id": doc.url,
        "contentKind": CASE_STUDY,
        "attributedTo": doc.author,
        "to": [PUBLIC],
        "cc": [doc.followers],
        "name": f.title,
        "summary": f.summary,
        "content": doc.content_html,
        "mediaType": "text/html",
        "url": doc.url,
        "published": timestamp(doc.published),
        "updated": timestamp(doc.updated),
        "tag": hashtags(&[], doc.search_url),
        "license": f.license.url(),
        "inLanguage": f.language.as_str(),
        "educationalAlignment": educational,
        "teaches": teaches,
        "assesses": assesses,
        "deelwijs": record,
    })
}

pub fn tombstone(id: &str, kind: &str, deleted: NaiveDateTime) -> Value {
    json!({ "type": "Tombstone", "id": id, "formerType": "Article", "contentKind": kind, "deleted": timestamp(deleted) })
}

/// A remote material or case study, checked and ready for the use cases.
#[derive(Debug, Clone)]
pub struct RemoteObject {
    pub id: Url,
    pub attributed_to: Url,
    pub based_on: Option<Url>,
    pub content: RemoteContent,
    /// Set once the remixer's own server confirmed that `based_on` is ours
    /// (`inbox::remix_is_genuine`); only then is it listed among our material's remixes.
    pub remix_confirmed: bool,
}

#[derive(Debug, Clone)]
pub enum RemoteContent {
    Material(Box<MaterialInput>),
    CaseStudy(Box<CaseStudyInput>),
}

/// The first URL in a value that may be a string, an object with an `id`, or a list of those.
pub fn first_url(value: &Value) -> Option<Url> {
    match value {
        Value::String(s) => Url::parse(s).ok(),
        Value::Object(map) => map.get("id").and_then(first_url),
        Value::Array(items) => items.iter().find_map(first_url),
        _ => None,
    }
}

fn text(map: &Map<String, Value>, key: &str) -> Option<String> {
    map.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Whether any string (or key) in the value holds a NUL.
fn has_nul(value: &Value) -> bool {
    match value {
        Value::String(s) => s.contains('\0'),
        Value::Array(items) => items.iter().any(has_nul),
        Value::Object(map) => map.iter().any(|(k, v)| k.contains('\0') || has_nul(v)),
        _ => false,
    }
}

/// A copy without NUL characters in any string: inbound requests with NUL are refused at the
/// edge, but fetched documents are read here, and PostgreSQL cannot store NUL.
fn without_nul(value: &Value) -> Value {
    match value {
        Value::String(s) if s.contains('\0') => Value::String(s.replace('\0', "")),
        Value::Array(items) => Value::Array(items.iter().map(without_nul).collect()),
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.replace('\0', ""), without_nul(v))).collect()),
        other => other.clone(),
    }
}

/// Reads an `Article` (ours, or another server's) into a remote object.
pub fn parse_article(value: &Value) -> FedResult<RemoteObject> {
    let cleaned;
    let value = if has_nul(value) {
        cleaned = without_nul(value);
        &cleaned
    } else {
        value
    };
    let map = value.as_object().ok_or_else(|| FedError::invalid("the object is not a JSON object"))?;
    let kind = text(map, "type").unwrap_or_default();
    if kind != "Article" && kind != "Page" && kind != "Note" {
        return Err(FedError::invalid(format!("objects of type {kind:?} are not learning materials or case studies")));
    }
    let id = map.get("id").and_then(first_url).ok_or_else(|| FedError::invalid("the object has no id"))?;
    let attributed_to = map.get("attributedTo").and_then(first_url).ok_or_else(|| FedError::invalid("the object has no attributedTo"))?;
    let based_on = map.get("isBasedOn").and_then(first_url);
    let is_case_study = text(map, "contentKind").as_deref() == Some(CASE_STUDY);
    let record = map.get("deelwijs").filter(|r| r.is_object());
    let content = if is_case_study {
        let record = record.ok_or_else(|| FedError::invalid("a case study needs its deelwijs record"))?;
        let mut input: CaseStudyInput = serde_json::from_value(record.clone()).map_err(|e| FedError::invalid(format!("bad case study record: {e}")))?;
        input.status = Some("published".to_owned());
        input.contact = None;
        RemoteContent::CaseStudy(Box::new(input))
    } else {
        let mut input = match record {
            Some(record) => serde_json::from_value::<MaterialInput>(record.clone()).map_err(|e| FedError::invalid(format!("bad material record: {e}")))?,
            None => standard_terms(map),
        };
        input.status = Some("published".to_owned());
        RemoteContent::Material(Box::new(input))
    };
    Ok(RemoteObject { id, attributed_to, based_on, content, remix_confirmed: false })
}

/// Maps the standard terms of an article from other software onto a material.
fn standard_terms(map: &Map<String, Value>) -> MaterialInput {
    let body = match map.get("source") {
        Some(Value::Object(source)) if text(source, "mediaType").as_deref() == Some("text/markdown") => text(source, "content"),
        // HTML is kept as it is: the Markdown renderer passes it through ammonia.
        _ => text(map, "content"),
    };
    let strings = |key: &str| -> Vec<String> {
        match map.get(key) {
            Some(Value::String(s)) => vec![s.clone()],
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).map(str::to_owned).collect(),
            _ => Vec::new(),
        }
    };
    let license = text(map, "license").and_then(|url| License::from_url(&url)).map(|l| l.spdx().to_owned());
    MaterialInput {
        title: text(map, "name"),
        summary: text(map, "summary"),
        body,
        language: text(map, "inLanguage"),
        license,
        education_levels: Some(strings("educationalLevel")),
        resource_type: text(map, "learningResourceType"),
        keywords: Some(strings("keywords")),
        ..MaterialInput::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_url_reads_strings_objects_and_lists() {
        assert_eq!(first_url(&json!("https://a.example/x")).map(String::from).as_deref(), Some("https://a.example/x"));
        assert_eq!(first_url(&json!({"id": "https://a.example/y"})).map(String::from).as_deref(), Some("https://a.example/y"));
        assert_eq!(first_url(&json!(["nope", {"id": "https://a.example/z"}])).map(String::from).as_deref(), Some("https://a.example/z"));
        assert!(first_url(&json!(3)).is_none());
    }

    #[test]
    fn case_study_records_never_carry_a_contact() {
        let value = json!({
            "type": "Article", "id": "https://a.example/case-studies/1", "attributedTo": "https://a.example/users/x",
            "contentKind": "CaseStudy",
            "deelwijs": { "title": "T", "contact": "someone@school.example" }
        });
        let parsed = parse_article(&value).unwrap();
        let RemoteContent::CaseStudy(input) = parsed.content else { panic!("not a case study") };
        assert_eq!(input.contact, None);
    }

    #[test]
    fn other_software_articles_map_onto_materials() {
        let value = json!({
            "type": "Article", "id": "https://b.example/p/1", "attributedTo": ["https://b.example/u/y"],
            "name": "Breuken", "summary": "Kort", "content": "<p>Hallo</p>",
            "license": "https://creativecommons.org/licenses/by/4.0/", "inLanguage": "nl", "educationalLevel": "po"
        });
        let parsed = parse_article(&value).unwrap();
        let RemoteContent::Material(input) = parsed.content else { panic!("not a material") };
        assert_eq!(input.title.as_deref(), Some("Breuken"));
        assert_eq!(input.license.as_deref(), Some("CC-BY-4.0"));
        assert_eq!(input.education_levels, Some(vec!["po".to_owned()]));
    }
}
