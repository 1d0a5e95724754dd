//! Issue 21, collections across nodes: a collection followed by its URL from another node
//! arrives there with its items (which keep their origin), its items' `Add` and `Remove` and its
//! edits follow, and its deletion too; a collection by someone followed arrives with `Create`.

use std::time::Duration;

use reqwest::Method;
use serde_json::{json, Value};

use crate::harness::{wait_for, Backend, Node};

const PATIENCE: Duration = Duration::from_secs(30);

/// The copy of a remote collection on `node`, by its original URL.
fn copy_of(node: &Node, original: &str) -> anyhow::Result<Option<Value>> {
    let (_, list) = node.get("/collections?per_page=100", None)?;
    Ok(list["items"].as_array().and_then(|items| items.iter().find(|c| c["original_url"] == original).cloned()))
}

fn item_titles(collection: &Value) -> Vec<String> {
    collection["items"].as_array().map(|items| items.iter().filter_map(|i| i["title"].as_str().map(str::to_owned)).collect()).unwrap_or_default()
}

#[test]
fn a_collection_is_followed_across_nodes() {
    let a = Node::start("a", Backend::Sqlite).unwrap();
    let b = Node::start("b", Backend::Postgres).unwrap();
    let teacher = a.account("teacher1").unwrap();
    let partner = b.account("partner").unwrap();
    let first = a.publish(&teacher, "Breuken met pizzapunten").unwrap();
    let second = a.publish(&teacher, "Breuken op de getallenlijn").unwrap();
    let collection = json!({ "title": "Breuken in groep 6", "introduction": "Twee lessen.", "status": "published",
        "education_levels": ["po"], "items": [{ "material": first["id"], "note": "Begin hiermee" }] });
    let (status, created) = a.send(Method::POST, "/collections", &teacher, &collection).unwrap();
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_str().unwrap().to_owned();
    let url = created["url"].as_str().unwrap().to_owned();

    // B follows the collection by its URL (not its author): accepted by its author.
    let follow = b.follow(&partner, &url).unwrap();
    assert_eq!(follow["kind"], "Collection", "{follow}");
    wait_for("A to count B as a follower", PATIENCE, || Ok(a.get(&format!("/collections/{id}"), None)?.1["followers"] == 1)).unwrap();

    // B holds a copy at once; its item lives on A and says so.
    let copy = copy_of(&b, &url).unwrap().expect("the copy on B");
    assert_eq!(copy["origin"], a.host());
    assert_eq!(item_titles(&copy), ["Breuken met pizzapunten"]);
    assert_eq!(copy["items"][0]["origin"], a.host());
    assert_eq!(copy["items"][0]["note"], "Begin hiermee");
    assert_eq!(copy["items"][0]["url"], first["url"], "B does not hold the material: the item links to A");
    let page = b.client.get(format!("{}/collections/{}", b.url, copy["id"].as_str().unwrap())).send().unwrap().text().unwrap();
    assert!(page.contains("Breuken in groep 6") && page.contains("Breuken met pizzapunten"), "the copy's page on B");

    // A adds and removes items: Add and Remove reach B.
    let (status, _) = a.send(Method::POST, &format!("/collections/{id}/items"), &teacher, &json!({ "material": second["id"] })).unwrap();
    assert_eq!(status, 200);
    wait_for("the Add on B", PATIENCE, || Ok(copy_of(&b, &url)?.is_some_and(|c| item_titles(&c).len() == 2))).unwrap();
    let response = a.client.delete(a.api(&format!("/collections/{id}/items?material={}", first["id"].as_str().unwrap()))).bearer_auth(&teacher).send().unwrap();
    assert_eq!(response.status(), 200);
    wait_for("the Remove on B", PATIENCE, || Ok(copy_of(&b, &url)?.is_some_and(|c| item_titles(&c) == ["Breuken op de getallenlijn"]))).unwrap();

    // An edit is an Update; B's copy follows, and its history says where versions came from.
    let (status, _) = a.send(Method::PATCH, &format!("/collections/{id}"), &teacher, &json!({ "title": "Breuken in groep 6 (herzien)" })).unwrap();
    assert_eq!(status, 200);
    wait_for("the Update on B", PATIENCE, || Ok(copy_of(&b, &url)?.is_some_and(|c| c["title"] == "Breuken in groep 6 (herzien)"))).unwrap();
    let copy_id = copy_of(&b, &url).unwrap().unwrap()["id"].as_str().unwrap().to_owned();
    let (_, history) = b.get(&format!("/collections/{copy_id}/versions"), None).unwrap();
    assert!(history["items"][0]["note"].as_str().unwrap().starts_with("received from"), "{history}");
    // B cannot edit A's collection, only copy it into its own.
    let (status, refused) = b.send(Method::PATCH, &format!("/collections/{copy_id}"), &partner, &json!({ "title": "Van B" })).unwrap();
    assert!(status == 403 || status == 400, "{status} {refused}");
    let (status, own) = b.send(Method::POST, &format!("/collections/{copy_id}/copy"), &partner, &json!({})).unwrap();
    assert_eq!(status, 201, "{own}");
    assert_eq!(own["attribution"][0]["source_url"], url, "the copy credits the original where it lives");

    // Found in B's search as a collection from A.
    wait_for("the copy in B's search", PATIENCE, || {
        let (_, found) = b.get("/search?q=getallenlijn&kind=collection", None)?;
        Ok(found["hits"].as_array().is_some_and(|hits| hits.iter().any(|h| h["origin"] == a.host().as_str())))
    })
    .unwrap();

    // Someone on B who follows the teacher gets a new collection with Create.
    let colleague = b.account("collega").unwrap();
    b.follow(&colleague, &format!("@teacher1@{}", a.host())).unwrap();
    let (_, later) = a
        .send(Method::POST, "/collections", &teacher, &json!({ "title": "Themaweek water", "status": "published", "items": [{ "material": second["id"] }] }))
        .unwrap();
    let later_url = later["url"].as_str().unwrap().to_owned();
    wait_for("the new collection on B", PATIENCE, || Ok(copy_of(&b, &later_url)?.is_some())).unwrap();

    // Deleting on A removes the copy on B.
    assert_eq!(a.client.delete(a.api(&format!("/collections/{id}"))).bearer_auth(&teacher).send().unwrap().status(), 204);
    wait_for("the Delete on B", PATIENCE, || Ok(copy_of(&b, &url)?.is_none())).unwrap();
    let (status, _) = b.get(&format!("/collections/{copy_id}"), None).unwrap();
    assert_eq!(status, 404);

    // Unfollowing: the follow is gone from B's list.
    let response = b.client.delete(b.api(&format!("/follows/{copy_id}"))).bearer_auth(&partner).send().unwrap();
    assert_eq!(response.status(), 204);
    let (_, follows) = b.get("/follows", Some(&partner)).unwrap();
    assert!(!follows.to_string().contains(&url), "{follows}");
}
