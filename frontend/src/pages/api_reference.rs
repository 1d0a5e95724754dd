//! The reference of the JSON API (`/api/v1/docs`): the OpenAPI description as a plain page that
//! needs no script — contents, one section per operation with a stable anchor, and the schemas.

use std::collections::{HashMap, HashSet};

use maud::{html, Markup};

use crate::i18n::Lang;
use crate::layout::{page, Width};
use crate::views::{ApiAuth, ApiContent, ApiGroup, ApiOperation, ApiProperty, ApiReferencePage, ApiSchema, PageCtx, TypePart, TypeText};

/// Where the machine-readable description lives.
const OPENAPI_URL: &str = "/api/v1/openapi.json";
const VOCABULARIES_URL: &str = "/api/v1/vocabularies";

/// `op-get-api-v1-materials-id` for `GET /api/v1/materials/{id}`: links from elsewhere (issues,
/// other documentation) point here, so it depends on method and path only.
pub(crate) fn operation_anchor(method: &str, path: &str) -> String {
    format!("op-{}", slug(&format!("{method} {path}")))
}

/// `schema-Material`: the name keeps its case, since schema names differ by case alone at times.
pub(crate) fn schema_anchor(name: &str) -> String {
    let name: String = name.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '-' }).collect();
    format!("schema-{name}")
}

fn tag_anchor(name: &str) -> String {
    if name.is_empty() {
        "tag--untagged".to_owned()
    } else {
        format!("tag-{}", slug(name))
    }
}

/// Lower-case ASCII letters and digits, everything else one `-`.
fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Hands out anchors, adding `-2`, `-3`, … when two names come out the same: ids must be unique.
#[derive(Default)]
struct Anchors(HashSet<String>);

impl Anchors {
    fn unique(&mut self, anchor: String) -> String {
        let mut candidate = anchor.clone();
        let mut n = 2;
        while !self.0.insert(candidate.clone()) {
            candidate = format!("{anchor}-{n}");
            n += 1;
        }
        candidate
    }
}

/// The anchors of everything on the page, worked out before rendering so the contents, the
/// sections and the type links agree.
struct PageAnchors {
    /// Per group, its anchor and those of its operations.
    groups: Vec<(String, Vec<String>)>,
    schemas: HashMap<String, String>,
}

fn page_anchors(view: &ApiReferencePage) -> PageAnchors {
    // The fixed ids of the page are taken first, so no tag or operation can claim them.
    let mut taken = Anchors(["toc-title", "about-title", "schemas-title"].into_iter().map(str::to_owned).collect());
    let schemas = view.schemas.iter().map(|schema| (schema.name.clone(), taken.unique(schema_anchor(&schema.name)))).collect();
    let groups = view
        .groups
        .iter()
        .map(|group| {
            let anchor = taken.unique(tag_anchor(&group.name));
            (anchor, group.operations.iter().map(|op| taken.unique(operation_anchor(&op.method, &op.path))).collect())
        })
        .collect();
    PageAnchors { groups, schemas }
}

pub(crate) fn render(ctx: &PageCtx, view: &ApiReferencePage) -> Markup {
    let l = ctx.lang;
    let heading = l.t("api-reference-2");
    let anchors = page_anchors(view);
    let content = html! {
        div.page-header {
            h1 { (heading) }
            @if !view.title.is_empty() || !view.version.is_empty() {
                p.page-header__sub {
                    (view.title)
                    @if !view.version.is_empty() {
                        @if !view.title.is_empty() { ", " }
                        (l.t("version")) " " (view.version)
                    }
                }
            }
        }
        section.prose aria-labelledby="about-title" {
            h2 #about-title { (l.t("about-this-api")) }
            (text_block(&view.description))
            p {
                (l.t("this-page-describes-this"))
                code { "/api/v1" } ". "
                (l.t("for-programs-the-same"))
                a href=(OPENAPI_URL) { (l.t("the-openapi-3-1")) } "."
            }
            p {
                (l.t("the-values-of-the"))
                a href=(VOCABULARIES_URL) { code { (VOCABULARIES_URL) } } "."
            }
            p {
                (l.t("some-operations-need-an"))
                code { "Authorization: Bearer …" } ". "
                (l.t("you-make-a-token"))
                a href="/account" { (l.t("your-account-page")) } "."
            }
        }
        (contents(l, view, &anchors))
        @for (group, (anchor, op_anchors)) in view.groups.iter().zip(&anchors.groups) {
            (group_section(l, group, &anchors, anchor, op_anchors))
        }
        @if !view.schemas.is_empty() {
            section.block aria-labelledby="schemas-title" {
                h2 #schemas-title { (l.t("schemas")) }
                @for schema in &view.schemas {
                    (schema_section(l, schema, &anchors))
                }
            }
        }
    };
    page(ctx, heading, Width::Wide, content)
}

fn group_name(l: Lang, group: &ApiGroup) -> String {
    if group.name.is_empty() {
        l.t("other").to_owned()
    } else {
        group.name.clone()
    }
}

