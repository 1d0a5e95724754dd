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
    let hello = |name: &str| match lang {
        Lang::Nl => format!("Beste {name},"),
        Lang::En => format!("Dear {name},"),
    };
    match view {
        MailView::VerifyEmail { display_name, link, change } => Parts {
            subject: match lang {
                Lang::Nl => format!("Bevestig je e-mailadres voor {node}"),
                Lang::En => format!("Confirm your e-mail address for {node}"),
            },
            greeting: hello(display_name),
            paragraphs: vec![if *change {
                lang.t(
                    "Je hebt gevraagd dit adres te gebruiken voor je account. Bevestig het met de link hieronder; tot dan blijft je oude adres in gebruik.",
                    "You asked to use this address for your account. Confirm it with the link below; until then your old address stays in use.",
                )
                .to_owned()
            } else {
                lang.t(
                    "Welkom! Bevestig je e-mailadres met de link hieronder, dan kun je inloggen.",
                    "Welcome! Confirm your e-mail address with the link below, and you can sign in.",
                )
                .to_owned()
            }],
            action: Some((lang.t("E-mailadres bevestigen", "Confirm e-mail address").to_owned(), link.clone())),
            closing: vec![lang
                .t(
                    "De link werkt 48 uur en één keer. Heb je dit niet gevraagd? Dan hoef je niets te doen.",
                    "The link works for 48 hours, once. Did you not ask for this? Then there is nothing you need to do.",
                )
                .to_owned()],
        },
        MailView::ResetPassword { display_name, link } => Parts {
            subject: match lang {
                Lang::Nl => format!("Een nieuw wachtwoord voor {node}"),
                Lang::En => format!("A new password for {node}"),
            },
            greeting: hello(display_name),
            paragraphs: vec![lang
                .t("Iemand (hopelijk jij) vroeg om een nieuw wachtwoord voor je account.", "Someone (we hope you) asked for a new password for your account.")
                .to_owned()],
            action: Some((lang.t("Nieuw wachtwoord kiezen", "Choose a new password").to_owned(), link.clone())),
            closing: vec![lang
                .t(
                    "De link werkt één uur en één keer; daarna wordt je account op alle andere apparaten uitgelogd. Heb je dit niet gevraagd? Dan blijft je wachtwoord zoals het is.",
                    "The link works for one hour, once; afterwards your account is signed out on every other device. Did you not ask for this? Then your password stays as it is.",
                )
                .to_owned()],
        },
        MailView::AccountExists { display_name, username, sign_in_link, reset_link } => Parts {
            subject: match lang {
                Lang::Nl => format!("Je hebt al een account bij {node}"),
                Lang::En => format!("You already have an account at {node}"),
            },
            greeting: hello(display_name),
            paragraphs: vec![
                lang.t(
                    "Iemand probeerde met dit e-mailadres een nieuw account te maken. Dit adres hoort al bij een account:",
                    "Someone tried to create a new account with this e-mail address. This address already belongs to an account:",
                )
                .to_owned(),
                format!("{}: {username}", lang.t("Gebruikersnaam", "Username")),
                format!("{} {sign_in_link}", lang.t("Inloggen:", "Sign in:")),
            ],
            action: Some((lang.t("Wachtwoord vergeten?", "Forgot your password?").to_owned(), reset_link.clone())),
            closing: vec![lang.t("Was jij dit niet? Dan hoef je niets te doen.", "Was this not you? Then there is nothing you need to do.").to_owned()],
        },
        MailView::ProviderLinked { display_name, provider, account_link } => provider_linked(lang, node, display_name, provider, account_link),
        MailView::EmailChanging { display_name, new_address, account_link } => Parts {
            subject: match lang {
                Lang::Nl => format!("Je e-mailadres bij {node} wordt gewijzigd"),
                Lang::En => format!("Your e-mail address at {node} is being changed"),
            },
            greeting: hello(display_name),
            paragraphs: vec![match lang {
                Lang::Nl => format!("Er is gevraagd het e-mailadres van je account te wijzigen in {new_address}. Het wijzigt pas als die persoon de link in de mail aan dat adres volgt."),
                Lang::En => format!("Someone asked to change your account's e-mail address to {new_address}. It changes only once the link in the mail to that address is followed."),
            }],
            action: Some((lang.t("Naar je account", "Go to your account").to_owned(), account_link.clone())),
            closing: vec![lang
                .t(
                    "Was jij dit niet? Kies dan meteen een nieuw wachtwoord en beëindig op je accountpagina de sessies die je niet kent.",
                    "Was this not you? Then choose a new password at once, and end the sessions you do not recognise on your account page.",
                )
                .to_owned()],
        },
    }
}

