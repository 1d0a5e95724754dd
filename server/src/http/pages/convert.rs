//! From use-case results to the frontend's view models (labels translated, dates formatted).

use chrono::{Datelike, NaiveDateTime, Timelike};
use deelwijs_frontend::i18n::{chrono_like, Lang};
use deelwijs_frontend::views::*;

use crate::app::case_studies::CaseStudy;
use crate::app::collections::Collection;
use crate::app::materials::{Material, VersionInfo};
use crate::app::{attachments, Actor, AppConfig, Paged};
use crate::domain::attribution;
use crate::domain::authz::Action;
use crate::domain::case_study::CaseStudyInput;
use crate::domain::collection::CollectionInput;
use crate::domain::license::{self, License};
use crate::domain::material::MaterialInput;
use crate::domain::validation::FieldErrors;
use crate::domain::vocab::*;

pub fn date(lang: Lang, at: NaiveDateTime) -> String {
    lang.date(chrono_like::Date { year: at.year(), month: at.month() as u8, day: at.day() as u8 })
}

/// A date with the time of day (UTC), for sessions and similar events.
pub fn date_time(lang: Lang, at: NaiveDateTime) -> String {
    format!("{} {:02}:{:02} UTC", date(lang, at), at.hour(), at.minute())
}

pub fn errors(lang: Lang, errors: &FieldErrors) -> Vec<(String, String)> {
    errors.0.iter().map(|(field, problem)| (field.clone(), lang.field_problem(problem.code()).to_owned())).collect()
}

pub fn size(bytes: i64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} B"),
        b if b < 1024 * 1024 => format!("{:.1} KB", b as f64 / 1024.0),
        b => format!("{:.1} MB", b as f64 / (1024.0 * 1024.0)),
    }
}

pub fn language_name(lang: Lang, tag: &str) -> String {
    let primary = tag.split('-').next().unwrap_or(tag);
    let name = match primary {
        "und" => lang.t("unknown"),
        "nl" => lang.t("dutch"),
        "en" => lang.t("english"),
        "de" => lang.t("german"),
        "fr" => lang.t("french"),
        "fy" => lang.t("frisian"),
        "es" => lang.t("spanish"),
        "fi" => lang.t("finnish"),
        "pl" => lang.t("polish"),
        "tr" => lang.t("turkish"),
        "ar" => lang.t("arabic"),
        _ => return tag.to_owned(),
    };
    if tag.contains('-') {
        format!("{name} ({tag})")
    } else {
        name.to_owned()
    }
}

/// Choices for a vocabulary, with the given ids selected.
pub fn choices<T: Copy>(all: &[T], id: impl Fn(T) -> &'static str, label: impl Fn(T) -> String, selected: &[String]) -> Vec<Choice> {
    all.iter().map(|&item| Choice { id: id(item).to_owned(), label: label(item), selected: selected.iter().any(|s| s == id(item)) }).collect()
}

pub fn license_choices(licenses: &[License], selected: &str) -> Vec<Choice> {
    licenses.iter().map(|l| Choice { id: l.spdx().to_owned(), label: format!("{} ({})", l.short_name(), l.spdx()), selected: l.spdx() == selected }).collect()
}

fn labels<T: Copy>(items: &[T], label: impl Fn(T) -> &'static str) -> Vec<String> {
    items.iter().map(|&i| label(i).to_owned()).collect()
}

pub fn material_card(lang: Lang, m: &Material, show_status: bool) -> MaterialCard {
    let f = &m.fields;
    let l = lang.code();
    MaterialCard {
        url: m.url.clone(),
        title: f.title.clone(),
        summary: f.summary.clone(),
        language: language_name(lang, f.language.as_str()),
        language_code: f.language.as_str().to_owned(),
        license: license_label(lang, f.license),
        resource_type: f.resource_type.label(l).to_owned(),
        levels: labels(&f.education_levels, |x| x.label(l)),
        subjects: labels(&f.subjects, |x| x.label(l)),
        author: m.owner.display_name.clone(),
        updated: date(lang, m.updated_at),
        status: (show_status && f.status != Status::Published).then(|| f.status.label(l).to_owned()),
        is_remix: m.derived_from.is_some(),
    }
}

