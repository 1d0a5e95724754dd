//! Sign-up input and its rules: usernames that work as handles (`@name@host`), sane passwords.

use serde::Deserialize;

use super::validation::{FieldErrors, FieldProblem};
use super::vocab::{AccountStatus, RegistrationMode, Role};

/// What someone types to create an account.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SignUpInput {
    pub username: String,
    pub email: String,
    pub display_name: String,
    pub password: String,
}

/// Validated sign-up fields.
#[derive(Debug, Clone)]
pub struct SignUp {
    pub username: String,
    pub email: String,
    pub display_name: String,
    pub password: String,
}

pub const MIN_PASSWORD_CHARS: usize = 10;

impl SignUp {
    pub fn parse(input: &SignUpInput) -> Result<SignUp, FieldErrors> {
        let mut errors = FieldErrors::default();
        let username = input.username.trim().to_ascii_lowercase();
        if username.is_empty() {
            errors.add("username", FieldProblem::Required);
        } else if !is_valid_username(&username) {
            errors.add("username", FieldProblem::InvalidFormat);
        }
        // Addresses are kept and compared in lower case: `Juf@School.nl` is `juf@school.nl`.
        let email = normalize_email(&input.email).unwrap_or_else(|problem| {
            errors.add("email", problem);
            String::new()
        });
        let display_name = match input.display_name.trim() {
            "" => username.clone(),
            name if name.chars().count() > 100 => {
                errors.add("display_name", FieldProblem::TooLong);
                name.to_owned()
            }
            name => name.to_owned(),
        };
        if let Some(problem) = password_problem(&input.password) {
            errors.add("password", problem);
        }
        errors.into_result(SignUp { username, email, display_name, password: input.password.clone() })
    }
}

/// The role and status a new account gets: the node's first account is its administrator (so a
/// fresh node can be set up from the browser); after that the registration mode decides, and a
/// closed mode makes none (`None`).
pub fn new_account_standing(first_account: bool, mode: RegistrationMode) -> Option<(Role, AccountStatus)> {
    match (first_account, mode) {
        (true, _) => Some((Role::Admin, AccountStatus::Active)),
        (false, RegistrationMode::Closed) => None,
        (false, RegistrationMode::Approval) => Some((Role::Member, AccountStatus::Pending)),
        (false, RegistrationMode::Open) => Some((Role::Member, AccountStatus::Active)),
    }
}

/// What is wrong with a new password, if anything: at least 10 characters, at most 1 KiB.
pub fn password_problem(password: &str) -> Option<FieldProblem> {
    let chars = password.chars().count();
    if chars == 0 {
        Some(FieldProblem::Required)
    } else if chars < MIN_PASSWORD_CHARS {
        Some(FieldProblem::TooShort)
    } else if password.len() > 1_024 {
        Some(FieldProblem::TooLong)
    } else {
        None
    }
}

/// An address as it is kept and compared: trimmed, in lower case, and plausible.
pub fn normalize_email(email: &str) -> Result<String, FieldProblem> {
    let email = email.trim().to_lowercase();
    if email.is_empty() {
        Err(FieldProblem::Required)
    } else if is_plausible_email(&email) {
        Ok(email)
    } else {
        Err(FieldProblem::InvalidFormat)
    }
}

/// 3–32 characters of `a-z 0-9 _ -`, starting with a letter or digit: safe in URLs and handles.
pub fn is_valid_username(name: &str) -> bool {
    (3..=32).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
        && name.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
}

fn is_plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.rsplit_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && email.len() <= 254
        && !email.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames() {
        assert!(is_valid_username("teacher1"));
        assert!(is_valid_username("digitale-geletterdheid"));
        assert!(!is_valid_username("ab"));
        assert!(!is_valid_username("-abc"));
        assert!(!is_valid_username("Jan Jansen"));
        assert!(!is_valid_username("../etc"));
    }

    #[test]
    fn sign_up_errors() {
        let errors =
            SignUp::parse(&SignUpInput { username: "x".into(), email: "nope".into(), display_name: String::new(), password: "short".into() }).unwrap_err();
        assert_eq!(errors.get("username"), Some(FieldProblem::InvalidFormat));
        assert_eq!(errors.get("email"), Some(FieldProblem::InvalidFormat));
        assert_eq!(errors.get("password"), Some(FieldProblem::TooShort));
    }
}
