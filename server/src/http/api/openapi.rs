//! The OpenAPI 3.1 description of `/api/v1` (`GET /api/v1/openapi.json`), derived by utoipa
//! from the handlers' `#[utoipa::path]` attributes and the types they take and answer with.
//! A test below checks that every route in `api::routes` is described, and no other.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, OpenApi as Document, RefOr, ResponseBuilder, ServerBuilder};
use utoipa::OpenApi;

use super::{
    admin, auth, case_studies, collections, curricula, follows, materials, networks, node, quality, questions, reactions, reviews, search, vocabularies,
};
use crate::http::error::ErrorBody;

/// Where the API lives; the operations below are written relative to it.
pub const BASE: &str = "/api/v1";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Deelwijs API",
        description = "The JSON API of a Deelwijs node: open learning materials, innovation case studies and collections, \
curricula (IMS CASE), search, networks and federation. Errors are `{\"error\": {\"code\", \"message\", \"fields\"?}}`. \
A bearer token comes from `POST /api/v1/auth/token`; pages use cookie sessions instead. The closed vocabularies, with Dutch \
and English labels, are at `GET /api/v1/vocabularies`.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    paths(
        node::show,
        vocabularies::show,
        auth::token,
        auth::me,
        auth::delete,
        auth::export,
        materials::list,
        materials::create,
        materials::show,
        materials::update,
        materials::delete,
        materials::upload,
        materials::remove_attachment,
        materials::versions,
        materials::version,
        materials::restore,
        materials::remix_options,
        materials::remix,
        materials::translate,
        materials::set_hidden,
        reactions::like_material,
        reviews::list,
        reviews::put,
        reviews::delete,
        reactions::unlike_material,
        reactions::report_material,
        networks::post_material,
        quality::show,
        quality::set_criteria,
        quality::award_material,
        quality::withdraw_material,
        quality::award_case_study,
        quality::withdraw_case_study,
        questions::list,
        questions::create,
        questions::show,
        questions::update,
        questions::delete,
        questions::set_hidden,
        questions::answer,
        questions::withdraw,
        questions::helpful,
        questions::matches,
        questions::invite,
        case_studies::list,
        case_studies::create,
        case_studies::show,
        case_studies::update,
        case_studies::delete,
        case_studies::versions,
        case_studies::version,
        case_studies::restore,
        case_studies::set_hidden,
        reactions::like_case_study,
        reactions::unlike_case_study,
        reactions::report_case_study,
        networks::post_case_study,
        collections::list,
        collections::create,
        collections::show,
        collections::update,
        collections::delete,
        collections::add_item,
        collections::remove_item,
        collections::versions,
        collections::version,
        collections::restore,
        collections::copy,
        collections::set_hidden,
        collections::set_network,
        reactions::like_collection,
        reactions::unlike_collection,
        reactions::report_collection,
        networks::post_collection,
        networks::list,
        networks::create,
        networks::show,
        networks::join,
        networks::leave,
        networks::put_member,
        networks::remove_member,
        networks::remove_post,
        search::search,
        curricula::list,
        curricula::import,
        curricula::goals,
        curricula::suggest,
        curricula::goal,
        follows::list,
        follows::create,
        follows::delete,
        follows::followers,
        follows::timeline,
        follows::timeline_case_studies,
        follows::policy,
        follows::set_policy,
        follows::retry_refused,
        reactions::reports,
        reactions::set_report_state,
        admin::settings,
        admin::update_settings,
        admin::users,
        admin::update_user,
    ),
    components(schemas(ErrorBody)),
    tags(
        (name = "node", description = "What this node is."),
        (name = "vocabularies", description = "Closed vocabularies: levels, subjects, resource types, licences, themes, …"),
        (name = "account", description = "Tokens, the caller's account, its export and deletion."),
        (name = "materials", description = "Open learning materials: Markdown, attachments, licences, versions, remixes."),
        (name = "case-studies", description = "Innovation case studies (praktijkvoorbeelden)."),
        (name = "questions", description = "Help questions (hulpvragen): asked here or on followed nodes, answered from anywhere, with matchmaking and invitations."),
        (name = "reviews", description = "Teachers' reviews of materials: a rating, a text and the level used with, counted at the material's origin."),
        (name = "collections", description = "Collections of materials, here and from other nodes."),
        (name = "networks", description = "Innovation networks hosted here."),
        (name = "search", description = "Ranked, faceted, goal-aware search."),
        (name = "curricula", description = "Curriculum frameworks (IMS CASE) and their goals."),
        (name = "federation", description = "Following other nodes, people, networks and collections."),
        (name = "moderation", description = "Reports and hiding content (moderators)."),
        (name = "admin", description = "Node settings, accounts and the federation policy (administrators)."),
    )
)]
struct ApiDoc;

