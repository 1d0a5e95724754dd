//! Materials and case studies as ActivityStreams `Article`s with schema.org learning metadata,
//! and the way back: a remote `Article` into the same inputs a local form produces.
//!
//! Deelwijs nodes also carry the full input record under `deelwijs` (a JSON literal in our
//! context), so nothing is lost between nodes; other software reads the standard terms.

use chrono::NaiveDateTime;
use serde_json::{json, Map, Value};
use url::Url;

use super::context::PUBLIC;
use super::question::ListedAnswer;
use super::Invalid;
use crate::domain::alignment::{DescribedGoal, GoalRef};
use crate::domain::case_study::{CaseStudyFields, CaseStudyInput};
use crate::domain::license::License;
use crate::domain::material::{MaterialFields, MaterialInput};
use crate::domain::question::QuestionInput;
use crate::domain::review::ReviewSummary;
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
    /// What we know of each aligned goal (ours or described to us), so that a node without
    /// the goal's framework can still show and filter on it.
    pub goals: &'a [DescribedGoal],
    pub based_on: Option<&'a str>,
    /// The original this material translates (schema.org `translationOfWork`).
    pub translation_of: Option<&'a str>,
    /// Its teachers' reviews summed up (schema.org `aggregateRating`), from every node.
    pub reviews: ReviewSummary,
    pub published: NaiveDateTime,
    pub updated: NaiveDateTime,
    pub search_url: &'a str,
}

/// What is needed to publish one case study.
pub struct CaseStudyDoc<'a> {
    pub url: &'a str,
    pub fields: &'a CaseStudyFields,
    pub content_html: &'a str,
    pub goals: &'a [DescribedGoal],
    pub author: &'a str,
    pub followers: &'a str,
    pub published: NaiveDateTime,
    pub updated: NaiveDateTime,
    pub search_url: &'a str,
}

