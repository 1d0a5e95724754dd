//! View models: plain structs the server fills and the templates render. No database, no index.

mod charts;
mod quality;
mod questions;
pub use charts::*;
pub use quality::*;
pub use questions::*;

use crate::i18n::Lang;

/// Everything every page needs: language, who is signed in, the CSRF token for forms.
#[derive(Debug, Clone)]
pub struct PageCtx {
    pub lang: Lang,
    pub user: Option<UserView>,
    /// The double-submit CSRF token; every POST form carries it in a hidden `csrf` field.
    pub csrf: String,
    /// The current path and query, so the language switch can come back here.
    pub path: String,
    pub node_name: String,
    /// A one-off notice shown at the top (e.g. "saved").
    pub notice: Option<String>,
    /// Feeds of what this page lists, linked from its head (`<link rel="alternate">`).
    pub feeds: Vec<FeedLink>,
}

#[derive(Debug, Clone)]
pub struct UserView {
    pub username: String,
    pub display_name: String,
    pub is_admin: bool,
    pub is_moderator: bool,
}

/// A value and its label for selects, checkboxes and radio buttons.
#[derive(Debug, Clone)]
pub struct Choice {
    pub id: String,
    pub label: String,
    pub selected: bool,
}

/// A material in a list.
#[derive(Debug, Clone)]
pub struct MaterialCard {
    pub url: String,
    pub title: String,
    pub summary: String,
    pub language: String,
    /// The BCP 47 tag of the content, for `lang` on its text (WCAG 3.1.2).
    pub language_code: String,
    pub license: String,
    pub resource_type: String,
    pub levels: Vec<String>,
    pub subjects: Vec<String>,
    pub author: String,
    pub updated: String,
    pub status: Option<String>,
    pub is_remix: bool,
}

#[derive(Debug, Clone)]
pub struct AttachmentView {
    pub url: String,
    pub file_name: String,
    pub content_type: String,
    pub size: String,
    pub sha256: String,
    /// Form action to remove it, when the viewer may edit.
    pub delete_url: Option<String>,
}

#[derive(Debug, Clone)]
pub struct LinkView {
    pub title: String,
    pub url: String,
}

/// A credit line in the attribution block (title, author, source, licence).
#[derive(Debug, Clone)]
pub struct CreditView {
    pub title: String,
    pub authors: String,
    pub source_url: String,
    pub license_name: String,
    pub license_url: String,
    /// The full TASL sentence to copy.
    pub tasl: String,
}

/// What the viewer may do on a content page.
#[derive(Debug, Clone, Default)]
pub struct Permissions {
    pub edit: bool,
    pub delete: bool,
    pub hide: bool,
    pub remix: bool,
}

/// What a content page adds to its document head: its description for machines.
#[derive(Debug, Clone, Default)]
pub struct Head {
    /// schema.org JSON-LD, escaped so it cannot close its `script` element.
    pub structured_data: Option<String>,
}

/// A feed a page offers (`<link rel="alternate">`).
#[derive(Debug, Clone)]
pub struct FeedLink {
    pub title: String,
    pub href: String,
    /// `application/atom+xml` or `application/rss+xml`.
    pub media_type: &'static str,
}

/// The material page.
#[derive(Debug, Clone)]
pub struct MaterialPage {
    pub head: Head,
    /// Signed-in viewers can add it to one of their collections.
    pub add_to_collection: Option<AddToCollection>,
    /// The author's form to post this to a network (`None` for anyone else).
    pub network_share: Option<NetworkShare>,
    /// This node's quality mark, and the moderators' form to award or withdraw it.
    pub quality: QualityView,
    /// Likes, and whether (and how) the viewer can like or report it.
    pub appreciation: Appreciation,
    pub id: String,
    pub url: String,
    pub title: String,
    pub summary: String,
    pub body_html: String,
    pub language: String,
    /// The BCP 47 tag of the content, for `lang` on its text (WCAG 3.1.2).
    pub language_code: String,
    pub license_name: String,
    pub license_url: String,
    pub license_spdx: String,
    pub levels: Vec<String>,
    pub isced_level: Option<i32>,
    pub subjects: Vec<String>,
    pub resource_type: String,
    pub duration_minutes: Option<i32>,
    pub keywords: Vec<String>,
    pub authors: Vec<String>,
    pub owner_name: String,
    pub owner_url: String,
    pub links: Vec<LinkView>,
    pub attachments: Vec<AttachmentView>,
    pub status: String,
    pub status_id: String,
    pub hidden: bool,
    pub version: i32,
    pub created: String,
    pub updated: String,
    pub derived_from: Option<LinkView>,
    /// For a remix: the sentence that says it was changed, from what, by whom (CC's "indicate
    /// changes").
    pub adaptation: Option<String>,
    pub attribution: Vec<CreditView>,
    pub remixes: Vec<LinkView>,
    /// How many other nodes hold a remix of this material.
    pub remixed_on_other_nodes: usize,
    /// Where it comes from and what was made of it, when either is known.
    pub remix_tree: Option<RemixTreeView>,
    /// The original it translates or adapts.
    pub translation_of: Option<TranslationLinkView>,
    /// What was adapted beyond the words.
    pub adaptation_notes: String,
    /// Its translations into other languages, here and on other nodes.
    pub translations: Vec<TranslationLinkView>,
    /// Teachers' reviews (absent for a draft or an old version).
    pub reviews: Option<ReviewsView>,
    /// Why it cannot be remixed (ND), shown instead of the remix button.
    pub remix_forbidden: Option<String>,
    pub can: Permissions,
    /// Set when showing an old version rather than the current one.
    pub viewing_version: Option<VersionView>,
    /// Curriculum goals it is aligned to: (link, alignment type label).
    pub goals: Vec<(GoalLinkView, String)>,
}

