//! How a federation failure is answered over HTTP: the same `{"error": {"code", "message",
//! "fields"}}` shape as the API, never a 500 for a peer's mistake (bad signatures are 401,
//! malformed activities 400, blocked peers 403, a failed fetch from the sender's server 502).

use activitypub_federation::error::Error as ProtocolError;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use super::error::{field_errors, json_error, log_if_internal, public_message, status_and_code, ErrorBody, ErrorDetail};
use crate::app::AppError;
use crate::federation::FedError;

fn status_code_and_message(error: &FedError) -> (StatusCode, &'static str, String) {
    match error {
        FedError::Protocol(e) => match e {
            ProtocolError::ActivitySignatureInvalid | ProtocolError::ActivityBodyDigestInvalid | ProtocolError::Other(_) => {
                (StatusCode::UNAUTHORIZED, "signature_invalid", format!("The HTTP signature does not verify: {e}"))
            }
            ProtocolError::ParseReceivedActivity(..) => (StatusCode::BAD_REQUEST, "invalid_activity", e.to_string()),
            ProtocolError::UrlVerificationError(_) => (StatusCode::FORBIDDEN, "url_not_allowed", e.to_string()),
            _ => (StatusCode::UNAUTHORIZED, "actor_unverifiable", format!("The sending actor could not be fetched to verify the signature: {e}")),
        },
        FedError::App(e) => {
            let (status, code) = status_and_code(e);
            (status, code, public_message(e))
        }
        FedError::Invalid(invalid) => (StatusCode::BAD_REQUEST, "invalid_activity", invalid.0.clone()),
        FedError::Blocked => (StatusCode::FORBIDDEN, "instance_blocked", error.to_string()),
        FedError::Unauthorized(m) => (StatusCode::UNAUTHORIZED, "signature_invalid", m.clone()),
        FedError::SchemeUnsupported(m) => (StatusCode::UNAUTHORIZED, "signature_scheme_unsupported", m.clone()),
        FedError::UnsupportedMediaType(m) => (StatusCode::UNSUPPORTED_MEDIA_TYPE, "expected_activity_json", m.clone()),
        FedError::Upstream(m) => (StatusCode::BAD_GATEWAY, "fetch_failed", format!("Fetching from your server failed; try again later: {m}")),
    }
}

impl ResponseError for FedError {
    fn status_code(&self) -> StatusCode {
        status_code_and_message(self).0
    }

    fn error_response(&self) -> HttpResponse {
        // Refusals are logged where the activity and its sender are known (the inbox).
        if let FedError::App(e) = self {
            log_if_internal(e);
        }
        let (status, code, message) = status_code_and_message(self);
        match self {
            FedError::App(AppError::Validation(errors)) => HttpResponse::build(status)
                .json(ErrorBody { error: ErrorDetail { code: code.to_owned(), message: message.to_owned(), fields: Some(field_errors(errors)) } }),
            _ => json_error(status, code, &message),
        }
    }
}

/// Why a request was refused, for the log: the message, with the fields of a validation error.
pub fn refusal_reason(error: &FedError) -> String {
    match error {
        FedError::App(AppError::Validation(errors)) => {
            let fields: Vec<String> = errors.0.iter().map(|(field, problem)| format!("{field}: {}", problem.code())).collect();
            format!("validation failed ({})", fields.join(", "))
        }
        FedError::App(e) if e.is_internal() => "internal error".to_owned(),
        other => status_code_and_message(other).2,
    }
}
