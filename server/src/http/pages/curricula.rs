//! Curriculum pages: the frameworks on this node, a framework's goal tree, and one goal.

use std::collections::{HashMap, HashSet};

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::views::{Choice, CurriculaPage, FrameworkPage, FrameworkSummaryView, GoalLinkView, GoalNodeView, GoalPage};

use super::{convert, redirect, Page};
use crate::app::{curricula, AppError, AppResult};
use crate::domain::authz::Action;
use crate::domain::curriculum::{level_label, level_sectors};
use crate::domain::vocab::EducationLevel;
use crate::http::api::search::SearchParams;
use crate::store::models::{FrameworkRow, GoalRow};
use crate::store::Page as PageNumber;

pub fn goal_url(goal: &GoalRow) -> String {
    format!("/goals/{}", goal.id)
}

pub fn goal_link(goal: &GoalRow) -> GoalLinkView {
    GoalLinkView { url: goal_url(goal), code: goal.human_coding_scheme.clone(), statement: goal.full_statement.clone(), framework: String::new() }
}

/// A goal link that says, for a foreign goal, which framework it belongs to and links to where
/// it is defined; `frameworks` maps framework ids to (title, origin) for foreign frameworks.
pub fn goal_link_in(goal: &GoalRow, frameworks: &std::collections::HashMap<String, (String, String)>) -> GoalLinkView {
    match frameworks.get(&goal.framework_id) {
        Some((title, origin)) if crate::app::foreign_goals::is_foreign(goal) => {
            GoalLinkView { url: goal.uri.clone(), framework: if title == origin { origin.clone() } else { format!("{title}, {origin}") }, ..goal_link(goal) }
        }
        _ => goal_link(goal),
    }
}

pub async fn list(page: Page) -> HttpResponse {
    let result = list_page(&page, StatusCode::OK, None).await;
    page.respond(result)
}

async fn list_page(page: &Page, status: StatusCode, import_error: Option<String>) -> AppResult<HttpResponse> {
    {
        let frameworks = curricula::frameworks(&page.app).await?;
        let view = CurriculaPage {
            frameworks: frameworks
                .iter()
                .map(|f| FrameworkSummaryView {
                    url: format!("/curricula/{}", f.row.id),
                    title: f.row.title.clone(),
                    publisher: match &f.row.origin {
                        // Goals other nodes' content aligned to, as those nodes described them.
                        Some(origin) => format!("{} {origin}", page.lang().t("described-by")),
                        None if f.row.publisher.is_empty() => f.row.creator.clone(),
                        None => f.row.publisher.clone(),
                    },
                    description: f.row.description.clone(),
                    goal_count: f.goal_count,
                    language: convert::language_name(page.lang(), &f.row.language),
                })
                .collect(),
            can_import: page.actor.as_ref().is_some_and(|a| a.can(Action::ConfigureNode, "")),
            import_error,
        };
        Ok(page.html(status, deelwijs_frontend::curricula(&page.ctx, &view)))
    }
}

/// `POST /curricula`: an administrator uploads a CASE package (JSON).
pub async fn import(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        actor.require(Action::ConfigureNode, "")?;
        let mut form = page.form(&req, payload).await?;
        let Some(upload) = form.take_file("package") else {
            return list_page(&page, StatusCode::BAD_REQUEST, Some(page.lang().t("choose-a-file-first").to_owned())).await;
        };
        let bytes = crate::app::tx::run_blocking(move || upload.blob.read()).await?;
        let json = match serde_json::from_slice::<serde_json::Value>(&bytes) {
            Ok(json) => json,
            Err(e) => return list_page(&page, StatusCode::BAD_REQUEST, Some(format!("{}: {e}", page.lang().t("this-is-not-json")))).await,
        };
        match curricula::import(&page.app, Some(&actor), json).await {
            Ok(report) => Ok(redirect(&format!("/curricula/{}?done=saved", report.framework_id))),
            Err(AppError::BadRequest { message, .. }) => list_page(&page, StatusCode::BAD_REQUEST, Some(message)).await,
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

/// The goal tree as the page shows it: narrowed to a level, retired goals apart.
struct Tree<'a> {
    goals: &'a HashMap<String, GoalRow>,
    children: &'a HashMap<String, Vec<String>>,
    /// Goals no longer current: retired by a re-import or replaced (CASE `replacedBy`).
    retired: &'a HashSet<String>,
    /// Only goals written for this level (and goals for any level), with the groups above them.
    level: Option<EducationLevel>,
}

impl Tree<'_> {
    /// The tree under `id`; a goal under several parents appears under each of them.
    fn node(&self, id: &str, depth: usize) -> Option<GoalNodeView> {
        let goal = self.goals.get(id)?;
        if self.retired.contains(id) {
            return None;
        }
        let kids: Vec<GoalNodeView> = match (depth < 12, self.children.get(id)) {
            (true, Some(ids)) => ids.iter().filter_map(|c| self.node(c, depth + 1)).collect(),
            _ => Vec::new(),
        };
        let grouping = self.children.get(id).is_some_and(|c| !c.is_empty());
        let for_level = match self.level {
            None => true,
            // A group stays when something below it is for the level; a goal when it is.
            Some(_) if grouping => !kids.is_empty(),
            Some(level) => {
                let sectors = level_sectors(&curricula::education_levels(goal));
                sectors.is_empty() || sectors.contains(&level)
            }
        };
        for_level.then(|| leaf(goal, kids))
    }
}

