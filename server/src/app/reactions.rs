//! Likes and reports: appreciating public content (ActivityPub `Like`, withdrawn with `Undo`)
//! and reporting content to moderators (`Flag`), on this node and across nodes.
//!
//! A like or report of remote content is stored here and sent to the origin (the author's
//! inbox), in the same transaction. A report leaves this node signed by the node actor, not
//! the reporting account, as Mastodon does: the origin's moderators learn what, not who.

use serde_json::Value;

use super::federation::{ensure_node_actor, ensure_user_actor};
use super::notifications::{self, Event};
use super::{new_id, now, Actor, App, AppConfig, AppError, AppResult};
use crate::activitypub::activities;
use crate::app::outbox::{enqueue, is_public};
use crate::domain::authz::Action;
use crate::domain::notification::NotificationKind;
use crate::domain::ContentKind;
use crate::store::models::{ActorRow, LikeRow, ReportRow};
use crate::store::{case_studies as case_store, federation as fed_store, materials as material_store, reactions as store, DbConnection};

/// Comments on reports are kept to this many characters.
pub const MAX_COMMENT: usize = 2_000;

/// What likes and reports need to know about a piece of content.
struct ContentRef {
    kind: ContentKind,
    id: String,
    /// Set for remote content: its id on its origin.
    ap_id: Option<String>,
    owner_id: String,
    title: String,
    public: bool,
    deleted: bool,
}

impl ContentRef {
    fn url(&self, config: &AppConfig) -> String {
        self.ap_id.clone().unwrap_or_else(|| match self.kind {
            ContentKind::Material => config.material_url(&self.id),
            ContentKind::CaseStudy => config.case_study_url(&self.id),
            ContentKind::Collection => config.collection_url(&self.id),
            ContentKind::Question => config.question_url(&self.id),
        })
    }
}

fn content(conn: &mut DbConnection, kind: ContentKind, id: &str) -> AppResult<Option<ContentRef>> {
    Ok(match kind {
        ContentKind::Material => material_store::by_id(conn, id)?.map(|r| ContentRef {
            kind,
            public: is_public(&r.status, r.hidden, r.deleted_at.is_some()),
            deleted: r.deleted_at.is_some(),
            id: r.id,
            ap_id: r.ap_id,
            owner_id: r.owner_id,
            title: r.title,
        }),
        ContentKind::CaseStudy => case_store::by_id(conn, id)?.map(|r| ContentRef {
            kind,
            public: is_public(&r.status, r.hidden, r.deleted_at.is_some()),
            deleted: r.deleted_at.is_some(),
            id: r.id,
            ap_id: r.ap_id,
            owner_id: r.owner_id,
            title: r.title,
        }),
        ContentKind::Collection => crate::store::collections::by_id(conn, id)?.map(|r| ContentRef {
            kind,
            public: is_public(&r.status, r.hidden, r.deleted_at.is_some()),
            deleted: r.deleted_at.is_some(),
            id: r.id,
            ap_id: r.ap_id,
            owner_id: r.owner_id,
            title: r.title,
        }),
        // A question is public from the start: there are no drafts.
        ContentKind::Question => crate::store::questions::by_id(conn, id)?.map(|r| ContentRef {
            kind,
            public: !r.hidden && r.deleted_at.is_none(),
            deleted: r.deleted_at.is_some(),
            id: r.id,
            ap_id: r.ap_id,
            owner_id: r.owner_id,
            title: r.title,
        }),
    })
}

/// Our own content named by its URL on this node.
fn local_content_by_url(conn: &mut DbConnection, config: &AppConfig, url: &str) -> AppResult<Option<ContentRef>> {
    let paths = [
        (ContentKind::Material, "/materials/"),
        (ContentKind::CaseStudy, "/case-studies/"),
        (ContentKind::Collection, "/collections/"),
        (ContentKind::Question, "/questions/"),
    ];
    for (kind, path) in paths {
        if let Some(id) = url.strip_prefix(&format!("{}{path}", config.public_url)) {
            return Ok(content(conn, kind, id)?.filter(|c| c.ap_id.is_none()));
        }
    }
    Ok(None)
}

/// For remote content, queues the activity `build` makes for its author (signed as `actor`) to
/// the author's inbox, in the caller's transaction. Local content: nothing to send.
fn tell_origin(conn: &mut DbConnection, config: &AppConfig, c: &ContentRef, actor: &str, build: impl FnOnce(&ActorRow) -> Value) -> AppResult<()> {
    if c.ap_id.is_none() {
        return Ok(());
    }
    if let Some(author) = fed_store::remote_actor_of_user(conn, &c.owner_id)? {
        enqueue(conn, config, &build(&author), actor, vec![author.inbox.clone()])?;
    }
    Ok(())
}

