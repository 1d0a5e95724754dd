//! The search page: the same search as the API, with facet links that work without JavaScript.

use actix_web::{web, HttpResponse};
use deelwijs_frontend::i18n::Lang;
use deelwijs_frontend::views::{ActiveFilterView, FacetGroupView, FacetValueView, Pager, SearchHitView, SearchPage};
use deelwijs_indexer::{FACETS, GOAL_FILTER};

use super::{convert, Page};
use crate::app::{curricula, search, AppResult};
use crate::domain::license::License;
use crate::domain::vocab::{EducationLevel, ErasmusAction, HelpType, QuestionState, ResourceType, Stage, Subject, Theme};
use crate::domain::ContentKind;
use crate::http::api::search::SearchParams;

/// The query string for `params` with one parameter changed (`None` removes it); page reset.
fn url_with(base: &str, params: &[(String, String)], name: &str, value: Option<&str>) -> String {
    let mut pairs: Vec<(&str, &str)> = params.iter().filter(|(k, _)| k != name && k != "page").map(|(k, v)| (k.as_str(), v.as_str())).collect();
    if let Some(value) = value {
        pairs.push((name, value));
    }
    let query: String = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish();
    if query.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{query}")
    }
}

fn facet_label(lang: Lang, name: &str) -> &'static str {
    match name {
        "kind" => lang.t("kind-2"),
        "level" => lang.t("education-level"),
        "subject" => lang.t("subject"),
        "resource_type" => lang.t("resource-type"),
        "license" => lang.t("licence"),
        "lang" => lang.t("language"),
        "theme" => lang.t("theme"),
        "stage" => lang.t("stage"),
        "erasmus_action" => lang.t("erasmus-action"),
        "help" => lang.t("question-help-type"),
        "state" => lang.t("question-state"),
        "rating" => lang.t("facet-rating"),
        "reviews" => lang.t("facet-reviews"),
        "used" => lang.t("facet-used"),
        "quality" => lang.t("quality-mark"),
        _ => lang.t("origin-2"),
    }
}

fn value_label(lang: Lang, name: &str, value: &str) -> String {
    let l = lang.code();
    let label = match name {
        "kind" if value == "material" => Some(lang.t("material").to_owned()),
        "kind" if value == "case_study" => Some(lang.t("case-study").to_owned()),
        "kind" if value == "collection" => Some(lang.t("collection-2").to_owned()),
        "kind" if value == "question" => Some(lang.t("question").to_owned()),
        "help" => HelpType::parse(value).map(|v| v.label(l).to_owned()),
        "state" => QuestionState::parse(value).map(|v| v.label(l).to_owned()),
        "rating" => value.parse::<i64>().ok().filter(|n| (1..=5).contains(n)).map(|n| lang.tf("rating-at-least", &[("stars", n.into())])),
        "reviews" => value.parse::<i64>().ok().map(|n| lang.tf("reviews-at-least", &[("count", n.into())])),
        "used" if value == "yes" => Some(lang.t("facet-used-yes").to_owned()),
        "quality" if value == "yes" => Some(lang.t("facet-quality-yes").to_owned()),
        "level" => EducationLevel::parse(value).map(|v| v.label(l).to_owned()),
        "subject" => Subject::parse(value).map(|v| v.label(l).to_owned()),
        "resource_type" => ResourceType::parse(value).map(|v| v.label(l).to_owned()),
        "license" => License::parse(value).map(License::short_name),
        "lang" => Some(convert::language_name(lang, value)),
        "origin" if value == "local" => Some(lang.t("this-node-2").to_owned()),
        "theme" => Theme::parse(value).map(|v| v.label(l).to_owned()),
        "stage" => Stage::parse(value).map(|v| v.label(l).to_owned()),
        "erasmus_action" => ErasmusAction::parse(value).map(|v| v.label(l).to_owned()),
        _ => None,
    };
    label.unwrap_or_else(|| value.to_owned())
}

/// How many goals the goal facet shows: the most frequent, and the chosen one.
const GOALS_SHOWN: usize = 12;

