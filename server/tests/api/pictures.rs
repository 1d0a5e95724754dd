//! The pictures pages draw, over real HTTP on both databases: a framework's goal coverage (all
//! materials, and one search's), a material's remix tree over three generations, and a network's
//! posts per month. Each SVG is parsed as XML and checked for the numbers it must show.

use std::time::Duration;

use deelwijs_server::domain::vocab::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::curricula::shared_package;
use crate::search::wait_for_search;
use crate::support::{backends, TestNode};

async fn html(node: &TestNode, path: &str) -> String {
    let response = node.client.get(format!("{}{path}", node.url)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.text().await.unwrap()
}

/// The `<svg>` labelled by `<id>-title`, as its own document.
fn svg(html: &str, id: &str) -> String {
    let marker = format!(r#"aria-labelledby="{id}-title {id}-desc""#);
    let at = html.find(&marker).unwrap_or_else(|| panic!("no picture {id} on the page"));
    let start = html[..at].rfind("<svg").unwrap();
    let end = at + html[at..].find("</svg>").unwrap() + "</svg>".len();
    html[start..end].to_owned()
}

/// The number written in each goal's square, in order.
fn cell_numbers(doc: &roxmltree::Document) -> Vec<u64> {
    doc.descendants()
        .filter(|n| n.has_tag_name("g"))
        .map(|g| g.descendants().find(|n| n.has_tag_name("text")).and_then(|t| t.text()).unwrap().parse().unwrap())
        .collect()
}

/// Goals of a CASE package that no other item hangs below: the squares of its coverage map.
fn leaves(package: &Value) -> Vec<String> {
    let parents: Vec<&str> = package["CFAssociations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["associationType"] == "isChildOf")
        .map(|a| a["destinationNodeURI"]["uri"].as_str().unwrap())
        .collect();
    package["CFItems"].as_array().unwrap().iter().map(|i| i["uri"].as_str().unwrap().to_owned()).filter(|uri| !parents.contains(&uri.as_str())).collect()
}

#[actix_web::test]
async fn coverage_counts_materials_per_goal_for_all_and_for_a_search() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        // Another country's curriculum: nothing here assumes SLO's shape.
        let package = shared_package("third-party/ccss-math-sample.case.json");
        let (status, report) = node.post("/curricula", Some(&admin), &package).await;
        assert_eq!(status, StatusCode::CREATED, "{report}");
        let framework = report["framework_id"].as_str().unwrap().to_owned();
        let goals = leaves(&package);
        assert!(goals.len() >= 2, "{goals:?}");
        let (a, b) = (&goals[0], &goals[1]);
        for (title, goal) in [("Zeilboten op de getallenlijn", a), ("Zeilboten vergelijken", a), ("Meten met linialen", a), ("Kommagetallen", b)] {
            node.material(&admin, json!({"title": title, "goals": [{"uri": goal}]})).await;
        }
        node.material(&admin, json!({"title": "Zeilboten zonder doel"})).await;
        wait_for_search(&node, "", Duration::from_secs(5), |body| body["total"] == 5).await;

        let page = html(&node, &format!("/curricula/{framework}")).await;
        let source = svg(&page, "coverage");
        let doc = roxmltree::Document::parse(&source).expect("well-formed SVG");
        let numbers = cell_numbers(&doc);
        assert_eq!(numbers.len(), goals.len(), "one square per goal");
        let mut counted: Vec<u64> = numbers.iter().copied().filter(|n| *n > 0).collect();
        counted.sort_unstable();
        assert_eq!(counted, [1, 3], "{numbers:?}");
        let desc = doc.descendants().find(|n| n.has_tag_name("desc")).unwrap().text().unwrap().to_owned();
        assert!(desc.contains(&goals.len().to_string()) && desc.contains(&(goals.len() - 2).to_string()), "{desc}");
        let encode = |uri: &str| url::form_urlencoded::byte_serialize(uri.as_bytes()).collect::<String>();
        assert!(page.contains(&format!("goal={}\">3</a>", encode(a))), "the table row of goal a links its three materials");

        // One search's coverage: only what it finds counts.
        let search = html(&node, "/search?q=zeilboten").await;
        let link = format!("/curricula/{framework}/coverage?q=zeilboten");
        assert!(search.contains(&link), "the search page links its coverage");
        let page = html(&node, &link).await;
        let doc_source = svg(&page, "coverage");
        let doc = roxmltree::Document::parse(&doc_source).unwrap();
        let numbers = cell_numbers(&doc);
        assert_eq!(numbers.iter().filter(|n| **n > 0).copied().collect::<Vec<_>>(), [2], "{numbers:?}");
        assert!(page.contains(&format!("q=zeilboten&amp;kind=material&amp;goal={}\">2</a>", encode(a))), "a goal's number links the search narrowed to it");
        // In another UI language the picture speaks it.
        let german = node.client.get(format!("{}/curricula/{framework}", node.url)).header("accept-language", "de").send().await.unwrap().text().await.unwrap();
        assert!(german.contains("Lernmaterialien pro Ziel"), "the legend in German");

        // SLO's kerndoelen, with more goals in use than the search page's goal facet lists: the
        // picture counts every one.
        let slo = shared_package("slo-kerndoelen-2025-11.case.json");
        let (_, report) = node.post("/curricula", Some(&admin), &slo).await;
        let slo_id = report["framework_id"].as_str().unwrap().to_owned();
        let (_, tree) = node.get(&format!("/curricula/{slo_id}/goals?per_page=100"), None).await;
        assert!(tree["total"].as_i64().unwrap() > 60, "{}", tree["total"]);
        let slo_page = html(&node, &format!("/curricula/{slo_id}")).await;
        let slo_cells = cell_numbers(&roxmltree::Document::parse(&svg(&slo_page, "coverage")).unwrap()).len();
        // The table names each square's goal; each is an item of the package (a goal under two
        // parents has a square under each).
        let mut shown: Vec<String> = slo_page.split("data-goal=\"").skip(1).map(|rest| rest[..rest.find('"').unwrap()].to_owned()).collect();
        assert_eq!(shown.len(), slo_cells, "a table row per square");
        let items: Vec<&str> = slo["CFItems"].as_array().unwrap().iter().map(|i| i["uri"].as_str().unwrap()).collect();
        assert!(shown.iter().all(|uri| items.contains(&uri.as_str())));
        shown.sort();
        shown.dedup();
        let slo_leaves = shown;
        for (n, goal) in slo_leaves.iter().take(55).enumerate() {
            node.material(&admin, json!({"title": format!("Les {n}"), "goals": [{"uri": goal}]})).await;
        }
        wait_for_search(&node, "", Duration::from_secs(10), |body| body["total"] == 60).await;
        let numbers = cell_numbers(&roxmltree::Document::parse(&svg(&html(&node, &format!("/curricula/{slo_id}")).await, "coverage")).unwrap());
        assert!(numbers.iter().filter(|n| **n > 0).count() >= 55, "every aligned goal counted, not the 50 most frequent: {numbers:?}");
    }
}

#[actix_web::test]
async fn remix_tree_shows_three_generations_with_nodes_and_licences() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let anna = node.user("anna", Role::Member).await;
        let bas = node.user("bas", Role::Member).await;
        let original = node.material(&anna, json!({"title": "Breuken met pizza", "license": "CC-BY-SA-4.0"})).await;
        let remix = |id: &str| format!("/materials/{id}/remix");
        let (status, child) =
            node.post(&remix(original["id"].as_str().unwrap()), Some(&bas), &json!({"title": "Breuken met taart", "status": "published"})).await;
        assert_eq!(status, StatusCode::CREATED, "{child}");
        let (_, grandchild) =
            node.post(&remix(child["id"].as_str().unwrap()), Some(&anna), &json!({"title": "Breuken met brood", "status": "published"})).await;
        let (_, sibling) =
            node.post(&remix(original["id"].as_str().unwrap()), Some(&anna), &json!({"title": "Fractions with pizza", "status": "published"})).await;
        assert!(grandchild["id"].is_string() && sibling["id"].is_string());

        let page = html(&node, &format!("/materials/{}", original["id"].as_str().unwrap())).await;
        let source = svg(&page, "remix-tree");
        let doc = roxmltree::Document::parse(&source).unwrap();
        let boxes: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("g")).collect();
        let title_of = |g: &roxmltree::Node| g.descendants().find(|n| n.has_tag_name("text")).and_then(|t| t.text()).unwrap_or_default().to_owned();
        let x_of = |title: &str| {
            let g = boxes.iter().find(|g| title_of(g).starts_with(title)).unwrap_or_else(|| panic!("{title} in the tree"));
            g.descendants().find(|n| n.has_tag_name("rect")).unwrap().attribute("x").unwrap().parse::<u32>().unwrap()
        };
        assert_eq!(boxes.len(), 4, "{source}");
        assert!(x_of("Breuken met pizza") < x_of("Breuken met taart") && x_of("Breuken met taart") < x_of("Breuken met brood"));
        assert_eq!(x_of("Breuken met taart"), x_of("Fractions with pizza"));
        assert!(source.contains("CC BY-SA 4.0"), "licences are shown");
        let this = boxes.iter().find(|g| g.descendants().any(|r| r.has_tag_name("rect") && r.attribute("stroke-width") == Some("3"))).unwrap();
        assert!(title_of(this).starts_with("Breuken met pizza"));

        // From the middle: the original above, the grandchild below.
        let page = html(&node, &format!("/materials/{}", child["id"].as_str().unwrap())).await;
        let doc_source = svg(&page, "remix-tree");
        let doc = roxmltree::Document::parse(&doc_source).unwrap();
        let titles: Vec<String> = doc.descendants().filter(|n| n.has_tag_name("g")).map(|g| title_of(&g)).collect();
        assert_eq!(titles.len(), 3, "{titles:?}");
        assert!(
            titles[0].starts_with("Breuken met pizza") && titles[1].starts_with("Breuken met taart") && titles[2].starts_with("Breuken met brood"),
            "{titles:?}"
        );
        // A material that is neither a remix nor remixed has no tree.
        let alone = node.material(&anna, json!({"title": "Alleen"})).await;
        assert!(!html(&node, &format!("/materials/{}", alone["id"].as_str().unwrap())).await.contains("remix-tree-title"));
    }
}

