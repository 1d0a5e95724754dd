//! Pictures drawn on the server as inline SVG, each with a title, a description and a table
//! beside it: goal coverage of a framework, a material's remix tree, a network's activity.
//!
//! No script and no external file: the SVG is part of the page. Colours come from one
//! sequential scale whose lightness falls with the value, so the pictures read in grey-scale,
//! and every number a colour stands for is also written in the picture or the table.

mod activity;
mod coverage;
mod remix_tree;
#[cfg(test)]
mod tests;

pub(crate) use activity::activity;
pub(crate) use coverage::coverage;
pub(crate) use remix_tree::remix_tree;

/// The width every picture is laid out for (it scales with the page: `viewBox`).
const WIDTH: u32 = 760;

/// Fill and text colour of each step of the scale (ColorBrewer "Blues", lightness falling).
const SCALE: [(&str, &str); 5] = [("#f4f4f4", "#1a1a1a"), ("#c6dbef", "#1a1a1a"), ("#6baed6", "#1a1a1a"), ("#2171b5", "#ffffff"), ("#08306b", "#ffffff")];

/// The step of the scale a count falls in: 0, 1, 2–4, 5–9, 10 or more.
fn step(count: u64) -> usize {
    match count {
        0 => 0,
        1 => 1,
        2..=4 => 2,
        5..=9 => 3,
        _ => 4,
    }
}

/// The range of counts each step stands for, for the legend.
const STEP_LABELS: [&str; 5] = ["0", "1", "2–4", "5–9", "10+"];

/// At most `max` characters, with an ellipsis when cut.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}
