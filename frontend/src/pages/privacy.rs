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
    let contract =
        l.t("Uitvoering van de overeenkomst met de gebruiker (art. 6 lid 1 b AVG)", "Performance of the agreement with the user (GDPR art. 6(1)(b))");
    let interest = l.t("Gerechtvaardigd belang: een veilige dienst (art. 6 lid 1 f AVG)", "Legitimate interest: a secure service (GDPR art. 6(1)(f))");
    let mut rows = vec![
        Processing {
            what: l.t(
                "Account: gebruikersnaam, naam die anderen zien, e-mailadres, wachtwoord (alleen als argon2id-hash), taal, rol, status, aanmaakdatum",
                "Account: username, name others see, e-mail address, password (only as an argon2id hash), language, role, status, date created",
            ),
            why: l.t("Inloggen, en wat je deelt aan jou toeschrijven", "Signing in, and attributing what you share to you"),
            basis: contract,
            kept: l.t("Zolang het account bestaat; verwijder je het, dan is het weg", "As long as the account exists; delete it and it is gone"),
        },
        Processing {
            what: l.t("Sessies: een hash van het sessiecookie, begin en einde", "Sessions: a hash of the session cookie, start and end"),
            why: l.t("Ingelogd blijven; je ziet en beëindigt ze op je accountpagina", "Staying signed in; you see and end them on your account page"),
            basis: contract,
            kept: l.t("30 dagen, of tot je uitlogt", "30 days, or until you sign out"),
        },
        Processing {
            what: l.t("API-tokens: een hash en de omschrijving die je gaf", "API tokens: a hash and the label you gave"),
            why: l.t("Programma's die namens jou werken", "Programs working on your behalf"),
            basis: contract,
            kept: l.t("Tot je het intrekt, hooguit 365 dagen", "Until you revoke it, at most 365 days"),
        },
        Processing {
            what: l.t(
                "Wat je publiceert: leermiddelen, praktijkvoorbeelden, arrangementen, hun versies en bijlagen, met je naam",
                "What you publish: materials, case studies, collections, their versions and attachments, with your name",
            ),
            why: l.t(
                "Delen onder de Creative Commons-licentie die je kiest; openbaar materiaal gaat ook naar nodes die deze node volgen",
                "Sharing under the Creative Commons licence you choose; public material also goes to nodes that follow this node",
            ),
            basis: contract,
            kept: l.t(
                "Tot je het verwijdert; versies blijven als geschiedenis zolang het bestaat",
                "Until you delete it; versions stay as history while it exists",
            ),
        },
        Processing {
            what: l.t("Contactgegevens in een praktijkvoorbeeld (als je die invult)", "Contact details in a case study (if you fill them in)"),
            why: l.t("Zodat collega's je kunnen vragen hoe het ging", "So colleagues can ask you how it went"),
            basis: contract,
            kept: l.t("Tot je ze weghaalt; ze gaan nooit naar andere nodes", "Until you remove them; they never go to other nodes"),
        },
        Processing {
            what: l.t(
                "Likes, meldingen die je doet, wat en wie je volgt, lidmaatschap van netwerken",
                "Likes, reports you make, what and whom you follow, network memberships",
            ),
            why: l.t("De functies zelf; moderatoren zien meldingen", "The features themselves; moderators see reports"),
            basis: contract,
            kept: l.t("Tot je ze ongedaan maakt of je account verwijdert", "Until you undo them or delete your account"),
        },
        Processing {
            what: l.t(
                "IP-adres van wie inlogt, zich aanmeldt of mail aanvraagt (alleen in het werkgeheugen)",
                "IP address of whoever signs in, signs up or asks for mail (in memory only)",
            ),
            why: l.t("Wachtwoorden raden en spam afremmen", "Slowing down password guessing and spam"),
            basis: interest,
            kept: l.t(
                "Niet opgeslagen; vergeten na hooguit een paar minuten of bij een herstart. Het verzoeklog bevat geen IP-adressen en geen zoekvragen.",
                "Not stored; forgotten after a few minutes at most, or at a restart. The request log holds no IP addresses and no search queries.",
            ),
        },
    ];
    if mail_on {
        rows.push(Processing {
            what: l.t(
                "Mail: aan welk adres, wat voor mail, wanneer verstuurd, en een eventuele foutmelding; eenmalige links alleen als hash",
                "Mail: to which address, what kind, when it was sent, and any error; single-use links only as a hash",
            ),
            why: l.t(
                "Je adres bevestigen, een nieuw wachtwoord laten kiezen, en laten zien of mail aankwam",
                "Confirming your address, letting you choose a new password, and showing whether mail arrived",
            ),
            basis: contract,
            kept: l.t(
                "30 dagen na verzending; links 1 uur (wachtwoord) of 48 uur (adres)",
                "30 days after sending; links 1 hour (password) or 48 hours (address)",
            ),
        });
        rows.push(Processing {
            what: l.t(
                "Meldingen: wat er met je werk gebeurde (remix, like, netwerk), de doelen die je volgt, je bewaarde zoekopdrachten, je keuze per soort en hoe vaak",
                "Notifications: what happened to your work (remix, like, network), the goals you follow, your saved searches, your choice per kind and how often",
            ),
            why: l.t("Je op de hoogte houden, zoals je zelf instelt", "Keeping you informed, as you set it yourself"),
            basis: contract,
            kept: l.t("30 dagen na verzending; uit te zetten met één klik in elke mail", "30 days after sending; switched off with one click in every mail"),
        });
    }
    rows
}

