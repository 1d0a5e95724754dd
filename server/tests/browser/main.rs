//! End-to-end: a real headless Chromium drives the main flow on a real node (sign up, write
//! and publish a material with an attachment, view it, take it back to draft and publish it
//! from its page, remix it, search on a phone, switch the UI language), and following a partner
//! node by handle on the network page, then setting an allowlist. axe-core (npm) checks every
//! page the main flow visits, signed out and signed in, against WCAG 2.1 A and AA.
//! Saves `test-artifacts/material-page.png`, `search-phone.png` and `network-page-en.png` to look at.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod oidc;
#[path = "../api/support.rs"]
mod support;
mod webdriver;
mod xss;

use std::time::Duration;

use deelwijs_frontend::i18n::Lang;

use support::{Backend, TestNode};
use webdriver::{wait_until, Browser, Driver};

/// axe-core's script, installed from the npm registry by `.ci/test` (`tests/browser/axe`).
fn axe_source() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/axe/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{} is missing ({e}): run .ci/test once; it installs axe-core from npm", path.display()))
}

/// WCAG 2.1 A/AA findings over the pages of a flow.
struct Audit {
    axe: String,
    pages: Vec<String>,
    problems: Vec<String>,
}

impl Audit {
    fn new() -> Audit {
        Audit { axe: axe_source(), pages: Vec::new(), problems: Vec::new() }
    }

    async fn check(&mut self, browser: &Browser, page: &str) {
        self.pages.push(page.to_owned());
        for violation in browser.accessibility_violations(&self.axe).await {
            self.problems.push(format!("{page}: {violation}"));
        }
    }

    fn assert_clean(&self) {
        assert!(self.pages.len() >= 12, "axe ran on {} pages: {:?}", self.pages.len(), self.pages);
        assert!(self.problems.is_empty(), "WCAG 2.1 A/AA violations:\n{}", self.problems.join("\n"));
        eprintln!("axe-core: no WCAG 2.1 A/AA violations on {} pages: {}", self.pages.len(), self.pages.join(", "));
    }
}

async fn wait_for_path(browser: &Browser, what: &str, matches: impl Fn(&str) -> bool) -> String {
    wait_until(Duration::from_secs(15), what, || async {
        let url = browser.current_url().await;
        matches(&url).then_some(url)
    })
    .await
}

/// The remix's page, found from the original's list of remixes.
async fn remix_page_url(browser: &Browser) -> String {
    let href = browser.execute("return [...document.querySelectorAll('a')].find(a => a.textContent.includes('groep 7')).href;").await;
    href.as_str().unwrap().to_owned()
}

