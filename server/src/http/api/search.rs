//! `GET /api/v1/search`: ranked, faceted, goal-aware search over public content.

use actix_web::{web, HttpResponse};
use deelwijs_indexer::{SearchQuery, SearchResults, Sort, FACETS, GOAL_FILTER};
use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::json::TranslationBody;
use crate::app::translations::TranslationRef;
use crate::app::{search, App, AppConfig};
use crate::domain::license::License;
use crate::domain::vocab::{EducationLevel, ErasmusAction, HelpType, QuestionState, ResourceType, Stage, Subject, Theme};
use crate::http::error::ApiResult;

/// Query parameters; every one optional, junk degrades to defaults instead of failing.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words; `"a phrase"`, `-word` to leave out, `word*` as a prefix.
    pub q: Option<String>,
    /// `material`, `case_study`, `collection` or `question`.
    pub kind: Option<String>,
    /// A goal's URI: content aligned to it, to a goal below it, to one it replaced, or to one it matches.
    pub goal: Option<String>,
    #[param(value_type = Option<EducationLevel>)]
    pub level: Option<String>,
    #[param(value_type = Option<Subject>)]
    pub subject: Option<String>,
    #[param(value_type = Option<ResourceType>)]
    pub resource_type: Option<String>,
    #[param(value_type = Option<License>)]
    pub license: Option<String>,
    /// A language tag (`nl`, `en`, …).
    pub lang: Option<String>,
    /// `local`, or a node's host.
    pub origin: Option<String>,
    #[param(value_type = Option<Theme>)]
    pub theme: Option<String>,
    #[param(value_type = Option<Stage>)]
    pub stage: Option<String>,
    #[param(value_type = Option<ErasmusAction>)]
    pub erasmus_action: Option<String>,
    /// A help question's kind of help.
    #[param(value_type = Option<HelpType>)]
    pub help: Option<String>,
    /// A help question's state.
    #[param(value_type = Option<QuestionState>)]
    pub state: Option<String>,
    /// Materials whose reviews average at least this many stars (1–5).
    #[param(value_type = Option<i64>, minimum = 1, maximum = 5)]
    pub rating: Option<String>,
    /// Materials with at least this many reviews: `1`, `3`, `10` or `25`.
    #[param(value_type = Option<i64>)]
    pub reviews: Option<String>,
    /// `yes`: materials a reviewer used in class.
    pub used: Option<String>,
    /// `yes`: content with this node's quality mark.
    pub quality: Option<String>,
    /// `relevance` (default), `newest`, `rating` (best average first, then most reviews; unreviewed
    /// last) or `reviews` (most reviews first).
    pub sort: Option<String>,
    /// From 1.
    #[param(value_type = Option<i64>, minimum = 1)]
    pub page: Option<String>,
    /// At most 100 (default 20).
    #[param(value_type = Option<i64>, minimum = 1, maximum = 100)]
    pub per_page: Option<String>,
    /// `false` leaves the facet counts out (faster).
    #[param(value_type = Option<bool>)]
    pub facets: Option<String>,
    /// `translations`: a material found in several languages shows once, with the others
    /// listed in its `translations` (grouped within the page).
    pub group: Option<String>,
}

impl SearchParams {
    /// Whether materials are grouped with their translations.
    pub fn groups_translations(&self) -> bool {
        self.group.as_deref().map(str::trim) == Some("translations")
    }
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
            ("help", &self.help),
            ("state", &self.state),
            ("rating", &self.rating),
            ("reviews", &self.reviews),
            ("used", &self.used),
            ("quality", &self.quality),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(|v| (name.to_owned(), v.to_owned())))
        .collect();
        SearchQuery {
            text: self.q.clone().unwrap_or_default().chars().take(500).collect(),
            filters,
            goal: self.goal.clone().filter(|g| !g.trim().is_empty()),
            sort: match self.sort.as_deref() {
                Some("newest") => Sort::Newest,
                Some("rating") => Sort::Rating,
                Some("reviews") => Sort::Reviews,
                _ => Sort::Relevance,
            },
            page: number(&self.page, 1).clamp(1, 1_000_000),
            per_page: number(&self.per_page, 20),
            with_facets: self.facets.as_deref() != Some("false"),
        }
    }
}

/// One search result.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchHit {
    id: String,
    /// `material`, `case_study` or `collection`.
    kind: String,
    title: String,
    summary: String,
    /// A passage with the matched words in `<mark>`, as sanitised HTML.
    snippet_html: String,
    url: String,
    language: String,
    license: String,
    /// The goals it is aligned to (URIs).
    goals: Vec<String>,
    /// `local`, or the host of the node it came from.
    origin: String,
    score: f32,
    /// With `group=translations`: the other languages this material exists in (its original
    /// and translations).
    translations: Vec<TranslationBody>,
}

/// A page of search results with facet counts.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchResponse {
    total: usize,
    page: usize,
    per_page: usize,
    hits: Vec<SearchHit>,
    /// Per facet (`kind`, `level`, `subject`, …, and `goal`: goal URI), each value's count over all matches.
    facets: BTreeMap<String, BTreeMap<String, u64>>,
}

pub fn results_json(config: &AppConfig, results: SearchResults, translations: &HashMap<String, Vec<TranslationRef>>) -> SearchResponse {
    let hits = results
        .hits
        .into_iter()
        .map(|h| SearchHit {
            translations: translations.get(&h.id).map(|list| list.iter().map(TranslationBody::new).collect()).unwrap_or_default(),
            // URLs follow the node's current public URL, whatever it was at indexing time.
            url: config.content_url(&h.kind, &h.id),
            id: h.id,
            kind: h.kind,
            title: h.title,
            summary: h.summary,
            snippet_html: h.snippet_html,
            language: h.language,
            license: h.license,
            goals: h.goals,
            origin: h.origin,
            score: h.score,
        })
        .collect();
    // `goal`: goal URI → count, for local and foreign goals alike (a goal counts what `goal=<uri>`
    // would find: content aligned to it, below it, to a goal it replaced or matches).
    let mut facets = results.facets;
    let facets = FACETS.iter().chain([&GOAL_FILTER]).filter_map(|name| facets.remove(name).map(|counts| ((*name).to_owned(), counts))).collect();
    SearchResponse { total: results.total, page: results.page, per_page: results.per_page, hits, facets }
}

#[utoipa::path(get, path = "/search", tag = "search", params(SearchParams),
    responses((status = 200, description = "Public content here and from followed nodes, ranked, with facets; `Server-Timing` says how long it took.", body = SearchResponse)))]
pub async fn search(app: web::Data<App>, params: web::Query<SearchParams>) -> ApiResult<HttpResponse> {
    let started = std::time::Instant::now();
    let (results, translations) = if params.groups_translations() {
        search::search_grouped(&app, params.to_query()).await?
    } else {
        (search::search(&app, params.to_query()).await?, HashMap::new())
    };
    // W3C Server-Timing: how long the search took here, apart from the network and the client.
    let timing = format!("search;dur={:.2}", started.elapsed().as_secs_f64() * 1000.0);
    Ok(HttpResponse::Ok().insert_header(("Server-Timing", timing)).json(results_json(&app.config, results, &translations)))
}
