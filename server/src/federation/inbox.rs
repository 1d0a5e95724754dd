//! The inbox: what each inbound activity means here. Signatures, digests and the sender's
//! identity are checked by activitypub_federation before `receive` runs; the HTTP handler
//! bounds size, nesting and age first. Unknown activity types are accepted and ignored.

use activitypub_federation::config::Data;
use activitypub_federation::traits::ActivityHandler;
use serde::Deserialize;
use serde_json::Value;
use url::Url;

use super::actors::host_of;
use super::error::{FedError, FedResult};
use super::objects::{first_url, parse_article};
use super::{resolve, FedData};
use crate::app::{federation as uc, reactions, App};

/// Any activity: its type decides what happens.
#[derive(Debug, Deserialize)]
pub struct InboxActivity {
    pub id: Url,
    pub actor: Url,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub object: Value,
    /// A Flag's comment.
    #[serde(default)]
    pub content: Option<String>,
}

#[async_trait::async_trait]
impl ActivityHandler for InboxActivity {
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

    async fn receive(self, data: &Data<App>) -> Result<(), FedError> {
        handle(self, data).await
    }
}

async fn handle(activity: InboxActivity, data: &FedData) -> FedResult<()> {
    let app = data.app_data();
    let id = activity.id.to_string();
    if uc::already_seen(app, &id).await? {
        return Ok(());
    }
    let sender = resolve::actor(data, &activity.actor).await?;
    uc::instance_contacted(app, &sender.host).await?;
    match activity.kind.as_str() {
        "Follow" => {
            let target_url = first_url(&activity.object).ok_or_else(|| FedError::invalid("Follow without an object"))?;
            let target = uc::actor_by_ap_id(app, &target_url)
                .await?
                .filter(|a| a.local)
                .ok_or_else(|| FedError::invalid("Follow of an actor that is not on this node"))?;
            uc::incoming_follow(app, &id, sender, target).await?;
        }
        "Accept" | "Reject" => {
            let accepted = activity.kind == "Accept";
            let follower = match activity.object.get("actor").and_then(first_url) {
                Some(url) => url.to_string(),
                None => {
                    let follow_id = first_url(&activity.object).ok_or_else(|| FedError::invalid("Accept without the follow it answers"))?;
                    uc::follower_of_follow(app, follow_id.as_str()).await?.ok_or_else(|| FedError::invalid("Accept of a follow we did not send"))?
                }
            };
            let newly = uc::follow_answered(app, &id, sender.clone(), &follower, accepted).await?;
            if newly {
                spawn_backfill(data, sender);
            }
        }
        "Undo" => match activity.object.get("type").and_then(Value::as_str) {
            Some("Follow") => {
                let target = activity.object.get("object").and_then(first_url).ok_or_else(|| FedError::invalid("Undo of a Follow without its object"))?;
                uc::incoming_unfollow(app, &id, sender, target.as_str()).await?;
            }
            // A Like, embedded or named by its id (only the sender's own like goes).
            Some("Like") | None => match first_url(&activity.object) {
                Some(like) => reactions::receive_unlike(app, &id, sender, like.as_str()).await?,
                None => uc::mark_seen(app, &id).await?,
            },
            _ => uc::mark_seen(app, &id).await?,
        },
        "Like" => {
            let object = first_url(&activity.object).ok_or_else(|| FedError::invalid("Like without an object"))?;
            reactions::receive_like(app, &id, sender, object.as_str()).await?;
        }
        "Flag" => {
            let objects: Vec<String> = match &activity.object {
                Value::Array(items) => items.iter().filter_map(first_url).map(String::from).collect(),
                other => first_url(other).map(String::from).into_iter().collect(),
            };
            reactions::receive_flag(app, &id, sender, objects, activity.content.as_deref().unwrap_or_default()).await?;
        }
        "Create" | "Update" => {
            let object_id = first_url(&activity.object).ok_or_else(|| FedError::invalid("no object"))?;
            if host_of(&object_id) != sender.host {
                return Err(FedError::invalid("the object's host must match the actor's host"));
            }
            let article = resolve::article_from(data, &activity.object, &sender.host).await?;
            receive_article(data, Some(id), sender, &article).await?;
        }
        "Announce" => {
            let article = resolve::article_from(data, &activity.object, &sender.host).await?;
            receive_article(data, Some(id), sender, &article).await?;
        }
        "Delete" => {
            let object_id = first_url(&activity.object).ok_or_else(|| FedError::invalid("Delete without an object"))?;
            if host_of(&object_id) != sender.host {
                return Err(FedError::invalid("the object's host must match the actor's host"));
            }
            uc::receive_delete(app, &id, sender, object_id.as_str()).await?;
        }
        other => tracing::debug!(kind = other, "ignoring an activity type we do not handle"),
    }
    Ok(())
}

async fn receive_article(data: &FedData, activity_id: Option<String>, sender: crate::store::models::ActorRow, article: &Value) -> FedResult<()> {
    let object = parse_article(article)?;
    let author = resolve::actor(data, &object.attributed_to).await?;
    if host_of(&object.id) != author.host {
        return Err(FedError::invalid("the object's author must be on the object's own host"));
    }
    uc::receive_content(data.app_data(), activity_id, sender, author, object).await?;
    Ok(())
}

/// Imports recent items of a newly accepted follow in the background (the Accept is answered
/// at once; a failed backfill leaves the follow in place).
fn spawn_backfill(data: &FedData, followed: crate::store::models::ActorRow) {
    let data = data.reset_request_count();
    let limit = data.app_data().config.federation.backfill_limit;
    actix_web::rt::spawn(async move {
        match resolve::backfill(&data, &followed, limit).await {
            Ok(imported) => tracing::info!(imported, actor = %followed.ap_id, "backfill done"),
            Err(error) => tracing::warn!(%error, actor = %followed.ap_id, "backfill failed"),
        }
    });
}

/// Bounds an inbound body before parsing: nesting depth and the length of any one string.
pub fn check_json_shape(body: &[u8], max_depth: usize, max_string: usize) -> FedResult<()> {
    let (mut depth, mut in_string, mut escaped, mut string_len) = (0usize, false, false, 0usize);
    for &b in body {
        if in_string {
            string_len += 1;
            if string_len > max_string {
                return Err(FedError::invalid(format!("a string in the activity is longer than {max_string} bytes")));
            }
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                string_len = 0;
            }
            b'{' | b'[' => {
                depth += 1;
                if depth > max_depth {
                    return Err(FedError::invalid(format!("the activity nests deeper than {max_depth} levels")));
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_limits() {
        assert!(check_json_shape(br#"{"a":[1,2,{"b":"c\"d"}]}"#, 3, 10).is_ok());
        assert!(check_json_shape(br#"{"a":[[[[1]]]]}"#, 3, 10).is_err());
        assert!(check_json_shape(br#"{"a":"0123456789ab"}"#, 3, 10).is_err());
        // Brackets inside strings do not count.
        assert!(check_json_shape(br#"{"a":"[[[[[["}"#, 2, 10).is_ok());
    }
}
