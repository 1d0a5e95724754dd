//! Use cases: the only code that opens transactions. HTTP handlers and the CLI call these;
//! later the federation inbox calls the same ones (DESIGN.md invariant 4).

pub mod account_deletion;
pub mod account_export;
pub mod account_mail;
pub mod accounts;
pub mod attachments;
pub mod case_provider;
pub mod case_studies;
pub mod collections;
pub mod curricula;
pub mod error;
pub mod federation;
pub mod feeds;
pub mod files;
pub mod foreign_goals;
pub mod housekeeping;
pub mod identities;
pub mod invitations;
pub mod mail;
pub mod matchmaking;
pub mod materials;
pub mod network_relay;
pub mod networks;
pub mod node;
pub mod notifications;
pub mod oai;
pub mod outbox;
pub mod quality;
pub mod questions;
pub mod reactions;
pub mod remote_collections;
pub mod resources;
pub mod reviews;
pub mod saved_searches;
pub mod search;
pub mod suggestions;
pub mod throttle;
pub mod translations;
pub mod tx;

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{NaiveDateTime, Utc};
use rand::Rng;

pub use crate::domain::new_id;
pub use error::{AppError, AppResult};
pub use tx::Db;

use crate::domain::authz::{self, Action};
use crate::domain::vocab::Role;
use crate::domain::Limits;
use crate::store::models::UserRow;

/// Everything a use case needs: the database, where files go, and the node's settings.
#[derive(Clone)]
pub struct App {
    pub db: Db,
    pub config: Arc<AppConfig>,
    /// The search index; `None` in CLI processes that only write (their queue rows are
    /// picked up by the serving process).
    pub search: Option<Arc<deelwijs_indexer::SearchIndex>>,
    /// Derived, rebuildable in-memory structures.
    pub caches: Arc<Caches>,
    /// Limits on repeated sign-ins and sign-ups.
    pub throttles: Arc<throttle::Throttles>,
}

/// In-memory structures derived from the database, rebuilt when their source changes.
#[derive(Default)]
pub struct Caches {
    /// The goal suggester and what it was built from.
    pub goal_suggester: std::sync::Mutex<Option<suggestions::Cached>>,
    /// The federation policy, read from the settings table; cleared when an administrator changes it.
    pub policy: std::sync::RwLock<PolicyCache>,
    /// Goal URIs by goal id, for the search's goal facet (the index counts ids). A goal keeps its
    /// id and URI for life, except when a re-import gives an identifier a new URI: an import
    /// through this process clears the map (one from the command line shows after a restart).
    pub goal_uris: std::sync::Mutex<std::collections::HashMap<String, String>>,
}

/// The cached federation policy, with a count of changes: a read of the settings that raced a
/// change must not put the old policy back into the cache.
#[derive(Debug, Default)]
pub struct PolicyCache {
    pub generation: u64,
    pub policy: Option<crate::domain::federation::Policy>,
}

/// Settings fixed at start-up.
#[derive(Debug, Clone)]
pub struct AppConfig {
    /// Public base URL without a trailing slash, e.g. `http://localhost:8080`.
    pub public_url: String,
    pub data_dir: PathBuf,
    pub limits: Limits,
    pub federation: FederationSettings,
    /// The client's address is the last `X-Forwarded-For` entry (set by our reverse proxy),
    /// not the connection's peer. Used for throttling sign-ins.
    pub behind_proxy: bool,
    /// How mail leaves the node; `None`: mail is off.
    pub mail: Option<mail::MailSettings>,
    pub privacy: PrivacySettings,
    /// Identity providers people may sign in with (OpenID Connect).
    pub oidc: Vec<identities::OidcProvider>,
    /// Whether local passwords may be used to sign in (and to sign up).
    pub password_sign_in: bool,
}

/// Who runs the node and answers for its personal data (shown on `/privacy`).
#[derive(Debug, Clone, Default)]
pub struct PrivacySettings {
    /// The school board or network running the node.
    pub operator: Option<String>,
    /// An address or page to reach the operator about privacy.
    pub contact: Option<String>,
}

