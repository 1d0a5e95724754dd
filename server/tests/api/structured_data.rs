//! schema.org / LRMI JSON-LD (issue 19): every public material and case study page embeds its
//! description, the same document answers `Accept: application/ld+json`, and the material
//! documents validate against the AMB profile's JSON schema and expand with PyLD without losing
//! a term (both from PyPI, `tests/standards/jsonld.py`). Drafts and unlisted content say
//! nothing; ActivityPub clients still get ActivityStreams.

use deelwijs_server::domain::vocab::Role;
use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::curricula::shared_package;
use crate::support::{backends, read, test_python, TestNode};

/// The `<script type="application/ld+json">` of a page, parsed; `None` when it has none.
fn embedded(html: &str) -> Option<Value> {
    let start = html.find("<script type=\"application/ld+json\">")? + "<script type=\"application/ld+json\">".len();
    let end = start + html[start..].find("</script>")?;
    Some(serde_json::from_str(&html[start..end]).expect("the embedded document is JSON"))
}

async fn page(node: &TestNode, path: &str) -> (StatusCode, reqwest::header::HeaderMap, String) {
    let response = node.client.get(format!("{}{path}", node.url)).header("accept", "text/html").send().await.unwrap();
    (response.status(), response.headers().clone(), response.text().await.unwrap())
}

async fn negotiated(node: &TestNode, path: &str, accept: &str) -> (StatusCode, String, Value) {
    let response = node.client.get(format!("{}{path}", node.url)).header("accept", accept).send().await.unwrap();
    let status = response.status();
    let content_type = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    let body = response.text().await.unwrap();
    (status, content_type, serde_json::from_str(&body).unwrap_or(Value::Null))
}