/// A material in another language: a link, its language's name and code, and its node.
#[derive(Debug, Clone, Default)]
pub struct TranslationLinkView {
    pub title: String,
    pub url: String,
    /// The language's name in the UI language.
    pub language: String,
    /// The BCP 47 tag, for `lang` and `hreflang`.
    pub language_code: String,
    pub node: String,
}

/// A material's reviews: the summary, the latest reviews, and the viewer's form.
#[derive(Debug, Clone, Default)]
pub struct ReviewsView {
    /// The average rating (1–5), how many reviews, how many used it in class.
    pub average: Option<f64>,
    pub count: i64,
    pub used_in_class: i64,
    pub items: Vec<ReviewView>,
    /// For a signed-in viewer: where to send their review, and their review so far.
    pub form: Option<ReviewFormView>,
}

#[derive(Debug, Clone, Default)]
pub struct ReviewView {
    pub reviewer: String,
    pub reviewer_url: String,
    /// The reviewer's node; empty for one here.
    pub node: String,
    pub rating: i32,
    pub text: String,
    /// The level it was used in class with, already translated.
    pub used_with: Option<String>,
    pub date: String,
    pub mine: bool,
}

#[derive(Debug, Clone, Default)]
pub struct ReviewFormView {
    pub action: String,
    /// Set when the viewer has a review to withdraw.
    pub delete_action: Option<String>,
    /// 1–5, or 0 for none yet.
    pub rating: i32,
    pub text: String,
    /// Education levels to say it was used with; the chosen one selected.
    pub levels: Vec<Choice>,
    pub errors: Vec<(String, String)>,
}

/// A form for a material (new or edit).
#[derive(Debug, Clone)]
pub struct MaterialForm {
    pub action: String,
    pub is_new: bool,
    /// The original this material translates (its address or id here), as typed or stored.
    pub translation_of: String,
    pub adaptation_notes: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub language: String,
    pub isced_level: String,
    pub duration_minutes: String,
    pub keywords: String,
    pub authors: String,
    /// (title, URL) per link; the form adds empty rows for new ones.
    pub links: Vec<(String, String)>,
    pub levels: Vec<Choice>,
    pub subjects: Vec<Choice>,
    pub resource_types: Vec<Choice>,
    pub licenses: Vec<Choice>,
    pub statuses: Vec<Choice>,
    /// Translated problems per field name.
    pub errors: Vec<(String, String)>,
    pub cancel_url: String,
    /// Goals: those aligned (checked) and those suggested from the text (unchecked), as
    /// checkboxes named `goals` with the goal URI as value. Empty when no framework is loaded.
    pub goal_choices: Vec<GoalChoiceView>,
    /// Whether the node has a framework to align to (the goal section shows even before any
    /// text is typed, with its "suggest goals" button).
    pub goals_available: bool,
    /// What the teacher typed to find a goal ("kerndoel 26", "breuken"), kept on re-render.
    pub goal_query: String,
    /// The goal trees to browse, when the teacher asked for them (empty otherwise).
    pub goal_browse: Vec<GoalBrowseView>,
}

#[derive(Debug, Clone)]
pub struct VersionView {
    pub version: i32,
    pub editor: String,
    /// What happened, in the page's language ("Bewerkt", "Versie 1 teruggezet", …).
    pub note: String,
    /// Who could see this version: "Gepubliceerd", "Concept", … in the page's language.
    pub status: String,
    pub created: String,
    pub url: String,
    pub restore_url: Option<String>,
    pub is_current: bool,
}

/// History of a material or case study.
#[derive(Debug, Clone)]
pub struct HistoryPage {
    pub title: String,
    pub back_url: String,
    pub versions: Vec<VersionView>,
    pub pager: Pager,
}

/// The remix flow: choose a title and an allowed licence.
#[derive(Debug, Clone)]
pub struct RemixPage {
    pub source_title: String,
    pub source_url: String,
    pub source_license: String,
    pub action: String,
    pub title: String,
    pub licenses: Vec<Choice>,
    pub rule: String,
    pub forbidden: Option<String>,
    pub errors: Vec<(String, String)>,
    /// The language to translate into (`""`: a remix in the original's language).
    pub translate_into: String,
    /// The original's language, left out of the choices.
    pub source_language: String,
    pub adaptation_notes: String,
}

