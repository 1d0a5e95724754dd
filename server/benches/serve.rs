//! What both benchmarks need: a node's HTTP server, with its index and delivery workers, on a
//! thread of its own, as `deelwijs serve` runs it.
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