pub(crate) fn render(ctx: &PageCtx, privacy: &PrivacyPage) -> Markup {
    let l = ctx.lang;
    let heading = l.t("Privacy", "Privacy");
    let rows = register(l, privacy.mail_host.is_some());
    let content = html! {
        div.page-header {
            h1 { (heading) }
            p.page-header__sub { (l.t(
                "Welke persoonsgegevens deze node bewaart, waarom, hoe lang en wie ze ontvangt. Deze pagina volgt uit de instellingen van de node; een school kan haar overnemen in haar verwerkingsregister.",
                "Which personal data this node keeps, why, for how long and who receives it. This page follows from the node's settings; a school can copy it into its processing register."
            )) }
        }
        section.prose aria-labelledby="controller-title" {
            h2 #controller-title { (l.t("Wie is verantwoordelijk", "Who is responsible")) }
            @match &privacy.operator {
                Some(operator) => { p { (privacy.node_name) " (" (privacy.public_url) ") " (l.t("wordt beheerd door", "is run by")) " " strong { (operator) } "." } }
                None => { p { (l.t(
                    "De beheerder van deze node heeft nog niet opgegeven wie hij is (--operator). Vraag het aan wie je een account gaf.",
                    "The administrator of this node has not yet said who they are (--operator). Ask whoever gave you your account."
                )) } }
            }
            @if let Some(contact) = &privacy.contact {
                p { (l.t("Vragen over privacy, of je rechten uitoefenen:", "Questions about privacy, or exercising your rights:")) " " strong { (contact) } }
            }
            p { (l.t(
                "Deelwijs vraagt niet meer dan nodig is: een naam, een e-mailadres en een wachtwoord. Er zijn geen gegevens van leerlingen, geen trackers, geen advertenties en geen verzoeken aan andere partijen vanuit de pagina's.",
                "Deelwijs asks for no more than it needs: a name, an e-mail address and a password. There is no pupil data, no trackers, no advertising and no requests to third parties from its pages."
            )) }
        }
        section aria-labelledby="register-title" {
            h2 #register-title { (l.t("Wat we bewaren", "What we keep")) }
            div.table-scroll role="region" aria-labelledby="register-caption" tabindex="0" {
                table.table {
                    caption #register-caption { (l.t("Verwerkingen van persoonsgegevens op deze node", "Processing of personal data on this node")) }
                    thead { tr {
                        th scope="col" { (l.t("Gegevens", "Data")) }
                        th scope="col" { (l.t("Waarvoor", "Purpose")) }
                        th scope="col" { (l.t("Grondslag", "Legal basis")) }
                        th scope="col" { (l.t("Bewaartermijn", "Kept for")) }
                    } }
                    tbody {
                        @for row in &rows {
                            tr { th scope="row" { (row.what) } td { (row.why) } td { (row.basis) } td { (row.kept) } }
                        }
                    }
                }
            }
            p.muted { (l.t(
                "De grondslag is die welke bij een dienst als deze gebruikelijk is; de school of het netwerk dat de node beheert, legt de eigen keuze vast in het verwerkingsregister.",
                "The legal basis is the one usual for a service like this; the school or network running the node records its own choice in its processing register."
            )) }
        }
        section.prose aria-labelledby="recipients-title" {
            h2 #recipients-title { (l.t("Wie gegevens ontvangt", "Who receives data")) }
            ul {
                li { (l.t(
                    "Andere nodes en ActivityPub-servers die deze node, jou of een netwerk volgen, ontvangen wat openbaar is: je gepubliceerde werk, je naam en je openbare profiel. Nooit concepten, verborgen werk, je e-mailadres of contactgegevens uit praktijkvoorbeelden.",
                    "Other nodes and ActivityPub servers following this node, you or a network receive what is public: your published work, your name and your public profile. Never drafts, hidden work, your e-mail address or case-study contact details."
                )) }
                @match &privacy.mail_host {
                    Some(host) => { li { (l.t("Verwerker voor e-mail: de mailserver", "Processor for e-mail: the mail server")) " " code { (host) } (l.t(", die je adres en de mail zelf ontvangt.", ", which receives your address and the mail itself.")) } }
                    None => { li { (l.t("Deze node verstuurt geen mail.", "This node sends no mail.")) } }
                }
                @for provider in &privacy.providers {
                    li { (l.t("Inlogdienst (verwerker bij het inloggen):", "Sign-in service (a processor when you sign in):")) " " strong { (provider) } (l.t(
                        ". Deze node vraagt alleen je naam, je e-mailadres en een vaste identificatie (sub); je wachtwoord daar ziet deze node nooit.",
                        ". This node asks only for your name, your e-mail address and a fixed identifier (sub); it never sees your password there."
                    )) }
                }
                li { (l.t("Er zijn geen andere ontvangers: geen statistiekdiensten, geen lettertypen of scripts van elders.", "There are no other recipients: no analytics, no fonts or scripts from elsewhere.")) }
            }
        }
        section.prose aria-labelledby="storage-title" {
            h2 #storage-title { (l.t("Waar het staat", "Where it is kept")) }
            p { @if privacy.sqlite {
                (l.t(
                    "In één SQLite-databasebestand en een map met bijlagen, op de server waarop de beheerder deze node draait.",
                    "In one SQLite database file and a folder of attachments, on the server where the administrator runs this node."
                ))
            } @else {
                (l.t(
                    "In een PostgreSQL-database en een map met bijlagen, op servers die de beheerder van deze node kiest.",
                    "In a PostgreSQL database and a folder of attachments, on servers the administrator of this node chooses."
                ))
            } }
        }
        section.prose aria-labelledby="cookies-title" {
            h2 #cookies-title { (l.t("Cookies", "Cookies")) }
            p { (l.t(
                "Alleen functionele cookies, die deze node nooit verlaten: je sessie (als je inlogt), een formuliertoken tegen misbruik (CSRF), de taal die je koos en het onderwijsniveau waarop je het laatst filterde.",
                "Functional cookies only, which never leave this node: your session (when you sign in), a form token against abuse (CSRF), the language you chose and the education level you last filtered on."
            )) }
        }
        section.prose aria-labelledby="rights-title" {
            h2 #rights-title { (l.t("Je rechten", "Your rights")) }
            ul {
                li { (l.t("Inzage en overdraagbaarheid: download op je accountpagina alles over jou als één archief.", "Access and portability: download everything about you as one archive on your account page.")) }
                li { (l.t("Correctie: pas je naam, adres en wachtwoord aan op je accountpagina.", "Rectification: change your name, address and password on your account page.")) }
                li { (l.t(
                    "Verwijdering: verwijder je account op je accountpagina. Je kiest zelf of je gepubliceerde werk verdwijnt of blijft onder een naam die je kiest (de licentie blijft gelden). Andere nodes krijgen bericht dat je account weg is.",
                    "Erasure: delete your account on your account page. You choose whether your published work goes or stays under a name you choose (the licence still applies). Other nodes are told your account is gone."
                )) }
                li { (l.t(
                    "Bezwaar of een klacht: neem contact op met de beheerder hierboven, of met de Autoriteit Persoonsgegevens.",
                    "Objection or a complaint: contact the operator above, or the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)."
                )) }
            }
        }
    };
    page(ctx, heading, Width::Narrow, content)
}

