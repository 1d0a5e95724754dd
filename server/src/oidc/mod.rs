//! OpenID Connect with a school's identity provider (Entree Federatie, SURFconext, …), through the
//! `openidconnect` crate (built on `oauth2`): discovery from the issuer's
//! `.well-known/openid-configuration`, the authorization request with PKCE (S256), state and
//! nonce, the code exchange, and the ID token check — signature against the provider's published
//! keys, `iss`, `aud`, `exp` and `nonce`. Sits above `app`, as `federation` and `mail` do: the use
//! cases (`app::identities`) see only verified identities.
//!
//! Nothing the provider answers is logged with its secrets: errors carry the kind of failure,
//! never a token or a code.

use std::sync::OnceLock;
use std::time::Duration;

use base64::Engine;
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AccessToken, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl,
    Scope, TokenResponse,
};

use crate::app::identities::{OidcProvider, VerifiedIdentity};

/// Why a sign-in at a provider failed.
#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    /// The provider could not be reached, or answered its discovery document or token request
    /// with something that is not OpenID Connect: "try again later".
    #[error("the identity provider is not reachable: {0}")]
    Unreachable(String),
    /// The provider refused the code (used already, expired, not ours).
    #[error("the identity provider refused the sign-in: {0}")]
    Refused(String),
    /// The ID token did not verify (signature, issuer, audience, expiry or nonce).
    #[error("the identity provider's answer did not verify: {0}")]
    Invalid(String),
}

/// How recent a sign-in at the provider must be to confirm something (`max_age`).
pub const REAUTHENTICATE_WITHIN: Duration = Duration::from_secs(600);

/// A sign-in about to be sent to the provider: where to send the browser, and the secrets to
/// keep for the callback.
pub struct Started {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// One HTTP client for the providers: no redirects followed (as the OpenID Connect security
/// considerations ask), short timeouts. Provider URLs come from the operator, not from users,
/// so loopback and plain http are allowed (a provider inside the school network, the tests).
fn http() -> &'static reqwest::Client {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .user_agent(concat!("Deelwijs/", env!("CARGO_PKG_VERSION")))
            .build()
            .unwrap_or_default()
    })
}

async fn metadata(provider: &OidcProvider) -> Result<CoreProviderMetadata, OidcError> {
    let issuer = IssuerUrl::new(provider.issuer.clone()).map_err(|e| OidcError::Unreachable(format!("issuer URL: {e}")))?;
    CoreProviderMetadata::discover_async(issuer, http()).await.map_err(|e| OidcError::Unreachable(describe(&e)))
}

/// The error and its causes on one line (never a response body with tokens: the crate's
/// errors name what went wrong, not what was sent).
fn describe(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text.chars().take(500).collect()
}

/// Discovers the provider and builds the authorization request. `reauthenticate`: the person
/// must sign in at the provider again now (`prompt=login`, `max_age`), to confirm something
/// that cannot be undone; an existing session there does not do.
pub async fn start(provider: &OidcProvider, redirect_url: &str, reauthenticate: bool) -> Result<Started, OidcError> {
    let metadata = metadata(provider).await?;
    let redirect = RedirectUrl::new(redirect_url.to_owned()).map_err(|e| OidcError::Unreachable(format!("redirect URL: {e}")))?;
    let client = CoreClient::from_provider_metadata(metadata, ClientId::new(provider.client_id.clone()), secret(provider)).set_redirect_uri(redirect);
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut request = client.authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random).set_pkce_challenge(challenge);
    for scope in provider.scopes.iter().filter(|s| s.as_str() != "openid") {
        request = request.add_scope(Scope::new(scope.clone()));
    }
    if reauthenticate {
        request = request.add_prompt(openidconnect::core::CoreAuthPrompt::Login).set_max_age(REAUTHENTICATE_WITHIN);
    }
    let (url, state, nonce) = request.url();
    Ok(Started { url: url.to_string(), state: state.secret().clone(), nonce: nonce.secret().clone(), pkce_verifier: verifier.secret().clone() })
}

fn secret(provider: &OidcProvider) -> Option<ClientSecret> {
    (!provider.client_secret.is_empty()).then(|| ClientSecret::new(provider.client_secret.clone()))
}

