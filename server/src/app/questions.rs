//! Help questions (hulpvragen): asking, editing and closing; answers from this node, other
//! Deelwijs nodes and any ActivityPub software; the helpful answer. A question federates like
//! a case study (its `Article` carries its answers, so followers' copies show them); an answer
//! written here to a question from another node goes to its asker as a `Note` replying to it.
//! Invitations are in `app/invitations.rs`, matchmaking in `app/matchmaking.rs`.

use chrono::NaiveDateTime;

use super::federation::ensure_user_actor;
use super::materials::Owner;
use super::{new_id, now, Actor, App, AppConfig, AppError, AppResult, Paged};
use crate::activitypub::objects::timestamp;
use crate::activitypub::question::{answer_note, AnswerNote, ListedAnswer};
use crate::activitypub::{activities, host_of as url_host};
use crate::app::outbox::enqueue;
use crate::domain::authz::Action;
use crate::domain::markdown;
use crate::domain::question::{QuestionFields, QuestionInput, MAX_ANSWER};
use crate::domain::validation::{self, FieldErrors};
use crate::domain::vocab::QuestionState;
use crate::domain::ContentKind;
use crate::store::models::{ActorRow, AnswerRow, QuestionRow};
use crate::store::{federation as fed_store, json_list, parse_json_list, questions as store, queue, users, DbConnection, Page};

/// A question as pages and the API show it.
#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub url: String,
    pub owner: Owner,
    pub fields: QuestionFields,
    pub situation_html: String,
    pub hidden: bool,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The host of the node it came from (`None`: asked here), and its URL there.
    pub origin: Option<String>,
    pub original_url: Option<String>,
    pub answers: Vec<Answer>,
    /// Whether the viewer asked it (and may mark an answer, invite, edit or close it).
    pub mine: bool,
}

/// An answer as pages and the API show it.
#[derive(Debug, Clone)]
pub struct Answer {
    pub id: String,
    /// Its ActivityPub id: here (`/answers/{id}`) or where it was written.
    pub url: String,
    pub author: String,
    pub author_url: String,
    /// The author's node; empty for an answer written here.
    pub node: String,
    pub html: String,
    pub created_at: NaiveDateTime,
    pub helpful: bool,
    pub mine: bool,
}

pub(crate) fn fields_of(row: &QuestionRow) -> AppResult<QuestionFields> {
    let input = QuestionInput {
        title: Some(row.title.clone()),
        situation: Some(row.situation.clone()),
        help_type: Some(row.help_type.clone()),
        themes: Some(parse_json_list(&row.themes)),
        education_level: Some(row.education_level.clone()),
        languages: Some(parse_json_list(&row.languages)),
        country: Some(row.country.clone()),
        deadline: row.deadline.clone(),
        state: Some(row.state.clone()),
        language: Some(row.language.clone()),
    };
    QuestionFields::parse(&input).map_err(|e| AppError::Internal(format!("stored question {} does not validate: {e:?}", row.id)))
}

fn apply(row: &mut QuestionRow, fields: &QuestionFields, own_origin: &str) {
    row.title = fields.title.clone();
    row.situation = fields.situation.clone();
    row.situation_html = markdown::to_safe_html(&fields.situation, own_origin);
    row.help_type = fields.help_type.as_str().to_owned();
    row.themes = json_list(&fields.themes.iter().map(|t| t.as_str()).collect::<Vec<_>>());
    row.education_level = fields.education_level.as_str().to_owned();
    row.languages = json_list(&fields.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>());
    row.country = fields.country.clone();
    row.deadline = fields.deadline.map(|d| d.format("%Y-%m-%d").to_string());
    row.state = fields.state.as_str().to_owned();
    row.language = fields.language.as_str().to_owned();
}

fn new_row(owner_id: &str, at: NaiveDateTime) -> QuestionRow {
    QuestionRow {
        id: new_id(),
        owner_id: owner_id.to_owned(),
        title: String::new(),
        situation: String::new(),
        situation_html: String::new(),
        help_type: String::new(),
        themes: String::new(),
        education_level: String::new(),
        languages: String::new(),
        country: String::new(),
        deadline: None,
        state: String::new(),
        helpful_answer: None,
        language: String::new(),
        hidden: false,
        origin: None,
        ap_id: None,
        created_at: at,
        updated_at: at,
        deleted_at: None,
    }
}

