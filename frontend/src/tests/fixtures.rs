//! Test fixtures: view models for every page, with hostile text where escaping matters.

use crate::i18n::Lang;
use crate::views::*;

pub(super) const CSRF: &str = "csrf-token-123";

pub(super) fn ctx(lang: Lang, signed_in: bool) -> PageCtx {
    PageCtx {
        lang,
        user: signed_in.then(|| UserView { username: "anna".into(), display_name: "Juf <Anna>".into(), is_admin: true, is_moderator: true }),
        csrf: CSRF.into(),
        path: "/materials?page=2&q=a b".into(),
        node_name: "Deelwijs Utrecht".into(),
        notice: Some("Opgeslagen.".into()),
        feeds: vec![crate::views::FeedLink { title: "Nieuw <hier>".into(), href: "/feed.atom?level=po&q=a b".into(), media_type: "application/atom+xml" }],
    }
}

pub(super) fn choices(ids: &[&str], selected: &str) -> Vec<Choice> {
    ids.iter().map(|id| Choice { id: (*id).into(), label: format!("Label {id}"), selected: *id == selected }).collect()
}

pub(super) fn all() -> Permissions {
    Permissions { edit: true, delete: true, hide: true, remix: true }
}

pub(super) fn version(current: bool) -> VersionView {
    VersionView {
        version: if current { 3 } else { 2 },
        editor: "Anna".into(),
        note: "Bewerkt".into(),
        status: "Gepubliceerd".into(),
        created: "3 maart 2025".into(),
        url: "/materials/abc/versions/2".into(),
        restore_url: (!current).then(|| "/materials/abc/versions/2/restore".into()),
        is_current: current,
    }
}

pub(super) fn pager() -> Pager {
    Pager { page: 2, pages: 3, total: 50, prev_url: Some("/materials?page=1".into()), next_url: Some("/materials?page=3".into()) }
}

pub(super) fn material_card() -> MaterialCard {
    MaterialCard {
        url: "/materials/abc".into(),
        title: "Breuken <b>met</b> pizza's".into(),
        summary: "Leerlingen vergelijken breuken.".into(),
        language: "Nederlands".into(),
        language_code: "nl".into(),
        license: "CC BY 4.0".into(),
        resource_type: "Les".into(),
        levels: vec!["Primair onderwijs".into()],
        subjects: vec!["Rekenen".into(), "Taal".into(), "Kunst".into(), "Muziek".into()],
        author: "Juf Anna".into(),
        updated: "3 maart 2025".into(),
        status: Some("Concept".into()),
        is_remix: true,
    }
}

pub(super) fn case_card() -> CaseStudyCard {
    CaseStudyCard {
        url: "/case-studies/xyz".into(),
        title: "Leerpleinen".into(),
        summary: "Samen leren".into(),
        sector: "Voortgezet onderwijs".into(),
        stage: "Pilot".into(),
        themes: vec!["Digitale geletterdheid".into()],
        language: "Nederlands".into(),
        language_code: "nl".into(),
        author: "Meester Bas".into(),
        updated: "1 april 2025".into(),
        status: None,
    }
}

