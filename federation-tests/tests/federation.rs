//! Federation between real nodes: follows by handle, propagation of publish, update and delete
//! to pages and search, backfill, cross-node remix notices, restart durability, and refusal of
//! unsigned, forged and replayed requests. Two nodes run on SQLite, one on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod harness;

use std::time::Duration;

use harness::{wait_for, Backend, Node};
use reqwest::Method;
use serde_json::{json, Value};

const PATIENCE: Duration = Duration::from_secs(30);

fn titles(items: &[Value]) -> Vec<String> {
    items.iter().filter_map(|m| m["title"].as_str().map(str::to_owned)).collect()
}

fn find<'a>(items: &'a [Value], title: &str) -> Option<&'a Value> {
    items.iter().find(|m| m["title"] == title)
}

fn search(node: &Node, q: &str) -> Value {
    node.get(&format!("/search?q={q}"), None).unwrap().1
}

#[test]
fn nodes_people_and_content_federate() {
    let a = Node::start("a", Backend::Sqlite).unwrap();
    let b = Node::start("b", Backend::Sqlite).unwrap();
    let c = Node::start("c", Backend::Postgres).unwrap();
    let teacher = a.account("teacher1").unwrap();
    let partner = b.account("partner").unwrap();
    let third = c.account("derde").unwrap();

    // Published before anyone follows: arrives later through backfill.
    a.publish(&teacher, "Breuken vooraf gepubliceerd").unwrap();

    // WebFinger and NodeInfo answer for the node and the person.
    let nodeinfo: Value = a.client.get(format!("{}/nodeinfo/2.1", a.url)).send().unwrap().json().unwrap();
    assert_eq!(nodeinfo["software"]["name"], "deelwijs");

    // B follows A's node by handle; C follows A's teacher by handle.
    b.follow(&partner, &format!("@materialen@{}", a.host())).unwrap();
    c.follow(&third, &format!("@teacher1@{}", a.host())).unwrap();

    // Backfill: C received what teacher1 published before the follow.
    wait_for("backfill on C", PATIENCE, || Ok(find(&c.timeline()?, "Breuken vooraf gepubliceerd").is_some())).unwrap();

    // Publish on A → appears on B (node follower) and C (person follower), with its origin.
    let material = a.publish(&teacher, "Breuken met pizzapunten").unwrap();
    let a_id = material["id"].as_str().unwrap().to_owned();
    for (node, name) in [(&b, "b"), (&c, "c")] {
        wait_for(&format!("the material on {name}"), PATIENCE, || Ok(find(&node.timeline()?, "Breuken met pizzapunten").is_some())).unwrap();
        let timeline = node.timeline().unwrap();
        let arrived = find(&timeline, "Breuken met pizzapunten").unwrap();
        assert_eq!(arrived["origin"], a.host(), "{arrived}");
        assert_eq!(arrived["original_url"], format!("{}/materials/{a_id}", a.url), "{arrived}");
        // Searchable, with the origin facet.
        wait_for(&format!("search on {name}"), PATIENCE, || Ok(search(node, "pizzapunten")["total"] == 1)).unwrap();
        let results = search(node, "pizzapunten");
        assert_eq!(results["hits"][0]["origin"], a.host(), "{results}");
        assert_eq!(results["facets"]["origin"][a.host()], 1, "{results}");
        // And its page renders here.
        let page = node.client.get(format!("{}/materials/{}", node.url, arrived["id"].as_str().unwrap())).send().unwrap();
        assert_eq!(page.status(), 200);
        assert!(page.text().unwrap().contains("Breuken met pizzapunten"));
    }

    // The same URL serves ActivityPub JSON on request.
    let article: Value = a.client.get(format!("{}/materials/{a_id}", a.url)).header("Accept", "application/activity+json").send().unwrap().json().unwrap();
    assert_eq!(article["type"], "Article");
    assert_eq!(article["license"], "https://creativecommons.org/licenses/by-sa/4.0/");
    assert_eq!(article["source"]["mediaType"], "text/markdown");
    assert!(!article.to_string().contains("@a.test"), "no e-mail address leaves the node");

    // An edit on A reaches B and C.
    let (status, _) = a.send(Method::PATCH, &format!("/materials/{a_id}"), &teacher, &json!({ "title": "Breuken met pizzapunten (herzien)" })).unwrap();
    assert_eq!(status, 200);
    for node in [&b, &c] {
        wait_for("the update", PATIENCE, || Ok(find(&node.timeline()?, "Breuken met pizzapunten (herzien)").is_some())).unwrap();
        assert!(find(&node.timeline().unwrap(), "Breuken met pizzapunten").is_none(), "the old title is gone");
    }

    // B remixes the arrived material; A's original lists the remix on B.
    let b_copy = find(&b.timeline().unwrap(), "Breuken met pizzapunten (herzien)").unwrap()["id"].as_str().unwrap().to_owned();
    let (status, remix) = b
        .send(Method::POST, &format!("/materials/{b_copy}/remix"), &partner, &json!({ "title": "Fractions with pizza slices", "status": "published" }))
        .unwrap();
    assert_eq!(status, 201, "{remix}");
    wait_for("the remix notice on A", PATIENCE, || {
        let (_, original) = a.get(&format!("/materials/{a_id}"), None)?;
        Ok(original["remixes"].as_array().is_some_and(|r| r.iter().any(|x| x["node"] == b.host().as_str())))
    })
    .unwrap();

    // A deletes: gone from B's and C's pages and search.
    let (status, _) = a.send(Method::DELETE, &format!("/materials/{a_id}"), &teacher, &Value::Null).unwrap();
    assert_eq!(status, 204);
    for node in [&b, &c] {
        wait_for("the delete", PATIENCE, || Ok(find(&node.timeline()?, "Breuken met pizzapunten (herzien)").is_none())).unwrap();
        // (B's own remix keeps the word; only A's material must be gone.)
        wait_for("the delete in search", PATIENCE, || {
            let hits = search(node, "pizzapunten")["hits"].as_array().cloned().unwrap_or_default();
            Ok(hits.iter().all(|h| h["origin"] != a.host().as_str()))
        })
        .unwrap();
    }
    assert!(titles(&b.timeline().unwrap()).iter().all(|t| !t.contains("pizzapunten")));
    assert!(find(&c.timeline().unwrap(), "Breuken vooraf gepubliceerd").is_some(), "other content stays");
}