/// The question's id for ActivityPub: ours, or its origin's.
pub(crate) fn ap_id_of(config: &AppConfig, row: &QuestionRow) -> String {
    row.ap_id.clone().unwrap_or_else(|| config.question_url(&row.id))
}

/// Whether `viewer` may see it: hidden ones only its asker and moderators.
fn visible(viewer: Option<&Actor>, row: &QuestionRow) -> bool {
    row.deleted_at.is_none() && (!row.hidden || viewer.is_some_and(|v| v.id == row.owner_id || v.require(Action::Hide, &row.owner_id).is_ok()))
}

fn load_visible(conn: &mut DbConnection, viewer: Option<&Actor>, id: &str) -> AppResult<QuestionRow> {
    store::by_id(conn, id)?.filter(|row| visible(viewer, row)).ok_or(AppError::NotFound)
}

/// A question its asker (or, for `Delete`/`Hide`, a moderator) may change; one from another
/// node is changed there.
fn load_for(conn: &mut DbConnection, actor: &Actor, id: &str, action: Action) -> AppResult<QuestionRow> {
    let row = load_visible(conn, Some(actor), id)?;
    actor.require(action, &row.owner_id)?;
    if let (Action::Edit, Some(origin)) = (action, &row.origin) {
        return Err(AppError::bad_request("remote_content", format!("This question lives on {origin} and is changed there.")));
    }
    Ok(row)
}

pub(crate) fn build(conn: &mut DbConnection, config: &AppConfig, row: &QuestionRow, viewer: Option<&Actor>) -> AppResult<Question> {
    let owner = users::by_id(conn, &row.owner_id)?.ok_or_else(|| AppError::Internal(format!("owner {} missing", row.owner_id)))?;
    let me = match viewer {
        Some(v) => fed_store::local_actor_of_user(conn, &v.id)?.map(|a| a.id),
        None => None,
    };
    let answers = store::answers(conn, &row.id)?
        .into_iter()
        .map(|a| Answer {
            helpful: row.helpful_answer.as_deref() == Some(a.ap_id.as_str()),
            mine: me.is_some() && a.actor_id == me,
            id: a.id,
            url: a.ap_id,
            author: a.author_name,
            author_url: a.author_url,
            node: a.node,
            html: a.body_html,
            created_at: a.created_at,
        })
        .collect();
    Ok(Question {
        id: row.id.clone(),
        url: config.question_url(&row.id),
        owner: Owner { id: owner.id, username: owner.username, display_name: owner.display_name },
        fields: fields_of(row)?,
        situation_html: row.situation_html.clone(),
        hidden: row.hidden,
        created_at: row.created_at,
        updated_at: row.updated_at,
        origin: row.origin.clone(),
        original_url: row.origin.as_ref().and(row.ap_id.clone()),
        answers,
        mine: viewer.is_some_and(|v| v.id == row.owner_id),
    })
}

/// Queues a changed question for the index and tells followers (same transaction).
pub(crate) fn changed(conn: &mut DbConnection, config: &AppConfig, id: &str) -> AppResult<()> {
    queue::enqueue_index(conn, ContentKind::Question, id)?;
    super::outbox::content_changed(conn, config, ContentKind::Question, id)?;
    Ok(())
}

pub async fn create(app: &App, actor: &Actor, input: QuestionInput) -> AppResult<Question> {
    actor.require(Action::Create, &actor.id)?;
    let fields = QuestionFields::parse(&input)?;
    let (actor, config) = (actor.clone(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = new_row(&actor.id, now());
            apply(&mut row, &fields, &config.public_url);
            store::insert(conn, &row)?;
            changed(conn, &config, &row.id)?;
            build(conn, &config, &row, Some(&actor))
        })
        .await
}

