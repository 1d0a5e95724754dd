//! Materials over the API: create, read, list, edit with versions, restore, delete, validation, authorization.

use deelwijs_server::domain::vocab::Role;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::support::{backends, check_error, check_field_error, TestNode};

#[actix_web::test]
async fn create_read_list_edit_restore_delete() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("sanne", Role::Member).await;
        let created = node.material(&token, json!({"isced_level": 1, "duration_minutes": 45, "authors": ["Sanne de Vries"], "links": [{"title": "Uitleg", "url": "https://example.org/breuken"}]})).await;
        let id = created["id"].as_str().unwrap();
        assert_eq!(created["url"], format!("{}/materials/{id}", node.url));
        assert_eq!(created["license"], "CC-BY-4.0");
        assert_eq!(created["education_levels"], json!(["po"]));
        assert_eq!(created["version"], 1);
        assert!(created["body_html"].as_str().unwrap().contains("<h2>Stap 1</h2>"));
        assert_eq!(created["links"][0]["url"], "https://example.org/breuken");

        let (status, fetched) = node.get(&format!("/materials/{id}"), None).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(fetched["title"], "Breuken met pizza's");

        let (_, list) = node.get("/materials?page=1&per_page=10", None).await;
        assert_eq!(list["total"], 1, "{list}");
        assert_eq!(list["items"][0]["id"], id);

        let (status, edited) = node.patch(&format!("/materials/{id}"), Some(&token), &json!({"title": "Breuken met pizza's, herzien"})).await;
        assert_eq!(status, StatusCode::OK, "{edited}");
        assert_eq!(edited["version"], 2);
        assert_eq!(edited["summary"], created["summary"], "PATCH keeps fields it does not name");

        // A PATCH that changes nothing stores no version.
        let (_, same) = node.patch(&format!("/materials/{id}"), Some(&token), &json!({"title": "Breuken met pizza's, herzien"})).await;
        assert_eq!(same["version"], 2);

        let (_, versions) = node.get(&format!("/materials/{id}/versions"), None).await;
        assert_eq!(versions["total"], 2, "{versions}");
        assert_eq!(versions["items"][0]["version"], 2);

        let (_, old) = node.get(&format!("/materials/{id}/versions/1"), None).await;
        assert_eq!(old["title"], "Breuken met pizza's");

        let (status, restored) = node.post(&format!("/materials/{id}/versions/1/restore"), Some(&token), &json!({})).await;
        assert_eq!(status, StatusCode::OK, "{restored}");
        assert_eq!(restored["version"], 3);
        assert_eq!(restored["title"], "Breuken met pizza's");

        assert_eq!(node.delete(&format!("/materials/{id}"), Some(&token)).await, StatusCode::NO_CONTENT);
        check_error(&node.get(&format!("/materials/{id}"), None).await, StatusCode::NOT_FOUND, "not_found");
        let (_, list) = node.get("/materials", None).await;
        assert_eq!(list["total"], 0);
    }
}

#[actix_web::test]
async fn issue21_restoring_keeps_the_visibility_and_the_history_says_who_and_what() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("juf", Role::Member).await;
        // Drafted (v1), published (v2), edited (v3); restoring v1 brings back its text only.
        let draft = node.material(&token, json!({"title": "Eerste opzet", "status": "draft"})).await;
        let id = draft["id"].as_str().unwrap();
        node.patch(&format!("/materials/{id}"), Some(&token), &json!({"status": "published"})).await;
        node.patch(&format!("/materials/{id}"), Some(&token), &json!({"title": "Uitgewerkt"})).await;
        let (status, restored) = node.post(&format!("/materials/{id}/versions/1/restore"), Some(&token), &json!({})).await;
        assert_eq!(status, StatusCode::OK, "{restored}");
        assert_eq!((&restored["version"], &restored["title"], &restored["status"]), (&json!(4), &json!("Eerste opzet"), &json!("published")));
        let (status, public) = node.get(&format!("/materials/{id}"), None).await;
        assert_eq!((status, &public["title"]), (StatusCode::OK, &json!("Eerste opzet")), "visitors still see it");

        // The history names each version's visibility, its editor and what happened.
        let (_, versions) = node.get(&format!("/materials/{id}/versions"), Some(&token)).await;
        let seen: Vec<(i64, &str, &str)> = versions["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| (v["version"].as_i64().unwrap(), v["status"].as_str().unwrap(), v["note"].as_str().unwrap()))
            .collect();
        assert_eq!(seen, [(4, "published", "restored version 1"), (3, "published", "edited"), (2, "published", "edited"), (1, "draft", "created")]);
        assert!(versions["items"].as_array().unwrap().iter().all(|v| !v["editor"].as_str().unwrap().is_empty()), "{versions}");

        // Choosing another visibility while restoring is possible; a wrong one changes nothing.
        let (status, refused) = node.post(&format!("/materials/{id}/versions/3/restore"), Some(&token), &json!({"status": "everyone"})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
        let (status, unlisted) = node.post(&format!("/materials/{id}/versions/3/restore"), Some(&token), &json!({"status": "unlisted"})).await;
        assert_eq!(status, StatusCode::OK, "{unlisted}");
        assert_eq!((&unlisted["version"], &unlisted["title"], &unlisted["status"]), (&json!(5), &json!("Uitgewerkt"), &json!("unlisted")));
        let (status, _) = node.post(&format!("/materials/{id}/versions/1/restore"), Some(&token), &json!({"stauts": "draft"})).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "an unknown field is refused, not ignored");

        // Case studies restore the same way.
        let case = node
            .post("/case-studies", Some(&token), &json!({"title": "Samen leren", "sector": "po", "language": "nl", "status": "draft", "approach": "Eerst."}))
            .await
            .1;
        let case_id = case["id"].as_str().unwrap();
        node.patch(&format!("/case-studies/{case_id}"), Some(&token), &json!({"status": "published", "approach": "Daarna."})).await;
        let (status, restored) = node.post(&format!("/case-studies/{case_id}/versions/1/restore"), Some(&token), &json!({})).await;
        assert_eq!(status, StatusCode::OK, "{restored}");
        assert_eq!((&restored["status"], &restored["approach"]), (&json!("published"), &json!("Eerst.")), "{restored}");
    }
}

