//! Outgoing activities as JSON: every activity gets a fresh URL under `/activities/` as its id.

use serde_json::{json, Value};

use super::context::{with_context, PUBLIC};

/// A new activity id on this node.
pub fn new_activity_id(public_url: &str, kind: &str) -> String {
    format!("{public_url}/activities/{}/{}", kind.to_ascii_lowercase(), crate::domain::new_id())
}

pub fn follow(id: &str, actor: &str, target: &str) -> Value {
    with_context(json!({ "type": "Follow", "id": id, "actor": actor, "object": target }))
}

/// Accept (or Reject) of a follow request, echoing the follow so the follower can match it.
pub fn answer_follow(kind: &str, id: &str, actor: &str, follow_id: &str, follower: &str) -> Value {
    with_context(json!({
        "type": kind, "id": id, "actor": actor, "to": [follower],
        "object": { "type": "Follow", "id": follow_id, "actor": follower, "object": actor }
    }))
}

/// Accept (or Reject) of a follow of an object that is not an actor (a collection), answered
/// by the object's author.
pub fn answer_object_follow(kind: &str, id: &str, author: &str, follow_id: &str, follower: &str, object: &str) -> Value {
    with_context(json!({
        "type": kind, "id": id, "actor": author, "to": [follower],
        "object": { "type": "Follow", "id": follow_id, "actor": follower, "object": object }
    }))
}

/// Accept (or Reject) of a request to join a network; `join_id` names the `Join` when there was
/// one (a moderator may also add someone who never sent one).
pub fn answer_join(kind: &str, id: &str, group: &str, join_id: Option<&str>, member: &str) -> Value {
    let mut join = json!({ "type": "Join", "actor": member, "object": group });
    if let Some(join_id) = join_id {
        join["id"] = Value::String(join_id.to_owned());
    }
    with_context(json!({ "type": kind, "id": id, "actor": group, "to": [member], "object": join }))
}

pub fn undo(id: &str, actor: &str, object: Value, to: &str) -> Value {
    with_context(json!({ "type": "Undo", "id": id, "actor": actor, "to": [to], "object": object }))
}

/// Create, Update or Delete of an object by its author.
pub fn about_object(kind: &str, id: &str, actor: &str, followers: &str, object: Value, published: &str) -> Value {
    with_context(json!({ "type": kind, "id": id, "actor": actor, "to": [PUBLIC], "cc": [followers], "published": published, "object": object }))
}

/// An account deleting itself: `object` is the actor's own id, as Mastodon sends it.
pub fn delete_actor(id: &str, actor: &str, followers: &str) -> Value {
    with_context(json!({ "type": "Delete", "id": id, "actor": actor, "to": [PUBLIC], "cc": [followers], "object": actor }))
}

/// The node (or a network) sharing an object with its followers.
pub fn announce(id: &str, actor: &str, followers: &str, object: Value, published: &str) -> Value {
    with_context(json!({ "type": "Announce", "id": id, "actor": actor, "to": [PUBLIC], "cc": [followers], "published": published, "object": object }))
}

/// A network taking back its `Announce` of an object (a moderator removed the post).
pub fn undo_announce(id: &str, group: &str, followers: &str, object: &str) -> Value {
    with_context(json!({
        "type": "Undo", "id": id, "actor": group, "to": [PUBLIC], "cc": [followers],
        "object": { "type": "Announce", "actor": group, "object": object }
    }))
}

/// An appreciation of an object, addressed to its author.
pub fn like(id: &str, actor: &str, object: &str, author: &str) -> Value {
    with_context(json!({ "type": "Like", "id": id, "actor": actor, "to": [author], "object": object }))
}

/// A report to the moderators of the objects' origin: `objects` names the account and the
/// content, as Mastodon expects.
pub fn flag(id: &str, actor: &str, objects: &[&str], comment: &str, to: &str) -> Value {
    with_context(json!({ "type": "Flag", "id": id, "actor": actor, "to": [to], "object": objects, "content": comment }))
}

/// Sets `audience` on an object posted to networks, and names them in an activity's `cc`.
pub fn address(object_or_activity: &mut Value, networks: &[String], field: &str) {
    if networks.is_empty() {
        return;
    }
    match object_or_activity.get_mut(field) {
        Some(Value::Array(list)) => list.extend(networks.iter().map(|n| json!(n))),
        _ => object_or_activity[field] = json!(networks),
    }
}
