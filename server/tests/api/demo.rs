//! The demo content seeds once, obeys the rules, and has what the README promises.

use deelwijs_server::demo;
use reqwest::StatusCode;

use crate::support::{backends, TestNode};

#[actix_web::test]
async fn demo_content_seeds_once() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let report = demo::seed(&node.app).await.unwrap().expect("first run seeds");
        assert!(report.materials >= 30 && report.case_studies >= 10, "{report:?}");
        assert!(demo::seed(&node.app).await.unwrap().is_none(), "second run does nothing");

        let (_, materials) = node.get("/materials?per_page=100", None).await;
        let published = materials["total"].as_i64().unwrap();
        assert!(published >= 30, "published demo materials: {published}");
        let items = materials["items"].as_array().unwrap();
        let languages: std::collections::BTreeSet<&str> = items.iter().map(|m| m["language"].as_str().unwrap()).collect();
        assert!(languages.contains("nl") && languages.contains("en"), "{languages:?}");
        let remixes = count_remixes(&node, items).await;
        assert!(remixes >= 3, "remix chains: {remixes} remixes found");
        let (_, cases) = node.get("/case-studies", None).await;
        assert!(cases["total"].as_i64().unwrap() >= 10);

        // The seeded node serves its pages.
        let home = node.client.get(&node.url).send().await.unwrap();
        assert_eq!(home.status(), StatusCode::OK);
    }
}

/// Lists do not carry `derived_from`; fetch each material to count real remixes.
async fn count_remixes(node: &TestNode, items: &[serde_json::Value]) -> usize {
    let mut count = 0;
    for item in items {
        let (_, full) = node.get(&format!("/materials/{}", item["id"].as_str().unwrap()), None).await;
        if !full["derived_from"].is_null() {
            count += 1;
        }
    }
    count
}
