//! Signing in and signing up.

use maud::{html, Markup};

use super::forms::{error_summary, FormCtx, Input};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, query_param, Width};
use crate::views::{AuthForm, PageCtx, ResetForm};

fn label(l: Lang, field: &str) -> Option<&'static str> {
    Some(match field {
        "username" => l.t("Gebruikersnaam", "Username"),
        "email" => l.t("E-mailadres", "E-mail address"),
        "display_name" => l.t("Naam die anderen zien", "Name others see"),
        "password" => l.t("Wachtwoord", "Password"),
        _ => return None,
    })
}

fn message(form: &AuthForm) -> Markup {
    html! {
        @if let Some(message) = &form.message {
            div.callout.callout--error role="alert" {
                p.callout__text { (message) }
            }
        }
    }
}

pub(crate) fn sign_in(ctx: &PageCtx, form: &AuthForm) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &form.errors);
    let name = |field: &'static str| label(l, field).unwrap_or(field);
    let next = query_param(&ctx.path, "next").filter(|next| next.starts_with('/') && !next.starts_with("//"));
    let heading = l.t("Inloggen", "Sign in");
    let content = html! {
        div.auth-card {
            h1 { (heading) }
            p.page-header__sub { (l.t("Welkom terug. Log in om materiaal te delen en te remixen.", "Welcome back. Sign in to share and remix material.")) }
            (message(form))
            (providers(l, form, next.as_deref()))
            @if form.password_sign_in {
            (error_summary(l, &form.errors, |field| label(l, field)))
            form.form method="post" action="/sign-in" {
                (csrf_field(ctx))
                @if let Some(next) = &next {
                    input type="hidden" name="next" value=(next);
                }
                (f.field("username", name("username")).required()
                    .input(Input { value: &form.username, autocomplete: Some("username"), ..Input::default() }))
                (f.field("password", name("password")).required()
                    .input(Input { kind: "password", autocomplete: Some("current-password"), ..Input::default() }))
                div.form-actions {
                    button.button.button--large.button--block type="submit" { (heading) }
                }
            }
            }
            @if form.mail_on && form.password_sign_in {
                p.auth-card__switch { a href="/password-reset" { (l.t("Wachtwoord vergeten?", "Forgot your password?")) } }
            }
            @if form.registration_open {
                p.auth-card__switch {
                    (l.t("Nog geen account?", "No account yet?")) " " a href="/sign-up" { (l.t("Maak er een aan", "Create one")) }
                }
            }
        }
    };
    page(ctx, heading, Width::Narrow, content)
}

/// Buttons to sign in with the school's account, one per identity provider.
fn providers(l: Lang, form: &AuthForm, next: Option<&str>) -> Markup {
    html! {
        @if !form.providers.is_empty() {
            ul.provider-list aria-label=(l.t("Inloggen met je schoolaccount", "Sign in with your school account")) {
                @for (id, name) in &form.providers {
                    li {
                        a.button.button--large.button--block href={ "/sign-in/oidc/" (id) @if let Some(next) = next { "?next=" (crate::layout::percent_encode(next)) } } {
                            (l.t("Inloggen met", "Sign in with")) " " (name)
                        }
                    }
                }
            }
            @if form.password_sign_in { p.divider { span { (l.t("of met je wachtwoord", "or with your password")) } } }
        }
    }
}