/// The goal facet: the goals the matches are aligned to (with those above them, and goals of
/// other frameworks they match), most frequent first; a foreign goal names its framework.
async fn goal_facet(
    page: &Page,
    base: &str,
    lang: Lang,
    raw: &[(String, String)],
    counts: Option<&std::collections::BTreeMap<String, u64>>,
) -> AppResult<Option<FacetGroupView>> {
    let Some(counts) = counts.filter(|c| !c.is_empty()) else { return Ok(None) };
    let chosen = raw.iter().find(|(k, _)| k == "goal").map(|(_, v)| v.as_str());
    let mut shown: Vec<(&String, u64)> = counts.iter().map(|(uri, n)| (uri, *n)).collect();
    shown.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    shown.truncate(GOALS_SHOWN);
    if let Some(chosen) = chosen.and_then(|c| counts.get_key_value(c)).filter(|(uri, _)| !shown.iter().any(|(s, _)| s == uri)) {
        shown.push((chosen.0, *chosen.1));
    }
    let rows = curricula::goal_rows(&page.app, shown.iter().map(|(uri, _)| (*uri).clone()).collect()).await?;
    let frameworks = curricula::foreign_frameworks(&page.app, &rows).await?;
    let values = shown
        .iter()
        .filter_map(|(uri, count)| rows.iter().find(|g| &g.uri == *uri).map(|goal| (goal, *count)))
        .map(|(goal, count)| {
            let link = super::curricula::goal_link_in(goal, &frameworks);
            let mut label = format!("{} {}", link.code, if goal.abbreviated_statement.is_empty() { &goal.full_statement } else { &goal.abbreviated_statement });
            label = label.trim().to_owned();
            if label.chars().count() > 90 {
                label = label.chars().take(88).collect::<String>() + "…";
            }
            if !link.framework.is_empty() {
                label = format!("{label} ({})", link.framework);
            }
            let selected = chosen.is_some_and(|c| c == goal.uri || c == goal.id);
            FacetValueView { label, count, selected, toggle_url: url_with(base, raw, "goal", if selected { None } else { Some(&goal.uri) }) }
        })
        .collect();
    Ok(Some(FacetGroupView { name: "goal".to_owned(), label: lang.t("goal").to_owned(), values }))
}

pub async fn show(mut page: Page, params: web::Query<SearchParams>, req: actix_web::HttpRequest) -> HttpResponse {
    let title = page.lang().t("new-for-this-search").to_owned();
    super::feeds::offer(&mut page, &title, "/feed", &super::feeds::feed_query(&[], req.query_string()));
    let lang = page.lang();
    let scope = Scope {
        base: "/search",
        kind: None,
        heading: lang.t("search").to_owned(),
        label: lang.t("search-materials-collections-and").to_owned(),
        tabs: Vec::new(),
        new_url: None,
    };
    let result = render(&page, params.into_inner(), req.query_string(), scope).await;
    page.respond(result)
}

/// Where a search page lives: `/search` for everything, or a list of one kind (`/materials`,
/// `/case-studies`, `/collections`) with the same filters and sort for that kind.
pub struct Scope {
    pub base: &'static str,
    /// The kind a list is for; its facet is then not offered.
    pub kind: Option<&'static str>,
    pub heading: String,
    pub label: String,
    pub tabs: Vec<deelwijs_frontend::views::Tab>,
    pub new_url: Option<(String, String)>,
}

/// A list page asked for words, a filter or a sort: the search page for its kind, at the
/// list's own address (`None`: show the plain list).
pub async fn for_list(page: &Page, query_string: &str, base: &'static str, kind: ContentKind) -> Option<AppResult<HttpResponse>> {
    if !asks_for_search(query_string) {
        return None;
    }
    let lang = page.lang();
    let (heading, label, new) = match kind {
        ContentKind::Material => (lang.t("learning-materials"), lang.t("search-materials"), lang.t("new-material")),
        ContentKind::CaseStudy => (lang.t("case-studies"), lang.t("search-case-studies"), lang.t("new-case-study")),
        ContentKind::Collection => (lang.t("collections"), lang.t("search-collections"), lang.t("new-collection")),
        ContentKind::Question => (lang.t("questions"), lang.t("search-questions"), lang.t("new-question")),
    };
    let params = match web::Query::<SearchParams>::from_query(query_string) {
        Ok(params) => params.into_inner(),
        Err(_) => SearchParams::default(),
    };
    let scope = Scope {
        base,
        kind: Some(kind.as_str()),
        heading: heading.to_owned(),
        label: label.to_owned(),
        tabs: convert::list_tabs(lang, base, true),
        new_url: page.actor.as_ref().map(|_| (format!("{base}/new"), new.to_owned())),
    };
    Some(render(page, params, query_string, scope).await)
}