pub async fn get(app: &App, viewer: Option<&Actor>, id: &str) -> AppResult<Question> {
    let (viewer, id, config) = (viewer.cloned(), id.to_owned(), app.config.clone());
    app.db
        .read(move |conn| {
            let row = load_visible(conn, viewer.as_ref(), &id)?;
            build(conn, &config, &row, viewer.as_ref())
        })
        .await
}

/// Questions here and from followed nodes, newest first, or one asker's.
pub async fn list(app: &App, owner_id: Option<&str>, page: Page) -> AppResult<Paged<Question>> {
    let (config, owner_id) = (app.config.clone(), owner_id.map(str::to_owned));
    app.db
        .read(move |conn| {
            let (rows, total) = store::list(conn, owner_id.as_deref(), false, page)?;
            let items = rows.iter().map(|row| build(conn, &config, row, None)).collect::<AppResult<Vec<_>>>()?;
            Ok(Paged { total, items, page })
        })
        .await
}

/// Changes a question (PATCH semantics); its asker's. Closing or reopening is a change of `state`.
pub async fn update(app: &App, actor: &Actor, id: &str, patch: QuestionInput) -> AppResult<Question> {
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Edit)?;
            let current = fields_of(&row)?;
            let fields = QuestionFields::parse(&current.to_input().merge(patch))?;
            if fields != current {
                apply(&mut row, &fields, &config.public_url);
                row.updated_at = now();
                store::update(conn, &row)?;
                changed(conn, &config, &row.id)?;
            }
            build(conn, &config, &row, Some(&actor))
        })
        .await
}

pub async fn delete(app: &App, actor: &Actor, id: &str) -> AppResult<()> {
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Delete)?;
            row.deleted_at = Some(now());
            row.hidden |= row.origin.is_some();
            store::update(conn, &row)?;
            changed(conn, &config, &row.id)
        })
        .await
}

pub async fn set_hidden(app: &App, actor: &Actor, id: &str, hidden: bool) -> AppResult<Question> {
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Hide)?;
            row.hidden = hidden;
            store::update(conn, &row)?;
            changed(conn, &config, &row.id)?;
            build(conn, &config, &row, Some(&actor))
        })
        .await
}

fn parse_answer_text(text: &str) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::default();
    let text = validation::required_text(&mut errors, "text", Some(text), MAX_ANSWER);
    errors.into_result(text)
}

/// The signed-in account answers a question (here, or a copy of one from another node, whose
/// asker's server then hears as a `Note` replying to it).
pub async fn answer(app: &App, who: &Actor, question_id: &str, text: &str) -> AppResult<Question> {
    let text = parse_answer_text(text)?;
    let me = ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let (config, id, who_c) = (app.config.clone(), question_id.to_owned(), who.clone());
    app.db
        .write(move |conn| {
            let row = load_visible(conn, Some(&who_c), &id)?;
            if row.state == QuestionState::Closed.as_str() {
                return Err(AppError::bad_request("question_closed", "This question is closed: it takes no more answers."));
            }
            let at = now();
            let answer_id = new_id();
            let answer = AnswerRow {
                ap_id: format!("{}/answers/{answer_id}", config.public_url),
                id: answer_id,
                question_id: row.id.clone(),
                actor_id: Some(me.id.clone()),
                author_name: if who_c.display_name.is_empty() { who_c.username.clone() } else { who_c.display_name.clone() },
                author_url: config.user_url(&who_c.username),
                node: String::new(),
                body_html: markdown::to_safe_html(&text, &config.public_url),
                created_at: at,
                updated_at: at,
            };
            store::put_answer(conn, &answer)?;
            match &row.origin {
                // Ours: followers' copies get the question again, with the answer listed.
                None => {
                    notify_asker(conn, &config, &row, &answer)?;
                    changed(conn, &config, &row.id)?;
                }
                Some(_) => tell_asker(conn, &config, &row, &me, &answer, "Create")?,
            }
            build(conn, &config, &row, Some(&who_c))
        })
        .await
}

