//! The library's URL check, backed by the node's federation policy: a host the policy does not
//! allow is never fetched from, delivered to, or accepted from.

use activitypub_federation::config::UrlVerifier;
use activitypub_federation::error::Error;
use url::Url;

use crate::activitypub::host_of;
use crate::app::App;

#[derive(Clone)]
pub struct PolicyVerifier {
    pub app: App,
}

#[async_trait::async_trait]
impl UrlVerifier for PolicyVerifier {
    async fn verify(&self, url: &Url) -> Result<(), Error> {
        let policy = crate::app::federation::policy(&self.app).await.map_err(|e| Error::Other(format!("reading the federation policy: {e}")))?;
        if policy.allows(&host_of(url)) {
            Ok(())
        } else {
            Err(Error::UrlVerificationError("instance not allowed by this node's federation policy"))
        }
    }
}
