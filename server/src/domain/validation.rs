//! Field-level validation errors shared by every form and API payload.

use std::collections::BTreeMap;

/// Machine-readable reason a field was rejected; the UI translates it, the API sends the code
/// and an English message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldProblem {
    Required,
    TooLong,
    TooMany,
    UnknownLicense,
    UnknownLanguage,
    UnknownValue,
    OutOfRange,
    InvalidUrl,
    InvalidFormat,
    Taken,
    TooShort,
    /// A password given to confirm a change is not the account's.
    Wrong,
    /// The same as the current value, so nothing would change.
    Unchanged,
}

impl FieldProblem {
    pub fn code(self) -> &'static str {
        match self {
            FieldProblem::Required => "required",
            FieldProblem::TooLong => "too_long",
            FieldProblem::TooMany => "too_many",
            FieldProblem::UnknownLicense => "unknown_license",
            FieldProblem::UnknownLanguage => "unknown_language",
            FieldProblem::UnknownValue => "unknown_value",
            FieldProblem::OutOfRange => "out_of_range",
            FieldProblem::InvalidUrl => "invalid_url",
            FieldProblem::InvalidFormat => "invalid_format",
            FieldProblem::Taken => "taken",
            FieldProblem::TooShort => "too_short",
            FieldProblem::Wrong => "wrong",
            FieldProblem::Unchanged => "unchanged",
        }
    }

    pub fn message_en(self) -> &'static str {
        match self {
            FieldProblem::Required => "This field is required.",
            FieldProblem::TooLong => "This is too long.",
            FieldProblem::TooMany => "There are too many values.",
            FieldProblem::UnknownLicense => "Unknown licence: use an SPDX id such as CC-BY-4.0.",
            FieldProblem::UnknownLanguage => "Unknown language: use a BCP 47 tag such as nl or en-GB.",
            FieldProblem::UnknownValue => "This value is not in the vocabulary.",
            FieldProblem::OutOfRange => "This number is out of range.",
            FieldProblem::InvalidUrl => "Use a full http:// or https:// address.",
            FieldProblem::InvalidFormat => "This value has the wrong format.",
            FieldProblem::Taken => "This is already in use.",
            FieldProblem::TooShort => "This is too short.",
            FieldProblem::Wrong => "This password is not right.",
            FieldProblem::Unchanged => "This is already the current value.",
        }
    }
}

/// Problems per field name; empty means valid.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(pub BTreeMap<String, FieldProblem>);

impl FieldErrors {
    /// One problem with one field.
    pub fn one(field: &str, problem: FieldProblem) -> FieldErrors {
        let mut errors = FieldErrors::default();
        errors.add(field, problem);
        errors
    }

    pub fn add(&mut self, field: &str, problem: FieldProblem) {
        self.0.entry(field.to_owned()).or_insert(problem);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<FieldProblem> {
        self.0.get(field).copied()
    }

    /// `Ok(value)` when no problem was recorded.
    pub fn into_result<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

/// A required single-line text: trimmed, non-empty, at most `max_chars` characters.
pub fn required_text(errors: &mut FieldErrors, field: &str, value: Option<&str>, max_chars: usize) -> String {
    let value = value.map(str::trim).unwrap_or_default();
    if value.is_empty() {
        errors.add(field, FieldProblem::Required);
    } else if value.chars().count() > max_chars {
        errors.add(field, FieldProblem::TooLong);
    }
    value.to_owned()
}

/// An optional text: trimmed, at most `max_bytes` bytes.
pub fn optional_text(errors: &mut FieldErrors, field: &str, value: Option<&str>, max_bytes: usize) -> String {
    let value = value.map(str::trim).unwrap_or_default();
    if value.len() > max_bytes {
        errors.add(field, FieldProblem::TooLong);
    }
    value.to_owned()
}

/// A list of vocabulary ids, each parsed by `parse`; duplicates are dropped, order kept.
pub fn vocabulary_list<T: PartialEq>(errors: &mut FieldErrors, field: &str, values: &[String], parse: impl Fn(&str) -> Option<T>, required: bool) -> Vec<T> {
    let mut parsed = Vec::new();
    for value in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        match parse(value) {
            Some(item) if !parsed.contains(&item) => parsed.push(item),
            Some(_) => {}
            None => errors.add(field, FieldProblem::UnknownValue),
        }
    }
    if required && parsed.is_empty() {
        errors.add(field, FieldProblem::Required);
    }
    parsed
}

/// Free-form tags (keywords, author names): trimmed, de-duplicated, bounded in count and length.
pub fn tag_list(errors: &mut FieldErrors, field: &str, values: &[String], max_count: usize, max_chars: usize) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for value in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        if value.chars().count() > max_chars {
            errors.add(field, FieldProblem::TooLong);
        } else if !tags.iter().any(|t| t.eq_ignore_ascii_case(value)) {
            tags.push(value.to_owned());
        }
    }
    if tags.len() > max_count {
        errors.add(field, FieldProblem::TooMany);
    }
    tags
}

/// Tags from another server, kept within the limits `tag_list` enforces on our own input:
/// at most `max_count`, each cut to `max_chars`, without duplicates.
pub fn clip_tags(values: &[String], max_count: usize, max_chars: usize) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for value in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        let clipped: String = value.chars().take(max_chars).collect();
        if tags.len() < max_count && !tags.iter().any(|t| t.eq_ignore_ascii_case(&clipped)) {
            tags.push(clipped);
        }
    }
    tags
}

/// An absolute http(s) URL.
pub fn is_web_url(value: &str) -> bool {
    url::Url::parse(value).is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
}