/// Withdraws one's own answer.
pub async fn withdraw_answer(app: &App, who: &Actor, question_id: &str, answer_id: &str) -> AppResult<Question> {
    let me = ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let (config, id, answer_id, who_c) = (app.config.clone(), question_id.to_owned(), answer_id.to_owned(), who.clone());
    app.db
        .write(move |conn| {
            let mut row = load_visible(conn, Some(&who_c), &id)?;
            let answer = store::answer_by_id(conn, &answer_id)?.filter(|a| a.question_id == row.id).ok_or(AppError::NotFound)?;
            if answer.actor_id.as_deref() != Some(me.id.as_str()) {
                return Err(AppError::Forbidden);
            }
            store::delete_answer(conn, &answer.id)?;
            match &row.origin {
                None => {
                    if row.helpful_answer.as_deref() == Some(answer.ap_id.as_str()) {
                        row.helpful_answer = None;
                        store::update(conn, &row)?;
                    }
                    changed(conn, &config, &row.id)?;
                }
                Some(_) => tell_asker(conn, &config, &row, &me, &answer, "Delete")?,
            }
            build(conn, &config, &row, Some(&who_c))
        })
        .await
}

/// The asker marks an answer as the helpful one (or, with `None`, none): the question is then
/// answered (or open again).
pub async fn mark_helpful(app: &App, who: &Actor, question_id: &str, answer_id: Option<&str>) -> AppResult<Question> {
    let (config, id, answer_id, who_c) = (app.config.clone(), question_id.to_owned(), answer_id.map(str::to_owned), who.clone());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &who_c, &id, Action::Edit)?;
            if row.owner_id != who_c.id {
                return Err(AppError::Forbidden);
            }
            match &answer_id {
                Some(answer_id) => {
                    let answer = store::answer_by_id(conn, answer_id)?.filter(|a| a.question_id == row.id).ok_or(AppError::NotFound)?;
                    row.helpful_answer = Some(answer.ap_id);
                    row.state = QuestionState::Answered.as_str().to_owned();
                }
                None => {
                    row.helpful_answer = None;
                    if row.state == QuestionState::Answered.as_str() {
                        row.state = QuestionState::Open.as_str().to_owned();
                    }
                }
            }
            row.updated_at = now();
            store::update(conn, &row)?;
            changed(conn, &config, &row.id)?;
            build(conn, &config, &row, Some(&who_c))
        })
        .await
}

/// An answer written here to another node's question goes to its asker, whose server lists it.
fn tell_asker(conn: &mut DbConnection, config: &AppConfig, row: &QuestionRow, me: &ActorRow, answer: &AnswerRow, kind: &str) -> AppResult<()> {
    let Some(asker) = fed_store::remote_actor_of_user(conn, &row.owner_id)? else { return Ok(()) };
    let question = ap_id_of(config, row);
    let object = if kind == "Delete" {
        serde_json::json!({ "type": "Tombstone", "id": answer.ap_id })
    } else {
        answer_note(&answer.ap_id, &me.ap_id, &question, &asker.ap_id, &answer.body_html, &timestamp(answer.created_at))
    };
    let activity = activities::about_object(kind, &activities::new_activity_id(&config.public_url, kind), &me.ap_id, &asker.ap_id, object, &timestamp(now()));
    enqueue(conn, config, &activity, &me.ap_id, vec![asker.inbox.clone()])
}

/// The asker of a question here hears of a new answer.
fn notify_asker(conn: &mut DbConnection, config: &AppConfig, row: &QuestionRow, answer: &AnswerRow) -> AppResult<()> {
    let event = super::notifications::Event {
        user_id: &row.owner_id,
        kind: crate::domain::notification::NotificationKind::Answered,
        subject_url: config.question_url(&row.id),
        subject_title: row.title.clone(),
        detail: answer.author_name.clone(),
    };
    super::notifications::notify(conn, config.mail.is_some(), event)
}

