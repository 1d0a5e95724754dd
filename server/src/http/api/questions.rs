//! `/api/v1/questions`: help questions — ask, read, change, close, delete; answers, the helpful
//! answer, matchmaking and invitations.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::json::timestamp;
use super::{HiddenBody, PageQuery};
use crate::app::matchmaking::{self, Match};
use crate::app::questions::{self as uc, Question};
use crate::app::{invitations, App};
use crate::domain::matchmaking::Reason;
use crate::domain::question::QuestionInput;
use crate::domain::vocab::{EducationLevel, HelpType, QuestionState, Theme};
use crate::http::auth::{bearer_actor, require_bearer};
use crate::http::error::ApiResult;

/// An answer to a question.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Answer)]
pub struct AnswerBody {
    id: String,
    /// The answer as an ActivityPub `Note` replying to the question (here or where it was written).
    url: String,
    author: String,
    author_url: String,
    /// The author's node; empty when written here.
    node: String,
    /// Safe HTML.
    html: String,
    created_at: String,
    /// The asker marked it as the helpful answer.
    helpful: bool,
    mine: bool,
}

/// A help question.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Question)]
pub struct QuestionBody {
    id: String,
    url: String,
    title: String,
    /// As written (Markdown), and as shown (safe HTML).
    situation: String,
    situation_html: String,
    help_type: HelpType,
    themes: Vec<Theme>,
    education_level: EducationLevel,
    /// BCP 47 tags.
    languages: Vec<String>,
    /// ISO 3166-1 alpha-2.
    country: String,
    /// `YYYY-MM-DD`.
    deadline: Option<String>,
    state: QuestionState,
    language: String,
    asker: String,
    asker_name: String,
    /// The node it was asked on; absent when asked here.
    origin: Option<String>,
    original_url: Option<String>,
    hidden: bool,
    created_at: String,
    updated_at: String,
    answers: Vec<AnswerBody>,
}

impl QuestionBody {
    fn new(q: &Question) -> QuestionBody {
        let f = &q.fields;
        QuestionBody {
            id: q.id.clone(),
            url: q.url.clone(),
            title: f.title.clone(),
            situation: f.situation.clone(),
            situation_html: q.situation_html.clone(),
            help_type: f.help_type,
            themes: f.themes.clone(),
            education_level: f.education_level,
            languages: f.languages.iter().map(|l| l.as_str().to_owned()).collect(),
            country: f.country.clone(),
            deadline: f.deadline.map(|d| d.format("%Y-%m-%d").to_string()),
            state: f.state,
            language: f.language.as_str().to_owned(),
            asker: q.owner.username.clone(),
            asker_name: q.owner.display_name.clone(),
            origin: q.origin.clone(),
            original_url: q.original_url.clone(),
            hidden: q.hidden,
            created_at: timestamp(q.created_at),
            updated_at: timestamp(q.updated_at),
            answers: q
                .answers
                .iter()
                .map(|a| AnswerBody {
                    id: a.id.clone(),
                    url: a.url.clone(),
                    author: a.author.clone(),
                    author_url: a.author_url.clone(),
                    node: a.node.clone(),
                    html: a.html.clone(),
                    created_at: timestamp(a.created_at),
                    helpful: a.helpful,
                    mine: a.mine,
                })
                .collect(),
        }
    }
}

/// A page of questions.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = QuestionPage)]
pub struct QuestionPage {
    total: i64,
    page: i64,
    per_page: i64,
    items: Vec<QuestionBody>,
}

/// An answer as it arrives.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerInput {
    /// Markdown.
    text: String,
}

/// Which answer helped; `null` for none.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HelpfulInput {
    answer: Option<String>,
}

/// Whom to invite: the `invite` of a match.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationInput {
    /// An ActivityPub id of a person or network.
    invitee: String,
}

/// Why something matched.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = MatchReason)]
pub struct ReasonBody {
    /// `theme`, `level`, `language`, `words` or `holds`.
    kind: &'static str,
    /// The theme or level id, the language, the shared words, or how many matches a node holds.
    value: String,
}

impl ReasonBody {
    fn new(reason: &Reason) -> ReasonBody {
        let (kind, value) = match reason {
            Reason::Theme(t) => ("theme", t.as_str().to_owned()),
            Reason::Level(l) => ("level", l.as_str().to_owned()),
            Reason::Language(l) => ("language", l.clone()),
            Reason::Words(w) => ("words", w.join(" ")),
            Reason::Holds(n) => ("holds", n.to_string()),
        };
        ReasonBody { kind, value }
    }
}

/// Something that may help the asker.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Match)]
pub struct MatchBody {
    /// `case_study`, `material`, `network` or `node`.
    kind: &'static str,
    title: String,
    url: String,
    /// Its node; empty for this one.
    node: String,
    score: f64,
    reasons: Vec<ReasonBody>,
    /// Whom the asker can invite for it (its author, or the network), and whether they were.
    invite: Option<String>,
    invite_name: Option<String>,
    invited: bool,
}

impl MatchBody {
    fn new(m: &Match) -> MatchBody {
        MatchBody {
            kind: m.kind.as_str(),
            title: m.title.clone(),
            url: m.url.clone(),
            node: m.node.clone(),
            score: (m.score * 10.0).round() / 10.0,
            reasons: m.reasons.iter().map(ReasonBody::new).collect(),
            invite: m.invitee.as_ref().map(|i| i.ap_id.clone()),
            invite_name: m.invitee.as_ref().map(|i| i.name.clone()),
            invited: m.invitee.as_ref().is_some_and(|i| i.invited),
        }
    }
}