fn contents(l: Lang, view: &ApiReferencePage, anchors: &PageAnchors) -> Markup {
    html! {
        nav.block aria-labelledby="toc-title" {
            h2 #toc-title { (l.t("contents")) }
            @if view.groups.is_empty() {
                p.muted { (l.t("no-operations-are-described")) }
            }
            ol {
                @for (group, (anchor, op_anchors)) in view.groups.iter().zip(&anchors.groups) {
                    li {
                        a href={ "#" (anchor) } { (group_name(l, group)) }
                        @if !group.operations.is_empty() {
                            ul {
                                @for (op, op_anchor) in group.operations.iter().zip(op_anchors) {
                                    li {
                                        a href={ "#" (op_anchor) } { code { (op.method) " " (op.path) } }
                                        @if !op.summary.is_empty() { " — " (op.summary) }
                                    }
                                }
                            }
                        }
                    }
                }
                @if !view.schemas.is_empty() {
                    li { a href="#schemas-title" { (l.t("schemas")) } }
                }
            }
        }
    }
}

fn group_section(l: Lang, group: &ApiGroup, anchors: &PageAnchors, anchor: &str, op_anchors: &[String]) -> Markup {
    html! {
        section.block aria-labelledby=(anchor) {
            h2 #(anchor) { (group_name(l, group)) }
            (prose(&group.description))
            @for (op, op_anchor) in group.operations.iter().zip(op_anchors) {
                (operation_section(l, op, anchors, op_anchor))
            }
            p { a href="#toc-title" { (l.t("back-to-the-contents")) } }
        }
    }
}

fn operation_section(l: Lang, op: &ApiOperation, anchors: &PageAnchors, anchor: &str) -> Markup {
    let (auth, auth_note) = match op.auth {
        ApiAuth::Required => (l.t("token-required"), l.t("only-with-an-api")),
        ApiAuth::Optional => (l.t("token-optional"), l.t("works-without-a-token")),
        ApiAuth::None => (l.t("public"), l.t("no-token-needed")),
    };
    let what = format!("{} {}", op.method, op.path);
    html! {
        section.block aria-labelledby=(anchor) {
            h3 #(anchor) { span.badge.badge--type { (op.method) } " " code { (op.path) } }
            @if !op.summary.is_empty() { p.lead { (op.summary) } }
            p {
                span.badge { (auth) } " " (auth_note)
                @if op.deprecated {
                    " " span.badge.badge--hidden { (l.t("deprecated")) }
                }
            }
            (prose(&op.description))
            @if !op.parameters.is_empty() {
                h4 { (l.t("parameters")) }
                (table(&format!("params-{anchor}"), &format!("{} {what}", l.t("parameters-of")),
                    &[l.t("name"), l.t("in"), l.t("type"), l.t("required"), l.t("description")],
                    html! {
                        @for parameter in &op.parameters {
                            tr {
                                th scope="row" { code { (parameter.name) } }
                                td { (location(l, &parameter.location)) }
                                td { (type_markup(&parameter.type_text, anchors)) }
                                td { (yes_no(l, parameter.required)) }
                                td {
                                    (cell_text(&parameter.description))
                                    (enum_values(l, &parameter.enum_values))
                                }
                            }
                        }
                    }))
            }
            @if let Some(body) = &op.request_body {
                h4 { (l.t("request-body")) }
                @if body.required { p { (l.t("required-2")) } }
                (prose(&body.description))
                (content_list(&body.content, anchors))
            }
            @if !op.responses.is_empty() {
                h4 { (l.t("responses")) }
                (table(&format!("responses-{anchor}"), &format!("{} {what}", l.t("responses-of")),
                    &[l.t("status"), l.t("meaning"), l.t("content")],
                    html! {
                        @for response in &op.responses {
                            tr {
                                th scope="row" { code { (response.status) } }
                                td { (cell_text(&response.description)) }
                                td {
                                    @if response.content.is_empty() { span.muted { (l.t("none")) } }
                                    @else { (content_list(&response.content, anchors)) }
                                }
                            }
                        }
                    }))
            }
        }
    }
}

fn schema_section(l: Lang, schema: &ApiSchema, anchors: &PageAnchors) -> Markup {
    let anchor = anchors.schemas.get(&schema.name).cloned().unwrap_or_else(|| schema_anchor(&schema.name));
    html! {
        section.block aria-labelledby=(anchor) {
            h3 #(anchor) { code { (schema.name) } }
            (prose(&schema.description))
            @if show_type(schema) {
                p { (l.t("type-2")) (type_markup(&schema.type_text, anchors)) }
            }
            (enum_values(l, &schema.enum_values))
            @if !schema.properties.is_empty() {
                (table(&format!("props-{anchor}"), &format!("{} {}", l.t("properties-of"), schema.name),
                    &[l.t("name"), l.t("type"), l.t("required"), l.t("description")],
                    html! { @for property in &schema.properties { (property_row(l, property, anchors)) } }))
            }
        }
    }
}

