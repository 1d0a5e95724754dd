//! Translations and cultural adaptations of a material: the link to its original (here, or
//! this node's copy of one from another node), an original's list of translations (here, and
//! announced by other nodes), and making a translation: a remix into another language, so it
//! keeps the original's licence rules and attribution chain.

use serde::Deserialize;

use super::materials::{self, RemixInput};
use super::{Actor, App, AppConfig, AppError, AppResult};
use crate::domain::language::LanguageTag;
use crate::domain::validation::{FieldErrors, FieldProblem};
use crate::store::materials as store;
use crate::store::models::MaterialRow;
use crate::store::DbConnection;

/// A material in another language that a material translates, or that translates it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationRef {
    /// Its id here; empty for a translation held only on another node.
    pub id: String,
    /// Where it is read: this node's page, or its address on its own node.
    pub url: String,
    pub title: String,
    /// BCP 47.
    pub language: String,
    /// The host it lives on.
    pub node: String,
}

/// How far a chain of translations is followed (a translation of a translation of …).
const CHAIN_LIMIT: usize = 20;

fn unknown_original() -> AppError {
    let mut errors = FieldErrors::default();
    errors.add("translation_of", FieldProblem::UnknownValue);
    AppError::Validation(errors)
}

/// The row a form or the API names as the original: an id here, this node's URL of a material,
/// or the ActivityPub id of a copy this node holds. `Ok(None)` for an empty reference (no link);
/// a reference to nothing public, to itself, or to one of its own translations is refused.
pub(super) fn resolve(conn: &mut DbConnection, config: &AppConfig, own_id: Option<&str>, reference: &str) -> AppResult<Option<String>> {
    let reference = reference.trim();
    if reference.is_empty() {
        return Ok(None);
    }
    let local_prefix = format!("{}/materials/", config.public_url);
    let row = match reference.strip_prefix(&local_prefix) {
        Some(rest) => store::by_id(conn, rest.split(['?', '#', '/']).next().unwrap_or_default())?,
        None if reference.starts_with("http://") || reference.starts_with("https://") => store::by_ap_id(conn, reference)?,
        None => store::by_id(conn, reference)?,
    };
    let row = row.filter(|r| super::outbox::is_public(&r.status, r.hidden, r.deleted_at.is_some())).ok_or_else(unknown_original)?;
    // No loops: the original may not be this material, nor (through its own originals) one of
    // this material's translations.
    let mut next = Some(row.id.clone());
    for _ in 0..CHAIN_LIMIT {
        let Some(id) = next.take() else { break };
        if Some(id.as_str()) == own_id {
            return Err(unknown_original());
        }
        next = store::by_id(conn, &id)?.and_then(|r| r.translation_of_id);
    }
    Ok(Some(row.id))
}

/// Applies the `translation_of` of an input to a row about to be written; `true` if it changed.
pub(super) fn apply(conn: &mut DbConnection, config: &AppConfig, row: &mut MaterialRow, reference: Option<&str>) -> AppResult<bool> {
    let Some(reference) = reference else { return Ok(false) };
    let original = resolve(conn, config, Some(&row.id), reference)?;
    let changed = original != row.translation_of_id;
    row.translation_of_id = original;
    Ok(changed)
}

/// Links this node's copy `ap_id` of a material from another node to the original it names,
/// when that original is here (ours, or another copy); otherwise the copy stays unlinked.
pub(super) fn link_remote(conn: &mut DbConnection, config: &AppConfig, ap_id: &str, original: Option<&str>) -> AppResult<()> {
    let Some(mut row) = store::by_ap_id(conn, ap_id)? else { return Ok(()) };
    let original = match original {
        Some(url) => match resolve(conn, config, Some(&row.id), url) {
            Ok(found) => found,
            Err(AppError::Validation(_)) => None,
            Err(other) => return Err(other),
        },
        None => None,
    };
    if original != row.translation_of_id {
        row.translation_of_id = original;
        store::update(conn, &row)?;
        materials::changed(conn, config, &row.id)?;
    }
    Ok(())
}

fn reference(config: &AppConfig, row: &MaterialRow) -> TranslationRef {
    TranslationRef {
        id: row.id.clone(),
        url: config.material_url(&row.id),
        title: row.title.clone(),
        language: row.language.clone(),
        node: row.origin.clone().unwrap_or_else(|| materials::host_of(&config.public_url)),
    }
}

/// The original a material translates, when it is still public.
pub(super) fn original_of(conn: &mut DbConnection, config: &AppConfig, row: &MaterialRow) -> AppResult<Option<TranslationRef>> {
    let Some(id) = &row.translation_of_id else { return Ok(None) };
    let original = store::by_id(conn, id)?.filter(|r| super::outbox::is_public(&r.status, r.hidden, r.deleted_at.is_some()));
    Ok(original.map(|r| reference(config, &r)))
}