#[derive(Debug, Clone)]
pub struct CaseStudyCard {
    pub url: String,
    pub title: String,
    pub summary: String,
    pub sector: String,
    pub stage: String,
    pub themes: Vec<String>,
    pub language: String,
    /// The BCP 47 tag of the content, for `lang` on its text (WCAG 3.1.2).
    pub language_code: String,
    pub author: String,
    pub updated: String,
    pub status: Option<String>,
}

#[derive(Debug, Clone)]
pub struct CaseStudyPage {
    pub head: Head,
    /// The author's form to post this to a network (`None` for anyone else).
    pub network_share: Option<NetworkShare>,
    /// This node's quality mark, and the moderators' form to award or withdraw it.
    pub quality: QualityView,
    /// Likes, and whether the viewer can like or report it.
    pub appreciation: Appreciation,
    pub id: String,
    pub url: String,
    pub title: String,
    pub summary: String,
    pub sector: String,
    pub school_type: String,
    pub school_size: String,
    /// (heading, safe HTML) per narrative section, empty sections left out.
    pub sections: Vec<(String, String)>,
    pub themes: Vec<String>,
    pub stage: String,
    pub erasmus_action: Option<String>,
    pub related: Vec<LinkView>,
    pub contact: Option<String>,
    pub language: String,
    /// The BCP 47 tag of the content, for `lang` on its text (WCAG 3.1.2).
    pub language_code: String,
    pub license_name: String,
    pub license_url: String,
    pub owner_name: String,
    pub owner_url: String,
    pub status: String,
    pub status_id: String,
    pub hidden: bool,
    pub version: i32,
    pub created: String,
    pub updated: String,
    pub can: Permissions,
    pub viewing_version: Option<VersionView>,
}

#[derive(Debug, Clone)]
pub struct CaseStudyForm {
    pub action: String,
    pub is_new: bool,
    pub title: String,
    pub summary: String,
    pub school_type: String,
    pub school_size: String,
    pub challenge: String,
    pub approach: String,
    pub results: String,
    pub lessons: String,
    pub scaling: String,
    /// Related materials as checkboxes named `related_materials` (value: the material's id):
    /// those related already (checked) and those found for `related_query` (unchecked).
    pub related: Vec<RelatedChoice>,
    pub related_query: String,
    pub contact: String,
    pub language: String,
    pub sectors: Vec<Choice>,
    pub themes: Vec<Choice>,
    pub stages: Vec<Choice>,
    pub erasmus_actions: Vec<Choice>,
    pub licenses: Vec<Choice>,
    pub statuses: Vec<Choice>,
    pub errors: Vec<(String, String)>,
    pub cancel_url: String,
    /// Goals, as in the material form.
    pub goal_choices: Vec<GoalChoiceView>,
    pub goals_available: bool,
    pub goal_query: String,
    /// The goal trees to browse, when the teacher asked for them (empty otherwise).
    pub goal_browse: Vec<GoalBrowseView>,
}

/// Previous/next links for a paged list.
#[derive(Debug, Clone, Default)]
pub struct Pager {
    pub page: i64,
    pub pages: i64,
    pub total: i64,
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
}

#[derive(Debug, Clone)]
pub struct HomePage {
    pub node_description: String,
    pub materials: Vec<MaterialCard>,
    pub case_studies: Vec<CaseStudyCard>,
    pub material_count: i64,
    pub case_study_count: i64,
}

#[derive(Debug, Clone)]
pub struct ListPage<T> {
    pub heading: String,
    pub items: Vec<T>,
    pub pager: Pager,
    pub new_url: Option<String>,
    /// Sibling lists to switch to (e.g. the timeline's materials and case studies).
    pub tabs: Vec<Tab>,
}

/// A link to a sibling list; `current` marks the one shown.
#[derive(Debug, Clone)]
pub struct Tab {
    pub title: String,
    pub url: String,
    pub current: bool,
}

/// Sign-in and sign-up forms.
#[derive(Debug, Clone, Default)]
pub struct AuthForm {
    pub username: String,
    pub email: String,
    pub display_name: String,
    pub errors: Vec<(String, String)>,
    /// A message about the whole form (wrong credentials, awaiting approval, closed).
    pub message: Option<String>,
    pub registration_open: bool,
    pub approval_needed: bool,
    /// The node sends mail: "forgot your password?" is offered, and sign-up says a link follows.
    pub mail_on: bool,
    /// Identity providers to sign in with: (id, name).
    pub providers: Vec<(String, String)>,
    /// Whether the password form is offered at all.
    pub password_sign_in: bool,
}

/// The password-reset pages: asking for a link, and choosing a new password with one.
#[derive(Debug, Clone, Default)]
pub struct ResetForm {
    pub email: String,
    pub errors: Vec<(String, String)>,
    /// A message about the whole form (mail is off, the link has expired).
    pub message: Option<String>,
    /// The form posts here (`/password-reset` or `/password-reset/{secret}`).
    pub action: String,
    /// `true`: the form for a new password; `false`: the form asking for a link.
    pub with_link: bool,
}