#[actix_web::test]
async fn paging_is_clamped_and_lenient() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("pager", Role::Member).await;
        for n in 0..5 {
            node.material(&token, json!({"title": format!("Les {n}")})).await;
        }
        let (_, page) = node.get("/materials?page=2&per_page=2", None).await;
        assert_eq!(page["total"], 5);
        assert_eq!(page["items"].as_array().unwrap().len(), 2);
        let (status, page) = node.get("/materials?page=999999999&per_page=100000", None).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(page["per_page"], 100);
        assert_eq!(page["items"].as_array().unwrap().len(), 0);
        let (status, page) = node.get("/materials?page=abc&per_page=-3", None).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(page["page"], 1);
    }
}

#[actix_web::test]
async fn bad_input_is_refused_and_changes_nothing() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("jan", Role::Member).await;
        let base = json!({"title": "Goed", "language": "nl", "education_levels": ["po"]});
        let with = |key: &str, value: serde_json::Value| {
            let mut body = base.clone();
            body[key] = value;
            body
        };
        check_field_error(&node.post("/materials", Some(&token), &with("license", json!("GPL-3.0"))).await, "license", "unknown_license");
        check_field_error(&node.post("/materials", Some(&token), &with("language", json!("xx-klingon"))).await, "language", "unknown_language");
        check_field_error(&node.post("/materials", Some(&token), &with("title", json!("   "))).await, "title", "required");
        check_field_error(&node.post("/materials", Some(&token), &with("education_levels", json!(["kleuters"]))).await, "education_levels", "unknown_value");
        check_field_error(&node.post("/materials", Some(&token), &with("body", json!("x".repeat(1024 * 1024 + 1)))).await, "body", "too_long");
        check_error(&node.post("/materials", Some(&token), &with("surprise", json!(1))).await, StatusCode::BAD_REQUEST, "invalid_json");

        let response =
            node.client.post(node.api("/materials")).bearer_auth(&token).header("content-type", "application/json").body("{\"title\": ").send().await.unwrap();
        check_error(&crate::support::read(response).await, StatusCode::BAD_REQUEST, "invalid_json");
        let response = node.client.post(node.api("/materials")).bearer_auth(&token).header("content-type", "text/plain").body("hello").send().await.unwrap();
        check_error(&crate::support::read(response).await, StatusCode::UNSUPPORTED_MEDIA_TYPE, "expected_json");

        check_error(&node.post("/materials", None, &base).await, StatusCode::UNAUTHORIZED, "unauthenticated");
        check_error(&node.post("/materials", Some("dw_not-a-token"), &base).await, StatusCode::UNAUTHORIZED, "unauthenticated");

        // A failed edit leaves the previous state intact.
        let material = node.material(&token, json!({})).await;
        let id = material["id"].as_str().unwrap();
        check_field_error(&node.patch(&format!("/materials/{id}"), Some(&token), &json!({"title": "", "license": "CC0-1.0"})).await, "title", "required");
        let (_, after) = node.get(&format!("/materials/{id}"), None).await;
        assert_eq!(after["license"], "CC-BY-4.0");
        assert_eq!(after["version"], 1);

        let (_, list) = node.get("/materials", None).await;
        assert_eq!(list["total"], 1, "only the one valid material exists");
        check_error(&node.get("/materials/does-not-exist", None).await, StatusCode::NOT_FOUND, "not_found");
        check_error(&node.get("/nothing-here", None).await, StatusCode::NOT_FOUND, "not_found");
    }
}

