//! Black-box federation tests live in `tests/`: they start real node processes (the
//! `deelwijs-node` binary of this package, which is the `deelwijs` program) on loopback ports
//! and drive them only over HTTP. See `tests/harness/mod.rs`.