fn provider_linked(lang: Lang, node: &str, display_name: &str, provider: &str, account_link: &str) -> Parts {
    Parts {
        subject: match lang {
            Lang::Nl => format!("Nieuwe manier om in te loggen bij {node}"),
            Lang::En => format!("A new way to sign in at {node}"),
        },
        greeting: match lang {
            Lang::Nl => format!("Beste {display_name},"),
            Lang::En => format!("Dear {display_name},"),
        },
        paragraphs: vec![match lang {
            Lang::Nl => format!("Je kunt nu ook inloggen met {provider}: dat is zojuist aan je account gekoppeld."),
            Lang::En => format!("You can now also sign in with {provider}: it was just linked to your account."),
        }],
        action: Some((lang.t("Naar je account", "Go to your account").to_owned(), account_link.to_owned())),
        closing: vec![lang
            .t(
                "Was jij dit niet? Ontkoppel het dan op je accountpagina, kies een nieuw wachtwoord en beëindig de sessies die je niet kent.",
                "Was this not you? Then unlink it on your account page, choose a new password and end the sessions you do not recognise.",
            )
            .to_owned()],
    }
}

/// A notification or a digest: the items as a list of links, then where to change what one hears
/// about and the one-click unsubscribe link (also in the `List-Unsubscribe` header).
pub fn render_notifications(lang: Lang, node: &str, view: &NotificationsView) -> MailText {
    let NotificationsView { display_name, items, digest, settings_link, unsubscribe_link } = view;
    let (digest, items) = (digest.as_deref(), items.as_slice());
    let subject = match (digest, items) {
        (Some("weekly"), _) => match lang {
            Lang::Nl => format!("Je weekoverzicht van {node}"),
            Lang::En => format!("Your weekly digest from {node}"),
        },
        (Some(_), _) => match lang {
            Lang::Nl => format!("Je dagoverzicht van {node}"),
            Lang::En => format!("Your daily digest from {node}"),
        },
        (None, [item, ..]) => format!("{}: {}", item.what, item.title),
        (None, []) => node.to_owned(),
    };
    let greeting = match lang {
        Lang::Nl => format!("Beste {display_name},"),
        Lang::En => format!("Dear {display_name},"),
    };
    let label = |item: &NotificationItem| {
        let by = if item.detail.is_empty() { String::new() } else { format!(" ({})", item.detail) };
        format!("{}: {}{by}", item.what, item.title)
    };
    let choose = lang.t("Kiezen wat je hoort en hoe vaak", "Choose what you hear about and how often");
    let stop = lang.t("Hier niet meer over horen", "Stop hearing about this");
    let footer = lang.t("Dit bericht is automatisch verstuurd.", "This message was sent automatically.");
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
    out.push_str(&format!("-- \n{node}\n{}\n", lang.t("Dit bericht is automatisch verstuurd.", "This message was sent automatically.")));
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
                    p style="font-size: 0.9em;" { (lang.t("Werkt de knop niet? Kopieer dan dit adres:", "Does the link not work? Copy this address:")) br; (link) }
                }
                @for paragraph in &parts.closing { p { (paragraph) } }
                hr;
                p style="font-size: 0.9em;" { (node) " · " (lang.t("Dit bericht is automatisch verstuurd.", "This message was sent automatically.")) }
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