pub fn timestamp(at: NaiveDateTime) -> String {
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

/// LRMI `AlignmentObject`s that describe each goal completely, plus the goal URIs per
/// alignment type (`teaches`, `assesses`).
pub(super) fn alignments(goals: &[crate::domain::alignment::Alignment], described: &[DescribedGoal]) -> (Vec<Value>, Vec<Value>, Vec<Value>) {
    let educational: Vec<Value> = goals
        .iter()
        .map(|g| {
            let mut object = json!({ "type": "AlignmentObject", "alignmentType": g.alignment_type.as_str(), "targetUrl": g.uri });
            if let (Some(d), Value::Object(map)) = (described.iter().find(|d| d.uri == g.uri), &mut object) {
                let name = [d.code.as_str(), d.name.as_str()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
                let terms = [
                    ("targetName", name),
                    ("targetDescription", d.description.clone()),
                    ("codeValue", d.code.clone()),
                    ("educationalFramework", d.framework.clone()),
                    ("educationalFrameworkUrl", d.framework_uri.clone()),
                ];
                for (key, value) in terms.into_iter().filter(|(_, v)| !v.is_empty()) {
                    map.insert(key.to_owned(), Value::String(value));
                }
            }
            object
        })
        .collect();
    let by_type = |t: &str| goals.iter().filter(|g| g.alignment_type.as_str() == t).map(|g| Value::String(g.uri.clone())).collect::<Vec<_>>();
    (educational, by_type("teaches"), by_type("assesses"))
}

/// A goal on its own (what a goal page of ours answers to JSON clients): a schema.org
/// `DefinedTerm` in its framework's `DefinedTermSet`, with the same code, statements and
/// framework as the `AlignmentObject`s that point at it.
pub fn goal_document(goal: &DescribedGoal, page_url: &str) -> Value {
    json!({
        "@context": "https://schema.org/",
        "@type": "DefinedTerm",
        "@id": goal.uri,
        "url": page_url,
        "termCode": goal.code,
        "name": goal.name,
        "description": goal.description,
        "inDefinedTermSet": { "@type": "DefinedTermSet", "name": goal.framework, "@id": (!goal.framework_uri.is_empty()).then_some(&goal.framework_uri) },
    })
}

/// Reads `educationalAlignment` (one object or a list) into goal descriptions and references.
/// Alignments of other kinds (LRMI's `educationalLevel`, `readingLevel`, …) are not goals.
pub fn parse_alignments(value: Option<&Value>) -> (Vec<GoalRef>, Vec<DescribedGoal>) {
    let items: Vec<&Value> = match value {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(item @ Value::Object(_)) => vec![item],
        _ => Vec::new(),
    };
    let (mut refs, mut described) = (Vec::new(), Vec::new());
    for item in items.into_iter().take(crate::domain::alignment::MAX_GOALS) {
        let Some(map) = item.as_object() else { continue };
        let alignment_type = text(map, "alignmentType").unwrap_or_else(|| "teaches".to_owned());
        if crate::domain::vocab::AlignmentType::parse(&alignment_type).is_none() {
            continue;
        }
        // Goal URIs are identities compared as strings: kept exactly as sent, not normalised.
        let Some(uri) = map.get("targetUrl").and_then(raw_url) else { continue };
        let code = text(map, "codeValue").unwrap_or_default();
        let target_name = text(map, "targetName").unwrap_or_default();
        // Our own `targetName` is "code statement": the statement alone is what follows the code.
        let name = target_name.strip_prefix(code.as_str()).filter(|_| !code.is_empty()).map_or(target_name.clone(), |rest| rest.trim().to_owned());
        let goal = DescribedGoal {
            uri,
            code,
            name,
            description: text(map, "targetDescription").unwrap_or_default(),
            framework: text(map, "educationalFramework").unwrap_or_default(),
            framework_uri: map.get("educationalFrameworkUrl").and_then(raw_url).unwrap_or_default(),
        };
        if let Some(goal) = goal.cleaned() {
            if !refs.iter().any(|r: &GoalRef| r.uri == goal.uri) {
                refs.push(GoalRef { uri: goal.uri.clone(), alignment_type: Some(alignment_type) });
                described.push(goal);
            }
        }
    }
    (refs, described)
}

pub fn material_article(doc: &MaterialDoc<'_>) -> Value {
    let f = doc.fields;
    let (educational, teaches, assesses) = alignments(&f.goals, doc.goals);
    let attachments: Vec<Value> = doc
        .attachments
        .iter()
        .map(|a| json!({ "type": "Document", "name": a.file_name, "mediaType": a.content_type, "url": format!("{}/files/{}", doc.url, a.id) }))
        .collect();
    let mut record = f.to_input();
    record.status = None;
    record.translation_of = doc.translation_of.map(str::to_owned);
    if record.adaptation_notes.as_deref() == Some("") {
        // Left out when empty: the record keeps the shape older nodes read.
        record.adaptation_notes = None;
    }
    let mut article = json!({
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
    });
    if let (Some(original), Value::Object(map)) = (doc.translation_of, &mut article) {
        map.insert("translationOfWork".to_owned(), json!(original));
    }
    if let (Some(average), Value::Object(map)) = (doc.reviews.average, &mut article) {
        map.insert(
            "aggregateRating".to_owned(),
            json!({ "type": "AggregateRating", "ratingValue": average, "ratingCount": doc.reviews.count, "bestRating": 5, "worstRating": 1,
                    "usedInClassCount": doc.reviews.used_in_class }),
        );
    }
    article
}

/// What an Article's `aggregateRating` says (ratings out of 5 only).
fn parse_aggregate(value: Option<&Value>) -> Option<ReviewSummary> {
    let rating = value?;
    let number = |name: &str| rating.get(name).and_then(|v| v.as_f64().or_else(|| v.as_str().and_then(|s| s.trim().parse().ok())));
    if number("bestRating").is_some_and(|best| (best - 5.0).abs() > f64::EPSILON) {
        return None;
    }
    let average = number("ratingValue").filter(|v| (1.0..=5.0).contains(v))?;
    // Counts are whole and not negative; anything else is not believed.
    let count = number("ratingCount").filter(|c| c.fract() == 0.0 && (1.0..1e12).contains(c))?;
    let used = number("usedInClassCount").filter(|c| c.fract() == 0.0 && (0.0..=count).contains(c)).unwrap_or(0.0);
    #[allow(clippy::cast_possible_truncation)] // checked above: whole numbers below 10^12
    Some(ReviewSummary { average: Some((average * 10.0).round() / 10.0), count: count as i64, used_in_class: used as i64 })
}

pub fn case_study_article(doc: &CaseStudyDoc<'_>) -> Value {
    let f = doc.fields;
    let (educational, teaches, assesses) = alignments(&f.goals, doc.goals);
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
    /// The original it says it translates (`translationOfWork`).
    pub translation_of: Option<Url>,
    /// What its origin says of all its reviews (`aggregateRating`).
    pub reviews: Option<ReviewSummary>,
    pub content: RemoteContent,
    /// How the origin describes each aligned goal: kept as a foreign goal here when this node
    /// does not have the goal's framework.
    pub goals: Vec<DescribedGoal>,
    /// Set once the remixer's own server confirmed that `based_on` is ours
    /// (`inbox::remix_is_genuine`); only then is it listed among our material's remixes.
    pub remix_confirmed: bool,
}

#[derive(Debug, Clone)]
pub enum RemoteContent {
    Material(Box<MaterialInput>),
    CaseStudy(Box<CaseStudyInput>),
    /// A help question, with the answers its origin lists and the one marked helpful.
    Question(Box<QuestionInput>, Vec<ListedAnswer>, Option<String>),
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

/// A URL as written (a string, or an object's `id`), without normalising it.
fn raw_url(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Object(map) => map.get("id").and_then(Value::as_str).map(|s| s.trim().to_owned()),
        Value::Array(items) => items.iter().find_map(raw_url),
        _ => None,
    }
}

pub(super) fn text(map: &Map<String, Value>, key: &str) -> Option<String> {
    map.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Whether any string (or key) in the value holds a NUL.
pub(super) fn has_nul(value: &Value) -> bool {
    match value {
        Value::String(s) => s.contains('\0'),
        Value::Array(items) => items.iter().any(has_nul),
        Value::Object(map) => map.iter().any(|(k, v)| k.contains('\0') || has_nul(v)),
        _ => false,
    }
}

/// A copy without NUL characters in any string: inbound requests with NUL are refused at the
/// edge, but fetched documents are read here, and PostgreSQL cannot store NUL.
pub(super) fn without_nul(value: &Value) -> Value {
    match value {
        Value::String(s) if s.contains('\0') => Value::String(s.replace('\0', "")),
        Value::Array(items) => Value::Array(items.iter().map(without_nul).collect()),
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.replace('\0', ""), without_nul(v))).collect()),
        other => other.clone(),
    }
}