/// Tells the author of local content it was liked.
fn notify_liked(conn: &mut DbConnection, config: &AppConfig, c: &ContentRef, who: &str) -> AppResult<()> {
    let event =
        Event { user_id: &c.owner_id, kind: NotificationKind::Liked, subject_url: c.url(config), subject_title: c.title.clone(), detail: who.to_owned() };
    notifications::notify(conn, config.mail.is_some(), event)
}

/// How many likes a piece of content has (from this node's accounts and from other nodes).
pub async fn like_count(app: &App, kind: ContentKind, id: &str) -> AppResult<i64> {
    let id = id.to_owned();
    app.db.read(move |conn| Ok(store::like_count(conn, kind.as_str(), &id)?)).await
}

/// The like count, and whether `viewer` likes it.
pub async fn likes_for(app: &App, viewer: Option<&Actor>, kind: ContentKind, id: &str) -> AppResult<(i64, bool)> {
    let (id, user_id) = (id.to_owned(), viewer.map(|v| v.id.clone()));
    app.db
        .read(move |conn| {
            let count = store::like_count(conn, kind.as_str(), &id)?;
            let liked = match user_id.map(|u| fed_store::local_actor_of_user(conn, &u)).transpose()?.flatten() {
                Some(me) => store::like_of(conn, kind.as_str(), &id, &me.id)?.is_some(),
                None => false,
            };
            Ok((count, liked))
        })
        .await
}

/// Likes public content as the signed-in account; liking twice changes nothing. Returns the
/// new count.
pub async fn like(app: &App, who: &Actor, kind: ContentKind, id: &str) -> AppResult<i64> {
    let me = ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let (config, id) = (app.config.clone(), id.to_owned());
    let (who_id, who_name) = (who.id.clone(), who.display_name.clone());
    app.db
        .write(move |conn| {
            let c = content(conn, kind, &id)?.filter(|c| c.public).ok_or(AppError::NotFound)?;
            let activity_id = activities::new_activity_id(&config.public_url, "Like");
            let row = LikeRow { activity_id, kind: kind.as_str().to_owned(), content_id: c.id.clone(), actor_id: me.id.clone(), created_at: now() };
            if store::insert_like(conn, &row)? {
                tell_origin(conn, &config, &c, &me.ap_id, |author| activities::like(&row.activity_id, &me.ap_id, &c.url(&config), &author.ap_id))?;
                if c.ap_id.is_none() && c.owner_id != who_id {
                    notify_liked(conn, &config, &c, &who_name)?;
                }
            }
            Ok(store::like_count(conn, kind.as_str(), &c.id)?)
        })
        .await
}

/// Withdraws the signed-in account's like, if any. Returns the new count.
pub async fn unlike(app: &App, who: &Actor, kind: ContentKind, id: &str) -> AppResult<i64> {
    let me = ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let (config, id) = (app.config.clone(), id.to_owned());
    app.db
        .write(move |conn| {
            let c = content(conn, kind, &id)?.ok_or(AppError::NotFound)?;
            if let Some(like) = store::like_of(conn, kind.as_str(), &c.id, &me.id)? {
                store::delete_like(conn, &like.activity_id, &me.id)?;
                tell_origin(conn, &config, &c, &me.ap_id, |author| {
                    let like_json = activities::like(&like.activity_id, &me.ap_id, &c.url(&config), &author.ap_id);
                    activities::undo(&activities::new_activity_id(&config.public_url, "Undo"), &me.ap_id, like_json, &author.ap_id)
                })?;
            }
            Ok(store::like_count(conn, kind.as_str(), &c.id)?)
        })
        .await
}

/// A remote actor likes our content. Likes of anything else are recorded as seen and ignored.
pub async fn receive_like(app: &App, activity_id: &str, sender: ActorRow, object_url: &str) -> AppResult<()> {
    let (config, activity_id, object_url) = (app.config.clone(), activity_id.to_owned(), object_url.to_owned());
    app.db
        .write(move |conn| {
            if !fed_store::mark_seen(conn, &activity_id, now())? {
                return Ok(());
            }
            if let Some(c) = local_content_by_url(conn, &config, &object_url)?.filter(|c| c.public) {
                let row = LikeRow { activity_id, kind: c.kind.as_str().to_owned(), content_id: c.id.clone(), actor_id: sender.id.clone(), created_at: now() };
                if store::insert_like(conn, &row)? {
                    let who = sender.label();
                    notify_liked(conn, &config, &c, &who)?;
                }
            }
            Ok(())
        })
        .await
}

/// A remote actor withdraws its like (`Undo` of the `Like` with id `like_id`).
pub async fn receive_unlike(app: &App, activity_id: &str, sender: ActorRow, like_id: &str) -> AppResult<()> {
    let (activity_id, like_id) = (activity_id.to_owned(), like_id.to_owned());
    app.db
        .write(move |conn| {
            if fed_store::mark_seen(conn, &activity_id, now())? {
                store::delete_like(conn, &like_id, &sender.id)?;
            }
            Ok(())
        })
        .await
}

