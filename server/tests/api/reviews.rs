//! Teachers' reviews over real HTTP on both databases: one per person per material (a second
//! replaces the first), the summary on the material, refusals that change nothing, withdrawing,
//! and the form on the material's page.

use deelwijs_server::domain::vocab::Role;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::support::{backends, check_error, check_field_error, TestNode};

#[actix_web::test]
async fn teachers_review_a_material_once_each_and_the_summary_follows() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let anna = node.user("anna", Role::Member).await;
        let bas = node.user("bas", Role::Member).await;
        let cor = node.user("cor", Role::Member).await;
        let material = node.material(&anna, json!({"title": "Breuken met pizza"})).await;
        let id = material["id"].as_str().unwrap();
        let review = format!("/materials/{id}/review");
        let reviews = format!("/materials/{id}/reviews");
        let (status, none) = node.get(&reviews, None).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(none["summary"], json!({"average": null, "count": 0, "used_in_class": 0}));

        // Refusals: each says why, and none is stored.
        check_error(&node.send(Method::PUT, &review, None, &json!({"rating": 4})).await, StatusCode::UNAUTHORIZED, "unauthenticated");
        check_field_error(&node.send(Method::PUT, &review, Some(&bas), &json!({})).await, "rating", "required");
        check_field_error(&node.send(Method::PUT, &review, Some(&bas), &json!({"rating": 6})).await, "rating", "out_of_range");
        check_field_error(
            &node.send(Method::PUT, &review, Some(&bas), &json!({"rating": 3, "used_with_level": "kleuters"})).await,
            "used_with_level",
            "unknown_value",
        );
        check_field_error(&node.send(Method::PUT, &review, Some(&bas), &json!({"rating": 3, "text": "x".repeat(2_001)})).await, "text", "too_long");
        check_error(&node.send(Method::PUT, &review, Some(&bas), &json!({"rating": 3, "stars": 3})).await, StatusCode::BAD_REQUEST, "invalid_json");
        let draft = node.material(&anna, json!({"title": "Concept", "status": "draft"})).await;
        check_error(
            &node.send(Method::PUT, &format!("/materials/{}/review", draft["id"].as_str().unwrap()), Some(&bas), &json!({"rating": 5})).await,
            StatusCode::NOT_FOUND,
            "not_found",
        );
        assert_eq!(node.get(&reviews, None).await.1["summary"]["count"], 0);

        let (status, after) =
            node.send(Method::PUT, &review, Some(&bas), &json!({"rating": 5, "text": "Mijn groep 6 <b>genoot</b>.", "used_with_level": "po"})).await;
        assert_eq!(status, StatusCode::OK, "{after}");
        node.send(Method::PUT, &review, Some(&cor), &json!({"rating": 3})).await;
        // A second review by the same person replaces the first.
        let (_, after) = node.send(Method::PUT, &review, Some(&bas), &json!({"rating": 4, "text": "Ook goed in groep 7.", "used_with_level": "po"})).await;
        assert_eq!(after["summary"], json!({"average": 3.5, "count": 2, "used_in_class": 1}), "{after}");
        let mine: Vec<&Value> = after["items"].as_array().unwrap().iter().filter(|r| r["mine"] == true).collect();
        assert_eq!((mine.len(), mine[0]["rating"].as_i64(), mine[0]["used_with_level"].as_str()), (1, Some(4), Some("po")));
        let (_, read) = node.get(&format!("/materials/{id}"), None).await;
        assert_eq!(read["reviews"], json!({"average": 3.5, "count": 2, "used_in_class": 1}));

        // The page shows them (text escaped), and a signed-in teacher's form holds their review.
        let page = node.client.get(format!("{}/materials/{id}", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("id=\"reviews\"") && page.contains("★★★★☆") && page.contains("Ook goed in groep 7."), "{page}");
        assert!(!page.contains(&format!("action=\"/materials/{id}/review\"")), "no form for visitors");
        check_error(&node.send(Method::PUT, &review, Some(&anna), &json!({"rating": 5})).await, StatusCode::BAD_REQUEST, "own_material");

        // Withdrawing.
        let (status, after) = node.send(Method::DELETE, &review, Some(&bas), &Value::Null).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(after["summary"], json!({"average": 3.0, "count": 1, "used_in_class": 0}));
    }
}
