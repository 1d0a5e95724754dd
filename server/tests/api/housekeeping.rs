//! The housekeeping job: what it deletes (delivered outgoing activities, old inbound
//! activity ids, expired sessions) and what it must keep (activities still waiting for a
//! follower, recent ids, live sessions), on both databases.

use chrono::{Duration, Utc};
use deelwijs_server::app::{federation as fed, housekeeping, new_id};
use deelwijs_server::domain::vocab::Role;
use deelwijs_server::store::federation as store;
use deelwijs_server::store::models::{ActorRow, FollowRow, SessionRow};
use deelwijs_server::store::users;
use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{backends, TestNode};

/// A follower on a server that never answers (port 9 on loopback: discard, closed here), so
/// what is addressed to it stays waiting.
fn follower(name: &str) -> ActorRow {
    let ap_id = format!("http://127.0.0.1:9/users/{name}");
    ActorRow {
        id: new_id(),
        ap_id: ap_id.clone(),
        kind: "Person".into(),
        local: false,
        user_id: None,
        host: "127.0.0.1:9".into(),
        username: name.into(),
        name: name.into(),
        summary: String::new(),
        inbox: format!("{ap_id}/inbox"),
        shared_inbox: None,
        outbox: None,
        followers: None,
        public_key_pem: String::new(),
        private_key_pem: None,
        fetched_at: Utc::now().naive_utc(),
    }
}

fn outbox_rows(node: &TestNode) -> i64 {
    use deelwijs_server::store::schema::outbox;
    outbox::table.count().get_result(&mut node.app.db.pool().get().unwrap()).unwrap()
}

#[actix_web::test]
async fn housekeeping_prunes_what_has_served_its_purpose_and_keeps_the_rest() {
    for backend in backends() {
        let node = TestNode::start_federating(backend).await;
        let token = node.user("juf", Role::Member).await;
        let author = fed::ensure_user_actor(&node.app, "juf").await.unwrap().unwrap();
        {
            let mut conn = node.app.db.pool().get().unwrap();
            let actor = follower("volger");
            store::insert_actor(&mut conn, &actor).unwrap();
            let follow = FollowRow {
                follower_id: actor.id.clone(),
                target_id: author.id.clone(),
                state: "accepted".into(),
                activity_id: format!("http://127.0.0.1:9/follows/{}", new_id()),
                created_at: Utc::now().naive_utc(),
            };
            store::put_follow(&mut conn, &follow).unwrap();
        }
        for n in 0..3 {
            let fields = json!({ "title": format!("Les {n}"), "language": "nl", "education_levels": ["po"], "status": "published" });
            let (status, body) = node.post("/materials", Some(&token), &fields).await;
            assert_eq!(status, StatusCode::CREATED, "{body}");
        }
        assert_eq!(outbox_rows(&node), 3, "{backend:?}: one Create per material, each waiting for the follower");
        // Two of the three reach the follower: the worker deletes a delivery once it is answered.
        {
            let mut conn = node.app.db.pool().get().unwrap();
            let waiting = store::next_deliveries(&mut conn, "127.0.0.1:9", 10).unwrap();
            assert_eq!(waiting.len(), 3);
            let delivered: Vec<i64> = waiting.iter().take(2).map(|(d, _)| d.id).collect();
            assert_eq!(store::delete_deliveries(&mut conn, &delivered).unwrap(), 2);
        }

        // Inbound ids: more than one chunk of old ones, and a recent one.
        let now = Utc::now().naive_utc();
        let old = 12_000;
        node.app
            .db
            .write(move |conn| {
                for n in 0..old {
                    assert!(store::mark_seen(conn, &format!("http://elders.example/activities/{n}"), now - Duration::days(31)).unwrap());
                }
                assert!(store::mark_seen(conn, "http://elders.example/activities/recent", now - Duration::days(29)).unwrap());
                Ok(())
            })
            .await
            .unwrap();
        // Sessions belong to an account: one expired, one live.
        let user_id = {
            use deelwijs_server::store::schema::users as u;
            u::table.filter(u::username.eq("juf")).select(u::id).first::<String>(&mut node.app.db.pool().get().unwrap()).unwrap()
        };
        let sessions: Vec<String> = [-1, 72]
            .into_iter()
            .map(|hours| {
                let row = SessionRow {
                    token_hash: new_id(),
                    user_id: user_id.clone(),
                    created_at: now - Duration::days(2),
                    expires_at: now + Duration::hours(hours),
                };
                users::insert_session(&mut node.app.db.pool().get().unwrap(), &row).unwrap();
                row.token_hash
            })
            .collect();

        // Within ten minutes of sending, nothing of the outbox goes yet.
        let pruned = housekeeping::prune(&node.app, now).await.unwrap();
        assert_eq!((pruned.outbox, pruned.inbox_seen), (0, old), "{backend:?}: {pruned:?}");
        assert_eq!(pruned.sessions, 1, "{backend:?}: the expired session goes: {pruned:?}");

        let later = housekeeping::prune(&node.app, now + Duration::hours(2)).await.unwrap();
        assert_eq!(later.outbox, 2, "{backend:?}: the two delivered activities go: {later:?}");
        assert_eq!(outbox_rows(&node), 1, "{backend:?}: the one still waiting for its follower stays");
        let mut conn = node.app.db.pool().get().unwrap();
        assert_eq!(store::next_deliveries(&mut conn, "127.0.0.1:9", 10).unwrap().len(), 1, "{backend:?}: and so does its delivery");
        assert!(store::seen(&mut conn, "http://elders.example/activities/recent").unwrap(), "{backend:?}: a recent id is remembered");
        assert!(!store::seen(&mut conn, "http://elders.example/activities/7").unwrap(), "{backend:?}: an old one is forgotten");
        // The live session still signs its account in (the expired one went in the first run).
        assert!(users::by_session(&mut conn, &sessions[1], now).unwrap().is_some(), "{backend:?}: the live session stays");
        assert!(users::by_session(&mut conn, &sessions[0], now - Duration::hours(3)).unwrap().is_none(), "{backend:?}: the expired one is gone");
        drop(conn);
        assert_eq!(
            housekeeping::prune(&node.app, now + Duration::hours(2)).await.unwrap(),
            housekeeping::Pruned::default(),
            "{backend:?}: nothing left to prune"
        );
    }
}
