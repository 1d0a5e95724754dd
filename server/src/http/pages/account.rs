//! The account page (own content, API tokens) and public profiles.

use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::views::{AccountPage, ProfilePage, TokenView};

use super::{convert, redirect, Page};
use crate::app::materials::ListScope;
use crate::app::{accounts, case_studies, materials, AppResult};
use crate::store::Page as PageNumber;

async fn account_page(page: &Page, new_token: Option<String>) -> AppResult<HttpResponse> {
    let actor = page.actor()?;
    let user = accounts::by_username(&page.app, &actor.username).await?;
    let lang = page.lang();
    let all = PageNumber::new(Some(1), Some(PageNumber::MAX_PER_PAGE));
    let own_materials = materials::list(&page.app, Some(&actor.id), all).await?;
    let own_cases = case_studies::list(&page.app, Some(&actor.id), all).await?;
    let tokens = accounts::tokens(&page.app, actor).await?;
    let view = AccountPage {
        username: user.username.clone(),
        display_name: user.display_name.clone(),
        email: user.email.clone(),
        role: actor.role.label(lang.code()).to_owned(),
        profile_url: page.app.config.user_url(&user.username),
        materials: own_materials.items.iter().map(|m| convert::material_card(lang, m, true)).collect(),
        case_studies: own_cases.items.iter().map(|c| convert::case_study_card(lang, c, true)).collect(),
        tokens: tokens
            .iter()
            .map(|t| TokenView {
                label: t.label.clone(),
                created: convert::date(lang, t.created_at),
                expires: convert::date(lang, t.expires_at),
                revoke_url: format!("/account/tokens/{}/revoke", &t.token_hash[..16]),
            })
            .collect(),
        new_token,
    };
    Ok(page.ok(deelwijs_frontend::account(&page.ctx, &view)))
}

pub async fn show(page: Page) -> HttpResponse {
    let result = account_page(&page, None).await;
    page.respond(result)
}

pub async fn create_token(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let label = Some(form.text("label")).filter(|l| !l.trim().is_empty()).unwrap_or_else(|| "API".to_owned());
        let token = accounts::issue_token(&page.app, &actor.id, label.trim()).await?;
        // Shown once, on this response only; it is stored as a hash.
        account_page(&page, Some(token)).await
    }
    .await;
    page.respond(result)
}

pub async fn revoke_token(page: Page, req: HttpRequest, prefix: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        accounts::revoke_token(&page.app, &actor, &prefix).await?;
        Ok(redirect("/account?done=deleted"))
    }
    .await;
    page.respond(result)
}

pub async fn profile(page: Page, username: web::Path<String>) -> HttpResponse {
    let result = async {
        let user = accounts::by_username(&page.app, &username).await?;
        let lang = page.lang();
        // Public lists only: drafts stay private even on the owner's profile.
        let recent = PageNumber::new(Some(1), Some(PageNumber::MAX_PER_PAGE));
        let public_materials = materials::list_in(&page.app, ListScope::PublicOwner(user.id.clone()), recent).await?;
        let public_cases = case_studies::list_in(&page.app, ListScope::PublicOwner(user.id.clone()), recent).await?;
        let view = ProfilePage {
            username: user.username.clone(),
            display_name: user.display_name.clone(),
            bio: user.bio.clone(),
            materials: public_materials.items.iter().map(|m| convert::material_card(lang, m, false)).collect(),
            case_studies: public_cases.items.iter().map(|c| convert::case_study_card(lang, c, false)).collect(),
        };
        Ok(page.ok(deelwijs_frontend::profile(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}