/// The privacy statement, generated from the node's configuration.
#[derive(Debug, Clone, Default)]
pub struct PrivacyPage {
    pub node_name: String,
    pub public_url: String,
    /// Who runs the node; `None`: not configured (the page says so).
    pub operator: Option<String>,
    pub contact: Option<String>,
    /// The mail transport's host, when mail is on (a processor).
    pub mail_host: Option<String>,
    /// `true`: SQLite in the data directory; `false`: PostgreSQL.
    pub sqlite: bool,
    /// Identity providers people may sign in with (processors of a sign-in).
    pub providers: Vec<String>,
}

/// One of the signed-in person's browser sessions.
#[derive(Debug, Clone)]
pub struct SessionView {
    pub started: String,
    pub expires: String,
    /// The session this page was asked for from.
    pub current: bool,
    pub end_url: String,
}

/// The account page's forms to change the address and the password.
#[derive(Debug, Clone, Default)]
pub struct CredentialsView {
    /// `Some(true)`: confirmed; `Some(false)`: not confirmed yet; `None`: the node sends no
    /// mail, so addresses are never confirmed.
    pub email_confirmed: Option<bool>,
    pub new_email: String,
    pub errors: Vec<(String, String)>,
    /// Which form the errors belong to: `email`, `password` or `delete`.
    pub errors_for: String,
    /// The deletion form's choice (`delete` or `keep`) and name, as last submitted.
    pub published: String,
    pub keep_name: String,
}

#[derive(Debug, Clone)]
pub struct TokenView {
    pub label: String,
    pub created: String,
    pub expires: String,
    pub revoke_url: String,
}

#[derive(Debug, Clone)]
pub struct AccountPage {
    pub username: String,
    pub display_name: String,
    pub email: String,
    pub role: String,
    pub profile_url: String,
    pub materials: Vec<MaterialCard>,
    pub case_studies: Vec<CaseStudyCard>,
    pub tokens: Vec<TokenView>,
    /// A token just created, shown once.
    pub new_token: Option<String>,
    pub sessions: Vec<SessionView>,
    pub credentials: CredentialsView,
    /// Identity providers: (id, name, linked address if linked).
    pub providers: Vec<(String, String, Option<String>)>,
    /// Whether the account has a password (else it signs in through a provider only).
    pub has_password: bool,
    /// Per kind of notification: (kind id, label, frequency id chosen); empty when mail is off.
    pub notifications: Vec<(String, String, String)>,
    /// Saved searches: (label, search page URL, delete URL).
    pub saved_searches: Vec<(String, String, String)>,
}

#[derive(Debug, Clone)]
pub struct AdminUserView {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub email: String,
    pub role_id: String,
    pub status_id: String,
    pub status: String,
    pub action: String,
    pub is_self: bool,
}

#[derive(Debug, Clone)]
pub struct AdminPage {
    pub name: String,
    pub description: String,
    pub registration_modes: Vec<Choice>,
    pub roles: Vec<Choice>,
    pub users: Vec<AdminUserView>,
    pub errors: Vec<(String, String)>,
    pub federation: FederationAdminView,
    pub mail: MailAdminView,
    /// Identity providers as configured: (name, issuer, client id, who may sign in).
    pub providers: Vec<(String, String, String, String)>,
    pub password_sign_in: bool,
}

/// What administrators see of mail: whether it is on, the queue, and what went wrong.
#[derive(Debug, Clone, Default)]
pub struct MailAdminView {
    /// The transport (without credentials) and the sender; `None`: mail is off.
    pub configured: Option<(String, String)>,
    /// Each status with its label and count.
    pub counts: Vec<(String, i64)>,
    pub problems: Vec<MailProblemView>,
}

/// A mail that failed, was refused, or waits after a failed attempt.
#[derive(Debug, Clone)]
pub struct MailProblemView {
    pub to: String,
    pub kind: String,
    pub status: String,
    pub attempts: i32,
    pub error: String,
    pub queued: String,
}

/// A public profile: someone's published materials and case studies.
#[derive(Debug, Clone)]
pub struct ProfilePage {
    pub username: String,
    pub display_name: String,
    pub bio: String,
    pub materials: Vec<MaterialCard>,
    pub case_studies: Vec<CaseStudyCard>,
}

/// An error page.
#[derive(Debug, Clone)]
pub struct ErrorPage {
    pub status: u16,
    pub heading: String,
    pub message: String,
}

/// One value of a facet in the search sidebar.
#[derive(Debug, Clone)]
pub struct FacetValueView {
    pub label: String,
    pub count: u64,
    pub selected: bool,
    /// The search URL with this value switched on (or off, when selected); page reset to 1.
    pub toggle_url: String,
}

