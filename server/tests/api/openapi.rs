//! The API against its own OpenAPI 3.1 description: schemathesis (PyPI,
//! `tests/standards/schemathesis_run.py`) reads `/api/v1/openapi.json` from a live node holding
//! real content, generates requests from it (valid and invalid, boundary values, unexpected
//! methods, chains of calls) and checks that no answer is a server error and that every answer
//! matches the description: its status, content type and body schema, errors included.
//!
//! A member runs every operation but two; an administrator then runs what only administrators
//! and moderators reach. `DEELWIJS_SCHEMATHESIS_EXAMPLES` raises the examples per operation for a
//! deeper run than the suite's; the JUnit and JSON reports stay in `$CARGO_TARGET_DIR/schemathesis/`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use deelwijs_server::domain::vocab::Role;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::curricula::shared_package;
use crate::search::wait_for_search;
use crate::support::{backends, test_python, TestNode};

/// The checks of every run. With a `default` error response on every operation, status code
/// conformance only catches statuses an operation lists with another meaning; it costs nothing.
const CHECKS: &[&str] = &["not_a_server_error", "response_schema_conformance", "status_code_conformance", "content_type_conformance"];

/// Never called: `DELETE /me` deletes the account whose token the run uses (everything after it
/// would test only the 401), and `PUT /admin/federation` would reopen federation, after which the
/// node would fetch whatever host a generated follow or network member names.
const NEVER: &[&str] = &["DELETE /api/v1/me", "PUT /api/v1/admin/federation"];

/// Of [`NEVER`], what [`ADMIN_ONLY`] selects: an exclusion that matches no selected operation
/// only earns a warning.
const ADMIN_NEVER: &[&str] = &["PUT /api/v1/admin/federation"];

/// What only administrators (and moderators) reach; a member gets 403 there. Anchored at both
/// ends, so it means the same to `re.match` and `re.search`.
const ADMIN_ONLY: &str = r"^/api/v1/(admin/.*|curricula|[a-z-]+/\{id\}/hidden)$";

/// Examples per operation and phase: enough to reach past validation on most operations, few
/// enough that a run of the whole API stays well under a minute on two cores.
const EXAMPLES: u32 = 15;

/// A whole run is killed after this; a run that needs it has gone wrong (a request hanging, say).
const RUN_TIMEOUT: Duration = Duration::from_secs(300);

/// Paths the description must have, at least: a description listing nothing passes schemathesis.
const REQUIRED_PATHS: &[&str] = &[
    "/api/v1/node",
    "/api/v1/vocabularies",
    "/api/v1/auth/token",
    "/api/v1/me",
    "/api/v1/materials",
    "/api/v1/materials/{id}",
    "/api/v1/materials/{id}/attachments",
    "/api/v1/materials/{id}/versions/{version}",
    "/api/v1/case-studies",
    "/api/v1/case-studies/{id}",
    "/api/v1/collections",
    "/api/v1/collections/{id}/items",
    "/api/v1/networks",
    "/api/v1/networks/{name}",
    "/api/v1/search",
    "/api/v1/curricula",
    "/api/v1/goals/{key}",
    "/api/v1/follows",
    "/api/v1/admin/federation",
    "/api/v1/admin/users",
];

/// The routes in `http/api/mod.rs` number 82; a few may go, but not most.
const MIN_OPERATIONS: usize = 75;

/// Operations that must accept a valid request at least once in the member's run: the token
/// held to the end, and requests reached the handlers, not only the validation in front of them.
const MEMBER_ACCEPTS: &[&str] = &[
    "GET /api/v1/me",
    "GET /api/v1/node",
    "GET /api/v1/vocabularies",
    "GET /api/v1/materials",
    "GET /api/v1/case-studies",
    "GET /api/v1/collections",
    "GET /api/v1/networks",
    "GET /api/v1/search",
    "GET /api/v1/curricula",
];
/// At least this many operations accepted some valid request in the member's run.
const MEMBER_MIN_ACCEPTING: usize = 15;

const ADMIN_ACCEPTS: &[&str] = &["GET /api/v1/admin/settings", "GET /api/v1/admin/users", "GET /api/v1/admin/reports", "GET /api/v1/admin/federation"];
/// The administrator's run covers about 13 operations.
const ADMIN_MIN_OPERATIONS: u64 = 10;

/// One schemathesis run: who, on which operations, with which real values for path parameters.
struct Run<'a> {
    label: &'a str,
    token: &'a str,
    exclude: &'a [&'a str],
    include_path_regex: Option<&'a str>,
    values: Value,
}

