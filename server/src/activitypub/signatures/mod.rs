//! HTTP signature schemes, inbound and outbound, in one place: draft-cavage HTTP Signatures
//! (`Signature: keyId=…,headers=…,signature=…`, what Mastodon, Lemmy and activitypub_federation
//! speak; `cavage`) and RFC 9421 HTTP Message Signatures (`Signature-Input` plus
//! `Signature: sig1=:…:`, with RFC 9530 `Content-Digest`; `rfc9421`). The inbox verifies
//! either; outgoing requests try RFC 9421 first and fall back to draft-cavage when a peer
//! answers 401 or 403 ("double knocking"), remembering per instance what worked. The rest of
//! federation never sees which scheme carried a request.

pub mod cavage;
pub mod rfc9421;

pub use cavage::CavageSignature;

use actix_web::http::header::HeaderMap;

/// A way of signing HTTP requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// draft-cavage-http-signatures-12, with a `Digest` header over the body.
    Cavage,
    /// RFC 9421 HTTP Message Signatures.
    Rfc9421,
}

impl Scheme {
    /// The scheme an inbound request was signed with, if it was signed at all.
    pub fn of_request(headers: &HeaderMap) -> Option<Scheme> {
        if headers.contains_key("signature-input") {
            Some(Scheme::Rfc9421)
        } else if headers.contains_key("signature") {
            Some(Scheme::Cavage)
        } else {
            None
        }
    }
}

/// The headers a draft-cavage signature on an inbound POST must cover: the request line, the
/// date (so the age check reads a signed value, and an old request cannot be re-dated) and the
/// body's digest. Without a `headers` parameter draft-cavage means `date` alone.
pub const REQUIRED_SIGNED: &[&str] = &["(request-target)", "date", "digest"];

/// The signed headers a draft-cavage `Signature` header lists that `REQUIRED_SIGNED` wants and
/// it lacks.
pub fn missing_signed_headers(signature: &str) -> Vec<&'static str> {
    let listed = signature
        .split(',')
        .filter_map(|part| part.trim().strip_prefix("headers="))
        .map(|value| value.trim_matches('"').to_ascii_lowercase())
        .next()
        .unwrap_or_else(|| "date".to_owned());
    let listed: Vec<&str> = listed.split_whitespace().collect();
    REQUIRED_SIGNED.iter().copied().filter(|wanted| !listed.contains(wanted)).collect()
}

impl Scheme {
    /// How an instance's stored preference reads (`instances.signature_scheme`).
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Cavage => "cavage",
            Scheme::Rfc9421 => "rfc9421",
        }
    }

    pub fn parse(value: &str) -> Option<Scheme> {
        match value {
            "cavage" => Some(Scheme::Cavage),
            "rfc9421" => Some(Scheme::Rfc9421),
            _ => None,
        }
    }
}

/// The schemes to try, in order, for a request to an instance that last accepted `known`
/// (`None`: never asked yet): what worked first, then the other; RFC 9421 first for strangers.
pub fn attempts(known: Option<Scheme>) -> [Scheme; 2] {
    match known {
        Some(Scheme::Cavage) => [Scheme::Cavage, Scheme::Rfc9421],
        _ => [Scheme::Rfc9421, Scheme::Cavage],
    }
}

/// Header values by lower-case name, whichever HTTP library holds the request.
pub trait Headers {
    fn values(&self, name: &str) -> Vec<String>;
}

impl Headers for HeaderMap {
    fn values(&self, name: &str) -> Vec<String> {
        self.get_all(name).filter_map(|v| v.to_str().ok()).map(str::to_owned).collect()
    }
}

impl Headers for reqwest::header::HeaderMap {
    fn values(&self, name: &str) -> Vec<String> {
        self.get_all(name).iter().filter_map(|v| v.to_str().ok()).map(str::to_owned).collect()
    }
}

