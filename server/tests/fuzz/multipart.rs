//! Multipart form parsing (`http::form::read_form`): any body a client sends is read within
//! the limits or refused with a 4xx, and never leaves a temporary file behind.

use actix_web::test::TestRequest;
use actix_web::{web, FromRequest};
use deelwijs_server::app::AppError;
use deelwijs_server::domain::Limits;
use deelwijs_server::http::form::{read_form, FormRules, MAX_FILES};
use proptest::prelude::*;

use crate::support::{fuzz, hostile_text};

#[derive(Debug, Clone)]
struct Body {
    boundary: String,
    bytes: Vec<u8>,
}

fn part() -> impl Strategy<Value = Vec<u8>> {
    let disposition = prop_oneof![
        hostile_text().prop_map(|n| format!("Content-Disposition: form-data; name=\"{n}\"")),
        (hostile_text(), hostile_text()).prop_map(|(n, f)| format!("Content-Disposition: form-data; name=\"{n}\"; filename=\"{f}\"")),
        hostile_text().prop_map(|f| format!("Content-Disposition: form-data; name=f; filename*=UTF-8''{f}")),
        Just("Content-Disposition: attachment".to_owned()),
        Just(String::new()),
        hostile_text(),
    ];
    let content_type =
        prop_oneof![Just(String::new()), Just("\r\nContent-Type: application/pdf".to_owned()), hostile_text().prop_map(|t| format!("\r\nContent-Type: {t}"))];
    let content =
        prop_oneof![hostile_text().prop_map(String::into_bytes), prop::collection::vec(any::<u8>(), 0..2_048), (0usize..70_000).prop_map(|n| vec![b'a'; n])];
    (disposition, content_type, content).prop_map(|(d, t, c)| [format!("{d}{t}\r\n\r\n").into_bytes(), c].concat())
}

fn body() -> impl Strategy<Value = Body> {
    let boundary = prop_oneof![Just("XyZ".to_owned()), Just("----WebKitFormBoundary7MA4YWxkTrZu0gW".to_owned()), "[ -~]{1,70}".prop_map(|s| s)];
    (boundary, prop::collection::vec(part(), 0..14), any::<bool>(), any::<bool>(), prop::collection::vec(any::<u8>(), 0..64)).prop_map(
        |(boundary, parts, closed, lf_only, noise)| {
            let newline = if lf_only { "\n" } else { "\r\n" };
            let mut bytes = Vec::new();
            for part in parts {
                bytes.extend_from_slice(format!("--{boundary}{newline}").as_bytes());
                bytes.extend_from_slice(&part);
                bytes.extend_from_slice(newline.as_bytes());
            }
            if closed {
                bytes.extend_from_slice(format!("--{boundary}--{newline}").as_bytes());
            } else {
                bytes.extend_from_slice(&noise);
            }
            Body { boundary, bytes }
        },
    )
}

#[test]
fn multipart_bodies_are_read_or_refused() {
    let files = tempfile::tempdir().unwrap();
    let limits = Limits { max_body_bytes: 16 * 1024, max_upload_bytes: 64 * 1024 };
    let system = actix_web::rt::System::new();
    fuzz("multipart", file!(), body(), |body| {
        system.block_on(async {
            let (req, mut payload) = TestRequest::post()
                .insert_header(("content-type", format!("multipart/form-data; boundary={}", body.boundary)))
                .set_payload(body.bytes.clone())
                .to_http_parts();
            let payload = web::Payload::from_request(&req, &mut payload).await.unwrap();
            let rules = FormRules { limits: &limits, text_limit: FormRules::text_limit_for(&limits), files_dir: Some(files.path()), csrf: None };
            // A body that is all there must be answered: a parser waiting forever on a finished
            // body would hold a connection and its handler open for good.
            let read = actix_web::rt::time::timeout(std::time::Duration::from_secs(10), read_form(&req, payload, &rules)).await;
            let Ok(read) = read else { panic!("reading a complete body did not finish in 10 s") };
            match read {
                Ok(form) => {
                    assert!(form.files.len() <= MAX_FILES);
                    assert!(form.files.iter().all(|(_, upload)| upload.blob.size <= limits.max_upload_bytes));
                    assert!(!form.fields.iter().any(|(k, v)| k.contains('\0') || v.contains('\0')));
                }
                Err(AppError::BadRequest { .. } | AppError::PayloadTooLarge { .. }) => {}
                Err(other) => panic!("not a 4xx: {other:?}"),
            }
        });
        // Whatever happened, no temporary file outlives the form.
        let left = std::fs::read_dir(files.path().join("tmp")).map(|d| d.count()).unwrap_or(0);
        assert_eq!(left, 0, "temporary files left behind");
    });
}
