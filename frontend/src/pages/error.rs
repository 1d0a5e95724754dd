//! The error page (not found, forbidden, something went wrong): what happened and where to go next.

use maud::{html, Markup};

use crate::layout::{page, Width};
use crate::views::{ErrorPage, PageCtx};

pub(crate) fn render(ctx: &PageCtx, error: &ErrorPage) -> Markup {
    let l = ctx.lang;
    let content = html! {
        div.error-page {
            p.error-page__code { (l.t("error-code")) " " (error.status) }
            h1 { (error.heading) }
            @if !error.message.is_empty() {
                p.lead { (error.message) }
            }
            div.button-row {
                a.button href="/" { (l.t("go-to-the-home")) }
                a.button.button--secondary href="/materials" { (l.t("browse-materials")) }
            }
        }
    };
    page(ctx, &error.heading, Width::Narrow, content)
}
