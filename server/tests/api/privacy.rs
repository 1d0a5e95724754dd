//! Privacy rights (issue 18): the account export holds everything the account made and no
//! secret; the privacy statement follows the node's configuration.

use std::io::Read;

use deelwijs_server::domain::vocab::Role;
use reqwest::multipart::{Form, Part};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::support::{backends, read, tables_mentioning, TestNode};

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
        assert!(node.send(Method::PUT, &format!("{other_path}/review"), Some(&anna), &json!({"rating": 4, "text": "Mening van anna"})).await.0.is_success());
        assert!(node.post(&format!("{other_path}/report"), Some(&anna), &json!({"comment": "Bron ontbreekt"})).await.0.is_success());
        assert!(node.post("/networks", Some(&anna), &json!({"name": "rekenen-samen", "title": "Rekenen samen"})).await.0.is_success());
        let ask = json!({"title": "Wie helpt anna?", "situation": "Vraag van anna", "help_type": "visit", "education_level": "po"});
        let (_, asked) = node.post("/questions", Some(&anna), &ask).await;
        node.post(&format!("/questions/{}/answers", asked["id"].as_str().unwrap()), Some(&bas), &json!({"text": "Antwoord van bas"})).await;
        let (_, theirs) =
            node.post("/questions", Some(&bas), &json!({"title": "Vraag van bas", "situation": "x", "help_type": "visit", "education_level": "po"})).await;
        node.post(&format!("/questions/{}/answers", theirs["id"].as_str().unwrap()), Some(&anna), &json!({"text": "Antwoord van anna"})).await;

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
        assert_eq!(json_of(&files, "reviews.json")[0]["body"], "Mening van anna");
        let questions = json_of(&files, "questions.json");
        assert_eq!(questions["asked"][0]["question"]["title"], "Wie helpt anna?", "{questions}");
        assert!(questions["asked"][0]["answers"][0]["body_html"].as_str().unwrap().contains("Antwoord van bas"), "{questions}");
        assert!(questions["answers"][0]["body_html"].as_str().unwrap().contains("Antwoord van anna"), "{questions}");
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

