//! Innovation network pages: the list with the form to start one (`/groups`), a network's page
//! (`/groups/{name}`, the same URL that serves its `Group` actor to ActivityPub clients), and the
//! forms to join, leave, and manage members and requests.

use activitypub_federation::config::Data;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::views::{ActivityView, GroupPage, MemberLine, NetworkCard, NetworkShare, NetworksPage, PostLine};

use super::{convert, redirect, Page};
use crate::app::networks::{self as uc, Member};
use crate::app::{App, AppError, AppResult};
use crate::domain::network::{JoinMode, MemberRole, NetworkInput};
use crate::domain::validation::FieldErrors;
use crate::domain::ContentKind;
use crate::federation::resolve;

async fn list_page(page: &Page, status: StatusCode, input: &NetworkInput, errors: &FieldErrors) -> AppResult<HttpResponse> {
    let config = &page.app.config;
    let networks = uc::list(&page.app).await?;
    let view = NetworksPage {
        networks: networks
            .iter()
            .map(|n| NetworkCard {
                url: format!("/groups/{}", n.row.name),
                title: n.row.title.clone(),
                summary: n.row.summary.clone(),
                handle: format!("@{}@{}", n.row.name, config.host()),
            })
            .collect(),
        can_create: page.actor.is_some(),
        name: input.name.clone().unwrap_or_default(),
        title: input.title.clone().unwrap_or_default(),
        summary: input.summary.clone().unwrap_or_default(),
        join_mode: input.join_mode.clone().unwrap_or_else(|| JoinMode::Open.as_str().to_owned()),
        errors: convert::errors(page.lang(), errors),
    };
    Ok(page.html(status, deelwijs_frontend::networks(&page.ctx, &view)))
}

pub async fn list(page: Page) -> HttpResponse {
    let result = list_page(&page, StatusCode::OK, &NetworkInput::default(), &FieldErrors::default()).await;
    page.respond(result)
}

pub async fn create(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let input = NetworkInput {
            name: Some(form.text("name").to_owned()),
            title: Some(form.text("title").to_owned()),
            summary: Some(form.text("summary").to_owned()),
            join_mode: Some(form.text("join_mode").to_owned()),
        };
        match uc::create(&page.app, &actor, input.clone()).await {
            Ok(network) => Ok(redirect(&format!("/groups/{}?done=saved", network.row.name))),
            Err(AppError::Validation(errors)) => list_page(&page, StatusCode::UNPROCESSABLE_ENTITY, &input, &errors).await,
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

fn member_line(page: &Page, m: &Member) -> MemberLine {
    let lang = page.lang();
    let a = &m.actor;
    MemberLine {
        actor_id: a.id.clone(),
        name: if a.name.is_empty() { a.username.clone() } else { a.name.clone() },
        handle: format!("@{}@{}", a.username, a.host),
        url: a.ap_id.clone(),
        role: match m.role {
            MemberRole::Moderator => lang.t("moderator"),
            MemberRole::Member => lang.t("member"),
        }
        .to_owned(),
        is_moderator: m.role == MemberRole::Moderator,
    }
}

async fn group_page(page: &Page, status: StatusCode, name: &str, target: &str, error: Option<String>) -> AppResult<HttpResponse> {
    let lang = page.lang();
    let config = &page.app.config;
    let detail = uc::detail(&page.app, page.actor.as_ref(), name).await?;
    let network = &detail.network.row;
    let view = GroupPage {
        url: format!("/groups/{}", network.name),
        title: network.title.clone(),
        summary: network.summary.clone(),
        handle: format!("@{}@{}", network.name, config.host()),
        join_mode: match JoinMode::parse(&network.join_mode) {
            Some(JoinMode::Approval) => lang.t("a-moderator-approves-requests-2"),
            _ => lang.t("anyone-can-join-2"),
        }
        .to_owned(),
        members: detail.members.iter().filter(|m| !m.requested).map(|m| member_line(page, m)).collect(),
        requests: detail.members.iter().filter(|m| m.requested).map(|m| member_line(page, m)).collect(),
        posts: detail
            .posts
            .iter()
            .map(|p| PostLine {
                url: match p.kind {
                    ContentKind::Material => format!("/materials/{}", p.id),
                    ContentKind::CaseStudy => format!("/case-studies/{}", p.id),
                    ContentKind::Collection => format!("/collections/{}", p.id),
                    ContentKind::Question => format!("/questions/{}", p.id),
                },
                title: p.title.clone(),
                summary: p.summary.clone(),
                author: p.author.clone(),
                kind: match p.kind {
                    ContentKind::Material => lang.t("material"),
                    ContentKind::CaseStudy => lang.t("case-study"),
                    ContentKind::Collection => lang.t("collection-2"),
                    ContentKind::Question => lang.t("question"),
                }
                .to_owned(),
                origin: p.origin.clone(),
                remove_url: detail.can_moderate.then(|| format!("/groups/{}/posts/{}/{}/remove", network.name, p.kind.as_str(), p.id)),
            })
            .collect(),
        activity: (!detail.posts.is_empty()).then(|| ActivityView { what: lang.t("activity-posts").to_owned(), months: detail.activity.clone() }),
        membership: detail.membership.as_ref().map(|m| {
            match (m.requested, m.role) {
                (true, _) => lang.t("your-request-awaits-a"),
                (false, MemberRole::Moderator) => lang.t("you-are-a-moderator"),
                (false, MemberRole::Member) => lang.t("you-are-a-member"),
            }
            .to_owned()
        }),
        signed_in: page.actor.is_some(),
        can_moderate: detail.can_moderate,
        target: target.to_owned(),
        errors: error.map(|e| vec![("target".to_owned(), e)]).unwrap_or_default(),
    };
    Ok(page.html(status, deelwijs_frontend::group(&page.ctx, &view)))
}

pub async fn show(mut page: Page, name: web::Path<String>) -> HttpResponse {
    let title = page.lang().t("shared-in-this-network").to_owned();
    super::feeds::offer(&mut page, &title, &format!("/groups/{}/feed", name.as_str()), "");
    let result = group_page(&page, StatusCode::OK, &name, "", None).await;
    page.respond(result)
}

/// Join (`/join`) or leave (`/leave`), then back to the network.
pub async fn membership(page: Page, req: HttpRequest, name: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        if req.path().ends_with("/leave") {
            uc::leave(&page.app, &actor, &name).await?;
        } else {
            uc::join(&page.app, &actor, &name).await?;
        }
        Ok(redirect(&format!("/groups/{name}?done=saved")))
    }
    .await;
    page.respond(result)
}

/// A moderator adds someone by username or handle, approves a request, or makes a moderator.
pub async fn put_member(page: Page, data: Data<App>, req: HttpRequest, name: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let target = form.text("target").trim().to_owned();
        let role = MemberRole::parse(&form.text("role")).unwrap_or(MemberRole::Member);
        let lang = page.lang();
        let resolved = match resolve::resolve_anyone(&data, &target).await {
            Ok(found) => Ok(found),
            Err(cause) => {
                tracing::info!(?target, ?cause, "adding a network member failed");
                Err(lang.t("this-account-was-not"))
            }
        };
        match resolved {
            Ok(found) => {
                uc::put_member(&page.app, &actor, &name, found, role).await?;
                Ok(redirect(&format!("/groups/{name}?done=saved")))
            }
            Err(message) => group_page(&page, StatusCode::UNPROCESSABLE_ENTITY, &name, &target, Some(message.to_owned())).await,
        }
    }
    .await;
    page.respond(result)
}