#[actix_web::test]
async fn authorization_matrix() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let owner = node.user("owner", Role::Member).await;
        let other = node.user("other", Role::Member).await;
        let editor = node.user("editor", Role::Editor).await;
        let moderator = node.user("moderator", Role::Moderator).await;
        let admin = node.user("admin", Role::Admin).await;
        let id = node.material(&owner, json!({})).await["id"].as_str().unwrap().to_owned();
        let path = format!("/materials/{id}");
        let rename = json!({"title": "Overgenomen"});

        check_error(&node.patch(&path, Some(&other), &rename).await, StatusCode::FORBIDDEN, "forbidden");
        assert_eq!(node.delete(&path, Some(&other)).await, StatusCode::FORBIDDEN);
        check_error(&node.send(Method::PUT, &format!("{path}/hidden"), Some(&other), &json!({"hidden": true})).await, StatusCode::FORBIDDEN, "forbidden");
        check_error(&node.patch(&path, Some(&moderator), &rename).await, StatusCode::FORBIDDEN, "forbidden");
        assert_eq!(node.patch(&path, Some(&editor), &rename).await.0, StatusCode::OK);
        assert_eq!(node.delete(&path, Some(&editor)).await, StatusCode::FORBIDDEN);
        check_error(&node.get("/admin/settings", Some(&moderator)).await, StatusCode::FORBIDDEN, "forbidden");

        // Moderators hide; hidden content is gone for the public but not for its owner.
        let (status, hidden) = node.send(Method::PUT, &format!("{path}/hidden"), Some(&moderator), &json!({"hidden": true})).await;
        assert_eq!(status, StatusCode::OK, "{hidden}");
        assert_eq!(node.get(&path, None).await.0, StatusCode::NOT_FOUND);
        assert_eq!(node.get(&path, Some(&other)).await.0, StatusCode::NOT_FOUND);
        assert_eq!(node.get(&path, Some(&owner)).await.0, StatusCode::OK);
        assert_eq!(node.get("/materials", None).await.1["total"], 0);

        // Drafts are private to their owner and staff.
        let draft = node.material(&owner, json!({"status": "draft"})).await;
        let draft_path = format!("/materials/{}", draft["id"].as_str().unwrap());
        assert_eq!(node.get(&draft_path, None).await.0, StatusCode::NOT_FOUND);
        assert_eq!(node.get(&draft_path, Some(&other)).await.0, StatusCode::NOT_FOUND);
        assert_eq!(node.get(&draft_path, Some(&editor)).await.0, StatusCode::OK);

        // Unlisted: reachable by link, not listed.
        let unlisted = node.material(&owner, json!({"status": "unlisted"})).await;
        assert_eq!(node.get(&format!("/materials/{}", unlisted["id"].as_str().unwrap()), None).await.0, StatusCode::OK);
        assert_eq!(node.get("/materials", None).await.1["total"], 0);

        assert_eq!(node.delete(&path, Some(&moderator)).await, StatusCode::NO_CONTENT);
        assert_eq!(node.delete(&draft_path, Some(&admin)).await, StatusCode::NO_CONTENT);
    }
}

#[actix_web::test]
async fn every_write_queues_an_index_update_in_its_transaction() {
    use deelwijs_server::store::queue;
    for backend in backends() {
        // No index worker here, so the queue rows stay where the transactions put them.
        let node = TestNode::start_without_search(backend).await;
        let token = node.user("queue", Role::Member).await;
        let id = node.material(&token, json!({})).await["id"].as_str().unwrap().to_owned();
        node.patch(&format!("/materials/{id}"), Some(&token), &json!({"title": "Nieuw"})).await;
        // A refused edit queues nothing.
        node.patch(&format!("/materials/{id}"), Some(&token), &json!({"license": "nope"})).await;
        node.delete(&format!("/materials/{id}"), Some(&token)).await;
        let queued = {
            let id = id.clone();
            node.app.db.read(move |conn| Ok(queue::pending_for(conn, &id)?)).await.unwrap()
        };
        assert_eq!(queued.len(), 3, "create, edit and delete each queue one index update");
    }
}
