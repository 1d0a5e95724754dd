//! The API reference page: anchors the contents link to, schema links, escaping, both languages.

use super::fixtures::{api_reference_page, ctx};
use super::{attr, between, tags};
use crate::i18n::Lang;

#[test]
fn api_reference_has_anchors_links_and_escapes_descriptions() {
    let html = crate::api_reference(&ctx(Lang::En, false), &api_reference_page());
    assert!(!html.contains("<script"), "no script at all: {html}");
    assert!(html.contains("Geeft het leermiddel &lt;script&gt;alert(1)&lt;/script&gt; terug."), "{html}");
    assert!(html.contains("<p>Met <code>id</code> uit de lijst.</p>"), "paragraphs and code spans");
    assert!(html.contains("Deelwijs &lt;API&gt;, version 1.2.0") && html.contains("Over &lt;deze&gt; node") && html.contains("De id &lt;b&gt;"));

    // Every operation has a stable anchor on its heading, and the contents link to each.
    for anchor in ["op-get-api-v1-materials", "op-post-api-v1-materials", "op-get-api-v1-materials-id", "op-get-api-v1-node"] {
        let heading = tags(&html, "h3").into_iter().find(|h| attr(h, "id") == Some(anchor));
        assert!(heading.is_some(), "heading {anchor}: {html}");
        assert!(html.contains(&format!("aria-labelledby=\"{anchor}\"")), "its section is named by it");
        let toc = between(&html, "<nav class=\"block\" aria-labelledby=\"toc-title\">", "</nav>");
        assert!(toc.contains(&format!("href=\"#{anchor}\"")), "contents link to {anchor}: {toc}");
    }
    assert!(html.contains("<a href=\"#tag-materials\">materials</a>") && html.contains("<h2 id=\"tag--untagged\">Other</h2>"));

    // Schema names link to the schema's section; a name without one stays text.
    assert!(html.contains("<h3 id=\"schema-Material\"><code>Material</code></h3>"), "{html}");
    assert!(html.contains("<code>array of <a href=\"#schema-Material\">Material</a></code>"));
    assert!(html.contains("<code>MaterialInput</code>") && !html.contains("#schema-MaterialInput"));
    assert!(html.contains("href=\"/api/v1/openapi.json\"") && html.contains("href=\"/api/v1/vocabularies\""));

    // Tables: column and row headers, named by their caption.
    let parameters = between(&html, "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"params-op-get-api-v1-materials-id\"", "</table>");
    assert!(parameters.contains("<caption class=\"visually-hidden\" id=\"params-op-get-api-v1-materials-id\">"), "{parameters}");
    assert_eq!(tags(parameters, "th").iter().filter(|th| attr(th, "scope") == Some("col")).count(), 5);
    assert!(parameters.contains("<th scope=\"row\"><code>id</code></th>"));
    assert!(parameters.contains("<td>De id &lt;b&gt;</td>"), "a one-paragraph description stays inline in its cell");
    assert!(parameters.contains("One of: <code>summary</code>, <code>&lt;all&gt;</code>"));
    assert!(tags(&html, "th").iter().all(|th| attr(th, "scope").is_some()), "every header cell has a scope");
    assert!(html.contains("Token optional") && html.contains("Token required") && html.contains("Public"));
    assert!(html.contains("may be null") && html.contains("One of: <code>draft</code>, <code>published</code>"));

    let dutch = crate::api_reference(&ctx(Lang::Nl, false), &api_reference_page());
    assert!(dutch.starts_with("<!DOCTYPE html><html lang=\"nl\""));
    assert!(dutch.contains("<h1>API-naslag</h1>") && dutch.contains("Token optioneel") && dutch.contains("<h2 id=\"tag--untagged\">Overig</h2>"));
    assert!(dutch.contains("Deelwijs &lt;API&gt;, versie 1.2.0") && dutch.contains("kan null zijn") && dutch.contains(">Verplicht</th>"));
    assert!(html.contains("<h1>API reference</h1>"));
}

#[test]
fn api_reference_anchors_stay_unique() {
    let mut page = api_reference_page();
    // Two paths that come out the same as an anchor.
    let mut twin = page.groups[0].operations[0].clone();
    twin.path = "/api/v1/materials/".into();
    page.groups[0].operations.push(twin);
    let html = crate::api_reference(&ctx(Lang::Nl, false), &page);
    assert!(html.contains("id=\"op-get-api-v1-materials\"") && html.contains("id=\"op-get-api-v1-materials-2\""), "{html}");
    assert!(html.contains("href=\"#op-get-api-v1-materials-2\""));
}