pub fn permissions(viewer: Option<&Actor>, owner_id: &str) -> Permissions {
    let can = |action| viewer.is_some_and(|v| v.can(action, owner_id));
    Permissions { edit: can(Action::Edit), delete: can(Action::Delete), hide: can(Action::Hide), remix: viewer.is_some() }
}

/// What made a version, in the page's language. The stored notes are a small fixed vocabulary
/// (see `VersionInfo::note`); anything else is shown as stored.
pub fn version_note(lang: Lang, note: &str) -> String {
    let number = |rest: &str| rest.parse::<u32>().ok();
    if note == "created" {
        return lang.t("created-2").to_owned();
    }
    if note == "edited" {
        return lang.t("edited").to_owned();
    }
    if let Some(n) = note.strip_prefix("restored version ").and_then(number) {
        return format!("{} {n} {}", lang.t("version-2"), lang.t("restored"));
    }
    if let Some((n, url)) = note.strip_prefix("remixed from version ").and_then(|rest| rest.split_once(" of ")).and_then(|(n, url)| Some((number(n)?, url))) {
        return format!("{} {n} {} {url}", lang.t("remixed-from-version"), lang.t("of"));
    }
    if let Some(names) = note.strip_prefix(attachments::ADDED) {
        return format!("{}: {names}", lang.t("attachment-added"));
    }
    if let Some(names) = note.strip_prefix(attachments::REMOVED) {
        return format!("{}: {names}", lang.t("attachment-removed"));
    }
    if let Some(host) = note.strip_prefix("received from ") {
        return format!("{} {host}", lang.t("received-from"));
    }
    note.to_owned()
}

pub fn version_view(lang: Lang, base_url: &str, v: &VersionInfo, current: i32, can_edit: bool) -> VersionView {
    VersionView {
        version: v.version,
        editor: v.editor.clone(),
        note: version_note(lang, &v.note),
        status: Status::parse(&v.status).map_or_else(|| v.status.clone(), |s| s.label(lang.code()).to_owned()),
        created: date(lang, v.created_at),
        url: format!("{base_url}/versions/{}", v.version),
        restore_url: (can_edit && v.version != current).then(|| format!("{base_url}/versions/{}/restore", v.version)),
        is_current: v.version == current,
    }
}

pub fn material_page(lang: Lang, config: &AppConfig, viewer: Option<&Actor>, m: &Material) -> MaterialPage {
    let f = &m.fields;
    let l = lang.code();
    let can = permissions(viewer, &m.owner.id);
    MaterialPage {
        head: Default::default(),
        add_to_collection: None,
        // Filled in by the page handler, which knows the viewer's like.
        appreciation: Default::default(),
        network_share: None,
        quality: Default::default(),
        id: m.id.clone(),
        url: m.url.clone(),
        title: f.title.clone(),
        summary: f.summary.clone(),
        body_html: m.body_html.clone(),
        language: language_name(lang, f.language.as_str()),
        language_code: f.language.as_str().to_owned(),
        license_name: license_label(lang, f.license),
        license_url: f.license.url(),
        license_spdx: f.license.spdx().to_owned(),
        levels: labels(&f.education_levels, |x| x.label(l)),
        isced_level: f.isced_level,
        subjects: labels(&f.subjects, |x| x.label(l)),
        resource_type: f.resource_type.label(l).to_owned(),
        duration_minutes: f.duration_minutes,
        keywords: f.keywords.clone(),
        authors: f.authors.clone(),
        owner_name: m.owner.display_name.clone(),
        owner_url: config.user_url(&m.owner.username),
        links: f.links.iter().map(|k| LinkView { title: k.title.clone(), url: k.url.clone() }).collect(),
        attachments: m
            .attachments
            .iter()
            .map(|a| AttachmentView {
                url: a.url.clone(),
                file_name: a.file_name.clone(),
                content_type: a.content_type.clone(),
                size: size(a.size_bytes),
                sha256: a.sha256.clone(),
                delete_url: can.edit.then(|| format!("{}/attachments/{}/delete", m.url, a.id)),
            })
            .collect(),
        status: f.status.label(l).to_owned(),
        status_id: f.status.as_str().to_owned(),
        hidden: m.hidden,
        version: m.version,
        created: date(lang, m.created_at),
        updated: date(lang, m.updated_at),
        derived_from: m.derived_from.as_ref().map(|d| LinkView { title: d.title.clone(), url: d.url.clone() }),
        adaptation: m.derived_from.as_ref().and(m.attribution.first()).map(|source| {
            let authors = if f.authors.is_empty() { vec![m.owner.display_name.clone()] } else { f.authors.clone() };
            attribution::adaptation(lang, &f.title, &authors, f.license, source)
        }),
        attribution: m
            .attribution
            .iter()
            .map(|c| CreditView {
                title: c.title.clone(),
                authors: c.authors.join(", "),
                source_url: c.source_url.clone(),
                license_name: license_label(lang, c.license),
                license_url: c.license.url(),
                tasl: c.tasl(lang),
            })
            .collect(),
        remixes: m.remixes.iter().map(|r| LinkView { title: format!("{} ({})", r.title, r.node), url: r.url.clone() }).collect(),
        remixed_on_other_nodes: {
            // Remixes held elsewhere have no local id.
            let mut nodes: Vec<&str> = m.remixes.iter().filter(|r| r.id.is_empty()).map(|r| r.node.as_str()).collect();
            nodes.sort_unstable();
            nodes.dedup();
            nodes.len()
        },
        remix_tree: remix_tree(m),
        translation_of: m.translation_of.as_ref().map(|t| translation_link(lang, t)),
        adaptation_notes: f.adaptation_notes.clone(),
        translations: m.translations.iter().map(|t| translation_link(lang, t)).collect(),
        reviews: None,
        remix_forbidden: (!f.license.allows_remix()).then(|| lang.t("this-licence-noderivatives-does").to_owned()),
        can,
        viewing_version: None,
        goals: Vec::new(),
    }
}

