//! Translations of a material over real HTTP on both databases: translating (a remix into
//! another language, licence rules kept), declaring and removing the link to an original, the
//! original's list, refusals that change nothing, schema.org's `translationOfWork` and
//! `workTranslation`, and search grouping a work's languages.

use std::time::Duration;

use deelwijs_server::domain::vocab::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::search::wait_for_search;
use crate::support::{backends, check_error, check_field_error, TestNode};

fn id(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

async fn json_ld(node: &TestNode, path: &str) -> Value {
    let response = node.client.get(format!("{}{path}", node.url)).header("accept", "application/ld+json").send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

#[actix_web::test]
async fn a_translation_is_a_remix_in_another_language_linked_both_ways() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let anna = node.user("anna", Role::Member).await;
        let max = node.user("max", Role::Member).await;
        let original = node.material(&anna, json!({"title": "Breuken met pizza", "license": "CC-BY-SA-4.0", "language": "nl", "keywords": ["zeppelin"]})).await;
        let translate = format!("/materials/{}/translate", id(&original));

        // Refusals first: each says why and makes nothing.
        check_error(&node.post(&translate, None, &json!({"language": "de"})).await, StatusCode::UNAUTHORIZED, "unauthenticated");
        check_field_error(&node.post(&translate, Some(&max), &json!({})).await, "language", "required");
        check_field_error(&node.post(&translate, Some(&max), &json!({"language": "nl-BE"})).await, "language", "unchanged");
        check_field_error(&node.post(&translate, Some(&max), &json!({"language": "xx-nope-123456789"})).await, "language", "unknown_language");
        check_error(
            &node.post(&translate, Some(&max), &json!({"language": "de", "license": "CC-BY-4.0"})).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "license_incompatible",
        );
        let nd = node.material(&anna, json!({"title": "Niet bewerken", "license": "CC-BY-ND-4.0"})).await;
        check_error(
            &node.post(&format!("/materials/{}/translate", id(&nd)), Some(&max), &json!({"language": "de"})).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "license_forbids_remix",
        );
        let draft = node.material(&anna, json!({"title": "Geheim", "status": "draft"})).await;
        check_error(
            &node.post(&format!("/materials/{}/translate", id(&draft)), Some(&max), &json!({"language": "de"})).await,
            StatusCode::NOT_FOUND,
            "not_found",
        );
        check_error(&node.post(&translate, Some(&max), &json!({"language": "de", "colour": "red"})).await, StatusCode::BAD_REQUEST, "invalid_json");
        assert_eq!(node.get("/materials?per_page=100", None).await.1["total"], 2, "nothing was made");

        let (status, german) = node
            .post(
                &translate,
                Some(&max),
                &json!({"language": "de", "title": "Brüche mit Pizza", "adaptation_notes": "Euro statt Gulden; Schweizer Beispiele.", "status": "published"}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{german}");
        assert_eq!((german["language"].as_str(), german["license"].as_str()), (Some("de"), Some("CC-BY-SA-4.0")));
        assert_eq!(german["translation_of"]["id"], original["id"]);
        assert_eq!(german["translation_of"]["language"], "nl");
        assert_eq!(german["adaptation_notes"], "Euro statt Gulden; Schweizer Beispiele.");
        assert_eq!(german["derived_from"]["id"], original["id"], "a translation is a remix: the attribution chain is kept");
        assert_eq!(german["attribution"][0]["title"], "Breuken met pizza");
        let (_, read) = node.get(&format!("/materials/{}", id(&original)), None).await;
        assert_eq!(read["translations"].as_array().unwrap().len(), 1, "{read}");
        assert_eq!((read["translations"][0]["language"].as_str(), read["translations"][0]["title"].as_str()), (Some("de"), Some("Brüche mit Pizza")));

        // An existing material declares itself a translation, by the original's URL.
        let english = node.material(&max, json!({"title": "Fractions with pizza", "language": "en", "keywords": ["zeppelin"]})).await;
        let english_path = format!("/materials/{}", id(&english));
        let (status, linked) = node.patch(&english_path, Some(&max), &json!({"translation_of": original["url"]})).await;
        assert_eq!(status, StatusCode::OK, "{linked}");
        assert_eq!(linked["translation_of"]["id"], original["id"]);
        let languages = |v: &Value| v["translations"].as_array().unwrap().iter().map(|t| t["language"].as_str().unwrap().to_owned()).collect::<Vec<_>>();
        assert_eq!(languages(&node.get(&format!("/materials/{}", id(&original)), None).await.1), ["de", "en"]);
        // Refused links leave the link as it was.
        check_field_error(
            &node.patch(&english_path, Some(&max), &json!({"translation_of": "https://elsewhere.example/materials/1"})).await,
            "translation_of",
            "unknown_value",
        );
        check_field_error(&node.patch(&english_path, Some(&max), &json!({"translation_of": english["url"]})).await, "translation_of", "unknown_value");
        check_field_error(&node.patch(&english_path, Some(&max), &json!({"translation_of": id(&draft)})).await, "translation_of", "unknown_value");
        let loop_back = node.patch(&format!("/materials/{}", id(&original)), Some(&anna), &json!({"translation_of": english["url"]})).await;
        check_field_error(&loop_back, "translation_of", "unknown_value");
        assert_eq!(node.get(&english_path, None).await.1["translation_of"]["id"], original["id"]);

        // schema.org, both ways.
        let doc = json_ld(&node, &format!("/materials/{}", id(&german))).await;
        assert_eq!(doc["translationOfWork"]["id"], original["url"]);
        let doc = json_ld(&node, &format!("/materials/{}", id(&original))).await;
        let translated: Vec<(&str, &str)> =
            doc["workTranslation"].as_array().unwrap().iter().map(|t| (t["id"].as_str().unwrap(), t["inLanguage"].as_str().unwrap())).collect();
        assert_eq!(translated, [(german["url"].as_str().unwrap(), "de"), (english["url"].as_str().unwrap(), "en")]);

        // The pages link each language with hreflang.
        let page = node.client.get(format!("{}/materials/{}", node.url, id(&original))).send().await.unwrap().text().await.unwrap();
        assert!(page.contains(&format!("href=\"{}\" hreflang=\"de\"", german["url"].as_str().unwrap())), "the original links its German translation");

        // Search: every language apart, or one result per work with the others listed.
        wait_for_search(&node, "q=zeppelin", Duration::from_secs(5), |b| b["total"] == 3).await;
        let (_, grouped) = node.get("/search?q=zeppelin&group=translations", None).await;
        let hits = grouped["hits"].as_array().unwrap();
        assert_eq!(hits.len(), 1, "{grouped}");
        let mut others: Vec<&str> = hits[0]["translations"].as_array().unwrap().iter().map(|t| t["language"].as_str().unwrap()).collect();
        others.sort_unstable();
        assert_eq!(others.len(), 2, "the other two languages of the work: {others:?}");
        assert_eq!(grouped["total"], 3, "total counts every match");
        let (_, apart) = node.get("/search?q=zeppelin", None).await;
        assert!(apart["hits"].as_array().unwrap().iter().all(|h| h["translations"] == json!([])));

        // Taking the link away.
        let (_, unlinked) = node.patch(&english_path, Some(&max), &json!({"translation_of": ""})).await;
        assert_eq!(unlinked["translation_of"], Value::Null);
        assert_eq!(languages(&node.get(&format!("/materials/{}", id(&original)), None).await.1), ["de"]);
    }
}
