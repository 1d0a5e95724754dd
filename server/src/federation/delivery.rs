//! The delivery worker: drains `deliveries` with one task per remote instance (so a slow or
//! dead instance holds up nobody else), signs each POST as the activity's actor, and keeps
//! retry state in `instances`: exponential backoff, then "unreachable" after days of failure.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use activitypub_federation::config::FederationConfig;
use futures_util::StreamExt;
use serde_json::Value;
use url::Url;

use super::send::{self, Outcome, Signer};
use crate::activitypub::signatures::Scheme;
use crate::app::{federation as uc, now, App, AppResult};
use crate::store::federation as store;
use crate::store::models::{DeliveryRow, InstanceRow, OutboxRow};

/// How many deliveries one instance task takes from the table at a time.
const BATCH: i64 = 50;

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
    DeliveryWorker { handle: tokio::spawn(run(config.to_request_data().app_data().clone())) }
}

async fn run(app: App) {
    let user_agent = format!("Deelwijs/{} (+{})", env!("CARGO_PKG_VERSION"), app.config.public_url);
    let client = match send::client(&user_agent) {
        Ok(client) => client,
        Err(error) => {
            tracing::error!(%error, "the delivery worker cannot build its HTTP client");
            return;
        }
    };
    let notify = app.db.outbox_notify();
    let running: Arc<Mutex<HashSet<String>>> = Arc::default();
    let poll = app.config.federation.retry_base.min(Duration::from_secs(1));
    loop {
        match app.db.read(|conn| Ok(store::hosts_due(conn, now())?)).await {
            Ok(hosts) => {
                for host in hosts {
                    let fresh = running.lock().map(|mut set| set.insert(host.clone())).unwrap_or(false);
                    if fresh {
                        let (app, client, running) = (app.clone(), client.clone(), running.clone());
                        tokio::spawn(async move {
                            if let Err(error) = deliver_to(&app, &client, &host).await {
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
///
/// Why concurrent: one request at a time caps a host at one round trip (and one fsync on each
/// side) per activity, about 40 a second here, below what a busy node writes; the backlog
/// then grows without end (the soak found it). Activities about the same object stay in
/// order (a `Delete` must never overtake its `Create`), so a batch is split into one lane
/// per object; lanes run side by side, each in order, and a failing lane stops only itself.
async fn deliver_to(app: &App, client: &reqwest::Client, host: &str) -> AppResult<()> {
    loop {
        let owned = host.to_owned();
        let (batch, instance) = app.db.read(move |conn| Ok((store::next_deliveries(conn, &owned, BATCH)?, store::instance(conn, &owned)?))).await?;
        if batch.is_empty() {
            return Ok(());
        }
        // A host the policy forbids (blocked since the activity was queued): dropped, not retried.
        if !uc::policy(app).await?.allows(host) {
            tracing::info!(%host, count = batch.len(), "dropping deliveries to an instance the federation policy does not allow");
            let ids = batch.iter().map(|(d, _)| d.id).collect();
            delivered(app, host, ids, None).await?;
            continue;
        }
        let known = instance.as_ref().and_then(|i| Scheme::parse(&i.signature_scheme));
        // Each signing actor's key is read once per batch, not once per delivery.
        let mut keys: HashMap<String, Option<String>> = HashMap::new();
        for (_, activity) in &batch {
            if !keys.contains_key(&activity.actor_ap_id) {
                let key = match Url::parse(&activity.actor_ap_id) {
                    Ok(url) => uc::signing_key(app, &url).await?,
                    Err(_) => None,
                };
                keys.insert(activity.actor_ap_id.clone(), key);
            }
        }
        let outcomes: Vec<LaneOutcome> =
            futures_util::stream::iter(lanes(batch)).map(|lane| send_lane(app, client, &keys, lane, known)).buffer_unordered(LANES).collect().await;
        let sent: Vec<i64> = outcomes.iter().flat_map(|o| o.sent.iter().copied()).collect();
        let scheme = outcomes.iter().find_map(|o| o.scheme).filter(|s| Some(*s) != known);
        if !sent.is_empty() {
            delivered(app, host, sent, scheme).await?;
        }
        let refused: Vec<(i64, u16, String)> = outcomes.iter().flat_map(|o| o.refused.iter().cloned()).collect();
        if !refused.is_empty() {
            refuse(app, host, refused).await?;
        }
        if let Some(error) = outcomes.into_iter().find_map(|o| o.error) {
            failed(app, host, &error).await?;
            return Ok(());
        }
    }
}

/// What one lane did: delivered (and with which scheme), refused by the peer, and the error
/// that stopped it.
#[derive(Default)]
struct LaneOutcome {
    sent: Vec<i64>,
    scheme: Option<Scheme>,
    refused: Vec<(i64, u16, String)>,
    error: Option<String>,
}

/// How many lanes of one host's deliveries are in flight at once.
const LANES: usize = 8;

/// Splits a batch (oldest first) into lanes, one per object the activities are about, each
/// still oldest first.
fn lanes(batch: Vec<(DeliveryRow, OutboxRow)>) -> Vec<Vec<(DeliveryRow, OutboxRow)>> {
    let mut lanes: Vec<(String, Vec<(DeliveryRow, OutboxRow)>)> = Vec::new();
    for (delivery, activity) in batch {
        let key = object_key(&activity.body);
        match lanes.iter_mut().find(|(k, _)| *k == key) {
            Some((_, lane)) => lane.push((delivery, activity)),
            None => lanes.push((key, vec![(delivery, activity)])),
        }
    }
    lanes.into_iter().map(|(_, lane)| lane).collect()
}

/// What an activity is about: the id of its object (or of the object inside an `Undo` or
/// `Announce`); the activity's own id when it has none.
fn object_key(body: &str) -> String {
    let value: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    let id_of = |v: &Value| -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            Value::Object(map) => map.get("id").and_then(Value::as_str).map(str::to_owned),
            _ => None,
        }
    };
    let object = value.get("object");
    // An Undo or Announce wraps an activity: key by what that activity is about.
    let inner = object.and_then(|o| o.get("object")).and_then(id_of);
    inner.or_else(|| object.and_then(id_of)).or_else(|| value.get("id").and_then(id_of)).unwrap_or_default()
}

/// Sends one lane in order; a refusal does not stop it (it is kept for an admin), a failure
/// does (the rest waits for the retry, in order).
async fn send_lane(
    app: &App,
    client: &reqwest::Client,
    keys: &HashMap<String, Option<String>>,
    lane: Vec<(DeliveryRow, OutboxRow)>,
    known: Option<Scheme>,
) -> LaneOutcome {
    let mut outcome = LaneOutcome::default();
    for (delivery, activity) in lane {
        let key = keys.get(&activity.actor_ap_id).cloned().flatten();
        match send(app, client, key.as_deref(), &delivery, &activity, outcome.scheme.or(known)).await {
            Ok(Outcome::Delivered(scheme)) => {
                outcome.sent.push(delivery.id);
                outcome.scheme = Some(scheme);
            }
            Ok(Outcome::Dropped) => outcome.sent.push(delivery.id),
            Ok(Outcome::Refused { status, answer }) => {
                tracing::info!(host = %delivery.host, activity = %activity.activity_id, status, %answer, "delivery refused by the peer; kept for an admin to retry");
                outcome.refused.push((delivery.id, status, answer));
            }
            Ok(Outcome::Failed(error)) => {
                outcome.error = Some(error);
                break;
            }
            Err(error) => {
                outcome.error = Some(error.to_string());
                break;
            }
        }
    }
    outcome
}

async fn send(
    app: &App,
    client: &reqwest::Client,
    private_key_pem: Option<&str>,
    delivery: &DeliveryRow,
    activity: &OutboxRow,
    known: Option<Scheme>,
) -> AppResult<Outcome> {
    let Some(private_key_pem) = private_key_pem else {
        // The account is gone: its activities cannot be signed any more.
        tracing::warn!(actor = %activity.actor_ap_id, "dropping a delivery whose actor no longer exists");
        return Ok(Outcome::Dropped);
    };
    let Ok(inbox) = Url::parse(&delivery.inbox) else {
        tracing::warn!(inbox = %delivery.inbox, "dropping a delivery to an inbox that is not a URL");
        return Ok(Outcome::Dropped);
    };
    if let Err(reason) = send::destination_allowed(&inbox, app.config.federation.insecure_local).await {
        tracing::warn!(inbox = %delivery.inbox, %reason, "dropping a delivery to an inbox we may not send to");
        return Ok(Outcome::Dropped);
    }
    let signer = Signer { actor_id: &activity.actor_ap_id, private_key_pem };
    Ok(send::post(client, &inbox, activity.body.as_bytes(), &signer, known).await)
}

/// Removes delivered rows in one transaction (one commit for a whole batch), clears the
/// host's failure state and remembers the signature scheme it accepted (`scheme`, if new).
async fn delivered(app: &App, host: &str, ids: Vec<i64>, scheme: Option<Scheme>) -> AppResult<()> {
    let host = host.to_owned();
    app.db
        .write(move |conn| {
            store::delete_deliveries(conn, &ids)?;
            let instance = store::instance(conn, &host)?;
            let failing = instance.as_ref().is_some_and(|i| i.failures > 0 || i.unreachable);
            if failing || scheme.is_some() {
                let base = instance.unwrap_or_else(|| InstanceRow::new(&host)).recovered();
                let signature_scheme = scheme.map_or(base.signature_scheme.clone(), |s| s.as_str().to_owned());
                store::put_instance(conn, &InstanceRow { last_success_at: Some(now()), signature_scheme, ..base })?;
            }
            Ok(())
        })
        .await
}

/// Keeps refused deliveries, marked with the peer's answer, out of the queue until an admin
/// retries them.
async fn refuse(app: &App, host: &str, refused: Vec<(i64, u16, String)>) -> AppResult<()> {
    let host = host.to_owned();
    app.db
        .write(move |conn| {
            let at = now();
            for (id, status, answer) in &refused {
                store::mark_refused(conn, *id, i32::from(*status), answer, at)?;
            }
            let base = store::instance(conn, &host)?.unwrap_or_else(|| InstanceRow::new(&host));
            let (status, answer) = refused.last().map(|(_, s, a)| (*s, a.clone())).unwrap_or_default();
            store::put_instance(conn, &InstanceRow { last_error: format!("refused with {status}: {}", answer.chars().take(200).collect::<String>()), ..base })?;
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
            let last_success_at = previous.as_ref().and_then(|i| i.last_success_at);
            let signature_scheme = previous.as_ref().map(|i| i.signature_scheme.clone()).unwrap_or_default();
            store::put_instance(
                conn,
                &InstanceRow {
                    host,
                    failures,
                    next_attempt_at,
                    failing_since: Some(failing_since),
                    unreachable,
                    last_success_at,
                    last_error: error,
                    signature_scheme,
                },
            )?;
            Ok(())
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, body: Value) -> (DeliveryRow, OutboxRow) {
        let at = chrono::DateTime::from_timestamp(0, 0).unwrap().naive_utc();
        (
            DeliveryRow {
                id,
                outbox_id: id,
                host: "b.example".into(),
                inbox: "https://b.example/inbox".into(),
                created_at: at,
                refused_status: None,
                refused_answer: None,
                refused_at: None,
            },
            OutboxRow {
                id,
                activity_id: format!("https://a.example/activities/{id}"),
                actor_ap_id: "https://a.example/users/x".into(),
                body: body.to_string(),
                created_at: at,
            },
        )
    }

    #[test]
    fn activities_about_one_object_share_a_lane_in_order() {
        let m1 = "https://a.example/materials/1";
        let m2 = "https://a.example/materials/2";
        let batch = vec![
            row(1, serde_json::json!({"type": "Create", "object": {"id": m1}})),
            row(2, serde_json::json!({"type": "Create", "object": {"id": m2}})),
            row(3, serde_json::json!({"type": "Update", "object": {"id": m1}})),
            row(4, serde_json::json!({"type": "Delete", "object": m1})),
            // A network passing on a member's Delete: keyed by what the Delete is about.
            row(5, serde_json::json!({"type": "Announce", "object": {"type": "Delete", "object": m2}})),
            row(6, serde_json::json!({"type": "Follow", "object": "https://b.example/users/y"})),
        ];
        let lanes: Vec<Vec<i64>> = lanes(batch).into_iter().map(|lane| lane.into_iter().map(|(d, _)| d.id).collect()).collect();
        assert_eq!(lanes, vec![vec![1, 3, 4], vec![2, 5], vec![6]]);
    }

    #[test]
    fn an_unreadable_body_gets_a_lane_of_its_own_kind() {
        assert_eq!(object_key("not json"), "");
        assert_eq!(object_key(r#"{"id": "https://a.example/activities/9"}"#), "https://a.example/activities/9");
    }
}
