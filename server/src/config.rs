//! Command line and environment: every flag can also be set as `DEELWIJS_<FLAG>`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::domain::Limits;
use crate::store::DatabaseUrl;

#[derive(Debug, Parser)]
#[command(name = "deelwijs", version, about = "A Deelwijs node: open learning materials and case studies, shared without a central hub")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the node (web pages and JSON API).
    Serve(Box<ServeArgs>),
    /// Apply (or revert) database migrations, then exit.
    Migrate(MigrateArgs),
    /// Administrative tasks.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Rebuild the search index from the database (stop the node first: one writer per index).
    Reindex(ReindexArgs),
    /// Curriculum frameworks (IMS CASE).
    Curriculum {
        #[command(subcommand)]
        command: CurriculumCommand,
    },
}

#[derive(Debug, Clone, Args)]
pub struct ReindexArgs {
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Subcommand)]
pub enum CurriculumCommand {
    /// Import or update a framework from an IMS CASE 1.0 CFPackage JSON file.
    Import(ImportArgs),
}

#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub storage: StorageArgs,
    /// The CFPackage JSON file.
    pub file: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an active account with a role.
    CreateUser(CreateUserArgs),
}

/// Where the node keeps its data.
#[derive(Debug, Clone, Args)]
pub struct StorageArgs {
    /// Directory for the SQLite database, uploaded files and the search index.
    #[arg(long, env = "DEELWIJS_DATA_DIR", default_value = "./deelwijs-data")]
    pub data_dir: PathBuf,
    /// `postgres://…` for PostgreSQL; a file path (or `sqlite://path`) for SQLite.
    /// Default: SQLite at `<data-dir>/deelwijs.db`.
    #[arg(long, env = "DEELWIJS_DATABASE_URL")]
    pub database_url: Option<String>,
}

