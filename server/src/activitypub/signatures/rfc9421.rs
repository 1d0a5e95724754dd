//! RFC 9421 HTTP Message Signatures (with RFC 9530 `Content-Digest`), for requests: the
//! signature base (§2.5), parsing `Signature-Input`/`Signature`, verifying with the sender's
//! RSA key (`rsa-v1_5-sha256`, what the fediverse uses, or `rsa-pss-sha512`), and signing.
//!
//! Structured fields (RFC 8941/9651) are parsed and serialised by the `sfv` crate, so the
//! `@signature-params` line is the canonical serialisation the RFC asks for. The RSA and SHA-2
//! code is the same RustCrypto code the draft-cavage path uses (ARCHITECTURE.md says why not
//! a ready-made RFC 9421 crate).

use base64::Engine;
use rsa::signature::{RandomizedSigner, SignatureEncoding, Signer, Verifier};
use sfv::{BareItem, Dictionary, FieldType, InnerList, Item, ListEntry, Parser};
use sha2::{Digest, Sha256, Sha512};
use url::Url;

use super::{rsa_private_key, rsa_public_key, Headers};

/// The signature algorithms we verify and produce.
pub const RSA_V1_5_SHA256: &str = "rsa-v1_5-sha256";
pub const RSA_PSS_SHA512: &str = "rsa-pss-sha512";

/// One signature of a request: its label, covered components and parameters.
#[derive(Debug, Clone)]
pub struct MessageSignature {
    pub label: String,
    pub components: Vec<Item>,
    params: sfv::Parameters,
    pub signature: Vec<u8>,
    pub key_id: String,
    pub alg: Option<String>,
    pub created: Option<i64>,
    pub expires: Option<i64>,
}

impl MessageSignature {
    /// The covered component names (`@method`, `content-digest`, …), without parameters.
    pub fn component_names(&self) -> Vec<String> {
        self.components.iter().filter_map(|c| c.bare_item.as_string().map(|s| s.as_str().to_owned())).collect()
    }

    /// The value of the `@signature-params` line: the inner list as `Signature-Input` has it.
    fn params_line(&self) -> Result<String, String> {
        serialize_inner(&InnerList::with_params(self.components.clone(), self.params.clone()))
    }
}

fn serialize_inner(list: &InnerList) -> Result<String, String> {
    vec![ListEntry::InnerList(list.clone())].serialize().ok_or_else(|| "the signature parameters cannot be serialised".to_owned())
}

/// Reads every signature of a request from its `Signature-Input` and `Signature` fields.
pub fn parse(signature_input: &str, signature: &str) -> Result<Vec<MessageSignature>, String> {
    let inputs: Dictionary = Parser::new(signature_input).parse().map_err(|e| format!("Signature-Input is not a structured dictionary: {e}"))?;
    let values: Dictionary = Parser::new(signature).parse().map_err(|e| format!("Signature is not a structured dictionary: {e}"))?;
    let mut signatures = Vec::new();
    for (label, entry) in &inputs {
        let ListEntry::InnerList(list) = entry else { return Err(format!("Signature-Input {} is not an inner list", label.as_str())) };
        let Some(ListEntry::Item(value)) = values.get(label.as_str()) else { return Err(format!("Signature has no value for {}", label.as_str())) };
        let signature = value.bare_item.as_byte_sequence().ok_or_else(|| format!("Signature {} is not a byte sequence", label.as_str()))?.to_vec();
        if list.items.iter().any(|c| c.bare_item.as_string().is_none()) {
            return Err("a covered component is not a string".to_owned());
        }
        let string = |key: &str| list.params.get(key).and_then(|v| v.as_string()).map(|s| s.as_str().to_owned());
        let integer = |key: &str| list.params.get(key).and_then(BareItem::as_integer).map(i64::from);
        signatures.push(MessageSignature {
            label: label.as_str().to_owned(),
            components: list.items.clone(),
            params: list.params.clone(),
            signature,
            key_id: string("keyid").ok_or_else(|| format!("signature {} has no keyid", label.as_str()))?,
            alg: string("alg"),
            created: integer("created"),
            expires: integer("expires"),
        });
    }
    Ok(signatures)
}

