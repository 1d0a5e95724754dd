//! A review as ActivityPub: a `Note` replying to the material (`inReplyTo`), whose text any
//! software shows, carrying schema.org's `reviewRating` and the level it was used with, which
//! Deelwijs reads to count it at the material's origin.

use serde_json::{json, Value};
use url::Url;

use super::context::PUBLIC;
use super::objects::first_url;
use super::Invalid;

/// What a review note says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewNote {
    pub id: Url,
    pub attributed_to: Url,
    /// The material reviewed.
    pub in_reply_to: Url,
    pub rating: i32,
    pub text: String,
    /// An education level id (`po`), when it was used in class.
    pub used_with_level: Option<String>,
}

/// What is needed to write one.
pub struct ReviewDoc<'a> {
    pub id: &'a str,
    pub author: &'a str,
    pub material: &'a str,
    /// The material's author, addressed so their server hears.
    pub material_author: &'a str,
    pub rating: i32,
    pub text: &'a str,
    pub used_with_level: Option<&'a str>,
    /// The level's name, for the text other software shows.
    pub used_with_label: Option<&'a str>,
    pub published: &'a str,
    pub updated: &'a str,
}

/// Text as HTML (the notes' `content`).
pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

pub fn review_note(doc: &ReviewDoc<'_>) -> Value {
    let stars: String =
        "★".repeat(usize::try_from(doc.rating.clamp(0, 5)).unwrap_or(0)) + &"☆".repeat(usize::try_from(5 - doc.rating.clamp(0, 5)).unwrap_or(0));
    let mut content = format!("<p>{stars} {}/5</p>", doc.rating);
    if !doc.text.is_empty() {
        content.push_str(&format!("<p>{}</p>", escape(doc.text)));
    }
    if let Some(label) = doc.used_with_label {
        content.push_str(&format!("<p>✓ {}</p>", escape(label)));
    }
    json!({
        "type": "Note",
        "id": doc.id,
        "attributedTo": doc.author,
        "inReplyTo": doc.material,
        "to": [PUBLIC],
        "cc": [doc.material_author],
        "content": content,
        "mediaType": "text/html",
        "source": { "content": doc.text, "mediaType": "text/plain" },
        "published": doc.published,
        "updated": doc.updated,
        "reviewRating": { "type": "Rating", "ratingValue": doc.rating, "bestRating": 5, "worstRating": 1 },
        "usedWithLevel": doc.used_with_level,
    })
}

/// Whether a note is a review (it has a rating and replies to something).
pub fn is_review(value: &Value) -> bool {
    value.get("type").and_then(Value::as_str) == Some("Note") && value.get("reviewRating").is_some() && value.get("inReplyTo").is_some()
}

/// Reads a review note; the rating must be a whole number 1–5 out of 5.
pub fn parse_review(value: &Value) -> Result<ReviewNote, Invalid> {
    let id = value.get("id").and_then(first_url).ok_or_else(|| Invalid::new("the review has no id"))?;
    let attributed_to = value.get("attributedTo").and_then(first_url).ok_or_else(|| Invalid::new("the review has no attributedTo"))?;
    let in_reply_to = value.get("inReplyTo").and_then(first_url).ok_or_else(|| Invalid::new("the review replies to nothing"))?;
    let rating = value.get("reviewRating").ok_or_else(|| Invalid::new("the review has no reviewRating"))?;
    let number = |name: &str| rating.get(name).and_then(|v| v.as_f64().or_else(|| v.as_str().and_then(|s| s.trim().parse().ok())));
    let (best, worst) = (number("bestRating").unwrap_or(5.0), number("worstRating").unwrap_or(1.0));
    let given = number("ratingValue").ok_or_else(|| Invalid::new("the rating has no ratingValue"))?;
    if (best - 5.0).abs() > f64::EPSILON || (worst - 1.0).abs() > f64::EPSILON || given.fract() != 0.0 || !(1.0..=5.0).contains(&given) {
        return Err(Invalid::new("a rating is a whole number from 1 to 5 out of 5"));
    }
    // The plain text we sent along, or the shown text without its markup.
    let text = value
        .get("source")
        .filter(|s| s.get("mediaType").and_then(Value::as_str) == Some("text/plain"))
        .and_then(|s| s.get("content"))
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| value.get("content").and_then(Value::as_str).map(|html| ammonia::Builder::empty().clean(html).to_string()).unwrap_or_default());
    let used_with_level = value.get("usedWithLevel").and_then(Value::as_str).map(str::to_owned);
    #[allow(clippy::cast_possible_truncation)] // checked above: a whole number from 1 to 5
    let rating = given as i32;
    Ok(ReviewNote { id, attributed_to, in_reply_to, rating, text: text.chars().take(crate::domain::review::MAX_TEXT).collect(), used_with_level })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_review_round_trips_and_bad_ratings_are_refused() {
        let doc = ReviewDoc {
            id: "https://a.example/reviews/1",
            author: "https://a.example/users/anna",
            material: "https://b.example/materials/m",
            material_author: "https://b.example/users/bas",
            rating: 4,
            text: "Goed <b>bruikbaar</b>",
            used_with_level: Some("po"),
            used_with_label: Some("Primair onderwijs"),
            published: "2026-12-07T10:00:00Z",
            updated: "2026-12-07T10:00:00Z",
        };
        let note = review_note(&doc);
        assert!(is_review(&note));
        assert!(note["content"].as_str().unwrap().starts_with("<p>★★★★☆ 4/5</p><p>Goed &lt;b&gt;"));
        let read = parse_review(&note).unwrap();
        assert_eq!((read.rating, read.text.as_str(), read.used_with_level.as_deref()), (4, "Goed <b>bruikbaar</b>", Some("po")));
        for bad in [json!(0), json!(6), json!(3.5), json!("x")] {
            let mut note = note.clone();
            note["reviewRating"]["ratingValue"] = bad;
            assert!(parse_review(&note).is_err());
        }
        let mut out_of_ten = note.clone();
        out_of_ten["reviewRating"]["bestRating"] = json!(10);
        assert!(parse_review(&out_of_ten).is_err());
        // Another server's review without our source: its shown text, without markup.
        let mut foreign = note;
        foreign.as_object_mut().unwrap().remove("source");
        foreign["reviewRating"]["ratingValue"] = json!("5");
        let read = parse_review(&foreign).unwrap();
        assert_eq!(read.rating, 5);
        assert!(!read.text.contains('<'));
    }
}
