//! Search over real HTTP: publish-to-searchable, visibility, stemming, facets equal to the
//! database, goal filters with descendants and replacements, rebuild equals incremental,
//! catching up after a stop, and lenient handling of odd queries.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use deelwijs_server::domain::vocab::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::curricula::shared_package;
use crate::support::{backends, TestNode};

/// Polls the search API until `done` holds, or fails after `timeout`. Returns the last answer.
pub(crate) async fn wait_for_search(node: &TestNode, query: &str, timeout: Duration, done: impl Fn(&Value) -> bool) -> Value {
    let started = Instant::now();
    loop {
        let (status, body) = node.get(&format!("/search?{query}"), None).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        if done(&body) {
            return body;
        }
        assert!(started.elapsed() < timeout, "search ?{query} did not settle within {timeout:?}: {body}");
        actix_web::rt::time::sleep(Duration::from_millis(25)).await;
    }
}

fn ids(body: &Value) -> Vec<String> {
    let mut ids: Vec<String> = body["hits"].as_array().unwrap().iter().map(|h| h["id"].as_str().unwrap().to_owned()).collect();
    ids.sort();
    ids
}

#[actix_web::test]
async fn publish_edit_unpublish_and_delete_show_in_search_within_two_seconds() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("zoeker", Role::Member).await;
        let two_seconds = Duration::from_secs(2);
        let published = node.material(&token, json!({"title": "Breuken met de pizzapan", "summary": "Leerlingen vergelijken breuken."})).await;
        let draft = node.material(&token, json!({"title": "Geheime breuken", "status": "draft"})).await;
        let id = published["id"].as_str().unwrap().to_owned();

        let found = wait_for_search(&node, "q=breuk", two_seconds, |b| b["total"] == 1).await;
        assert_eq!(ids(&found), std::slice::from_ref(&id), "Dutch stemming finds 'breuken' for 'breuk'; drafts are never found");
        let hit = &found["hits"][0];
        assert_eq!(hit["url"], published["url"]);
        assert_eq!(
            (hit["kind"].as_str(), hit["language"].as_str(), hit["license"].as_str(), hit["origin"].as_str()),
            (Some("material"), Some("nl"), Some("CC-BY-4.0"), Some("local"))
        );
        assert!(hit["snippet_html"].as_str().unwrap().contains("<b>"), "{hit}");
        assert!(!ids(&node.get("/search?q=geheime", None).await.1).contains(&draft["id"].as_str().unwrap().to_owned()));

        node.patch(&format!("/materials/{id}"), Some(&token), &json!({"title": "Procenten op de markt", "summary": "Korting berekenen."})).await;
        wait_for_search(&node, "q=procent", two_seconds, |b| b["total"] == 1).await;
        wait_for_search(&node, "q=pizzapan", two_seconds, |b| b["total"] == 0).await;

        node.patch(&format!("/materials/{id}"), Some(&token), &json!({"status": "unlisted"})).await;
        wait_for_search(&node, "q=procent", two_seconds, |b| b["total"] == 0).await;
        node.patch(&format!("/materials/{id}"), Some(&token), &json!({"status": "published"})).await;
        wait_for_search(&node, "q=procent", two_seconds, |b| b["total"] == 1).await;
        assert_eq!(node.delete(&format!("/materials/{id}"), Some(&token)).await, StatusCode::NO_CONTENT);
        wait_for_search(&node, "q=procent", two_seconds, |b| b["total"] == 0).await;

        let case = node.post("/case-studies", Some(&token), &json!({"title": "Samen innoveren met open leermiddelen", "sector": "vo", "language": "nl", "status": "published", "approach": "Een netwerk van docenten."})).await.1;
        let found = wait_for_search(&node, "q=netwerk&kind=case_study", two_seconds, |b| b["total"] == 1).await;
        assert_eq!(found["hits"][0]["url"], case["url"]);
    }
}

