//! "Download everything about you" (AVG/GDPR articles 15 and 20): one ZIP archive of JSON files
//! — the profile and settings, every material, case study and collection with all its versions
//! and goals, likes, reports, follows, network memberships, sessions, API tokens and mail — plus
//! every file the account's materials have had. Secrets (password and token hashes) stay out.

use std::collections::BTreeMap;
use std::io::Write;

use serde_json::{json, Value};
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

use super::files::{blob_path, TempBlob};
use super::tx::run_blocking;
use super::{now, Actor, App, AppError, AppResult};
use crate::store::{account_data as data, federation as federation_store, users};

/// The archive, as an open file (already unlinked from the disk) and the name to offer it under.
pub struct Export {
    pub file: std::fs::File,
    pub file_name: String,
}

/// One JSON document of the archive and the files it refers to.
struct Gathered {
    documents: Vec<(&'static str, Value)>,
    /// sha256 → a file name it was uploaded under.
    blobs: BTreeMap<String, String>,
}

/// Builds the signed-in person's archive.
pub async fn export(app: &App, actor: &Actor) -> AppResult<Export> {
    let user_id = actor.id.clone();
    let gathered = app.db.read(move |conn| gather(conn, &user_id)).await?;
    let files_dir = app.config.files_dir();
    let file_name = format!("deelwijs-{}-{}.zip", actor.username, now().format("%Y-%m-%d"));
    let file = run_blocking(move || write_archive(&files_dir, gathered)).await?;
    Ok(Export { file, file_name })
}

fn gather(conn: &mut crate::store::DbConnection, user_id: &str) -> AppResult<Gathered> {
    let user = users::by_id(conn, user_id)?.ok_or(AppError::NotFound)?;
    let actor = federation_store::local_actor_of_user(conn, user_id)?;
    let actor_id = actor.as_ref().map(|a| a.id.clone()).unwrap_or_default();
    let account = json!({
        "username": user.username, "display_name": user.display_name, "email": user.email,
        "email_verified_at": user.email_verified_at, "bio": user.bio, "role": user.role, "status": user.status,
        "created_at": user.created_at, "mail_language": user.lang,
        "activitypub_id": actor.as_ref().map(|a| a.ap_id.clone()),
    });

    let materials = data::materials(conn, user_id)?;
    let material_ids: Vec<String> = materials.iter().map(|m| m.id.clone()).collect();
    let versions = data::material_versions(conn, &material_ids)?;
    let attachments = data::attachments(conn, &material_ids)?;
    let goals = data::alignments(conn, "material", &material_ids)?;
    let mut blobs = BTreeMap::new();
    for attachment in &attachments {
        blobs.entry(attachment.sha256.clone()).or_insert_with(|| attachment.file_name.clone());
    }
    for version in &versions {
        let files: Vec<Value> = version.attachments.as_deref().and_then(|j| serde_json::from_str(j).ok()).unwrap_or_default();
        for file in files {
            if let (Some(sha), Some(name)) = (file["sha256"].as_str(), file["file_name"].as_str()) {
                blobs.entry(sha.to_owned()).or_insert_with(|| name.to_owned());
            }
        }
    }
    let materials: Vec<Value> = materials
        .iter()
        .map(|m| {
            json!({
                "material": m,
                "versions": versions.iter().filter(|v| v.material_id == m.id).collect::<Vec<_>>(),
                "attachments": attachments.iter().filter(|a| a.material_id == m.id).collect::<Vec<_>>(),
                "goals": aligned(&goals, &m.id),
            })
        })
        .collect();

    let cases = data::case_studies(conn, user_id)?;
    let case_ids: Vec<String> = cases.iter().map(|c| c.id.clone()).collect();
    let case_versions = data::case_study_versions(conn, &case_ids)?;
    let case_goals = data::alignments(conn, "case_study", &case_ids)?;
    let case_studies: Vec<Value> = cases
        .iter()
        .map(|c| json!({"case_study": c, "versions": case_versions.iter().filter(|v| v.case_study_id == c.id).collect::<Vec<_>>(), "goals": aligned(&case_goals, &c.id)}))
        .collect();

    let owned = data::collections(conn, user_id)?;
    let collection_ids: Vec<String> = owned.iter().map(|c| c.id.clone()).collect();
    let items = data::collection_items(conn, &collection_ids)?;
    let collection_versions = data::collection_versions(conn, &collection_ids)?;
    let collection_goals = data::alignments(conn, "collection", &collection_ids)?;
    let collections: Vec<Value> = owned
        .iter()
        .map(|c| {
            json!({
                "collection": c,
                "items": items.iter().filter(|i| i.collection_id == c.id).collect::<Vec<_>>(),
                "versions": collection_versions.iter().filter(|v| v.collection_id == c.id).collect::<Vec<_>>(),
                "goals": aligned(&collection_goals, &c.id),
            })
        })
        .collect();

    let follows: Vec<Value> =
        data::follows(conn, &actor_id)?.into_iter().map(|(row, target)| json!({"target": target, "state": row.state, "since": row.created_at})).collect();
    let collection_follows: Vec<Value> = data::collection_follows(conn, &actor_id)?
        .into_iter()
        .map(|(row, ap_id)| json!({"collection": ap_id, "collection_id": row.collection_id, "state": row.state, "since": row.created_at}))
        .collect();
    let memberships: Vec<Value> = data::memberships(conn, &actor_id)?
        .into_iter()
        .map(|(row, name)| json!({"network": name, "role": row.role, "state": row.state, "since": row.created_at}))
        .collect();
    // Sessions and tokens without their hashes: when they began and end is the personal data.
    let sessions: Vec<Value> = data::sessions(conn, user_id)?.into_iter().map(|s| json!({"created_at": s.created_at, "expires_at": s.expires_at})).collect();
    let tokens: Vec<Value> =
        data::api_tokens(conn, user_id)?.into_iter().map(|t| json!({"label": t.label, "created_at": t.created_at, "expires_at": t.expires_at})).collect();

    Ok(Gathered {
        documents: vec![
            ("account.json", account),
            ("materials.json", Value::from(materials)),
            ("case_studies.json", Value::from(case_studies)),
            ("collections.json", Value::from(collections)),
            ("likes.json", json!(data::likes(conn, &actor_id)?)),
            ("reviews.json", json!(data::reviews(conn, &actor_id)?)),
            ("questions.json", json!({"asked": data::questions(conn, user_id)?, "answers": data::answers(conn, &actor_id)?})),
            ("reports.json", json!(data::reports(conn, &actor_id)?)),
            ("follows.json", json!({"actors": follows, "collections": collection_follows})),
            ("networks.json", Value::from(memberships)),
            ("sessions.json", Value::from(sessions)),
            ("api_tokens.json", Value::from(tokens)),
            ("identities.json", json!(crate::store::identities::of_user(conn, user_id)?)),
            ("notifications.json", super::notifications::export(conn, user_id)?),
            ("mail.json", json!(data::mail(conn, user_id)?)),
        ],
        blobs,
    })
}

fn aligned(goals: &[(String, String, String)], content_id: &str) -> Vec<Value> {
    goals.iter().filter(|(id, _, _)| id == content_id).map(|(_, goal, kind)| json!({"goal_id": goal, "alignment_type": kind})).collect()
}

const README: &str = "Deelwijs: alles over je account / everything about your account\n\n\
account.json       profiel en instellingen / profile and settings\n\
materials.json     leermiddelen met alle versies, bijlagen en doelen / materials with all versions, attachments and goals\n\
case_studies.json  praktijkvoorbeelden met alle versies / case studies with all versions\n\
collections.json   arrangementen met hun lijst en versies / collections with their lists and versions\n\
questions.json     hulpvragen met hun antwoorden, en je antwoorden / help questions with their answers, and your answers\n\
likes.json, reviews.json, reports.json, follows.json, networks.json\n\
sessions.json, api_tokens.json (zonder geheimen / without secrets), identities.json (schoolaccounts / school accounts), notifications.json (meldingen en instellingen / notifications and settings), mail.json\n\
attachments/<sha256>/<bestandsnaam>  elk bestand dat je leermiddelen hadden / every file your materials had\n";

/// Writes the archive to a temporary file beside the blobs and returns it open for reading;
/// the path is removed when this returns, so nothing stays on disk.
fn write_archive(files_dir: &std::path::Path, gathered: Gathered) -> AppResult<std::fs::File> {
    let (temp, file) = TempBlob::create(files_dir)?;
    let zip_error = |e: zip::result::ZipError| AppError::Internal(format!("writing the export: {e}"));
    let mut zip = zip::ZipWriter::new(file);
    let text = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored).large_file(true);
    zip.start_file("README.txt", text).map_err(zip_error)?;
    zip.write_all(README.as_bytes())?;
    for (name, document) in &gathered.documents {
        zip.start_file(*name, text).map_err(zip_error)?;
        serde_json::to_writer_pretty(&mut zip, document).map_err(|e| AppError::Internal(format!("writing {name}: {e}")))?;
    }
    for (sha256, file_name) in &gathered.blobs {
        let Ok(mut blob) = blob_path(files_dir, sha256).and_then(|path| Ok(std::fs::File::open(path)?)) else {
            tracing::warn!(%sha256, "a file named in the account's versions is missing from storage; left out of the export");
            continue;
        };
        zip.start_file(format!("attachments/{sha256}/{file_name}"), stored).map_err(zip_error)?;
        std::io::copy(&mut blob, &mut zip)?;
    }
    let mut written = zip.finish().map_err(zip_error)?;
    written.flush()?;
    let file = temp.open_for_reading()?;
    drop(temp);
    Ok(file)
}