impl StorageArgs {
    pub fn database_url(&self) -> DatabaseUrl {
        match &self.database_url {
            Some(url) => DatabaseUrl::parse(url),
            None => DatabaseUrl::Sqlite(self.data_dir.join("deelwijs.db").to_string_lossy().into_owned()),
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub storage: StorageArgs,
    /// Address to listen on.
    #[arg(long, env = "DEELWIJS_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// The URL people and other nodes use to reach this node (identities derive from it).
    #[arg(long, env = "DEELWIJS_PUBLIC_URL", default_value = "http://localhost:8080")]
    pub public_url: String,
    /// Seed demo content (once; running again changes nothing).
    #[arg(long, env = "DEELWIJS_DEMO")]
    pub demo: bool,
    /// HTTP worker threads (default: number of CPUs).
    #[arg(long, env = "DEELWIJS_WORKERS")]
    pub workers: Option<usize>,
    /// Largest Markdown body in bytes.
    #[arg(long, env = "DEELWIJS_MAX_BODY_BYTES", default_value_t = Limits::default().max_body_bytes)]
    pub max_body_bytes: usize,
    /// Largest uploaded file in bytes.
    #[arg(long, env = "DEELWIJS_MAX_UPLOAD_BYTES", default_value_t = Limits::default().max_upload_bytes)]
    pub max_upload_bytes: u64,
    /// The node runs behind a reverse proxy that appends the client's address to
    /// `X-Forwarded-For`; sign-in throttling then uses that address instead of the proxy's.
    #[arg(long, env = "DEELWIJS_BEHIND_PROXY")]
    pub behind_proxy: bool,
    #[command(flatten)]
    pub federation: FederationArgs,
    #[command(flatten)]
    pub mail: MailArgs,
    /// Who runs this node and answers for its personal data (the school board or network), as
    /// shown on /privacy, e.g. "Stichting Voorbeeldscholen, Utrecht".
    #[arg(long, env = "DEELWIJS_OPERATOR")]
    pub operator: Option<String>,
    /// Where people reach the operator about privacy (an address or a page), shown on /privacy.
    #[arg(long, env = "DEELWIJS_PRIVACY_CONTACT")]
    pub privacy_contact: Option<String>,
    /// An identity provider people may sign in with (OpenID Connect), as
    /// `id=entree,name=Entree Federatie,issuer=https://…,client_id=…,client_secret=…` with
    /// optional `scopes=openid email profile`, `domains=school.nl other.nl`,
    /// `schac=school.nl` and `accounts=open|approval|closed`. Repeat for more providers; in the
    /// environment variable, separate providers with `;`.
    #[arg(long = "oidc-provider", env = "DEELWIJS_OIDC_PROVIDERS", value_delimiter = ';', value_parser = parse_oidc_provider, hide_env_values = true)]
    pub oidc_providers: Vec<crate::app::identities::OidcProvider>,
    /// Whether people may sign in (and sign up) with a local password. `false` leaves only the
    /// identity providers; administrators can still create accounts with the CLI.
    #[arg(long, env = "DEELWIJS_PASSWORD_SIGN_IN", default_value_t = true, action = clap::ArgAction::Set)]
    pub password_sign_in: bool,
}

fn parse_oidc_provider(text: &str) -> Result<crate::app::identities::OidcProvider, String> {
    crate::app::identities::OidcProvider::parse(text)
}

/// How the node sends mail. Without `--smtp-url`, mail is off.
#[derive(Clone, Args)]
pub struct MailArgs {
    /// Where mail goes: `smtps://user:password@host:465` (implicit TLS),
    /// `smtp://user:password@host:587?tls=required` (STARTTLS), `smtp://127.0.0.1:25` (no TLS: a
    /// relay on the same machine), or `sendmail` (`sendmail:///path/to/sendmail`). Prefer the
    /// environment variable: it may hold a password.
    #[arg(long, env = "DEELWIJS_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// The sender of the node's mail, e.g. `"Deelwijs <noreply@school.example>"`
    /// (default: noreply@ the public URL's host).
    #[arg(long, env = "DEELWIJS_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// First retry delay after a mail failed to send, in milliseconds (doubles per failure).
    #[arg(long, env = "DEELWIJS_MAIL_RETRY_BASE_MS", default_value_t = 60_000)]
    pub mail_retry_base_ms: u64,
    /// Longest retry delay for mail, in milliseconds.
    #[arg(long, env = "DEELWIJS_MAIL_RETRY_MAX_MS", default_value_t = 6 * 3_600_000)]
    pub mail_retry_max_ms: u64,
    /// A PEM file with a certificate authority to trust for the SMTP server's TLS certificate,
    /// besides the public ones (a relay with the school's own CA).
    #[arg(long, env = "DEELWIJS_SMTP_CA_FILE")]
    pub smtp_ca_file: Option<PathBuf>,
}

impl std::fmt::Debug for MailArgs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MailArgs").field("smtp_url", &self.smtp_url.as_ref().map(|_| "(set)")).field("mail_from", &self.mail_from).finish_non_exhaustive()
    }
}

impl MailArgs {
    pub fn settings(&self, public_url: &str) -> Option<crate::app::mail::MailSettings> {
        use std::time::Duration;
        let url = self.smtp_url.as_ref().filter(|u| !u.trim().is_empty())?;
        let host = url::Url::parse(public_url).ok().and_then(|u| u.host_str().map(str::to_owned)).unwrap_or_else(|| "localhost".to_owned());
        Some(crate::app::mail::MailSettings {
            url: url.trim().to_owned(),
            from: self.mail_from.clone().unwrap_or_else(|| format!("Deelwijs <noreply@{host}>")),
            retry_base: Duration::from_millis(self.mail_retry_base_ms.max(10)),
            retry_max: Duration::from_millis(self.mail_retry_max_ms.max(self.mail_retry_base_ms)),
            ca_file: self.smtp_ca_file.clone(),
        })
    }
}

