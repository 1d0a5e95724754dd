//! The ActivityPub wire format, as pure functions of rows, domain values and JSON: the
//! `@context` (`context`), outgoing activities (`activities`), our objects and how remote ones
//! are read (`objects`), and HTTP signatures of both schemes (`signatures`).
//!
//! No IO and no use cases here: `app` calls these inside its transactions to write the outbox,
//! and the adapters in `federation` (inbox, delivery, fetch gate) call them on what crosses the
//! wire. This module imports neither (a test in `tests/tidy.rs` keeps it so).

pub mod activities;
pub mod collection;
pub mod context;
pub mod objects;
pub mod question;
pub mod review;
pub mod signatures;

use url::Url;

/// Received JSON that is well-formed but not an acceptable object or activity; the message
/// says why, for the sender and the log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Invalid(pub String);

impl Invalid {
    pub fn new(message: impl Into<String>) -> Invalid {
        Invalid(message.into())
    }
}

/// `host[:port]` of a URL: how we name instances.
pub fn host_of(url: &Url) -> String {
    match (url.host_str(), url.port()) {
        (Some(h), Some(p)) => format!("{h}:{p}"),
        (Some(h), None) => h.to_owned(),
        _ => String::new(),
    }
}
