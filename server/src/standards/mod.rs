//! The open standards other software reads us by, as pure functions of a described resource
//! (no IO): OAI-PMH with NL-LOM and Dublin Core (`oai_pmh`, `lom`, `dublin_core`), schema.org
//! JSON-LD after the AMB profile (`schema_org`).
//! `app` gathers a `Resource` from the rows; these modules only write what it says.

pub mod dublin_core;
pub mod feeds;
pub mod lom;
pub mod oai_pmh;
pub mod schema_org;
pub mod xml;

use chrono::NaiveDateTime;

use crate::domain::license::License;
use crate::domain::vocab::{AlignmentType, EducationLevel, ResourceType, Subject, Theme};
use crate::domain::ContentKind;

/// A material or case study as the standards describe it: public fields only.
#[derive(Debug, Clone)]
pub struct Resource {
    pub kind: ContentKind,
    /// Its page: identifier and landing page at once.
    pub url: String,
    pub title: String,
    pub description: String,
    /// BCP 47.
    pub language: String,
    pub keywords: Vec<String>,
    /// Who made it, as credited; the account that published it when no one is named.
    pub authors: Vec<Agent>,
    /// The node that publishes it.
    pub publisher: Agent,
    pub created: NaiveDateTime,
    pub modified: NaiveDateTime,
    pub version: i32,
    pub license: License,
    pub levels: Vec<EducationLevel>,
    /// The ISCED 2011 level the author gave, if any.
    pub isced_level: Option<i32>,
    pub subjects: Vec<Subject>,
    /// Where a subject is also an item of a framework imported here (SLO's vakleergebied
    /// "Rekenen en wiskunde", say): the path to that item.
    pub subject_paths: Vec<FrameworkPath>,
    /// Materials only.
    pub resource_type: Option<ResourceType>,
    /// Case studies only.
    pub themes: Vec<Theme>,
    pub duration_minutes: Option<i32>,
    pub files: Vec<File>,
    /// What it remixes.
    pub based_on: Option<Related>,
    /// The original it translates or adapts to another language.
    pub translation_of: Option<Related>,
    /// Its translations, with their languages (BCP 47).
    pub translations: Vec<(Related, String)>,
    /// Other resources it points to (a case study's materials).
    pub references: Vec<Related>,
    pub goals: Vec<Goal>,
}

/// A person or organisation, by name and (if it has one) a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    pub name: String,
    pub url: Option<String>,
}

/// An attached file.
#[derive(Debug, Clone)]
pub struct File {
    pub url: String,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    /// Hex SHA-256 of the content.
    pub sha256: String,
}

/// Another resource, by its URL and title.
#[derive(Debug, Clone)]
pub struct Related {
    pub url: String,
    pub title: String,
}

/// A curriculum goal the resource is aligned to, with the goals above it in its framework.
#[derive(Debug, Clone)]
pub struct Goal {
    pub uri: String,
    pub code: String,
    pub statement: String,
    pub language: String,
    pub alignment: AlignmentType,
    pub framework: String,
    pub framework_uri: String,
    /// The goals above it, from the framework's top down (one path where the graph has several).
    pub above: Vec<Taxon>,
}

/// A path through a framework to one of its items.
#[derive(Debug, Clone)]
pub struct FrameworkPath {
    pub framework_uri: String,
    pub language: String,
    /// From the framework's top down; the item itself last.
    pub taxa: Vec<Taxon>,
}

/// One step of a path through a framework.
#[derive(Debug, Clone)]
pub struct Taxon {
    pub id: String,
    pub label: String,
}

/// `2026-12-06T09:30:00Z`: UTC at seconds, the granularity OAI-PMH and the feeds use.
pub fn utc_seconds(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// A media type as the standards want it (AMB's pattern, LOM's and Dublin Core's formats):
/// lower case, parameters such as `; charset=utf-8` dropped, and only of the IANA top-level
/// types; `None` for anything else (then no format is claimed).
pub fn bare_media_type(content_type: &str) -> Option<String> {
    const TOP_LEVEL: [&str; 10] = ["application", "audio", "example", "font", "image", "message", "model", "multipart", "text", "video"];
    let bare = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let (top, sub) = bare.split_once('/')?;
    let sub_ok = !sub.is_empty() && sub.chars().all(|c| c.is_ascii_alphanumeric() || "-+_.".contains(c));
    (TOP_LEVEL.contains(&top) && sub_ok).then_some(bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types_are_bare_and_registered() {
        assert_eq!(bare_media_type("Text/Plain; charset=UTF-8").as_deref(), Some("text/plain"));
        assert_eq!(
            bare_media_type("application/vnd.openxmlformats-officedocument.wordprocessingml.document").as_deref(),
            Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        );
        assert_eq!(bare_media_type("x-unknown/thing"), None);
        assert_eq!(bare_media_type("application/"), None);
        assert_eq!(bare_media_type(""), None);
    }
}
