//! Federation use cases: local actors and their keys, follows in both directions, and remote
//! content arriving through the inbox, which passes the same validation as local content and
//! is stored, versioned and indexed the same way (DESIGN.md invariant 4).

use chrono::Duration;

use super::network_relay;
use super::notifications::{self, Event};
use super::tx::run_blocking;
use super::{materials, new_id, now, Actor, App, AppConfig, AppError, AppResult};
use crate::activitypub::activities;
use crate::activitypub::objects::{RemoteContent, RemoteObject};
use crate::app::outbox::enqueue;
use crate::domain::case_study::CaseStudyFields;
use crate::domain::federation::Policy;
use crate::domain::material::MaterialFields;
use crate::domain::notification::NotificationKind;
use crate::domain::question::QuestionFields;
use crate::domain::vocab::FederationMode;
use crate::domain::vocab::{AccountStatus, Role};
use crate::domain::ContentKind;
use crate::store::models::{ActorRow, FollowRow, InstanceRow, RemoteRemixRow, UserRow};
use crate::store::{
    case_studies as case_store, collections as collection_store, federation as store, materials as material_store, questions as question_store, settings,
    users, DbConnection,
};

const ACCEPTED: &str = "accepted";
const PENDING: &str = "pending";

/// A follow as lists show it.
#[derive(Debug, Clone)]
pub struct FollowView {
    pub actor: ActorRow,
    pub state: String,
    pub since: chrono::NaiveDateTime,
}

/// An RSA key pair for signing, made off the async executor (it takes a moment).
pub(crate) async fn new_keypair() -> AppResult<(String, String)> {
    run_blocking(|| {
        let keys = activitypub_federation::http_signatures::generate_actor_keypair().map_err(|e| AppError::Internal(format!("key generation: {e}")))?;
        Ok((keys.public_key, keys.private_key))
    })
    .await
}

/// Inserts a local actor unless one with its id exists; returns the stored one.
async fn ensure_local(app: &App, template: ActorRow) -> AppResult<ActorRow> {
    let ap_id = template.ap_id.clone();
    let existing = app.db.read(move |conn| Ok(store::actor_by_ap_id(conn, &ap_id)?)).await?;
    if let Some(row) = existing {
        return Ok(row);
    }
    let (public_key_pem, private_key_pem) = new_keypair().await?;
    let row = ActorRow { public_key_pem, private_key_pem: Some(private_key_pem), ..template };
    app.db
        .write(move |conn| {
            // Another request may have made it meanwhile: the first one wins.
            if let Some(existing) = store::actor_by_ap_id(conn, &row.ap_id)? {
                return Ok(existing);
            }
            store::insert_actor(conn, &row)?;
            Ok(row)
        })
        .await
}

fn local_template(config: &AppConfig, kind: &str, ap_id: String, username: &str, name: &str, summary: &str, user_id: Option<String>) -> ActorRow {
    ActorRow {
        id: new_id(),
        inbox: format!("{ap_id}/inbox"),
        shared_inbox: Some(format!("{}/inbox", config.public_url)),
        outbox: Some(format!("{ap_id}/outbox")),
        followers: Some(format!("{ap_id}/followers")),
        ap_id,
        kind: kind.to_owned(),
        local: true,
        user_id,
        host: config.host(),
        username: username.to_owned(),
        name: name.to_owned(),
        summary: summary.to_owned(),
        public_key_pem: String::new(),
        private_key_pem: None,
        fetched_at: now(),
    }
}

/// The node's own actor, made with its keys on first start.
pub async fn ensure_node_actor(app: &App) -> AppResult<ActorRow> {
    let ap_id = app.config.node_actor_url();
    // The common case (every delivery the node signs, every fetch of /actor) is one lookup.
    if let Some(row) = app.db.read(move |conn| Ok(store::actor_by_ap_id(conn, &ap_id)?)).await? {
        return Ok(row);
    }
    let info = super::node::info(app).await?;
    let config = &app.config;
    let template = local_template(config, "Application", config.node_actor_url(), &config.federation.node_handle, &info.name, &info.description, None);
    ensure_local(app, template).await
}

/// The actor of a local account (made on first use); `None` for unknown or inactive accounts.
pub async fn ensure_user_actor(app: &App, username: &str) -> AppResult<Option<ActorRow>> {
    let name = username.to_owned();
    let user = app.db.read(move |conn| Ok(users::by_username(conn, &name)?)).await?;
    let Some(user) = user.filter(|u| u.status == AccountStatus::Active.as_str()) else { return Ok(None) };
    let config = &app.config;
    let template = local_template(config, "Person", config.user_url(&user.username), &user.username, &user.display_name, &user.bio, Some(user.id.clone()));
    ensure_local(app, template).await.map(Some)
}

/// The private key that signs what a local actor sends. An account deleted since it wrote an
/// activity still signs it (its `Delete` above all): the key outlives the account's data.
pub async fn signing_key(app: &App, url: &url::Url) -> AppResult<Option<String>> {
    let text = url.as_str().trim_end_matches('/').to_owned();
    let stored = app.db.read(move |conn| Ok(store::actor_by_ap_id(conn, &text)?)).await?;
    if let Some(actor) = stored.filter(|a| a.local) {
        return Ok(actor.private_key_pem);
    }
    Ok(actor_by_ap_id(app, url).await?.and_then(|a| a.private_key_pem))
}

