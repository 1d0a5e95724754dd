//! Deelwijs HTML pages: maud templates that turn the view models in [`views`] into complete documents.

pub mod assets;
pub mod i18n;
mod layout;
pub mod mail;
mod pages;
pub mod views;

use views::*;

/// The home page.
pub fn home(ctx: &PageCtx, page: &HomePage) -> String {
    pages::home::render(ctx, page).into_string()
}

/// The goal coverage of one framework for a search.
pub fn coverage(ctx: &PageCtx, page: &CoveragePage) -> String {
    pages::curricula::coverage_page(ctx, page).into_string()
}

/// A page of materials.
pub fn material_list(ctx: &PageCtx, page: &ListPage<MaterialCard>) -> String {
    pages::materials::list(ctx, page).into_string()
}

/// One material (or an old version of it).
pub fn material(ctx: &PageCtx, page: &MaterialPage) -> String {
    pages::materials::render(ctx, page).into_string()
}

/// A page of collections.
pub fn collection_list(ctx: &PageCtx, page: &ListPage<CollectionCard>) -> String {
    pages::collections::list(ctx, page).into_string()
}

/// One collection (or an old version of it).
pub fn collection(ctx: &PageCtx, page: &CollectionPage) -> String {
    pages::collections::render(ctx, page).into_string()
}

/// The form to make or edit a collection.
pub fn collection_form(ctx: &PageCtx, form: &CollectionForm) -> String {
    pages::collection_form(ctx, form).into_string()
}

/// The form to write or edit a material.
pub fn material_form(ctx: &PageCtx, form: &MaterialForm) -> String {
    pages::material_form(ctx, form).into_string()
}

/// The version history of a material or case study.
pub fn history(ctx: &PageCtx, page: &HistoryPage) -> String {
    pages::history::render(ctx, page).into_string()
}

/// The remix flow of a material.
pub fn remix(ctx: &PageCtx, page: &RemixPage) -> String {
    pages::remix::render(ctx, page).into_string()
}

/// A page of case studies.
pub fn case_study_list(ctx: &PageCtx, page: &ListPage<CaseStudyCard>) -> String {
    pages::case_studies::list(ctx, page).into_string()
}

/// One case study (or an old version of it).
pub fn case_study(ctx: &PageCtx, page: &CaseStudyPage) -> String {
    pages::case_studies::render(ctx, page).into_string()
}

/// The form to write or edit a case study.
pub fn case_study_form(ctx: &PageCtx, form: &CaseStudyForm) -> String {
    pages::case_study_form(ctx, form).into_string()
}

/// The criteria of the node's quality mark and what carries it.
pub fn quality(ctx: &PageCtx, page: &QualityPage) -> String {
    pages::quality::render(ctx, page).into_string()
}

/// The help questions.
pub fn question_list(ctx: &PageCtx, page: &QuestionList) -> String {
    pages::questions::list(ctx, page).into_string()
}

/// One help question with its answers and matches.
pub fn question(ctx: &PageCtx, page: &QuestionPage) -> String {
    pages::questions::render(ctx, page).into_string()
}

/// The form to ask or change a help question.
pub fn question_form(ctx: &PageCtx, form: &QuestionForm) -> String {
    pages::questions::form(ctx, form).into_string()
}

/// The sign-in form.
pub fn sign_in(ctx: &PageCtx, form: &AuthForm) -> String {
    pages::auth::sign_in(ctx, form).into_string()
}

/// The sign-up form (or the notice that registration is closed).
pub fn sign_up(ctx: &PageCtx, form: &AuthForm) -> String {
    pages::auth::sign_up(ctx, form).into_string()
}

/// Asking for a password-reset link, or choosing a new password with one.
pub fn password_reset(ctx: &PageCtx, form: &ResetForm) -> String {
    pages::auth::password_reset(ctx, form).into_string()
}

/// Unsubscribing from notification mail: the button (`action`), or that it is done (`None`).
pub fn unsubscribe(ctx: &PageCtx, what: &str, action: Option<&str>) -> String {
    pages::privacy::unsubscribe(ctx, what, action).into_string()
}

/// The privacy statement (`/privacy`).
pub fn privacy(ctx: &PageCtx, page: &PrivacyPage) -> String {
    pages::privacy::render(ctx, page).into_string()
}

/// The reference of the JSON API (`/api/v1/docs`), made from its OpenAPI description.
pub fn api_reference(ctx: &PageCtx, page: &ApiReferencePage) -> String {
    pages::api_reference::render(ctx, page).into_string()
}

/// The signed-in user's account page.
pub fn account(ctx: &PageCtx, page: &AccountPage) -> String {
    pages::account::render(ctx, page).into_string()
}

/// The administrator's page.
pub fn admin(ctx: &PageCtx, page: &AdminPage) -> String {
    pages::admin::render(ctx, page).into_string()
}

/// The moderators' page: open reports.
pub fn moderation(ctx: &PageCtx, page: &ModerationPage) -> String {
    pages::moderation::render(ctx, page).into_string()
}

/// The network page: follows by handle, followers.
pub fn network(ctx: &PageCtx, page: &NetworkPage) -> String {
    pages::network::render(ctx, page).into_string()
}

/// The innovation networks on this node.
pub fn networks(ctx: &PageCtx, page: &NetworksPage) -> String {
    pages::groups::list(ctx, page).into_string()
}

/// One innovation network.
pub fn group(ctx: &PageCtx, page: &GroupPage) -> String {
    pages::groups::render(ctx, page).into_string()
}

/// A public profile.
pub fn profile(ctx: &PageCtx, page: &ProfilePage) -> String {
    pages::profile::render(ctx, page).into_string()
}

/// An error page.
pub fn error(ctx: &PageCtx, page: &ErrorPage) -> String {
    pages::error::render(ctx, page).into_string()
}

#[cfg(test)]
mod tests;

/// The search page.
pub fn search(ctx: &PageCtx, page: &SearchPage) -> String {
    pages::search::render(ctx, page).into_string()
}

/// The curriculum frameworks on this node.
pub fn curricula(ctx: &PageCtx, page: &CurriculaPage) -> String {
    pages::curricula::list(ctx, page).into_string()
}

/// One framework with its goal tree.
pub fn framework(ctx: &PageCtx, page: &FrameworkPage) -> String {
    pages::curricula::framework(ctx, page).into_string()
}

/// One goal with the content aligned under it.
pub fn goal(ctx: &PageCtx, page: &GoalPage) -> String {
    pages::curricula::goal(ctx, page).into_string()
}