#[actix_web::test]
async fn public_pages_describe_themselves_in_schema_org_and_validate_against_amb() {
    for backend in backends() {
        // Named `localhost:PORT`, so it also serves ActivityPub objects (checked at the end).
        let node = TestNode::start_federating(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        let anna = node.user("anna", Role::Member).await;
        let bas = node.user("bas", Role::Member).await;
        let slo = shared_package("slo-kerndoelen-2025-11.case.json");
        let (status, report) = node.post("/curricula", Some(&admin), &slo).await;
        assert_eq!(status, StatusCode::CREATED, "{report}");
        let kerndoelen: Vec<String> = slo["CFItems"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["CFItemType"] == "Kerndoel")
            .take(2)
            .map(|i| i["uri"].as_str().unwrap().to_owned())
            .collect();

        let lesson = node
            .material(
                &anna,
                json!({"title": "Breuken </script><script>alert(1)</script> & pizza", "goals": [{"uri": kerndoelen[0], "alignment_type": "teaches"}, {"uri": kerndoelen[1], "alignment_type": "assesses"}], "duration_minutes": 45, "isced_level": 1, "keywords": ["breuken", "pizza"]}),
            )
            .await;
        let lesson_id = lesson["id"].as_str().unwrap().to_owned();
        let form = Form::new().part("file", Part::bytes(b"%PDF werkblad".to_vec()).file_name("werkblad.pdf").mime_str("application/pdf").unwrap());
        let (status, _) =
            read(node.client.post(node.api(&format!("/materials/{lesson_id}/attachments"))).bearer_auth(&anna).multipart(form).send().await.unwrap()).await;
        assert_eq!(status, StatusCode::CREATED);
        let (_, remix) = node.post(&format!("/materials/{lesson_id}/remix"), Some(&bas), &json!({"title": "Brüche mit Pizza"})).await;
        let remix_id = remix["id"].as_str().unwrap().to_owned();
        let (status, _) = node.patch(&format!("/materials/{remix_id}"), Some(&bas), &json!({"status": "published", "language": "de"})).await;
        assert_eq!(status, StatusCode::OK);
        // A language without a two-letter code, and several levels without an ISCED level.
        let papiamento = node
            .material(&anna, json!({"title": "Fractions na Papiamentu", "language": "pap", "education_levels": ["vo", "mbo"], "resource_type": "worksheet"}))
            .await;
        let (status, case_study) = node
            .post("/case-studies", Some(&anna), &json!({"title": "Samen leren", "summary": "Zo ging het.", "sector": "vo", "challenge": "Dure methodes.", "approach": "Samen maken.", "results": "Het werkt.", "themes": ["innovating_together", "ethics"], "stage": "scaling", "language": "nl", "status": "published", "related_materials": [lesson_id]}))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{case_study}");
        let draft = node.material(&anna, json!({"title": "Nog niet af", "status": "draft"})).await;
        let unlisted = node.material(&anna, json!({"title": "Alleen met de link", "status": "unlisted"})).await;

        let mut documents = Vec::new();
        let paths = [
            format!("/materials/{lesson_id}"),
            format!("/materials/{remix_id}"),
            format!("/materials/{}", papiamento["id"].as_str().unwrap()),
            format!("/case-studies/{}", case_study["id"].as_str().unwrap()),
        ];
        for path in &paths {
            let (status, headers, html) = page(&node, path).await;
            assert_eq!(status, StatusCode::OK);
            assert!(headers["content-security-policy"].to_str().unwrap().starts_with("default-src 'none'"), "the page still runs no script");
            assert_eq!(headers["vary"], "Accept");
            assert!(!html.contains("</script><script>alert"), "text cannot close the data block");
            let in_page = embedded(&html).unwrap_or_else(|| panic!("{path} embeds JSON-LD"));
            let (status, content_type, served) = negotiated(&node, path, "application/ld+json").await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(content_type, "application/ld+json");
            assert_eq!(in_page, served, "{path}: the page embeds what content negotiation serves");
            assert_eq!(served["id"], format!("{}{path}", node.url));
            documents.push(served);
        }
        let lesson_doc = &documents[0];
        assert_eq!(lesson_doc["type"], json!(["LearningResource"]));
        assert_eq!(lesson_doc["name"], "Breuken </script><script>alert(1)</script> & pizza");
        assert_eq!(lesson_doc["inLanguage"], json!(["nl"]));
        assert_eq!(lesson_doc["license"]["id"], "https://creativecommons.org/licenses/by/4.0/");
        assert_eq!(lesson_doc["teaches"][0]["id"], kerndoelen[0].as_str());
        assert_eq!(lesson_doc["assesses"][0]["id"], kerndoelen[1].as_str());
        assert_eq!(lesson_doc["educationalAlignment"].as_array().unwrap().len(), 2);
        assert_eq!(
            lesson_doc["educationalLevel"],
            json!([{"id": "https://w3id.org/kim/educationalLevel/level_1", "prefLabel": {"nl": "Primair onderwijs", "en": "Primary education"}}])
        );
        assert_eq!(lesson_doc["learningResourceType"][0]["id"], "https://w3id.org/kim/hcrt/lesson_plan");
        assert_eq!(lesson_doc["timeRequired"], "PT45M");
        assert_eq!(lesson_doc["encoding"][0]["encodingFormat"], "application/pdf");
        assert!(lesson_doc["encoding"][0]["contentUrl"].as_str().unwrap().contains("/files/"));
        assert_eq!(documents[1]["isBasedOn"], json!([{"id": format!("{}/materials/{lesson_id}", node.url), "name": lesson["title"]}]));
        assert_eq!(documents[1]["inLanguage"], json!(["de"]));
        assert!(documents[2].get("inLanguage").is_none(), "no two-letter code: no language claimed");
        let levels: Vec<&str> = documents[2]["educationalLevel"].as_array().unwrap().iter().map(|l| l["id"].as_str().unwrap()).collect();
        assert_eq!(levels, ["level_2", "level_3", "level_4"].map(|l| format!("https://w3id.org/kim/educationalLevel/{l}")));
        assert_eq!(documents[3]["type"], json!(["Article"]));
        assert_eq!(documents[3]["about"].as_array().unwrap().len(), 2);
        assert_eq!(documents[3]["citation"][0]["id"], format!("{}/materials/{lesson_id}", node.url));

        // Unlisted material is readable by its link but describes itself to no machine; drafts
        // are not there at all.
        let unlisted_path = format!("/materials/{}", unlisted["id"].as_str().unwrap());
        let (status, _, html) = page(&node, &unlisted_path).await;
        assert_eq!(status, StatusCode::OK);
        assert!(embedded(&html).is_none());
        let (status, _, _) = negotiated(&node, &unlisted_path, "application/ld+json").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _, _) = negotiated(&node, &format!("/materials/{}", draft["id"].as_str().unwrap()), "application/ld+json").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        // ActivityPub clients still get the ActivityStreams object.
        let (status, _, object) = negotiated(&node, &paths[0], r#"application/ld+json; profile="https://www.w3.org/ns/activitystreams""#).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(object["type"], "Article");
        assert!(object["@context"].to_string().contains("https://www.w3.org/ns/activitystreams"));

        let report = check_with_python(&documents);
        assert_eq!(report["valid_examples_passing"], 32, "the validator passes the profile's valid examples (one lacks a time zone)");
        assert_eq!(report["invalid_examples_failing"], 35, "and fails every invalid one");
        for (i, checked) in report["documents"].as_array().unwrap().iter().enumerate() {
            // Case studies are Articles with our themes as `about`, which AMB reserves for its
            // subject vocabularies: only the materials are held to the schema.
            if i < 3 {
                assert_eq!(checked["schema_errors"], json!([]), "{}: {checked}", paths[i]);
            }
            assert_eq!(checked["lost_terms"], json!([]), "{}: every term expands: {checked}", paths[i]);
        }
    }
}

fn check_with_python(documents: &[Value]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("documents.json");
    std::fs::write(&input, serde_json::to_vec(documents).unwrap()).unwrap();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/standards/jsonld.py");
    let amb = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/oer/amb-20231019");
    let python = test_python();
    let output = std::process::Command::new(&python).arg(script).arg(amb).arg(&input).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "jsonld.py failed ({python}; .ci/test installs jsonschema and PyLD): {stderr}");
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("jsonld.py output: {e}: {stderr}"))
}