/// The tabs of `/materials`, `/case-studies` and `/collections`: the plain list (newest first),
/// and the same list with the search page's filters (for case studies also theme, stage and
/// Erasmus+ action) and both sort orders, at the list's own address.
pub fn list_tabs(lang: Lang, list_url: &str, filtering: bool) -> Vec<Tab> {
    vec![
        Tab { title: lang.t("newest-first").to_owned(), url: list_url.to_owned(), current: !filtering },
        Tab { title: lang.t("filter-and-sort").to_owned(), url: format!("{list_url}?sort=newest"), current: filtering },
    ]
}

/// The material form, filled from input (new, edit, or re-shown with errors).
pub fn material_form(lang: Lang, action: String, is_new: bool, input: &MaterialInput, field_errors: &FieldErrors, cancel_url: String) -> MaterialForm {
    let l = lang.code();
    let list = |v: &Option<Vec<String>>| v.clone().unwrap_or_default();
    let one = |v: &Option<String>| v.iter().cloned().collect::<Vec<_>>();
    MaterialForm {
        action,
        is_new,
        translation_of: input.translation_of.clone().unwrap_or_default(),
        adaptation_notes: input.adaptation_notes.clone().unwrap_or_default(),
        title: input.title.clone().unwrap_or_default(),
        summary: input.summary.clone().unwrap_or_default(),
        body: input.body.clone().unwrap_or_default(),
        language: input.language.clone().unwrap_or_else(|| l.to_owned()),
        isced_level: input.isced_level.map(|v| v.to_string()).unwrap_or_default(),
        duration_minutes: input.duration_minutes.map(|v| v.to_string()).unwrap_or_default(),
        keywords: list(&input.keywords).join(", "),
        authors: list(&input.authors).join(", "),
        links: input.links.clone().unwrap_or_default().into_iter().map(|k| (k.title, k.url)).collect(),
        levels: choices(EducationLevel::ALL, EducationLevel::as_str, |x| x.label(l).to_owned(), &list(&input.education_levels)),
        subjects: choices(Subject::ALL, Subject::as_str, |x| x.label(l).to_owned(), &list(&input.subjects)),
        resource_types: choices(ResourceType::ALL, ResourceType::as_str, |x| x.label(l).to_owned(), &one(&input.resource_type)),
        licenses: license_choices(license::ALL, input.license.as_deref().unwrap_or("CC-BY-4.0")),
        statuses: choices(Status::ALL, Status::as_str, |x| x.label(l).to_owned(), &[input.status.clone().unwrap_or_else(|| "draft".to_owned())]),
        errors: errors(lang, field_errors),
        cancel_url,
        goal_choices: Vec::new(),
        goals_available: false,
        goal_query: String::new(),
        goal_browse: Vec::new(),
    }
}