/// An actor by its id: local actors are made on demand, remote ones come from the table.
pub async fn actor_by_ap_id(app: &App, url: &url::Url) -> AppResult<Option<ActorRow>> {
    let config = &app.config;
    let text = url.as_str().trim_end_matches('/').to_owned();
    if text == config.node_actor_url() {
        return ensure_node_actor(app).await.map(Some);
    }
    if let Some(username) = text.strip_prefix(&format!("{}/users/", config.public_url)) {
        if !username.contains('/') && !username.contains('@') {
            return ensure_user_actor(app, username).await;
        }
        return Ok(None);
    }
    app.db.read(move |conn| Ok(store::actor_by_ap_id(conn, &text)?)).await
}

/// Stores (or refreshes) a remote actor fetched from its server.
pub async fn upsert_remote_actor(app: &App, row: ActorRow) -> AppResult<ActorRow> {
    app.db
        .write(move |conn| match store::actor_by_ap_id(conn, &row.ap_id)? {
            Some(existing) if existing.local => Err(AppError::bad_request("local_actor", "A remote server cannot redefine one of our actors.")),
            Some(existing) => {
                let refreshed = ActorRow { id: existing.id, ..row };
                store::refresh_remote_actor(conn, &refreshed)?;
                Ok(store::actor_by_id(conn, &refreshed.id)?.unwrap_or(refreshed))
            }
            None => {
                store::insert_actor(conn, &row)?;
                Ok(row)
            }
        })
        .await
}

/// The `users` row that owns a remote author's content (status `remote`: it never signs in).
pub(super) fn author_user(conn: &mut DbConnection, author: &ActorRow) -> AppResult<String> {
    // The row as of this transaction: `author` was read before it, and a concurrent activity by
    // the same new author (a Create and the node's Announce arrive together) may have made the
    // `users` row in the meantime.
    let current = store::actor_by_id(conn, &author.id)?;
    let author = current.as_ref().unwrap_or(author);
    if let Some(user_id) = &author.user_id {
        if let Some(user) = users::by_id(conn, user_id)? {
            if user.display_name != author.name && !author.name.is_empty() {
                // Keep the shown name in step with the remote profile.
                users::set_display_name(conn, &user.id, &author.name)?;
            }
            return Ok(user.id);
        }
    }
    let username = format!("{}@{}", author.username, author.host);
    // Its row may exist without the link (a concurrent first activity by the same author made
    // it, or a link lost before `refresh_remote_actor`): the address names this very actor.
    if let Some(user) = users::by_username(conn, &username)?.filter(|u| u.email == format!("{}@remote.invalid", author.id)) {
        store::update_actor(conn, &ActorRow { user_id: Some(user.id.clone()), ..author.clone() })?;
        return Ok(user.id);
    }
    let id = new_id();
    let row = UserRow {
        id: id.clone(),
        username,
        // Unique and never shown or sent anywhere; remote accounts have no address here.
        email: format!("{}@remote.invalid", author.id),
        display_name: if author.name.is_empty() { author.username.clone() } else { author.name.clone() },
        bio: String::new(),
        password_hash: String::new(),
        role: Role::Member.as_str().to_owned(),
        status: AccountStatus::Remote.as_str().to_owned(),
        created_at: now(),
        email_verified_at: None,
        lang: "nl".to_owned(),
    };
    users::insert(conn, &row)?;
    store::update_actor(conn, &ActorRow { user_id: Some(id.clone()), ..author.clone() })?;
    Ok(id)
}

// ---- follows made here ----------------------------------------------------------------

/// The signed-in account follows a remote actor: pending until the target accepts.
pub async fn follow(app: &App, who: &Actor, target: ActorRow) -> AppResult<FollowView> {
    if target.local {
        return Err(AppError::bad_request("local_target", "This actor is on this node: its content is already here."));
    }
    let follower = ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let config = app.config.clone();
    app.db
        .write(move |conn| {
            if let Some(existing) = store::follow(conn, &follower.id, &target.id)? {
                return Ok(FollowView { actor: target, state: existing.state, since: existing.created_at });
            }
            let activity_id = activities::new_activity_id(&config.public_url, "Follow");
            let row = FollowRow { follower_id: follower.id.clone(), target_id: target.id.clone(), state: PENDING.to_owned(), activity_id, created_at: now() };
            store::put_follow(conn, &row)?;
            let activity = activities::follow(&row.activity_id, &follower.ap_id, &target.ap_id);
            enqueue(conn, &config, &activity, &follower.ap_id, vec![target.inbox.clone()])?;
            Ok(FollowView { actor: target, state: row.state, since: row.created_at })
        })
        .await
}

