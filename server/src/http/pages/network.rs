//! The network pages: follow by handle, unfollow, followers (`/network`), and the timeline of
//! what followed sources published (`/timeline`).

use activitypub_federation::config::Data;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::i18n::Lang;
use deelwijs_frontend::views::{ActorLine, ListPage, NetworkPage, Tab};

use super::{convert, redirect, Page};
use crate::app::case_studies;
use crate::app::federation::{self as uc, FollowView};
use crate::app::materials::{self, ListScope};
use crate::app::{App, AppResult};
use crate::federation::resolve;
use crate::http::api::PageQuery;

fn line(page: &Page, view: &FollowView, unfollow: bool) -> ActorLine {
    let lang = page.lang();
    let a = &view.actor;
    ActorLine {
        name: if a.name.is_empty() { a.username.clone() } else { a.name.clone() },
        handle: format!("@{}@{}", a.username, a.host),
        url: a.ap_id.clone(),
        state: if view.state == "accepted" { lang.t("following") } else { lang.t("awaiting-confirmation") }.to_owned(),
        unfollow_url: unfollow.then(|| format!("/network/follows/{}/unfollow", a.id)),
    }
}

async fn network_page(page: &Page, status: StatusCode, target: &str, error: Option<String>) -> AppResult<HttpResponse> {
    let actor = page.actor()?;
    let config = &page.app.config;
    let following = uc::following(&page.app, actor).await?;
    let followers = match uc::ensure_user_actor(&page.app, &actor.username).await? {
        Some(me) => uc::followers(&page.app, me).await?,
        None => Vec::new(),
    };
    let view = NetworkPage {
        own_handle: format!("@{}@{}", actor.username, config.host()),
        node_handle: format!("@{}@{}", config.federation.node_handle, config.host()),
        target: target.to_owned(),
        errors: error.map(|e| vec![("target".to_owned(), e)]).unwrap_or_default(),
        following: following.iter().map(|f| line(page, f, true)).collect(),
        followers: followers.iter().map(|f| line(page, f, false)).collect(),
    };
    Ok(page.html(status, deelwijs_frontend::network(&page.ctx, &view)))
}

pub async fn show(page: Page) -> HttpResponse {
    let result = network_page(&page, StatusCode::OK, "", None).await;
    page.respond(result)
}

pub async fn follow(page: Page, data: Data<App>, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let target = form.text("target").trim().to_owned();
        let lang = page.lang();
        if target.is_empty() {
            let message = lang.t("enter-a-handle-or").to_owned();
            return network_page(&page, StatusCode::UNPROCESSABLE_ENTITY, &target, Some(message)).await;
        }
        let followed = match resolve::resolve_actor(&data, &target).await {
            Ok(remote) => uc::follow(&page.app, &actor, remote).await.map_err(|e| e.to_string()),
            Err(error) => Err(error.to_string()),
        };
        match followed {
            Ok(_) => Ok(redirect("/network?done=saved")),
            Err(cause) => {
                // The cause is logged; the form says what the teacher can do about it.
                tracing::info!(?target, ?cause, "following from the network page failed");
                let message = lang.t("this-account-or-node").to_owned();
                network_page(&page, StatusCode::UNPROCESSABLE_ENTITY, &target, Some(message)).await
            }
        }
    }
    .await;
    page.respond(result)
}

pub async fn unfollow(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        uc::unfollow(&page.app, &actor, &id).await?;
        Ok(redirect("/network?done=deleted"))
    }
    .await;
    page.respond(result)
}

/// The timeline's two lists: materials and case studies from followed sources.
fn timeline_tabs(lang: Lang, case_studies: bool) -> Vec<Tab> {
    vec![
        Tab { title: lang.t("learning-materials").to_owned(), url: "/timeline".to_owned(), current: !case_studies },
        Tab { title: lang.t("case-studies").to_owned(), url: "/timeline/case-studies".to_owned(), current: case_studies },
    ]
}

/// What followed sources published, newest first; public like every list of public content.
pub async fn timeline(page: Page, query: web::Query<PageQuery>) -> HttpResponse {
    let result = async {
        let paged = materials::list_in(&page.app, ListScope::PublicRemote, query.page()).await?;
        let lang = page.lang();
        let view = ListPage {
            heading: lang.t("from-followed-sources").to_owned(),
            items: paged.items.iter().map(|m| convert::material_card(lang, m, false)).collect(),
            pager: convert::pager(&paged, "/timeline"),
            new_url: None,
            tabs: timeline_tabs(lang, false),
        };
        Ok(page.ok(deelwijs_frontend::material_list(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

/// Case studies from followed sources, newest first.
pub async fn timeline_case_studies(page: Page, query: web::Query<PageQuery>) -> HttpResponse {
    let result = async {
        let paged = case_studies::list_in(&page.app, ListScope::PublicRemote, query.page()).await?;
        let lang = page.lang();
        let view = ListPage {
            heading: lang.t("case-studies-from-followed").to_owned(),
            items: paged.items.iter().map(|c| convert::case_study_card(lang, c, false)).collect(),
            pager: convert::pager(&paged, "/timeline/case-studies"),
            new_url: None,
            tabs: timeline_tabs(lang, true),
        };
        Ok(page.ok(deelwijs_frontend::case_study_list(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}
