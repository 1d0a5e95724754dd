//! The stylesheet and icon, embedded in the binary; the server serves them at `/assets/style.css` and `/favicon.svg`.

/// The one stylesheet of every page.
pub const STYLE_CSS: &str = include_str!("../assets/style.css");

/// The site icon (also the logo mark in the header).
pub const FAVICON_SVG: &str = include_str!("../assets/favicon.svg");
