//! Simple Dublin Core (`oai_dc`), the format every OAI-PMH repository must offer.

use super::xml::Xml;
use super::{utc_seconds, Resource};
use crate::domain::ContentKind;

pub const NAMESPACE: &str = "http://www.openarchives.org/OAI/2.0/oai_dc/";
pub const SCHEMA: &str = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
const DC: &str = "http://purl.org/dc/elements/1.1/";

/// The `oai_dc:dc` element for a resource.
pub fn record(r: &Resource) -> String {
    let mut xml = Xml::fragment();
    let schema_location = format!("{NAMESPACE} {SCHEMA}");
    xml.open(
        "oai_dc:dc",
        &[("xmlns:oai_dc", NAMESPACE), ("xmlns:dc", DC), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"), ("xsi:schemaLocation", &schema_location)],
    );
    let lang: &[(&str, &str)] = &[("xml:lang", &r.language)];
    xml.leaf("dc:title", lang, &r.title);
    for author in &r.authors {
        xml.leaf("dc:creator", &[], &author.name);
    }
    for subject in &r.subjects {
        xml.leaf("dc:subject", &[("xml:lang", "nl")], subject.label("nl"));
    }
    for keyword in &r.keywords {
        xml.leaf("dc:subject", lang, keyword);
    }
    for goal in &r.goals {
        let label = if goal.code.is_empty() { goal.statement.clone() } else { format!("{} {}", goal.code, goal.statement) };
        xml.leaf("dc:subject", &[], &label);
    }
    if !r.description.is_empty() {
        xml.leaf("dc:description", lang, &r.description);
    }
    xml.leaf("dc:publisher", &[], &r.publisher.name);
    xml.leaf("dc:date", &[], &utc_seconds(r.created));
    // DCMI Type vocabulary: a case study is text; a material is an interactive or text resource,
    // and "InteractiveResource" would claim too much for a lesson plan.
    xml.leaf("dc:type", &[], "Text");
    let kind = match (r.kind, r.resource_type) {
        (ContentKind::CaseStudy, _) => "case study".to_string(),
        (_, Some(t)) => t.label("en").to_lowercase(),
        (_, None) => "learning material".into(),
    };
    xml.leaf("dc:type", &[], &kind);
    xml.leaf("dc:format", &[], "text/html");
    for format in r.files.iter().filter_map(|f| super::bare_media_type(&f.content_type)) {
        xml.leaf("dc:format", &[], &format);
    }
    xml.leaf("dc:identifier", &[], &r.url);
    if let Some(source) = &r.based_on {
        xml.leaf("dc:source", &[], &source.url);
    }
    for other in &r.references {
        xml.leaf("dc:relation", &[], &other.url);
    }
    xml.leaf("dc:language", &[], &r.language);
    xml.leaf("dc:rights", &[], &r.license.url());
    xml.close();
    xml.finish()
}
