//! An account's ActivityPub outbox: materials and case studies merged newest first, full pages,
//! nothing twice, the count right.

use deelwijs_server::domain::vocab::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::support::{ap_get, backends, TestNode};

async fn outbox_page(node: &TestNode, page: u32) -> Value {
    ap_get(node, &format!("{}/users/juf/outbox?page={page}", node.url)).await
}

#[actix_web::test]
async fn outbox_pages_merge_both_kinds_newest_first() {
    for backend in backends() {
        let node = TestNode::start_federating(backend).await;
        let token = node.user("juf", Role::Member).await;
        for n in 0..12 {
            let (status, body) = node
                .post("/materials", Some(&token), &json!({ "title": format!("Les {n}"), "language": "nl", "education_levels": ["po"], "status": "published" }))
                .await;
            assert_eq!(status, StatusCode::CREATED, "{body}");
            if n < 10 {
                let case = json!({ "title": format!("Praktijk {n}"), "language": "nl", "sector": "po", "status": "published" });
                let (status, body) = node.post("/case-studies", Some(&token), &case).await;
                assert_eq!(status, StatusCode::CREATED, "{body}");
            }
        }
        let (first, second) = (outbox_page(&node, 1).await, outbox_page(&node, 2).await);
        assert_eq!(first["totalItems"], 22);
        let items: Vec<&Value> = first["orderedItems"].as_array().unwrap().iter().chain(second["orderedItems"].as_array().unwrap()).collect();
        assert_eq!((first["orderedItems"].as_array().unwrap().len(), items.len()), (20, 22), "full first page, the rest on the second");
        assert!(first["next"].is_string() && second.get("next").is_none(), "{second}");
        let published: Vec<&str> = items.iter().map(|i| i["published"].as_str().unwrap()).collect();
        assert!(published.windows(2).all(|w| w[0] >= w[1]), "newest first across both kinds: {published:?}");
        let mut ids: Vec<&str> = items.iter().map(|i| i["object"]["id"].as_str().unwrap()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 22, "nothing twice, nothing left out");
        // The newest item is the last material written.
        assert_eq!(items[0]["object"]["name"], "Les 11", "{}", items[0]);
    }
}
