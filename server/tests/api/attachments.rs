//! Attachments: multipart upload, content-addressed storage, safe download, bad names and sizes.

use deelwijs_server::domain::vocab::Role;
use deelwijs_server::domain::Limits;
use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;
use serde_json::json;
use sha2::Digest;

use crate::support::{backends, check_error, read, walk, TestNode};

async fn upload(node: &TestNode, token: &str, id: &str, name: &str, bytes: Vec<u8>) -> (StatusCode, serde_json::Value) {
    let form = Form::new().part("file", Part::bytes(bytes).file_name(name.to_owned()).mime_str("application/pdf").unwrap());
    read(node.client.post(node.api(&format!("/materials/{id}/attachments"))).bearer_auth(token).multipart(form).send().await.unwrap()).await
}

#[actix_web::test]
async fn upload_store_and_download() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("uploader", Role::Member).await;
        let id = node.material(&token, json!({})).await["id"].as_str().unwrap().to_owned();
        let bytes = b"%PDF-1.4 werkblad breuken <script>alert(1)</script>".to_vec();
        let (status, attachment) = upload(&node, &token, &id, "werkblad breuken.pdf", bytes.clone()).await;
        assert_eq!(status, StatusCode::CREATED, "{attachment}");
        let sha = hex::encode(sha2::Sha256::digest(&bytes));
        assert_eq!(attachment["sha256"], sha);
        assert_eq!(attachment["size_bytes"], bytes.len());
        assert_eq!(attachment["file_name"], "werkblad breuken.pdf");
        assert!(node.data_dir.join("files").join(&sha[0..2]).join(&sha[2..4]).join(&sha).exists(), "stored by hash");

        let (_, material) = node.get(&format!("/materials/{id}"), None).await;
        assert_eq!(material["attachments"][0]["sha256"], sha);
        assert_eq!(material["version"], 2, "adding a file makes a version");

        let download = node.client.get(attachment["url"].as_str().unwrap()).send().await.unwrap();
        assert_eq!(download.status(), StatusCode::OK);
        let headers = download.headers().clone();
        assert!(headers["content-disposition"].to_str().unwrap().starts_with("attachment;"), "{headers:?}");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert!(headers["content-security-policy"].to_str().unwrap().contains("sandbox"));
        assert_eq!(download.bytes().await.unwrap().to_vec(), bytes);
    }
}

