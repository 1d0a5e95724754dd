//! The page shell every page shares: document head, skip link, header with navigation, search and language switch, notice, footer.

use maud::{html, Markup, DOCTYPE};

use crate::i18n::Lang;
use crate::views::{Head, PageCtx};

/// How wide the main column may grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Width {
    /// Lists, content pages and tables.
    Wide,
    /// Forms and short texts, for comfortable reading.
    Narrow,
}

/// The full HTML document around `content`, titled "`title` · node name".
pub(crate) fn page(ctx: &PageCtx, title: &str, width: Width, content: Markup) -> Markup {
    page_with(ctx, title, width, &Head::default(), content)
}

/// `page`, with feeds and structured data in the document head.
pub(crate) fn page_with(ctx: &PageCtx, title: &str, width: Width, extra: &Head, content: Markup) -> Markup {
    let l = ctx.lang;
    let full_title = if title.is_empty() { ctx.node_name.clone() } else { format!("{title} · {}", ctx.node_name) };
    html! {
        (DOCTYPE)
        html lang=(l.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light dark";
                meta name="generator" content="Deelwijs";
                title { (full_title) }
                link rel="stylesheet" href="/assets/style.css";
                link rel="icon" href="/favicon.svg" type="image/svg+xml";
                @for feed in &ctx.feeds {
                    link rel="alternate" type=(feed.media_type) title=(feed.title) href=(feed.href);
                }
                // Data for machines, never run: the CSP allows no script, and this is no script.
                @if let Some(data) = &extra.structured_data {
                    script type="application/ld+json" { (maud::PreEscaped(data)) }
                }
            }
            body {
                a.skip-link href="#main" { (l.t("skip-to-content")) }
                (header(ctx))
                main #main .site-main .wrap .wrap--narrow[width == Width::Narrow] {
                    @if let Some(notice) = &ctx.notice {
                        p.notice role="status" { (notice) }
                    }
                    (content)
                }
                (footer(l))
            }
        }
    }
}

fn header(ctx: &PageCtx) -> Markup {
    let l = ctx.lang;
    let current = |prefix: &str| is_under(&ctx.path, prefix).then_some("page");
    html! {
        header.site-header {
            div.site-header__top {
                div.wrap.site-header__top-inner {
                    @if current("/search").is_none() {
                        form.header-search method="get" action="/search" role="search" aria-label=(l.t("site")) {
                            label.visually-hidden for="header-search-q" { (l.t("search-materials-and-case")) }
                            input.input.header-search__input type="search" id="header-search-q" name="q" autocomplete="off" enterkeyhint="search"
                                placeholder=(l.t("search-by-keyword"));
                            button.button.button--small.button--secondary type="submit" { (l.t("search")) }
                        }
                    }
                    nav.user-nav aria-label=(l.t("account")) {
                        ul {
                            @if let Some(user) = &ctx.user {
                                li {
                                    a href="/account" aria-current=[current("/account")] {
                                        span.visually-hidden { (l.t("my-account")) }
                                        span.user-nav__avatar aria-hidden="true" { (initial(&user.display_name)) }
                                        span.user-nav__name { (user.display_name) }
                                    }
                                }
                                li { a href="/network" aria-current=[current("/network")] { (l.t("network")) } }
                                @if user.is_moderator {
                                    li { a href="/moderation" aria-current=[current("/moderation")] { (l.t("moderation")) } }
                                }
                                @if user.is_admin {
                                    li { a href="/admin" aria-current=[current("/admin")] { (l.t("admin")) } }
                                }
                                li {
                                    form.inline-form method="post" action="/sign-out" {
                                        (csrf_field(ctx))
                                        button.link-button type="submit" { (l.t("sign-out")) }
                                    }
                                }
                            } @else {
                                li { a href="/sign-in" aria-current=[current("/sign-in")] { (l.t("sign-in")) } }
                                li { a href="/sign-up" aria-current=[current("/sign-up")] { (l.t("sign-up")) } }
                            }
                        }
                    }
                    nav.lang-nav aria-label=(l.t("language")) {
                        ul {
                            @for other in Lang::ALL.into_iter().filter(|&other| other != l) {
                                li {
                                    a href={ "/lang/" (other.code()) "?back=" (percent_encode(&ctx.path)) } lang=(other.code()) hreflang=(other.code()) {
                                        (other.native_name())
                                    }
                                }
                            }
                        }
                    }
                }
            }
            div.wrap.site-header__inner {
                a.brand href="/" {
                    img.brand__mark src="/favicon.svg" alt="" width="36" height="36";
                    span.brand__name { (ctx.node_name) }
                }
                nav.site-nav aria-label=(l.t("main-menu")) {
                    ul {
                        li { a href="/materials" aria-current=[current("/materials")] { (l.t("materials")) } }
                        li { a href="/collections" aria-current=[current("/collections")] { (l.t("collections")) } }
                        li { a href="/case-studies" aria-current=[current("/case-studies")] { (l.t("case-studies")) } }
                        li { a href="/curricula" aria-current=[current("/curricula").or(current("/goals"))] { (l.t("learning-goals")) } }
                        li { a href="/groups" aria-current=[current("/groups")] { (l.t("networks")) } }
                        li { a href="/questions" aria-current=[current("/questions")] { (l.t("questions")) } }
                        li { a href="/search" aria-current=[current("/search")] { (l.t("search")) } }
                    }
                }
                @if ctx.user.is_some() {
                    nav.share-nav aria-label=(l.t("share")) {
                        ul {
                            li { a.button.button--small href="/materials/new" {
                                span aria-hidden="true" { "+" }
                                span.visually-hidden { (l.t("new")) }
                                (l.t("material"))
                            } }
                            li { a.button.button--small.button--secondary href="/case-studies/new" {
                                span aria-hidden="true" { "+" }
                                span.visually-hidden { (l.t("new")) }
                                (l.t("case-study"))
                            } }
                        }
                    }
                }
            }
        }
    }
}

