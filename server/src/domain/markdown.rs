//! Markdown → sanitized HTML. Untrusted text is made safe on the way in (DESIGN.md invariant 5).

use pulldown_cmark::{html, Options, Parser};

/// Renders CommonMark (with tables, strikethrough, task lists and footnotes) to HTML that
/// cannot run script: raw HTML, event handlers and `javascript:` URLs are stripped by ammonia.
pub fn to_safe_html(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS | Options::ENABLE_FOOTNOTES;
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, Parser::new_ext(markdown, options));
    sanitize(&unsafe_html)
}

/// Cleans HTML from any source (our own renderer, or later a remote node) to a safe subset.
pub fn sanitize(html: &str) -> String {
    ammonia::Builder::default().link_rel(Some("noopener nofollow ugc")).url_schemes(["http", "https", "mailto"].into_iter().collect()).clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::to_safe_html;

    #[test]
    fn keeps_structure_and_drops_script() {
        let html =
            to_safe_html("## Stap 1\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>");
        assert!(html.contains("<h2>Stap 1</h2>"), "{html}");
        assert!(html.contains("<table>"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
    }
}
