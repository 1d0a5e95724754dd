//! JSON shapes of the API: what materials, case studies, collections, versions and lists look
//! like on the wire. Handlers answer with these types, and the OpenAPI description
//! (`api/openapi.rs`) is derived from the same types, so the two cannot drift apart.

use chrono::NaiveDateTime;
use serde::Serialize;
use utoipa::ToSchema;

use crate::app::case_studies::CaseStudy;
use crate::app::collections::Collection;
use crate::app::materials::{Attachment, DerivedFrom, Material, Owner, VersionInfo};
use crate::app::{AppConfig, Paged};
use crate::domain::alignment::Alignment;
use crate::domain::attribution::Credit;
use crate::domain::material::Link;
use crate::domain::vocab::{AlignmentType, EducationLevel, ErasmusAction, ResourceType, Stage, Status, Subject, Theme};

/// RFC 3339 in UTC, e.g. `2026-11-22T09:30:00.000Z`.
pub fn timestamp(at: NaiveDateTime) -> String {
    format!("{}Z", at.format("%Y-%m-%dT%H:%M:%S%.3f"))
}

/// RFC 3339 in UTC with an offset, e.g. `2026-11-22T09:30:00+00:00` (follows, networks, reports).
pub fn rfc3339(at: NaiveDateTime) -> String {
    at.and_utc().to_rfc3339()
}

/// A curriculum goal the content is aligned to.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = GoalAlignment)]
pub struct GoalAlignmentBody {
    /// The goal's URI (an IMS CASE CFItem URI).
    pub uri: String,
    pub alignment_type: AlignmentType,
}

/// `local`, or the host of the node the content came from.
fn origin(host: &Option<String>) -> String {
    host.clone().unwrap_or_else(|| "local".to_owned())
}

fn goals(goals: &[Alignment]) -> Vec<GoalAlignmentBody> {
    goals.iter().map(|g| GoalAlignmentBody { uri: g.uri.clone(), alignment_type: g.alignment_type }).collect()
}

/// Who owns a piece of content here.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Owner)]
pub struct OwnerBody {
    pub username: String,
    pub display_name: String,
    /// The owner's profile page (also their ActivityPub actor).
    pub url: String,
}

impl OwnerBody {
    fn new(config: &AppConfig, owner: &Owner) -> OwnerBody {
        OwnerBody { username: owner.username.clone(), display_name: owner.display_name.clone(), url: config.user_url(&owner.username) }
    }
}

/// A file attached to a material.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Attachment)]
pub struct AttachmentBody {
    pub id: String,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    /// Hex SHA-256 of the file's bytes.
    pub sha256: String,
    /// Where to download it.
    pub url: String,
}

impl AttachmentBody {
    pub fn new(a: &Attachment) -> AttachmentBody {
        AttachmentBody {
            id: a.id.clone(),
            file_name: a.file_name.clone(),
            content_type: a.content_type.clone(),
            size_bytes: a.size_bytes,
            sha256: a.sha256.clone(),
            url: a.url.clone(),
        }
    }
}

/// The content a remix or copy was made from, at the version it was made from.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = DerivedFrom)]
pub struct DerivedFromBody {
    pub id: String,
    pub url: String,
    pub version: i32,
    pub title: String,
}

impl DerivedFromBody {
    fn new(d: &DerivedFrom) -> DerivedFromBody {
        DerivedFromBody { id: d.id.clone(), url: d.url.clone(), version: d.version, title: d.title.clone() }
    }
}

/// Whom to credit for a remix or copy (TASL: title, author, source, licence), nearest source first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Credit)]
pub struct CreditBody {
    pub title: String,
    pub authors: Vec<String>,
    pub source_url: String,
    /// SPDX id.
    pub license: String,
    pub license_url: String,
    /// The attribution as one English line.
    pub tasl: String,
}

impl CreditBody {
    fn new(c: &Credit) -> CreditBody {
        CreditBody {
            title: c.title.clone(),
            authors: c.authors.clone(),
            source_url: c.source_url.clone(),
            license: c.license.spdx().to_owned(),
            license_url: c.license.url(),
            tasl: c.tasl(deelwijs_frontend::i18n::Lang::En),
        }
    }
}

/// A remix of this material, here or on another node.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = RemixRef)]
pub struct RemixBody {
    pub id: String,
    pub url: String,
    pub title: String,
    /// The host of the node it lives on.
    pub node: String,
}

/// A material in another language: the original a translation names, or one of its translations.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = TranslationRef)]
pub struct TranslationBody {
    /// Its id here; empty for a translation held only on another node.
    pub id: String,
    pub url: String,
    pub title: String,
    /// BCP 47.
    pub language: String,
    /// The host of the node it lives on.
    pub node: String,
}

