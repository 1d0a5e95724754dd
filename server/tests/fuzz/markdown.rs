//! Markdown → safe HTML (`domain::markdown`): whatever a teacher or a remote node writes, the
//! output runs no script, loads no third-party image and keeps no event handler.

use deelwijs_server::domain::markdown::{is_own_image, sanitize, to_safe_html};
use proptest::prelude::*;

use crate::support::{fuzz, hostile_text, hostile_url};

const ORIGIN: &str = "https://deelwijs.school.nl";

/// A Markdown document built from the constructs CommonMark knows, with hostile contents.
fn markdown() -> impl Strategy<Value = String> {
    let block = prop_oneof![
        hostile_text(),
        hostile_text().prop_map(|t| format!("# {t}")),
        (hostile_text(), hostile_url()).prop_map(|(t, u)| format!("[{t}]({u})")),
        (hostile_text(), hostile_url()).prop_map(|(t, u)| format!("![{t}]({u} \"{t}\")")),
        (hostile_text(), hostile_url()).prop_map(|(t, u)| format!("[{t}]\n\n[{t}]: {u}")),
        hostile_url().prop_map(|u| format!("<{u}>")),
        hostile_url().prop_map(|u| format!("<img src=\"{u}\" srcset=\"{u} 2x\" onerror=alert(1)>")),
        hostile_url().prop_map(|u| format!("<a href='{u}' onclick=alert(1)>x</a>")),
        hostile_text().prop_map(|t| format!("```html\n{t}\n```")),
        hostile_text().prop_map(|t| format!("| a | {t} |\n|---|---|\n| {t} | b |")),
        hostile_text().prop_map(|t| format!("- {t}\n  - [ ] {t}\n> {t}")),
        hostile_text().prop_map(|t| format!("{t}[^1]\n\n[^1]: {t}")),
        hostile_text().prop_map(|t| format!("<div style=\"background:url(//evil)\">{t}</div>")),
    ];
    prop::collection::vec(block, 0..8).prop_map(|blocks| blocks.join("\n\n"))
}

/// The start tags of serialized HTML with their attributes. The serializer quotes every value
/// with `"` and escapes `"` inside it, and writes `<` in text as `&lt;`, so a `<` followed by a
/// letter always opens a tag.
fn start_tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let bytes = html.as_bytes();
    let (mut tags, mut index) = (Vec::new(), 0);
    while let Some(offset) = html[index..].find('<') {
        index += offset + 1;
        if !bytes.get(index).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = html[index..].find(|c: char| c.is_whitespace() || c == '>' || c == '/').map_or(html.len(), |e| index + e);
        let name = html[index..name_end].to_ascii_lowercase();
        index = name_end;
        let mut attributes = Vec::new();
        loop {
            let rest = html[index..].trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            index = html.len() - rest.len();
            if rest.is_empty() || rest.starts_with('>') {
                break;
            }
            let attr_end = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '>').unwrap_or(rest.len());
            let attr = rest[..attr_end].to_ascii_lowercase();
            index += attr_end;
            let mut value = String::new();
            if html[index..].starts_with("=\"") {
                let close = html[index + 2..].find('"').map_or(html.len(), |e| index + 2 + e);
                value = html[index + 2..close].to_owned();
                index = (close + 1).min(html.len());
            }
            attributes.push((attr, value));
        }
        tags.push((name, attributes));
    }
    tags
}

fn html_unescape(value: &str) -> String {
    value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u{a0}").replace("&amp;", "&")
}

/// What a browser would make of a URL attribute's scheme: entities decoded, whitespace and
/// controls dropped, lower case.
fn scheme_view(value: &str) -> String {
    html_unescape(value).chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_ascii_lowercase()
}

fn check_safe(html: &str) {
    const DANGEROUS_TAGS: &[&str] =
        &["script", "iframe", "style", "svg", "math", "object", "embed", "form", "input", "button", "link", "meta", "base", "frame"];
    for (tag, attributes) in start_tags(html) {
        assert!(!DANGEROUS_TAGS.contains(&tag.as_str()), "<{tag}> in {html}");
        for (attribute, value) in attributes {
            assert!(!attribute.starts_with("on"), "{attribute} on <{tag}> in {html}");
            assert!(!["style", "srcdoc", "formaction"].contains(&attribute.as_str()), "{attribute} on <{tag}> in {html}");
            if ["href", "src", "srcset", "cite", "action", "background", "poster"].contains(&attribute.as_str()) {
                let seen = scheme_view(&value);
                for scheme in ["javascript:", "vbscript:", "data:"] {
                    assert!(!seen.starts_with(scheme), "{attribute}={value} on <{tag}> in {html}");
                }
            }
            if tag == "img" && (attribute == "src" || attribute == "srcset") {
                assert!(is_own_image(&html_unescape(&value), ORIGIN), "third-party image {value} in {html}");
            }
        }
    }
}

#[test]
fn the_checker_sees_what_it_must() {
    let tags = start_tags(r#"<p>a &lt;b</p><img src="/x" alt="a &quot;b&quot; >"><a href="https://x" rel="noopener">y</a>"#);
    assert_eq!(tags.len(), 3, "{tags:?}");
    assert_eq!(tags[1], ("img".to_owned(), vec![("src".to_owned(), "/x".to_owned()), ("alt".to_owned(), "a &quot;b&quot; >".to_owned())]));
    assert!(std::panic::catch_unwind(|| check_safe("<a href=\" java\nscript:x\">")).is_err());
    assert!(std::panic::catch_unwind(|| check_safe(r#"<a href=" JavaScript:x">"#)).is_err());
    assert!(std::panic::catch_unwind(|| check_safe(r#"<img src="https://tracker.example/p.gif">"#)).is_err());
    assert!(std::panic::catch_unwind(|| check_safe(r#"<p onclick="x">"#)).is_err());
}

#[test]
fn markdown_renders_to_safe_html() {
    fuzz("markdown", file!(), markdown(), |input| {
        let html = to_safe_html(&input, ORIGIN);
        check_safe(&html);
        // Cleaning what we produced again keeps it safe.
        check_safe(&sanitize(&html, ORIGIN));
    });
}

#[test]
fn remote_html_is_cleaned() {
    fuzz("remote html", file!(), markdown(), |input| check_safe(&sanitize(&input, ORIGIN)));
}