/// Object types that become learning materials or case studies here.
pub fn is_content_type(kind: &str) -> bool {
    matches!(kind, "Article" | "Page")
}

/// Reads an `Article` or `Page` (ours, or another server's) into a remote object.
pub fn parse_article(value: &Value) -> Result<RemoteObject, Invalid> {
    let cleaned;
    let value = if has_nul(value) {
        cleaned = without_nul(value);
        &cleaned
    } else {
        value
    };
    let map = value.as_object().ok_or_else(|| Invalid::new("the object is not a JSON object"))?;
    let kind = text(map, "type").unwrap_or_default();
    if !is_content_type(&kind) {
        return Err(Invalid::new(format!("objects of type {kind:?} are not learning materials or case studies")));
    }
    let id = map.get("id").and_then(first_url).ok_or_else(|| Invalid::new("the object has no id"))?;
    let attributed_to = map.get("attributedTo").and_then(first_url).ok_or_else(|| Invalid::new("the object has no attributedTo"))?;
    let based_on = map.get("isBasedOn").and_then(first_url);
    let translation_of = map.get("translationOfWork").and_then(first_url);
    let reviews = parse_aggregate(map.get("aggregateRating"));
    let is_case_study = text(map, "contentKind").as_deref() == Some(CASE_STUDY);
    let record = map.get("deelwijs").filter(|r| r.is_object());
    let (goal_refs, goals) = parse_alignments(map.get("educationalAlignment"));
    let content = if super::question::is_question(value) {
        let record = record.ok_or_else(|| Invalid::new("a help question needs its deelwijs record"))?;
        let input: QuestionInput = serde_json::from_value(record.clone()).map_err(|e| Invalid::new(format!("bad help question record: {e}")))?;
        let helpful = map.get("helpfulAnswer").and_then(first_url).map(String::from);
        RemoteContent::Question(Box::new(input), super::question::listed_answers(value), helpful)
    } else if is_case_study {
        let record = record.ok_or_else(|| Invalid::new("a case study needs its deelwijs record"))?;
        let mut input: CaseStudyInput = serde_json::from_value(record.clone()).map_err(|e| Invalid::new(format!("bad case study record: {e}")))?;
        input.status = Some("published".to_owned());
        input.contact = None;
        RemoteContent::CaseStudy(Box::new(input))
    } else {
        let mut input = match record {
            Some(record) => serde_json::from_value::<MaterialInput>(record.clone()).map_err(|e| Invalid::new(format!("bad material record: {e}")))?,
            None => standard_terms(value, map, goal_refs)?,
        };
        input.status = Some("published".to_owned());
        RemoteContent::Material(Box::new(input))
    };
    Ok(RemoteObject { id, attributed_to, based_on, translation_of, reviews, content, goals, remix_confirmed: false })
}

