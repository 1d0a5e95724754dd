//! Sending mail: the transport (SMTP through lettre, STARTTLS or implicit TLS by rustls, or a
//! local sendmail) and the worker that renders queued mail in the recipient's language and
//! sends it, with retries and backoff. Sits above `app`, as `federation`'s delivery does: use
//! cases only write `mail_queue` rows (`app::mail::queue`).

use std::sync::Arc;
use std::time::Duration;

use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSendmailTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde_json::{json, Value};

use crate::app::mail::MailSettings;
use crate::app::notifications;
use crate::app::{hash_secret, new_secret, now, App, AppError, AppResult};
use crate::domain::mail::{after_failure, retry_delay, MailKind};
use crate::domain::notification::NotificationKind;
use crate::store::models::{AccountTokenRow, MailRow};
use crate::store::{mail as store, users};
use deelwijs_frontend::i18n::Lang;
use deelwijs_frontend::mail::{MailView, NotificationItem, NotificationsView};

/// Checks the settings at start-up, so a typo fails there rather than at the first mail.
pub fn check(settings: &MailSettings) -> Result<(), String> {
    settings.from.parse::<Mailbox>().map_err(|e| format!("--mail-from {:?} is not an address: {e}", settings.from))?;
    Transport::new(settings).map(drop)
}

/// A header lettre has no type for: a type named for it, holding the value it is given.
macro_rules! text_header {
    ($(#[$doc:meta])* $type:ident, $name:literal) => {
        $(#[$doc])*
        #[derive(Clone)]
        struct $type(String);

        impl Header for $type {
            fn name() -> HeaderName {
                HeaderName::new_from_ascii_str($name)
            }

            fn parse(value: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Ok($type(value.to_owned()))
            }

            fn display(&self) -> HeaderValue {
                HeaderValue::new(Self::name(), self.0.clone())
            }
        }
    };
}

text_header!(
    /// `Auto-Submitted: auto-generated` (RFC 3834): no vacation replies to the node's mail.
    AutoSubmitted,
    "Auto-Submitted"
);
text_header!(
    /// `List-Unsubscribe: <https://…/unsubscribe/…>` (RFC 2369).
    ListUnsubscribe,
    "List-Unsubscribe"
);
text_header!(
    /// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058).
    ListUnsubscribePost,
    "List-Unsubscribe-Post"
);

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Sendmail(AsyncSendmailTransport<Tokio1Executor>),
}

/// Why a send failed, and whether trying again can help.
struct SendError {
    message: String,
    permanent: bool,
}

impl Transport {
    fn new(settings: &MailSettings) -> Result<Transport, String> {
        if settings.url == "sendmail" {
            return Ok(Transport::Sendmail(AsyncSendmailTransport::new()));
        }
        let url = url::Url::parse(&settings.url).map_err(|e| format!("--smtp-url is not a URL: {e}"))?;
        if url.scheme() == "sendmail" {
            return Ok(Transport::Sendmail(if url.path().len() > 1 {
                AsyncSendmailTransport::new_with_command(url.path())
            } else {
                AsyncSendmailTransport::new()
            }));
        }
        let plain = url.scheme() == "smtp" && !url.query_pairs().any(|(k, _)| k == "tls");
        let loopback = matches!(url.host(), Some(url::Host::Ipv4(ip)) if ip.is_loopback())
            || matches!(url.host(), Some(url::Host::Ipv6(ip)) if ip.is_loopback())
            || url.host_str() == Some("localhost");
        if plain && !loopback {
            tracing::warn!(transport = %settings.summary(), "mail goes to a remote SMTP server WITHOUT TLS: add ?tls=required or use smtps://");
        }
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(&settings.url).map_err(|e| format!("--smtp-url: {e}"))?;
        if let Some(ca_file) = &settings.ca_file {
            builder = builder.tls(tls_with_ca(&url, ca_file)?);
        }
        Ok(Transport::Smtp(builder.timeout(Some(Duration::from_secs(30))).build()))
    }

    async fn send(&self, message: Message) -> Result<(), SendError> {
        match self {
            Transport::Smtp(smtp) => smtp.send(message).await.map(drop).map_err(|e| SendError { permanent: e.is_permanent(), message: e.to_string() }),
            Transport::Sendmail(sendmail) => sendmail.send(message).await.map(drop).map_err(|e| SendError { permanent: false, message: e.to_string() }),
        }
    }
}

/// The TLS the URL asks for (implicit for `smtps`, STARTTLS for `?tls=required`, else
/// opportunistic), trusting `ca_file` as well as the public roots.
fn tls_with_ca(url: &url::Url, ca_file: &std::path::Path) -> Result<Tls, String> {
    let pem = std::fs::read(ca_file).map_err(|e| format!("--smtp-ca-file {}: {e}", ca_file.display()))?;
    let certificate = Certificate::from_pem(&pem).map_err(|e| format!("--smtp-ca-file {}: {e}", ca_file.display()))?;
    let host = url.host_str().unwrap_or_default().trim_matches(['[', ']']).to_owned();
    let parameters = TlsParameters::builder(host).add_root_certificate(certificate).build_rustls().map_err(|e| format!("--smtp-ca-file: {e}"))?;
    let mode = url.query_pairs().find(|(k, _)| k == "tls").map(|(_, v)| v.into_owned());
    Ok(match (url.scheme(), mode.as_deref()) {
        ("smtps", _) => Tls::Wrapper(parameters),
        (_, Some("required")) => Tls::Required(parameters),
        _ => Tls::Opportunistic(parameters),
    })
}

/// The running worker; dropping it stops it between mails.
pub struct Worker {
    handle: tokio::task::JoinHandle<()>,
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.handle.abort();
    }
}

