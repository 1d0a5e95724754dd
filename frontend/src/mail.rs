//! Mail texts: each mail in the recipient's language, as plain text and as simple HTML with the
//! same content (no images, no remote styles, nothing that tracks a reader).

use maud::{html, Markup, DOCTYPE};

use crate::i18n::Lang;

/// What a mail says, with the links it carries already made.
#[derive(Debug, Clone)]
pub enum MailView {
    /// Confirm this address (`change`: it is a new address of an existing account).
    VerifyEmail { display_name: String, link: String, change: bool },
    /// Choose a new password.
    ResetPassword { display_name: String, link: String },
    /// Someone tried to sign up with this address, which already has an account.
    AccountExists { display_name: String, username: String, sign_in_link: String, reset_link: String },
    /// The account's address is being changed to another one.
    EmailChanging { display_name: String, new_address: String, account_link: String },
    /// A sign-in provider (the school's account) was linked to the account.
    ProviderLinked { display_name: String, provider: String, account_link: String },
}

/// A notification mail: what happened, one item at once or a digest.
#[derive(Debug, Clone)]
pub struct NotificationsView {
    pub display_name: String,
    pub items: Vec<NotificationItem>,
    /// `Some("daily")` or `Some("weekly")` for a digest.
    pub digest: Option<String>,
    pub settings_link: String,
    pub unsubscribe_link: String,
}

/// One thing that happened, as a mail lists it.
#[derive(Debug, Clone)]
pub struct NotificationItem {
    /// What kind of thing, in the recipient's language.
    pub what: String,
    pub title: String,
    pub url: String,
    /// Who did it, or where.
    pub detail: String,
}

/// A rendered mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailText {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// A mail as paragraphs, some with a link: the same in both renderings.
struct Parts {
    subject: String,
    greeting: String,
    paragraphs: Vec<String>,
    action: Option<(String, String)>,
    closing: Vec<String>,
}

pub fn render(lang: Lang, node_name: &str, view: &MailView) -> MailText {
    let parts = parts(lang, node_name, view);
    MailText { subject: parts.subject.clone(), text: text(&parts, lang, node_name), html: page(&parts, lang, node_name).into_string() }
}

fn parts(lang: Lang, node: &str, view: &MailView) -> Parts {
    let hello = |name: &str| lang.tf("mail-greeting", &[("name", name.into())]);
    match view {
        MailView::VerifyEmail { display_name, link, change } => Parts {
            subject: lang.tf("mail-verify-subject", &[("node", node.into())]),
            greeting: hello(display_name),
            paragraphs: vec![if *change { lang.t("you-asked-to-use").to_owned() } else { lang.t("welcome-confirm-your-e").to_owned() }],
            action: Some((lang.t("confirm-e-mail-address").to_owned(), link.clone())),
            closing: vec![lang.t("the-link-works-for").to_owned()],
        },
        MailView::ResetPassword { display_name, link } => Parts {
            subject: lang.tf("mail-reset-subject", &[("node", node.into())]),
            greeting: hello(display_name),
            paragraphs: vec![lang.t("someone-we-hope-you").to_owned()],
            action: Some((lang.t("choose-a-new-password").to_owned(), link.clone())),
            closing: vec![lang.t("the-link-works-for-one").to_owned()],
        },
        MailView::AccountExists { display_name, username, sign_in_link, reset_link } => Parts {
            subject: lang.tf("mail-exists-subject", &[("node", node.into())]),
            greeting: hello(display_name),
            paragraphs: vec![
                lang.t("someone-tried-to-create").to_owned(),
                format!("{}: {username}", lang.t("username")),
                format!("{} {sign_in_link}", lang.t("sign-in-2")),
            ],
            action: Some((lang.t("forgot-your-password").to_owned(), reset_link.clone())),
            closing: vec![lang.t("was-this-not-you").to_owned()],
        },
        MailView::ProviderLinked { display_name, provider, account_link } => provider_linked(lang, node, display_name, provider, account_link),
        MailView::EmailChanging { display_name, new_address, account_link } => Parts {
            subject: lang.tf("mail-changing-subject", &[("node", node.into())]),
            greeting: hello(display_name),
            paragraphs: vec![lang.tf("mail-changing-text", &[("new_address", new_address.into())])],
            action: Some((lang.t("go-to-your-account").to_owned(), account_link.clone())),
            closing: vec![lang.t("was-this-not-you-then").to_owned()],
        },
    }
}

