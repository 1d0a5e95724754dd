//! Reads form posts, URL-encoded or multipart, within the configured size limits.

use actix_web::{web, HttpRequest};
use futures_util::StreamExt;

use crate::app::materials::Upload;
use crate::app::{AppError, AppResult};
use crate::domain::Limits;

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

/// Room for all text fields of the largest form: five Markdown sections plus the rest.
fn text_limit(limits: &Limits) -> usize {
    limits.max_body_bytes.saturating_mul(6).saturating_add(64 * 1024)
}

pub async fn read_form(req: &HttpRequest, mut payload: web::Payload, limits: &Limits) -> AppResult<FormData> {
    let content_type = req.headers().get(actix_web::http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_ascii_lowercase();
    if content_type.starts_with("multipart/form-data") {
        return read_multipart(req, payload, limits).await;
    }
    let limit = text_limit(limits);
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| AppError::bad_request("invalid_body", format!("Could not read the request body: {e}")))?;
        if body.len() + chunk.len() > limit {
            return Err(AppError::PayloadTooLarge { limit: limit as u64 });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(FormData { fields: url::form_urlencoded::parse(&body).into_owned().collect(), files: Vec::new() })
}

async fn read_multipart(req: &HttpRequest, payload: web::Payload, limits: &Limits) -> AppResult<FormData> {
    let mut multipart = actix_multipart::Multipart::new(req.headers(), payload);
    let mut form = FormData::default();
    let mut text_bytes = 0usize;
    let bad = |e: actix_multipart::MultipartError| AppError::bad_request("invalid_multipart", format!("Could not read the multipart body: {e}"));
    while let Some(field) = multipart.next().await {
        let mut field = field.map_err(bad)?;
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.content_disposition().and_then(|cd| cd.get_filename()).map(str::to_owned);
        let content_type = field.content_type().map(|m| m.essence_str().to_owned());
        let limit =
            if file_name.is_some() { usize::try_from(limits.max_upload_bytes).unwrap_or(usize::MAX) } else { text_limit(limits).saturating_sub(text_bytes) };
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(bad)?;
            if bytes.len() + chunk.len() > limit {
                let limit = if file_name.is_some() { limits.max_upload_bytes } else { text_limit(limits) as u64 };
                return Err(AppError::PayloadTooLarge { limit });
            }
            bytes.extend_from_slice(&chunk);
        }
        match file_name {
            // Browsers send an empty part for a file input left empty.
            Some(file_name) if file_name.is_empty() && bytes.is_empty() => {}
            Some(file_name) => form.files.push((name, Upload { file_name, content_type, bytes })),
            None => {
                text_bytes += bytes.len();
                let text = String::from_utf8(bytes).map_err(|_| AppError::bad_request("invalid_encoding", "Form fields must be UTF-8."))?;
                form.fields.push((name, text));
            }
        }
    }
    Ok(form)
}
