//! OAI-PMH: records kept in step with local public content (written in the change's own
//! transaction), and harvests answered a page at a time, each page one bounded index range by
//! `seq` (see `store::oai`). Tokens carry where a harvest stands, signed with the node's key.

use chrono::{NaiveDateTime, Timelike};

use super::outbox::is_public;
use super::resources::Reader;
use super::{new_secret, now, App, AppConfig, AppResult};
use crate::domain::ContentKind;
use crate::standards::oai_pmh::{self, Cursor, Envelope, Header, Identity, OaiError, Prefix, Record, Request, Resumption, Selection};
use crate::standards::{dublin_core, lom, Resource};
use crate::store::oai::{self as store, OaiRecordRow};
use crate::store::{case_studies, materials, settings, DbConnection};

/// Records per page: a page of `lom` is about a megabyte at most.
pub const PAGE_SIZE: i64 = 100;
const TOKEN_SECRET: &str = "oai_token_secret";

fn to_seconds(at: NaiveDateTime) -> NaiveDateTime {
    at.with_nanosecond(0).unwrap_or(at)
}

/// After local content changed (in its transaction): public content gets a new datestamp;
/// content that stopped being public becomes a tombstone; drafts and content that never was
/// public have no record at all. Collections and remote copies are not harvested here.
pub(crate) fn content_changed(conn: &mut DbConnection, kind: ContentKind, id: &str) -> AppResult<()> {
    let (public, sets) = match kind {
        ContentKind::Material => {
            let Some(row) = materials::by_id(conn, id)? else { return Ok(()) };
            if row.origin.is_some() {
                return Ok(());
            }
            let fields = super::materials::fields_of(&row)?;
            (is_public(&row.status, row.hidden, row.deleted_at.is_some()), oai_pmh::sets_of(kind, &fields.education_levels, &fields.subjects))
        }
        ContentKind::CaseStudy => {
            let Some(row) = case_studies::by_id(conn, id)? else { return Ok(()) };
            if row.origin.is_some() {
                return Ok(());
            }
            let fields = super::case_studies::fields_of(&row)?;
            (is_public(&row.status, row.hidden, row.deleted_at.is_some()), oai_pmh::sets_of(kind, &[fields.sector], &[]))
        }
        // Collections and help questions are no learning resources to harvest.
        ContentKind::Collection | ContentKind::Question => return Ok(()),
    };
    let known = store::by_content(conn, kind.as_str(), id)?;
    if !public && known.is_none_or(|r| r.deleted) {
        return Ok(());
    }
    put(conn, kind, id, !public, &sets, now())
}

/// Writes a record at the next `seq`, with a datestamp no earlier than the newest record's.
fn put(conn: &mut DbConnection, kind: ContentKind, id: &str, deleted: bool, sets: &[String], at: NaiveDateTime) -> AppResult<()> {
    store::lock_for_change(conn)?;
    let newest = store::newest(conn)?;
    let datestamp = to_seconds(newest.as_ref().map_or(at, |n| n.datestamp.max(at)));
    let seq = newest.map_or(1, |n| n.seq + 1);
    store::put(conn, &OaiRecordRow { kind: kind.as_str().to_owned(), content_id: id.to_owned(), seq, datestamp, deleted }, sets)?;
    Ok(())
}

/// At start-up, in one transaction: the key for resumption tokens, and records for public
/// content published before this node kept them (oldest change first). Returns how many.
pub fn prepare(conn: &mut DbConnection) -> AppResult<usize> {
    if settings::get(conn, TOKEN_SECRET)?.is_none() {
        settings::set(conn, TOKEN_SECRET, &new_secret())?;
    }
    let mut missing: Vec<(ContentKind, String, NaiveDateTime)> = Vec::new();
    for (kind, id) in store::public_without_record(conn)? {
        let changed_at = match ContentKind::parse(&kind) {
            Some(ContentKind::Material) => materials::by_id(conn, &id)?.map(|r| (ContentKind::Material, r.updated_at)),
            Some(ContentKind::CaseStudy) => case_studies::by_id(conn, &id)?.map(|r| (ContentKind::CaseStudy, r.updated_at)),
            _ => None,
        };
        if let Some((kind, at)) = changed_at {
            missing.push((kind, id, at));
        }
    }
    missing.sort_by_key(|(_, _, at)| *at);
    for (kind, id, _) in &missing {
        content_changed(conn, *kind, id)?;
    }
    // `content_changed` dates them now; that is when they became harvestable here.
    Ok(missing.len())
}

