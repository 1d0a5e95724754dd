//! What a use case can fail with. The HTTP edge maps each variant to a status and a code;
//! internal causes are logged there and never shown.

use crate::domain::license::RemixError;
use crate::domain::validation::FieldErrors;
use crate::store::DbError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("sign in first")]
    Unauthenticated,
    #[error("not allowed")]
    Forbidden,
    #[error("wrong username or password")]
    InvalidCredentials,
    #[error("account awaits approval")]
    AccountPending,
    /// The password was right, but the account's address is not confirmed yet (a new link was
    /// sent, at most one an hour).
    #[error("e-mail address not confirmed")]
    EmailUnverified,
    #[error("account suspended")]
    AccountSuspended,
    #[error("registration is closed")]
    RegistrationClosed,
    #[error("invalid input")]
    Validation(FieldErrors),
    #[error(transparent)]
    Remix(#[from] RemixError),
    #[error("{message}")]
    BadRequest { code: &'static str, message: String },
    #[error("{0}")]
    UnsupportedMediaType(String),
    #[error("too many attempts; try again in {retry_after} s")]
    RateLimited { retry_after: u64 },
    #[error("too large: the limit is {limit} bytes")]
    PayloadTooLarge { limit: u64 },
    #[error("database error: {0}")]
    Db(#[from] DbError),
    #[error("database pool error: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("file storage error: {0}")]
    Io(#[from] std::io::Error),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<FieldErrors> for AppError {
    fn from(errors: FieldErrors) -> Self {
        AppError::Validation(errors)
    }
}

impl AppError {
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> AppError {
        AppError::BadRequest { code, message: message.into() }
    }

    /// True for failures of ours (not of the request), which are logged with their cause.
    pub fn is_internal(&self) -> bool {
        matches!(self, AppError::Db(_) | AppError::Pool(_) | AppError::Io(_) | AppError::Internal(_))
    }
}

pub type AppResult<T> = Result<T, AppError>;
