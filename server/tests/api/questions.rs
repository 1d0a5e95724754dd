//! Help questions over real HTTP on both databases: asking (and refusals that store nothing),
//! answers, the helpful answer, closing, search with its facets, matchmaking with reasons,
//! invitations, withdrawing and deleting; and reviews as search facets and a sort order.

use std::time::Duration;

use deelwijs_server::domain::vocab::Role;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::search::wait_for_search;
use crate::support::{backends, check_error, check_field_error, TestNode};

fn question() -> Value {
    json!({
        "title": "Partnerschool gezocht voor burgerschap en mediawijsheid",
        "situation": "Onze bovenbouw werkt aan **burgerschap** en mediawijsheid. Wij zoeken een partnerschool in Duitsland of Oostenrijk voor een KA2-project.",
        "help_type": "partner_ka2",
        "themes": ["innovating_together", "digital_literacy"],
        "education_level": "vo",
        "languages": ["nl", "en", "de"],
        "country": "nl",
        "deadline": "2027-03-01",
        "language": "nl"
    })
}

#[actix_web::test]
async fn a_question_is_asked_answered_matched_and_closed() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let anna = node.user("anna", Role::Member).await;
        let bas = node.user("bas", Role::Member).await;
        let cor = node.user("cor", Role::Member).await;

        // Refusals: each says why, and none is stored.
        check_error(&node.post("/questions", None, &question()).await, StatusCode::UNAUTHORIZED, "unauthenticated");
        for (field, value, problem) in [
            ("title", json!(""), "required"),
            ("help_type", json!("money"), "unknown_value"),
            ("education_level", json!("kinderopvang"), "unknown_value"),
            ("languages", json!(["not a tag!"]), "unknown_language"),
            ("country", json!("NLD"), "invalid_format"),
            ("deadline", json!("1 maart"), "invalid_format"),
            ("state", json!("done"), "unknown_value"),
        ] {
            let mut bad = question();
            bad[field] = value;
            check_field_error(&node.post("/questions", Some(&anna), &bad).await, field, problem);
        }
        let mut unknown = question();
        unknown["budget"] = json!(100);
        check_error(&node.post("/questions", Some(&anna), &unknown).await, StatusCode::BAD_REQUEST, "invalid_json");
        assert_eq!(node.get("/questions", None).await.1["total"], 0);

        let (status, asked) = node.post("/questions", Some(&anna), &question()).await;
        assert_eq!(status, StatusCode::CREATED, "{asked}");
        let id = asked["id"].as_str().unwrap().to_owned();
        assert_eq!((asked["state"].as_str(), asked["country"].as_str(), asked["deadline"].as_str()), (Some("open"), Some("NL"), Some("2027-03-01")));
        assert!(asked["situation_html"].as_str().unwrap().contains("<strong>burgerschap</strong>"));
        let path = format!("/questions/{id}");

        // Answers: escaped, in order.
        check_field_error(&node.post(&format!("{path}/answers"), Some(&bas), &json!({"text": "  "})).await, "text", "required");
        let (status, answered) =
            node.post(&format!("{path}/answers"), Some(&bas), &json!({"text": "Wij werken al met het **BG Wien**. <script>alert(1)</script>"})).await;
        assert_eq!(status, StatusCode::CREATED, "{answered}");
        let answers = answered["answers"].as_array().unwrap();
        assert_eq!(answers.len(), 1);
        let html = answers[0]["html"].as_str().unwrap();
        assert!(html.contains("<strong>BG Wien</strong>") && !html.contains("<script"), "{html}");
        assert_eq!(answers[0]["mine"], true);
        let answer_id = answers[0]["id"].as_str().unwrap().to_owned();

        // Only the asker marks the helpful answer; the question is then answered.
        let helpful = format!("{path}/helpful");
        check_error(&node.send(Method::PUT, &helpful, Some(&bas), &json!({"answer": answer_id})).await, StatusCode::FORBIDDEN, "forbidden");
        check_error(&node.send(Method::PUT, &helpful, Some(&anna), &json!({"answer": "nope"})).await, StatusCode::NOT_FOUND, "not_found");
        let (status, marked) = node.send(Method::PUT, &helpful, Some(&anna), &json!({"answer": answer_id})).await;
        assert_eq!(status, StatusCode::OK, "{marked}");
        assert_eq!((marked["state"].as_str(), marked["answers"][0]["helpful"].as_bool()), (Some("answered"), Some(true)));
        let (_, unmarked) = node.send(Method::PUT, &helpful, Some(&anna), &json!({"answer": null})).await;
        assert_eq!((unmarked["state"].as_str(), unmarked["answers"][0]["helpful"].as_bool()), (Some("open"), Some(false)));
        check_error(&node.patch(&path, Some(&bas), &json!({"state": "closed"})).await, StatusCode::FORBIDDEN, "forbidden");

        // Search: questions are a kind, with help type, state and working languages as facets.
        let found = wait_for_search(&node, "kind=question&q=partnerschool", Duration::from_secs(5), |b| b["total"] == 1).await;
        assert_eq!(found["hits"][0]["url"].as_str().unwrap(), format!("{}/questions/{id}", node.url));
        assert_eq!(found["facets"]["help"]["partner_ka2"], 1, "{found}");
        assert_eq!(found["facets"]["state"]["open"], 1);
        assert_eq!(found["facets"]["lang"]["de"], 1, "working languages count: {found}");
        assert_eq!(node.get("/search?kind=question&help=visit", None).await.1["total"], 0);

        // Matchmaking: what fits is listed with why; what does not is left out.
        let (status, case) = node
            .post(
                "/case-studies",
                Some(&cor),
                &json!({"title": "Burgerschap en mediawijsheid met een partnerschool in Wenen", "summary": "Een KA2-partnerschap over nepnieuws.",
                    "sector": "vo", "themes": ["innovating_together"], "language": "de", "status": "published"}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{case}");
        node.material(&cor, json!({"title": "Mediawijsheid: nepnieuws herkennen", "education_levels": ["vo"], "keywords": ["burgerschap"], "language": "nl"}))
            .await;
        node.material(&cor, json!({"title": "Breuken met pizza", "education_levels": ["po"], "language": "nl"})).await;
        let (status, _) = node
            .post(
                "/networks",
                Some(&cor),
                &json!({"name": "burgerschap", "title": "Netwerk burgerschap", "summary": "Scholen die samen werken aan burgerschap en mediawijsheid."}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED);
        wait_for_search(&node, "kind=material", Duration::from_secs(5), |b| b["total"] == 2).await;
        wait_for_search(&node, "kind=case_study", Duration::from_secs(5), |b| b["total"] == 1).await;
        let (status, matches) = node.get(&format!("{path}/matches"), None).await;
        assert_eq!(status, StatusCode::OK, "{matches}");
        let items = matches["items"].as_array().unwrap();
        let titles: Vec<&str> = items.iter().map(|m| m["title"].as_str().unwrap()).collect();
        assert!(!titles.contains(&"Breuken met pizza"), "{titles:?}");
        let case_match = items.iter().find(|m| m["kind"] == "case_study").unwrap_or_else(|| panic!("no case study among {matches}"));
        let reasons: Vec<(&str, &str)> =
            case_match["reasons"].as_array().unwrap().iter().map(|r| (r["kind"].as_str().unwrap(), r["value"].as_str().unwrap())).collect();
        for expected in [("theme", "innovating_together"), ("level", "vo"), ("language", "de")] {
            assert!(reasons.contains(&expected), "{expected:?} in {reasons:?}");
        }
        assert!(reasons.iter().any(|(kind, words)| *kind == "words" && words.contains("mediawijsheid")), "{reasons:?}");
        assert!(items.iter().any(|m| m["kind"] == "material" && m["title"] == "Mediawijsheid: nepnieuws herkennen"), "{titles:?}");
        let network = items.iter().find(|m| m["kind"] == "network").unwrap_or_else(|| panic!("no network among {matches}"));
        assert_eq!(network["invite"].as_str().unwrap(), format!("{}/groups/burgerschap", node.url));

        // Invitations: the asker invites an author; once is enough; nobody else invites.
        let invitee = case_match["invite"].as_str().unwrap().to_owned();
        assert_eq!(invitee, format!("{}/users/cor", node.url));
        let invitations = format!("{path}/invitations");
        check_error(&node.post(&invitations, Some(&bas), &json!({"invitee": invitee})).await, StatusCode::FORBIDDEN, "forbidden");
        check_error(
            &node.post(&invitations, Some(&anna), &json!({"invitee": "https://nowhere.example/users/x"})).await,
            StatusCode::BAD_REQUEST,
            "unknown_invitee",
        );
        let (status, first) = node.post(&invitations, Some(&anna), &json!({"invitee": invitee})).await;
        assert_eq!((status, first["new"].as_bool()), (StatusCode::CREATED, Some(true)), "{first}");
        let (status, again) = node.post(&invitations, Some(&anna), &json!({"invitee": invitee})).await;
        assert_eq!((status, again["new"].as_bool()), (StatusCode::OK, Some(false)));
        let (_, after) = node.get(&format!("{path}/matches"), None).await;
        assert!(after["items"].as_array().unwrap().iter().any(|m| m["invite"] == invitee.as_str() && m["invited"] == true));

        // The page: situation, answer, matches with the invite form for the asker.
        let (browser, csrf) = crate::pages::signed_in(&node, "anna").await;
        let page = browser.get(format!("{}/questions/{id}", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("BG Wien") && page.contains("id=\"matches\"") && page.contains("Burgerschap en mediawijsheid met een partnerschool in Wenen"));
        assert!(page.contains(&format!("action=\"/questions/{id}/invite\"")) && page.contains(&format!("action=\"/questions/{id}/helpful\"")), "{page}");
        // The forms work without script: "Dit hielp" marks the answer.
        let form = [("answer", answer_id.as_str()), ("csrf", csrf.as_str())];
        let response = browser.post(format!("{}/questions/{id}/helpful", node.url)).form(&form).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(node.get(&path, None).await.1["state"], "answered");

        // Closed: no more answers. Withdrawing and deleting.
        let (_, closed) = node.patch(&path, Some(&anna), &json!({"state": "closed"})).await;
        assert_eq!(closed["state"], "closed");
        check_error(&node.post(&format!("{path}/answers"), Some(&cor), &json!({"text": "Te laat?"})).await, StatusCode::BAD_REQUEST, "question_closed");
        let (status, withdrawn) = node.send(Method::DELETE, &format!("{path}/answers/{answer_id}"), Some(&bas), &Value::Null).await;
        assert_eq!((status, withdrawn["answers"].as_array().map(Vec::len)), (StatusCode::OK, Some(0)));
        assert_eq!(node.delete(&path, Some(&bas)).await, StatusCode::FORBIDDEN);
        assert_eq!(node.delete(&path, Some(&anna)).await, StatusCode::NO_CONTENT);
        assert_eq!(node.get(&path, None).await.0, StatusCode::NOT_FOUND);
        wait_for_search(&node, "kind=question", Duration::from_secs(5), |b| b["total"] == 0).await;
    }
}

#[actix_web::test]
async fn reviews_are_search_facets_and_a_sort_order() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let anna = node.user("anna", Role::Member).await;
        let bas = node.user("bas", Role::Member).await;
        let cor = node.user("cor", Role::Member).await;
        let mut ids = Vec::new();
        for title in ["Zeppelin een", "Zeppelin twee", "Zeppelin drie"] {
            ids.push(node.material(&anna, json!({"title": title})).await["id"].as_str().unwrap().to_owned());
        }
        let review = |i: usize| format!("/materials/{}/review", ids[i]);
        node.send(Method::PUT, &review(0), Some(&bas), &json!({"rating": 5})).await;
        node.send(Method::PUT, &review(0), Some(&cor), &json!({"rating": 4})).await;
        node.send(Method::PUT, &review(1), Some(&bas), &json!({"rating": 3, "used_with_level": "po"})).await;
        let sorted = wait_for_search(&node, "q=zeppelin&sort=rating", Duration::from_secs(5), |b| b["facets"]["rating"]["3"] == 2).await;
        let order: Vec<&str> = sorted["hits"].as_array().unwrap().iter().map(|h| h["id"].as_str().unwrap()).collect();
        assert_eq!(order, [ids[0].as_str(), ids[1].as_str(), ids[2].as_str()], "best reviewed first, unreviewed last");
        assert_eq!(sorted["facets"]["rating"], json!({"1": 2, "2": 2, "3": 2, "4": 1}), "{sorted}");
        assert_eq!(sorted["facets"]["used"], json!({"yes": 1}));
        assert_eq!(sorted["facets"]["reviews"], json!({"1": 2}), "two materials have at least one review; none has three");
        let most = node.get("/search?q=zeppelin&sort=reviews", None).await.1;
        let order: Vec<&str> = most["hits"].as_array().unwrap().iter().map(|h| h["id"].as_str().unwrap()).collect();
        assert_eq!(&order[..2], [ids[0].as_str(), ids[1].as_str()], "most reviewed first");
        assert_eq!(node.get("/search?q=zeppelin&reviews=1", None).await.1["total"], 2);
        let at_least_four = node.get("/search?q=zeppelin&rating=4", None).await.1;
        assert_eq!((at_least_four["total"].as_u64(), at_least_four["hits"][0]["id"].as_str()), (Some(1), Some(ids[0].as_str())));
        let used = node.get("/search?q=zeppelin&used=yes", None).await.1;
        assert_eq!((used["total"].as_u64(), used["hits"][0]["id"].as_str()), (Some(1), Some(ids[1].as_str())));
        // The search page offers the sort and the facets.
        let page = node.client.get(format!("{}/search?q=zeppelin", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("sort=rating") && page.contains("sort=reviews") && page.contains("rating=4"), "sort links and rating facet on the page");
    }
}