/// The answer to an OAI-PMH request (GET query or POST form): always a protocol document,
/// errors included; only a failure of the node itself is an `Err`.
pub async fn answer(app: &App, arguments: Vec<(String, String)>) -> AppResult<String> {
    let config = app.config.clone();
    app.db.read(move |conn| respond(conn, &config, &arguments)).await
}

fn respond(conn: &mut DbConnection, config: &AppConfig, arguments: &[(String, String)]) -> AppResult<String> {
    let base_url = format!("{}/oai", config.public_url);
    let at = to_seconds(now());
    let env = Envelope { base_url: &base_url, response_date: at, arguments: Some(arguments) };
    let outcome = match oai_pmh::parse(arguments) {
        Ok(request) => handle(conn, config, &env, request)?,
        Err(error) => Err(error),
    };
    Ok(match outcome {
        Ok(body) => body,
        Err(error) => {
            let env = Envelope { arguments: if error.voids_request() { None } else { Some(arguments) }, ..env };
            oai_pmh::error_response(&env, &[error])
        }
    })
}

fn handle(conn: &mut DbConnection, config: &AppConfig, env: &Envelope<'_>, request: Request) -> AppResult<Result<String, OaiError>> {
    let host = config.host();
    Ok(match request {
        Request::Identify => {
            let name = settings::get(conn, "node_name")?.unwrap_or_else(|| super::node::DEFAULT_NAME.to_owned());
            let description = settings::get(conn, "node_description")?.unwrap_or_else(|| super::node::DEFAULT_DESCRIPTION.to_owned());
            let earliest = store::oldest_datestamp(conn)?.unwrap_or(env.response_date);
            Ok(oai_pmh::identify(env, &Identity { name: &name, admin_emails: admin_emails(config), earliest, host: &host, description: &description }))
        }
        Request::ListMetadataFormats { identifier } => match identifier {
            Some(identifier) if find(conn, &host, &identifier)?.is_none() => Err(unknown_identifier()),
            _ => Ok(oai_pmh::metadata_formats(env)),
        },
        Request::ListSets => Ok(oai_pmh::list_sets(env)),
        Request::GetRecord { identifier, prefix } => match find(conn, &host, &identifier)? {
            None => Err(unknown_identifier()),
            Some(row) => {
                let record = records(conn, config, prefix, std::slice::from_ref(&row))?.pop();
                record.map(|r| oai_pmh::get_record(env, &r)).ok_or_else(unknown_identifier)
            }
        },
        Request::List { records: with_metadata, selection } => list(conn, config, env, with_metadata, selection)?,
    })
}

fn unknown_identifier() -> OaiError {
    OaiError::new("idDoesNotExist", "no record of this repository has that identifier")
}

fn no_records() -> OaiError {
    OaiError::new("noRecordsMatch", "no records match these arguments")
}

fn find(conn: &mut DbConnection, host: &str, identifier: &str) -> AppResult<Option<OaiRecordRow>> {
    let Some((kind, id)) = oai_pmh::parse_identifier(host, identifier) else { return Ok(None) };
    Ok(store::by_content(conn, kind.as_str(), &id)?)
}

/// Who to write to about the repository: the privacy contact if it is an address, else the
/// mail sender, else the domain's postmaster (which RFC 5321 says every mail domain has).
fn admin_emails(config: &AppConfig) -> Vec<String> {
    let address = |text: &str| -> Option<String> {
        let text = text.trim().trim_start_matches("mailto:");
        let inner = match (text.find('<'), text.rfind('>')) {
            (Some(open), Some(close)) if open < close => &text[open + 1..close],
            _ => text,
        };
        (inner.contains('@') && !inner.contains(char::is_whitespace)).then(|| inner.to_owned())
    };
    let found = config.privacy.contact.as_deref().and_then(address).or_else(|| config.mail.as_ref().and_then(|m| address(&m.from)));
    vec![found.unwrap_or_else(|| format!("postmaster@{}", config.host().split(':').next().unwrap_or_default()))]
}