/// The first signature of a request (its `Signature-Input` and `Signature` fields) that covers
/// the method, the target (`@target-uri`, `@path` or `@request-target`) and, when
/// `with_body`, the `content-digest`: the least we rely on.
pub fn covering<H: Headers + ?Sized>(headers: &H, with_body: bool) -> Result<MessageSignature, String> {
    let field = |name: &str| headers.values(name).join(", ");
    let covers = |s: &MessageSignature| {
        let names = s.component_names();
        let has = |n: &str| names.iter().any(|x| x == n);
        has("@method") && (has("@target-uri") || has("@path") || has("@request-target")) && (!with_body || has("content-digest"))
    };
    parse(&field("signature-input"), &field("signature"))?.into_iter().find(covers).ok_or_else(|| {
        let body = if with_body { " and content-digest" } else { "" };
        format!("An RFC 9421 signature must cover @method, @target-uri (or @path){body}.")
    })
}

/// A request as the signature base sees it.
pub struct Request<'a, H: Headers + ?Sized> {
    pub method: &'a str,
    /// The absolute target URI, as the client addressed it.
    pub target: &'a Url,
    pub headers: &'a H,
}

/// The value of one covered component of a request (RFC 9421 §2.1, §2.2).
fn component_value<H: Headers + ?Sized>(request: &Request<'_, H>, component: &Item) -> Result<String, String> {
    let name = component.bare_item.as_string().map(|s| s.as_str()).ok_or("a covered component is not a string")?;
    let allowed = |key: &str| match name {
        "@query-param" => key == "name",
        _ => key == "sf" && !name.starts_with('@'),
    };
    if let Some((key, _)) = component.params.iter().find(|(key, _)| !allowed(key.as_str())) {
        return Err(format!("the component parameter {} is not supported on {name}", key.as_str()));
    }
    let target = request.target;
    let value = match name {
        "@method" => request.method.to_ascii_uppercase(),
        "@target-uri" => target.as_str().to_owned(),
        "@authority" => authority(target),
        "@scheme" => target.scheme().to_owned(),
        "@path" => target.path().to_owned(),
        "@query" => format!("?{}", target.query().unwrap_or_default()),
        "@request-target" => match target.query() {
            Some(query) => format!("{}?{query}", target.path()),
            None => target.path().to_owned(),
        },
        "@query-param" => {
            let wanted = component.params.get("name").and_then(|v| v.as_string()).map(|s| s.as_str().to_owned()).ok_or("@query-param needs a name")?;
            let value =
                target.query_pairs().find(|(k, _)| *k == wanted).map(|(_, v)| v.into_owned()).ok_or_else(|| format!("the query has no parameter {wanted}"))?;
            url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
        }
        derived if derived.starts_with('@') => return Err(format!("the derived component {derived} is not supported on requests")),
        field => {
            let values = request.headers.values(field);
            if values.is_empty() {
                return Err(format!("the covered field {field} is missing"));
            }
            let joined = values.iter().map(|v| v.trim()).collect::<Vec<_>>().join(", ");
            if component.params.contains_key("sf") {
                reserialize_structured(&joined)?
            } else {
                joined
            }
        }
    };
    if value.chars().any(|c| c == '\n' || c == '\r') {
        return Err(format!("the component {name} holds a line break"));
    }
    Ok(value)
}

/// Host and port as `@authority` has them: lower case, the default port left out.
fn authority(url: &Url) -> String {
    let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
    match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host,
    }
}

/// `;sf`: a structured field in its canonical serialisation (dictionary, list or item).
fn reserialize_structured(value: &str) -> Result<String, String> {
    if let Ok(dictionary) = Parser::new(value).parse::<Dictionary>() {
        if let Some(serialized) = dictionary.serialize() {
            return Ok(serialized);
        }
    }
    if let Ok(list) = Parser::new(value).parse::<sfv::List>() {
        if let Some(serialized) = list.serialize() {
            return Ok(serialized);
        }
    }
    Parser::new(value).parse::<Item>().map(|item| item.serialize()).map_err(|e| format!("a ;sf field is not a structured field: {e}"))
}

