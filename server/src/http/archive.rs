//! Sending the account export: a ZIP download that is never cached and never sniffed.

use actix_web::http::header::{self, Charset, ContentDisposition, DispositionParam, DispositionType, ExtendedValue};
use actix_web::{HttpRequest, HttpResponse};

use crate::app::account_export::Export;
use crate::app::{AppError, AppResult};

pub fn download(req: &HttpRequest, export: Export) -> AppResult<HttpResponse> {
    let disposition = ContentDisposition {
        disposition: DispositionType::Attachment,
        parameters: vec![
            DispositionParam::Filename(export.file_name.clone()),
            DispositionParam::FilenameExt(ExtendedValue {
                charset: Charset::Ext("UTF-8".into()),
                language_tag: None,
                value: export.file_name.clone().into_bytes(),
            }),
        ],
    };
    let named = actix_files::NamedFile::from_file(export.file, &export.file_name)
        .map_err(|e| AppError::Internal(format!("sending the export: {e}")))?
        .set_content_type("application/zip".parse().map_err(|_| AppError::Internal("mime".to_owned()))?)
        .set_content_disposition(disposition)
        .use_etag(false)
        .use_last_modified(false);
    let mut response = named.into_response(req);
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    headers.insert(header::CONTENT_SECURITY_POLICY, header::HeaderValue::from_static("default-src 'none'; sandbox"));
    Ok(response)
}
