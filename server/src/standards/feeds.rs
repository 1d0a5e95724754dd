//! Feeds: Atom (RFC 4287) and RSS 2.0, written from one list of entries, so teachers and their
//! tools can follow new material for a search, a goal, a network or a person.

use chrono::NaiveDateTime;

use super::utc_seconds;
use super::xml::Xml;

/// A feed: what it lists, where its page and the feed itself are.
pub struct Feed {
    pub title: String,
    pub description: String,
    /// The page that lists the same things (the feed's `alternate`).
    pub page_url: String,
    pub self_url: String,
    /// The language of the feed's own texts (BCP 47).
    pub language: String,
    pub entries: Vec<Entry>,
}

/// One piece of content in a feed.
pub struct Entry {
    /// Its page, also its permanent id.
    pub url: String,
    pub title: String,
    pub summary: String,
    pub author: String,
    pub published: NaiveDateTime,
    pub updated: NaiveDateTime,
    /// Labels such as the kind of content, levels and subjects.
    pub categories: Vec<String>,
}

impl Feed {
    /// When anything in it last changed (its newest entry), or `fallback` when it is empty.
    fn updated(&self, fallback: NaiveDateTime) -> NaiveDateTime {
        self.entries.iter().map(|e| e.updated).max().unwrap_or(fallback)
    }
}

/// The feed as Atom 1.0.
pub fn atom(feed: &Feed, now: NaiveDateTime) -> String {
    let mut xml = Xml::new();
    xml.open("feed", &[("xmlns", "http://www.w3.org/2005/Atom"), ("xml:lang", &feed.language)]);
    xml.leaf("id", &[], &feed.self_url).leaf("title", &[], &feed.title);
    if !feed.description.is_empty() {
        xml.leaf("subtitle", &[], &feed.description);
    }
    xml.leaf("updated", &[], &utc_seconds(feed.updated(now)));
    xml.leaf("link", &[("rel", "alternate"), ("type", "text/html"), ("href", &feed.page_url)], "");
    xml.leaf("link", &[("rel", "self"), ("type", "application/atom+xml"), ("href", &feed.self_url)], "");
    xml.leaf("generator", &[], "Deelwijs");
    for entry in &feed.entries {
        xml.open("entry", &[]);
        xml.leaf("id", &[], &entry.url).leaf("title", &[], &entry.title);
        xml.leaf("published", &[], &utc_seconds(entry.published)).leaf("updated", &[], &utc_seconds(entry.updated));
        xml.leaf("link", &[("rel", "alternate"), ("type", "text/html"), ("href", &entry.url)], "");
        xml.open("author", &[]).leaf("name", &[], if entry.author.is_empty() { "—" } else { &entry.author }).close();
        if !entry.summary.is_empty() {
            xml.leaf("summary", &[("type", "text")], &entry.summary);
        }
        for category in &entry.categories {
            xml.leaf("category", &[("term", category)], "");
        }
        xml.close();
    }
    xml.finish()
}

/// RFC 822 dates, as RSS 2.0 wants them.
fn rfc822(at: NaiveDateTime) -> String {
    at.and_utc().to_rfc2822()
}

/// The feed as RSS 2.0 (with `atom:link rel="self"` and `dc:creator`, as feed validators expect).
pub fn rss(feed: &Feed, now: NaiveDateTime) -> String {
    let mut xml = Xml::new();
    xml.open("rss", &[("version", "2.0"), ("xmlns:atom", "http://www.w3.org/2005/Atom"), ("xmlns:dc", "http://purl.org/dc/elements/1.1/")]);
    xml.open("channel", &[]);
    xml.leaf("title", &[], &feed.title).leaf("link", &[], &feed.page_url);
    xml.leaf("description", &[], if feed.description.is_empty() { &feed.title } else { &feed.description });
    xml.leaf("language", &[], &feed.language);
    xml.leaf("lastBuildDate", &[], &rfc822(feed.updated(now)));
    xml.leaf("generator", &[], "Deelwijs");
    xml.leaf("atom:link", &[("href", &feed.self_url), ("rel", "self"), ("type", "application/rss+xml")], "");
    for entry in &feed.entries {
        xml.open("item", &[]);
        xml.leaf("title", &[], &entry.title).leaf("link", &[], &entry.url);
        xml.leaf("guid", &[("isPermaLink", "true")], &entry.url);
        if !entry.summary.is_empty() {
            xml.leaf("description", &[], &entry.summary);
        }
        xml.leaf("pubDate", &[], &rfc822(entry.published));
        if !entry.author.is_empty() {
            xml.leaf("dc:creator", &[], &entry.author);
        }
        for category in &entry.categories {
            xml.leaf("category", &[], category);
        }
        xml.close();
    }
    xml.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 12, day).and_then(|d| d.and_hms_opt(9, 30, 0)).expect("a valid date")
    }

    fn sample() -> Feed {
        Feed {
            title: "Nieuw & goed".into(),
            description: String::new(),
            page_url: "https://school.example/search?q=a&level=po".into(),
            self_url: "https://school.example/search/feed.atom?q=a&level=po".into(),
            language: "nl".into(),
            entries: vec![Entry {
                url: "https://school.example/materials/abc".into(),
                title: "Breuken <b>".into(),
                summary: "Met pizza's".into(),
                author: "Juf Anna".into(),
                published: at(1),
                updated: at(3),
                categories: vec!["po".into()],
            }],
        }
    }

    #[test]
    fn atom_dates_the_feed_by_its_newest_entry() {
        let text = atom(&sample(), at(6));
        assert!(text.contains("<updated>2026-12-03T09:30:00Z</updated>"), "{text}");
        assert!(text.contains("<title>Breuken &lt;b&gt;</title>"));
        assert!(text.contains("href=\"https://school.example/search?q=a&amp;level=po\""));
    }

    #[test]
    fn rss_uses_rfc_822_dates() {
        let text = rss(&sample(), at(6));
        assert!(text.contains("<pubDate>Tue, 1 Dec 2026 09:30:00 +0000</pubDate>"), "{text}");
        assert!(text.contains("<guid isPermaLink=\"true\">https://school.example/materials/abc</guid>"));
    }
}