/// The signature base (RFC 9421 §2.5): one line per covered component, then
/// `@signature-params`.
pub fn signature_base<H: Headers + ?Sized>(request: &Request<'_, H>, signature: &MessageSignature) -> Result<String, String> {
    let mut base = String::new();
    let mut seen = Vec::new();
    for component in &signature.components {
        let identifier = component.serialize();
        if seen.contains(&identifier) {
            return Err(format!("the component {identifier} is covered twice"));
        }
        base.push_str(&format!("{identifier}: {}\n", component_value(request, component)?));
        seen.push(identifier);
    }
    base.push_str(&format!("\"@signature-params\": {}", signature.params_line()?));
    Ok(base)
}

/// Checks one signature against the sender's RSA public key (PEM). Without an `alg`
/// parameter an RSA key means `rsa-v1_5-sha256`, as fediverse software signs.
pub fn verify<H: Headers + ?Sized>(request: &Request<'_, H>, signature: &MessageSignature, public_key_pem: &str) -> Result<(), String> {
    let key = rsa_public_key(public_key_pem)?;
    let base = signature_base(request, signature)?;
    match signature.alg.as_deref().unwrap_or(RSA_V1_5_SHA256) {
        RSA_V1_5_SHA256 => {
            let value = rsa::pkcs1v15::Signature::try_from(signature.signature.as_slice()).map_err(|e| format!("malformed signature: {e}"))?;
            rsa::pkcs1v15::VerifyingKey::<Sha256>::new(key).verify(base.as_bytes(), &value).map_err(|_| "the signature does not verify".to_owned())
        }
        RSA_PSS_SHA512 => {
            let value = rsa::pss::Signature::try_from(signature.signature.as_slice()).map_err(|e| format!("malformed signature: {e}"))?;
            rsa::pss::VerifyingKey::<Sha512>::new(key).verify(base.as_bytes(), &value).map_err(|_| "the signature does not verify".to_owned())
        }
        other => Err(format!("the signature algorithm {other} is not supported (use {RSA_V1_5_SHA256})")),
    }
}

/// Signs a request as `sig1` over `components`, with `created` (Unix seconds), `keyid` and
/// `alg`; returns the values of `Signature-Input` and `Signature`.
pub fn sign<H: Headers + ?Sized>(
    request: &Request<'_, H>,
    components: &[&str],
    key_id: &str,
    private_key_pem: &str,
    created: i64,
    alg: &str,
) -> Result<(String, String), String> {
    let items = components
        .iter()
        .map(|c| sfv::String::from_string((*c).to_owned()).map(|s| Item::new(BareItem::String(s))).map_err(|(e, _)| format!("bad component {c}: {e}")))
        .collect::<Result<Vec<_>, _>>()?;
    let mut params = sfv::Parameters::new();
    let key = |k: &str| sfv::Key::from_string(k.to_owned()).map_err(|(e, _)| e.to_string());
    let string = |v: &str| sfv::String::from_string(v.to_owned()).map(BareItem::String).map_err(|(e, _)| e.to_string());
    params.insert(key("created")?, BareItem::Integer(sfv::Integer::try_from(created).map_err(|e| e.to_string())?));
    params.insert(key("keyid")?, string(key_id)?);
    params.insert(key("alg")?, string(alg)?);
    let signature = MessageSignature {
        label: "sig1".to_owned(),
        components: items,
        params,
        signature: Vec::new(),
        key_id: key_id.to_owned(),
        alg: Some(alg.to_owned()),
        created: Some(created),
        expires: None,
    };
    let base = signature_base(request, &signature)?;
    let private = rsa_private_key(private_key_pem)?;
    let bytes = match alg {
        RSA_V1_5_SHA256 => rsa::pkcs1v15::SigningKey::<Sha256>::new(private).try_sign(base.as_bytes()).map_err(|e| e.to_string())?.to_vec(),
        RSA_PSS_SHA512 => {
            rsa::pss::SigningKey::<Sha512>::new(private).try_sign_with_rng(&mut rand::thread_rng(), base.as_bytes()).map_err(|e| e.to_string())?.to_vec()
        }
        other => return Err(format!("cannot sign with {other}")),
    };
    let input = format!("sig1={}", signature.params_line()?);
    let value = format!("sig1=:{}:", base64::engine::general_purpose::STANDARD.encode(bytes));
    Ok((input, value))
}

/// The `Content-Digest` of a body (RFC 9530), with SHA-256.
pub fn content_digest(body: &[u8]) -> String {
    format!("sha-256=:{}:", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body)))
}

