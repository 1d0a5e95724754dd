//! Accounts: sign-up under the node's registration mode, password sign-in (argon2id),
//! browser sessions, API tokens, and approval by administrators.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::Duration;

use serde_json::json;

use super::account_mail::queue_confirmation;
use super::mail::{self, Outgoing};
use super::tx::run_blocking;
use super::{hash_secret, new_id, new_secret, now, Actor, App, AppError, AppResult};
use crate::domain::account::{SignUp, SignUpInput};
use crate::domain::authz::Action;
use crate::domain::mail::MailKind;
use crate::domain::validation::{FieldErrors, FieldProblem};
use crate::domain::vocab::{AccountStatus, RegistrationMode, Role};
use crate::store::models::{ApiTokenRow, SessionRow, UserRow};
use crate::store::{settings, users};

pub const SESSION_DAYS: i64 = 30;
pub const TOKEN_DAYS: i64 = 365;

fn hash_password(password: &str) -> AppResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| AppError::Internal(format!("argon2: {e}")))
}

fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// A real argon2id hash of a random password, verified against when the username is unknown.
fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password(&new_secret()).unwrap_or_default())
}

/// Creates an account through the public sign-up form, under the node's registration mode.
/// The very first account of a node becomes its administrator, so a fresh node can be set up
/// from the browser. `Ok(None)`: nothing to sign in to yet. That is the answer both for a new
/// account and for an address that already has one whenever the node mails (the new account
/// waits for its address to be confirmed; the existing one's owner is told someone tried) or
/// approves accounts, so sign-up does not tell which addresses are registered. Without mail, an
/// open node can only say the address is taken. Sign-ups are throttled per client address.
/// `lang`: the UI language, in which mail to this person is written.
pub async fn sign_up(app: &App, client: &str, input: SignUpInput, lang: &str) -> AppResult<Option<UserRow>> {
    passwords_allowed(app)?;
    app.throttles.sign_up_client.check(client).map_err(|retry_after| AppError::RateLimited { retry_after })?;
    app.throttles.sign_up_client.take(client);
    let sign_up = SignUp::parse(&input)?;
    let password_hash = run_blocking({
        let password = sign_up.password.clone();
        move || hash_password(&password)
    })
    .await?;
    let node_handle = app.config.federation.node_handle.clone();
    let mail_on = app.config.mail.is_some();
    // Mail to one address is throttled too, so nobody's inbox is flooded through sign-up.
    let email = sign_up.email.clone();
    let may_mail_owner = app.throttles.mail_address.check(&email).is_ok();
    let lang = mail_lang(lang);
    let outcome = app
        .db
        .write(move |conn| {
            let first_account = users::count(conn)? == 0;
            let mode = settings::get(conn, "registration_mode")?.and_then(|m| RegistrationMode::parse(&m)).unwrap_or(RegistrationMode::Open);
            let (role, status) = crate::domain::account::new_account_standing(first_account, mode).ok_or(AppError::RegistrationClosed)?;
            let hide_addresses = mail_on || status == AccountStatus::Pending;
            if hide_addresses {
                // Usernames are public (profiles, handles); addresses are not, so a taken
                // username is said alone, never together with the address.
                if username_taken(conn, &sign_up.username, &node_handle)? {
                    return Err(AppError::Validation(FieldErrors::one("username", FieldProblem::Taken)));
                }
                if let Some(owner) = users::by_email(conn, &sign_up.email)? {
                    if may_mail_owner {
                        let to = owner.email.clone();
                        let mail = Outgoing {
                            event_key: format!("exists:{}:{}", owner.id, new_id()),
                            user: &owner,
                            to: &to,
                            kind: MailKind::AccountExists,
                            params: json!({}),
                        };
                        mail::queue(conn, mail_on, mail)?;
                    }
                    return Ok((None, may_mail_owner));
                }
            }
            // The first account needs no confirmation: nobody else's address can be taken yet,
            // and a typo must not lock a new node's administrator out.
            let verified = first_account.then(now);
            let row = insert_account(conn, &sign_up, NewAccount { password_hash, role, status, node_handle: &node_handle, verified, lang })?;
            if mail_on && !first_account {
                queue_confirmation(conn, &row, &row.email, format!("verify:{}:sign-up", row.id), false)?;
                return Ok((None, true));
            }
            Ok(((status == AccountStatus::Active).then_some(row), false))
        })
        .await?;
    let (user, mailed) = outcome;
    if mailed {
        app.throttles.mail_address.take(&email);
    }
    Ok(user)
}