/// The description as this node serves it: operations under [`BASE`], the node's URL as the
/// server, the bearer scheme, and the error shape as every operation's `default` response.
pub fn document(public_url: &str) -> Document {
    let mut doc = ApiDoc::openapi();
    doc.info.version = env!("CARGO_PKG_VERSION").to_owned();
    doc.servers = Some(vec![ServerBuilder::new().url(public_url).description(Some("This node")).build()]);
    let error = ResponseBuilder::new()
        .description("An error: `{\"error\": {\"code\", \"message\", \"fields\"?}}` (4xx for what the caller can fix).")
        .content("application/json", ContentBuilder::new().schema(Some(RefOr::Ref(utoipa::openapi::Ref::from_schema_name("Error")))).build())
        .build();
    let paths = std::mem::take(&mut doc.paths.paths);
    for (path, mut item) in paths {
        let methods = [("get", &mut item.get), ("put", &mut item.put), ("post", &mut item.post), ("delete", &mut item.delete), ("patch", &mut item.patch)];
        for (method, operation) in methods.into_iter().filter_map(|(method, operation)| operation.as_mut().map(|o| (method, o))) {
            operation.responses.responses.entry("default".to_owned()).or_insert_with(|| RefOr::T(error.clone()));
            // utoipa names an operation after its function, and `show` or `restore` exist once
            // per kind of content; the method and path are unique.
            operation.operation_id = Some(operation_id(method, &path));
            // Operations without a doc comment are summed up by what they answer on success.
            if operation.summary.is_none() {
                operation.summary = operation.responses.responses.iter().find(|(status, _)| status.starts_with('2')).and_then(|(_, response)| match response {
                    RefOr::T(response) => Some(response.description.clone()),
                    RefOr::Ref(_) => None,
                });
            }
        }
        doc.paths.paths.insert(format!("{BASE}{path}"), item);
    }
    let components = doc.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        "bearer",
        SecurityScheme::Http(
            HttpBuilder::new().scheme(HttpAuthScheme::Bearer).description(Some("A token from `POST /api/v1/auth/token` or the account page.")).build(),
        ),
    );
    doc
}

/// `GET /api/v1/openapi.json`: the description (made per request: about a millisecond, and
/// one process may serve several nodes in the tests).
pub async fn serve(app: actix_web::web::Data<crate::app::App>) -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok().insert_header(("cache-control", "public, max-age=3600")).json(document(&app.config.public_url))
}

/// `patch_materials_id` for `PATCH /materials/{id}`.
fn operation_id(method: &str, path: &str) -> String {
    let words = path.split('/').filter(|s| !s.is_empty()).map(|s| s.trim_matches(|c| c == '{' || c == '}').replace('-', "_"));
    std::iter::once(method.to_owned()).chain(words).collect::<Vec<_>>().join("_")
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// `(METHOD, /api/v1/path)` for every `.route(…)` in `api/mod.rs` and `api/vocabularies.rs`,
    /// with actix's `{name:regex}` written as OpenAPI's `{name}`.
    fn routes() -> BTreeSet<(String, String)> {
        let mut routes = BTreeSet::new();
        for source in [include_str!("mod.rs"), include_str!("vocabularies.rs")] {
            for line in source.lines() {
                let Some(rest) = line.trim().strip_prefix(".route(\"").or_else(|| line.trim().strip_prefix("cfg.route(\"")) else { continue };
                let Some((path, rest)) = rest.split_once('"') else { continue };
                let Some(method) = rest.split("web::").nth(1).and_then(|m| m.split('(').next()) else { continue };
                let path = path
                    .split('/')
                    .map(|segment| segment.split_once(':').map_or(segment.to_owned(), |(name, _)| format!("{name}}}")))
                    .collect::<Vec<_>>()
                    .join("/");
                routes.insert((method.to_ascii_uppercase(), format!("{BASE}{path}")));
            }
        }
        routes
    }

    #[test]
    fn every_route_is_described_and_nothing_else() {
        let doc = serde_json::to_value(document("https://node.example")).unwrap();
        let described: BTreeSet<(String, String)> = doc["paths"]
            .as_object()
            .unwrap()
            .iter()
            .flat_map(|(path, item)| item.as_object().unwrap().keys().map(move |method| (method.to_ascii_uppercase(), path.clone())))
            .filter(|(method, _)| method != "PARAMETERS")
            .collect();
        let routes = routes();
        assert!(routes.len() > 80, "the route table was not read: {routes:?}");
        let missing: Vec<_> = routes.difference(&described).collect();
        let extra: Vec<_> = described.difference(&routes).collect();
        assert!(missing.is_empty() && extra.is_empty(), "undescribed routes: {missing:?}; described but not routed: {extra:?}");
    }

    #[test]
    fn the_document_is_openapi_3_1_with_errors_security_and_every_referenced_schema() {
        let doc = serde_json::to_value(document("https://node.example")).unwrap();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3.1."), "{}", doc["openapi"]);
        assert_eq!(doc["servers"][0]["url"], "https://node.example");
        assert_eq!(doc["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");
        let operation = &doc["paths"]["/api/v1/materials/{id}"]["patch"];
        assert_eq!(operation["responses"]["default"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/Error");
        assert_eq!(operation["security"][0]["bearer"], serde_json::json!([]));
        assert_eq!(operation["requestBody"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/MaterialInput");
        // Every `$ref` points at a schema the document holds.
        let text = doc.to_string();
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        for reference in text.split("\"#/components/schemas/").skip(1) {
            let name = reference.split('"').next().unwrap();
            assert!(schemas.contains_key(name), "dangling $ref to {name}");
        }
        // Operation ids are unique.
        let mut ids = BTreeSet::new();
        for item in doc["paths"].as_object().unwrap().values() {
            for operation in item.as_object().unwrap().values() {
                assert!(ids.insert(operation["operationId"].as_str().unwrap().to_owned()), "duplicate operationId {}", operation["operationId"]);
            }
        }
        assert!(ids.contains("post_materials_id_versions_version_restore"), "{ids:?}");
        // The vocabularies are enums of their ids.
        let levels = &schemas["EducationLevel"]["enum"];
        assert!(levels.as_array().unwrap().iter().any(|v| v == "po"), "{levels}");
        assert!(schemas["License"]["enum"].as_array().unwrap().iter().any(|v| v == "CC-BY-SA-4.0"));
    }
}
