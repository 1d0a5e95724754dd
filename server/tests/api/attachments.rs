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
        assert_eq!(material["version"], 1);

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