/// A string, or the first value of a language map (`nameMap`, `contentMap`), with its language.
/// The language comes from the map even when the plain value is there too, as Mastodon and
/// Fedify send it (`content` plus `contentMap: {"nl": …}`).
fn text_or_map(map: &Map<String, Value>, key: &str) -> (Option<String>, Option<String>) {
    let from_map = match map.get(&format!("{key}Map")) {
        Some(Value::Object(by_language)) => by_language.iter().find_map(|(lang, v)| v.as_str().map(|s| (s.to_owned(), lang.clone()))),
        _ => None,
    };
    let language = from_map.as_ref().map(|(_, lang)| lang.clone());
    match text(map, key).filter(|s| !s.trim().is_empty()) {
        Some(value) => (Some(value), language),
        None => (from_map.map(|(value, _)| value), language),
    }
}

/// The public collection, in the forms software writes it.
fn is_public_address(value: &str) -> bool {
    value == PUBLIC || value == "as:Public" || value == "Public"
}

/// Whether an object (or, when the object says nothing, its activity) is addressed to the
/// public: followers-only and direct posts are not shared material. Nothing addressed at all
/// counts as public, as some software leaves addressing out of what it serves.
pub fn addressed_publicly(object: &Value, activity: Option<&Value>) -> bool {
    let addresses = |value: &Value| -> Option<Vec<String>> {
        let mut found = None;
        for key in ["to", "cc", "bto", "bcc", "audience"] {
            let list: Vec<String> = match value.get(key) {
                Some(Value::String(s)) => vec![s.clone()],
                Some(Value::Array(items)) => {
                    items.iter().filter_map(|i| i.as_str().map(str::to_owned).or_else(|| i.get("id").and_then(Value::as_str).map(str::to_owned))).collect()
                }
                Some(Value::Object(o)) => o.get("id").and_then(Value::as_str).map(str::to_owned).into_iter().collect(),
                _ => continue,
            };
            found.get_or_insert_with(Vec::new).extend(list);
        }
        found
    };
    match addresses(object).or_else(|| activity.and_then(addresses)) {
        Some(list) => list.iter().any(|a| is_public_address(a)),
        None => true,
    }
}

/// Strings from a value that may be a string, a list, or objects naming a term.
fn terms(value: Option<&Value>) -> Vec<String> {
    let term = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => {
            ["termCode", "identifier", "alternateName", "name", "@value"].iter().find_map(|k| o.get(*k).and_then(Value::as_str)).map(str::to_owned)
        }
        _ => None,
    };
    match value {
        Some(Value::Array(items)) => items.iter().filter_map(term).collect(),
        Some(other) => term(other).into_iter().collect(),
        None => Vec::new(),
    }
}

