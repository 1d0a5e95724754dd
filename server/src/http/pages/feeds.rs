//! Feeds in Atom and RSS 2.0: `/feed.atom` and `/feed.rss` take the parameters of `/search`
//! (no parameters: everything new here), and a goal, a network and a person have one under
//! their page (`/goals/{key}/feed.atom`, `/groups/{name}/feed.atom`, `/users/{name}/feed.atom`).
//! Pages that list these link them with `<link rel="alternate">` (`offer`).

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::views::FeedLink;

use super::Page;
use crate::app::{curricula, feeds, node, AppError, AppResult};
use crate::http::api::search::SearchParams;
use crate::standards::feeds::{atom, rss, Entry, Feed};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/feed.{format}", web::get().to(search))
        .route("/goals/{key}/feed.{format}", web::get().to(goal))
        .route("/groups/{name}/feed.{format}", web::get().to(network))
        .route("/users/{username}/feed.{format}", web::get().to(person));
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Atom,
    Rss,
}

impl Format {
    fn parse(text: &str) -> AppResult<Format> {
        match text {
            "atom" => Ok(Format::Atom),
            "rss" => Ok(Format::Rss),
            _ => Err(AppError::NotFound),
        }
    }
}

/// A page's query string as a feed's: paging and sorting dropped (a feed is the newest
/// first), `fixed` (such as the kind a list shows) put first and not repeated.
pub(super) fn feed_query(fixed: &[(&str, &str)], query: &str) -> String {
    let skip = |name: &str| matches!(name, "page" | "per_page" | "sort" | "facets" | "done") || fixed.iter().any(|(n, _)| *n == name);
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for (name, value) in fixed {
        out.append_pair(name, value);
    }
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        if !skip(&name) && !value.is_empty() {
            out.append_pair(&name, &value);
        }
    }
    out.finish()
}

/// Links to the Atom and RSS feeds at `path` (with `query`, if any) in the page's head.
pub(super) fn offer(page: &mut Page, title: &str, path: &str, query: &str) {
    let with_query = |ext: &str| if query.is_empty() { format!("{path}.{ext}") } else { format!("{path}.{ext}?{query}") };
    page.ctx.feeds = vec![
        FeedLink { title: format!("{title} (Atom)"), href: with_query("atom"), media_type: "application/atom+xml" },
        FeedLink { title: format!("{title} (RSS)"), href: with_query("rss"), media_type: "application/rss+xml" },
    ];
}

fn respond(page: &Page, format: Format, title: String, description: String, page_path: &str, req: &HttpRequest, entries: Vec<Entry>) -> HttpResponse {
    let base = &page.app.config.public_url;
    let query = req.query_string();
    let self_url = if query.is_empty() { format!("{base}{}", req.path()) } else { format!("{base}{}?{query}", req.path()) };
    let feed = Feed { title, description, page_url: format!("{base}{page_path}"), self_url, language: page.lang().code().to_owned(), entries };
    let now = crate::app::now();
    let (body, media_type) = match format {
        Format::Atom => (atom(&feed, now), "application/atom+xml; charset=utf-8"),
        Format::Rss => (rss(&feed, now), "application/rss+xml; charset=utf-8"),
    };
    HttpResponse::Ok().insert_header((header::CONTENT_TYPE, media_type)).insert_header((header::CACHE_CONTROL, "public, max-age=300")).body(body)
}

/// What a search's parameters ask for, in words, for the feed's title.
fn describe(params: &SearchParams, lang: deelwijs_frontend::i18n::Lang) -> String {
    let mut parts = Vec::new();
    if let Some(q) = params.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        parts.push(format!("“{q}”"));
    }
    let named = [
        ("kind", &params.kind),
        ("level", &params.level),
        ("subject", &params.subject),
        ("resource_type", &params.resource_type),
        ("lang", &params.lang),
        ("theme", &params.theme),
        ("goal", &params.goal),
    ];
    for (name, value) in named {
        if let Some(value) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            parts.push(format!("{name}: {value}"));
        }
    }
    if parts.is_empty() {
        lang.t("everything").to_owned()
    } else {
        parts.join(", ")
    }
}

async fn search(page: Page, req: HttpRequest, format: web::Path<String>, params: web::Query<SearchParams>) -> HttpResponse {
    let result = async {
        let format = Format::parse(&format)?;
        let name = node::name(&page.app).await?;
        let entries = feeds::search(&page.app, params.to_query()).await?;
        let l = page.lang();
        let title = format!("{} — {}: {}", name, l.t("new-2"), describe(&params, l));
        let query = feed_query(&[], req.query_string());
        let page_path = if query.is_empty() { "/".to_owned() } else { format!("/search?{query}&sort=newest") };
        Ok(respond(&page, format, title, l.t("new-materials-and-case").to_owned(), &page_path, &req, entries))
    }
    .await;
    page.respond(result)
}

async fn goal(page: Page, req: HttpRequest, path: web::Path<(String, String)>) -> HttpResponse {
    let result = async {
        let (key, format) = path.into_inner();
        let format = Format::parse(&format)?;
        let detail = curricula::goal(&page.app, &key).await?;
        let entries = feeds::search(&page.app, deelwijs_indexer::SearchQuery { goal: Some(detail.goal.id.clone()), ..Default::default() }).await?;
        let g = &detail.goal;
        let statement = if g.abbreviated_statement.is_empty() { &g.full_statement } else { &g.abbreviated_statement };
        let title = format!("{} {statement}", g.human_coding_scheme).trim().to_owned();
        let description = format!("{} — {}", detail.framework.title, page.lang().t("new-work-for-this-goal"));
        Ok(respond(&page, format, title, description, &format!("/goals/{}", g.id), &req, entries))
    }
    .await;
    page.respond(result)
}

async fn network(page: Page, req: HttpRequest, path: web::Path<(String, String)>) -> HttpResponse {
    let result = async {
        let (name, format) = path.into_inner();
        let format = Format::parse(&format)?;
        let (title, entries) = feeds::network(&page.app, &name).await?;
        let description = page.lang().t("shared-in-this-network").to_owned();
        Ok(respond(&page, format, title, description, &format!("/groups/{name}"), &req, entries))
    }
    .await;
    page.respond(result)
}

async fn person(page: Page, req: HttpRequest, path: web::Path<(String, String)>) -> HttpResponse {
    let result = async {
        let (username, format) = path.into_inner();
        let format = Format::parse(&format)?;
        let (name, entries) = feeds::person(&page.app, &username).await?;
        let description = page.lang().t("materials-and-case-studies").to_owned();
        Ok(respond(&page, format, name, description, &format!("/users/{username}"), &req, entries))
    }
    .await;
    page.respond(result)
}
