//! Goal coverage: how many materials are aligned to each goal of a framework, over all the
//! materials in the search index (this node's and followed nodes') on the framework page, or over
//! one search's results on `/curricula/{id}/coverage?<the search's parameters>`.

use std::collections::BTreeMap;

use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::i18n::Lang;
use deelwijs_frontend::views::{CoverageArea, CoverageDomain, CoverageGoal, CoveragePage, CoverageView, GoalNodeView};

use super::Page;
use crate::app::{search, AppResult};
use crate::domain::vocab::EducationLevel;
use crate::http::api::search::SearchParams;

/// Materials per goal URI (a goal counts what is aligned to it, below it, or to a goal of
/// another framework that matches it) for a search narrowed to materials.
pub async fn counts(page: &Page, mut params: SearchParams) -> AppResult<BTreeMap<String, u64>> {
    params.kind = Some("material".to_owned());
    params.goal = None;
    search::goal_counts(&page.app, params.to_query()).await
}

/// The coverage picture's model from a framework's goal tree: each top node is a subject area;
/// each node below it with goals of its own is a domain holding the goals at the ends of its
/// branches; goals right under a subject area form a domain without a title.
pub fn view(framework: &str, scope: String, roots: &[GoalNodeView], counts: &BTreeMap<String, u64>, search: &dyn Fn(&str) -> String) -> CoverageView {
    fn leaves<'a>(node: &'a GoalNodeView, out: &mut Vec<&'a GoalNodeView>) {
        if node.children.is_empty() {
            out.push(node);
        }
        node.children.iter().for_each(|child| leaves(child, out));
    }
    let goal = |node: &GoalNodeView| CoverageGoal {
        uri: node.uri.clone(),
        code: node.code.clone(),
        statement: node.statement.clone(),
        url: node.url.clone(),
        search_url: search(&node.uri),
        count: counts.get(&node.uri).copied().unwrap_or(0),
    };
    let titled = |node: &GoalNodeView| if node.code.is_empty() { node.statement.clone() } else { format!("{} {}", node.code, node.statement) };
    let areas = roots
        .iter()
        .map(|root| {
            let mut loose = Vec::new();
            let mut domains = Vec::new();
            for child in &root.children {
                if child.children.is_empty() {
                    loose.push(goal(child));
                } else {
                    let mut ends = Vec::new();
                    leaves(child, &mut ends);
                    domains.push(CoverageDomain { title: titled(child), goals: ends.into_iter().map(goal).collect() });
                }
            }
            if !loose.is_empty() {
                domains.insert(0, CoverageDomain { title: String::new(), goals: loose });
            }
            // A framework that is one flat list: its top nodes are the goals.
            if root.children.is_empty() {
                domains.push(CoverageDomain { title: String::new(), goals: vec![goal(root)] });
            }
            CoverageArea { title: titled(root), domains }
        })
        .collect();
    CoverageView { framework: framework.to_owned(), scope, areas }
}

/// A search for one goal's materials, keeping the other parameters of `raw`.
pub fn goal_search(raw: &[(String, String)], uri: &str) -> String {
    let mut url = url::form_urlencoded::Serializer::new(String::new());
    url.extend_pairs(raw.iter().filter(|(k, _)| !matches!(k.as_str(), "goal" | "kind" | "page" | "per_page" | "facets")));
    url.append_pair("kind", "material");
    url.append_pair("goal", uri);
    format!("/search?{}", url.finish())
}

/// The scope's words for a framework page (every material) or a search.
pub fn scope(lang: Lang, searched: bool) -> String {
    lang.t(if searched { "coverage-this-search" } else { "coverage-all-materials" }).to_owned()
}

/// `GET /curricula/{id}/coverage?<search parameters>`: the framework's goals coloured by how
/// many of the search's materials are aligned to each.
pub async fn show(page: Page, id: web::Path<String>, req: HttpRequest) -> HttpResponse {
    let result = async {
        let raw: Vec<(String, String)> = url::form_urlencoded::parse(req.query_string().as_bytes()).into_owned().filter(|(_, v)| !v.is_empty()).collect();
        let params = web::Query::<SearchParams>::from_query(req.query_string()).map(web::Query::into_inner).unwrap_or_default();
        let level = params.level.as_deref().and_then(EducationLevel::parse);
        let (framework, _, roots, _) = super::curricula::goal_tree(&page.app, &id, level).await?;
        let counts = counts(&page, params).await?;
        let lang = page.lang();
        let coverage = view(&framework.title, scope(lang, true), &roots, &counts, &|uri| goal_search(&raw, uri));
        let search_query = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(&raw).finish();
        let view = CoveragePage {
            heading: lang.tf("coverage-of-this-search", &[("framework", framework.title.as_str().into())]),
            search_url: if search_query.is_empty() { "/search".to_owned() } else { format!("/search?{search_query}") },
            framework_url: format!("/curricula/{}", framework.id),
            coverage,
        };
        Ok(page.ok(deelwijs_frontend::coverage(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}
