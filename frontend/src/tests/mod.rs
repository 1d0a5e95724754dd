//! Tests over every page: escaping, CSRF fields on POST forms, labels, error summaries, one `h1`, no scripts or inline styles;
//! then the search, curriculum and goal pages.

mod api_reference;
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
            if attr(open, "method") == Some("get") {
                assert_eq!(attr(open, "role"), Some("search"), "{name}: only search forms use GET: {open}");
                assert!(!form.contains("name=\"csrf\""), "{name}: the token stays out of URLs: {form}");
                continue;
            }
            assert_eq!(attr(open, "method"), Some("post"), "{name}: every other form posts: {open}");
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
    for name in ["title", "language_other", "isced_level", "duration_minutes", "keywords", "authors", "attachment"] {
        assert!(tags(&html, "input").iter().any(|t| attr(t, "name") == Some(name)), "input {name}");
    }
    for name in ["summary", "body"] {
        assert!(tags(&html, "textarea").iter().any(|t| attr(t, "name") == Some(name)), "textarea {name}");
    }
    // Links as rows: the one there is and two empty ones, each input labelled.
    let titles: Vec<&str> = tags(&html, "input").into_iter().filter(|t| attr(t, "name") == Some("link_title")).collect();
    let urls: Vec<&str> = tags(&html, "input").into_iter().filter(|t| attr(t, "name") == Some("link_url")).collect();
    assert_eq!((titles.len(), urls.len()), (3, 3));
    assert_eq!((attr(titles[0], "value"), attr(urls[0], "value")), (Some("Uitleg"), Some("https://example.org")));
    assert!(html.contains("<label class=\"visually-hidden\" for=\"field-link-url-2\">Address of link 3</label>"));
    for name in ["license", "resource_type", "language"] {
        assert!(tags(&html, "select").iter().any(|t| attr(t, "name") == Some(name)), "select {name}");
    }
    assert_eq!(tags(&html, "input").iter().filter(|t| attr(t, "name") == Some("education_levels")).count(), 5);
    assert!(html.contains("<input type=\"radio\" id=\"field-status-draft\" name=\"status\" value=\"draft\" checked"));
    // The language by name, with a way out for any other.
    let language = between(&html, "<select class=\"input\" id=\"field-language\"", "</select>");
    assert!(
        language.contains("<option value=\"nl\" selected>Dutch</option>") && language.contains("<option value=\"other\">Another language…</option>"),
        "{language}"
    );
    let other = crate::material_form(&ctx(Lang::En, true), &MaterialForm { language: "pap".into(), ..material_form(Vec::new()) });
    assert!(
        other.contains("<option value=\"other\" selected>") && other.contains("name=\"language_other\" value=\"pap\""),
        "an unlisted language shows as itself"
    );
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
    // The current version takes new files; an old one only shows the files it had.
    let current = crate::material(&ctx(Lang::En, true), &MaterialPage { viewing_version: None, ..material_page() });
    assert!(current.contains("action=\"/materials/abc/attachments\" enctype=\"multipart/form-data\""));
    assert!(current.contains("type=\"file\" id=\"field-file\" name=\"file\""));
    let html = crate::material(&ctx(Lang::En, true), &material_page());
    assert!(!html.contains("id=\"field-file\""), "no upload on an old version");
    for needle in [
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
        // A remix says it was changed, from what, before the chain of sources; escaped.
        "<blockquote class=\"tasl tasl--adaptation\"><p>&quot;Remix &lt;x&gt;&quot; door Bas is een bewerking van &quot;Origineel&quot;.</p></blockquote><p class=\"muted\">Made from:</p>",
        // The owner publishes or takes back from the page itself.
        "action=\"/materials/abc/status\"",
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

#[test]
fn network_page_follows_by_handle_and_unfollows_with_forms() {
    let html = crate::network(&ctx(Lang::En, true), &network_page(vec![("target".into(), "No such account.".into())]));
    let inputs = tags(&html, "input");
    let target = inputs.iter().find(|t| attr(t, "name") == Some("target")).expect("the handle field");
    assert_eq!(attr(target, "value"), Some("@nobody@nowhere.example"), "what was typed is kept");
    assert_eq!(attr(target, "aria-invalid"), Some("true"));
    assert!(html.contains("No such account."));
    assert!(html.contains("action=\"/network/follow\""));
    assert_eq!(html.matches("/unfollow\"").count(), 2, "only what you follow can be unfollowed");
    assert!(html.contains("@materialen@deelwijs.example.org"), "the node's own handle, to share");
    assert!(html.contains("href=\"/timeline\""));
}

#[test]
fn admin_page_has_the_federation_policy_and_deliveries() {
    let html = crate::admin(&ctx(Lang::Nl, true), &admin_page());
    assert!(html.contains("action=\"/admin/federation\""));
    let radios: Vec<_> = tags(&html, "input").into_iter().filter(|t| attr(t, "name") == Some("mode")).collect();
    assert_eq!(radios.len(), 3);
    assert!(radios.iter().any(|t| attr(t, "value") == Some("allowlist") && t.contains(" checked")));
    assert!(html.contains(">deelwijs.partnerschool.be</textarea>"));
    assert!(html.contains("timeout"));
}

#[test]
fn moderation_page_lists_reports_with_escaped_comments() {
    let html = crate::moderation(&ctx(Lang::Nl, true), &moderation_page());
    assert!(html.contains("Bevat &lt;script&gt;"), "report comments are escaped");
    assert!(html.contains("action=\"/moderation/reports/r1/resolve\""));
    let empty = crate::moderation(&ctx(Lang::En, true), &ModerationPage::default());
    assert!(empty.contains("There are no open reports."));
}

/// The text between the first `start` and the next `end` after it.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap_or_else(|| panic!("no {start} in {html}"));
    let rest = &html[from..];
    &rest[..rest.find(end).map_or(rest.len(), |to| to + end.len())]
}

