//! `GET /api/v1/vocabularies`: every closed vocabulary the API takes, with its ids and Dutch and
//! English labels, so a client (or a harvester following a taxon's source) can learn them
//! without reading the source. The NL-LOM and JSON-LD documents cite this URL with a fragment
//! per vocabulary (`#subjects`, `#education-levels`, `#themes`).

use actix_web::{web, HttpResponse};
use serde_json::{json, Value};

use crate::domain::license;
use crate::domain::vocab::{AlignmentType, EducationLevel, ErasmusAction, ResourceType, Stage, Status, Subject, Theme};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/vocabularies", web::get().to(show));
}

/// One vocabulary as `[{id, nl, en}]`.
macro_rules! terms {
    ($vocabulary:ty) => {
        <$vocabulary>::ALL.iter().map(|term| json!({ "id": term.as_str(), "nl": term.label("nl"), "en": term.label("en") })).collect::<Vec<Value>>()
    };
}

/// The vocabularies as one document.
pub fn document() -> Value {
    let licenses: Vec<Value> =
        license::ALL.iter().map(|l| json!({ "id": l.spdx(), "name": l.short_name(), "url": l.url(), "allows_remix": l.allows_remix() })).collect();
    json!({
        "education-levels": terms!(EducationLevel),
        "subjects": terms!(Subject),
        "resource-types": terms!(ResourceType),
        "licenses": licenses,
        "themes": terms!(Theme),
        "stages": terms!(Stage),
        "erasmus-actions": terms!(ErasmusAction),
        "alignment-types": terms!(AlignmentType),
        "statuses": terms!(Status),
    })
}

async fn show() -> HttpResponse {
    HttpResponse::Ok().insert_header(("cache-control", "public, max-age=3600")).json(document())
}