/// Unsubscribing from notification mail, linked from every notification: a button to confirm
/// (a link alone must not change anything, as mail scanners open links), then a confirmation.
pub(crate) fn unsubscribe(ctx: &PageCtx, what: &str, action: Option<&str>) -> Markup {
    let l = ctx.lang;
    let heading = l.t("Afmelden", "Unsubscribe");
    let content = html! {
        div.auth-card {
            h1 { (heading) }
            @match action {
                Some(action) => {
                    p { (l.t("Geen mail meer over:", "No more mail about:")) " " strong { (what) } }
                    form.form method="post" action=(action) {
                        // Not checked (the signed link is the permission, and mail clients post
                        // without cookies), but every form of the node carries one.
                        (csrf_field(ctx))
                        button.button.button--large.button--block type="submit" { (l.t("Afmelden", "Unsubscribe")) }
                    }
                }
                None => {
                    p { (l.t(
                        "Je bent afgemeld. Je kunt dit altijd weer aanzetten op je accountpagina.",
                        "You are unsubscribed. You can turn this back on on your account page at any time."
                    )) }
                    p { a href="/account#notifications-title" { (l.t("Naar je meldingen", "Go to your notifications")) } }
                }
            }
        }
    };
    page(ctx, heading, Width::Narrow, content)
}
