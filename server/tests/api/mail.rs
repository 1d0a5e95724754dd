//! Mail (issue 18) against a real SMTP server (aiosmtpd): address confirmation on sign-up and on
//! change, password reset, the queue surviving an SMTP outage, refusals shown to admins, and
//! sessions a person can see and end. Each on SQLite and PostgreSQL.

use deelwijs_server::domain::vocab::Role;
use deelwijs_server::store::mail as mail_store;
use reqwest::StatusCode;
use serde_json::json;

use crate::pages::csrf_of;
use crate::support::{backends, free_port, link_in, wait_until, Backend, Extras, SmtpSink, TestNode};

fn browser() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// Posts a form the way a browser does: its page first (for the CSRF cookie and field).
async fn submit(client: &reqwest::Client, node: &TestNode, page: &str, action: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let html = client.get(format!("{}{page}", node.url)).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_of(&html);
    let mut form: Vec<(&str, &str)> = fields.to_vec();
    form.push(("csrf", &csrf));
    client.post(format!("{}{action}", node.url)).form(&form).send().await.unwrap()
}

fn location(response: &reqwest::Response) -> String {
    response.headers().get("location").map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default()
}

async fn sign_in(client: &reqwest::Client, node: &TestNode, username: &str, password: &str) -> reqwest::Response {
    submit(client, node, "/sign-in", "/sign-in", &[("username", username), ("password", password)]).await
}

/// Mail rows per status, straight from the database.
async fn queue_counts(node: &TestNode) -> Vec<(String, i64)> {
    let mut counts = node.app.db.read(|conn| Ok(mail_store::counts(conn)?)).await.unwrap();
    counts.sort();
    counts
}

