//! The signed-in user's own page: profile details, own materials and case studies (drafts too), API tokens.

use maud::{html, Markup};

use super::forms::{FormCtx, Input};
use super::parts::{case_study_grid, material_grid, Level};
use crate::layout::{csrf_field, page, Width};
use crate::views::{AccountPage, PageCtx};

pub(crate) fn render(ctx: &PageCtx, account: &AccountPage) -> Markup {
    let l = ctx.lang;
    let heading = l.t("Mijn account", "My account");
    let no_errors: [(String, String); 0] = [];
    let f = FormCtx::new(l, &no_errors);
    let content = html! {
        div.page-header.page-header--row {
            div {
                h1 { (heading) }
                p.page-header__sub { (l.t("Welkom", "Welcome")) ", " (account.display_name) "." }
            }
            div.button-row {
                a.button href="/materials/new" { span aria-hidden="true" { "+ " } (l.t("Nieuw leermiddel", "New material")) }
                a.button.button--secondary href="/case-studies/new" { span aria-hidden="true" { "+ " } (l.t("Nieuw praktijkvoorbeeld", "New case study")) }
            }
        }
        @if let Some(token) = &account.new_token {
            div.callout.callout--warning role="alert" {
                h2.callout__title { (l.t("Je nieuwe API-token", "Your new API token")) }
                p.callout__text { (l.t(
                    "Kopieer dit token nu en bewaar het veilig: je ziet het maar één keer. Wie het token heeft, kan namens jou werken.",
                    "Copy this token now and keep it safe: you will see it only once. Whoever has the token can act on your behalf."
                )) }
                p { code.token { (token) } }
            }
        }
        section.panel.panel--profile aria-labelledby="profile-title" {
            h2 #profile-title .panel__title { (l.t("Profiel", "Profile")) }
            dl.meta.meta--columns {
                div.meta__row { dt { (l.t("Naam", "Name")) } dd { (account.display_name) } }
                div.meta__row { dt { (l.t("Gebruikersnaam", "Username")) } dd { (account.username) } }
                div.meta__row { dt { (l.t("E-mailadres", "E-mail address")) } dd { (account.email) } }
                div.meta__row { dt { (l.t("Rol", "Role")) } dd { (account.role) } }
            }
            p { a href=(account.profile_url) { (l.t("Bekijk je openbare profiel", "View your public profile")) span aria-hidden="true" { " →" } } }
        }
        section.home-section aria-labelledby="my-materials" {
            div.section-header { h2 #my-materials { (l.t("Mijn leermiddelen", "My materials")) } }
            (material_grid(l, &account.materials, Level::H3, l.t("Je hebt nog geen leermiddelen gedeeld.", "You have not shared any materials yet.")))
        }
        section.home-section aria-labelledby="my-case-studies" {
            div.section-header { h2 #my-case-studies { (l.t("Mijn praktijkvoorbeelden", "My case studies")) } }
            (case_study_grid(l, &account.case_studies, Level::H3, l.t("Je hebt nog geen praktijkvoorbeelden gedeeld.", "You have not shared any case studies yet.")))
        }
        section.home-section aria-labelledby="tokens-title" {
            div.section-header { h2 #tokens-title { (l.t("API-tokens", "API tokens")) } }
            p.muted { (l.t(
                "Met een token kunnen programma's de JSON-API namens jou gebruiken, bijvoorbeeld om materiaal te importeren.",
                "A token lets programs use the JSON API on your behalf, for example to import material."
            )) }
            @if account.tokens.is_empty() {
                p { (l.t("Je hebt nog geen tokens.", "You have no tokens yet.")) }
            } @else {
                div.table-scroll role="region" aria-labelledby="tokens-caption" tabindex="0" {
                    table.table {
                        caption #tokens-caption .visually-hidden { (l.t("Je API-tokens", "Your API tokens")) }
                        thead {
                            tr {
                                th scope="col" { (l.t("Omschrijving", "Label")) }
                                th scope="col" { (l.t("Gemaakt", "Created")) }
                                th scope="col" { (l.t("Verloopt", "Expires")) }
                                th scope="col" { span.visually-hidden { (l.t("Acties", "Actions")) } }
                            }
                        }
                        tbody {
                            @for token in &account.tokens {
                                tr {
                                    th scope="row" { (token.label) }
                                    td { (token.created) }
                                    td { (token.expires) }
                                    td.table__actions {
                                        form.inline-form method="post" action=(token.revoke_url) {
                                            (csrf_field(ctx))
                                            button.link-button.link-button--danger type="submit" {
                                                (l.t("Intrekken", "Revoke")) span.visually-hidden { ": " (token.label) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            form.form.form--inline method="post" action="/account/tokens" {
                (csrf_field(ctx))
                (f.field("label", l.t("Omschrijving van een nieuw token", "Label for a new token"))
                    .hint(l.t("Waar gebruik je het voor? Bijvoorbeeld: import vanuit de studiewijzer.", "What is it for? For example: import from the course planner."))
                    .input(Input { maxlength: Some("100"), ..Input::default() }))
                button.button.button--secondary type="submit" { (l.t("Token maken", "Create token")) }
            }
        }
    };
    page(ctx, heading, Width::Wide, content)
}
