//! Issue 23, open federation: goal-aligned content crosses curricula (foreign goals), plain
//! ActivityStreams from other software gets in, RFC 9421 signatures with a fall-back to
//! draft-cavage, and deliveries a peer refuses wait, visible, for an admin to retry.

use std::time::Duration;

use reqwest::Method;
use serde_json::{json, Value};

use crate::harness::{wait_for, Backend, FedifyPeer, Node, PeerMode, SigningActor};

const PATIENCE: Duration = Duration::from_secs(30);

/// SLO's kerndoelen, as the demo imports them.
fn slo_kerndoelen() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../server/src/demo/slo-kerndoelen-2025-11.case.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A small German primary maths framework written for these tests (its own URIs).
fn testland_framework() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/lehrplan-mathematik-testland.case.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The URI of the goal with this code in a CASE package.
fn goal_uri(package: &Value, code: &str) -> String {
    package["CFItems"].as_array().unwrap().iter().find(|i| i["humanCodingScheme"] == code).unwrap()["uri"].as_str().unwrap().to_owned()
}

fn import(node: &Node, admin: &str, package: &Value) {
    let (status, report) = node.send(Method::POST, "/curricula", admin, package).unwrap();
    assert_eq!(status, 201, "{report}");
}

fn publish_aligned(node: &Node, token: &str, title: &str, language: &str, level: &str, goals: &[&str]) -> Value {
    let body = json!({
        "title": title, "summary": format!("Over {title}"), "body": format!("# {title}\n\nBreuken, Brüche."),
        "language": language, "license": "CC-BY-4.0", "education_levels": [level], "status": "published",
        "goals": goals.iter().map(|g| json!({ "uri": g, "alignment_type": "teaches" })).collect::<Vec<_>>(),
    });
    let (status, material) = node.send(Method::POST, "/materials", token, &body).unwrap();
    assert_eq!(status, 201, "{material}");
    material
}

fn timeline_item(node: &Node, title: &str) -> Option<Value> {
    node.timeline().unwrap().into_iter().find(|m| m["title"] == title)
}

fn search_titles(node: &Node, query: &str) -> Vec<String> {
    let (status, body) = node.get(&format!("/search?{query}"), None).unwrap();
    assert_eq!(status, 200, "{body}");
    body["hits"].as_array().unwrap().iter().filter_map(|h| h["title"].as_str().map(str::to_owned)).collect()
}

fn encode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

#[test]
fn issue23_goal_aligned_content_crosses_curricula() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        goal_aligned_content_crosses_curricula(backend);
    }
}