/// Exchanges the code (with the PKCE verifier) and verifies the ID token; fills in what the
/// token leaves out from the userinfo endpoint.
pub async fn finish(provider: &OidcProvider, redirect_url: &str, code: &str, nonce: &str, pkce_verifier: &str) -> Result<VerifiedIdentity, OidcError> {
    let metadata = metadata(provider).await?;
    let redirect = RedirectUrl::new(redirect_url.to_owned()).map_err(|e| OidcError::Unreachable(format!("redirect URL: {e}")))?;
    let client = CoreClient::from_provider_metadata(metadata, ClientId::new(provider.client_id.clone()), secret(provider)).set_redirect_uri(redirect);
    let exchange = client.exchange_code(AuthorizationCode::new(code.to_owned())).map_err(|e| OidcError::Unreachable(describe(&e)))?;
    let tokens = exchange.set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_owned())).request_async(http()).await.map_err(|e| match &e {
        openidconnect::RequestTokenError::ServerResponse(answer) => OidcError::Refused(answer.error().to_string()),
        other => OidcError::Unreachable(describe(other)),
    })?;
    let id_token = tokens.id_token().ok_or_else(|| OidcError::Invalid("no ID token in the answer".to_owned()))?;
    let claims = id_token.claims(&client.id_token_verifier(), &Nonce::new(nonce.to_owned())).map_err(|e| OidcError::Invalid(describe(&e)))?;
    let mut identity = VerifiedIdentity {
        provider: provider.id.clone(),
        subject: claims.subject().to_string(),
        email: claims.email().map(|e| e.to_string()),
        email_verified: claims.email_verified().unwrap_or(false),
        name: claims.name().and_then(|n| n.get(None)).map(|n| n.to_string()),
        preferred_username: claims.preferred_username().map(|u| u.to_string()),
        // Not a standard claim: read from the token that has just verified.
        schac_home_organization: extra_claim(&id_token.to_string(), "schac_home_organization"),
        authenticated_at: claims.auth_time().map(|t| t.naive_utc()),
    };
    if identity.email.is_none() || identity.name.is_none() {
        fill_from_userinfo(&client, tokens.access_token().clone(), &mut identity).await;
    }
    Ok(identity)
}

/// A string claim of a (verified) JWT's payload.
fn extra_claim(jwt: &str, name: &str) -> Option<String> {
    let payload = jwt.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    match &value[name] {
        serde_json::Value::String(text) => Some(text.clone()),
        serde_json::Value::Array(items) => items.iter().find_map(|v| v.as_str()).map(str::to_owned),
        _ => None,
    }
}

/// Some providers put the address and name only in the userinfo answer. A failure here leaves
/// the identity as the ID token gave it.
async fn fill_from_userinfo<C>(client: &C, access_token: AccessToken, identity: &mut VerifiedIdentity)
where
    C: UserInfo,
{
    match client.fetch(access_token, &identity.subject).await {
        Ok(info) => {
            identity.email = identity.email.take().or(info.0);
            identity.email_verified |= info.1;
            identity.name = identity.name.take().or(info.2);
        }
        Err(reason) => tracing::info!(provider = %identity.provider, %reason, "userinfo not used"),
    }
}

/// The userinfo call, on the client type discovery gives.
trait UserInfo {
    async fn fetch(&self, access_token: AccessToken, subject: &str) -> Result<(Option<String>, bool, Option<String>), String>;
}

impl<HasAuthUrl, HasDeviceAuthUrl, HasIntrospectionUrl, HasRevocationUrl, HasTokenUrl> UserInfo
    for openidconnect::Client<
        openidconnect::EmptyAdditionalClaims,
        openidconnect::core::CoreAuthDisplay,
        openidconnect::core::CoreGenderClaim,
        openidconnect::core::CoreJweContentEncryptionAlgorithm,
        openidconnect::core::CoreJsonWebKey,
        openidconnect::core::CoreAuthPrompt,
        openidconnect::StandardErrorResponse<openidconnect::core::CoreErrorResponseType>,
        openidconnect::core::CoreTokenResponse,
        openidconnect::core::CoreTokenIntrospectionResponse,
        openidconnect::core::CoreRevocableToken,
        openidconnect::core::CoreRevocationErrorResponse,
        HasAuthUrl,
        HasDeviceAuthUrl,
        HasIntrospectionUrl,
        HasRevocationUrl,
        HasTokenUrl,
        openidconnect::EndpointMaybeSet,
    >
where
    HasAuthUrl: openidconnect::EndpointState,
    HasDeviceAuthUrl: openidconnect::EndpointState,
    HasIntrospectionUrl: openidconnect::EndpointState,
    HasRevocationUrl: openidconnect::EndpointState,
    HasTokenUrl: openidconnect::EndpointState,
{
    async fn fetch(&self, access_token: AccessToken, subject: &str) -> Result<(Option<String>, bool, Option<String>), String> {
        let request = self.user_info(access_token, Some(openidconnect::SubjectIdentifier::new(subject.to_owned()))).map_err(|e| describe(&e))?;
        let claims: openidconnect::core::CoreUserInfoClaims = request.request_async(http()).await.map_err(|e| describe(&e))?;
        Ok((claims.email().map(|e| e.to_string()), claims.email_verified().unwrap_or(false), claims.name().and_then(|n| n.get(None)).map(|n| n.to_string())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_extra_claim_is_read_from_the_payload() {
        let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(br#"{"sub":"x","schac_home_organization":"school.example"}"#);
        assert_eq!(extra_claim(&format!("h.{payload}.s"), "schac_home_organization").as_deref(), Some("school.example"));
        assert_eq!(extra_claim(&format!("h.{payload}.s"), "other"), None);
        assert_eq!(extra_claim("not a jwt", "sub"), None);
    }
}
