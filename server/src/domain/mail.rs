//! Mail the node sends: its kinds, what each carries, how long its links live, and how a
//! failed send is retried. No IO.

use std::time::Duration;

/// What a queued mail is about. Each kind is rendered in the recipient's language when sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    /// Confirm an address: a new account's, or the new one of an address change.
    VerifyEmail,
    /// A link to choose a new password.
    ResetPassword,
    /// Someone tried to sign up with an address that already has an account here: its owner is
    /// told (the sign-up page answers as for a new address, so it does not reveal which
    /// addresses have accounts).
    AccountExists,
    /// The account's address is being changed: a notice to the old address.
    EmailChanging,
    /// A sign-in provider was linked to the account.
    ProviderLinked,
    /// One notification, or a digest of several (`params.notifications`, `params.digest`).
    Notification,
}

impl MailKind {
    pub const ALL: [MailKind; 6] =
        [MailKind::VerifyEmail, MailKind::ResetPassword, MailKind::AccountExists, MailKind::EmailChanging, MailKind::ProviderLinked, MailKind::Notification];

    pub fn as_str(self) -> &'static str {
        match self {
            MailKind::VerifyEmail => "verify_email",
            MailKind::ResetPassword => "reset_password",
            MailKind::AccountExists => "account_exists",
            MailKind::EmailChanging => "email_changing",
            MailKind::ProviderLinked => "provider_linked",
            MailKind::Notification => "notification",
        }
    }

    pub fn parse(text: &str) -> Option<MailKind> {
        MailKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The purpose of the single-use link the mail carries, if it carries one.
    pub fn token_purpose(self) -> Option<TokenPurpose> {
        match self {
            MailKind::VerifyEmail => Some(TokenPurpose::VerifyEmail),
            MailKind::ResetPassword => Some(TokenPurpose::ResetPassword),
            MailKind::AccountExists | MailKind::EmailChanging | MailKind::ProviderLinked | MailKind::Notification => None,
        }
    }
}

/// What a single-use account token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify_email",
            TokenPurpose::ResetPassword => "reset_password",
        }
    }

    /// How long the link works. A reset link is a key to the account, so it is short-lived; a
    /// verification link only confirms an address, and people read mail a day later.
    pub fn lifetime(self) -> chrono::Duration {
        match self {
            TokenPurpose::VerifyEmail => chrono::Duration::hours(48),
            TokenPurpose::ResetPassword => chrono::Duration::hours(1),
        }
    }
}

/// Where a queued mail stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailStatus {
    Queued,
    Sent,
    /// Gave up after `MAX_ATTEMPTS` temporary failures.
    Failed,
    /// The server answered with a permanent error (a 5xx: no such mailbox, refused).
    Refused,
}

impl MailStatus {
    pub const ALL: [MailStatus; 4] = [MailStatus::Queued, MailStatus::Sent, MailStatus::Failed, MailStatus::Refused];

    pub fn as_str(self) -> &'static str {
        match self {
            MailStatus::Queued => "queued",
            MailStatus::Sent => "sent",
            MailStatus::Failed => "failed",
            MailStatus::Refused => "refused",
        }
    }

    pub fn parse(text: &str) -> Option<MailStatus> {
        MailStatus::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// Temporary failures tried before a mail is given up: with the default one-minute base,
/// doubling up to six hours, that is about a day and a half.
pub const MAX_ATTEMPTS: i32 = 12;

/// The wait after the `attempts`-th failure: `base × 2^(attempts−1)`, at most `max`.
pub fn retry_delay(attempts: i32, base: Duration, max: Duration) -> Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 30)).unwrap_or(0);
    base.saturating_mul(2u32.saturating_pow(doublings)).min(max)
}

/// What happens after a failed attempt.
pub fn after_failure(attempts_before: i32, permanent: bool) -> MailStatus {
    if permanent {
        MailStatus::Refused
    } else if attempts_before + 1 >= MAX_ATTEMPTS {
        MailStatus::Failed
    } else {
        MailStatus::Queued
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_and_give_up() {
        let (base, max) = (Duration::from_secs(60), Duration::from_secs(6 * 3600));
        assert_eq!(retry_delay(1, base, max), base);
        assert_eq!(retry_delay(3, base, max), Duration::from_secs(240));
        assert_eq!(retry_delay(40, base, max), max);
        assert_eq!(after_failure(0, false), MailStatus::Queued);
        assert_eq!(after_failure(MAX_ATTEMPTS - 1, false), MailStatus::Failed);
        assert_eq!(after_failure(0, true), MailStatus::Refused);
    }

    #[test]
    fn kinds_round_trip() {
        for kind in MailKind::ALL {
            assert_eq!(MailKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(MailKind::VerifyEmail.token_purpose().map(TokenPurpose::as_str), Some("verify_email"));
    }
}
