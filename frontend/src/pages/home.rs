//! The home page: a welcome with the node's description, counts and calls to action, then what is new.

use maud::{html, Markup};

use super::parts::{case_study_grid, material_grid, Level};
use crate::layout::{page, Width};
use crate::views::{HomePage, PageCtx};

pub(crate) fn render(ctx: &PageCtx, home: &HomePage) -> Markup {
    let l = ctx.lang;
    let share_url = if ctx.user.is_some() { "/materials/new" } else { "/sign-up" };
    let content = html! {
        section.hero aria-labelledby="hero-title" {
            div.hero__text {
                p.eyebrow { (l.t("open-learning-materials-case")) }
                h1 #hero-title .hero__title { (ctx.node_name) }
                @if home.node_description.is_empty() {
                    p.lead { (l.t("teachers-share-lessons-worksheets")) }
                } @else {
                    p.lead { (home.node_description) }
                }
                div.hero__actions {
                    a.button.button--large href="/materials" { (l.t("browse-materials-2")) }
                    a.button.button--large.button--secondary href=(share_url) { (l.t("share-your-own-material")) }
                }
            }
            dl.hero__stats {
                div.stat {
                    dt.stat__label { (l.t("materials")) }
                    dd.stat__value { (home.material_count) }
                }
                div.stat {
                    dt.stat__label { (l.t("case-studies")) }
                    dd.stat__value { (home.case_study_count) }
                }
            }
        }

        ul.features aria-label=(l.t("why-deelwijs")) {
            li.feature {
                strong.feature__title { (l.t("open-licences")) }
                span.feature__text { (l.t("everything-carries-a-creative")) }
            }
            li.feature {
                strong.feature__title { (l.t("remixing-welcome")) }
                span.feature__text { (l.t("adapt-a-lesson-for")) }
            }
            li.feature {
                strong.feature__title { (l.t("public-values")) }
                span.feature__text { (l.t("no-trackers-no-pupil")) }
            }
        }

        section.home-section aria-labelledby="recent-materials" {
            div.section-header {
                h2 #recent-materials { (l.t("recent-materials")) }
                a.section-header__more href="/materials" { (l.t("all-materials")) span aria-hidden="true" { " →" } }
            }
            (material_grid(l, &home.materials, Level::H3, l.t("no-materials-have-been-shared")))
        }

        section.home-section aria-labelledby="recent-case-studies" {
            div.section-header {
                h2 #recent-case-studies { (l.t("recent-case-studies")) }
                a.section-header__more href="/case-studies" { (l.t("all-case-studies")) span aria-hidden="true" { " →" } }
            }
            (case_study_grid(l, &home.case_studies, Level::H3, l.t("no-case-studies-have-been")))
        }
    };
    page(ctx, "", Width::Wide, content)
}
