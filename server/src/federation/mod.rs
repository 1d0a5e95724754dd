//! ActivityPub federation's adapters, above `app`: the inbox (`inbox`), the delivery worker
//! that drains the outbox (`delivery`, sending with `send`), the fetch gate and policy checks
//! (`fetch_gate`, `policy`), fetching remote actors and objects (`resolve`, `actors`) and the
//! collections we serve (`collections`). The wire format they speak is `crate::activitypub`;
//! what goes into the outbox is written by `app::outbox` in the change's transaction.
//!
//! Built on activitypub_federation for draft-cavage verification, WebFinger and fetching;
//! delivery is our own, because the library's queue lives in memory and would lose activities
//! on a restart, and its sender counts every 4xx as delivered. RFC 9421 signatures are ours too
//! (`activitypub::signatures`).

pub mod actors;
pub mod collections;
pub mod delivery;
pub mod error;
pub mod fetch_gate;
pub mod inbox;
pub mod policy;
pub mod resolve;
pub mod send;

use std::time::Duration;

use activitypub_federation::config::FederationConfig;

use crate::app::App;
pub use error::{FedError, FedResult};

/// Per-request federation data: the app plus the library's settings and request counter.
pub type FedData = activitypub_federation::config::Data<App>;

/// Builds the library's configuration for this node.
pub async fn config(app: &App) -> anyhow::Result<FederationConfig<App>> {
    let settings = &app.config.federation;
    let node = crate::app::federation::ensure_node_actor(app).await.map_err(|e| anyhow::anyhow!("creating the node actor: {e}"))?;
    let client = reqwest::Client::builder()
        .user_agent(format!("Deelwijs/{} (+{})", env!("CARGO_PKG_VERSION"), app.config.public_url))
        .timeout(Duration::from_secs(10))
        // Redirects could lead to other hosts, which the URL checks would never see.
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let config = FederationConfig::builder()
        .domain(app.config.host())
        .app_data(app.clone())
        .client(client.into())
        .debug(settings.insecure_local)
        .allow_http_urls(settings.insecure_local)
        .http_fetch_limit(50)
        .url_verifier(Box::new(policy::PolicyVerifier { app: app.clone() }))
        .signed_fetch_actor(&actors::ActorRecord::new(node)?)
        .build()
        .await?;
    Ok(config)
}