/// What `schemathesis_run.py` reports (see its docstring).
#[derive(Debug)]
struct Outcome {
    exit_code: Option<i64>,
    timed_out: bool,
    missing_exclusions: Vec<Value>,
    output: String,
    report: Value,
    elapsed: Duration,
}

#[actix_web::test]
async fn the_api_answers_as_its_openapi_description_says() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        let member = node.user("lid", Role::Member).await;
        let reader = node.user("lezer", Role::Member).await;

        // An empty allowlist: generated follows and network members name hosts (example.com,
        // 127.0.0.1, …) this node must not fetch from during a test; the policy refuses them
        // before any connection is made.
        let (status, policy) = node.send(Method::PUT, "/admin/federation", Some(&admin), &json!({"mode": "allowlist", "instances": []})).await;
        assert_eq!(status, StatusCode::OK, "{policy}");
        assert_federation_closed(&node, &admin).await;

        // Content of every kind, so lists answer with real items and known ids reach real rows.
        let slo = shared_package("slo-kerndoelen-2025-11.case.json");
        let (status, imported) = node.post("/curricula", Some(&admin), &slo).await;
        assert_eq!(status, StatusCode::CREATED, "{imported}");
        let framework_id = imported["framework_id"].as_str().unwrap().to_owned();
        let goal_uri = slo["CFItems"].as_array().unwrap().iter().find(|i| i["CFItemType"] == "Kerndoel").unwrap()["uri"].as_str().unwrap().to_owned();
        let uri = goal_uri.clone();
        let goal_key: String = node.app.db.read(move |conn| Ok(deelwijs_server::store::curricula::goal_by_uri(conn, &uri)?.unwrap().id)).await.unwrap();
        let material = node.material(&member, json!({"goals": [{"uri": goal_uri}]})).await;
        let material_id = material["id"].as_str().unwrap().to_owned();
        let (status, case) = node
            .post(
                "/case-studies",
                Some(&member),
                &json!({"title": "Samen leren", "summary": "Zo ging het.", "sector": "vo", "challenge": "Dure methodes.", "approach": "Samen maken.",
                        "results": "Het werkt.", "themes": ["innovating_together"], "stage": "scaling", "language": "nl", "status": "published"}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{case}");
        let (status, collection) = node
            .post("/collections", Some(&member), &json!({"title": "Rekenen in groep 7", "status": "published", "items": [{"material": material_id}]}))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{collection}");
        let (status, network) = node.post("/networks", Some(&member), &json!({"name": "rekenen", "title": "Rekenen samen"})).await;
        assert_eq!(status, StatusCode::CREATED, "{network}");
        let (status, posted) = node.post(&format!("/materials/{material_id}/networks"), Some(&member), &json!({"network": "rekenen"})).await;
        assert_eq!(status, StatusCode::OK, "{posted}");
        let (status, reported) = node.post(&format!("/materials/{material_id}/report"), Some(&reader), &json!({"comment": "Klopt de bron?"})).await;
        assert_eq!(status, StatusCode::CREATED, "{reported}");
        let (status, reports) = node.get("/admin/reports", Some(&admin)).await;
        assert_eq!(status, StatusCode::OK, "{reports}");
        let report_id = reports["items"][0]["id"].as_str().unwrap().to_owned();
        let member_id = deelwijs_server::app::accounts::by_username(&node.app, "lid").await.unwrap().id;
        wait_for_search(&node, "sort=newest", Duration::from_secs(20), |b| b["total"].as_u64() >= Some(2)).await;

        let document = description(&node).await;
        let operations = operation_names(&document);
        for never in NEVER {
            assert!(
                operations.iter().any(|o| o.as_str() == *never),
                "{never} is not in the description, so excluding it would exclude nothing: {operations:?}"
            );
        }

        // Known values for path parameters, each used in half the generated requests of the
        // operations under its path; the other half stay random (and mostly find nothing).
        let values = json!([
            {"paths": "^/api/v1/materials/", "name": "id", "values": [material_id]},
            {"paths": "^/api/v1/case-studies/", "name": "id", "values": [case["id"]]},
            {"paths": "^/api/v1/collections/", "name": "id", "values": [collection["id"]]},
            {"paths": "^/api/v1/(materials|case-studies|collections)/", "name": "version", "values": [1]},
            {"paths": "^/api/v1/networks/", "name": "name", "values": ["rekenen"]},
            {"paths": "^/api/v1/curricula/", "name": "id", "values": [framework_id]},
            {"paths": "^/api/v1/goals/", "name": "key", "values": [goal_key]},
            {"paths": "^/api/v1/admin/users/", "name": "id", "values": [member_id]},
            {"paths": "^/api/v1/admin/reports/", "name": "id", "values": [report_id]},
        ]);

        let member_run =
            run_schemathesis(&node, &Run { label: "member", token: &member, exclude: NEVER, include_path_regex: None, values: values.clone() }).await;
        check_outcome(&member_run, operations.len() - NEVER.len(), MEMBER_ACCEPTS, MEMBER_MIN_ACCEPTING);
        assert_eq!(node.get("/me", Some(&member)).await.0, StatusCode::OK, "the member's account and token outlive the run");
        assert_federation_closed(&node, &admin).await;

        // The administrator's run covers only what the member's could not get past 403 on.
        let admin_run =
            run_schemathesis(&node, &Run { label: "admin", token: &admin, exclude: ADMIN_NEVER, include_path_regex: Some(ADMIN_ONLY), values }).await;
        let selected = admin_run.report["operations"]["selected"].as_u64().unwrap_or_default();
        assert!(selected >= ADMIN_MIN_OPERATIONS, "the administrator's run selected only {selected} operations with {ADMIN_ONLY}:\n{}", admin_run.output);
        check_outcome(&admin_run, selected as usize, ADMIN_ACCEPTS, ADMIN_ACCEPTS.len());
        assert_eq!(node.get("/me", Some(&admin)).await.0, StatusCode::OK);
        assert_federation_closed(&node, &admin).await;
    }
}

