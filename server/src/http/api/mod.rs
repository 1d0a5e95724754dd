//! The JSON API under `/api/v1`: thin handlers, one file per resource.

mod admin;
mod auth;
mod case_studies;
mod collections;
mod curricula;
mod follows;
pub mod json;
mod materials;
mod networks;
mod node;
pub mod openapi;
pub mod quality;
pub mod questions;
mod reactions;
pub mod reviews;
pub mod search;
pub mod vocabularies;

use actix_web::{web, HttpRequest};
use serde::Deserialize;

use crate::store::Page;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api/v1")
            .configure(vocabularies::routes)
            // The description of this API, not an operation of it.
            .service(web::resource("/openapi.json").get(openapi::serve))
            .service(web::resource("/docs").get(crate::http::pages::api_reference::show))
            .route("/node", web::get().to(node::show))
            .route("/auth/token", web::post().to(auth::token))
            .route("/me", web::get().to(auth::me))
            .route("/me", web::delete().to(auth::delete))
            .route("/me/export", web::get().to(auth::export))
            .route("/materials", web::get().to(materials::list))
            .route("/materials", web::post().to(materials::create))
            .route("/materials/{id}", web::get().to(materials::show))
            .route("/materials/{id}", web::patch().to(materials::update))
            .route("/materials/{id}", web::delete().to(materials::delete))
            .route("/materials/{id}/attachments", web::post().to(materials::upload))
            .route("/materials/{id}/attachments/{attachment}", web::delete().to(materials::remove_attachment))
            .route("/materials/{id}/versions", web::get().to(materials::versions))
            .route("/materials/{id}/versions/{version}", web::get().to(materials::version))
            .route("/materials/{id}/versions/{version}/restore", web::post().to(materials::restore))
            .route("/materials/{id}/remix", web::get().to(materials::remix_options))
            .route("/materials/{id}/remix", web::post().to(materials::remix))
            .route("/materials/{id}/translate", web::post().to(materials::translate))
            .route("/materials/{id}/hidden", web::put().to(materials::set_hidden))
            .route("/materials/{id}/like", web::put().to(reactions::like_material))
            .route("/materials/{id}/reviews", web::get().to(reviews::list))
            .route("/materials/{id}/review", web::put().to(reviews::put))
            .route("/materials/{id}/review", web::delete().to(reviews::delete))
            .route("/materials/{id}/like", web::delete().to(reactions::unlike_material))
            .route("/materials/{id}/report", web::post().to(reactions::report_material))
            .route("/materials/{id}/networks", web::post().to(networks::post_material))
            .route("/quality", web::get().to(quality::show))
            .route("/quality/criteria", web::put().to(quality::set_criteria))
            .route("/materials/{id}/quality-mark", web::put().to(quality::award_material))
            .route("/materials/{id}/quality-mark", web::delete().to(quality::withdraw_material))
            .route("/case-studies/{id}/quality-mark", web::put().to(quality::award_case_study))
            .route("/case-studies/{id}/quality-mark", web::delete().to(quality::withdraw_case_study))
            .route("/questions", web::get().to(questions::list))
            .route("/questions", web::post().to(questions::create))
            .route("/questions/{id}", web::get().to(questions::show))
            .route("/questions/{id}", web::patch().to(questions::update))
            .route("/questions/{id}", web::delete().to(questions::delete))
            .route("/questions/{id}/hidden", web::put().to(questions::set_hidden))
            .route("/questions/{id}/answers", web::post().to(questions::answer))
            .route("/questions/{id}/answers/{answer}", web::delete().to(questions::withdraw))
            .route("/questions/{id}/helpful", web::put().to(questions::helpful))
            .route("/questions/{id}/matches", web::get().to(questions::matches))
            .route("/questions/{id}/invitations", web::post().to(questions::invite))
            .route("/case-studies", web::get().to(case_studies::list))
            .route("/case-studies", web::post().to(case_studies::create))
            .route("/case-studies/{id}", web::get().to(case_studies::show))
            .route("/case-studies/{id}", web::patch().to(case_studies::update))
            .route("/case-studies/{id}", web::delete().to(case_studies::delete))
            .route("/case-studies/{id}/versions", web::get().to(case_studies::versions))
            .route("/case-studies/{id}/versions/{version}", web::get().to(case_studies::version))
            .route("/case-studies/{id}/versions/{version}/restore", web::post().to(case_studies::restore))
            .route("/case-studies/{id}/hidden", web::put().to(case_studies::set_hidden))
            .route("/case-studies/{id}/like", web::put().to(reactions::like_case_study))
            .route("/case-studies/{id}/like", web::delete().to(reactions::unlike_case_study))
            .route("/case-studies/{id}/report", web::post().to(reactions::report_case_study))
            .route("/case-studies/{id}/networks", web::post().to(networks::post_case_study))
            .route("/collections", web::get().to(collections::list))
            .route("/collections", web::post().to(collections::create))
            .route("/collections/{id}", web::get().to(collections::show))
            .route("/collections/{id}", web::patch().to(collections::update))
            .route("/collections/{id}", web::delete().to(collections::delete))
            .route("/collections/{id}/items", web::post().to(collections::add_item))
            .route("/collections/{id}/items", web::delete().to(collections::remove_item))
            .route("/collections/{id}/versions", web::get().to(collections::versions))
            .route("/collections/{id}/versions/{version}", web::get().to(collections::version))
            .route("/collections/{id}/versions/{version}/restore", web::post().to(collections::restore))
            .route("/collections/{id}/copy", web::post().to(collections::copy))
            .route("/collections/{id}/hidden", web::put().to(collections::set_hidden))
            .route("/collections/{id}/network", web::put().to(collections::set_network))
            .route("/collections/{id}/like", web::put().to(reactions::like_collection))
            .route("/collections/{id}/like", web::delete().to(reactions::unlike_collection))
            .route("/collections/{id}/report", web::post().to(reactions::report_collection))
            .route("/collections/{id}/networks", web::post().to(networks::post_collection))
            .route("/networks", web::get().to(networks::list))
            .route("/networks", web::post().to(networks::create))
            .route("/networks/{name}", web::get().to(networks::show))
            .route("/networks/{name}/join", web::post().to(networks::join))
            .route("/networks/{name}/leave", web::post().to(networks::leave))
            .route("/networks/{name}/members", web::put().to(networks::put_member))
            .route("/networks/{name}/members/{actor_id}", web::delete().to(networks::remove_member))
            .route("/networks/{name}/posts/{kind}/{id}", web::delete().to(networks::remove_post))
            .route("/search", web::get().to(search::search))
            .route("/curricula", web::get().to(curricula::list))
            .route("/curricula", web::post().to(curricula::import))
            .route("/curricula/{id}/goals", web::get().to(curricula::goals))
            .route("/goals/suggest", web::post().to(curricula::suggest))
            .route("/goals/{key:.*}", web::get().to(curricula::goal))
            .route("/follows", web::get().to(follows::list))
            .route("/follows", web::post().to(follows::create))
            .route("/follows/{id}", web::delete().to(follows::delete))
            .route("/followers", web::get().to(follows::followers))
            .route("/timeline", web::get().to(follows::timeline))
            .route("/timeline/case-studies", web::get().to(follows::timeline_case_studies))
            .route("/admin/federation", web::get().to(follows::policy))
            .route("/admin/federation", web::put().to(follows::set_policy))
            .route("/admin/federation/retry", web::post().to(follows::retry_refused))
            .route("/admin/reports", web::get().to(reactions::reports))
            .route("/admin/reports/{id}", web::put().to(reactions::set_report_state))
            .route("/admin/settings", web::get().to(admin::settings))
            .route("/admin/settings", web::patch().to(admin::update_settings))
            .route("/admin/users", web::get().to(admin::users))
            .route("/admin/users/{id}", web::patch().to(admin::update_user))
            .default_service(web::to(not_found)),
    );
}

