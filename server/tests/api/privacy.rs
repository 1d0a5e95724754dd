//! Privacy rights (issue 18): the account export holds everything the account made and no
//! secret; the privacy statement follows the node's configuration.

use std::io::Read;

use deelwijs_server::domain::vocab::Role;
use reqwest::multipart::{Form, Part};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::support::{backends, read, TestNode};

/// The archive's files by name.
fn unzip(bytes: &[u8]) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut files = std::collections::BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut content = Vec::new();
        file.read_to_end(&mut content).unwrap();
        files.insert(file.name().unwrap().to_string(), content);
    }
    files
}

fn json_of(files: &std::collections::BTreeMap<String, Vec<u8>>, name: &str) -> Value {
    serde_json::from_slice(files.get(name).unwrap_or_else(|| panic!("{name} missing from the export"))).unwrap()
}

#[actix_web::test]
async fn the_export_holds_everything_the_account_made_and_no_secret() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let anna = node.user("anna", Role::Member).await;
        let bas = node.user("bas", Role::Member).await;
        // A material in two versions, each with its own file, and a draft.
        let lesson = node.material(&anna, json!({"title": "Breuken met pizza's"})).await;
        let id = lesson["id"].as_str().unwrap();
        let upload = |name: &'static str, bytes: &'static [u8]| {
            let form = Form::new().part("file", Part::bytes(bytes).file_name(name).mime_str("application/pdf").unwrap());
            node.client.post(node.api(&format!("/materials/{id}/attachments"))).bearer_auth(&anna).multipart(form).send()
        };
        let (status, first) = read(upload("werkblad-1.pdf", b"%PDF eerste versie").await.unwrap()).await;
        assert_eq!(status, StatusCode::CREATED, "{first}");
        let first_id = first["id"].as_str().unwrap().to_owned();
        assert!(node.delete(&format!("/materials/{id}/attachments/{first_id}"), Some(&anna)).await.is_success());
        let (status, _) = read(upload("werkblad-2.pdf", b"%PDF tweede versie").await.unwrap()).await;
        assert_eq!(status, StatusCode::CREATED);
        node.patch(&format!("/materials/{id}"), Some(&anna), &json!({"title": "Breuken met pizza's en taart"})).await;
        node.material(&anna, json!({"title": "Nog niet af", "status": "draft"})).await;
        let (status, _) = node
            .post("/case-studies", Some(&anna), &json!({"title": "Samen leren", "summary": "Zo ging het.", "sector": "vo", "challenge": "Dure methodes.", "approach": "Samen maken.", "results": "Het werkt.", "themes": ["innovating_together"], "stage": "scaling", "language": "nl", "status": "published", "contact": "anna@school.example"}))
            .await;
        assert_eq!(status, StatusCode::CREATED);
        let (status, _) = node
            .post(
                "/collections",
                Some(&anna),
                &json!({"title": "Rekenen in groep 7", "status": "published", "items": [{"material": id, "note": "Eerst deze"}]}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED);
        // What anna does to others' work, and where she belongs.
        let other = node.material(&bas, json!({"title": "Van bas"})).await;
        let other_path = format!("/materials/{}", other["id"].as_str().unwrap());
        assert!(node.send(Method::PUT, &format!("{other_path}/like"), Some(&anna), &Value::Null).await.0.is_success());
        assert!(node.post(&format!("{other_path}/report"), Some(&anna), &json!({"comment": "Bron ontbreekt"})).await.0.is_success());
        assert!(node.post("/networks", Some(&anna), &json!({"name": "rekenen-samen", "title": "Rekenen samen"})).await.0.is_success());

        let response = node.client.get(node.api("/me/export")).bearer_auth(&anna).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-type"], "application/zip");
        assert!(response.headers()["content-disposition"].to_str().unwrap().contains("deelwijs-anna-"));
        assert_eq!(response.headers()["cache-control"], "no-store");
        let bytes = response.bytes().await.unwrap();
        let files = unzip(&bytes);

        let account = json_of(&files, "account.json");
        assert_eq!((account["username"].as_str(), account["email"].as_str()), (Some("anna"), Some("anna@example.org")));
        let materials = json_of(&files, "materials.json");
        let titles: Vec<&str> = materials.as_array().unwrap().iter().filter_map(|m| m["material"]["title"].as_str()).collect();
        assert_eq!(titles, ["Breuken met pizza's en taart", "Nog niet af"], "{backend:?}: drafts too");
        let lesson = materials.as_array().unwrap().iter().find(|m| m["material"]["id"] == id).unwrap();
        assert!(lesson["versions"].as_array().unwrap().len() >= 4, "every version: {}", lesson["versions"]);
        // Both files, the one taken out too (an old version had it), byte for byte.
        let attachment_bodies: Vec<&[u8]> = files.iter().filter(|(name, _)| name.starts_with("attachments/")).map(|(_, body)| body.as_slice()).collect();
        assert_eq!(attachment_bodies.len(), 2, "{:?}", files.keys().collect::<Vec<_>>());
        assert!(attachment_bodies.contains(&b"%PDF eerste versie".as_slice()) && attachment_bodies.contains(&b"%PDF tweede versie".as_slice()));
        assert!(files.keys().any(|name| name.ends_with("/werkblad-1.pdf")));
        assert_eq!(json_of(&files, "case_studies.json")[0]["case_study"]["contact"], "anna@school.example");
        assert_eq!(json_of(&files, "collections.json")[0]["items"][0]["note"], "Eerst deze");
        assert_eq!(json_of(&files, "likes.json").as_array().unwrap().len(), 1);
        assert_eq!(json_of(&files, "reports.json")[0]["comment"], "Bron ontbreekt");
        assert_eq!(json_of(&files, "networks.json")[0]["network"], "rekenen-samen");
        assert_eq!(json_of(&files, "api_tokens.json")[0]["label"], "test");
        assert!(
            files.contains_key("README.txt") && files.contains_key("sessions.json") && files.contains_key("mail.json") && files.contains_key("follows.json")
        );
        // Nothing of bas's, and no secret: no password hash, no token or its hash.
        let everything = String::from_utf8_lossy(&bytes).into_owned() + &files.values().map(|v| String::from_utf8_lossy(v).into_owned()).collect::<String>();
        assert!(!everything.contains("Van bas") && !everything.contains("bas@example.org"));
        assert!(!everything.contains("$argon2") && !everything.contains(&anna));
        let token_hash = deelwijs_server::app::hash_secret(&anna);
        assert!(!everything.contains(&token_hash));
        // Without a token: 401.
        assert_eq!(node.client.get(node.api("/me/export")).send().await.unwrap().status(), StatusCode::UNAUTHORIZED);
    }
}

#[actix_web::test]
async fn the_privacy_page_says_what_the_node_keeps() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let page = node.client.get(format!("{}/privacy", node.url)).send().await.unwrap().text().await.unwrap();
        for expected in ["Wat we bewaren", "argon2id", "Deze node verstuurt geen mail.", "30 dagen", "--operator"] {
            assert!(page.contains(expected), "{backend:?}: {expected:?} missing");
        }
        let sqlite_text = "In één SQLite-databasebestand";
        assert_eq!(page.contains(sqlite_text), backend == crate::support::Backend::Sqlite);
        let english = node.client.get(format!("{}/privacy", node.url)).header("Accept-Language", "en").send().await.unwrap().text().await.unwrap();
        assert!(english.contains("What we keep") && english.contains("Legal basis"));
    }
}