/// `GET /api/v1/openapi.json`, checked for what the runs rely on: OpenAPI 3.1, this node as the
/// server, the bearer scheme, the error shape as every operation's `default`, enough paths.
async fn description(node: &TestNode) -> Value {
    let (status, document) = node.get("/openapi.json", None).await;
    assert_eq!(status, StatusCode::OK, "{document}");
    let version = document["openapi"].as_str().unwrap_or_default();
    assert!(version.starts_with("3.1."), "OpenAPI {version:?}, expected 3.1.x");
    assert_eq!(document["servers"][0]["url"], node.url.as_str(), "the node's public URL is the server");
    let bearer = &document["components"]["securitySchemes"]["bearer"];
    assert_eq!(bearer["type"], "http", "{bearer}");
    assert!(bearer["scheme"].as_str().is_some_and(|s| s.eq_ignore_ascii_case("bearer")), "{bearer}");
    let paths = document["paths"].as_object().unwrap();
    for required in REQUIRED_PATHS {
        assert!(paths.contains_key(*required), "{required} is not described; paths: {:?}", paths.keys().collect::<Vec<_>>());
    }
    for (path, item) in paths {
        assert!(path.starts_with("/api/v1/"), "{path}: paths are full paths");
        for (method, operation) in item.as_object().unwrap().iter().filter(|(method, _)| is_method(method)) {
            assert!(operation["responses"]["default"].is_object(), "{method} {path} has no default (error) response");
        }
    }
    let count = operation_names(&document).len();
    assert!(count >= MIN_OPERATIONS, "only {count} operations are described");
    document
}

fn is_method(name: &str) -> bool {
    matches!(name, "get" | "put" | "post" | "delete" | "patch" | "head" | "options" | "trace")
}

/// Every operation as schemathesis names it: `GET /api/v1/materials/{id}`.
fn operation_names(document: &Value) -> Vec<String> {
    let mut names = Vec::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys().filter(|m| is_method(m)) {
            names.push(format!("{} {path}", method.to_uppercase()));
        }
    }
    names
}

async fn assert_federation_closed(node: &TestNode, admin: &str) {
    let (status, policy) = node.get("/admin/federation", Some(admin)).await;
    assert_eq!(status, StatusCode::OK, "{policy}");
    assert_eq!((policy["mode"].as_str(), policy["instances"].as_array().map(Vec::len)), (Some("allowlist"), Some(0)), "{policy}");
}

/// Where a run's JUnit and JSON reports stay: the target directory, as `test_python` finds it.
fn report_dir(node: &TestNode, label: &str) -> PathBuf {
    let target = std::env::var("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"));
    target.join("schemathesis").join(format!("{:?}-{label}", node.backend).to_lowercase())
}

