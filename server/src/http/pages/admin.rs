//! The admin page: node settings, registration mode, account approval and roles, federation
//! and mail.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::views::{AdminPage, AdminUserView, DeliveryLine, FederationAdminView, MailAdminView, MailProblemView, RefusedLine};

use super::{convert, redirect, Page};
use crate::app::node::{self, NodeSettingsInput};
use crate::app::{accounts, federation, mail, AppError, AppResult};
use crate::domain::authz::Action;
use crate::domain::federation::Policy;
use crate::domain::mail::MailStatus;
use crate::domain::validation::FieldErrors;
use crate::domain::vocab::{AccountStatus, FederationMode, RegistrationMode, Role};

async fn admin_page(page: &Page, status: StatusCode, errors: &FieldErrors) -> AppResult<HttpResponse> {
    let actor = page.actor()?;
    actor.require(Action::ConfigureNode, "")?;
    let info = node::info(&page.app).await?;
    let users = accounts::list(&page.app, actor, None).await?;
    let lang = page.lang();
    let l = lang.code();
    let view = AdminPage {
        name: info.name,
        description: info.description,
        registration_modes: convert::choices(
            RegistrationMode::ALL,
            RegistrationMode::as_str,
            |m| m.label(l).to_owned(),
            &[info.registration_mode.as_str().to_owned()],
        ),
        roles: convert::choices(Role::ALL, Role::as_str, |r| r.label(l).to_owned(), &[]),
        users: users
            .iter()
            .map(|u| AdminUserView {
                id: u.id.clone(),
                username: u.username.clone(),
                display_name: u.display_name.clone(),
                email: u.email.clone(),
                role_id: u.role.clone(),
                status_id: u.status.clone(),
                status: AccountStatus::parse(&u.status).map(|s| s.label(l).to_owned()).unwrap_or_default(),
                action: format!("/admin/users/{}", u.id),
                is_self: u.id == actor.id,
            })
            .collect(),
        errors: convert::errors(lang, errors),
        federation: federation_view(page, actor).await?,
        mail: mail_view(page, actor).await?,
        providers: page
            .app
            .config
            .oidc
            .iter()
            .map(|p| {
                let mut who = Vec::new();
                if !p.domains.is_empty() {
                    who.push(format!("{} {}", lang.t("addresses-in"), p.domains.join(", ")));
                }
                if !p.schac.is_empty() {
                    who.push(format!("schac_home_organization {}", p.schac.join(", ")));
                }
                if who.is_empty() {
                    who.push(lang.t("anyone-the-service-knows").to_owned());
                }
                if let Some(mode) = p.accounts {
                    who.push(format!("{}: {}", lang.t("new-accounts"), mode.label(l)));
                }
                (p.name.clone(), p.issuer.clone(), p.client_id.clone(), who.join("; "))
            })
            .collect(),
        password_sign_in: page.app.config.password_sign_in,
    };
    Ok(page.html(status, deelwijs_frontend::admin(&page.ctx, &view)))
}

async fn federation_view(page: &Page, actor: &crate::app::Actor) -> AppResult<FederationAdminView> {
    let lang = page.lang();
    let l = lang.code();
    let policy = federation::policy(&page.app).await?;
    let deliveries = federation::delivery_status(&page.app, actor).await?;
    Ok(FederationAdminView {
        modes: convert::choices(FederationMode::ALL, FederationMode::as_str, |m| m.label(l).to_owned(), &[policy.mode.as_str().to_owned()]),
        instances: policy.instances.join("\n"),
        deliveries: deliveries
            .iter()
            .map(|d| {
                let state = d.state.as_ref();
                DeliveryLine {
                    host: d.host.clone(),
                    pending: d.pending,
                    state: match state {
                        Some(s) if s.unreachable => lang.t("unreachable").to_owned(),
                        Some(s) if s.failures > 0 => format!("{} ({})", lang.t("retrying"), s.failures),
                        _ => lang.t("ok").to_owned(),
                    },
                    last_error: state.map(|s| s.last_error.clone()).unwrap_or_default(),
                    refused: d
                        .refused
                        .iter()
                        .map(|r| RefusedLine {
                            activity: r.activity_id.clone(),
                            kind: r.kind.clone(),
                            status: r.status,
                            answer: r.answer.clone(),
                            at: convert::date(lang, r.at),
                        })
                        .collect(),
                }
            })
            .collect(),
    })
}

async fn mail_view(page: &Page, actor: &crate::app::Actor) -> AppResult<MailAdminView> {
    let lang = page.lang();
    let overview = mail::overview(&page.app, actor).await?;
    let label = |status: MailStatus| match status {
        MailStatus::Queued => lang.t("queued"),
        MailStatus::Sent => lang.t("sent-last-30-days"),
        MailStatus::Failed => lang.t("given-up-after-repeated"),
        MailStatus::Refused => lang.t("refused-by-the-server"),
    };
    Ok(MailAdminView {
        configured: overview.configured,
        counts: MailStatus::ALL
            .into_iter()
            .map(|status| (label(status).to_owned(), overview.counts.iter().find(|(s, _)| *s == status).map_or(0, |(_, n)| *n)))
            .collect(),
        problems: overview
            .problems
            .iter()
            .map(|m| MailProblemView {
                to: m.to_address.clone(),
                kind: m.kind.clone(),
                status: MailStatus::parse(&m.status).map_or_else(|| m.status.clone(), |s| label(s).to_owned()),
                attempts: m.attempts,
                error: m.last_error.clone().unwrap_or_default(),
                queued: convert::date_time(lang, m.created_at),
            })
            .collect(),
    })
}

/// Puts failed and refused mail back in the queue.
pub async fn retry_mail(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        mail::retry(&page.app, &actor).await?;
        Ok(redirect("/admin?done=mail_retried#mail-title"))
    }
    .await;
    page.respond(result)
}

/// Puts an instance's refused deliveries back in the queue.
pub async fn retry_refused(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        federation::retry_refused(&page.app, &actor, form.get("host").unwrap_or_default()).await?;
        Ok(redirect("/admin?done=retried#deliveries-title"))
    }
    .await;
    page.respond(result)
}

pub async fn show(page: Page) -> HttpResponse {
    let result = admin_page(&page, StatusCode::OK, &FieldErrors::default()).await;
    page.respond(result)
}

pub async fn save_settings(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let input = NodeSettingsInput {
            name: form.get("name").map(str::to_owned),
            description: form.get("description").map(str::to_owned),
            registration_mode: form.get("registration_mode").map(str::to_owned),
        };
        match node::update_settings(&page.app, &actor, input).await {
            Ok(_) => Ok(redirect("/admin?done=saved")),
            Err(AppError::Validation(errors)) => admin_page(&page, StatusCode::UNPROCESSABLE_ENTITY, &errors).await,
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

pub async fn update_user(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let role = form.get("role").and_then(Role::parse);
        let status = form.get("status").and_then(AccountStatus::parse);
        accounts::administer(&page.app, &actor, &id, status, role).await?;
        Ok(redirect("/admin?done=saved"))
    }
    .await;
    page.respond(result)
}

pub async fn save_federation(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let Some(mode) = form.get("mode").and_then(FederationMode::parse) else {
            let mut errors = FieldErrors::default();
            errors.add("mode", crate::domain::validation::FieldProblem::Required);
            return admin_page(&page, StatusCode::UNPROCESSABLE_ENTITY, &errors).await;
        };
        let instances = Policy::parse_instances(&form.text("instances"));
        federation::set_policy(&page.app, &actor, mode, instances).await?;
        Ok(redirect("/admin?done=saved"))
    }
    .await;
    page.respond(result)
}
