//! The demo content seeds once, obeys the rules, and has what the README promises.

use std::time::Duration;

use deelwijs_server::demo;
use reqwest::StatusCode;
use serde_json::Value;

use crate::search::wait_for_search;
use crate::support::{backends, TestNode};

/// The demo carries SLO's kerndoelen and content aligned to them, so the curriculum tree, goal
/// pages and goal search have something to show: a goal above a kerndoel lists and finds what
/// is aligned to the kerndoel, and a current goal lists what was aligned to the goal it replaced.
async fn check_curriculum(node: &TestNode) {
    let (_, frameworks) = node.get("/curricula", None).await;
    assert_eq!((frameworks["total"].as_u64(), frameworks["items"][0]["goal_count"].as_u64()), (Some(1), Some(533)), "{frameworks}");
    let content: Value = serde_json::from_str(include_str!("../../src/demo/content.json")).unwrap();
    let goals_of = |key: &str| -> Vec<String> {
        let material = content["materials"].as_array().unwrap().iter().find(|m| m["key"] == key).unwrap();
        material["goals"].as_array().unwrap().iter().map(|g| g["uri"].as_str().unwrap().to_owned()).collect()
    };
    let goal = |key: String| async move {
        let encoded = url::form_urlencoded::byte_serialize(key.as_bytes()).collect::<String>();
        let (status, goal) = node.get(&format!("/goals/{encoded}"), None).await;
        assert_eq!(status, StatusCode::OK, "{goal}");
        goal
    };
    let titles =
        |goal: &Value| -> Vec<String> { goal["materials"]["items"].as_array().unwrap().iter().map(|m| m["title"].as_str().unwrap().to_owned()).collect() };

    // PO Kerndoel 26 (breuken) and the domain above it.
    let kerndoel = goal(goals_of("breuken-pizzapan")[0].clone()).await;
    assert_eq!(kerndoel["human_coding_scheme"], "PO Kerndoel 26");
    let domain = goal(kerndoel["parents"][0]["id"].as_str().unwrap().to_owned()).await;
    assert!(titles(&domain).contains(&"Breuken met de pizzapan (groep 6)".to_owned()), "{domain}");
    let query = format!("goal={}&per_page=50", domain["id"].as_str().unwrap());
    let found = wait_for_search(node, &query, Duration::from_secs(10), |body| {
        body["hits"].as_array().unwrap().iter().filter(|h| h["title"].as_str().unwrap().to_lowercase().contains("pizza")).count() == 3
    })
    .await;
    assert!(found["facets"]["kind"]["material"].as_u64().unwrap() >= 3, "{found}");

    // "Echt of nep?" is aligned to a goal that VO Kerndoel 05 replaced; the draft escape room to VO 05 itself.
    let retired = goal(goals_of("echt-of-nep-kaarten")[1].clone()).await;
    let successor = goal(retired["replaced_by"][0]["id"].as_str().unwrap().to_owned()).await;
    assert_eq!(successor["human_coding_scheme"], "VO Kerndoel 05");
    assert_eq!(goals_of("privacy-escape"), [successor["uri"].as_str().unwrap()]);
    let aligned = titles(&successor);
    assert!(aligned.contains(&"Echt of nep? Kaartenset mediawijsheid".to_owned()), "{aligned:?}");
    assert!(!aligned.contains(&"Escaperoom: Wie heeft mijn data?".to_owned()), "a draft stays out: {aligned:?}");
}

/// The demo's help questions are answered, and matchmaking finds the demo's own case study on
/// the same subject for the first, with the shared theme and words as reasons.
async fn check_questions(node: &TestNode) {
    let (_, list) = node.get("/questions", None).await;
    assert_eq!(list["total"], 3, "{list}");
    let first = list["items"].as_array().unwrap().iter().find(|q| q["help_type"] == "partner_ka2").unwrap();
    assert_eq!(first["answers"].as_array().map(Vec::len), Some(1));
    wait_for_search(node, "kind=case_study", Duration::from_secs(10), |b| b["total"].as_u64() >= Some(10)).await;
    let (_, matches) = node.get(&format!("/questions/{}/matches", first["id"].as_str().unwrap()), None).await;
    let daltonschool = matches["items"].as_array().unwrap().iter().find(|m| m["title"] == "Een doorlopende leerlijn mediawijsheid op een Daltonschool");
    let reasons = daltonschool.unwrap_or_else(|| panic!("{matches}"))["reasons"].to_string();
    assert!(reasons.contains("digital_literacy") && reasons.contains("mediawijsheid"), "{reasons}");
}

#[actix_web::test]
async fn demo_content_seeds_once() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let report = demo::seed(&node.app).await.unwrap().expect("first run seeds");
        assert!(report.materials >= 30 && report.case_studies >= 10, "{report:?}");
        assert!(demo::seed(&node.app).await.unwrap().is_none(), "second run does nothing");
        check_questions(&node).await;

        let (_, materials) = node.get("/materials?per_page=100", None).await;
        let published = materials["total"].as_i64().unwrap();
        assert!(published >= 30, "published demo materials: {published}");
        let items = materials["items"].as_array().unwrap();
        let languages: std::collections::BTreeSet<&str> = items.iter().map(|m| m["language"].as_str().unwrap()).collect();
        assert!(languages.contains("nl") && languages.contains("en"), "{languages:?}");
        let remixes = count_remixes(&node, items).await;
        assert!(remixes >= 3, "remix chains: {remixes} remixes found");
        // One of them is a translation, linked both ways.
        let international = items.iter().find(|m| m["language"] == "en" && m["title"].as_str().unwrap().starts_with("Fractions with the pizza pan")).unwrap();
        let (_, translation) = node.get(&format!("/materials/{}", international["id"].as_str().unwrap()), None).await;
        assert_eq!(translation["translation_of"]["language"], "nl", "{translation}");
        assert!(!translation["adaptation_notes"].as_str().unwrap().is_empty());
        let (_, original) = node.get(&format!("/materials/{}", translation["translation_of"]["id"].as_str().unwrap()), None).await;
        assert_eq!(original["translations"][0]["id"], translation["id"]);
        let (_, cases) = node.get("/case-studies", None).await;
        assert!(cases["total"].as_i64().unwrap() >= 10);
        let (_, collections) = node.get("/collections", None).await;
        assert!(report.collections >= 2, "{report:?}");
        assert_eq!(collections["total"], report.collections as u64, "{collections}");
        let listed = collections["items"].as_array().unwrap();
        assert!(listed.iter().all(|c| c["items"].as_array().unwrap().len() >= 3 && c["items"][0]["available"] == true), "{collections}");

        check_curriculum(&node).await;

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
