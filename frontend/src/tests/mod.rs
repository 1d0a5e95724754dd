//! Tests over every page: escaping, CSRF fields on POST forms, labels, error summaries, one `h1`, no scripts or inline styles.

mod fixtures;

use fixtures::*;

use crate::i18n::Lang;
use crate::views::*;

/// The opening tags of `tag` elements in `html`.
fn tags<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    html.match_indices(&open)
        .filter(|(at, _)| html[at + open.len()..].starts_with([' ', '>', '/']))
        .map(|(at, _)| &html[at..at + html[at..].find('>').map_or(html.len() - at, |end| end + 1)])
        .collect()
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!(" {name}=\"");
    let start = tag.find(&needle)? + needle.len();
    tag[start..].find('"').map(|end| &tag[start..start + end])
}

#[test]
fn user_text_is_escaped_and_sanitized_html_is_not() {
    let html = crate::material(&ctx(Lang::Nl, true), &material_page());
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Een &lt;i&gt;samenvatting&lt;/i&gt;"));
    assert!(html.contains("<h2>Stap 1</h2><p>Snijd de pizza.</p>"), "body_html is rendered as HTML");
    assert!(html.contains("href=\"https://example.org/&quot;x\""));
    assert!(html.contains("Juf &lt;Anna&gt;"), "the user's display name in the header is escaped");
    let form = crate::material_form(&ctx(Lang::Nl, true), &material_form(Vec::new()));
    assert!(!form.contains("<script>") && !form.contains("</textarea><script"), "{form}");
}

#[test]
fn every_post_form_carries_the_csrf_field() {
    for (name, html) in every_page() {
        let mut forms = 0;
        for (at, _) in html.match_indices("<form") {
            let end = html[at..].find("</form>").map_or(html.len(), |end| at + end);
            let form = &html[at..end];
            let open = tags(form, "form")[0];
            assert_eq!(attr(open, "method"), Some("post"), "{name}: every form posts: {open}");
            assert!(form.contains(&format!("<input type=\"hidden\" name=\"csrf\" value=\"{CSRF}\">")), "{name}: {form}");
            forms += 1;
        }
        if name.ends_with("/true") || name.starts_with("sign_in") || name.starts_with("sign_up/") {
            assert!(forms > 0, "{name} has a form");
        }
    }
}

#[test]
fn every_page_is_a_sound_document() {
    for (name, html) in every_page() {
        assert!(html.starts_with("<!DOCTYPE html><html lang=\""), "{name}");
        assert_eq!(tags(&html, "h1").len(), 1, "{name}: one h1");
        let main = tags(&html, "main");
        assert_eq!(main.len(), 1, "{name}");
        assert_eq!(attr(main[0], "id"), Some("main"), "{name}");
        assert!(html.contains("href=\"#main\""), "{name}: skip link");
        assert!(!html.contains("<script") && !html.contains(" style=") && !html.contains("<style"), "{name}: no scripts or inline styles");
        assert!(html.contains("/api/v1/node") && html.contains("AGPL-3.0-or-later"), "{name}: footer");
        for control in ["input", "select", "textarea"].iter().flat_map(|tag| tags(&html, tag)) {
            if attr(control, "type") == Some("hidden") {
                continue;
            }
            let id = attr(control, "id").unwrap_or_else(|| panic!("{name}: control without id: {control}"));
            assert!(html.contains(&format!("<label for=\"{id}\"")) || html.contains(&format!("for=\"{id}\">")), "{name}: no label for {id}");
            let described = attr(control, "aria-describedby").unwrap_or_default();
            for target in described.split_whitespace() {
                assert!(html.contains(&format!("id=\"{target}\"")), "{name}: {id} is described by missing {target}");
            }
        }
        let mut ids: Vec<&str> = ["input", "select", "textarea", "fieldset", "h2", "div", "p", "span", "caption"]
            .iter()
            .flat_map(|tag| tags(&html, tag))
            .filter_map(|tag| attr(tag, "id"))
            .collect();
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count, "{name}: ids are unique");
    }
}

#[test]
fn the_error_summary_links_to_the_field() {
    let errors = vec![("title".to_owned(), "Dit veld is verplicht.".to_owned()), ("education_levels".to_owned(), "Kies er een.".to_owned())];
    let html = crate::material_form(&ctx(Lang::Nl, true), &material_form(errors));
    let summary = &html[html.find("class=\"error-summary\"").unwrap_or_else(|| panic!("no summary: {html}"))..];
    assert!(summary.contains("role=\"alert\""));
    assert!(summary.contains("href=\"#field-title\"") && summary.contains("Titel</strong>: Dit veld is verplicht."));
    assert!(summary.contains("href=\"#field-education_levels\""));
    let title = tags(&html, "input").into_iter().find(|t| attr(t, "name") == Some("title")).unwrap_or_default();
    assert_eq!(attr(title, "id"), Some("field-title"));
    assert_eq!(attr(title, "aria-invalid"), Some("true"));
    assert_eq!(attr(title, "aria-describedby"), Some("error-title"));
    assert!(html.contains("id=\"field-education_levels\""), "the checkbox group is the link target");
    let clean = crate::material_form(&ctx(Lang::Nl, true), &material_form(Vec::new()));
    assert!(!clean.contains("error-summary") && !clean.contains("aria-invalid"));
}

