//! NL-LOM: the Dutch profile of IEEE LOM that Edurep harvests, in the IMS Metadata 1.2 binding
//! (`imsmd_v1p2p4.xsd`), element order as that schema's sequences want it.
//!
//! Vocabularies: learning resource type, educational context and level from the CZP
//! vocabularies on purl.edustandaard.nl (as in Kennisnet's example record), the licence from
//! NL-LOM's copyright vocabulary, `isbasedon` from NL-LOM's relation kinds. Curriculum goals
//! are `educational objective` classifications whose taxon path is the goal's own framework
//! (its URI as source, the goals above it, the goal by its URI), so SLO kerndoelen arrive as
//! SLO taxon paths and other frameworks as theirs. Subjects and themes, which have no national
//! vocabulary with stable ids we could cite, are taxon paths in this node's own vocabulary.

use super::xml::Xml;
use super::{utc_seconds, Agent, FrameworkPath, Goal, Resource};
use crate::domain::license::License;
use crate::domain::vocab::{AlignmentType, EducationLevel, ResourceType};
use crate::domain::ContentKind;

pub const NAMESPACE: &str = "http://www.imsglobal.org/xsd/imsmd_v1p2";
pub const SCHEMA: &str = "http://www.imsglobal.org/xsd/imsmd_v1p2p4.xsd";

const LOM: &str = "LOMv1.0";
const NONE: &str = "x-none";
const RESOURCE_TYPES: &str = "http://purl.edustandaard.nl/vdex_learningresourcetype_czp_20060628.xml";
const CONTEXTS: &str = "http://purl.edustandaard.nl/vdex_context_czp_20060628.xml";
const LEVELS: &str = "http://download.edustandaard.nl/vdex/vdex_classification_educationallevel_czp_20071115.xml";
const PURPOSES: &str = "http://download.edustandaard.nl/vdex/vdex_classification_purpose_czp_20060628.xml";
const COPYRIGHT: &str = "http://purl.edustandaard.nl/copyrightsandotherrestrictions_nllom_20110411";
const RELATION_KINDS: &str = "http://purl.edustandaard.nl/relation_kind_nllom_20131211";

