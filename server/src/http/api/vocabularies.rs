//! `GET /api/v1/vocabularies`: every closed vocabulary the API takes, with its ids and Dutch and
//! English labels, so a client (or a harvester following a taxon's source) can learn them
//! without reading the source. The NL-LOM and JSON-LD documents cite this URL with a fragment
//! per vocabulary (`#subjects`, `#education-levels`, `#themes`).

use actix_web::{web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::license;
use crate::domain::vocab::{AlignmentType, EducationLevel, ErasmusAction, ResourceType, Stage, Status, Subject, Theme};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/vocabularies", web::get().to(show));
}

/// A term of a closed vocabulary.
#[derive(Serialize, ToSchema)]
pub struct Term {
    /// What the API takes and answers.
    id: &'static str,
    /// The label in each UI language.
    nl: &'static str,
    en: &'static str,
    de: &'static str,
    fr: &'static str,
}

/// A licence the node accepts.
#[derive(Serialize, ToSchema)]
pub struct LicenseTerm {
    /// SPDX id.
    id: &'static str,
    name: String,
    url: String,
    /// Whether a remix may be made (not for no-derivatives licences).
    allows_remix: bool,
}

/// Every closed vocabulary the API takes.
#[derive(Serialize, ToSchema)]
pub struct Vocabularies {
    #[serde(rename = "education-levels")]
    education_levels: Vec<Term>,
    subjects: Vec<Term>,
    #[serde(rename = "resource-types")]
    resource_types: Vec<Term>,
    licenses: Vec<LicenseTerm>,
    themes: Vec<Term>,
    stages: Vec<Term>,
    #[serde(rename = "erasmus-actions")]
    erasmus_actions: Vec<Term>,
    #[serde(rename = "alignment-types")]
    alignment_types: Vec<Term>,
    statuses: Vec<Term>,
}

/// One vocabulary as `[{id, nl, en, de, fr}]`.
macro_rules! terms {
    ($vocabulary:ty) => {
        <$vocabulary>::ALL
            .iter()
            .map(|term| Term { id: term.as_str(), nl: term.label("nl"), en: term.label("en"), de: term.label("de"), fr: term.label("fr") })
            .collect()
    };
}

/// The vocabularies as one document.
pub fn document() -> Vocabularies {
    Vocabularies {
        education_levels: terms!(EducationLevel),
        subjects: terms!(Subject),
        resource_types: terms!(ResourceType),
        licenses: license::ALL.iter().map(|l| LicenseTerm { id: l.spdx(), name: l.short_name(), url: l.url(), allows_remix: l.allows_remix() }).collect(),
        themes: terms!(Theme),
        stages: terms!(Stage),
        erasmus_actions: terms!(ErasmusAction),
        alignment_types: terms!(AlignmentType),
        statuses: terms!(Status),
    }
}

#[utoipa::path(get, path = "/vocabularies", tag = "vocabularies",
    responses((status = 200, description = "Every closed vocabulary, with Dutch and English labels.", body = Vocabularies)))]
pub async fn show() -> HttpResponse {
    HttpResponse::Ok().insert_header(("cache-control", "public, max-age=3600")).json(document())
}
