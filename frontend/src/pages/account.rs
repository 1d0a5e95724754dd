//! The signed-in user's own page: profile details, own materials and case studies (drafts too), API tokens.

use maud::{html, Markup};

use super::forms::{error_summary, FormCtx, Input};
use super::parts::{case_study_grid, material_grid, Level};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{AccountPage, Choice, CredentialsView, PageCtx, SessionView};

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
                div.meta__row {
                    dt { (l.t("E-mailadres", "E-mail address")) }
                    dd {
                        (account.email)
                        @match account.credentials.email_confirmed {
                            Some(true) => { " " span.badge.badge--active { (l.t("bevestigd", "confirmed")) } }
                            Some(false) => { " " span.badge.badge--pending { (l.t("nog niet bevestigd", "not confirmed yet")) } }
                            None => {}
                        }
                    }
                }
                div.meta__row { dt { (l.t("Rol", "Role")) } dd { (account.role) } }
            }
            p { a href=(account.profile_url) { (l.t("Bekijk je openbare profiel", "View your public profile")) span aria-hidden="true" { " →" } } }
        }
        (sign_in_methods(ctx, account))
        (credentials(ctx, &account.credentials))
        (sessions(ctx, &account.sessions))
        (notification_settings(ctx, &account.notifications))
        @if !account.saved_searches.is_empty() {
            section.home-section aria-labelledby="searches-title" {
                div.section-header { h2 #searches-title { (l.t("Bewaarde zoekopdrachten", "Saved searches")) } }
                ul.provider-list {
                    @for (label, url, delete) in &account.saved_searches {
                        li {
                            a href=(url) { (label) }
                            form.inline-form method="post" action=(delete) {
                                (csrf_field(ctx))
                                button.link-button.link-button--danger type="submit" { (l.t("Verwijderen", "Delete")) span.visually-hidden { ": " (label) } }
                            }
                        }
                    }
                }
            }
        }
        section.home-section aria-labelledby="data-title" {
            div.section-header { h2 #data-title { (l.t("Je gegevens", "Your data")) } }
            p { (l.t(
                "Download alles wat deze node over je bewaart — je profiel, al je werk met alle versies en bijlagen, likes, meldingen, wat je volgt en je netwerken — als één ZIP-archief met JSON-bestanden.",
                "Download everything this node keeps about you — your profile, all your work with every version and attachment, likes, reports, what you follow and your networks — as one ZIP archive of JSON files."
            )) }
            p { a.button.button--secondary href="/account/export" download { (l.t("Mijn gegevens downloaden", "Download my data")) } }
            p.muted { a href="/privacy" { (l.t("Wat deze node bewaart en waarom", "What this node keeps and why")) } }
        }
        (delete_form(ctx, &account.credentials, &account.display_name, confirm_at(account)))
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

fn field_label(l: Lang, field: &str) -> Option<&'static str> {
    Some(match field {
        "email" => l.t("Nieuw e-mailadres", "New e-mail address"),
        "current_password" | "old_password" => l.t("Huidig wachtwoord", "Current password"),
        "password" => l.t("Nieuw wachtwoord", "New password"),
        "delete_password" => l.t("Je wachtwoord", "Your password"),
        "published" => l.t("Wat je publiceerde", "What you published"),
        "keep_name" => l.t("Naam bij je werk", "Name on your work"),
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
            div.section-header { h2 #credentials-title { (l.t("E-mailadres en wachtwoord", "E-mail address and password")) } }
            div.card-grid {
                form.form.panel method="post" action="/account/email" id="email-form" {
                    h3.panel__title { (l.t("E-mailadres wijzigen", "Change e-mail address")) }
                    (error_summary(l, errors_of("email"), |f| field_label(l, f)))
                    (csrf_field(ctx))
                    @if view.email_confirmed.is_some() {
                        p.muted { (l.t(
                            "We sturen een link naar het nieuwe adres; het wordt pas gebruikt als je die volgt. Je oude adres krijgt bericht.",
                            "We send a link to the new address; it is used only once you follow it. Your old address is told."
                        )) }
                    }
                    (email_form.field("email", l.t("Nieuw e-mailadres", "New e-mail address")).required()
                        .input(Input { kind: "email", value: &view.new_email, autocomplete: Some("email"), ..Input::default() }))
                    (email_form.field("current_password", l.t("Huidig wachtwoord", "Current password")).required()
                        .input(Input { kind: "password", autocomplete: Some("current-password"), ..Input::default() }))
                    button.button.button--secondary type="submit" { (l.t("Adres wijzigen", "Change address")) }
                }
                form.form.panel method="post" action="/account/password" id="password-form" {
                    h3.panel__title { (l.t("Wachtwoord wijzigen", "Change password")) }
                    (error_summary(l, errors_of("password"), |f| field_label(l, f)))
                    (csrf_field(ctx))
                    p.muted { (l.t("Daarna ben je op alle andere apparaten uitgelogd.", "Afterwards you are signed out on every other device.")) }
                    (password_form.field("old_password", l.t("Huidig wachtwoord", "Current password")).required()
                        .input(Input { kind: "password", autocomplete: Some("current-password"), ..Input::default() }))
                    (password_form.field("password", l.t("Nieuw wachtwoord", "New password")).required()
                        .hint(l.t("Minstens 10 tekens.", "At least 10 characters."))
                        .input(Input { kind: "password", autocomplete: Some("new-password"), ..Input::default() }))
                    button.button.button--secondary type="submit" { (l.t("Wachtwoord wijzigen", "Change password")) }
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
            div.section-header { h2 #sessions-title { (l.t("Waar je bent ingelogd", "Where you are signed in")) } }
            p.muted { (l.t(
                "Elke browser waarin je inlogt is een sessie. Ken je er een niet, beëindig hem dan en kies een nieuw wachtwoord.",
                "Every browser you sign in with is a session. If you do not recognise one, end it and choose a new password."
            )) }
            div.table-scroll role="region" aria-labelledby="sessions-caption" tabindex="0" {
                table.table {
                    caption #sessions-caption .visually-hidden { (l.t("Je sessies", "Your sessions")) }
                    thead {
                        tr {
                            th scope="col" { (l.t("Ingelogd op", "Signed in on")) }
                            th scope="col" { (l.t("Verloopt", "Expires")) }
                            th scope="col" { span.visually-hidden { (l.t("Acties", "Actions")) } }
                        }
                    }
                    tbody {
                        @for session in sessions {
                            tr {
                                th scope="row" {
                                    (session.started)
                                    @if session.current { " " span.badge.badge--current { (l.t("deze browser", "this browser")) } }
                                }
                                td { (session.expires) }
                                td.table__actions {
                                    @if !session.current {
                                        form.inline-form method="post" action=(session.end_url) {
                                            (csrf_field(ctx))
                                            button.link-button.link-button--danger type="submit" {
                                                (l.t("Beëindigen", "End")) span.visually-hidden { ": " (session.started) }
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
                    button.button.button--secondary type="submit" { (l.t("Alle andere sessies beëindigen", "End all other sessions")) }
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
        Choice {
            id: "keep".to_owned(),
            label: l
                .t("Laten staan onder de naam hieronder (de licentie blijft gelden)", "Keep it, under the name below (the licence still applies)")
                .to_owned(),
            selected: view.published != "delete",
        },
        Choice {
            id: "delete".to_owned(),
            label: l.t("Verwijderen, hier en op andere nodes", "Delete it, here and on other nodes").to_owned(),
            selected: view.published == "delete",
        },
    ];
    html! {
        section.home-section aria-labelledby="delete-title" {
            div.section-header { h2 #delete-title { (l.t("Account verwijderen", "Delete account")) } }
            details open[!errors.is_empty()] {
                summary { (l.t("Je account en je gegevens verwijderen", "Delete your account and your data")) }
                form.form method="post" action="/account/delete" id="delete-form" {
                    (error_summary(l, errors, |f| field_label(l, f)))
                    (csrf_field(ctx))
                    p { (l.t(
                        "Je e-mailadres, wachtwoord, sessies, tokens, concepten, likes, meldingen, wat je volgt en je netwerken worden gewist. Andere nodes krijgen bericht dat je account weg is. Dit kan niet ongedaan worden; download je gegevens eerst als je ze wilt bewaren.",
                        "Your e-mail address, password, sessions, tokens, drafts, likes, reports, what you follow and your networks are erased. Other nodes are told your account is gone. This cannot be undone; download your data first if you want to keep it."
                    )) }
                    (f.field("published", l.t("Wat je publiceerde", "What you published")).required().choices(&choices, true))
                    (f.field("keep_name", l.t("Naam bij je werk", "Name on your work"))
                        .hint(l.t("Alleen als je werk blijft staan. Bijvoorbeeld je naam, of \"een docent uit Utrecht\".", "Only if your work stays. For example your name, or \"a teacher from Utrecht\"."))
                        .input(Input { value: keep_name, maxlength: Some("100"), ..Input::default() }))
                    @match provider {
                        Some(provider) => {
                            p.muted { (l.t("Je bevestigt door opnieuw in te loggen bij", "You confirm by signing in again at")) " " strong { (provider) } "." }
                        }
                        None => {
                            (f.field("delete_password", l.t("Je wachtwoord", "Your password")).required()
                                .input(Input { kind: "password", autocomplete: Some("current-password"), ..Input::default() }))
                        }
                    }
                    button.button.button--danger type="submit" { (l.t("Mijn account definitief verwijderen", "Delete my account for good")) }
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
                div.section-header { h2 #sign-in-title { (l.t("Inloggen met je schoolaccount", "Signing in with your school account")) } }
                @if !account.has_password {
                    p.muted { (l.t(
                        "Je hebt geen wachtwoord: je logt in via je school. Wil je er toch een, kies dan \"wachtwoord vergeten\" bij inloggen.",
                        "You have no password: you sign in through your school. To have one anyway, choose \"forgot your password\" when signing in."
                    )) }
                }
                ul.provider-list {
                    @for (id, name, linked) in &account.providers {
                        li {
                            strong { (name) } " "
                            @match linked {
                                Some(address) => {
                                    span.badge.badge--active { (l.t("gekoppeld", "linked")) }
                                    @if !address.is_empty() { " " span.muted { (address) } }
                                    form.inline-form method="post" action={ "/account/identities/" (id) "/unlink" } {
                                        (csrf_field(ctx))
                                        button.link-button.link-button--danger type="submit" { (l.t("Ontkoppelen", "Unlink")) span.visually-hidden { ": " (name) } }
                                    }
                                }
                                None => {
                                    form.inline-form method="post" action={ "/account/identities/" (id) "/link" } {
                                        (csrf_field(ctx))
                                        button.button.button--secondary type="submit" { (l.t("Koppelen", "Link")) span.visually-hidden { ": " (name) } }
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
    let frequencies =
        [("immediate", l.t("Meteen", "Immediately")), ("daily", l.t("Dagelijks", "Daily")), ("weekly", l.t("Wekelijks", "Weekly")), ("off", l.t("Uit", "Off"))];
    html! {
        @if !kinds.is_empty() {
            section.home-section aria-labelledby="notifications-title" {
                div.section-header { h2 #notifications-title { (l.t("Meldingen per mail", "Notifications by mail")) } }
                p.muted { (l.t(
                    "Kies per soort hoe vaak je mail krijgt: meteen, in een dagelijks of wekelijks overzicht (om 7 uur), of niet.",
                    "Choose per kind how often you get mail: at once, in a daily or weekly digest (at 7 am), or not at all."
                )) }
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
                    button.button.button--secondary type="submit" { (l.t("Meldingen opslaan", "Save notifications")) }
                }
            }
        }
    }
}