pub fn case_study_card(lang: Lang, c: &CaseStudy, show_status: bool) -> CaseStudyCard {
    let f = &c.fields;
    let l = lang.code();
    CaseStudyCard {
        url: c.url.clone(),
        title: f.title.clone(),
        summary: f.summary.clone(),
        sector: f.sector.label(l).to_owned(),
        stage: f.stage.label(l).to_owned(),
        themes: labels(&f.themes, |x| x.label(l)),
        language: language_name(lang, f.language.as_str()),
        language_code: f.language.as_str().to_owned(),
        author: c.owner.display_name.clone(),
        updated: date(lang, c.updated_at),
        status: (show_status && f.status != Status::Published).then(|| f.status.label(l).to_owned()),
    }
}

pub fn case_study_page(lang: Lang, config: &AppConfig, viewer: Option<&Actor>, c: &CaseStudy) -> CaseStudyPage {
    let f = &c.fields;
    let l = lang.code();
    let sections = [
        (lang.t("the-challenge"), &c.html.challenge),
        (lang.t("approach"), &c.html.approach),
        (lang.t("results-and-evidence"), &c.html.results),
        (lang.t("lessons-learned"), &c.html.lessons),
        (lang.t("what-it-took-to"), &c.html.scaling),
    ];
    CaseStudyPage {
        head: Default::default(),
        // Filled in by the page handler, which knows the viewer's like.
        appreciation: Default::default(),
        network_share: None,
        quality: Default::default(),
        id: c.id.clone(),
        url: c.url.clone(),
        title: f.title.clone(),
        summary: f.summary.clone(),
        sector: f.sector.label(l).to_owned(),
        school_type: f.school_type.clone(),
        school_size: f.school_size.clone(),
        sections: sections.into_iter().filter(|(_, html)| !html.trim().is_empty()).map(|(h, html)| (h.to_owned(), html.clone())).collect(),
        themes: labels(&f.themes, |x| x.label(l)),
        stage: f.stage.label(l).to_owned(),
        erasmus_action: (f.erasmus_action != ErasmusAction::None).then(|| f.erasmus_action.label(l).to_owned()),
        related: c.related.iter().map(|r| LinkView { title: r.title.clone(), url: r.url.clone() }).collect(),
        contact: f.contact.clone(),
        language: language_name(lang, f.language.as_str()),
        language_code: f.language.as_str().to_owned(),
        license_name: license_label(lang, f.license),
        license_url: f.license.url(),
        owner_name: c.owner.display_name.clone(),
        owner_url: config.user_url(&c.owner.username),
        status: f.status.label(l).to_owned(),
        status_id: f.status.as_str().to_owned(),
        hidden: c.hidden,
        version: c.version,
        created: date(lang, c.created_at),
        updated: date(lang, c.updated_at),
        can: Permissions { remix: false, ..permissions(viewer, &c.owner.id) },
        viewing_version: None,
    }
}

pub fn case_study_form(lang: Lang, action: String, is_new: bool, input: &CaseStudyInput, field_errors: &FieldErrors, cancel_url: String) -> CaseStudyForm {
    let l = lang.code();
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let one = |v: &Option<String>, default: &str| vec![v.clone().unwrap_or_else(|| default.to_owned())];
    CaseStudyForm {
        action,
        is_new,
        title: text(&input.title),
        summary: text(&input.summary),
        school_type: text(&input.school_type),
        school_size: text(&input.school_size),
        challenge: text(&input.challenge),
        approach: text(&input.approach),
        results: text(&input.results),
        lessons: text(&input.lessons),
        scaling: text(&input.scaling),
        // Titles and search results are added by the page handler, which can look them up.
        related: input.related_materials.iter().flatten().map(|id| RelatedChoice { id: id.clone(), title: id.clone(), checked: true }).collect(),
        related_query: String::new(),
        contact: text(&input.contact),
        language: input.language.clone().unwrap_or_else(|| l.to_owned()),
        sectors: choices(EducationLevel::ALL, EducationLevel::as_str, |x| x.label(l).to_owned(), &one(&input.sector, "")),
        themes: choices(Theme::ALL, Theme::as_str, |x| x.label(l).to_owned(), &input.themes.clone().unwrap_or_default()),
        stages: choices(Stage::ALL, Stage::as_str, |x| x.label(l).to_owned(), &one(&input.stage, "idea")),
        erasmus_actions: choices(ErasmusAction::ALL, ErasmusAction::as_str, |x| x.label(l).to_owned(), &one(&input.erasmus_action, "none")),
        licenses: license_choices(license::ALL, input.license.as_deref().unwrap_or("CC-BY-4.0")),
        statuses: choices(Status::ALL, Status::as_str, |x| x.label(l).to_owned(), &one(&input.status, "draft")),
        errors: errors(lang, field_errors),
        cancel_url,
        goal_choices: Vec::new(),
        goals_available: false,
        goal_query: String::new(),
        goal_browse: Vec::new(),
    }
}

