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

/// A draft-cavage `Signature` header, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CavageSignature {
    pub key_id: String,
    pub algorithm: Option<String>,
    /// The covered headers, lower-case, in order.
    pub headers: Vec<String>,
    pub signature: Vec<u8>,
    pub created: Option<String>,
    pub expires: Option<String>,
}

impl CavageSignature {
    /// Reads `keyId="…",algorithm="…",headers="…",signature="…"` (order free, quotes required
    /// around strings, `created`/`expires` may be bare numbers).
    pub fn parse(header: &str) -> Result<CavageSignature, String> {
        use base64::Engine;
        let mut params = std::collections::HashMap::new();
        let mut rest = header.trim();
        while !rest.is_empty() {
            let (name, after) = rest.split_once('=').ok_or("a signature parameter has no value")?;
            let name = name.trim().to_ascii_lowercase();
            let (value, after) = if let Some(quoted) = after.strip_prefix('"') {
                let end = quoted.find('"').ok_or("a quoted signature parameter is not closed")?;
                (&quoted[..end], &quoted[end + 1..])
            } else {
                after.split_once(',').map_or((after, ""), |(v, a)| (v, a))
            };
            params.insert(name, value.trim().to_owned());
            rest = after.trim_start().trim_start_matches(',').trim_start();
        }
        let key_id = params.remove("keyid").ok_or("the signature has no keyId")?;
        let encoded = params.remove("signature").ok_or("the signature has no signature value")?;
        let signature = base64::engine::general_purpose::STANDARD.decode(encoded.as_bytes()).map_err(|e| format!("the signature is not base64: {e}"))?;
        let headers = params.remove("headers").map_or_else(|| vec!["date".to_owned()], |h| h.split_whitespace().map(str::to_ascii_lowercase).collect());
        Ok(CavageSignature {
            key_id,
            algorithm: params.remove("algorithm"),
            headers,
            signature,
            created: params.remove("created"),
            expires: params.remove("expires"),
        })
    }

    /// The string the sender signed, rebuilt from the request.
    pub fn signing_string(&self, headers: &HeaderMap, method: &str, path_and_query: &str) -> Result<String, String> {
        let mut lines = Vec::with_capacity(self.headers.len());
        for name in &self.headers {
            let line = match name.as_str() {
                "(request-target)" => format!("(request-target): {} {path_and_query}", method.to_ascii_lowercase()),
                "(created)" => format!("(created): {}", self.created.as_deref().ok_or("(created) is signed but missing")?),
                "(expires)" => format!("(expires): {}", self.expires.as_deref().ok_or("(expires) is signed but missing")?),
                other => {
                    let values: Vec<&str> = headers.get_all(other).filter_map(|v| v.to_str().ok()).map(str::trim).collect();
                    if values.is_empty() {
                        return Err(format!("the signed header {other} is missing"));
                    }
                    format!("{other}: {}", values.join(", "))
                }
            };
            lines.push(line);
        }
        Ok(lines.join("\n"))
    }

    /// Checks the signature against the sender's RSA public key (PEM, SPKI or PKCS#1), with
    /// RSASSA-PKCS1-v1_5 over SHA-256 — `rsa-sha256`, or `hs2019` with an RSA key.
    pub fn verify(&self, headers: &HeaderMap, method: &str, path_and_query: &str, public_key_pem: &str) -> Result<(), String> {
        use rsa::pkcs1::DecodeRsaPublicKey;
        use rsa::pkcs8::DecodePublicKey;
        use rsa::signature::Verifier;
        if let Some(algorithm) = self.algorithm.as_deref().map(str::to_ascii_lowercase) {
            if algorithm != "rsa-sha256" && algorithm != "hs2019" {
                return Err(format!("the signature algorithm {algorithm} is not supported (use rsa-sha256)"));
            }
        }
        let key = rsa::RsaPublicKey::from_public_key_pem(public_key_pem.trim())
            .or_else(|_| rsa::RsaPublicKey::from_pkcs1_pem(public_key_pem.trim()))
            .map_err(|e| format!("the sender's public key is not an RSA key: {e}"))?;
        let signed = self.signing_string(headers, method, path_and_query)?;
        let signature = rsa::pkcs1v15::Signature::try_from(self.signature.as_slice()).map_err(|e| format!("malformed signature: {e}"))?;
        rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(key).verify(signed.as_bytes(), &signature).map_err(|_| "the signature does not verify".to_owned())
    }
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
