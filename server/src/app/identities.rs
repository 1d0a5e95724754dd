//! Accounts through a school's identity provider (OpenID Connect): the providers an operator
//! configured, sign-ins under way, and what a verified sign-in means here — an existing account
//! found by the provider's subject, a new one under the registration mode, or a provider linked
//! to the signed-in account. The protocol itself (discovery, PKCE, the ID token check) is
//! `crate::oidc`, above this room.

use chrono::Duration;
use serde_json::json;

use super::mail::{self, Outgoing};
use super::{hash_secret, new_id, now, Actor, App, AppError, AppResult};
use crate::domain::mail::MailKind;
use crate::domain::vocab::{AccountStatus, RegistrationMode};
use crate::store::models::{IdentityRow, OidcLoginRow, UserRow};
use crate::store::{identities as store, settings, users, DbConnection};

/// How long a sign-in at a provider may take, from our redirect to its callback.
const LOGIN_MINUTES: i64 = 10;

/// A provider the operator configured (`--oidc-provider`).
#[derive(Clone)]
pub struct OidcProvider {
    /// Short, URL-safe: `/sign-in/oidc/<id>`.
    pub id: String,
    /// Shown on the button: "Inloggen met <name>".
    pub name: String,
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    /// Scopes asked for; `openid` is always among them.
    pub scopes: Vec<String>,
    /// When set, only addresses in these domains may sign in.
    pub domains: Vec<String>,
    /// When set, only these `schac_home_organization` values may sign in.
    pub schac: Vec<String>,
    /// New accounts through this provider: `None` follows the node's registration mode; a
    /// closed node can open (or ask approval for) this provider alone.
    pub accounts: Option<RegistrationMode>,
}

impl std::fmt::Debug for OidcProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OidcProvider").field("id", &self.id).field("issuer", &self.issuer).field("client_id", &self.client_id).finish_non_exhaustive()
    }
}

impl OidcProvider {
    /// `id=entree,name=Entree Federatie,issuer=https://…,client_id=…,client_secret=…` with
    /// optional `scopes=openid email profile`, `domains=a.nl b.nl`, `schac=a.nl b.nl` and
    /// `accounts=open|approval|closed`.
    pub fn parse(spec: &str) -> Result<OidcProvider, String> {
        let mut provider = OidcProvider {
            id: String::new(),
            name: String::new(),
            issuer: String::new(),
            client_id: String::new(),
            client_secret: String::new(),
            scopes: vec!["openid".into(), "email".into(), "profile".into()],
            domains: Vec::new(),
            schac: Vec::new(),
            accounts: None,
        };
        let words = |v: &str| v.split_whitespace().map(|w| w.trim().to_lowercase()).filter(|w| !w.is_empty()).collect::<Vec<_>>();
        for part in spec.split(',') {
            let Some((key, value)) = part.split_once('=') else {
                return Err(format!("{part:?} in --oidc-provider is not key=value"));
            };
            let value = value.trim();
            match key.trim() {
                "id" => provider.id = value.to_owned(),
                "name" => provider.name = value.to_owned(),
                "issuer" => provider.issuer = value.trim_end_matches('/').to_owned(),
                "client_id" => provider.client_id = value.to_owned(),
                "client_secret" => provider.client_secret = value.to_owned(),
                "scopes" => provider.scopes = words(value),
                "domains" => provider.domains = words(value),
                "schac" => provider.schac = words(value),
                "accounts" => {
                    provider.accounts = Some(RegistrationMode::parse(value).ok_or_else(|| format!("accounts={value}: use open, approval or closed"))?)
                }
                other => return Err(format!("unknown key {other:?} in --oidc-provider")),
            }
        }
        if !crate::domain::account::is_valid_username(&provider.id) {
            return Err(format!("--oidc-provider id={:?}: use 3–32 lower-case letters, digits, - or _", provider.id));
        }
        if url::Url::parse(&provider.issuer).is_err() {
            return Err(format!("--oidc-provider {}: issuer={:?} is not a URL", provider.id, provider.issuer));
        }
        if provider.client_id.is_empty() {
            return Err(format!("--oidc-provider {}: client_id is missing", provider.id));
        }
        if provider.name.is_empty() {
            provider.name = provider.id.clone();
        }
        if !provider.scopes.iter().any(|s| s == "openid") {
            provider.scopes.insert(0, "openid".into());
        }
        Ok(provider)
    }
}