/// Whether a list's query asks for searching (words, a filter or a sort) rather than the plain list.
pub fn asks_for_search(query_string: &str) -> bool {
    url::form_urlencoded::parse(query_string.as_bytes()).any(|(k, v)| !v.is_empty() && (k == "q" || k == "sort" || k == "goal" || FACETS.contains(&k.as_ref())))
}

pub async fn render(page: &Page, mut params: SearchParams, query_string: &str, scope: Scope) -> AppResult<HttpResponse> {
    let base = scope.base;
    let lang = page.lang();
    let mut raw: Vec<(String, String)> = url::form_urlencoded::parse(query_string.as_bytes()).into_owned().filter(|(_, v)| !v.is_empty()).collect();
    if let Some(kind) = scope.kind {
        params.kind = Some(kind.to_owned());
        raw.retain(|(k, _)| k != "kind");
    }
    let query = params.to_query();
    let grouped = params.groups_translations();
    let (results, translations) = if grouped {
        search::search_grouped(&page.app, query.clone()).await?
    } else {
        (search::search(&page.app, query.clone()).await?, std::collections::HashMap::new())
    };
    let mut facets = Vec::new();
    for name in FACETS.iter().filter(|name| scope.kind.is_none() || **name != "kind") {
        let selected = raw.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        let Some(counts) = results.facets.get(name) else { continue };
        let mut values: Vec<FacetValueView> = counts
            .iter()
            .map(|(value, count)| {
                let is_selected = selected.as_deref() == Some(value.as_str());
                FacetValueView {
                    label: value_label(lang, name, value),
                    count: *count,
                    selected: is_selected,
                    toggle_url: url_with(base, &raw, name, if is_selected { None } else { Some(value) }),
                }
            })
            .collect();
        values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
        facets.push(FacetGroupView { name: (*name).to_owned(), label: facet_label(lang, name).to_owned(), values });
    }
    if let Some(group) = goal_facet(page, base, lang, &raw, results.facets.get(GOAL_FILTER)).await? {
        facets.insert(facets.len().min(1), group);
    }
    let mut active_filters: Vec<ActiveFilterView> = raw
        .iter()
        .filter(|(k, _)| FACETS.contains(&k.as_str()))
        .map(|(k, v)| ActiveFilterView { label: format!("{}: {}", facet_label(lang, k), value_label(lang, k, v)), remove_url: url_with(base, &raw, k, None) })
        .collect();
    if let Some(goal) = raw.iter().find(|(k, _)| k == "goal").map(|(_, v)| v.clone()) {
        let label = match curricula::goal_row(&page.app, &goal).await {
            Ok(row) => format!("{} {}", row.human_coding_scheme, row.abbreviated_statement).trim().to_owned(),
            Err(_) => goal.clone(),
        };
        active_filters.push(ActiveFilterView { label: format!("{}: {label}", lang.t("goal")), remove_url: url_with(base, &raw, "goal", None) });
    }
    let goal_codes = curricula::goal_rows(&page.app, results.hits.iter().flat_map(|h| h.goals.clone()).collect()).await?;
    let hits = results
        .hits
        .iter()
        .map(|h| SearchHitView {
            url: page.app.config.content_url(&h.kind, &h.id),
            title: h.title.clone(),
            summary: h.summary.clone(),
            snippet_html: h.snippet_html.clone(),
            kind: value_label(lang, "kind", &h.kind),
            language: convert::language_name(lang, &h.language),
            language_code: h.language.clone(),
            license: value_label(lang, "license", &h.license),
            origin: value_label(lang, "origin", &h.origin),
            goals: h
                .goals
                .iter()
                .filter_map(|uri| goal_codes.iter().find(|g| &g.uri == uri))
                .map(|g| if g.human_coding_scheme.is_empty() { g.abbreviated_statement.clone() } else { g.human_coding_scheme.clone() })
                .collect(),
            translations: translations.get(&h.id).map(|list| list.iter().map(|t| convert::translation_link(lang, t)).collect()).unwrap_or_default(),
        })
        .collect();
    let per_page = results.per_page.max(1) as i64;
    let total = results.total as i64;
    let pages = ((total + per_page - 1) / per_page).clamp(1, (deelwijs_indexer::MAX_OFFSET as i64) / per_page);
    let current = results.page as i64;
    let page_url = |p: i64| {
        let mut with_page: Vec<(String, String)> = raw.iter().filter(|(k, _)| k != "page").cloned().collect();
        with_page.push(("page".into(), p.to_string()));
        format!("{base}?{}", url::form_urlencoded::Serializer::new(String::new()).extend_pairs(with_page).finish())
    };
    let pager = Pager {
        page: current,
        pages,
        total,
        prev_url: (current > 1).then(|| page_url(current - 1)),
        next_url: (current < pages).then(|| page_url(current + 1)),
    };
    let sort = match query.sort {
        deelwijs_indexer::Sort::Newest => "newest",
        deelwijs_indexer::Sort::Rating => "rating",
        deelwijs_indexer::Sort::Reviews => "reviews",
        deelwijs_indexer::Sort::Relevance => "relevance",
    };
    // Sorting by reviews is offered when some of the matches have any.
    let reviewed = sort == "rating" || sort == "reviews" || results.facets.get("rating").is_some_and(|counts| counts.values().any(|n| *n > 0));
    // The goal coverage of these results in each framework with goals, when materials are among them.
    let coverage_query = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(raw.iter().filter(|(k, _)| k != "page" && k != "sort")).finish();
    let coverage_links = if scope.kind.is_none_or(|kind| kind == ContentKind::Material.as_str()) && results.total > 0 {
        curricula::frameworks(&page.app)
            .await?
            .into_iter()
            .filter(|f| f.goal_count > 0)
            .map(|f| (f.row.title.clone(), format!("/curricula/{}/coverage?{coverage_query}", f.row.id)))
            .collect()
    } else {
        Vec::new()
    };
    let view = SearchPage {
        q: query.text.clone(),
        sort: sort.to_owned(),
        hidden: raw.iter().filter(|(k, _)| k != "q" && k != "page").cloned().collect(),
        active_filters,
        facets,
        hits,
        total: results.total as u64,
        pager,
        sort_links: vec![
            (lang.t("best-match").to_owned(), url_with(base, &raw, "sort", None), sort == "relevance"),
            (lang.t("newest").to_owned(), url_with(base, &raw, "sort", Some("newest")), sort == "newest"),
        ]
        .into_iter()
        .chain(reviewed.then(|| (lang.t("best-reviewed").to_owned(), url_with(base, &raw, "sort", Some("rating")), sort == "rating")))
        .chain(reviewed.then(|| (lang.t("most-reviewed").to_owned(), url_with(base, &raw, "sort", Some("reviews")), sort == "reviews")))
        .collect(),
        curricula_url: "/curricula".to_owned(),
        action: base.to_owned(),
        heading: scope.heading,
        label: scope.label,
        tabs: scope.tabs,
        new_url: scope.new_url,
        save_query: (page.actor.is_some() && page.app.config.mail.is_some()).then(|| coverage_query.clone()),
        coverage_links,
        // Materials with translations: one result per work, or each language apart.
        translations_toggle: if grouped {
            (lang.t("show-translations-apart").to_owned(), url_with(base, &raw, "group", None))
        } else {
            (lang.t("group-translations").to_owned(), url_with(base, &raw, "group", Some("translations")))
        },
    };
    let mut response = page.ok(deelwijs_frontend::search(&page.ctx, &view));
    // A level filter is remembered (a preference, not tracking: it never leaves this node), so
    // the home page can show that level's materials first.
    if let Some(level) = raw.iter().find(|(k, _)| k == "level").and_then(|(_, v)| EducationLevel::parse(v)) {
        let cookie = actix_web::cookie::Cookie::build(crate::http::auth::LEVEL_COOKIE, level.as_str().to_owned())
            .path("/")
            .same_site(actix_web::cookie::SameSite::Lax)
            .http_only(true)
            .secure(page.app.config.public_url.starts_with("https://"))
            .max_age(actix_web::cookie::time::Duration::days(365))
            .finish();
        response.add_cookie(&cookie).map_err(|e| crate::app::AppError::Internal(e.to_string()))?;
    }
    Ok(response)
}

/// `POST /search/save` (`query`: the search's query string): saves it for mail about new hits.
pub async fn save(page: Page, req: actix_web::HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let query_string = form.text("query");
        let params = web::Query::<SearchParams>::from_query(&query_string).map(web::Query::into_inner).unwrap_or_default();
        let label = params.q.clone().filter(|q| !q.trim().is_empty()).unwrap_or_else(|| page.lang().t("search-2").to_owned());
        crate::app::saved_searches::save(&page.app, &actor, &label, params.to_query()).await?;
        Ok(super::redirect("/account?done=search_saved#searches-title"))
    }
    .await;
    page.respond(result)
}