impl TranslationBody {
    pub fn new(t: &crate::app::translations::TranslationRef) -> TranslationBody {
        TranslationBody { id: t.id.clone(), url: t.url.clone(), title: t.title.clone(), language: t.language.clone(), node: t.node.clone() }
    }
}

/// One version in a piece of content's history.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Version)]
pub struct VersionBody {
    pub version: i32,
    /// The username of who made it.
    pub editor: String,
    /// What made it: `created`, `edited`, `restored version N`, `remixed from version N of URL`,
    /// `received from HOST`, `attachment added: NAMES`, `attachment removed: NAME`.
    pub note: String,
    /// The visibility the content had in this version.
    pub status: String,
    #[schema(format = DateTime)]
    pub created_at: String,
}

impl VersionBody {
    pub fn new(v: &VersionInfo) -> VersionBody {
        VersionBody { version: v.version, editor: v.editor.clone(), note: v.note.clone(), status: v.status.clone(), created_at: timestamp(v.created_at) }
    }
}

/// A learning material.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Material)]
pub struct MaterialBody {
    pub id: String,
    /// Its page here (also its ActivityPub id).
    pub url: String,
    pub title: String,
    pub summary: String,
    /// The body as Markdown, as written.
    pub body: String,
    /// The body as sanitised HTML.
    pub body_html: String,
    /// BCP 47 language tag.
    pub language: String,
    /// SPDX id of the Creative Commons licence (see `/api/v1/vocabularies`).
    pub license: String,
    pub license_url: String,
    pub education_levels: Vec<EducationLevel>,
    /// ISCED 2011 level (0–8), when given.
    pub isced_level: Option<i32>,
    pub subjects: Vec<Subject>,
    pub resource_type: ResourceType,
    pub duration_minutes: Option<i32>,
    pub keywords: Vec<String>,
    pub authors: Vec<String>,
    pub links: Vec<Link>,
    pub status: Status,
    pub goals: Vec<GoalAlignmentBody>,
    /// Hidden by a moderator.
    pub hidden: bool,
    pub version: i32,
    pub owner: OwnerBody,
    pub attachments: Vec<AttachmentBody>,
    pub derived_from: Option<DerivedFromBody>,
    pub attribution: Vec<CreditBody>,
    pub remixes: Vec<RemixBody>,
    /// The material this one translates or adapts (schema.org `translationOfWork`).
    pub translation_of: Option<TranslationBody>,
    /// What was adapted beyond the words.
    pub adaptation_notes: String,
    /// Its translations into other languages, here and on other nodes (`workTranslation`).
    pub translations: Vec<TranslationBody>,
    /// Teachers' reviews summed up (`GET /materials/{id}/reviews` lists them).
    pub reviews: super::reviews::ReviewSummaryBody,
    /// `local`, or the host of the node it came from.
    pub origin: String,
    /// Its URL on the node it came from.
    pub original_url: Option<String>,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub updated_at: String,
    /// How many like it (only when one material is read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub likes: Option<i64>,
    /// This node's quality mark (only when one material is read and it has the mark).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality_mark: Option<QualityMarkBody>,
    /// Which version this is (only when an old version is read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_info: Option<VersionBody>,
}

impl MaterialBody {
    pub fn new(config: &AppConfig, m: &Material) -> MaterialBody {
        let f = &m.fields;
        MaterialBody {
            id: m.id.clone(),
            url: m.url.clone(),
            title: f.title.clone(),
            summary: f.summary.clone(),
            body: f.body_md.clone(),
            body_html: m.body_html.clone(),
            language: f.language.as_str().to_owned(),
            license: f.license.spdx().to_owned(),
            license_url: f.license.url(),
            education_levels: f.education_levels.clone(),
            isced_level: f.isced_level,
            subjects: f.subjects.clone(),
            resource_type: f.resource_type,
            duration_minutes: f.duration_minutes,
            keywords: f.keywords.clone(),
            authors: f.authors.clone(),
            links: f.links.clone(),
            status: f.status,
            goals: goals(&f.goals),
            hidden: m.hidden,
            version: m.version,
            owner: OwnerBody::new(config, &m.owner),
            attachments: m.attachments.iter().map(AttachmentBody::new).collect(),
            derived_from: m.derived_from.as_ref().map(DerivedFromBody::new),
            attribution: m.attribution.iter().map(CreditBody::new).collect(),
            remixes: m.remixes.iter().map(|r| RemixBody { id: r.id.clone(), url: r.url.clone(), title: r.title.clone(), node: r.node.clone() }).collect(),
            translation_of: m.translation_of.as_ref().map(TranslationBody::new),
            adaptation_notes: f.adaptation_notes.clone(),
            translations: m.translations.iter().map(TranslationBody::new).collect(),
            reviews: super::reviews::ReviewSummaryBody::new(&m.reviews),
            origin: origin(&m.origin),
            original_url: m.original_url.clone(),
            created_at: timestamp(m.created_at),
            updated_at: timestamp(m.updated_at),
            likes: None,
            quality_mark: None,
            version_info: None,
        }
    }
}

