//! Accounts: tokens, wrong credentials, registration modes, admin settings.

use deelwijs_server::domain::vocab::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{backends, check_error, TestNode};

#[actix_web::test]
async fn tokens_and_credentials() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("teacher1", Role::Member).await;
        let (status, me) = node.get("/me", Some(&token)).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(me["username"], "teacher1");
        assert_eq!(me["role"], "member");
        assert!(me.get("email").is_none(), "no e-mail address in public-ish JSON");

        check_error(
            &node.post("/auth/token", None, &json!({"username": "teacher1", "password": "wrong password!"})).await,
            StatusCode::UNAUTHORIZED,
            "invalid_credentials",
        );
        check_error(
            &node.post("/auth/token", None, &json!({"username": "nobody", "password": "whatever it is"})).await,
            StatusCode::UNAUTHORIZED,
            "invalid_credentials",
        );
        check_error(&node.post("/auth/token", None, &json!({"username": "teacher1"})).await, StatusCode::BAD_REQUEST, "invalid_json");
        check_error(&node.get("/me", None).await, StatusCode::UNAUTHORIZED, "unauthenticated");

        let (_, node_info) = node.get("/node", None).await;
        assert_eq!(node_info["software"]["name"], "deelwijs");
        assert!(node_info["software"]["version"].is_string());
        assert!(node_info["name"].is_string() && node_info["description"].is_string());
    }
}

#[actix_web::test]
async fn admin_settings_and_registration_modes() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        let member = node.user("lid", Role::Member).await;
        check_error(&node.patch("/admin/settings", Some(&member), &json!({"name": "Van mij"})).await, StatusCode::FORBIDDEN, "forbidden");
        crate::support::check_field_error(
            &node.patch("/admin/settings", Some(&admin), &json!({"registration_mode": "sometimes"})).await,
            "registration_mode",
            "unknown_value",
        );
        let (status, settings) = node.patch("/admin/settings", Some(&admin), &json!({"name": "Stichting Voorbeeld", "registration_mode": "approval"})).await;
        assert_eq!(status, StatusCode::OK, "{settings}");
        assert_eq!(node.get("/node", None).await.1["name"], "Stichting Voorbeeld");

        // Approval mode: a new account waits and cannot get a token until approved.
        let signup = deelwijs_server::domain::account::SignUpInput {
            username: "nieuw".into(),
            email: "nieuw@example.org".into(),
            display_name: String::new(),
            password: "lang genoeg wachtwoord".into(),
        };
        // Nothing to sign in to yet: the same answer as for an address that already has an account.
        assert!(deelwijs_server::app::accounts::sign_up(&node.app, "192.0.2.1", signup, "nl").await.unwrap().is_none());
        let credentials = json!({"username": "nieuw", "password": "lang genoeg wachtwoord"});
        check_error(&node.post("/auth/token", None, &credentials).await, StatusCode::FORBIDDEN, "account_pending");
        let (_, pending) = node.get("/admin/users?status=pending", Some(&admin)).await;
        assert_eq!(pending["total"], 1, "{pending}");
        let user_id = pending["items"][0]["id"].as_str().unwrap().to_owned();
        assert_eq!(node.patch(&format!("/admin/users/{user_id}"), Some(&admin), &json!({"status": "active"})).await.0, StatusCode::NO_CONTENT);
        assert_eq!(node.post("/auth/token", None, &credentials).await.0, StatusCode::CREATED);

        // Closed: nobody signs up.
        node.patch("/admin/settings", Some(&admin), &json!({"registration_mode": "closed"})).await;
        let signup = deelwijs_server::domain::account::SignUpInput {
            username: "laat".into(),
            email: "laat@example.org".into(),
            display_name: String::new(),
            password: "lang genoeg wachtwoord".into(),
        };
        assert!(matches!(
            deelwijs_server::app::accounts::sign_up(&node.app, "192.0.2.2", signup, "nl").await,
            Err(deelwijs_server::app::AppError::RegistrationClosed)
        ));
        check_error(
            &node.patch(&format!("/admin/users/{user_id}"), Some(&admin), &json!({"role": "emperor"})).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        );
    }
}
