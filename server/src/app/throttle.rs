//! Throttles for what an attacker can repeat cheaply and we pay for dearly: sign-in (each
//! attempt costs an argon2 hash), sign-up, and requests that send mail. Token buckets in memory, per key.
//!
//! A bucket holds up to `capacity` attempts and regains one every `refill`. An empty bucket
//! answers "try again in N seconds" — never longer than one `refill` — so someone guessing a
//! password is slowed to a crawl while the rightful owner waits seconds, not hours. The state
//! is deliberately not in the database: a restart forgets it, which costs an attacker one
//! more burst, and nothing here is worth a write per attempt.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Keys kept before the full (idle) buckets are forgotten; a full bucket is the default.
const MAX_KEYS: usize = 100_000;

/// One kind of throttle: a token bucket per key.
pub struct Buckets {
    capacity: f64,
    refill: Duration,
    state: Mutex<HashMap<String, (f64, Instant)>>,
}

impl Buckets {
    pub fn new(capacity: u32, refill: Duration) -> Buckets {
        Buckets { capacity: f64::from(capacity), refill, state: Mutex::new(HashMap::new()) }
    }

    fn tokens_now(&self, entry: (f64, Instant), now: Instant) -> f64 {
        let regained = now.saturating_duration_since(entry.1).as_secs_f64() / self.refill.as_secs_f64().max(f64::EPSILON);
        (entry.0 + regained).min(self.capacity)
    }

    /// `Err(seconds)` when `key` has no attempt left; nothing is taken.
    pub fn check(&self, key: &str) -> Result<(), u64> {
        self.check_at(key, Instant::now())
    }

    fn check_at(&self, key: &str, now: Instant) -> Result<(), u64> {
        let Ok(state) = self.state.lock() else { return Ok(()) };
        match state.get(key) {
            Some(&entry) => {
                let tokens = self.tokens_now(entry, now);
                if tokens >= 1.0 {
                    Ok(())
                } else {
                    Err(((1.0 - tokens) * self.refill.as_secs_f64()).ceil().max(1.0) as u64)
                }
            }
            None => Ok(()),
        }
    }

    /// Takes one attempt from `key`'s bucket.
    pub fn take(&self, key: &str) {
        self.take_at(key, Instant::now());
    }

    fn take_at(&self, key: &str, now: Instant) {
        let Ok(mut state) = self.state.lock() else { return };
        if state.len() >= MAX_KEYS && !state.contains_key(key) {
            state.retain(|_, entry| self.tokens_now(*entry, now) < self.capacity);
        }
        let entry = state.get(key).copied().unwrap_or((self.capacity, now));
        let tokens = self.tokens_now(entry, now);
        state.insert(key.to_owned(), ((tokens - 1.0).max(0.0), now));
    }

    /// Forgets `key` (a successful sign-in clears its account's failures).
    pub fn reset(&self, key: &str) {
        if let Ok(mut state) = self.state.lock() {
            state.remove(key);
        }
    }
}

/// The node's throttles.
pub struct Throttles {
    /// Failed sign-ins per account: 10, then one more every 30 s.
    pub sign_in_account: Buckets,
    /// Sign-in attempts per client address: 30, then one every 2 s.
    pub sign_in_client: Buckets,
    /// Sign-ups per client address: 5, then one a minute.
    pub sign_up_client: Buckets,
    /// Requests that send mail (password reset, a new verification link) per client address:
    /// 5, then one a minute.
    pub mail_client: Buckets,
    /// The same per address mailed to: 3, then one every 10 minutes, so nobody's inbox can be
    /// flooded through this node.
    pub mail_address: Buckets,
}

impl Default for Throttles {
    fn default() -> Self {
        Throttles {
            sign_in_account: Buckets::new(10, Duration::from_secs(30)),
            sign_in_client: Buckets::new(30, Duration::from_secs(2)),
            sign_up_client: Buckets::new(5, Duration::from_secs(60)),
            mail_client: Buckets::new(5, Duration::from_secs(60)),
            mail_address: Buckets::new(3, Duration::from_secs(600)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_empties_then_regains_one_attempt_per_refill() {
        let buckets = Buckets::new(3, Duration::from_secs(10));
        let start = Instant::now();
        for _ in 0..3 {
            assert_eq!(buckets.check_at("a", start), Ok(()));
            buckets.take_at("a", start);
        }
        assert_eq!(buckets.check_at("a", start), Err(10));
        // Other keys are untouched.
        assert_eq!(buckets.check_at("b", start), Ok(()));
        // The wait is never longer than one refill.
        assert_eq!(buckets.check_at("a", start + Duration::from_secs(4)), Err(6));
        assert_eq!(buckets.check_at("a", start + Duration::from_secs(10)), Ok(()));
        buckets.take_at("a", start + Duration::from_secs(10));
        assert!(buckets.check_at("a", start + Duration::from_secs(10)).is_err());
        buckets.reset("a");
        assert_eq!(buckets.check_at("a", start + Duration::from_secs(10)), Ok(()));
    }
}