/// A facet group in the search sidebar (e.g. "Onderwijsniveau").
#[derive(Debug, Clone)]
pub struct FacetGroupView {
    /// The query parameter name (`level`, `subject`, …).
    pub name: String,
    pub label: String,
    pub values: Vec<FacetValueView>,
}

/// One search result.
#[derive(Debug, Clone)]
pub struct SearchHitView {
    pub url: String,
    pub title: String,
    pub summary: String,
    /// Already sanitized: highlighted words wrapped in `<b>`, everything else escaped.
    pub snippet_html: String,
    pub kind: String,
    pub language: String,
    pub language_code: String,
    pub license: String,
    /// "Deze node" / "This node", or the host of another node.
    pub origin: String,
    /// Codes (or short statements) of aligned goals, for display.
    pub goals: Vec<String>,
    /// When translations are grouped: the other languages the material exists in.
    pub translations: Vec<TranslationLinkView>,
}

/// A filter in effect, shown as a removable chip.
#[derive(Debug, Clone)]
pub struct ActiveFilterView {
    pub label: String,
    pub remove_url: String,
}

/// The search page: a GET form, facets in a sidebar, results with snippets.
#[derive(Debug, Clone)]
pub struct SearchPage {
    pub q: String,
    /// `relevance` or `newest`.
    pub sort: String,
    /// Hidden inputs that keep the current filters when the text query is resubmitted.
    pub hidden: Vec<(String, String)>,
    pub active_filters: Vec<ActiveFilterView>,
    pub facets: Vec<FacetGroupView>,
    pub hits: Vec<SearchHitView>,
    pub total: u64,
    pub pager: Pager,
    /// Sorting links: (label, url, selected).
    pub sort_links: Vec<(String, String, bool)>,
    pub curricula_url: String,
    /// Where the form and every link go: `/search`, or a list (`/materials`) that shows the
    /// search's filters and sort for its own kind.
    pub action: String,
    pub heading: String,
    /// What the query field searches, as its label says.
    pub label: String,
    /// The list's own tabs and "new" button, when the search is a list's.
    pub tabs: Vec<Tab>,
    pub new_url: Option<(String, String)>,
    /// For a signed-in person on a node that mails: the query string to save this search with.
    pub save_query: Option<String>,
    /// The goal coverage of these results, per framework: (framework title, url).
    pub coverage_links: Vec<(String, String)>,
    /// Grouping translations on or off: (label, url).
    pub translations_toggle: (String, String),
}

/// A goal in a framework tree (it may appear under several parents: the data is a graph).
#[derive(Debug, Clone)]
pub struct GoalNodeView {
    pub url: String,
    /// The goal's URI (what a form aligns to).
    pub uri: String,
    pub code: String,
    pub statement: String,
    pub item_type: String,
    pub children: Vec<GoalNodeView>,
}

#[derive(Debug, Clone)]
pub struct FrameworkSummaryView {
    pub url: String,
    pub title: String,
    pub publisher: String,
    pub description: String,
    pub goal_count: i64,
    pub language: String,
}

/// The list of curriculum frameworks on this node.
#[derive(Debug, Clone)]
pub struct CurriculaPage {
    pub frameworks: Vec<FrameworkSummaryView>,
    /// Shown to administrators: the import form (and the CLI hint).
    pub can_import: bool,
    /// Why the last import was refused (the package's problems), shown above the form.
    pub import_error: Option<String>,
}

/// One framework: its goal tree, collapsible with `<details>`.
#[derive(Debug, Clone)]
pub struct FrameworkPage {
    pub title: String,
    pub publisher: String,
    pub description: String,
    pub uri: String,
    pub version: String,
    pub goal_count: i64,
    /// What sits on top (subject areas), in alphabetical order.
    pub roots: Vec<GoalNodeView>,
    /// Goals no longer current, in one list apart.
    pub retired: Vec<GoalNodeView>,
    /// The level filter: PO, SO, VO, VSO, the chosen one selected.
    pub levels: Vec<Choice>,
    /// The page's own path, for the filter's links.
    pub url: String,
    /// How many materials are aligned to each goal (absent when the search index cannot say).
    pub coverage: Option<CoverageView>,
}

/// The goal coverage of one framework for a search: where its results sit and where none do.
#[derive(Debug, Clone)]
pub struct CoveragePage {
    pub heading: String,
    /// Back to the search it belongs to.
    pub search_url: String,
    pub framework_url: String,
    pub coverage: CoverageView,
}

/// A goal (a link to it).
#[derive(Debug, Clone)]
pub struct GoalLinkView {
    pub url: String,
    pub code: String,
    pub statement: String,
    /// For a goal of a framework not imported here (a foreign goal, described by the node the
    /// content came from): the framework's title and that node. Empty for our own goals.
    pub framework: String,
}

