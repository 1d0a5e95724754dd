//! Remixing over the API: licence rules, `derived_from`, attribution chains, remix lists.

use deelwijs_server::domain::vocab::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{backends, check_error, TestNode};

#[actix_web::test]
async fn licence_rules_are_enforced() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let author = node.user("auteur", Role::Member).await;
        let remixer = node.user("remixer", Role::Member).await;
        let nd = node.material(&author, json!({"license": "CC-BY-ND-4.0"})).await;
        let sa = node.material(&author, json!({"license": "CC-BY-SA-4.0"})).await;
        let nc = node.material(&author, json!({"license": "CC-BY-NC-4.0"})).await;
        let cc0 = node.material(&author, json!({"license": "CC0-1.0"})).await;
        let remix = |m: &serde_json::Value| format!("/materials/{}/remix", m["id"].as_str().unwrap());

        check_error(&node.post(&remix(&nd), Some(&remixer), &json!({})).await, StatusCode::UNPROCESSABLE_ENTITY, "license_forbids_remix");
        check_error(&node.post(&remix(&sa), Some(&remixer), &json!({"license": "CC-BY-4.0"})).await, StatusCode::UNPROCESSABLE_ENTITY, "license_incompatible");
        check_error(
            &node.post(&remix(&nc), Some(&remixer), &json!({"license": "CC-BY-SA-4.0"})).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "license_incompatible",
        );
        crate::support::check_field_error(&node.post(&remix(&nc), Some(&remixer), &json!({"license": "WTFPL"})).await, "license", "unknown_license");

        let (status, options) = node.get(&remix(&sa), None).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(options["allowed_licenses"], json!(["CC-BY-SA-4.0"]));
        assert_eq!(node.get(&remix(&nd), None).await.1["remix_allowed"], false);

        let (status, from_sa) = node.post(&remix(&sa), Some(&remixer), &json!({})).await;
        assert_eq!(status, StatusCode::CREATED, "{from_sa}");
        assert_eq!(from_sa["license"], "CC-BY-SA-4.0", "ShareAlike keeps the licence by default");
        let (status, from_nc) = node.post(&remix(&nc), Some(&remixer), &json!({"license": "CC-BY-NC-SA-4.0"})).await;
        assert_eq!(status, StatusCode::CREATED, "{from_nc}");
        let (status, from_cc0) = node.post(&remix(&cc0), Some(&remixer), &json!({"license": "CC-BY-NC-ND-4.0"})).await;
        assert_eq!(status, StatusCode::CREATED, "{from_cc0}");

        // Refused remixes created nothing: the remixer owns exactly the three accepted ones.
        let remixes_of_remixer = {
            let app = node.app.clone();
            let id = deelwijs_server::app::accounts::by_username(&app, "remixer").await.unwrap().id;
            deelwijs_server::app::materials::list(&app, Some(&id), deelwijs_server::store::Page::new(None, None)).await.unwrap().total
        };
        assert_eq!(remixes_of_remixer, 3);
    }
}

#[actix_web::test]
async fn remix_keeps_source_attribution_chain_and_is_listed() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let sanne = node.user("sanne", Role::Member).await;
        let ahmed = node.user("ahmed", Role::Member).await;
        let joke = node.user("joke", Role::Member).await;
        let original = node.material(&sanne, json!({"title": "Breuken met pizza's", "authors": ["Sanne de Vries"]})).await;
        let original_id = original["id"].as_str().unwrap();

        let (status, first) =
            node.post(&format!("/materials/{original_id}/remix"), Some(&ahmed), &json!({"title": "Fractions with pizza", "status": "published"})).await;
        assert_eq!(status, StatusCode::CREATED, "{first}");
        assert_eq!(first["derived_from"]["id"], original_id);
        assert_eq!(first["derived_from"]["url"], original["url"]);
        assert_eq!(first["derived_from"]["version"], 1);
        assert_eq!(first["title"], "Fractions with pizza");
        assert_eq!(first["authors"], json!(["Teacher ahmed"]));
        assert_eq!(first["attribution"].as_array().unwrap().len(), 1);
        let tasl = first["attribution"][0]["tasl"].as_str().unwrap();
        assert!(tasl.contains("Breuken met pizza's") && tasl.contains("Sanne de Vries") && tasl.contains("CC BY 4.0"), "{tasl}");
        // The remix's page says it was changed, from what and by whom (CC: indicate changes).
        let page = node.client.get(first["url"].as_str().unwrap()).header("Accept-Language", "nl").send().await.unwrap().text().await.unwrap();
        assert!(
            page.contains("&quot;Fractions with pizza&quot; door Teacher ahmed is een bewerking van &quot;Breuken met pizza's&quot; door Sanne de Vries"),
            "{backend:?}: the adaptation is stated"
        );

        let first_id = first["id"].as_str().unwrap();
        let (_, second) = node.post(&format!("/materials/{first_id}/remix"), Some(&joke), &json!({"license": "CC-BY-SA-4.0", "status": "published"})).await;
        assert_eq!(second["attribution"].as_array().unwrap().len(), 2, "{second}");
        assert_eq!(second["attribution"][0]["title"], "Fractions with pizza");
        assert_eq!(second["attribution"][1]["title"], "Breuken met pizza's");

        let (_, original_now) = node.get(&format!("/materials/{original_id}"), None).await;
        assert_eq!(original_now["remixes"].as_array().unwrap().len(), 1, "{original_now}");
        assert_eq!(original_now["remixes"][0]["url"], first["url"]);

        // Remixes start as drafts unless told otherwise, and drafts are not listed as remixes.
        let (_, draft) = node.post(&format!("/materials/{original_id}/remix"), Some(&joke), &json!({})).await;
        assert_eq!(draft["status"], "draft");
        assert_eq!(node.get(&format!("/materials/{original_id}"), None).await.1["remixes"].as_array().unwrap().len(), 1);

        check_error(&node.post("/materials/nope/remix", Some(&joke), &json!({})).await, StatusCode::NOT_FOUND, "not_found");
        check_error(&node.post(&format!("/materials/{original_id}/remix"), None, &json!({})).await, StatusCode::UNAUTHORIZED, "unauthenticated");
    }
}

#[actix_web::test]
async fn a_remix_cannot_later_escape_its_source_licence() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let author = node.user("auteur", Role::Member).await;
        let remixer = node.user("remixer", Role::Member).await;
        let sa = node.material(&author, json!({"license": "CC-BY-SA-4.0"})).await;
        let (_, remix) = node.post(&format!("/materials/{}/remix", sa["id"].as_str().unwrap()), Some(&remixer), &json!({})).await;
        let path = format!("/materials/{}", remix["id"].as_str().unwrap());
        check_error(&node.patch(&path, Some(&remixer), &json!({"license": "CC0-1.0"})).await, StatusCode::UNPROCESSABLE_ENTITY, "license_incompatible");
        assert_eq!(node.get(&path, Some(&remixer)).await.1["license"], "CC-BY-SA-4.0");
        assert_eq!(node.patch(&path, Some(&remixer), &json!({"title": "Aangepast"})).await.0, StatusCode::OK);
    }
}