#[actix_web::test]
async fn facet_counts_equal_the_database_and_filters_combine() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("facet", Role::Member).await;
        let variants = [
            (json!(["po"]), "CC-BY-4.0", "nl", "lesson_plan"),
            (json!(["po", "so"]), "CC-BY-SA-4.0", "nl", "worksheet"),
            (json!(["vo"]), "CC-BY-4.0", "en", "worksheet"),
            (json!(["vo", "mbo"]), "CC0-1.0", "en", "game"),
            (json!(["po"]), "CC-BY-NC-4.0", "de", "lesson_plan"),
        ];
        for (n, (levels, license, language, kind)) in variants.iter().enumerate() {
            node.material(
                &token,
                json!({"title": format!("Les {n}"), "education_levels": levels, "license": license, "language": language, "resource_type": kind}),
            )
            .await;
        }
        let body = wait_for_search(&node, "per_page=100", Duration::from_secs(5), |b| b["total"] == 5).await;

        // What the database says, through the list API.
        let (_, list) = node.get("/materials?per_page=100", None).await;
        let mut expected: BTreeMap<&str, BTreeMap<String, u64>> = BTreeMap::new();
        for item in list["items"].as_array().unwrap() {
            for level in item["education_levels"].as_array().unwrap() {
                *expected.entry("level").or_default().entry(level.as_str().unwrap().to_owned()).or_default() += 1;
            }
            *expected.entry("license").or_default().entry(item["license"].as_str().unwrap().to_owned()).or_default() += 1;
            *expected.entry("lang").or_default().entry(item["language"].as_str().unwrap().to_owned()).or_default() += 1;
            *expected.entry("resource_type").or_default().entry(item["resource_type"].as_str().unwrap().to_owned()).or_default() += 1;
        }
        for (facet, counts) in &expected {
            let actual: BTreeMap<String, u64> = serde_json::from_value(body["facets"][facet].clone()).unwrap();
            assert_eq!(&actual, counts, "facet {facet}");
        }
        assert_eq!(body["facets"]["kind"]["material"], 5);

        let filtered = node.get("/search?level=po&resource_type=lesson_plan", None).await.1;
        assert_eq!(filtered["total"], 2);
        assert_eq!(filtered["facets"]["lang"], json!({"de": 1, "nl": 1}), "facet counts follow the filters");
        assert_eq!(node.get("/search?level=po&license=CC0-1.0", None).await.1["total"], 0);
    }
}

#[actix_web::test]
async fn goal_filter_includes_descendants_and_replaced_goals() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        let slo = shared_package("slo-kerndoelen-2025-11.case.json");
        node.post("/curricula", Some(&admin), &slo).await;
        let associations = slo["CFAssociations"].as_array().unwrap();
        let replacement = associations.iter().find(|a| a["associationType"] == "replacedBy").unwrap();
        let old_uri = replacement["originNodeURI"]["uri"].as_str().unwrap();
        let new_uri = replacement["destinationNodeURI"]["uri"].as_str().unwrap();
        let parent_uri = associations
            .iter()
            .find(|a| a["associationType"] == "isChildOf" && a["originNodeURI"]["uri"] == new_uri && a["destinationNodeURI"]["uri"] != slo["CFDocument"]["uri"])
            .map(|a| a["destinationNodeURI"]["uri"].as_str().unwrap())
            .unwrap();
        let on_new = node.material(&admin, json!({"title": "Nieuw", "goals": [{"uri": new_uri}]})).await;
        let on_old = node.material(&admin, json!({"title": "Oud", "goals": [{"uri": old_uri}]})).await;
        node.material(&admin, json!({"title": "Zonder doel"})).await;
        wait_for_search(&node, "", Duration::from_secs(5), |b| b["total"] == 3).await;

        let encode = |uri: &str| url::form_urlencoded::byte_serialize(uri.as_bytes()).collect::<String>();
        let mut both = vec![on_new["id"].as_str().unwrap().to_owned(), on_old["id"].as_str().unwrap().to_owned()];
        both.sort();
        assert_eq!(
            ids(&node.get(&format!("/search?goal={}", encode(new_uri)), None).await.1),
            both,
            "the successor finds what was aligned to the goal it replaced"
        );
        assert_eq!(ids(&node.get(&format!("/search?goal={}", encode(parent_uri)), None).await.1), both, "a parent finds what is aligned below it");
        assert_eq!(ids(&node.get(&format!("/search?goal={}", encode(old_uri)), None).await.1), [on_old["id"].as_str().unwrap().to_owned()]);
        assert_eq!(node.get("/search?goal=https%3A%2F%2Fexample.org%2Fnothing", None).await.1["total"], 0);
        // The goal facet counts by URI what each goal's filter finds.
        let facet = node.get("/search", None).await.1["facets"]["goal"].clone();
        assert_eq!((&facet[new_uri], &facet[parent_uri], &facet[old_uri]), (&json!(2), &json!(2), &json!(1)), "{facet}");
        for (uri, count) in facet.as_object().unwrap() {
            assert_eq!(&node.get(&format!("/search?goal={}", encode(uri)), None).await.1["total"], count, "{uri}");
        }
        let hit = &node.get(&format!("/search?goal={}", encode(old_uri)), None).await.1["hits"][0];
        assert_eq!(hit["goals"], json!([old_uri]));
        // A goal's statement is searchable text of the content aligned to it.
        let statement = slo["CFItems"].as_array().unwrap().iter().find(|i| i["uri"] == new_uri).unwrap()["fullStatement"].as_str().unwrap().to_owned();
        let word = statement.split_whitespace().filter(|w| w.len() > 7 && w.chars().all(char::is_alphabetic)).max_by_key(|w| w.len()).unwrap().to_owned();
        assert!(
            ids(&node.get(&format!("/search?q={}", encode(&word)), None).await.1).contains(&on_new["id"].as_str().unwrap().to_owned()),
            "statement word {word:?}"
        );
    }
}

