//! A public profile: who someone is and what they have published.

use maud::{html, Markup};

use super::parts::{case_study_grid, material_grid, Level};
use crate::layout::{page, Width};
use crate::views::{PageCtx, ProfilePage};

pub(crate) fn render(ctx: &PageCtx, profile: &ProfilePage) -> Markup {
    let l = ctx.lang;
    let initial = profile.display_name.chars().next().map(|c| c.to_uppercase().to_string()).unwrap_or_default();
    let content = html! {
        div.profile-header {
            span.avatar aria-hidden="true" { (initial) }
            div {
                h1 { (profile.display_name) }
                p.profile-header__username { "@" (profile.username) }
            }
        }
        @if !profile.bio.is_empty() {
            p.profile-bio { (profile.bio) }
        }
        section.home-section aria-labelledby="profile-materials" {
            div.section-header { h2 #profile-materials { (l.t("materials")) } }
            (material_grid(l, &profile.materials, Level::H3, l.t("no-published-materials-yet")))
        }
        section.home-section aria-labelledby="profile-case-studies" {
            div.section-header { h2 #profile-case-studies { (l.t("case-studies")) } }
            (case_study_grid(l, &profile.case_studies, Level::H3, l.t("no-published-case-studies")))
        }
    };
    page(ctx, &profile.display_name, Width::Wide, content)
}
