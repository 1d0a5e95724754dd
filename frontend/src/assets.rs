//! The stylesheet and icon, embedded in the binary; the server serves them at `/assets/style.css` and `/favicon.svg`.

/// The one stylesheet of every page.
pub const STYLE_CSS: &str = include_str!("../assets/style.css");

/// The site icon (also the logo mark in the header).
pub const FAVICON_SVG: &str = include_str!("../assets/favicon.svg");

/// The same icon as a 256×256 PNG (rendered from the SVG), for ActivityPub actors: Mastodon and
/// most fediverse software show raster avatars only.
pub const ICON_PNG: &[u8] = include_bytes!("../assets/icon.png");
