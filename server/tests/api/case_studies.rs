//! Case studies over the API: create with defaults, edit with versions, validation, visibility.

use deelwijs_server::domain::vocab::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{backends, check_error, check_field_error, TestNode};

#[actix_web::test]
async fn case_study_lifecycle() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("netwerk", Role::Member).await;
        let material = node.material(&token, json!({})).await;
        let body = json!({
            "title": "Open leermiddelen in het hele bestuur", "summary": "Twaalf scholen stapten over.",
            "sector": "vo", "school_type": "scholengemeenschap", "school_size": "1.200 leerlingen",
            "challenge": "Dure methodes.", "approach": "Een **netwerk** van docenten.", "results": "80% gebruikt het.",
            "lessons": "Begin klein.", "scaling": "Tijd voor docenten.",
            "themes": ["innovating_together", "effective_learning_materials", "vision"], "stage": "scaling",
            "erasmus_action": "ka2_partnership", "related_materials": [material["id"]], "contact": "Mail info@example.org",
            "language": "nl", "status": "published"
        });
        let (status, created) = node.post("/case-studies", Some(&token), &body).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        assert_eq!(created["license"], "CC-BY-4.0", "case studies default to CC BY 4.0");
        assert_eq!(created["themes"], json!(["innovating_together", "effective_learning_materials", "vision"]));
        assert!(created["html"]["approach"].as_str().unwrap().contains("<strong>netwerk</strong>"));
        let id = created["id"].as_str().unwrap();
        assert_eq!(created["url"], format!("{}/case-studies/{id}", node.url));

        let (status, edited) = node.patch(&format!("/case-studies/{id}"), Some(&token), &json!({"stage": "embedded"})).await;
        assert_eq!(status, StatusCode::OK, "{edited}");
        assert_eq!(edited["version"], 2);
        assert_eq!(node.get(&format!("/case-studies/{id}/versions"), None).await.1["total"], 2);
        let (_, restored) = node.post(&format!("/case-studies/{id}/versions/1/restore"), Some(&token), &json!({})).await;
        assert_eq!(restored["stage"], "scaling");
        assert_eq!(restored["version"], 3);

        let (_, list) = node.get("/case-studies", None).await;
        assert_eq!(list["total"], 1);
        // Goals are checked against the node's curricula, on PATCH too.
        check_field_error(
            &node.patch(&format!("/case-studies/{id}"), Some(&token), &json!({"goals": [{"uri": "https://example.org/unknown-goal"}]})).await,
            "goals",
            "unknown_value",
        );

        check_field_error(
            &node.post("/case-studies", Some(&token), &json!({"title": "x", "language": "nl", "sector": "crèche"})).await,
            "sector",
            "unknown_value",
        );
        check_field_error(
            &node.post("/case-studies", Some(&token), &json!({"title": "x", "language": "nl", "sector": "po", "themes": ["blockchain"]})).await,
            "themes",
            "unknown_value",
        );
        check_field_error(
            &node.post("/case-studies", Some(&token), &json!({"title": "x", "language": "nl", "sector": "po", "license": "proprietary"})).await,
            "license",
            "unknown_license",
        );
        check_field_error(&node.post("/case-studies", Some(&token), &json!({"language": "nl", "sector": "po"})).await, "title", "required");

        let other = node.user("ander", Role::Member).await;
        check_error(&node.patch(&format!("/case-studies/{id}"), Some(&other), &json!({"title": "Van mij"})).await, StatusCode::FORBIDDEN, "forbidden");
        assert_eq!(node.delete(&format!("/case-studies/{id}"), Some(&other)).await, StatusCode::FORBIDDEN);
        assert_eq!(node.delete(&format!("/case-studies/{id}"), Some(&token)).await, StatusCode::NO_CONTENT);
        assert_eq!(node.get(&format!("/case-studies/{id}"), None).await.0, StatusCode::NOT_FOUND);
        assert_eq!(node.get("/case-studies", None).await.1["total"], 0);
    }
}