/// The language a document declares for its strings: `"@language"` in its `@context`.
fn context_language(value: &Value) -> Option<String> {
    let context = value.get("@context")?;
    let items: Vec<&Value> = match context {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    items.iter().find_map(|item| item.get("@language").and_then(Value::as_str)).map(str::to_owned)
}

/// Text of an HTML fragment, for a title when an object has none: tags dropped, the common
/// entities decoded, white space collapsed.
fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A title from the first words of a text: at most `max` characters, cut at a word.
fn title_from(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// Maps the standard terms of an article from other software onto a material: what it
/// carries is kept, what it lacks stays unknown (`MaterialFields::parse_remote`).
fn standard_terms(value: &Value, map: &Map<String, Value>, goals: Vec<GoalRef>) -> Result<MaterialInput, Invalid> {
    let (content, content_language) = text_or_map(map, "content");
    let body = match map.get("source") {
        Some(Value::Object(source)) if text(source, "mediaType").as_deref() == Some("text/markdown") => text(source, "content"),
        // HTML is kept as it is: the Markdown renderer passes it through ammonia.
        _ => content.clone(),
    };
    let (name, name_language) = text_or_map(map, "name");
    let (summary, summary_language) = text_or_map(map, "summary");
    let title = name
        .map(|n| plain_text(&n))
        .filter(|n| !n.is_empty())
        .or_else(|| summary.as_deref().map(|s| title_from(&plain_text(s), 120)).filter(|s| !s.is_empty()))
        .or_else(|| content.as_deref().map(|c| title_from(&plain_text(c), 120)).filter(|s| !s.is_empty()))
        .ok_or_else(|| Invalid::new("the article has no name, summary or content"))?;
    let language =
        terms(map.get("inLanguage")).into_iter().next().or(content_language).or(name_language).or(summary_language).or_else(|| context_language(value));
    let license = text(map, "license").and_then(|url| License::from_url(&url).or_else(|| License::parse(&url))).map(|l| l.spdx().to_owned());
    let mut keywords = match map.get("keywords") {
        Some(Value::String(s)) => s.split(',').map(|k| k.trim().to_owned()).collect(),
        other => terms(other),
    };
    // One tag comes as an object, more as a list (JSON-LD compaction).
    let tags: Vec<&Value> = match map.get("tag") {
        Some(Value::Array(tags)) => tags.iter().collect(),
        Some(tag @ Value::Object(_)) => vec![tag],
        _ => Vec::new(),
    };
    for tag in tags.into_iter().filter(|t| t.get("type").and_then(Value::as_str) == Some("Hashtag")) {
        if let Some(name) = tag.get("name").and_then(Value::as_str) {
            keywords.push(name.trim_start_matches('#').to_owned());
        }
    }
    Ok(MaterialInput {
        title: Some(title),
        summary,
        body,
        language,
        license,
        education_levels: Some(terms(map.get("educationalLevel"))),
        resource_type: terms(map.get("learningResourceType")).into_iter().next(),
        keywords: Some(keywords),
        goals: Some(goals),
        ..MaterialInput::default()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn aggregate_ratings_are_read_only_when_they_make_sense() {
        let read = |v: serde_json::Value| super::parse_aggregate(Some(&v));
        let good = read(json!({ "type": "AggregateRating", "ratingValue": 4.25, "ratingCount": 8, "bestRating": 5, "usedInClassCount": 3 })).unwrap();
        assert_eq!((good.average, good.count, good.used_in_class), (Some(4.3), 8, 3));
        assert_eq!(read(json!({ "ratingValue": "3", "ratingCount": "2" })).map(|s| (s.count, s.used_in_class)), Some((2, 0)));
        for bad in [
            json!({ "ratingValue": 4, "ratingCount": 8, "bestRating": 10 }),
            json!({ "ratingValue": 7, "ratingCount": 8 }),
            json!({ "ratingValue": 4, "ratingCount": -1 }),
            json!({ "ratingValue": 4, "ratingCount": 2.5 }),
            json!({ "ratingValue": 4 }),
        ] {
            assert_eq!(read(bad.clone()), None, "{bad}");
        }
        assert_eq!(
            read(json!({ "ratingValue": 4, "ratingCount": 2, "usedInClassCount": 5 })).map(|s| s.used_in_class),
            Some(0),
            "more used than reviews: not believed"
        );
    }

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

    #[test]
    fn a_plain_article_keeps_what_it_carries() {
        let value = json!({
            "@context": ["https://www.w3.org/ns/activitystreams", {"@language": "de"}],
            "type": "Article", "id": "https://b.example/p/2", "attributedTo": "https://b.example/u/y",
            "contentMap": {"fr": "<p>Les fractions &amp; la pizza</p>"},
            "tag": [{"type": "Hashtag", "name": "#fractions"}, {"type": "Mention", "name": "@x"}],
            "educationalAlignment": [
                {"type": "AlignmentObject", "alignmentType": "teaches", "targetUrl": "https://curricula.example.fr/c3/m1",
                 "codeValue": "M1", "targetName": "M1 Fractions", "targetDescription": "Comprendre les fractions",
                 "educationalFramework": "Programme cycle 3", "educationalFrameworkUrl": "https://curricula.example.fr/c3"},
                {"type": "AlignmentObject", "alignmentType": "readingLevel", "targetName": "easy"}
            ]
        });
        let parsed = parse_article(&value).unwrap();
        let RemoteContent::Material(input) = parsed.content else { panic!("not a material") };
        assert_eq!(input.title.as_deref(), Some("Les fractions & la pizza"));
        assert_eq!(input.language.as_deref(), Some("fr"));
        assert_eq!(input.license, None);
        assert_eq!(input.keywords, Some(vec!["fractions".to_owned()]));
        assert_eq!(input.goals.as_ref().map(Vec::len), Some(1));
        assert_eq!(parsed.goals.len(), 1);
        let goal = &parsed.goals[0];
        assert_eq!((goal.code.as_str(), goal.name.as_str()), ("M1", "Fractions"));
        assert_eq!(goal.description, "Comprendre les fractions");
        assert_eq!(goal.framework_uri, "https://curricula.example.fr/c3");
        let language_only_in_context = json!({"@context": [{"@language": "de"}], "type": "Page", "id": "https://b.example/p/3", "attributedTo": "https://b.example/u/y", "name": "Brüche"});
        let RemoteContent::Material(input) = parse_article(&language_only_in_context).unwrap().content else { panic!("not a material") };
        assert_eq!(input.language.as_deref(), Some("de"));
        // Mastodon's and Fedify's shape: plain content with a language map, one tag as an object.
        let both = json!({"type": "Article", "id": "https://b.example/p/5", "attributedTo": "https://b.example/u/y", "name": "Breuken",
                          "content": "<p>Breuken</p>", "contentMap": {"nl": "<p>Breuken</p>"}, "tag": {"type": "Hashtag", "name": "#breuken"}});
        let RemoteContent::Material(input) = parse_article(&both).unwrap().content else { panic!("not a material") };
        assert_eq!(input.language.as_deref(), Some("nl"));
        assert_eq!(input.keywords, Some(vec!["breuken".to_owned()]));
        let note = json!({"type": "Note", "id": "https://b.example/n/1", "attributedTo": "https://b.example/u/y", "content": "hoi"});
        assert!(parse_article(&note).is_err());
        let empty = json!({"type": "Article", "id": "https://b.example/p/4", "attributedTo": "https://b.example/u/y"});
        assert!(parse_article(&empty).is_err());
    }

    #[test]
    fn only_public_posts_are_shared_material() {
        let public = json!({"to": ["https://www.w3.org/ns/activitystreams#Public"]});
        assert!(addressed_publicly(&public, None));
        assert!(addressed_publicly(&json!({"to": "as:Public"}), None));
        assert!(addressed_publicly(&json!({"cc": ["https://b.example/u/y/followers", "Public"]}), None));
        assert!(!addressed_publicly(&json!({"to": ["https://b.example/u/y/followers"]}), None), "followers only");
        assert!(!addressed_publicly(&json!({"to": ["https://a.example/users/x"], "cc": []}), None), "direct");
        // The object says nothing: its activity decides; neither says anything: public.
        assert!(!addressed_publicly(&json!({}), Some(&json!({"to": ["https://b.example/u/y/followers"]}))));
        assert!(addressed_publicly(&json!({}), Some(&json!({"cc": [{"id": "https://www.w3.org/ns/activitystreams#Public"}]}))));
        assert!(addressed_publicly(&json!({}), None));
    }

    #[test]
    fn goals_go_out_described() {
        let goals =
            vec![crate::domain::alignment::Alignment { uri: "https://g.example/1".into(), alignment_type: crate::domain::vocab::AlignmentType::Teaches }];
        let described = vec![DescribedGoal {
            uri: "https://g.example/1".into(),
            code: "26".into(),
            name: "Breuken".into(),
            description: "De leerlingen leren breuken".into(),
            framework: "Kerndoelen".into(),
            framework_uri: "https://g.example".into(),
        }];
        let (educational, teaches, _) = alignments(&goals, &described);
        assert_eq!(educational[0]["targetName"], "26 Breuken");
        assert_eq!(educational[0]["educationalFrameworkUrl"], "https://g.example");
        assert_eq!(teaches, vec![json!("https://g.example/1")]);
        // And back: the same description.
        let (_, read) = parse_alignments(Some(&Value::Array(educational)));
        assert_eq!(read, described);
    }
}
