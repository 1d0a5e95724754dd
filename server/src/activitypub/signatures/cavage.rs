//! draft-cavage-http-signatures-12: parsing and verifying the `Signature` header of inbound
//! requests, and signing outbound ones the way Mastodon expects.

use base64::Engine;
use rsa::signature::{SignatureEncoding, Signer, Verifier};
use url::Url;

use super::{rsa_private_key, rsa_public_key, Headers};

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
    pub fn signing_string(&self, headers: &(impl Headers + ?Sized), method: &str, path_and_query: &str) -> Result<String, String> {
        let mut lines = Vec::with_capacity(self.headers.len());
        for name in &self.headers {
            let line = match name.as_str() {
                "(request-target)" => format!("(request-target): {} {path_and_query}", method.to_ascii_lowercase()),
                "(created)" => format!("(created): {}", self.created.as_deref().ok_or("(created) is signed but missing")?),
                "(expires)" => format!("(expires): {}", self.expires.as_deref().ok_or("(expires) is signed but missing")?),
                other => {
                    let values = headers.values(other);
                    if values.is_empty() {
                        return Err(format!("the signed header {other} is missing"));
                    }
                    format!("{other}: {}", values.iter().map(|v| v.trim()).collect::<Vec<_>>().join(", "))
                }
            };
            lines.push(line);
        }
        Ok(lines.join("\n"))
    }

    /// Checks the signature against the sender's RSA public key (PEM, SPKI or PKCS#1), with
    /// RSASSA-PKCS1-v1_5 over SHA-256 — `rsa-sha256`, or `hs2019` with an RSA key.
    pub fn verify(&self, headers: &(impl Headers + ?Sized), method: &str, path_and_query: &str, public_key_pem: &str) -> Result<(), String> {
        if let Some(algorithm) = self.algorithm.as_deref().map(str::to_ascii_lowercase) {
            if algorithm != "rsa-sha256" && algorithm != "hs2019" {
                return Err(format!("the signature algorithm {algorithm} is not supported (use rsa-sha256)"));
            }
        }
        let key = rsa_public_key(public_key_pem)?;
        let signed = self.signing_string(headers, method, path_and_query)?;
        let signature = rsa::pkcs1v15::Signature::try_from(self.signature.as_slice()).map_err(|e| format!("malformed signature: {e}"))?;
        rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(key).verify(signed.as_bytes(), &signature).map_err(|_| "the signature does not verify".to_owned())
    }
}

/// Signs a request as Mastodon expects: `rsa-sha256` over `(request-target)`, `host`, `date`,
/// and `digest` and `content-type` when the request has them. The caller sets those headers
/// (`host` included: the signature must cover the value sent). Returns the `Signature` value.
pub fn sign(method: &str, url: &Url, headers: &(impl Headers + ?Sized), key_id: &str, private_key_pem: &str) -> Result<String, String> {
    let mut covered = vec!["(request-target)".to_owned(), "host".to_owned(), "date".to_owned()];
    for optional in ["digest", "content-type"] {
        if !headers.values(optional).is_empty() {
            covered.push(optional.to_owned());
        }
    }
    let unsigned = CavageSignature { key_id: key_id.to_owned(), algorithm: None, headers: covered, signature: Vec::new(), created: None, expires: None };
    let path_and_query = match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_owned(),
    };
    let signed = unsigned.signing_string(headers, method, &path_and_query)?;
    let key = rsa::pkcs1v15::SigningKey::<sha2::Sha256>::new(rsa_private_key(private_key_pem)?);
    let signature = key.try_sign(signed.as_bytes()).map_err(|e| e.to_string())?;
    Ok(format!(
        r#"keyId="{key_id}",algorithm="rsa-sha256",headers="{}",signature="{}""#,
        unsigned.headers.join(" "),
        base64::engine::general_purpose::STANDARD.encode(signature.to_bytes())
    ))
}

/// The draft-cavage `Digest` header of a body.
pub fn digest(body: &[u8]) -> String {
    use sha2::Digest;
    format!("SHA-256={}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(body)))
}
