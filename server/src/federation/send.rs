//! One signed POST of an activity to an inbox, and what the answer means for the delivery:
//! RFC 9421 first (or whatever the instance accepted last), draft-cavage when the peer answers
//! 401 or 403 ("double knocking"); a 2xx is delivered, other 4xx answers are refusals kept for
//! an admin, the rest (5xx, 408, 429, network errors) are failures to retry later.

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, CONTENT_TYPE, DATE, HOST};
use url::Url;

use crate::activitypub::context::ACTIVITY_JSON;
use crate::activitypub::signatures::{attempts, cavage, rfc9421, Scheme};

/// How much of a refusing peer's answer is kept.
pub const ANSWER_BYTES: usize = 1024;

/// What happened to one delivery attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Accepted, signed with this scheme.
    Delivered(Scheme),
    /// The peer refused it with a 4xx: retrying cannot help until something changes there.
    Refused { status: u16, answer: String },
    /// Worth retrying later.
    Failed(String),
    /// Never sent, and never will be (its actor is gone, its inbox is not a URL): removed.
    Dropped,
}

/// The signer: an actor's key.
pub struct Signer<'a> {
    pub actor_id: &'a str,
    pub private_key_pem: &'a str,
}

impl Signer<'_> {
    fn key_id(&self) -> String {
        format!("{}#main-key", self.actor_id)
    }
}

/// A client for deliveries: no redirects (they could lead to hosts the policy never saw).
pub fn client(user_agent: &str) -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder().user_agent(user_agent).timeout(Duration::from_secs(10)).redirect(reqwest::redirect::Policy::none()).build()
}

/// Whether we may send to this inbox at all: outside insecure-local mode only `https://` on a
/// domain name, without an explicit port, that resolves to public addresses only (a peer must
/// not make us post into the school's own network). The same rules activitypub_federation
/// applies to its own requests.
pub async fn destination_allowed(url: &Url, insecure_local: bool) -> Result<(), String> {
    match url.scheme() {
        "https" => {}
        "http" if insecure_local => {}
        other => return Err(format!("the scheme {other} is not allowed")),
    }
    if insecure_local {
        return Ok(());
    }
    let domain = url.domain().ok_or("the inbox has no domain name")?;
    if url.port().is_some() {
        return Err("an explicit port is not allowed".to_owned());
    }
    let addresses = tokio::net::lookup_host((domain, 443)).await.map_err(|e| format!("cannot resolve {domain}: {e}"))?;
    for address in addresses {
        let internal = match address.ip() {
            std::net::IpAddr::V4(ip) => ip.is_private() || ip.is_loopback() || ip.is_link_local() || ip.is_unspecified() || ip.is_broadcast(),
            std::net::IpAddr::V6(ip) => {
                ip.is_loopback() || ip.is_unspecified() || (ip.segments()[0] & 0xfe00) == 0xfc00 || (ip.segments()[0] & 0xffc0) == 0xfe80
            }
        };
        if internal {
            return Err(format!("{domain} resolves to an internal address"));
        }
    }
    Ok(())
}

/// POSTs `body` to `inbox`, signed by `signer`, trying the schemes in the order `known`
/// suggests.
pub async fn post(client: &reqwest::Client, inbox: &Url, body: &[u8], signer: &Signer<'_>, known: Option<Scheme>) -> Outcome {
    let schemes = attempts(known);
    let mut refused = None;
    for (attempt, scheme) in schemes.into_iter().enumerate() {
        let request = match signed_request(client, inbox, body, signer, scheme) {
            Ok(request) => request,
            Err(error) => return Outcome::Failed(format!("signing: {error}")),
        };
        let response = match client.execute(request).await {
            Ok(response) => response,
            Err(error) => return Outcome::Failed(error.to_string()),
        };
        let status = response.status();
        if status.is_success() {
            return Outcome::Delivered(scheme);
        }
        let answer = first_bytes(response).await;
        let code = status.as_u16();
        let transient = status.is_server_error() || code == 408 || code == 429;
        if transient {
            return Outcome::Failed(format!("{code}: {answer}"));
        }
        refused = Some(Outcome::Refused { status: code, answer });
        // Only a signature problem is worth a second knock, with the other scheme.
        if !(code == 401 || code == 403) || attempt + 1 == schemes.len() {
            break;
        }
    }
    refused.unwrap_or_else(|| Outcome::Failed("no attempt was made".to_owned()))
}

/// The start of an answer's body, as text.
async fn first_bytes(mut response: reqwest::Response) -> String {
    let mut bytes = Vec::new();
    while bytes.len() < ANSWER_BYTES {
        match response.chunk().await {
            Ok(Some(chunk)) => bytes.extend_from_slice(&chunk),
            _ => break,
        }
    }
    bytes.truncate(ANSWER_BYTES);
    String::from_utf8_lossy(&bytes).into_owned()
}

fn signed_request(client: &reqwest::Client, inbox: &Url, body: &[u8], signer: &Signer<'_>, scheme: Scheme) -> Result<reqwest::Request, String> {
    let mut headers = HeaderMap::new();
    let value = |v: String| HeaderValue::from_str(&v).map_err(|e| e.to_string());
    let authority = match (inbox.host_str(), inbox.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_owned(),
        _ => return Err(format!("{inbox} has no host")),
    };
    headers.insert(HOST, value(authority)?);
    headers.insert(DATE, value(httpdate::fmt_http_date(SystemTime::now()))?);
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(ACTIVITY_JSON));
    headers.insert(ACCEPT, HeaderValue::from_static(ACTIVITY_JSON));
    match scheme {
        Scheme::Cavage => {
            headers.insert("digest", value(cavage::digest(body))?);
            let signature = cavage::sign("POST", inbox, &headers, &signer.key_id(), signer.private_key_pem)?;
            headers.insert("signature", value(signature)?);
        }
        Scheme::Rfc9421 => {
            headers.insert("content-digest", value(rfc9421::content_digest(body))?);
            let created = chrono::Utc::now().timestamp();
            let request = rfc9421::Request { method: "POST", target: inbox, headers: &headers };
            let components = ["@method", "@target-uri", "content-type", "content-digest"];
            let (input, signature) = rfc9421::sign(&request, &components, &signer.key_id(), signer.private_key_pem, created, rfc9421::RSA_V1_5_SHA256)?;
            headers.insert("signature-input", value(input)?);
            headers.insert("signature", value(signature)?);
        }
    }
    client.post(inbox.as_str()).headers(headers).body(body.to_vec()).build().map_err(|e| e.to_string())
}