#[actix_web::test]
async fn rebuild_equals_incremental_and_a_stopped_indexer_catches_up() {
    use deelwijs_server::app::{materials, search};
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("bouwer", Role::Member).await;
        for n in 0..12 {
            node.material(&token, json!({"title": format!("Les {n} over water"), "education_levels": [if n % 2 == 0 { "po" } else { "vo" }]})).await;
        }
        let incremental = wait_for_search(&node, "q=water&per_page=100&sort=newest", Duration::from_secs(5), |b| b["total"] == 12).await;
        let index = node.app.search.clone().unwrap();
        let app = node.app.clone();
        let (rebuilt, reported) = actix_web::rt::task::spawn_blocking(move || {
            let reported = std::sync::Mutex::new(Vec::new());
            let rebuilt = search::rebuild(&app, &index, |done, total| reported.lock().unwrap().push((done, total))).unwrap();
            (rebuilt, reported.into_inner().unwrap())
        })
        .await
        .unwrap();
        assert_eq!(rebuilt, 12);
        // Progress only moves forward and ends at the total.
        assert!(reported.windows(2).all(|pair| pair[0].0 <= pair[1].0), "{reported:?}");
        assert_eq!(reported.last(), Some(&(12, 12)));
        let after = node.get("/search?q=water&per_page=100&sort=newest", None).await.1;
        assert_eq!(ids(&after), ids(&incremental));
        assert_eq!(after["facets"], incremental["facets"]);

        // Writes made while no indexer runs (a stopped or crashed node) wait in the queue…
        let offline = deelwijs_server::app::App { search: None, ..node.app.clone() };
        let author = deelwijs_server::app::Actor::from_row(&deelwijs_server::app::accounts::by_username(&offline, "bouwer").await.unwrap());
        let input: deelwijs_server::domain::material::MaterialInput =
            serde_json::from_value(json!({"title": "Later geschreven", "language": "nl", "education_levels": ["po"], "status": "published"})).unwrap();
        let late = materials::create(&offline, &author, input).await.unwrap();
        // …and the running worker catches up with them (it polls even without a wake-up).
        wait_for_search(&node, "q=later", Duration::from_secs(3), |b| ids(b) == [late.id.clone()]).await;
    }
}

