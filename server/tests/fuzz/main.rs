//! Property-based fuzzing of the parsers that take untrusted input: ActivityPub JSON into our
//! objects, Markdown into safe HTML, CASE packages, and multipart forms (the search grammar is
//! fuzzed in `indexer/tests/fuzz.rs`). Inputs are built from the structure each parser expects,
//! with hostile pieces mixed in, so most cases reach deep into the parser.
//!
//! `cargo test` runs a few thousand cases per target; `DEELWIJS_FUZZ_CASES=10000000 cargo test
//! --release -p deelwijs-server --test fuzz -- --nocapture` runs millions and prints how many.
//! A failing case is shrunk by proptest and kept in `tests/fuzz/regressions/`, where every later
//! run replays it first: each panic found becomes a regression test.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod activitypub;
mod case;
mod markdown;
mod multipart;
mod support;
