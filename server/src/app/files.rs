//! Uploaded files: stored once per content under `<data-dir>/files/`, named by their SHA-256.

use std::path::{Path, PathBuf};

use super::{AppError, AppResult};

/// Checks an uploaded file's name: no directories, no traversal, no control characters.
/// The name is only ever shown and sent in `Content-Disposition`; storage uses the hash.
/// Bidirectional controls are removed: `invoice\u{202e}fdp.exe` would show as `invoiceexe.pdf`.
pub fn parse_file_name(name: &str) -> AppResult<String> {
    let cleaned: String = name.chars().filter(|&c| !is_bidi_control(c)).collect();
    let trimmed = cleaned.trim();
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

/// Characters that reorder how text is displayed (Unicode's bidirectional formatting controls).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Where the blob with this hash lives: `files/ab/cd/abcd…`.
pub fn blob_path(files_dir: &Path, sha256: &str) -> AppResult<PathBuf> {
    if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    Ok(files_dir.join(&sha256[0..2]).join(&sha256[2..4]).join(sha256))
}

/// A file part streamed to disk beside the blobs, not yet a blob: removed when dropped,
/// unless `persist` moved it into place.
#[derive(Debug)]
pub struct TempBlob {
    path: Option<PathBuf>,
    pub sha256: String,
    pub size: u64,
}

impl TempBlob {
    /// A new empty temporary file in `files_dir/tmp/` (the same file system as the blobs, so
    /// `persist` is a rename). Blocking.
    pub fn create(files_dir: &Path) -> AppResult<(TempBlob, std::fs::File)> {
        let dir = files_dir.join("tmp");
        std::fs::create_dir_all(&dir)?;
        let (path, file) = tempfile_in(&dir)?;
        Ok((TempBlob { path: Some(path), sha256: String::new(), size: 0 }, file))
    }

    /// A temporary blob holding `bytes`, written and fsynced (for tests). Blocking.
    #[cfg(test)]
    pub fn from_bytes(files_dir: &Path, bytes: &[u8]) -> AppResult<TempBlob> {
        use sha2::{Digest, Sha256};
        use std::io::Write;
        let (mut blob, mut file) = TempBlob::create(files_dir)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        blob.size = bytes.len() as u64;
        blob.sha256 = hex::encode(Sha256::digest(bytes));
        Ok(blob)
    }

    /// Reads the whole file (for small uploads that are parsed, such as a CASE package).
    pub fn read(&self) -> AppResult<Vec<u8>> {
        let path = self.path.as_ref().ok_or_else(|| AppError::Internal("temporary blob already persisted".into()))?;
        Ok(std::fs::read(path)?)
    }

    /// Moves the (already fsynced) file to its content-addressed place and returns its hash.
    /// Blocking.
    pub fn persist(mut self, files_dir: &Path) -> AppResult<String> {
        let target = blob_path(files_dir, &self.sha256)?;
        let source = self.path.take().ok_or_else(|| AppError::Internal("temporary blob already persisted".into()))?;
        if target.exists() {
            std::fs::remove_file(&source)?;
            return Ok(self.sha256.clone());
        }
        let dir = target.parent().ok_or_else(|| AppError::Internal("blob path has no parent".into()))?;
        std::fs::create_dir_all(dir)?;
        std::fs::rename(&source, &target)?;
        // The rename is durable once the directory is.
        std::fs::File::open(dir)?.sync_all()?;
        Ok(self.sha256.clone())
    }
}

impl TempBlob {
    /// The file opened again for reading (the handle `create` gave is write-only); it stays
    /// readable after this value drops and removes the path.
    pub fn open_for_reading(&self) -> std::io::Result<std::fs::File> {
        match &self.path {
            Some(path) => std::fs::File::open(path),
            None => Err(std::io::Error::new(std::io::ErrorKind::NotFound, "the temporary file was already persisted")),
        }
    }
}

impl Drop for TempBlob {
    fn drop(&mut self) {
        if let Some(path) = self.path.take() {
            let _ = std::fs::remove_file(path);
        }
    }
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
        // Issue 22, finding 13: a right-to-left override cannot disguise the extension.
        assert_eq!(parse_file_name("invoice\u{202e}fdp.exe").unwrap(), "invoicefdp.exe");
        assert_eq!(parse_file_name("\u{2067}a\u{200f}.pdf\u{2069}").unwrap(), "a.pdf");
        for bad in ["../../etc/passwd", "a/b.pdf", "a\\b.pdf", "..", "", "x\u{0}.pdf", "CON:"] {
            assert!(matches!(parse_file_name(bad), Err(AppError::BadRequest { code: "invalid_file_name", .. })), "{bad:?}");
        }
    }

    #[test]
    fn blobs_are_content_addressed_and_temporaries_clean_up() {
        let dir = tempfile::tempdir().unwrap();
        let a = TempBlob::from_bytes(dir.path(), b"hallo").unwrap().persist(dir.path()).unwrap();
        let b = TempBlob::from_bytes(dir.path(), b"hallo").unwrap().persist(dir.path()).unwrap();
        assert_eq!(a, b);
        assert_eq!(std::fs::read(blob_path(dir.path(), &a).unwrap()).unwrap(), b"hallo");
        assert!(blob_path(dir.path(), "../../etc").is_err());
        // A temporary that is never persisted leaves nothing behind.
        drop(TempBlob::from_bytes(dir.path(), b"weg").unwrap());
        assert_eq!(std::fs::read_dir(dir.path().join("tmp")).unwrap().count(), 0);
    }
}