/// A question's matches.
#[derive(Debug, Serialize, ToSchema)]
pub struct MatchList {
    total: usize,
    items: Vec<MatchBody>,
}

#[utoipa::path(get, path = "/questions", tag = "questions", params(PageQuery),
    responses((status = 200, description = "Questions here and from followed nodes, newest first (search with `kind=question` filters them).", body = QuestionPage)))]
pub async fn list(app: web::Data<App>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let paged = uc::list(&app, None, query.page()).await?;
    let items = paged.items.iter().map(QuestionBody::new).collect();
    Ok(HttpResponse::Ok().json(QuestionPage { total: paged.total, page: paged.page.page, per_page: paged.page.per_page, items }))
}

#[utoipa::path(post, path = "/questions", tag = "questions", request_body = QuestionInput, security(("bearer" = [])),
    responses((status = 201, description = "Asked; `Location` is its page. It is public and federates at once.", body = QuestionBody)))]
pub async fn create(app: web::Data<App>, req: HttpRequest, body: web::Json<QuestionInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let question = uc::create(&app, &actor, body.into_inner()).await?;
    Ok(HttpResponse::Created().insert_header(("Location", question.url.clone())).json(QuestionBody::new(&question)))
}

#[utoipa::path(get, path = "/questions/{id}", tag = "questions", params(("id" = String, Path, description = "The question's id")), security((), ("bearer" = [])),
    responses((status = 200, description = "The question with its answers.", body = QuestionBody)))]
pub async fn show(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    Ok(HttpResponse::Ok().json(QuestionBody::new(&uc::get(&app, viewer.as_ref(), &id).await?)))
}

#[utoipa::path(patch, path = "/questions/{id}", tag = "questions", params(("id" = String, Path, description = "The question's id")), request_body = QuestionInput, security(("bearer" = [])),
    responses((status = 200, description = "Fields present replace the stored ones (`state: closed` closes it).", body = QuestionBody)))]
pub async fn update(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<QuestionInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    Ok(HttpResponse::Ok().json(QuestionBody::new(&uc::update(&app, &actor, &id, body.into_inner()).await?)))
}

#[utoipa::path(delete, path = "/questions/{id}", tag = "questions", params(("id" = String, Path, description = "The question's id")), security(("bearer" = [])),
    responses((status = 204, description = "Deleted (its asker, or a moderator).")))]
pub async fn delete(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    uc::delete(&app, &actor, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[utoipa::path(put, path = "/questions/{id}/hidden", tag = "moderation", params(("id" = String, Path, description = "The question's id")), request_body = HiddenBody, security(("bearer" = [])),
    responses((status = 200, description = "Hidden or shown again (moderators).", body = QuestionBody)))]
pub async fn set_hidden(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<HiddenBody>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    Ok(HttpResponse::Ok().json(QuestionBody::new(&uc::set_hidden(&app, &actor, &id, body.hidden).await?)))
}

#[utoipa::path(post, path = "/questions/{id}/answers", tag = "questions", params(("id" = String, Path, description = "The question's id")), request_body = AnswerInput, security(("bearer" = [])),
    responses((status = 201, description = "Answered; the question with its answers. An answer to a question from another node also goes to its asker.", body = QuestionBody)))]
pub async fn answer(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<AnswerInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    Ok(HttpResponse::Created().json(QuestionBody::new(&uc::answer(&app, &actor, &id, &body.text).await?)))
}

#[utoipa::path(delete, path = "/questions/{id}/answers/{answer}", tag = "questions",
    params(("id" = String, Path, description = "The question's id"), ("answer" = String, Path, description = "The answer's id")), security(("bearer" = [])),
    responses((status = 200, description = "One's own answer withdrawn.", body = QuestionBody)))]
pub async fn withdraw(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, String)>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    Ok(HttpResponse::Ok().json(QuestionBody::new(&uc::withdraw_answer(&app, &actor, &path.0, &path.1).await?)))
}

#[utoipa::path(put, path = "/questions/{id}/helpful", tag = "questions", params(("id" = String, Path, description = "The question's id")), request_body = HelpfulInput, security(("bearer" = [])),
    responses((status = 200, description = "The asker marks the helpful answer (the question is then answered), or none.", body = QuestionBody)))]
pub async fn helpful(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<HelpfulInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    Ok(HttpResponse::Ok().json(QuestionBody::new(&uc::mark_helpful(&app, &actor, &id, body.answer.as_deref()).await?)))
}

#[utoipa::path(get, path = "/questions/{id}/matches", tag = "questions", params(("id" = String, Path, description = "The question's id")), security((), ("bearer" = [])),
    responses((status = 200, description = "Case studies, materials, networks and nodes that fit, best first per kind, each with why.", body = MatchList)))]
pub async fn matches(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let found = matchmaking::matches(&app, viewer.as_ref(), &id).await?;
    Ok(HttpResponse::Ok().json(MatchList { total: found.len(), items: found.iter().map(MatchBody::new).collect() }))
}

#[utoipa::path(post, path = "/questions/{id}/invitations", tag = "questions", params(("id" = String, Path, description = "The question's id")), request_body = InvitationInput, security(("bearer" = [])),
    responses((status = 201, description = "Invited (a notification here, a mention elsewhere)."), (status = 200, description = "Already invited: nothing sent again.")))]
pub async fn invite(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<InvitationInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let fresh = invitations::invite(&app, &actor, &id, &body.invitee).await?;
    let body = serde_json::json!({ "invitee": body.invitee, "new": fresh });
    Ok(if fresh { HttpResponse::Created().json(body) } else { HttpResponse::Ok().json(body) })
}
