//! The Deelwijs search index.