/// What a provider vouched for, once its ID token has been verified.
#[derive(Debug, Clone, Default)]
pub struct VerifiedIdentity {
    pub provider: String,
    pub subject: String,
    pub email: Option<String>,
    pub email_verified: bool,
    pub name: Option<String>,
    pub preferred_username: Option<String>,
    pub schac_home_organization: Option<String>,
    /// When the person signed in at the provider (`auth_time`), if it said.
    pub authenticated_at: Option<chrono::NaiveDateTime>,
}

/// A sign-in about to be sent to a provider.
pub struct NewLogin<'a> {
    pub provider: &'a str,
    pub state: &'a str,
    /// A secret also set as a cookie in the browser that starts the sign-in: the callback must
    /// come back to that browser (no one can send someone else a callback link of theirs).
    pub browser: &'a str,
    pub nonce: &'a str,
    pub pkce_verifier: &'a str,
    pub next_path: &'a str,
    /// What the round trip is for.
    pub purpose: LoginPurpose<'a>,
}

/// Why someone goes to their provider.
#[derive(Debug, Clone, Copy)]
pub enum LoginPurpose<'a> {
    SignIn,
    /// Link the provider to this signed-in account.
    Link(&'a str),
    /// This signed-in account, which has no password, confirms deleting itself; `payload` says
    /// what becomes of its work.
    Delete {
        user_id: &'a str,
        payload: &'a str,
    },
}

pub fn provider<'a>(app: &'a App, id: &str) -> AppResult<&'a OidcProvider> {
    app.config.oidc.iter().find(|p| p.id == id).ok_or(AppError::NotFound)
}

pub async fn remember_login(app: &App, login: NewLogin<'_>) -> AppResult<()> {
    let row = OidcLoginRow {
        state_hash: hash_secret(login.state),
        browser_hash: hash_secret(login.browser),
        provider: login.provider.to_owned(),
        nonce: login.nonce.to_owned(),
        pkce_verifier: login.pkce_verifier.to_owned(),
        next_path: login.next_path.to_owned(),
        link_user_id: match login.purpose {
            LoginPurpose::SignIn => None,
            LoginPurpose::Link(user_id) | LoginPurpose::Delete { user_id, .. } => Some(user_id.to_owned()),
        },
        purpose: match login.purpose {
            LoginPurpose::SignIn => "sign_in",
            LoginPurpose::Link(_) => "link",
            LoginPurpose::Delete { .. } => "delete",
        }
        .to_owned(),
        payload: match login.purpose {
            LoginPurpose::Delete { payload, .. } => payload.to_owned(),
            _ => String::new(),
        },
        created_at: now(),
        expires_at: now() + Duration::minutes(LOGIN_MINUTES),
    };
    app.db
        .write(move |conn| {
            store::delete_expired_logins(conn, now())?;
            Ok(store::insert_login(conn, &row)?)
        })
        .await
}

/// Takes the sign-in a callback answers: once, within its time, in the browser that began it.
pub async fn take_login(app: &App, provider: &str, state: &str, browser: Option<&str>) -> AppResult<OidcLoginRow> {
    let (state_hash, browser_hash, provider) = (hash_secret(state), browser.map(hash_secret), provider.to_owned());
    let row = app.db.write(move |conn| Ok(store::take_login(conn, &state_hash)?)).await?;
    match row {
        Some(row) if row.expires_at > now() && Some(&row.browser_hash) == browser_hash.as_ref() && row.provider == provider => Ok(row),
        _ => Err(AppError::bad_request("oidc_login_expired", "This sign-in has expired, was used already or began in another browser. Start again.")),
    }
}

/// Whether a verified identity may use this node at all (the provider's allowed domains and
/// organisations).
fn allowed(provider: &OidcProvider, identity: &VerifiedIdentity) -> bool {
    let domain_ok = provider.domains.is_empty()
        || identity
            .email
            .as_deref()
            .and_then(|e| e.rsplit_once('@'))
            .is_some_and(|(_, domain)| provider.domains.iter().any(|d| d.eq_ignore_ascii_case(domain)));
    let schac_ok =
        provider.schac.is_empty() || identity.schac_home_organization.as_deref().is_some_and(|org| provider.schac.iter().any(|s| s.eq_ignore_ascii_case(org)));
    domain_ok && schac_ok
}

