//! The pictures are well-formed SVG that show the numbers they stand for.

use crate::i18n::Lang;
use crate::views::{ActivityView, CoverageArea, CoverageDomain, CoverageGoal, CoverageView, RemixNodeView, RemixTreeView};

/// The `<svg>` element of a rendered figure, parsed.
fn svg_of(html: &str) -> String {
    let start = html.find("<svg").expect("an svg element");
    let end = html.find("</svg>").expect("its end") + "</svg>".len();
    html[start..end].to_owned()
}

fn goal(code: &str, count: u64) -> CoverageGoal {
    CoverageGoal {
        uri: format!("https://example.org/{code}"),
        code: code.into(),
        statement: format!("Statement {code} & <more>"),
        url: format!("/goals/{code}"),
        search_url: format!("/search?goal={code}"),
        count,
    }
}

fn coverage_view() -> CoverageView {
    CoverageView {
        framework: "Kerndoelen".into(),
        scope: "all materials".into(),
        areas: vec![
            CoverageArea {
                title: "Rekenen".into(),
                domains: vec![
                    CoverageDomain { title: "Getallen".into(), goals: vec![goal("26", 0), goal("27", 1), goal("28", 3)] },
                    CoverageDomain { title: "Meten".into(), goals: vec![goal("32", 7)] },
                ],
            },
            CoverageArea {
                title: "Taal".into(),
                domains: vec![CoverageDomain { title: String::new(), goals: (0..20).map(|i| goal(&format!("T{i}"), i * 2)).collect() }],
            },
        ],
    }
}

