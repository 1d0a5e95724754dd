//! HTTP signature schemes, inbound and outbound, in one place so a second scheme can sit next
//! to the first. Today every request is signed and verified with draft-cavage HTTP Signatures
//! (`Signature: keyId=…,headers="(request-target) host date digest",signature=…`), which is what
//! Mastodon, Lemmy and activitypub_federation speak.
//!
//! RFC 9421 (HTTP Message Signatures: `Signature-Input` plus `Signature: sig1=:…:`) is
//! recognised and refused with a clear code until a verifier exists. Adding it means: a
//! `Scheme::Rfc9421` arm in the inbox that verifies `Signature-Input` against the sender's key,
//! and an `outgoing` choice per instance (for peers that announce support), each calling its own
//! signer; the rest of federation never sees which scheme carried a request.

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

/// The scheme we sign requests to `host` with. One answer for now; the argument is where a
/// per-instance choice goes.
pub fn outgoing(_host: &str) -> Scheme {
    Scheme::Cavage
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
        assert_eq!(outgoing("deelwijs.example.be"), Scheme::Cavage);
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
