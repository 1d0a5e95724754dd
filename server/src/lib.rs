//! Deelwijs server: a node that hosts open learning materials and innovation case studies.
//!
//! Rooms (see ARCHITECTURE.md): `domain` (rules, no IO), `store` (diesel), `app` (use cases,
//! transactions), `http` (API and pages), `demo` (seed content), `config` and `startup`.

pub mod app;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod federation;
pub mod http;
pub mod startup;
pub mod store;
