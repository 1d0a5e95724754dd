//! Building a node from settings: data directory, database, migrations, HTTP server.

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;

use crate::app::{App, AppConfig, Db};
use crate::domain::Limits;
use crate::store::{self, DatabaseUrl};

/// What a node needs to start.
#[derive(Debug, Clone)]
pub struct Settings {
    pub data_dir: PathBuf,
    pub database_url: DatabaseUrl,
    pub public_url: String,
    pub limits: Limits,
}

/// Creates the data directory, opens the database and applies migrations.
pub fn open_app(settings: &Settings) -> anyhow::Result<App> {
    std::fs::create_dir_all(settings.data_dir.join("files")).with_context(|| format!("creating data directory {}", settings.data_dir.display()))?;
    let pool = store::open(&settings.database_url).context("opening the database")?;
    let public_url = settings.public_url.trim_end_matches('/').to_owned();
    url::Url::parse(&public_url).with_context(|| format!("--public-url {public_url} is not a URL"))?;
    Ok(App {
        db: Db::new(pool, settings.database_url.is_sqlite()),
        config: Arc::new(AppConfig { public_url, data_dir: settings.data_dir.clone(), limits: settings.limits.clone() }),
    })
}

/// A running node: the port it listens on and the server future to await.
pub struct Running {
    pub port: u16,
    pub server: actix_web::dev::Server,
}

/// Binds `bind` (port 0 picks a free port) and starts serving.
pub fn start(app: App, bind: &str, workers: usize) -> anyhow::Result<Running> {
    let listener = TcpListener::bind(bind).with_context(|| format!("binding {bind}"))?;
    let port = listener.local_addr()?.port();
    let server = crate::http::serve(app, listener, workers)?;
    Ok(Running { port, server })
}