pub(crate) fn sign_up(ctx: &PageCtx, form: &AuthForm) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &form.errors);
    let name = |field: &'static str| label(l, field).unwrap_or(field);
    let heading = l.t("Account maken", "Create an account");
    let content = html! {
        div.auth-card {
            h1 { (heading) }
            (message(form))
            @if !form.registration_open {
                div.callout.callout--info role="note" {
                    p.callout__text { (l.t(
                        "Deze node neemt op dit moment geen nieuwe accounts aan. Vraag de beheerder van je school of netwerk om een account.",
                        "This node does not accept new accounts at the moment. Ask the administrator of your school or network for an account."
                    )) }
                }
                p.auth-card__switch {
                    (l.t("Heb je al een account?", "Already have an account?")) " " a href="/sign-in" { (l.t("Log in", "Sign in")) }
                }
            } @else {
                p.page-header__sub { (l.t(
                    "Met een account deel je leermiddelen en praktijkvoorbeelden en maak je remixes. We vragen alleen wat nodig is.",
                    "With an account you share materials and case studies and make remixes. We only ask for what is needed."
                )) }
                @if form.mail_on {
                    div.callout.callout--info role="note" {
                        p.callout__text { (l.t(
                            "Je krijgt een mail met een link om je e-mailadres te bevestigen; daarna kun je inloggen.",
                            "You will get a mail with a link to confirm your e-mail address; after that you can sign in."
                        )) }
                    }
                }
                @if form.approval_needed {
                    div.callout.callout--info role="note" {
                        p.callout__text { (l.t(
                            "Een beheerder keurt nieuwe accounts goed. Je kunt inloggen zodra je account is goedgekeurd.",
                            "An administrator approves new accounts. You can sign in once your account is approved."
                        )) }
                    }
                }
                (providers(l, form, None))
                @if form.password_sign_in {
                (error_summary(l, &form.errors, |field| label(l, field)))
                form.form method="post" action="/sign-up" {
                    (csrf_field(ctx))
                    (f.field("username", name("username")).required()
                        .hint(l.t(
                            "3 tot 32 tekens: kleine letters, cijfers, - en _. Komt in het adres van je profiel.",
                            "3 to 32 characters: lower-case letters, digits, - and _. Used in the address of your profile.",
                        ))
                        .input(Input { value: &form.username, autocomplete: Some("username"), ..Input::default() }))
                    (f.field("email", name("email")).required()
                        .hint(l.t("Alleen voor de beheerder; niet openbaar.", "Only for the administrator; not public."))
                        .input(Input { kind: "email", value: &form.email, autocomplete: Some("email"), ..Input::default() }))
                    (f.field("display_name", name("display_name"))
                        .hint(l.t("Bijvoorbeeld Juf Anna of A. de Vries; staat bij wat je deelt. Leeg laten kan ook.", "For example Ms Anna or A. de Vries; shown with what you share. May be left empty."))
                        .input(Input { value: &form.display_name, autocomplete: Some("name"), ..Input::default() }))
                    (f.field("password", name("password")).required()
                        .hint(l.t("Minstens 10 tekens. Een zin van een paar woorden werkt goed.", "At least 10 characters. A sentence of a few words works well."))
                        .input(Input { kind: "password", autocomplete: Some("new-password"), ..Input::default() }))
                    div.form-actions {
                        button.button.button--large.button--block type="submit" { (heading) }
                    }
                }
                }
                p.auth-card__switch {
                    (l.t("Heb je al een account?", "Already have an account?")) " " a href="/sign-in" { (l.t("Log in", "Sign in")) }
                }
            }
        }
    };
    page(ctx, heading, Width::Narrow, content)
}

pub(crate) fn password_reset(ctx: &PageCtx, form: &ResetForm) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &form.errors);
    let heading = if form.with_link { l.t("Nieuw wachtwoord kiezen", "Choose a new password") } else { l.t("Wachtwoord vergeten", "Forgot your password") };
    let label = |field: &str| {
        Some(match field {
            "email" => l.t("E-mailadres", "E-mail address"),
            "password" => l.t("Nieuw wachtwoord", "New password"),
            _ => return None,
        })
    };
    let content = html! {
        div.auth-card {
            h1 { (heading) }
            @if let Some(message) = &form.message {
                div.callout.callout--error role="alert" { p.callout__text { (message) } }
            }
            (error_summary(l, &form.errors, label))
            @if form.with_link {
                form.form method="post" action=(form.action) {
                    (csrf_field(ctx))
                    (f.field("password", l.t("Nieuw wachtwoord", "New password")).required()
                        .hint(l.t(
                            "Minstens 10 tekens. Daarna ben je op alle andere apparaten uitgelogd.",
                            "At least 10 characters. Afterwards you are signed out on every other device.",
                        ))
                        .input(Input { kind: "password", autocomplete: Some("new-password"), ..Input::default() }))
                    div.form-actions { button.button.button--large.button--block type="submit" { (l.t("Wachtwoord opslaan", "Save password")) } }
                }
            } @else if form.action.is_empty() {
                p.auth-card__switch { a href="/password-reset" { (l.t("Vraag een nieuwe link aan", "Ask for a new link")) } }
            } @else {
                p.page-header__sub { (l.t(
                    "Vul het e-mailadres van je account in. Hoort er een account bij, dan sturen we een link om een nieuw wachtwoord te kiezen.",
                    "Enter your account's e-mail address. If it belongs to an account, we send a link to choose a new password."
                )) }
                form.form method="post" action=(form.action) {
                    (csrf_field(ctx))
                    (f.field("email", l.t("E-mailadres", "E-mail address")).required()
                        .input(Input { kind: "email", value: &form.email, autocomplete: Some("email"), ..Input::default() }))
                    div.form-actions { button.button.button--large.button--block type="submit" { (l.t("Stuur een link", "Send a link")) } }
                }
            }
            p.auth-card__switch { a href="/sign-in" { (l.t("Terug naar inloggen", "Back to sign in")) } }
        }
    };
    page(ctx, heading, Width::Narrow, content)
}
