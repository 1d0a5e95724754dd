//! OAI-PMH 2.0: requests parsed into verbs (or the protocol's errors), resumption tokens that
//! are signed and expire, record identifiers, the set hierarchy, and the response documents.
//! No IO: `app::oai` reads the records, `http::oai` answers.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::xml::Xml;
use super::{dublin_core, lom, utc_seconds};
use crate::domain::vocab::{EducationLevel, Subject};
use crate::domain::ContentKind;

const NAMESPACE: &str = "http://www.openarchives.org/OAI/2.0/";
const SCHEMA: &str = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";

/// How long a resumption token is honoured after it was issued.
pub const TOKEN_LIFETIME_SECS: i64 = 24 * 60 * 60;

/// The metadata formats this repository disseminates (every record in both).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefix {
    OaiDc,
    Lom,
}

impl Prefix {
    pub const ALL: [Prefix; 2] = [Prefix::OaiDc, Prefix::Lom];

    pub fn as_str(self) -> &'static str {
        match self {
            Prefix::OaiDc => "oai_dc",
            Prefix::Lom => "lom",
        }
    }

    pub fn parse(text: &str) -> Option<Prefix> {
        Prefix::ALL.into_iter().find(|p| p.as_str() == text)
    }

    fn schema_and_namespace(self) -> (&'static str, &'static str) {
        match self {
            Prefix::OaiDc => (dublin_core::SCHEMA, dublin_core::NAMESPACE),
            Prefix::Lom => (lom::SCHEMA, lom::NAMESPACE),
        }
    }
}

/// A protocol error: its code from the specification and a message for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OaiError {
    pub code: &'static str,
    pub message: String,
}

impl OaiError {
    pub fn new(code: &'static str, message: impl Into<String>) -> OaiError {
        OaiError { code, message: message.into() }
    }

    fn bad_argument(message: impl Into<String>) -> OaiError {
        OaiError::new("badArgument", message)
    }

    /// Errors after which the response's `request` element carries no arguments (they were
    /// not a valid request).
    pub fn voids_request(&self) -> bool {
        matches!(self.code, "badVerb" | "badArgument")
    }
}

/// What a harvester asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    Identify,
    ListMetadataFormats {
        identifier: Option<String>,
    },
    ListSets,
    GetRecord {
        identifier: String,
        prefix: Prefix,
    },
    /// `ListRecords` (`records`) or `ListIdentifiers`.
    List {
        records: bool,
        selection: Selection,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    Fresh { prefix: Prefix, from: Option<NaiveDateTime>, until: Option<NaiveDateTime>, set: Option<String> },
    Resume(String),
}

