//! Notifications by mail: each event someone may want to hear about becomes a `notifications`
//! row in the event's own transaction, mailed at once or gathered in a daily or weekly digest,
//! as its recipient chose per kind on `/account`. Every such mail carries a one-click
//! unsubscribe link (RFC 8058) signed with a secret of the node, so it works without signing in.
//!
//! Without mail nothing is recorded: there is nowhere to show it.

use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;

use super::mail::{self, Outgoing};
use super::{new_id, new_secret, now, Actor, App, AppError, AppResult};
use crate::domain::mail::MailKind;
use crate::domain::notification::{digest_period, Frequency, NotificationKind};
use crate::store::models::NotificationRow;
use crate::store::{notifications as store, settings, users, DbConnection};

/// What happened, for whom.
pub struct Event<'a> {
    pub user_id: &'a str,
    pub kind: NotificationKind,
    /// The page it is about (the remix, the liked work, the network).
    pub subject_url: String,
    pub subject_title: String,
    /// Who did it, or where: a name, a node, a network.
    pub detail: String,
}

/// How often this person hears of each kind: their choice, or the kind's default.
fn frequencies(conn: &mut DbConnection, user_id: &str) -> AppResult<Vec<(NotificationKind, Frequency)>> {
    let chosen = store::settings(conn, user_id)?;
    Ok(NotificationKind::ALL
        .into_iter()
        .map(|kind| {
            let frequency = chosen.iter().find(|(k, _)| k == kind.as_str()).and_then(|(_, f)| Frequency::parse(f)).unwrap_or(kind.default_frequency());
            (kind, frequency)
        })
        .collect())
}

/// How often this person hears of this kind.
fn frequency(conn: &mut DbConnection, user_id: &str, kind: NotificationKind) -> AppResult<Frequency> {
    Ok(frequencies(conn, user_id)?.into_iter().find(|(k, _)| *k == kind).map_or(kind.default_frequency(), |(_, f)| f))
}

/// Records an event for its recipient in the caller's transaction, and queues its mail when
/// they want it at once. Nothing when mail is off, the kind is off for them, or the recipient
/// is not an active account here.
pub fn notify(conn: &mut DbConnection, mail_on: bool, event: Event<'_>) -> AppResult<()> {
    if !mail_on || !store::is_active_local(conn, event.user_id)? {
        return Ok(());
    }
    let frequency = frequency(conn, event.user_id, event.kind)?;
    if frequency == Frequency::Off {
        return Ok(());
    }
    let immediate = frequency == Frequency::Immediate;
    let row = NotificationRow {
        id: new_id(),
        user_id: event.user_id.to_owned(),
        kind: event.kind.as_str().to_owned(),
        subject_url: event.subject_url,
        subject_title: event.subject_title.chars().take(300).collect(),
        detail: event.detail.chars().take(300).collect(),
        created_at: now(),
        mailed_at: immediate.then(now),
    };
    store::insert(conn, &row)?;
    if immediate {
        let user = users::by_id(conn, event.user_id)?.ok_or(AppError::NotFound)?;
        let to = user.email.clone();
        let params = json!({"notifications": [row.id], "unsubscribe": event.kind.as_str()});
        mail::queue(conn, true, Outgoing { event_key: format!("notify:{}", row.id), user: &user, to: &to, kind: MailKind::Notification, params })?;
    }
    Ok(())
}

/// Queues the digests due by `at`: per person and frequency, one mail with what happened before
/// the digest went due, once per day or week (the event key names the period). Returns how
/// many digests were queued.
pub async fn queue_digests(app: &App, at: chrono::NaiveDateTime) -> AppResult<usize> {
    if app.config.mail.is_none() {
        return Ok(0);
    }
    app.db
        .write(move |conn| {
            let mut queued = 0;
            for frequency in [Frequency::Daily, Frequency::Weekly] {
                let Some((period, due)) = digest_period(frequency, at) else { continue };
                let waiting = store::waiting(conn, due, 10_000)?;
                let mut by_user: std::collections::BTreeMap<String, Vec<NotificationRow>> = std::collections::BTreeMap::new();
                for row in waiting {
                    by_user.entry(row.user_id.clone()).or_default().push(row);
                }
                for (user_id, rows) in by_user {
                    let Some(user) = users::by_id(conn, &user_id)? else { continue };
                    let chosen = frequencies(conn, &user_id)?;
                    let due_now = |row: &&NotificationRow| {
                        let kind = NotificationKind::parse(&row.kind).unwrap_or(NotificationKind::FollowedContent);
                        chosen.iter().any(|(k, f)| *k == kind && *f == frequency)
                    };
                    let ids: Vec<String> = rows.iter().filter(due_now).map(|row| row.id.clone()).collect();
                    if ids.is_empty() {
                        continue;
                    }
                    let to = user.email.clone();
                    let params = json!({"notifications": ids, "digest": frequency.as_str(), "unsubscribe": "all"});
                    let key = format!("digest:{}:{}:{period}", user.id, frequency.as_str());
                    if mail::queue(conn, true, Outgoing { event_key: key, user: &user, to: &to, kind: MailKind::Notification, params })? {
                        queued += 1;
                    }
                    store::mark_mailed(conn, &ids, now())?;
                }
            }
            Ok(queued)
        })
        .await
}

/// A person's choice for every kind (the default where they made none).
pub async fn settings_of(app: &App, actor: &Actor) -> AppResult<Vec<(NotificationKind, Frequency)>> {
    let id = actor.id.clone();
    app.db.read(move |conn| frequencies(conn, &id)).await
}