/// How this node federates.
#[derive(Debug, Clone)]
pub struct FederationSettings {
    /// Allow http:// and loopback peers (tests and local trials only).
    pub insecure_local: bool,
    /// The node actor's handle: `@<handle>@<host>`.
    pub node_handle: String,
    /// How many recent items to import from a newly followed actor's outbox.
    pub backfill_limit: usize,
    /// First retry delay after a failed delivery; doubles per failure up to `retry_max`.
    pub retry_base: std::time::Duration,
    pub retry_max: std::time::Duration,
    /// After failing this long, an instance is marked unreachable until it contacts us.
    pub give_up_after: std::time::Duration,
    /// A policy from the configuration, applied at start-up (it then replaces what admins set).
    pub policy: Option<crate::domain::federation::Policy>,
}

impl Default for FederationSettings {
    fn default() -> Self {
        FederationSettings {
            insecure_local: false,
            node_handle: "materialen".to_owned(),
            backfill_limit: 200,
            retry_base: std::time::Duration::from_secs(60),
            retry_max: std::time::Duration::from_secs(6 * 3600),
            give_up_after: std::time::Duration::from_secs(3 * 24 * 3600),
            policy: None,
        }
    }
}

impl AppConfig {
    pub fn files_dir(&self) -> PathBuf {
        self.data_dir.join("files")
    }

    pub fn material_url(&self, id: &str) -> String {
        format!("{}/materials/{id}", self.public_url)
    }

    pub fn case_study_url(&self, id: &str) -> String {
        format!("{}/case-studies/{id}", self.public_url)
    }

    pub fn collection_url(&self, id: &str) -> String {
        format!("{}/collections/{id}", self.public_url)
    }

    pub fn question_url(&self, id: &str) -> String {
        format!("{}/questions/{id}", self.public_url)
    }

    /// The page of a piece of content of any kind (a search hit names its kind as text).
    pub fn content_url(&self, kind: &str, id: &str) -> String {
        match crate::domain::ContentKind::parse(kind) {
            Some(crate::domain::ContentKind::CaseStudy) => self.case_study_url(id),
            Some(crate::domain::ContentKind::Collection) => self.collection_url(id),
            Some(crate::domain::ContentKind::Question) => self.question_url(id),
            _ => self.material_url(id),
        }
    }

    pub fn index_dir(&self) -> PathBuf {
        self.data_dir.join("index")
    }

    pub fn user_url(&self, username: &str) -> String {
        format!("{}/users/{username}", self.public_url)
    }

    /// A network hosted here (its `Group` actor).
    pub fn group_url(&self, name: &str) -> String {
        format!("{}/groups/{name}", self.public_url)
    }

    /// The node's own actor (type `Application`).
    pub fn node_actor_url(&self) -> String {
        format!("{}/actor", self.public_url)
    }

    /// `host[:port]` of the public URL: this node's name among instances.
    pub fn host(&self) -> String {
        materials::host_of(&self.public_url)
    }
}

/// The signed-in account a use case acts for.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub role: Role,
}

impl Actor {
    pub fn from_row(row: &UserRow) -> Actor {
        Actor {
            id: row.id.clone(),
            username: row.username.clone(),
            display_name: row.display_name.clone(),
            role: Role::parse(&row.role).unwrap_or(Role::Member),
        }
    }

    pub fn can(&self, action: Action, owner_id: &str) -> bool {
        authz::can(self.role, action, self.id == owner_id)
    }

    pub fn require(&self, action: Action, owner_id: &str) -> AppResult<()> {
        if self.can(action, owner_id) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// A secret for sessions and API tokens: 32 random bytes, hex.
pub fn new_secret() -> String {
    let bytes: [u8; 32] = rand::thread_rng().gen();
    hex::encode(bytes)
}

/// Secrets are stored only as their SHA-256, so a database leak does not leak sessions.
pub fn hash_secret(secret: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(secret.as_bytes()))
}

pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

/// A page of results with the total, as every list in the API returns it.
#[derive(Debug, Clone)]
pub struct Paged<T> {
    pub total: i64,
    pub items: Vec<T>,
    pub page: crate::store::Page,
}
