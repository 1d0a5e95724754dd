//! Help-question pages: the list, the question with its answers and matches, the form to ask
//! or change one, and the forms on the page (answer, helpful, state, invite, delete).

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::i18n::Lang;
use deelwijs_frontend::views::{AnswerView, MatchView, QuestionCard, QuestionForm, QuestionList, QuestionPage};

use super::{convert, redirect, Page};
use crate::app::matchmaking::{self, Match, MatchKind};
use crate::app::questions::{self as uc, Question};
use crate::app::{invitations, AppError, AppResult};
use crate::domain::matchmaking::Reason;
use crate::domain::question::QuestionInput;
use crate::domain::validation::FieldErrors;
use crate::domain::vocab::{EducationLevel, HelpType, QuestionState, Theme};
use crate::domain::ContentKind;
use crate::http::api::PageQuery;
use crate::http::form::FormData;

fn input_of(form: &FormData) -> QuestionInput {
    QuestionInput {
        title: Some(form.text("title")),
        situation: Some(form.text("situation")),
        help_type: Some(form.text("help_type")),
        themes: Some(form.all("themes")),
        education_level: Some(form.text("education_level")),
        languages: Some(form.text("languages").split([',', ' ']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()),
        country: Some(form.text("country")),
        deadline: Some(form.text("deadline")),
        state: None,
        language: Some(form.text("language")),
    }
}

fn form_view(l: Lang, action: String, is_new: bool, cancel: String, input: &QuestionInput, errors: &FieldErrors) -> QuestionForm {
    let one = |v: &Option<String>| v.iter().cloned().collect::<Vec<_>>();
    QuestionForm {
        action,
        is_new,
        cancel,
        errors: convert::errors(l, errors),
        title: input.title.clone().unwrap_or_default(),
        situation: input.situation.clone().unwrap_or_default(),
        help_types: convert::choices(HelpType::ALL, HelpType::as_str, |t| t.label(l.code()).to_owned(), &one(&input.help_type)),
        themes: convert::choices(Theme::ALL, Theme::as_str, |t| t.label(l.code()).to_owned(), input.themes.as_deref().unwrap_or_default()),
        levels: convert::choices(EducationLevel::ALL, EducationLevel::as_str, |t| t.label(l.code()).to_owned(), &one(&input.education_level)),
        languages: input.languages.as_deref().unwrap_or_default().join(", "),
        country: input.country.clone().unwrap_or_else(|| "NL".to_owned()),
        deadline: input.deadline.clone().unwrap_or_default(),
        language: input.language.clone().unwrap_or_else(|| l.code().to_owned()),
    }
}

fn card(l: Lang, q: &Question) -> QuestionCard {
    let f = &q.fields;
    QuestionCard {
        url: format!("/questions/{}", q.id),
        title: f.title.clone(),
        help_type: f.help_type.label(l.code()).to_owned(),
        state_id: f.state.as_str().to_owned(),
        state: f.state.label(l.code()).to_owned(),
        level: f.education_level.label(l.code()).to_owned(),
        country: f.country.clone(),
        asker: q.owner.display_name.clone(),
        asked: convert::date(l, q.created_at),
        answers: q.answers.len(),
        origin: q.origin.clone(),
        language_code: f.language.as_str().to_owned(),
    }
}

fn reason(l: Lang, r: &Reason) -> String {
    match r {
        Reason::Theme(t) => l.tf("match-theme", &[("theme", t.label(l.code()).into())]),
        Reason::Level(level) => l.tf("match-level", &[("level", level.label(l.code()).into())]),
        Reason::Language(code) => l.tf("match-language", &[("language", code.as_str().into())]),
        Reason::Words(words) => l.tf("match-words", &[("words", words.join(", ").as_str().into())]),
        Reason::Holds(n) => l.tf("match-holds", &[("count", i64::try_from(*n).unwrap_or(i64::MAX).into())]),
    }
}

fn match_view(l: Lang, m: &Match) -> MatchView {
    let kind = match m.kind {
        MatchKind::CaseStudy => l.t("case-study"),
        MatchKind::Material => l.t("material"),
        MatchKind::Network => l.t("network"),
        MatchKind::Node => l.t("node"),
    };
    MatchView {
        kind: kind.to_owned(),
        title: m.title.clone(),
        url: m.url.clone(),
        node: m.node.clone(),
        reasons: m.reasons.iter().map(|r| reason(l, r)).collect(),
        invite: m.invitee.as_ref().map(|i| (i.ap_id.clone(), i.name.clone(), i.invited)),
    }
}

async fn page_view(page: &Page, q: &Question, answer_text: &str, errors: &FieldErrors) -> AppResult<QuestionPage> {
    let l = page.lang();
    let f = &q.fields;
    let base = format!("/questions/{}", q.id);
    let mut facts = vec![
        (l.t("question-help-type").to_owned(), f.help_type.label(l.code()).to_owned()),
        (l.t("education-level").to_owned(), f.education_level.label(l.code()).to_owned()),
        (l.t("question-languages").to_owned(), f.languages.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(", ")),
        (l.t("question-country").to_owned(), f.country.clone()),
    ];
    if !f.themes.is_empty() {
        facts.insert(1, (l.t("themes").to_owned(), f.themes.iter().map(|t| t.label(l.code())).collect::<Vec<_>>().join(", ")));
    }
    if let Some(deadline) = f.deadline {
        facts.push((l.t("question-deadline").to_owned(), convert::date(l, deadline.and_hms_opt(0, 0, 0).unwrap_or_default())));
    }
    let signed_in = page.actor.is_some();
    let asker_here = q.mine && q.origin.is_none();
    let found = matchmaking::matches(&page.app, page.actor.as_ref(), &q.id).await?;
    let invited = if asker_here { invitations::of_question(&page.app, &q.id).await?.into_iter().map(|(_, name)| name).collect() } else { Vec::new() };
    Ok(QuestionPage {
        url: q.url.clone(),
        title: f.title.clone(),
        language_code: f.language.as_str().to_owned(),
        situation_html: q.situation_html.clone(),
        facts,
        state_id: f.state.as_str().to_owned(),
        state: f.state.label(l.code()).to_owned(),
        hidden: q.hidden,
        asker: q.owner.display_name.clone(),
        asker_url: q.original_url.clone().unwrap_or_else(|| format!("/users/{}", q.owner.username)),
        asked: convert::date(l, q.created_at),
        origin: q.origin.clone().zip(q.original_url.clone()),
        answers: q
            .answers
            .iter()
            .map(|a| AnswerView {
                id: a.id.clone(),
                author: a.author.clone(),
                author_url: a.author_url.clone(),
                node: a.node.clone(),
                html: a.html.clone(),
                date: convert::date(l, a.created_at),
                helpful: a.helpful,
                mark_action: asker_here.then(|| format!("{base}/helpful")),
                withdraw_action: a.mine.then(|| format!("{base}/answers/{}/withdraw", a.id)),
            })
            .collect(),
        answer_action: (signed_in && f.state != QuestionState::Closed).then(|| format!("{base}/answers")),
        answer_text: answer_text.to_owned(),
        answer_errors: convert::errors(l, errors),
        state_action: asker_here.then(|| format!("{base}/state")),
        next_states: QuestionState::ALL
            .iter()
            .filter(|s| **s != f.state)
            .map(|s| (s.as_str().to_owned(), l.tf("set-state", &[("state", s.label(l.code()).into())])))
            .collect(),
        edit_url: asker_here.then(|| format!("{base}/edit")),
        delete_action: (asker_here || page.actor.as_ref().is_some_and(|a| a.require(crate::domain::authz::Action::Delete, &q.owner.id).is_ok()))
            .then(|| format!("{base}/delete")),
        matches: found.iter().map(|m| match_view(l, m)).collect(),
        invite_action: asker_here.then(|| format!("{base}/invite")),
        invited,
    })
}

pub async fn list(mut page: Page, req: HttpRequest, query: web::Query<PageQuery>) -> HttpResponse {
    let title = page.lang().t("questions").to_owned();
    super::feeds::offer(&mut page, &title, "/feed", &super::feeds::feed_query(&[("kind", "question")], req.query_string()));
    if let Some(searched) = super::search::for_list(&page, req.query_string(), "/questions", ContentKind::Question).await {
        return page.respond(searched);
    }
    let result = async {
        let paged = uc::list(&page.app, None, query.page()).await?;
        let l = page.lang();
        let view = QuestionList {
            heading: l.t("questions").to_owned(),
            items: paged.items.iter().map(|q| card(l, q)).collect(),
            pager: convert::pager(&paged, "/questions"),
            new_url: page.actor.as_ref().map(|_| "/questions/new".to_owned()),
        };
        Ok(page.ok(deelwijs_frontend::question_list(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

pub async fn show(page: Page, id: web::Path<String>) -> HttpResponse {
    let result = async {
        let q = uc::get(&page.app, page.actor.as_ref(), &id).await?;
        let view = page_view(&page, &q, "", &FieldErrors::default()).await?;
        Ok(super::negotiated(page.ok(deelwijs_frontend::question(&page.ctx, &view))))
    }
    .await;
    page.respond(result)
}

pub async fn new_form(page: Page) -> HttpResponse {
    let result = async {
        page.actor()?;
        let l = page.lang();
        let view = form_view(l, "/questions".to_owned(), true, "/questions".to_owned(), &QuestionInput::default(), &FieldErrors::default());
        Ok(page.ok(deelwijs_frontend::question_form(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

pub async fn create(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let input = input_of(&form);
        match uc::create(&page.app, &actor, input.clone()).await {
            Ok(created) => Ok(redirect(&format!("/questions/{}?done=created", created.id))),
            Err(AppError::Validation(errors)) => {
                let view = form_view(page.lang(), "/questions".to_owned(), true, "/questions".to_owned(), &input, &errors);
                Ok(page.html(StatusCode::UNPROCESSABLE_ENTITY, deelwijs_frontend::question_form(&page.ctx, &view)))
            }
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

pub async fn edit_form(page: Page, id: web::Path<String>) -> HttpResponse {
    let result = async {
        let actor = page.actor()?;
        let q = uc::get(&page.app, Some(actor), &id).await?;
        if !q.mine || q.origin.is_some() {
            return Err(AppError::Forbidden);
        }
        let base = format!("/questions/{}", q.id);
        let view = form_view(page.lang(), format!("{base}/edit"), false, base, &q.fields.to_input(), &FieldErrors::default());
        Ok(page.ok(deelwijs_frontend::question_form(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

pub async fn edit(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let input = input_of(&form);
        match uc::update(&page.app, &actor, &id, input.clone()).await {
            Ok(updated) => Ok(redirect(&format!("/questions/{}?done=saved", updated.id))),
            Err(AppError::Validation(errors)) => {
                let base = format!("/questions/{id}");
                let view = form_view(page.lang(), format!("{base}/edit"), false, base, &input, &errors);
                Ok(page.html(StatusCode::UNPROCESSABLE_ENTITY, deelwijs_frontend::question_form(&page.ctx, &view)))
            }
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

pub async fn answer(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let text = form.text("text");
        match uc::answer(&page.app, &actor, &id, &text).await {
            Ok(q) => Ok(redirect(&format!("/questions/{}?done=saved#answers", q.id))),
            Err(AppError::Validation(errors)) => {
                let q = uc::get(&page.app, Some(&actor), &id).await?;
                let view = page_view(&page, &q, &text, &errors).await?;
                Ok(page.html(StatusCode::UNPROCESSABLE_ENTITY, deelwijs_frontend::question(&page.ctx, &view)))
            }
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

pub async fn withdraw(page: Page, req: HttpRequest, path: web::Path<(String, String)>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        let q = uc::withdraw_answer(&page.app, &actor, &path.0, &path.1).await?;
        Ok(redirect(&format!("/questions/{}?done=deleted#answers", q.id)))
    }
    .await;
    page.respond(result)
}

pub async fn helpful(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let answer = form.text("answer");
        let q = uc::mark_helpful(&page.app, &actor, &id, Some(answer.as_str()).filter(|a| !a.is_empty())).await?;
        Ok(redirect(&format!("/questions/{}?done=saved#answers", q.id)))
    }
    .await;
    page.respond(result)
}

pub async fn set_state(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let patch = QuestionInput { state: Some(form.text("state")), ..QuestionInput::default() };
        let q = uc::update(&page.app, &actor, &id, patch).await?;
        Ok(redirect(&format!("/questions/{}?done=saved", q.id)))
    }
    .await;
    page.respond(result)
}

pub async fn invite(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        invitations::invite(&page.app, &actor, &id, &form.text("invitee")).await?;
        Ok(redirect(&format!("/questions/{id}?done=saved#matches")))
    }
    .await;
    page.respond(result)
}

pub async fn delete(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        uc::delete(&page.app, &actor, &id).await?;
        Ok(redirect("/questions?done=deleted"))
    }
    .await;
    page.respond(result)
}
