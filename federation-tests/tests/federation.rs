//! Federation between real nodes: follows by handle, propagation of publish, update and delete
//! to pages and search, backfill (bounded), cross-node remix notices, restart durability, an
//! unreachable follower served once it is heard from again, refusal of unsigned, forged and
//! replayed requests and (outside test mode) of loopback, private and plain-http peers,
//! blocklists and allowlists in both directions, a validly signed actor speaking for another
//! host, likes and reports reaching the origin, and a network relaying its members' posts to a
//! third node; collections followed across nodes (`collections`). Nodes run on SQLite and on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod collections;
mod harness;
mod open;
mod privacy;

use std::time::Duration;

use harness::{httpdate, sha256_base64, wait_for, Backend, Node, SigningActor};
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
    let a_admin = a.account_with_role("beheer", "admin").unwrap();

    // Published before anyone follows: arrives later through backfill (a help question too).
    a.publish(&teacher, "Breuken vooraf gepubliceerd").unwrap();
    let early = json!({ "title": "Vraag van voor het volgen", "situation": "Wie helpt?", "help_type": "visit", "education_level": "po" });
    assert_eq!(a.send(Method::POST, "/questions", &teacher, &early).unwrap().0, 201);

    // WebFinger and NodeInfo answer for the node and the person.
    let nodeinfo: Value = a.client.get(format!("{}/nodeinfo/2.1", a.url)).send().unwrap().json().unwrap();
    assert_eq!(nodeinfo["software"]["name"], "deelwijs");

    // B follows A's node by handle; C follows A's teacher by handle.
    b.follow(&partner, &format!("@materialen@{}", a.host())).unwrap();
    c.follow(&third, &format!("@teacher1@{}", a.host())).unwrap();

    // Backfill: C received what teacher1 published before the follow.
    wait_for("backfill on C", PATIENCE, || Ok(find(&c.timeline()?, "Breuken vooraf gepubliceerd").is_some())).unwrap();
    wait_for("the earlier question on C", PATIENCE, || {
        let (_, list) = c.get("/questions", None)?;
        Ok(list["items"].as_array().is_some_and(|q| q.iter().any(|q| q["title"] == "Vraag van voor het volgen" && q["origin"] == a.host().as_str())))
    })
    .unwrap();

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

    // A case study published on A reaches B's timeline of case studies (API and page).
    let case = json!({ "title": "Open leermiddelen in het bestuur", "summary": "Twaalf scholen stapten over.", "sector": "vo",
        "challenge": "Dure methodes.", "approach": "Een netwerk van docenten.", "language": "nl", "status": "published" });
    let (status, created) = a.send(Method::POST, "/case-studies", &teacher, &case).unwrap();
    assert_eq!(status, 201, "{created}");
    wait_for("the case study on B's timeline", PATIENCE, || {
        let (_, list) = b.get("/timeline/case-studies", None)?;
        Ok(list["items"]
            .as_array()
            .is_some_and(|items| items.iter().any(|c| c["title"] == "Open leermiddelen in het bestuur" && c["origin"] == a.host().as_str())))
    })
    .unwrap();
    let page = b.client.get(format!("{}/timeline/case-studies", b.url)).header("Accept-Language", "nl").send().unwrap().text().unwrap();
    assert!(page.contains("Open leermiddelen in het bestuur") && page.contains(r#"aria-current="page""#), "{page}");

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
    let remix_url = remix["url"].as_str().unwrap();
    let (_, original) = a.get(&format!("/materials/{a_id}"), None).unwrap();
    assert!(original["remixes"].as_array().unwrap().iter().any(|x| x["node"] == b.host().as_str() && x["url"] == remix_url), "{original}");
    // The original's page says so, with a link to the remix on B.
    let page = a.client.get(format!("{}/materials/{a_id}", a.url)).header("Accept-Language", "nl").send().unwrap().text().unwrap();
    assert!(page.contains("Geremixt op 1 andere node.") && page.contains(remix_url), "{page}");

    // B translates the arrived material into German: on B it links B's copy of the original,
    // its Article names the original on A (`translationOfWork`), and A lists it among the
    // original's translations, in German, on B.
    let (status, translation) = b
        .send(
            Method::POST,
            &format!("/materials/{b_copy}/translate"),
            &partner,
            &json!({ "language": "de", "title": "Brüche mit Pizzastücken", "adaptation_notes": "Beispiele aus Köln.", "status": "published" }),
        )
        .unwrap();
    assert_eq!(status, 201, "{translation}");
    assert_eq!(translation["translation_of"]["id"], b_copy.as_str(), "{translation}");
    let translation_url = translation["url"].as_str().unwrap();
    let article: Value = b.client.get(translation_url).header("Accept", "application/activity+json").send().unwrap().json().unwrap();
    assert_eq!(article["translationOfWork"], format!("{}/materials/{a_id}", a.url), "{article}");
    wait_for("the translation on A", PATIENCE, || {
        let (_, original) = a.get(&format!("/materials/{a_id}"), None)?;
        Ok(original["translations"].as_array().is_some_and(|t| t.iter().any(|x| x["url"] == translation_url)))
    })
    .unwrap();
    let (_, original) = a.get(&format!("/materials/{a_id}"), None).unwrap();
    let listed = original["translations"].as_array().unwrap().iter().find(|x| x["url"] == translation_url).unwrap().clone();
    assert_eq!((listed["language"].as_str(), listed["node"].as_str(), listed["id"].as_str()), (Some("de"), Some(b.host().as_str()), Some("")), "{listed}");

    // A teacher on B reviews the material: the review goes to A as a Note replying to it, A
    // counts it with its own, an edit replaces it there, and withdrawing it removes it there.
    let review = |body: &Value| b.send(Method::PUT, &format!("/materials/{b_copy}/review"), &partner, body).unwrap();
    let (status, written) = review(&json!({ "rating": 5, "text": "Werkte goed in groep 6.", "used_with_level": "po" }));
    assert_eq!(status, 200, "{written}");
    let a_reviews = || a.get(&format!("/materials/{a_id}/reviews"), None).map(|(_, r)| r);
    wait_for("the review on A", PATIENCE, || Ok(a_reviews()?["summary"]["count"] == 1)).unwrap();
    let on_a = a_reviews().unwrap();
    assert_eq!(on_a["summary"], json!({ "average": 5.0, "count": 1, "used_in_class": 1 }), "{on_a}");
    assert_eq!((on_a["items"][0]["node"].as_str(), on_a["items"][0]["url"].as_str()), (Some(b.host().as_str()), written["items"][0]["url"].as_str()));
    // A colleague on A reviews it too; B's copy then shows what A counts: both reviews.
    let colleague = a.account("collega").unwrap();
    let (status, _) = a.send(Method::PUT, &format!("/materials/{a_id}/review"), &colleague, &json!({ "rating": 4 })).unwrap();
    assert_eq!(status, 200);
    wait_for("A's summary on B's copy", PATIENCE, || {
        Ok(b.get(&format!("/materials/{b_copy}"), None)?.1["reviews"] == json!({ "average": 4.5, "count": 2, "used_in_class": 1 }))
    })
    .unwrap();
    review(&json!({ "rating": 3, "text": "Bij nader inzien te lang." }));
    wait_for("the edited review on A", PATIENCE, || Ok(a_reviews()?["summary"] == json!({ "average": 3.5, "count": 2, "used_in_class": 0 }))).unwrap();
    let (status, _) = b.send(Method::DELETE, &format!("/materials/{b_copy}/review"), &partner, &json!({})).unwrap();
    assert_eq!(status, 200);
    wait_for("the withdrawn review gone from A", PATIENCE, || Ok(a_reviews()?["summary"]["count"] == 1)).unwrap();

    // A help question asked on A reaches B (which follows A's node); a teacher on B answers it
    // there: the answer goes to A as a Note replying to the question. The asker marks it as the
    // helpful one, and B's copy then shows what A lists: the answer, marked, and the new state.
    let ask = json!({ "title": "Partnerschool gezocht voor rekenen", "situation": "Wij zoeken een school die met **breuken** werkt.",
        "help_type": "partner_ka2", "education_level": "po", "languages": ["nl", "de"], "country": "NL", "language": "nl" });
    let (status, asked) = a.send(Method::POST, "/questions", &teacher, &ask).unwrap();
    assert_eq!(status, 201, "{asked}");
    let a_question = asked["id"].as_str().unwrap().to_owned();
    let b_question = || -> anyhow::Result<Option<Value>> {
        let (_, list) = b.get("/questions", None)?;
        Ok(list["items"].as_array().and_then(|items| items.iter().find(|q| q["title"] == "Partnerschool gezocht voor rekenen").cloned()))
    };
    wait_for("the question on B", PATIENCE, || Ok(b_question()?.is_some())).unwrap();
    let copy = b_question().unwrap().unwrap();
    assert_eq!((copy["origin"].as_str(), copy["original_url"].as_str()), (Some(a.host().as_str()), Some(format!("{}/questions/{a_question}", a.url).as_str())));
    let b_question_id = copy["id"].as_str().unwrap().to_owned();
    let (status, answered) =
        b.send(Method::POST, &format!("/questions/{b_question_id}/answers"), &partner, &json!({ "text": "Wij doen mee, met *groep 7*." })).unwrap();
    assert_eq!(status, 201, "{answered}");
    let a_answers =
        || -> anyhow::Result<Vec<Value>> { Ok(a.get(&format!("/questions/{a_question}"), None)?.1["answers"].as_array().cloned().unwrap_or_default()) };
    wait_for("B's answer on A", PATIENCE, || Ok(a_answers()?.len() == 1)).unwrap();
    let on_a = a_answers().unwrap();
    assert_eq!(on_a[0]["node"], b.host().as_str(), "{on_a:?}");
    assert!(on_a[0]["html"].as_str().unwrap().contains("<em>groep 7</em>"), "{on_a:?}");
    let (status, marked) = a.send(Method::PUT, &format!("/questions/{a_question}/helpful"), &teacher, &json!({ "answer": on_a[0]["id"] })).unwrap();
    assert_eq!((status, marked["state"].as_str()), (200, Some("answered")), "{marked}");
    wait_for("the helpful answer on B's copy", PATIENCE, || {
        let (_, copy) = b.get(&format!("/questions/{b_question_id}"), None)?;
        Ok(copy["state"] == "answered" && copy["answers"].as_array().is_some_and(|a| a.len() == 1 && a[0]["helpful"] == true))
    })
    .unwrap();

    // B's teacher can still withdraw the answer A listed back to B: it leaves A, then B's copy.
    let (_, copy) = b.get(&format!("/questions/{b_question_id}"), None).unwrap();
    assert_eq!(copy["answers"][0]["mine"], false, "mine is per viewer: anonymous here");
    let answer_id = copy["answers"][0]["id"].as_str().unwrap().to_owned();
    let (status, withdrawn) = b.send(Method::DELETE, &format!("/questions/{b_question_id}/answers/{answer_id}"), &partner, &json!({})).unwrap();
    assert_eq!(status, 200, "{withdrawn}");
    wait_for("the withdrawn answer gone from A", PATIENCE, || Ok(a_answers()?.is_empty())).unwrap();

    // A moderator on A hides it: it leaves B and C; shown again, it comes back on both.
    let moderator = a.account_with_role("moderator1", "moderator").unwrap();
    let hidden = format!("/materials/{a_id}/hidden");
    assert_eq!(a.send(Method::PUT, &hidden, &moderator, &json!({ "hidden": true })).unwrap().0, 200);
    for node in [&b, &c] {
        wait_for("the hidden material to leave", PATIENCE, || Ok(find(&node.timeline()?, "Breuken met pizzapunten (herzien)").is_none())).unwrap();
    }
    assert_eq!(a.send(Method::PUT, &hidden, &moderator, &json!({ "hidden": false })).unwrap().0, 200);
    for node in [&b, &c] {
        wait_for("the material shown again", PATIENCE, || Ok(find(&node.timeline()?, "Breuken met pizzapunten (herzien)").is_some())).unwrap();
    }

    // B's moderator removes B's copy: that decision holds when A shows it again.
    let b_moderator = b.account_with_role("moderator2", "moderator").unwrap();
    let b_copy_now = find(&b.timeline().unwrap(), "Breuken met pizzapunten (herzien)").unwrap()["id"].as_str().unwrap().to_owned();
    assert_eq!(b.send(Method::DELETE, &format!("/materials/{b_copy_now}"), &b_moderator, &Value::Null).unwrap().0, 204);
    assert_eq!(a.send(Method::PUT, &hidden, &moderator, &json!({ "hidden": true })).unwrap().0, 200);
    wait_for("hidden again on C", PATIENCE, || Ok(find(&c.timeline()?, "Breuken met pizzapunten (herzien)").is_none())).unwrap();
    assert_eq!(a.send(Method::PUT, &hidden, &moderator, &json!({ "hidden": false })).unwrap().0, 200);
    wait_for("shown again on C", PATIENCE, || Ok(find(&c.timeline()?, "Breuken met pizzapunten (herzien)").is_some())).unwrap();
    a.wait_for_deliveries(&a_admin).unwrap();
    assert!(find(&b.timeline().unwrap(), "Breuken met pizzapunten (herzien)").is_none(), "B's moderator removed it");

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
    .unwrap_or_else(|e| panic!("{e}\n--- a ---\n{}\n--- b ---\n{}", a.log(), b.log()));
    let mut arrived: Vec<String> = titles(&b.timeline().unwrap()).into_iter().filter(|t| t.starts_with("Herstart les")).collect();
    assert_eq!(arrived.len(), 50, "each exactly once");
    arrived.sort();
    arrived.dedup();
    assert_eq!(arrived.len(), 50, "no duplicates");
}

#[test]
fn an_unreachable_follower_gets_what_waited_once_it_talks_to_us_again() {
    // A gives up retrying an instance after 3.6 s of failures (72 hours by default).
    let a = Node::start_with_env("a", Backend::Sqlite, &[("DEELWIJS_DELIVERY_GIVE_UP_HOURS", "0.001")]).unwrap();
    let mut b = Node::start("b", Backend::Sqlite).unwrap();
    let (teacher, admin) = (a.account("teacher1").unwrap(), a.account_with_role("beheer", "admin").unwrap());
    let partner = b.account("partner").unwrap();
    b.follow(&partner, &format!("@materialen@{}", a.host())).unwrap();
    let b_host = b.host();
    let b_on_a = || -> anyhow::Result<Value> {
        let (_, body) = a.get("/admin/federation", Some(&admin))?;
        let instances = body["deliveries"]["instances"].as_array().cloned().unwrap_or_default();
        Ok(instances.into_iter().find(|i| i["host"] == b_host.as_str()).unwrap_or(Value::Null))
    };

    b.stop();
    a.publish(&teacher, "Les voor een node die weg was").unwrap();
    wait_for("A to mark B unreachable", PATIENCE, || Ok(b_on_a()?["unreachable"] == true)).unwrap();
    let state = b_on_a().unwrap();
    assert_eq!(state["pending"], 1, "the delivery is kept, not dropped: {state}");
    assert!(state["next_attempt_at"].is_null(), "no retries until B is heard from: {state}");
    assert!(state["failures"].as_u64().is_some_and(|n| n >= 2), "it was retried with backoff first: {state}");

    // B comes back and talks to A (its partner follows a teacher there): A delivers what waited.
    b.restart().unwrap();
    b.follow(&partner, &format!("@teacher1@{}", a.host())).unwrap();
    wait_for("the waiting material on B", PATIENCE, || Ok(timeline_has(&b, "Les voor een node die weg was"))).unwrap();
    wait_for("B reachable again on A", PATIENCE, || {
        let state = b_on_a()?;
        Ok(state["unreachable"] == false && state["pending"] == 0 && state["failures"] == 0)
    })
    .unwrap();
    assert_eq!(b.timeline().unwrap().iter().filter(|m| m["title"] == "Les voor een node die weg was").count(), 1);
}

#[test]
fn outside_test_mode_loopback_private_and_plain_http_peers_are_refused_unconnected() {
    // Production mode: no --insecure-local-federation.
    let a = Node::start_with_env("a", Backend::Sqlite, &[("DEELWIJS_INSECURE_LOCAL_FEDERATION", "false")]).unwrap();
    let teacher = a.account("teacher1").unwrap();
    // A port that would notice any connection attempt.
    let trap = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    trap.set_nonblocking(true).unwrap();
    let port = trap.local_addr().unwrap().port();
    let targets = [
        format!("https://127.0.0.1:{port}/actor"),
        format!("https://localhost:{port}/users/teacher1"),
        "https://localhost/users/teacher1".to_owned(),
        format!("@teacher1@localhost:{port}"),
        "https://10.1.2.3/users/teacher1".to_owned(),
        "https://192.168.1.20/actor".to_owned(),
        format!("http://127.0.0.1:{port}/actor"),
    ];
    for target in &targets {
        let (status, body) = a.send(Method::POST, "/follows", &teacher, &json!({ "target": target })).unwrap();
        assert!((400..500).contains(&status), "{target}: {status} {body}");
        assert!(body["error"]["code"].as_str().is_some_and(|c| !c.is_empty()), "{target}: {body}");
        assert!(body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()), "{target}: {body}");
    }
    assert!(matches!(trap.accept(), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock), "no connection was attempted");
    let (_, follows) = a.get("/follows", Some(&teacher)).unwrap();
    assert_eq!(follows["items"], json!([]), "nothing was stored");
}