#[test]
fn search_keeps_snippet_highlights_and_escapes_the_rest() {
    let html = crate::search(&ctx(Lang::Nl, false), &search_page());
    assert!(html.contains("vergelijken <b>breuken</b> met &lt;pizza&gt;."), "the sanitized snippet is rendered as HTML: {html}");
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Breuken"), "titles are escaped");
    assert!(html.contains("Een &lt;script&gt;alert(2)&lt;/script&gt; samenvatting"), "without a snippet the summary shows, escaped");
    assert!(html.contains("Leerdoel: K1 &lt;Breuken&gt;"));
    assert!(html.contains("value=\"breuken &quot;&lt;pizza&gt;&quot;\""), "the query is escaped in its attribute");
}

#[test]
fn search_form_facets_and_results() {
    let html = crate::search(&PageCtx { path: "/search?q=breuken".into(), ..ctx(Lang::En, true) }, &search_page());
    let form = between(&html, "<form class=\"search-form\"", "</form>");
    assert!(form.contains("method=\"get\" action=\"/search\" role=\"search\""), "{form}");
    assert!(form.contains("<label class=\"field__label\" for=\"search-q\">"));
    assert!(form.contains("type=\"search\" id=\"search-q\" name=\"q\""));
    assert!(form.contains("<input type=\"hidden\" name=\"level\" value=\"po\">") && form.contains("<input type=\"hidden\" name=\"sort\" value=\"relevance\">"));
    assert!(!html.contains("id=\"header-search-q\""), "no second search form in the header of the search page");
    assert!(html.contains(r#"<a href="/materials/de1" hreflang="de" title="Brüche">Duits</a>"#), "a grouped hit links its other languages");
    assert!(html.contains(r#"href="/search?q=breuken&amp;group=translations""#), "translations can be grouped");
    assert!(html.contains("<a href=\"/search\" aria-current=\"page\">Search</a>"), "the nav marks the search page");
    assert!(html.contains("14 results for “breuken &quot;&lt;pizza&gt;&quot;”"), "{html}");
    assert!(html.contains("<a href=\"/search?q=breuken\" aria-current=\"true\">Beste match</a>"));
    assert!(html.contains("<a href=\"/search?q=breuken&amp;sort=newest\">Nieuwste</a>"));
    let groups: Vec<&str> = tags(&html, "details").into_iter().filter(|t| !t.contains("facets-panel")).collect();
    assert_eq!(groups.len(), 2, "the empty facet group is left out");
    assert!(groups.iter().all(|t| t.contains(" open")));
    // The filters fold behind one control, placed before the results (results first on a phone).
    let panel = html
        .find("<details class=\"facets-panel\"><summary class=\"facets-panel__toggle\">Filters (2 active)</summary>")
        .unwrap_or_else(|| panic!("one Filters control: {html}"));
    assert!(panel < html.find("class=\"search-results\"").unwrap());
    assert!(!html.contains("Vakgebied"));
    let selected = tags(&html, "a").into_iter().filter(|t| attr(t, "aria-current") == Some("true")).filter_map(|t| attr(t, "href")).collect::<Vec<_>>();
    assert_eq!(selected, ["/search?q=breuken&amp;level=po", "/search?q=breuken"]);
    assert!(html.contains("class=\"chip\" href=\"/search?q=breuken&amp;level=po\""), "a filter chip links to its removal");
    assert!(html.contains("href=\"/search?q=breuken%20%22%3Cpizza%3E%22\""), "clear all keeps the words");
    assert_eq!(tags(&html, "ol").len(), 1);
    assert_eq!(html.matches("<li class=\"hit\">").count(), 2);
    assert!(html.contains("<a href=\"/materials/abc\" lang=\"nl\">"));
    assert!(html.contains("<li class=\"tag tag--goal\">K1</li>"));
    assert!(html.contains("rel=\"next\"") && html.contains("href=\"/search?q=breuken&amp;page=2\""));
    assert!(html.contains("href=\"/curricula\">Browse by learning goal"));
}

#[test]
fn search_without_results_suggests_fewer_filters() {
    let html = crate::search(&ctx(Lang::Nl, false), &empty_search_page());
    let empty = between(&html, "class=\"empty-state", "</div></div>");
    assert!(empty.contains("Haal een filter weg") && empty.contains("href=\"/search?q=breuken%20%22%3Cpizza%3E%22\""), "{empty}");
    assert!(empty.contains("href=\"/curricula\"") && empty.contains("Zoek via leerdoelen"));
    assert!(!html.contains("<aside") && !html.contains("<ol") && !html.contains("rel=\"next\""));
    let mut bare = empty_search_page();
    bare.active_filters.clear();
    bare.q.clear();
    let html = crate::search(&ctx(Lang::Nl, false), &bare);
    assert!(html.contains("Probeer andere of minder woorden") && !html.contains("Zonder filters zoeken"));
}

#[test]
fn header_has_search_and_curriculum_links() {
    let html = crate::material(&ctx(Lang::Nl, false), &material_page());
    let form = between(&html, "<form class=\"header-search\"", "</form>");
    assert!(form.contains("method=\"get\" action=\"/search\" role=\"search\""), "{form}");
    assert!(form.contains("<label class=\"visually-hidden\" for=\"header-search-q\">") && form.contains("name=\"q\""));
    let nav = between(&html, "<nav class=\"site-nav\"", "</nav>");
    assert!(nav.contains("<a href=\"/curricula\">Leerdoelen</a>") && nav.contains("<a href=\"/search\">Zoeken</a>"), "{nav}");
    let html = crate::goal(&PageCtx { path: "/goals/k1".into(), ..ctx(Lang::En, false) }, &goal_page());
    assert!(html.contains("<a href=\"/curricula\" aria-current=\"page\">Learning goals</a>"), "a goal page sits under learning goals");
}

#[test]
fn curricula_list_shows_frameworks_and_the_import_hint() {
    let html = crate::curricula(&ctx(Lang::Nl, true), &curricula_page());
    assert!(html.contains("<h1>Leerdoelen</h1>"));
    assert!(html.contains("href=\"/curricula/slo\">Kerndoelen primair onderwijs</a>"));
    assert!(html.contains("De &lt;b&gt;kerndoelen&lt;/b&gt;") && html.contains("612 leerdoelen") && html.contains("SLO"));
    assert!(html.contains("deelwijs curriculum import BESTAND") && html.contains("POST /api/v1/curricula"));
    let html = crate::curricula(&ctx(Lang::En, false), &CurriculaPage { frameworks: vec![], can_import: false, import_error: None });
    assert!(html.contains("No curriculum frameworks") && !html.contains("curriculum import"));
}

#[test]
fn framework_tree_nests_details_without_links_in_summaries() {
    let html = crate::framework(&ctx(Lang::Nl, false), &framework_page());
    let tree = between(&html, "<ul class=\"goal-tree\">", "<details class=\"retired-goals\">").trim_end_matches("<details class=\"retired-goals\">");
    assert_eq!(tags(tree, "details").len(), 2, "only goals with children fold: {tree}");
    assert!(tags(tree, "details").iter().all(|t| !t.contains(" open")), "closed by default");
    assert_eq!(tree.matches("<details><summary>").count(), 2);
    for summary in tree.split("<summary>").skip(1) {
        let summary = &summary[..summary.find("</summary>").unwrap_or_default()];
        assert!(!summary.contains("<a"), "no link inside a summary: {summary}");
    }
    let nested = between(tree, "<a href=\"/goals/nl\">", "</details>");
    assert!(
        nested.contains("<details><summary><span class=\"visually-hidden\">2 doelen onder K1</span></summary><ul><li><a href=\"/goals/k1.1\">"),
        "{nested}"
    );
    assert!(tree.contains("<a href=\"/goals/nl\"><b>NL</b> Doel &lt;NL&gt;</a> <small>Domein</small>"));
    assert!(tree.contains("<li><a href=\"/goals/re\"><b>RE</b> Doel &lt;RE&gt;</a></li>"), "a leaf is a plain link");
    assert!(html.contains("<code class=\"uri\">https://opendata.slo.nl/curriculum/uuid/framework</code>"));
    // The level filter: links, the chosen one marked; retired goals folded away apart.
    assert!(html.contains("<a href=\"/curricula/fw?level=po\" aria-current=\"page\">Primair onderwijs</a>"), "{html}");
    assert!(html.contains("<a href=\"/curricula/fw\">Alle niveaus</a>") && html.contains("href=\"/curricula/fw?level=vo\">Voortgezet onderwijs</a>"));
    let retired = between(&html, "<details class=\"retired-goals\">", "</details>");
    assert!(retired.contains("<summary>Vervallen doelen (1)</summary>") && retired.contains("href=\"/goals/oud\""), "{retired}");
}

#[test]
fn goal_page_shows_relations_materials_and_case_studies() {
    let html = crate::goal(&ctx(Lang::Nl, false), &goal_page());
    // A short heading, the full statement below it.
    assert!(html.contains("<h1>Breuken vergelijken</h1><p class=\"lead goal-statement\">De leerlingen leren &lt;breuken&gt; vergelijken.</p>"), "{html}");
    assert!(html.contains("<title>K1 Breuken vergelijken · Deelwijs Utrecht</title>"));
    let long = "De leerlingen leren structuur en samenhang van aantallen, gehele getallen, kommagetallen, breuken, procenten en verhoudingen doorzien.";
    let bare = crate::goal(&ctx(Lang::Nl, false), &GoalPage { code: String::new(), abbreviated: String::new(), statement: long.into(), ..goal_page() });
    assert!(
        bare.contains("<h1>De leerlingen leren structuur en samenhang van aantallen, gehele getallen, kommagetallen…</h1>"),
        "cut at a word, within 90 characters"
    );
    assert!(html.contains("Valt onder") && html.contains("Onderliggende doelen") && html.contains("Vervangt") && !html.contains("Vervangen door"));
    assert!(html.contains("<a class=\"goal-link\" href=\"/goals/k1.1\"><span class=\"goal-code\">K1.1</span> Eenvoudige breuken</a>"));
    assert!(html.contains("Materialen bij dit doel") && html.contains("href=\"/search?goal=k1\"") && html.contains("card--material"));
    let cases = between(&html, "aria-labelledby=\"case-studies-title\"", "</section>");
    assert!(cases.contains("Praktijkvoorbeelden bij dit doel") && cases.contains(&case_card().title), "{cases}");
    assert!(!html.contains("badge--retired"));
    let html = crate::goal(&ctx(Lang::En, false), &retired_goal_page());
    assert!(html.contains("badge--retired\">Retired</span>") && html.contains("Replaced by") && html.contains("/goals/k1-2025"));
    assert!(html.contains("No materials have been aligned to this goal yet."));
    assert!(html.contains("No case studies have been aligned to this goal yet."));
}

#[test]
fn material_page_lists_aligned_goals() {
    let html = crate::material(&ctx(Lang::En, false), &material_with_goals());
    let panel = between(&html, "aria-labelledby=\"goals-title\"", "</section>");
    assert!(panel.contains("Learning goals"));
    assert!(
        panel.contains(
            "<span class=\"goal-code\">K1</span> De leerlingen leren &lt;breuken&gt; vergelijken.</a> <span class=\"goal-list__alignment\">Leert</span>"
        ),
        "{panel}"
    );
    assert!(panel.contains("href=\"/goals/\">Zonder code</a></li>"));
    assert!(!crate::material(&ctx(Lang::En, false), &material_page()).contains("goals-title"));
}

#[test]
fn material_form_offers_goal_checkboxes() {
    let html = crate::material_form(&ctx(Lang::Nl, true), &material_form_with_goals(vec![("goals".into(), "Onbekend doel.".into())]));
    let goals: Vec<&str> = tags(&html, "input").into_iter().filter(|t| attr(t, "name") == Some("goals")).collect();
    assert_eq!(goals.len(), 3);
    assert!(goals.iter().all(|t| attr(t, "type") == Some("checkbox")));
    assert_eq!(attr(goals[0], "value"), Some("https://opendata.slo.nl/curriculum/uuid/k1"));
    assert!(goals[0].contains(" checked") && !goals[1].contains(" checked") && !goals[2].contains(" checked"));
    assert!(html.contains("<label for=\"field-goals-0\"><span class=\"goal-code\">K1</span> Breuken &lt;vergelijken&gt;</label>"));
    assert!(html.contains("<legend class=\"field__label\">Leerdoelen</legend>") && html.contains("Voorgesteld op basis van je tekst"));
    assert!(html.contains("href=\"#field-goals\"") && html.contains("<fieldset class=\"field choice-group goal-choices field--invalid\" id=\"field-goals\""));
    let plain = crate::material_form(&ctx(Lang::Nl, true), &material_form(Vec::new()));
    assert!(!plain.contains("name=\"goals\"") && !plain.contains("field-goals"), "no framework, no goal section");
    // With a framework but nothing typed yet: the section is there, with search and the button.
    let first = crate::material_form(&ctx(Lang::Nl, true), &MaterialForm { goals_available: true, ..material_form(Vec::new()) });
    assert!(first.contains("id=\"field-goals\"") && first.contains("name=\"goal_query\""), "{first}");
    let buttons: Vec<&str> = tags(&first, "button").into_iter().filter(|t| attr(t, "name") == Some("intent")).collect();
    assert_eq!(buttons.iter().map(|t| attr(t, "value")).collect::<Vec<_>>(), [Some("suggest"), Some("browse"), Some("save")], "the form's own submit buttons");
    assert!(buttons[0].contains("formnovalidate") && buttons[1].contains("formnovalidate"), "suggesting and browsing need no complete form");
}

#[test]
fn group_page_escapes_and_offers_moderators_their_forms() {
    let member = |name: &str, moderator: bool| MemberLine {
        actor_id: format!("id-{name}"),
        name: name.into(),
        handle: format!("@{name}@deelwijs.example.org"),
        url: format!("https://deelwijs.example.org/users/{name}"),
        role: if moderator { "moderator" } else { "lid" }.into(),
        is_moderator: moderator,
    };
    let view = GroupPage {
        url: "/groups/talen".into(),
        title: "Talen <samen>".into(),
        handle: "@talen@deelwijs.example.org".into(),
        members: vec![member("anna", true), member("bas", false)],
        requests: vec![member("cor", false)],
        posts: vec![PostLine {
            url: "/materials/1".into(),
            title: "Frans".into(),
            kind: "Leermiddel".into(),
            remove_url: Some("/groups/talen/posts/material/1/remove".into()),
            ..PostLine::default()
        }],
        activity: Some(ActivityView { what: "Berichten".into(), months: vec![(2026, 11, 2), (2026, 12, 1)] }),
        signed_in: true,
        can_moderate: true,
        ..GroupPage::default()
    };
    let html = crate::group(&ctx(Lang::Nl, true), &view);
    assert!(html.contains("<svg") && html.contains(r#"aria-labelledby="activity-title activity-desc""#), "the activity picture");
    assert!(html.contains("Talen &lt;samen&gt;"));
    assert!(html.contains("action=\"/groups/talen/join\""), "a signed-in non-member can join");
    assert!(html.contains("action=\"/groups/talen/members/id-cor/remove\"") && html.contains("Goedkeuren"));
    assert!(html.contains("action=\"/groups/talen/posts/material/1/remove\""));
    assert!(html.contains("action=\"/groups/talen/members/id-anna/remove\""));
    let posts = vec![PostLine { remove_url: None, ..view.posts[0].clone() }];
    let visitor = crate::group(&ctx(Lang::En, false), &GroupPage { can_moderate: false, signed_in: false, requests: Vec::new(), posts, ..view });
    assert!(!visitor.contains("/remove\"") && visitor.contains("to join."), "visitors get no forms");
}

#[test]
fn collection_page_lists_items_in_order_with_notes() {
    let item = |title: &str, available: bool| CollectionItemView {
        url: format!("/materials/{title}"),
        title: if available { title.to_owned() } else { String::new() },
        note: format!("Noot bij <{title}>"),
        origin: (title == "b").then(|| "elders.example".to_owned()),
        available,
        remove_url: Some("/collections/c/items/remove".to_owned()),
        item_url: format!("https://hier.example/materials/{title}"),
    };
    let page = CollectionPage {
        url: "/collections/c".into(),
        title: "Reeks <1>".into(),
        introduction_html: "<p>Inleiding</p>".into(),
        language: "Nederlands".into(),
        language_code: "nl".into(),
        license_name: "CC BY 4.0".into(),
        license_url: "https://creativecommons.org/licenses/by/4.0/".into(),
        levels: vec!["Primair onderwijs".into()],
        subjects: vec![],
        goals: vec![],
        items: vec![item("a", true), item("b", true), item("geheim", false)],
        owner_name: "Anna".into(),
        owner_url: "/users/anna".into(),
        status: "Gepubliceerd".into(),
        status_id: "published".into(),
        hidden: false,
        version: 3,
        created: "1 december 2026".into(),
        updated: "6 december 2026".into(),
        derived_from: None,
        attribution: vec![],
        origin: None,
        original_url: None,
        followers: 2,
        feed_url: "/collections/c/feed.atom".into(),
        can: Permissions { edit: true, delete: true, hide: false, remix: true },
        viewing_version: None,
        appreciation: Appreciation::default(),
        network_share: None,
        network: Some(LinkView { title: "Rekenen samen".into(), url: "/groups/rekenen".into() }),
        network_choices: vec![Choice { id: "rekenen".into(), label: "Rekenen samen".into(), selected: true }],
    };
    let html = crate::collection(&ctx(Lang::Nl, true), &page);
    let (a, b, hidden) =
        (html.find("href=\"/materials/a\"").unwrap(), html.find("href=\"/materials/b\"").unwrap(), html.find("Niet (meer) beschikbaar").unwrap());
    assert!(a < b && b < hidden, "in order, the unavailable one without a link");
    assert!(!html.contains("href=\"/materials/geheim\""), "no link to what is not available");
    assert!(html.contains("Noot bij &lt;a&gt;") && html.contains("Reeks &lt;1&gt;"), "escaped");
    assert!(html.contains("(op elders.example)"), "an item from elsewhere says where it lives");
    assert_eq!(html.matches("action=\"/collections/c/items/remove\"").count(), 3);
    assert!(html.contains("action=\"/collections/c/copy\"") && html.contains("href=\"/collections/c/feed.atom\""));
    assert!(html.contains("<a href=\"/groups/rekenen\">Rekenen samen</a>") && html.contains("action=\"/collections/c/network\""), "owned by a network");
}
