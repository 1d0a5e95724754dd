//! Help questions as ActivityPub: an `Article` (`contentKind: HelpQuestion`) whose text any
//! software shows, with the full `deelwijs` record and its answers embedded as `replies`, so a
//! follower's copy shows what the origin knows. Answers are `Note`s replying to the question
//! (`inReplyTo`); a post from other software that only links the question's URL counts too.
//! Not an ActivityStreams `Question`: that type is a poll to Mastodon and others.

use serde_json::{json, Value};
use url::Url;

use super::context::PUBLIC;
use super::objects::{first_url, has_nul, timestamp, without_nul};
use super::Invalid;
use crate::domain::question::{QuestionFields, MAX_ANSWER};

/// `contentKind` of a help question.
pub const HELP_QUESTION: &str = "HelpQuestion";
/// How many answers the `Article` embeds (the newest).
pub const EMBEDDED_ANSWERS: usize = 50;

/// An answer as the question's origin lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedAnswer {
    pub id: String,
    pub author_url: String,
    pub author_name: String,
    /// Safe HTML (ours, or cleaned on the way in).
    pub html: String,
    pub published: String,
}

/// What is needed to write a question.
pub struct QuestionDoc<'a> {
    pub url: &'a str,
    pub author: &'a str,
    pub followers: &'a str,
    pub fields: &'a QuestionFields,
    pub situation_html: &'a str,
    /// The question's page text around the situation: kind of help, level, languages, country
    /// and deadline in the question's own language, for software that shows only `content`.
    pub facts_html: &'a str,
    pub answers: &'a [ListedAnswer],
    pub helpful: Option<&'a str>,
    pub published: chrono::NaiveDateTime,
    pub updated: chrono::NaiveDateTime,
}

pub fn question_article(doc: &QuestionDoc<'_>) -> Value {
    let f = doc.fields;
    let replies: Vec<Value> = doc
        .answers
        .iter()
        .rev()
        .take(EMBEDDED_ANSWERS)
        .map(|a| {
            json!({
                "type": "Note", "id": a.id, "attributedTo": a.author_url, "inReplyTo": doc.url, "content": a.html,
                "mediaType": "text/html", "published": a.published, "authorName": a.author_name,
            })
        })
        .collect();
    json!({
        "type": "Article",
        "id": doc.url,
        "contentKind": HELP_QUESTION,
        "attributedTo": doc.author,
        "to": [PUBLIC],
        "cc": [doc.followers],
        "name": f.title,
        "content": format!("{}{}", doc.situation_html, doc.facts_html),
        "mediaType": "text/html",
        "url": doc.url,
        "published": timestamp(doc.published),
        "updated": timestamp(doc.updated),
        "inLanguage": f.language.as_str(),
        "endTime": f.deadline.map(|d| format!("{}T23:59:59Z", d.format("%Y-%m-%d"))),
        "replies": { "type": "Collection", "id": format!("{}#answers", doc.url), "totalItems": doc.answers.len(), "items": replies },
        "helpfulAnswer": doc.helpful,
        "deelwijs": f.to_input(),
    })
}

/// Whether an `Article` is a help question.
pub fn is_question(value: &Value) -> bool {
    value.get("contentKind").and_then(Value::as_str) == Some(HELP_QUESTION)
}

/// The answers a question's `replies` lists (embedded notes; links alone are not fetched), each
/// on its author's own host, with HTML cleaned.
pub fn listed_answers(value: &Value) -> Vec<ListedAnswer> {
    let items = value.get("replies").and_then(|r| r.get("items").or_else(|| r.get("orderedItems"))).and_then(Value::as_array);
    items
        .into_iter()
        .flatten()
        .take(EMBEDDED_ANSWERS)
        .filter_map(|item| {
            let id = item.get("id").and_then(first_url)?;
            let author = item.get("attributedTo").and_then(first_url)?;
            if id.host_str() != author.host_str() {
                return None;
            }
            let html = clean_html(item.get("content").and_then(Value::as_str).unwrap_or_default());
            let name = item.get("authorName").and_then(Value::as_str).unwrap_or_default().chars().take(200).collect::<String>();
            let name = if name.trim().is_empty() { author.path().rsplit('/').next().unwrap_or_default().to_owned() } else { name };
            Some(ListedAnswer {
                id: id.to_string(),
                author_url: author.to_string(),
                author_name: name,
                html,
                published: item.get("published").and_then(Value::as_str).unwrap_or_default().chars().take(40).collect(),
            })
        })
        .collect()
}

/// An answer as a `Note` replying to the question, addressed to its asker.
pub fn answer_note(id: &str, author: &str, question: &str, asker: &str, html: &str, published: &str) -> Value {
    json!({
        "type": "Note",
        "id": id,
        "attributedTo": author,
        "inReplyTo": question,
        "to": [PUBLIC],
        "cc": [asker],
        "content": html,
        "mediaType": "text/html",
        "published": published,
        "tag": [{ "type": "Mention", "href": asker }],
    })
}

/// An invitation to answer: a `Note` mentioning the invited person or network, linking the
/// question (Mastodon shows it as a mention in their notifications).
pub fn invitation_note(id: &str, author: &str, invitee: &str, invitee_handle: &str, html: &str, published: &str) -> Value {
    json!({
        "type": "Note",
        "id": id,
        "attributedTo": author,
        "to": [invitee],
        // Unlisted, as Mastodon calls it: the question is public, the mention is not spread.
        "cc": [PUBLIC],
        "content": html,
        "mediaType": "text/html",
        "published": published,
        "tag": [{ "type": "Mention", "href": invitee, "name": invitee_handle }],
    })
}