/// The `lom` element for a resource; `vocabularies` is where this node describes its own
/// vocabularies (subjects, levels, themes), cited as the source of those taxon paths.
pub fn record(resource: &Resource, vocabularies: &str) -> String {
    let mut xml = Xml::fragment();
    let schema_location = format!("{NAMESPACE} {SCHEMA}");
    xml.open("lom", &[("xmlns", NAMESPACE), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"), ("xsi:schemaLocation", &schema_location)]);
    general(&mut xml, resource);
    lifecycle(&mut xml, resource);
    metametadata(&mut xml, resource);
    technical(&mut xml, resource);
    educational(&mut xml, resource);
    rights(&mut xml, resource);
    relations(&mut xml, resource);
    classifications(&mut xml, resource, vocabularies);
    xml.close();
    xml.finish()
}

fn langstring(xml: &mut Xml, lang: &str, text: &str) {
    xml.leaf("langstring", &[("xml:lang", lang)], text);
}

/// An element of `langstring`s, one per `(language, text)`.
fn langstrings(xml: &mut Xml, tag: &'static str, values: &[(&str, &str)]) {
    xml.open(tag, &[]);
    for (lang, text) in values {
        langstring(xml, lang, text);
    }
    xml.close();
}

/// A `source`/`value` pair from a vocabulary.
fn vocabulary(xml: &mut Xml, tag: &'static str, source: &str, value: &str) {
    xml.open(tag, &[]);
    langstrings(xml, "source", &[(NONE, source)]);
    langstrings(xml, "value", &[(NONE, value)]);
    xml.close();
}

fn catalog_entry(xml: &mut Xml, url: &str) {
    xml.open("catalogentry", &[]).leaf("catalog", &[], "uri");
    langstrings(xml, "entry", &[(NONE, url)]);
    xml.close();
}

fn general(xml: &mut Xml, r: &Resource) {
    xml.open("general", &[]);
    langstrings(xml, "title", &[(&r.language, &r.title)]);
    catalog_entry(xml, &r.url);
    xml.leaf("language", &[], &r.language);
    if !r.description.is_empty() {
        langstrings(xml, "description", &[(&r.language, &r.description)]);
    }
    for keyword in &r.keywords {
        langstrings(xml, "keyword", &[(&r.language, keyword)]);
    }
    vocabulary(xml, "aggregationlevel", LOM, "2");
    xml.close();
}

/// A vCard 3.0 for a contributor: the name and a page, never an address.
fn vcard(agent: &Agent) -> String {
    let escape = |s: &str| s.replace('\\', "\\\\").replace(',', "\\,").replace(';', "\\;").replace(['\r', '\n'], " ");
    let name = escape(&agent.name);
    let mut card = format!("BEGIN:VCARD\nVERSION:3.0\nN:{name}\nFN:{name}\n");
    if let Some(url) = &agent.url {
        card.push_str(&format!("URL:{url}\n"));
    }
    card.push_str("END:VCARD");
    card
}

fn contribute(xml: &mut Xml, role: &str, agents: &[&Agent], date: &str) {
    xml.open("contribute", &[]);
    vocabulary(xml, "role", LOM, role);
    for agent in agents {
        xml.open("centity", &[]).leaf("vcard", &[], &vcard(agent)).close();
    }
    xml.open("date", &[]).leaf("datetime", &[], date).close();
    xml.close();
}

fn lifecycle(xml: &mut Xml, r: &Resource) {
    xml.open("lifecycle", &[]);
    langstrings(xml, "version", &[(NONE, &r.version.to_string())]);
    vocabulary(xml, "status", LOM, "final");
    let created = utc_seconds(r.created);
    contribute(xml, "author", &r.authors.iter().collect::<Vec<_>>(), &created);
    contribute(xml, "publisher", &[&r.publisher], &created);
    xml.close();
}

fn metametadata(xml: &mut Xml, r: &Resource) {
    xml.open("metametadata", &[]);
    catalog_entry(xml, &r.url);
    contribute(xml, "creator", &[&r.publisher], &utc_seconds(r.modified));
    xml.leaf("metadatascheme", &[], LOM).leaf("metadatascheme", &[], "nl_lom_v1p0");
    xml.leaf("language", &[], &r.language);
    xml.close();
}

fn technical(xml: &mut Xml, r: &Resource) {
    xml.open("technical", &[]);
    let mut formats: Vec<String> = vec!["text/html".to_owned()];
    for format in r.files.iter().filter_map(|f| super::bare_media_type(&f.content_type)) {
        if !formats.contains(&format) {
            formats.push(format);
        }
    }
    for format in &formats {
        xml.leaf("format", &[], format);
    }
    xml.leaf("location", &[("type", "URI")], &r.url);
    for file in &r.files {
        xml.leaf("location", &[("type", "URI")], &file.url);
    }
    xml.close();
}

/// The CZP learning resource type for ours. A case study is a `casus`: a described real
/// situation to learn from, which is what a praktijkvoorbeeld is.
fn learning_resource_type(r: &Resource) -> &'static str {
    match (r.kind, r.resource_type) {
        (ContentKind::CaseStudy, _) => "casus",
        (_, Some(ResourceType::Worksheet | ResourceType::Game)) => "oefening",
        (_, Some(ResourceType::Slides)) => "presentatie",
        (_, Some(ResourceType::Assessment)) => "evaluatie- en toetsmateriaal",
        (_, Some(ResourceType::Project)) => "open opdracht",
        (_, Some(ResourceType::Video)) => "demonstratie",
        _ => "informatiebron",
    }
}

/// The CZP educational context (and level taxon) of one of our levels, where it has one.
pub fn czp_level(level: EducationLevel) -> Option<(&'static str, &'static str)> {
    match level {
        EducationLevel::Po => Some(("PO", "Primair Onderwijs")),
        EducationLevel::So => Some(("SO", "Speciaal Onderwijs")),
        EducationLevel::Vo => Some(("VO", "Voortgezet Onderwijs")),
        EducationLevel::Mbo => Some(("BVE", "Beroepsonderwijs en Volwasseneneducatie")),
        EducationLevel::Ho => Some(("HO", "Hoger Onderwijs")),
        // No code of their own in the CZP list: only our own vocabulary names them.
        EducationLevel::Vso | EducationLevel::Volwassenen => None,
    }
}

fn educational(xml: &mut Xml, r: &Resource) {
    xml.open("educational", &[]);
    vocabulary(xml, "learningresourcetype", RESOURCE_TYPES, learning_resource_type(r));
    let roles: &[&str] = match (r.kind, r.resource_type) {
        (ContentKind::CaseStudy, _) => &["teacher", "manager"],
        (_, Some(ResourceType::LessonPlan)) => &["teacher"],
        _ => &["learner", "teacher"],
    };
    for role in roles {
        vocabulary(xml, "intendedenduserrole", LOM, role);
    }
    for (code, _) in r.levels.iter().filter_map(|l| czp_level(*l)) {
        vocabulary(xml, "context", CONTEXTS, code);
    }
    if let Some(minutes) = r.duration_minutes.filter(|m| *m > 0) {
        xml.open("typicallearningtime", &[]).leaf("datetime", &[], &iso_duration(minutes)).close();
    }
    xml.leaf("language", &[], &r.language);
    xml.close();
}

/// `PT1H30M` for 90 minutes.
pub fn iso_duration(minutes: i32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("PT{m}M"),
        (h, 0) => format!("PT{h}H"),
        (h, m) => format!("PT{h}H{m}M"),
    }
}

