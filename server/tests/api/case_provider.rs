//! The CASE provider (issue 19): frameworks imported here are served at `/ims/case/v1p0/…` as
//! they came (identifiers, URIs, statements with astral-plane characters and Markdown, every
//! association), tidied where the source breaks the schema, valid against the CFPackage schema (jsonschema, PyPI); exported from one node,
//! imported on another and exported again, a package is the same. A framework imported before
//! the node kept its source is rebuilt from the goal tables, valid and round-tripping too.

use deelwijs_server::domain::vocab::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::curricula::shared_package;
use crate::support::{backends, test_python, TestNode};

const PACKAGES: [&str; 4] =
    ["slo-kerndoelen-2025-11.case.json", "third-party/ccss-math-sample.case.json", "third-party/utf8.case.json", "third-party/markdown.case.json"];

async fn case(node: &TestNode, path: &str) -> (StatusCode, Value) {
    let response = node.client.get(format!("{}/ims/case/v1p0{path}", node.url)).send().await.unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Schema errors per package (`case-v1p0-cfpackage-schema.json` in ../shared).
fn schema_errors(packages: &[Value]) -> Vec<Value> {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<std::path::PathBuf> = packages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let path = dir.path().join(format!("{i}.json"));
            std::fs::write(&path, serde_json::to_vec(p).unwrap()).unwrap();
            path
        })
        .collect();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/standards/json_schema.py");
    let schema = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/curriculum/case-v1p0-cfpackage-schema.json");
    let python = test_python();
    let output = std::process::Command::new(&python).arg(script).arg(schema).args(&files).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "json_schema.py failed ({python}; .ci/test installs jsonschema): {stderr}");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    files.iter().map(|f| report[f.to_string_lossy().as_ref()].clone()).collect()
}

/// Items or associations by identifier, for comparing without caring about order.
fn by_identifier(list: &Value) -> std::collections::BTreeMap<String, Value> {
    list.as_array().unwrap().iter().map(|v| (v["identifier"].as_str().unwrap().to_owned(), v.clone())).collect()
}

#[actix_web::test]
async fn frameworks_are_served_as_imported_and_round_trip_between_nodes() {
    for backend in backends() {
        let a = TestNode::start(backend).await;
        let b = TestNode::start(backend).await;
        let admin_a = a.user("beheer", Role::Admin).await;
        let admin_b = b.user("beheer", Role::Admin).await;
        let (mut exported, mut specials) = (Vec::new(), 0);
        for name in PACKAGES {
            let original = shared_package(name);
            let (status, report) = a.post("/curricula", Some(&admin_a), &original).await;
            assert_eq!(status, StatusCode::CREATED, "{name}: {report}");
            let id = original["CFDocument"]["identifier"].as_str().unwrap();
            let (status, from_a) = case(&a, &format!("/CFPackages/{id}")).await;
            assert_eq!(status, StatusCode::OK, "{name}");
            assert_eq!(from_a["CFDocument"]["uri"], original["CFDocument"]["uri"], "{name}: the document keeps its URI");
            assert_eq!(from_a["CFDocument"]["title"], original["CFDocument"]["title"]);
            // Every item and association as it came, identifiers and URIs included.
            let (items, original_items) = (by_identifier(&from_a["CFItems"]), by_identifier(&original["CFItems"]));
            assert_eq!(items.len(), original_items.len(), "{name}");
            for (identifier, item) in &original_items {
                for key in ["uri", "fullStatement", "humanCodingScheme", "abbreviatedStatement", "CFItemType", "educationLevel", "notes"] {
                    assert_eq!(items[identifier].get(key), item.get(key), "{name}: item {identifier} keeps {key}");
                }
            }
            let (associations, original_associations) = (by_identifier(&from_a["CFAssociations"]), by_identifier(&original["CFAssociations"]));
            assert_eq!(associations.len(), original_associations.len(), "{name}: every association, of every type");
            for (identifier, association) in &original_associations {
                for key in ["uri", "associationType", "originNodeURI", "destinationNodeURI"] {
                    assert_eq!(associations[identifier].get(key), association.get(key), "{name}: association {identifier} keeps {key}");
                }
                // A sequence number some tools write as a string is served as the integer CASE wants.
                let number = |v: Option<&Value>| v.and_then(|n| n.as_i64().or_else(|| n.as_str().and_then(|s| s.parse().ok())));
                assert_eq!(number(associations[identifier].get("sequenceNumber")), number(association.get("sequenceNumber")), "{name}: {identifier}");
            }
            // Another node imports the export; its export is the same package.
            let (status, report) = b.post("/curricula", Some(&admin_b), &from_a).await;
            assert_eq!(status, StatusCode::CREATED, "{name}: {report}");
            let (status, from_b) = case(&b, &format!("/CFPackages/{id}")).await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(from_b, from_a, "{name}: exported, imported elsewhere and exported again, the package is the same");
            // Astral-plane and Markdown statements come back to the character.
            if let Some(special) = original["CFItems"].as_array().unwrap().iter().find(|i| {
                let statement = i["fullStatement"].as_str().unwrap();
                statement.chars().any(|c| c > '\u{FFFF}') || statement.contains('|')
            }) {
                let (status, item) = case(&a, &format!("/CFItems/{}", special["identifier"].as_str().unwrap())).await;
                assert_eq!(status, StatusCode::OK, "{name}");
                assert_eq!(item["fullStatement"], special["fullStatement"], "{name}");
                specials += 1;
            }
            exported.push(from_a);
        }
        assert!(specials >= 2, "the astral-plane and the Markdown statements were both checked");
        // utf8 and markdown are two versions of one document (the same identifier): the later
        // import replaced the earlier, whose item is gone from what is served.
        assert_eq!(case(&a, "/CFItems/00000000-0000-0000-0000-000000000001").await.0, StatusCode::NOT_FOUND);
        for (name, errors) in PACKAGES.iter().zip(schema_errors(&exported)) {
            assert_eq!(errors, json!([]), "{name}: the export validates against the CFPackage schema");
        }

        let slo = shared_package(PACKAGES[0]);
        let association = &slo["CFAssociations"][7];
        assert_eq!(case(&a, &format!("/CFAssociations/{}", association["identifier"].as_str().unwrap())).await.1["uri"], association["uri"]);

        // The list of documents, and CASE's status document for what is not here.
        let (status, documents) = case(&a, "/CFDocuments").await;
        assert_eq!(status, StatusCode::OK);
        let mut ids: Vec<&str> = documents["CFDocuments"].as_array().unwrap().iter().map(|d| d["identifier"].as_str().unwrap()).collect();
        ids.sort_unstable();
        let mut expected: Vec<String> = PACKAGES.iter().map(|p| shared_package(p)["CFDocument"]["identifier"].as_str().unwrap().to_owned()).collect();
        expected.sort();
        expected.dedup();
        assert_eq!(ids, expected);
        assert_eq!(case(&a, &format!("/CFDocuments/{}", expected[0])).await.1["identifier"], expected[0].as_str());
        for missing in ["/CFDocuments/00000000-0000-0000-0000-000000000000", "/CFPackages/nope", "/CFItems/nope", "/CFAssociations/nope"] {
            let (status, body) = case(&a, missing).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{missing}");
            assert_eq!(body["imsx_codeMinor"]["imsx_codeMinorField"][0]["imsx_codeMinorFieldValue"], "unknownobject");
            assert_eq!(body["imsx_codeMajor"], "failure");
        }
    }
}