/// Runs schemathesis through `schemathesis_run.py`, off the test's thread: the node's workers
/// and the search indexer share this runtime and must keep going for the minute it takes.
async fn run_schemathesis(node: &TestNode, run: &Run<'_>) -> Outcome {
    let examples = std::env::var("DEELWIJS_SCHEMATHESIS_EXAMPLES").ok().and_then(|n| n.parse::<u32>().ok()).unwrap_or(EXAMPLES);
    let request = json!({
        "schema": node.api("/openapi.json"),
        "base_url": node.url,
        "token": run.token,
        "checks": CHECKS,
        "exclude": run.exclude,
        "include_path_regex": run.include_path_regex,
        "max_examples": examples,
        "timeout": RUN_TIMEOUT.as_secs(),
        "request_timeout": 10,
        "values": run.values,
        "report_dir": report_dir(node, run.label),
    });
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/standards/schemathesis_run.py");
    let python = test_python();
    let started = Instant::now();
    let output = actix_web::rt::task::spawn_blocking(move || {
        use std::io::Write;
        // The token goes on stdin, not in the arguments other processes can read.
        let mut child = std::process::Command::new(&python)
            .arg(&script)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("running {python}: {e}"));
        child.stdin.take().unwrap().write_all(request.to_string().as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "schemathesis_run.py failed (.ci/test installs schemathesis; or set DEELWIJS_TEST_PYTHON): {stderr}");
    let result: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("schemathesis_run.py output: {e}: {stderr}"));
    Outcome {
        exit_code: result["exit_code"].as_i64(),
        timed_out: result["timed_out"] == true,
        missing_exclusions: result["missing_exclusions"].as_array().cloned().unwrap_or_default(),
        output: result["output"].as_str().unwrap_or_default().to_owned(),
        report: result["report"].clone(),
        elapsed: started.elapsed(),
    }
}

/// A run passes when schemathesis found nothing, tested every operation it selected (the
/// `expected` many), and enough of them, `accepts` among them, took a valid request.
#[track_caller]
fn check_outcome(outcome: &Outcome, expected: usize, accepts: &[&str], min_accepting: usize) {
    let output = &outcome.output;
    assert!(outcome.missing_exclusions.is_empty(), "not in the description, so not excluded: {:?}", outcome.missing_exclusions);
    assert!(!outcome.timed_out, "schemathesis did not finish within {RUN_TIMEOUT:?}:\n{output}");
    assert_eq!(outcome.exit_code, Some(0), "schemathesis found problems:\n{output}");
    let report = &outcome.report;
    assert!(report.is_object(), "schemathesis wrote no JSON report:\n{output}");
    assert_eq!(report["failures"].as_array().map(Vec::len), Some(0), "{}\n{output}", report["failures"]);
    assert_eq!(report["errors"].as_array().map(Vec::len), Some(0), "{}\n{output}", report["errors"]);
    let operations = &report["operations"];
    assert_eq!(operations["selected"].as_u64(), Some(expected as u64), "operations selected: {operations}\n{output}");
    assert_eq!(operations["tested"], operations["selected"], "every selected operation was tested: {operations}\n{output}");
    assert_eq!(operations["errored"], 0, "{operations}\n{output}");
    let cases = report["test_cases"]["generated"].as_u64().unwrap_or_default();
    assert!(cases >= 10 * expected as u64, "only {cases} test cases for {expected} operations:\n{output}");
    // Per operation and phase, how many valid requests were accepted, not found, in conflict or refused.
    let accepting: Vec<&String> = report["valid_rates"]
        .as_object()
        .map(|rates| {
            rates
                .iter()
                .filter(|(_, phases)| phases.as_object().is_some_and(|p| p.values().any(|r| r["accepted"].as_u64() > Some(0))))
                .map(|(name, _)| name)
                .collect()
        })
        .unwrap_or_default();
    for name in accepts {
        assert!(accepting.iter().any(|a| a.as_str() == *name), "{name} never accepted a valid request; accepting: {accepting:?}\n{output}");
    }
    assert!(accepting.len() >= min_accepting, "only {} operations accepted a valid request: {accepting:?}\n{output}", accepting.len());
    eprintln!(
        "schemathesis: {} operations, {cases} test cases, {} accepting, in {:.0?}; warnings: {}",
        expected,
        accepting.len(),
        outcome.elapsed,
        report["warnings"]
            .as_object()
            .map(|w| w.iter().filter(|(_, v)| v.as_array().is_some_and(|a| !a.is_empty())).map(|(k, _)| k.as_str()).collect::<Vec<_>>().join(", "))
            .unwrap_or_default()
    );
}