fn goal_aligned_content_crosses_curricula(backend: Backend) {
    let nl = Node::start("nl", backend).unwrap();
    let de = Node::start("de", backend).unwrap();
    let (nl_admin, de_admin) = (nl.account_with_role("beheer", "admin").unwrap(), de.account_with_role("verwaltung", "admin").unwrap());
    let (slo, testland) = (slo_kerndoelen(), testland_framework());
    import(&nl, &nl_admin, &slo);
    import(&de, &de_admin, &testland);
    let (kerndoel_26, brueche) = (goal_uri(&slo, "PO Kerndoel 26"), goal_uri(&testland, "M-ZO-4"));
    let (juf, lehrerin) = (nl.account("juf").unwrap(), de.account("lehrerin").unwrap());
    nl.follow(&juf, &format!("@materialen@{}", de.host())).unwrap();
    de.follow(&lehrerin, &format!("@materialen@{}", nl.host())).unwrap();

    // Each side aligns to its own framework only; one item has no goal at all.
    publish_aligned(&nl, &juf, "Breuken op de getallenlijn", "nl", "po", &[&kerndoel_26]);
    publish_aligned(&nl, &juf, "Pizza verdelen", "nl", "po", &[&kerndoel_26, &goal_uri(&slo, "PO Kerndoel 23")]);
    publish_aligned(&nl, &juf, "Verhalen schrijven", "nl", "po", &[]);
    publish_aligned(&de, &lehrerin, "Brüche am Zahlenstrahl", "de", "po", &[&brueche]);
    publish_aligned(&de, &lehrerin, "Symmetrie im Schulhof", "de", "po", &[&goal_uri(&testland, "M-RF-2")]);

    // Every public item arrives both ways: nothing is refused for a goal the receiver lacks.
    wait_for("the partner to hold all three Dutch items", PATIENCE, || Ok(de.timeline()?.len() == 3)).unwrap();
    wait_for("the Dutch node to hold both German items", PATIENCE, || Ok(nl.timeline()?.len() == 2)).unwrap();
    nl.wait_for_deliveries(&nl_admin).unwrap();
    de.wait_for_deliveries(&de_admin).unwrap();
    let (_, status) = nl.get("/admin/federation", Some(&nl_admin)).unwrap();
    assert_eq!(status["deliveries"]["refused"], 0, "{status}");
    let partner = status["deliveries"]["instances"].as_array().unwrap().iter().find(|i| i["host"] == de.host()).cloned().unwrap_or_default();
    assert_eq!(partner["signature_scheme"], "rfc9421", "Deelwijs nodes sign with RFC 9421 first: {status}");

    // What travels describes each goal completely (LRMI AlignmentObject).
    let copy = timeline_item(&de, "Breuken op de getallenlijn").unwrap();
    let ap: Value = nl.client.get(copy["original_url"].as_str().unwrap()).header("Accept", "application/activity+json").send().unwrap().json().unwrap();
    let alignment = &ap["educationalAlignment"][0];
    assert_eq!(alignment["targetUrl"], kerndoel_26.as_str(), "{ap}");
    assert!(alignment["targetName"].as_str().unwrap().starts_with("PO Kerndoel 26 "), "{alignment}");
    assert!(alignment["targetDescription"].as_str().unwrap().contains("breuken"), "{alignment}");
    assert_eq!(alignment["educationalFramework"], slo["CFDocument"]["title"], "{alignment}");
    assert_eq!(alignment["educationalFrameworkUrl"], slo["CFDocument"]["uri"], "{alignment}");

    // The partner keeps the Dutch goal as a foreign goal: statement, code, framework, origin.
    let (status, goal) = de.get(&format!("/goals/{}", encode(&kerndoel_26)), None).unwrap();
    assert_eq!(status, 200, "{goal}");
    assert_eq!(goal["human_coding_scheme"], "PO Kerndoel 26", "{goal}");
    assert_eq!(goal["foreign"], true, "{goal}");
    assert!(goal["full_statement"].as_str().unwrap().contains("breuken"), "{goal}");
    let (_, frameworks) = de.get("/curricula", None).unwrap();
    let foreign = frameworks["items"].as_array().unwrap().iter().find(|f| f["origin"] == nl.host()).cloned().unwrap_or_default();
    assert_eq!(foreign["title"], slo["CFDocument"]["title"], "{frameworks}");

    // Foreign goals filter like local ones, both ways (once the index has caught up).
    let finds = |node: &Node, goal: &str, expected: &[&str]| {
        let query = format!("goal={}", encode(goal));
        wait_for(&format!("{} to find {expected:?} under {goal}", node.name), PATIENCE, || {
            let mut found = search_titles(node, &query);
            found.sort();
            Ok(found == expected)
        })
        .unwrap_or_else(|e| panic!("{e}: {:?}", search_titles(node, &query)));
    };
    finds(&de, &kerndoel_26, &["Breuken op de getallenlijn", "Pizza verdelen"]);
    finds(&nl, &brueche, &["Brüche am Zahlenstrahl"]);
    // A goal of the partner's own framework finds its own content below it.
    finds(&de, &goal_uri(&testland, "M-ZO"), &["Brüche am Zahlenstrahl"]);
    // Goals are a facet, foreign and local alike: counted by URI (what `goal=<uri>` finds), and
    // on the page named with their framework and linked to the filter.
    let goal_facet = |node: &Node| {
        let (status, body) = node.get("/search", None).unwrap();
        assert_eq!(status, 200, "{body}");
        body["facets"]["goal"].clone()
    };
    let facet = goal_facet(&de);
    assert_eq!(
        (&facet[kerndoel_26.as_str()], &facet[brueche.as_str()], &facet[goal_uri(&testland, "M-ZO").as_str()]),
        (&json!(2), &json!(1), &json!(1)),
        "{facet}"
    );
    let search_page = de.client.get(format!("{}/search", de.url)).send().unwrap().text().unwrap();
    assert!(search_page.contains(&format!("goal={}", encode(&kerndoel_26))), "the facet links to the goal filter");
    let framework = format!("({}, {})", slo["CFDocument"]["title"].as_str().unwrap(), nl.host());
    assert!(search_page.contains(&framework), "and names the foreign goal's framework and where it was described");

    // A crosswalk (a CASE package of associations only) says the German goal is the Dutch
    // kerndoel: filtering on the kerndoel now finds the partner's material, and the kerndoel's
    // page says through which match.
    finds(&nl, &kerndoel_26, &["Breuken op de getallenlijn", "Pizza verdelen"]);
    let crosswalk: Value =
        serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/crosswalk-slo-testland.case.json")).unwrap()).unwrap();
    let (status, report) = nl.send(Method::POST, "/curricula", &nl_admin, &crosswalk).unwrap();
    assert_eq!(status, 201, "{report}");
    assert_eq!(report["matches"], 2, "{report}");
    finds(&nl, &kerndoel_26, &["Breuken op de getallenlijn", "Brüche am Zahlenstrahl", "Pizza verdelen"]);
    assert_eq!(goal_facet(&nl)[kerndoel_26.as_str()], 3, "the facet counts through the match too");
    let (_, kerndoel) = nl.get(&format!("/goals/{}", encode(&kerndoel_26)), None).unwrap();
    let kerndoel_page = nl.client.get(format!("{}/goals/{}", nl.url, kerndoel["id"].as_str().unwrap())).send().unwrap().text().unwrap();
    assert!(kerndoel_page.contains("Komt overeen met") && kerndoel_page.contains("M-ZO-4"), "the page names the match");
    assert!(kerndoel_page.contains("Brüche am Zahlenstrahl"), "and lists the partner's material");
    // Re-importing the crosswalk states the same matches again, once.
    let (_, report) = nl.send(Method::POST, "/curricula", &nl_admin, &crosswalk).unwrap();
    assert_eq!(report["matches"], 2, "{report}");

    // The material page shows the foreign goal with its statement and framework, linked to
    // where it is defined.
    let page = de.client.get(format!("{}/materials/{}", de.url, copy["id"].as_str().unwrap())).send().unwrap().text().unwrap();
    assert!(page.contains("PO Kerndoel 26"), "the goal's code is shown");
    assert!(page.contains(&format!("href=\"{kerndoel_26}\"")), "linked to where it is defined");
    assert!(page.contains(slo["CFDocument"]["title"].as_str().unwrap()), "the framework is named");

    // Importing the framework later adopts the foreign goal in place: the alignment stays.
    import(&de, &de_admin, &slo);
    let (_, goal) = de.get(&format!("/goals/{}", encode(&kerndoel_26)), None).unwrap();
    assert_eq!(goal["foreign"], false, "{goal}");
    let (_, frameworks) = de.get("/curricula", None).unwrap();
    assert!(frameworks["items"].as_array().unwrap().iter().all(|f| f["origin"].is_null()), "the emptied foreign framework is no longer listed: {frameworks}");
    finds(&de, &kerndoel_26, &["Breuken op de getallenlijn", "Pizza verdelen"]);
    // Its goal page lists the Dutch node's content aligned to it, and answers JSON clients
    // with the same description the content carried.
    let goal_page = de.client.get(format!("{}/goals/{}", de.url, goal["id"].as_str().unwrap())).send().unwrap().text().unwrap();
    assert!(goal_page.contains("Breuken op de getallenlijn") && goal_page.contains("Pizza verdelen"), "remote content under the goal");
    let document: Value =
        de.client.get(format!("{}/goals/{}", de.url, goal["id"].as_str().unwrap())).header("Accept", "application/ld+json").send().unwrap().json().unwrap();
    assert_eq!(document["@id"], kerndoel_26.as_str(), "{document}");
    assert_eq!(document["termCode"], "PO Kerndoel 26", "{document}");
    assert_eq!(document["inDefinedTermSet"]["name"], slo["CFDocument"]["title"], "{document}");
}

