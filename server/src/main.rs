//! The `deelwijs` binary.

use std::process::ExitCode;

/// An operator's mistake (a taken username, a broken CASE file) is one line on stderr with its
/// causes, `error: …: …`, and exit code 1. Returning the error from `main` instead would print
/// anyhow's debug form, a stack backtrace whenever `RUST_BACKTRACE` is set.
fn main() -> ExitCode {
    match deelwijs_server::cli::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