/// One of this node's answers, as `/answers/{id}` serves it: the `Note`, and the page of the
/// question it answers.
pub async fn answer_object(app: &App, id: &str) -> AppResult<(serde_json::Value, String)> {
    let (config, id) = (app.config.clone(), id.to_owned());
    app.db
        .read(move |conn| {
            let answer = store::answer_by_ap_id(conn, &format!("{}/answers/{id}", config.public_url))?.ok_or(AppError::NotFound)?;
            let author = fed_store::actor_by_id(conn, answer.actor_id.as_deref().unwrap_or_default())?.filter(|a| a.local).ok_or(AppError::NotFound)?;
            let row = load_visible(conn, None, &answer.question_id)?;
            let asker = match fed_store::remote_actor_of_user(conn, &row.owner_id)? {
                Some(asker) => asker.ap_id,
                None => users::by_id(conn, &row.owner_id)?.map(|u| config.user_url(&u.username)).unwrap_or_default(),
            };
            let note = answer_note(&answer.ap_id, &author.ap_id, &ap_id_of(&config, &row), &asker, &answer.body_html, &timestamp(answer.created_at));
            Ok((crate::activitypub::context::with_context(note), format!("{}#answer-{}", config.question_url(&row.id), answer.id)))
        })
        .await
}

/// An answer from elsewhere to a question here (a `Note` replying to it or linking it): kept,
/// or replaced by its author's newer version; the asker hears and followers get the question
/// with it. Answers to questions not here, or deleted, are recorded as seen and ignored.
pub async fn receive_answer(app: &App, activity_id: Option<&str>, author: ActorRow, note: AnswerNote) -> AppResult<()> {
    let (config, activity_id) = (app.config.clone(), activity_id.map(str::to_owned));
    app.db
        .write(move |conn| {
            if let Some(id) = &activity_id {
                if !fed_store::mark_seen(conn, id, now())? {
                    return Ok(());
                }
            }
            let Some(row) = store::by_id(conn, &note.question_id)?.filter(|q| q.origin.is_none() && q.deleted_at.is_none() && !q.hidden) else {
                return Ok(());
            };
            let earlier = store::answer_by_ap_id(conn, note.id.as_str())?;
            // A note id is its author's: no one else can take it over.
            if earlier.as_ref().is_some_and(|a| a.actor_id.as_deref() != Some(author.id.as_str())) {
                return Ok(());
            }
            let at = now();
            let answer = AnswerRow {
                id: earlier.as_ref().map_or_else(new_id, |a| a.id.clone()),
                question_id: row.id.clone(),
                ap_id: note.id.to_string(),
                actor_id: Some(author.id.clone()),
                author_name: author.label(),
                author_url: author.ap_id.clone(),
                node: author.host.clone(),
                body_html: note.html,
                created_at: earlier.as_ref().map_or(at, |a| a.created_at),
                updated_at: at,
            };
            store::put_answer(conn, &answer)?;
            if earlier.is_none() {
                notify_asker(conn, &config, &row, &answer)?;
            }
            changed(conn, &config, &row.id)
        })
        .await
}

/// An answer's author deleted it (inside the inbox's `Delete` transaction).
pub(crate) fn receive_delete(conn: &mut DbConnection, config: &AppConfig, object_id: &str, origin: &str) -> AppResult<()> {
    let Some(answer) = store::answer_by_ap_id(conn, object_id)?.filter(|a| a.node == origin && a.actor_id.is_some()) else { return Ok(()) };
    store::delete_answer(conn, &answer.id)?;
    if let Some(mut row) = store::by_id(conn, &answer.question_id)?.filter(|q| q.origin.is_none()) {
        if row.helpful_answer.as_deref() == Some(object_id) {
            row.helpful_answer = None;
            store::update(conn, &row)?;
        }
        changed(conn, config, &row.id)?;
    }
    Ok(())
}

