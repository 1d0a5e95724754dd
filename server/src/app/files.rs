//! Uploaded files: stored once per content under `<data-dir>/files/`, named by their SHA-256.

use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{AppError, AppResult};

/// Checks an uploaded file's name: no directories, no traversal, no control characters.
/// The name is only ever shown and sent in `Content-Disposition`; storage uses the hash.
pub fn parse_file_name(name: &str) -> AppResult<String> {
    let trimmed = name.trim();
    let problem = if trimmed.is_empty() {
        Some("The file has no name.")
    } else if trimmed.contains(['/', '\\']) || trimmed == "." || trimmed == ".." || trimmed.starts_with("..") {
        Some("File names may not contain path separators or '..'.")
    } else if trimmed.chars().any(char::is_control) || trimmed.contains(['"', ':', '*', '?', '<', '>', '|']) {
        Some("File names may not contain control characters or any of \" : * ? < > |.")
    } else if trimmed.chars().count() > 200 {
        Some("File names may be at most 200 characters long.")
    } else {
        None
    };
    match problem {
        Some(message) => Err(AppError::bad_request("invalid_file_name", message)),
        None => Ok(trimmed.to_owned()),
    }
}

/// Where the blob with this hash lives: `files/ab/cd/abcd…`.
pub fn blob_path(files_dir: &Path, sha256: &str) -> AppResult<PathBuf> {
    if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    Ok(files_dir.join(&sha256[0..2]).join(&sha256[2..4]).join(sha256))
}

/// Writes `bytes` durably (temp file, fsync, rename) and returns the hex SHA-256.
/// Blocking: call from a blocking thread.
pub fn store_blob(files_dir: &Path, bytes: &[u8]) -> AppResult<String> {
    let sha256 = hex::encode(Sha256::digest(bytes));
    let path = blob_path(files_dir, &sha256)?;
    if path.exists() {
        return Ok(sha256);
    }
    let dir = path.parent().ok_or_else(|| AppError::Internal("blob path has no parent".into()))?;
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile_in(dir)?;
    temp.1.write_all(bytes)?;
    temp.1.sync_all()?;
    std::fs::rename(&temp.0, &path)?;
    Ok(sha256)
}

fn tempfile_in(dir: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    let path = dir.join(format!(".upload-{}", super::new_id()));
    let file = std::fs::OpenOptions::new().write(true).create_new(true).open(&path)?;
    Ok((path, file))
}

/// The content type to record: the uploader's claim when it is well-formed, else a guess
/// from the extension. Served files never render inline, so a wrong type cannot run script.
pub fn content_type_for(file_name: &str, claimed: Option<&str>) -> String {
    match claimed.map(str::trim) {
        Some(claimed) if claimed.contains('/') && claimed.len() < 100 && claimed != "application/octet-stream" => claimed.to_owned(),
        _ => mime_guess::from_path(file_name).first_or_octet_stream().essence_str().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        assert_eq!(parse_file_name(" werkblad breuken.pdf ").unwrap(), "werkblad breuken.pdf");
        for bad in ["../../etc/passwd", "a/b.pdf", "a\\b.pdf", "..", "", "x\u{0}.pdf", "CON:"] {
            assert!(matches!(parse_file_name(bad), Err(AppError::BadRequest { code: "invalid_file_name", .. })), "{bad:?}");
        }
    }

    #[test]
    fn blobs_are_content_addressed() {
        let dir = tempfile::tempdir().unwrap();
        let a = store_blob(dir.path(), b"hallo").unwrap();
        let b = store_blob(dir.path(), b"hallo").unwrap();
        assert_eq!(a, b);
        assert_eq!(std::fs::read(blob_path(dir.path(), &a).unwrap()).unwrap(), b"hallo");
        assert!(blob_path(dir.path(), "../../etc").is_err());
    }
}
