//! schema.org / LRMI as JSON-LD, following the AMB profile (Allgemeines Metadatenprofil für
//! Bildungsressourcen) that OERSI and WirLernenOnline read: a material is a `LearningResource`,
//! a case study an `Article` with its themes as `about`. Embedded in the pages and served for
//! `Accept: application/ld+json`.
//!
//! AMB wants some values from its own vocabularies: education levels from KIM's ISCED-based
//! `educationalLevel`, resource types from HCRT, language codes of two letters. Where ours has
//! no counterpart the value is left out rather than guessed; our own terms stay in `keywords`.

use serde_json::{json, Map, Value};

use super::{bare_media_type, lom::iso_duration, utc_seconds, Agent, Goal, Resource};
use crate::domain::vocab::{AlignmentType, EducationLevel, ResourceType};
use crate::domain::ContentKind;

pub const AMB_CONTEXT: &str = "https://w3id.org/kim/amb/context.jsonld";
const LEVELS: &str = "https://w3id.org/kim/educationalLevel/";
const HCRT: &str = "https://w3id.org/kim/hcrt/";

/// The two-letter (ISO 639-1) code of a BCP 47 tag, if it has one: all AMB accepts.
pub fn two_letter(tag: &str) -> Option<String> {
    let primary = tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
    (primary.len() == 2 && primary.chars().all(|c| c.is_ascii_lowercase())).then_some(primary)
}

/// KIM education levels (ISCED 2011 levels) for ours; the ISCED level the author gave wins.
fn kim_levels(r: &Resource) -> Vec<(u8, &'static str, &'static str)> {
    const NAMES: [(&str, &str); 9] = [
        ("Voor- en vroegschoolse educatie", "Early childhood education"),
        ("Primair onderwijs", "Primary education"),
        ("Onderbouw voortgezet onderwijs", "Lower secondary education"),
        ("Bovenbouw voortgezet onderwijs", "Upper secondary education"),
        ("Postsecundair, niet-tertiair onderwijs", "Post-secondary non-tertiary education"),
        ("Kort tertiair onderwijs", "Short-cycle tertiary education"),
        ("Bachelor", "Bachelor or equivalent"),
        ("Master", "Master or equivalent"),
        ("Doctoraat", "Doctoral or equivalent"),
    ];
    let mut levels: Vec<u8> = match r.isced_level.and_then(|l| u8::try_from(l).ok()).filter(|l| *l <= 8) {
        Some(level) => vec![level],
        None => r
            .levels
            .iter()
            .flat_map(|l| -> &[u8] {
                match l {
                    EducationLevel::Po | EducationLevel::So => &[1],
                    EducationLevel::Vo | EducationLevel::Vso => &[2, 3],
                    EducationLevel::Mbo => &[3, 4],
                    EducationLevel::Ho => &[5, 6, 7],
                    // Adult education spans every level: no one level says it.
                    EducationLevel::Volwassenen => &[],
                }
            })
            .copied()
            .collect(),
    };
    levels.sort_unstable();
    levels.dedup();
    levels.into_iter().map(|l| (l, NAMES[usize::from(l)].0, NAMES[usize::from(l)].1)).collect()
}

/// The HCRT resource type for ours.
fn hcrt(kind: ContentKind, resource_type: Option<ResourceType>) -> (&'static str, &'static str, &'static str) {
    match (kind, resource_type) {
        (ContentKind::CaseStudy, _) => ("case_study", "Casus", "Case study"),
        (_, Some(ResourceType::LessonPlan)) => ("lesson_plan", "Lesplan", "Lesson plan"),
        (_, Some(ResourceType::Worksheet)) => ("worksheet", "Werkblad", "Worksheet"),
        (_, Some(ResourceType::Slides)) => ("slide", "Presentatie", "Slides"),
        (_, Some(ResourceType::Video)) => ("video", "Video", "Video"),
        (_, Some(ResourceType::Assessment)) => ("assessment", "Toets", "Assessment"),
        (_, Some(ResourceType::Game)) => ("educational_game", "Spel", "Educational game"),
        (_, Some(ResourceType::Reading)) => ("text", "Tekst", "Text"),
        _ => ("other", "Anders", "Other"),
    }
}