/// Stops following: the follow goes, and the target is told with an `Undo`.
pub async fn unfollow(app: &App, who: &Actor, target_actor_id: &str) -> AppResult<()> {
    let follower = ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let (config, target_id) = (app.config.clone(), target_actor_id.to_owned());
    app.db
        .write(move |conn| {
            let row = store::follow(conn, &follower.id, &target_id)?.ok_or(AppError::NotFound)?;
            let target = store::actor_by_id(conn, &target_id)?.ok_or(AppError::NotFound)?;
            store::delete_follow(conn, &follower.id, &target_id)?;
            let follow = activities::follow(&row.activity_id, &follower.ap_id, &target.ap_id);
            let undo = activities::undo(&activities::new_activity_id(&config.public_url, "Undo"), &follower.ap_id, follow, &target.ap_id);
            enqueue(conn, &config, &undo, &follower.ap_id, vec![target.inbox.clone()])?;
            Ok(())
        })
        .await
}

/// What the signed-in account follows.
pub async fn following(app: &App, who: &Actor) -> AppResult<Vec<FollowView>> {
    let user_id = who.id.clone();
    app.db
        .read(move |conn| {
            let Some(me) = store::local_actor_of_user(conn, &user_id)? else { return Ok(Vec::new()) };
            Ok(store::following(conn, &me.id)?.into_iter().map(|(f, actor)| FollowView { actor, state: f.state, since: f.created_at }).collect())
        })
        .await
}

/// Whether `viewer` may see who follows `actor` (not only how many): the account itself and
/// the node's admins. Who follows whom is personal data; the count is public.
pub fn may_list_followers(viewer: Option<&Actor>, actor: &ActorRow) -> bool {
    viewer.is_some_and(|v| v.role == Role::Admin || actor.user_id.as_deref() == Some(v.id.as_str()))
}

/// Who follows a local actor (by its id URL): the node, or an account.
pub async fn followers(app: &App, local_actor: ActorRow) -> AppResult<Vec<FollowView>> {
    app.db
        .read(move |conn| {
            Ok(store::follows_of_target(conn, &local_actor.id)?
                .into_iter()
                .map(|(f, actor)| FollowView { actor, state: f.state, since: f.created_at })
                .collect())
        })
        .await
}

// ---- the inbox ------------------------------------------------------------------------

pub async fn already_seen(app: &App, activity_id: &str) -> AppResult<bool> {
    let id = activity_id.to_owned();
    app.db.read(move |conn| Ok(store::seen(conn, &id)?)).await
}

/// Records an activity we accept but do nothing with, so a repeat is recognised.
pub async fn mark_seen(app: &App, activity_id: &str) -> AppResult<()> {
    let id = activity_id.to_owned();
    app.db.write(move |conn| store::mark_seen(conn, &id, now()).map(drop).map_err(AppError::from)).await
}

/// A remote actor follows one of ours: accepted at once (the policy check happened before).
pub async fn incoming_follow(app: &App, activity_id: &str, follower: ActorRow, target: ActorRow) -> AppResult<()> {
    let (config, activity_id) = (app.config.clone(), activity_id.to_owned());
    app.db
        .write(move |conn| {
            if !store::mark_seen(conn, &activity_id, now())? {
                return Ok(());
            }
            let row = FollowRow {
                follower_id: follower.id.clone(),
                target_id: target.id.clone(),
                state: ACCEPTED.to_owned(),
                activity_id: activity_id.clone(),
                created_at: now(),
            };
            store::put_follow(conn, &row)?;
            let accept =
                activities::answer_follow("Accept", &activities::new_activity_id(&config.public_url, "Accept"), &target.ap_id, &activity_id, &follower.ap_id);
            enqueue(conn, &config, &accept, &target.ap_id, vec![follower.inbox.clone()])?;
            Ok(())
        })
        .await
}

/// The local follower (its actor id) of a follow we sent, by the Follow's id.
pub async fn follower_of_follow(app: &App, follow_activity_id: &str) -> AppResult<Option<String>> {
    let id = follow_activity_id.to_owned();
    app.db
        .read(move |conn| {
            let Some(row) = store::follow_by_activity_id(conn, &id)? else { return Ok(None) };
            Ok(store::actor_by_id(conn, &row.follower_id)?.filter(|a| a.local).map(|a| a.ap_id))
        })
        .await
}

/// A remote actor answered one of our follows. Returns whether a follow changed to accepted.
pub async fn follow_answered(app: &App, activity_id: &str, target: ActorRow, follower_ap_id: &str, accepted: bool) -> AppResult<bool> {
    let (activity_id, follower_ap_id) = (activity_id.to_owned(), follower_ap_id.to_owned());
    app.db
        .write(move |conn| {
            if !store::mark_seen(conn, &activity_id, now())? {
                return Ok(false);
            }
            let Some(follower) = store::actor_by_ap_id(conn, &follower_ap_id)?.filter(|a| a.local) else { return Ok(false) };
            let Some(existing) = store::follow(conn, &follower.id, &target.id)? else { return Ok(false) };
            if accepted {
                store::set_follow_state(conn, &follower.id, &target.id, ACCEPTED)?;
                Ok(existing.state != ACCEPTED)
            } else {
                store::delete_follow(conn, &follower.id, &target.id)?;
                Ok(false)
            }
        })
        .await
}