/// One goal: where it sits, what replaced it, and the content aligned under it.
#[derive(Debug, Clone)]
pub struct GoalPage {
    pub code: String,
    pub statement: String,
    pub abbreviated: String,
    pub item_type: String,
    pub uri: String,
    pub education_levels: Vec<String>,
    pub retired: bool,
    pub framework_title: String,
    pub framework_url: String,
    pub parents: Vec<GoalLinkView>,
    pub children: Vec<GoalLinkView>,
    pub replaced_by: Vec<GoalLinkView>,
    pub replaces: Vec<GoalLinkView>,
    /// Goals of other frameworks that match this one (crosswalks), with how ("exact match").
    pub matches: Vec<(GoalLinkView, String)>,
    pub materials: Vec<MaterialCard>,
    pub case_studies: Vec<CaseStudyCard>,
    /// The search page filtered on this goal.
    pub search_url: String,
    /// For a signed-in person on a node that mails: whether they follow this goal, and where
    /// the follow form posts. `None`: no follow button.
    pub follow: Option<(bool, String)>,
}

/// A goal offered in the material form: aligned already, or suggested from the text.
#[derive(Debug, Clone)]
pub struct GoalChoiceView {
    pub uri: String,
    pub code: String,
    pub statement: String,
    pub checked: bool,
}

/// Someone followed, or following, on the network page.
#[derive(Debug, Clone)]
pub struct ActorLine {
    pub name: String,
    /// `@name@host`.
    pub handle: String,
    pub url: String,
    /// "pending" / "accepted", already translated.
    pub state: String,
    /// The form action that ends this follow (only for what the viewer follows).
    pub unfollow_url: Option<String>,
}

/// The network page: follow a node, teacher or network by handle, and who follows whom.
#[derive(Debug, Clone, Default)]
pub struct NetworkPage {
    /// The viewer's own handle and the node's, to share with partners.
    pub own_handle: String,
    pub node_handle: String,
    /// What was typed, kept when following failed, and why it failed (`("target", message)`).
    pub target: String,
    pub errors: Vec<(String, String)>,
    pub following: Vec<ActorLine>,
    pub followers: Vec<ActorLine>,
}

/// The federation part of the admin page.
#[derive(Debug, Clone, Default)]
pub struct FederationAdminView {
    pub modes: Vec<Choice>,
    /// One host per line.
    pub instances: String,
    pub deliveries: Vec<DeliveryLine>,
}

/// The moderators' page: open reports, from accounts here and from other nodes.
#[derive(Debug, Clone, Default)]
pub struct ModerationPage {
    pub reports: Vec<ReportLine>,
}

/// Outgoing deliveries to one instance.
#[derive(Debug, Clone)]
pub struct DeliveryLine {
    pub host: String,
    pub pending: i64,
    /// Translated: "ok", "retrying (3)", "unreachable".
    pub state: String,
    pub last_error: String,
    /// Deliveries the instance refused, newest first.
    pub refused: Vec<RefusedLine>,
}

/// A delivery an instance refused with a 4xx, and its answer.
#[derive(Debug, Clone)]
pub struct RefusedLine {
    pub activity: String,
    pub kind: String,
    pub status: i32,
    pub answer: String,
    pub at: String,
}

/// An open report for the moderators.
#[derive(Debug, Clone)]
pub struct ReportLine {
    pub object_url: String,
    pub comment: String,
    /// Who reported: an account here, or another node.
    pub reporter: String,
    pub created: String,
    pub resolve_url: String,
}

/// Likes of a piece of content and what the viewer can do about them.
#[derive(Debug, Clone, Default)]
pub struct Appreciation {
    pub likes: i64,
    /// Signed-in viewers of public content can like it and report it.
    pub can_react: bool,
    pub liked: bool,
}

/// The innovation networks hosted on this node (`/groups`), with the form to start one.
#[derive(Debug, Clone, Default)]
pub struct NetworksPage {
    pub networks: Vec<NetworkCard>,
    /// Signed-in accounts may start a network.
    pub can_create: bool,
    pub name: String,
    pub title: String,
    pub summary: String,
    pub join_mode: String,
    /// `(field, message)` of a failed attempt.
    pub errors: Vec<(String, String)>,
}

#[derive(Debug, Clone, Default)]
pub struct NetworkCard {
    pub url: String,
    pub title: String,
    pub summary: String,
    /// `@name@host`, to follow from anywhere.
    pub handle: String,
}

/// One network: who is in it, what was posted to it, and what the viewer may do.
#[derive(Debug, Clone, Default)]
pub struct GroupPage {
    /// `/groups/{name}`: the page, and the base of its forms.
    pub url: String,
    pub title: String,
    pub summary: String,
    pub handle: String,
    /// How people join, already translated.
    pub join_mode: String,
    pub members: Vec<MemberLine>,
    /// Join requests; only moderators get them.
    pub requests: Vec<MemberLine>,
    pub posts: Vec<PostLine>,
    /// Posts per month (absent for a network without any post yet).
    pub activity: Option<ActivityView>,
    /// The viewer's membership, already translated (`None`: not a member, or signed out).
    pub membership: Option<String>,
    pub signed_in: bool,
    pub can_moderate: bool,
    /// What a moderator typed to add someone, and why it failed.
    pub target: String,
    pub errors: Vec<(String, String)>,
}

