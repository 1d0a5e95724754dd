//! Counting events per calendar month (UTC), for pictures of activity over time.

use chrono::{Datelike, NaiveDateTime};

/// The `n` calendar months ending with the one `now` is in, oldest first, as (year, month).
pub fn months_ending(now: NaiveDateTime, n: u32) -> Vec<(i32, u8)> {
    let current = now.year() * 12 + i32::try_from(now.month0()).unwrap_or(0);
    let n = i32::try_from(n).unwrap_or(0);
    ((current - n + 1)..=current).map(|index| (index.div_euclid(12), u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1))).collect()
}

/// How many of `times` fall in each of the `n` months ending with `now`'s; earlier and later
/// ones are left out.
pub fn per_month(now: NaiveDateTime, times: &[NaiveDateTime], n: u32) -> Vec<(i32, u8, u64)> {
    let mut months: Vec<(i32, u8, u64)> = months_ending(now, n).into_iter().map(|(y, m)| (y, m, 0)).collect();
    for time in times {
        let key = (time.year(), u8::try_from(time.month()).unwrap_or(0));
        if let Some(month) = months.iter_mut().find(|(y, m, _)| (*y, *m) == key) {
            month.2 += 1;
        }
    }
    months
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn at(y: i32, m: u32, d: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(12, 0, 0).unwrap()
    }

    #[test]
    fn months_cross_the_year() {
        assert_eq!(months_ending(at(2026, 2, 10), 4), vec![(2025, 11), (2025, 12), (2026, 1), (2026, 2)]);
        assert_eq!(months_ending(at(2026, 12, 31), 12).first(), Some(&(2026, 1)));
        assert_eq!(months_ending(at(2026, 12, 31), 12).len(), 12);
    }

    #[test]
    fn counts_fall_in_their_month() {
        let times = [at(2026, 2, 1), at(2026, 2, 28), at(2025, 12, 31), at(2024, 1, 1), at(2026, 3, 1)];
        assert_eq!(per_month(at(2026, 2, 10), &times, 3), vec![(2025, 12, 1), (2026, 1, 0), (2026, 2, 2)]);
    }
}