/// Saves a person's choices; unknown kinds or frequencies are refused.
pub async fn save_settings(app: &App, actor: &Actor, choices: Vec<(String, String)>) -> AppResult<()> {
    let mut parsed = Vec::new();
    for (kind, frequency) in choices {
        match (NotificationKind::parse(&kind), Frequency::parse(&frequency)) {
            (Some(kind), Some(frequency)) => parsed.push((kind, frequency)),
            _ => return Err(AppError::bad_request("unknown_notification_setting", format!("{kind}={frequency} is not a notification setting"))),
        }
    }
    let id = actor.id.clone();
    app.db
        .write(move |conn| {
            for (kind, frequency) in parsed {
                store::set(conn, &id, kind.as_str(), frequency.as_str())?;
            }
            Ok(())
        })
        .await
}

/// The node's secret for unsubscribe links, made on first use.
fn link_secret(conn: &mut DbConnection) -> AppResult<String> {
    if let Some(secret) = settings::get(conn, "unsubscribe_secret")? {
        return Ok(secret);
    }
    let secret = new_secret();
    settings::set(conn, "unsubscribe_secret", &secret)?;
    Ok(secret)
}

fn signature(secret: &str, user_id: &str, scope: &str) -> AppResult<String> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).map_err(|e| AppError::Internal(e.to_string()))?;
    mac.update(format!("unsubscribe:{user_id}:{scope}").as_bytes());
    Ok(hex::encode(mac.finalize().into_bytes()))
}

/// The one-click unsubscribe path for a person and a kind (or `all`).
pub fn unsubscribe_path(conn: &mut DbConnection, user_id: &str, scope: &str) -> AppResult<String> {
    let secret = link_secret(conn)?;
    Ok(format!("/unsubscribe/{user_id}/{scope}/{}", signature(&secret, user_id, scope)?))
}

/// Turns a kind (or every kind) off for the person an unsubscribe link names, if its signature
/// holds. Returns the kinds turned off.
pub async fn unsubscribe(app: &App, user_id: &str, scope: &str, given: &str) -> AppResult<Vec<NotificationKind>> {
    let (user_id, scope, given) = (user_id.to_owned(), scope.to_owned(), given.to_owned());
    app.db
        .write(move |conn| {
            let secret = link_secret(conn)?;
            let expected = signature(&secret, &user_id, &scope)?;
            let kinds: Vec<NotificationKind> = match scope.as_str() {
                "all" => NotificationKind::ALL.to_vec(),
                other => NotificationKind::parse(other).into_iter().collect(),
            };
            if kinds.is_empty() || !constant_time_eq(expected.as_bytes(), given.as_bytes()) || users::by_id(conn, &user_id)?.is_none() {
                return Err(AppError::NotFound);
            }
            for kind in &kinds {
                store::set(conn, &user_id, kind.as_str(), Frequency::Off.as_str())?;
            }
            Ok(kinds)
        })
        .await
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Notifications, settings and followed goals for the account export.
pub fn export(conn: &mut DbConnection, user_id: &str) -> AppResult<Value> {
    let settings: Vec<Value> = store::settings(conn, user_id)?.into_iter().map(|(kind, frequency)| json!({"kind": kind, "frequency": frequency})).collect();
    Ok(json!({
        "settings": settings,
        "followed_goals": store::followed_goals(conn, user_id)?,
        "notifications": crate::store::account_data::notifications(conn, user_id)?,
    }))
}

/// Public work that is new here (published, or arrived from another node): whoever follows one
/// of its goals, a goal above one, or a goal of another framework matching one, hears once.
pub fn new_work_for_goals(conn: &mut DbConnection, mail_on: bool, kind: crate::domain::ContentKind, id: &str, url: &str, title: &str) -> AppResult<()> {
    if !mail_on {
        return Ok(());
    }
    let goals = store::goals_of_content(conn, kind.as_str(), id)?;
    if goals.is_empty() {
        return Ok(());
    }
    let closure = crate::store::curricula::filter_closure(conn, &goals)?;
    let mut told = std::collections::BTreeSet::new();
    for (user_id, goal_id) in store::goal_followers(conn, &closure)? {
        if !told.insert(user_id.clone()) {
            continue;
        }
        let goal = crate::store::curricula::goal_by_id(conn, &goal_id)?;
        let detail = goal
            .map(|g| if g.human_coding_scheme.is_empty() { g.full_statement.chars().take(80).collect() } else { g.human_coding_scheme })
            .unwrap_or_default();
        notify(
            conn,
            true,
            Event { user_id: &user_id, kind: NotificationKind::FollowedGoal, subject_url: url.to_owned(), subject_title: title.to_owned(), detail },
        )?;
    }
    Ok(())
}

/// Follows (or stops following) a goal as the signed-in person.
pub async fn follow_goal(app: &App, actor: &Actor, goal_id: &str, follow: bool) -> AppResult<()> {
    let (user_id, goal_id) = (actor.id.clone(), goal_id.to_owned());
    app.db
        .write(move |conn| {
            crate::store::curricula::goal_by_id(conn, &goal_id)?.ok_or(AppError::NotFound)?;
            if follow {
                store::follow_goal(conn, &user_id, &goal_id, now())?;
            } else {
                store::unfollow_goal(conn, &user_id, &goal_id)?;
            }
            Ok(())
        })
        .await
}

/// Whether the signed-in person follows a goal.
pub async fn follows_goal(app: &App, actor: &Actor, goal_id: &str) -> AppResult<bool> {
    let (user_id, goal_id) = (actor.id.clone(), goal_id.to_owned());
    app.db.read(move |conn| Ok(store::follows_goal(conn, &user_id, &goal_id)?)).await
}
