//! The signed-in user's own page: profile details, own materials and case studies (drafts too), API tokens.

use maud::{html, Markup};

use super::forms::{error_summary, FormCtx, Input};
use super::parts::{case_study_grid, material_grid, Level};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{AccountPage, Choice, CredentialsView, PageCtx, SessionView};

pub(crate) fn render(ctx: &PageCtx, account: &AccountPage) -> Markup {
    let l = ctx.lang;
    let heading = l.t("my-account-2");
    let no_errors: [(String, String); 0] = [];
    let f = FormCtx::new(l, &no_errors);
    let content = html! {
        div.page-header.page-header--row {
            div {
                h1 { (heading) }
                p.page-header__sub { (l.t("welcome")) ", " (account.display_name) "." }
            }
            div.button-row {
                a.button href="/materials/new" { span aria-hidden="true" { "+ " } (l.t("new-material")) }
                a.button.button--secondary href="/case-studies/new" { span aria-hidden="true" { "+ " } (l.t("new-case-study")) }
            }
        }
        @if let Some(token) = &account.new_token {
            div.callout.callout--warning role="alert" {
                h2.callout__title { (l.t("your-new-api-token")) }
                p.callout__text { (l.t("copy-this-token-now")) }
                p { code.token { (token) } }
            }
        }
        section.panel.panel--profile aria-labelledby="profile-title" {
            h2 #profile-title .panel__title { (l.t("profile")) }
            dl.meta.meta--columns {
                div.meta__row { dt { (l.t("name")) } dd { (account.display_name) } }
                div.meta__row { dt { (l.t("username")) } dd { (account.username) } }
                div.meta__row {
                    dt { (l.t("e-mail-address")) }
                    dd {
                        (account.email)
                        @match account.credentials.email_confirmed {
                            Some(true) => { " " span.badge.badge--active { (l.t("confirmed")) } }
                            Some(false) => { " " span.badge.badge--pending { (l.t("not-confirmed-yet")) } }
                            None => {}
                        }
                    }
                }
                div.meta__row { dt { (l.t("role")) } dd { (account.role) } }
            }
            p { a href=(account.profile_url) { (l.t("view-your-public-profile")) span aria-hidden="true" { " →" } } }
        }
        (sign_in_methods(ctx, account))
        (credentials(ctx, &account.credentials))
        (sessions(ctx, &account.sessions))
        (notification_settings(ctx, &account.notifications))
        @if !account.saved_searches.is_empty() {
            section.home-section aria-labelledby="searches-title" {
                div.section-header { h2 #searches-title { (l.t("saved-searches")) } }
                ul.provider-list {
                    @for (label, url, delete) in &account.saved_searches {
                        li {
                            a href=(url) { (label) }
                            form.inline-form method="post" action=(delete) {
                                (csrf_field(ctx))
                                button.link-button.link-button--danger type="submit" { (l.t("delete")) span.visually-hidden { ": " (label) } }
                            }
                        }
                    }
                }
            }
        }
        section.home-section aria-labelledby="data-title" {
            div.section-header { h2 #data-title { (l.t("your-data")) } }
            p { (l.t("download-everything-this-node")) }
            p { a.button.button--secondary href="/account/export" download { (l.t("download-my-data")) } }
            p.muted { a href="/privacy" { (l.t("what-this-node-keeps")) } }
        }
        (delete_form(ctx, &account.credentials, &account.display_name, confirm_at(account)))
        section.home-section aria-labelledby="my-materials" {
            div.section-header { h2 #my-materials { (l.t("my-materials")) } }
            (material_grid(l, &account.materials, Level::H3, l.t("you-have-not-shared")))
        }
        section.home-section aria-labelledby="my-case-studies" {
            div.section-header { h2 #my-case-studies { (l.t("my-case-studies")) } }
            (case_study_grid(l, &account.case_studies, Level::H3, l.t("you-have-not-shared-any")))
        }
        section.home-section aria-labelledby="tokens-title" {
            div.section-header { h2 #tokens-title { (l.t("api-tokens")) } }
            p.muted { (l.t("a-token-lets-programs")) }
            @if account.tokens.is_empty() {
                p { (l.t("you-have-no-tokens")) }
            } @else {
                div.table-scroll role="region" aria-labelledby="tokens-caption" tabindex="0" {
                    table.table {
                        caption #tokens-caption .visually-hidden { (l.t("your-api-tokens")) }
                        thead {
                            tr {
                                th scope="col" { (l.t("label")) }
                                th scope="col" { (l.t("created")) }
                                th scope="col" { (l.t("expires")) }
                                th scope="col" { span.visually-hidden { (l.t("actions")) } }
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
                                                (l.t("revoke")) span.visually-hidden { ": " (token.label) }
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
                (f.field("label", l.t("label-for-a-new"))
                    .hint(l.t("what-is-it-for"))
                    .input(Input { maxlength: Some("100"), ..Input::default() }))
                button.button.button--secondary type="submit" { (l.t("create-token")) }
            }
        }
    };
    page(ctx, heading, Width::Wide, content)
}

fn field_label(l: Lang, field: &str) -> Option<&'static str> {
    Some(match field {
        "email" => l.t("new-e-mail-address"),
        "current_password" | "old_password" => l.t("current-password"),
        "password" => l.t("new-password"),
        "delete_password" => l.t("your-password"),
        "published" => l.t("what-you-published"),
        "keep_name" => l.t("name-on-your-work"),
        _ => return None,
    })
}

/// The forms to change the address and the password; each asks for the current password (named
/// `current_password` in one and `old_password` in the other, as ids must be unique).
fn credentials(ctx: &PageCtx, view: &CredentialsView) -> Markup {
    let l = ctx.lang;
    let none: [(String, String); 0] = [];
    let errors_of = |form: &str| if view.errors_for == form { &view.errors[..] } else { &none[..] };
    let email_form = FormCtx::new(l, errors_of("email"));
    let password_form = FormCtx::new(l, errors_of("password"));
    html! {
        section.home-section aria-labelledby="credentials-title" {
            div.section-header { h2 #credentials-title { (l.t("e-mail-address-and")) } }
            div.card-grid {
                form.form.panel method="post" action="/account/email" id="email-form" {
                    h3.panel__title { (l.t("change-e-mail-address")) }
                    (error_summary(l, errors_of("email"), |f| field_label(l, f)))
                    (csrf_field(ctx))
                    @if view.email_confirmed.is_some() {
                        p.muted { (l.t("we-send-a-link")) }
                    }
                    (email_form.field("email", l.t("new-e-mail-address")).required()
                        .input(Input { kind: "email", value: &view.new_email, autocomplete: Some("email"), ..Input::default() }))
                    (email_form.field("current_password", l.t("current-password")).required()
                        .input(Input { kind: "password", autocomplete: Some("current-password"), ..Input::default() }))
                    button.button.button--secondary type="submit" { (l.t("change-address")) }
                }
                form.form.panel method="post" action="/account/password" id="password-form" {
                    h3.panel__title { (l.t("change-password")) }
                    (error_summary(l, errors_of("password"), |f| field_label(l, f)))
                    (csrf_field(ctx))
                    p.muted { (l.t("afterwards-you-are-signed")) }
                    (password_form.field("old_password", l.t("current-password")).required()
                        .input(Input { kind: "password", autocomplete: Some("current-password"), ..Input::default() }))
                    (password_form.field("password", l.t("new-password")).required()
                        .hint(l.t("at-least-10-characters"))
                        .input(Input { kind: "password", autocomplete: Some("new-password"), ..Input::default() }))
                    button.button.button--secondary type="submit" { (l.t("change-password")) }
                }
            }
        }
    }
}

/// Where the account is signed in, with a button to end each session.
fn sessions(ctx: &PageCtx, sessions: &[SessionView]) -> Markup {
    let l = ctx.lang;
    html! {
        section.home-section aria-labelledby="sessions-title" {
            div.section-header { h2 #sessions-title { (l.t("where-you-are-signed")) } }
            p.muted { (l.t("every-browser-you-sign")) }
            div.table-scroll role="region" aria-labelledby="sessions-caption" tabindex="0" {
                table.table {
                    caption #sessions-caption .visually-hidden { (l.t("your-sessions")) }
                    thead {
                        tr {
                            th scope="col" { (l.t("signed-in-on")) }
                            th scope="col" { (l.t("expires")) }
                            th scope="col" { span.visually-hidden { (l.t("actions")) } }
                        }
                    }
                    tbody {
                        @for session in sessions {
                            tr {
                                th scope="row" {
                                    (session.started)
                                    @if session.current { " " span.badge.badge--current { (l.t("this-browser")) } }
                                }
                                td { (session.expires) }
                                td.table__actions {
                                    @if !session.current {
                                        form.inline-form method="post" action=(session.end_url) {
                                            (csrf_field(ctx))
                                            button.link-button.link-button--danger type="submit" {
                                                (l.t("end")) span.visually-hidden { ": " (session.started) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if sessions.iter().filter(|s| !s.current).count() > 0 {
                form.inline-form method="post" action="/account/sessions/end-others" {
                    (csrf_field(ctx))
                    button.button.button--secondary type="submit" { (l.t("end-all-other-sessions")) }
                }
            }
        }
    }
}

/// For an account without a password: the provider it confirms its deletion at.
fn confirm_at(account: &AccountPage) -> Option<&str> {
    if account.has_password {
        return None;
    }
    account.providers.iter().find(|(_, _, linked)| linked.is_some()).map(|(_, name, _)| name.as_str())
}

/// Deleting the account: the person chooses what happens to their published work, and confirms
/// with their password (or, without one, by signing in at their school's provider).
fn delete_form(ctx: &PageCtx, view: &CredentialsView, display_name: &str, provider: Option<&str>) -> Markup {
    let l = ctx.lang;
    let none: [(String, String); 0] = [];
    let errors = if view.errors_for == "delete" { &view.errors[..] } else { &none[..] };
    let f = FormCtx::new(l, errors);
    let keep_name = if view.keep_name.is_empty() { display_name } else { view.keep_name.as_str() };
    let choices = [
        Choice { id: "keep".to_owned(), label: l.t("keep-it-under-the").to_owned(), selected: view.published != "delete" },
        Choice { id: "delete".to_owned(), label: l.t("delete-it-here-and").to_owned(), selected: view.published == "delete" },
    ];
    html! {
        section.home-section aria-labelledby="delete-title" {
            div.section-header { h2 #delete-title { (l.t("delete-account")) } }
            details open[!errors.is_empty()] {
                summary { (l.t("delete-your-account-and")) }
                form.form method="post" action="/account/delete" id="delete-form" {
                    (error_summary(l, errors, |f| field_label(l, f)))
                    (csrf_field(ctx))
                    p { (l.t("your-e-mail-address")) }
                    (f.field("published", l.t("what-you-published")).required().choices(&choices, true))
                    (f.field("keep_name", l.t("name-on-your-work"))
                        .hint(l.t("only-if-your-work"))
                        .input(Input { value: keep_name, maxlength: Some("100"), ..Input::default() }))
                    @match provider {
                        Some(provider) => {
                            p.muted { (l.t("you-confirm-by-signing")) " " strong { (provider) } "." }
                        }
                        None => {
                            (f.field("delete_password", l.t("your-password")).required()
                                .input(Input { kind: "password", autocomplete: Some("current-password"), ..Input::default() }))
                        }
                    }
                    button.button.button--danger type="submit" { (l.t("delete-my-account-for")) }
                }
            }
        }
    }
}

/// The identity providers: linked ones with their address and an unlink button, the others with
/// a button to link them.
fn sign_in_methods(ctx: &PageCtx, account: &AccountPage) -> Markup {
    let l = ctx.lang;
    html! {
        @if !account.providers.is_empty() {
            section.home-section aria-labelledby="sign-in-title" {
                div.section-header { h2 #sign-in-title { (l.t("signing-in-with-your")) } }
                @if !account.has_password {
                    p.muted { (l.t("you-have-no-password")) }
                }
                ul.provider-list {
                    @for (id, name, linked) in &account.providers {
                        li {
                            strong { (name) } " "
                            @match linked {
                                Some(address) => {
                                    span.badge.badge--active { (l.t("linked")) }
                                    @if !address.is_empty() { " " span.muted { (address) } }
                                    form.inline-form method="post" action={ "/account/identities/" (id) "/unlink" } {
                                        (csrf_field(ctx))
                                        button.link-button.link-button--danger type="submit" { (l.t("unlink")) span.visually-hidden { ": " (name) } }
                                    }
                                }
                                None => {
                                    form.inline-form method="post" action={ "/account/identities/" (id) "/link" } {
                                        (csrf_field(ctx))
                                        button.button.button--secondary type="submit" { (l.t("link")) span.visually-hidden { ": " (name) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// How often each kind of notification is mailed; one form, without JavaScript.
fn notification_settings(ctx: &PageCtx, kinds: &[(String, String, String)]) -> Markup {
    let l = ctx.lang;
    let frequencies = [("immediate", l.t("immediately")), ("daily", l.t("daily")), ("weekly", l.t("weekly")), ("off", l.t("off"))];
    html! {
        @if !kinds.is_empty() {
            section.home-section aria-labelledby="notifications-title" {
                div.section-header { h2 #notifications-title { (l.t("notifications-by-mail")) } }
                p.muted { (l.t("choose-per-kind-how")) }
                form.form method="post" action="/account/notifications" {
                    (csrf_field(ctx))
                    @for (kind, label, chosen) in kinds {
                        div.field {
                            label.field__label for={ "notify-" (kind) } { (label) }
                            select.input id={ "notify-" (kind) } name=(kind) {
                                @for (value, name) in &frequencies {
                                    option value=(value) selected[chosen == value] { (name) }
                                }
                            }
                        }
                    }
                    button.button.button--secondary type="submit" { (l.t("save-notifications")) }
                }
            }
        }
    }
}
