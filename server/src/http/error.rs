//! The one API error type at the edge: maps a use-case failure to a status and a
//! `{"error": {"code", "message", "fields"}}` body. Internal causes are logged, never shown.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;

use crate::app::AppError;
use crate::domain::license::RemixError;

/// The status and machine-readable code for an error.
pub fn status_and_code(error: &AppError) -> (StatusCode, &'static str) {
    match error {
        AppError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
        AppError::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated"),
        AppError::Forbidden => (StatusCode::FORBIDDEN, "forbidden"),
        AppError::InvalidCredentials => (StatusCode::UNAUTHORIZED, "invalid_credentials"),
        AppError::AccountPending => (StatusCode::FORBIDDEN, "account_pending"),
        AppError::AccountSuspended => (StatusCode::FORBIDDEN, "account_suspended"),
        AppError::EmailUnverified => (StatusCode::FORBIDDEN, "email_unverified"),
        AppError::RegistrationClosed => (StatusCode::FORBIDDEN, "registration_closed"),
        AppError::Validation(_) => (StatusCode::UNPROCESSABLE_ENTITY, "validation_failed"),
        AppError::Remix(RemixError::ForbidsRemix(_)) => (StatusCode::UNPROCESSABLE_ENTITY, "license_forbids_remix"),
        AppError::Remix(RemixError::Incompatible { .. }) => (StatusCode::UNPROCESSABLE_ENTITY, "license_incompatible"),
        AppError::BadRequest { code, .. } => (StatusCode::BAD_REQUEST, code),
        AppError::PayloadTooLarge { .. } => (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large"),
        AppError::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
        AppError::UnsupportedMediaType(_) => (StatusCode::UNSUPPORTED_MEDIA_TYPE, "expected_json"),
        AppError::Db(_) | AppError::Pool(_) | AppError::Io(_) | AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal_error"),
    }
}

/// A human message safe to show: never the internal cause.
pub fn public_message(error: &AppError) -> String {
    match error {
        AppError::NotFound => "Nothing was found at this address, or you may not see it.".to_owned(),
        AppError::Unauthenticated => "Sign in first: send an `Authorization: Bearer <token>` header.".to_owned(),
        AppError::Forbidden => "Your account may not do this.".to_owned(),
        AppError::InvalidCredentials => "Wrong username or password.".to_owned(),
        AppError::AccountPending => "This account awaits approval by an administrator.".to_owned(),
        AppError::AccountSuspended => "This account is suspended.".to_owned(),
        AppError::EmailUnverified => "Confirm your e-mail address first: follow the link in the mail we sent (a new one is on its way).".to_owned(),
        AppError::RegistrationClosed => "This node does not accept new accounts.".to_owned(),
        AppError::Validation(_) => "Some fields are not valid; see `fields`.".to_owned(),
        AppError::Remix(e) => e.to_string(),
        AppError::BadRequest { message, .. } => message.clone(),
        AppError::PayloadTooLarge { limit } => format!("The request is too large; the limit is {limit} bytes."),
        AppError::UnsupportedMediaType(message) => message.clone(),
        AppError::RateLimited { retry_after } => format!("Too many attempts. Try again in {retry_after} seconds."),
        _ => "Something went wrong on our side. It has been logged.".to_owned(),
    }
}

/// Logs the cause of internal errors (once, here at the edge).
pub fn log_if_internal(error: &AppError) {
    if error.is_internal() {
        tracing::error!(error = %error, "request failed");
    }
}

#[derive(Debug)]
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(error: AppError) -> Self {
        ApiError(error)
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Only the public message: actix may print this.
        f.write_str(&public_message(&self.0))
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        status_and_code(&self.0).0
    }

    fn error_response(&self) -> HttpResponse {
        log_if_internal(&self.0);
        let (status, code) = status_and_code(&self.0);
        let mut response = HttpResponse::build(status);
        if let AppError::RateLimited { retry_after } = &self.0 {
            response.insert_header((actix_web::http::header::RETRY_AFTER, retry_after.to_string()));
        }
        let fields = match &self.0 {
            AppError::Validation(errors) => Some(field_errors(errors)),
            _ => None,
        };
        response.json(ErrorBody { error: ErrorDetail { code: code.to_owned(), message: public_message(&self.0), fields } })
    }
}

/// Every error the API answers: `{"error": {"code", "message", "fields"?}}`.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Error)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Machine-readable, stable: `not_found`, `unauthenticated`, `validation_failed`, `invalid_json`, `rate_limited`, …
    pub code: String,
    /// For people, in English.
    pub message: String,
    /// With `validation_failed`: each field that is not valid, by name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<BTreeMap<String, FieldError>>,
}

/// What is wrong with one field.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldError {
    /// Machine-readable: `required`, `too_long`, `unknown_value`, …
    pub code: String,
    pub message: String,
}

/// The `fields` of a validation error: each field's problem as a code and an English message.
pub fn field_errors(errors: &crate::domain::validation::FieldErrors) -> BTreeMap<String, FieldError> {
    errors.0.iter().map(|(field, problem)| (field.clone(), FieldError { code: problem.code().to_owned(), message: problem.message_en().to_owned() })).collect()
}

/// A plain JSON error for failures before a handler runs (bad JSON, bad path, too large).
pub fn json_error(status: StatusCode, code: &str, message: &str) -> HttpResponse {
    HttpResponse::build(status).json(ErrorBody { error: ErrorDetail { code: code.to_owned(), message: message.to_owned(), fields: None } })
}

pub type ApiResult<T> = Result<T, ApiError>;