pub(super) fn material_page() -> MaterialPage {
    MaterialPage {
        head: Default::default(),
        quality: QualityView { mark: Some(("Getest in drie klassen.".into(), "7 december 2026".into())), action: Some("/materials/abc/quality-mark".into()) },
        add_to_collection: None,
        network_share: Some(NetworkShare {
            action: "/materials/abc/networks".into(),
            options: vec![("https://a.example/groups/x".into(), "Netwerk <X>".into())],
            posted_in: vec![("https://b.example/groups/y".into(), "Netwerk Y".into())],
        }),
        appreciation: Appreciation { likes: 3, can_react: true, liked: false },
        id: "abc".into(),
        url: "/materials/abc".into(),
        title: "<script>alert(1)</script>".into(),
        summary: "Een <i>samenvatting</i>".into(),
        body_html: "<h2>Stap 1</h2><p>Snijd de pizza.</p>".into(),
        language: "Nederlands".into(),
        language_code: "nl".into(),
        license_name: "CC BY-SA 4.0".into(),
        license_url: "https://creativecommons.org/licenses/by-sa/4.0/".into(),
        license_spdx: "CC-BY-SA-4.0".into(),
        levels: vec!["Primair onderwijs".into()],
        isced_level: Some(1),
        subjects: vec!["Rekenen".into()],
        resource_type: "Les".into(),
        duration_minutes: Some(45),
        keywords: vec!["breuken".into()],
        authors: vec!["Anna".into(), "Bas".into()],
        owner_name: "Juf Anna".into(),
        owner_url: "/users/anna".into(),
        links: vec![LinkView { title: "Uitleg".into(), url: "https://example.org/\"x".into() }],
        attachments: vec![AttachmentView {
            url: "/materials/abc/attachments/1".into(),
            file_name: "werkblad.pdf".into(),
            content_type: "application/pdf".into(),
            size: "1.2 KB".into(),
            sha256: "ab".repeat(32),
            delete_url: Some("/materials/abc/attachments/1/delete".into()),
        }],
        status: "Concept".into(),
        status_id: "draft".into(),
        hidden: true,
        version: 3,
        created: "1 maart 2025".into(),
        updated: "3 maart 2025".into(),
        derived_from: Some(LinkView { title: "Origineel".into(), url: "/materials/orig".into() }),
        adaptation: Some("\"Remix <x>\" door Bas is een bewerking van \"Origineel\".".into()),
        attribution: vec![CreditView {
            title: "Origineel".into(),
            authors: "Bas".into(),
            source_url: "https://example.org/materials/orig".into(),
            license_name: "CC BY 4.0".into(),
            license_url: "https://creativecommons.org/licenses/by/4.0/".into(),
            tasl: "“Origineel” door Bas, CC BY 4.0".into(),
        }],
        remixes: vec![LinkView { title: "Groep 7".into(), url: "/materials/r7".into() }],
        remixed_on_other_nodes: 1,
        remix_tree: None,
        translation_of: None,
        adaptation_notes: String::new(),
        translations: Vec::new(),
        reviews: Some(ReviewsView {
            average: Some(4.5),
            count: 2,
            used_in_class: 1,
            items: vec![ReviewView {
                reviewer: "Bas <de> Vries".into(),
                reviewer_url: "/users/bas".into(),
                node: "b.example".into(),
                rating: 4,
                text: "Werkte <goed>".into(),
                used_with: Some("Primair onderwijs".into()),
                date: "7 december 2026".into(),
                mine: false,
            }],
            form: Some(ReviewFormView {
                action: "/materials/abc/review".into(),
                delete_action: None,
                rating: 0,
                text: String::new(),
                levels: vec![Choice { id: "po".into(), label: "Primair onderwijs".into(), selected: false }],
                errors: Vec::new(),
            }),
        }),
        remix_forbidden: None,
        can: all(),
        viewing_version: Some(version(false)),
        goals: Vec::new(),
    }
}

pub(super) fn material_form(errors: Vec<(String, String)>) -> MaterialForm {
    MaterialForm {
        translation_of: String::new(),
        adaptation_notes: String::new(),
        action: "/materials".into(),
        is_new: true,
        title: "\"><script>x</script>".into(),
        summary: "</textarea><script>x</script>".into(),
        body: String::new(),
        language: "nl".into(),
        isced_level: String::new(),
        duration_minutes: "45".into(),
        keywords: "a, b".into(),
        authors: String::new(),
        links: vec![("Uitleg".into(), "https://example.org".into())],
        levels: choices(&["po", "vo", "mbo", "hbo", "wo"], "po"),
        subjects: choices(&["rekenen-wiskunde", "taal"], ""),
        resource_types: choices(&["lesson", "worksheet"], ""),
        licenses: choices(&["CC-BY-4.0", "CC-BY-SA-4.0"], "CC-BY-4.0"),
        statuses: choices(&["draft", "published"], "draft"),
        errors,
        cancel_url: "/materials".into(),
        goal_choices: Vec::new(),
        goals_available: false,
        goal_query: String::new(),
        goal_browse: Vec::new(),
    }
}