#[actix_web::test]
async fn network_activity_counts_posts_per_month() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let alice = node.user("alice", Role::Member).await;
        let (status, _) = node.post("/networks", Some(&alice), &json!({ "name": "rekenen", "title": "Rekenen samen" })).await;
        assert_eq!(status, StatusCode::CREATED);
        assert!(!html(&node, "/groups/rekenen").await.contains("activity-title activity-desc"), "no picture before the first post");
        for title in ["Breuken", "Procenten", "Kommagetallen"] {
            let material = node.material(&alice, json!({ "title": title })).await;
            let (status, body) =
                node.post(&format!("/materials/{}/networks", material["id"].as_str().unwrap()), Some(&alice), &json!({ "network": "rekenen" })).await;
            assert_eq!(status, StatusCode::OK, "{body}");
        }
        let page = html(&node, "/groups/rekenen").await;
        let source = svg(&page, "activity");
        let doc = roxmltree::Document::parse(&source).unwrap();
        let bars: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("g")).collect();
        assert_eq!(bars.len(), 12, "twelve months");
        let number = |g: &roxmltree::Node| g.descendants().filter(|n| n.has_tag_name("text")).find_map(|t| t.text()?.parse::<u64>().ok()).unwrap();
        assert_eq!(bars.iter().map(number).collect::<Vec<_>>(), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3], "this month's three posts");
        let desc = doc.descendants().find(|n| n.has_tag_name("desc")).unwrap().text().unwrap().to_owned();
        assert!(desc.contains('3') && desc.contains("12"), "{desc}");
    }
}
