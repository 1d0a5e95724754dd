//! API and page tests over real HTTP, each run on SQLite and on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod accounts;
mod attachments;
mod case_provider;
mod case_studies;
mod collections;
mod curricula;
mod demo;
mod feeds;
mod hardening;
mod housekeeping;
mod http;
mod mail;
mod materials;
mod migrations;
mod networks;
mod notifications;
mod oai;
mod oidc;
mod openapi;
mod outbox;
mod pages;
mod pictures;
mod privacy;
mod quality;
mod questions;
mod reactions;
mod remix;
mod reviews;
mod search;
mod structured_data;
mod suggestions;
mod support;
mod translations;
