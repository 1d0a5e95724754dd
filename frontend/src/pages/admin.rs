//! The administrator's page: node settings and the accounts (role, approval, suspension).

use maud::{html, Markup};

use super::forms::{error_summary, FormCtx, Input};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{AdminPage, AdminUserView, Choice, DeliveryLine, MailAdminView, PageCtx};

fn label(l: Lang, field: &str) -> Option<&'static str> {
    Some(match field {
        "name" => l.t("name-of-the-node"),
        "description" => l.t("description"),
        "registration_mode" => l.t("registration"),
        "mode" => l.t("who-this-node-federates"),
        "instances" => l.t("instances"),
        _ => return None,
    })
}

/// The account statuses an administrator can set, with their labels.
fn statuses(l: Lang) -> [(&'static str, &'static str); 3] {
    [("active", l.t("active")), ("pending", l.t("pending")), ("suspended", l.t("suspended"))]
}

pub(crate) fn render(ctx: &PageCtx, admin: &AdminPage) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &admin.errors);
    let name = |field: &'static str| label(l, field).unwrap_or(field);
    let heading = l.t("administration");
    let pending = admin.users.iter().filter(|u| u.status_id == "pending").count();
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t("settings-of-this-node")) }
        }
        section.panel.panel--settings aria-labelledby="settings-title" {
            h2 #settings-title .panel__title { (l.t("settings")) }
            (error_summary(l, &admin.errors, |field| label(l, field)))
            form.form method="post" action="/admin/settings" {
                (csrf_field(ctx))
                (f.field("name", name("name")).required().input(Input { value: &admin.name, maxlength: Some("100"), ..Input::default() }))
                (f.field("description", name("description"))
                    .hint(l.t("shown-on-the-home"))
                    .textarea(&admin.description, false))
                (f.field("registration_mode", name("registration_mode")).required().choices(&admin.registration_modes, true))
                div.form-actions {
                    button.button type="submit" { (l.t("save-settings")) }
                }
            }
        }
        (federation_panel(ctx, admin))
        (mail_panel(ctx, &admin.mail))
        (providers_panel(ctx, admin))
        section.home-section aria-labelledby="users-title" {
            div.section-header {
                h2 #users-title { (l.t("accounts")) }
                @if pending > 0 {
                    span.badge.badge--status { (pending) " " (l.t("awaiting-approval")) }
                }
            }
            @if admin.users.is_empty() {
                p.muted { (l.t("there-are-no-accounts")) }
            } @else {
                div.table-scroll role="region" aria-labelledby="users-caption" tabindex="0" {
                    table.table.table--users {
                        caption #users-caption .visually-hidden { (l.t("accounts-on-this-node")) }
                        thead {
                            tr {
                                th scope="col" { (l.t("name")) }
                                th scope="col" { (l.t("e-mail-address")) }
                                th scope="col" { (l.t("status")) }
                                th scope="col" { (l.t("change-role-and-status")) }
                            }
                        }
                        tbody {
                            @for user in &admin.users { (user_row(ctx, &admin.roles, user)) }
                        }
                    }
                }
            }
        }
    };
    page(ctx, heading, Width::Wide, content)
}