async fn not_found() -> actix_web::HttpResponse {
    super::error::json_error(actix_web::http::StatusCode::NOT_FOUND, "not_found", "No such API endpoint.")
}

/// `?page=&per_page=`; junk values fall back to defaults rather than failing.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// Which page, from 1 (default 1).
    #[param(value_type = Option<i64>, minimum = 1)]
    page: Option<String>,
    /// How many per page (default 20, at most 100).
    #[param(value_type = Option<i64>, minimum = 1, maximum = 100)]
    per_page: Option<String>,
}

impl PageQuery {
    pub fn page(&self) -> Page {
        let number = |s: &Option<String>| s.as_deref().and_then(|v| v.trim().parse::<i64>().ok());
        Page::new(number(&self.page), number(&self.per_page))
    }
}

/// `{"hidden": true}` for moderation.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HiddenBody {
    hidden: bool,
}

/// An optional JSON body: empty means the defaults; anything else must be JSON, sent as JSON.
pub(super) fn optional_json<T: serde::de::DeserializeOwned + Default>(req: &HttpRequest, body: &[u8]) -> crate::http::error::ApiResult<T> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    if !crate::http::has_json_body(req.headers()) {
        return Err(crate::app::AppError::UnsupportedMediaType("Send the body as application/json, or send none.".into()).into());
    }
    serde_json::from_slice(body).map_err(|e| crate::app::AppError::bad_request("invalid_json", format!("The request body is not acceptable JSON: {e}")).into())
}

/// What restoring an old version may also change.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub(super) struct RestoreInput {
    /// The visibility after restoring; the current one when absent.
    #[schema(value_type = Option<crate::domain::vocab::Status>)]
    pub status: Option<String>,
}