/// Checks a `Content-Digest` field against the body: every digest in an algorithm we know
/// (sha-256, sha-512) must match, and there must be at least one.
pub fn verify_content_digest(field: &str, body: &[u8]) -> Result<(), String> {
    let digests: Dictionary = Parser::new(field).parse().map_err(|e| format!("Content-Digest is not a structured dictionary: {e}"))?;
    let mut checked = 0;
    for (algorithm, entry) in &digests {
        let ListEntry::Item(item) = entry else { return Err("a Content-Digest member is not a byte sequence".to_owned()) };
        let Some(expected) = item.bare_item.as_byte_sequence() else { return Err("a Content-Digest member is not a byte sequence".to_owned()) };
        let actual = match algorithm.as_str() {
            "sha-256" => Sha256::digest(body).to_vec(),
            "sha-512" => Sha512::digest(body).to_vec(),
            _ => continue,
        };
        if actual != expected {
            return Err(format!("the body does not match its Content-Digest ({})", algorithm.as_str()));
        }
        checked += 1;
    }
    if checked == 0 {
        return Err("Content-Digest has no sha-256 or sha-512 digest".to_owned());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    //! The RFC's own test vectors (RFC 9421 appendix B.2, keys from B.1), and round trips with
    //! the algorithm fediverse servers use.
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue};

    const TEST_KEY_RSA_PSS_PUBLIC: &str = r#"-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAr4tmm3r20Wd/PbqvP1s2
+QEtvpuRaV8Yq40gjUR8y2Rjxa6dpG2GXHbPfvMs8ct+Lh1GH45x28Rw3Ry53mm+
oAXjyQ86OnDkZ5N8lYbggD4O3w6M6pAvLkhk95AndTrifbIFPNU8PPMO7OyrFAHq
gDsznjPFmTOtCEcN2Z1FpWgchwuYLPL+Wokqltd11nqqzi+bJ9cvSKADYdUAAN5W
Utzdpiy6LbTgSxP7ociU4Tn0g5I6aDZJ7A8Lzo0KSyZYoA485mqcO0GVAdVw9lq4
aOT9v6d+nb4bnNkQVklLQ3fVAvJm+xdDOp9LCNCN48V2pnDOkFV6+U9nV5oyc6XI
2wIDAQAB
-----END PUBLIC KEY-----"#;
    const TEST_KEY_RSA_PUBLIC: &str = r#"-----BEGIN RSA PUBLIC KEY-----
MIIBCgKCAQEAhAKYdtoeoy8zcAcR874L8cnZxKzAGwd7v36APp7Pv6Q2jdsPBRrw
WEBnez6d0UDKDwGbc6nxfEXAy5mbhgajzrw3MOEt8uA5txSKobBpKDeBLOsdJKFq
MGmXCQvEG7YemcxDTRPxAleIAgYYRjTSd/QBwVW9OwNFhekro3RtlinV0a75jfZg
kne/YiktSvLG34lw2zqXBDTC5NHROUqGTlML4PlNZS5Ri2U4aCNx2rUPRcKIlE0P
uKxI4T+HIaFpv8+rdV6eUgOrB2xeI1dSFFn/nnv5OoZJEIB+VmuKn3DCUcCZSFlQ
PSXSfBDiUGhwOw76WuSSsf1D4b/vLoJ10wIDAQAB
-----END RSA PUBLIC KEY-----"#;
    const TEST_KEY_RSA_PRIVATE: &str = r#"-----BEGIN RSA PRIVATE KEY-----
MIIEqAIBAAKCAQEAhAKYdtoeoy8zcAcR874L8cnZxKzAGwd7v36APp7Pv6Q2jdsP
BRrwWEBnez6d0UDKDwGbc6nxfEXAy5mbhgajzrw3MOEt8uA5txSKobBpKDeBLOsd
JKFqMGmXCQvEG7YemcxDTRPxAleIAgYYRjTSd/QBwVW9OwNFhekro3RtlinV0a75
jfZgkne/YiktSvLG34lw2zqXBDTC5NHROUqGTlML4PlNZS5Ri2U4aCNx2rUPRcKI
lE0PuKxI4T+HIaFpv8+rdV6eUgOrB2xeI1dSFFn/nnv5OoZJEIB+VmuKn3DCUcCZ
SFlQPSXSfBDiUGhwOw76WuSSsf1D4b/vLoJ10wIDAQABAoIBAG/JZuSWdoVHbi56
vjgCgkjg3lkO1KrO3nrdm6nrgA9P9qaPjxuKoWaKO1cBQlE1pSWp/cKncYgD5WxE
CpAnRUXG2pG4zdkzCYzAh1i+c34L6oZoHsirK6oNcEnHveydfzJL5934egm6p8DW
+m1RQ70yUt4uRc0YSor+q1LGJvGQHReF0WmJBZHrhz5e63Pq7lE0gIwuBqL8SMaA
yRXtK+JGxZpImTq+NHvEWWCu09SCq0r838ceQI55SvzmTkwqtC+8AT2zFviMZkKR
Qo6SPsrqItxZWRty2izawTF0Bf5S2VAx7O+6t3wBsQ1sLptoSgX3QblELY5asI0J
YFz7LJECgYkAsqeUJmqXE3LP8tYoIjMIAKiTm9o6psPlc8CrLI9CH0UbuaA2JCOM
cCNq8SyYbTqgnWlB9ZfcAm/cFpA8tYci9m5vYK8HNxQr+8FS3Qo8N9RJ8d0U5Csw
DzMYfRghAfUGwmlWj5hp1pQzAuhwbOXFtxKHVsMPhz1IBtF9Y8jvgqgYHLbmyiu1
mwJ5AL0pYF0G7x81prlARURwHo0Yf52kEw1dxpx+JXER7hQRWQki5/NsUEtv+8RT
qn2m6qte5DXLyn83b1qRscSdnCCwKtKWUug5q2ZbwVOCJCtmRwmnP131lWRYfj67
B/xJ1ZA6X3GEf4sNReNAtaucPEelgR2nsN0gKQKBiGoqHWbK1qYvBxX2X3kbPDkv
9C+celgZd2PW7aGYLCHq7nPbmfDV0yHcWjOhXZ8jRMjmANVR/eLQ2EfsRLdW69bn
f3ZD7JS1fwGnO3exGmHO3HZG+6AvberKYVYNHahNFEw5TsAcQWDLRpkGybBcxqZo
81YCqlqidwfeO5YtlO7etx1xLyqa2NsCeG9A86UjG+aeNnXEIDk1PDK+EuiThIUa
/2IxKzJKWl1BKr2d4xAfR0ZnEYuRrbeDQYgTImOlfW6/GuYIxKYgEKCFHFqJATAG
IxHrq1PDOiSwXd2GmVVYyEmhZnbcp8CxaEMQoevxAta0ssMK3w6UsDtvUvYvF22m
qQKBiD5GwESzsFPy3Ga0MvZpn3D6EJQLgsnrtUPZx+z2Ep2x0xc5orneB5fGyF1P
WtP+fG5Q6Dpdz3LRfm+KwBCWFKQjg7uTxcjerhBWEYPmEMKYwTJF5PBG9/ddvHLQ
EQeNC8fHGg4UXU8mhHnSBt3EA10qQJfRDs15M38eG2cYwB1PZpDHScDnDA0=
-----END RSA PRIVATE KEY-----"#;

    /// The RFC's `test-request` (B.2): `POST /foo?param=Value&Pet=dog` with `{"hello": "world"}`.
    fn test_request_headers() -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in [
            ("host", "example.com"),
            ("date", "Tue, 20 Apr 2021 02:07:55 GMT"),
            ("content-type", "application/json"),
            ("content-digest", "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:"),
            ("content-length", "18"),
        ] {
            headers.insert(name, HeaderValue::from_static(value));
        }
        headers
    }

    const BODY: &[u8] = br#"{"hello": "world"}"#;

    fn check_vector(base: &str, input: &str, signature: &str) {
        let headers = test_request_headers();
        let target = Url::parse("https://example.com/foo?param=Value&Pet=dog").unwrap();
        let request = Request { method: "POST", target: &target, headers: &headers };
        let parsed = parse(input, signature).unwrap();
        assert_eq!(parsed.len(), 1);
        // The base is rebuilt byte for byte, then the RFC's signature verifies over it.
        assert_eq!(signature_base(&request, &parsed[0]).unwrap(), base);
        let mut with_alg = parsed[0].clone();
        with_alg.alg = Some(RSA_PSS_SHA512.to_owned());
        verify(&request, &with_alg, TEST_KEY_RSA_PSS_PUBLIC).unwrap();
        // Any change to a covered value breaks it.
        let other = Url::parse("https://example.org/foo?param=Value&Pet=cat").unwrap();
        let changed = Request { method: "POST", target: &other, headers: &headers };
        if !parsed[0].components.is_empty() {
            assert!(verify(&changed, &with_alg, TEST_KEY_RSA_PSS_PUBLIC).is_err());
        }
    }

    #[test]
    fn b_2_1_minimal_signature() {
        check_vector(
            r#""@signature-params": ();created=1618884473;keyid="test-key-rsa-pss";nonce="b3k2pp5k7z-50gnwp.yemd""#,
            r#"sig-b21=();created=1618884473;keyid="test-key-rsa-pss";nonce="b3k2pp5k7z-50gnwp.yemd""#,
            r#"sig-b21=:d2pmTvmbncD3xQm8E9ZV2828BjQWGgiwAaw5bAkgibUopemLJcWDy/lkbbHAve4cRAtx31Iq786U7it++wgGxbtRxf8Udx7zFZsckzXaJMkA7ChG52eSkFxykJeNqsrWH5S+oxNFlD4dzVuwe8DhTSja8xxbR/Z2cOGdCbzR72rgFWhzx2VjBqJzsPLMIQKhO4DGezXehhWwE56YCE+O6c0mKZsfxVrogUvA4HELjVKWmAvtl6UnCh8jYzuVG5WSb/QEVPnP5TmcAnLH1g+s++v6d4s8m0gCw1fV5/SITLq9mhho8K3+7EPYTU8IU1bLhdxO5Nyt8C8ssinQ98Xw9Q==:"#,
        );
    }

    #[test]
    fn b_2_2_selective_components() {
        check_vector(
            r#""@authority": example.com
"content-digest": sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:
"@query-param";name="Pet": dog
"@signature-params": ("@authority" "content-digest" "@query-param";name="Pet");created=1618884473;keyid="test-key-rsa-pss";tag="header-example""#,
            r#"sig-b22=("@authority" "content-digest" "@query-param";name="Pet");created=1618884473;keyid="test-key-rsa-pss";tag="header-example""#,
            r#"sig-b22=:LjbtqUbfmvjj5C5kr1Ugj4PmLYvx9wVjZvD9GsTT4F7GrcQEdJzgI9qHxICagShLRiLMlAJjtq6N4CDfKtjvuJyE5qH7KT8UCMkSowOB4+ECxCmT8rtAmj/0PIXxi0A0nxKyB09RNrCQibbUjsLS/2YyFYXEu4TRJQzRw1rLEuEfY17SARYhpTlaqwZVtR8NV7+4UKkjqpcAoFqWFQh62s7Cl+H2fjBSpqfZUJcsIk4N6wiKYd4je2U/lankenQ99PZfB4jY3I5rSV2DSBVkSFsURIjYErOs0tFTQosMTAoxk//0RoKUqiYY8Bh0aaUEb0rQl3/XaVe4bXTugEjHSw==:"#,
        );
    }

    #[test]
    fn b_2_3_full_coverage() {
        check_vector(
            r#""date": Tue, 20 Apr 2021 02:07:55 GMT
"@method": POST
"@path": /foo
"@query": ?param=Value&Pet=dog
"@authority": example.com
"content-type": application/json
"content-digest": sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:
"content-length": 18
"@signature-params": ("date" "@method" "@path" "@query" "@authority" "content-type" "content-digest" "content-length");created=1618884473;keyid="test-key-rsa-pss""#,
            r#"sig-b23=("date" "@method" "@path" "@query" "@authority" "content-type" "content-digest" "content-length");created=1618884473;keyid="test-key-rsa-pss""#,
            r#"sig-b23=:bbN8oArOxYoyylQQUU6QYwrTuaxLwjAC9fbY2F6SVWvh0yBiMIRGOnMYwZ/5MR6fb0Kh1rIRASVxFkeGt683+qRpRRU5p2voTp768ZrCUb38K0fUxN0O0iC59DzYx8DFll5GmydPxSmme9v6ULbMFkl+V5B1TP/yPViV7KsLNmvKiLJH1pFkh/aYA2HXXZzNBXmIkoQoLd7YfW91kE9o/CCoC1xMy7JA1ipwvKvfrs65ldmlu9bpG6A9BmzhuzF8Eim5f8ui9eH8LZH896+QIF61ka39VBrohr9iyMUJpvRX2Zbhl5ZJzSRxpJyoEZAFL2FUo5fTIztsDZKEgM4cUA==:"#,
        );
    }

    #[test]
    fn the_test_request_content_digest_matches_its_body() {
        let field = test_request_headers().get("content-digest").unwrap().to_str().unwrap().to_owned();
        verify_content_digest(&field, BODY).unwrap();
        assert!(verify_content_digest(&field, br#"{"hello": "world!"}"#).is_err());
        verify_content_digest(&content_digest(BODY), BODY).unwrap();
        assert!(verify_content_digest("md5=:AAAA:", BODY).is_err(), "no digest we know");
        assert!(verify_content_digest("not a dictionary (", BODY).is_err());
    }

    #[test]
    fn our_signatures_verify_and_forgeries_do_not() {
        let target = Url::parse("https://partner.example.de/inbox").unwrap();
        let mut headers = HeaderMap::new();
        headers.insert("content-type", HeaderValue::from_static("application/activity+json"));
        headers.insert("content-digest", HeaderValue::from_str(&content_digest(BODY)).unwrap());
        let request = Request { method: "POST", target: &target, headers: &headers };
        let components = ["@method", "@target-uri", "content-type", "content-digest"];
        for alg in [RSA_V1_5_SHA256, RSA_PSS_SHA512] {
            let (input, value) = sign(&request, &components, "https://a.example/users/x#main-key", TEST_KEY_RSA_PRIVATE, 1_765_000_000, alg).unwrap();
            assert!(input.starts_with(
                r#"sig1=("@method" "@target-uri" "content-type" "content-digest");created=1765000000;keyid="https://a.example/users/x#main-key";alg="#
            ));
            let parsed = parse(&input, &value).unwrap().remove(0);
            assert_eq!(parsed.key_id, "https://a.example/users/x#main-key");
            assert_eq!(parsed.created, Some(1_765_000_000));
            verify(&request, &parsed, TEST_KEY_RSA_PUBLIC).unwrap();
            // Another method, another target or another key: refused.
            assert!(verify(&Request { method: "PUT", ..Request { method: "POST", target: &target, headers: &headers } }, &parsed, TEST_KEY_RSA_PUBLIC).is_err());
            assert!(verify(&request, &parsed, TEST_KEY_RSA_PSS_PUBLIC).is_err());
            // A signature claiming another algorithm than it was made with.
            let mut wrong = parsed.clone();
            wrong.alg = Some(if alg == RSA_V1_5_SHA256 { RSA_PSS_SHA512 } else { RSA_V1_5_SHA256 }.to_owned());
            assert!(verify(&request, &wrong, TEST_KEY_RSA_PUBLIC).is_err());
        }
    }

    #[test]
    fn malformed_fields_are_refused_with_a_reason() {
        assert!(parse("sig1=(\"@method\");keyid=\"k\"", "sig2=:AAAA:").unwrap_err().contains("no value for sig1"));
        assert!(parse("sig1=(\"@method\")", "sig1=:AAAA:").unwrap_err().contains("keyid"));
        assert!(parse("sig1=(@method);keyid=\"k\"", "sig1=:AAAA:").is_err(), "components are strings");
        assert!(parse("sig1=\"x\"", "sig1=:AAAA:").is_err(), "an item, not an inner list");
        let headers = HeaderMap::new();
        let target = Url::parse("https://a.example/inbox").unwrap();
        let request = Request { method: "POST", target: &target, headers: &headers };
        let missing = parse("sig1=(\"content-digest\");keyid=\"k\"", "sig1=:AAAA:").unwrap().remove(0);
        assert!(signature_base(&request, &missing).unwrap_err().contains("missing"));
        let twice = parse("sig1=(\"@method\" \"@method\");keyid=\"k\"", "sig1=:AAAA:").unwrap().remove(0);
        assert!(signature_base(&request, &twice).unwrap_err().contains("twice"));
        let unknown = parse("sig1=(\"@status\");keyid=\"k\"", "sig1=:AAAA:").unwrap().remove(0);
        assert!(signature_base(&request, &unknown).is_err());
    }
}