#[test]
fn backfill_imports_only_the_most_recent_items_up_to_its_limit() {
    let a = Node::start("a", Backend::Sqlite).unwrap();
    let b = Node::start_with_env("b", Backend::Sqlite, &[("DEELWIJS_BACKFILL_LIMIT", "3")]).unwrap();
    let teacher = a.account("teacher1").unwrap();
    for i in 1..=5 {
        a.publish(&teacher, &format!("Vooraf les {i}")).unwrap();
    }
    let partner = b.account("partner").unwrap();
    b.follow(&partner, &format!("@teacher1@{}", a.host())).unwrap();
    wait_for("the backfill to finish on B", PATIENCE, || Ok(b.log().contains("backfill done"))).unwrap();
    let mut backfilled: Vec<String> = titles(&b.timeline().unwrap()).into_iter().filter(|t| t.starts_with("Vooraf les")).collect();
    backfilled.sort();
    assert_eq!(backfilled, ["Vooraf les 3", "Vooraf les 4", "Vooraf les 5"], "the three newest, nothing older");
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
    // A signature that leaves the Date out of what it covers (so it could be re-dated).
    let undated = forged.replace("(request-target) host date digest", "(request-target) host digest");
    let (status, body) = post(&[("Date", now.clone()), ("Digest", digest.clone()), ("Signature", undated)]);
    assert_eq!(status, 401, "{body}");
    assert!(body.contains("does not cover date"), "{body}");
    // RFC 9421: a forged signature (right form, right digest, wrong bytes) does not verify
    // against B's published key; one without a time, or not covering the body, is refused too.
    let content_digest = format!("sha-256=:{}:", sha256_base64(follow.as_bytes()));
    let created = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let input = |components: &str, params: &str| format!(r#"sig1=({components}){params};keyid="{}/users/partner#main-key""#, b.url);
    let covered = r#""@method" "@target-uri" "content-digest""#;
    for (headers, expected) in [
        (vec![("Signature-Input", input(covered, &format!(";created={created}"))), ("Content-Digest", content_digest.clone())], "does not verify"),
        (vec![("Signature-Input", input(covered, "")), ("Content-Digest", content_digest.clone())], "created"),
        (
            vec![("Signature-Input", input(r#""@method" "@target-uri""#, &format!(";created={created}"))), ("Content-Digest", content_digest.clone())],
            "content-digest",
        ),
        (vec![("Signature-Input", input(covered, &format!(";created={created}"))), ("Content-Digest", "sha-256=:AAAA:".to_owned())], "Content-Digest"),
    ] {
        let mut headers: Vec<(&str, String)> = headers;
        headers.push(("Signature", "sig1=:Zm9yZ2Vk:".to_owned()));
        let (status, body) = post(&headers);
        assert_eq!(status, 401, "{body}");
        assert!(body.contains("signature_invalid") && body.contains(expected), "{expected}: {body}");
    }
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

fn timeline_has(node: &Node, title: &str) -> bool {
    node.timeline().is_ok_and(|items| find(&items, title).is_some())
}

fn set_policy(node: &Node, admin: &str, mode: &str, instances: &[String]) {
    let (status, body) = node.send(Method::PUT, "/admin/federation", admin, &json!({ "mode": mode, "instances": instances })).unwrap();
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["mode"], mode);
}

#[test]
fn blocklist_and_allowlist_hold_in_both_directions() {
    let a = Node::start("a", Backend::Sqlite).unwrap();
    let b = Node::start("b", Backend::Sqlite).unwrap();
    let c = Node::start("c", Backend::Postgres).unwrap();
    let (a_admin, b_admin) = (a.account_with_role("beheer", "admin").unwrap(), b.account_with_role("beheer", "admin").unwrap());
    let (teacher, partner, third) = (a.account("teacher1").unwrap(), b.account("partner").unwrap(), c.account("derde").unwrap());
    // Everyone reads everyone: B and C follow A's node, A's teacher follows B's and C's nodes.
    b.follow(&partner, &format!("@materialen@{}", a.host())).unwrap();
    c.follow(&third, &format!("@materialen@{}", a.host())).unwrap();
    a.follow(&teacher, &format!("@materialen@{}", b.host())).unwrap();
    a.follow(&teacher, &format!("@materialen@{}", c.host())).unwrap();
    b.publish(&partner, "Van B voor de blokkade").unwrap();
    wait_for("B's material on A", PATIENCE, || Ok(timeline_has(&a, "Van B voor de blokkade"))).unwrap();
    // Searchable too, before the block: otherwise "out of search" below could pass before the
    // index had even taken it in, and the upsert still on its way would bring it back later.
    let from_b_in_search = |node: &Node| search(node, "blokkade")["hits"].as_array().is_some_and(|hits| hits.iter().any(|h| h["origin"] == b.host().as_str()));
    wait_for("B's material in A's search", PATIENCE, || Ok(from_b_in_search(&a))).unwrap();

    // A blocks B: what B brought leaves A's pages and search, and the follows end.
    set_policy(&a, &a_admin, "blocklist", &[b.host()]);
    assert!(!timeline_has(&a, "Van B voor de blokkade"));
    wait_for("B's material out of A's search", PATIENCE, || Ok(!from_b_in_search(&a))).unwrap();
    let (_, followers) = a.get("/followers", None).unwrap();
    assert!(!followers.to_string().contains(&b.host()), "B no longer follows A: {followers}");

    // Out: A publishes; C receives it, B never does.
    a.publish(&teacher, "Van A na de blokkade").unwrap();
    wait_for("A's material on C", PATIENCE, || Ok(timeline_has(&c, "Van A na de blokkade"))).unwrap();
    a.wait_for_deliveries(&a_admin).unwrap();
    assert!(!timeline_has(&b, "Van A na de blokkade"), "a blocked instance gets nothing from us");

    // In: B (which still counts A as a follower) publishes; A refuses the delivery.
    b.publish(&partner, "Van B na de blokkade").unwrap();
    b.wait_for_deliveries(&b_admin).unwrap();
    assert!(!timeline_has(&a, "Van B na de blokkade"), "nothing from a blocked instance is accepted");
    assert!(!from_b_in_search(&a), "{}\n{:?}", search(&a, "blokkade"), titles(&a.timeline().unwrap()));
    // A new follow from B is refused too: it never becomes accepted. (B's partner still believes
    // it follows A: a block is not announced, so a fresh account asks.)
    let newcomer = b.account("nieuw").unwrap();
    let (status, body) = b.send(Method::POST, "/follows", &newcomer, &json!({ "target": format!("@materialen@{}", a.host()) })).unwrap();
    assert_eq!(status, 201, "{body}");
    b.wait_for_deliveries(&b_admin).unwrap();
    let (_, follows) = b.get("/follows", Some(&newcomer)).unwrap();
    let to_a: Vec<&Value> = follows["items"].as_array().unwrap().iter().filter(|f| f["url"].as_str().is_some_and(|u| u.contains(&a.host()))).collect();
    assert!(to_a.iter().all(|f| f["state"] != "accepted"), "A does not accept B's follow: {follows}");
    assert!(!a.get("/followers", None).unwrap().1.to_string().contains(&b.host()));

    // Allowlist with only C: C still reaches A and A reaches C; B stays out.
    set_policy(&a, &a_admin, "allowlist", &[c.host()]);
    c.publish(&third, "Van C op de lijst").unwrap();
    wait_for("C's material on A", PATIENCE, || Ok(timeline_has(&a, "Van C op de lijst"))).unwrap();
    a.publish(&teacher, "Van A alleen voor C").unwrap();
    wait_for("A's material on C", PATIENCE, || Ok(timeline_has(&c, "Van A alleen voor C"))).unwrap();
    b.publish(&partner, "Van B buiten de lijst").unwrap();
    b.wait_for_deliveries(&b_admin).unwrap();
    a.wait_for_deliveries(&a_admin).unwrap();
    assert!(!timeline_has(&a, "Van B buiten de lijst"));
    assert!(!timeline_has(&b, "Van A alleen voor C"));
    // Back to open: B's new follow is accepted again.
    set_policy(&a, &a_admin, "open", &[]);
    b.follow(&partner, &format!("@materialen@{}", a.host())).unwrap();
}

#[test]
fn a_validly_signed_actor_cannot_speak_for_another_host() {
    let a = Node::start("a", Backend::Sqlite).unwrap();
    let teacher = a.account("teacher1").unwrap();
    let mallory = SigningActor::start("mallory").unwrap();
    let inbox = format!("{}/inbox", a.url);
    let article = |id: &str| {
        json!({
            "type": "Article",
            "id": id,
            "attributedTo": mallory.id,
            "name": "Overgenomen les",
            "content": "<p>Tekst</p>",
            "url": id,
            "published": "2026-11-01T10:00:00Z"
        })
    };
    // Control: the signature verifies — a Follow from this actor is accepted.
    let follow = json!({
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "Follow",
        "id": format!("{}/activities/1", mallory.base),
        "actor": mallory.id,
        "object": format!("{}/users/teacher1", a.url)
    });
    let (status, body) = mallory.post(&a.client, &inbox, &follow).unwrap();
    assert!((200..300).contains(&status), "{status}: {body}\n{}", a.log());
    wait_for("mallory among teacher1's followers", PATIENCE, || Ok(a.get("/followers?actor=teacher1", Some(&teacher))?.1.to_string().contains(&mallory.id)))
        .unwrap();
    // The same, validly signed activity again (a replay within the Date window): handled once.
    let (status, body) = mallory.post(&a.client, &inbox, &follow).unwrap();
    assert!((200..300).contains(&status), "{status}: {body}");
    let (_, followers) = a.get("/followers?actor=teacher1", Some(&teacher)).unwrap();
    assert_eq!(followers["total"], 1, "{followers}");

    // An object on another host, in a Create signed by mallory: refused with 400 (checked before
    // anything else about the content, so whether anyone follows mallory does not matter).
    let create = json!({
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "Create",
        "id": format!("{}/activities/2", mallory.base),
        "actor": mallory.id,
        "object": article("http://other.invalid/materials/1")
    });
    let (status, body) = mallory.post(&a.client, &inbox, &create).unwrap();
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("host"), "{body}");
    // A Delete of another host's object: refused.
    let delete = json!({
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "Delete",
        "id": format!("{}/activities/3", mallory.base),
        "actor": mallory.id,
        "object": format!("{}/materials/whatever", a.url)
    });
    let (status, body) = mallory.post(&a.client, &inbox, &delete).unwrap();
    assert_eq!(status, 400, "{body}");
    // An activity id on another host than the actor's: refused.
    let forged_id = json!({
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "Create",
        "id": "http://other.invalid/activities/4",
        "actor": mallory.id,
        "object": article(&format!("{}/materials/4", mallory.base))
    });
    let (status, body) = mallory.post(&a.client, &inbox, &forged_id).unwrap();
    assert!((400..500).contains(&status) && status != 401, "{status}: {body}");
    // A profile update (as Mastodon sends them) and an unknown activity type: accepted, ignored.
    let profile = json!({
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "Update",
        "id": format!("{}/activities/5", mallory.base),
        "actor": mallory.id,
        "object": { "type": "Person", "id": mallory.id, "name": "Mallory, nu met foto" }
    });
    let (status, body) = mallory.post(&a.client, &inbox, &profile).unwrap();
    assert_eq!(status, 202, "{body}");
    let unknown =
        json!({ "type": "EmojiReact", "id": format!("{}/activities/6", mallory.base), "actor": mallory.id, "object": format!("{}/materials/x", a.url) });
    let (status, body) = mallory.post(&a.client, &inbox, &unknown).unwrap();
    assert_eq!(status, 202, "{body}");
    // None of it arrived.
    assert!(a.timeline().unwrap().is_empty());
}

#[test]
fn likes_and_reports_reach_the_origin() {
    let a = Node::start("a", Backend::Sqlite).unwrap();
    let b = Node::start("b", Backend::Postgres).unwrap();
    let teacher = a.account("teacher1").unwrap();
    let moderator = a.account_with_role("moderator", "moderator").unwrap();
    let partner = b.account("partner").unwrap();
    b.follow(&partner, &format!("@materialen@{}", a.host())).unwrap();
    let material = a.publish(&teacher, "Breuken om te waarderen").unwrap();
    let original = format!("/materials/{}", material["id"].as_str().unwrap());
    wait_for("the material on B", PATIENCE, || Ok(timeline_has(&b, "Breuken om te waarderen"))).unwrap();
    let copy = format!("/materials/{}", find(&b.timeline().unwrap(), "Breuken om te waarderen").unwrap()["id"].as_str().unwrap());
    let likes_on_a = || a.get(&original, None).map(|(_, m)| m["likes"].clone());

    // B's partner likes the copy: the origin counts it.
    let (status, body) = b.send(Method::PUT, &format!("{copy}/like"), &partner, &Value::Null).unwrap();
    assert_eq!((status, body["likes"].clone()), (200, json!(1)), "{body}");
    wait_for("the like on A", PATIENCE, || Ok(likes_on_a()? == 1)).unwrap();
    // A local like adds to it.
    a.send(Method::PUT, &format!("{original}/like"), &teacher, &Value::Null).unwrap();
    assert_eq!(likes_on_a().unwrap(), 2);
    // The remote like is withdrawn with an Undo.
    b.send(Method::DELETE, &format!("{copy}/like"), &partner, &Value::Null).unwrap();
    wait_for("the unlike on A", PATIENCE, || Ok(likes_on_a()? == 1)).unwrap();

    // A report on B reaches A's moderators, from B's node (not from the person who reported).
    let (status, body) = b.send(Method::POST, &format!("{copy}/report"), &partner, &json!({ "comment": "Bevat een fout antwoord." })).unwrap();
    assert_eq!(status, 201, "{body}");
    wait_for("the report on A", PATIENCE, || Ok(a.get("/admin/reports", Some(&moderator))?.1["total"] == 1)).unwrap();
    let (_, reports) = a.get("/admin/reports", Some(&moderator)).unwrap();
    let report = &reports["items"][0];
    assert_eq!(report["comment"], "Bevat een fout antwoord.");
    assert_eq!(report["content_id"], material["id"]);
    assert_eq!(report["reporter"]["host"], b.host());
    assert_eq!(report["reporter"]["url"], format!("{}/actor", b.url), "{report}");
}

/// A network (FEP-1b12 `Group`) on A: followed by handle from C, a member on B posts to it, and
/// the network relays the post, its edit and its removal to C; a non-member's post goes nowhere.
#[test]
fn a_network_relays_its_members_posts_to_a_third_node() {
    let a = Node::start("a", Backend::Sqlite).unwrap();
    let b = Node::start("b", Backend::Postgres).unwrap();
    let c = Node::start("c", Backend::Sqlite).unwrap();
    let coordinator = a.account("coordinator").unwrap();
    let partner = b.account("partner").unwrap();
    let volger = c.account("volger").unwrap();
    let b_admin = b.account_with_role("beheer", "admin").unwrap();
    let c_admin = c.account_with_role("beheer", "admin").unwrap();
    let a_admin = a.account_with_role("beheer", "admin").unwrap();

    let (status, network) = a
        .send(Method::POST, "/networks", &coordinator, &json!({ "name": "digitale-geletterdheid", "title": "Digitale geletterdheid", "join_mode": "approval" }))
        .unwrap();
    assert_eq!(status, 201, "{network}");
    let group_url = network["url"].as_str().unwrap().to_owned();
    let handle = format!("@digitale-geletterdheid@{}", a.host());

    // The network is a Group actor with its moderators in `attributedTo`, found by WebFinger.
    let actor: Value = a.client.get(&group_url).header("Accept", "application/activity+json").send().unwrap().json().unwrap();
    assert_eq!(actor["type"], "Group", "{actor}");
    let moderators: Value = a.client.get(actor["attributedTo"].as_str().unwrap()).header("Accept", "application/activity+json").send().unwrap().json().unwrap();
    assert_eq!(moderators["orderedItems"], json!([format!("{}/users/coordinator", a.url)]), "{moderators}");
    let finger: Value =
        a.client.get(format!("{}/.well-known/webfinger?resource=acct:digitale-geletterdheid@{}", a.url, a.host())).send().unwrap().json().unwrap();
    assert_eq!(finger["links"][0]["href"], group_url.as_str(), "{finger}");

    // C follows the network by handle; B's teacher follows it too, and the moderator adds them.
    c.follow(&volger, &handle).unwrap();
    b.follow(&partner, &handle).unwrap();
    wait_for("C's follower among the network's followers", PATIENCE, || {
        Ok(a.get("/followers?actor=digitale-geletterdheid", Some(&coordinator))?.1.to_string().contains(&format!("{}/users/volger", c.url)))
    })
    .unwrap();
    let (status, member) =
        a.send(Method::PUT, "/networks/digitale-geletterdheid/members", &coordinator, &json!({ "target": format!("@partner@{}", b.host()) })).unwrap();
    assert_eq!((status, member["state"].clone()), (200, json!("member")), "{member}");

    // The member on B posts to the network: A keeps it under the network, C gets it relayed.
    let material = b.publish(&partner, "Mediawijsheid in groep 7").unwrap();
    let b_id = material["id"].as_str().unwrap().to_owned();
    let (status, posted) = b.send(Method::POST, &format!("/materials/{b_id}/networks"), &partner, &json!({ "network": group_url })).unwrap();
    assert_eq!(status, 200, "{posted}");
    wait_for("the post on the network's page on A", PATIENCE, || {
        let (_, detail) = a.get("/networks/digitale-geletterdheid", None)?;
        Ok(detail["posts"].as_array().is_some_and(|p| p.iter().any(|x| x["title"] == "Mediawijsheid in groep 7" && x["origin"] == b.host().as_str())))
    })
    .unwrap();
    wait_for("the relayed post on C", PATIENCE, || Ok(find(&c.timeline()?, "Mediawijsheid in groep 7").is_some())).unwrap();
    let arrived = find(&c.timeline().unwrap(), "Mediawijsheid in groep 7").unwrap().clone();
    assert_eq!(arrived["origin"], b.host(), "C credits the author's node, not the network's: {arrived}");
    // B follows the network too, so it got the Announce of its own post: no copy of it.
    a.wait_for_deliveries(&a_admin).unwrap();
    assert!(find(&b.timeline().unwrap(), "Mediawijsheid in groep 7").is_none(), "B does not get a copy of its own material back");

    // A moderator takes a post out of the network: C, which only follows the network, lets it go
    // (an Undo of the network's Announce); B keeps its own material.
    let second = b.publish(&partner, "Digitaal burgerschap").unwrap();
    let second_id = second["id"].as_str().unwrap().to_owned();
    b.send(Method::POST, &format!("/materials/{second_id}/networks"), &partner, &json!({ "network": group_url })).unwrap();
    wait_for("the second post on C", PATIENCE, || Ok(find(&c.timeline()?, "Digitaal burgerschap").is_some())).unwrap();
    let (_, detail) = a.get("/networks/digitale-geletterdheid", None).unwrap();
    let on_a = detail["posts"].as_array().unwrap().iter().find(|p| p["title"] == "Digitaal burgerschap").unwrap()["id"].as_str().unwrap().to_owned();
    let (status, _) = a.send(Method::DELETE, &format!("/networks/digitale-geletterdheid/posts/material/{on_a}"), &coordinator, &Value::Null).unwrap();
    assert_eq!(status, 204);
    wait_for("the withdrawn post to leave C", PATIENCE, || Ok(find(&c.timeline()?, "Digitaal burgerschap").is_none())).unwrap();
    assert_eq!(b.get(&format!("/materials/{second_id}"), None).unwrap().0, 200);

    // Someone who is not a member posts to the network: nothing is relayed.
    let outsider = c.publish(&volger, "Niet van een lid").unwrap();
    let (status, _) =
        c.send(Method::POST, &format!("/materials/{}/networks", outsider["id"].as_str().unwrap()), &volger, &json!({ "network": group_url })).unwrap();
    assert_eq!(status, 200);
    c.wait_for_deliveries(&c_admin).unwrap();
    let (_, detail) = a.get("/networks/digitale-geletterdheid", None).unwrap();
    assert!(detail["posts"].as_array().unwrap().iter().all(|p| p["title"] != "Niet van een lid"), "{detail}");

    // The member edits, then deletes: both pass through the network to C.
    let (status, _) = b.send(Method::PATCH, &format!("/materials/{b_id}"), &partner, &json!({ "title": "Mediawijsheid in groep 7 en 8" })).unwrap();
    assert_eq!(status, 200);
    wait_for("the relayed edit on C", PATIENCE, || Ok(find(&c.timeline()?, "Mediawijsheid in groep 7 en 8").is_some())).unwrap();
    let (status, _) = b.send(Method::DELETE, &format!("/materials/{b_id}"), &partner, &Value::Null).unwrap();
    assert_eq!(status, 204);
    b.wait_for_deliveries(&b_admin).unwrap();
    wait_for("the relayed delete on C", PATIENCE, || Ok(find(&c.timeline()?, "Mediawijsheid in groep 7 en 8").is_none())).unwrap();
    wait_for("the delete on A", PATIENCE, || {
        let (_, detail) = a.get("/networks/digitale-geletterdheid", None)?;
        Ok(detail["posts"].as_array().is_some_and(|p| p.is_empty()))
    })
    .unwrap();
}

/// What Mastodon shows for a post it receives: a `Note` by its content; an `Article` (or `Page`)
/// it converts to its title as a heading, its summary and its link (Mastodon's
/// `ActivityPub::Activity::Create#converted_text`). `None` when Mastodon would show nothing.
fn mastodon_text(object: &Value) -> Option<String> {
    match object["type"].as_str()? {
        "Note" => object["content"].as_str().map(str::to_owned),
        "Article" | "Page" => {
            let title = object["name"].as_str().filter(|t| !t.is_empty()).map(|t| format!("<h2>{t}</h2>"));
            let summary = object["summary"].as_str().filter(|s| !s.is_empty()).map(str::to_owned);
            let link = object["url"].as_str().or(object["id"].as_str()).map(str::to_owned);
            Some([title, summary, link].into_iter().flatten().collect::<Vec<_>>().join("\n\n"))
        }
        _ => None,
    }
}

/// A Mastodon-style follower (a plain ActivityPub server that knows nothing of Deelwijs) follows
/// a node and a network: each new material reaches it as a public `Announce` of an object it
/// can fetch and show as a readable post: title, summary, link, and an author it can resolve.
#[test]
fn a_mastodon_style_follower_sees_each_new_material_as_a_readable_post() {
    let a = Node::start("a", Backend::Sqlite).unwrap();
    let teacher = a.account("teacher1").unwrap();
    let (status, network) = a.send(Method::POST, "/networks", &teacher, &json!({ "name": "burgerschap", "title": "Burgerschap" })).unwrap();
    assert_eq!(status, 201, "{network}");
    let fan = SigningActor::start("fan").unwrap();
    let inbox = format!("{}/inbox", a.url);
    for (n, target) in [format!("{}/actor", a.url), network["url"].as_str().unwrap().to_owned()].iter().enumerate() {
        let follow = json!({
            "@context": "https://www.w3.org/ns/activitystreams", "type": "Follow",
            "id": format!("{}/activities/follow-{n}", fan.base), "actor": fan.id, "object": target
        });
        let (status, body) = fan.post(&a.client, &inbox, &follow).unwrap();
        assert!((200..300).contains(&status), "{status}: {body}");
    }
    wait_for("two Accepts at the fan's inbox", PATIENCE, || Ok(fan.received().iter().filter(|a| a["type"] == "Accept").count() == 2)).unwrap();

    let material = a.publish(&teacher, "Nepnieuws herkennen").unwrap();
    let id = material["id"].as_str().unwrap();
    let (status, _) = a.send(Method::POST, &format!("/materials/{id}/networks"), &teacher, &json!({ "network": "burgerschap" })).unwrap();
    assert_eq!(status, 200);
    let object_url = format!("{}/materials/{id}", a.url);
    let announced_by =
        |actor: &str| fan.received().into_iter().find(|x| x["type"] == "Announce" && x["actor"] == actor && mastodon_id(&x["object"]) == object_url);
    for actor in [format!("{}/actor", a.url), network["url"].as_str().unwrap().to_owned()] {
        wait_for(&format!("the Announce by {actor}"), PATIENCE, || Ok(announced_by(&actor).is_some())).unwrap();
        let announce = announced_by(&actor).unwrap();
        assert!(announce["to"].to_string().contains("https://www.w3.org/ns/activitystreams#Public"), "public, so shown: {announce}");
        // Mastodon fetches the announced object from its origin, as ActivityPub JSON.
        let object: Value = a.client.get(&object_url).header("Accept", "application/activity+json").send().unwrap().json().unwrap();
        let text = mastodon_text(&object).unwrap_or_else(|| panic!("Mastodon would show nothing for {object}"));
        assert!(text.contains("<h2>Nepnieuws herkennen</h2>"), "{text}");
        assert!(text.contains("Samenvatting van Nepnieuws herkennen"), "{text}");
        assert!(text.ends_with(&object_url), "{text}");
        // The author and the announcer resolve to actors with keys, as Mastodon requires.
        for url in [object["attributedTo"].as_str().unwrap(), actor.as_str()] {
            let doc: Value = a.client.get(url).header("Accept", "application/activity+json").send().unwrap().json().unwrap();
            assert!(doc["preferredUsername"].is_string() && doc["inbox"].is_string() && doc["publicKey"]["publicKeyPem"].is_string(), "{doc}");
            assert!(doc["endpoints"]["sharedInbox"].is_string() && doc["outbox"].is_string() && doc["followers"].is_string(), "{doc}");
        }
        // And the link opens a page for people.
        let page = a.client.get(&object_url).header("Accept", "text/html").send().unwrap();
        assert_eq!(page.status(), 200);
        assert!(page.text().unwrap().contains("Nepnieuws herkennen"));
    }
}

/// The id of an embedded object or an object named by its URL.
fn mastodon_id(object: &Value) -> String {
    object.as_str().map(str::to_owned).or_else(|| object["id"].as_str().map(str::to_owned)).unwrap_or_default()
}

/// GETs `url` as ActivityPub JSON with the given headers; returns the status.
fn ap_get(node: &Node, url: &str, headers: &[(&'static str, String)]) -> u16 {
    let mut request = node.client.get(url).header("Accept", "application/activity+json");
    for (name, value) in headers {
        request = request.header(*name, value);
    }
    request.send().unwrap().status().as_u16()
}

#[test]
fn fetches_follow_the_policy_and_actors_carry_an_icon() {
    let a = Node::start("a", Backend::Sqlite).unwrap();
    let (admin, teacher) = (a.account_with_role("beheer", "admin").unwrap(), a.account("teacher1").unwrap());
    let material = a.publish(&teacher, "Les om op te halen").unwrap();
    let object = format!("{}/materials/{}", a.url, material["id"].as_str().unwrap());
    let mallory = SigningActor::start("mallory").unwrap();
    let signed = mallory.signed_get_headers(&object).unwrap();

    // Open: anyone reads; the node actor has a raster icon that is served.
    assert_eq!(ap_get(&a, &object, &[]), 200);
    assert_eq!(ap_get(&a, &object, &signed), 200);
    let actor: Value = a.client.get(format!("{}/actor", a.url)).header("Accept", "application/activity+json").send().unwrap().json().unwrap();
    assert_eq!(actor["icon"]["type"], "Image", "{actor}");
    let icon = a.client.get(actor["icon"]["url"].as_str().unwrap()).send().unwrap();
    assert_eq!((icon.status().as_u16(), icon.headers()["content-type"].to_str().unwrap().to_owned()), (200, "image/png".to_owned()));
    assert!(icon.bytes().unwrap().starts_with(b"\x89PNG"));

    // Blocklist: a fetch signed by a blocked instance gets nothing; an unsigned one names nobody.
    set_policy(&a, &admin, "blocklist", &[mallory.host()]);
    assert_eq!(ap_get(&a, &object, &mallory.signed_get_headers(&object).unwrap()), 403);
    assert_eq!(ap_get(&a, &format!("{}/users/teacher1/outbox", a.url), &mallory.signed_get_headers(&format!("{}/users/teacher1/outbox", a.url)).unwrap()), 403);
    assert_eq!(ap_get(&a, &object, &[]), 200);

    // Allowlist without mallory: unsigned fetches need a signature, mallory's is refused; the
    // node actor (its key) stays readable so allowed peers can verify our signed fetches.
    set_policy(&a, &admin, "allowlist", &["partner.example".to_owned()]);
    assert_eq!(ap_get(&a, &object, &[]), 401);
    assert_eq!(ap_get(&a, &object, &mallory.signed_get_headers(&object).unwrap()), 403);
    assert_eq!(ap_get(&a, &format!("{}/actor", a.url), &[]), 200);

    // Allowlist with mallory: a verified signature reads; the same headers on another URL
    // (a signature that does not verify) do not.
    set_policy(&a, &admin, "allowlist", &[mallory.host()]);
    assert_eq!(ap_get(&a, &object, &mallory.signed_get_headers(&object).unwrap()), 200);
    let outbox = format!("{}/users/teacher1/outbox", a.url);
    assert_eq!(ap_get(&a, &outbox, &mallory.signed_get_headers(&object).unwrap()), 401);
    assert_eq!(ap_get(&a, &outbox, &mallory.signed_get_headers(&outbox).unwrap()), 200);
}

#[test]
fn the_federation_policy_can_come_from_the_configuration() {
    let a = Node::start_with_env(
        "a",
        Backend::Sqlite,
        &[("DEELWIJS_FEDERATION_MODE", "allowlist"), ("DEELWIJS_FEDERATION_INSTANCES", "school.example.be, localhost:1")],
    )
    .unwrap();
    let admin = a.account_with_role("beheer", "admin").unwrap();
    let (status, policy) = a.get("/admin/federation", Some(&admin)).unwrap();
    assert_eq!(status, 200, "{policy}");
    assert_eq!((policy["mode"].as_str(), policy["instances"].clone()), (Some("allowlist"), json!(["school.example.be", "localhost:1"])));
}

#[test]
fn a_declined_join_request_is_answered_with_reject() {
    let a = Node::start("a", Backend::Sqlite).unwrap();
    let coordinator = a.account("coordinator").unwrap();
    let (status, network) =
        a.send(Method::POST, "/networks", &coordinator, &json!({ "name": "netwerk", "title": "Netwerk", "join_mode": "approval" })).unwrap();
    assert_eq!(status, 201, "{network}");
    let group_url = network["url"].as_str().unwrap().to_owned();
    let mallory = SigningActor::start("mallory").unwrap();
    let join = json!({
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "Join",
        "id": format!("{}/activities/join-1", mallory.base),
        "actor": mallory.id,
        "object": group_url
    });
    let (status, body) = mallory.post(&a.client, &format!("{}/inbox", a.url), &join).unwrap();
    assert_eq!(status, 202, "{body}");
    let (_, detail) = a.get("/networks/netwerk", Some(&coordinator)).unwrap();
    let request = detail["requests"].as_array().unwrap().iter().find(|r| r["url"] == mallory.id.as_str()).cloned();
    let request = request.unwrap_or_else(|| panic!("the join is a request for the moderators: {detail}"));
    let actor_id = request["actor_id"].as_str().unwrap();
    let (status, body) = a.send(Method::DELETE, &format!("/networks/netwerk/members/{actor_id}"), &coordinator, &json!({})).unwrap();
    assert!(status == 200 || status == 204, "{status}: {body}");
    wait_for("the Reject in mallory's inbox", PATIENCE, || {
        Ok(mallory
            .received()
            .iter()
            .any(|activity| activity["type"] == "Reject" && activity["actor"] == group_url.as_str() && activity["object"]["type"] == "Join"))
    })
    .unwrap();
}

/// Issue 22, findings 1 and 10. The inbox keeps nothing about a sender whose signature fails,
/// takes only ActivityPub JSON, wants an activity's id on its actor's own server (port
/// included) and answers every refusal in the JSON error shape; a remix notice is listed on our
/// material only when the remixer's own server serves the remix and it names our material.
#[test]
fn issue22_inbox_refusals_and_remix_notices_from_strangers() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        inbox_refusals_and_remix_notices(backend);
    }
}

fn inbox_refusals_and_remix_notices(backend: Backend) {
    let a = Node::start("a", backend).unwrap();
    let teacher = a.account("teacher1").unwrap();
    let material = a.publish(&teacher, "Origineel over breuken").unwrap();
    let (material_id, material_url) = (material["id"].as_str().unwrap().to_owned(), material["url"].as_str().unwrap().to_owned());
    let mallory = SigningActor::start("mallory").unwrap();
    let inbox = format!("{}/inbox", a.url);
    let remix = |path: &str, title: &str, based_on: &str| {
        let id = format!("{}{path}", mallory.base);
        json!({
            "type": "Article", "id": id, "url": id, "attributedTo": mallory.id, "name": title,
            "summary": "Een remix", "content": "<p>Tekst</p>", "inLanguage": "nl", "educationalLevel": ["po"],
            "license": "https://creativecommons.org/licenses/by-sa/4.0/", "published": "2026-11-01T10:00:00Z", "isBasedOn": based_on
        })
    };
    let create = |n: u32, object: Value| json!({ "@context": "https://www.w3.org/ns/activitystreams", "type": "Create", "id": format!("{}/activities/{n}", mallory.base), "actor": mallory.id, "object": object });
    let remixes = || a.get(&format!("/materials/{material_id}"), None).unwrap().1["remixes"].clone();
    let error_code = |body: &str| serde_json::from_str::<Value>(body).map(|v| v["error"]["code"].clone()).unwrap_or(Value::Null);

    // Finding 10: a forged signature from a sender we have never seen is refused, and nothing
    // of it is kept: the next request has to fetch its actor again.
    let forger = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
    let forged = create(1, remix("/materials/f", "Vals", &material_url));
    let (status, body) = mallory.post_as(&a.client, &inbox, &forged, "application/activity+json", &forger).unwrap();
    assert_eq!(status, 401, "{body}");
    assert_eq!(error_code(&body), "signature_invalid", "{body}");
    let fetched_once = mallory.actor_fetches();
    assert!(fetched_once >= 1);
    let (status, _) = mallory.post_as(&a.client, &inbox, &forged, "application/activity+json", &forger).unwrap();
    assert_eq!(status, 401);
    assert!(mallory.actor_fetches() > fetched_once, "the forger's actor was not stored");
    // A correctly signed activity, but not sent as ActivityPub JSON: 415.
    let (status, body) = mallory.post_as(&a.client, &inbox, &create(2, remix("/materials/t", "Tekst", &material_url)), "text/plain", mallory.key()).unwrap();
    assert_eq!(status, 415, "{body}");
    assert_eq!(error_code(&body), "expected_activity_json");
    // An activity id on another port of the sender's host is another server.
    let port: u16 = mallory.base.rsplit(':').next().unwrap().parse().unwrap();
    let mut other_port = create(3, remix("/materials/p", "Poort", &material_url));
    other_port["id"] = json!(format!("http://localhost:{}/activities/3", port.wrapping_add(1)));
    let (status, body) = mallory.post(&a.client, &inbox, &other_port).unwrap();
    assert_eq!(status, 400, "{body}");
    assert_eq!(error_code(&body), "invalid_activity");
    // Too large, and too long an address: JSON errors too.
    let response = a.client.post(&inbox).header("Content-Type", "application/activity+json").body("x".repeat(2 * 1024 * 1024)).send().unwrap();
    assert_eq!(response.status().as_u16(), 413);
    assert_eq!(error_code(&response.text().unwrap()), "payload_too_large");
    let response = a.client.get(format!("{}/materials/{}", a.url, "a".repeat(9000))).send().unwrap();
    assert_eq!(response.status().as_u16(), 414);
    assert_eq!(error_code(&response.text().unwrap()), "uri_too_long");

    // Finding 1: a validly signed remix notice from a server nobody here follows, for an object
    // its origin does not serve: accepted, but not listed.
    let (status, body) = mallory.post(&a.client, &inbox, &create(4, remix("/materials/r1", "Niet te zien", &material_url))).unwrap();
    assert!((200..300).contains(&status), "{status}: {body}");
    // Served at its origin, but based on something else there: not listed either.
    mallory.serve("/materials/r2", &remix("/materials/r2", "Ander bron", "https://elders.example/materials/1"));
    let (status, _) = mallory.post(&a.client, &inbox, &create(5, remix("/materials/r2", "Ander bron", &material_url))).unwrap();
    assert!((200..300).contains(&status));
    // A title far over the limit is refused as invalid, whatever the origin says.
    let long = "x".repeat(5000);
    mallory.serve("/materials/r3", &remix("/materials/r3", &long, &material_url));
    let (status, _) = mallory.post(&a.client, &inbox, &create(6, remix("/materials/r3", &long, &material_url))).unwrap();
    assert!((400..500).contains(&status), "{status}");
    assert_eq!(remixes(), json!([]), "no unconfirmed remix is listed");
    // A genuine remix, served by the remixer's own server: listed, with its link on that server.
    let genuine = remix("/materials/r4", "Remix over breuken", &material_url);
    mallory.serve("/materials/r4", &genuine);
    let (status, body) = mallory.post(&a.client, &inbox, &create(7, genuine.clone())).unwrap();
    assert!((200..300).contains(&status), "{status}: {body}");
    let listed = remixes();
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "{listed}");
    assert_eq!(listed[0]["url"], genuine["id"]);
    assert_eq!(listed[0]["title"], "Remix over breuken");
}