/// Signs in with a verified identity: the account linked to it, or a new account under the
/// registration mode (the provider's own, if the operator set one). An address that already
/// belongs to an account here is never linked on its own: its owner links the provider from
/// `/account`, so nobody takes over an account by having a provider vouch for its address.
pub async fn sign_in_with(app: &App, identity: VerifiedIdentity) -> AppResult<UserRow> {
    let provider = provider(app, &identity.provider)?.clone();
    if !allowed(&provider, &identity) {
        return Err(AppError::bad_request("oidc_not_allowed", "Accounts of this school or organisation cannot sign in here."));
    }
    let node_handle = app.config.federation.node_handle.clone();
    let mail_on = app.config.mail.is_some();
    let user = app
        .db
        .write(move |conn| {
            if let Some(linked) = store::find(conn, &provider.id, &identity.subject)? {
                let user = users::by_id(conn, &linked.user_id)?.ok_or(AppError::NotFound)?;
                store::touch(conn, &provider.id, &identity.subject, identity.email.as_deref().unwrap_or(&linked.email), now())?;
                return Ok(user);
            }
            create_account(conn, &provider, &identity, &node_handle, mail_on)
        })
        .await?;
    match AccountStatus::parse(&user.status) {
        Some(AccountStatus::Active) => Ok(user),
        Some(AccountStatus::Pending) => Err(AppError::AccountPending),
        _ => Err(AppError::AccountSuspended),
    }
}

fn create_account(conn: &mut DbConnection, provider: &OidcProvider, identity: &VerifiedIdentity, node_handle: &str, mail_on: bool) -> AppResult<UserRow> {
    let first_account = users::count(conn)? == 0;
    let node_mode = settings::get(conn, "registration_mode")?.and_then(|m| RegistrationMode::parse(&m)).unwrap_or(RegistrationMode::Open);
    let (role, status) =
        crate::domain::account::new_account_standing(first_account, provider.accounts.unwrap_or(node_mode)).ok_or(AppError::RegistrationClosed)?;
    let email = match identity.email.as_deref().map(crate::domain::account::normalize_email) {
        Some(Ok(email)) => email,
        // No (usable) address: a unique placeholder; the person can add a real one on /account.
        _ => format!("{}@{}.oidc.invalid", &hash_secret(&identity.subject)[..16], provider.id),
    };
    if users::email_taken(conn, &email)? {
        return Err(AppError::bad_request(
            "oidc_email_in_use",
            "An account here already uses this address: sign in with its password and link the provider on your account page.",
        ));
    }
    let username = free_username(conn, identity, node_handle)?;
    let display_name: String = identity.name.clone().filter(|n| !n.trim().is_empty()).unwrap_or_else(|| username.clone()).trim().chars().take(100).collect();
    let verified = identity.email_verified && !email.ends_with(".oidc.invalid");
    let row = UserRow {
        id: new_id(),
        username,
        email: email.clone(),
        display_name,
        bio: String::new(),
        // No password: this account signs in through its provider (one can be set by reset).
        password_hash: String::new(),
        role: role.as_str().to_owned(),
        status: status.as_str().to_owned(),
        created_at: now(),
        email_verified_at: verified.then(now),
        lang: "nl".to_owned(),
    };
    users::insert(conn, &row)?;
    store::insert(
        conn,
        &IdentityRow {
            provider: provider.id.clone(),
            subject: identity.subject.clone(),
            user_id: row.id.clone(),
            email,
            created_at: now(),
            last_used_at: now(),
        },
    )?;
    if mail_on && !verified && !row.email.ends_with(".oidc.invalid") {
        super::account_mail::queue_confirmation(conn, &row, &row.email, format!("verify:{}:oidc", row.id), false)?;
    }
    tracing::info!(user = %row.id, provider = %provider.id, "account created through an identity provider");
    Ok(row)
}

