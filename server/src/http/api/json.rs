//! JSON shapes of the API: what materials, case studies, versions and lists look like on the wire.

use chrono::NaiveDateTime;
use serde_json::{json, Value};

use crate::app::case_studies::CaseStudy;
use crate::app::collections::Collection;
use crate::app::materials::{Attachment, Material, VersionInfo};
use crate::app::{AppConfig, Paged};

/// RFC 3339 in UTC, e.g. `2026-11-22T09:30:00.000Z`.
pub fn timestamp(at: NaiveDateTime) -> String {
    format!("{}Z", at.format("%Y-%m-%dT%H:%M:%S%.3f"))
}

fn goals_json(goals: &[crate::domain::alignment::Alignment]) -> Value {
    Value::Array(goals.iter().map(|g| json!({ "uri": g.uri, "alignment_type": g.alignment_type })).collect())
}

pub fn attachment(a: &Attachment) -> Value {
    json!({ "id": a.id, "file_name": a.file_name, "content_type": a.content_type, "size_bytes": a.size_bytes, "sha256": a.sha256, "url": a.url })
}

pub fn material(config: &AppConfig, m: &Material) -> Value {
    let f = &m.fields;
    json!({
        "id": m.id,
        "url": m.url,
        "title": f.title,
        "summary": f.summary,
        "body": f.body_md,
        "body_html": m.body_html,
        "language": f.language.as_str(),
        "license": f.license.spdx(),
        "license_url": f.license.url(),
        "education_levels": f.education_levels,
        "isced_level": f.isced_level,
        "subjects": f.subjects,
        "resource_type": f.resource_type,
        "duration_minutes": f.duration_minutes,
        "keywords": f.keywords,
        "authors": f.authors,
        "links": f.links,
        "status": f.status,
        "goals": goals_json(&f.goals),
        "hidden": m.hidden,
        "version": m.version,
        "owner": { "username": m.owner.username, "display_name": m.owner.display_name, "url": config.user_url(&m.owner.username) },
        "attachments": m.attachments.iter().map(attachment).collect::<Vec<_>>(),
        "derived_from": m.derived_from.as_ref().map(|d| json!({ "id": d.id, "url": d.url, "version": d.version, "title": d.title })),
        "attribution": m.attribution.iter().map(|c| json!({
            "title": c.title, "authors": c.authors, "source_url": c.source_url,
            "license": c.license.spdx(), "license_url": c.license.url(), "tasl": c.tasl_en(),
        })).collect::<Vec<_>>(),
        "remixes": m.remixes.iter().map(|r| json!({ "id": r.id, "url": r.url, "title": r.title, "node": r.node })).collect::<Vec<_>>(),
        "origin": m.origin.as_deref().unwrap_or("local"),
        "original_url": m.original_url,
        "created_at": timestamp(m.created_at),
        "updated_at": timestamp(m.updated_at),
    })
}

pub fn case_study(config: &AppConfig, c: &CaseStudy) -> Value {
    let f = &c.fields;
    let n = &f.narrative;
    json!({
        "origin": c.origin.as_deref().unwrap_or("local"),
        "original_url": c.original_url,
        "id": c.id,
        "url": c.url,
        "title": f.title,
        "summary": f.summary,
        "sector": f.sector,
        "school_type": f.school_type,
        "school_size": f.school_size,
        "challenge": n.challenge,
        "approach": n.approach,
        "results": n.results,
        "lessons": n.lessons,
        "scaling": n.scaling,
        "html": { "challenge": c.html.challenge, "approach": c.html.approach, "results": c.html.results, "lessons": c.html.lessons, "scaling": c.html.scaling },
        "themes": f.themes,
        "stage": f.stage,
        "erasmus_action": f.erasmus_action,
        "related_materials": f.related_materials,
        "contact": f.contact,
        "language": f.language.as_str(),
        "license": f.license.spdx(),
        "license_url": f.license.url(),
        "status": f.status,
        "goals": goals_json(&f.goals),
        "hidden": c.hidden,
        "version": c.version,
        "owner": { "username": c.owner.username, "display_name": c.owner.display_name, "url": config.user_url(&c.owner.username) },
        "created_at": timestamp(c.created_at),
        "updated_at": timestamp(c.updated_at),
    })
}

pub fn collection(config: &AppConfig, c: &Collection) -> Value {
    let f = &c.fields;
    json!({
        "id": c.id,
        "url": c.url,
        "title": f.title,
        "introduction": f.introduction_md,
        "introduction_html": c.introduction_html,
        "language": f.language.as_str(),
        "license": f.license.spdx(),
        "license_url": f.license.url(),
        "education_levels": f.education_levels,
        "subjects": f.subjects,
        "status": f.status,
        "goals": goals_json(&f.goals),
        "items": c.items.iter().map(|i| json!({
            "material": i.item_url, "url": i.url, "id": i.material_id, "title": i.title, "note": i.note,
            "origin": i.origin.as_deref().unwrap_or("local"), "available": i.available,
        })).collect::<Vec<_>>(),
        "hidden": c.hidden,
        "version": c.version,
        "owner": { "username": c.owner.username, "display_name": c.owner.display_name, "url": config.user_url(&c.owner.username) },
        "derived_from": c.derived_from.as_ref().map(|d| json!({ "id": d.id, "url": d.url, "version": d.version, "title": d.title })),
        "attribution": c.attribution.iter().map(|a| json!({
            "title": a.title, "authors": a.authors, "source_url": a.source_url,
            "license": a.license.spdx(), "license_url": a.license.url(), "tasl": a.tasl_en(),
        })).collect::<Vec<_>>(),
        "followers": c.followers,
        "network": c.network.as_ref().map(|(name, title)| json!({ "name": name, "title": title, "url": config.group_url(name) })),
        "origin": c.origin.as_deref().unwrap_or("local"),
        "original_url": c.original_url,
        "created_at": timestamp(c.created_at),
        "updated_at": timestamp(c.updated_at),
    })
}

pub fn version(v: &VersionInfo) -> Value {
    json!({ "version": v.version, "editor": v.editor, "note": v.note, "status": v.status, "created_at": timestamp(v.created_at) })
}

/// `{"total", "page", "per_page", "items"}`: the shape of every list.
pub fn paged<T>(paged: &Paged<T>, item: impl Fn(&T) -> Value) -> Value {
    json!({ "total": paged.total, "page": paged.page.page, "per_page": paged.page.per_page, "items": paged.items.iter().map(item).collect::<Vec<_>>() })
}
