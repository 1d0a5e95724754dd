//! Keeps the dependency rule of ARCHITECTURE.md true: each room of the server crate imports
//! only the rooms below it: `domain` ← `standards` | `store` ← `activitypub` ← `app` ← `federation` | `mail` | `oidc` ← `http`.
//! A module cycle compiles fine in Rust, so without this test it would creep back.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::{Path, PathBuf};

/// Each room and the rooms it must never name.
const RULES: &[(&str, &[&str])] = &[
    ("domain", &["store", "activitypub", "app", "federation", "mail", "oidc", "http", "startup", "cli"]),
    ("store", &["activitypub", "app", "federation", "mail", "oidc", "http", "startup", "cli"]),
    ("activitypub", &["app", "federation", "mail", "oidc", "http", "startup", "cli"]),
    ("standards", &["store", "activitypub", "app", "federation", "mail", "oidc", "http", "startup", "cli"]),
    ("app", &["federation", "mail", "oidc", "http", "startup", "cli"]),
    ("federation", &["mail", "oidc", "http", "startup", "cli"]),
    ("mail", &["federation", "oidc", "http", "startup", "cli"]),
    ("oidc", &["federation", "mail", "http", "startup", "cli"]),
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// `crate::<room>` paths in code (comments skipped), with their line numbers.
fn named_rooms(text: &str) -> Vec<(usize, String)> {
    let mut named = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let room: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            named.push((number + 1, room));
        }
    }
    named
}

#[test]
fn rooms_import_only_the_rooms_below_them() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut broken = Vec::new();
    let mut checked = 0;
    for (room, forbidden) in RULES {
        let mut files = Vec::new();
        rust_files(&src.join(room), &mut files);
        assert!(!files.is_empty(), "room {room} has no files: is the rule table out of date?");
        for file in files {
            let text = std::fs::read_to_string(&file).expect("source file");
            checked += 1;
            for (line, named) in named_rooms(&text) {
                if forbidden.contains(&named.as_str()) {
                    broken.push(format!("{}:{line}: {room} must not import crate::{named}", file.strip_prefix(&src).unwrap_or(&file).display()));
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} files checked");
    assert!(broken.is_empty(), "dependency rule broken:\n{}", broken.join("\n"));
}

#[test]
fn the_checker_sees_paths_in_code_and_not_in_comments() {
    let found = named_rooms("use crate::app::App; // crate::http\nlet x = crate::federation::inbox::f(crate::domain::new_id());");
    assert_eq!(found, vec![(1, "app".to_owned()), (2, "federation".to_owned()), (2, "domain".to_owned())]);
}