/// A peer (not Deelwijs) that a teacher here follows: its follow is accepted by hand.
fn followed_peer(node: &Node, token: &str, name: &str) -> SigningActor {
    let peer = SigningActor::start(name).unwrap();
    let (status, follow) = node.send(Method::POST, "/follows", token, &json!({ "target": peer.id })).unwrap();
    assert_eq!(status, 201, "{follow}");
    wait_for("the Follow to reach the peer", PATIENCE, || Ok(peer.received().iter().any(|a| a["type"] == "Follow"))).unwrap();
    let follow = peer.received().into_iter().find(|a| a["type"] == "Follow").unwrap();
    let accept = json!({
        "@context": "https://www.w3.org/ns/activitystreams", "type": "Accept", "id": format!("{}/activities/accept", peer.base),
        "actor": peer.id, "object": follow,
    });
    let (status, body) = peer.post(&node.client, &format!("{}/inbox", node.url), &accept).unwrap();
    assert!((200..300).contains(&status), "{status}: {body}");
    peer
}

#[test]
fn issue23_plain_activitystreams_from_other_software() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        plain_activitystreams(backend);
    }
}

fn plain_activitystreams(backend: Backend) {
    let node = Node::start("a", backend).unwrap();
    let teacher = node.account("teacher1").unwrap();
    let peer = followed_peer(&node, &teacher, "blogger");
    let inbox = format!("{}/inbox", node.url);
    let create = |n: u32, object: Value| {
        json!({ "@context": "https://www.w3.org/ns/activitystreams", "type": "Create", "id": format!("{}/activities/{n}", peer.base), "actor": peer.id,
                "to": ["https://www.w3.org/ns/activitystreams#Public"], "object": object })
    };
    let object = |path: &str, kind: &str, extra: Value| {
        let mut value = json!({ "type": kind, "id": format!("{}{path}", peer.base), "attributedTo": peer.id, "published": "2026-12-01T09:00:00Z",
                                "to": ["https://www.w3.org/ns/activitystreams#Public"] });
        value.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        value
    };

    // A plain Article: no learning metadata, the language only in contentMap, hashtags.
    let article = object(
        "/articles/1",
        "Article",
        json!({
            "name": "Fractions with paper strips", "summary": "<p>A lesson idea</p>",
            "contentMap": { "en": "<p>Fold a paper strip in halves, quarters and eighths.</p><p><img src=\"https://tracker.example/p.gif\" alt=\"pixel\"></p>" },
            "tag": [{ "type": "Hashtag", "name": "#fractions", "href": "https://blog.example/tags/fractions" }]
        }),
    );
    let (status, body) = peer.post(&node.client, &inbox, &create(1, article)).unwrap();
    assert!((200..300).contains(&status), "a plain Article is accepted: {status} {body}");
    wait_for("the article on the timeline", PATIENCE, || Ok(timeline_item(&node, "Fractions with paper strips").is_some()))
        .unwrap_or_else(|e| panic!("{e}\n{}", node.log()));
    let item = timeline_item(&node, "Fractions with paper strips").unwrap();
    assert_eq!(item["language"], "en", "{item}");
    assert_eq!(item["license"], "NOASSERTION", "no licence claimed that the source did not give: {item}");
    assert_eq!(item["education_levels"], json!([]), "{item}");
    assert_eq!(item["keywords"], json!(["fractions"]), "{item}");
    let page = node.client.get(format!("{}/materials/{}", node.url, item["id"].as_str().unwrap())).send().unwrap().text().unwrap();
    assert!(page.contains("De bron noemt geen licentie"), "the page says the licence is unknown");
    // Issue 22, finding 14: a third-party image in what another server sends loads nothing
    // here, on the page or in the API.
    let (_, stored) = node.get(&format!("/materials/{}", item["id"].as_str().unwrap()), None).unwrap();
    let html = stored["body_html"].as_str().unwrap();
    assert!(html.contains("Fold a paper strip"), "{html}");
    for shown in [html, page.as_str()] {
        assert!(!shown.contains("src=\"https://tracker.example"), "no third-party image: {shown}");
    }

    // A Note is accepted and ignored: it is not learning material.
    let note = object("/notes/1", "Note", json!({ "content": "<p>Hello from the fediverse</p>" }));
    let (status, body) = peer.post(&node.client, &inbox, &create(2, note)).unwrap();
    assert!((200..300).contains(&status), "a Note is accepted: {status} {body}");
    assert!(node.log().contains("accepted and ignored"), "and the node says why");
    assert_eq!(node.timeline().unwrap().len(), 1, "but not shown as material");

    // A review from other software: a Note replying to our material with a schema.org rating
    // (no Deelwijs source text) is counted; one with a rating out of 10 is refused.
    let material = node.publish(&teacher, "Breuken voor de blogger").unwrap();
    let review = |path: &str, rating: Value, best: u32| {
        object(
            path,
            "Note",
            json!({ "inReplyTo": material["url"], "content": "<p>⭐ Great <b>lesson</b></p>",
                                     "reviewRating": { "type": "Rating", "ratingValue": rating, "bestRating": best } }),
        )
    };
    let (status, body) = peer.post(&node.client, &inbox, &create(4, review("/notes/review", json!(5), 5))).unwrap();
    assert!((200..300).contains(&status), "{status}: {body}");
    let reviews_path = format!("/materials/{}/reviews", material["id"].as_str().unwrap());
    let (_, reviews) = node.get(&reviews_path, None).unwrap();
    assert_eq!(reviews["summary"]["count"], 1, "{reviews}");
    assert_eq!(
        (reviews["items"][0]["text"].as_str(), reviews["items"][0]["node"].as_str()),
        (Some("⭐ Great lesson"), Some(peer.host().as_str())),
        "{reviews}"
    );
    let (status, body) = peer.post(&node.client, &inbox, &create(5, review("/notes/review-2", json!(8), 10))).unwrap();
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("invalid_activity") && body.contains("out of 5"), "{body}");
    assert_eq!(node.get(&reviews_path, None).unwrap().1["summary"]["count"], 1);

    // What is wrong is refused with 4xx, with `fields`, and logged with the activity and sender.
    let too_long = object("/articles/2", "Article", json!({ "name": "x".repeat(5_000), "content": "<p>x</p>" }));
    let (status, body) = peer.post(&node.client, &inbox, &create(3, too_long)).unwrap();
    assert_eq!(status, 422, "{body}");
    let error: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(error["error"]["fields"]["title"]["code"], "too_long", "{body}");
    let log = node.log();
    let line = log.lines().find(|l| l.contains("inbound activity refused") && l.contains(&format!("{}/activities/3", peer.base))).unwrap_or_default();
    assert!(line.contains(&peer.id) && line.contains("title: too_long"), "logged with sender and reason: {line}");

    // Issue 22, finding 12: a line break in what a sender controls (here the activity id, which
    // the refusal logs) cannot forge a log line: the id shows only inside the refusal's own line.
    let forged = "2026-01-01T00:00:00.000000Z  INFO deelwijs: admin signed in";
    let mut forging = create(6, object("/articles/3", "Article", json!({ "name": "x".repeat(5_000), "content": "<p>x</p>" })));
    forging["id"] = json!(format!("{}/activities/6\n{forged}", peer.base));
    let (status, body) = peer.post(&node.client, &inbox, &forging).unwrap();
    assert!((400..500).contains(&status), "{status}: {body}");
    let log = node.log();
    assert!(!log.lines().any(|line| line.starts_with(forged)), "a forged line in the log:\n{log}");
    let line = log.lines().find(|l| l.contains("inbound activity refused") && l.contains("/activities/6")).unwrap_or_default();
    assert!(line.contains(&peer.id) && line.contains("admin"), "the refusal is logged, the forged text inside its line: {line}");
}