/// A report as moderators see it.
#[derive(Debug, Clone)]
pub struct ReportView {
    pub report: ReportRow,
    pub reporter: ActorRow,
}

/// Reports content to the moderators here and, for remote content, to its origin.
pub async fn report(app: &App, who: &Actor, kind: ContentKind, id: &str, comment: &str) -> AppResult<ReportRow> {
    let comment = comment.trim();
    if comment.chars().count() > MAX_COMMENT {
        return Err(AppError::bad_request("comment_too_long", format!("A report's comment has at most {MAX_COMMENT} characters.")));
    }
    let me = ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let node = ensure_node_actor(app).await?;
    let (config, id, comment, who) = (app.config.clone(), id.to_owned(), comment.to_owned(), who.clone());
    app.db
        .write(move |conn| {
            // What the reporter may not read does not exist for them: the same 404 as reading it.
            let c = content(conn, kind, &id)?.filter(|c| !c.deleted && (c.public || who.can(Action::ViewPrivate, &c.owner_id))).ok_or(AppError::NotFound)?;
            let row = ReportRow {
                id: new_id(),
                activity_id: activities::new_activity_id(&config.public_url, "Flag"),
                reporter_actor_id: me.id.clone(),
                kind: Some(kind.as_str().to_owned()),
                content_id: Some(c.id.clone()),
                object_url: c.url(&config),
                comment,
                state: OPEN.to_owned(),
                created_at: now(),
            };
            store::insert_report(conn, &row)?;
            tell_origin(conn, &config, &c, &node.ap_id, |author| {
                activities::flag(&row.activity_id, &node.ap_id, &[&author.ap_id, &row.object_url], &row.comment, &author.ap_id)
            })?;
            Ok(row)
        })
        .await
}

pub const OPEN: &str = "open";
pub const RESOLVED: &str = "resolved";

/// Another node reports our content (or one of our accounts) to our moderators.
pub async fn receive_flag(app: &App, activity_id: &str, sender: ActorRow, objects: Vec<String>, comment: &str) -> AppResult<()> {
    let (config, activity_id) = (app.config.clone(), activity_id.to_owned());
    let comment: String = comment.chars().take(MAX_COMMENT).collect();
    app.db
        .write(move |conn| {
            if !fed_store::mark_seen(conn, &activity_id, now())? {
                return Ok(());
            }
            // The content if the report names any of ours, else the first of our actors it names.
            let mut found: Option<(Option<ContentRef>, String)> = None;
            for url in &objects {
                if let Some(c) = local_content_by_url(conn, &config, url)? {
                    found = Some((Some(c), url.clone()));
                    break;
                }
                if found.is_none() && fed_store::actor_by_ap_id(conn, url)?.is_some_and(|a| a.local) {
                    found = Some((None, url.clone()));
                }
            }
            let Some((c, object_url)) = found else { return Ok(()) };
            let row = ReportRow {
                id: new_id(),
                activity_id,
                reporter_actor_id: sender.id,
                kind: c.as_ref().map(|c| c.kind.as_str().to_owned()),
                content_id: c.map(|c| c.id),
                object_url,
                comment,
                state: OPEN.to_owned(),
                created_at: now(),
            };
            store::insert_report(conn, &row)?;
            Ok(())
        })
        .await
}

/// Reports in a state (`open` or `resolved`), newest first: for moderators and admins.
pub async fn reports(app: &App, who: &Actor, state: &str) -> AppResult<Vec<ReportView>> {
    who.require(Action::Hide, "")?;
    let state = if state == RESOLVED { RESOLVED } else { OPEN };
    app.db.read(move |conn| Ok(store::reports_in(conn, state, 200)?.into_iter().map(|(report, reporter)| ReportView { report, reporter }).collect())).await
}

/// Marks a report as dealt with (or opens it again).
pub async fn set_report_state(app: &App, who: &Actor, id: &str, resolved: bool) -> AppResult<()> {
    who.require(Action::Hide, "")?;
    let (id, mail_on) = (id.to_owned(), app.config.mail.is_some());
    app.db
        .write(move |conn| {
            let report = store::report_by_id(conn, &id)?.ok_or(AppError::NotFound)?;
            store::set_report_state(conn, &id, if resolved { RESOLVED } else { OPEN })?;
            // The reporter hears it was handled, if they are an account here.
            if resolved && report.state != RESOLVED {
                if let Some(user_id) = fed_store::actor_by_id(conn, &report.reporter_actor_id)?.filter(|a| a.local).and_then(|a| a.user_id) {
                    let event = Event {
                        user_id: &user_id,
                        kind: NotificationKind::ReportResolved,
                        subject_url: report.object_url.clone(),
                        subject_title: report.comment.chars().take(120).collect(),
                        detail: String::new(),
                    };
                    notifications::notify(conn, mail_on, event)?;
                }
            }
            Ok(())
        })
        .await
}