/// How the node federates over ActivityPub.
#[derive(Debug, Clone, Args)]
pub struct FederationArgs {
    /// Allow http:// and loopback peers, for tests and local trials only. Off by default;
    /// logged loudly when on.
    #[arg(long, env = "DEELWIJS_INSECURE_LOCAL_FEDERATION")]
    pub insecure_local_federation: bool,
    /// The node actor's handle: others follow the whole node as @<handle>@<host>.
    #[arg(long, env = "DEELWIJS_NODE_HANDLE", default_value = "materialen")]
    pub node_handle: String,
    /// How many recent items to import from a newly followed actor.
    #[arg(long, env = "DEELWIJS_BACKFILL_LIMIT", default_value_t = 200)]
    pub backfill_limit: usize,
    /// First retry delay after a failed delivery, in milliseconds (doubles per failure).
    #[arg(long, env = "DEELWIJS_DELIVERY_RETRY_BASE_MS", default_value_t = 60_000)]
    pub delivery_retry_base_ms: u64,
    /// Longest retry delay, in milliseconds.
    #[arg(long, env = "DEELWIJS_DELIVERY_RETRY_MAX_MS", default_value_t = 6 * 3_600_000)]
    pub delivery_retry_max_ms: u64,
    /// After failing this many hours (fractions allowed), an instance is marked unreachable
    /// until it contacts us.
    #[arg(long, env = "DEELWIJS_DELIVERY_GIVE_UP_HOURS", default_value_t = 72.0, value_parser = parse_hours)]
    pub delivery_give_up_hours: f64,
    /// Federation policy set at start-up: open, blocklist or allowlist (without it, the policy
    /// administrators set on /admin stays as it is).
    #[arg(long, env = "DEELWIJS_FEDERATION_MODE", value_parser = parse_mode)]
    pub federation_mode: Option<crate::domain::vocab::FederationMode>,
    /// The instances the mode lists (comma-separated hosts, e.g. `school.example.be,localhost:8081`).
    #[arg(long, env = "DEELWIJS_FEDERATION_INSTANCES", value_delimiter = ',', requires = "federation_mode")]
    pub federation_instances: Vec<String>,
}

fn parse_hours(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(hours) if hours.is_finite() && hours >= 0.0 => Ok(hours),
        _ => Err(format!("{text:?} is not a number of hours (such as 72 or 0.5)")),
    }
}

fn parse_mode(text: &str) -> Result<crate::domain::vocab::FederationMode, String> {
    crate::domain::vocab::FederationMode::parse(text).ok_or_else(|| format!("{text:?} is not a federation mode: use open, blocklist or allowlist"))
}

impl FederationArgs {
    pub fn settings(&self) -> crate::app::FederationSettings {
        use std::time::Duration;
        crate::app::FederationSettings {
            insecure_local: self.insecure_local_federation,
            node_handle: self.node_handle.clone(),
            backfill_limit: self.backfill_limit,
            retry_base: Duration::from_millis(self.delivery_retry_base_ms.max(10)),
            retry_max: Duration::from_millis(self.delivery_retry_max_ms.max(self.delivery_retry_base_ms)),
            give_up_after: Duration::try_from_secs_f64(self.delivery_give_up_hours * 3600.0).unwrap_or(Duration::from_secs(72 * 3600)),
            policy: self.federation_mode.map(|mode| crate::domain::federation::Policy {
                mode,
                instances: self.federation_instances.iter().map(|h| h.trim().to_owned()).filter(|h| !h.is_empty()).collect(),
            }),
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct MigrateArgs {
    #[command(flatten)]
    pub storage: StorageArgs,
    /// Revert every migration instead (drops all data).
    #[arg(long, env = "DEELWIJS_REVERT_ALL")]
    pub revert_all: bool,
}

#[derive(Clone, Args)]
pub struct CreateUserArgs {
    #[command(flatten)]
    pub storage: StorageArgs,
    #[arg(long, env = "DEELWIJS_USERNAME")]
    pub username: String,
    #[arg(long, env = "DEELWIJS_EMAIL")]
    pub email: String,
    /// Prefer the environment variable: arguments are visible to other local users.
    #[arg(long, env = "DEELWIJS_PASSWORD", hide_env_values = true)]
    pub password: String,
    #[arg(long, env = "DEELWIJS_DISPLAY_NAME")]
    pub display_name: Option<String>,
    /// admin, moderator, editor or member.
    #[arg(long, env = "DEELWIJS_ROLE", default_value = "member")]
    pub role: String,
}

impl std::fmt::Debug for CreateUserArgs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateUserArgs").field("username", &self.username).field("role", &self.role).finish_non_exhaustive()
    }
}