/// The first letter of a name, for a small avatar.
fn initial(name: &str) -> String {
    name.chars().find(|c| c.is_alphanumeric()).map(|c| c.to_uppercase().collect()).unwrap_or_default()
}

fn footer(l: Lang) -> Markup {
    html! {
        footer.site-footer {
            div.wrap.site-footer__inner {
                p { "Deelwijs — open source (AGPL-3.0-or-later)" }
                p.site-footer__tagline {
                    (l.t("open-learning-materials-and"))
                }
                nav aria-label=(l.t("about-this-node")) {
                    ul {
                        li { a href="/privacy" { (l.t("privacy")) } }
                        li { a href="/quality" { (l.t("quality-criteria")) } }
                        li { a href="/api/v1/node" { (l.t("about-this-node-json")) } }
                        li { a href="/api/v1/docs" { (l.t("api-reference")) } }
                    }
                }
            }
        }
    }
}

/// The hidden CSRF field every POST form carries.
pub(crate) fn csrf_field(ctx: &PageCtx) -> Markup {
    html! { input type="hidden" name="csrf" value=(ctx.csrf); }
}

/// Whether `path` (with query) is `prefix` or below it.
fn is_under(path: &str, prefix: &str) -> bool {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    path == prefix || path.strip_prefix(prefix).is_some_and(|rest| rest.starts_with('/'))
}

/// Percent-encodes a path and query for use as one query parameter value.
pub(crate) fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes a percent-encoded query parameter value (`+` is a space); invalid escapes stay as they are.
pub(crate) fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i..i + 3) {
            Some([b'%', high, low]) => char::from(*high).to_digit(16).zip(char::from(*low).to_digit(16)),
            _ => None,
        };
        match (bytes[i], escaped) {
            (_, Some((high, low))) => {
                out.push(u8::try_from(high * 16 + low).unwrap_or(b'?'));
                i += 3;
                continue;
            }
            (b'+', None) => out.push(b' '),
            (other, None) => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of `name` in the query of `path`, decoded.
pub(crate) fn query_param(path: &str, name: &str) -> Option<String> {
    let query = path.split_once('?')?.1.split('#').next().unwrap_or_default();
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (key == name).then(|| percent_decode(value))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_round_trips() {
        assert_eq!(percent_encode("/materials?page=2&q=a b"), "/materials%3Fpage%3D2%26q%3Da%20b");
        assert_eq!(percent_decode("%2Fmaterials%2Fnew%3Fx%3D1+y"), "/materials/new?x=1 y");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(query_param("/sign-in?next=%2Faccount&x=1", "next").as_deref(), Some("/account"));
        assert!(is_under("/materials/abc?x", "/materials"));
        assert!(!is_under("/materials-old", "/materials"));
    }
}