fn leaf(goal: &GoalRow, children: Vec<GoalNodeView>) -> GoalNodeView {
    GoalNodeView {
        url: goal_url(goal),
        uri: goal.uri.clone(),
        code: goal.human_coding_scheme.clone(),
        statement: goal.full_statement.clone(),
        item_type: goal.item_type.clone(),
        children,
    }
}

/// Folds case and accents, so names sort the way people read them ("Ö" with "O").
fn sort_key(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

/// A framework's goal tree: its top (subject areas) in alphabetical order, each with its goals in
/// the framework's own order, narrowed to `level`; and its retired and replaced goals apart.
pub async fn goal_tree(app: &crate::app::App, id: &str, level: Option<EducationLevel>) -> AppResult<(FrameworkRow, i64, Vec<GoalNodeView>, Vec<GoalNodeView>)> {
    let (framework, total, goals) = curricula::goals(app, id, PageNumber { page: 1, per_page: i64::MAX / 2 }).await?;
    let replaced: HashSet<String> = curricula::replaced_goal_ids(app).await?.into_iter().collect();
    let mut children: HashMap<String, Vec<String>> = HashMap::new();
    let mut roots = Vec::new();
    for (goal, parents) in &goals {
        if parents.is_empty() {
            roots.push(goal.id.clone());
        }
        for parent in parents {
            children.entry(parent.clone()).or_default().push(goal.id.clone());
        }
    }
    let retired: HashSet<String> = goals.iter().filter(|(g, _)| g.retired || replaced.contains(&g.id)).map(|(g, _)| g.id.clone()).collect();
    let by_id: HashMap<String, GoalRow> = goals.into_iter().map(|(g, _)| (g.id.clone(), g)).collect();
    let tree = Tree { goals: &by_id, children: &children, retired: &retired, level };
    let mut root_nodes: Vec<GoalNodeView> = roots.iter().filter_map(|r| tree.node(r, 0)).collect();
    root_nodes.sort_by_cached_key(|n| sort_key(&n.statement));
    let mut retired_nodes: Vec<GoalNodeView> = by_id.values().filter(|g| retired.contains(&g.id)).map(|g| leaf(g, Vec::new())).collect();
    retired_nodes.sort_by_cached_key(|n| (sort_key(&n.code), sort_key(&n.statement)));
    Ok((framework, total, root_nodes, retired_nodes))
}

#[derive(Debug, serde::Deserialize)]
pub struct TreeQuery {
    level: Option<String>,
}

/// A framework's goal tree: what sits on top (subject areas) in alphabetical order, each with
/// its goals in the framework's own order; `?level=po` narrows it to one level; retired and
/// replaced goals in one list apart.
pub async fn framework(page: Page, id: web::Path<String>, query: web::Query<TreeQuery>) -> HttpResponse {
    let result = async {
        let level = query.level.as_deref().and_then(EducationLevel::parse);
        let (framework, total, root_nodes, retired_nodes) = goal_tree(&page.app, &id, level).await?;
        let lang = page.lang();
        // Counted over every material the index holds (this node's and followed nodes'); a
        // search index that cannot answer costs the picture, not the page.
        let coverage = match super::coverage::counts(&page, SearchParams::default()).await {
            Ok(counts) => Some(super::coverage::view(&framework.title, super::coverage::scope(lang, false), &root_nodes, &counts, &|uri| {
                super::coverage::goal_search(&[], uri)
            })),
            Err(error) => {
                tracing::warn!(error = %error, "goal coverage not counted");
                None
            }
        };
        let view = FrameworkPage {
            title: framework.title.clone(),
            publisher: if framework.publisher.is_empty() { framework.creator.clone() } else { framework.publisher.clone() },
            description: framework.description.clone(),
            uri: framework.uri.clone(),
            version: framework.version.clone(),
            goal_count: total,
            roots: root_nodes,
            retired: retired_nodes,
            levels: [EducationLevel::Po, EducationLevel::So, EducationLevel::Vo, EducationLevel::Vso]
                .into_iter()
                .map(|l| Choice { id: l.as_str().to_owned(), label: l.label(lang.code()).to_owned(), selected: level == Some(l) })
                .collect(),
            url: format!("/curricula/{}", framework.id),
            coverage,
        };
        Ok(page.ok(deelwijs_frontend::framework(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

/// `POST /goals/{id}/follow` (`follow=1` or `0`): follow a goal for mail about new work.
pub async fn follow_goal(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        crate::app::notifications::follow_goal(&page.app, &actor, &id, form.get("follow") != Some("0")).await?;
        Ok(super::redirect(&format!("/goals/{}?done=saved", id.as_str())))
    }
    .await;
    page.respond(result)
}

pub async fn goal(mut page: Page, req: HttpRequest, key: web::Path<String>) -> HttpResponse {
    let title = page.lang().t("new-work-for-this").to_owned();
    super::feeds::offer(&mut page, &title, &format!("/goals/{}/feed", key.as_str()), "");
    let result = async {
        let detail = curricula::goal(&page.app, &key).await?;
        if super::wants_json(&req) {
            // The goal as other software reads it: the same description our content carries.
            let described = curricula::describe_goal(&detail.goal, &detail.framework);
            let page_url = format!("{}/goals/{}", page.app.config.public_url, detail.goal.id);
            return Ok(HttpResponse::Ok()
                .content_type("application/ld+json")
                .insert_header((actix_web::http::header::VARY, "Accept"))
                .json(crate::activitypub::objects::goal_document(&described, &page_url)));
        }
        let lang = page.lang();
        let links = |goals: &[GoalRow]| goals.iter().map(goal_link).collect::<Vec<_>>();
        let view = GoalPage {
            code: detail.goal.human_coding_scheme.clone(),
            statement: detail.goal.full_statement.clone(),
            abbreviated: detail.goal.abbreviated_statement.clone(),
            item_type: detail.goal.item_type.clone(),
            uri: detail.goal.uri.clone(),
            education_levels: curricula::education_levels(&detail.goal).iter().map(|code| level_label(code, lang.code())).collect(),
            retired: detail.goal.retired,
            framework_title: detail.framework.title.clone(),
            framework_url: format!("/curricula/{}", detail.framework.id),
            parents: links(&detail.parents),
            children: links(&detail.children),
            replaced_by: links(&detail.replaced_by),
            replaces: links(&detail.replaces),
            matches: detail
                .matches
                .iter()
                .map(|m| {
                    let how = match m.kind.as_str() {
                        "exactMatchOf" => lang.t("exact-match"),
                        "isTranslationOf" => lang.t("translation"),
                        _ => lang.t("related"),
                    };
                    (GoalLinkView { framework: m.framework.clone(), ..goal_link(&m.goal) }, how.to_owned())
                })
                .collect(),
            materials: detail.materials.iter().map(|m| convert::material_card(lang, m, false)).collect(),
            case_studies: detail.case_studies.iter().map(|c| convert::case_study_card(lang, c, false)).collect(),
            search_url: format!("/search?goal={}", detail.goal.id),
            follow: match (&page.actor, page.app.config.mail.is_some()) {
                (Some(actor), true) => {
                    Some((crate::app::notifications::follows_goal(&page.app, actor, &detail.goal.id).await?, format!("/goals/{}/follow", detail.goal.id)))
                }
                _ => None,
            },
        };
        Ok(page.ok(deelwijs_frontend::goal(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}
