//! Domain types and rules: vocabularies, licences and remix rules, validation. No IO here.

pub mod account;
pub mod alignment;
pub mod attribution;
pub mod authz;
pub mod calendar;
pub mod case_study;
pub mod collection;
pub mod curriculum;
pub mod federation;
pub mod language;
pub mod license;
pub mod mail;
pub mod markdown;
pub mod matchmaking;
pub mod material;
pub mod network;
pub mod notification;
pub mod question;
pub mod review;
pub mod validation;
pub mod vocab;

/// Configurable size limits for user input.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest Markdown body (and each case-study section), in bytes.
    pub max_body_bytes: usize,
    /// Largest uploaded attachment, in bytes.
    pub max_upload_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_body_bytes: 1024 * 1024, max_upload_bytes: 50 * 1024 * 1024 }
    }
}

/// Which kind of content a row is; used in queues, URLs and search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentKind {
    Material,
    CaseStudy,
    Collection,
    /// A help question (hulpvraag).
    Question,
}

impl ContentKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            ContentKind::Material => "material",
            ContentKind::CaseStudy => "case_study",
            ContentKind::Collection => "collection",
            ContentKind::Question => "question",
        }
    }

    /// The first segment of its pages' paths.
    pub const fn path_segment(self) -> &'static str {
        match self {
            ContentKind::Material => "materials",
            ContentKind::CaseStudy => "case-studies",
            ContentKind::Collection => "collections",
            ContentKind::Question => "questions",
        }
    }

    /// The kind a request path names (`/…/materials/…`, `/…/case-studies/…`, `/…/collections/…`).
    pub fn of_path(path: &str) -> ContentKind {
        if path.contains("/case-studies/") {
            ContentKind::CaseStudy
        } else if path.contains("/collections/") {
            ContentKind::Collection
        } else if path.contains("/questions/") {
            ContentKind::Question
        } else {
            ContentKind::Material
        }
    }

    pub fn parse(text: &str) -> Option<ContentKind> {
        match text {
            "material" => Some(ContentKind::Material),
            "case_study" => Some(ContentKind::CaseStudy),
            "collection" => Some(ContentKind::Collection),
            "question" => Some(ContentKind::Question),
            _ => None,
        }
    }
}

/// A short random id for URLs: 12 characters of lowercase base32, 60 bits.
pub fn new_id() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
    use rand::Rng;
    let mut rng = rand::thread_rng();
    (0..12).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect()
}
