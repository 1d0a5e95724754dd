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
                p.eyebrow { (l.t("Open leermiddelen · praktijkvoorbeelden", "Open learning materials · case studies")) }
                h1 #hero-title .hero__title { (ctx.node_name) }
                @if home.node_description.is_empty() {
                    p.lead { (l.t(
                        "Docenten delen hier lessen, werkbladen en ervaringen met onderwijsvernieuwing — vrij te gebruiken, aan te passen en door te geven.",
                        "Teachers share lessons, worksheets and experience with educational innovation here — free to use, adapt and pass on."
                    )) }
                } @else {
                    p.lead { (home.node_description) }
                }
                div.hero__actions {
                    a.button.button--large href="/materials" { (l.t("Bekijk leermiddelen", "Browse materials")) }
                    a.button.button--large.button--secondary href=(share_url) { (l.t("Deel je eigen materiaal", "Share your own material")) }
                }
            }
            dl.hero__stats {
                div.stat {
                    dt.stat__label { (l.t("Leermiddelen", "Materials")) }
                    dd.stat__value { (home.material_count) }
                }
                div.stat {
                    dt.stat__label { (l.t("Praktijkvoorbeelden", "Case studies")) }
                    dd.stat__value { (home.case_study_count) }
                }
            }
        }

        ul.features aria-label=(l.t("Waarom Deelwijs", "Why Deelwijs")) {
            li.feature {
                strong.feature__title { (l.t("Open licenties", "Open licences")) }
                span.feature__text { (l.t("Alles staat onder een Creative Commons-licentie, met de naamsvermelding erbij.",
                    "Everything carries a Creative Commons licence, with the attribution ready to copy.")) }
            }
            li.feature {
                strong.feature__title { (l.t("Remixen mag", "Remixing welcome")) }
                span.feature__text { (l.t("Pas een les aan voor je eigen groep; de bron blijft zichtbaar.",
                    "Adapt a lesson for your own class; the source stays visible.")) }
            }
            li.feature {
                strong.feature__title { (l.t("Publieke waarden", "Public values")) }
                span.feature__text { (l.t("Geen trackers, geen leerlinggegevens, eigen beheer door scholen.",
                    "No trackers, no pupil data, run by schools themselves.")) }
            }
        }

        section.home-section aria-labelledby="recent-materials" {
            div.section-header {
                h2 #recent-materials { (l.t("Nieuwe leermiddelen", "Recent materials")) }
                a.section-header__more href="/materials" { (l.t("Alle leermiddelen", "All materials")) span aria-hidden="true" { " →" } }
            }
            (material_grid(l, &home.materials, Level::H3, l.t("Er zijn nog geen leermiddelen gedeeld. Wees de eerste!", "No materials have been shared yet. Be the first!")))
        }

        section.home-section aria-labelledby="recent-case-studies" {
            div.section-header {
                h2 #recent-case-studies { (l.t("Nieuwe praktijkvoorbeelden", "Recent case studies")) }
                a.section-header__more href="/case-studies" { (l.t("Alle praktijkvoorbeelden", "All case studies")) span aria-hidden="true" { " →" } }
            }
            (case_study_grid(l, &home.case_studies, Level::H3, l.t("Er zijn nog geen praktijkvoorbeelden gedeeld.", "No case studies have been shared yet.")))
        }
    };
    page(ctx, "", Width::Wide, content)
}
