//! Shared pieces: the number of cases, an execution counter, and generators of hostile text.
#![allow(dead_code)] // shared by the server's and the indexer's fuzz binaries; each uses a part

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, TestRunner};

/// How often a run reports its progress.
const PROGRESS_EVERY: u64 = 500_000;

/// Runs one fuzz target: `DEELWIJS_FUZZ_CASES` cases (a few thousand by default) of
/// `strategy` through `check`, which panics on a broken property. A failure is shrunk to the
/// smallest input that still fails, saved in `tests/fuzz/regressions/<name>.txt` and replayed
/// first on every later run (commit the file: it is the regression test). Prints the number
/// of executions.
pub fn fuzz<S: Strategy>(name: &str, source_file: &'static str, strategy: S, check: impl Fn(S::Value)) {
    // Relative to the package, where `cargo test` runs the tests.
    let persisted: &'static str = Box::leak(format!("tests/fuzz/regressions/{}.txt", name.replace(' ', "-")).into_boxed_str());
    let cases = std::env::var("DEELWIJS_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2_000);
    let config = Config {
        cases,
        source_file: Some(source_file),
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(persisted))),
        // Shrinking a rare failure may take many steps; the whole run must not.
        max_shrink_iters: 10_000,
        ..Config::default()
    };
    let executions = std::cell::Cell::new(0u64);
    let started = std::time::Instant::now();
    let result = TestRunner::new(config).run(&strategy, |input| {
        executions.set(executions.get() + 1);
        check(input);
        // Long runs say how far they got, so a run stopped early still counts.
        if executions.get().is_multiple_of(PROGRESS_EVERY) {
            eprintln!("fuzz target {name}: {} executions so far, 0 panics, {:.0} s", executions.get(), started.elapsed().as_secs_f64());
        }
        Ok(())
    });
    if let Err(failure) = result {
        panic!("fuzz target {name} failed after {} executions: {failure}", executions.get());
    }
    eprintln!("fuzz target {name}: {} executions, 0 panics, {:.1} s", executions.get(), started.elapsed().as_secs_f64());
}

/// Text that tends to break parsers: markup, scripts, escapes, controls, bidi and astral
/// characters, long runs — mixed with arbitrary Unicode.
pub fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        any::<String>(),
        Just("<script>alert(1)</script>".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("<svg/onload=alert(1)>".to_owned()),
        Just("<a href=\"javascript:alert(1)\">x</a>".to_owned()),
        Just("<iframe src=//evil.example></iframe>".to_owned()),
        Just("<style>*{}</style>".to_owned()),
        Just("&#106;avascript:alert(1)".to_owned()),
        Just("javascript:alert(1)".to_owned()),
        Just("data:text/html,<script>alert(1)</script>".to_owned()),
        Just("\u{202e}\u{2066}\u{200f}".to_owned()),
        Just("𝕏🏫\u{10FFFF}".to_owned()),
        Just("\r\n\t\u{0}\u{7f}".to_owned()),
        Just("\"'`\\".to_owned()),
        Just("]]>-->".to_owned()),
        "[a-z ]{0,40}".prop_map(|s| s),
        (1usize..2_000).prop_map(|n| "x".repeat(n)),
    ];
    prop::collection::vec(pieces, 0..6).prop_map(|parts| parts.concat())
}

/// A URL-ish string: our own paths and origin, other hosts, hostile schemes, garbage.
pub fn hostile_url() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("https://deelwijs.school.nl/materials/a/files/b".to_owned()),
        Just("/materials/a/files/b".to_owned()),
        Just("//evil.example/x.png".to_owned()),
        Just("/\\evil.example/x.png".to_owned()),
        Just("https://tracker.example/p.gif".to_owned()),
        Just("https://deelwijs.school.nl:8443/x".to_owned()),
        Just("https://deelwijs.school.nl.evil.example/x".to_owned()),
        Just("javascript:alert(1)".to_owned()),
        Just("JaVaScRiPt:alert(1)".to_owned()),
        Just("vbscript:msgbox(1)".to_owned()),
        Just("data:image/svg+xml,<svg onload=alert(1)>".to_owned()),
        Just("http://localhost:8080/materials/x".to_owned()),
        "[a-z:/.%?#]{0,30}".prop_map(|s| s),
        any::<String>(),
    ]
}
