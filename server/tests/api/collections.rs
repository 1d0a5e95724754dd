//! Collections (arrangementen): ordered items with notes, versions and restore, visibility of
//! what they list, copying with attribution, search, the feed and the ActivityPub object.

use std::time::Duration;

use deelwijs_server::domain::vocab::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::search::wait_for_search;
use crate::support::{ap_get, backends, check_error, check_field_error, TestNode};

fn titles(collection: &Value) -> Vec<String> {
    collection["items"].as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap().to_owned()).collect()
}

#[actix_web::test]
async fn make_edit_and_restore_a_collection() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let anna = node.user("anna", Role::Member).await;
        let first = node.material(&anna, json!({"title": "Breuken met pizza's"})).await;
        let second = node.material(&anna, json!({"title": "Breuken op de getallenlijn"})).await;
        let third = node.material(&anna, json!({"title": "Breuken vergelijken"})).await;
        let (status, created) = node
            .post(
                "/collections",
                Some(&anna),
                &json!({
                    "title": "Breuken in groep 6", "introduction": "Vier lessen *op volgorde*.", "status": "published",
                    "education_levels": ["po"], "subjects": ["rekenen-wiskunde"],
                    "items": [
                        {"material": first["id"], "note": "Begin hiermee"},
                        // By its URL, as another node would name it.
                        {"material": second["url"]},
                    ],
                }),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let id = created["id"].as_str().unwrap().to_owned();
        assert_eq!(titles(&created), ["Breuken met pizza's", "Breuken op de getallenlijn"]);
        assert_eq!(created["items"][0]["note"], "Begin hiermee");
        assert_eq!(created["items"][1]["material"], second["url"], "items are named by their URL");
        assert_eq!(created["introduction_html"], "<p>Vier lessen <em>op volgorde</em>.</p>\n");
        assert_eq!(created["version"], 1);

        // Bad items are named by position, and a refused change leaves everything as it was.
        let refused = node
            .patch(
                &format!("/collections/{id}"),
                Some(&anna),
                &json!({"title": "Iets anders", "items": [{"material": first["id"]}, {"material": "https://elders.example/materials/x"}]}),
            )
            .await;
        check_field_error(&refused, "items[1].material", "unknown_value");
        let duplicate =
            node.patch(&format!("/collections/{id}"), Some(&anna), &json!({"items": [{"material": first["id"]}, {"material": first["url"]}]})).await;
        check_field_error(&duplicate, "items[1].material", "taken");
        let (_, unchanged) = node.get(&format!("/collections/{id}"), None).await;
        assert_eq!((unchanged["title"].as_str(), unchanged["version"].as_i64()), (Some("Breuken in groep 6"), Some(1)));

        // Add, reorder by replacing the list, remove: a version each.
        let (status, added) = node.post(&format!("/collections/{id}/items"), Some(&anna), &json!({"material": third["id"], "note": "Als toets"})).await;
        assert_eq!(status, StatusCode::OK, "{added}");
        assert_eq!(titles(&added).len(), 3);
        let (_, reordered) = node
            .patch(
                &format!("/collections/{id}"),
                Some(&anna),
                &json!({"items": [{"material": third["url"]}, {"material": first["url"], "note": "Daarna"}, {"material": second["url"]}]}),
            )
            .await;
        assert_eq!(titles(&reordered), ["Breuken vergelijken", "Breuken met pizza's", "Breuken op de getallenlijn"]);
        let response = node
            .client
            .delete(node.api(&format!("/collections/{id}/items?material={}", second["id"].as_str().unwrap())))
            .bearer_auth(&anna)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let (_, now) = node.get(&format!("/collections/{id}"), None).await;
        assert_eq!((titles(&now).len(), now["version"].as_i64()), (2, Some(4)));
        let (_, history) = node.get(&format!("/collections/{id}/versions"), None).await;
        let notes: Vec<&str> = history["items"].as_array().unwrap().iter().map(|v| v["note"].as_str().unwrap()).collect();
        assert_eq!(notes, ["item removed", "edited", "item added", "created"]);

        // An old version shows its own list; restoring it is a new version that keeps the status.
        let (_, v1) = node.get(&format!("/collections/{id}/versions/1"), None).await;
        assert_eq!(titles(&v1), ["Breuken met pizza's", "Breuken op de getallenlijn"]);
        assert_eq!(v1["items"][0]["note"], "Begin hiermee");
        let (status, restored) = node.post(&format!("/collections/{id}/versions/1/restore"), Some(&anna), &json!({})).await;
        assert_eq!(status, StatusCode::OK, "{restored}");
        assert_eq!((titles(&restored), restored["version"].as_i64(), restored["status"].as_str()), (titles(&v1), Some(5), Some("published")));

        // Only the owner edits; nobody else sees a draft collection.
        let bert = node.user("bert", Role::Member).await;
        check_error(&node.patch(&format!("/collections/{id}"), Some(&bert), &json!({"title": "Van mij"})).await, StatusCode::FORBIDDEN, "forbidden");
        let (_, draft) = node.post("/collections", Some(&anna), &json!({"title": "Nog bezig"})).await;
        let draft_id = draft["id"].as_str().unwrap();
        assert_eq!(draft["status"], "draft");
        check_error(&node.get(&format!("/collections/{draft_id}"), None).await, StatusCode::NOT_FOUND, "not_found");
        check_error(&node.get(&format!("/collections/{draft_id}"), Some(&bert)).await, StatusCode::NOT_FOUND, "not_found");
        let (_, mine) = node.get("/collections?owner=me", Some(&anna)).await;
        assert_eq!(mine["total"], 2, "the owner's list holds the draft");
        let (_, public) = node.get("/collections", None).await;
        assert_eq!(public["total"], 1);
    }
}