/// A remote actor stopped following one of ours.
pub async fn incoming_unfollow(app: &App, activity_id: &str, follower: ActorRow, target_ap_id: &str) -> AppResult<()> {
    let (activity_id, target_ap_id) = (activity_id.to_owned(), target_ap_id.to_owned());
    app.db
        .write(move |conn| {
            if !store::mark_seen(conn, &activity_id, now())? {
                return Ok(());
            }
            if let Some(target) = store::actor_by_ap_id(conn, &target_ap_id)?.filter(|a| a.local) {
                store::delete_follow(conn, &follower.id, &target.id)?;
            }
            Ok(())
        })
        .await
}

/// Does any local actor follow this remote actor?
pub(super) fn followed(conn: &mut DbConnection, actor: &ActorRow) -> AppResult<bool> {
    Ok(store::followers_of_local(conn, &actor.id)?)
}

/// Remote content arrived (Create, Update, an Announce, or backfill). It is stored when we
/// follow the sender or announcer or already hold it. A remix of one of our materials is
/// listed on the original whoever sent it, but only when `object.remix_confirmed`: the federation
/// layer fetched the remix from its origin, on the sender's own server, and it names our
/// material as its source. `activity_id` is `None` for backfilled items.
///
/// `revives`: the activity says the object is (again) public — a `Create` or an `Announce` — so
/// a copy deleted here earlier comes back (content hidden at its origin and shown again, or a
/// post a network took back and passed on again). A late `Update` never revives.
pub async fn receive_content(
    app: &App,
    activity_id: Option<String>,
    sender: ActorRow,
    author: ActorRow,
    object: RemoteObject,
    relay: Option<Relay>,
    revives: bool,
) -> AppResult<()> {
    let config = app.config.clone();
    let mail_on = config.mail.is_some();
    app.db
        .write(move |conn| {
            if let Some(id) = &activity_id {
                if !store::mark_seen(conn, id, now())? {
                    return Ok(());
                }
            }
            let ap_id = object.id.to_string();
            let origin = crate::activitypub::host_of(&object.id);
            // Our own content coming back (a network elsewhere announcing what we posted to it)
            // is already here as the original.
            if origin == config.host() {
                return Ok(());
            }
            // The policy as of this transaction: a block that landed after the inbox's check
            // (or during a backfill) still keeps the content out.
            let policy = read_policy(conn)?;
            if !policy.allows(&origin) || !policy.allows(&sender.host) {
                return Ok(());
            }
            // A remix of one of our materials: the original lists it, with the title as it
            // passed the same validation as our own (so it is bounded in length).
            let local_source = object.based_on.as_ref().and_then(|u| u.as_str().strip_prefix(&format!("{}/materials/", config.public_url)).map(str::to_owned));
            if let (Some(source_id), RemoteContent::Material(input), true) = (&local_source, &object.content, object.remix_confirmed) {
                if let Some(source) = material_store::by_id(conn, source_id)?.filter(|m| m.deleted_at.is_none() && m.origin.is_none()) {
                    let title = MaterialFields::parse_remote(input, &config.limits)?.title;
                    let known = store::remote_remixes_of(conn, source_id)?.iter().any(|r| r.url == ap_id);
                    // A remix that says it translates our material is listed among its translations.
                    let translation = object.translation_of.as_ref() == object.based_on.as_ref();
                    let language = if translation { MaterialFields::parse_remote(input, &config.limits)?.language.as_str().to_owned() } else { String::new() };
                    store::put_remote_remix(
                        conn,
                        &RemoteRemixRow {
                            material_id: source_id.clone(),
                            url: ap_id.clone(),
                            node: origin.clone(),
                            title: title.clone(),
                            created_at: now(),
                            translation,
                            language,
                        },
                    )?;
                    if !known {
                        let event = Event {
                            user_id: &source.owner_id,
                            kind: NotificationKind::Remixed,
                            subject_url: ap_id.clone(),
                            subject_title: title,
                            detail: origin.clone(),
                        };
                        notifications::notify(conn, mail_on, event)?;
                    }
                }
            }
            let held = match &object.content {
                RemoteContent::Material(_) => material_store::by_ap_id(conn, &ap_id)?.map(|r| r.deleted_at.is_some()),
                RemoteContent::CaseStudy(_) => case_store::by_ap_id(conn, &ap_id)?.map(|r| r.deleted_at.is_some()),
                RemoteContent::Question(..) => question_store::by_ap_id(conn, &ap_id)?.map(|r| r.deleted_at.is_some()),
            };
            // Networks here relay a member's post, and keep it themselves.
            let relaying = match &relay {
                Some(r) => network_relay::relaying_for(conn, &r.groups, &sender)?,
                None => Vec::new(),
            };
            let wanted = match held {
                Some(false) => true,
                Some(true) if !revives => false,
                _ => !relaying.is_empty() || followed(conn, &sender)? || followed(conn, &author)?,
            };
            if !wanted {
                return Ok(());
            }
            let kind = match &object.content {
                RemoteContent::Material(_) => ContentKind::Material,
                RemoteContent::CaseStudy(_) => ContentKind::CaseStudy,
                RemoteContent::Question(..) => ContentKind::Question,
            };
            let owner_id = author_user(conn, &author)?;
            let owner = Actor { id: owner_id, username: String::new(), display_name: String::new(), role: Role::Member };
            match object.content {
                RemoteContent::Material(input) => {
                    let fields = MaterialFields::parse_remote(&input, &config.limits)?;
                    super::foreign_goals::learn(conn, &fields.goals, &object.goals, &origin)?;
                    let source = match &object.based_on {
                        Some(u) => material_store::by_ap_id(conn, u.as_str())?.map(|s| (s.id, s.version)),
                        None => None,
                    };
                    let source = source.or_else(|| local_source.clone().map(|id| (id, 1)));
                    materials::upsert_remote(conn, &config, &owner, &fields, (&ap_id, &origin), source.as_ref().map(|(id, v)| (id.as_str(), *v)))?;
                    // A translation links to its original when this node holds it (ours, or a
                    // copy); one we do not hold is left unlinked rather than refused.
                    super::translations::link_remote(conn, &config, &ap_id, object.translation_of.as_ref().map(url::Url::as_str))?;
                    super::reviews::keep_origin_summary(conn, &config, &ap_id, object.reviews)?;
                }
                RemoteContent::CaseStudy(mut input) => {
                    input.goals = input.goals.as_deref().map(crate::domain::alignment::usable);
                    let fields = CaseStudyFields::parse(&input, &config.limits)?;
                    super::foreign_goals::learn(conn, &fields.goals, &object.goals, &origin)?;
                    super::case_studies::upsert_remote(conn, &config, &owner, &fields, (&ap_id, &origin))?;
                }
                RemoteContent::Question(input, answers, helpful) => {
                    let fields = QuestionFields::parse(&input)?;
                    super::questions::upsert_remote(conn, &config, &owner.id, &fields, (&ap_id, &origin), &answers, helpful.as_deref())?;
                }
            }
            // New here: whoever follows its author, or the node or network that sent it, hears
            // (not of what a new follow backfills: that is old work, and there may be hundreds).
            if held.is_none() && activity_id.is_some() {
                let title = match kind {
                    ContentKind::Material => material_store::by_ap_id(conn, &ap_id)?.map(|r| r.title),
                    ContentKind::Question => question_store::by_ap_id(conn, &ap_id)?.map(|r| r.title),
                    _ => case_store::by_ap_id(conn, &ap_id)?.map(|r| r.title),
                };
                let mut followers: Vec<String> =
                    store::followers_of(conn, &[author.id.clone(), sender.id.clone()])?.into_iter().filter(|a| a.local).filter_map(|a| a.user_id).collect();
                followers.sort();
                followers.dedup();
                for user_id in followers {
                    let detail = author.label();
                    let event = Event {
                        user_id: &user_id,
                        kind: NotificationKind::FollowedContent,
                        subject_url: ap_id.clone(),
                        subject_title: title.clone().unwrap_or_default(),
                        detail,
                    };
                    notifications::notify(conn, mail_on, event)?;
                }
                let local_id = match kind {
                    ContentKind::Material => material_store::by_ap_id(conn, &ap_id)?.map(|r| r.id),
                    ContentKind::Question => None,
                    _ => case_store::by_ap_id(conn, &ap_id)?.map(|r| r.id),
                };
                if let Some(local_id) = local_id {
                    notifications::new_work_for_goals(conn, mail_on, kind, &local_id, &ap_id, &title.clone().unwrap_or_default())?;
                }
            }
            // Where it was posted: the networks relaying it here, or the network that announced it.
            let posted_in: Vec<ActorRow> = if sender.kind == "Group" { vec![sender.clone()] } else { relaying.clone() };
            if !posted_in.is_empty() {
                let local_id = match kind {
                    ContentKind::Material => material_store::by_ap_id(conn, &ap_id)?.map(|r| r.id),
                    ContentKind::CaseStudy => case_store::by_ap_id(conn, &ap_id)?.map(|r| r.id),
                    ContentKind::Collection => collection_store::by_ap_id(conn, &ap_id)?.map(|r| r.id),
                    ContentKind::Question => None,
                };
                if let Some(local_id) = local_id {
                    super::networks::record_posts(conn, &posted_in, kind, &local_id)?;
                }
            }
            if let Some(relay) = &relay {
                let verb = relay.activity.get("type").and_then(serde_json::Value::as_str).unwrap_or_default();
                for group in &relaying {
                    network_relay::announce(conn, &config, group, if verb == "Create" { &relay.article } else { &relay.activity })?;
                }
            }
            Ok(())
        })
        .await
}