#[actix_web::test]
async fn main_flow_in_a_real_browser() {
    // The UI does not depend on the backend; the API suites cover both databases.
    let node = TestNode::start(Backend::Sqlite).await;
    let driver = Driver::start().await;
    let profile = tempfile::tempdir().unwrap();
    let browser = Browser::open(&driver, profile.path()).await;
    let to = |path: &str| format!("{}{path}", node.url);
    let mut audit = Audit::new();

    // Signed out.
    for path in ["/", "/materials", "/case-studies", "/search?q=breuken", "/curricula", "/sign-in", "/api/v1/docs"] {
        browser.goto(&to(path)).await;
        audit.check(&browser, path).await;
    }

    // Sign up (the first account of a fresh node).
    browser.goto(&to("/sign-up")).await;
    audit.check(&browser, "/sign-up").await;
    browser.type_into("input[name=username]", "juf-anna").await;
    browser.type_into("input[name=email]", "anna@example.org").await;
    browser.type_into("input[name=display_name]", "Juf Anna").await;
    browser.type_into("input[name=password]", "een lang wachtwoord").await;
    browser.click("main form button[type=submit]").await;
    wait_for_path(&browser, "the account page", |url| url.contains("/account")).await;
    audit.check(&browser, "/account").await;

    // Write and publish a material with an attachment, goals first: suggested from the text
    // typed so far, then one more picked from the framework's tree for the level chosen.
    let artifacts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let slo = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/demo/slo-kerndoelen-2025-11.case.json")).unwrap();
    deelwijs_server::app::curricula::import(&node.app, None, serde_json::from_str(&slo).unwrap()).await.unwrap();
    let attachment = profile.path().join("werkblad-breuken.txt");
    std::fs::write(&attachment, "Werkblad: kleur 3/8 van de pizza.").unwrap();
    browser.goto(&to("/materials/new")).await;
    audit.check(&browser, "/materials/new").await;
    browser.type_into("input[name=title]", "Breuken met pizza's").await;
    browser.type_into("textarea[name=summary]", "Leerlingen vergelijken breuken met pizzapunten.").await;
    browser.type_into("textarea[name=body]", "## Stap 1\n\nSnijd de pizza in acht stukken.\n\n## Stap 2\n\nKleur 3/8 en vergelijk de breuken.").await;
    browser.click("input[name=education_levels][value=po]").await;
    browser.click("input[name=subjects][value=rekenen-wiskunde]").await;
    browser.click("button[value=suggest]").await;
    wait_until(Duration::from_secs(10), "goals suggested from the text", || async {
        browser.page_source().await.contains("Voorgesteld op basis van je tekst").then_some(())
    })
    .await;
    assert_eq!(browser.attribute("input[name=title]", "value").await.as_deref(), Some("Breuken met pizza's"), "the text is kept");
    audit.check(&browser, "the material form with suggested goals").await;
    let suggested = browser.attribute("#field-goals input[name=goals]", "value").await.unwrap();
    browser.click("#field-goals input[name=goals]").await;
    browser.click("button[value=browse]").await;
    wait_until(Duration::from_secs(10), "the goal tree", || async { (browser.count("details.goal-browse__group").await > 0).then_some(()) }).await;
    assert!(!browser.page_source().await.contains("VO Kerndoel"), "the tree is narrowed to PO");
    browser.execute("document.querySelectorAll('details.goal-browse__group').forEach(d => d.open = true); return null;").await;
    audit.check(&browser, "the material form with the goal tree open").await;
    browser.execute("document.querySelector('#field-goals').scrollIntoView(); return null;").await;
    std::fs::write(artifacts.join("material-form-goals.png"), browser.screenshot().await).unwrap();
    let picked = browser
        .execute(&format!(
        "const box = [...document.querySelectorAll('div.goal-browse input[name=goals]')].find(b => b.value !== '{suggested}'); box.click(); return box.value;"
    ))
        .await;
    browser.click("select[name=license] option[value='CC-BY-SA-4.0']").await;
    browser.click("input[name=status][value=published]").await;
    browser.type_into("input[name=attachment]", &attachment.to_string_lossy()).await;
    browser.click("form[action='/materials'] button[value=save]").await;
    let material_url = wait_for_path(&browser, "the new material page", |url| url.contains("/materials/") && !url.ends_with("/new")).await;
    let material_id = material_url.split("/materials/").nth(1).unwrap().split('?').next().unwrap().to_owned();
    let goals: Vec<String> =
        deelwijs_server::app::materials::get(&node.app, None, &material_id).await.unwrap().fields.goals.iter().map(|g| g.uri.clone()).collect();
    assert_eq!(goals, [suggested, picked.as_str().unwrap().to_owned()], "both goals aligned from the first save");

    // View it.
    assert_eq!(browser.text("h1").await, "Breuken met pizza's");
    audit.check(&browser, "a material page (owner)").await;
    let source = browser.page_source().await;
    assert!(source.contains("werkblad-breuken.txt"), "the attachment is listed");
    assert!(source.contains("CC BY-SA 4.0"));
    let png = browser.screenshot().await;
    assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
    std::fs::write(artifacts.join("material-page.png"), png).unwrap();

    // Take it back to draft and publish it again, from the page itself.
    let material_path = material_url.split('?').next().unwrap().to_owned();
    browser.click("form[action$='/status'] button[type=submit]").await;
    wait_for_path(&browser, "back to draft", |url| url.contains("done=draft")).await;
    assert_eq!(browser.text("form[action$='/status'] button[type=submit]").await, "Publiceren");
    assert!(reqwest::get(&material_path).await.unwrap().status() == reqwest::StatusCode::NOT_FOUND, "a draft is not public");
    browser.click("form[action$='/status'] button[type=submit]").await;
    wait_for_path(&browser, "published again", |url| url.contains("done=published")).await;
    assert!(reqwest::get(&material_path).await.unwrap().status().is_success(), "public again");

    // The history shows each version's visibility. Restoring the first version (before the
    // attachment) keeps the material public and takes the file away; restoring the second
    // brings the file back.
    browser.goto(&format!("{material_path}/history")).await;
    audit.check(&browser, "a material's history").await;
    assert!(browser.page_source().await.contains("Bijlage toegevoegd: werkblad-breuken.txt"), "file changes are versions");
    browser.click("form[action$='/versions/1/restore'] button[type=submit]").await;
    wait_for_path(&browser, "the restored material", |url| url.contains("done=restored")).await;
    assert!(reqwest::get(&material_path).await.unwrap().status().is_success(), "restoring kept it public");
    assert!(!browser.page_source().await.contains("werkblad-breuken.txt"), "version 1 had no attachment");
    browser.goto(&format!("{material_path}/history")).await;
    assert!(browser.page_source().await.contains("Versie 1 teruggezet"));
    browser.click("form[action$='/versions/2/restore'] button[type=submit]").await;
    wait_for_path(&browser, "the restored material", |url| url.contains("done=restored")).await;
    assert!(browser.page_source().await.contains("werkblad-breuken.txt"), "restoring version 2 brought the file back");
    std::fs::write(artifacts.join("material-restored.png"), browser.screenshot().await).unwrap();

    // Remix it: ShareAlike offers only its own licence.
    browser.goto(&format!("{material_path}/remix")).await;
    audit.check(&browser, "the remix form").await;
    assert_eq!(browser.count("input[name=license]").await, 1, "ShareAlike: one licence on offer");
    browser.type_into("input[name=title]", "Breuken met pizza's – groep 7").await;
    browser.click("main form button[type=submit]").await;
    wait_for_path(&browser, "the remix's edit form", |url| url.contains("/edit")).await;
    audit.check(&browser, "the edit form").await;
    browser.click("input[name=status][value=published]").await;
    browser.click("main form[enctype='multipart/form-data'] button[value=save]").await;
    wait_for_path(&browser, "the published remix", |url| url.contains("done=saved")).await;
    let remix_page = browser.page_source().await;
    assert!(remix_page.contains("Breuken met pizza's – groep 7"));
    assert!(remix_page.contains(&material_path), "the remix links its source");

    audit.check(&browser, "a remix's page").await;

    browser.goto(&material_path).await;
    assert!(browser.page_source().await.contains("groep 7"), "the original lists its remix");
    // Its remix tree, drawn on the server: the original and the remix below it.
    assert_eq!(browser.count("svg[aria-labelledby='remix-tree-title remix-tree-desc'] rect").await, 2);
    browser.execute("document.getElementById('remix-tree-heading').scrollIntoView(); return null;").await;
    std::fs::write(artifacts.join("remix-tree.png"), browser.screenshot().await).unwrap();
    audit.check(&browser, "a material page with its remix tree").await;
    // The framework's goal coverage: one square per goal, the material's goals counted.
    let frameworks = deelwijs_server::app::curricula::frameworks(&node.app).await.unwrap();
    browser.goto(&to(&format!("/curricula/{}", frameworks[0].row.id))).await;
    assert!(browser.count("svg[aria-labelledby='coverage-title coverage-desc'] g").await > 100, "a square per goal");
    browser.execute("document.getElementById('coverage-heading').scrollIntoView(); return null;").await;
    std::fs::write(artifacts.join("coverage.png"), browser.screenshot().await).unwrap();
    audit.check(&browser, "a framework page with its goal coverage").await;
    browser.goto(&material_path).await;

    // Start a collection from the material page, then add the remix to it with a note.
    browser.click("a[href^='/collections/new?material=']").await;
    wait_for_path(&browser, "the new collection form", |url| url.contains("/collections/new")).await;
    audit.check(&browser, "the new collection form").await;
    assert!(
        browser.page_source().await.contains("Breuken met pizza&#39;s") || browser.page_source().await.contains("Breuken met pizza's"),
        "the material is listed already"
    );
    browser.type_into("input[name=title]", "Breuken in groep 6 en 7").await;
    browser.click("input[name=status][value=published]").await;
    browser.click("form[action='/collections'] button[value=save]").await;
    let collection_url = wait_for_path(&browser, "the collection page", |url| url.contains("/collections/") && url.contains("done=created")).await;
    audit.check(&browser, "a collection page (owner)").await;
    browser.goto(&material_path).await;
    let remix_url = remix_page_url(&browser).await;
    browser.goto(&remix_url).await;
    browser.type_into("form[action$='/collect'] textarea[name=note]", "Voor groep 7, daarna").await;
    browser.click("form[action$='/collect'] button[type=submit]").await;
    wait_for_path(&browser, "the collection with two items", |url| url.contains("done=collected")).await;
    let collection = browser.page_source().await;
    assert_eq!(browser.count("ol.collection-items > li").await, 2, "two items, in order");
    assert!(collection.contains("Voor groep 7, daarna"), "with the note");
    std::fs::write(artifacts.join("collection-page.png"), browser.screenshot().await).unwrap();
    let collection_path = collection_url.split('?').next().unwrap().to_owned();
    browser.goto(&format!("{collection_path}/edit")).await;
    audit.check(&browser, "the collection edit form").await;
    browser.goto(&to("/collections")).await;
    audit.check(&browser, "the list of collections").await;

    // On a phone, search results come first; the filters wait behind one control.
    browser.resize(390, 844).await;
    wait_until(Duration::from_secs(15), "both materials and the collection in the index", || async {
        browser.goto(&to("/search?q=breuken")).await;
        (browser.count("li.hit").await == 3).then_some(())
    })
    .await;
    std::fs::write(artifacts.join("search-phone.png"), browser.screenshot().await).unwrap();
    let first_hit = browser.execute("return document.querySelector('li.hit').getBoundingClientRect().top;").await.as_f64().unwrap();
    // Below only the header, the search form and the folded filters (it was 1,428 px, under
    // seven open filter groups, before they folded); signed in as an administrator, whose
    // header is the tallest.
    let layout = browser.execute("return Array.from(document.querySelectorAll('header, main > *, main section > *, .results > *')).map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().top) + '+' + Math.round(e.getBoundingClientRect().height)).join(' | ');").await;
    assert!(first_hit < 800.0, "the first result starts {first_hit} px down on a phone: {layout}");
    let panel_height = "return document.querySelector('details.facets-panel').getBoundingClientRect().height;";
    let folded = browser.execute(panel_height).await.as_f64().unwrap();
    assert!(folded < 80.0, "filters folded to their control ({folded} px)");
    browser.click("summary.facets-panel__toggle").await;
    assert!(browser.execute(panel_height).await.as_f64().unwrap() > 200.0, "filters open");
    audit.check(&browser, "search on a phone, filters open").await;
    // Folded again, then on a wide screen: beside the results, with no control to open.
    browser.click("summary.facets-panel__toggle").await;
    browser.resize(1280, 900).await;
    assert!(browser.execute(panel_height).await.as_f64().unwrap() > 200.0, "open on a wide screen");
    assert_eq!(browser.execute("return getComputedStyle(document.querySelector('summary.facets-panel__toggle')).display;").await, "none");

    // Ask a help question through the form, answer it, and mark the answer as the helpful one:
    // plain forms, no script. The page and the form pass the audit.
    browser.goto(&to("/questions/new")).await;
    audit.check(&browser, "/questions/new").await;
    browser.type_into("input[name=title]", "Partnerschool gezocht voor breuken").await;
    browser.type_into("textarea[name=situation]", "Wij zoeken een school in Duitsland die **breuken** met pizza's uitlegt.").await;
    browser.click("input[name=help_type][value=partner_ka2]").await;
    browser.click("input[name=themes][value=innovating_together]").await;
    browser.type_into("input[name=languages]", "nl, de").await;
    browser.click("main form button[type=submit]").await;
    let question_url = wait_for_path(&browser, "the question page", |url| url.contains("/questions/") && !url.ends_with("/new")).await;
    assert!(browser.page_source().await.contains("<strong>breuken</strong>"), "the situation in Markdown");
    browser.type_into("textarea[name=text]", "Wij hebben een werkblad: zie *Breuken met pizza's*.").await;
    browser.click("#answers form button[type=submit]").await;
    wait_until(Duration::from_secs(10), "the answer", || async { (browser.count("li.answer").await == 1).then_some(()) }).await;
    browser.click("li.answer form button[name=answer]").await;
    wait_until(Duration::from_secs(10), "the helpful answer", || async { (browser.count("li.answer--helpful").await == 1).then_some(()) }).await;
    assert!(browser.text(".page-header__badges").await.contains("Beantwoord"), "the question is answered");
    assert!(browser.count("#matches li.match").await >= 1, "matchmaking lists the material on fractions");
    std::fs::write(artifacts.join("question.png"), browser.screenshot().await).unwrap();
    audit.check(&browser, &question_url).await;

    // Switch the UI language through all four, and back to Dutch: each page speaks the chosen
    // language (texts from its Fluent file), keeps it across pages, and passes the audit.
    assert_eq!(browser.attribute("html", "lang").await.as_deref(), Some("nl"));
    let material_url = material_path.clone();
    browser.goto(&material_url).await;
    for lang in [Lang::En, Lang::De, Lang::Fr, Lang::Nl] {
        browser.click(&format!("a[hreflang={}]", lang.code())).await;
        wait_until(Duration::from_secs(10), "the chosen UI language", || async {
            (browser.attribute("html", "lang").await.as_deref() == Some(lang.code())).then_some(())
        })
        .await;
        assert_eq!(browser.current_url().await, material_url, "the switch comes back to the same page");
        // In the source, as the page writes it (styles may change case on screen).
        let escaped = |text: &str| text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
        let page = browser.page_source().await;
        for id in ["about-this-material", "licence", "shared-by", "sign-out", "attachments"] {
            assert!(page.contains(&escaped(lang.t(id))), "{id} in {}: {:?} not on the page", lang.code(), lang.t(id));
        }
        std::fs::write(artifacts.join(format!("material-page-{}.png", lang.code())), browser.screenshot().await).unwrap();
        audit.check(&browser, &format!("a material page in {}", lang.native_name())).await;
        // The next page keeps the language (the cookie), with its own texts.
        browser.goto(&to("/search?q=breuken")).await;
        assert_eq!(browser.attribute("html", "lang").await.as_deref(), Some(lang.code()));
        assert!(browser.page_source().await.contains(&escaped(lang.t("education-level"))), "search filters in {}", lang.code());
        std::fs::write(artifacts.join(format!("search-{}.png", lang.code())), browser.screenshot().await).unwrap();
        browser.goto(&material_url).await;
    }
    browser.click("a[hreflang=en]").await;
    wait_until(Duration::from_secs(10), "the English UI", || async { (browser.attribute("html", "lang").await.as_deref() == Some("en")).then_some(()) }).await;
    // The check itself sees a violation when there is one: an image without a text alternative.
    browser.execute("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/favicon.svg\">'); return null;").await;
    let found = browser.accessibility_violations(&audit.axe).await;
    assert!(found.iter().any(|v| v.starts_with("image-alt")), "axe reports a planted violation: {found:?}");
    browser.close().await;
    audit.assert_clean();
}