/// The request's arguments, checked: each at most once, only those its verb takes.
pub fn parse(pairs: &[(String, String)]) -> Result<Request, OaiError> {
    let mut seen: Vec<&str> = Vec::new();
    for (name, _) in pairs {
        if seen.contains(&name.as_str()) {
            return Err(if name == "verb" {
                OaiError::new("badVerb", "the verb is given more than once")
            } else {
                OaiError::bad_argument(format!("'{name}' is given more than once"))
            });
        }
        seen.push(name);
    }
    let get = |name: &str| pairs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
    let verb = get("verb").ok_or_else(|| OaiError::new("badVerb", "no verb given"))?;
    let allowed: &[&str] = match verb {
        "Identify" => &[],
        "ListMetadataFormats" => &["identifier"],
        "ListSets" => &["resumptionToken"],
        "GetRecord" => &["identifier", "metadataPrefix"],
        "ListRecords" | "ListIdentifiers" => &["metadataPrefix", "from", "until", "set", "resumptionToken"],
        other => return Err(OaiError::new("badVerb", format!("'{}' is not an OAI-PMH verb", other.chars().take(64).collect::<String>()))),
    };
    if let Some((name, _)) = pairs.iter().find(|(n, _)| n != "verb" && !allowed.contains(&n.as_str())) {
        return Err(OaiError::bad_argument(format!("{verb} does not take '{}'", name.chars().take(64).collect::<String>())));
    }
    let prefix = || -> Result<Prefix, OaiError> {
        let given = get("metadataPrefix").ok_or_else(|| OaiError::bad_argument("metadataPrefix is required"))?;
        Prefix::parse(given).ok_or_else(|| OaiError::new("cannotDisseminateFormat", "this repository offers the formats oai_dc and lom"))
    };
    match verb {
        "Identify" => Ok(Request::Identify),
        "ListMetadataFormats" => Ok(Request::ListMetadataFormats { identifier: get("identifier").map(str::to_owned) }),
        "ListSets" => match get("resumptionToken") {
            // Every set fits one response, so no token for ListSets was ever issued.
            Some(_) => Err(OaiError::new("badResumptionToken", "this repository lists its sets in one response and issues no tokens for them")),
            None => Ok(Request::ListSets),
        },
        "GetRecord" => {
            let identifier = get("identifier").ok_or_else(|| OaiError::bad_argument("identifier is required"))?.to_owned();
            Ok(Request::GetRecord { identifier, prefix: prefix()? })
        }
        _ => {
            let records = verb == "ListRecords";
            if let Some(token) = get("resumptionToken") {
                if pairs.len() > 2 {
                    return Err(OaiError::bad_argument("resumptionToken is an exclusive argument"));
                }
                return Ok(Request::List { records, selection: Selection::Resume(token.to_owned()) });
            }
            let from = get("from").map(|v| parse_datestamp(v, false)).transpose()?;
            let until = get("until").map(|v| parse_datestamp(v, true)).transpose()?;
            if let (Some((from, from_fine)), Some((until, until_fine))) = (from, until) {
                if from_fine != until_fine {
                    return Err(OaiError::bad_argument("from and until must have the same granularity"));
                }
                if from > until {
                    return Err(OaiError::bad_argument("from is later than until"));
                }
            }
            let set = get("set").map(str::to_owned);
            Ok(Request::List { records, selection: Selection::Fresh { prefix: prefix()?, from: from.map(|f| f.0), until: until.map(|u| u.0), set } })
        }
    }
}

/// `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`; a day as an upper bound means its last second.
/// Returns the moment and whether it was given at seconds granularity.
fn parse_datestamp(text: &str, upper: bool) -> Result<(NaiveDateTime, bool), OaiError> {
    let bad = || OaiError::bad_argument(format!("'{}' is not a UTC datestamp (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)", text.chars().take(64).collect::<String>()));
    if text.len() == 10 {
        let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| bad())?;
        let time = if upper { NaiveTime::from_hms_opt(23, 59, 59) } else { NaiveTime::from_hms_opt(0, 0, 0) };
        return Ok((day.and_time(time.ok_or_else(bad)?), false));
    }
    if text.len() == 20 && text.ends_with('Z') {
        return NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%SZ").map(|at| (at, true)).map_err(|_| bad());
    }
    Err(bad())
}

/// Where a harvest stands: what it selects and the last `seq` it has been given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub prefix: Prefix,
    pub set: Option<String>,
    /// Records with `seq` above this are still to come…
    pub after: i64,
    /// …up to this one (`until` of the first request, as a `seq`).
    pub until: i64,
    /// How many records the earlier pages held (the token's `cursor` attribute).
    pub served: u64,
    /// When the harvest's first token was issued (Unix seconds).
    pub issued: i64,
}

type HmacSha256 = Hmac<Sha256>;

fn token_mac(payload: &str, secret: &str) -> Result<HmacSha256, OaiError> {
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).map_err(|_| OaiError::new("badResumptionToken", "no key for tokens"))?;
    mac.update(payload.as_bytes());
    Ok(mac)
}

/// The token for the next page: the cursor, and a signature over it with the node's secret.
pub fn encode_token(cursor: &Cursor, secret: &str) -> String {
    use base64::Engine as _;
    let payload = format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        cursor.prefix.as_str(),
        cursor.set.as_deref().unwrap_or(""),
        cursor.after,
        cursor.until,
        cursor.served,
        cursor.issued
    );
    let encoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(payload.as_bytes());
    let signature = token_mac(&encoded, secret).map(|m| hex::encode(&m.finalize().into_bytes()[..16])).unwrap_or_default();
    format!("{encoded}.{signature}")
}