/// Networks hosted here that an inbound activity is addressed to. They pass it on to their
/// followers if the sender is a member, in the transaction that handles it.
#[derive(Debug, Clone)]
pub struct Relay {
    pub groups: Vec<ActorRow>,
    /// The activity as received.
    pub activity: serde_json::Value,
    /// The object it carries (announced for a `Create`).
    pub article: serde_json::Value,
}

/// The origin (`origin` is its host) deleted something: it disappears from pages and search
/// here. Networks here that the deleting member addressed pass the `Delete` on.
pub async fn receive_delete(app: &App, activity_id: &str, origin: &str, object_id: &str, relay: Option<(Relay, ActorRow)>) -> AppResult<()> {
    let (config, activity_id, object_id, origin) = (app.config.clone(), activity_id.to_owned(), object_id.to_owned(), origin.to_owned());
    app.db
        .write(move |conn| {
            if !store::mark_seen(conn, &activity_id, now())? {
                return Ok(());
            }
            if let Some((relay, sender)) = &relay {
                for group in network_relay::relaying_for(conn, &relay.groups, sender)? {
                    network_relay::announce(conn, &config, &group, &relay.activity)?;
                }
            }
            // An account deleting itself: every tie to it here goes (follows both ways, network
            // memberships, its likes). Its work stays as long as its origin keeps it: erased
            // work comes with a `Delete` of its own.
            if let Some(gone) = store::actor_by_ap_id(conn, &object_id)?.filter(|a| !a.local && a.host == origin) {
                crate::store::account_data::delete_personal(conn, gone.user_id.as_deref().unwrap_or_default(), &gone.id)?;
                if let Some(user_id) = &gone.user_id {
                    users::set_status(conn, user_id, AccountStatus::Deleted.as_str())?;
                }
                tracing::info!(actor = ?gone.ap_id, "a remote account deleted itself; its ties here are gone");
                return Ok(());
            }
            store::delete_remote_remix(conn, &object_id)?;
            super::reviews::receive_delete(conn, &config, &object_id, &origin)?;
            super::questions::receive_delete(conn, &config, &object_id, &origin)?;
            if let Some(row) = question_store::by_ap_id(conn, &object_id)?.filter(|r| r.origin.as_deref() == Some(origin.as_str()) && r.deleted_at.is_none()) {
                soft_delete(conn, ContentKind::Question, &row.id)?;
            }
            if let Some(row) = material_store::by_ap_id(conn, &object_id)?.filter(|r| r.origin.as_deref() == Some(origin.as_str()) && r.deleted_at.is_none()) {
                soft_delete(conn, ContentKind::Material, &row.id)?;
            }
            if let Some(row) = case_store::by_ap_id(conn, &object_id)?.filter(|r| r.origin.as_deref() == Some(origin.as_str()) && r.deleted_at.is_none()) {
                soft_delete(conn, ContentKind::CaseStudy, &row.id)?;
            }
            if let Some(row) = collection_store::by_ap_id(conn, &object_id)?.filter(|r| r.origin.as_deref() == Some(origin.as_str()) && r.deleted_at.is_none())
            {
                soft_delete(conn, ContentKind::Collection, &row.id)?;
            }
            Ok(())
        })
        .await
}