/// Sign-up asks for a confirmed address, and answers a taken address exactly as a new one (issue
/// 22, finding 11): the owner of the taken address gets a mail instead.
#[actix_web::test]
async fn sign_up_confirms_the_address_and_never_reveals_a_taken_one() {
    for backend in backends() {
        let smtp = SmtpSink::start();
        let node = TestNode::start_with_mail(backend, smtp.port).await;
        node.user("beheer", Role::Admin).await;
        let fields = |username: &'static str, email: &'static str| {
            vec![("username", username), ("email", email), ("display_name", "Juf Anna"), ("password", "lang genoeg wachtwoord")]
        };
        let juf = browser();
        let new = submit(&juf, &node, "/sign-up", "/sign-up", &fields("juf", "Juf@School.example")).await;
        assert_eq!((new.status(), location(&new)), (StatusCode::SEE_OTHER, "/sign-in?done=check_mail".to_owned()), "{backend:?}");
        assert!(
            new.headers().get("set-cookie").is_none_or(|c| !c.to_str().unwrap().contains("deelwijs_session=")),
            "no session before the address is confirmed"
        );
        let mail = smtp.wait_for("juf@school.example", "Bevestig je e-mailadres").await;
        // Headers a mail client and a spam filter look at.
        assert_eq!(mail["mail_from"], "noreply@deelwijs.test");
        assert!(mail["headers"]["from"].as_str().unwrap().contains("Deelwijs Test"));
        assert_eq!(mail["headers"]["auto-submitted"], "auto-generated");
        assert!(mail["headers"]["message-id"].as_str().unwrap().ends_with("@127.0.0.1>"), "{mail}");
        assert_eq!(mail["content_type"], "multipart/alternative");
        let text = mail["text"].as_str().unwrap();
        let link = link_in(text, &format!("{}/verify-email/", node.url));
        assert!(mail["html"].as_str().unwrap().contains(&format!("href=\"{link}\"")), "the HTML part carries the same link");
        assert!(text.contains("Beste Juf Anna"), "{text}");
        // Not yet: signing in sends a new link instead.
        let early = sign_in(&juf, &node, "juf", "lang genoeg wachtwoord").await;
        let (status, page) = (early.status(), early.text().await.unwrap());
        assert_eq!(status, StatusCode::FORBIDDEN, "{}", &page[page.find("callout").unwrap_or(0)..][..300.min(page.len())]);
        assert!(page.contains("Bevestig eerst je e-mailadres"));
        let (status, body) = node.post("/auth/token", None, &json!({"username": "juf", "password": "lang genoeg wachtwoord"})).await;
        assert_eq!((status, body["error"]["code"].as_str()), (StatusCode::FORBIDDEN, Some("email_unverified")));
        // The link confirms the address, once.
        let confirmed = juf.get(&link).send().await.unwrap();
        assert_eq!(location(&confirmed), "/sign-in?done=email_verified");
        assert_eq!(juf.get(&link).send().await.unwrap().status(), StatusCode::BAD_REQUEST, "a used link is refused");
        let signed_in = sign_in(&juf, &node, "juf", "lang genoeg wachtwoord").await;
        assert_eq!(signed_in.status(), StatusCode::SEE_OTHER, "{:?}", signed_in.text().await);
        // The same address again, in other capitals and with another username: the same answer,
        // no account, and a mail to the address's owner.
        let again = submit(&browser(), &node, "/sign-up", "/sign-up", &fields("nogeens", "JUF@school.example")).await;
        assert_eq!((again.status(), location(&again)), (StatusCode::SEE_OTHER, "/sign-in?done=check_mail".to_owned()));
        let notice = smtp.wait_for("juf@school.example", "Je hebt al een account").await;
        assert!(notice["text"].as_str().unwrap().contains("Gebruikersnaam: juf"));
        assert!(notice["text"].as_str().unwrap().contains(&format!("{}/password-reset", node.url)));
        let admin = node.sign_in("beheer").await;
        let (_, users) = node.get("/admin/users", Some(&admin)).await;
        let names: Vec<&str> = users["items"].as_array().unwrap().iter().filter_map(|u| u["username"].as_str()).collect();
        assert!(!names.contains(&"nogeens"), "{names:?}");
        // A taken username is said (usernames are public), without a word about the address.
        let taken = submit(&browser(), &node, "/sign-up", "/sign-up", &fields("juf", "juf@school.example")).await;
        assert_eq!(taken.status(), StatusCode::UNPROCESSABLE_ENTITY);
        // Mail is written in the language the person used: English here.
        let english = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .default_headers([(reqwest::header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9".parse().unwrap())].into_iter().collect())
            .build()
            .unwrap();
        submit(&english, &node, "/sign-up", "/sign-up", &fields("teacher", "teacher@school.example")).await;
        let mail = smtp.wait_for("teacher@school.example", "Confirm your e-mail address").await;
        assert!(mail["text"].as_str().unwrap().starts_with("Dear Juf Anna,"), "{mail}");
        assert!(mail["html"].as_str().unwrap().contains("lang=\"en\""));
    }
}

/// A reset link works once, for an hour, ends every session, and the request does not tell
/// whether an address has an account.
#[actix_web::test]
async fn password_reset_is_single_use_and_ends_every_session() {
    for backend in backends() {
        let smtp = SmtpSink::start();
        let node = TestNode::start_with_mail(backend, smtp.port).await;
        node.user("juf", Role::Member).await;
        let laptop = browser();
        assert_eq!(sign_in(&laptop, &node, "juf", "correct horse battery").await.status(), StatusCode::SEE_OTHER);
        let someone = browser();
        let unknown = submit(&someone, &node, "/password-reset", "/password-reset", &[("email", "niemand@example.org")]).await;
        let known = submit(&someone, &node, "/password-reset", "/password-reset", &[("email", "JUF@example.org")]).await;
        assert_eq!((unknown.status(), location(&unknown)), (known.status(), location(&known)), "the same answer either way");
        assert_eq!(location(&known), "/sign-in?done=reset_sent");
        let mail = smtp.wait_for("juf@example.org", "Een nieuw wachtwoord").await;
        // One mail, none for the unknown address (the row is marked sent just after the server took it).
        wait_until("the reset mail marked sent", || async { queue_counts(&node).await == vec![("sent".to_owned(), 1)] }).await;
        let link = link_in(mail["text"].as_str().unwrap(), &format!("{}/password-reset/", node.url));
        // Looking at the form does not use the link (mail scanners open links first).
        for _ in 0..2 {
            assert_eq!(someone.get(&link).send().await.unwrap().status(), StatusCode::OK);
        }
        let path = link.trim_start_matches(&node.url).to_owned();
        let short = submit(&someone, &node, &path, &path, &[("password", "kort")]).await;
        assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY, "a too short password keeps the link");
        let done = submit(&someone, &node, &path, &path, &[("password", "een heel nieuw wachtwoord")]).await;
        assert_eq!(location(&done), "/sign-in?done=password_reset");
        assert_eq!(someone.get(&link).send().await.unwrap().status(), StatusCode::BAD_REQUEST, "used once");
        // The laptop's session ended; the old password is gone, the new one works.
        let account = laptop.get(format!("{}/account", node.url)).send().await.unwrap();
        assert_ne!(account.status(), StatusCode::OK, "the old session must have ended");
        assert_eq!(sign_in(&browser(), &node, "juf", "correct horse battery").await.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(sign_in(&browser(), &node, "juf", "een heel nieuw wachtwoord").await.status(), StatusCode::SEE_OTHER);
        // An expired link is refused like a used one.
        submit(&someone, &node, "/password-reset", "/password-reset", &[("email", "juf@example.org")]).await;
        wait_until("a second reset mail", || async { smtp.messages().len() == 2 }).await;
        let second = smtp.messages().pop().unwrap();
        let link = link_in(second["text"].as_str().unwrap(), &format!("{}/password-reset/", node.url));
        node.app
            .db
            .write(|conn| {
                use deelwijs_server::store::schema::account_tokens;
                use diesel::prelude::*;
                let past = deelwijs_server::app::now() - chrono::Duration::minutes(1);
                Ok(diesel::update(account_tokens::table).set(account_tokens::expires_at.eq(past)).execute(conn)?)
            })
            .await
            .unwrap();
        assert_eq!(someone.get(&link).send().await.unwrap().status(), StatusCode::BAD_REQUEST, "expired");
        // Requests are throttled per client: 5, then 429 with Retry-After.
        let mut last = None;
        for n in 0..6 {
            let email = format!("x{n}@example.org");
            last = Some(submit(&someone, &node, "/password-reset", "/password-reset", &[("email", &email)]).await);
        }
        let last = last.unwrap();
        assert_eq!(last.status(), StatusCode::TOO_MANY_REQUESTS);
        assert!(last.headers().get("retry-after").is_some());
    }
}

/// SMTP down when the event happens: the mail waits in the queue (the failure visible on
/// `/admin`), then is sent once the server is back, exactly once.
#[actix_web::test]
async fn mail_waits_while_smtp_is_down_and_is_sent_once() {
    for backend in backends() {
        let port = free_port();
        let node = TestNode::start_with_mail(backend, port).await;
        node.user("beheer", Role::Admin).await;
        node.user("juf", Role::Member).await;
        let admin = browser();
        assert_eq!(sign_in(&admin, &node, "beheer", "correct horse battery").await.status(), StatusCode::SEE_OTHER);
        submit(&browser(), &node, "/password-reset", "/password-reset", &[("email", "juf@example.org")]).await;
        wait_until("a failed attempt recorded", || async {
            node.app.db.read(|conn| Ok(mail_store::problems(conn, 10)?)).await.unwrap().iter().any(|m| m.attempts >= 1 && m.status == "queued")
        })
        .await;
        let page = admin.get(format!("{}/admin", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("juf@example.org") && page.contains("reset_password"), "the waiting mail shows on /admin");
        let smtp = SmtpSink::start_on(port);
        smtp.wait_for("juf@example.org", "Een nieuw wachtwoord").await;
        wait_until("the queue row marked sent", || async { queue_counts(&node).await == vec![("sent".to_owned(), 1)] }).await;
        // A later wake-up (another commit) sends nothing again.
        node.user("nog-een", Role::Member).await;
        submit(&browser(), &node, "/password-reset", "/password-reset", &[("email", "nog-een@example.org")]).await;
        smtp.wait_for("nog-een@example.org", "Een nieuw wachtwoord").await;
        let to_juf = smtp.messages().iter().filter(|m| m["rcpt_tos"][0] == "juf@example.org").count();
        assert_eq!(to_juf, 1, "{backend:?}: sent exactly once");
    }
}

/// A permanent refusal (550) is kept as refused, with the server's answer, for admins; they can
/// send it again.
#[actix_web::test]
async fn a_refused_mail_is_shown_to_admins_and_can_be_retried() {
    for backend in backends() {
        let smtp = SmtpSink::start();
        let node = TestNode::start_with_mail(backend, smtp.port).await;
        node.user("beheer", Role::Admin).await;
        node.user("bounce", Role::Member).await;
        submit(&browser(), &node, "/password-reset", "/password-reset", &[("email", "bounce@example.org")]).await;
        wait_until("the refusal recorded", || async { queue_counts(&node).await == vec![("refused".to_owned(), 1)] }).await;
        let admin = browser();
        sign_in(&admin, &node, "beheer", "correct horse battery").await;
        let page = admin.get(format!("{}/admin", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("No such mailbox here") && page.contains("Geweigerd door de server"), "{backend:?}");
        let retried = submit(&admin, &node, "/admin", "/admin/mail/retry", &[]).await;
        assert_eq!(location(&retried), "/admin?done=mail_retried#mail-title");
        wait_until("refused again after the retry", || async {
            node.app.db.read(|conn| Ok(mail_store::problems(conn, 10)?)).await.unwrap().iter().any(|m| m.status == "refused" && m.attempts == 1)
        })
        .await;
    }
}

/// A new address is used only after its link is followed; the old address is told.
#[actix_web::test]
async fn changing_the_address_needs_the_link_and_tells_the_old_address() {
    for backend in backends() {
        let smtp = SmtpSink::start();
        let node = TestNode::start_with_mail(backend, smtp.port).await;
        node.user("juf", Role::Member).await;
        let juf = browser();
        sign_in(&juf, &node, "juf", "correct horse battery").await;
        let wrong = submit(&juf, &node, "/account", "/account/email", &[("email", "nieuw@school.example"), ("current_password", "niet mijn wachtwoord")]).await;
        assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(wrong.text().await.unwrap().contains("Dit wachtwoord klopt niet."));
        let asked =
            submit(&juf, &node, "/account", "/account/email", &[("email", "Nieuw@School.example"), ("current_password", "correct horse battery")]).await;
        assert_eq!(location(&asked), "/account?done=check_mail");
        let verify = smtp.wait_for("nieuw@school.example", "Bevestig je e-mailadres").await;
        let notice = smtp.wait_for("juf@example.org", "wordt gewijzigd").await;
        assert!(notice["text"].as_str().unwrap().contains("nieuw@school.example"));
        let page = juf.get(format!("{}/account", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("juf@example.org") && !page.contains("nieuw@school.example"), "not changed before the link");
        let link = link_in(verify["text"].as_str().unwrap(), &format!("{}/verify-email/", node.url));
        assert_eq!(location(&juf.get(&link).send().await.unwrap()), "/account?done=email_verified");
        let page = juf.get(format!("{}/account", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("nieuw@school.example") && page.contains("bevestigd"), "{backend:?}");
    }
}

/// Sessions are listed on `/account` and can be ended one by one or all but this one; changing
/// the password ends the others. Without mail, reset says mail is off and `/admin` says so too.
#[actix_web::test]
async fn sessions_can_be_seen_and_ended_and_mail_off_is_said() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        node.user("beheer", Role::Admin).await;
        let (phone, laptop, tablet) = (browser(), browser(), browser());
        for client in [&phone, &laptop, &tablet] {
            assert_eq!(sign_in(client, &node, "beheer", "correct horse battery").await.status(), StatusCode::SEE_OTHER);
        }
        let page = laptop.get(format!("{}/account", node.url)).send().await.unwrap().text().await.unwrap();
        assert_eq!(page.matches("/account/sessions/").count(), 3, "two end buttons and one for all others");
        assert!(page.contains("deze browser"));
        let first_end = link_in(&page, "/account/sessions/");
        let ended = submit(&laptop, &node, "/account", &first_end, &[]).await;
        assert_eq!(location(&ended), "/account?done=session_ended#sessions-title");
        let alive = |client: &reqwest::Client| {
            let url = format!("{}/account", node.url);
            let client = client.clone();
            async move { client.get(url).send().await.unwrap().status() == StatusCode::OK }
        };
        assert_eq!([alive(&phone).await, alive(&tablet).await].iter().filter(|a| **a).count(), 1, "one of the two others ended");
        submit(&laptop, &node, "/account", "/account/sessions/end-others", &[]).await;
        assert!(!alive(&phone).await && !alive(&tablet).await && alive(&laptop).await);
        // A password change ends the other sessions too, and keeps this one.
        sign_in(&phone, &node, "beheer", "correct horse battery").await;
        let changed =
            submit(&laptop, &node, "/account", "/account/password", &[("old_password", "correct horse battery"), ("password", "een nieuw lang wachtwoord")])
                .await;
        assert_eq!(location(&changed), "/account?done=password_changed");
        assert!(!alive(&phone).await && alive(&laptop).await, "{backend:?}");
        // Mail is off on this node.
        let reset = laptop.get(format!("{}/password-reset", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(reset.contains("Deze node verstuurt geen mail"));
        let admin = laptop.get(format!("{}/admin", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(admin.contains("Mail staat uit"));
        let refused = submit(&browser(), &node, "/password-reset", "/password-reset", &[("email", "beheer@example.org")]).await;
        assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    }
}

/// Mail over TLS through rustls: STARTTLS (`?tls=required`) and implicit TLS (`smtps://`) to a
/// server whose certificate comes from an authority given with `--smtp-ca-file`; without that
/// authority the certificate is not trusted and the mail waits, with the reason on `/admin`.
#[actix_web::test]
async fn mail_goes_over_starttls_and_implicit_tls_with_a_checked_certificate() {
    use deelwijs_server::app::mail::MailSettings;
    for (mode, scheme, query) in [("starttls", "smtp", "?tls=required"), ("implicit", "smtps", "")] {
        let (smtp, ca) = SmtpSink::start_tls(mode);
        let settings = |ca_file: Option<std::path::PathBuf>| MailSettings {
            url: format!("{scheme}://127.0.0.1:{}{query}", smtp.port),
            from: "Deelwijs Test <noreply@deelwijs.test>".to_owned(),
            retry_base: std::time::Duration::from_millis(100),
            retry_max: std::time::Duration::from_millis(500),
            ca_file,
        };
        // Untrusted: the mail is not sent, and the reason is kept.
        let node = TestNode::start_with_extras(Backend::Sqlite, Extras { mail: Some(settings(None)), ..Extras::default() }).await;
        node.user("juf", Role::Member).await;
        submit(&browser(), &node, "/password-reset", "/password-reset", &[("email", "juf@example.org")]).await;
        wait_until("a failed TLS attempt recorded", || async {
            node.app.db.read(|conn| Ok(mail_store::problems(conn, 10)?)).await.unwrap().iter().any(|m| m.attempts >= 1)
        })
        .await;
        assert!(smtp.messages().is_empty(), "{mode}: nothing delivered to a server we do not trust");
        // Trusted through --smtp-ca-file: delivered, over TLS.
        let node = TestNode::start_with_extras(Backend::Sqlite, Extras { mail: Some(settings(Some(ca.clone()))), ..Extras::default() }).await;
        node.user("juf", Role::Member).await;
        submit(&browser(), &node, "/password-reset", "/password-reset", &[("email", "juf@example.org")]).await;
        let mail = smtp.wait_for("juf@example.org", "Een nieuw wachtwoord").await;
        assert_eq!(mail["tls"], true, "{mode}: {mail}");
    }
}

/// `--smtp-url sendmail:///path`: the mail is handed to a local sendmail — here Debian's
/// `msmtp` in sendmail mode, which `.ci/test` installs, relaying to the SMTP server.
#[actix_web::test]
async fn mail_goes_through_a_local_sendmail() {
    use std::os::unix::fs::PermissionsExt;
    let smtp = SmtpSink::start();
    let dir = tempfile::tempdir().unwrap();
    let sendmail = dir.path().join("sendmail");
    let script = format!("#!/bin/sh\nexec msmtp --host=127.0.0.1 --port={} --auth=off --tls=off \"$@\"\n", smtp.port);
    std::fs::write(&sendmail, script).unwrap();
    std::fs::set_permissions(&sendmail, std::fs::Permissions::from_mode(0o755)).unwrap();
    let settings = deelwijs_server::app::mail::MailSettings {
        url: format!("sendmail://{}", sendmail.display()),
        from: "Deelwijs Test <noreply@deelwijs.test>".to_owned(),
        retry_base: std::time::Duration::from_millis(100),
        retry_max: std::time::Duration::from_millis(500),
        ca_file: None,
    };
    let node = TestNode::start_with_extras(Backend::Sqlite, Extras { mail: Some(settings), ..Extras::default() }).await;
    node.user("juf", Role::Member).await;
    submit(&browser(), &node, "/password-reset", "/password-reset", &[("email", "juf@example.org")]).await;
    let mail = smtp.wait_for("juf@example.org", "Een nieuw wachtwoord").await;
    assert_eq!(mail["mail_from"], "noreply@deelwijs.test");
}
