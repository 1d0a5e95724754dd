//! The delivery worker: drains `deliveries` with one task per remote instance (so a slow or
//! dead instance holds up nobody else), signs each POST as the activity's actor, and keeps
//! retry state in `instances`: exponential backoff, then "unreachable" after days of failure.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use activitypub_federation::activity_sending::SendActivityTask;
use activitypub_federation::config::{Data, FederationConfig};
use activitypub_federation::traits::ActivityHandler;
use serde::{Serialize, Serializer};
use serde_json::Value;
use url::Url;

use super::actors::ActorRecord;
use super::error::{FedError, FedResult};
use super::signatures::{self, Scheme};
use super::FedData;
use crate::app::{federation as uc, now, App, AppError, AppResult};
use crate::store::federation as store;
use crate::store::models::{DeliveryRow, InstanceRow, OutboxRow};

/// How many deliveries one instance task takes from the table at a time.
const BATCH: i64 = 50;

/// A stored activity, as the library's signer wants it.
#[derive(Debug)]
struct StoredActivity {
    id: Url,
    actor: Url,
    body: Value,
}

impl Serialize for StoredActivity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.body.serialize(serializer)
    }
}

#[async_trait::async_trait]
impl ActivityHandler for StoredActivity {
    type DataType = App;
    type Error = FedError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn actor(&self) -> &Url {
        &self.actor
    }

    async fn verify(&self, _data: &Data<App>) -> Result<(), FedError> {
        Ok(())
    }

    async fn receive(self, _data: &Data<App>) -> Result<(), FedError> {
        Err(FedError::invalid("stored outgoing activities are never received"))
    }
}

/// The running worker; dropping it stops it (state is in the database, so nothing is lost).
pub struct DeliveryWorker {
    handle: tokio::task::JoinHandle<()>,
}

impl Drop for DeliveryWorker {
    fn drop(&mut self) {
        self.handle.abort();
    }
}

pub fn spawn(config: FederationConfig<App>) -> DeliveryWorker {
    DeliveryWorker { handle: tokio::spawn(run(config)) }
}

async fn run(config: FederationConfig<App>) {
    let app = config.to_request_data().app_data().clone();
    let notify = app.db.outbox_notify();
    let running: Arc<Mutex<HashSet<String>>> = Arc::default();
    let poll = app.config.federation.retry_base.min(Duration::from_secs(1));
    loop {
        match app.db.read(|conn| Ok(store::hosts_due(conn, now())?)).await {
            Ok(hosts) => {
                for host in hosts {
                    let fresh = running.lock().map(|mut set| set.insert(host.clone())).unwrap_or(false);
                    if fresh {
                        let (config, running) = (config.clone(), running.clone());
                        tokio::spawn(async move {
                            if let Err(error) = deliver_to(&config.to_request_data(), &host).await {
                                tracing::warn!(%error, %host, "delivery task failed");
                            }
                            if let Ok(mut set) = running.lock() {
                                set.remove(&host);
                            }
                        });
                    }
                }
            }
            Err(error) => tracing::error!(%error, "reading due deliveries failed"),
        }
        let _ = tokio::time::timeout(poll, notify.notified()).await;
    }
}

/// Delivers everything waiting for one instance, oldest first, until done or a failure.
async fn deliver_to(data: &FedData, host: &str) -> AppResult<()> {
    let app = data.app_data();
    loop {
        let owned = host.to_owned();
        let batch = app.db.read(move |conn| Ok(store::next_deliveries(conn, &owned, BATCH)?)).await?;
        if batch.is_empty() {
            return Ok(());
        }
        for (delivery, activity) in batch {
            match send(data, &delivery, &activity).await {
                Ok(()) => delivered(app, &delivery).await?,
                Err(error) => {
                    failed(app, host, &error.to_string()).await?;
                    return Ok(());
                }
            }
        }
    }
}

async fn send(data: &FedData, delivery: &DeliveryRow, activity: &OutboxRow) -> FedResult<()> {
    let app = data.app_data();
    let actor_url = Url::parse(&activity.actor_ap_id).map_err(|e| FedError::invalid(e.to_string()))?;
    let Some(actor) = uc::actor_by_ap_id(app, &actor_url).await? else {
        // The account is gone: its activities cannot be signed any more.
        tracing::warn!(actor = %activity.actor_ap_id, "dropping a delivery whose actor no longer exists");
        return Ok(());
    };
    let body: Value = serde_json::from_str(&activity.body).map_err(|e| FedError::App(AppError::Internal(format!("stored activity: {e}"))))?;
    let stored = StoredActivity { id: Url::parse(&activity.activity_id).map_err(|e| FedError::invalid(e.to_string()))?, actor: actor_url, body };
    let inbox = Url::parse(&delivery.inbox).map_err(|e| FedError::invalid(e.to_string()))?;
    // `prepare` leaves out inboxes the policy forbids: such a delivery is dropped, not retried.
    let tasks = SendActivityTask::prepare(&stored, &ActorRecord::new(actor)?, vec![inbox], data).await?;
    match signatures::outgoing(&delivery.host) {
        Scheme::Cavage => {
            for task in tasks {
                task.sign_and_send(data).await?;
            }
        }
        Scheme::Rfc9421 => return Err(FedError::invalid("RFC 9421 signing is not implemented")),
    }
    Ok(())
}

async fn delivered(app: &App, delivery: &DeliveryRow) -> AppResult<()> {
    let (id, host) = (delivery.id, delivery.host.clone());
    app.db
        .write(move |conn| {
            store::delete_delivery(conn, id)?;
            if let Some(instance) = store::instance(conn, &host)? {
                if instance.failures > 0 || instance.unreachable {
                    store::put_instance(
                        conn,
                        &InstanceRow {
                            failures: 0,
                            next_attempt_at: None,
                            failing_since: None,
                            unreachable: false,
                            last_success_at: Some(now()),
                            last_error: String::new(),
                            ..instance
                        },
                    )?;
                }
            }
            Ok(())
        })
        .await
}

async fn failed(app: &App, host: &str, error: &str) -> AppResult<()> {
    let (host, error, config) = (host.to_owned(), error.chars().take(500).collect::<String>(), app.config.clone());
    tracing::info!(%host, %error, "delivery failed; will retry");
    app.db
        .write(move |conn| {
            let at = now();
            let previous = store::instance(conn, &host)?;
            let failures = previous.as_ref().map_or(0, |i| i.failures) + 1;
            let failing_since = previous.as_ref().and_then(|i| i.failing_since).unwrap_or(at);
            let give_up = chrono::Duration::from_std(config.federation.give_up_after).unwrap_or(chrono::Duration::days(3));
            let unreachable = at.signed_duration_since(failing_since) >= give_up;
            let next_attempt_at = (!unreachable).then(|| at + uc::backoff(&config, failures));
            let last_success_at = previous.and_then(|i| i.last_success_at);
            store::put_instance(
                conn,
                &InstanceRow { host, failures, next_attempt_at, failing_since: Some(failing_since), unreachable, last_success_at, last_error: error },
            )?;
            Ok(())
        })
        .await
}
