//! The pages, one module per page family, and the parts they share (cards, pager, form fields).

pub(crate) mod account;
pub(crate) mod admin;
pub(crate) mod api_reference;
pub(crate) mod auth;
pub(crate) mod case_studies;
pub(crate) mod charts;
pub(crate) mod collections;
pub(crate) mod curricula;
pub(crate) mod error;
pub(crate) mod groups;
pub(crate) mod history;
pub(crate) mod home;
pub(crate) mod materials;
pub(crate) mod moderation;
pub(crate) mod network;
pub(crate) mod privacy;
pub(crate) mod profile;
pub(crate) mod quality;
pub(crate) mod questions;
pub(crate) mod remix;
pub(crate) mod reviews;
pub(crate) mod search;

mod case_study_form;
mod collection_form;
mod forms;
mod goal_picker;
pub(crate) mod material_form;
mod parts;

pub(crate) use case_study_form::render as case_study_form;
pub(crate) use collection_form::render as collection_form;
pub(crate) use material_form::render as material_form;