#[actix_web::test]
async fn follow_a_partner_node_in_a_real_browser() {
    let a = TestNode::start_federating(Backend::Sqlite).await;
    let b = TestNode::start_federating(Backend::Sqlite).await;
    let teacher = b.user("bas", deelwijs_server::domain::vocab::Role::Member).await;
    let driver = Driver::start().await;
    let profile = tempfile::tempdir().unwrap();
    let browser = Browser::open(&driver, profile.path()).await;
    let to = |path: &str| format!("{}{path}", a.url);

    // The first account of node A is its administrator.
    browser.goto(&to("/sign-up")).await;
    browser.type_into("input[name=username]", "beheer").await;
    browser.type_into("input[name=email]", "beheer@example.org").await;
    browser.type_into("input[name=display_name]", "Beheer").await;
    browser.type_into("input[name=password]", "een lang wachtwoord").await;
    browser.click("main form button[type=submit]").await;
    wait_for_path(&browser, "the account page", |url| url.contains("/account")).await;

    // Follow B's node by its handle, from the network page (no JavaScript involved).
    browser.click("a[href='/network']").await;
    wait_for_path(&browser, "the network page", |url| url.ends_with("/network")).await;
    let handle = format!("@materialen@{}", b.url.trim_start_matches("http://"));
    browser.type_into("input[name=target]", &handle).await;
    browser.click("form[action='/network/follow'] button[type=submit]").await;
    wait_for_path(&browser, "the network page after following", |url| url.contains("done=saved")).await;
    wait_until(Duration::from_secs(15), "the follow to be accepted", || async {
        browser.goto(&to("/network")).await;
        browser.page_source().await.contains(">gevolgd<").then_some(())
    })
    .await;

    // What B publishes now appears on A's timeline.
    b.material(&teacher, serde_json::json!({"title": "Breuken van de buren"})).await;
    wait_until(Duration::from_secs(15), "B's material on A's timeline", || async {
        browser.goto(&to("/timeline")).await;
        browser.page_source().await.contains("Breuken van de buren").then_some(())
    })
    .await;

    // The network page in English, for the partner school abroad.
    browser.goto(&to("/network")).await;
    browser.click("a[hreflang=en]").await;
    wait_until(Duration::from_secs(10), "the English network page", || async { (browser.text("h1").await == "Network").then_some(()) }).await;
    assert!(browser.page_source().await.contains(&handle));
    let artifacts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    std::fs::write(artifacts.join("network-page-en.png"), browser.screenshot().await).unwrap();

    // The admin switches to an allowlist with only B.
    browser.goto(&to("/admin")).await;
    browser.click("input[name=mode][value=allowlist]").await;
    browser.type_into("textarea[name=instances]", b.url.trim_start_matches("http://")).await;
    browser.click("form[action='/admin/federation'] button[type=submit]").await;
    wait_for_path(&browser, "the saved policy", |url| url.contains("done=saved")).await;
    let token = a.user("api-beheer", deelwijs_server::domain::vocab::Role::Admin).await;
    let (_, policy) = a.get("/admin/federation", Some(&token)).await;
    assert_eq!(policy["mode"], "allowlist", "{policy}");
    browser.close().await;
}
