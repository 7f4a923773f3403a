//! Synthetic national identity numbers (fødselsnummer) for demo people.
//!
//! Synthetic test ids (Skatteetaten/TestID convention) add 80 to the month, so they can
//! never collide with a real person's number, yet pass the usual mod-11 checks. Format:
//! `DDMMYYIIIKK` with month + 80, individual number `III` in the range the century
//! implies, and two control digits `KK`.

use chrono::{Datelike, NaiveDate};

const K1_WEIGHTS: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/// The mod-11 control digit for `digits` with `weights`; `None` when the remainder
/// gives 10, which makes that individual number unusable.
fn control_digit(digits: &[u32], weights: &[u32]) -> Option<u32> {
    let sum: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k),
    }
}

/// Individual numbers the registry uses for a birth year (1900–1999: 000–499,
/// 2000–2039: 500–999).
fn individual_range(year: i32) -> std::ops::RangeInclusive<u32> {
    if year >= 2000 {
        500..=999
    } else {
        0..=499
    }
}

/// The synthetic id for `birth` with the first usable individual number at or after
/// `start` (wrapping within the century's range) that `is_free` accepts.
pub fn synthetic_pid(birth: NaiveDate, start: u32, is_free: impl Fn(&str) -> bool) -> String {
    let range = individual_range(birth.year());
    let (lo, hi) = (*range.start(), *range.end());
    let span = hi - lo + 1;
    for step in 0..span {
        let individual = lo + (start + step) % span;
        if let Some(pid) = with_individual(birth, individual) {
            if is_free(&pid) {
                return pid;
            }
        }
    }
    // 500 numbers per birth date is far more than any demo uses.
    panic!("no free synthetic id for {birth}")
}

/// The id for one individual number, or `None` if its control digits do not exist.
fn with_individual(birth: NaiveDate, individual: u32) -> Option<String> {
    let head = format!(
        "{:02}{:02}{:02}{:03}",
        birth.day(),
        birth.month() + 80,
        birth.year().rem_euclid(100),
        individual
    );
    let mut digits: Vec<u32> = head.chars().filter_map(|c| c.to_digit(10)).collect();
    let k1 = control_digit(&digits, &K1_WEIGHTS)?;
    digits.push(k1);
    let k2 = control_digit(&digits, &K2_WEIGHTS)?;
    Some(format!("{head}{k1}{k2}"))
}

/// Whether `pid` is 11 digits with valid control digits (synthetic or real).
pub fn has_valid_control_digits(pid: &str) -> bool {
    let digits: Vec<u32> = pid.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() != 11 || pid.len() != 11 {
        return false;
    }
    control_digit(&digits[..9], &K1_WEIGHTS) == Some(digits[9])
        && control_digit(&digits[..10], &K2_WEIGHTS) == Some(digits[10])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_real_format_checksum() {
        // A widely published *example* number from the registry documentation.
        assert!(has_valid_control_digits("01010750160"));
        assert!(!has_valid_control_digits("01010750161"));
        assert!(!has_valid_control_digits("0101075016"));
    }

    #[test]
    fn synthetic_ids_are_valid_and_carry_month_plus_80() {
        let birth = NaiveDate::from_ymd_opt(2009, 11, 3).expect("date");
        let pid = synthetic_pid(birth, 0, |_| true);
        assert_eq!(pid.len(), 11);
        assert_eq!(&pid[0..6], "039109");
        assert!(has_valid_control_digits(&pid));
        let individual: u32 = pid[6..9].parse().expect("digits");
        assert!(individual >= 500, "born after 2000");
        let old = synthetic_pid(
            NaiveDate::from_ymd_opt(1985, 1, 31).expect("date"),
            0,
            |_| true,
        );
        assert_eq!(&old[0..6], "318185");
        assert!(old[6..9].parse::<u32>().expect("digits") < 500);
        assert!(has_valid_control_digits(&old));
    }

    #[test]
    fn taken_ids_are_skipped() {
        let birth = NaiveDate::from_ymd_opt(2010, 5, 5).expect("date");
        let first = synthetic_pid(birth, 0, |_| true);
        let second = synthetic_pid(birth, 0, |p| p != first);
        assert_ne!(first, second);
        assert!(has_valid_control_digits(&second));
    }
}
