//! Creative Commons licences (SPDX ids) and the rules for remixing under them.
//!
//! The remix rules follow Creative Commons' own guidance for adapters:
//! - ND (NoDerivatives) forbids publishing an adaptation at all;
//! - SA (ShareAlike) requires the same licence elements, at the same or a later version;
//! - NC (NonCommercial) must be kept;
//! - BY requires attribution, and an adaptation may carry any licence that keeps BY;
//! - CC0 allows anything, attribution is a courtesy.

/// The licence elements of a Creative Commons licence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Elements {
    by: bool,
    sa: bool,
    nc: bool,
    nd: bool,
}

/// A Creative Commons licence, identified by its SPDX id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct License {
    spdx: &'static str,
    elements: Elements,
    /// Major version (3 or 4); 0 for CC0.
    version: u8,
}

const fn cc(spdx: &'static str, sa: bool, nc: bool, nd: bool, version: u8) -> License {
    License { spdx, elements: Elements { by: true, sa, nc, nd }, version }
}

// The OpenAPI schema: a string, the SPDX id of one of the licences Deelwijs accepts.
impl utoipa::PartialSchema for License {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some("SPDX id of a Creative Commons licence (names and URLs: `GET /api/v1/vocabularies`)."))
            .enum_values(Some(ALL.iter().map(|license| license.spdx)))
            .into()
    }
}

impl utoipa::ToSchema for License {}

/// On the wire a licence is its SPDX id.
impl serde::Serialize for License {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.spdx)
    }
}

/// Every licence Deelwijs accepts, most open first.
pub const ALL: &[License] = &[
    License { spdx: "CC0-1.0", elements: Elements { by: false, sa: false, nc: false, nd: false }, version: 0 },
    cc("CC-BY-4.0", false, false, false, 4),
    cc("CC-BY-SA-4.0", true, false, false, 4),
    cc("CC-BY-NC-4.0", false, true, false, 4),
    cc("CC-BY-NC-SA-4.0", true, true, false, 4),
    cc("CC-BY-ND-4.0", false, false, true, 4),
    cc("CC-BY-NC-ND-4.0", false, true, true, 4),
    cc("CC-BY-3.0", false, false, false, 3),
    cc("CC-BY-SA-3.0", true, false, false, 3),
    cc("CC-BY-NC-3.0", false, true, false, 3),
    cc("CC-BY-NC-SA-3.0", true, true, false, 3),
    cc("CC-BY-ND-3.0", false, false, true, 3),
    cc("CC-BY-NC-ND-3.0", false, true, true, 3),
];

/// Content from other software that states no licence we recognise: SPDX's `NOASSERTION`.
/// Never offered to our own authors (it is not in `ALL`, so `parse` refuses it). Treated as
/// all rights reserved: it cannot be remixed, and no licence URL or name is claimed for it.
pub const UNKNOWN: License = License { spdx: "NOASSERTION", elements: Elements { by: true, sa: false, nc: true, nd: true }, version: u8::MAX };

/// Why a remix under a licence is not allowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RemixError {
    #[error("the licence {0} does not allow adaptations (NoDerivatives)")]
    ForbidsRemix(&'static str),
    #[error("a remix of material under {from} cannot be published under {target}; allowed: {allowed}")]
    Incompatible { from: &'static str, target: &'static str, allowed: String },
}

impl License {
    pub fn parse(spdx: &str) -> Option<License> {
        ALL.iter().copied().find(|license| license.spdx.eq_ignore_ascii_case(spdx.trim()))
    }

    pub fn spdx(self) -> &'static str {
        self.spdx
    }

    /// The licence behind a Creative Commons deed URL (http or https, with or without the
    /// trailing slash or a `legalcode` suffix), as other servers send it.
    pub fn from_url(url: &str) -> Option<License> {
        let normalize = |u: &str| {
            let u = u.trim().trim_start_matches("https://").trim_start_matches("http://");
            let u = u.trim_end_matches('/');
            u.strip_suffix("/legalcode").unwrap_or(u).trim_end_matches('/').to_ascii_lowercase()
        };
        let wanted = normalize(url);
        ALL.iter().copied().find(|license| normalize(&license.url()) == wanted)
    }

    /// The canonical Creative Commons deed URL; empty for `UNKNOWN`.
    pub fn url(self) -> String {
        if self.is_unknown() {
            return String::new();
        }
        if self.version == 0 {
            return "https://creativecommons.org/publicdomain/zero/1.0/".to_owned();
        }
        let e = self.elements;
        let mut code = String::from("by");
        if e.nc {
            code.push_str("-nc");
        }
        if e.sa {
            code.push_str("-sa");
        }
        if e.nd {
            code.push_str("-nd");
        }
        format!("https://creativecommons.org/licenses/{code}/{}.0/", self.version)
    }

    /// The short human name, e.g. "CC BY-SA 4.0".
    pub fn short_name(self) -> String {
        if self.is_unknown() {
            return "?".to_owned();
        }
        if self.version == 0 {
            return "CC0 1.0".to_owned();
        }
        let e = self.elements;
        let mut name = String::from("CC BY");
        if e.nc {
            name.push_str("-NC");
        }
        if e.sa {
            name.push_str("-SA");
        }
        if e.nd {
            name.push_str("-ND");
        }
        format!("{name} {}.0", self.version)
    }

    /// Whether this is `UNKNOWN`: remote content without a licence we recognise.
    pub fn is_unknown(self) -> bool {
        self == UNKNOWN
    }

    pub fn requires_attribution(self) -> bool {
        self.elements.by
    }

    pub fn allows_remix(self) -> bool {
        !self.elements.nd
    }

    /// The licences a remix of material under `self` may carry.
    pub fn allowed_remix_licenses(self) -> Result<Vec<License>, RemixError> {
        if !self.allows_remix() {
            return Err(RemixError::ForbidsRemix(self.spdx));
        }
        Ok(ALL.iter().copied().filter(|target| self.permits_adaptation_under(*target)).collect())
    }

    /// Checks that a remix of material under `self` may be published under `target`.
    pub fn check_remix(self, target: License) -> Result<(), RemixError> {
        let allowed = self.allowed_remix_licenses()?;
        if allowed.contains(&target) {
            return Ok(());
        }
        Err(RemixError::Incompatible { from: self.spdx, target: target.spdx, allowed: allowed.iter().map(|l| l.spdx).collect::<Vec<_>>().join(", ") })
    }

    fn permits_adaptation_under(self, target: License) -> bool {
        let (s, t) = (self.elements, target.elements);
        if !s.by {
            return true; // CC0: anything goes.
        }
        if !t.by {
            return false; // Attribution may not be dropped.
        }
        if s.sa {
            // Same licence elements, same or later version.
            return t == s && target.version >= self.version;
        }
        if s.nc && !t.nc {
            return false;
        }
        true
    }
}

