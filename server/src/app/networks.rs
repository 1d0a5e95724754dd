//! Innovation networks hosted on this node: creating one, joining and leaving, moderators
//! managing members and requests, and posting content to a network (here or elsewhere).
//!
//! A network is an ActivityPub `Group` (FEP-1b12): people follow it to receive what its members
//! post; members (local or remote) address posts to it and it announces them to its followers.

use super::federation::{ensure_user_actor, new_keypair};
use super::network_relay;
use super::notifications::{self, Event};
use super::{new_id, now, Actor, App, AppConfig, AppError, AppResult};
use crate::activitypub::activities;
use crate::app::outbox::{delivery_inbox, enqueue};
use crate::domain::authz::Action;
use crate::domain::network::{JoinMode, MemberRole, NetworkFields, NetworkInput, MEMBER, REQUESTED};
use crate::domain::notification::NotificationKind;
use crate::domain::validation::{FieldErrors, FieldProblem};
use crate::domain::ContentKind;
use crate::store::models::{ActorRow, NetworkMemberRow, NetworkPostRow, NetworkRow};
use crate::store::{
    case_studies as case_store, collections as collection_store, federation as fed_store, materials as material_store, networks as store, users, DbConnection,
};

/// A network with its actor.
#[derive(Debug, Clone)]
pub struct Network {
    pub row: NetworkRow,
    pub actor: ActorRow,
}

/// A member or a request, with its actor.
#[derive(Debug, Clone)]
pub struct Member {
    pub actor: ActorRow,
    pub role: MemberRole,
    pub requested: bool,
    pub since: chrono::NaiveDateTime,
}

/// Something posted to a network that this node holds.
#[derive(Debug, Clone)]
pub struct Post {
    pub kind: ContentKind,
    pub id: String,
    pub title: String,
    pub summary: String,
    /// The author's display name.
    pub author: String,
    pub origin: Option<String>,
    pub posted_at: chrono::NaiveDateTime,
}

/// Everything the network page shows.
#[derive(Debug, Clone)]
pub struct NetworkDetail {
    pub network: Network,
    pub members: Vec<Member>,
    pub posts: Vec<Post>,
    /// The viewer's own membership, if any.
    pub membership: Option<Member>,
    /// Whether the viewer may manage members (a moderator of this network, or a node admin).
    pub can_moderate: bool,
    /// Posts per month over the last `ACTIVITY_MONTHS` months, oldest first: (year, month, count).
    pub activity: Vec<(i32, u8, u64)>,
}

/// How many months a network's activity picture covers.
pub const ACTIVITY_MONTHS: u32 = 12;

fn load(conn: &mut DbConnection, name: &str) -> AppResult<Network> {
    let row = store::by_name(conn, name)?.ok_or(AppError::NotFound)?;
    let actor = fed_store::actor_by_id(conn, &row.actor_id)?.ok_or_else(|| AppError::Internal(format!("actor of network {name} missing")))?;
    Ok(Network { row, actor })
}

fn member_of(row: NetworkMemberRow, actor: ActorRow) -> Member {
    Member { actor, role: MemberRole::parse(&row.role).unwrap_or(MemberRole::Member), requested: row.state == REQUESTED, since: row.created_at }
}

/// Whether `who` moderates the network: one of its moderators, or an admin of this node.
fn moderates(conn: &mut DbConnection, who: &Actor, network: &NetworkRow) -> AppResult<bool> {
    if who.can(Action::ConfigureNode, "") {
        return Ok(true);
    }
    let Some(me) = fed_store::local_actor_of_user(conn, &who.id)? else { return Ok(false) };
    Ok(store::member(conn, &network.id, &me.id)?.is_some_and(|m| m.role == MemberRole::Moderator.as_str() && m.state == MEMBER))
}