/// The key id a signed request names, in either scheme: what the federation policy
/// (blocklist, allowlist, authorized fetch) looks at. `None` for an unsigned request.
pub fn key_id(headers: &impl Headers) -> Option<String> {
    let signature = headers.values("signature").join(", ");
    let input = headers.values("signature-input").join(", ");
    if !input.is_empty() {
        return rfc9421::parse(&input, &signature).ok()?.into_iter().next().map(|s| s.key_id);
    }
    CavageSignature::parse(&signature).ok().map(|s| s.key_id)
}

/// How old a signature may be (a replay window), and how far ahead of our clock, in seconds.
const MAX_AGE_SECS: i64 = 3600;
const MAX_SKEW_SECS: i64 = 300;

/// Whether a signature made at `signed_at` (Unix seconds) is recent enough and not from the
/// future: the same window for both schemes, on POSTs and fetches.
pub fn fresh(signed_at: i64) -> bool {
    (-MAX_AGE_SECS..=MAX_SKEW_SECS).contains(&(signed_at - chrono::Utc::now().timestamp()))
}

/// The absolute target URI of an inbound request as its sender addressed it: our public URL
/// (the node may sit behind a proxy) with the request's path and query.
pub fn request_target(req: &actix_web::HttpRequest, public_url: &str) -> Option<url::Url> {
    let path_and_query = req.uri().path_and_query().map_or_else(|| req.path().to_owned(), |pq| pq.as_str().to_owned());
    url::Url::parse(public_url).ok()?.join(&path_and_query).ok()
}

/// An RSA public key from PEM (SPKI, or PKCS#1 as some servers publish).
pub(crate) fn rsa_public_key(pem: &str) -> Result<rsa::RsaPublicKey, String> {
    use rsa::pkcs1::DecodeRsaPublicKey;
    use rsa::pkcs8::DecodePublicKey;
    rsa::RsaPublicKey::from_public_key_pem(pem.trim())
        .or_else(|_| rsa::RsaPublicKey::from_pkcs1_pem(pem.trim()))
        .map_err(|e| format!("the sender's public key is not an RSA key: {e}"))
}

/// Our actor's RSA private key from PEM (PKCS#8, as actors are created with; PKCS#1 read too).
pub(crate) fn rsa_private_key(pem: &str) -> Result<rsa::RsaPrivateKey, String> {
    use rsa::pkcs1::DecodeRsaPrivateKey;
    use rsa::pkcs8::DecodePrivateKey;
    rsa::RsaPrivateKey::from_pkcs8_pem(pem.trim())
        .or_else(|_| rsa::RsaPrivateKey::from_pkcs1_pem(pem.trim()))
        .map_err(|e| format!("not an RSA private key: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::header::{HeaderName, HeaderValue};

    fn headers(names: &[&'static str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for name in names {
            map.insert(HeaderName::from_static(name), HeaderValue::from_static("x"));
        }
        map
    }

    #[test]
    fn schemes_are_told_apart_by_their_headers() {
        assert_eq!(Scheme::of_request(&headers(&[])), None);
        assert_eq!(Scheme::of_request(&headers(&["signature"])), Some(Scheme::Cavage));
        assert_eq!(Scheme::of_request(&headers(&["signature", "signature-input"])), Some(Scheme::Rfc9421));
        assert_eq!(attempts(None), [Scheme::Rfc9421, Scheme::Cavage]);
        assert_eq!(attempts(Some(Scheme::Cavage)), [Scheme::Cavage, Scheme::Rfc9421]);
    }

    #[test]
    fn inbound_signatures_must_cover_request_date_and_digest() {
        let mastodon =
            r#"keyId="https://m.example/users/a#main-key",algorithm="rsa-sha256",headers="(request-target) host date digest content-type",signature="x""#;
        assert!(missing_signed_headers(mastodon).is_empty());
        assert_eq!(missing_signed_headers(r#"keyId="k",headers="(request-target) host digest",signature="x""#), ["date"]);
        assert_eq!(missing_signed_headers(r#"keyId="k",signature="x""#), ["(request-target)", "digest"]);
    }
}