/// A network (or node) took back its `Announce` of an object. The object leaves this node unless
/// it is still wanted here another way: we follow its author or its node, or another network
/// we follow carries it.
pub async fn receive_unannounce(app: &App, activity_id: &str, sender: ActorRow, object_id: &str) -> AppResult<()> {
    let (activity_id, object_id) = (activity_id.to_owned(), object_id.to_owned());
    app.db
        .write(move |conn| {
            if !store::mark_seen(conn, &activity_id, now())? {
                return Ok(());
            }
            let held = match material_store::by_ap_id(conn, &object_id)? {
                Some(row) => Some((ContentKind::Material, row.id, row.owner_id, row.origin)),
                None => case_store::by_ap_id(conn, &object_id)?.map(|row| (ContentKind::CaseStudy, row.id, row.owner_id, row.origin)),
            };
            let Some((kind, id, owner_id, Some(origin))) = held else { return Ok(()) };
            crate::store::networks::delete_post(conn, &sender.ap_id, kind.as_str(), &id)?;
            let author_followed = match store::remote_actor_of_user(conn, &owner_id)? {
                Some(author) => followed(conn, &author)?,
                None => false,
            };
            let still_wanted = author_followed
                || store::follows_kind_on_host(conn, &origin, "Application")?
                || !crate::store::networks::networks_of(conn, kind.as_str(), &id)?.is_empty();
            if !still_wanted {
                soft_delete(conn, kind, &id)?;
            }
            Ok(())
        })
        .await
}

/// A network elsewhere announced one of our own objects (`object_url`): recorded as seen, and
/// its author hears that the network passed it on.
pub async fn own_content_passed_on(app: &App, activity_id: &str, sender: &ActorRow, object_url: &str) -> AppResult<()> {
    let (config, activity_id, sender, object_url) = (app.config.clone(), activity_id.to_owned(), sender.clone(), object_url.to_owned());
    app.db
        .write(move |conn| {
            if !store::mark_seen(conn, &activity_id, now())? {
                return Ok(());
            }
            if sender.kind == "Group" {
                notify_posted(conn, config.mail.is_some(), &config, &sender, &object_url)?;
            }
            Ok(())
        })
        .await
}

/// A network elsewhere passed on one of our own objects: its author hears of it.
fn notify_posted(conn: &mut DbConnection, mail_on: bool, config: &AppConfig, group: &ActorRow, object_url: &str) -> AppResult<()> {
    let local = [("/materials/", ContentKind::Material), ("/case-studies/", ContentKind::CaseStudy), ("/collections/", ContentKind::Collection)]
        .into_iter()
        .find_map(|(path, kind)| object_url.strip_prefix(&format!("{}{path}", config.public_url)).map(|id| (kind, id.to_owned())));
    let Some((kind, id)) = local else { return Ok(()) };
    let owned = match kind {
        ContentKind::Material => material_store::by_id(conn, &id)?.map(|r| (r.owner_id, r.title)),
        ContentKind::CaseStudy => case_store::by_id(conn, &id)?.map(|r| (r.owner_id, r.title)),
        ContentKind::Collection => collection_store::by_id(conn, &id)?.map(|r| (r.owner_id, r.title)),
        ContentKind::Question => None,
    };
    let Some((owner_id, title)) = owned else { return Ok(()) };
    let network = group.label();
    let event =
        Event { user_id: &owner_id, kind: NotificationKind::PostedToNetwork, subject_url: object_url.to_owned(), subject_title: title, detail: network };
    notifications::notify(conn, mail_on, event)
}