/// A username from what the provider said (preferred username, the address, the name), made
/// to fit the rules for handles and not taken by an account, network or the node.
fn free_username(conn: &mut DbConnection, identity: &VerifiedIdentity, node_handle: &str) -> AppResult<String> {
    let seed = identity
        .preferred_username
        .clone()
        .or_else(|| identity.email.as_deref().and_then(|e| e.split('@').next()).map(str::to_owned))
        .or_else(|| identity.name.clone())
        .unwrap_or_default();
    let mut base: String = seed
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-' { c } else { '-' })
        .collect::<String>()
        .trim_matches(|c: char| c == '-' || c == '_')
        .chars()
        .take(28)
        .collect();
    if base.len() < 3 {
        base = format!("leraar{base}");
    }
    for n in 1..1000 {
        let candidate = if n == 1 { base.clone() } else { format!("{base}-{n}") };
        if candidate != node_handle && users::by_username(conn, &candidate)?.is_none() && crate::store::networks::by_name(conn, &candidate)?.is_none() {
            return Ok(candidate);
        }
    }
    Ok(format!("leraar-{}", new_id().to_lowercase()))
}

/// Links a provider to the signed-in account (the callback of "link" on `/account`), and tells
/// the account's address.
pub async fn link(app: &App, user_id: &str, identity: VerifiedIdentity) -> AppResult<()> {
    let provider = provider(app, &identity.provider)?.clone();
    if !allowed(&provider, &identity) {
        return Err(AppError::bad_request("oidc_not_allowed", "Accounts of this school or organisation cannot sign in here."));
    }
    let user_id = user_id.to_owned();
    let mail_on = app.config.mail.is_some();
    let provider_name = provider.name.clone();
    app.db
        .write(move |conn| {
            let user = users::by_id(conn, &user_id)?.ok_or(AppError::NotFound)?;
            match store::find(conn, &provider.id, &identity.subject)? {
                Some(existing) if existing.user_id == user.id => return Ok(()),
                Some(_) => {
                    return Err(AppError::bad_request("oidc_identity_in_use", "This account at the provider is already linked to another account here."));
                }
                None => {}
            }
            store::delete_of_user(conn, &user.id, &provider.id)?;
            let email = identity.email.clone().unwrap_or_default();
            store::insert(
                conn,
                &IdentityRow {
                    provider: provider.id.clone(),
                    subject: identity.subject.clone(),
                    user_id: user.id.clone(),
                    email,
                    created_at: now(),
                    last_used_at: now(),
                },
            )?;
            let to = user.email.clone();
            let notice = Outgoing {
                event_key: format!("linked:{}:{}", user.id, new_id()),
                user: &user,
                to: &to,
                kind: MailKind::ProviderLinked,
                params: json!({"provider": provider_name}),
            };
            mail::queue(conn, mail_on, notice)?;
            Ok(())
        })
        .await
}

/// Unlinks a provider from the signed-in account, unless it is the account's only way in; the
/// account's other sessions end (`keep`: the secret of the session doing this).
pub async fn unlink(app: &App, actor: &Actor, provider_id: &str, keep: Option<&str>) -> AppResult<()> {
    let (user_id, provider_id, keep) = (actor.id.clone(), provider_id.to_owned(), keep.map(hash_secret));
    app.db
        .write(move |conn| {
            let user = users::by_id(conn, &user_id)?.ok_or(AppError::NotFound)?;
            let linked = store::of_user(conn, &user.id)?;
            if !linked.iter().any(|i| i.provider == provider_id) {
                return Err(AppError::NotFound);
            }
            if user.password_hash.is_empty() && linked.len() == 1 {
                return Err(AppError::bad_request(
                    "oidc_last_way_in",
                    "This is the only way into your account: set a password (\"forgot your password\") or link another provider first.",
                ));
            }
            store::delete_of_user(conn, &user.id, &provider_id)?;
            users::delete_other_sessions(conn, &user.id, keep.as_deref())?;
            Ok(())
        })
        .await
}

/// Whether a verified identity is one linked to this account (a provider confirming it is them).
pub async fn confirms(app: &App, user_id: &str, identity: &VerifiedIdentity) -> AppResult<bool> {
    let (user_id, provider, subject) = (user_id.to_owned(), identity.provider.clone(), identity.subject.clone());
    app.db.read(move |conn| Ok(store::find(conn, &provider, &subject)?.is_some_and(|i| i.user_id == user_id))).await
}

/// The providers linked to the signed-in account.
pub async fn linked(app: &App, actor: &Actor) -> AppResult<Vec<IdentityRow>> {
    let id = actor.id.clone();
    app.db.read(move |conn| Ok(store::of_user(conn, &id)?)).await
}