impl std::fmt::Display for License {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.spdx)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn licences_are_found_by_their_deed_url() {
        for license in ALL {
            assert_eq!(License::from_url(&license.url()), Some(*license));
        }
        assert_eq!(License::from_url("http://creativecommons.org/licenses/by-sa/4.0/legalcode").map(License::spdx), Some("CC-BY-SA-4.0"));
        assert_eq!(License::from_url("https://example.org/licence"), None);
    }

    use super::*;

    /// `check(source, expected allowed targets)`; `None` means the source forbids remixing.
    fn check(source: &str, expected: Option<&[&str]>) {
        let license = License::parse(source).unwrap();
        let actual = license.allowed_remix_licenses().ok().map(|all| all.iter().map(|l| l.spdx()).collect::<Vec<_>>());
        assert_eq!(actual.as_deref(), expected, "allowed remix licences of {source}");
    }

    #[test]
    fn remix_compatibility_table() {
        let all: Vec<&str> = ALL.iter().map(|l| l.spdx()).collect();
        check("CC0-1.0", Some(&all));
        let by_family: Vec<&str> = all.iter().copied().filter(|s| *s != "CC0-1.0").collect();
        check("CC-BY-4.0", Some(&by_family));
        check("CC-BY-3.0", Some(&by_family));
        check("CC-BY-SA-4.0", Some(&["CC-BY-SA-4.0"]));
        check("CC-BY-SA-3.0", Some(&["CC-BY-SA-4.0", "CC-BY-SA-3.0"]));
        check("CC-BY-NC-4.0", Some(&["CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-NC-ND-4.0", "CC-BY-NC-3.0", "CC-BY-NC-SA-3.0", "CC-BY-NC-ND-3.0"]));
        check("CC-BY-NC-SA-4.0", Some(&["CC-BY-NC-SA-4.0"]));
        check("CC-BY-NC-SA-3.0", Some(&["CC-BY-NC-SA-4.0", "CC-BY-NC-SA-3.0"]));
        check("CC-BY-ND-4.0", None);
        check("CC-BY-NC-ND-4.0", None);
        check("CC-BY-ND-3.0", None);
        check("CC-BY-NC-ND-3.0", None);
    }

    #[test]
    fn check_remix_reports_the_right_error() {
        let nd = License::parse("CC-BY-ND-4.0").unwrap();
        let sa = License::parse("CC-BY-SA-4.0").unwrap();
        let by = License::parse("CC-BY-4.0").unwrap();
        let cc0 = License::parse("CC0-1.0").unwrap();
        assert_eq!(nd.check_remix(by), Err(RemixError::ForbidsRemix("CC-BY-ND-4.0")));
        assert!(matches!(sa.check_remix(by), Err(RemixError::Incompatible { .. })));
        assert!(matches!(by.check_remix(cc0), Err(RemixError::Incompatible { .. })));
        assert_eq!(cc0.check_remix(cc0), Ok(()));
        assert_eq!(by.check_remix(sa), Ok(()));
    }

    #[test]
    fn names_and_urls() {
        let l = License::parse("cc-by-nc-sa-4.0").unwrap();
        assert_eq!(l.short_name(), "CC BY-NC-SA 4.0");
        assert_eq!(l.url(), "https://creativecommons.org/licenses/by-nc-sa/4.0/");
        assert_eq!(License::parse("CC0-1.0").unwrap().url(), "https://creativecommons.org/publicdomain/zero/1.0/");
        assert!(License::parse("GPL-3.0").is_none());
        assert!(!License::parse("CC0-1.0").unwrap().requires_attribution());
    }
}
