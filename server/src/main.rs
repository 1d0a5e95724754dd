//! The `deelwijs` binary.

fn main() -> anyhow::Result<()> {
    deelwijs_server::cli::run()
}
