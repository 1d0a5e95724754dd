//! What federation handlers fail with, and how the inbox answers each failure (never a 500 for
//! a peer's mistake: bad signatures are 401, malformed activities 400, blocked peers 403).

use activitypub_federation::error::Error as ProtocolError;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use crate::app::AppError;
use crate::http::error::{fields_json, json_error, log_if_internal, public_message, status_and_code};

#[derive(Debug, thiserror::Error)]
pub enum FedError {
    /// Raised by activitypub_federation: signatures, digests, fetching, parsing.
    #[error(transparent)]
    Protocol(#[from] ProtocolError),
    #[error(transparent)]
    App(#[from] AppError),
    /// The activity or object is well-formed JSON but not acceptable.
    #[error("{0}")]
    Invalid(String),
    /// The peer's instance is not allowed by this node's federation policy.
    #[error("instance not allowed by this node's federation policy")]
    Blocked,
    /// The request's signature is missing, expired or does not verify.
    #[error("{0}")]
    Unauthorized(String),
    /// The body is not sent as ActivityPub JSON.
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// The request is signed with a scheme we do not verify (yet).
    #[error("{0}")]
    SchemeUnsupported(String),
    /// After the signature verified, fetching something the activity names from its server
    /// failed (unreachable, slow, over our fetch budget): worth the sender's retry, so a 502
    /// rather than a 4xx that would make it give up.
    #[error("fetching from the sender's server failed: {0}")]
    Upstream(String),
}

impl FedError {
    pub fn invalid(message: impl Into<String>) -> FedError {
        FedError::Invalid(message.into())
    }

    /// For fetches made after the request's signature verified: a transport failure (or our
    /// own fetch budget) becomes `Upstream`, so the sender retries; what the origin answered
    /// about the object itself keeps its meaning.
    pub fn after_verification(self) -> FedError {
        match self {
            FedError::Protocol(
                e @ (ProtocolError::Reqwest(_) | ProtocolError::ReqwestMiddleware(_) | ProtocolError::RequestLimit | ProtocolError::ResponseBodyLimit),
            ) => FedError::Upstream(e.to_string()),
            other => other,
        }
    }

    fn status_code_and_message(&self) -> (StatusCode, &'static str, String) {
        match self {
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
            FedError::Invalid(m) => (StatusCode::BAD_REQUEST, "invalid_activity", m.clone()),
            FedError::Blocked => (StatusCode::FORBIDDEN, "instance_blocked", self.to_string()),
            FedError::Unauthorized(m) => (StatusCode::UNAUTHORIZED, "signature_invalid", m.clone()),
            FedError::SchemeUnsupported(m) => (StatusCode::UNAUTHORIZED, "signature_scheme_unsupported", m.clone()),
            FedError::UnsupportedMediaType(m) => (StatusCode::UNSUPPORTED_MEDIA_TYPE, "expected_activity_json", m.clone()),
            FedError::Upstream(m) => (StatusCode::BAD_GATEWAY, "fetch_failed", format!("Fetching from your server failed; try again later: {m}")),
        }
    }
}

impl ResponseError for FedError {
    fn status_code(&self) -> StatusCode {
        self.status_code_and_message().0
    }

    fn error_response(&self) -> HttpResponse {
        // Refusals are logged where the activity and its sender are known (the inbox).
        if let FedError::App(e) = self {
            log_if_internal(e);
        }
        let (status, code, message) = self.status_code_and_message();
        match self {
            FedError::App(AppError::Validation(errors)) => {
                HttpResponse::build(status).json(serde_json::json!({ "error": { "code": code, "message": message, "fields": fields_json(errors) } }))
            }
            _ => json_error(status, code, &message),
        }
    }
}

impl FedError {
    /// Why, for the log: the message, with the fields of a validation error.
    pub fn reason(&self) -> String {
        match self {
            FedError::App(AppError::Validation(errors)) => {
                let fields: Vec<String> = errors.0.iter().map(|(field, problem)| format!("{field}: {}", problem.code())).collect();
                format!("validation failed ({})", fields.join(", "))
            }
            FedError::App(e) if e.is_internal() => "internal error".to_owned(),
            other => other.status_code_and_message().2,
        }
    }
}

pub type FedResult<T> = Result<T, FedError>;
