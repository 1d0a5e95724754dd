//! Reads form posts, URL-encoded or multipart, within limits that hold before anything is
//! buffered: the declared length, the number of parts, the bytes of text, and file parts
//! streamed to a temporary file (hashed as they pass), never held in memory.

use std::cell::Cell;
use std::path::Path;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Duration;

use actix_web::http::header;
use actix_web::mime;
use actix_web::{web, HttpRequest};
use futures_util::future::Either;
use futures_util::{FutureExt, Stream, StreamExt};
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use crate::app::attachments::Upload;
use crate::app::files::TempBlob;
use crate::app::{AppError, AppResult};
use crate::domain::Limits;

/// At most this many parts (text fields and files) in one multipart body.
pub const MAX_PARTS: usize = 1000;
/// At most this many files in one request.
pub const MAX_FILES: usize = 10;
/// Files in one request together stay under this many times the per-file limit.
pub const MAX_FILES_FACTOR: u64 = 4;
/// Forms posted by someone not signed in (sign-in, sign-up) are small.
pub const SIGNED_OUT_TEXT_LIMIT: usize = 64 * 1024;

/// Text fields in order (names may repeat, as checkboxes do) and uploaded files.
#[derive(Default)]
pub struct FormData {
    pub fields: Vec<(String, String)>,
    pub files: Vec<(String, Upload)>,
}

impl FormData {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    pub fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or_default().to_owned()
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.fields.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
    }

    /// A comma-separated field as a list.
    pub fn comma_list(&self, name: &str) -> Vec<String> {
        self.get(name).unwrap_or_default().split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect()
    }

    /// An optional whole number; `Err` when present but not a number.
    pub fn number(&self, name: &str) -> Result<Option<i32>, std::num::ParseIntError> {
        match self.get(name).map(str::trim).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) => v.parse().map(Some),
        }
    }

    pub fn take_file(&mut self, name: &str) -> Option<Upload> {
        let index = self.files.iter().position(|(k, _)| k == name)?;
        Some(self.files.remove(index).1)
    }
}

/// What a form may hold.
pub struct FormRules<'a> {
    pub limits: &'a Limits,
    /// Bytes of text fields in all.
    pub text_limit: usize,
    /// Where file parts are streamed to; `None` refuses file parts.
    pub files_dir: Option<&'a Path>,
    /// Pages: the CSRF token, which must arrive as a field before any file part is read.
    pub csrf: Option<&'a str>,
}

impl<'a> FormRules<'a> {
    /// Room for all text fields of the largest form: five Markdown sections plus the rest.
    pub fn text_limit_for(limits: &Limits) -> usize {
        limits.max_body_bytes.saturating_mul(6).saturating_add(64 * 1024)
    }

    /// Files in one request, in all.
    fn files_total_limit(&self) -> u64 {
        self.limits.max_upload_bytes.saturating_mul(MAX_FILES_FACTOR)
    }

    /// The largest body these rules can accept, for refusing a declared length at once.
    fn body_limit(&self) -> u64 {
        let files = if self.files_dir.is_some() { self.files_total_limit() } else { 0 };
        // Multipart framing: boundaries and part headers.
        (self.text_limit as u64).saturating_add(files).saturating_add(MAX_PARTS as u64 * 512)
    }
}

pub async fn read_form(req: &HttpRequest, mut payload: web::Payload, rules: &FormRules<'_>) -> AppResult<FormData> {
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > rules.body_limit()) {
        return Err(AppError::PayloadTooLarge { limit: rules.body_limit() });
    }
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_ascii_lowercase();
    if content_type.starts_with("multipart/form-data") {
        return read_multipart(req, payload, rules).await;
    }
    let limit = rules.text_limit;
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| AppError::bad_request("invalid_body", format!("Could not read the request body: {e}")))?;
        if body.len() + chunk.len() > limit {
            return Err(AppError::PayloadTooLarge { limit: limit as u64 });
        }
        body.extend_from_slice(&chunk);
    }
    let fields: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    for (name, value) in &fields {
        check_text(name)?;
        check_text(value)?;
    }
    let form = FormData { fields, files: Vec::new() };
    check_csrf_field(rules, &form)?;
    Ok(form)
}