pub(super) fn case_page() -> CaseStudyPage {
    CaseStudyPage {
        head: Default::default(),
        quality: QualityView::default(),
        network_share: None,
        appreciation: Appreciation { likes: 1, can_react: true, liked: true },
        id: "xyz".into(),
        url: "/case-studies/xyz".into(),
        title: "Leerpleinen".into(),
        summary: "Samen leren".into(),
        sector: "VO".into(),
        school_type: "Havo/vwo".into(),
        school_size: "900 leerlingen".into(),
        sections: vec![("De uitdaging".into(), "<p>Te weinig ruimte.</p>".into())],
        themes: vec!["Digitale geletterdheid".into()],
        stage: "Pilot".into(),
        erasmus_action: Some("KA1".into()),
        related: vec![LinkView { title: "Breuken".into(), url: "/materials/abc".into() }],
        contact: Some("info@school.example".into()),
        language: "Nederlands".into(),
        language_code: "nl".into(),
        license_name: "CC BY 4.0".into(),
        license_url: "https://creativecommons.org/licenses/by/4.0/".into(),
        owner_name: "Bas".into(),
        owner_url: "/users/bas".into(),
        status: "Gepubliceerd".into(),
        status_id: "published".into(),
        hidden: false,
        version: 1,
        created: "1 april 2025".into(),
        updated: "1 april 2025".into(),
        can: Permissions { remix: false, ..all() },
        viewing_version: Some(version(false)),
    }
}

pub(super) fn case_form(errors: Vec<(String, String)>) -> CaseStudyForm {
    CaseStudyForm {
        action: "/case-studies".into(),
        is_new: false,
        title: "Leerpleinen".into(),
        summary: String::new(),
        school_type: String::new(),
        school_size: String::new(),
        challenge: String::new(),
        approach: String::new(),
        results: String::new(),
        lessons: String::new(),
        scaling: String::new(),
        related: Vec::new(),
        related_query: String::new(),
        contact: String::new(),
        language: "nl".into(),
        sectors: choices(&["po", "vo"], ""),
        themes: choices(&["digitale-geletterdheid", "vier-in-balans"], ""),
        stages: choices(&["idea", "pilot"], "idea"),
        erasmus_actions: choices(&["none", "ka1"], "none"),
        licenses: choices(&["CC-BY-4.0"], "CC-BY-4.0"),
        statuses: choices(&["draft", "published"], "draft"),
        errors,
        cancel_url: "/case-studies".into(),
        goal_choices: Vec::new(),
        goals_available: false,
        goal_query: String::new(),
        goal_browse: Vec::new(),
    }
}

pub(super) fn auth(errors: Vec<(String, String)>) -> AuthForm {
    AuthForm {
        username: "anna".into(),
        errors,
        message: Some("Gebruikersnaam of wachtwoord klopt niet.".into()),
        registration_open: true,
        approval_needed: true,
        providers: vec![("entree".into(), "Entree Federatie".into())],
        password_sign_in: true,
        ..AuthForm::default()
    }
}

