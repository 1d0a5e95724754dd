//! The CASE provider: frameworks imported here read back as IMS CASE 1.0 JSON, with the
//! identifiers, URIs and fields they were imported with (`case_sources`, written in the
//! import's transaction). A framework imported before the node kept sources is rebuilt from the
//! goal tables instead: its items, their hierarchy and replacements, with association
//! identifiers derived from what they link. Goals only learned from other nodes' content are
//! not a framework this node can vouch for, and are not served.

use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use super::{App, AppError, AppResult};
use crate::store::case_sources::{self as sources, CaseSourceRow};
use crate::store::curricula as store;
use crate::store::models::{FrameworkRow, GoalRow};
use crate::store::DbConnection;

const DOCUMENT: &str = "CFDocument";
const ITEM: &str = "CFItem";
const ASSOCIATION: &str = "CFAssociation";
const DEFINITIONS: &str = "CFDefinitions";
const RUBRIC: &str = "CFRubric";

/// A package's records as they came, to be kept once the import has its framework id.
pub(crate) struct Source {
    kind: &'static str,
    identifier: String,
    position: i32,
    body: String,
}

/// The records of a (validated) package: its document, items, associations, rubrics and
/// definitions. A repeated identifier keeps its first record.
pub(crate) fn sources_of(package: &Value) -> Vec<Source> {
    let mut found: Vec<Source> = Vec::new();
    let mut push = |kind: &'static str, value: &Value, position: usize| {
        let identifier = value.get("identifier").and_then(Value::as_str).unwrap_or_default().to_owned();
        if found.iter().any(|s| s.kind == kind && s.identifier == identifier) {
            return;
        }
        let mut value = value.clone();
        tidy(&mut value);
        found.push(Source { kind, identifier, position: i32::try_from(position).unwrap_or(i32::MAX), body: value.to_string() });
    };
    if let Some(document) = package.get("CFDocument") {
        push(DOCUMENT, document, 0);
    }
    for (key, kind) in [("CFItems", ITEM), ("CFAssociations", ASSOCIATION), ("CFRubrics", RUBRIC)] {
        for (position, value) in package.get(key).and_then(Value::as_array).into_iter().flatten().enumerate() {
            push(kind, value, position);
        }
    }
    if let Some(definitions) = package.get("CFDefinitions").filter(|d| d.is_object()) {
        push(DEFINITIONS, definitions, 0);
    }
    found
}

/// Tidies a record the way CASE's schema reads it, without changing what it says: a
/// `lastChangeDateTime` written without a time zone (`2017-05-25T18:05:33`, as some CASE tools
/// write them) is read as UTC and given the zone; a `sequenceNumber` written as a string of
/// digits becomes the integer it is; a field whose value is `null` is left out (absent).
fn tidy(value: &mut Value) {
    match value {
        Value::Object(fields) => {
            fields.retain(|_, field| !field.is_null());
            for (key, field) in fields.iter_mut() {
                match (key.as_str(), &mut *field) {
                    ("lastChangeDateTime", Value::String(text)) => {
                        let time = text.split_once('T').map(|(_, t)| t).unwrap_or_default();
                        let zoned = time.ends_with('Z') || time.ends_with('z') || time.contains('+') || time.contains('-');
                        if !time.is_empty() && !zoned {
                            text.push_str("+00:00");
                        }
                    }
                    ("sequenceNumber", Value::String(text)) => {
                        if let Ok(number) = text.trim().parse::<i64>() {
                            *field = Value::from(number);
                        }
                    }
                    (_, other) => tidy(other),
                }
            }
        }
        Value::Array(values) => values.iter_mut().for_each(tidy),
        _ => {}
    }
}

pub(crate) fn keep_sources(conn: &mut DbConnection, framework_id: &str, found: Vec<Source>) -> AppResult<()> {
    let rows: Vec<CaseSourceRow> = found
        .into_iter()
        .map(|s| CaseSourceRow { framework_id: framework_id.to_owned(), kind: s.kind.to_owned(), identifier: s.identifier, position: s.position, body: s.body })
        .collect();
    sources::replace(conn, framework_id, &rows)?;
    Ok(())
}

fn parse(body: &str) -> AppResult<Value> {
    serde_json::from_str(body).map_err(|e| AppError::Internal(format!("a stored CASE record is not JSON: {e}")))
}

/// A framework's package: as imported, or rebuilt from the goal tables.
fn package_of(conn: &mut DbConnection, base: &str, framework: &FrameworkRow) -> AppResult<Value> {
    let records = sources::of_framework(conn, &framework.id)?;
    if records.is_empty() {
        return rebuilt(conn, base, framework);
    }
    let mut package = Map::new();
    let (mut items, mut associations, mut rubrics) = (Vec::new(), Vec::new(), Vec::new());
    for record in records {
        let value = parse(&record.body)?;
        match record.kind.as_str() {
            DOCUMENT => {
                package.insert("CFDocument".into(), value);
            }
            ITEM => items.push(value),
            ASSOCIATION => associations.push(value),
            RUBRIC => rubrics.push(value),
            DEFINITIONS => {
                package.insert("CFDefinitions".into(), value);
            }
            _ => {}
        }
    }
    package.insert("CFItems".into(), Value::Array(items));
    package.insert("CFAssociations".into(), Value::Array(associations));
    if !rubrics.is_empty() {
        package.insert("CFRubrics".into(), Value::Array(rubrics));
    }
    Ok(Value::Object(package))
}

