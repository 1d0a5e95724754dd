//! The Deelwijs node program (the same entry point as `deelwijs`), for the federation tests.

fn main() -> anyhow::Result<()> {
    deelwijs_server::cli::run()
}