/// Every page, in both languages and signed in or not.
pub(super) fn every_page() -> Vec<(String, String)> {
    let error = || vec![("title".to_owned(), "Dit veld is verplicht.".to_owned())];
    let mut pages = Vec::new();
    for lang in Lang::ALL {
        for signed_in in [true, false] {
            let c = ctx(lang, signed_in);
            let tag = |name: &str| format!("{name}/{}/{signed_in}", lang.code());
            pages.extend([
                (
                    tag("home"),
                    crate::home(
                        &c,
                        &HomePage {
                            node_description: "Welkom".into(),
                            materials: vec![material_card()],
                            case_studies: vec![case_card()],
                            material_count: 1,
                            case_study_count: 1,
                        },
                    ),
                ),
                (
                    tag("material_list"),
                    crate::material_list(
                        &c,
                        &ListPage {
                            heading: "Leermiddelen".into(),
                            items: vec![material_card()],
                            pager: pager(),
                            new_url: Some("/materials/new".into()),
                            tabs: Vec::new(),
                        },
                    ),
                ),
                (tag("material"), crate::material(&c, &material_page())),
                (tag("material_form"), crate::material_form(&c, &material_form(error()))),
                (
                    tag("history"),
                    crate::history(
                        &c,
                        &HistoryPage {
                            title: "Breuken".into(),
                            back_url: "/materials/abc".into(),
                            versions: vec![version(true), version(false)],
                            pager: Pager::default(),
                        },
                    ),
                ),
                (
                    tag("remix"),
                    crate::remix(
                        &c,
                        &RemixPage {
                            source_title: "Breuken".into(),
                            source_url: "/materials/abc".into(),
                            source_license: "CC BY-SA 4.0".into(),
                            action: "/materials/abc/remix".into(),
                            title: String::new(),
                            licenses: choices(&["CC-BY-SA-4.0"], ""),
                            rule: "ShareAlike: dezelfde licentie.".into(),
                            forbidden: None,
                            errors: error(),
                            translate_into: "de".into(),
                            source_language: "nl".into(),
                            adaptation_notes: "Euro's werden Franken.".into(),
                        },
                    ),
                ),
                (
                    tag("case_study_list"),
                    crate::case_study_list(
                        &c,
                        &ListPage { heading: "Praktijkvoorbeelden".into(), items: vec![case_card()], pager: pager(), new_url: None, tabs: Vec::new() },
                    ),
                ),
                (tag("case_study"), crate::case_study(&c, &case_page())),
                (tag("case_study_form"), crate::case_study_form(&c, &case_form(error()))),
                (tag("sign_in"), crate::sign_in(&c, &auth(vec![("username".into(), "Dit veld is verplicht.".into())]))),
                (tag("sign_up"), crate::sign_up(&c, &auth(vec![("password".into(), "Dit is te kort.".into())]))),
                (tag("sign_up_closed"), crate::sign_up(&c, &AuthForm::default())),
                (tag("account"), crate::account(&c, &account_page())),
                (tag("admin"), crate::admin(&c, &admin_page())),
                (
                    tag("privacy"),
                    crate::privacy(
                        &c,
                        &PrivacyPage {
                            node_name: "Deelwijs Utrecht".into(),
                            public_url: "https://deelwijs.example".into(),
                            operator: Some("Stichting Voorbeeld".into()),
                            contact: Some("privacy@voorbeeld.example".into()),
                            mail_host: Some("mail.voorbeeld.example".into()),
                            sqlite: true,
                            providers: vec!["Entree Federatie".into()],
                        },
                    ),
                ),
                (tag("privacy-bare"), crate::privacy(&c, &PrivacyPage::default())),
                (tag("unsubscribe"), crate::unsubscribe(&c, "Je werk is geremixt", Some("/unsubscribe/u/remixed/abc"))),
                (tag("unsubscribed"), crate::unsubscribe(&c, "", None)),
                (tag("password-reset"), crate::password_reset(&c, &ResetForm { action: "/password-reset".into(), ..ResetForm::default() })),
                (tag("network"), crate::network(&c, &network_page(Vec::new()))),
                (tag("network-error"), crate::network(&c, &network_page(vec![("target".into(), "Niet gevonden.".into())]))),
                (
                    tag("profile"),
                    crate::profile(
                        &c,
                        &ProfilePage {
                            username: "anna".into(),
                            display_name: "Juf Anna".into(),
                            bio: "Groep 6".into(),
                            materials: vec![material_card()],
                            case_studies: vec![],
                        },
                    ),
                ),
                (tag("error"), crate::error(&c, &ErrorPage { status: 404, heading: "Niet gevonden".into(), message: "Deze pagina bestaat niet.".into() })),
                (tag("material_with_goals"), crate::material(&c, &material_with_goals())),
                (tag("material_form_goals"), crate::material_form(&c, &material_form_with_goals(error()))),
                (tag("search"), crate::search(&c, &search_page())),
                (tag("search_empty"), crate::search(&c, &empty_search_page())),
                (tag("curricula"), crate::curricula(&c, &curricula_page())),
                (tag("curricula_empty"), crate::curricula(&c, &CurriculaPage { frameworks: vec![], can_import: signed_in, import_error: None })),
                (tag("framework"), crate::framework(&c, &framework_page())),
                (tag("goal"), crate::goal(&c, &goal_page())),
                (tag("goal_retired"), crate::goal(&c, &retired_goal_page())),
                (tag("api_reference"), crate::api_reference(&c, &api_reference_page())),
                (tag("api_reference_empty"), crate::api_reference(&c, &ApiReferencePage::default())),
            ]);
        }
    }
    pages
}