/// A moderator removes a member or declines a request.
pub async fn remove_member(page: Page, req: HttpRequest, path: web::Path<(String, String)>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        let (name, actor_id) = path.into_inner();
        uc::remove_member(&page.app, &actor, &name, &actor_id).await?;
        Ok(redirect(&format!("/groups/{name}?done=deleted")))
    }
    .await;
    page.respond(result)
}

/// A moderator takes a post out of the network.
pub async fn remove_post(page: Page, req: HttpRequest, path: web::Path<(String, String, String)>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        let (name, kind, id) = path.into_inner();
        let kind = ContentKind::parse(&kind).ok_or(AppError::NotFound)?;
        uc::remove_post(&page.app, &actor, &name, kind, &id).await?;
        Ok(redirect(&format!("/groups/{name}?done=deleted")))
    }
    .await;
    page.respond(result)
}

/// The author posts their content to a network from its page.
pub async fn post(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let kind = ContentKind::of_path(req.path());
        let back = format!("/{}/{id}", kind.path_segment());
        uc::post(&page.app, &actor, kind, &id, &form.text("network")).await?;
        Ok(redirect(&format!("{back}?done=saved")))
    }
    .await;
    page.respond(result)
}

/// The post-to-network form for the author; `None` for anyone else (content from other nodes
/// belongs to remote accounts, which never sign in here).
pub async fn share_panel(page: &Page, kind: ContentKind, id: &str, owner_id: &str) -> AppResult<Option<NetworkShare>> {
    let Some(actor) = page.actor.as_ref().filter(|a| a.id == owner_id) else { return Ok(None) };
    let (options, posted) = uc::share_options(&page.app, actor, kind, id).await?;
    let title = |a: &crate::store::models::ActorRow| if a.name.is_empty() { format!("@{}@{}", a.username, a.host) } else { a.name.clone() };
    let base = match kind {
        ContentKind::Material => format!("/materials/{id}"),
        ContentKind::CaseStudy => format!("/case-studies/{id}"),
        ContentKind::Collection => format!("/collections/{id}"),
        ContentKind::Question => return Ok(None),
    };
    Ok(Some(NetworkShare {
        action: format!("{base}/networks"),
        options: options.iter().map(|a| (a.ap_id.clone(), title(a))).collect(),
        posted_in: posted.iter().map(|a| (a.ap_id.clone(), title(a))).collect(),
    }))
}