/// Marks content deleted here (if it was not already); the index drops it through the queue.
fn soft_delete(conn: &mut DbConnection, kind: ContentKind, id: &str) -> AppResult<()> {
    let changed = match kind {
        ContentKind::Material => match material_store::by_id(conn, id)?.filter(|r| r.deleted_at.is_none()) {
            Some(mut row) => {
                row.deleted_at = Some(now());
                material_store::update(conn, &row)?;
                true
            }
            None => false,
        },
        ContentKind::CaseStudy => match case_store::by_id(conn, id)?.filter(|r| r.deleted_at.is_none()) {
            Some(mut row) => {
                row.deleted_at = Some(now());
                case_store::update(conn, &row)?;
                true
            }
            None => false,
        },
        ContentKind::Collection => match collection_store::by_id(conn, id)?.filter(|r| r.deleted_at.is_none()) {
            Some(mut row) => {
                row.deleted_at = Some(now());
                collection_store::update(conn, &row)?;
                true
            }
            None => false,
        },
        ContentKind::Question => match question_store::by_id(conn, id)?.filter(|r| r.deleted_at.is_none()) {
            Some(mut row) => {
                row.deleted_at = Some(now());
                question_store::update(conn, &row)?;
                true
            }
            None => false,
        },
    };
    if changed {
        crate::store::queue::enqueue_index(conn, kind, id)?;
    }
    Ok(())
}

/// A peer talked to us: if deliveries to it were backing off or had given up, try again now.
pub async fn instance_contacted(app: &App, host: &str) -> AppResult<()> {
    let host = host.to_owned();
    let reset = app
        .db
        .read({
            let host = host.clone();
            move |conn| Ok(store::instance(conn, &host)?.is_some_and(|i| i.unreachable || i.next_attempt_at.is_some()))
        })
        .await?;
    if reset {
        app.db
            .write(move |conn| {
                // What the instance accepted before (its signature scheme) still holds.
                let previous = store::instance(conn, &host)?.unwrap_or_else(|| InstanceRow::new(&host));
                store::put_instance(conn, &previous.recovered())?;
                Ok(())
            })
            .await?;
    }
    Ok(())
}

/// Remixes of a local material made on other nodes.
pub fn remote_remixes(conn: &mut DbConnection, material_id: &str) -> AppResult<Vec<RemoteRemixRow>> {
    Ok(store::remote_remixes_of(conn, material_id)?)
}

/// The backoff after `failures` consecutive failures: base × 2^(failures−1), capped.
pub fn backoff(config: &AppConfig, failures: i32) -> Duration {
    let settings = &config.federation;
    let factor = 2u32.saturating_pow(failures.saturating_sub(1).clamp(0, 30) as u32);
    let delay = settings.retry_base.saturating_mul(factor).min(settings.retry_max);
    Duration::from_std(delay).unwrap_or(Duration::hours(6))
}

// ---- policy ---------------------------------------------------------------------------

const MODE_KEY: &str = "federation_mode";
const INSTANCES_KEY: &str = "federation_instances";

/// The node's federation policy (cached; the settings table is its source).
pub async fn policy(app: &App) -> AppResult<Policy> {
    let generation = match app.caches.policy.read() {
        Ok(cache) => match &cache.policy {
            Some(policy) => return Ok(policy.clone()),
            None => cache.generation,
        },
        Err(_) => u64::MAX,
    };
    let policy = app.db.read(read_policy).await?;
    if let Ok(mut cache) = app.caches.policy.write() {
        // Only if no change landed since we looked: otherwise what we read may be the old one.
        if cache.generation == generation && cache.policy.is_none() {
            cache.policy = Some(policy.clone());
        }
    }
    Ok(policy)
}

pub(super) fn read_policy(conn: &mut DbConnection) -> AppResult<Policy> {
    let mode = settings::get(conn, MODE_KEY)?.and_then(|m| FederationMode::parse(&m)).unwrap_or(FederationMode::Open);
    let instances = settings::get(conn, INSTANCES_KEY)?.map(|text| crate::store::parse_json_list(&text)).unwrap_or_default();
    Ok(Policy { mode, instances })
}

/// Changes the policy. Content from instances it no longer allows leaves pages and search,
/// and follows with their actors end, in the same transaction.
pub async fn set_policy(app: &App, who: &Actor, mode: FederationMode, instances: Vec<String>) -> AppResult<Policy> {
    who.require(crate::domain::authz::Action::ConfigureNode, "")?;
    apply_policy(app, Policy { mode, instances }).await
}

