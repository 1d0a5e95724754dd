//! Who may read this node's ActivityPub documents: the federation policy applied to fetches
//! (actors, outboxes, collections, content as JSON), not only to pushes.
//!
//! - Open: anyone reads.
//! - Blocklist: a request signed by a blocked instance is refused (403); an unsigned one is
//!   answered, as a public web page would be, because it names nobody.
//! - Allowlist: only requests signed by an allowed instance's actor, verified against its key
//!   (Mastodon's "authorized fetch"), are answered; unsigned ones get 401.
//!
//! The node actor itself is exempt from the signature requirement (not from blocks): a peer
//! needs its public key to verify our signed fetches, and two allowlist nodes would otherwise
//! each wait for the other's key for ever. It names the node and its key, nothing more.

use actix_web::HttpRequest;

use super::actors::{host_of, ActorRecord};
use super::{FedData, FedError, FedResult};
use crate::domain::vocab::FederationMode;

/// Whether a document needs a signature in allowlist mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// Everything but the node actor.
    Signed,
    /// The node actor: blocks apply, signatures are not required.
    KeyOnly,
}

pub async fn check(req: &HttpRequest, data: &FedData, gate: Gate) -> FedResult<()> {
    let policy = crate::app::federation::policy(data.app_data()).await?;
    if policy.mode == FederationMode::Open {
        return Ok(());
    }
    let signer_host = req.headers().get("signature").and_then(|v| v.to_str().ok()).and_then(key_id).map(|url| host_of(&url));
    match (signer_host, policy.mode) {
        (Some(host), _) if !policy.allows(&host) => Err(FedError::Blocked),
        (None, FederationMode::Allowlist) if gate == Gate::Signed => Err(FedError::Unauthorized(
            "This node shares only with named partners: sign the request (HTTP Signatures) as an actor of an allowed instance.".into(),
        )),
        (Some(_), FederationMode::Allowlist) if gate == Gate::Signed => {
            // The signer's key is fetched (from an allowed host only: the library's URL check is
            // the policy) and the signature verified; a claim of an allowed keyId is not enough.
            activitypub_federation::actix_web::signing_actor::<ActorRecord>(req, None, data).await?;
            Ok(())
        }
        _ => Ok(()),
    }
}

/// The actor URL of a draft-cavage `Signature` header's `keyId` (the key's URL without its
/// fragment).
fn key_id(signature: &str) -> Option<url::Url> {
    let start = signature.find("keyId=\"")? + "keyId=\"".len();
    let rest = &signature[start..];
    let key = &rest[..rest.find('"')?];
    let mut url = url::Url::parse(key).ok()?;
    url.set_fragment(None);
    Some(url)
}

#[cfg(test)]
mod tests {
    use super::key_id;

    #[test]
    fn key_ids_name_the_signing_actor() {
        let header = r#"keyId="https://school.example.be/users/an#main-key",algorithm="rsa-sha256",headers="(request-target) host date",signature="abc""#;
        assert_eq!(key_id(header).map(|u| u.to_string()).as_deref(), Some("https://school.example.be/users/an"));
        assert_eq!(key_id("signature=\"abc\""), None);
        assert_eq!(key_id("keyId=\"not a url\""), None);
    }
}