pub fn pager<T>(paged: &Paged<T>, base: &str) -> Pager {
    let pages = ((paged.total + paged.page.per_page - 1) / paged.page.per_page).max(1);
    let page = paged.page.page;
    let link = |p: i64| format!("{base}?page={p}");
    Pager { page, pages, total: paged.total, prev_url: (page > 1).then(|| link(page - 1)), next_url: (page < pages).then(|| link(page + 1)) }
}

/// A licence's short name, or "unknown" for remote content without a licence we recognise.
fn license_label(lang: Lang, license: License) -> String {
    if license.is_unknown() {
        lang.t("unknown").to_owned()
    } else {
        license.short_name()
    }
}

pub fn collection_card(lang: Lang, c: &Collection, show_status: bool) -> CollectionCard {
    let f = &c.fields;
    let l = lang.code();
    let introduction: String = crate::app::search::html_to_text(&c.introduction_html).chars().take(240).collect();
    CollectionCard {
        url: c.url.clone(),
        title: f.title.clone(),
        introduction,
        language_code: f.language.as_str().to_owned(),
        item_count: c.items.iter().filter(|i| i.available).count(),
        levels: labels(&f.education_levels, |x| x.label(l)),
        owner_name: c.owner.display_name.clone(),
        updated: date(lang, c.updated_at),
        status: (show_status && f.status != Status::Published).then(|| f.status.label(l).to_owned()),
        origin: c.origin.clone(),
    }
}

/// The collection page; goals, appreciation and network sharing are filled in by the handler.
pub fn collection_page(lang: Lang, config: &AppConfig, viewer: Option<&Actor>, c: &Collection) -> CollectionPage {
    let f = &c.fields;
    let l = lang.code();
    let can = permissions(viewer, &c.owner.id);
    let editable = can.edit && c.origin.is_none();
    CollectionPage {
        url: c.url.clone(),
        title: f.title.clone(),
        introduction_html: c.introduction_html.clone(),
        language: language_name(lang, f.language.as_str()),
        language_code: f.language.as_str().to_owned(),
        license_name: license_label(lang, f.license),
        license_url: f.license.url(),
        levels: labels(&f.education_levels, |x| x.label(l)),
        subjects: labels(&f.subjects, |x| x.label(l)),
        goals: Vec::new(),
        items: c
            .items
            .iter()
            .map(|i| CollectionItemView {
                url: i.url.clone(),
                title: i.title.clone(),
                note: i.note.clone(),
                origin: i.origin.clone(),
                available: i.available,
                remove_url: editable.then(|| format!("{}/items/remove", c.url)),
                item_url: i.item_url.clone(),
            })
            .collect(),
        owner_name: c.owner.display_name.clone(),
        owner_url: config.user_url(&c.owner.username),
        status: f.status.label(l).to_owned(),
        status_id: f.status.as_str().to_owned(),
        hidden: c.hidden,
        version: c.version,
        created: date(lang, c.created_at),
        updated: date(lang, c.updated_at),
        derived_from: c.derived_from.as_ref().map(|d| LinkView { title: d.title.clone(), url: d.url.clone() }),
        attribution: c
            .attribution
            .iter()
            .map(|a| CreditView {
                title: a.title.clone(),
                authors: a.authors.join(", "),
                source_url: a.source_url.clone(),
                license_name: license_label(lang, a.license),
                license_url: a.license.url(),
                tasl: a.tasl(lang),
            })
            .collect(),
        origin: c.origin.clone(),
        original_url: c.original_url.clone(),
        followers: c.followers,
        feed_url: format!("{}/feed.atom", c.url),
        can: Permissions { edit: editable, remix: viewer.is_some() && f.license.allows_remix(), ..can },
        viewing_version: None,
        appreciation: Default::default(),
        network_share: None,
        network: c.network.as_ref().map(|(name, title)| LinkView { title: title.clone(), url: format!("/groups/{name}") }),
        network_choices: Vec::new(),
    }
}

