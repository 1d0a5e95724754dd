//! A material's reviews on its page: the summary, the latest reviews, and the form to write or
//! withdraw one's own (radio buttons for the rating; no script).

use maud::{html, Markup};

use super::forms::{error_summary, FormCtx};
use crate::i18n::Lang;
use crate::layout::csrf_field;
use crate::views::{Choice, PageCtx, ReviewsView};

/// "★★★★☆" for people who see it, "4 of 5" for screen readers.
pub(crate) fn stars(l: Lang, rating: i32) -> Markup {
    let full = usize::try_from(rating.clamp(0, 5)).unwrap_or(0);
    html! {
        span.stars aria-hidden="true" { ("★".repeat(full)) ("☆".repeat(5 - full)) }
        span.visually-hidden { (l.tf("review-rating-of-five", &[("rating", i64::from(rating).into())])) }
    }
}

/// The summary in words: "4.5 of 5 from 2 reviews · used in class by 1".
pub(crate) fn summary(l: Lang, reviews: &ReviewsView) -> String {
    match reviews.average {
        None => l.t("no-reviews-yet").to_owned(),
        Some(average) => {
            let average = if l == Lang::En { format!("{average:.1}") } else { format!("{average:.1}").replace('.', ",") };
            l.tf("review-summary", &[("average", average.as_str().into()), ("count", reviews.count.into()), ("used", reviews.used_in_class.into())])
        }
    }
}

pub(crate) fn render(ctx: &PageCtx, reviews: &ReviewsView) -> Markup {
    let l = ctx.lang;
    html! {
        section.block #reviews aria-labelledby="reviews-title" {
            h2 #reviews-title { (l.t("reviews")) }
            p.review-summary {
                @if let Some(average) = reviews.average { (stars(l, average.round() as i32)) " " }
                (summary(l, reviews))
            }
            @if !reviews.items.is_empty() {
                ul.reviews {
                    @for r in &reviews.items {
                        li.review {
                            p.review__head {
                                (stars(l, r.rating)) " "
                                a href=(r.reviewer_url) { (r.reviewer) }
                                @if !r.node.is_empty() { " (" (r.node) ")" }
                                " · " (r.date)
                                @if r.mine { " · " strong { (l.t("your-review")) } }
                            }
                            @if !r.text.is_empty() { p.review__text { (r.text) } }
                            @if let Some(level) = &r.used_with { p.review__used.muted { (l.tf("review-used-with", &[("level", level.as_str().into())])) } }
                        }
                    }
                }
            }
            @if let Some(form) = &reviews.form {
                @let f = FormCtx::new(l, &form.errors);
                @let ratings: Vec<Choice> = (1..=5).rev().map(|n| Choice { id: n.to_string(), label: l.t(RATING_LABELS[n as usize - 1]).to_owned(), selected: n == form.rating }).collect();
                @let label = |field: &str| match field { "rating" => Some(l.t("review-your-rating")), "text" => Some(l.t("review-text")), "used_with_level" => Some(l.t("review-used-label")), _ => None };
                (error_summary(l, &form.errors, label))
                form.form.review-form method="post" action=(form.action) {
                    (csrf_field(ctx))
                    h3 { @if form.delete_action.is_some() { (l.t("edit-your-review")) } @else { (l.t("write-a-review")) } }
                    (f.field("rating", l.t("review-your-rating")).required().choices(&ratings, true))
                    (f.field("text", l.t("review-text")).hint(l.t("review-text-hint")).textarea(&form.text, false))
                    (f.field("used_with_level", l.t("review-used-label")).select(&form.levels, Some(l.t("review-not-used"))))
                    div.form-actions { button.button type="submit" { (l.t("save-review")) } }
                }
                @if let Some(action) = &form.delete_action {
                    form.inline-form method="post" action=(action) {
                        (csrf_field(ctx))
                        button.button.button--secondary.button--small type="submit" { (l.t("withdraw-your-review")) }
                    }
                }
            }
        }
    }
}

/// The words beside each rating, 1 first.
const RATING_LABELS: [&str; 5] = ["rating-1", "rating-2", "rating-3", "rating-4", "rating-5"];