/// NL-LOM's value for a licence: `cc-by-sa-40` for CC BY-SA 4.0, `cc0-10` for CC0 1.0.
pub fn copyright_value(license: License) -> String {
    let spdx = license.spdx().to_ascii_lowercase();
    if let Some(version) = spdx.strip_prefix("cc0-") {
        return format!("cc0-{}", version.replace('.', ""));
    }
    match spdx.strip_prefix("cc-") {
        // "by-sa-4.0" → "cc-by-sa-40"
        Some(rest) => format!("cc-{}", rest.replace('.', "")),
        // Rights reserved or not known: the vocabulary's plain "yes, there are restrictions".
        None => "yes".into(),
    }
}

fn rights(xml: &mut Xml, r: &Resource) {
    xml.open("rights", &[]);
    vocabulary(xml, "cost", LOM, "no");
    vocabulary(xml, "copyrightandotherrestrictions", COPYRIGHT, &copyright_value(r.license));
    langstrings(xml, "description", &[(NONE, &r.license.url())]);
    xml.close();
}

fn relation(xml: &mut Xml, kind: &str, url: &str, title: &str, lang: &str) {
    xml.open("relation", &[]);
    vocabulary(xml, "kind", RELATION_KINDS, kind);
    xml.open("resource", &[]);
    if !title.is_empty() {
        langstrings(xml, "description", &[(lang, title)]);
    }
    catalog_entry(xml, url);
    xml.close().close();
}

fn relations(xml: &mut Xml, r: &Resource) {
    if let Some(source) = &r.based_on {
        relation(xml, "isbasedon", &source.url, &source.title, &r.language);
    }
    for other in &r.references {
        relation(xml, "references", &other.url, &other.title, &r.language);
    }
}

fn taxon(xml: &mut Xml, id: &str, entries: &[(&str, &str)]) {
    xml.open("taxon", &[]).leaf("id", &[], id);
    if !entries.is_empty() {
        langstrings(xml, "entry", entries);
    }
    xml.close();
}

fn classification(xml: &mut Xml, purpose_source: &str, purpose: &str, paths: impl FnOnce(&mut Xml)) {
    xml.open("classification", &[]);
    vocabulary(xml, "purpose", purpose_source, purpose);
    paths(xml);
    xml.close();
}

