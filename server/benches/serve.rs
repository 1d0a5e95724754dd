//! What both benchmarks need: a node's HTTP server, with its index and delivery workers, on a
//! thread of its own, as `deelwijs serve` runs it; and an account to publish with.
#![allow(clippy::unwrap_used)] // a benchmark fails loudly

use deelwijs_server::app::App;
use deelwijs_server::startup;

/// Serves `app` on `listener` until the process ends; returns once the server is listening.
pub fn in_background(app: App, listener: std::net::TcpListener) {
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            // The workers live in the server's runtime, as in `deelwijs serve`.
            let fed = startup::federation(&app).await.unwrap();
            let _workers = startup::start_workers(&app, &fed).unwrap();
            let server = deelwijs_server::http::serve(app, fed, listener, 2).unwrap();
            ready_tx.send(()).unwrap();
            let _ = server.await;
        })
    });
    ready_rx.recv().unwrap();
}

/// A client that drops idle connections before the server's keep-alive (5 s) closes them:
/// a POST sent on a connection the server is just closing fails, and is not retried.
pub fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder().pool_idle_timeout(std::time::Duration::from_secs(2)).build().unwrap()
}

/// Creates the account `bench` (a member, display name "Bench"); returns its user id.
pub fn create_bench_user(app: &App) -> String {
    use deelwijs_server::app::accounts;
    use deelwijs_server::domain::account::{SignUp, SignUpInput};
    let sign_up = SignUp::parse(&SignUpInput {
        username: "bench".into(),
        email: "bench@example.org".into(),
        display_name: "Bench".into(),
        password: "benchmark password".into(),
    })
    .unwrap();
    actix_web::rt::System::new().block_on(async {
        accounts::create_account(app, sign_up, deelwijs_server::domain::vocab::Role::Member).await.unwrap();
        accounts::by_username(app, "bench").await.unwrap().id
    })
}

/// Creates the account `bench` (a member) and returns an API token for it.
pub fn bench_account(app: &App, base: &str, client: &reqwest::blocking::Client) -> String {
    create_bench_user(app);
    let token: serde_json::Value = client
        .post(format!("{base}/api/v1/auth/token"))
        .json(&serde_json::json!({"username": "bench", "password": "benchmark password"}))
        .send()
        .unwrap()
        .json()
        .unwrap();
    token["token"].as_str().unwrap().to_owned()
}
