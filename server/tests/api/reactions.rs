//! Likes and reports over the API: one like per account, unlikes, what can be liked, reports
//! for moderators only, and bad input that writes nothing.

use deelwijs_server::domain::vocab::Role;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::support::{backends, check_error, TestNode};

#[actix_web::test]
async fn likes_count_once_per_account() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let author = node.user("auteur", Role::Member).await;
        let fan = node.user("fan", Role::Member).await;
        let other = node.user("ander", Role::Member).await;
        let material = node.material(&author, json!({})).await;
        let like = format!("/materials/{}/like", material["id"].as_str().unwrap());

        check_error(&node.send(Method::PUT, &like, None, &Value::Null).await, StatusCode::UNAUTHORIZED, "unauthenticated");
        let (status, body) = node.send(Method::PUT, &like, Some(&fan), &Value::Null).await;
        assert_eq!((status, body["likes"].clone(), body["liked"].clone()), (StatusCode::OK, json!(1), json!(true)), "{body}");
        assert_eq!(node.send(Method::PUT, &like, Some(&fan), &Value::Null).await.1["likes"], 1, "liking twice counts once");
        assert_eq!(node.send(Method::PUT, &like, Some(&other), &Value::Null).await.1["likes"], 2);
        assert_eq!(node.get(&format!("/materials/{}", material["id"].as_str().unwrap()), None).await.1["likes"], 2);

        let (status, body) = node.send(Method::DELETE, &like, Some(&fan), &Value::Null).await;
        assert_eq!((status, body["likes"].clone()), (StatusCode::OK, json!(1)), "{body}");
        assert_eq!(node.send(Method::DELETE, &like, Some(&fan), &Value::Null).await.1["likes"], 1, "unliking twice changes nothing");

        // Only public content can be liked.
        let draft = node.material(&author, json!({"status": "draft"})).await;
        let draft_like = format!("/materials/{}/like", draft["id"].as_str().unwrap());
        check_error(&node.send(Method::PUT, &draft_like, Some(&fan), &Value::Null).await, StatusCode::NOT_FOUND, "not_found");
        check_error(&node.send(Method::PUT, "/materials/nope/like", Some(&fan), &Value::Null).await, StatusCode::NOT_FOUND, "not_found");

        // Case studies too.
        let body = json!({
            "title": "Samen leren", "summary": "Een netwerk.", "sector": "po", "challenge": "c", "approach": "a", "results": "r",
            "lessons": "l", "scaling": "s", "themes": ["innovating_together"], "stage": "pilot", "language": "nl", "status": "published"
        });
        let (status, case_study) = node.post("/case-studies", Some(&author), &body).await;
        assert_eq!(status, StatusCode::CREATED, "{case_study}");
        let path = format!("/case-studies/{}", case_study["id"].as_str().unwrap());
        assert_eq!(node.send(Method::PUT, &format!("{path}/like"), Some(&fan), &Value::Null).await.1["likes"], 1);
        assert_eq!(node.get(&path, None).await.1["likes"], 1);
        assert_eq!(node.get(&format!("/materials/{}", material["id"].as_str().unwrap()), None).await.1["likes"], 1, "kinds are counted apart");
    }
}

#[actix_web::test]
async fn reports_reach_moderators_only() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let author = node.user("auteur", Role::Member).await;
        let reader = node.user("lezer", Role::Member).await;
        let moderator = node.user("moderator", Role::Moderator).await;
        let material = node.material(&author, json!({})).await;
        let report = format!("/materials/{}/report", material["id"].as_str().unwrap());

        check_error(&node.post(&report, None, &json!({"comment": "x"})).await, StatusCode::UNAUTHORIZED, "unauthenticated");
        let (status, created) = node.post(&report, Some(&reader), &json!({"comment": "Er staat een privé telefoonnummer in."})).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        assert_eq!(created["state"], "open");
        // A comment that is too long is refused and writes nothing.
        check_error(&node.post(&report, Some(&reader), &json!({"comment": "x".repeat(2_001)})).await, StatusCode::BAD_REQUEST, "comment_too_long");
        check_error(&node.post(&report, Some(&reader), &json!({"comment": "x", "extra": 1})).await, StatusCode::BAD_REQUEST, "invalid_json");

        check_error(&node.get("/admin/reports", Some(&reader)).await, StatusCode::FORBIDDEN, "forbidden");
        let (status, open) = node.get("/admin/reports", Some(&moderator)).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(open["total"], 1, "{open}");
        let item = &open["items"][0];
        assert_eq!(item["comment"], "Er staat een privé telefoonnummer in.");
        assert_eq!(item["content_id"], material["id"]);
        assert_eq!(item["reporter"]["local"], true);

        let id = item["id"].as_str().unwrap();
        check_error(
            &node.send(Method::PUT, &format!("/admin/reports/{id}"), Some(&moderator), &json!({"state": "gone"})).await,
            StatusCode::BAD_REQUEST,
            "unknown_state",
        );
        check_error(&node.send(Method::PUT, "/admin/reports/nope", Some(&moderator), &json!({"state": "resolved"})).await, StatusCode::NOT_FOUND, "not_found");
        let (status, _) = node.send(Method::PUT, &format!("/admin/reports/{id}"), Some(&moderator), &json!({"state": "resolved"})).await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        assert_eq!(node.get("/admin/reports", Some(&moderator)).await.1["total"], 0);
        assert_eq!(node.get("/admin/reports?state=resolved", Some(&moderator)).await.1["total"], 1);
    }
}
