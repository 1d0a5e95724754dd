//! Innovation networks on one node: creating, joining with approval, moderators managing
//! members, posting to a network, the network as an ActivityPub `Group` (actor, moderators,
//! outbox, WebFinger) and its page, moderators taking posts out, with bad input that writes
//! nothing.

use deelwijs_server::domain::vocab::Role;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::support::{ap_get, backends, check_error, check_field_error, TestNode};

async fn put_member(node: &TestNode, token: &str, target: &str, role: Option<&str>) -> (StatusCode, Value) {
    node.send(Method::PUT, "/networks/rekenen-samen/members", Some(token), &json!({ "target": target, "role": role })).await
}

#[actix_web::test]
async fn networks_are_joined_moderated_and_posted_to() {
    for backend in backends() {
        let node = TestNode::start_federating(backend).await;
        let alice = node.user("alice", Role::Member).await;
        let bob = node.user("bob", Role::Member).await;
        let carol = node.user("carol", Role::Member).await;

        // Bad input writes nothing; names are handles and share the namespace of accounts.
        check_field_error(&node.post("/networks", Some(&alice), &json!({ "name": "geen spaties", "title": "T" })).await, "name", "invalid_format");
        check_field_error(&node.post("/networks", Some(&alice), &json!({ "name": "bob", "title": "T" })).await, "name", "taken");
        check_field_error(&node.post("/networks", Some(&alice), &json!({ "name": "rekenen", "title": "" })).await, "title", "required");
        check_error(&node.post("/networks", None, &json!({ "name": "rekenen", "title": "T" })).await, StatusCode::UNAUTHORIZED, "unauthenticated");
        assert_eq!(node.get("/networks", None).await.1["total"], 0);

        let (status, network) = node
            .post(
                "/networks",
                Some(&alice),
                &json!({ "name": "Rekenen-Samen", "title": "Rekenen samen", "summary": "Scholen die rekenen vernieuwen.", "join_mode": "approval" }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{network}");
        assert_eq!(network["name"], "rekenen-samen");
        let group_url = network["url"].as_str().unwrap().to_owned();
        assert_eq!(group_url, format!("{}/groups/rekenen-samen", node.url));
        check_field_error(&node.post("/networks", Some(&carol), &json!({ "name": "rekenen-samen", "title": "Nog een" })).await, "name", "taken");
        // The other way round: an account cannot take a network's name, nor the node's handle.
        for taken in ["rekenen-samen", "materialen"] {
            let signup = deelwijs_server::domain::account::SignUpInput {
                username: taken.into(),
                email: format!("{taken}@example.org"),
                display_name: String::new(),
                password: "lang genoeg wachtwoord".into(),
            };
            match deelwijs_server::app::accounts::sign_up(&node.app, &format!("192.0.2.{}", taken.len()), signup, "nl").await {
                Err(deelwijs_server::app::AppError::Validation(errors)) => assert!(format!("{errors:?}").contains("username"), "{errors:?}"),
                other => panic!("{taken}: expected a taken username, got {other:?}"),
            }
        }

        // Joining asks; the moderator sees the request, others do not.
        let (status, joined) = node.post("/networks/rekenen-samen/join", Some(&bob), &Value::Null).await;
        assert_eq!((status, joined["state"].clone()), (StatusCode::OK, json!("requested")), "{joined}");
        let (_, seen_by_bob) = node.get("/networks/rekenen-samen", Some(&bob)).await;
        assert_eq!(seen_by_bob["membership"]["state"], "requested");
        assert!(seen_by_bob.get("requests").is_none(), "{seen_by_bob}");
        let (_, seen_by_alice) = node.get("/networks/rekenen-samen", Some(&alice)).await;
        assert_eq!(seen_by_alice["requests"][0]["handle"], format!("@bob@{}", node.app.config.host()));
        assert_eq!(seen_by_alice["members"].as_array().unwrap().len(), 1);

        // Only members post, and only their own content.
        let material = node.material(&bob, json!({ "title": "Kommagetallen op de getallenlijn" })).await;
        let post_path = format!("/materials/{}/networks", material["id"].as_str().unwrap());
        check_error(&node.post(&post_path, Some(&bob), &json!({ "network": "rekenen-samen" })).await, StatusCode::BAD_REQUEST, "not_a_member");
        check_error(&put_member(&node, &carol, "bob", None).await, StatusCode::FORBIDDEN, "forbidden");
        let (status, approved) = put_member(&node, &alice, "bob", None).await;
        assert_eq!((status, approved["state"].clone(), approved["role"].clone()), (StatusCode::OK, json!("member"), json!("member")), "{approved}");
        check_error(&node.post(&post_path, Some(&alice), &json!({ "network": "rekenen-samen" })).await, StatusCode::BAD_REQUEST, "not_your_content");
        check_error(&node.post(&post_path, Some(&bob), &json!({ "network": "bestaat-niet" })).await, StatusCode::BAD_REQUEST, "unknown_network");
        let (status, body) = node.post(&post_path, Some(&bob), &json!({ "network": "rekenen-samen" })).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (_, detail) = node.get("/networks/rekenen-samen", None).await;
        assert_eq!(detail["posts"][0]["title"], "Kommagetallen op de getallenlijn", "{detail}");
        assert_eq!(detail["posts"].as_array().unwrap().len(), 1);

        // The network as ActivityPub: a Group with its moderators in `attributedTo`, an outbox
        // of Announces, the post's audience, and WebFinger.
        let actor = ap_get(&node, &group_url).await;
        assert_eq!((actor["type"].clone(), actor["preferredUsername"].clone()), (json!("Group"), json!("rekenen-samen")), "{actor}");
        assert_eq!(actor["attributedTo"], format!("{group_url}/moderators"));
        assert!(actor["publicKey"]["publicKeyPem"].as_str().unwrap().contains("PUBLIC KEY"));
        let moderators = ap_get(&node, &format!("{group_url}/moderators")).await;
        assert_eq!(moderators["orderedItems"], json!([format!("{}/users/alice", node.url)]));
        let outbox = ap_get(&node, &format!("{group_url}/outbox?page=1")).await;
        assert_eq!(outbox["orderedItems"][0]["type"], "Announce");
        assert_eq!(outbox["orderedItems"][0]["object"], material["url"], "{outbox}");
        let article = ap_get(&node, material["url"].as_str().unwrap()).await;
        assert_eq!(article["audience"], json!([group_url]), "{article}");
        let finger: Value = node
            .client
            .get(format!("{}/.well-known/webfinger?resource=acct:rekenen-samen@{}", node.url, node.app.config.host()))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(finger["links"][0]["href"], group_url.as_str());
        assert_eq!(finger["links"][0]["properties"]["https://www.w3.org/ns/activitystreams#type"], "Group");

        // Moderators can take a post out again: it leaves the page and the outbox, not its author.
        let remove = format!("/networks/rekenen-samen/posts/material/{}", material["id"].as_str().unwrap());
        check_error(&node.send(Method::DELETE, &remove, Some(&bob), &Value::Null).await, StatusCode::FORBIDDEN, "forbidden");
        check_error(
            &node.send(Method::DELETE, "/networks/rekenen-samen/posts/poster/1", Some(&alice), &Value::Null).await,
            StatusCode::BAD_REQUEST,
            "unknown_kind",
        );
        assert_eq!(node.delete(&remove, Some(&alice)).await, StatusCode::NO_CONTENT);
        assert_eq!(node.delete(&remove, Some(&alice)).await, StatusCode::NOT_FOUND);
        assert_eq!(node.get("/networks/rekenen-samen", None).await.1["posts"], json!([]));
        assert_eq!(ap_get(&node, &format!("{group_url}/outbox?page=1")).await["orderedItems"], json!([]));
        assert_eq!(node.get(&format!("/materials/{}", material["id"].as_str().unwrap()), None).await.0, StatusCode::OK);

        // The last moderator stays until another is appointed; then leaving works.
        check_error(&node.post("/networks/rekenen-samen/leave", Some(&alice), &Value::Null).await, StatusCode::BAD_REQUEST, "last_moderator");
        let (status, _) = put_member(&node, &alice, "bob", Some("moderator")).await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = node.post("/networks/rekenen-samen/leave", Some(&alice), &Value::Null).await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let moderators = ap_get(&node, &format!("{group_url}/moderators")).await;
        assert_eq!(moderators["orderedItems"], json!([format!("{}/users/bob", node.url)]));

        // The same URL is a page for browsers.
        let page = node.client.get(&group_url).send().await.unwrap();
        assert_eq!(page.status(), StatusCode::OK);
        let html = page.text().await.unwrap();
        assert!(html.contains("Rekenen samen") && html.contains("@rekenen-samen@"), "{html}");
        check_error(&node.get("/networks/bestaat-niet", None).await, StatusCode::NOT_FOUND, "not_found");
    }
}
