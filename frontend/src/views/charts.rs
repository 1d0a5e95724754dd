//! View models of the pictures pages draw as SVG: goal coverage, a remix tree, activity per month.

/// How many materials are aligned to each goal of one framework: the framework's subject areas,
/// their domains, and the goals in each.
#[derive(Debug, Clone, Default)]
pub struct CoverageView {
    /// The framework's title.
    pub framework: String,
    /// What was counted, in words ("all materials here and on followed nodes", "this search").
    pub scope: String,
    pub areas: Vec<CoverageArea>,
}

/// A subject area (what sits on top of a framework).
#[derive(Debug, Clone, Default)]
pub struct CoverageArea {
    pub title: String,
    pub domains: Vec<CoverageDomain>,
}

/// A domain within a subject area, with the goals below it. Goals directly under a subject area
/// form a domain without a title.
#[derive(Debug, Clone, Default)]
pub struct CoverageDomain {
    pub title: String,
    pub goals: Vec<CoverageGoal>,
}

#[derive(Debug, Clone, Default)]
pub struct CoverageGoal {
    pub uri: String,
    pub code: String,
    pub statement: String,
    /// The goal's page.
    pub url: String,
    /// Where its materials are listed (a search for the goal).
    pub search_url: String,
    pub count: u64,
}

impl CoverageView {
    pub fn goals(&self) -> impl Iterator<Item = &CoverageGoal> {
        self.areas.iter().flat_map(|a| a.domains.iter()).flat_map(|d| d.goals.iter())
    }
}

/// A material's remix tree: the works it comes from (oldest first), itself, and the remixes
/// made of it, with theirs below them, on any node.
#[derive(Debug, Clone, Default)]
pub struct RemixTreeView {
    pub ancestors: Vec<RemixNodeView>,
    pub this: RemixNodeView,
    pub descendants: Vec<RemixNodeView>,
}

#[derive(Debug, Clone, Default)]
pub struct RemixNodeView {
    pub title: String,
    pub url: String,
    /// The host it is on.
    pub node: String,
    /// The licence's short name (`CC BY-SA 4.0`); empty when not known (a remix elsewhere).
    pub license: String,
    pub children: Vec<RemixNodeView>,
}

/// Counts per month, oldest first (a network's posts).
#[derive(Debug, Clone, Default)]
pub struct ActivityView {
    /// What is counted ("posts to this network").
    pub what: String,
    /// (year, month 1–12, count).
    pub months: Vec<(i32, u8, u64)>,
}