/// A UUID-shaped identifier derived from `parts`: the same association gets the same
/// identifier on every export.
fn derived_uuid(parts: &[&str]) -> String {
    let digest = hex::encode(Sha256::digest(parts.join("\n").as_bytes()));
    format!("{}-{}-5{}-8{}-{}", &digest[0..8], &digest[8..12], &digest[13..16], &digest[17..20], &digest[20..32])
}

fn document_json(framework: &FrameworkRow) -> Value {
    let mut document = json!({
        "identifier": framework.identifier,
        "uri": framework.uri,
        "creator": framework.creator,
        "title": framework.title,
        "lastChangeDateTime": last_change(framework),
    });
    for (key, value) in [
        ("publisher", &framework.publisher),
        ("description", &framework.description),
        ("language", &framework.language),
        ("version", &framework.version),
        ("adoptionStatus", &framework.adoption_status),
    ] {
        if !value.is_empty() {
            document[key] = json!(value);
        }
    }
    document
}

fn last_change(framework: &FrameworkRow) -> String {
    if framework.last_change.is_empty() {
        framework.imported_at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    } else {
        framework.last_change.clone()
    }
}

fn link(title: &str, identifier: &str, uri: &str) -> Value {
    json!({ "title": title, "identifier": identifier, "uri": uri })
}

fn goal_title(goal: &GoalRow) -> &str {
    if !goal.human_coding_scheme.is_empty() {
        &goal.human_coding_scheme
    } else if !goal.abbreviated_statement.is_empty() {
        &goal.abbreviated_statement
    } else {
        &goal.full_statement
    }
}

/// A package rebuilt from what the goal tables hold.
fn rebuilt(conn: &mut DbConnection, base: &str, framework: &FrameworkRow) -> AppResult<Value> {
    let changed = last_change(framework);
    let document_link = link(&framework.title, &framework.identifier, &framework.uri);
    let goals = store::goals_of(conn, &framework.id, false)?;
    let items: Vec<Value> = goals
        .iter()
        .map(|g| {
            let mut item = json!({ "identifier": g.identifier, "uri": g.uri, "fullStatement": g.full_statement, "lastChangeDateTime": changed, "CFDocumentURI": document_link });
            for (key, value) in [("abbreviatedStatement", &g.abbreviated_statement), ("humanCodingScheme", &g.human_coding_scheme), ("CFItemType", &g.item_type), ("language", &g.language)] {
                if !value.is_empty() {
                    item[key] = json!(value);
                }
            }
            let levels: Vec<String> = serde_json::from_str(&g.education_levels).unwrap_or_default();
            if !levels.is_empty() {
                item["educationLevel"] = json!(levels);
            }
            item
        })
        .collect();
    let by_id = |id: &str| goals.iter().find(|g| g.id == id);
    let mut associations = Vec::new();
    let mut association = |kind: &str, origin: Value, destination: Value| {
        let identifier = derived_uuid(&[
            &framework.identifier,
            kind,
            origin["identifier"].as_str().unwrap_or_default(),
            destination["identifier"].as_str().unwrap_or_default(),
        ]);
        associations.push(json!({
            "identifier": identifier,
            "uri": format!("{base}/ims/case/v1p0/CFAssociations/{identifier}"),
            "associationType": kind,
            "originNodeURI": origin,
            "destinationNodeURI": destination,
            "lastChangeDateTime": changed,
            "CFDocumentURI": document_link,
        }));
    };
    let links = store::parent_links_of(conn, &framework.id)?;
    for goal in &goals {
        let parents: Vec<&GoalRow> = links.iter().filter(|(child, _)| *child == goal.id).filter_map(|(_, parent)| by_id(parent)).collect();
        let origin = link(goal_title(goal), &goal.identifier, &goal.uri);
        // The tables keep no link to the document itself: a goal without parents was at the
        // top of the framework, unless it was replaced (SLO's retired kerndoelen hang nowhere).
        let successors = store::successors_of(conn, &goal.id)?;
        if parents.is_empty() && successors.is_empty() {
            association("isChildOf", origin.clone(), document_link.clone());
        }
        for parent in parents {
            association("isChildOf", origin.clone(), link(goal_title(parent), &parent.identifier, &parent.uri));
        }
        for successor in successors.iter().filter_map(|id| by_id(id)) {
            association("replacedBy", origin.clone(), link(goal_title(successor), &successor.identifier, &successor.uri));
        }
    }
    Ok(json!({ "CFDocument": document_json(framework), "CFItems": items, "CFAssociations": associations }))
}