/// A token back into its cursor: refused when it was not issued here, was changed, or expired.
pub fn decode_token(token: &str, secret: &str, now_unix: i64) -> Result<Cursor, OaiError> {
    use base64::Engine as _;
    let forged = || OaiError::new("badResumptionToken", "this resumption token was not issued by this repository");
    let (encoded, signature) = token.rsplit_once('.').ok_or_else(forged)?;
    let signature = hex::decode(signature).map_err(|_| forged())?;
    token_mac(encoded, secret)?.verify_truncated_left(&signature).map_err(|_| forged())?;
    if signature.len() != 16 {
        return Err(forged());
    }
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(encoded).map_err(|_| forged())?;
    let payload = String::from_utf8(payload).map_err(|_| forged())?;
    let parts: Vec<&str> = payload.split('\n').collect();
    let [prefix, set, after, until, served, issued] = parts.as_slice() else { return Err(forged()) };
    let cursor = Cursor {
        prefix: Prefix::parse(prefix).ok_or_else(forged)?,
        set: (!set.is_empty()).then(|| (*set).to_owned()),
        after: after.parse().map_err(|_| forged())?,
        until: until.parse().map_err(|_| forged())?,
        served: served.parse().map_err(|_| forged())?,
        issued: issued.parse().map_err(|_| forged())?,
    };
    if now_unix - cursor.issued > TOKEN_LIFETIME_SECS {
        return Err(OaiError::new("badResumptionToken", "this resumption token has expired: start the harvest again"));
    }
    Ok(cursor)
}

/// `oai:<host>:materials/<id>`: the host without a port, as the oai-identifier scheme wants a
/// domain name there.
pub fn identifier(host: &str, kind: ContentKind, id: &str) -> String {
    format!("oai:{}:{}/{id}", host_name(host), kind.path_segment())
}

/// A record identifier of this repository back into content kind and id.
pub fn parse_identifier(host: &str, identifier: &str) -> Option<(ContentKind, String)> {
    let local = identifier.strip_prefix("oai:")?.strip_prefix(host_name(host))?.strip_prefix(':')?;
    let (segment, id) = local.split_once('/')?;
    let kind = [ContentKind::Material, ContentKind::CaseStudy].into_iter().find(|k| k.path_segment() == segment)?;
    (!id.is_empty() && !id.contains('/')).then(|| (kind, id.to_owned()))
}

fn host_name(host: &str) -> &str {
    host.rsplit_once(':').filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit())).map_or(host, |(name, _)| name)
}

/// The set hierarchy: kinds of content, education levels, subjects (`level:po` is in `level`).
pub fn all_sets() -> Vec<(String, String)> {
    let mut sets = vec![
        ("kind".to_owned(), "Soort inhoud / Kind of content".to_owned()),
        ("kind:material".to_owned(), "Lesmateriaal / Learning materials".to_owned()),
        ("kind:case-study".to_owned(), "Praktijkvoorbeelden / Case studies".to_owned()),
        ("level".to_owned(), "Onderwijsniveau / Education level".to_owned()),
    ];
    for level in EducationLevel::ALL {
        sets.push((format!("level:{level}"), format!("{} / {}", level.label("nl"), level.label("en"))));
    }
    sets.push(("subject".to_owned(), "Vak / Subject".to_owned()));
    for subject in Subject::ALL {
        sets.push((format!("subject:{subject}"), format!("{} / {}", subject.label("nl"), subject.label("en"))));
    }
    sets
}

