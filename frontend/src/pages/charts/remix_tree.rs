//! A material's remix tree: the works it comes from, itself, and what was made of it, one box
//! per work (title, node, licence), indented by generation; a list of the same beside it.

use maud::{html, Markup};

use super::{clip, WIDTH};
use crate::i18n::Lang;
use crate::views::{RemixNodeView, RemixTreeView};

const ROW: u32 = 58;
const BOX: u32 = 48;
const INDENT: u32 = 28;

/// One box of the laid-out tree.
struct Row<'a> {
    node: &'a RemixNodeView,
    depth: u32,
    /// The row it hangs from.
    parent: Option<usize>,
    is_this: bool,
}

fn lay_out<'a>(view: &'a RemixTreeView) -> Vec<Row<'a>> {
    let mut rows = Vec::new();
    for (depth, ancestor) in view.ancestors.iter().enumerate() {
        let parent = depth.checked_sub(1);
        rows.push(Row { node: ancestor, depth: u32::try_from(depth).unwrap_or(0), parent, is_this: false });
    }
    let depth = u32::try_from(view.ancestors.len()).unwrap_or(0);
    rows.push(Row { node: &view.this, depth, parent: view.ancestors.len().checked_sub(1), is_this: true });
    let this = rows.len() - 1;
    fn below<'a>(children: &'a [RemixNodeView], depth: u32, parent: usize, rows: &mut Vec<Row<'a>>) {
        for child in children {
            rows.push(Row { node: child, depth, parent: Some(parent), is_this: false });
            let at = rows.len() - 1;
            below(&child.children, depth + 1, at, rows);
        }
    }
    below(&view.descendants, depth + 1, this, &mut rows);
    rows
}

fn subtitle(l: Lang, node: &RemixNodeView) -> String {
    match (node.node.is_empty(), node.license.is_empty()) {
        (false, false) => format!("{} · {}", node.node, node.license),
        (false, true) => node.node.clone(),
        (true, false) => node.license.clone(),
        (true, true) => l.t("remix-tree-unknown").to_owned(),
    }
}

pub(crate) fn remix_tree(l: Lang, id: &str, view: &RemixTreeView) -> Markup {
    let rows = lay_out(view);
    let height = u32::try_from(rows.len()).unwrap_or(0) * ROW + 4;
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let descendants = rows.iter().filter(|r| !r.is_this).count() - view.ancestors.len();
    let description = l.tf("remix-tree-description", &[("ancestors", view.ancestors.len().into()), ("descendants", descendants.into())]);
    html! {
        figure.chart.chart--remix-tree {
            svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (WIDTH) " " (height) } width=(WIDTH) height=(height)
                role="img" aria-labelledby={ (title_id) " " (desc_id) } font-family="system-ui, sans-serif" font-size="13" {
                title id=(title_id) { (l.tf("remix-tree-title", &[("title", view.this.title.as_str().into())])) }
                desc id=(desc_id) { (description) }
                // Connectors first, so boxes cover their ends.
                @for (i, row) in rows.iter().enumerate() {
                    @if let Some(parent) = row.parent {
                        @let from_x = 2 + rows[parent].depth * INDENT + 12;
                        @let from_y = u32::try_from(parent).unwrap_or(0) * ROW + BOX;
                        @let to_y = u32::try_from(i).unwrap_or(0) * ROW + BOX / 2;
                        @let to_x = 2 + row.depth * INDENT;
                        path d={ "M" (from_x) " " (from_y) " V" (to_y) " H" (to_x) } fill="none" stroke="#555" stroke-width="1.5" {}
                    }
                }
                @for (i, row) in rows.iter().enumerate() {
                    @let x = 2 + row.depth * INDENT;
                    @let y = u32::try_from(i).unwrap_or(0) * ROW;
                    g {
                        rect x=(x) y=(y) width=(WIDTH.saturating_sub(x + 4)) height=(BOX) rx="6"
                            fill=(if row.is_this { "#c6dbef" } else { "#ffffff" }) stroke=(if row.is_this { "#08306b" } else { "#555" })
                            stroke-width=(if row.is_this { "3" } else { "1" }) {}
                        text x=(x + 10) y=(y + 20) font-weight="bold" {
                            (clip(&row.node.title, 80))
                            @if row.is_this { " (" (l.t("remix-tree-this")) ")" }
                        }
                        text x=(x + 10) y=(y + 38) fill="#333" font-size="12" { (subtitle(l, row.node)) }
                    }
                }
            }
            figcaption { (description) }
            details.chart__table {
                summary { (l.t("remix-tree-as-list")) }
                (list(l, &rows, None))
            }
        }
    }
}

/// The tree as nested lists, each work a link.
fn list(l: Lang, rows: &[Row<'_>], parent: Option<usize>) -> Markup {
    html! {
        ul {
            @for (i, row) in rows.iter().enumerate().filter(|(_, r)| r.parent == parent) {
                li {
                    @if row.node.url.is_empty() { (row.node.title) } @else { a href=(row.node.url) { (row.node.title) } }
                    " (" (subtitle(l, row.node)) ")"
                    @if row.is_this { " — " (l.t("remix-tree-this")) }
                    @if rows.iter().any(|r| r.parent == Some(i)) { (list(l, rows, Some(i))) }
                }
            }
        }
    }
}