/// Refuses password sign-in and sign-up on a node that turned local passwords off.
pub fn passwords_allowed(app: &App) -> AppResult<()> {
    if app.config.password_sign_in {
        Ok(())
    } else {
        Err(AppError::bad_request("password_sign_in_off", "This node does not use passwords: sign in with your school's account."))
    }
}

/// The language mail is written in: Dutch unless the person uses the UI in English.
pub fn mail_lang(lang: &str) -> &'static str {
    if lang.trim().to_ascii_lowercase().starts_with("en") {
        "en"
    } else {
        "nl"
    }
}

/// Creates an active account with a given role (administrators, the CLI and the demo): its
/// address counts as confirmed, as whoever creates it vouches for it.
pub async fn create_account(app: &App, sign_up: SignUp, role: Role) -> AppResult<UserRow> {
    let password_hash = run_blocking({
        let password = sign_up.password.clone();
        move || hash_password(&password)
    })
    .await?;
    let node_handle = app.config.federation.node_handle.clone();
    app.db
        .write(move |conn| {
            let account = NewAccount { password_hash, role, status: AccountStatus::Active, node_handle: &node_handle, verified: Some(now()), lang: "nl" };
            insert_account(conn, &sign_up, account)
        })
        .await
}

/// What an account is created with, besides what was typed.
struct NewAccount<'a> {
    password_hash: String,
    role: Role,
    status: AccountStatus,
    node_handle: &'a str,
    verified: Option<chrono::NaiveDateTime>,
    lang: &'a str,
}

/// A username is also a handle (`@name@host`), shared with the node actor and the networks.
fn username_taken(conn: &mut crate::store::DbConnection, username: &str, node_handle: &str) -> AppResult<bool> {
    Ok(username == node_handle || users::by_username(conn, username)?.is_some() || crate::store::networks::by_name(conn, username)?.is_some())
}