/// The sets a record is in, parents included.
pub fn sets_of(kind: ContentKind, levels: &[EducationLevel], subjects: &[Subject]) -> Vec<String> {
    let mut sets = vec!["kind".to_owned(), format!("kind:{}", if kind == ContentKind::CaseStudy { "case-study" } else { "material" })];
    if !levels.is_empty() {
        sets.push("level".into());
        sets.extend(levels.iter().map(|l| format!("level:{l}")));
    }
    if !subjects.is_empty() {
        sets.push("subject".into());
        sets.extend(subjects.iter().map(|s| format!("subject:{s}")));
    }
    sets.sort();
    sets.dedup();
    sets
}

/// What every response starts with.
pub struct Envelope<'a> {
    pub base_url: &'a str,
    pub response_date: NaiveDateTime,
    /// The request's arguments, echoed; `None` after `badVerb` or `badArgument`.
    pub arguments: Option<&'a [(String, String)]>,
}

fn open(env: &Envelope<'_>) -> Xml {
    let mut xml = Xml::new();
    let schema_location = format!("{NAMESPACE} {SCHEMA}");
    xml.open("OAI-PMH", &[("xmlns", NAMESPACE), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"), ("xsi:schemaLocation", &schema_location)]);
    xml.leaf("responseDate", &[], &utc_seconds(env.response_date));
    let attributes: Vec<(&str, &str)> = env.arguments.unwrap_or_default().iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    xml.leaf("request", &attributes, env.base_url);
    xml
}

pub fn error_response(env: &Envelope<'_>, errors: &[OaiError]) -> String {
    let mut xml = open(env);
    for error in errors {
        xml.leaf("error", &[("code", error.code)], &error.message);
    }
    xml.finish()
}

/// What `Identify` tells about the repository.
pub struct Identity<'a> {
    pub name: &'a str,
    pub admin_emails: Vec<String>,
    pub earliest: NaiveDateTime,
    pub host: &'a str,
    pub description: &'a str,
}

pub fn identify(env: &Envelope<'_>, id: &Identity<'_>) -> String {
    let mut xml = open(env);
    xml.open("Identify", &[]);
    xml.leaf("repositoryName", &[], id.name).leaf("baseURL", &[], env.base_url).leaf("protocolVersion", &[], "2.0");
    for email in &id.admin_emails {
        xml.leaf("adminEmail", &[], email);
    }
    xml.leaf("earliestDatestamp", &[], &utc_seconds(id.earliest))
        .leaf("deletedRecord", &[], "persistent")
        .leaf("granularity", &[], "YYYY-MM-DDThh:mm:ssZ")
        .leaf("compression", &[], "gzip")
        .leaf("compression", &[], "deflate");
    xml.open("description", &[]);
    xml.open(
        "oai-identifier",
        &[
            ("xmlns", "http://www.openarchives.org/OAI/2.0/oai-identifier"),
            ("xsi:schemaLocation", "http://www.openarchives.org/OAI/2.0/oai-identifier http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"),
        ],
    );
    let example = identifier(id.host, ContentKind::Material, "abcdefghijkl");
    xml.leaf("scheme", &[], "oai").leaf("repositoryIdentifier", &[], host_name(id.host)).leaf("delimiter", &[], ":").leaf("sampleIdentifier", &[], &example);
    xml.close().close();
    if !id.description.is_empty() {
        xml.open("description", &[]);
        xml.open(
            "oai_dc:dc",
            &[
                ("xmlns:oai_dc", dublin_core::NAMESPACE),
                ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
                ("xsi:schemaLocation", &format!("{} {}", dublin_core::NAMESPACE, dublin_core::SCHEMA)),
            ],
        );
        xml.leaf("dc:description", &[], id.description);
        xml.close().close();
    }
    xml.finish()
}

pub fn metadata_formats(env: &Envelope<'_>) -> String {
    let mut xml = open(env);
    xml.open("ListMetadataFormats", &[]);
    for prefix in Prefix::ALL {
        let (schema, namespace) = prefix.schema_and_namespace();
        xml.open("metadataFormat", &[])
            .leaf("metadataPrefix", &[], prefix.as_str())
            .leaf("schema", &[], schema)
            .leaf("metadataNamespace", &[], namespace)
            .close();
    }
    xml.finish()
}

pub fn list_sets(env: &Envelope<'_>) -> String {
    let mut xml = open(env);
    xml.open("ListSets", &[]);
    for (spec, name) in all_sets() {
        xml.open("set", &[]).leaf("setSpec", &[], &spec).leaf("setName", &[], &name).close();
    }
    xml.finish()
}

/// A record's header.
pub struct Header {
    pub identifier: String,
    pub datestamp: NaiveDateTime,
    pub sets: Vec<String>,
    pub deleted: bool,
}

/// A record: its header and, unless it is deleted, its metadata in the format asked for.
pub struct Record {
    pub header: Header,
    pub metadata: Option<String>,
}

/// The resumption token element of a page.
pub struct Resumption {
    /// `None` on the last page of a harvest that took several.
    pub token: Option<String>,
    pub expires: NaiveDateTime,
    pub cursor: u64,
}

fn header(xml: &mut Xml, h: &Header) {
    if h.deleted {
        xml.open("header", &[("status", "deleted")]);
    } else {
        xml.open("header", &[]);
    }
    xml.leaf("identifier", &[], &h.identifier).leaf("datestamp", &[], &utc_seconds(h.datestamp));
    for set in &h.sets {
        xml.leaf("setSpec", &[], set);
    }
    xml.close();
}

fn record(xml: &mut Xml, r: &Record) {
    xml.open("record", &[]);
    header(xml, &r.header);
    if let Some(metadata) = &r.metadata {
        xml.open("metadata", &[]).raw(metadata).close();
    }
    xml.close();
}

/// `GetRecord`'s response.
pub fn get_record(env: &Envelope<'_>, r: &Record) -> String {
    let mut xml = open(env);
    xml.open("GetRecord", &[]);
    record(&mut xml, r);
    xml.finish()
}

/// A page of `ListRecords` (`records`) or `ListIdentifiers`.
pub fn list(env: &Envelope<'_>, records: bool, page: &[Record], resumption: Option<&Resumption>) -> String {
    let mut xml = open(env);
    xml.open(if records { "ListRecords" } else { "ListIdentifiers" }, &[]);
    for r in page {
        if records {
            record(&mut xml, r);
        } else {
            header(&mut xml, &r.header);
        }
    }
    if let Some(resumption) = resumption {
        let cursor = resumption.cursor.to_string();
        let expires = utc_seconds(resumption.expires);
        match &resumption.token {
            Some(token) => xml.leaf("resumptionToken", &[("expirationDate", &expires), ("cursor", &cursor)], token),
            None => xml.leaf("resumptionToken", &[("cursor", &cursor)], ""),
        };
    }
    xml.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect()
    }

    fn code(list: &[(&str, &str)]) -> &'static str {
        parse(&pairs(list)).map(|_| "ok").unwrap_or_else(|e| e.code)
    }

    #[test]
    fn arguments_are_checked_as_the_protocol_says() {
        assert_eq!(code(&[]), "badVerb");
        assert_eq!(code(&[("verb", "Dance")]), "badVerb");
        assert_eq!(code(&[("verb", "Identify"), ("verb", "Identify")]), "badVerb");
        assert_eq!(code(&[("verb", "Identify"), ("set", "x")]), "badArgument");
        assert_eq!(code(&[("verb", "ListRecords")]), "badArgument");
        assert_eq!(code(&[("verb", "ListRecords"), ("metadataPrefix", "marc")]), "cannotDisseminateFormat");
        assert_eq!(code(&[("verb", "ListRecords"), ("metadataPrefix", "lom"), ("metadataPrefix", "lom")]), "badArgument");
        assert_eq!(code(&[("verb", "ListRecords"), ("metadataPrefix", "lom"), ("from", "2026-13-01")]), "badArgument");
        assert_eq!(code(&[("verb", "ListRecords"), ("metadataPrefix", "lom"), ("from", "2026-12-01T10:00:00")]), "badArgument");
        assert_eq!(code(&[("verb", "ListRecords"), ("metadataPrefix", "lom"), ("from", "2026-12-01"), ("until", "2026-12-02T00:00:00Z")]), "badArgument");
        assert_eq!(code(&[("verb", "ListRecords"), ("metadataPrefix", "lom"), ("from", "2026-12-02"), ("until", "2026-12-01")]), "badArgument");
        assert_eq!(code(&[("verb", "ListRecords"), ("resumptionToken", "x"), ("metadataPrefix", "lom")]), "badArgument");
        assert_eq!(code(&[("verb", "ListSets"), ("resumptionToken", "x")]), "badResumptionToken");
        assert_eq!(code(&[("verb", "GetRecord"), ("metadataPrefix", "lom")]), "badArgument");
        assert_eq!(code(&[("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), ("from", "2026-12-01"), ("until", "2026-12-01")]), "ok");
    }

    #[test]
    fn a_day_as_upper_bound_means_its_last_second() {
        let Ok(Request::List { selection: Selection::Fresh { from, until, .. }, .. }) =
            parse(&pairs(&[("verb", "ListRecords"), ("metadataPrefix", "lom"), ("from", "2026-12-01"), ("until", "2026-12-01")]))
        else {
            panic!("a valid request")
        };
        assert_eq!(from.map(utc_seconds).as_deref(), Some("2026-12-01T00:00:00Z"));
        assert_eq!(until.map(utc_seconds).as_deref(), Some("2026-12-01T23:59:59Z"));
    }

    #[test]
    fn tokens_round_trip_and_refuse_changes_other_keys_and_age() {
        let cursor = Cursor { prefix: Prefix::Lom, set: Some("level:po".into()), after: 41, until: i64::MAX, served: 100, issued: 1_000 };
        let token = encode_token(&cursor, "geheim");
        assert_eq!(decode_token(&token, "geheim", 1_000 + 60), Ok(cursor.clone()));
        assert_eq!(decode_token(&token, "ander", 1_060).map_err(|e| e.code), Err("badResumptionToken"));
        assert!(decode_token(&token, "geheim", 1_000 + TOKEN_LIFETIME_SECS + 1).is_err_and(|e| e.message.contains("expired")));
        let tampered = encode_token(&Cursor { after: 0, ..cursor }, "geheim");
        let (_, good_signature) = token.rsplit_once('.').expect("signed");
        let (forged_payload, _) = tampered.rsplit_once('.').expect("signed");
        assert!(decode_token(&format!("{forged_payload}.{good_signature}"), "geheim", 1_060).is_err());
        for junk in ["", ".", "abc", "abc.zz", "a.b.c", &format!("{token}0")] {
            assert_eq!(decode_token(junk, "geheim", 1_060).map_err(|e| e.code), Err("badResumptionToken"), "{junk}");
        }
    }

    #[test]
    fn identifiers_name_the_host_without_port() {
        let id = identifier("localhost:8080", ContentKind::CaseStudy, "abc");
        assert_eq!(id, "oai:localhost:case-studies/abc");
        assert_eq!(parse_identifier("localhost:8080", &id), Some((ContentKind::CaseStudy, "abc".into())));
        assert_eq!(parse_identifier("localhost:8080", "oai:elders.nl:materials/abc"), None);
        assert_eq!(parse_identifier("localhost:8080", "oai:localhost:collections/abc"), None);
        assert_eq!(parse_identifier("localhost:8080", "oai:localhost:materials/"), None);
    }

    #[test]
    fn records_are_in_their_sets_and_the_parents_of_those() {
        let sets = sets_of(ContentKind::Material, &[EducationLevel::Po], &[Subject::Engels]);
        assert_eq!(sets, ["kind", "kind:material", "level", "level:po", "subject", "subject:engels"]);
        let all: Vec<String> = all_sets().into_iter().map(|(spec, _)| spec).collect();
        assert!(sets.iter().all(|s| all.contains(s)));
        let spec_chars = |s: &str| s.chars().all(|c| c.is_ascii_alphanumeric() || "-_.!~*'():".contains(c));
        assert!(all.iter().all(|s| spec_chars(s)), "set specs use the characters OAI-PMH allows");
    }
}
