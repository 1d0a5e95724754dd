//! Help questions, their answers and the invitations their askers sent.

use diesel::prelude::*;

use super::models::{AnswerRow, InvitationRow, QuestionRow};
use super::schema::{question_answers, question_invitations, questions};
use super::{DbConnection, DbError, Page};

pub fn insert(conn: &mut DbConnection, row: &QuestionRow) -> Result<(), DbError> {
    diesel::insert_into(questions::table).values(row).execute(conn).map(drop)
}

pub fn update(conn: &mut DbConnection, row: &QuestionRow) -> Result<(), DbError> {
    diesel::update(questions::table.find(&row.id)).set(row).execute(conn).map(drop)
}

pub fn by_id(conn: &mut DbConnection, id: &str) -> Result<Option<QuestionRow>, DbError> {
    questions::table.find(id).select(QuestionRow::as_select()).first(conn).optional()
}

/// A copy of another node's question by its ActivityPub id.
pub fn by_ap_id(conn: &mut DbConnection, ap_id: &str) -> Result<Option<QuestionRow>, DbError> {
    questions::table.filter(questions::ap_id.eq(ap_id)).select(QuestionRow::as_select()).first(conn).optional()
}

/// The rows with these ids (see `case_studies::by_ids`).
pub fn by_ids(conn: &mut DbConnection, ids: &[&str]) -> Result<Vec<QuestionRow>, DbError> {
    let mut rows = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(super::ID_CHUNK) {
        rows.extend(questions::table.filter(questions::id.eq_any(chunk)).select(QuestionRow::as_select()).load(conn)?);
    }
    Ok(rows)
}

/// Questions that may be shown, newest first: every one here and from followed nodes, or one
/// owner's; `local_only` leaves out copies from other nodes (an outbox).
pub fn list(conn: &mut DbConnection, owner: Option<&str>, local_only: bool, page: Page) -> Result<(Vec<QuestionRow>, i64), DbError> {
    let filtered = || {
        let mut query = questions::table.filter(questions::deleted_at.is_null()).filter(questions::hidden.eq(false)).into_boxed();
        if let Some(owner) = owner {
            query = query.filter(questions::owner_id.eq(owner.to_owned()));
        }
        if local_only {
            query = query.filter(questions::origin.is_null());
        }
        query
    };
    let total = filtered().count().get_result(conn)?;
    let rows = filtered()
        .order((questions::created_at.desc(), questions::id.asc()))
        .limit(page.per_page)
        .offset(page.offset())
        .select(QuestionRow::as_select())
        .load(conn)?;
    Ok((rows, total))
}

/// Ids of an owner's questions (account export and deletion).
pub fn ids_of_owner(conn: &mut DbConnection, owner: &str) -> Result<Vec<String>, DbError> {
    questions::table.filter(questions::owner_id.eq(owner)).select(questions::id).load(conn)
}

pub fn answers(conn: &mut DbConnection, question_id: &str) -> Result<Vec<AnswerRow>, DbError> {
    question_answers::table
        .filter(question_answers::question_id.eq(question_id))
        .order(question_answers::created_at.asc())
        .select(AnswerRow::as_select())
        .load(conn)
}

pub fn answer_by_ap_id(conn: &mut DbConnection, ap_id: &str) -> Result<Option<AnswerRow>, DbError> {
    question_answers::table.filter(question_answers::ap_id.eq(ap_id)).select(AnswerRow::as_select()).first(conn).optional()
}

pub fn answer_by_id(conn: &mut DbConnection, id: &str) -> Result<Option<AnswerRow>, DbError> {
    question_answers::table.find(id).select(AnswerRow::as_select()).first(conn).optional()
}

/// Writes an answer, replacing the one with the same id.
pub fn put_answer(conn: &mut DbConnection, row: &AnswerRow) -> Result<(), DbError> {
    diesel::delete(question_answers::table.find(&row.id)).execute(conn)?;
    diesel::insert_into(question_answers::table).values(row).execute(conn).map(drop)
}

pub fn delete_answer(conn: &mut DbConnection, id: &str) -> Result<bool, DbError> {
    Ok(diesel::delete(question_answers::table.find(id)).execute(conn)? > 0)
}

/// Removes every answer of a question (a copy replaced by what its origin lists now, or a
/// question erased).
pub fn delete_answers(conn: &mut DbConnection, question_id: &str) -> Result<(), DbError> {
    diesel::delete(question_answers::table.filter(question_answers::question_id.eq(question_id))).execute(conn).map(drop)
}

/// Answers an actor wrote, anywhere (account deletion).
pub fn answers_by_actor(conn: &mut DbConnection, actor_id: &str) -> Result<Vec<AnswerRow>, DbError> {
    question_answers::table.filter(question_answers::actor_id.eq(actor_id)).select(AnswerRow::as_select()).load(conn)
}

/// Records an invitation; `false` if that actor was already invited to this question.
pub fn invite(conn: &mut DbConnection, row: &InvitationRow) -> Result<bool, DbError> {
    let exists = question_invitations::table.find((&row.question_id, &row.invitee)).count().get_result::<i64>(conn)? > 0;
    if exists {
        return Ok(false);
    }
    diesel::insert_into(question_invitations::table).values(row).execute(conn)?;
    Ok(true)
}

pub fn invitations(conn: &mut DbConnection, question_id: &str) -> Result<Vec<InvitationRow>, DbError> {
    question_invitations::table
        .filter(question_invitations::question_id.eq(question_id))
        .order(question_invitations::created_at.asc())
        .select(InvitationRow::as_select())
        .load(conn)
}

pub fn delete_invitations(conn: &mut DbConnection, question_id: &str) -> Result<(), DbError> {
    diesel::delete(question_invitations::table.filter(question_invitations::question_id.eq(question_id))).execute(conn).map(drop)
}

/// Blanks a question's text and removes its answers and invitations (account deletion): the
/// row stays as a soft-deleted stub, as erased materials do.
pub fn erase(conn: &mut DbConnection, id: &str) -> Result<(), DbError> {
    delete_answers(conn, id)?;
    delete_invitations(conn, id)?;
    diesel::update(questions::table.find(id))
        .set((
            questions::title.eq(""),
            questions::situation.eq(""),
            questions::situation_html.eq(""),
            questions::themes.eq("[]"),
            questions::languages.eq("[]"),
            questions::helpful_answer.eq(None::<String>),
        ))
        .execute(conn)
        .map(drop)
}
