//! Building a node from settings: data directory, database, migrations, HTTP server.

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Arc;

use activitypub_federation::config::FederationConfig;
use anyhow::Context;

use crate::app::{App, AppConfig, Db, FederationSettings};
use crate::domain::Limits;
use crate::store::{self, DatabaseUrl};

/// Turns transparent huge pages off for this process (Linux). mimalloc marks its arenas for
/// huge pages (`madvise`), and the kernel may then back a whole 2 MiB range when a few 4 KiB
/// pages of it are in use. In the soak (issue 22) the node's memory rose in steps, each with a
/// rise of about the same size in huge pages (from about 20 to up to 78 MiB); with them off,
/// huge pages stayed at 4 MiB (those made before this call) and the memory's range fell from
/// 178–273 to 144–177 MiB. Flat memory on a server is worth more than what huge pages save in
/// TLB misses. Where the kernel refuses, the node runs as before and says so.
pub fn no_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    if let Err(error) = rustix::thread::disable_transparent_huge_pages(true) {
        tracing::warn!(%error, "could not turn transparent huge pages off for this process");
    }
}

/// What a node needs to start.
#[derive(Debug, Clone)]
pub struct Settings {
    pub data_dir: PathBuf,
    pub database_url: DatabaseUrl,
    pub public_url: String,
    pub limits: Limits,
    pub federation: FederationSettings,
    /// Trust the last `X-Forwarded-For` entry as the client's address (a reverse proxy adds it).
    pub behind_proxy: bool,
    /// How mail leaves the node; `None`: mail is off.
    pub mail: Option<crate::app::mail::MailSettings>,
    /// Who answers for the node's personal data, for `/privacy`.
    pub privacy: crate::app::PrivacySettings,
    /// Identity providers people may sign in with (OpenID Connect).
    pub oidc: Vec<crate::app::identities::OidcProvider>,
    /// Whether local passwords may be used to sign in.
    pub password_sign_in: bool,
}

/// Creates the data directory, opens the database and applies migrations.
pub fn open_app(settings: &Settings) -> anyhow::Result<App> {
    std::fs::create_dir_all(settings.data_dir.join("files")).with_context(|| format!("creating data directory {}", settings.data_dir.display()))?;
    let pool = store::open(&settings.database_url).context("opening the database")?;
    let public_url = settings.public_url.trim_end_matches('/').to_owned();
    url::Url::parse(&public_url).with_context(|| format!("--public-url {public_url} is not a URL"))?;
    if let Some(mail) = &settings.mail {
        crate::mail::check(mail).map_err(anyhow::Error::msg)?;
    }
    let app = App {
        db: Db::new(pool, settings.database_url.is_sqlite()),
        config: Arc::new(AppConfig {
            public_url,
            data_dir: settings.data_dir.clone(),
            limits: settings.limits.clone(),
            federation: settings.federation.clone(),
            behind_proxy: settings.behind_proxy,
            mail: settings.mail.clone(),
            privacy: settings.privacy.clone(),
            oidc: settings.oidc.clone(),
            password_sign_in: settings.password_sign_in,
        }),
        search: None,
        caches: Arc::default(),
        throttles: Arc::default(),
    };
    let harvestable = app.db.write_blocking(crate::app::oai::prepare)?;
    if harvestable > 0 {
        tracing::info!(harvestable, "OAI-PMH records made for content published before this version");
    }
    Ok(app)
}

/// Opens the search index beside the database. A new index (first start, or a schema version
/// change) is filled by queueing every piece of content for the worker.
pub fn open_search(mut app: App) -> anyhow::Result<App> {
    let (index, opened) = deelwijs_indexer::SearchIndex::open(&app.config.index_dir())?;
    if opened == deelwijs_indexer::Opened::Fresh {
        let queued = app.db.write_blocking(|conn| Ok(crate::store::queue::requeue_all(conn)?))?;
        tracing::info!(queued, "new search index: rebuilding from the database");
    }
    app.search = Some(Arc::new(index));
    Ok(app)
}

/// The federation settings of a serving node (makes the node actor and its keys on first start).
pub async fn federation(app: &App) -> anyhow::Result<FederationConfig<App>> {
    if app.config.federation.insecure_local {
        tracing::warn!("INSECURE LOCAL FEDERATION IS ON: http:// and loopback peers are accepted. Never use this in production.");
    }
    if let Some(policy) = app.config.federation.policy.clone() {
        let policy = crate::app::federation::apply_policy(app, policy).await?;
        tracing::info!(mode = policy.mode.as_str(), instances = policy.instances.len(), "federation policy from the configuration");
    }
    crate::federation::config(app).await
}

/// The background workers of a serving node: the index worker, the delivery worker, the
/// housekeeping and the mail worker. Dropping this stops them; the index worker finishes its batch first.
pub struct Workers {
    _index: Option<crate::app::search::Worker>,
    _delivery: crate::federation::delivery::DeliveryWorker,
    _housekeeping: crate::app::housekeeping::Worker,
    _mail: Option<crate::mail::Worker>,
}

/// Starts the background workers of a serving node (inside its async runtime).
pub fn start_workers(app: &App, federation: &FederationConfig<App>) -> anyhow::Result<Workers> {
    let index = match app.search.clone() {
        Some(index) => Some(crate::app::search::spawn_worker(app.clone(), index, app.db.wakeup())?),
        None => None,
    };
    Ok(Workers {
        _index: index,
        _delivery: crate::federation::delivery::spawn(federation.clone()),
        _housekeeping: crate::app::housekeeping::spawn(app.clone()),
        _mail: crate::mail::spawn(app)?,
    })
}

/// A running node: the port it listens on and the server future to await.
pub struct Running {
    pub port: u16,
    pub server: actix_web::dev::Server,
}

/// Binds `bind` (port 0 picks a free port) and starts serving.
pub fn start(app: App, federation: FederationConfig<App>, bind: &str, workers: usize) -> anyhow::Result<Running> {
    let listener = TcpListener::bind(bind).with_context(|| format!("binding {bind}"))?;
    let port = listener.local_addr()?.port();
    let server = crate::http::serve(app, federation, listener, workers)?;
    Ok(Running { port, server })
}