pub(super) fn account_page() -> AccountPage {
    AccountPage {
        username: "anna".into(),
        display_name: "Juf Anna".into(),
        email: "anna@example.org".into(),
        role: "Beheerder".into(),
        profile_url: "/users/anna".into(),
        materials: vec![material_card()],
        case_studies: vec![case_card()],
        tokens: vec![TokenView {
            label: "import".into(),
            created: "1 mei 2025".into(),
            expires: "1 mei 2026".into(),
            revoke_url: "/account/tokens/abcd/revoke".into(),
        }],
        new_token: Some("dw_secret".into()),
        sessions: vec![
            SessionView {
                started: "6 december 2026 09:12 UTC".into(),
                expires: "5 januari 2027".into(),
                current: true,
                end_url: "/account/sessions/aaaa/end".into(),
            },
            SessionView {
                started: "1 december 2026 20:40 UTC".into(),
                expires: "31 december 2026".into(),
                current: false,
                end_url: "/account/sessions/bbbb/end".into(),
            },
        ],
        credentials: CredentialsView {
            email_confirmed: Some(false),
            new_email: "anna@school.example".into(),
            errors: vec![("current_password".into(), "Dit wachtwoord klopt niet.".into())],
            errors_for: "email".into(),
            published: "keep".into(),
            keep_name: "Juf Anna".into(),
        },
        providers: vec![("entree".into(), "Entree Federatie".into(), Some("anna@school.example".into())), ("surf".into(), "SURFconext".into(), None)],
        has_password: false,
        notifications: vec![
            ("remixed".into(), "Je werk is geremixt".into(), "immediate".into()),
            ("liked".into(), "Iemand vindt je werk goed".into(), "daily".into()),
        ],
        saved_searches: vec![("breuken".into(), "/search?q=breuken".into(), "/account/searches/s1/delete".into())],
    }
}

pub(super) fn admin_page() -> AdminPage {
    let user = |id: &str, is_self: bool| AdminUserView {
        id: id.into(),
        username: id.into(),
        display_name: id.to_uppercase(),
        email: format!("{id}@example.org"),
        role_id: "member".into(),
        status_id: "pending".into(),
        status: "Wacht op goedkeuring".into(),
        action: format!("/admin/users/{id}"),
        is_self,
    };
    AdminPage {
        name: "Deelwijs Utrecht".into(),
        description: "Voor scholen in Utrecht".into(),
        registration_modes: choices(&["open", "approval", "closed"], "open"),
        roles: choices(&["admin", "moderator", "editor", "member"], ""),
        users: vec![user("anna", true), user("bas", false)],
        errors: vec![("name".into(), "Dit veld is verplicht.".into())],
        federation: FederationAdminView {
            modes: choices(&["open", "blocklist", "allowlist"], "allowlist"),
            instances: "deelwijs.partnerschool.be".into(),
            deliveries: vec![
                DeliveryLine {
                    host: "deelwijs.partnerschool.be".into(),
                    pending: 3,
                    state: "opnieuw (2)".into(),
                    last_error: "timeout".into(),
                    refused: vec![],
                },
                DeliveryLine {
                    host: "social.example.de".into(),
                    pending: 0,
                    state: "in orde".into(),
                    last_error: "refused with 422".into(),
                    refused: vec![RefusedLine {
                        activity: "https://deelwijs.example/activities/1".into(),
                        kind: "Create".into(),
                        status: 422,
                        answer: "{\"error\":\"unsupported object\"}".into(),
                        at: "6 december 2026".into(),
                    }],
                },
            ],
        },
        mail: MailAdminView {
            configured: Some(("smtp://mail.school.example:587/?tls=required".into(), "Deelwijs <noreply@school.example>".into())),
            counts: vec![("In de wachtrij".into(), 1), ("Verzonden".into(), 12)],
            problems: vec![MailProblemView {
                to: "bounce@example.org".into(),
                kind: "reset_password".into(),
                status: "Geweigerd door de server".into(),
                attempts: 1,
                error: "permanent error (550): No such mailbox".into(),
                queued: "6 december 2026 10:00 UTC".into(),
            }],
        },
        providers: vec![(
            "Entree Federatie".into(),
            "https://connect.entree.kennisnet.nl".into(),
            "deelwijs-utrecht".into(),
            "adressen in school.example".into(),
        )],
        password_sign_in: false,
    }
}