/// The public translations of a material: those here (and copies from elsewhere) that name it
/// as their original, and those other nodes announced.
pub(super) fn translations_of(conn: &mut DbConnection, config: &AppConfig, id: &str) -> AppResult<Vec<TranslationRef>> {
    let mut found: Vec<TranslationRef> = store::translations_of(conn, id)?.iter().map(|row| reference(config, row)).collect();
    for remote in super::federation::remote_remixes(conn, id)?.into_iter().filter(|r| r.translation) {
        if !found.iter().any(|t| t.url == remote.url) {
            found.push(TranslationRef { id: String::new(), url: remote.url, title: remote.title, language: remote.language, node: remote.node });
        }
    }
    found.sort_by(|a, b| a.language.cmp(&b.language).then_with(|| a.title.cmp(&b.title)));
    Ok(found)
}

/// What a translation starts from; the rest comes from the original.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct TranslateInput {
    /// The language it is translated into (BCP 47): required, and not the original's.
    #[schema(example = "de")]
    pub language: Option<String>,
    /// The title in that language; `Translation (de): <original title>` when absent.
    pub title: Option<String>,
    /// One of the licences the original allows for an adaptation; the original's when absent.
    #[schema(value_type = Option<crate::domain::license::License>)]
    pub license: Option<String>,
    /// `draft` when absent.
    #[schema(value_type = Option<crate::domain::vocab::Status>)]
    pub status: Option<String>,
    /// What was adapted beyond the words.
    pub adaptation_notes: Option<String>,
}

/// Makes a translation of material `id`: a remix (licence rules and attribution kept) in the
/// given language, linked to its original.
pub async fn translate(app: &App, actor: &Actor, id: &str, input: TranslateInput) -> AppResult<materials::Material> {
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let source = materials::load_visible(conn, Some(&actor), &id)?;
            let language = match input.language.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
                None => Err(FieldProblem::Required),
                Some(tag) => match LanguageTag::parse(tag) {
                    None => Err(FieldProblem::UnknownLanguage),
                    Some(tag) if tag.primary() == LanguageTag::parse(&source.language).map(|t| t.primary().to_owned()).unwrap_or_default() => {
                        Err(FieldProblem::Unchanged)
                    }
                    Some(tag) => Ok(tag),
                },
            };
            let language = language.map_err(|problem| {
                let mut errors = FieldErrors::default();
                errors.add("language", problem);
                AppError::Validation(errors)
            })?;
            let title = input.title.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| format!("({}) {}", language.as_str(), source.title));
            let remix = RemixInput { license: input.license.clone(), title: Some(title), status: input.status.clone() };
            let adaptation_notes = input.adaptation_notes.clone();
            let mut row = materials::remix_row(conn, &config, &actor, &source, &remix, |draft| {
                draft.language = Some(language.as_str().to_owned());
                draft.adaptation_notes = adaptation_notes;
            })?;
            row.translation_of_id = Some(source.id.clone());
            store::update(conn, &row)?;
            materials::changed(conn, &config, &row.id)?;
            materials::detail(conn, &config, &row)
        })
        .await
}

/// The work a material belongs to: the original at the top of its chain of translations.
fn work_of(conn: &mut DbConnection, row: &MaterialRow) -> AppResult<String> {
    let mut work = row.id.clone();
    let mut next = row.translation_of_id.clone();
    for _ in 0..CHAIN_LIMIT {
        let Some(id) = next.take() else { break };
        let Some(original) = store::by_id(conn, &id)?.filter(|r| super::outbox::is_public(&r.status, r.hidden, r.deleted_at.is_some())) else { break };
        work = original.id.clone();
        next = original.translation_of_id;
    }
    Ok(work)
}

/// Groups search hits (material ids, best first) by work: the first hit of each work stays,
/// later ones of the same work go, and each material that stays gets the work's other
/// languages (the original and its public translations). Returns the ids to keep, in order,
/// and the other languages of each.
pub async fn group(app: &App, hits: Vec<String>) -> AppResult<(Vec<String>, std::collections::HashMap<String, Vec<TranslationRef>>)> {
    let config = app.config.clone();
    app.db
        .read(move |conn| {
            let mut seen_works = Vec::new();
            let mut kept = Vec::new();
            let mut others = std::collections::HashMap::new();
            for id in hits {
                let Some(row) = store::by_id(conn, &id)? else {
                    kept.push(id);
                    continue;
                };
                let work = work_of(conn, &row)?;
                if seen_works.contains(&work) {
                    continue;
                }
                let mut members = Vec::new();
                if work != row.id {
                    if let Some(original) = store::by_id(conn, &work)? {
                        members.push(reference(&config, &original));
                    }
                }
                members.extend(translations_of(conn, &config, &work)?.into_iter().filter(|t| t.id != row.id));
                seen_works.push(work);
                others.insert(id.clone(), members);
                kept.push(id);
            }
            Ok((kept, others))
        })
        .await
}