#[test]
fn material_form_has_the_expected_fields() {
    let html = crate::material_form(&ctx(Lang::En, true), &material_form(Vec::new()));
    assert!(html.contains("<form class=\"form\" method=\"post\" action=\"/materials\" enctype=\"multipart/form-data\">"), "{html}");
    for name in ["title", "language", "isced_level", "duration_minutes", "keywords", "authors", "attachment"] {
        assert!(tags(&html, "input").iter().any(|t| attr(t, "name") == Some(name)), "input {name}");
    }
    for name in ["summary", "body", "links"] {
        assert!(tags(&html, "textarea").iter().any(|t| attr(t, "name") == Some(name)), "textarea {name}");
    }
    for name in ["license", "resource_type"] {
        assert!(tags(&html, "select").iter().any(|t| attr(t, "name") == Some(name)), "select {name}");
    }
    assert_eq!(tags(&html, "input").iter().filter(|t| attr(t, "name") == Some("education_levels")).count(), 5);
    assert!(html.contains("<input type=\"radio\" id=\"field-status-draft\" name=\"status\" value=\"draft\" checked"));
    assert!(html.contains("<datalist id=\"language-options\">") && html.contains("value=\"nl-BE\""));
}

#[test]
fn header_and_language_switch() {
    let html = crate::home(
        &ctx(Lang::Nl, false),
        &HomePage { node_description: String::new(), materials: vec![], case_studies: vec![], material_count: 0, case_study_count: 0 },
    );
    assert!(html.contains("<html lang=\"nl\">"));
    assert!(html.contains("<a href=\"/lang/en?back=/materials%3Fpage%3D2%26q%3Da%20b\" lang=\"en\" hreflang=\"en\">English</a>"), "{html}");
    assert!(!html.contains("hreflang=\"nl\""));
    assert!(html.contains("href=\"/sign-in\"") && html.contains("href=\"/sign-up\"") && !html.contains("/sign-out"));
    assert!(html.contains("role=\"status\">Opgeslagen.</p>"));
    let html = crate::home(
        &ctx(Lang::En, true),
        &HomePage { node_description: String::new(), materials: vec![], case_studies: vec![], material_count: 0, case_study_count: 0 },
    );
    assert!(html.contains("<html lang=\"en\">") && html.contains("hreflang=\"nl\""));
    for path in ["/materials/new", "/case-studies/new", "/account", "/admin", "/sign-out"] {
        assert!(html.contains(&format!("=\"{path}\"")), "{path}");
    }
}

#[test]
fn material_page_actions_and_blocks() {
    let html = crate::material(&ctx(Lang::En, true), &material_page());
    for needle in [
        "action=\"/materials/abc/attachments\" enctype=\"multipart/form-data\"",
        "type=\"file\" id=\"field-file\" name=\"file\"",
        "action=\"/materials/abc/attachments/1/delete\"",
        "href=\"/materials/abc/edit\"",
        "href=\"/materials/abc/history\"",
        "href=\"/materials/abc/remix\"",
        "action=\"/materials/abc/hide\"",
        "<input type=\"hidden\" name=\"hidden\" value=\"false\">",
        "action=\"/materials/abc/delete\"",
        "action=\"/materials/abc/versions/2/restore\"",
        "rel=\"license\" href=\"https://creativecommons.org/licenses/by-sa/4.0/\"",
        "Remix of",
        "Attribution",
        "Remixes of this material",
        "You are looking at version",
    ] {
        assert!(html.contains(needle), "{needle}");
    }
    let mut forbidden = material_page();
    forbidden.remix_forbidden = Some("No derivatives.".into());
    forbidden.can = Permissions { remix: true, ..Permissions::default() };
    let html = crate::material(&ctx(Lang::En, false), &forbidden);
    assert!(html.contains("No derivatives.") && !html.contains("/remix\""));
    assert!(!html.contains("/edit\"") && !html.contains("/hide\"") && !html.contains("/attachments\""));
}

#[test]
fn admin_controls_are_disabled_for_oneself() {
    let html = crate::admin(&ctx(Lang::Nl, true), &admin_page());
    let selects = tags(&html, "select");
    let anna: Vec<_> = selects.iter().filter(|t| attr(t, "id").is_some_and(|id| id.ends_with("-anna"))).collect();
    assert_eq!(anna.len(), 2);
    assert!(anna.iter().all(|t| t.contains(" disabled")));
    assert!(selects.iter().filter(|t| attr(t, "id").is_some_and(|id| id.ends_with("-bas"))).all(|t| !t.contains(" disabled")));
    assert!(html.contains("<option value=\"pending\" selected>Wacht op goedkeuring</option>"));
    assert!(html.contains("<option value=\"member\" selected>Label member</option>"));
}
