//! Accounts: sign-up under the node's registration mode, password sign-in (argon2id),
//! browser sessions, API tokens, and approval by administrators.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::Duration;

use super::tx::run_blocking;
use super::{hash_secret, new_id, new_secret, now, Actor, App, AppError, AppResult};
use crate::domain::account::{SignUp, SignUpInput};
use crate::domain::authz::Action;
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
/// from the browser. `Ok(None)`: nothing to sign in to yet — the answer an approval-mode node
/// gives both for a new account and for an address that already has one, so sign-up does not
/// tell which addresses are registered. Sign-ups are throttled per client address.
pub async fn sign_up(app: &App, client: &str, input: SignUpInput) -> AppResult<Option<UserRow>> {
    app.throttles.sign_up_client.check(client).map_err(|retry_after| AppError::RateLimited { retry_after })?;
    app.throttles.sign_up_client.take(client);
    let sign_up = SignUp::parse(&input)?;
    let password_hash = run_blocking({
        let password = sign_up.password.clone();
        move || hash_password(&password)
    })
    .await?;
    let node_handle = app.config.federation.node_handle.clone();
    app.db
        .write(move |conn| {
            let first_account = users::count(conn)? == 0;
            let mode = settings::get(conn, "registration_mode")?.and_then(|m| RegistrationMode::parse(&m)).unwrap_or(RegistrationMode::Open);
            let (role, status) = match (first_account, mode) {
                (true, _) => (Role::Admin, AccountStatus::Active),
                (false, RegistrationMode::Closed) => return Err(AppError::RegistrationClosed),
                (false, RegistrationMode::Approval) => (Role::Member, AccountStatus::Pending),
                (false, RegistrationMode::Open) => (Role::Member, AccountStatus::Active),
            };
            if status == AccountStatus::Pending && users::email_taken(conn, &sign_up.email)? && users::by_username(conn, &sign_up.username)?.is_none() {
                return Ok(None);
            }
            let row = insert_account(conn, &sign_up, password_hash, role, status, &node_handle)?;
            Ok((status == AccountStatus::Active).then_some(row))
        })
        .await
}

/// Creates an active account with a given role (administrators and the CLI).
pub async fn create_account(app: &App, sign_up: SignUp, role: Role) -> AppResult<UserRow> {
    let password_hash = run_blocking({
        let password = sign_up.password.clone();
        move || hash_password(&password)
    })
    .await?;
    let node_handle = app.config.federation.node_handle.clone();
    app.db.write(move |conn| insert_account(conn, &sign_up, password_hash, role, AccountStatus::Active, &node_handle)).await
}

fn insert_account(
    conn: &mut crate::store::DbConnection,
    sign_up: &SignUp,
    password_hash: String,
    role: Role,
    status: AccountStatus,
    node_handle: &str,
) -> AppResult<UserRow> {
    let mut errors = FieldErrors::default();
    // A username is also a handle (`@name@host`), shared with the node actor and the networks.
    if sign_up.username == node_handle
        || users::by_username(conn, &sign_up.username)?.is_some()
        || crate::store::networks::by_name(conn, &sign_up.username)?.is_some()
    {
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
        password_hash,
        role: role.as_str().to_owned(),
        status: status.as_str().to_owned(),
        created_at: now(),
    };
    users::insert(conn, &row)?;
    Ok(row)
}

/// Checks a username and password. Unknown users cost the same time as wrong passwords,
/// so response times do not reveal which usernames exist. Attempts are throttled per client
/// address and failures per account (`throttle.rs`), before any hash is computed.
pub async fn sign_in(app: &App, client: &str, username: &str, password: &str) -> AppResult<UserRow> {
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
        Some(AccountStatus::Active) => Ok(user),
        Some(AccountStatus::Pending) => Err(AppError::AccountPending),
        _ => Err(AppError::AccountSuspended),
    }
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
    if status == Some(AccountStatus::Remote) {
        return Err(AppError::bad_request("unknown_status", "status must be active, pending or suspended"));
    }
    let user_id = user_id.to_owned();
    app.db
        .write(move |conn| {
            // Authors from other nodes are managed there, not here.
            if users::by_id(conn, &user_id)?.is_some_and(|u| u.status == AccountStatus::Remote.as_str()) {
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
