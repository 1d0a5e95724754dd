//! HTTP itself: `HEAD` wherever `GET` works, and compressed pages, CSS and JSON when the client
//! asks (gzip, brotli), but uploaded files sent as they are.

use std::io::Read;

use deelwijs_server::domain::vocab::Role;
use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{backends, TestNode};

#[actix_web::test]
async fn issue21_head_answers_wherever_get_does() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("juf", Role::Member).await;
        let material = node.material(&token, json!({})).await;
        let page = material["url"].as_str().unwrap().to_owned();
        let id = material["id"].as_str().unwrap();
        // The search page must not change between the GET and the HEAD: the index has the
        // material first.
        crate::search::wait_for_search(&node, "q=breuken", std::time::Duration::from_secs(20), |b| b["total"] == 1).await;
        let api = node.api(&format!("/materials/{id}"));
        let pages = ["/", "/search?q=breuken", "/materials", "/curricula", "/assets/style.css", "/nowhere", "/materials/nosuchid"];
        let urls: Vec<String> = pages.iter().map(|p| format!("{}{p}", node.url)).chain([page, api, node.api("/materials")]).collect();
        for url in urls {
            let get = node.client.get(&url).send().await.unwrap();
            let (get_status, get_type) = (get.status(), get.headers().get("content-type").cloned());
            let get_length = get.bytes().await.unwrap().len();
            let head = node.client.head(&url).send().await.unwrap();
            assert_eq!(head.status(), get_status, "HEAD {url}");
            assert_eq!(head.headers().get("content-type"), get_type.as_ref(), "HEAD {url}");
            if let Some(length) = head.headers().get("content-length") {
                assert_eq!(length.to_str().unwrap(), get_length.to_string(), "HEAD {url} announces the GET's length");
            }
            assert!(head.bytes().await.unwrap().is_empty(), "HEAD {url} has no body");
        }
        // Only HEAD is added: other methods on a GET route are still refused.
        let put = node.client.put(format!("{}/search", node.url)).send().await.unwrap();
        assert!(put.status().is_client_error(), "{}", put.status());
    }
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes).read_to_end(&mut out).unwrap();
    out
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::Decompressor::new(bytes, 4096).read_to_end(&mut out).unwrap();
    out
}

#[actix_web::test]
async fn issue21_responses_are_compressed_when_asked_and_files_are_not() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("juf", Role::Member).await;
        let id = node.material(&token, json!({})).await["id"].as_str().unwrap().to_owned();
        for url in [format!("{}/", node.url), format!("{}/assets/style.css", node.url), node.api("/materials")] {
            let plain = node.client.get(&url).send().await.unwrap();
            assert!(plain.headers().get("content-encoding").is_none(), "nothing compressed unasked: {url}");
            let plain = plain.bytes().await.unwrap().to_vec();
            for (encoding, decode) in [("gzip", gunzip as fn(&[u8]) -> Vec<u8>), ("br", unbrotli)] {
                let response = node.client.get(&url).header("Accept-Encoding", encoding).send().await.unwrap();
                assert_eq!(response.status(), StatusCode::OK, "{url}");
                assert_eq!(response.headers()["content-encoding"], encoding, "{url}");
                assert!(response.headers()["vary"].to_str().unwrap().to_ascii_lowercase().contains("accept-encoding"), "{url}");
                let sent = response.bytes().await.unwrap();
                assert!(sent.len() < plain.len(), "{url}: {encoding} {} bytes for {}", sent.len(), plain.len());
                let decoded = decode(&sent);
                if url.ends_with('/') {
                    // A page carries a fresh CSRF token in each response: the same page, not the same bytes.
                    assert!(decoded.starts_with(b"<!DOCTYPE html>") && decoded.len().abs_diff(plain.len()) < 64, "{url}: {encoding}");
                } else {
                    assert_eq!(decoded, plain, "{url}: {encoding} decodes to what was sent plainly");
                }
            }
        }

        // An upload is sent byte for byte, even to a client that would take gzip.
        let text = "werkblad ".repeat(2000).into_bytes();
        let form = Form::new().part("file", Part::bytes(text.clone()).file_name("werkblad.txt").mime_str("text/plain").unwrap());
        let uploaded: serde_json::Value =
            node.client.post(node.api(&format!("/materials/{id}/attachments"))).bearer_auth(&token).multipart(form).send().await.unwrap().json().await.unwrap();
        let download = node.client.get(uploaded["url"].as_str().unwrap()).header("Accept-Encoding", "gzip, br").send().await.unwrap();
        assert_eq!(download.status(), StatusCode::OK);
        assert!(download.headers().get("content-encoding").is_none(), "{:?}", download.headers());
        assert_eq!(download.bytes().await.unwrap().to_vec(), text);
    }
}
