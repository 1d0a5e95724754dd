//! The remix flow: what the source's licence allows, then a title and a licence for the new material.

use maud::{html, Markup};

use super::forms::{error_summary, FormCtx, Input};
use crate::layout::{csrf_field, page, Width};
use crate::views::{PageCtx, RemixPage};

pub(crate) fn render(ctx: &PageCtx, remix: &RemixPage) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &remix.errors);
    let label = |field: &str| match field {
        "title" => Some(l.t("Titel van je remix", "Title of your remix")),
        "license" => Some(l.t("Licentie", "Licence")),
        _ => None,
    };
    let heading = l.t("Remix maken", "Make a remix");
    let content = html! {
        div.page-header {
            nav.breadcrumbs aria-label=(l.t("Kruimelpad", "Breadcrumb")) {
                a href=(remix.source_url) { (remix.source_title) }
            }
            h1 { (heading) }
            p.page-header__sub { (l.t(
                "Een remix is jouw eigen bewerking van dit materiaal. Hij begint als concept met een kopie van de inhoud, zodat je hem kunt aanpassen voordat je hem publiceert.",
                "A remix is your own adaptation of this material. It starts as a draft with a copy of the content, so you can adapt it before you publish it."
            )) }
        }
        section.panel.panel--source aria-labelledby="source-title" {
            h2 #source-title .panel__title { (l.t("Bron", "Source")) }
            dl.meta {
                div.meta__row { dt { (l.t("Titel", "Title")) } dd { a href=(remix.source_url) { (remix.source_title) } } }
                div.meta__row { dt { (l.t("Licentie", "Licence")) } dd { (remix.source_license) } }
            }
            p.panel__text { (remix.rule) }
        }
        @if let Some(forbidden) = &remix.forbidden {
            div.callout.callout--warning role="note" {
                p.callout__text { (forbidden) }
                div.callout__actions {
                    a.button.button--secondary href=(remix.source_url) { (l.t("Terug naar het materiaal", "Back to the material")) }
                }
            }
        } @else {
            (error_summary(l, &remix.errors, label))
            form.form method="post" action=(remix.action) {
                (csrf_field(ctx))
                (f.field("title", l.t("Titel van je remix", "Title of your remix")).required()
                    .hint(l.t("Bijvoorbeeld de oorspronkelijke titel met je groep of school erbij.", "For example the original title with your class or school added."))
                    .input(Input { value: &remix.title, maxlength: Some("300"), ..Input::default() }))
                (f.field("license", l.t("Licentie", "Licence")).required()
                    .hint(l.t("Alleen licenties die de bron toestaat staan hier.", "Only licences the source allows are listed."))
                    .choices(&remix.licenses, true))
                div.form-actions {
                    button.button.button--large type="submit" { (l.t("Remix maken", "Create remix")) }
                    a.button.button--ghost href=(remix.source_url) { (l.t("Annuleren", "Cancel")) }
                }
            }
        }
    };
    page(ctx, &format!("{heading}: {}", remix.source_title), Width::Narrow, content)
}
