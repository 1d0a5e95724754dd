//! Signing in and signing up.

use maud::{html, Markup};

use super::forms::{error_summary, FormCtx, Input};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, query_param, Width};
use crate::views::{AuthForm, PageCtx, ResetForm};

fn label(l: Lang, field: &str) -> Option<&'static str> {
    Some(match field {
        "username" => l.t("username"),
        "email" => l.t("e-mail-address"),
        "display_name" => l.t("name-others-see"),
        "password" => l.t("password"),
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
    let heading = l.t("sign-in");
    let content = html! {
        div.auth-card {
            h1 { (heading) }
            p.page-header__sub { (l.t("welcome-back-sign-in")) }
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
                p.auth-card__switch { a href="/password-reset" { (l.t("forgot-your-password")) } }
            }
            @if form.registration_open {
                p.auth-card__switch {
                    (l.t("no-account-yet")) " " a href="/sign-up" { (l.t("create-one")) }
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
            ul.provider-list aria-label=(l.t("sign-in-with-your")) {
                @for (id, name) in &form.providers {
                    li {
                        a.button.button--large.button--block href={ "/sign-in/oidc/" (id) @if let Some(next) = next { "?next=" (crate::layout::percent_encode(next)) } } {
                            (l.t("sign-in-with")) " " (name)
                        }
                    }
                }
            }
            @if form.password_sign_in { p.divider { span { (l.t("or-with-your-password")) } } }
        }
    }
}

pub(crate) fn sign_up(ctx: &PageCtx, form: &AuthForm) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &form.errors);
    let name = |field: &'static str| label(l, field).unwrap_or(field);
    let heading = l.t("create-an-account");
    let content = html! {
        div.auth-card {
            h1 { (heading) }
            (message(form))
            @if !form.registration_open {
                div.callout.callout--info role="note" {
                    p.callout__text { (l.t("this-node-does-not")) }
                }
                p.auth-card__switch {
                    (l.t("already-have-an-account")) " " a href="/sign-in" { (l.t("sign-in-3")) }
                }
            } @else {
                p.page-header__sub { (l.t("with-an-account-you")) }
                @if form.mail_on {
                    div.callout.callout--info role="note" {
                        p.callout__text { (l.t("you-will-get-a")) }
                    }
                }
                @if form.approval_needed {
                    div.callout.callout--info role="note" {
                        p.callout__text { (l.t("an-administrator-approves-new")) }
                    }
                }
                (providers(l, form, None))
                @if form.password_sign_in {
                (error_summary(l, &form.errors, |field| label(l, field)))
                form.form method="post" action="/sign-up" {
                    (csrf_field(ctx))
                    (f.field("username", name("username")).required()
                        .hint(l.t("n-3-to-32-characters"))
                        .input(Input { value: &form.username, autocomplete: Some("username"), ..Input::default() }))
                    (f.field("email", name("email")).required()
                        .hint(l.t("only-for-the-administrator"))
                        .input(Input { kind: "email", value: &form.email, autocomplete: Some("email"), ..Input::default() }))
                    (f.field("display_name", name("display_name"))
                        .hint(l.t("for-example-ms-anna"))
                        .input(Input { value: &form.display_name, autocomplete: Some("name"), ..Input::default() }))
                    (f.field("password", name("password")).required()
                        .hint(l.t("at-least-10-characters-a"))
                        .input(Input { kind: "password", autocomplete: Some("new-password"), ..Input::default() }))
                    div.form-actions {
                        button.button.button--large.button--block type="submit" { (heading) }
                    }
                }
                }
                p.auth-card__switch {
                    (l.t("already-have-an-account")) " " a href="/sign-in" { (l.t("sign-in-3")) }
                }
            }
        }
    };
    page(ctx, heading, Width::Narrow, content)
}

pub(crate) fn password_reset(ctx: &PageCtx, form: &ResetForm) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &form.errors);
    let heading = if form.with_link { l.t("choose-a-new-password") } else { l.t("forgot-your-password-2") };
    let label = |field: &str| {
        Some(match field {
            "email" => l.t("e-mail-address"),
            "password" => l.t("new-password"),
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
                    (f.field("password", l.t("new-password")).required()
                        .hint(l.t("at-least-10-characters-afterwards"))
                        .input(Input { kind: "password", autocomplete: Some("new-password"), ..Input::default() }))
                    div.form-actions { button.button.button--large.button--block type="submit" { (l.t("save-password")) } }
                }
            } @else if form.action.is_empty() {
                p.auth-card__switch { a href="/password-reset" { (l.t("ask-for-a-new")) } }
            } @else {
                p.page-header__sub { (l.t("enter-your-accounts-e")) }
                form.form method="post" action=(form.action) {
                    (csrf_field(ctx))
                    (f.field("email", l.t("e-mail-address")).required()
                        .input(Input { kind: "email", value: &form.email, autocomplete: Some("email"), ..Input::default() }))
                    div.form-actions { button.button.button--large.button--block type="submit" { (l.t("send-a-link")) } }
                }
            }
            p.auth-card__switch { a href="/sign-in" { (l.t("back-to-sign-in")) } }
        }
    };
    page(ctx, heading, Width::Narrow, content)
}