/// What a collection lists keeps its own visibility: a material taken back to draft shows as
/// unavailable, without its title, and is left out of what federates and of the feed.
#[actix_web::test]
async fn listed_materials_keep_their_own_visibility() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let anna = node.user("anna", Role::Member).await;
        let bert = node.user("bert", Role::Member).await;
        let mine = node.material(&anna, json!({"title": "Mijn les"})).await;
        let theirs = node.material(&bert, json!({"title": "Geheime titel van Bert"})).await;
        let (_, collection) = node
            .post(
                "/collections",
                Some(&anna),
                &json!({"title": "Samen", "status": "published", "items": [{"material": mine["id"]}, {"material": theirs["id"]}]}),
            )
            .await;
        let id = collection["id"].as_str().unwrap();
        // Someone else's draft cannot be listed at all.
        let hidden = node.material(&bert, json!({"title": "Concept", "status": "draft"})).await;
        check_field_error(&node.post(&format!("/collections/{id}/items"), Some(&anna), &json!({"material": hidden["id"]})).await, "material", "unknown_value");

        let (status, _) = node.patch(&format!("/materials/{}", theirs["id"].as_str().unwrap()), Some(&bert), &json!({"status": "draft"})).await;
        assert_eq!(status, StatusCode::OK);
        let (_, seen) = node.get(&format!("/collections/{id}"), None).await;
        assert_eq!(seen["items"][1]["available"], false);
        assert_eq!(seen["items"][1]["title"], "", "a draft's title is not shown");
        let object = ap_get(&node, &format!("{}/collections/{id}", node.url)).await;
        assert_eq!(object["type"], "OrderedCollection");
        assert_eq!(object["totalItems"], 1, "{object}");
        assert_eq!(object["orderedItems"][0]["id"], mine["url"]);
        assert!(!object.to_string().contains("Geheime titel"), "{object}");
        // Its author can still edit the collection (the draft stays listed, as it was).
        let (status, renamed) = node.patch(&format!("/collections/{id}"), Some(&anna), &json!({"title": "Samen, herzien"})).await;
        assert_eq!(status, StatusCode::OK, "{renamed}");
        assert_eq!(renamed["items"].as_array().unwrap().len(), 2);
        let feed = node.client.get(format!("{}/collections/{id}/feed.atom", node.url)).send().await.unwrap();
        assert_eq!(feed.headers()["content-type"], "application/atom+xml; charset=utf-8");
        let feed = feed.text().await.unwrap();
        assert_eq!(feed.matches("<entry>").count(), 1, "{feed}");
        assert!(feed.contains("Mijn les") && !feed.contains("Geheime titel"));
    }
}

/// Copying makes a draft of one's own with the same list and notes, crediting the source.
#[actix_web::test]
async fn copy_credits_the_source_and_search_finds_collections() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let anna = node.user("anna", Role::Member).await;
        let bert = node.user("bert", Role::Member).await;
        let lesson = node.material(&anna, json!({"title": "Vulkanen uitbarsten"})).await;
        let (_, source) = node
            .post(
                "/collections",
                Some(&anna),
                &json!({"title": "Themaweek aarde", "status": "published", "license": "CC-BY-SA-4.0", "items": [{"material": lesson["id"], "note": "Proefje met azijn"}]}),
            )
            .await;
        let id = source["id"].as_str().unwrap();
        let (status, copy) = node.post(&format!("/collections/{id}/copy"), Some(&bert), &json!({"title": "Aarde, groep 7"})).await;
        assert_eq!(status, StatusCode::CREATED, "{copy}");
        assert_eq!((copy["status"].as_str(), copy["license"].as_str()), (Some("draft"), Some("CC-BY-SA-4.0")));
        assert_eq!(copy["items"], source["items"]);
        assert_eq!(copy["derived_from"]["id"], id);
        assert!(copy["attribution"][0]["tasl"].as_str().unwrap().contains("Themaweek aarde"), "{copy}");
        let (_, copy_history) = node.get(&format!("/collections/{}/versions", copy["id"].as_str().unwrap()), Some(&bert)).await;
        assert!(copy_history["items"][0]["note"].as_str().unwrap().starts_with("copied from version 1 of "));
        // A body that is not JSON is refused, not taken as "defaults".
        let garbage = node
            .client
            .post(node.api(&format!("/collections/{id}/copy")))
            .bearer_auth(&bert)
            .header("content-type", "text/plain")
            .body("garbage")
            .send()
            .await
            .unwrap();
        assert_eq!(garbage.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);

        // Found as its own kind, by its title and by what it lists.
        for query in ["q=themaweek&kind=collection", "q=vulkanen&kind=collection", "q=azijn&kind=collection"] {
            let found = wait_for_search(&node, query, Duration::from_secs(10), |body| body["total"] == 1).await;
            assert_eq!(found["hits"][0]["id"], id, "{query}: {found}");
            assert_eq!(found["hits"][0]["url"], format!("{}/collections/{id}", node.url));
        }
        let facets = wait_for_search(&node, "q=vulkanen", Duration::from_secs(10), |body| body["total"] == 2).await;
        let kinds = facets["facets"]["kind"].to_string();
        assert!(kinds.contains("collection") && kinds.contains("material"), "{kinds}");
    }
}

