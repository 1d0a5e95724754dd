//! Deleting an account across nodes (issue 18): the follower's node hears the actor is gone
//! (its follow disappears), erased work disappears there too, and work its author chose to keep
//! stays.

use reqwest::Method;
use serde_json::json;

use crate::harness::{wait_for, Backend, Node};
use crate::PATIENCE;

#[test]
fn a_deleted_account_is_gone_on_the_following_node_and_kept_work_stays() {
    let a = Node::start("a", Backend::Sqlite).unwrap();
    let b = Node::start("b", Backend::Postgres).unwrap();
    let anna = a.account("anna").unwrap();
    let kees = a.account("kees").unwrap();
    let bas = b.account("bas").unwrap();
    a.publish(&anna, "Wordt gewist met het account").unwrap();
    a.publish(&kees, "Blijft staan na het account").unwrap();
    b.follow(&bas, &format!("@anna@{}", a.host())).unwrap();
    b.follow(&bas, &format!("@kees@{}", a.host())).unwrap();
    for title in ["Wordt gewist met het account", "Blijft staan na het account"] {
        wait_for(&format!("{title:?} on b"), PATIENCE, || Ok(b.timeline()?.iter().any(|m| m["title"] == title))).unwrap();
    }

    let password = "federation-test-password";
    let (status, body) = a.send(Method::DELETE, "/me", &anna, &json!({"password": password, "published": "delete"})).unwrap();
    assert_eq!(status, 204, "{body}");
    let (status, body) =
        a.send(Method::DELETE, "/me", &kees, &json!({"password": password, "published": "keep", "keep_name": "Een docent uit Utrecht"})).unwrap();
    assert_eq!(status, 204, "{body}");

    // On A: the actors answer 410 Gone; the kept work stays under the chosen name.
    for name in ["anna", "kees"] {
        let actor = a.client.get(format!("{}/users/{name}", a.url)).header("Accept", "application/activity+json").send().unwrap();
        assert_eq!(actor.status(), 410, "{name}");
    }
    let (_, kept) = a.get("/materials?per_page=100", None).unwrap();
    let kept: Vec<_> = kept["items"].as_array().unwrap().iter().filter(|m| m["title"] == "Blijft staan na het account").cloned().collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    let (_, detail) = a.get(&format!("/materials/{}", kept[0]["id"].as_str().unwrap()), None).unwrap();
    assert_eq!(detail["owner"]["display_name"], "Een docent uit Utrecht", "{detail}");

    // On B: both follows are gone, the erased material too; the kept one stays.
    wait_for("b to drop the follows of the deleted accounts", PATIENCE, || {
        let (_, follows) = b.get("/follows", Some(&bas))?;
        Ok(follows["items"].as_array().is_some_and(|items| items.is_empty()))
    })
    .unwrap();
    wait_for("the erased material gone from b", PATIENCE, || Ok(!b.timeline()?.iter().any(|m| m["title"] == "Wordt gewist met het account"))).unwrap();
    assert!(b.timeline().unwrap().iter().any(|m| m["title"] == "Blijft staan na het account"), "kept work stays on b");
}
