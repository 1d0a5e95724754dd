//! The administrator's page: node settings and the accounts (role, approval, suspension).

use maud::{html, Markup};

use super::forms::{error_summary, FormCtx, Input};
use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{AdminPage, AdminUserView, Choice, DeliveryLine, MailAdminView, PageCtx};

fn label(l: Lang, field: &str) -> Option<&'static str> {
    Some(match field {
        "name" => l.t("Naam van de node", "Name of the node"),
        "description" => l.t("Beschrijving", "Description"),
        "registration_mode" => l.t("Registratie", "Registration"),
        "mode" => l.t("Met wie deze node federeert", "Who this node federates with"),
        "instances" => l.t("Instanties", "Instances"),
        _ => return None,
    })
}

/// The account statuses an administrator can set, with their labels.
fn statuses(l: Lang) -> [(&'static str, &'static str); 3] {
    [("active", l.t("Actief", "Active")), ("pending", l.t("Wacht op goedkeuring", "Pending")), ("suspended", l.t("Geschorst", "Suspended"))]
}

pub(crate) fn render(ctx: &PageCtx, admin: &AdminPage) -> Markup {
    let l = ctx.lang;
    let f = FormCtx::new(l, &admin.errors);
    let name = |field: &'static str| label(l, field).unwrap_or(field);
    let heading = l.t("Beheer", "Administration");
    let pending = admin.users.iter().filter(|u| u.status_id == "pending").count();
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t("Instellingen van deze node en de accounts.", "Settings of this node and its accounts.")) }
        }
        section.panel.panel--settings aria-labelledby="settings-title" {
            h2 #settings-title .panel__title { (l.t("Instellingen", "Settings")) }
            (error_summary(l, &admin.errors, |field| label(l, field)))
            form.form method="post" action="/admin/settings" {
                (csrf_field(ctx))
                (f.field("name", name("name")).required().input(Input { value: &admin.name, maxlength: Some("100"), ..Input::default() }))
                (f.field("description", name("description"))
                    .hint(l.t("Staat op de startpagina. Vertel wie deze node beheert en voor wie hij is.", "Shown on the home page. Say who runs this node and who it is for."))
                    .textarea(&admin.description, false))
                (f.field("registration_mode", name("registration_mode")).required().choices(&admin.registration_modes, true))
                div.form-actions {
                    button.button type="submit" { (l.t("Instellingen opslaan", "Save settings")) }
                }
            }
        }
        (federation_panel(ctx, admin))
        (mail_panel(ctx, &admin.mail))
        (providers_panel(ctx, admin))
        section.home-section aria-labelledby="users-title" {
            div.section-header {
                h2 #users-title { (l.t("Accounts", "Accounts")) }
                @if pending > 0 {
                    span.badge.badge--status { (pending) " " (l.t("wacht op goedkeuring", "awaiting approval")) }
                }
            }
            @if admin.users.is_empty() {
                p.muted { (l.t("Er zijn nog geen accounts.", "There are no accounts yet.")) }
            } @else {
                div.table-scroll role="region" aria-labelledby="users-caption" tabindex="0" {
                    table.table.table--users {
                        caption #users-caption .visually-hidden { (l.t("Accounts op deze node", "Accounts on this node")) }
                        thead {
                            tr {
                                th scope="col" { (l.t("Naam", "Name")) }
                                th scope="col" { (l.t("E-mailadres", "E-mail address")) }
                                th scope="col" { (l.t("Status", "Status")) }
                                th scope="col" { (l.t("Rol en status wijzigen", "Change role and status")) }
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
            h2 #federation-title .panel__title { (l.t("Federatie", "Federation")) }
            form.form method="post" action="/admin/federation" {
                (csrf_field(ctx))
                (f.field("mode", l.t("Met wie deze node federeert", "Who this node federates with")).required().choices(&fed.modes, true))
                (f.field("instances", l.t("Instanties", "Instances"))
                    .hint(l.t(
                        "Eén host per regel, bijvoorbeeld deelwijs.partnerschool.be. Bij een blokkeerlijst: wie niet mag; bij een toestaanlijst: de enigen die wel mogen.",
                        "One host per line, for example deelwijs.partnerschool.be. With a blocklist: who may not; with an allowlist: the only ones who may."
                    ))
                    .textarea(&fed.instances, false))
                div.form-actions { button.button type="submit" { (l.t("Federatie opslaan", "Save federation")) } }
            }
        }
        section.home-section aria-labelledby="deliveries-title" {
            div.section-header { h2 #deliveries-title { (l.t("Bezorging naar andere nodes", "Delivery to other nodes")) } }
            @if fed.deliveries.is_empty() {
                p.muted { (l.t("Er wacht niets en er ging niets mis.", "Nothing is waiting and nothing failed.")) }
            } @else {
                div.table-scroll role="region" aria-labelledby="deliveries-caption" tabindex="0" {
                    table.table {
                        caption #deliveries-caption .visually-hidden { (l.t("Bezorging per instantie", "Delivery per instance")) }
                        thead { tr {
                            th scope="col" { (l.t("Instantie", "Instance")) }
                            th scope="col" { (l.t("Wachtend", "Waiting")) }
                            th scope="col" { (l.t("Status", "Status")) }
                            th scope="col" { (l.t("Laatste fout", "Last error")) }
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
            div.section-header { h2 #providers-title { (l.t("Inloggen via de school", "Signing in through the school")) } }
            p { @if admin.password_sign_in {
                (l.t("Inloggen met een wachtwoord van deze node: aan.", "Signing in with a password of this node: on."))
            } @else {
                (l.t("Inloggen met een wachtwoord van deze node: uit (--password-sign-in false).", "Signing in with a password of this node: off (--password-sign-in false)."))
            } }
            @if admin.providers.is_empty() {
                p.muted { (l.t(
                    "Er zijn geen inlogdiensten ingesteld. Start de node met --oidc-provider (zie de README: Entree Federatie, SURFconext).",
                    "No sign-in services are configured. Start the node with --oidc-provider (see the README: Entree Federatie, SURFconext)."
                )) }
            } @else {
                div.table-scroll role="region" aria-labelledby="providers-caption" tabindex="0" {
                    table.table {
                        caption #providers-caption .visually-hidden { (l.t("Inlogdiensten", "Sign-in services")) }
                        thead { tr {
                            th scope="col" { (l.t("Naam", "Name")) }
                            th scope="col" { (l.t("Uitgever (issuer)", "Issuer")) }
                            th scope="col" { (l.t("Client-id", "Client id")) }
                            th scope="col" { (l.t("Wie mag", "Who may")) }
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
            div.section-header { h2 #mail-title { (l.t("E-mail", "E-mail")) } }
            @match &mail.configured {
                None => {
                    div.callout.callout--info role="note" {
                        p.callout__text { (l.t(
                            "Mail staat uit: er gaan geen bevestigingen, wachtwoordlinks of meldingen weg, en wachtwoord vergeten werkt niet. Start de node met --smtp-url (en --mail-from) om mail aan te zetten.",
                            "Mail is off: no confirmations, password links or notifications are sent, and password reset does not work. Start the node with --smtp-url (and --mail-from) to turn mail on."
                        )) }
                    }
                }
                Some((transport, from)) => {
                    dl.meta.meta--columns {
                        div.meta__row { dt { (l.t("Verzonden via", "Sent through")) } dd { code { (transport) } } }
                        div.meta__row { dt { (l.t("Afzender", "Sender")) } dd { (from) } }
                        @for (label, count) in &mail.counts {
                            div.meta__row { dt { (label) } dd { (count) } }
                        }
                    }
                }
            }
            @if !mail.problems.is_empty() {
                div.table-scroll role="region" aria-labelledby="mail-caption" tabindex="0" {
                    table.table {
                        caption #mail-caption { (l.t("Mail die niet aankwam of nog wacht", "Mail that did not arrive or still waits")) }
                        thead { tr {
                            th scope="col" { (l.t("Aan", "To")) }
                            th scope="col" { (l.t("Soort", "Kind")) }
                            th scope="col" { (l.t("Status", "Status")) }
                            th scope="col" { (l.t("Pogingen", "Attempts")) }
                            th scope="col" { (l.t("Antwoord van de server", "Server's answer")) }
                            th scope="col" { (l.t("In de wachtrij sinds", "Queued since")) }
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
                    button.button.button--secondary type="submit" { (l.t("Mislukte mail opnieuw versturen", "Send failed mail again")) }
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
                    (l.t("Geweigerd door ", "Refused by ")) (d.host) " (" (d.refused.len()) ")"
                }
                thead { tr {
                    th scope="col" { (l.t("Activiteit", "Activity")) }
                    th scope="col" { (l.t("Antwoord", "Answer")) }
                    th scope="col" { (l.t("Wanneer", "When")) }
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
                (l.t("Opnieuw bezorgen aan ", "Deliver again to ")) (d.host)
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
                    span.table__sub id=(note_id) { (l.t("Dit ben jij; je eigen rol en status wijzig je hier niet.", "This is you; you cannot change your own role and status here.")) }
                }
            }
            td { (user.email) }
            td { span class={ "badge badge--account badge--" (user.status_id) } { (user.status) } }
            td {
                form.user-form method="post" action=(user.action) {
                    (csrf_field(ctx))
                    div.user-form__field {
                        label for=(role_id) { (l.t("Rol", "Role")) span.visually-hidden { " " (l.t("van", "of")) " " (user.username) } }
                        select.input.input--compact id=(role_id) name="role" disabled[user.is_self] aria-describedby=[described.as_deref()] {
                            @for role in roles {
                                option value=(role.id) selected[role.id == user.role_id] { (role.label) }
                            }
                        }
                    }
                    div.user-form__field {
                        label for=(status_id) { (l.t("Status", "Status")) span.visually-hidden { " " (l.t("van", "of")) " " (user.username) } }
                        select.input.input--compact id=(status_id) name="status" disabled[user.is_self] aria-describedby=[described.as_deref()] {
                            @for (id, label) in statuses(l) {
                                option value=(id) selected[id == user.status_id] { (label) }
                            }
                        }
                    }
                    button.button.button--small type="submit" disabled[user.is_self] {
                        (l.t("Opslaan", "Save")) span.visually-hidden { " " (user.username) }
                    }
                }
            }
        }
    }
}
