//! The node's quality mark over real HTTP on both databases: criteria published by an
//! administrator, the mark awarded and withdrawn by moderators (refusals that change nothing),
//! shown on the item and its page, listed on `/quality`, and a search facet.

use std::time::Duration;

use deelwijs_server::domain::vocab::Role;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::search::wait_for_search;
use crate::support::{backends, check_error, check_field_error, TestNode};

#[actix_web::test]
async fn moderators_award_the_mark_against_published_criteria() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        let moderator = node.user("moderator", Role::Moderator).await;
        let anna = node.user("anna", Role::Member).await;
        let material = node.material(&anna, json!({"title": "Breuken met de pizzapan"})).await;
        let id = material["id"].as_str().unwrap().to_owned();
        let draft = node.material(&anna, json!({"title": "Nog niet af", "status": "draft"})).await;
        let mark = format!("/materials/{id}/quality-mark");
        let (_, empty) = node.get("/quality", None).await;
        assert_eq!((empty["criteria"].as_str(), empty["items"].as_array().map(Vec::len)), (Some(""), Some(0)));

        // No criteria, no mark; only administrators publish them.
        check_error(&node.send(Method::PUT, &mark, Some(&moderator), &json!({})).await, StatusCode::BAD_REQUEST, "no_criteria");
        check_error(&node.send(Method::PUT, "/quality/criteria", Some(&anna), &json!({"criteria": "x"})).await, StatusCode::FORBIDDEN, "forbidden");
        let criteria = json!({"criteria": "1. Getest in **minstens twee** klassen.\n2. Bronnen vermeld."});
        let (status, published) = node.send(Method::PUT, "/quality/criteria", Some(&admin), &criteria).await;
        assert_eq!(status, StatusCode::OK, "{published}");
        assert!(published["criteria_html"].as_str().unwrap().contains("<strong>minstens twee</strong>"));

        // Refusals that change nothing.
        check_error(&node.send(Method::PUT, &mark, Some(&anna), &json!({})).await, StatusCode::FORBIDDEN, "forbidden");
        let draft_mark = format!("/materials/{}/quality-mark", draft["id"].as_str().unwrap());
        check_error(&node.send(Method::PUT, &draft_mark, Some(&moderator), &json!({})).await, StatusCode::NOT_FOUND, "not_found");
        check_field_error(&node.send(Method::PUT, &mark, Some(&moderator), &json!({"note": "x".repeat(501)})).await, "note", "too_long");
        let garbage = node.client.put(node.api(&mark)).bearer_auth(&moderator).header("Content-Type", "application/json").body("garbage").send().await.unwrap();
        assert_eq!(garbage.status(), StatusCode::BAD_REQUEST);
        assert!(node.get(&format!("/materials/{id}"), None).await.1.get("quality_mark").is_none());

        // Awarded: on the item, on /quality, and in search.
        let (status, awarded) = node.send(Method::PUT, &mark, Some(&moderator), &json!({"note": "Getest in groep 6 en 7."})).await;
        assert_eq!(status, StatusCode::OK, "{awarded}");
        let (_, read) = node.get(&format!("/materials/{id}"), None).await;
        assert_eq!(read["quality_mark"]["note"], "Getest in groep 6 en 7.", "{read}");
        assert_eq!(read["quality_mark"]["criteria_url"], format!("{}/quality", node.url));
        let (_, listed) = node.get("/quality", None).await;
        assert_eq!(listed["items"][0]["title"], "Breuken met de pizzapan", "{listed}");
        let found = wait_for_search(&node, "quality=yes", Duration::from_secs(5), |b| b["total"] == 1).await;
        assert_eq!(found["hits"][0]["id"], id.as_str());
        assert_eq!(node.get("/search?q=pizzapan", None).await.1["facets"]["quality"]["yes"], 1);
        let page = node.client.get(format!("{}/materials/{id}", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("quality-mark") && page.contains("Getest in groep 6 en 7.") && page.contains("href=\"/quality\""), "the badge");
        let criteria_page = node.client.get(format!("{}/quality", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(criteria_page.contains("<strong>minstens twee</strong>") && criteria_page.contains("Breuken met de pizzapan"));

        // A case study too.
        let (_, case) =
            node.post("/case-studies", Some(&anna), &json!({"title": "Open leermiddelen", "sector": "vo", "language": "nl", "status": "published"})).await;
        let case_mark = format!("/case-studies/{}/quality-mark", case["id"].as_str().unwrap());
        assert_eq!(node.send(Method::PUT, &case_mark, Some(&moderator), &json!({})).await.0, StatusCode::OK);
        wait_for_search(&node, "quality=yes", Duration::from_secs(5), |b| b["total"] == 2).await;

        // Withdrawn.
        assert_eq!(node.delete(&mark, Some(&anna)).await, StatusCode::FORBIDDEN);
        assert_eq!(node.delete(&mark, Some(&moderator)).await, StatusCode::NO_CONTENT);
        assert_eq!(node.delete(&mark, Some(&moderator)).await, StatusCode::NOT_FOUND);
        assert!(node.get(&format!("/materials/{id}"), None).await.1.get("quality_mark").is_none());
        wait_for_search(&node, "quality=yes", Duration::from_secs(5), |b| b["total"] == 1).await;
    }
}
