//! Inviting someone to answer a help question: a person or a network, here or on another node.
//! Here they (or the network's moderators) get a notification; elsewhere a `Note` mentioning
//! them reaches their inbox, which Mastodon and others show as a mention.

use super::notifications::{notify, Event};
use super::{now, Actor, App, AppConfig, AppError, AppResult};
use crate::activitypub::activities;
use crate::activitypub::objects::timestamp;
use crate::activitypub::question::invitation_note;
use crate::activitypub::review::escape;
use crate::app::outbox::enqueue;
use crate::domain::notification::NotificationKind;
use crate::store::models::{ActorRow, InvitationRow, QuestionRow};
use crate::store::{federation as fed_store, networks, questions as store, users, DbConnection};

/// How many a question may invite: enough for every match, too few to spam with.
pub const MAX_INVITATIONS: usize = 25;

/// Whom an invitation went to.
enum Invitee {
    /// Accounts here (a person, or a network's moderators), and the name shown.
    Local(Vec<String>, String),
    Remote(Box<ActorRow>),
}

/// The asker invites `invitee` (an ActivityPub id, as matchmaking offers it) to answer.
/// Inviting the same one twice sends nothing the second time; `true` if this one was new.
pub async fn invite(app: &App, who: &Actor, question_id: &str, invitee: &str) -> AppResult<bool> {
    let me = super::federation::ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let (config, question_id, invitee, who) = (app.config.clone(), question_id.to_owned(), invitee.trim().to_owned(), who.clone());
    app.db
        .write(move |conn| {
            let row = store::by_id(conn, &question_id)?.filter(|q| q.deleted_at.is_none() && !q.hidden).ok_or(AppError::NotFound)?;
            if row.owner_id != who.id || row.origin.is_some() {
                return Err(AppError::Forbidden);
            }
            let target = resolve(conn, &config, &invitee)?
                .ok_or_else(|| AppError::bad_request("unknown_invitee", "Invite a person or network this node knows (as matchmaking lists them)."))?;
            let name = match &target {
                Invitee::Local(_, name) => name.clone(),
                Invitee::Remote(actor) => actor.label(),
            };
            let invited = store::invitations(conn, &row.id)?;
            if invited.iter().any(|i| i.invitee == invitee) {
                return Ok(false);
            }
            if invited.len() >= MAX_INVITATIONS {
                return Err(AppError::bad_request("too_many_invitations", format!("A question can invite at most {MAX_INVITATIONS} people and networks.")));
            }
            let fresh =
                store::invite(conn, &InvitationRow { question_id: row.id.clone(), invitee: invitee.clone(), invitee_name: name.clone(), created_at: now() })?;
            if !fresh {
                return Ok(false);
            }
            match target {
                Invitee::Local(user_ids, _) => {
                    for user_id in user_ids.iter().filter(|u| **u != who.id) {
                        let event = Event {
                            user_id,
                            kind: NotificationKind::Invited,
                            subject_url: config.question_url(&row.id),
                            subject_title: row.title.clone(),
                            detail: who.display_name.clone(),
                        };
                        notify(conn, config.mail.is_some(), event)?;
                    }
                }
                Invitee::Remote(actor) => send(conn, &config, &row, &me, &actor)?,
            }
            Ok(true)
        })
        .await
}

/// The accounts or actor an invitee's id names: an account or network here, or a remote
/// person or network this node has met.
fn resolve(conn: &mut DbConnection, config: &AppConfig, ap_id: &str) -> AppResult<Option<Invitee>> {
    if let Some(username) = ap_id.strip_prefix(&format!("{}/users/", config.public_url)) {
        return Ok(users::by_username(conn, username)?
            .filter(|u| u.status == "active")
            .map(|u| Invitee::Local(vec![u.id.clone()], if u.display_name.is_empty() { u.username } else { u.display_name })));
    }
    if let Some(name) = ap_id.strip_prefix(&format!("{}/groups/", config.public_url)) {
        let Some(network) = networks::by_name(conn, name)? else { return Ok(None) };
        let moderators = networks::members(conn, &network.id)?
            .into_iter()
            .filter(|(member, _)| member.role == "moderator" && member.state == "member")
            .filter_map(|(_, actor)| actor.user_id.filter(|_| actor.local))
            .collect();
        return Ok(Some(Invitee::Local(moderators, network.title)));
    }
    Ok(fed_store::actor_by_ap_id(conn, ap_id)?.filter(|a| !a.local && matches!(a.kind.as_str(), "Person" | "Group")).map(|a| Invitee::Remote(Box::new(a))))
}

/// The mention that reaches a remote invitee, in English: the question's own language may not
/// be theirs, and its title follows as written.
fn send(conn: &mut DbConnection, config: &AppConfig, row: &QuestionRow, me: &ActorRow, invitee: &ActorRow) -> AppResult<()> {
    let url = config.question_url(&row.id);
    let handle = format!("@{}@{}", invitee.username, invitee.host);
    let html = format!(
        "<p><span class=\"h-card\"><a href=\"{}\" class=\"u-url mention\">{}</a></span> {} asks for your help: <a href=\"{url}\">{}</a></p>",
        escape(&invitee.ap_id),
        escape(&handle),
        escape(&me.label()),
        escape(&row.title)
    );
    let note_id = format!("{url}/invitations/{}", crate::domain::new_id());
    let note = invitation_note(&note_id, &me.ap_id, &invitee.ap_id, &handle, &html, &timestamp(now()));
    let activity =
        activities::about_object("Create", &activities::new_activity_id(&config.public_url, "Create"), &me.ap_id, &invitee.ap_id, note, &timestamp(now()));
    enqueue(conn, config, &activity, &me.ap_id, vec![invitee.inbox.clone()])
}

/// The people and networks invited to a question, by name.
pub async fn of_question(app: &App, question_id: &str) -> AppResult<Vec<(String, String)>> {
    let question_id = question_id.to_owned();
    app.db.read(move |conn| Ok(store::invitations(conn, &question_id)?.into_iter().map(|i| (i.invitee, i.invitee_name)).collect())).await
}