/// After deletion nothing personal is left in any table of either database: not the address,
/// not the name, not a draft, not case-study contact details; the sign-in, the token and the
/// session are dead; the account's files are gone from disk unless kept work uses them.
#[actix_web::test]
async fn a_deleted_account_leaves_no_personal_data_behind() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        node.user("beheer", Role::Admin).await;
        for (username, choice) in [("anna", "delete"), ("kees", "keep")] {
            let token = node.user(username, Role::Member).await;
            let published = node.material(&token, json!({"title": format!("Openbaar werk van {username}")})).await;
            let id = published["id"].as_str().unwrap().to_owned();
            let form = Form::new()
                .part("file", Part::bytes(format!("%PDF bestand van {username}").into_bytes()).file_name("les.pdf").mime_str("application/pdf").unwrap());
            let (status, _) =
                read(node.client.post(node.api(&format!("/materials/{id}/attachments"))).bearer_auth(&token).multipart(form).send().await.unwrap()).await;
            assert_eq!(status, StatusCode::CREATED);
            node.material(&token, json!({"title": format!("Geheim concept van {username}"), "status": "draft"})).await;
            let case = json!({"title": format!("Verhaal van {username}"), "summary": "Zo ging het.", "sector": "vo", "challenge": "Iets.", "approach": "Samen.", "results": "Goed.",
                "themes": ["innovating_together"], "stage": "scaling", "language": "nl", "status": "published", "contact": format!("Bel {username} op 06-12345678")});
            assert_eq!(node.post("/case-studies", Some(&token), &case).await.0, StatusCode::CREATED);
            let others = node.user(if choice == "keep" { "collega-k" } else { "collega-d" }, Role::Member).await;
            let theirs = node.material(&others, json!({"title": "Van een collega"})).await;
            let theirs_path = format!("/materials/{}", theirs["id"].as_str().unwrap());
            assert!(node.send(Method::PUT, &format!("{theirs_path}/like"), Some(&token), &Value::Null).await.0.is_success());
            assert!(node.post(&format!("{theirs_path}/report"), Some(&token), &json!({"comment": format!("melding door {username}")})).await.0.is_success());
            let review = json!({"rating": 2, "text": format!("beoordeling door {username}")});
            assert!(node.send(Method::PUT, &format!("{theirs_path}/review"), Some(&token), &review).await.0.is_success());
            assert!(node.post("/networks", Some(&token), &json!({"name": format!("netwerk-{username}"), "title": "Samen"})).await.0.is_success());
            let ask = json!({"title": format!("Hulpvraag van {username}"), "situation": "Wie helpt?", "help_type": "visit", "education_level": "po"});
            assert_eq!(node.post("/questions", Some(&token), &ask).await.0, StatusCode::CREATED);
            let (_, theirs_q) = node
                .post("/questions", Some(&others), &json!({"title": "Vraag van een collega", "situation": "x", "help_type": "visit", "education_level": "po"}))
                .await;
            let answer = json!({"text": format!("antwoord door {username}")});
            assert_eq!(node.post(&format!("/questions/{}/answers", theirs_q["id"].as_str().unwrap()), Some(&token), &answer).await.0, StatusCode::CREATED);
            let session = node.sign_in(username).await;

            // The wrong password changes nothing.
            let wrong = node
                .send(Method::DELETE, "/me", Some(&token), &json!({"password": "niet het wachtwoord", "published": choice, "keep_name": "Een docent"}))
                .await;
            assert_eq!(wrong.0, StatusCode::UNPROCESSABLE_ENTITY, "{}", wrong.1);
            assert_eq!(node.get("/me", Some(&token)).await.0, StatusCode::OK);
            let body = json!({"password": "correct horse battery", "published": choice, "keep_name": "Een docent uit Utrecht"});
            let (status, answer) = node.send(Method::DELETE, "/me", Some(&token), &body).await;
            assert_eq!(status, StatusCode::NO_CONTENT, "{answer}");

            for dead in [&token, &session] {
                assert_eq!(node.get("/me", Some(dead)).await.0, StatusCode::UNAUTHORIZED, "{backend:?}: credentials end with the account");
            }
            let again =
                node.client.post(node.api("/auth/token")).json(&json!({"username": username, "password": "correct horse battery"})).send().await.unwrap();
            assert_ne!(again.status(), StatusCode::CREATED);
            let address = format!("{username}@example.org");
            for gone in [
                address.as_str(),
                &format!("Teacher {username}"),
                &format!("Geheim concept van {username}"),
                "06-12345678",
                &format!("melding door {username}"),
                &format!("beoordeling door {username}"),
                &format!("Hulpvraag van {username}"),
                &format!("antwoord door {username}"),
            ] {
                assert_eq!(tables_mentioning(&node, gone), vec![], "{backend:?}/{choice}: {gone:?} is still stored");
            }
            let (status, page) = node.get(&format!("/materials/{id}"), None).await;
            let remaining_files = crate::support::walk(&node.data_dir.join("files"))
                .into_iter()
                .filter(|p| std::fs::read(p).is_ok_and(|b| b == format!("%PDF bestand van {username}").as_bytes()))
                .count();
            if choice == "keep" {
                assert_eq!(status, StatusCode::OK, "{page}");
                assert_eq!(page["owner"]["display_name"], "Een docent uit Utrecht");
                assert_eq!(remaining_files, 1, "kept work keeps its file");
            } else {
                assert_eq!(status, StatusCode::NOT_FOUND, "{page}");
                assert_eq!(tables_mentioning(&node, &format!("Openbaar werk van {username}")), vec![], "{backend:?}: erased work is erased");
                assert_eq!(remaining_files, 0, "{backend:?}: the erased work's file is gone from disk");
            }
            // Harvesters learn it too: erased work is a deleted record, kept work stays.
            let host = node.url.trim_start_matches("http://").split(':').next().unwrap().to_owned();
            let record = node
                .client
                .get(format!("{}/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:{host}:materials/{id}", node.url))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            assert_eq!(record.contains("<header status=\"deleted\">"), choice == "delete", "{backend:?}/{choice}: {record}");
        }
    }
}