/// A network's collections: a member posts a collection to the network, which lists it (and
/// would announce it to the network's followers), like a material.
#[actix_web::test]
async fn a_collection_is_posted_to_a_network() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let anna = node.user("anna", Role::Member).await;
        let (status, _) = node.post("/networks", Some(&anna), &json!({ "name": "rekenen-samen", "title": "Rekenen samen", "join_mode": "open" })).await;
        assert_eq!(status, StatusCode::CREATED);
        let lesson = node.material(&anna, json!({"title": "Kommagetallen"})).await;
        let (_, collection) =
            node.post("/collections", Some(&anna), &json!({"title": "Rekenen in groep 7", "status": "published", "items": [{"material": lesson["id"]}]})).await;
        let path = format!("/collections/{}/networks", collection["id"].as_str().unwrap());
        let (status, body) = node.post(&path, Some(&anna), &json!({ "network": "rekenen-samen" })).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (_, network) = node.get("/networks/rekenen-samen", None).await;
        assert_eq!(network["posts"][0]["kind"], "collection", "{network}");
        assert_eq!(network["posts"][0]["url"], collection["url"]);
        let page = node.client.get(format!("{}/groups/rekenen-samen", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Rekenen in groep 7") && page.contains("Arrangement"), "the network page lists it");
    }
}

/// A collection owned by a network: its author gives it to a network they belong to; the
/// network's moderators may then edit it too, its plain members may not.
#[actix_web::test]
async fn a_network_owns_a_collection() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let anna = node.user("anna", Role::Member).await;
        let bert = node.user("bert", Role::Member).await;
        let carol = node.user("carol", Role::Member).await;
        let (status, _) = node.post("/networks", Some(&bert), &json!({ "name": "rekenen-samen", "title": "Rekenen samen", "join_mode": "open" })).await;
        assert_eq!(status, StatusCode::CREATED);
        let (_, collection) = node.post("/collections", Some(&anna), &json!({"title": "Rekenen in groep 7", "status": "draft"})).await;
        let id = collection["id"].as_str().unwrap();
        let give = |token: String, network: Value| {
            let request = node.client.put(node.api(&format!("/collections/{id}/network"))).bearer_auth(token).json(&json!({ "network": network }));
            async move { crate::support::read(request.send().await.unwrap()).await }
        };
        check_error(&give(anna.clone(), json!("rekenen-samen")).await, StatusCode::BAD_REQUEST, "not_a_member");
        for member in [&anna, &carol] {
            let (status, _) = node.post("/networks/rekenen-samen/join", Some(member), &Value::Null).await;
            assert_eq!(status, StatusCode::OK);
        }
        check_error(&give(carol.clone(), json!("rekenen-samen")).await, StatusCode::NOT_FOUND, "not_found");
        let (status, owned) = give(anna.clone(), json!("rekenen-samen")).await;
        assert_eq!(status, StatusCode::OK, "{owned}");
        assert_eq!(owned["network"]["name"], "rekenen-samen");
        // The network's moderator sees the draft and edits it; a plain member does neither.
        let (status, edited) = node.patch(&format!("/collections/{id}"), Some(&bert), &json!({"title": "Rekenen in groep 7 en 8"})).await;
        assert_eq!(status, StatusCode::OK, "{edited}");
        check_error(&node.patch(&format!("/collections/{id}"), Some(&carol), &json!({"title": "Van Carol"})).await, StatusCode::NOT_FOUND, "not_found");
        // Only the author hands it over or takes it back.
        check_error(&give(bert.clone(), Value::Null).await, StatusCode::FORBIDDEN, "forbidden");
        let (_, back) = give(anna.clone(), Value::Null).await;
        assert!(back["network"].is_null(), "{back}");
        check_error(&node.patch(&format!("/collections/{id}"), Some(&bert), &json!({"title": "Weer van Bert"})).await, StatusCode::NOT_FOUND, "not_found");
    }
}