#[actix_web::test]
async fn a_full_requeue_names_each_piece_of_content_once() {
    use deelwijs_server::store::queue;
    for backend in backends() {
        // No index worker: the queue keeps what is written to it.
        let node = TestNode::start_without_search(backend).await;
        let token = node.user("herbouwer", Role::Member).await;
        for n in 0..3 {
            node.material(&token, json!({"title": format!("Les {n}")})).await;
        }
        // A fresh index at start-up and `deelwijs reindex` right after both ask for a rebuild;
        // together they must not queue (and index) everything twice.
        for _ in 0..2 {
            assert_eq!(node.app.db.write(|conn| Ok(queue::requeue_all(conn)?)).await.unwrap(), 3);
        }
        let queued = node.app.db.read(|conn| Ok(queue::next_batch(conn, 100)?)).await.unwrap();
        let mut ids: Vec<&str> = queued.iter().map(|(_, _, id)| id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!((queued.len(), ids.len()), (3, 3), "{queued:?}");
    }
}

#[actix_web::test]
async fn odd_queries_answer_sensibly() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("raar", Role::Member).await;
        node.material(&token, json!({"title": "Breuken"})).await;
        wait_for_search(&node, "q=breuken", Duration::from_secs(5), |b| b["total"] == 1).await;
        for query in [
            "q=title:(((",
            "q=%22unclosed",
            "q=nosuchfield:breuken",
            "q=*",
            "q=-",
            "q=AND+OR",
            "page=999999999999",
            "page=-1&per_page=abc",
            "per_page=100000",
            "sort=sideways",
            "level=nonsense",
            "q=%FF",
        ] {
            let response = node.client.get(node.api(&format!("/search?{query}"))).send().await.unwrap();
            assert_eq!(response.status(), StatusCode::OK, "{query}");
            let body: Value = response.json().await.unwrap();
            assert!(body["hits"].is_array() && body["total"].is_u64(), "{query}: {body}");
        }
        // A NUL is refused at the edge, as everywhere (issue 22, finding 4).
        crate::support::check_error(&node.get("/search?q=%00%FF", None).await, StatusCode::BAD_REQUEST, "invalid_characters");
        assert_eq!(node.get("/search?per_page=100000", None).await.1["per_page"], 100);
        assert!(node.get("/search?q=nosuchfield:breuken", None).await.1["total"].as_u64().unwrap() <= 1);
        // A bare prefix finds the word; the answer says how long the search took (W3C Server-Timing).
        let response = node.client.get(node.api("/search?q=breu*")).send().await.unwrap();
        let timing = response.headers().get("server-timing").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        assert!(timing.strip_prefix("search;dur=").is_some_and(|ms| ms.parse::<f64>().is_ok()), "{timing}");
        assert_eq!(response.json::<Value>().await.unwrap()["total"], 1);
    }
}