#[derive(Debug, Clone, Default)]
pub struct MemberLine {
    pub actor_id: String,
    pub name: String,
    pub handle: String,
    pub url: String,
    /// Moderator or member, already translated.
    pub role: String,
    pub is_moderator: bool,
}

#[derive(Debug, Clone, Default)]
pub struct PostLine {
    pub url: String,
    pub title: String,
    pub summary: String,
    pub author: String,
    /// Material or case study, already translated.
    pub kind: String,
    /// The node it came from, for posts by members elsewhere.
    pub origin: Option<String>,
    /// For moderators: the form action that takes it out of the network.
    pub remove_url: Option<String>,
}

/// The "post to a network" form on one's own content.
#[derive(Debug, Clone, Default)]
pub struct NetworkShare {
    /// The form action.
    pub action: String,
    /// `(network URL, title)` the author can post to and has not yet.
    pub options: Vec<(String, String)>,
    /// Titles of networks it was posted to.
    pub posted_in: Vec<(String, String)>,
}

/// A collection (arrangement) in a list.
#[derive(Debug, Clone)]
pub struct CollectionCard {
    pub url: String,
    pub title: String,
    /// The start of its introduction, as plain text.
    pub introduction: String,
    pub language_code: String,
    pub item_count: usize,
    pub levels: Vec<String>,
    pub owner_name: String,
    pub updated: String,
    /// Set when not published (shown to its owner).
    pub status: Option<String>,
    /// The node it came from, when not this one.
    pub origin: Option<String>,
}

/// One entry of a collection, in order.
#[derive(Debug, Clone)]
pub struct CollectionItemView {
    pub url: String,
    /// Empty when the material cannot be shown (taken back, hidden, deleted).
    pub title: String,
    pub note: String,
    /// The node it lives on, when not this one.
    pub origin: Option<String>,
    pub available: bool,
    /// The owner's button to take it out of the list.
    pub remove_url: Option<String>,
    /// The material's URL, which the remove form sends.
    pub item_url: String,
}

/// The collection page.
#[derive(Debug, Clone)]
pub struct CollectionPage {
    pub url: String,
    pub title: String,
    pub introduction_html: String,
    pub language: String,
    pub language_code: String,
    pub license_name: String,
    pub license_url: String,
    pub levels: Vec<String>,
    pub subjects: Vec<String>,
    pub goals: Vec<GoalLinkView>,
    pub items: Vec<CollectionItemView>,
    pub owner_name: String,
    pub owner_url: String,
    pub status: String,
    pub status_id: String,
    pub hidden: bool,
    pub version: i32,
    pub created: String,
    pub updated: String,
    /// The collection this one was copied from.
    pub derived_from: Option<LinkView>,
    pub attribution: Vec<CreditView>,
    /// For a collection from another node: its host and its address there.
    pub origin: Option<String>,
    pub original_url: Option<String>,
    /// Accounts on other nodes following it (made here), or here (from elsewhere).
    pub followers: i64,
    pub feed_url: String,
    pub can: Permissions,
    pub viewing_version: Option<VersionView>,
    pub appreciation: Appreciation,
    pub network_share: Option<NetworkShare>,
    /// The network here that owns it: (its page, its title).
    pub network: Option<LinkView>,
    /// For its author: the networks they may give it to, `(name, title, chosen)`.
    pub network_choices: Vec<Choice>,
}

/// One row of the collection form's list: an item kept (with its title) or a new one.
#[derive(Debug, Clone, Default)]
pub struct CollectionFormItem {
    /// The material's URL (or, in a new row, what was typed: an address or id).
    pub material: String,
    pub title: String,
    pub note: String,
}

/// The form to make or edit a collection.
#[derive(Debug, Clone)]
pub struct CollectionForm {
    pub action: String,
    pub is_new: bool,
    pub title: String,
    pub introduction: String,
    pub language: String,
    pub levels: Vec<Choice>,
    pub subjects: Vec<Choice>,
    pub licenses: Vec<Choice>,
    pub statuses: Vec<Choice>,
    pub items: Vec<CollectionFormItem>,
    pub errors: Vec<(String, String)>,
    pub cancel_url: String,
    pub goal_choices: Vec<GoalChoiceView>,
    pub goals_available: bool,
    pub goal_query: String,
    /// The goal trees to browse, when the teacher asked for them (empty otherwise).
    pub goal_browse: Vec<GoalBrowseView>,
}

/// "Add to a collection" on a material page: the viewer's own collections to choose from.
#[derive(Debug, Clone)]
pub struct AddToCollection {
    pub action: String,
    /// `(collection id, title)`.
    pub options: Vec<(String, String)>,
    /// Where to start a new collection with this material in it.
    pub new_url: String,
}