fn provider_linked(lang: Lang, node: &str, display_name: &str, provider: &str, account_link: &str) -> Parts {
    Parts {
        subject: lang.tf("mail-linked-subject", &[("node", node.into())]),
        greeting: lang.tf("mail-greeting", &[("name", display_name.into())]),
        paragraphs: vec![lang.tf("mail-linked-text", &[("provider", provider.into())])],
        action: Some((lang.t("go-to-your-account").to_owned(), account_link.to_owned())),
        closing: vec![lang.t("was-this-not-you-then-unlink").to_owned()],
    }
}

/// A notification or a digest: the items as a list of links, then where to change what one hears
/// about and the one-click unsubscribe link (also in the `List-Unsubscribe` header).
pub fn render_notifications(lang: Lang, node: &str, view: &NotificationsView) -> MailText {
    let NotificationsView { display_name, items, digest, settings_link, unsubscribe_link } = view;
    let (digest, items) = (digest.as_deref(), items.as_slice());
    let subject = match (digest, items) {
        (Some("weekly"), _) => lang.tf("mail-weekly-subject", &[("node", node.into())]),
        (Some(_), _) => lang.tf("mail-daily-subject", &[("node", node.into())]),
        (None, [item, ..]) => format!("{}: {}", item.what, item.title),
        (None, []) => node.to_owned(),
    };
    let greeting = lang.tf("mail-greeting", &[("name", display_name.into())]);
    let label = |item: &NotificationItem| {
        let by = if item.detail.is_empty() { String::new() } else { format!(" ({})", item.detail) };
        format!("{}: {}{by}", item.what, item.title)
    };
    let choose = lang.t("choose-what-you-hear");
    let stop = lang.t("stop-hearing-about-this");
    let footer = lang.t("this-message-was-sent");
    let mut text = format!("{greeting}\n\n");
    for item in items {
        text.push_str(&format!("- {}\n  {}\n\n", label(item), item.url));
    }
    text.push_str(&format!("{choose}:\n{settings_link}\n\n{stop}:\n{unsubscribe_link}\n\n-- \n{node}\n{footer}\n"));
    let html = html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head { meta charset="utf-8"; title { (subject) } }
            body style="font-family: sans-serif; line-height: 1.5; max-width: 36em;" {
                p { (greeting) }
                ul { @for item in items { li { a href=(item.url) { (label(item)) } } } }
                p { a href=(settings_link) { (choose) } " · " a href=(unsubscribe_link) { (stop) } }
                hr;
                p style="font-size: 0.9em;" { (node) " · " (footer) }
            }
        }
    };
    MailText { subject, text, html: html.into_string() }
}

fn text(parts: &Parts, lang: Lang, node: &str) -> String {
    let mut out = format!("{}\n\n", parts.greeting);
    for paragraph in &parts.paragraphs {
        out.push_str(paragraph);
        out.push_str("\n\n");
    }
    if let Some((label, link)) = &parts.action {
        out.push_str(&format!("{label}:\n{link}\n\n"));
    }
    for paragraph in &parts.closing {
        out.push_str(paragraph);
        out.push_str("\n\n");
    }
    out.push_str(&format!("-- \n{node}\n{}\n", lang.t("this-message-was-sent")));
    out
}

fn page(parts: &Parts, lang: Lang, node: &str) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head { meta charset="utf-8"; title { (parts.subject) } }
            body style="font-family: sans-serif; line-height: 1.5; max-width: 36em;" {
                p { (parts.greeting) }
                @for paragraph in &parts.paragraphs { p { (paragraph) } }
                @if let Some((label, link)) = &parts.action {
                    p { a href=(link) { (label) } }
                    p style="font-size: 0.9em;" { (lang.t("does-the-link-not")) br; (link) }
                }
                @for paragraph in &parts.closing { p { (paragraph) } }
                hr;
                p style="font-size: 0.9em;" { (node) " · " (lang.t("this-message-was-sent")) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_renderings_carry_the_link_and_escape_names() {
        let view = MailView::ResetPassword { display_name: "<b>Juf</b>".into(), link: "https://node.example/password-reset/abc".into() };
        for lang in Lang::ALL {
            let mail = render(lang, "Node", &view);
            assert!(mail.text.contains("https://node.example/password-reset/abc"));
            assert!(mail.html.contains("href=\"https://node.example/password-reset/abc\""));
            assert!(mail.html.contains("&lt;b&gt;Juf&lt;/b&gt;") && !mail.html.contains("<b>Juf"));
            assert!(mail.html.contains(&format!("lang=\"{}\"", lang.code())));
        }
        assert_ne!(render(Lang::Nl, "Node", &view).subject, render(Lang::En, "Node", &view).subject);
    }
}
