//! Notifications: what a person can be told about, and how often — each kind switchable on
//! `/account`. No IO.

use chrono::{Datelike, NaiveDateTime};

/// What happened that someone may want to hear about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NotificationKind {
    /// Your material was remixed, here or on another node.
    Remixed,
    /// Your material, case study or collection was liked.
    Liked,
    /// A report you made was handled by the moderators.
    ReportResolved,
    /// Someone posted your work to a network.
    PostedToNetwork,
    /// A network you moderate has a request to join.
    JoinRequest,
    /// New work from a person, node or network you follow.
    FollowedContent,
    /// New work for a goal you follow (or a goal below it).
    FollowedGoal,
    /// New work that a search you saved finds.
    SavedSearch,
    /// Your help question has a new answer.
    Answered,
    /// Someone invited you (or a network you moderate) to answer their help question.
    Invited,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 10] = [
        NotificationKind::Remixed,
        NotificationKind::Liked,
        NotificationKind::ReportResolved,
        NotificationKind::PostedToNetwork,
        NotificationKind::JoinRequest,
        NotificationKind::FollowedContent,
        NotificationKind::FollowedGoal,
        NotificationKind::SavedSearch,
        NotificationKind::Answered,
        NotificationKind::Invited,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::Remixed => "remixed",
            NotificationKind::Liked => "liked",
            NotificationKind::ReportResolved => "report_resolved",
            NotificationKind::PostedToNetwork => "posted_to_network",
            NotificationKind::JoinRequest => "join_request",
            NotificationKind::FollowedContent => "followed_content",
            NotificationKind::FollowedGoal => "followed_goal",
            NotificationKind::SavedSearch => "saved_search",
            NotificationKind::Answered => "answered",
            NotificationKind::Invited => "invited",
        }
    }

    pub fn parse(text: &str) -> Option<NotificationKind> {
        NotificationKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// How often, until the person chooses: what needs an answer at once, the rest daily.
    pub fn default_frequency(self) -> Frequency {
        match self {
            NotificationKind::Remixed
            | NotificationKind::ReportResolved
            | NotificationKind::JoinRequest
            | NotificationKind::Answered
            | NotificationKind::Invited => Frequency::Immediate,
            NotificationKind::Liked
            | NotificationKind::PostedToNetwork
            | NotificationKind::FollowedContent
            | NotificationKind::FollowedGoal
            | NotificationKind::SavedSearch => Frequency::Daily,
        }
    }
}

/// How often a kind of notification is mailed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    Off,
    Immediate,
    Daily,
    Weekly,
}

impl Frequency {
    pub const ALL: [Frequency; 4] = [Frequency::Immediate, Frequency::Daily, Frequency::Weekly, Frequency::Off];

    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Off => "off",
            Frequency::Immediate => "immediate",
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
        }
    }

    pub fn parse(text: &str) -> Option<Frequency> {
        Frequency::ALL.into_iter().find(|f| f.as_str() == text)
    }
}

/// The hour (UTC) digests go out: 06:00 UTC is 07:00 or 08:00 in the Netherlands, before school.
pub const DIGEST_HOUR: u32 = 6;

/// The latest digest of this frequency due by `at`: its key (the day, or the ISO week) and the
/// moment it went due (`DIGEST_HOUR` that day, or that Monday). A digest holds what happened
/// before that moment and is sent once per key, so what happens later waits for the next one.
pub fn digest_period(frequency: Frequency, at: NaiveDateTime) -> Option<(String, NaiveDateTime)> {
    let today = at.date().and_hms_opt(DIGEST_HOUR, 0, 0)?;
    match frequency {
        Frequency::Daily => {
            let due = if at >= today { today } else { today - chrono::Duration::days(1) };
            Some((due.format("%Y-%m-%d").to_string(), due))
        }
        Frequency::Weekly => {
            let monday = today - chrono::Duration::days(i64::from(at.weekday().num_days_from_monday()));
            let due = if at >= monday { monday } else { monday - chrono::Duration::days(7) };
            let week = due.date().iso_week();
            Some((format!("{}-W{:02}", week.year(), week.week()), due))
        }
        Frequency::Off | Frequency::Immediate => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn digest_periods_turn_at_six_utc() {
        let key = |f, t| digest_period(f, at(t)).map(|(k, _)| k);
        assert_eq!(key(Frequency::Daily, "2026-12-07 05:59").as_deref(), Some("2026-12-06"));
        assert_eq!(key(Frequency::Daily, "2026-12-07 06:00").as_deref(), Some("2026-12-07"));
        assert_eq!(digest_period(Frequency::Daily, at("2026-12-07 10:00")).map(|(_, due)| due), Some(at("2026-12-07 06:00")));
        // 7 December 2026 is a Monday (ISO week 50).
        assert_eq!(key(Frequency::Weekly, "2026-12-07 05:00").as_deref(), Some("2026-W49"));
        assert_eq!(key(Frequency::Weekly, "2026-12-07 06:00").as_deref(), Some("2026-W50"));
        assert_eq!(key(Frequency::Weekly, "2026-12-10 18:00").as_deref(), Some("2026-W50"));
        assert_eq!(digest_period(Frequency::Weekly, at("2026-12-10 18:00")).map(|(_, due)| due), Some(at("2026-12-07 06:00")));
        assert_eq!(digest_period(Frequency::Immediate, at("2026-12-07 06:00")), None);
    }

    #[test]
    fn kinds_and_frequencies_round_trip() {
        for kind in NotificationKind::ALL {
            assert_eq!(NotificationKind::parse(kind.as_str()), Some(kind));
        }
        for frequency in Frequency::ALL {
            assert_eq!(Frequency::parse(frequency.as_str()), Some(frequency));
        }
    }
}
