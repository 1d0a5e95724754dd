//! Actors as activitypub_federation sees them: the node (`Application`), accounts (`Person`)
//! and networks (`Group`, FEP-1b12), local or remote, all rows of the `actors` table.

use activitypub_federation::config::Data;
use activitypub_federation::protocol::public_key::PublicKey;
use activitypub_federation::protocol::verification::verify_domains_match;
use activitypub_federation::traits::{Actor, Object};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use url::Url;

use super::error::{FedError, FedResult};
use crate::activitypub::host_of;
use crate::app::App;
use crate::store::models::ActorRow;

/// Actor types we follow and accept activities from.
pub const ACTOR_KINDS: [&str; 5] = ["Application", "Person", "Group", "Service", "Organization"];

/// An actor row with its parsed id.
#[derive(Debug, Clone)]
pub struct ActorRecord {
    pub row: ActorRow,
    pub id: Url,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Endpoints {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_inbox: Option<Url>,
}

/// An actor document, as we publish it and as we read other servers' actors.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ActorJson {
    #[serde(rename = "type")]
    pub kind: String,
    pub id: Url,
    pub preferred_username: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub inbox: Url,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outbox: Option<Url>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers: Option<Url>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub following: Option<Url>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoints: Option<Endpoints>,
    pub public_key: PublicKey,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    /// A network's moderators (FEP-1b12: a collection of them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed_to: Option<Url>,
    /// The node's and networks' avatar (accounts have none to show yet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<Image>,
    #[serde(default)]
    pub manually_approves_followers: bool,
    #[serde(default)]
    pub discoverable: bool,
}

/// An ActivityStreams `Image` (as actors' `icon`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Image {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    pub url: Url,
}

fn parse_url(text: &str) -> FedResult<Url> {
    Url::parse(text).map_err(|e| FedError::invalid(format!("bad URL {text}: {e}")))
}

impl ActorRecord {
    pub fn new(row: ActorRow) -> FedResult<ActorRecord> {
        let id = parse_url(&row.ap_id)?;
        Ok(ActorRecord { row, id })
    }

    /// The actor document for a local actor.
    pub fn to_json(&self) -> FedResult<ActorJson> {
        let row = &self.row;
        let id = self.id.clone();
        let base = row.ap_id.trim_end_matches('/');
        let public_url = format!("{}://{}", id.scheme(), host_of(&id));
        Ok(ActorJson {
            kind: row.kind.clone(),
            preferred_username: row.username.clone(),
            name: Some(row.name.clone()),
            summary: (!row.summary.is_empty()).then(|| row.summary.clone()),
            inbox: parse_url(&row.inbox)?,
            outbox: row.outbox.as_deref().map(parse_url).transpose()?,
            followers: row.followers.as_deref().map(parse_url).transpose()?,
            following: Some(parse_url(&format!("{base}/following"))?),
            endpoints: Some(Endpoints { shared_inbox: Some(parse_url(&format!("{public_url}/inbox"))?) }),
            public_key: Actor::public_key(self),
            url: Some(id.clone()),
            attributed_to: (row.kind == "Group").then(|| parse_url(&format!("{base}/moderators"))).transpose()?,
            icon: (row.kind != "Person").then(|| parse_url(&format!("{public_url}/icon.png"))).transpose()?.map(|url| Image {
                kind: "Image".into(),
                media_type: Some("image/png".into()),
                url,
            }),
            manually_approves_followers: false,
            discoverable: true,
            id,
        })
    }
}

/// A remote actor document as a row (its local id is assigned here, kept on update).
fn row_from_json(json: ActorJson) -> ActorRow {
    // NUL is dropped: PostgreSQL cannot store it, and a name never needs it.
    let truncate = |s: String, n: usize| s.chars().filter(|&c| c != '\0').take(n).collect::<String>();
    ActorRow {
        id: crate::app::new_id(),
        host: host_of(&json.id),
        ap_id: json.id.to_string(),
        kind: json.kind,
        local: false,
        user_id: None,
        name: truncate(json.name.unwrap_or_default(), 200),
        summary: truncate(json.summary.unwrap_or_default(), 2_000),
        username: truncate(json.preferred_username, 100),
        inbox: json.inbox.to_string(),
        shared_inbox: json.endpoints.and_then(|e| e.shared_inbox).map(String::from),
        outbox: json.outbox.map(String::from),
        followers: json.followers.map(String::from),
        public_key_pem: json.public_key.public_key_pem,
        private_key_pem: None,
        fetched_at: crate::app::now(),
    }
}

#[async_trait::async_trait]
impl Object for ActorRecord {
    type DataType = App;
    type Kind = ActorJson;
    type Error = FedError;

    fn last_refreshed_at(&self) -> Option<DateTime<Utc>> {
        (!self.row.local).then(|| self.row.fetched_at.and_utc())
    }

    async fn read_from_id(object_id: Url, data: &Data<App>) -> Result<Option<Self>, FedError> {
        crate::app::federation::actor_by_ap_id(data, &object_id).await?.map(ActorRecord::new).transpose()
    }

    async fn into_json(self, _data: &Data<App>) -> Result<ActorJson, FedError> {
        self.to_json()
    }

    async fn verify(json: &ActorJson, expected_domain: &Url, _data: &Data<App>) -> Result<(), FedError> {
        verify_domains_match(&json.id, expected_domain)?;
        if json.public_key.owner != json.id {
            return Err(FedError::invalid("the actor's publicKey belongs to another actor"));
        }
        verify_domains_match(&json.inbox, &json.id)?;
        if !ACTOR_KINDS.contains(&json.kind.as_str()) {
            return Err(FedError::invalid(format!("{} is not an actor type we federate with", json.kind)));
        }
        Ok(())
    }

    async fn from_json(json: ActorJson, data: &Data<App>) -> Result<Self, FedError> {
        ActorRecord::new(crate::app::federation::upsert_remote_actor(data, row_from_json(json)).await?)
    }
}

impl Actor for ActorRecord {
    fn id(&self) -> Url {
        self.id.clone()
    }

    fn public_key_pem(&self) -> &str {
        &self.row.public_key_pem
    }

    fn private_key_pem(&self) -> Option<String> {
        self.row.private_key_pem.clone()
    }

    fn inbox(&self) -> Url {
        Url::parse(&self.row.inbox).unwrap_or_else(|_| self.id.clone())
    }

    fn shared_inbox(&self) -> Option<Url> {
        self.row.shared_inbox.as_deref().and_then(|u| Url::parse(u).ok())
    }
}