#[actix_web::test]
async fn the_vocabularies_the_documents_cite_are_served() {
    let node = TestNode::start(crate::support::Backend::Sqlite).await;
    let (status, vocabularies) = node.get("/vocabularies", None).await;
    assert_eq!(status, StatusCode::OK);
    for (name, terms) in vocabularies.as_object().unwrap() {
        let ids: Vec<&str> = terms.as_array().unwrap().iter().map(|t| t["id"].as_str().unwrap()).collect();
        assert!(!ids.is_empty(), "{name}");
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{name}: ids are unique");
    }
    assert!(vocabularies["subjects"]
        .as_array()
        .unwrap()
        .contains(&json!({"id": "rekenen-wiskunde", "nl": "Rekenen en wiskunde", "en": "Mathematics", "de": "Mathematik", "fr": "Mathématiques"})));
    assert!(vocabularies["education-levels"].as_array().unwrap().iter().any(|l| l["id"] == "po" && l["en"] == "Primary education"));
    let by = vocabularies["licenses"].as_array().unwrap().iter().find(|l| l["id"] == "CC-BY-4.0").unwrap();
    assert_eq!(by["url"], "https://creativecommons.org/licenses/by/4.0/");
    // Every value a material takes is one the API accepts.
    let anna = node.user("anna", deelwijs_server::domain::vocab::Role::Member).await;
    let material = node
        .material(
            &anna,
            json!({"education_levels": [vocabularies["education-levels"][6]["id"]], "subjects": [vocabularies["subjects"][3]["id"]], "resource_type": vocabularies["resource-types"][4]["id"], "license": vocabularies["licenses"][2]["id"]}),
        )
        .await;
    assert_eq!(material["license"], vocabularies["licenses"][2]["id"]);
}