#[test]
fn a_follower_that_was_down_receives_everything_exactly_once() {
    let a = Node::start("a", Backend::Sqlite).unwrap();
    let mut b = Node::start("b", Backend::Postgres).unwrap();
    let teacher = a.account("teacher1").unwrap();
    let partner = b.account("partner").unwrap();
    b.follow(&partner, &format!("@materialen@{}", a.host())).unwrap();

    b.stop();
    for i in 0..50 {
        a.publish(&teacher, &format!("Herstart les {i:02}")).unwrap();
    }
    b.restart().unwrap();
    wait_for("all 50 on the restarted follower", Duration::from_secs(60), || {
        Ok(b.timeline()?.iter().filter(|m| m["title"].as_str().is_some_and(|t| t.starts_with("Herstart les"))).count() >= 50)
    })
    .unwrap();
    let mut arrived: Vec<String> = titles(&b.timeline().unwrap()).into_iter().filter(|t| t.starts_with("Herstart les")).collect();
    assert_eq!(arrived.len(), 50, "each exactly once");
    arrived.sort();
    arrived.dedup();
    assert_eq!(arrived.len(), 50, "no duplicates");
}

#[test]
fn unsigned_forged_and_replayed_requests_are_refused() {
    let a = Node::start("a", Backend::Sqlite).unwrap();
    let b = Node::start("b", Backend::Sqlite).unwrap();
    b.account("partner").unwrap();
    let follow = json!({
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "Follow",
        "id": format!("{}/activities/follow/forged", b.url),
        "actor": format!("{}/users/partner", b.url),
        "object": format!("{}/actor", a.url)
    })
    .to_string();
    let post = |headers: &[(&str, String)]| {
        let mut request = a.client.post(format!("{}/inbox", a.url)).header("Content-Type", "application/activity+json").body(follow.clone());
        for (name, value) in headers {
            request = request.header(*name, value.clone());
        }
        let response = request.send().unwrap();
        let status = response.status().as_u16();
        (status, response.text().unwrap())
    };
    let now = httpdate(std::time::SystemTime::now());
    // No signature at all.
    let (status, body) = post(&[("Date", now.clone())]);
    assert_eq!(status, 401, "{body}");
    // A signature that does not verify against B's published key.
    let forged = format!(
        r#"keyId="{}/users/partner#main-key",algorithm="rsa-sha256",headers="(request-target) host date digest",signature="Zm9yZ2VkLXNpZ25hdHVyZQ==""#,
        b.url
    );
    let digest = format!("SHA-256={}", sha256_base64(follow.as_bytes()));
    let (status, body) = post(&[("Date", now.clone()), ("Digest", digest.clone()), ("Signature", forged.clone())]);
    assert_eq!(status, 401, "{body}");
    // A request dated two hours ago (a replay) is refused before anything else.
    let old = httpdate(std::time::SystemTime::now() - Duration::from_secs(7200));
    let (status, body) = post(&[("Date", old), ("Digest", digest), ("Signature", forged)]);
    assert_eq!(status, 401, "{body}");
    assert!(body.contains("replay"), "{body}");
    // Oversized bodies are refused.
    let huge = "x".repeat(2 * 1024 * 1024);
    let response = a.client.post(format!("{}/inbox", a.url)).header("Content-Type", "application/activity+json").body(huge).send().unwrap();
    assert_eq!(response.status().as_u16(), 413);
    // Nothing was followed.
    let (_, followers) = a.get("/followers", None).unwrap();
    assert_eq!(followers["total"], 0, "{followers}");
}

fn httpdate(at: std::time::SystemTime) -> String {
    let secs = at.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (h, m, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][days.rem_euclid(7) as usize];
    let month_name = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(month - 1) as usize];
    format!("{weekday}, {day:02} {month_name} {year} {h:02}:{m:02}:{s:02} GMT")
}

fn sha256_base64(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes))
}