/// Who this node federates with, and where deliveries stand.
fn federation_panel(ctx: &PageCtx, admin: &AdminPage) -> Markup {
    let l = ctx.lang;
    let fed = &admin.federation;
    let f = FormCtx::new(l, &admin.errors);
    html! {
        section.panel.panel--settings aria-labelledby="federation-title" {
            h2 #federation-title .panel__title { (l.t("federation")) }
            form.form method="post" action="/admin/federation" {
                (csrf_field(ctx))
                (f.field("mode", l.t("who-this-node-federates")).required().choices(&fed.modes, true))
                (f.field("instances", l.t("instances"))
                    .hint(l.t("one-host-per-line"))
                    .textarea(&fed.instances, false))
                div.form-actions { button.button type="submit" { (l.t("save-federation")) } }
            }
        }
        section.home-section aria-labelledby="deliveries-title" {
            div.section-header { h2 #deliveries-title { (l.t("delivery-to-other-nodes")) } }
            @if fed.deliveries.is_empty() {
                p.muted { (l.t("nothing-is-waiting-and")) }
            } @else {
                div.table-scroll role="region" aria-labelledby="deliveries-caption" tabindex="0" {
                    table.table {
                        caption #deliveries-caption .visually-hidden { (l.t("delivery-per-instance")) }
                        thead { tr {
                            th scope="col" { (l.t("instance")) }
                            th scope="col" { (l.t("waiting")) }
                            th scope="col" { (l.t("status")) }
                            th scope="col" { (l.t("last-error")) }
                        } }
                        tbody {
                            @for d in &fed.deliveries {
                                tr { th scope="row" { (d.host) } td { (d.pending) } td { (d.state) } td { (d.last_error) } }
                            }
                        }
                    }
                }
                @for d in fed.deliveries.iter().filter(|d| !d.refused.is_empty()) {
                    (refused_deliveries(ctx, d))
                }
            }
        }
    }
}

/// The identity providers people may sign in with, and whether passwords still work.
fn providers_panel(ctx: &PageCtx, admin: &AdminPage) -> Markup {
    let l = ctx.lang;
    html! {
        section.home-section aria-labelledby="providers-title" {
            div.section-header { h2 #providers-title { (l.t("signing-in-through-the")) } }
            p { @if admin.password_sign_in {
                (l.t("signing-in-with-a"))
            } @else {
                (l.t("signing-in-with-a-password"))
            } }
            @if admin.providers.is_empty() {
                p.muted { (l.t("no-sign-in-services")) }
            } @else {
                div.table-scroll role="region" aria-labelledby="providers-caption" tabindex="0" {
                    table.table {
                        caption #providers-caption .visually-hidden { (l.t("sign-in-services")) }
                        thead { tr {
                            th scope="col" { (l.t("name")) }
                            th scope="col" { (l.t("issuer")) }
                            th scope="col" { (l.t("client-id")) }
                            th scope="col" { (l.t("who-may")) }
                        } }
                        tbody {
                            @for (name, issuer, client, who) in &admin.providers {
                                tr { th scope="row" { (name) } td { code { (issuer) } } td { code { (client) } } td { (who) } }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Whether the node sends mail, the queue, and what went wrong (bounces and refusals).
fn mail_panel(ctx: &PageCtx, mail: &MailAdminView) -> Markup {
    let l = ctx.lang;
    html! {
        section.home-section aria-labelledby="mail-title" {
            div.section-header { h2 #mail-title { (l.t("e-mail")) } }
            @match &mail.configured {
                None => {
                    div.callout.callout--info role="note" {
                        p.callout__text { (l.t("mail-is-off-no")) }
                    }
                }
                Some((transport, from)) => {
                    dl.meta.meta--columns {
                        div.meta__row { dt { (l.t("sent-through")) } dd { code { (transport) } } }
                        div.meta__row { dt { (l.t("sender")) } dd { (from) } }
                        @for (label, count) in &mail.counts {
                            div.meta__row { dt { (label) } dd { (count) } }
                        }
                    }
                }
            }
            @if !mail.problems.is_empty() {
                div.table-scroll role="region" aria-labelledby="mail-caption" tabindex="0" {
                    table.table {
                        caption #mail-caption { (l.t("mail-that-did-not")) }
                        thead { tr {
                            th scope="col" { (l.t("to")) }
                            th scope="col" { (l.t("kind")) }
                            th scope="col" { (l.t("status")) }
                            th scope="col" { (l.t("attempts")) }
                            th scope="col" { (l.t("servers-answer")) }
                            th scope="col" { (l.t("queued-since")) }
                        } }
                        tbody {
                            @for p in &mail.problems {
                                tr { th scope="row" { (p.to) } td { (p.kind) } td { (p.status) } td { (p.attempts) } td { (p.error) } td { (p.queued) } }
                            }
                        }
                    }
                }
                form.inline-form method="post" action="/admin/mail/retry" {
                    (csrf_field(ctx))
                    button.button.button--secondary type="submit" { (l.t("send-failed-mail-again")) }
                }
            }
        }
    }
}

/// What one instance refused, with its answers, and a button to send it all again.
fn refused_deliveries(ctx: &PageCtx, d: &DeliveryLine) -> Markup {
    let l = ctx.lang;
    let caption = format!("refused-{}", d.host.replace(['.', ':'], "-"));
    html! {
        div.table-scroll role="region" aria-labelledby=(caption) tabindex="0" {
            table.table {
                caption #(caption) {
                    (l.t("refused-by")) (d.host) " (" (d.refused.len()) ")"
                }
                thead { tr {
                    th scope="col" { (l.t("activity")) }
                    th scope="col" { (l.t("answer")) }
                    th scope="col" { (l.t("when")) }
                } }
                tbody {
                    @for r in &d.refused {
                        tr {
                            th scope="row" { (r.kind) " " code { (r.activity) } }
                            td { (r.status) " " code { (r.answer) } }
                            td { (r.at) }
                        }
                    }
                }
            }
        }
        form method="post" action="/admin/federation/retry" {
            (csrf_field(ctx))
            input type="hidden" name="host" value=(d.host);
            button.button.button--secondary type="submit" {
                (l.t("deliver-again-to")) (d.host)
            }
        }
    }
}

fn user_row(ctx: &PageCtx, roles: &[Choice], user: &AdminUserView) -> Markup {
    let l = ctx.lang;
    let role_id = format!("role-{}", user.id);
    let status_id = format!("status-{}", user.id);
    let note_id = format!("self-{}", user.id);
    let described = user.is_self.then(|| note_id.clone());
    html! {
        tr {
            th scope="row" {
                span.table__name { (user.display_name) }
                span.table__sub { "@" (user.username) }
                @if user.is_self {
                    span.table__sub id=(note_id) { (l.t("this-is-you-you")) }
                }
            }
            td { (user.email) }
            td { span class={ "badge badge--account badge--" (user.status_id) } { (user.status) } }
            td {
                form.user-form method="post" action=(user.action) {
                    (csrf_field(ctx))
                    div.user-form__field {
                        label for=(role_id) { (l.t("role")) span.visually-hidden { " " (l.t("of")) " " (user.username) } }
                        select.input.input--compact id=(role_id) name="role" disabled[user.is_self] aria-describedby=[described.as_deref()] {
                            @for role in roles {
                                option value=(role.id) selected[role.id == user.role_id] { (role.label) }
                            }
                        }
                    }
                    div.user-form__field {
                        label for=(status_id) { (l.t("status")) span.visually-hidden { " " (l.t("of")) " " (user.username) } }
                        select.input.input--compact id=(status_id) name="status" disabled[user.is_self] aria-describedby=[described.as_deref()] {
                            @for (id, label) in statuses(l) {
                                option value=(id) selected[id == user.status_id] { (label) }
                            }
                        }
                    }
                    button.button.button--small type="submit" disabled[user.is_self] {
                        (l.t("save")) span.visually-hidden { " " (user.username) }
                    }
                }
            }
        }
    }
}