/// The five parts of a case study's story as sanitised HTML.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = NarrativeHtml)]
pub struct NarrativeHtmlBody {
    pub challenge: String,
    pub approach: String,
    pub results: String,
    pub lessons: String,
    pub scaling: String,
}

/// An innovation case study (praktijkvoorbeeld).
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = CaseStudy)]
pub struct CaseStudyBody {
    /// `local`, or the host of the node it came from.
    pub origin: String,
    pub original_url: Option<String>,
    pub id: String,
    pub url: String,
    pub title: String,
    pub summary: String,
    pub sector: EducationLevel,
    pub school_type: String,
    pub school_size: String,
    /// The story, as Markdown: the challenge, the approach, the results, the lessons learned and how it scales.
    pub challenge: String,
    pub approach: String,
    pub results: String,
    pub lessons: String,
    pub scaling: String,
    pub html: NarrativeHtmlBody,
    pub themes: Vec<Theme>,
    pub stage: Stage,
    pub erasmus_action: ErasmusAction,
    /// URLs of materials it used or made.
    pub related_materials: Vec<String>,
    pub contact: Option<String>,
    pub language: String,
    pub license: String,
    pub license_url: String,
    pub status: Status,
    pub goals: Vec<GoalAlignmentBody>,
    pub hidden: bool,
    pub version: i32,
    pub owner: OwnerBody,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub updated_at: String,
    /// How many like it (only when one case study is read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub likes: Option<i64>,
    /// This node's quality mark (only when one case study is read and it has the mark).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality_mark: Option<QualityMarkBody>,
    /// Which version this is (only when an old version is read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_info: Option<VersionBody>,
}

impl CaseStudyBody {
    pub fn new(config: &AppConfig, c: &CaseStudy) -> CaseStudyBody {
        let f = &c.fields;
        let n = &f.narrative;
        let h = &c.html;
        CaseStudyBody {
            origin: origin(&c.origin),
            original_url: c.original_url.clone(),
            id: c.id.clone(),
            url: c.url.clone(),
            title: f.title.clone(),
            summary: f.summary.clone(),
            sector: f.sector,
            school_type: f.school_type.clone(),
            school_size: f.school_size.clone(),
            challenge: n.challenge.clone(),
            approach: n.approach.clone(),
            results: n.results.clone(),
            lessons: n.lessons.clone(),
            scaling: n.scaling.clone(),
            html: NarrativeHtmlBody {
                challenge: h.challenge.clone(),
                approach: h.approach.clone(),
                results: h.results.clone(),
                lessons: h.lessons.clone(),
                scaling: h.scaling.clone(),
            },
            themes: f.themes.clone(),
            stage: f.stage,
            erasmus_action: f.erasmus_action,
            related_materials: f.related_materials.clone(),
            contact: f.contact.clone(),
            language: f.language.as_str().to_owned(),
            license: f.license.spdx().to_owned(),
            license_url: f.license.url(),
            status: f.status,
            goals: goals(&f.goals),
            hidden: c.hidden,
            version: c.version,
            owner: OwnerBody::new(config, &c.owner),
            created_at: timestamp(c.created_at),
            updated_at: timestamp(c.updated_at),
            likes: None,
            quality_mark: None,
            version_info: None,
        }
    }
}

/// One material in a collection.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = CollectionItem)]
pub struct CollectionItemBody {
    /// The material's ActivityPub id: its URL where it lives.
    pub material: String,
    /// Where to read it.
    pub url: String,
    /// Its id here, when this node holds it.
    pub id: Option<String>,
    pub title: String,
    pub note: String,
    /// `local`, or the host of the node it lives on.
    pub origin: String,
    /// Whether the caller can open it.
    pub available: bool,
}

/// The network here that owns a collection.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = OwningNetwork)]
pub struct OwningNetworkBody {
    pub name: String,
    pub title: String,
    pub url: String,
}

