//! Markdown → sanitized HTML. Untrusted text is made safe on the way in (DESIGN.md invariant 5).

use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};

/// Renders CommonMark (with tables, strikethrough, task lists and footnotes) to HTML that
/// cannot run script: raw HTML, event handlers and `javascript:` URLs are stripped by ammonia.
///
/// Images stay images only when they come from this node (`own_origin`, such as
/// `https://deelwijs.school.nl`, or a path on it): anything else becomes a plain link, so no
/// page here — and no other software showing what we federate — loads a third party's image
/// (a tracker, or a picture that changes after review).
pub fn to_safe_html(markdown: &str, own_origin: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS | Options::ENABLE_FOOTNOTES;
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    // Whether each open image is kept as an image (true) or turned into a link (false).
    let mut open_images: Vec<bool> = Vec::new();
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
            let keep = is_own_image(&dest_url, own_origin);
            open_images.push(keep);
            if keep {
                Event::Start(Tag::Image { link_type, dest_url, title, id })
            } else {
                Event::Start(Tag::Link { link_type, dest_url, title, id })
            }
        }
        Event::End(TagEnd::Image) => match open_images.pop() {
            Some(false) => Event::End(TagEnd::Link),
            _ => Event::End(TagEnd::Image),
        },
        other => other,
    });
    html::push_html(&mut unsafe_html, events);
    sanitize(&unsafe_html, own_origin)
}

/// Whether an image address is on this node: a path (`/materials/…`), or an absolute URL with
/// exactly our scheme, host and port. `//host/…` is another host, not a path.
pub fn is_own_image(src: &str, own_origin: &str) -> bool {
    // Trim only what a browser trims from a URL (ASCII spaces and controls): `\u{a0}/` is not
    // the path `/` to a browser, so it must not be to us (found by fuzzing).
    let src = src.trim_matches(|c: char| c <= ' ');
    if src.starts_with('/') {
        return !src.starts_with("//") && !src.starts_with("/\\");
    }
    let own = own_origin.trim_end_matches('/');
    src.strip_prefix(own).is_some_and(|rest| rest.starts_with('/'))
}

/// Cleans HTML from any source (our own renderer, or a remote node) to a safe subset. An
/// `<img>` whose source is not on this node loses its source.
pub fn sanitize(html: &str, own_origin: &str) -> String {
    let own_origin = own_origin.to_owned();
    ammonia::Builder::default()
        .link_rel(Some("noopener nofollow ugc"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .attribute_filter(move |element, attribute, value| match (element, attribute) {
            ("img", "src" | "srcset") if !is_own_image(value, &own_origin) => None,
            _ => Some(value.into()),
        })
        .clean(html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::to_safe_html;

    const ORIGIN: &str = "https://deelwijs.school.nl";

    #[test]
    fn keeps_structure_and_drops_script() {
        let html = to_safe_html(
            "## Stap 1\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>",
            ORIGIN,
        );
        assert!(html.contains("<h2>Stap 1</h2>"), "{html}");
        assert!(html.contains("<table>"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
    }

    /// Issue 22, finding 14: only the node's own images stay images.
    #[test]
    fn third_party_images_become_links() {
        let html = to_safe_html(
            "![tracker](https://tracker.example/p.gif) ![wel](/materials/a/files/b) ![ook](https://deelwijs.school.nl/materials/a/files/c) \
             ![proto](//evil.example/x.png) ![poort](https://deelwijs.school.nl:8443/x.png) <img src=\"https://evil.example/raw.png\" alt=\"raw\">",
            ORIGIN,
        );
        assert!(html.contains(r#"<a href="https://tracker.example/p.gif" rel="noopener nofollow ugc">tracker</a>"#), "{html}");
        assert!(html.contains(r#"<img src="/materials/a/files/b" alt="wel">"#), "{html}");
        assert!(html.contains(r#"<img src="https://deelwijs.school.nl/materials/a/files/c" alt="ook">"#), "{html}");
        assert!(!html.contains(r#"<img src="//evil"#) && !html.contains(r#"<img src="https://deelwijs.school.nl:8443"#), "{html}");
        assert!(!html.contains("evil.example/raw.png"), "{html}");
        assert_eq!(html.matches("<img").count(), 3, "{html}");
        assert!(!super::is_own_image("\u{a0}/x.png", ORIGIN) && super::is_own_image(" /x.png\n", ORIGIN));
    }
}
