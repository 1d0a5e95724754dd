//! What federation's adapters fail with. How each failure is answered over HTTP (never a 500
//! for a peer's mistake: bad signatures are 401, malformed activities 400, blocked peers 403)
//! is `http::federation_error`.

use activitypub_federation::error::Error as ProtocolError;

use crate::app::AppError;

#[derive(Debug, thiserror::Error)]
pub enum FedError {
    /// Raised by activitypub_federation: signatures, digests, fetching, parsing.
    #[error(transparent)]
    Protocol(#[from] ProtocolError),
    #[error(transparent)]
    App(#[from] AppError),
    /// The activity or object is well-formed JSON but not acceptable.
    #[error(transparent)]
    Invalid(#[from] crate::activitypub::Invalid),
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
        FedError::Invalid(crate::activitypub::Invalid::new(message))
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
}

pub type FedResult<T> = Result<T, FedError>;