#[test]
fn coverage_shows_every_goal_with_its_number_and_colour() {
    let view = coverage_view();
    let html = crate::pages::charts::coverage(Lang::En, "cov", &view).into_string();
    let source = svg_of(&html);
    let doc = roxmltree::Document::parse(&source).expect("well-formed SVG");
    let svg = doc.root_element();
    assert_eq!(svg.tag_name().name(), "svg");
    assert_eq!(svg.attribute("role"), Some("img"));
    for id in svg.attribute("aria-labelledby").unwrap().split(' ') {
        assert!(doc.descendants().any(|n| n.attribute("id") == Some(id)), "labelled by {id}, which exists");
    }
    let desc = doc.descendants().find(|n| n.has_tag_name("desc")).unwrap().text().unwrap().to_owned();
    assert!(desc.contains("24") && desc.contains('2'), "{desc}");
    // One group per goal: a square and its number.
    let cells: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("g")).collect();
    assert_eq!(cells.len(), 24);
    let expected: Vec<u64> = view.goals().map(|g| g.count).collect();
    for (cell, count) in cells.iter().zip(&expected) {
        let number = cell.descendants().find(|n| n.has_tag_name("text")).unwrap().text().unwrap();
        assert_eq!(number, count.to_string());
        let rect = cell.descendants().find(|n| n.has_tag_name("rect")).unwrap();
        assert_eq!(rect.attribute("fill"), Some(super::SCALE[super::step(*count)].0));
        assert_eq!(rect.attribute("stroke-dasharray").is_some(), *count == 0, "empty goals are dashed");
        let tooltip = cell.descendants().find(|n| n.has_tag_name("title")).unwrap().text().unwrap();
        assert!(tooltip.contains("& <more>"), "{tooltip}");
    }
    // Twenty goals wrap onto a second row of squares, below the first.
    let ys: std::collections::BTreeSet<&str> =
        cells[4..].iter().map(|c| c.descendants().find(|n| n.has_tag_name("rect")).unwrap().attribute("y").unwrap()).collect();
    assert_eq!(ys.len(), 2);
    // The table has one row per goal with the same numbers.
    let table = &html[html.find("<tbody>").unwrap()..];
    assert_eq!(table.matches("<tr data-goal=").count(), 24);
    assert!(table.contains(r#"<a href="/search?goal=32">7</a>"#));
}

#[test]
fn coverage_is_translated() {
    let view = coverage_view();
    let english = crate::pages::charts::coverage(Lang::En, "cov", &view).into_string();
    let german = crate::pages::charts::coverage(Lang::De, "cov", &view).into_string();
    assert!(german.contains(Lang::De.t("coverage-legend")) && english.contains(Lang::En.t("coverage-legend")));
    assert_ne!(Lang::De.t("coverage-legend"), Lang::En.t("coverage-legend"));
}

fn work(title: &str, node: &str, children: Vec<RemixNodeView>) -> RemixNodeView {
    RemixNodeView { title: title.into(), url: format!("https://{node}/m/{title}"), node: node.into(), license: "CC BY 4.0".into(), children }
}

#[test]
fn remix_tree_draws_every_work_once_with_its_line() {
    let view = RemixTreeView {
        ancestors: vec![work("Origineel", "a.example", vec![]), work("Bewerking", "b.example", vec![])],
        this: work("Deze", "c.example", vec![]),
        descendants: vec![work("Kind 1", "c.example", vec![work("Kleinkind", "d.example", vec![])]), work("Kind 2", "e.example", vec![])],
    };
    let html = crate::pages::charts::remix_tree(Lang::Nl, "tree", &view).into_string();
    let source = svg_of(&html);
    let doc = roxmltree::Document::parse(&source).expect("well-formed SVG");
    let boxes: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("rect")).collect();
    assert_eq!(boxes.len(), 6);
    assert_eq!(boxes.iter().filter(|b| b.attribute("stroke-width") == Some("3")).count(), 1, "one box is this material");
    assert_eq!(doc.descendants().filter(|n| n.has_tag_name("path")).count(), 5, "every work but the oldest hangs from one");
    let texts: String = doc.descendants().filter(|n| n.is_text()).map(|n| n.text().unwrap_or_default()).collect();
    for title in ["Origineel", "Bewerking", "Deze", "Kind 1", "Kleinkind", "Kind 2", "d.example · CC BY 4.0"] {
        assert!(texts.contains(title), "{title} in the picture");
    }
    // Generations are indented: the grandchild sits right of its parent.
    let x_of = |title: &str| {
        let row = doc
            .descendants()
            .find(|n| {
                n.has_tag_name("g") && n.descendants().any(|t| t.is_text() && t.text().is_some_and(|s| s == title || s.starts_with(&format!("{title} ("))))
            })
            .unwrap();
        row.descendants().find(|n| n.has_tag_name("rect")).unwrap().attribute("x").unwrap().parse::<u32>().unwrap()
    };
    assert!(x_of("Origineel") < x_of("Deze") && x_of("Deze") < x_of("Kind 1") && x_of("Kind 1") < x_of("Kleinkind"));
    assert_eq!(x_of("Kind 1"), x_of("Kind 2"));
    assert_eq!(html.matches("<li>").count(), 6, "the list has every work");
}

#[test]
fn activity_bars_are_as_tall_as_their_numbers() {
    let months: Vec<(i32, u8, u64)> =
        (0..12).map(|i| (if i < 3 { 2025 } else { 2026 }, ((i + 9) % 12 + 1) as u8, [0, 3, 6, 1, 0, 12, 4, 4, 2, 0, 9, 5][i as usize])).collect();
    let view = ActivityView { what: "Posts".into(), months: months.clone() };
    let html = crate::pages::charts::activity(Lang::Fr, "act", &view).into_string();
    let source = svg_of(&html);
    let doc = roxmltree::Document::parse(&source).expect("well-formed SVG");
    let bars: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("rect")).collect();
    assert_eq!(bars.len(), 12);
    let heights: Vec<f64> = bars.iter().map(|b| b.attribute("height").unwrap().parse().unwrap()).collect();
    let tallest = heights.iter().cloned().fold(0.0, f64::max);
    for (height, (_, _, count)) in heights.iter().zip(&months) {
        assert!((height / tallest - *count as f64 / 12.0).abs() < 0.02, "{height} for {count}");
    }
    let desc = doc.descendants().find(|n| n.has_tag_name("desc")).unwrap().text().unwrap().to_owned();
    assert!(desc.contains("46"), "the total in the description: {desc}");
    assert!(source.contains(&Lang::Fr.t("month-10").chars().take(3).collect::<String>()));
    assert_eq!(html[html.find("<tbody>").unwrap()..].matches("<tr>").count(), 12);
}