pub(super) fn moderation_page() -> ModerationPage {
    ModerationPage {
        reports: vec![ReportLine {
            object_url: "https://deelwijs.example.org/materials/1".into(),
            comment: "Bevat <script>".into(),
            reporter: "deelwijs.partnerschool.be".into(),
            created: "22 november 2026".into(),
            resolve_url: "/moderation/reports/r1/resolve".into(),
        }],
    }
}

pub(super) fn network_page(errors: Vec<(String, String)>) -> NetworkPage {
    let line = |name: &str, unfollow: bool| ActorLine {
        name: name.into(),
        handle: format!("@{name}@deelwijs.partnerschool.be"),
        url: format!("https://deelwijs.partnerschool.be/users/{name}"),
        state: "geaccepteerd".into(),
        unfollow_url: unfollow.then(|| format!("/network/follows/{name}/unfollow")),
    };
    NetworkPage {
        own_handle: "@anna@deelwijs.example.org".into(),
        node_handle: "@materialen@deelwijs.example.org".into(),
        target: "@nobody@nowhere.example".into(),
        errors,
        following: vec![line("materialen", true), line("docent", true)],
        followers: vec![line("partner", false)],
    }
}

pub(super) fn goal_link(code: &str, statement: &str) -> GoalLinkView {
    GoalLinkView { url: format!("/goals/{}", code.to_lowercase()), code: code.into(), statement: statement.into(), framework: String::new() }
}

pub(super) fn material_with_goals() -> MaterialPage {
    MaterialPage {
        head: Default::default(),
        add_to_collection: None,
        goals: vec![(goal_link("K1", "De leerlingen leren <breuken> vergelijken."), "Leert".into()), (goal_link("", "Zonder code"), String::new())],
        ..material_page()
    }
}

pub(super) fn material_form_with_goals(errors: Vec<(String, String)>) -> MaterialForm {
    let choice =
        |uri: &str, code: &str, statement: &str, checked: bool| GoalChoiceView { uri: uri.into(), code: code.into(), statement: statement.into(), checked };
    MaterialForm {
        goal_choices: vec![
            choice("https://opendata.slo.nl/curriculum/uuid/k1", "K1", "Breuken <vergelijken>", true),
            choice("https://opendata.slo.nl/curriculum/uuid/k2", "K2", "Meten en meetkunde", false),
            choice("https://opendata.slo.nl/curriculum/uuid/k3", "", "Zonder code", false),
        ],
        ..material_form(errors)
    }
}

pub(super) fn search_hit(title: &str, snippet_html: &str) -> SearchHitView {
    SearchHitView {
        url: "/materials/abc".into(),
        title: title.into(),
        summary: "Een <script>alert(2)</script> samenvatting".into(),
        snippet_html: snippet_html.into(),
        kind: "Leermiddel".into(),
        language: "Nederlands".into(),
        language_code: "nl".into(),
        license: "CC BY 4.0".into(),
        origin: "Deze node".into(),
        goals: vec!["K1".into(), "K2".into()],
        translations: vec![TranslationLinkView {
            title: "Brüche".into(),
            url: "/materials/de1".into(),
            language: "Duits".into(),
            language_code: "de".into(),
            node: "localhost".into(),
        }],
    }
}

