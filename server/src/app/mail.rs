//! Mail as use cases see it: the settings, the queue written in the transaction of the event
//! a mail reports (the outbox pattern, as for federation), and what administrators see of it.
//! Rendering and sending live above, in `crate::mail`.
//!
//! Without `--smtp-url` mail is off: nothing is queued, and every feature that needs mail says
//! so (`/admin` shows it; sign-up then works as it did before mail existed).

use std::time::Duration;

use serde_json::Value;

use super::{new_id, now, Actor, App, AppResult};
use crate::domain::authz::Action;
use crate::domain::mail::{MailKind, MailStatus};
use crate::store::models::{MailRow, UserRow};
use crate::store::{mail as store, DbConnection};

/// How mail leaves the node.
#[derive(Clone)]
pub struct MailSettings {
    /// `smtp://host:port` (plain, loopback only in practice), `smtp://…?tls=required`
    /// (STARTTLS), `smtps://…` (implicit TLS), user and password in the URL; or `sendmail`
    /// (`sendmail:///usr/sbin/sendmail` for another path).
    pub url: String,
    /// The sender, e.g. `Deelwijs <noreply@school.example>`.
    pub from: String,
    /// First retry delay after a temporary failure; doubles per failure up to `retry_max`.
    pub retry_base: Duration,
    pub retry_max: Duration,
    /// A PEM file of a certificate authority to trust for the SMTP server's TLS certificate,
    /// besides the public ones (a relay inside the school network with its own CA).
    pub ca_file: Option<std::path::PathBuf>,
}

impl std::fmt::Debug for MailSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may carry the SMTP password.
        f.debug_struct("MailSettings").field("transport", &self.summary()).field("from", &self.from).finish_non_exhaustive()
    }
}

impl MailSettings {
    /// The transport without credentials, for `/admin` and the log.
    pub fn summary(&self) -> String {
        match url::Url::parse(&self.url) {
            Ok(mut url) if url.scheme() != "sendmail" => {
                let _ = url.set_username("");
                let _ = url.set_password(None);
                url.to_string()
            }
            Ok(url) => format!("sendmail {}", if url.path().len() > 1 { url.path() } else { "(sendmail on the PATH)" }),
            Err(_) if self.url == "sendmail" => "sendmail (sendmail on the PATH)".to_owned(),
            Err(_) => "(not a URL)".to_owned(),
        }
    }
}

/// A mail to queue in the caller's transaction.
pub struct Outgoing<'a> {
    /// One event, one mail: a second mail with the same key is not queued.
    pub event_key: String,
    pub user: &'a UserRow,
    /// Where it goes: the account's address, or the new one being verified.
    pub to: &'a str,
    pub kind: MailKind,
    pub params: Value,
}

/// Queues a mail in the caller's transaction when mail is on (`mail_on`: the node has mail
/// settings); returns whether it was queued.
pub fn queue(conn: &mut DbConnection, mail_on: bool, mail: Outgoing<'_>) -> AppResult<bool> {
    if !mail_on {
        return Ok(false);
    }
    let row = MailRow {
        id: new_id(),
        event_key: mail.event_key,
        user_id: Some(mail.user.id.clone()),
        to_address: mail.to.to_owned(),
        lang: mail.user.lang.clone(),
        kind: mail.kind.as_str().to_owned(),
        params: mail.params.to_string(),
        status: MailStatus::Queued.as_str().to_owned(),
        attempts: 0,
        next_attempt_at: now(),
        last_error: None,
        created_at: now(),
        sent_at: None,
    };
    Ok(store::enqueue(conn, &row)?)
}

/// What `/admin` shows about mail.
#[derive(Debug, Clone)]
pub struct MailOverview {
    /// The transport without credentials and the sender; `None`: mail is off.
    pub configured: Option<(String, String)>,
    pub counts: Vec<(MailStatus, i64)>,
    /// Mail that failed, was refused, or waits after a failed attempt, newest first.
    pub problems: Vec<MailRow>,
}

pub async fn overview(app: &App, actor: &Actor) -> AppResult<MailOverview> {
    actor.require(Action::ConfigureNode, "")?;
    let configured = app.config.mail.as_ref().map(|m| (m.summary(), m.from.clone()));
    app.db
        .read(move |conn| {
            let counts = store::counts(conn)?.into_iter().filter_map(|(status, n)| MailStatus::parse(&status).map(|s| (s, n))).collect();
            Ok(MailOverview { configured, counts, problems: store::problems(conn, 20)? })
        })
        .await
}

/// Puts failed and refused mail back in the queue.
pub async fn retry(app: &App, actor: &Actor) -> AppResult<usize> {
    actor.require(Action::ConfigureNode, "")?;
    app.db.write(|conn| Ok(store::retry_problems(conn, now())?)).await
}