#[actix_web::test]
async fn bad_uploads_are_refused_and_store_nothing() {
    for backend in backends() {
        let node = TestNode::start_with(backend, Limits { max_upload_bytes: 1024, ..Limits::default() }).await;
        let token = node.user("uploader", Role::Member).await;
        let other = node.user("other", Role::Member).await;
        let id = node.material(&token, json!({})).await["id"].as_str().unwrap().to_owned();
        for name in ["../../etc/passwd", "map/bestand.pdf", "..\\boot.ini"] {
            check_error(&upload(&node, &token, &id, name, b"x".to_vec()).await, StatusCode::BAD_REQUEST, "invalid_file_name");
        }
        check_error(&upload(&node, &token, &id, "groot.pdf", vec![7u8; 2048]).await, StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large");
        check_error(&upload(&node, &other, &id, "ok.pdf", b"x".to_vec()).await, StatusCode::FORBIDDEN, "forbidden");
        let response = node.client.post(node.api(&format!("/materials/{id}/attachments"))).bearer_auth(&token).json(&json!({})).send().await.unwrap();
        check_error(&read(response).await, StatusCode::BAD_REQUEST, "expected_multipart");
        let (_, material) = node.get(&format!("/materials/{id}"), None).await;
        assert_eq!(material["attachments"], json!([]));
        let stored: Vec<_> = walk(&node.data_dir.join("files"));
        assert!(stored.is_empty(), "no blob was written: {stored:?}");
    }
}

/// Adding and removing files makes versions; an old version lists (and serves) the files it
/// had; restoring it brings them back without copying a byte.
#[actix_web::test]
async fn attachments_are_part_of_versions() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("uploader", Role::Member).await;
        let id = node.material(&token, json!({})).await["id"].as_str().unwrap().to_owned();
        let (_, first) = upload(&node, &token, &id, "werkblad.pdf", b"%PDF werkblad versie 1".to_vec()).await;
        let (_, second) = upload(&node, &token, &id, "antwoorden.pdf", b"%PDF antwoorden".to_vec()).await;
        let (status, _) = read(
            node.client.delete(node.api(&format!("/materials/{id}/attachments/{}", first["id"].as_str().unwrap()))).bearer_auth(&token).send().await.unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let names = |material: &serde_json::Value| -> Vec<String> {
            material["attachments"].as_array().unwrap().iter().map(|a| a["file_name"].as_str().unwrap().to_owned()).collect()
        };
        let (_, now) = node.get(&format!("/materials/{id}"), None).await;
        assert_eq!((now["version"].as_i64(), names(&now)), (Some(4), vec!["antwoorden.pdf".to_owned()]));
        let (_, history) = node.get(&format!("/materials/{id}/versions"), None).await;
        let notes: Vec<&str> = history["items"].as_array().unwrap().iter().map(|v| v["note"].as_str().unwrap()).collect();
        assert_eq!(notes, ["attachment removed: werkblad.pdf", "attachment added: antwoorden.pdf", "attachment added: werkblad.pdf", "created"]);

        // Version 2 had only the first file, and still serves it, though it was removed since.
        let (_, v2) = node.get(&format!("/materials/{id}/versions/2"), None).await;
        assert_eq!(names(&v2), ["werkblad.pdf"]);
        let old_url = v2["attachments"][0]["url"].as_str().unwrap();
        assert!(old_url.ends_with(&format!("/materials/{id}/versions/2/files/{}", first["id"].as_str().unwrap())), "{old_url}");
        let download = node.client.get(old_url).send().await.unwrap();
        assert_eq!(download.status(), StatusCode::OK);
        assert_eq!(download.bytes().await.unwrap().as_ref(), b"%PDF werkblad versie 1");
        // A file the version never had is not served through it.
        let foreign = node.client.get(format!("{}/materials/{id}/versions/2/files/{}", node.url, second["id"].as_str().unwrap())).send().await.unwrap();
        assert_eq!(foreign.status(), StatusCode::NOT_FOUND);
        let (_, v1) = node.get(&format!("/materials/{id}/versions/1"), None).await;
        assert_eq!(names(&v1), Vec::<String>::new());

        // Restoring version 2 brings its file back and drops the later one: a new version.
        let blobs_before = walk(&node.data_dir.join("files")).len();
        let (status, restored) = node.post(&format!("/materials/{id}/versions/2/restore"), Some(&token), &json!({})).await;
        assert_eq!(status, StatusCode::OK, "{restored}");
        assert_eq!((restored["version"].as_i64(), names(&restored)), (Some(5), vec!["werkblad.pdf".to_owned()]));
        assert_eq!(restored["attachments"][0]["id"], first["id"], "the same file, not a copy");
        assert_eq!(walk(&node.data_dir.join("files")).len(), blobs_before, "restoring copies no bytes");
        let download = node.client.get(restored["attachments"][0]["url"].as_str().unwrap()).send().await.unwrap();
        assert_eq!(download.bytes().await.unwrap().as_ref(), b"%PDF werkblad versie 1");
        let (_, v4) = node.get(&format!("/materials/{id}/versions/4"), None).await;
        assert_eq!(names(&v4), ["antwoorden.pdf"], "history is not rewritten");
        // Restoring what is already current changes nothing and makes no version.
        let (_, again) = node.post(&format!("/materials/{id}/versions/5/restore"), Some(&token), &json!({})).await;
        assert_eq!(again["version"], 5);

        // A version saved as a draft keeps its files private, like its text.
        let draft = node.material(&token, json!({"status": "draft"})).await["id"].as_str().unwrap().to_owned();
        let (_, secret) = upload(&node, &token, &draft, "concept.pdf", b"%PDF concept".to_vec()).await;
        let response =
            node.client.patch(node.api(&format!("/materials/{draft}"))).bearer_auth(&token).json(&json!({"status": "published"})).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let private = node.client.get(format!("{}/materials/{draft}/versions/2/files/{}", node.url, secret["id"].as_str().unwrap())).send().await.unwrap();
        assert_eq!(private.status(), StatusCode::NOT_FOUND, "draft version's file is private");
        let (status, _) = node.get(&format!("/materials/{draft}/versions/2"), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (_, own) = node.get(&format!("/materials/{draft}/versions/2"), Some(&token)).await;
        assert_eq!(names(&own), ["concept.pdf"], "the owner still sees it");
    }
}
