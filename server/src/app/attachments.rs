//! A material's files: adding and removing them (each change a new version), what each version
//! had, and serving them. Files are content-addressed blobs, so a version refers to its files
//! and restoring one copies nothing.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::materials::{self, Attachment};
use super::{files, new_id, now, Actor, App, AppError, AppResult};
use crate::domain::authz::Action;
use crate::store::materials as store;
use crate::store::models::{AttachmentRow, MaterialVersionRow};
use crate::store::DbConnection;

/// An uploaded file, already streamed to a temporary file within the size limit.
pub struct Upload {
    pub file_name: String,
    pub content_type: Option<String>,
    pub blob: files::TempBlob,
}

/// A file as a version had it: enough to list it, serve it and bring it back. Stored as JSON
/// in `material_versions.attachments`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct VersionFile {
    pub id: String,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub created_at: NaiveDateTime,
}

impl VersionFile {
    fn of(row: &AttachmentRow) -> VersionFile {
        VersionFile {
            id: row.id.clone(),
            file_name: row.file_name.clone(),
            content_type: row.content_type.clone(),
            size_bytes: row.size_bytes,
            sha256: row.sha256.clone(),
            created_at: row.created_at,
        }
    }

    fn into_row(self, material_id: &str) -> AttachmentRow {
        AttachmentRow {
            id: self.id,
            material_id: material_id.to_owned(),
            file_name: self.file_name,
            content_type: self.content_type,
            size_bytes: self.size_bytes,
            sha256: self.sha256,
            created_at: self.created_at,
        }
    }
}

/// The files a material has now, as a version records them.
pub(crate) fn current_files(conn: &mut DbConnection, material_id: &str) -> AppResult<Vec<VersionFile>> {
    Ok(store::attachments_of(conn, material_id)?.iter().map(VersionFile::of).collect())
}

pub(crate) fn files_json(files: &[VersionFile]) -> AppResult<String> {
    serde_json::to_string(files).map_err(|e| AppError::Internal(format!("version files: {e}")))
}

/// The files a stored version had; `None` for a version written before versions recorded them.
pub(crate) fn files_of(version: &MaterialVersionRow) -> AppResult<Option<Vec<VersionFile>>> {
    version
        .attachments
        .as_deref()
        .map(|json| serde_json::from_str(json).map_err(|e| AppError::Internal(format!("bad version files of {}: {e}", version.material_id))))
        .transpose()
}

/// Makes the material's files exactly `wanted` (restoring a version); whether anything changed.
/// The blobs are still there: they are never deleted while a version refers to them.
pub(crate) fn set_files(conn: &mut DbConnection, material_id: &str, wanted: &[VersionFile]) -> AppResult<bool> {
    let current = current_files(conn, material_id)?;
    let mut changed = false;
    for file in current.iter().filter(|f| !wanted.contains(f)) {
        store::delete_attachment(conn, material_id, &file.id)?;
        changed = true;
    }
    for file in wanted.iter().filter(|f| !current.contains(f)) {
        store::insert_attachment(conn, &file.clone().into_row(material_id))?;
        changed = true;
    }
    Ok(changed)
}

/// How pages and the API show a file; `base` is the material's (or one version's) URL.
pub(crate) fn shown(base: &str, file: VersionFile) -> Attachment {
    Attachment {
        url: format!("{base}/files/{}", file.id),
        id: file.id,
        file_name: file.file_name,
        content_type: file.content_type,
        size_bytes: file.size_bytes,
        sha256: file.sha256,
    }
}

pub async fn add_attachment(app: &App, actor: &Actor, id: &str, upload: Upload) -> AppResult<Attachment> {
    let mut added = add_attachments(app, actor, id, vec![upload]).await?;
    added.pop().ok_or_else(|| AppError::Internal("no attachment added".into()))
}