/// Sets the policy without asking who: for the configuration's policy at start-up.
pub async fn apply_policy(app: &App, policy: Policy) -> AppResult<Policy> {
    let stored = policy.clone();
    let result = app
        .db
        .write(move |conn| {
            settings::set(conn, MODE_KEY, stored.mode.as_str())?;
            settings::set(conn, INSTANCES_KEY, &crate::store::json_list(&stored.instances))?;
            for host in store::known_remote_hosts(conn)? {
                if !stored.allows(&host) {
                    remove_instance_content(conn, &host)?;
                }
            }
            Ok(stored)
        })
        .await;
    if let Ok(mut cache) = app.caches.policy.write() {
        cache.generation = cache.generation.wrapping_add(1);
        cache.policy = None;
    }
    result?;
    Ok(policy)
}

/// Removes everything a now-disallowed instance brought: its content (soft-deleted, so it
/// leaves the index through the queue), follows in both directions, and the remixes of our
/// materials it told us about (their links would lead there).
fn remove_instance_content(conn: &mut DbConnection, host: &str) -> AppResult<()> {
    for id in material_store::ids_from_origin(conn, host)? {
        soft_delete(conn, ContentKind::Material, &id)?;
    }
    for id in case_store::ids_from_origin(conn, host)? {
        soft_delete(conn, ContentKind::CaseStudy, &id)?;
    }
    for id in collection_store::ids_from_origin(conn, host)? {
        soft_delete(conn, ContentKind::Collection, &id)?;
    }
    store::delete_follows_with_host(conn, host)?;
    collection_store::delete_follows_with_host(conn, host)?;
    store::delete_remote_remixes_on(conn, host)?;
    Ok(())
}

/// Outgoing delivery state of one remote instance, for admins.
#[derive(Debug, Clone)]
pub struct InstanceStatus {
    pub host: String,
    /// Activities waiting to be delivered there.
    pub pending: i64,
    /// The retry state, once a delivery there has succeeded or failed.
    pub state: Option<InstanceRow>,
    /// Deliveries the instance refused (4xx), newest first: kept until an admin retries.
    pub refused: Vec<RefusedDelivery>,
}

/// A delivery an instance refused, with its answer.
#[derive(Debug, Clone)]
pub struct RefusedDelivery {
    pub activity_id: String,
    /// The activity's type (`Create`, `Update`, …).
    pub kind: String,
    pub status: i32,
    /// The first KiB of the peer's answer.
    pub answer: String,
    pub at: chrono::NaiveDateTime,
}

/// How many refused deliveries per instance the status shows.
const REFUSED_SHOWN: i64 = 200;

/// Where outgoing deliveries stand, per instance: what waits, what fails, what gave up.
pub async fn delivery_status(app: &App, who: &Actor) -> AppResult<Vec<InstanceStatus>> {
    who.require(crate::domain::authz::Action::ConfigureNode, "")?;
    app.db
        .read(|conn| {
            let pending = store::pending_by_host(conn)?;
            let mut states = store::instances(conn)?;
            let mut out: Vec<InstanceStatus> = pending
                .into_iter()
                .map(|(host, pending)| {
                    let state = states.iter().position(|s| s.host == host).map(|i| states.swap_remove(i));
                    InstanceStatus { host, pending, state, refused: Vec::new() }
                })
                .collect();
            out.extend(states.into_iter().map(|state| InstanceStatus { host: state.host.clone(), pending: 0, state: Some(state), refused: Vec::new() }));
            for (delivery, activity) in store::refused(conn, REFUSED_SHOWN)? {
                let kind = serde_json::from_str::<serde_json::Value>(&activity.body)
                    .ok()
                    .and_then(|v| v.get("type").and_then(serde_json::Value::as_str).map(str::to_owned))
                    .unwrap_or_default();
                let refused = RefusedDelivery {
                    activity_id: activity.activity_id,
                    kind,
                    status: delivery.refused_status.unwrap_or_default(),
                    answer: delivery.refused_answer.unwrap_or_default(),
                    at: delivery.refused_at.unwrap_or(delivery.created_at),
                };
                match out.iter_mut().find(|i| i.host == delivery.host) {
                    Some(instance) => instance.refused.push(refused),
                    None => out.push(InstanceStatus { host: delivery.host, pending: 0, state: None, refused: vec![refused] }),
                }
            }
            out.sort_by(|a, b| a.host.cmp(&b.host));
            Ok(out)
        })
        .await
}

/// Puts the deliveries `host` refused back in the queue (after the peer was fixed, say);
/// returns how many. The instance's backoff is cleared so they go at once.
pub async fn retry_refused(app: &App, who: &Actor, host: &str) -> AppResult<usize> {
    who.require(crate::domain::authz::Action::ConfigureNode, "")?;
    let host = host.trim().to_ascii_lowercase();
    let count = app
        .db
        .write(move |conn| {
            let count = store::retry_refused(conn, &host)?;
            if let Some(instance) = store::instance(conn, &host)? {
                store::put_instance(conn, &instance.recovered())?;
            }
            Ok(count)
        })
        .await?;
    // The commit woke the delivery worker.
    Ok(count)
}

/// Accounts of this node, for NodeInfo.
pub async fn local_account_count(app: &App) -> AppResult<i64> {
    app.db.read(|conn| Ok(users::count(conn)?)).await
}