fn classifications(xml: &mut Xml, r: &Resource, vocabularies: &str) {
    if !r.subjects.is_empty() {
        classification(xml, PURPOSES, "discipline", |xml| {
            for subject in &r.subjects {
                xml.open("taxonpath", &[]);
                langstrings(xml, "source", &[(NONE, &format!("{vocabularies}#subjects"))]);
                taxon(xml, subject.as_str(), &[("nl", subject.label("nl")), ("en", subject.label("en"))]);
                xml.close();
            }
            for path in &r.subject_paths {
                framework_path(xml, path);
            }
        });
    }
    if !r.levels.is_empty() {
        classification(xml, LOM, "educational level", |xml| {
            for level in &r.levels {
                if let Some((code, label)) = czp_level(*level) {
                    xml.open("taxonpath", &[]);
                    langstrings(xml, "source", &[(NONE, LEVELS)]);
                    taxon(xml, code, &[("nl", label)]);
                    xml.close();
                }
                xml.open("taxonpath", &[]);
                langstrings(xml, "source", &[(NONE, &format!("{vocabularies}#education-levels"))]);
                taxon(xml, level.as_str(), &[("nl", level.label("nl")), ("en", level.label("en"))]);
                xml.close();
            }
        });
    }
    if !r.themes.is_empty() {
        classification(xml, LOM, "idea", |xml| {
            for theme in &r.themes {
                xml.open("taxonpath", &[]);
                langstrings(xml, "source", &[(NONE, &format!("{vocabularies}#themes"))]);
                taxon(xml, theme.as_str(), &[("nl", theme.label("nl")), ("en", theme.label("en"))]);
                xml.close();
            }
        });
    }
    for goal in &r.goals {
        let purpose = match goal.alignment {
            AlignmentType::Requires => "prerequisite",
            AlignmentType::Teaches | AlignmentType::Assesses => "educational objective",
        };
        classification(xml, LOM, purpose, |xml| goal_path(xml, goal));
    }
}

/// A path through a framework to one of its items (a subject area).
fn framework_path(xml: &mut Xml, path: &FrameworkPath) {
    xml.open("taxonpath", &[]);
    langstrings(xml, "source", &[(NONE, &path.framework_uri)]);
    let lang = if path.language.is_empty() { NONE } else { path.language.as_str() };
    for step in &path.taxa {
        taxon(xml, &step.id, &[(lang, &step.label)]);
    }
    xml.close();
}

/// A goal as a taxon path through its framework: the goals above it, then the goal.
fn goal_path(xml: &mut Xml, goal: &Goal) {
    xml.open("taxonpath", &[]);
    let source = if goal.framework_uri.is_empty() { &goal.framework } else { &goal.framework_uri };
    langstrings(xml, "source", &[(NONE, source)]);
    let lang = if goal.language.is_empty() { NONE } else { goal.language.as_str() };
    for above in &goal.above {
        taxon(xml, &above.id, &[(lang, &above.label)]);
    }
    let label = if goal.code.is_empty() { goal.statement.clone() } else { format!("{} {}", goal.code, goal.statement) };
    taxon(xml, &goal.uri, &[(lang, &label)]);
    xml.close();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn licences_take_nl_lom_values() {
        let by_sa = crate::domain::license::ALL.iter().find(|l| l.spdx() == "CC-BY-SA-4.0").copied().expect("CC BY-SA 4.0 is known");
        assert_eq!(copyright_value(by_sa), "cc-by-sa-40");
        let zero = crate::domain::license::ALL.iter().find(|l| l.spdx() == "CC0-1.0").copied().expect("CC0 is known");
        assert_eq!(copyright_value(zero), "cc0-10");
        assert_eq!(copyright_value(crate::domain::license::UNKNOWN), "yes");
    }

    #[test]
    fn durations_are_iso_8601() {
        assert_eq!(iso_duration(45), "PT45M");
        assert_eq!(iso_duration(120), "PT2H");
        assert_eq!(iso_duration(90), "PT1H30M");
    }
}