fn require_moderator(conn: &mut DbConnection, who: &Actor, network: &NetworkRow) -> AppResult<()> {
    if moderates(conn, who, network)? {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Whether `who` moderates the network with this id (which may own collections).
pub(crate) fn moderates_network(conn: &mut DbConnection, who: &Actor, network_id: &str) -> AppResult<bool> {
    match store::by_id(conn, network_id)? {
        Some(network) => moderates(conn, who, &network),
        None => Ok(false),
    }
}

/// Whether `who` is an accepted member of the network (moderators included).
pub(crate) fn is_member(conn: &mut DbConnection, who: &Actor, network: &NetworkRow) -> AppResult<bool> {
    let Some(me) = fed_store::local_actor_of_user(conn, &who.id)? else { return Ok(false) };
    Ok(store::member(conn, &network.id, &me.id)?.is_some_and(|m| m.state == MEMBER))
}

/// Whether `who` moderates the network behind a Group actor (for its follower list).
pub async fn moderates_actor(app: &App, who: &Actor, group: &ActorRow) -> AppResult<bool> {
    let (who, group_id) = (who.clone(), group.id.clone());
    app.db
        .read(move |conn| match store::by_actor(conn, &group_id)? {
            Some(network) => moderates(conn, &who, &network),
            None => Ok(false),
        })
        .await
}

/// Creates a network; its creator becomes its first moderator.
pub async fn create(app: &App, who: &Actor, input: NetworkInput) -> AppResult<Network> {
    let fields = NetworkFields::parse(&input)?;
    let me = ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let (public_key_pem, private_key_pem) = new_keypair().await?;
    let config = app.config.clone();
    app.db
        .write(move |conn| {
            // A network's handle shares the namespace of accounts and the node (`@name@host`).
            let taken = fields.name == config.federation.node_handle
                || users::by_username(conn, &fields.name)?.is_some()
                || store::by_name(conn, &fields.name)?.is_some();
            if taken {
                let mut errors = FieldErrors::default();
                errors.add("name", FieldProblem::Taken);
                return Err(AppError::Validation(errors));
            }
            let ap_id = config.group_url(&fields.name);
            let actor = ActorRow {
                id: new_id(),
                inbox: format!("{ap_id}/inbox"),
                shared_inbox: Some(format!("{}/inbox", config.public_url)),
                outbox: Some(format!("{ap_id}/outbox")),
                followers: Some(format!("{ap_id}/followers")),
                ap_id,
                kind: "Group".to_owned(),
                local: true,
                user_id: None,
                host: config.host(),
                username: fields.name.clone(),
                name: fields.title.clone(),
                summary: fields.summary.clone(),
                public_key_pem,
                private_key_pem: Some(private_key_pem),
                fetched_at: now(),
            };
            fed_store::insert_actor(conn, &actor)?;
            let row = NetworkRow {
                id: new_id(),
                name: fields.name,
                actor_id: actor.id.clone(),
                title: fields.title,
                summary: fields.summary,
                join_mode: fields.join_mode.as_str().to_owned(),
                created_at: now(),
            };
            store::insert(conn, &row)?;
            store::put_member(
                conn,
                &NetworkMemberRow {
                    network_id: row.id.clone(),
                    actor_id: me.id.clone(),
                    role: MemberRole::Moderator.as_str().to_owned(),
                    state: MEMBER.to_owned(),
                    created_at: now(),
                },
            )?;
            Ok(Network { row, actor })
        })
        .await
}

/// Every network hosted here.
pub async fn list(app: &App) -> AppResult<Vec<Network>> {
    app.db
        .read(|conn| {
            let rows = store::all(conn)?;
            let mut out = Vec::with_capacity(rows.len());
            for row in rows {
                let name = row.name.clone();
                out.push(load(conn, &name)?);
            }
            Ok(out)
        })
        .await
}

/// The network's actor row, for WebFinger and the actor document.
pub async fn actor(app: &App, name: &str) -> AppResult<Option<ActorRow>> {
    let name = name.to_owned();
    app.db.read(move |conn| Ok(store::by_name(conn, &name)?.map(|_| load(conn, &name)).transpose()?.map(|n| n.actor))).await
}

/// A network with its members and its latest posts, as `viewer` may see it: requests are shown
/// to moderators only.
pub async fn detail(app: &App, viewer: Option<&Actor>, name: &str) -> AppResult<NetworkDetail> {
    let (viewer, name) = (viewer.cloned(), name.to_owned());
    app.db
        .read(move |conn| {
            let network = load(conn, &name)?;
            let can_moderate = match &viewer {
                Some(who) => moderates(conn, who, &network.row)?,
                None => false,
            };
            let me = match &viewer {
                Some(who) => fed_store::local_actor_of_user(conn, &who.id)?,
                None => None,
            };
            let members: Vec<Member> = store::members(conn, &network.row.id)?.into_iter().map(|(m, a)| member_of(m, a)).collect();
            let membership = me.and_then(|me| members.iter().find(|m| m.actor.id == me.id).cloned());
            let members = members.into_iter().filter(|m| can_moderate || !m.requested).collect();
            let posts = posts_of(conn, &network.actor.ap_id, 50)?;
            let now = super::now();
            let since = now - chrono::Duration::days(i64::from(ACTIVITY_MONTHS) * 31 + 1);
            let times = store::post_times_since(conn, &network.actor.ap_id, since)?;
            let activity = crate::domain::calendar::per_month(now, &times, ACTIVITY_MONTHS);
            Ok(NetworkDetail { network, members, posts, membership, can_moderate, activity })
        })
        .await
}

/// Public, visible content posted to a network, newest first.
fn posts_of(conn: &mut DbConnection, network_url: &str, limit: i64) -> AppResult<Vec<Post>> {
    let mut posts = Vec::new();
    for row in store::posts(conn, network_url, limit, 0)? {
        let post = match ContentKind::parse(&row.kind) {
            Some(ContentKind::Material) => material_store::by_id(conn, &row.content_id)?
                .filter(|m| crate::app::outbox::is_public(&m.status, m.hidden, m.deleted_at.is_some()))
                .map(|m| (ContentKind::Material, m.id, m.title, m.summary, m.owner_id, m.origin)),
            Some(ContentKind::CaseStudy) => case_store::by_id(conn, &row.content_id)?
                .filter(|c| crate::app::outbox::is_public(&c.status, c.hidden, c.deleted_at.is_some()))
                .map(|c| (ContentKind::CaseStudy, c.id, c.title, c.summary, c.owner_id, c.origin)),
            Some(ContentKind::Collection) => collection_store::by_id(conn, &row.content_id)?
                .filter(|c| crate::app::outbox::is_public(&c.status, c.hidden, c.deleted_at.is_some()))
                .map(|c| (ContentKind::Collection, c.id, c.title, c.introduction_md.chars().take(300).collect(), c.owner_id, c.origin)),
            // Questions are not posted to networks: they are followed with their askers.
            Some(ContentKind::Question) | None => None,
        };
        let Some((kind, id, title, summary, owner_id, origin)) = post else { continue };
        let author = users::by_id(conn, &owner_id)?.map(|u| u.display_name).unwrap_or_default();
        posts.push(Post { kind, id, title, summary, author, origin, posted_at: row.created_at });
    }
    Ok(posts)
}

/// The signed-in account joins: a member at once in an open network, a request otherwise.
pub async fn join(app: &App, who: &Actor, name: &str) -> AppResult<Member> {
    let me = ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let (name, config) = (name.to_owned(), app.config.clone());
    let mail_on = config.mail.is_some();
    app.db
        .write(move |conn| {
            let network = load(conn, &name)?;
            if let Some(existing) = store::member(conn, &network.row.id, &me.id)? {
                return Ok(member_of(existing, me));
            }
            let state = if JoinMode::parse(&network.row.join_mode) == Some(JoinMode::Open) { MEMBER } else { REQUESTED };
            let row = NetworkMemberRow {
                network_id: network.row.id.clone(),
                actor_id: me.id.clone(),
                role: MemberRole::Member.as_str().to_owned(),
                state: state.to_owned(),
                created_at: now(),
            };
            store::put_member(conn, &row)?;
            if state == REQUESTED {
                let who = if me.name.is_empty() { me.username.clone() } else { me.name.clone() };
                tell_moderators(conn, mail_on, &config, &network.row, &who)?;
            }
            Ok(member_of(row, me))
        })
        .await
}

/// The moderators here of a network hear that someone asks to join it.
fn tell_moderators(conn: &mut DbConnection, mail_on: bool, config: &crate::app::AppConfig, network: &NetworkRow, who: &str) -> AppResult<()> {
    for (member, actor) in store::members(conn, &network.id)? {
        if !is_moderator(&member) {
            continue;
        }
        if let Some(user_id) = actor.user_id.filter(|_| actor.local) {
            let event = Event {
                user_id: &user_id,
                kind: NotificationKind::JoinRequest,
                subject_url: format!("{}/groups/{}", config.public_url, network.name),
                subject_title: network.title.clone(),
                detail: who.to_owned(),
            };
            notifications::notify(conn, mail_on, event)?;
        }
    }
    Ok(())
}

/// The signed-in account leaves (or withdraws its request). The last moderator cannot leave.
pub async fn leave(app: &App, who: &Actor, name: &str) -> AppResult<()> {
    let me = ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let name = name.to_owned();
    app.db
        .write(move |conn| {
            let network = load(conn, &name)?;
            remove(conn, &network.row, &me.id).map(drop)
        })
        .await
}

fn is_moderator(m: &NetworkMemberRow) -> bool {
    m.role == MemberRole::Moderator.as_str() && m.state == MEMBER
}

/// Refuses a change that would take away the network's last moderator.
fn keep_a_moderator(conn: &mut DbConnection, network_id: &str, losing: &NetworkMemberRow) -> AppResult<()> {
    if is_moderator(losing) && store::members(conn, network_id)?.iter().filter(|(m, _)| is_moderator(m)).count() <= 1 {
        return Err(AppError::bad_request("last_moderator", "A network keeps at least one moderator: appoint another one first."));
    }
    Ok(())
}

/// Removes a membership, keeping at least one moderator.
/// Removes a member (or a request) and returns what was removed.
fn remove(conn: &mut DbConnection, network: &NetworkRow, actor_id: &str) -> AppResult<NetworkMemberRow> {
    let target = store::member(conn, &network.id, actor_id)?.ok_or(AppError::NotFound)?;
    keep_a_moderator(conn, &network.id, &target)?;
    store::delete_member(conn, &network.id, actor_id)?;
    Ok(target)
}

/// A moderator adds a member (local or remote), accepts a request, or changes a member's role.
/// A remote actor whose join request is accepted is told with an `Accept`.
pub async fn put_member(app: &App, who: &Actor, name: &str, target: ActorRow, role: MemberRole) -> AppResult<Member> {
    let (config, who, name) = (app.config.clone(), who.clone(), name.to_owned());
    app.db
        .write(move |conn| {
            let network = load(conn, &name)?;
            require_moderator(conn, &who, &network.row)?;
            let existing = store::member(conn, &network.row.id, &target.id)?;
            if let Some(current) = existing.as_ref().filter(|_| role == MemberRole::Member) {
                keep_a_moderator(conn, &network.row.id, current)?;
            }
            let row = NetworkMemberRow {
                network_id: network.row.id.clone(),
                actor_id: target.id.clone(),
                role: role.as_str().to_owned(),
                state: MEMBER.to_owned(),
                created_at: existing.as_ref().map_or_else(now, |e| e.created_at),
            };
            store::put_member(conn, &row)?;
            if !target.local && existing.as_ref().is_none_or(|e| e.state == REQUESTED) {
                tell_member(conn, &config, &network.actor, &target)?;
            }
            Ok(member_of(row, target))
        })
        .await
}

/// Tells a remote actor it is a member now: an `Accept` of its (possibly implied) `Join`.
fn tell_member(conn: &mut DbConnection, config: &AppConfig, group: &ActorRow, member: &ActorRow) -> AppResult<()> {
    let accept = activities::answer_join("Accept", &activities::new_activity_id(&config.public_url, "Accept"), &group.ap_id, None, &member.ap_id);
    enqueue(conn, config, &accept, &group.ap_id, vec![delivery_inbox(member)])
}

/// A moderator removes a member or turns down a request. A remote actor whose request is
/// turned down is told with a `Reject` of its `Join`, so its server does not wait for ever.
pub async fn remove_member(app: &App, who: &Actor, name: &str, actor_id: &str) -> AppResult<()> {
    let (config, who, name, actor_id) = (app.config.clone(), who.clone(), name.to_owned(), actor_id.to_owned());
    app.db
        .write(move |conn| {
            let network = load(conn, &name)?;
            require_moderator(conn, &who, &network.row)?;
            let requested = remove(conn, &network.row, &actor_id)?.state == REQUESTED;
            if let Some(requester) = fed_store::actor_by_id(conn, &actor_id)?.filter(|a| requested && !a.local) {
                let reject =
                    activities::answer_join("Reject", &activities::new_activity_id(&config.public_url, "Reject"), &network.actor.ap_id, None, &requester.ap_id);
                enqueue(conn, &config, &reject, &network.actor.ap_id, vec![delivery_inbox(&requester)])?;
            }
            Ok(())
        })
        .await
}

/// A remote actor asks to join (ActivityStreams `Join`): a member at once in an open network
/// (told with an `Accept`), a request for the moderators otherwise.
pub async fn incoming_join(app: &App, activity_id: &str, sender: ActorRow, group: ActorRow) -> AppResult<()> {
    let (config, activity_id) = (app.config.clone(), activity_id.to_owned());
    app.db
        .write(move |conn| {
            if !fed_store::mark_seen(conn, &activity_id, now())? {
                return Ok(());
            }
            let Some(network) = store::by_actor(conn, &group.id)? else { return Ok(()) };
            if store::member(conn, &network.id, &sender.id)?.is_some() {
                return Ok(());
            }
            let open = JoinMode::parse(&network.join_mode) == Some(JoinMode::Open);
            let row = NetworkMemberRow {
                network_id: network.id.clone(),
                actor_id: sender.id.clone(),
                role: MemberRole::Member.as_str().to_owned(),
                state: if open { MEMBER } else { REQUESTED }.to_owned(),
                created_at: now(),
            };
            store::put_member(conn, &row)?;
            if !open {
                let who = sender.label();
                tell_moderators(conn, config.mail.is_some(), &config, &network, &who)?;
            }
            if open {
                let accept = activities::answer_join(
                    "Accept",
                    &activities::new_activity_id(&config.public_url, "Accept"),
                    &group.ap_id,
                    Some(&activity_id),
                    &sender.ap_id,
                );
                enqueue(conn, &config, &accept, &group.ap_id, vec![delivery_inbox(&sender)])?;
            }
            Ok(())
        })
        .await
}

/// A remote member left (`Leave`, or `Undo` of its `Join`).
pub async fn incoming_leave(app: &App, activity_id: &str, sender: ActorRow, group: ActorRow) -> AppResult<()> {
    let activity_id = activity_id.to_owned();
    app.db
        .write(move |conn| {
            if !fed_store::mark_seen(conn, &activity_id, now())? {
                return Ok(());
            }
            if let Some(network) = store::by_actor(conn, &group.id)? {
                // The last moderator stays: a network is never left without one.
                if let Err(error) = remove(conn, &network, &sender.id) {
                    tracing::info!(%error, actor = %sender.ap_id, "a remote member's leave was not applied");
                }
            }
            Ok(())
        })
        .await
}

/// The networks an account can post to: those hosted here it is a member of, and networks
/// elsewhere it follows.
pub async fn postable(app: &App, who: &Actor) -> AppResult<Vec<ActorRow>> {
    let user_id = who.id.clone();
    app.db
        .read(move |conn| {
            let Some(me) = fed_store::local_actor_of_user(conn, &user_id)? else { return Ok(Vec::new()) };
            let mut out = Vec::new();
            for (membership, network) in store::memberships_of(conn, &me.id)? {
                if membership.state == MEMBER {
                    if let Some(actor) = fed_store::actor_by_id(conn, &network.actor_id)? {
                        out.push(actor);
                    }
                }
            }
            for (follow, actor) in fed_store::following(conn, &me.id)? {
                if actor.kind == "Group" && follow.state == "accepted" {
                    out.push(actor);
                }
            }
            Ok(out)
        })
        .await
}

/// Posts the author's own content to a network. A network here must count the author as a
/// member; a network elsewhere decides itself when the post arrives. Public content goes out at
/// once; a draft goes when it is published.
pub async fn post(app: &App, who: &Actor, kind: ContentKind, content_id: &str, network_url: &str) -> AppResult<()> {
    let me = ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let (config, who, content_id, network_url) = (app.config.clone(), who.clone(), content_id.to_owned(), network_url.trim().trim_end_matches('/').to_owned());
    app.db
        .write(move |conn| {
            let (owner_id, public, origin) = match kind {
                ContentKind::Material => {
                    let m = material_store::by_id(conn, &content_id)?.filter(|m| m.deleted_at.is_none()).ok_or(AppError::NotFound)?;
                    (m.owner_id.clone(), crate::app::outbox::is_public(&m.status, m.hidden, false), m.origin)
                }
                ContentKind::CaseStudy => {
                    let c = case_store::by_id(conn, &content_id)?.filter(|c| c.deleted_at.is_none()).ok_or(AppError::NotFound)?;
                    (c.owner_id.clone(), crate::app::outbox::is_public(&c.status, c.hidden, false), c.origin)
                }
                ContentKind::Collection => {
                    let c = collection_store::by_id(conn, &content_id)?.filter(|c| c.deleted_at.is_none()).ok_or(AppError::NotFound)?;
                    (c.owner_id.clone(), crate::app::outbox::is_public(&c.status, c.hidden, false), c.origin)
                }
                ContentKind::Question => return Err(AppError::NotFound),
            };
            if owner_id != who.id || origin.is_some() {
                return Err(AppError::bad_request("not_your_content", "Only the author can post their own content to a network."));
            }
            let group = fed_store::actor_by_ap_id(conn, &network_url)?
                .filter(|a| a.kind == "Group")
                .ok_or_else(|| AppError::bad_request("unknown_network", "No such network: follow a network elsewhere first, or join one here."))?;
            if group.local && network_relay::relaying_for(conn, std::slice::from_ref(&group), &me)?.is_empty() {
                return Err(AppError::bad_request("not_a_member", "Join this network before posting to it."));
            }
            let fresh = store::put_post(
                conn,
                &NetworkPostRow { network_url: group.ap_id.clone(), kind: kind.as_str().to_owned(), content_id: content_id.clone(), created_at: now() },
            )?;
            if fresh && public {
                // Already public: only the network hears of it now (followers had the Create).
                let object = match kind {
                    ContentKind::Material => {
                        let row = material_store::by_id(conn, &content_id)?.ok_or(AppError::NotFound)?;
                        crate::app::outbox::material_object(conn, &config, &row, &who.username)?
                    }
                    ContentKind::CaseStudy => {
                        let row = case_store::by_id(conn, &content_id)?.ok_or(AppError::NotFound)?;
                        crate::app::outbox::case_study_object(conn, &config, &row, &who.username)?
                    }
                    ContentKind::Collection => {
                        let row = collection_store::by_id(conn, &content_id)?.ok_or(AppError::NotFound)?;
                        crate::app::outbox::collection_object(conn, &config, &row, &who.username)?
                    }
                    ContentKind::Question => return Err(AppError::NotFound),
                };
                network_relay::tell_network(conn, &config, &group, &config.user_url(&who.username), object)?;
            }
            Ok(())
        })
        .await
}

/// Records that content arrived as a post to these networks (in the transaction storing it).
pub(crate) fn record_posts(conn: &mut DbConnection, groups: &[ActorRow], kind: ContentKind, content_id: &str) -> AppResult<()> {
    for group in groups {
        store::put_post(
            conn,
            &NetworkPostRow { network_url: group.ap_id.clone(), kind: kind.as_str().to_owned(), content_id: content_id.to_owned(), created_at: now() },
        )?;
    }
    Ok(())
}

/// For the author's post-to-network form: the networks this content can still be posted to,
/// and those it was posted to.
pub async fn share_options(app: &App, who: &Actor, kind: ContentKind, content_id: &str) -> AppResult<(Vec<ActorRow>, Vec<ActorRow>)> {
    let postable = postable(app, who).await?;
    let id = content_id.to_owned();
    let posted = app
        .db
        .read(move |conn| {
            let mut out = Vec::new();
            for url in store::networks_of(conn, kind.as_str(), &id)? {
                if let Some(actor) = fed_store::actor_by_ap_id(conn, &url)? {
                    out.push(actor);
                }
            }
            Ok(out)
        })
        .await?;
    let options = postable.into_iter().filter(|n| !posted.iter().any(|p| p.id == n.id)).collect();
    Ok((options, posted))
}

/// A moderator takes a post out of the network: it leaves the network's page and outbox, and
/// the network's followers are told with an `Undo` of its `Announce`. The content itself stays
/// with its author.
pub async fn remove_post(app: &App, who: &Actor, name: &str, kind: ContentKind, content_id: &str) -> AppResult<()> {
    let (config, who, name, content_id) = (app.config.clone(), who.clone(), name.to_owned(), content_id.to_owned());
    app.db
        .write(move |conn| {
            let network = load(conn, &name)?;
            require_moderator(conn, &who, &network.row)?;
            if store::delete_post(conn, &network.actor.ap_id, kind.as_str(), &content_id)? == 0 {
                return Err(AppError::NotFound);
            }
            let object_url = match kind {
                ContentKind::Material => material_store::by_id(conn, &content_id)?.map(|m| m.ap_id.unwrap_or_else(|| config.material_url(&m.id))),
                ContentKind::CaseStudy => case_store::by_id(conn, &content_id)?.map(|c| c.ap_id.unwrap_or_else(|| config.case_study_url(&c.id))),
                ContentKind::Collection => collection_store::by_id(conn, &content_id)?.map(|c| c.ap_id.unwrap_or_else(|| config.collection_url(&c.id))),
                ContentKind::Question => None,
            };
            if let Some(object_url) = object_url {
                network_relay::unannounce(conn, &config, &network.actor, &object_url)?;
            }
            Ok(())
        })
        .await
}