#[actix_web::test]
async fn the_search_page_works_without_javascript() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("pagina", Role::Member).await;
        node.material(&token, json!({"title": "Breuken met de pizzapan", "education_levels": ["po"]})).await;
        node.material(&token, json!({"title": "Breuken in het mbo", "education_levels": ["mbo"], "language": "nl"})).await;
        wait_for_search(&node, "q=breuk", Duration::from_secs(5), |b| b["total"] == 2).await;
        let html = node.client.get(format!("{}/search?q=breuk", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Breuken met de pizzapan") && html.contains("Breuken in het mbo"));
        assert!(html.contains("<b>Breuken</b>"), "highlighted snippets");
        assert!(html.contains("level=po"), "facet links filter without JavaScript");
        let filtered = node.client.get(format!("{}/search?q=breuk&level=mbo", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(filtered.contains("Breuken in het mbo") && !filtered.contains("Breuken met de pizzapan"));
        let odd = node.client.get(format!("{}/search?q=%22((&page=99999999", node.url)).send().await.unwrap();
        assert_eq!(odd.status(), StatusCode::OK);
    }
}

#[actix_web::test]
async fn case_studies_are_found_by_theme_stage_and_erasmus_action() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("juf", Role::Member).await;
        let cases = [
            ("Leerpleinen", vec!["digital_literacy", "vision"], "pilot", "none"),
            ("Uitwisseling met Gent", vec!["digital_literacy"], "embedded", "ka2_partnership"),
            ("Stage in Lyon", vec!["expertise"], "embedded", "ka1_mobility"),
        ];
        for (title, themes, stage, action) in &cases {
            let body =
                json!({ "title": title, "language": "nl", "sector": "vo", "status": "published", "themes": themes, "stage": stage, "erasmus_action": action });
            let (status, created) = node.post("/case-studies", Some(&token), &body).await;
            assert_eq!(status, StatusCode::CREATED, "{created}");
        }
        let all = wait_for_search(&node, "kind=case_study", Duration::from_secs(5), |b| b["total"] == 3).await;
        assert_eq!(all["facets"]["theme"], json!({ "digital_literacy": 2, "vision": 1, "expertise": 1 }), "{backend:?}");
        assert_eq!(all["facets"]["stage"], json!({ "pilot": 1, "embedded": 2 }), "{backend:?}");
        assert_eq!(all["facets"]["erasmus_action"], json!({ "ka2_partnership": 1, "ka1_mobility": 1 }), "{backend:?}: no action is not a value");
        let (_, erasmus) = node.get("/search?kind=case_study&erasmus_action=ka2_partnership", None).await;
        assert_eq!((erasmus["total"].as_u64(), erasmus["hits"][0]["title"].as_str()), (Some(1), Some("Uitwisseling met Gent")), "{backend:?}");
        let (_, both) = node.get("/search?theme=digital_literacy&stage=embedded", None).await;
        assert_eq!(both["total"], 1, "{backend:?}: filters combine");
        // The search page names them in words.
        let page = node.client.get(format!("{}/search?kind=case_study", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Erasmus+-actie") && page.contains("KA2 – partnerschap") && page.contains("Digitale geletterdheid"), "{backend:?}");
    }
}

/// `/materials`, `/case-studies` and `/collections` filter and sort like the search page, for
/// their own kind and at their own address.
#[actix_web::test]
async fn lists_filter_and_sort_at_their_own_address() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("juf", Role::Member).await;
        let primary = node.material(&token, json!({ "title": "Breuken in groep 6", "education_levels": ["po"] })).await;
        node.material(&token, json!({ "title": "Breuken in de brugklas", "education_levels": ["vo"] })).await;
        let (_, collection) = node
            .post("/collections", Some(&token), &json!({ "title": "Breuken, een reeks", "status": "published", "items": [{ "material": primary["id"] }] }))
            .await;
        assert!(collection["id"].is_string(), "{collection}");
        wait_for_search(&node, "q=breuken", Duration::from_secs(10), |body| body["total"] == 3).await;
        let page = |path: &str| {
            let request = node.client.get(format!("{}{path}", node.url)).header("Accept-Language", "nl");
            async move { request.send().await.unwrap().text().await.unwrap() }
        };
        let html = page("/materials?level=po").await;
        assert!(html.contains("Breuken in groep 6") && !html.contains("Breuken in de brugklas"), "{backend:?}: filtered by level");
        assert!(!html.contains("Breuken, een reeks"), "{backend:?}: materials only");
        assert!(html.contains("action=\"/materials\""), "{backend:?}: the form stays on the list");
        assert!(html.contains("href=\"/materials?level=po&amp;sort=newest\""), "{backend:?}: sorting stays on the list");
        assert!(!html.contains("href=\"/search?"), "{backend:?}: no link leaves for /search");
        assert!(html.contains(">Onderwijsniveau</summary>"), "{backend:?}: the level facet");
        assert!(!html.contains(">Soort inhoud</summary>"), "{backend:?}: no kind facet on a list of one kind");
        let html = page("/collections?q=breuken").await;
        assert!(html.contains("Breuken, een reeks") && !html.contains("Breuken in de brugklas"), "{backend:?}: collections only");
        let plain = page("/materials").await;
        assert!(plain.contains("Breuken in de brugklas") && plain.contains("href=\"/materials?sort=newest\""), "{backend:?}: the plain list");
    }
}