/// The collection form, filled from input. `titles` names the items already listed (by URL).
pub fn collection_form(
    lang: Lang,
    action: String,
    is_new: bool,
    input: &CollectionInput,
    titles: &[(String, String)],
    field_errors: &FieldErrors,
    cancel_url: String,
) -> CollectionForm {
    let l = lang.code();
    let list = |v: &Option<Vec<String>>| v.clone().unwrap_or_default();
    CollectionForm {
        action,
        is_new,
        title: input.title.clone().unwrap_or_default(),
        introduction: input.introduction.clone().unwrap_or_default(),
        language: input.language.clone().unwrap_or_else(|| l.to_owned()),
        levels: choices(EducationLevel::ALL, EducationLevel::as_str, |x| x.label(l).to_owned(), &list(&input.education_levels)),
        subjects: choices(Subject::ALL, Subject::as_str, |x| x.label(l).to_owned(), &list(&input.subjects)),
        licenses: license_choices(license::ALL, input.license.as_deref().unwrap_or("CC-BY-4.0")),
        statuses: choices(Status::ALL, Status::as_str, |x| x.label(l).to_owned(), &[input.status.clone().unwrap_or_else(|| "draft".to_owned())]),
        items: input
            .items
            .iter()
            .flatten()
            .map(|i| CollectionFormItem {
                title: titles.iter().find(|(url, _)| *url == i.material).map(|(_, title)| title.clone()).unwrap_or_default(),
                material: i.material.clone(),
                note: i.note.clone().unwrap_or_default(),
            })
            .collect(),
        errors: errors(lang, field_errors),
        cancel_url,
        goal_choices: Vec::new(),
        goals_available: false,
        goal_query: String::new(),
        goal_browse: Vec::new(),
    }
}

/// A material's remix tree: its sources (oldest first), itself, and the remixes below it;
/// `None` for a material that is neither a remix nor remixed.
fn remix_tree(m: &crate::app::materials::Material) -> Option<RemixTreeView> {
    use crate::app::materials::RemixNode;
    if m.attribution.is_empty() && m.remix_tree.is_empty() {
        return None;
    }
    fn node(n: &RemixNode) -> RemixNodeView {
        RemixNodeView {
            title: n.remix.title.clone(),
            url: n.remix.url.clone(),
            node: n.remix.node.clone(),
            license: n.license.map(|l| l.short_name()).unwrap_or_default(),
            children: n.children.iter().map(node).collect(),
        }
    }
    let ancestors = m
        .attribution
        .iter()
        .rev()
        .map(|credit| RemixNodeView {
            title: credit.title.clone(),
            url: credit.source_url.clone(),
            node: crate::app::materials::host_of(&credit.source_url),
            license: credit.license.short_name(),
            children: Vec::new(),
        })
        .collect();
    let this = RemixNodeView {
        title: m.fields.title.clone(),
        url: m.url.clone(),
        node: m.origin.clone().unwrap_or_else(|| crate::app::materials::host_of(&m.url)),
        license: m.fields.license.short_name(),
        children: Vec::new(),
    };
    Some(RemixTreeView { ancestors, this, descendants: m.remix_tree.iter().map(node).collect() })
}

/// A material in another language, as a link with its language's name.
pub fn translation_link(lang: Lang, t: &crate::app::translations::TranslationRef) -> TranslationLinkView {
    TranslationLinkView {
        title: t.title.clone(),
        url: t.url.clone(),
        language: language_name(lang, &t.language),
        language_code: t.language.clone(),
        node: t.node.clone(),
    }
}