/// Whether the schema's type is worth a line of its own: "object" above a table of properties is not.
fn show_type(schema: &ApiSchema) -> bool {
    !schema.type_text.is_empty() && (schema.properties.is_empty() || schema.type_text.plain() != "object")
}

fn property_row(l: Lang, property: &ApiProperty, anchors: &PageAnchors) -> Markup {
    html! {
        tr {
            th scope="row" {
                code.table__name { (property.name) }
                @if property.nullable { span.table__sub { (l.t("may-be-null")) } }
            }
            td { (type_markup(&property.type_text, anchors)) }
            td { (yes_no(l, property.required)) }
            td {
                (cell_text(&property.description))
                (enum_values(l, &property.enum_values))
            }
        }
    }
}

/// A table in a scrollable region named by its caption, so it can be reached and scrolled by keyboard.
fn table(id: &str, caption: &str, columns: &[&str], rows: Markup) -> Markup {
    html! {
        div.table-scroll role="region" aria-labelledby=(id) tabindex="0" {
            table.table {
                caption.visually-hidden #(id) { (caption) }
                thead { tr { @for column in columns { th scope="col" { (column) } } } }
                tbody { (rows) }
            }
        }
    }
}

fn content_list(content: &[ApiContent], anchors: &PageAnchors) -> Markup {
    html! {
        ul.plain-list {
            @for item in content {
                li {
                    code { (item.content_type) }
                    @if !item.type_text.is_empty() { ": " (type_markup(&item.type_text, anchors)) }
                }
            }
        }
    }
}

fn enum_values(l: Lang, values: &[String]) -> Markup {
    html! {
        @if !values.is_empty() {
            p {
                (l.t("one-of"))
                @for (idx, value) in values.iter().enumerate() {
                    @if idx > 0 { ", " }
                    code { (value) }
                }
            }
        }
    }
}

/// A type with each schema name linked to its section; names without a section stay text.
fn type_markup(type_text: &TypeText, anchors: &PageAnchors) -> Markup {
    html! {
        code {
            @for part in &type_text.parts {
                @match part {
                    TypePart::Text(text) => { (text) }
                    TypePart::Schema(name) => {
                        @match anchors.schemas.get(name) {
                            Some(anchor) => { a href={ "#" (anchor) } { (name) } }
                            None => { (name) }
                        }
                    }
                }
            }
        }
    }
}

fn location(l: Lang, location: &str) -> String {
    match location {
        "path" => l.t("path").to_owned(),
        "query" => l.t("query").to_owned(),
        "header" => l.t("header").to_owned(),
        "cookie" => l.t("cookie").to_owned(),
        other => other.to_owned(),
    }
}

fn yes_no(l: Lang, yes: bool) -> &'static str {
    if yes {
        l.t("yes")
    } else {
        l.t("no")
    }
}

/// A description in the measure of running text; nothing when there is none.
fn prose(text: &str) -> Markup {
    html! {
        @if !text.trim().is_empty() { div.prose { (text_block(text)) } }
    }
}

/// An OpenAPI description as paragraphs (split at blank lines) with `code` spans; the rest of its
/// CommonMark shows as written. Escaped like all text: descriptions come from doc comments today,
/// but the page must stay safe whatever they hold.
fn text_block(text: &str) -> Markup {
    html! {
        @for paragraph in &paragraphs(text) {
            p { (inline_code(paragraph)) }
        }
    }
}

/// The paragraphs of a text, split at blank lines, each on one line.
fn paragraphs(text: &str) -> Vec<String> {
    let mut paragraphs: Vec<String> = vec![String::new()];
    for line in text.lines() {
        let line = line.trim();
        match paragraphs.last_mut() {
            Some(last) if !line.is_empty() => {
                if !last.is_empty() {
                    last.push(' ');
                }
                last.push_str(line);
            }
            Some(last) if last.is_empty() => {}
            _ => paragraphs.push(String::new()),
        }
    }
    paragraphs.retain(|paragraph| !paragraph.is_empty());
    paragraphs
}

/// A description in a table cell: one paragraph stays inline, so rows keep the height of their text.
fn cell_text(text: &str) -> Markup {
    let paragraphs = paragraphs(text);
    html! {
        @match paragraphs.as_slice() {
            [] => {}
            [one] => { (inline_code(one)) }
            many => { @for paragraph in many { p { (inline_code(paragraph)) } } }
        }
    }
}

/// Text with its backtick spans as `code`; with an odd number of backticks, all of it as text.
fn inline_code(text: &str) -> Markup {
    let pieces: Vec<&str> = text.split('`').collect();
    html! {
        @if pieces.len().is_multiple_of(2) {
            (text)
        } @else {
            @for (idx, piece) in pieces.iter().enumerate() {
                @if idx % 2 == 1 { code { (piece) } } @else { (piece) }
            }
        }
    }
}
