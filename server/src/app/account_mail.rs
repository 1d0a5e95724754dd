//! Account flows that go through mail: confirming an address (a new account's, or a new one
//! for an existing account) and resetting a forgotten password. The links carry single-use
//! secrets made when the mail is sent (`crate::mail`); here they are taken, once.

use serde_json::json;

use super::mail::{self, Outgoing};
use super::{hash_secret, new_id, now, Actor, App, AppError, AppResult};
use crate::domain::account::{normalize_email, password_problem};
use crate::domain::mail::{MailKind, TokenPurpose};
use crate::domain::validation::{FieldErrors, FieldProblem};
use crate::domain::vocab::AccountStatus;
use crate::store::models::UserRow;
use crate::store::{mail as mail_store, users};

/// Asks for a password-reset mail. The answer is the same whether or not the address has an
/// account (and mail is only queued for an active local account), so the form does not tell
/// who has one. Throttled per client address and per address asked for.
pub async fn request_password_reset(app: &App, client: &str, email: &str) -> AppResult<()> {
    super::accounts::passwords_allowed(app)?;
    mail_available(app)?;
    let throttles = &app.throttles;
    throttles.mail_client.check(client).map_err(|retry_after| AppError::RateLimited { retry_after })?;
    throttles.mail_client.take(client);
    let Ok(email) = normalize_email(email) else {
        return Err(field_error("email", FieldProblem::InvalidFormat));
    };
    if throttles.mail_address.check(&email).is_err() {
        // Quietly: saying so would tell that this address was asked for recently.
        return Ok(());
    }
    throttles.mail_address.take(&email);
    app.db
        .write(move |conn| {
            let Some(user) = users::by_email(conn, &email)?.filter(|u| u.status == AccountStatus::Active.as_str()) else { return Ok(()) };
            let to = user.email.clone();
            let mail =
                Outgoing { event_key: format!("reset:{}:{}", user.id, new_id()), user: &user, to: &to, kind: MailKind::ResetPassword, params: json!({}) };
            mail::queue(conn, true, mail)?;
            Ok(())
        })
        .await
}

/// Whether a reset link still works (the form is shown only for one that does).
pub async fn reset_link_works(app: &App, secret: &str) -> AppResult<bool> {
    let hash = hash_secret(secret);
    app.db.read(move |conn| Ok(mail_store::token_is_live(conn, &hash, TokenPurpose::ResetPassword.as_str(), now())?)).await
}

/// Sets a new password through a reset link, once. Every session of the account ends, the
/// other reset links stop working, and the address counts as confirmed (the link reached it).
pub async fn reset_password(app: &App, secret: &str, password: &str) -> AppResult<UserRow> {
    if let Some(problem) = password_problem(password) {
        return Err(field_error("password", problem));
    }
    let hash = super::accounts::hash_new_password(password).await?;
    let token_hash = hash_secret(secret);
    app.db
        .write(move |conn| {
            let purpose = TokenPurpose::ResetPassword.as_str();
            let token = mail_store::take_token(conn, &token_hash, purpose, now())?.ok_or_else(expired_link)?;
            let user = users::by_id(conn, &token.user_id)?.ok_or(AppError::NotFound)?;
            users::set_password_hash(conn, &user.id, &hash)?;
            users::delete_other_sessions(conn, &user.id, None)?;
            mail_store::delete_tokens(conn, &user.id, purpose)?;
            if user.email == token.email && user.email_verified_at.is_none() {
                users::set_verified_email(conn, &user.id, &user.email, now())?;
            }
            Ok(user)
        })
        .await
}

/// Confirms the address a verification link was sent to: the account's own, or the new one it
/// asked to change to. Returns the account.
pub async fn verify_email(app: &App, secret: &str) -> AppResult<UserRow> {
    let token_hash = hash_secret(secret);
    app.db
        .write(move |conn| {
            let purpose = TokenPurpose::VerifyEmail.as_str();
            let token = mail_store::take_token(conn, &token_hash, purpose, now())?.ok_or_else(expired_link)?;
            let user = users::by_id(conn, &token.user_id)?.ok_or(AppError::NotFound)?;
            // Another account may have taken the address since the link was sent.
            if token.email != user.email && users::email_taken(conn, &token.email)? {
                return Err(AppError::bad_request("email_taken", "This address has meanwhile been taken by another account."));
            }
            users::set_verified_email(conn, &user.id, &token.email, now())?;
            mail_store::delete_tokens(conn, &user.id, purpose)?;
            Ok(UserRow { email: token.email, email_verified_at: Some(now()), ..user })
        })
        .await
}

/// Changes the signed-in person's address, after their password. With mail on, the new address
/// is used only once the link sent to it is followed, and the old address is told; without
/// mail it changes at once (unconfirmed). Returns whether a link was sent.
pub async fn change_email(app: &App, actor: &Actor, client: &str, password: &str, new_email: &str) -> AppResult<bool> {
    let email = normalize_email(new_email).map_err(|problem| field_error("email", problem))?;
    let user = super::accounts::check_password(app, actor, client, password).await?;
    if email == user.email {
        return Err(field_error("email", FieldProblem::Unchanged));
    }
    let mail_on = app.config.mail.is_some();
    if mail_on {
        app.throttles.mail_address.check(&email).map_err(|retry_after| AppError::RateLimited { retry_after })?;
        app.throttles.mail_address.take(&email);
    }
    app.db
        .write(move |conn| {
            if users::email_taken(conn, &email)? {
                return Err(field_error("email", FieldProblem::Taken));
            }
            if !mail_on {
                // No link to follow: the address changes now and stays unconfirmed.
                users::set_unverified_email(conn, &user.id, &email)?;
                return Ok(false);
            }
            let key = new_id();
            queue_confirmation(conn, &user, &email, format!("verify:{}:change:{key}", user.id), true)?;
            if user.email_verified_at.is_some() {
                let old = user.email.clone();
                let notice = Outgoing {
                    event_key: format!("changing:{}:{key}", user.id),
                    user: &user,
                    to: &old,
                    kind: MailKind::EmailChanging,
                    params: json!({"new_address": email}),
                };
                mail::queue(conn, true, notice)?;
            }
            Ok(true)
        })
        .await
}

/// Queues the mail with a link confirming `to` for `user` (the account's own address, or the new
/// one it asks to change to), in the caller's transaction; mail must be on.
pub(super) fn queue_confirmation(conn: &mut crate::store::DbConnection, user: &UserRow, to: &str, event_key: String, change: bool) -> AppResult<bool> {
    mail::queue(conn, true, Outgoing { event_key, user, to, kind: MailKind::VerifyEmail, params: json!({"change": change}) })
}

fn mail_available(app: &App) -> AppResult<()> {
    if app.config.mail.is_none() {
        return Err(AppError::bad_request("mail_off", "This node does not send mail; ask an administrator to reset your password."));
    }
    Ok(())
}

fn expired_link() -> AppError {
    AppError::bad_request("link_expired", "This link has expired or was used already. Ask for a new one.")
}

fn field_error(field: &str, problem: FieldProblem) -> AppError {
    AppError::Validation(FieldErrors::one(field, problem))
}