/// A framework imported here, by its CASE identifier.
fn imported(conn: &mut DbConnection, identifier: &str) -> AppResult<FrameworkRow> {
    store::framework_by_identifier(conn, identifier)?.filter(|f| f.origin.is_none()).ok_or(AppError::NotFound)
}

/// `CFDocuments`: every framework imported here.
pub async fn documents(app: &App) -> AppResult<Vec<Value>> {
    app.db
        .read(|conn| {
            let mut documents = Vec::new();
            for framework in store::list_frameworks(conn)?.into_iter().filter(|f| f.origin.is_none()) {
                documents.push(match sources::by_identifier(conn, DOCUMENT, &framework.identifier)? {
                    Some(record) => parse(&record.body)?,
                    None => document_json(&framework),
                });
            }
            Ok(documents)
        })
        .await
}

pub async fn document(app: &App, identifier: &str) -> AppResult<Value> {
    let identifier = identifier.to_owned();
    app.db
        .read(move |conn| {
            let framework = imported(conn, &identifier)?;
            match sources::by_identifier(conn, DOCUMENT, &framework.identifier)? {
                Some(record) => parse(&record.body),
                None => Ok(document_json(&framework)),
            }
        })
        .await
}

pub async fn package(app: &App, identifier: &str) -> AppResult<Value> {
    let (identifier, base) = (identifier.to_owned(), app.config.public_url.clone());
    app.db
        .read(move |conn| {
            let framework = imported(conn, &identifier)?;
            package_of(conn, &base, &framework)
        })
        .await
}

/// One item or association (`kind` is `CFItem` or `CFAssociation`) of a framework imported here.
async fn record(app: &App, kind: &'static str, identifier: &str) -> AppResult<Value> {
    let (identifier, base) = (identifier.to_owned(), app.config.public_url.clone());
    app.db
        .read(move |conn| {
            if let Some(found) = sources::by_identifier(conn, kind, &identifier)? {
                return parse(&found.body);
            }
            // Not kept as imported: look in the rebuilt package of a framework that has no source.
            let framework = match kind {
                ITEM => store::goal_by_identifier(conn, &identifier)?.map(|g| g.framework_id),
                _ => None,
            };
            let candidates: Vec<FrameworkRow> = match framework {
                Some(id) => store::framework_by_id(conn, &id)?.into_iter().collect(),
                None => store::list_frameworks(conn)?,
            };
            for framework in candidates.into_iter().filter(|f| f.origin.is_none()) {
                if !sources::of_framework(conn, &framework.id)?.is_empty() {
                    continue;
                }
                let package = rebuilt(conn, &base, &framework)?;
                let list = if kind == ITEM { "CFItems" } else { "CFAssociations" };
                if let Some(found) = package[list].as_array().and_then(|all| all.iter().find(|r| r["identifier"] == identifier.as_str())) {
                    return Ok(found.clone());
                }
            }
            Err(AppError::NotFound)
        })
        .await
}

pub async fn item(app: &App, identifier: &str) -> AppResult<Value> {
    record(app, ITEM, identifier).await
}

pub async fn association(app: &App, identifier: &str) -> AppResult<Value> {
    record(app, ASSOCIATION, identifier).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_tidied_as_the_schema_reads_them() {
        let mut record = json!({"lastChangeDateTime": "2017-05-25T18:05:33", "sequenceNumber": "2", "notes": null, "CFItemTypes": [{"lastChangeDateTime": "2017-05-25T18:05:33.5", "description": null}]});
        tidy(&mut record);
        assert_eq!(
            record,
            json!({"lastChangeDateTime": "2017-05-25T18:05:33+00:00", "sequenceNumber": 2, "CFItemTypes": [{"lastChangeDateTime": "2017-05-25T18:05:33.5+00:00"}]})
        );
        for zoned in ["2017-05-25T18:05:33Z", "2017-05-25T18:05:33+02:00", "2017-05-25T18:05:33-05:00", "2017-05-25"] {
            let mut record = json!({"lastChangeDateTime": zoned});
            tidy(&mut record);
            assert_eq!(record["lastChangeDateTime"], zoned);
        }
    }

    #[test]
    fn derived_identifiers_are_stable_and_shaped_as_uuids() {
        let one = derived_uuid(&["doc", "isChildOf", "a", "b"]);
        assert_eq!(one, derived_uuid(&["doc", "isChildOf", "a", "b"]));
        assert_ne!(one, derived_uuid(&["doc", "isChildOf", "b", "a"]));
        let shape: Vec<usize> = one.split('-').map(str::len).collect();
        assert_eq!(shape, [8, 4, 4, 4, 12]);
        assert!(one.chars().all(|c| c == '-' || c.is_ascii_hexdigit()));
    }
}