fn agent(a: &Agent, kind: &str) -> Value {
    let mut value = json!({ "type": kind, "name": a.name });
    if let Some(url) = &a.url {
        value["id"] = json!(url);
    }
    value
}

fn goal_concept(goal: &Goal, fallback_lang: &str) -> Value {
    let label = if goal.code.is_empty() { goal.statement.clone() } else { format!("{} {}", goal.code, goal.statement) };
    let mut concept = json!({ "id": goal.uri });
    let lang = two_letter(&goal.language).unwrap_or_else(|| fallback_lang.to_owned());
    concept["prefLabel"] = json!({ lang: label });
    concept
}

fn alignment(goal: &Goal) -> Value {
    let mut object = json!({
        "type": "AlignmentObject",
        "alignmentType": goal.alignment.as_str(),
        "targetUrl": goal.uri,
        "targetName": if goal.code.is_empty() { goal.statement.clone() } else { goal.code.clone() },
        "targetDescription": goal.statement,
        "educationalFramework": goal.framework,
    });
    if !goal.framework_uri.is_empty() {
        object["educationalFrameworkUrl"] = json!(goal.framework_uri);
    }
    object
}

/// The JSON-LD document of a resource. `vocabularies` is where this node's own vocabularies
/// (subjects, themes) are described.
pub fn document(r: &Resource, vocabularies: &str) -> Value {
    let language = two_letter(&r.language);
    // AMB wants a default language in the context even when the text's has no two-letter code.
    let context_language = language.clone().unwrap_or_else(|| "en".to_owned());
    let mut doc = Map::new();
    doc.insert("@context".into(), json!([AMB_CONTEXT, { "@language": context_language }]));
    doc.insert("id".into(), json!(r.url));
    let types: &[&str] = match r.kind {
        ContentKind::CaseStudy => &["Article"],
        _ => &["LearningResource"],
    };
    doc.insert("type".into(), json!(types));
    doc.insert("name".into(), json!(r.title));
    if !r.description.is_empty() {
        doc.insert("description".into(), json!(r.description));
    }
    if let Some(code) = &language {
        doc.insert("inLanguage".into(), json!([code]));
    }
    if !r.license.url().is_empty() {
        doc.insert("license".into(), json!({ "id": r.license.url() }));
    }
    let creators: Vec<Value> = r.authors.iter().map(|a| agent(a, "Person")).collect();
    if !creators.is_empty() {
        doc.insert("creator".into(), json!(creators));
    }
    doc.insert("publisher".into(), json!([agent(&r.publisher, "Organization")]));
    doc.insert("dateCreated".into(), json!(utc_seconds(r.created)));
    doc.insert("datePublished".into(), json!(utc_seconds(r.created)));
    doc.insert("dateModified".into(), json!(utc_seconds(r.modified)));
    doc.insert("version".into(), json!(r.version));
    doc.insert("isAccessibleForFree".into(), json!(true));
    doc.insert("conditionsOfAccess".into(), json!({ "id": "http://w3id.org/kim/conditionsOfAccess/no_login" }));
    let (hcrt_id, nl, en) = hcrt(r.kind, r.resource_type);
    doc.insert("learningResourceType".into(), json!([{ "id": format!("{HCRT}{hcrt_id}"), "prefLabel": { "nl": nl, "en": en } }]));
    let levels: Vec<Value> =
        kim_levels(r).into_iter().map(|(level, nl, en)| json!({ "id": format!("{LEVELS}level_{level}"), "prefLabel": { "nl": nl, "en": en } })).collect();
    if !levels.is_empty() {
        doc.insert("educationalLevel".into(), json!(levels));
    }
    // Our own vocabulary terms, in the resource's language where we have its labels.
    let label_lang = if language.as_deref() == Some("nl") { "nl" } else { "en" };
    let mut keywords = r.keywords.clone();
    keywords.extend(r.subjects.iter().map(|s| s.label(label_lang).to_owned()));
    keywords.extend(r.levels.iter().map(|l| l.label(label_lang).to_owned()));
    keywords.dedup();
    if !keywords.is_empty() {
        doc.insert("keywords".into(), json!(keywords));
    }
    if r.kind == ContentKind::CaseStudy && !r.themes.is_empty() {
        let about: Vec<Value> = r
            .themes
            .iter()
            .map(|t| json!({ "type": "Concept", "id": format!("{vocabularies}#themes/{}", t.as_str()), "prefLabel": { "nl": t.label("nl"), "en": t.label("en") } }))
            .collect();
        doc.insert("about".into(), json!(about));
    }
    if let Some(minutes) = r.duration_minutes.filter(|m| *m > 0) {
        doc.insert("timeRequired".into(), json!(iso_duration(minutes)));
    }
    if let Some(source) = &r.based_on {
        doc.insert("isBasedOn".into(), json!([{ "id": source.url, "name": source.title }]));
    }
    if let Some(original) = &r.translation_of {
        doc.insert("translationOfWork".into(), json!({ "id": original.url, "name": original.title }));
    }
    if !r.translations.is_empty() {
        let translated: Vec<Value> =
            r.translations.iter().map(|(t, language)| json!({ "type": "LearningResource", "id": t.url, "name": t.title, "inLanguage": language })).collect();
        doc.insert("workTranslation".into(), json!(translated));
    }
    if !r.references.is_empty() {
        let cited: Vec<Value> = r.references.iter().map(|m| json!({ "type": "LearningResource", "id": m.url, "name": m.title })).collect();
        doc.insert("citation".into(), json!(cited));
    }
    let fallback = language.as_deref().unwrap_or("en");
    for (property, wanted) in [("teaches", AlignmentType::Teaches), ("assesses", AlignmentType::Assesses), ("competencyRequired", AlignmentType::Requires)] {
        let goals: Vec<Value> = r.goals.iter().filter(|g| g.alignment == wanted).map(|g| goal_concept(g, fallback)).collect();
        if !goals.is_empty() {
            doc.insert(property.into(), json!(goals));
        }
    }
    if !r.goals.is_empty() {
        doc.insert("educationalAlignment".into(), json!(r.goals.iter().map(alignment).collect::<Vec<_>>()));
    }
    let encodings: Vec<Value> = r
        .files
        .iter()
        .map(|f| {
            let mut encoding = json!({ "type": "MediaObject", "contentUrl": f.url, "name": f.name, "contentSize": f.size.to_string() });
            if let Some(media_type) = bare_media_type(&f.content_type) {
                encoding["encodingFormat"] = json!(media_type);
            }
            if f.sha256.len() == 64 {
                encoding["sha256"] = json!(f.sha256);
            }
            encoding
        })
        .collect();
    if !encodings.is_empty() {
        doc.insert("encoding".into(), json!(encodings));
    }
    doc.insert(
        "mainEntityOfPage".into(),
        json!([{ "id": r.url, "type": "WebContent", "provider": agent(&r.publisher, "Organization"), "dateModified": utc_seconds(r.modified) }]),
    );
    Value::Object(doc)
}

/// The document for a `<script type="application/ld+json">` element: `<` written as `\u003c`,
/// so no text inside it can close the element.
pub fn for_html(document: &Value) -> String {
    document.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_two_letter_languages_are_named() {
        assert_eq!(two_letter("nl-BE").as_deref(), Some("nl"));
        assert_eq!(two_letter("pap"), None);
        assert_eq!(two_letter("und"), None);
    }

    #[test]
    fn embedded_json_cannot_close_its_script_element() {
        let text = for_html(&json!({ "name": "</script><script>alert(1)</script> & co" }));
        assert!(!text.contains('<') && !text.contains('>'));
        assert_eq!(serde_json::from_str::<Value>(&text).expect("still JSON")["name"], "</script><script>alert(1)</script> & co");
    }
}