/// A reply from anywhere: its id, author, and the question it answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerNote {
    pub id: Url,
    pub attributed_to: Url,
    /// The id of the question on this node (`<questions>/<id>` with `<questions>` the prefix).
    pub question_id: String,
    pub html: String,
}

/// Reads a post as an answer to one of this node's questions (`questions` is the URL prefix of
/// question pages here, `https://node/questions/`): one replying to a question (`inReplyTo`),
/// or, from software that replies by linking, one whose text or links name a question's URL.
/// `None`: not an answer to anything here.
pub fn parse_answer(value: &Value, questions: &str) -> Option<Result<AnswerNote, Invalid>> {
    // A fetched note may hold NUL, which PostgreSQL cannot store (inbound bodies are refused
    // with it at the edge).
    let cleaned;
    let value = if has_nul(value) {
        cleaned = without_nul(value);
        &cleaned
    } else {
        value
    };
    let question_id = |url: &str| -> Option<String> {
        let rest = url.trim().strip_prefix(questions)?;
        let id: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        (!id.is_empty() && id.len() <= 64).then_some(id)
    };
    let in_reply_to = value.get("inReplyTo").and_then(first_url).and_then(|u| question_id(u.as_str()));
    let content = value.get("content").and_then(Value::as_str).unwrap_or_default();
    let linked = || {
        let tags = value.get("tag").and_then(Value::as_array).into_iter().flatten().filter_map(|t| t.get("href").and_then(Value::as_str)).find_map(question_id);
        tags.or_else(|| content.match_indices(questions).find_map(|(at, _)| question_id(&content[at..])))
    };
    let question_id = in_reply_to.or_else(linked)?;
    Some((|| {
        let id = value.get("id").and_then(first_url).ok_or_else(|| Invalid::new("the answer has no id"))?;
        let attributed_to = value.get("attributedTo").and_then(first_url).ok_or_else(|| Invalid::new("the answer has no attributedTo"))?;
        let html = clean_html(content);
        if html.trim().is_empty() {
            return Err(Invalid::new("the answer has no content"));
        }
        Ok(AnswerNote { id, attributed_to, question_id, html })
    })())
}

/// Another server's HTML, safe to show: the safe subset our Markdown keeps, without images (a
/// remote image would be a request to a third party from our pages), and no longer than an
/// answer may be.
fn clean_html(html: &str) -> String {
    let clipped: String = if html.len() > MAX_ANSWER * 2 { html.chars().take(MAX_ANSWER * 2).collect() } else { html.to_owned() };
    ammonia::Builder::default()
        .rm_tags(["img"])
        .link_rel(Some("noopener nofollow ugc"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .clean(&clipped)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUESTIONS: &str = "https://a.example/questions/";

    #[test]
    fn replies_links_and_mentions_are_answers() {
        let reply = json!({"type": "Note", "id": "https://b.example/notes/1", "attributedTo": "https://b.example/users/bo",
            "inReplyTo": "https://a.example/questions/abc234", "content": "<p>Wij <script>x</script>helpen graag</p>"});
        let answer = parse_answer(&reply, QUESTIONS).unwrap().unwrap();
        assert_eq!(answer.question_id, "abc234");
        assert!(!answer.html.contains("script") && answer.html.contains("helpen graag"));
        // Mastodon: a post linking the question, replying to nothing of ours.
        let linked = json!({"type": "Note", "id": "https://m.example/statuses/9", "attributedTo": "https://m.example/users/x",
            "inReplyTo": "https://m.example/statuses/8",
            "content": "<p>Zie <a href=\"https://a.example/questions/xyz765\">https://a.example/questions/xyz765</a>: wij doen mee</p>"});
        assert_eq!(parse_answer(&linked, QUESTIONS).unwrap().unwrap().question_id, "xyz765");
        let elsewhere = json!({"type": "Note", "id": "https://m.example/statuses/10", "attributedTo": "https://m.example/users/x",
            "content": "<p>https://other.example/questions/xyz765</p>"});
        assert!(parse_answer(&elsewhere, QUESTIONS).is_none());
        let empty = json!({"type": "Note", "id": "https://m.example/s/1", "attributedTo": "https://m.example/u/x", "inReplyTo": "https://a.example/questions/q1", "content": "<script>x</script>"});
        assert!(parse_answer(&empty, QUESTIONS).unwrap().is_err());
    }

    #[test]
    fn listed_answers_stay_on_their_authors_hosts() {
        let article = json!({"replies": {"items": [
            {"id": "https://b.example/answers/1", "attributedTo": "https://b.example/users/bo", "content": "<p>ja</p>", "authorName": "Bo"},
            {"id": "https://evil.example/answers/2", "attributedTo": "https://b.example/users/bo", "content": "<p>nee</p>"},
            {"id": "https://c.example/answers/3", "attributedTo": "https://c.example/users/cees", "content": "<img src=https://t.example/x.png>"}
        ]}});
        let listed = listed_answers(&article);
        assert_eq!(listed.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["https://b.example/answers/1", "https://c.example/answers/3"]);
        assert_eq!(listed[0].author_name, "Bo");
        assert_eq!(listed[1].author_name, "cees");
        assert!(!listed[1].html.contains("<img"));
    }
}