/// Mails taken from the queue at a time.
const BATCH: i64 = 20;
/// Longest sleep between looks at the queue (a commit wakes the worker sooner).
const IDLE: Duration = Duration::from_secs(30);

/// Starts the worker when mail is configured (inside the node's async runtime).
pub fn spawn(app: &App) -> anyhow::Result<Option<Worker>> {
    let Some(settings) = app.config.mail.clone() else {
        tracing::info!("mail is off (no --smtp-url): no verification, reset or notification mail is sent");
        return Ok(None);
    };
    let transport = Arc::new(Transport::new(&settings).map_err(anyhow::Error::msg)?);
    let from: Mailbox = settings.from.parse()?;
    tracing::info!(transport = %settings.summary(), from = %settings.from, "mail is on");
    let app = app.clone();
    let notify = app.db.mail_notify();
    Ok(Some(Worker {
        handle: tokio::spawn(async move {
            loop {
                let batch = match app.db.read(|conn| Ok(store::due(conn, now(), BATCH)?)).await {
                    Ok(batch) => batch,
                    Err(error) => {
                        tracing::error!(%error, "mail queue unreadable; trying again");
                        tokio::time::sleep(IDLE).await;
                        continue;
                    }
                };
                let full = batch.len() as i64 == BATCH;
                for row in batch {
                    if let Err(error) = send_one(&app, &transport, &from, &settings, row).await {
                        tracing::error!(%error, "mail worker: could not record a send; trying again later");
                    }
                }
                if full {
                    continue;
                }
                let next = app.db.read(|conn| Ok(store::next_due(conn)?)).await.ok().flatten();
                let wait = next.map_or(IDLE, |at| (at - now()).to_std().unwrap_or(Duration::ZERO).min(IDLE));
                tokio::select! {
                    () = notify.notified() => {}
                    () = tokio::time::sleep(wait) => {}
                }
            }
        }),
    }))
}

/// Renders one queued mail (making the single-use secret its link carries, stored as a hash),
/// sends it, and records the outcome.
async fn send_one(app: &App, transport: &Transport, from: &Mailbox, settings: &MailSettings, row: MailRow) -> AppResult<()> {
    let id = row.id.clone();
    let rendered = render(app, from, &row).await;
    let outcome = match rendered {
        Ok(Some(message)) => transport.send(message).await,
        // The account is gone, or the mail no longer applies: nothing to send.
        Ok(None) => Ok(()),
        Err(RenderError::Address(message)) => Err(SendError { message, permanent: true }),
        Err(RenderError::App(error)) => return Err(error),
    };
    match outcome {
        Ok(()) => {
            app.db.write(move |conn| Ok(store::mark_sent(conn, &id, now())?)).await?;
            tracing::info!(mail = %row.id, kind = %row.kind, "mail sent");
        }
        Err(error) => {
            let status = after_failure(row.attempts, error.permanent);
            let delay = retry_delay(row.attempts + 1, settings.retry_base, settings.retry_max);
            let next = now() + chrono::Duration::from_std(delay).unwrap_or(chrono::Duration::hours(1));
            tracing::warn!(mail = %row.id, kind = %row.kind, attempts = row.attempts + 1, status = status.as_str(), error = ?error.message, "mail not sent");
            let message: String = error.message.chars().take(500).collect();
            app.db.write(move |conn| Ok(store::mark_attempt(conn, &id, status.as_str(), next, &message)?)).await?;
        }
    }
    Ok(())
}

enum RenderError {
    /// The recipient's address cannot be used (a permanent failure of this mail).
    Address(String),
    App(AppError),
}

impl From<AppError> for RenderError {
    fn from(error: AppError) -> Self {
        RenderError::App(error)
    }
}