#[actix_web::test]
async fn a_framework_imported_before_sources_were_kept_is_rebuilt_from_the_goals() {
    for backend in backends() {
        let a = TestNode::start(backend).await;
        let b = TestNode::start(backend).await;
        let admin_a = a.user("beheer", Role::Admin).await;
        let admin_b = b.user("beheer", Role::Admin).await;
        let slo = shared_package(PACKAGES[0]);
        assert_eq!(a.post("/curricula", Some(&admin_a), &slo).await.0, StatusCode::CREATED);
        // As a node upgraded from a version that kept no sources holds it.
        a.app
            .db
            .write(|conn| {
                use diesel::prelude::*;
                diesel::sql_query("DELETE FROM case_sources").execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        let id = slo["CFDocument"]["identifier"].as_str().unwrap();
        let (status, rebuilt) = case(&a, &format!("/CFPackages/{id}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(schema_errors(std::slice::from_ref(&rebuilt)), [json!([])], "the rebuilt package is valid CASE");
        let items = by_identifier(&rebuilt["CFItems"]);
        let current: Vec<&Value> = slo["CFItems"].as_array().unwrap().iter().collect();
        assert_eq!(items.len(), current.len(), "every goal, none retired");
        for item in current {
            let served = &items[item["identifier"].as_str().unwrap()];
            assert_eq!(served["uri"], item["uri"]);
            assert_eq!(served["fullStatement"], item["fullStatement"]);
        }
        let kinds = |package: &Value, kind: &str| package["CFAssociations"].as_array().unwrap().iter().filter(|a| a["associationType"] == kind).count();
        assert_eq!(kinds(&rebuilt, "replacedBy"), kinds(&slo, "replacedBy"));
        assert_eq!(kinds(&rebuilt, "isChildOf"), kinds(&slo, "isChildOf"), "the hierarchy, the document's children included");
        let association = &rebuilt["CFAssociations"][0];
        assert_eq!(case(&a, &format!("/CFAssociations/{}", association["identifier"].as_str().unwrap())).await.1, *association);
        // And it round-trips like any other.
        assert_eq!(b.post("/curricula", Some(&admin_b), &rebuilt).await.0, StatusCode::CREATED);
        assert_eq!(case(&b, &format!("/CFPackages/{id}")).await.1, rebuilt);
        assert_eq!(case(&a, &format!("/CFPackages/{id}")).await.1, rebuilt, "derived identifiers are stable");
    }
}
