//! `GET /api/v1/search`: ranked, faceted, goal-aware search over public content.

use actix_web::{web, HttpResponse};
use deelwijs_indexer::{SearchQuery, SearchResults, Sort, FACETS, GOAL_FILTER};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::app::{search, App, AppConfig};
use crate::http::error::ApiResult;

/// Query parameters; every one optional, junk degrades to defaults instead of failing.
#[derive(Debug, Default, Deserialize)]
pub struct SearchParams {
    pub q: Option<String>,
    pub kind: Option<String>,
    pub goal: Option<String>,
    pub level: Option<String>,
    pub subject: Option<String>,
    pub resource_type: Option<String>,
    pub license: Option<String>,
    pub lang: Option<String>,
    pub origin: Option<String>,
    pub theme: Option<String>,
    pub stage: Option<String>,
    pub erasmus_action: Option<String>,
    pub sort: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
    pub facets: Option<String>,
}

impl SearchParams {
    pub fn to_query(&self) -> SearchQuery {
        let number = |v: &Option<String>, default: usize| v.as_deref().and_then(|s| s.trim().parse::<usize>().ok()).unwrap_or(default);
        let filters = [
            ("kind", &self.kind),
            ("level", &self.level),
            ("subject", &self.subject),
            ("resource_type", &self.resource_type),
            ("license", &self.license),
            ("lang", &self.lang),
            ("origin", &self.origin),
            ("theme", &self.theme),
            ("stage", &self.stage),
            ("erasmus_action", &self.erasmus_action),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(|v| (name.to_owned(), v.to_owned())))
        .collect();
        SearchQuery {
            text: self.q.clone().unwrap_or_default().chars().take(500).collect(),
            filters,
            goal: self.goal.clone().filter(|g| !g.trim().is_empty()),
            sort: if self.sort.as_deref() == Some("newest") { Sort::Newest } else { Sort::Relevance },
            page: number(&self.page, 1).clamp(1, 1_000_000),
            per_page: number(&self.per_page, 20),
            with_facets: self.facets.as_deref() != Some("false"),
        }
    }
}

pub fn results_json(config: &AppConfig, results: &SearchResults) -> Value {
    let hits: Vec<Value> = results
        .hits
        .iter()
        .map(|h| {
            // URLs follow the node's current public URL, whatever it was at indexing time.
            let url = config.content_url(&h.kind, &h.id);
            json!({
                "id": h.id, "kind": h.kind, "title": h.title, "summary": h.summary, "snippet_html": h.snippet_html,
                "url": url, "language": h.language, "license": h.license, "goals": h.goals, "origin": h.origin, "score": h.score,
            })
        })
        .collect();
    // `goal`: goal URI → count, for local and foreign goals alike (a goal counts what `goal=<uri>`
    // would find: content aligned to it, below it, to a goal it replaced or matches).
    let facets: serde_json::Map<String, Value> =
        FACETS.iter().chain([&GOAL_FILTER]).filter_map(|name| results.facets.get(name).map(|counts| ((*name).to_owned(), json!(counts)))).collect();
    json!({ "total": results.total, "page": results.page, "per_page": results.per_page, "hits": hits, "facets": facets })
}

pub async fn search(app: web::Data<App>, params: web::Query<SearchParams>) -> ApiResult<HttpResponse> {
    let started = std::time::Instant::now();
    let results = search::search(&app, params.to_query()).await?;
    // W3C Server-Timing: how long the search took here, apart from the network and the client.
    let timing = format!("search;dur={:.2}", started.elapsed().as_secs_f64() * 1000.0);
    Ok(HttpResponse::Ok().insert_header(("Server-Timing", timing)).json(results_json(&app.config, &results)))
}