fn list(conn: &mut DbConnection, config: &AppConfig, env: &Envelope<'_>, with_metadata: bool, selection: Selection) -> AppResult<Result<String, OaiError>> {
    let secret =
        settings::get(conn, TOKEN_SECRET)?.ok_or_else(|| super::AppError::Internal("OAI-PMH token key missing: start-up did not prepare it".into()))?;
    let now_unix = env.response_date.and_utc().timestamp();
    let cursor = match selection {
        Selection::Resume(token) => match oai_pmh::decode_token(&token, &secret, now_unix) {
            Ok(cursor) => cursor,
            Err(error) => return Ok(Err(error)),
        },
        Selection::Fresh { prefix, from, until, set } => {
            if set.as_ref().is_some_and(|s| !oai_pmh::all_sets().iter().any(|(spec, _)| spec == s)) {
                return Ok(Err(no_records()));
            }
            let after = match from {
                Some(from) => match store::first_seq_from(conn, from)? {
                    Some(first) => first - 1,
                    None => return Ok(Err(no_records())),
                },
                None => 0,
            };
            let until = match until {
                Some(until) => match store::last_seq_until(conn, until)? {
                    Some(last) => last,
                    None => return Ok(Err(no_records())),
                },
                None => i64::MAX,
            };
            Cursor { prefix, set, after, until, served: 0, issued: now_unix }
        }
    };
    let mut rows = store::page(conn, cursor.set.as_deref(), cursor.after, cursor.until, PAGE_SIZE + 1)?;
    if rows.is_empty() {
        // A resumed harvest finds nothing only when what was left moved past its `until`.
        return Ok(Err(no_records()));
    }
    let more = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let page = records(conn, config, cursor.prefix, &rows)?;
    let resumption = if more {
        let next = Cursor { after: rows.last().map_or(cursor.after, |r| r.seq), served: cursor.served + rows.len() as u64, ..cursor.clone() };
        let expires = chrono::DateTime::from_timestamp(cursor.issued + oai_pmh::TOKEN_LIFETIME_SECS, 0).map(|d| d.naive_utc()).unwrap_or(env.response_date);
        Some(Resumption { token: Some(oai_pmh::encode_token(&next, &secret)), expires, cursor: cursor.served })
    } else if cursor.served > 0 {
        Some(Resumption { token: None, expires: env.response_date, cursor: cursor.served })
    } else {
        None
    };
    Ok(Ok(oai_pmh::list(env, with_metadata, &page, resumption.as_ref())))
}

/// Headers and metadata for a page of records, content read in a few queries per kind.
fn records(conn: &mut DbConnection, config: &AppConfig, prefix: Prefix, rows: &[OaiRecordRow]) -> AppResult<Vec<Record>> {
    let host = config.host();
    let ids_of = |kind: ContentKind| -> Vec<&str> { rows.iter().filter(|r| r.kind == kind.as_str()).map(|r| r.content_id.as_str()).collect() };
    let material_ids = ids_of(ContentKind::Material);
    let case_study_ids = ids_of(ContentKind::CaseStudy);
    let mut sets: Vec<(ContentKind, String, String)> = Vec::new();
    for (kind, ids) in [(ContentKind::Material, &material_ids), (ContentKind::CaseStudy, &case_study_ids)] {
        sets.extend(store::sets_of_many(conn, kind.as_str(), ids)?.into_iter().map(|(id, spec)| (kind, id, spec)));
    }
    let live: Vec<&str> = rows.iter().filter(|r| !r.deleted).map(|r| r.content_id.as_str()).collect();
    let material_rows = materials::by_ids(conn, &live.iter().copied().filter(|id| material_ids.contains(id)).collect::<Vec<_>>())?;
    let case_study_rows = case_studies::by_ids(conn, &live.iter().copied().filter(|id| case_study_ids.contains(id)).collect::<Vec<_>>())?;
    let publisher = super::resources::publisher(conn, config)?;
    let vocabularies = super::resources::vocabularies_url(config);
    let mut reader = Reader::default();
    let mut page = Vec::with_capacity(rows.len());
    for row in rows {
        let Some(kind) = ContentKind::parse(&row.kind) else { continue };
        let resource: Option<Resource> = if row.deleted {
            None
        } else if kind == ContentKind::Material {
            match material_rows.iter().find(|m| m.id == row.content_id && is_public(&m.status, m.hidden, m.deleted_at.is_some())) {
                Some(m) => Some(reader.material(conn, config, &publisher, m)?),
                None => None,
            }
        } else {
            match case_study_rows.iter().find(|c| c.id == row.content_id && is_public(&c.status, c.hidden, c.deleted_at.is_some())) {
                Some(c) => Some(reader.case_study(conn, config, &publisher, c)?),
                None => None,
            }
        };
        let metadata = resource.as_ref().map(|r| match prefix {
            Prefix::Lom => lom::record(r, &vocabularies),
            Prefix::OaiDc => dublin_core::record(r),
        });
        page.push(Record {
            header: Header {
                identifier: oai_pmh::identifier(&host, kind, &row.content_id),
                datestamp: row.datestamp,
                sets: sets.iter().filter(|(k, id, _)| *k == kind && *id == row.content_id).map(|(_, _, spec)| spec.clone()).collect(),
                // Content that stopped being public between the record and this read is
                // shown as what it is about to become.
                deleted: metadata.is_none(),
            },
            metadata,
        });
    }
    Ok(page)
}