/// A NUL byte is refused at the edge: PostgreSQL cannot store it, and no form needs it.
fn check_text(text: &str) -> AppResult<()> {
    if text.contains('\0') {
        return Err(AppError::bad_request("invalid_characters", "The form holds a NUL character, which no field may contain."));
    }
    Ok(())
}

fn check_csrf_field(rules: &FormRules<'_>, form: &FormData) -> AppResult<()> {
    match rules.csrf {
        Some(expected) if !form.get("csrf").is_some_and(|field| constant_time_eq(expected.as_bytes(), field.as_bytes())) => Err(csrf_failed()),
        _ => Ok(()),
    }
}

pub fn csrf_failed() -> AppError {
    AppError::bad_request("csrf_failed", "The form expired or came from elsewhere. Reload the page and try again.")
}

pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Reads a multipart body. The parser (actix-multipart 0.7.2) is kept to what fuzzing showed it
/// handles (`tests/fuzz/multipart.rs`):
/// - it panics on a boundary of under four characters (it slices a line as `--<boundary>\r\n`
///   before checking its length): RFC 2046 allows 1 to 70, browsers and HTTP libraries send 16
///   or more, so shorter ones are refused, and a panic anywhere else in it becomes a 400;
/// - it waits forever when the body ends inside a part (no closing boundary): once the body
///   has ended the parser holds everything it will ever get, so a wait of more than
///   `STALL_AFTER_END` is answered 400 instead of holding the request open.
async fn read_multipart(req: &HttpRequest, payload: web::Payload, rules: &FormRules<'_>) -> AppResult<FormData> {
    let boundary = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<mime::Mime>().ok())
        .and_then(|m| m.get_param(mime::BOUNDARY).map(|b| b.as_str().len()));
    if !boundary.is_some_and(|len| (MIN_BOUNDARY..=70).contains(&len)) {
        return Err(AppError::bad_request("invalid_multipart", format!("A multipart boundary must be {MIN_BOUNDARY} to 70 characters long.")));
    }
    let ended = Rc::new(Cell::new(false));
    let payload = WatchedPayload { inner: payload, ended: ended.clone() };
    match std::panic::AssertUnwindSafe(read_parts(req, payload, &ended, rules)).catch_unwind().await {
        Ok(result) => result,
        Err(_) => Err(AppError::bad_request("invalid_multipart", "Could not read the multipart body.")),
    }
}

/// The shortest multipart boundary we accept (see `read_multipart`).
pub const MIN_BOUNDARY: usize = 4;
/// How long the parser may take to answer once the whole body has arrived.
const STALL_AFTER_END: Duration = Duration::from_secs(2);

/// The request body, noting when it has ended.
struct WatchedPayload {
    inner: web::Payload,
    ended: Rc<Cell<bool>>,
}

impl Stream for WatchedPayload {
    type Item = Result<web::Bytes, actix_web::error::PayloadError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let polled = Pin::new(&mut self.inner).poll_next(cx);
        if let Poll::Ready(None) = polled {
            self.ended.set(true);
        }
        polled
    }
}

/// The parser's next item, or an error if it is still waiting `STALL_AFTER_END` after the body
/// ended (it then has all the input it will ever get).
async fn next_or_stall<S: Stream + Unpin>(stream: &mut S, ended: &Cell<bool>) -> AppResult<Option<S::Item>> {
    let stalled = async {
        while !ended.get() {
            actix_web::rt::time::sleep(Duration::from_millis(50)).await;
        }
        actix_web::rt::time::sleep(STALL_AFTER_END).await;
    };
    match futures_util::future::select(stream.next(), std::pin::pin!(stalled)).await {
        Either::Left((item, _)) => Ok(item),
        Either::Right(_) => Err(AppError::bad_request("invalid_multipart", "The multipart body ended inside a part, before its closing boundary.")),
    }
}

