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

use super::actors::ActorRecord;
use super::{FedData, FedError, FedResult};
use crate::activitypub::host_of;
use crate::activitypub::signatures::{self, rfc9421, Scheme};
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
    let signer = signatures::key_id(req.headers()).and_then(|key| key_owner(&key));
    let signer_host = signer.as_ref().map(host_of);
    match (signer_host, policy.mode) {
        (Some(host), _) if !policy.allows(&host) => Err(FedError::Blocked),
        (None, FederationMode::Allowlist) if gate == Gate::Signed => Err(FedError::Unauthorized(
            "This node shares only with named partners: sign the request (HTTP Signatures) as an actor of an allowed instance.".into(),
        )),
        (Some(_), FederationMode::Allowlist) if gate == Gate::Signed => {
            // The signer's key is fetched (from an allowed host only: the library's URL check is
            // the policy) and the signature verified; a claim of an allowed keyId is not enough.
            match (Scheme::of_request(req.headers()), signer) {
                (Some(Scheme::Rfc9421), Some(owner)) => verify_rfc9421_fetch(req, data, &owner).await,
                _ => {
                    activitypub_federation::actix_web::signing_actor::<ActorRecord>(req, None, data).await?;
                    Ok(())
                }
            }
        }
        _ => Ok(()),
    }
}

/// The actor a key id belongs to: the key's URL without its fragment (`…/users/an#main-key`).
fn key_owner(key_id: &str) -> Option<url::Url> {
    let mut url = url::Url::parse(key_id).ok()?;
    url.set_fragment(None);
    Some(url)
}

/// Verifies an RFC 9421 signed GET against the signer's key: it must cover the method and
/// the target, and be recent.
async fn verify_rfc9421_fetch(req: &HttpRequest, data: &FedData, owner: &url::Url) -> FedResult<()> {
    let signature = rfc9421::covering(req.headers(), false).map_err(FedError::Unauthorized)?;
    if !signature.created.is_some_and(signatures::fresh) {
        return Err(FedError::Unauthorized("The signature needs a recent created time.".into()));
    }
    let target = signatures::request_target(req, &data.app_data().config.public_url).ok_or_else(|| FedError::invalid("The request target is not a path."))?;
    let signer = super::resolve::actor(data, owner).await?;
    let request = rfc9421::Request { method: req.method().as_str(), target: &target, headers: req.headers() };
    rfc9421::verify(&request, &signature, &signer.public_key_pem).map_err(FedError::Unauthorized)
}

#[cfg(test)]
mod tests {
    use super::key_owner;

    #[test]
    fn key_ids_name_the_signing_actor() {
        assert_eq!(key_owner("https://school.example.be/users/an#main-key").map(|u| u.to_string()).as_deref(), Some("https://school.example.be/users/an"));
        assert_eq!(key_owner("not a url"), None);
    }
}