/// Adds several files at once, as one new version, all or nothing: every file is checked
/// before any is kept, and their rows commit in one transaction.
pub async fn add_attachments(app: &App, actor: &Actor, id: &str, uploads: Vec<Upload>) -> AppResult<Vec<Attachment>> {
    let mut checked = Vec::with_capacity(uploads.len());
    for upload in uploads {
        let file_name = files::parse_file_name(&upload.file_name)?;
        if upload.blob.size > app.config.limits.max_upload_bytes {
            return Err(AppError::PayloadTooLarge { limit: app.config.limits.max_upload_bytes });
        }
        if upload.blob.size == 0 {
            return Err(AppError::bad_request("empty_file", format!("The uploaded file {file_name} is empty.")));
        }
        let content_type = files::content_type_for(&file_name, upload.content_type.as_deref());
        checked.push((file_name, content_type, upload.blob));
    }
    // Check permission before keeping anything on disk.
    let (actor_owned, id_owned) = (actor.clone(), id.to_owned());
    app.db.read(move |conn| materials::load_for(conn, &actor_owned, &id_owned, Action::Edit).map(drop)).await?;
    let files_dir = app.config.files_dir();
    // The blobs are in place (and fsynced) before the rows that point to them commit, so a
    // committed attachment always has its file. An orphan blob after a failure is harmless.
    let rows = super::tx::run_blocking(move || {
        let mut rows = Vec::with_capacity(checked.len());
        for (file_name, content_type, blob) in checked {
            let size_bytes = i64::try_from(blob.size).unwrap_or(i64::MAX);
            let sha256 = blob.persist(&files_dir)?;
            rows.push(AttachmentRow { id: new_id(), material_id: String::new(), file_name, content_type, size_bytes, sha256, created_at: now() });
        }
        Ok(rows)
    })
    .await?;
    let (actor, config, id) = (actor.clone(), app.config.clone(), id.to_owned());
    app.db
        .write(move |conn| {
            let mut material = materials::load_for(conn, &actor, &id, Action::Edit)?;
            let url = config.material_url(&id);
            let mut added = Vec::with_capacity(rows.len());
            for row in rows {
                let row = AttachmentRow { material_id: id.clone(), ..row };
                store::insert_attachment(conn, &row)?;
                added.push(shown(&url, VersionFile::of(&row)));
            }
            let names: Vec<&str> = added.iter().map(|a| a.file_name.as_str()).collect();
            materials::new_version(conn, &config, &mut material, &actor.id, &format!("{ADDED}{}", names.join(", ")))?;
            Ok(added)
        })
        .await
}

/// Removes one file, as a new version (older versions keep it).
pub async fn remove_attachment(app: &App, actor: &Actor, id: &str, attachment_id: &str) -> AppResult<()> {
    let (actor, id, attachment_id, config) = (actor.clone(), id.to_owned(), attachment_id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut material = materials::load_for(conn, &actor, &id, Action::Edit)?;
            let file = store::attachment(conn, &id, &attachment_id)?.ok_or(AppError::NotFound)?;
            store::delete_attachment(conn, &id, &attachment_id)?;
            materials::new_version(conn, &config, &mut material, &actor.id, &format!("{REMOVED}{}", file.file_name))?;
            Ok(())
        })
        .await
}

/// Version notes of file changes, followed by the file names (see `VersionInfo::note`).
pub const ADDED: &str = "attachment added: ";
pub const REMOVED: &str = "attachment removed: ";

/// A file to serve: its metadata and where its bytes are. With `version`, a file that version
/// had (which may since have been removed); the version's own visibility applies.
pub async fn attachment_file(
    app: &App,
    viewer: Option<&Actor>,
    id: &str,
    attachment_id: &str,
    version: Option<i32>,
) -> AppResult<(AttachmentRow, std::path::PathBuf)> {
    let (viewer, id, attachment_id) = (viewer.cloned(), id.to_owned(), attachment_id.to_owned());
    let row = app
        .db
        .read(move |conn| {
            let material = materials::load_visible(conn, viewer.as_ref(), &id)?;
            match version {
                None => store::attachment(conn, &id, &attachment_id)?.ok_or(AppError::NotFound),
                Some(number) => {
                    let stored = materials::visible_version(conn, viewer.as_ref(), &material, number)?;
                    let file = files_of(&stored)?.unwrap_or_default().into_iter().find(|f| f.id == attachment_id).ok_or(AppError::NotFound)?;
                    Ok(file.into_row(&id))
                }
            }
        })
        .await?;
    let path = files::blob_path(&app.config.files_dir(), &row.sha256)?;
    Ok((row, path))
}