#[test]
fn issue23_refused_deliveries_wait_for_an_admin_and_signatures_double_knock() {
    let node = Node::start("a", Backend::Sqlite).unwrap();
    let admin = node.account_with_role("beheer", "admin").unwrap();
    let teacher = node.account("teacher1").unwrap();
    let peer = SigningActor::start("oldserver").unwrap();
    let inbox = format!("{}/inbox", node.url);

    // A follower that speaks only draft-cavage: our Accept knocks with RFC 9421, gets 401,
    // and is delivered with draft-cavage; the next delivery goes straight to draft-cavage.
    peer.set_mode(PeerMode::CavageOnly);
    let user = format!("{}/users/teacher1", node.url);
    let follow = json!({ "@context": "https://www.w3.org/ns/activitystreams", "type": "Follow", "id": format!("{}/activities/follow", peer.base), "actor": peer.id, "object": user });
    let (status, body) = peer.post(&node.client, &inbox, &follow).unwrap();
    assert!((200..300).contains(&status), "{status}: {body}");
    wait_for("the Accept to arrive", PATIENCE, || Ok(peer.received().iter().any(|a| a["type"] == "Accept"))).unwrap();
    assert_eq!(peer.schemes(), vec!["rfc9421", "cavage"], "double knocking");
    node.publish(&teacher, "Eerste les").unwrap();
    wait_for("the Create to arrive", PATIENCE, || Ok(peer.received().iter().any(|a| a["type"] == "Create"))).unwrap();
    assert_eq!(peer.schemes(), vec!["rfc9421", "cavage", "cavage"], "the instance's scheme is remembered");

    // The peer now refuses everything with 422: kept as refused, with its answer, not retried.
    peer.set_mode(PeerMode::Refuse(422, r#"{"error":"unsupported object"}"#.to_owned()));
    node.publish(&teacher, "Tweede les").unwrap();
    node.publish(&teacher, "Derde les").unwrap();
    let refused = || -> Value {
        let (_, status) = node.get("/admin/federation", Some(&admin)).unwrap();
        status["deliveries"]["instances"].as_array().unwrap().iter().find(|i| i["host"] == peer.host()).map(|i| i["refused"].clone()).unwrap_or(json!([]))
    };
    wait_for("both deliveries to be refused", PATIENCE, || Ok(refused().as_array().map(Vec::len) == Some(2))).unwrap();
    let first = &refused()[0];
    assert_eq!(first["status"], 422, "{first}");
    assert_eq!(first["type"], "Create", "{first}");
    assert!(first["answer"].as_str().unwrap().contains("unsupported object"), "{first}");
    node.wait_for_deliveries(&admin).unwrap();
    let posts_while_refusing = peer.schemes().len();
    // The admin page shows them, with a way to retry.
    let cookie_page = node.client.get(format!("{}/admin", node.url)).bearer_auth(&admin).send().unwrap();
    assert!(cookie_page.status().is_success() || cookie_page.status().is_redirection());

    // Fixed at the peer; an admin retries: both arrive, and nothing stays refused.
    peer.set_mode(PeerMode::Accept);
    let (status, body) = node.send(Method::POST, "/admin/federation/retry", &admin, &json!({ "host": peer.host() })).unwrap();
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["retried"], 2, "{body}");
    wait_for("the refused Creates to arrive", PATIENCE, || {
        let titles: Vec<Value> = peer.received().iter().filter(|a| a["type"] == "Create").map(|a| a["object"]["name"].clone()).collect();
        Ok(titles.contains(&json!("Tweede les")) && titles.contains(&json!("Derde les")))
    })
    .unwrap();
    assert!(peer.schemes().len() >= posts_while_refusing + 2);
    wait_for("nothing refused any more", PATIENCE, || Ok(refused() == json!([]))).unwrap();
    // Someone else may not retry.
    let (status, _) = node.send(Method::POST, "/admin/federation/retry", &teacher, &json!({ "host": peer.host() })).unwrap();
    assert_eq!(status, 403);

    // The blocklist reads the key id of an RFC 9421 signed fetch as it does draft-cavage's.
    let material = node.publish(&teacher, "Vierde les").unwrap();
    let url = material["url"].as_str().unwrap().to_owned();
    let (status, body) = node.send(Method::PUT, "/admin/federation", &admin, &json!({ "mode": "blocklist", "instances": [peer.host()] })).unwrap();
    assert_eq!(status, 200, "{body}");
    let created = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let fetch = |headers: &[(&str, String)]| {
        let mut request = node.client.get(&url).header("Accept", "application/activity+json");
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        request.send().unwrap().status().as_u16()
    };
    let rfc9421 = [
        ("Signature-Input", format!(r#"sig1=("@method" "@target-uri");created={created};keyid="{}#main-key""#, peer.id)),
        ("Signature", "sig1=:Zm9yZ2Vk:".to_owned()),
    ];
    assert_eq!(fetch(&rfc9421), 403, "a blocked instance's RFC 9421 key id");
    assert_eq!(fetch(&peer.signed_get_headers(&url).unwrap()), 403, "a blocked instance's draft-cavage key id");
    assert_eq!(fetch(&[]), 200, "an unsigned fetch names nobody");
}

#[test]
fn issue23_an_independent_activitypub_implementation_fedify() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        with_fedify(backend);
    }
}

fn with_fedify(backend: Backend) {
    let node = Node::start("a", backend).unwrap();
    let teacher = node.account("teacher1").unwrap();
    let peer = FedifyPeer::start().unwrap();
    let fail = |what: &str, e: anyhow::Error| -> ! { panic!("{what}: {e}\n--- node ---\n{}\n--- peer ---\n{}", node.log(), peer.log()) };
    let (status, network) = node
        .send(Method::POST, "/networks", &teacher, &json!({ "name": "rekenen", "title": "Rekenen", "summary": "Rekendidactiek", "join_mode": "open" }))
        .unwrap();
    assert_eq!(status, 201, "{network}");
    let (user, group) = (format!("{}/users/teacher1", node.url), format!("{}/groups/rekenen", node.url));

    // Fedify follows a Deelwijs account and a network; both accept (verified by Fedify).
    for target in [&user, &group] {
        peer.post("follow", &json!({ "target": target })).unwrap_or_else(|e| fail("follow", e));
    }
    wait_for("both Accepts at the peer", PATIENCE, || Ok(peer.received("Accept").len() == 2)).unwrap_or_else(|e| fail("accepts", e));
    // Create, Update, Announce (the network passes on a member's post) and Delete arrive and verify.
    let material = node.publish(&teacher, "Breuken met Fedify").unwrap();
    let id = material["id"].as_str().unwrap();
    let (status, body) = node.send(Method::PATCH, &format!("/materials/{id}"), &teacher, &json!({ "summary": "Bijgewerkt" })).unwrap();
    assert_eq!(status, 200, "{body}");
    let (status, body) = node.send(Method::POST, &format!("/materials/{id}/networks"), &teacher, &json!({ "network": "rekenen" })).unwrap();
    assert!((200..300).contains(&status), "{body}");
    wait_for("Create, Update and Announce at the peer", PATIENCE, || {
        Ok(!peer.received("Create").is_empty() && !peer.received("Update").is_empty() && !peer.received("Announce").is_empty())
    })
    .unwrap_or_else(|e| fail("create/update/announce", e));
    let (status, _) = node.send(Method::DELETE, &format!("/materials/{id}"), &teacher, &json!({})).unwrap();
    assert_eq!(status, 204);
    wait_for("the Delete at the peer", PATIENCE, || Ok(!peer.received("Delete").is_empty())).unwrap_or_else(|e| fail("delete", e));
    let received = peer.get("received").unwrap();
    let announce = received.as_array().unwrap().iter().find(|a| a["type"] == "Announce").unwrap();
    assert_eq!(announce["actor"], group.as_str(), "{announce}");
    // Deelwijs signs RFC 9421 first, and Fedify (which verifies it) accepted that.
    assert!(received.as_array().unwrap().iter().all(|a| a["scheme"] == "rfc9421"), "{received}");

    // A teacher's review is a Note replying to the material, which Fedify reads as one.
    let reviewed = node.publish(&teacher, "Breuken om te beoordelen").unwrap();
    let reviewer = node.account("reviewer1").unwrap();
    let (status, reviews) = node
        .send(Method::PUT, &format!("/materials/{}/review", reviewed["id"].as_str().unwrap()), &reviewer, &json!({ "rating": 4, "text": "Goed voor groep 6." }))
        .unwrap();
    assert_eq!(status, 200, "{reviews}");
    let note_url = reviews["items"][0]["url"].as_str().unwrap();
    let seen = peer.post("lookup", &json!({ "url": note_url })).unwrap_or_else(|e| fail("look up the review", e));
    assert_eq!(seen["is_note"], true, "{seen}");
    assert_eq!(seen["in_reply_to"], reviewed["url"], "{seen}");
    assert_eq!(seen["attributed_to"], format!("{}/users/reviewer1", node.url), "{seen}");
    assert!(seen["content"].as_str().unwrap().contains("★★★★☆ 4/5") && seen["content"].as_str().unwrap().contains("Goed voor groep 6."), "{seen}");

    // A Deelwijs account follows the Fedify actor and receives its Article; its Note is ignored.
    node.follow(&teacher, &peer.actor).unwrap_or_else(|e| fail("follow the peer", e));
    peer.post(
        "publish",
        &json!({ "type": "Article", "name": "Bruchrechnen mit Papierstreifen", "content": "<p>Falte einen Streifen.</p>",
                 "contentMap": { "de": "<p>Falte einen Streifen.</p>" }, "tags": ["brueche"] }),
    )
    .unwrap_or_else(|e| fail("publish article", e));
    peer.post("publish", &json!({ "type": "Note", "content": "<p>Hallo aus dem Fediverse</p>" })).unwrap_or_else(|e| fail("publish note", e));
    wait_for("the article on the timeline", PATIENCE, || Ok(timeline_item(&node, "Bruchrechnen mit Papierstreifen").is_some()))
        .unwrap_or_else(|e| fail("article", e));
    let item = timeline_item(&node, "Bruchrechnen mit Papierstreifen").unwrap();
    assert_eq!(item["language"], "de", "{item}");
    assert_eq!(item["keywords"], json!(["brueche"]), "{item}");
    assert_eq!(node.timeline().unwrap().len(), 1, "the Note is not material");
    // A help question here is an Article Fedify reads; replies from Fedify, one as `inReplyTo`
    // and one (as Mastodon users do) only linking the question, both appear under it.
    let (status, asked) = node
        .send(
            Method::POST,
            "/questions",
            &teacher,
            &json!({ "title": "Wer hat Erfahrung mit Bruchrechnen und Papierstreifen?", "situation": "Wir suchen Erfahrungen.",
            "help_type": "experience", "education_level": "po", "languages": ["nl", "de"], "language": "de" }),
        )
        .unwrap();
    assert_eq!(status, 201, "{asked}");
    let question_url = asked["url"].as_str().unwrap().to_owned();
    let seen = peer.post("lookup", &json!({ "url": question_url })).unwrap_or_else(|e| fail("look up the question", e));
    assert_eq!((seen["kind"].as_str(), seen["name"].as_str()), (Some("Article"), Some("Wer hat Erfahrung mit Bruchrechnen und Papierstreifen?")), "{seen}");
    peer.post("publish", &json!({ "type": "Note", "content": "<p>Wir arbeiten mit Papierstreifen.</p>", "in_reply_to": question_url }))
        .unwrap_or_else(|e| fail("reply", e));
    peer.post("publish", &json!({ "type": "Note", "content": format!("<p>Siehe auch <a href=\"{question_url}\">{question_url}</a>: Pizza hilft.</p>") }))
        .unwrap_or_else(|e| fail("link", e));
    let question_path = format!("/questions/{}", asked["id"].as_str().unwrap());
    wait_for("both answers under the question", PATIENCE, || Ok(node.get(&question_path, None)?.1["answers"].as_array().is_some_and(|a| a.len() == 2)))
        .unwrap_or_else(|e| fail("answers", e));
    let answers = node.get(&question_path, None).unwrap().1["answers"].clone();
    assert!(answers.as_array().unwrap().iter().all(|a| a["node"] == peer.host().as_str()), "{answers}");
    assert!(answers.to_string().contains("Papierstreifen") && answers.to_string().contains("Pizza hilft"), "{answers}");
    // Matchmaking lists the peer's article on the same subject, with its author to invite; the
    // invitation reaches the peer as a Note mentioning it and linking the question.
    // The article reaches the search index through the index worker, which commits at most once
    // a second while changes stream in, so it may be a moment behind the inbox.
    let is_the_article = |m: &&Value| m["title"] == "Bruchrechnen mit Papierstreifen";
    let matches_path = format!("{question_path}/matches");
    wait_for("the peer's article as a match", PATIENCE, || {
        Ok(node.get(&matches_path, None)?.1["items"].as_array().is_some_and(|items| items.iter().any(|m| is_the_article(&m))))
    })
    .unwrap_or_else(|e| fail("matchmaking", e));
    let (_, matches) = node.get(&matches_path, None).unwrap();
    let found = matches["items"].as_array().unwrap().iter().find(is_the_article).cloned();
    let found = found.unwrap_or_else(|| fail("matchmaking", anyhow::anyhow!("the peer's article is not a match: {matches}")));
    assert_eq!(found["invite"], peer.actor.as_str(), "{found}");
    let node_match = matches["items"].as_array().unwrap().iter().find(|m| m["kind"] == "node").cloned().unwrap_or_default();
    assert_eq!((node_match["node"].as_str(), node_match["reasons"][0]["kind"].as_str()), (Some(peer.host().as_str()), Some("holds")), "{matches}");
    let (status, invited) = node.send(Method::POST, &format!("{question_path}/invitations"), &teacher, &json!({ "invitee": peer.actor })).unwrap();
    assert_eq!(status, 201, "{invited}");
    wait_for("the invitation at the peer", PATIENCE, || {
        Ok(peer.received("Create").iter().any(|a| {
            a["object_type"] == "Note"
                && a["object_mentions"].as_array().is_some_and(|m| m.iter().any(|h| h == peer.actor.as_str()))
                && a["object_content"].as_str().is_some_and(|c| c.contains(&question_url))
        }))
    })
    .unwrap_or_else(|e| fail("invitation", e));

    // Everything the peer sent was signed RFC 9421 first and accepted.
    let outgoing = peer.get("outgoing").unwrap();
    let to_node: Vec<&Value> = outgoing.as_array().unwrap().iter().filter(|r| r["url"].as_str().is_some_and(|u| u.starts_with(&node.url))).collect();
    assert!(!to_node.is_empty());
    assert!(to_node.iter().all(|r| r["scheme"] == "rfc9421" && r["status"].as_u64().is_some_and(|s| (200..300).contains(&s))), "{outgoing}");

    // A forged RFC 9421 signature (another key under the actor's key id) is refused.
    let forged = peer.post("forge", &json!({ "target_inbox": format!("{}/inbox", node.url) })).unwrap();
    assert_eq!(forged["status"], 401, "{forged}");

    // Blocked: the policy reads the instance from the RFC 9421 key id, and refuses with 403.
    let admin = node.account_with_role("beheer", "admin").unwrap();
    let (status, body) = node.send(Method::PUT, "/admin/federation", &admin, &json!({ "mode": "blocklist", "instances": [peer.host()] })).unwrap();
    assert_eq!(status, 200, "{body}");
    let before = outgoing.as_array().unwrap().len();
    let _ = peer.post("publish", &json!({ "type": "Article", "name": "Geblokkeerd", "content": "<p>x</p>" }));
    let outgoing = peer.get("outgoing").unwrap();
    let after: Vec<&Value> = outgoing.as_array().unwrap()[before..].iter().filter(|r| r["url"].as_str().is_some_and(|u| u.starts_with(&node.url))).collect();
    assert!(after.iter().any(|r| r["scheme"] == "rfc9421" && r["status"] == 403), "{outgoing}");
    assert!(timeline_item(&node, "Geblokkeerd").is_none());
}

/// The README's two-node trial: a node with the demo content (SLO kerndoelen imported, goal-aligned
/// materials and case studies in several languages) and a bare node that follows it. Every public
/// item arrives, the goal-aligned ones included, and nothing is refused.
#[test]
fn issue23_the_readme_two_node_trial_delivers_every_public_item() {
    let demo = Node::start_with_env("demo", Backend::Sqlite, &[("DEELWIJS_DEMO", "true")]).unwrap();
    let bare = Node::start("bare", Backend::Sqlite).unwrap();
    let admin = demo.account_with_role("trialadmin", "admin").unwrap();
    let follower = bare.account("volger").unwrap();
    let (_, materials) = demo.get("/materials?per_page=1", None).unwrap();
    let (_, case_studies) = demo.get("/case-studies?per_page=1", None).unwrap();
    let (_, questions) = demo.get("/questions?per_page=1", None).unwrap();
    let (materials, case_studies, questions) =
        (materials["total"].as_u64().unwrap(), case_studies["total"].as_u64().unwrap(), questions["total"].as_u64().unwrap());
    assert!(materials + case_studies >= 40 && questions >= 3, "the demo has its content: {materials} + {case_studies} + {questions}");
    bare.follow(&follower, &format!("@materialen@{}", demo.host())).unwrap();
    let arrived = || -> (u64, u64, u64) {
        let count = |path: &str| bare.get(&format!("{path}?per_page=1"), None).map(|(_, v)| v["total"].as_u64().unwrap_or(0)).unwrap_or(0);
        (count("/timeline"), count("/timeline/case-studies"), count("/questions"))
    };
    wait_for("every public demo item on the follower", Duration::from_secs(60), || Ok(arrived() == (materials, case_studies, questions)))
        .unwrap_or_else(|e| panic!("{e}: {:?} of ({materials}, {case_studies}, {questions})\n{}", arrived(), bare.log()));
    eprintln!("two-node trial: {materials} materials, {case_studies} case studies and {questions} help questions arrived");
    demo.wait_for_deliveries(&admin).unwrap();
    let (_, status) = demo.get("/admin/federation", Some(&admin)).unwrap();
    assert_eq!(status["deliveries"]["refused"], 0, "{status}");
    assert!(!bare.log().contains("inbound activity refused"), "nothing was refused");
}