/// A framework's goal tree offered in a form ("Bladeren"), narrowed to the level chosen.
#[derive(Debug, Clone)]
pub struct GoalBrowseView {
    pub title: String,
    /// The level it is narrowed to, as shown; `None`: all levels.
    pub level: Option<String>,
    pub roots: Vec<GoalNodeView>,
    /// URIs of the goals the form already aligns (shown as such, not as a second checkbox).
    pub aligned: Vec<String>,
}

/// A material a case study may name as related, in its form.
#[derive(Debug, Clone)]
pub struct RelatedChoice {
    pub id: String,
    pub title: String,
    pub checked: bool,
}

/// The reference of the JSON API (`/api/v1/docs`), made from its OpenAPI description.
#[derive(Debug, Clone, Default)]
pub struct ApiReferencePage {
    /// `info.title`, `info.version` and `info.description` of the description.
    pub title: String,
    pub version: String,
    pub description: String,
    /// Operations grouped by their first tag.
    pub groups: Vec<ApiGroup>,
    /// The named schemas (`components.schemas`) operations refer to.
    pub schemas: Vec<ApiSchema>,
}

/// The operations under one tag.
#[derive(Debug, Clone, Default)]
pub struct ApiGroup {
    /// The tag; empty: the operations without one.
    pub name: String,
    pub description: String,
    pub operations: Vec<ApiOperation>,
}

/// One operation: a method on a path.
#[derive(Debug, Clone, Default)]
pub struct ApiOperation {
    /// Upper case: `GET`.
    pub method: String,
    pub path: String,
    pub summary: String,
    pub description: String,
    pub auth: ApiAuth,
    pub deprecated: bool,
    pub parameters: Vec<ApiParameter>,
    pub request_body: Option<ApiBody>,
    pub responses: Vec<ApiResponse>,
}

/// Whether an operation needs a bearer token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ApiAuth {
    /// Anyone may call it.
    #[default]
    None,
    /// It works without a token, and answers more with one.
    Optional,
    Required,
}

#[derive(Debug, Clone, Default)]
pub struct ApiParameter {
    pub name: String,
    /// Where it goes, as OpenAPI names it: `path`, `query`, `header` or `cookie`.
    pub location: String,
    pub required: bool,
    pub type_text: TypeText,
    pub description: String,
    /// The values it allows, when it is an enumeration.
    pub enum_values: Vec<String>,
}

/// What an operation takes in its body.
#[derive(Debug, Clone, Default)]
pub struct ApiBody {
    pub description: String,
    pub required: bool,
    /// One per media type it accepts.
    pub content: Vec<ApiContent>,
}

/// A body in one media type.
#[derive(Debug, Clone, Default)]
pub struct ApiContent {
    pub content_type: String,
    pub type_text: TypeText,
}

#[derive(Debug, Clone, Default)]
pub struct ApiResponse {
    /// `200`, `4XX` or `default`.
    pub status: String,
    pub description: String,
    /// Empty: no body.
    pub content: Vec<ApiContent>,
}

/// A named schema.
#[derive(Debug, Clone, Default)]
pub struct ApiSchema {
    pub name: String,
    pub description: String,
    /// What it is: `object`, `string`, `Material | Collection`, …
    pub type_text: TypeText,
    /// The values it allows, when it is an enumeration.
    pub enum_values: Vec<String>,
    pub properties: Vec<ApiProperty>,
}

/// A property of an object schema.
#[derive(Debug, Clone, Default)]
pub struct ApiProperty {
    pub name: String,
    pub type_text: TypeText,
    pub required: bool,
    /// It may be `null` (its type text then ends in `| null`).
    pub nullable: bool,
    pub description: String,
    pub enum_values: Vec<String>,
}

/// A schema's type as short text, such as `array of Material`, in parts so the page can link
/// each schema name to its description.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypeText {
    pub parts: Vec<TypePart>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypePart {
    Text(String),
    /// The name of a schema in `components.schemas`.
    Schema(String),
}

impl TypeText {
    pub fn text(text: &str) -> TypeText {
        TypeText { parts: vec![TypePart::Text(text.to_owned())] }
    }

    pub fn schema(name: &str) -> TypeText {
        TypeText { parts: vec![TypePart::Schema(name.to_owned())] }
    }

    pub fn is_empty(&self) -> bool {
        self.parts.iter().all(|part| match part {
            TypePart::Text(text) | TypePart::Schema(text) => text.is_empty(),
        })
    }

    /// `other` after this one; adjacent text parts merge, so equal types compare equal however they were built.
    pub fn push(&mut self, other: TypeText) {
        for part in other.parts {
            match (self.parts.last_mut(), part) {
                (_, TypePart::Text(text)) if text.is_empty() => {}
                (Some(TypePart::Text(last)), TypePart::Text(text)) => last.push_str(&text),
                (_, part) => self.parts.push(part),
            }
        }
    }

    /// The text without links: `array of Material`.
    pub fn plain(&self) -> String {
        self.parts
            .iter()
            .map(|part| match part {
                TypePart::Text(text) | TypePart::Schema(text) => text.as_str(),
            })
            .collect()
    }
}