async fn read_parts(req: &HttpRequest, payload: WatchedPayload, ended: &Cell<bool>, rules: &FormRules<'_>) -> AppResult<FormData> {
    let mut multipart = actix_multipart::Multipart::new(req.headers(), payload);
    let mut form = FormData::default();
    let (mut text_bytes, mut file_bytes, mut parts) = (0usize, 0u64, 0usize);
    let bad = |e: actix_multipart::MultipartError| AppError::bad_request("invalid_multipart", format!("Could not read the multipart body: {e}"));
    while let Some(field) = next_or_stall(&mut multipart, ended).await? {
        let mut field = field.map_err(bad)?;
        parts += 1;
        if parts > MAX_PARTS {
            return Err(AppError::bad_request("too_many_parts", format!("A form may have at most {MAX_PARTS} parts.")));
        }
        let name = field.name().unwrap_or_default().to_owned();
        check_text(&name)?;
        let file_name = field.content_disposition().and_then(|cd| cd.get_filename()).map(str::to_owned);
        let content_type = field.content_type().map(|m| m.essence_str().to_owned());
        let Some(file_name) = file_name else {
            let mut bytes = Vec::new();
            while let Some(chunk) = next_or_stall(&mut field, ended).await? {
                let chunk = chunk.map_err(bad)?;
                text_bytes += chunk.len();
                if text_bytes > rules.text_limit {
                    return Err(AppError::PayloadTooLarge { limit: rules.text_limit as u64 });
                }
                bytes.extend_from_slice(&chunk);
            }
            let text = String::from_utf8(bytes).map_err(|_| AppError::bad_request("invalid_encoding", "Form fields must be UTF-8."))?;
            check_text(&text)?;
            form.fields.push((name, text));
            continue;
        };
        // A file is read only once the form has proved it came from our own page.
        check_csrf_field(rules, &form)?;
        let Some(files_dir) = rules.files_dir else {
            return Err(AppError::bad_request("unexpected_file", "This form takes no files."));
        };
        if form.files.len() >= MAX_FILES {
            return Err(AppError::bad_request("too_many_files", format!("Send at most {MAX_FILES} files at once.")));
        }
        let blob = stream_to_temp(&mut field, ended, files_dir, rules, &mut file_bytes).await?;
        // Browsers send an empty part for a file input left empty.
        if file_name.is_empty() && blob.size == 0 {
            continue;
        }
        form.files.push((name, Upload { file_name, content_type, blob }));
    }
    check_csrf_field(rules, &form)?;
    Ok(form)
}

/// Writes one file part to a temporary file beside the blobs, hashing it on the way, within
/// the per-file and per-request limits. The file is fsynced; it is removed if dropped unused.
async fn stream_to_temp(
    field: &mut actix_multipart::Field,
    ended: &Cell<bool>,
    files_dir: &Path,
    rules: &FormRules<'_>,
    file_bytes: &mut u64,
) -> AppResult<TempBlob> {
    let bad = |e: actix_multipart::MultipartError| AppError::bad_request("invalid_multipart", format!("Could not read the multipart body: {e}"));
    let (mut blob, file) = crate::app::tx::run_blocking({
        let dir = files_dir.to_path_buf();
        move || TempBlob::create(&dir)
    })
    .await?;
    let mut file = tokio::fs::File::from_std(file);
    let mut hasher = Sha256::new();
    while let Some(chunk) = next_or_stall(field, ended).await? {
        let chunk = chunk.map_err(bad)?;
        blob.size += chunk.len() as u64;
        *file_bytes += chunk.len() as u64;
        if blob.size > rules.limits.max_upload_bytes {
            return Err(AppError::PayloadTooLarge { limit: rules.limits.max_upload_bytes });
        }
        if *file_bytes > rules.files_total_limit() {
            return Err(AppError::PayloadTooLarge { limit: rules.files_total_limit() });
        }
        hasher.update(&chunk);
        file.write_all(&chunk).await?;
    }
    file.flush().await?;
    file.sync_all().await?;
    blob.sha256 = hex::encode(hasher.finalize());
    Ok(blob)
}