fn insert_account(conn: &mut crate::store::DbConnection, sign_up: &SignUp, account: NewAccount<'_>) -> AppResult<UserRow> {
    let mut errors = FieldErrors::default();
    if username_taken(conn, &sign_up.username, account.node_handle)? {
        errors.add("username", FieldProblem::Taken);
    }
    if users::email_taken(conn, &sign_up.email)? {
        errors.add("email", FieldProblem::Taken);
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let row = UserRow {
        id: new_id(),
        username: sign_up.username.clone(),
        email: sign_up.email.clone(),
        display_name: sign_up.display_name.clone(),
        bio: String::new(),
        password_hash: account.password_hash,
        role: account.role.as_str().to_owned(),
        status: account.status.as_str().to_owned(),
        created_at: now(),
        email_verified_at: account.verified,
        lang: account.lang.to_owned(),
    };
    users::insert(conn, &row)?;
    Ok(row)
}

/// Checks a username and password. Unknown users cost the same time as wrong passwords,
/// so response times do not reveal which usernames exist. Attempts are throttled per client
/// address and failures per account (`throttle.rs`), before any hash is computed.
pub async fn sign_in(app: &App, client: &str, username: &str, password: &str) -> AppResult<UserRow> {
    passwords_allowed(app)?;
    let username = username.trim().to_ascii_lowercase();
    let throttles = &app.throttles;
    throttles.sign_in_client.check(client).map_err(|retry_after| AppError::RateLimited { retry_after })?;
    throttles.sign_in_account.check(&username).map_err(|retry_after| AppError::RateLimited { retry_after })?;
    throttles.sign_in_client.take(client);
    let account_key = username.clone();
    let user = app.db.read(move |conn| Ok(users::by_username(conn, &username)?)).await?;
    let password = password.to_owned();
    let (user, valid) = run_blocking(move || {
        let dummy = dummy_hash();
        let valid = verify_password(&password, user.as_ref().map_or(dummy, |u| u.password_hash.as_str()));
        Ok((user, valid))
    })
    .await?;
    let user = match (user, valid) {
        (Some(user), true) => user,
        _ => {
            throttles.sign_in_account.take(&account_key);
            return Err(AppError::InvalidCredentials);
        }
    };
    throttles.sign_in_account.reset(&account_key);
    match AccountStatus::parse(&user.status) {
        Some(AccountStatus::Active) => {}
        Some(AccountStatus::Pending) => return Err(AppError::AccountPending),
        _ => return Err(AppError::AccountSuspended),
    }
    if app.config.mail.is_some() && user.email_verified_at.is_none() {
        // A new link, at most one an hour (the event key), to the address the account has.
        let hour = now().format("%Y%m%d%H");
        app.db.write(move |conn| queue_confirmation(conn, &user, &user.email, format!("verify:{}:{}:{hour}", user.id, user.email), false)).await?;
        return Err(AppError::EmailUnverified);
    }
    Ok(user)
}

/// Starts a browser session; returns the secret for the cookie.
pub async fn start_session(app: &App, user_id: &str) -> AppResult<String> {
    let secret = new_secret();
    let row = SessionRow { token_hash: hash_secret(&secret), user_id: user_id.to_owned(), created_at: now(), expires_at: now() + Duration::days(SESSION_DAYS) };
    app.db
        .write(move |conn| {
            users::delete_expired_sessions(conn, now())?;
            users::insert_session(conn, &row)?;
            Ok(())
        })
        .await?;
    Ok(secret)
}

pub async fn session_user(app: &App, secret: &str) -> AppResult<Option<UserRow>> {
    let hash = hash_secret(secret);
    let user = app.db.read(move |conn| Ok(users::by_session(conn, &hash, now())?)).await?;
    Ok(user.filter(|u| u.status == AccountStatus::Active.as_str()))
}

pub async fn end_session(app: &App, secret: &str) -> AppResult<()> {
    let hash = hash_secret(secret);
    app.db.write(move |conn| Ok(users::delete_session(conn, &hash)?)).await
}

/// Issues an API bearer token; the secret is shown once and stored only as a hash.
pub async fn issue_token(app: &App, user_id: &str, label: &str) -> AppResult<String> {
    let secret = format!("dw_{}", new_secret());
    let row = ApiTokenRow {
        token_hash: hash_secret(&secret),
        user_id: user_id.to_owned(),
        label: label.chars().take(100).collect(),
        created_at: now(),
        expires_at: now() + Duration::days(TOKEN_DAYS),
    };
    app.db.write(move |conn| Ok(users::insert_token(conn, &row)?)).await?;
    Ok(secret)
}

pub async fn token_user(app: &App, secret: &str) -> AppResult<Option<UserRow>> {
    let hash = hash_secret(secret);
    let user = app.db.read(move |conn| Ok(users::by_token(conn, &hash, now())?)).await?;
    Ok(user.filter(|u| u.status == AccountStatus::Active.as_str()))
}

pub async fn tokens(app: &App, actor: &Actor) -> AppResult<Vec<ApiTokenRow>> {
    let id = actor.id.clone();
    app.db.read(move |conn| Ok(users::tokens_of(conn, &id)?)).await
}

pub async fn revoke_token(app: &App, actor: &Actor, token_hash_prefix: &str) -> AppResult<()> {
    if token_hash_prefix.len() < 8 || !token_hash_prefix.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let (id, prefix) = (actor.id.clone(), token_hash_prefix.to_owned());
    let deleted = app.db.write(move |conn| Ok(users::delete_token(conn, &id, &prefix)?)).await?;
    if deleted == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

pub async fn by_username(app: &App, username: &str) -> AppResult<UserRow> {
    let username = username.to_owned();
    app.db.read(move |conn| users::by_username(conn, &username)?.ok_or(AppError::NotFound)).await
}

/// Accounts for the admin page, optionally only those with a status.
pub async fn list(app: &App, actor: &Actor, status: Option<AccountStatus>) -> AppResult<Vec<UserRow>> {
    actor.require(Action::ConfigureNode, "")?;
    app.db.read(move |conn| Ok(users::list(conn, status.map(AccountStatus::as_str))?)).await
}

/// Sets an account's status (approve, suspend) or role.
pub async fn administer(app: &App, actor: &Actor, user_id: &str, status: Option<AccountStatus>, role: Option<Role>) -> AppResult<()> {
    actor.require(Action::ConfigureNode, "")?;
    if user_id == actor.id && (status.is_some_and(|s| s != AccountStatus::Active) || role.is_some_and(|r| r != Role::Admin)) {
        return Err(AppError::bad_request("cannot_demote_self", "Administrators cannot suspend or demote their own account."));
    }
    if matches!(status, Some(AccountStatus::Remote | AccountStatus::Former | AccountStatus::Deleted)) {
        return Err(AppError::bad_request("unknown_status", "status must be active, pending or suspended"));
    }
    let user_id = user_id.to_owned();
    app.db
        .write(move |conn| {
            // Authors from other nodes are managed there; deleted accounts by no one.
            let managed_elsewhere = [AccountStatus::Remote, AccountStatus::Former, AccountStatus::Deleted].map(AccountStatus::as_str);
            if users::by_id(conn, &user_id)?.is_some_and(|u| managed_elsewhere.contains(&u.status.as_str())) {
                return Err(AppError::NotFound);
            }
            let mut changed = 1;
            if let Some(status) = status {
                changed = users::set_status(conn, &user_id, status.as_str())?;
            }
            if let Some(role) = role {
                changed = changed.min(users::set_role(conn, &user_id, role.as_str())?);
            }
            if changed == 0 {
                return Err(AppError::NotFound);
            }
            Ok(())
        })
        .await
}

/// An argon2id hash of a new password, computed off the async threads.
pub(super) async fn hash_new_password(password: &str) -> AppResult<String> {
    let password = password.to_owned();
    run_blocking(move || hash_password(&password)).await
}

/// Checks the signed-in person's password before a change that needs it (address, password,
/// account deletion), under the same throttles as sign-in.
pub async fn check_password(app: &App, actor: &Actor, client: &str, password: &str) -> AppResult<UserRow> {
    let throttles = &app.throttles;
    throttles.sign_in_client.check(client).map_err(|retry_after| AppError::RateLimited { retry_after })?;
    throttles.sign_in_account.check(&actor.username).map_err(|retry_after| AppError::RateLimited { retry_after })?;
    throttles.sign_in_client.take(client);
    let id = actor.id.clone();
    let user = app.db.read(move |conn| users::by_id(conn, &id)?.ok_or(AppError::NotFound)).await?;
    let password = password.to_owned();
    let (user, valid) = run_blocking(move || {
        let valid = verify_password(&password, &user.password_hash);
        Ok((user, valid))
    })
    .await?;
    if !valid {
        throttles.sign_in_account.take(&actor.username);
        return Err(AppError::Validation(FieldErrors::one("current_password", FieldProblem::Wrong)));
    }
    Ok(user)
}

/// Changes the signed-in person's password. Every other session ends (`keep`: the secret of
/// the session making the change, if it is one) and outstanding reset links stop working.
pub async fn change_password(app: &App, actor: &Actor, client: &str, keep: Option<&str>, current: &str, new: &str) -> AppResult<()> {
    if let Some(problem) = crate::domain::account::password_problem(new) {
        return Err(AppError::Validation(FieldErrors::one("password", problem)));
    }
    let user = check_password(app, actor, client, current).await?;
    let hash = hash_new_password(new).await?;
    let keep = keep.map(hash_secret);
    app.db
        .write(move |conn| {
            users::set_password_hash(conn, &user.id, &hash)?;
            users::delete_other_sessions(conn, &user.id, keep.as_deref())?;
            crate::store::mail::delete_tokens(conn, &user.id, crate::domain::mail::TokenPurpose::ResetPassword.as_str())?;
            Ok(())
        })
        .await
}

/// The signed-in person's live browser sessions, newest first.
pub async fn sessions(app: &App, actor: &Actor) -> AppResult<Vec<SessionRow>> {
    let id = actor.id.clone();
    app.db.read(move |conn| Ok(users::sessions_of(conn, &id, now())?)).await
}

/// Ends one of the signed-in person's sessions, named by the start of its hash (as listed).
pub async fn end_session_of(app: &App, actor: &Actor, token_hash_prefix: &str) -> AppResult<()> {
    if token_hash_prefix.len() < 8 || !token_hash_prefix.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let (id, prefix) = (actor.id.clone(), token_hash_prefix.to_owned());
    match app.db.write(move |conn| Ok(users::delete_session_of(conn, &id, &prefix)?)).await? {
        0 => Err(AppError::NotFound),
        _ => Ok(()),
    }
}

/// Ends every session of the signed-in person but `keep` (the secret of the current one).
pub async fn end_other_sessions(app: &App, actor: &Actor, keep: Option<&str>) -> AppResult<usize> {
    let (id, keep) = (actor.id.clone(), keep.map(hash_secret));
    app.db.write(move |conn| Ok(users::delete_other_sessions(conn, &id, keep.as_deref())?)).await
}

/// Remembers the language mail to this person is written in.
pub async fn set_mail_lang(app: &App, actor: &Actor, lang: &str) -> AppResult<()> {
    let (id, lang) = (actor.id.clone(), mail_lang(lang));
    app.db.write(move |conn| Ok(users::set_lang(conn, &id, lang).map(drop)?)).await
}

/// Whether a username belonged to an account its owner deleted.
pub async fn is_deleted(app: &App, username: &str) -> AppResult<bool> {
    let username = username.to_owned();
    let user = app.db.read(move |conn| Ok(users::by_username(conn, &username)?)).await?;
    Ok(user.is_some_and(|u| u.status == AccountStatus::Former.as_str() || u.status == AccountStatus::Deleted.as_str()))
}
