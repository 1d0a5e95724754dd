//! The privacy statement, generated from the node's configuration: what personal data the node
//! keeps, why, on what basis, for how long, who receives it and where it is kept — written so a
//! school's privacy officer can copy it into the processing register (verwerkingsregister).
//! Also the page to unsubscribe from notification mail.

use maud::{html, Markup};

use crate::i18n::Lang;
use crate::layout::{csrf_field, page, Width};
use crate::views::{PageCtx, PrivacyPage};

/// One processing: what, why, on what basis, for how long.
struct Processing {
    what: &'static str,
    why: &'static str,
    basis: &'static str,
    kept: &'static str,
}

fn register(l: Lang, mail_on: bool) -> Vec<Processing> {
    let contract = l.t("performance-of-the-agreement");
    let interest = l.t("legitimate-interest-a-secure");
    let mut rows = vec![
        Processing { what: l.t("account-username-name-others"), why: l.t("signing-in-and-attributing"), basis: contract, kept: l.t("as-long-as-the") },
        Processing { what: l.t("sessions-a-hash-of"), why: l.t("staying-signed-in-you"), basis: contract, kept: l.t("n-30-days-or-until") },
        Processing { what: l.t("api-tokens-a-hash"), why: l.t("programs-working-on-your"), basis: contract, kept: l.t("until-you-revoke-it") },
        Processing { what: l.t("what-you-publish-materials"), why: l.t("sharing-under-the-creative"), basis: contract, kept: l.t("until-you-delete-it") },
        Processing { what: l.t("contact-details-in-a"), why: l.t("so-colleagues-can-ask"), basis: contract, kept: l.t("until-you-remove-them") },
        Processing { what: l.t("likes-reports-you-make"), why: l.t("the-features-themselves-moderators"), basis: contract, kept: l.t("until-you-undo-them") },
        Processing { what: l.t("ip-address-of-whoever"), why: l.t("slowing-down-password-guessing"), basis: interest, kept: l.t("not-stored-forgotten-after") },
    ];
    if mail_on {
        rows.push(Processing {
            what: l.t("mail-to-which-address"),
            why: l.t("confirming-your-address-letting"),
            basis: contract,
            kept: l.t("n-30-days-after-sending"),
        });
        rows.push(Processing {
            what: l.t("notifications-what-happened-to"),
            why: l.t("keeping-you-informed-as"),
            basis: contract,
            kept: l.t("n-30-days-after-sending-switched"),
        });
    }
    rows
}

pub(crate) fn render(ctx: &PageCtx, privacy: &PrivacyPage) -> Markup {
    let l = ctx.lang;
    let heading = l.t("privacy");
    let rows = register(l, privacy.mail_host.is_some());
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t("which-personal-data-this")) }
        }
        section.prose aria-labelledby="controller-title" {
            h2 #controller-title { (l.t("who-is-responsible")) }
            @match &privacy.operator {
                Some(operator) => { p { (privacy.node_name) " (" (privacy.public_url) ") " (l.t("is-run-by")) " " strong { (operator) } "." } }
                None => { p { (l.t("the-administrator-of-this")) } }
            }
            @if let Some(contact) = &privacy.contact {
                p { (l.t("questions-about-privacy-or")) " " strong { (contact) } }
            }
            p { (l.t("deelwijs-asks-for-no")) }
        }
        section aria-labelledby="register-title" {
            h2 #register-title { (l.t("what-we-keep")) }
            div.table-scroll role="region" aria-labelledby="register-caption" tabindex="0" {
                table.table {
                    caption #register-caption { (l.t("processing-of-personal-data")) }
                    thead { tr {
                        th scope="col" { (l.t("data")) }
                        th scope="col" { (l.t("purpose")) }
                        th scope="col" { (l.t("legal-basis")) }
                        th scope="col" { (l.t("kept-for")) }
                    } }
                    tbody {
                        @for row in &rows {
                            tr { th scope="row" { (row.what) } td { (row.why) } td { (row.basis) } td { (row.kept) } }
                        }
                    }
                }
            }
            p.muted { (l.t("the-legal-basis-is")) }
        }
        section.prose aria-labelledby="recipients-title" {
            h2 #recipients-title { (l.t("who-receives-data")) }
            ul {
                li { (l.t("other-nodes-and-activitypub")) }
                @match &privacy.mail_host {
                    Some(host) => { li { (l.t("processor-for-e-mail")) " " code { (host) } (l.t("which-receives-your-address")) } }
                    None => { li { (l.t("this-node-sends-no")) } }
                }
                @for provider in &privacy.providers {
                    li { (l.t("sign-in-service-a")) " " strong { (provider) } (l.t("this-node-asks-only")) }
                }
                li { (l.t("there-are-no-other")) }
            }
        }
        section.prose aria-labelledby="storage-title" {
            h2 #storage-title { (l.t("where-it-is-kept")) }
            p { @if privacy.sqlite {
                (l.t("in-one-sqlite-database"))
            } @else {
                (l.t("in-a-postgresql-database"))
            } }
        }
        section.prose aria-labelledby="cookies-title" {
            h2 #cookies-title { (l.t("cookies")) }
            p { (l.t("functional-cookies-only-which")) }
        }
        section.prose aria-labelledby="rights-title" {
            h2 #rights-title { (l.t("your-rights")) }
            ul {
                li { (l.t("access-and-portability-download")) }
                li { (l.t("rectification-change-your-name")) }
                li { (l.t("erasure-delete-your-account")) }
                li { (l.t("objection-or-a-complaint")) }
            }
        }
    };
    page(ctx, heading, Width::Narrow, content)
}

/// Unsubscribing from notification mail, linked from every notification: a button to confirm
/// (a link alone must not change anything, as mail scanners open links), then a confirmation.
pub(crate) fn unsubscribe(ctx: &PageCtx, what: &str, action: Option<&str>) -> Markup {
    let l = ctx.lang;
    let heading = l.t("unsubscribe");
    let content = html! {
        div.auth-card {
            h1 { (heading) }
            @match action {
                Some(action) => {
                    p { (l.t("no-more-mail-about")) " " strong { (what) } }
                    form.form method="post" action=(action) {
                        // Not checked (the signed link is the permission, and mail clients post
                        // without cookies), but every form of the node carries one.
                        (csrf_field(ctx))
                        button.button.button--large.button--block type="submit" { (l.t("unsubscribe")) }
                    }
                }
                None => {
                    p { (l.t("you-are-unsubscribed-you")) }
                    p { a href="/account#notifications-title" { (l.t("go-to-your-notifications")) } }
                }
            }
        }
    };
    page(ctx, heading, Width::Narrow, content)
}