/// A collection of materials, here or from other nodes, in an order with notes.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Collection)]
pub struct CollectionBody {
    pub id: String,
    pub url: String,
    pub title: String,
    /// The introduction as Markdown.
    pub introduction: String,
    pub introduction_html: String,
    pub language: String,
    pub license: String,
    pub license_url: String,
    pub education_levels: Vec<EducationLevel>,
    pub subjects: Vec<Subject>,
    pub status: Status,
    pub goals: Vec<GoalAlignmentBody>,
    pub items: Vec<CollectionItemBody>,
    pub hidden: bool,
    pub version: i32,
    pub owner: OwnerBody,
    pub derived_from: Option<DerivedFromBody>,
    pub attribution: Vec<CreditBody>,
    /// How many follow it.
    pub followers: i64,
    pub network: Option<OwningNetworkBody>,
    pub origin: String,
    pub original_url: Option<String>,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub updated_at: String,
    /// How many like it (only when one collection is read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub likes: Option<i64>,
    /// Which version this is (only when an old version is read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_info: Option<VersionBody>,
}

impl CollectionBody {
    pub fn new(config: &AppConfig, c: &Collection) -> CollectionBody {
        let f = &c.fields;
        CollectionBody {
            id: c.id.clone(),
            url: c.url.clone(),
            title: f.title.clone(),
            introduction: f.introduction_md.clone(),
            introduction_html: c.introduction_html.clone(),
            language: f.language.as_str().to_owned(),
            license: f.license.spdx().to_owned(),
            license_url: f.license.url(),
            education_levels: f.education_levels.clone(),
            subjects: f.subjects.clone(),
            status: f.status,
            goals: goals(&f.goals),
            items: c
                .items
                .iter()
                .map(|i| CollectionItemBody {
                    material: i.item_url.clone(),
                    url: i.url.clone(),
                    id: i.material_id.clone(),
                    title: i.title.clone(),
                    note: i.note.clone(),
                    origin: origin(&i.origin),
                    available: i.available,
                })
                .collect(),
            hidden: c.hidden,
            version: c.version,
            owner: OwnerBody::new(config, &c.owner),
            derived_from: c.derived_from.as_ref().map(DerivedFromBody::new),
            attribution: c.attribution.iter().map(CreditBody::new).collect(),
            followers: c.followers,
            network: c.network.as_ref().map(|(name, title)| OwningNetworkBody { name: name.clone(), title: title.clone(), url: config.group_url(name) }),
            origin: origin(&c.origin),
            original_url: c.original_url.clone(),
            created_at: timestamp(c.created_at),
            updated_at: timestamp(c.updated_at),
            likes: None,
            version_info: None,
        }
    }
}

/// Defines a page of a list, `{"total", "page", "per_page", "items"}`: the shape of every paged list.
macro_rules! page_of {
    ($(#[$meta:meta])* $name:ident, $item:ty) => {
        $(#[$meta])*
        #[derive(Debug, Serialize, ToSchema)]
        pub struct $name {
            /// How many there are in all.
            pub total: i64,
            /// Which page this is, from 1.
            pub page: i64,
            pub per_page: i64,
            pub items: Vec<$item>,
        }

        impl $name {
            pub fn new<T>(paged: &Paged<T>, item: impl Fn(&T) -> $item) -> $name {
                $name { total: paged.total, page: paged.page.page, per_page: paged.page.per_page, items: paged.items.iter().map(item).collect() }
            }
        }
    };
}

page_of!(
    /// A page of materials.
    MaterialPage,
    MaterialBody
);
page_of!(
    /// A page of case studies.
    CaseStudyPage,
    CaseStudyBody
);
page_of!(
    /// A page of collections.
    CollectionPage,
    CollectionBody
);
page_of!(
    /// A page of a piece of content's history, newest first.
    VersionPage,
    VersionBody
);

/// Defines an unpaged list, `{"total", "items"}`.
macro_rules! list_of {
    ($(#[$meta:meta])* $name:ident, $item:ty) => {
        $(#[$meta])*
        #[derive(Serialize, ToSchema)]
        pub struct $name {
            pub total: usize,
            pub items: Vec<$item>,
        }

        impl From<Vec<$item>> for $name {
            fn from(items: Vec<$item>) -> $name {
                $name { total: items.len(), items }
            }
        }
    };
}
pub(crate) use list_of;

/// This node's quality mark on a piece of content.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = QualityMark)]
pub struct QualityMarkBody {
    /// Why it was awarded (may be empty).
    pub note: String,
    #[schema(format = DateTime)]
    pub awarded_at: String,
    /// The moderator's name.
    pub awarded_by: String,
    /// The criteria it was awarded against.
    pub criteria_url: String,
}

impl QualityMarkBody {
    pub fn new(config: &AppConfig, mark: &crate::app::quality::QualityMark) -> QualityMarkBody {
        QualityMarkBody {
            note: mark.note.clone(),
            awarded_at: timestamp(mark.awarded_at),
            awarded_by: mark.awarded_by.clone(),
            criteria_url: format!("{}/quality", config.public_url),
        }
    }
}