pub(super) fn search_page() -> SearchPage {
    let value = |label: &str, count: u64, selected: bool| FacetValueView {
        label: label.into(),
        count,
        selected,
        toggle_url: format!("/search?q=breuken&level={}", label.to_lowercase()),
    };
    SearchPage {
        q: "breuken \"<pizza>\"".into(),
        sort: "relevance".into(),
        hidden: vec![("level".into(), "po".into()), ("sort".into(), "relevance".into())],
        active_filters: vec![
            ActiveFilterView { label: "Onderwijsniveau: Primair onderwijs".into(), remove_url: "/search?q=breuken".into() },
            ActiveFilterView { label: "Leerdoel: K1 <Breuken>".into(), remove_url: "/search?q=breuken&level=po".into() },
        ],
        facets: vec![
            FacetGroupView { name: "level".into(), label: "Onderwijsniveau".into(), values: vec![value("PO", 12, true), value("VO", 3, false)] },
            FacetGroupView { name: "subject".into(), label: "Vakgebied".into(), values: vec![] },
            FacetGroupView { name: "license".into(), label: "Licentie".into(), values: vec![value("CC BY 4.0", 1, false)] },
        ],
        hits: vec![
            search_hit("<script>alert(1)</script> Breuken", "Leerlingen vergelijken <b>breuken</b> met &lt;pizza&gt;."),
            SearchHitView { goals: vec![], ..search_hit("Zonder fragment", "") },
        ],
        total: 14,
        pager: Pager { page: 1, pages: 2, total: 14, prev_url: None, next_url: Some("/search?q=breuken&page=2".into()) },
        sort_links: vec![("Beste match".into(), "/search?q=breuken".into(), true), ("Nieuwste".into(), "/search?q=breuken&sort=newest".into(), false)],
        curricula_url: "/curricula".into(),
        action: "/search".into(),
        heading: "Zoeken".into(),
        label: "Zoek in leermiddelen, arrangementen en praktijkvoorbeelden".into(),
        tabs: Vec::new(),
        new_url: None,
        save_query: Some("q=breuken&level=po".into()),
        coverage_links: vec![("SLO kerndoelen".into(), "/curricula/slo/coverage?q=breuken&level=po".into())],
        translations_toggle: ("Vertalingen samen".into(), "/search?q=breuken&group=translations".into()),
    }
}

pub(super) fn empty_search_page() -> SearchPage {
    SearchPage { facets: vec![], hits: vec![], total: 0, pager: Pager::default(), ..search_page() }
}

pub(super) fn curricula_page() -> CurriculaPage {
    CurriculaPage {
        frameworks: vec![FrameworkSummaryView {
            url: "/curricula/slo".into(),
            title: "Kerndoelen primair onderwijs".into(),
            publisher: "SLO".into(),
            description: "De <b>kerndoelen</b> voor het primair onderwijs.".into(),
            goal_count: 612,
            language: "Nederlands".into(),
        }],
        can_import: true,
        import_error: None,
    }
}

fn node(code: &str, item_type: &str, children: Vec<GoalNodeView>) -> GoalNodeView {
    GoalNodeView {
        uri: format!("https://example.org/goals/{code}"),
        url: format!("/goals/{}", code.to_lowercase()),
        code: code.into(),
        statement: format!("Doel <{code}>"),
        item_type: item_type.into(),
        children,
    }
}

pub(super) fn framework_page() -> FrameworkPage {
    FrameworkPage {
        title: "Kerndoelen primair onderwijs".into(),
        publisher: "SLO".into(),
        description: "Alle kerndoelen.".into(),
        uri: "https://opendata.slo.nl/curriculum/uuid/framework".into(),
        version: "2025".into(),
        goal_count: 6,
        roots: vec![
            node(
                "NL",
                "Domein",
                vec![node("K1", "Kerndoel", vec![node("K1.1", "Subdoel", vec![]), node("K1.2", "Subdoel", vec![])]), node("K2", "Kerndoel", vec![])],
            ),
            node("RE", "", vec![]),
        ],
        retired: vec![node("OUD", "Kerndoel (vervallen)", vec![])],
        levels: vec![
            Choice { id: "po".into(), label: "Primair onderwijs".into(), selected: true },
            Choice { id: "vo".into(), label: "Voortgezet onderwijs".into(), selected: false },
        ],
        url: "/curricula/fw".into(),
        coverage: None,
    }
}

pub(super) fn goal_page() -> GoalPage {
    GoalPage {
        code: "K1".into(),
        statement: "De leerlingen leren <breuken> vergelijken.".into(),
        abbreviated: "Breuken vergelijken".into(),
        item_type: "Kerndoel".into(),
        uri: "https://opendata.slo.nl/curriculum/uuid/k1".into(),
        education_levels: vec!["Primair onderwijs".into()],
        retired: false,
        framework_title: "Kerndoelen primair onderwijs".into(),
        framework_url: "/curricula/slo".into(),
        parents: vec![goal_link("NL", "Nederlands")],
        children: vec![goal_link("K1.1", "Eenvoudige breuken"), goal_link("K1.2", "Breuken op de getallenlijn")],
        replaced_by: vec![],
        replaces: vec![goal_link("K1-2006", "Oude formulering")],
        matches: vec![(GoalLinkView { framework: "Kernlehrplan Mathematik".into(), ..goal_link("M-ZO-4", "Brüche am Zahlenstrahl") }, "zelfde doel".into())],
        materials: vec![material_card()],
        case_studies: vec![case_card()],
        search_url: "/search?goal=k1".into(),
        follow: Some((false, "/goals/k1/follow".into())),
    }
}