/// Stores a question from another node (new, or newer), with the answers its origin lists;
/// answers written here stay until the origin lists them itself.
pub(crate) fn upsert_remote(
    conn: &mut DbConnection,
    config: &AppConfig,
    owner_id: &str,
    fields: &QuestionFields,
    remote: (&str, &str),
    answers: &[ListedAnswer],
    helpful: Option<&str>,
) -> AppResult<()> {
    let (mut row, is_new) = match store::by_ap_id(conn, remote.0)? {
        None => {
            let mut row = new_row(owner_id, now());
            row.ap_id = Some(remote.0.to_owned());
            row.origin = Some(remote.1.to_owned());
            (row, true)
        }
        Some(mut row) => {
            row.deleted_at = None;
            (row, false)
        }
    };
    apply(&mut row, fields, &config.public_url);
    row.helpful_answer = helpful.filter(|h| answers.iter().any(|a| a.id == *h)).map(str::to_owned);
    row.updated_at = now();
    if is_new {
        store::insert(conn, &row)?;
    } else {
        store::update(conn, &row)?;
    }
    let held = store::answers(conn, &row.id)?;
    for old in held.iter().filter(|a| a.actor_id.is_none() || answers.iter().any(|l| l.id == a.ap_id)) {
        store::delete_answer(conn, &old.id)?;
    }
    for listed in answers {
        // An answer written here keeps its author, who may still withdraw it.
        let ours = held.iter().find(|a| a.ap_id == listed.id && a.actor_id.is_some());
        let at = chrono::DateTime::parse_from_rfc3339(&listed.published).map(|d| d.naive_utc()).unwrap_or_else(|_| now());
        store::put_answer(
            conn,
            &AnswerRow {
                id: new_id(),
                question_id: row.id.clone(),
                ap_id: listed.id.clone(),
                actor_id: ours.and_then(|a| a.actor_id.clone()),
                author_name: listed.author_name.clone(),
                author_url: listed.author_url.clone(),
                node: match ours {
                    Some(a) => a.node.clone(),
                    None => url::Url::parse(&listed.author_url).map(|u| url_host(&u)).unwrap_or_default(),
                },
                body_html: listed.html.clone(),
                created_at: at,
                updated_at: at,
            },
        )?;
    }
    queue::enqueue_index(conn, ContentKind::Question, &row.id)?;
    Ok(())
}

/// The facts of a question as HTML in its own language, after the situation in its `Article`:
/// software that shows only `content` still says what is asked.
pub(crate) fn facts_html(fields: &QuestionFields) -> String {
    use deelwijs_frontend::i18n::Lang;
    let lang = Lang::parse(fields.language.primary()).unwrap_or(Lang::En);
    let mut items = vec![
        (lang.t("question-help-type"), fields.help_type.label(lang.code()).to_owned()),
        (lang.t("education-level"), fields.education_level.label(lang.code()).to_owned()),
        (lang.t("question-languages"), fields.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", ")),
        (lang.t("question-country"), fields.country.clone()),
    ];
    if let Some(deadline) = fields.deadline {
        items.push((lang.t("question-deadline"), deadline.format("%Y-%m-%d").to_string()));
    }
    let escape = crate::activitypub::review::escape;
    let list: String = items.iter().map(|(k, v)| format!("<li>{}: {}</li>", escape(k), escape(v))).collect();
    format!("<ul>{list}</ul>")
}

/// An account is deleted (inside its transaction): its questions are withdrawn (followers get a
/// `Delete`) and erased, and its answers everywhere are removed — from questions here (whose
/// followers get the question without them) and, by a `Delete`, from askers elsewhere.
pub(crate) fn forget_account(conn: &mut DbConnection, config: &AppConfig, user_id: &str, actor: Option<&ActorRow>) -> AppResult<()> {
    for id in store::ids_of_owner(conn, user_id)? {
        let Some(mut row) = store::by_id(conn, &id)? else { continue };
        if row.deleted_at.is_none() {
            row.deleted_at = Some(now());
            store::update(conn, &row)?;
            changed(conn, config, &row.id)?;
        }
        store::erase(conn, &row.id)?;
    }
    let Some(actor) = actor else { return Ok(()) };
    for answer in store::answers_by_actor(conn, &actor.id)? {
        store::delete_answer(conn, &answer.id)?;
        let Some(mut row) = store::by_id(conn, &answer.question_id)? else { continue };
        match &row.origin {
            None => {
                if row.helpful_answer.as_deref() == Some(answer.ap_id.as_str()) {
                    row.helpful_answer = None;
                    store::update(conn, &row)?;
                }
                changed(conn, config, &row.id)?;
            }
            Some(_) => tell_asker(conn, config, &row, actor, &answer, "Delete")?,
        }
    }
    Ok(())
}