async fn render(app: &App, from: &Mailbox, row: &MailRow) -> Result<Option<Message>, RenderError> {
    let Some(kind) = MailKind::parse(&row.kind) else {
        return Err(RenderError::Address(format!("unknown kind of mail {:?}", row.kind)));
    };
    let to: Mailbox = row.to_address.parse().map_err(|e| RenderError::Address(format!("{e}")))?;
    let params: Value = serde_json::from_str(&row.params).unwrap_or_else(|_| json!({}));
    let (user_id, to_address) = (row.user_id.clone(), row.to_address.clone());
    // The secret is made now and only its hash is stored: the queue never holds a usable link.
    let secret = kind.token_purpose().map(|_| new_secret());
    let token_hash = secret.as_deref().map(hash_secret);
    let wanted: Vec<String> =
        params["notifications"].as_array().map(|ids| ids.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()).unwrap_or_default();
    let scope = params["unsubscribe"].as_str().unwrap_or("all").to_owned();
    let prepared = app
        .db
        .write(move |conn| {
            let Some(user) = user_id.as_deref().map(|id| users::by_id(conn, id)).transpose()?.flatten() else { return Ok(None) };
            if let (Some(purpose), Some(token_hash)) = (kind.token_purpose(), token_hash) {
                store::insert_token(
                    conn,
                    &AccountTokenRow {
                        token_hash,
                        user_id: user.id.clone(),
                        purpose: purpose.as_str().to_owned(),
                        email: to_address,
                        created_at: now(),
                        expires_at: now() + purpose.lifetime(),
                    },
                )?;
            }
            let node_name = crate::store::settings::get(conn, "node_name")?.unwrap_or_else(|| crate::app::node::DEFAULT_NAME.to_owned());
            let notes = if kind == MailKind::Notification {
                let rows = crate::store::notifications::by_ids(conn, &wanted)?;
                Some((rows, notifications::unsubscribe_path(conn, &user.id, &scope)?))
            } else {
                None
            };
            Ok(Some((user, node_name, notes)))
        })
        .await?;
    let Some((user, node_name, notes)) = prepared else { return Ok(None) };
    let lang = Lang::parse(&row.lang).unwrap_or_default();
    let base = &app.config.public_url;
    let link = |path: &str| format!("{base}{path}");
    let secret = secret.unwrap_or_default();
    // Notifications have their own view (a list of what happened); every other kind one of these.
    let view = match kind {
        MailKind::Notification => None,
        MailKind::VerifyEmail => Some(MailView::VerifyEmail {
            display_name: user.display_name.clone(),
            link: link(&format!("/verify-email/{secret}")),
            change: params["change"].as_bool().unwrap_or(false),
        }),
        MailKind::ResetPassword => Some(MailView::ResetPassword { display_name: user.display_name.clone(), link: link(&format!("/password-reset/{secret}")) }),
        MailKind::AccountExists => Some(MailView::AccountExists {
            display_name: user.display_name.clone(),
            username: user.username.clone(),
            sign_in_link: link("/sign-in"),
            reset_link: link("/password-reset"),
        }),
        MailKind::ProviderLinked => Some(MailView::ProviderLinked {
            display_name: user.display_name.clone(),
            provider: params["provider"].as_str().unwrap_or_default().to_owned(),
            account_link: link("/account"),
        }),
        MailKind::EmailChanging => Some(MailView::EmailChanging {
            display_name: user.display_name.clone(),
            new_address: params["new_address"].as_str().unwrap_or_default().to_owned(),
            account_link: link("/account"),
        }),
    };
    let text = match (view, &notes) {
        (Some(view), _) => deelwijs_frontend::mail::render(lang, &node_name, &view),
        (None, Some((rows, unsubscribe_path))) => {
            if rows.is_empty() {
                // The account was deleted since, and its notifications with it.
                return Ok(None);
            }
            let items = rows
                .iter()
                .map(|n| {
                    let what = match NotificationKind::parse(&n.kind) {
                        Some(kind) => lang.term("notification", kind.as_str()).to_owned(),
                        None => n.kind.clone(),
                    };
                    NotificationItem { what, title: n.subject_title.clone(), url: n.subject_url.clone(), detail: n.detail.clone() }
                })
                .collect();
            let view = NotificationsView {
                display_name: user.display_name.clone(),
                items,
                digest: params["digest"].as_str().map(str::to_owned),
                settings_link: link("/account#notifications-title"),
                unsubscribe_link: link(unsubscribe_path),
            };
            deelwijs_frontend::mail::render_notifications(lang, &node_name, &view)
        }
        (None, None) => return Err(RenderError::Address("a notification mail without notifications".to_owned())),
    };
    let host = url::Url::parse(base).ok().and_then(|u| u.host_str().map(str::to_owned)).unwrap_or_else(|| "localhost".to_owned());
    let mut builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(text.subject)
        .message_id(Some(format!("<{}@{host}>", row.id)))
        .header(AutoSubmitted("auto-generated".to_owned()));
    if let Some((_, path)) = &notes {
        // RFC 2369 and RFC 8058: mail clients offer a one-click "unsubscribe" that POSTs here.
        builder = builder.header(ListUnsubscribe(format!("<{}>", link(path)))).header(ListUnsubscribePost("List-Unsubscribe=One-Click".to_owned()));
    }
    let message = builder
        .multipart(MultiPart::alternative_plain_html(text.text, text.html))
        .map_err(|e| RenderError::App(AppError::Internal(format!("building a mail: {e}"))))?;
    Ok(Some(message))
}