pub(super) fn retired_goal_page() -> GoalPage {
    GoalPage {
        retired: true,
        replaced_by: vec![goal_link("K1-2025", "Nieuwe formulering")],
        children: vec![],
        replaces: vec![],
        matches: vec![],
        materials: vec![],
        case_studies: vec![],
        ..goal_page()
    }
}

/// A small API description: two tags, an operation without one, a schema that refers to another,
/// and hostile text in a description.
pub(super) fn api_reference_page() -> ApiReferencePage {
    let json = |type_text: TypeText| vec![ApiContent { content_type: "application/json".into(), type_text }];
    let mut list = TypeText::text("array of ");
    list.push(TypeText::schema("Material"));
    let get_material = ApiOperation {
        method: "GET".into(),
        path: "/api/v1/materials/{id}".into(),
        summary: "Eén leermiddel".into(),
        description: "Geeft het leermiddel <script>alert(1)</script> terug.\n\nMet `id` uit de lijst.".into(),
        auth: ApiAuth::Optional,
        parameters: vec![
            ApiParameter {
                name: "id".into(),
                location: "path".into(),
                required: true,
                type_text: TypeText::text("string (uuid)"),
                description: "De id <b>".into(),
                enum_values: Vec::new(),
            },
            ApiParameter {
                name: "fields".into(),
                location: "query".into(),
                required: false,
                type_text: TypeText::text("string"),
                description: String::new(),
                enum_values: vec!["summary".into(), "<all>".into()],
            },
        ],
        responses: vec![
            ApiResponse { status: "200".into(), description: "Het leermiddel".into(), content: json(TypeText::schema("Material")) },
            ApiResponse { status: "404".into(), description: "Niet gevonden".into(), content: Vec::new() },
        ],
        ..ApiOperation::default()
    };
    let create_material = ApiOperation {
        method: "POST".into(),
        path: "/api/v1/materials".into(),
        summary: "Nieuw leermiddel".into(),
        auth: ApiAuth::Required,
        request_body: Some(ApiBody { description: "Het leermiddel".into(), required: true, content: json(TypeText::schema("MaterialInput")) }),
        responses: vec![ApiResponse { status: "201".into(), description: "Gemaakt".into(), content: json(TypeText::schema("Material")) }],
        ..ApiOperation::default()
    };
    let list_materials = ApiOperation {
        method: "GET".into(),
        path: "/api/v1/materials".into(),
        responses: vec![ApiResponse { status: "200".into(), description: "Een pagina".into(), content: json(list) }],
        ..ApiOperation::default()
    };
    let node = ApiOperation { method: "GET".into(), path: "/api/v1/node".into(), summary: "Over <deze> node".into(), ..ApiOperation::default() };
    ApiReferencePage {
        title: "Deelwijs <API>".into(),
        version: "1.2.0".into(),
        description: "De JSON-API.".into(),
        groups: vec![
            ApiGroup { name: "materials".into(), description: "Leermiddelen".into(), operations: vec![list_materials, create_material, get_material] },
            ApiGroup { name: String::new(), description: String::new(), operations: vec![node] },
        ],
        schemas: vec![ApiSchema {
            name: "Material".into(),
            description: "Een leermiddel".into(),
            type_text: TypeText::text("object"),
            enum_values: Vec::new(),
            properties: vec![
                ApiProperty {
                    name: "title".into(),
                    type_text: TypeText::text("string"),
                    required: true,
                    nullable: false,
                    description: "De titel".into(),
                    enum_values: Vec::new(),
                },
                ApiProperty {
                    name: "status".into(),
                    type_text: TypeText::text("string | null"),
                    required: false,
                    nullable: true,
                    description: String::new(),
                    enum_values: vec!["draft".into(), "published".into()],
                },
            ],
        }],
    }
}
