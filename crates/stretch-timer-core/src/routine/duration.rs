//! Durations as routine files write them: whole seconds (`30`) or text (`"45s"`, `"1m30s"`, `"2m"`).

use std::time::Duration;

/// Why a duration text could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DurationError {
    /// The text is not made of `<number><unit>` parts.
    #[error("\"{0}\" is not a duration; write 30, \"30s\" or \"1m30s\"")]
    NotADuration(String),
    /// Not a duration, but what was meant is plain: units written as words (`"90 secs"`,
    /// `"2 mins"`), as a clock writes them (`"1:30"`), or a last number without its unit
    /// (`"1m30"`).
    #[error("\"{found}\" is not a duration; write \"{meant}\"")]
    Meant {
        /// The text as written.
        found: String,
        /// The same duration as the format writes it.
        meant: String,
    },
    /// The text has a fraction, which durations do not allow.
    #[error(
        "\"{0}\" has a fraction; durations are whole seconds, e.g. \"1m30s\" instead of \"1.5m\""
    )]
    Fraction(String),
    /// The same unit twice, or units out of order (`"30s1m"`).
    #[error(
        "\"{0}\" lists its units out of order or twice; write hours, then minutes, then seconds, e.g. \"1h5m\" or \"1m30s\""
    )]
    UnitOrder(String),
    /// A number too large to be a sensible duration.
    #[error("\"{0}\" is far too long")]
    Overflow(String),
}

/// Reads a duration written as text: `"45s"`, `"1m30s"`, `"2m"`, `"1h"`, or plain seconds `"30"`.
///
/// Spaces between parts are allowed (`"1m 30s"`); units are `h`, `m` and `s`, each at most once, in
/// that order.
pub fn parse_duration(text: &str) -> Result<Duration, DurationError> {
    read(text).map_err(|e| match e {
        DurationError::NotADuration(found) => match meant(&found) {
            Some(meant) => DurationError::Meant { found, meant },
            None => DurationError::NotADuration(found),
        },
        other => other,
    })
}

/// The unit a word such as `sec`, `mins` or `hours` means, as a duration writes it (`s`, `m`,
/// `h`); `None` for a word that is not a unit of time.
pub(crate) fn short_unit(word: &str) -> Option<&'static str> {
    let word = word.to_lowercase();
    let units: [(&'static str, &[&str]); 3] = [
        ("s", &["s", "sec", "secs", "second", "seconds"]),
        ("m", &["m", "min", "mins", "minute", "minutes"]),
        ("h", &["h", "hr", "hrs", "hour", "hours"]),
    ];
    units
        .into_iter()
        .find(|(_, words)| words.contains(&word.as_str()))
        .map(|(short, _)| short)
}

/// What a text that is not a duration plainly means, as the format writes it: `"90 secs"` →
/// `"90s"`, `"1:30"` → `"1m30s"`, `"1m30"` → `"1m30s"`; `None` where it is not plain.
fn meant(text: &str) -> Option<String> {
    let trimmed = text.trim();
    // `1:30`, `0:45`, `1:00:00`: a clock's reading.
    if trimmed.contains(':') {
        let parts: Vec<&str> = trimmed.split(':').collect();
        let clock = parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
        let units: &[&str] = match parts.len() {
            2 => &["m", "s"],
            3 => &["h", "m", "s"],
            _ => return None,
        };
        if !clock {
            return None;
        }
        let written: String = parts
            .iter()
            .zip(units)
            .filter_map(|(n, u)| {
                let n = n.parse::<u64>().ok()?;
                (n > 0).then(|| format!("{n}{u}"))
            })
            .collect();
        let written = if written.is_empty() {
            "0s".to_owned()
        } else {
            written
        };
        return read(&written).is_ok().then_some(written);
    }
    // Numbers and words: each word a unit, and a last number after minutes (or hours) takes the
    // next unit down.
    let mut written = String::new();
    let mut last_unit = None;
    let mut rest = trimmed;
    while !rest.is_empty() {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            return None;
        }
        let number = &rest[..digits];
        rest = rest[digits..].trim_start();
        let word_len = rest.len() - rest.trim_start_matches(char::is_alphabetic).len();
        let unit = if word_len == 0 {
            match last_unit {
                Some("m") if rest.is_empty() => "s",
                Some("h") if rest.is_empty() => "m",
                _ => return None,
            }
        } else {
            short_unit(&rest[..word_len])?
        };
        written.push_str(number);
        written.push_str(unit);
        last_unit = Some(unit);
        rest = rest[word_len..].trim_start();
    }
    (written != trimmed && read(&written).is_ok()).then_some(written)
}

/// [`parse_duration`] without looking for what was meant.
fn read(text: &str) -> Result<Duration, DurationError> {
    let trimmed = text.trim();
    let not_a_duration = || DurationError::NotADuration(text.to_owned());
    if trimmed.is_empty() {
        return Err(not_a_duration());
    }
    if trimmed.contains(['.', ',']) && trimmed.chars().any(|c| c.is_ascii_digit()) {
        return Err(DurationError::Fraction(text.to_owned()));
    }
    if trimmed.chars().all(|c| c.is_ascii_digit()) {
        let secs = trimmed
            .parse::<u64>()
            .map_err(|_| DurationError::Overflow(text.to_owned()))?;
        return Ok(Duration::from_secs(secs));
    }

    let mut total: u64 = 0;
    // Index into UNITS of the last unit seen: units must come in this order, each at most once.
    const UNITS: [(char, u64); 3] = [('h', 3600), ('m', 60), ('s', 1)];
    let mut last_unit: Option<usize> = None;
    let mut rest = trimmed;
    while !rest.is_empty() {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            return Err(not_a_duration());
        }
        let number = rest[..digits]
            .parse::<u64>()
            .map_err(|_| DurationError::Overflow(text.to_owned()))?;
        rest = rest[digits..].trim_start();
        let Some(unit_char) = rest.chars().next() else {
            // "1m30": a trailing number without a unit is ambiguous.
            return Err(not_a_duration());
        };
        let Some(unit) = UNITS
            .iter()
            .position(|(c, _)| *c == unit_char.to_ascii_lowercase())
        else {
            return Err(not_a_duration());
        };
        if last_unit.is_some_and(|last| unit <= last) {
            return Err(DurationError::UnitOrder(text.to_owned()));
        }
        last_unit = Some(unit);
        let part = number
            .checked_mul(UNITS[unit].1)
            .ok_or_else(|| DurationError::Overflow(text.to_owned()))?;
        total = total
            .checked_add(part)
            .ok_or_else(|| DurationError::Overflow(text.to_owned()))?;
        rest = rest[unit_char.len_utf8()..].trim_start();
        // A unit must be followed by the next number or the end: "30secs" is not a duration.
        if rest.starts_with(|c: char| c.is_alphabetic()) {
            return Err(not_a_duration());
        }
    }
    Ok(Duration::from_secs(total))
}

/// Writes a duration the way routine files do: `"45s"`, `"1m30s"`, `"2m"`, `"1h5m"`, `"0s"`.
pub fn format_duration(duration: Duration) -> String {
    let secs = duration.as_secs();
    if secs == 0 {
        return "0s".to_owned();
    }
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = String::new();
    for (value, unit) in [(h, 'h'), (m, 'm'), (s, 's')] {
        if value > 0 {
            out.push_str(&value.to_string());
            out.push(unit);
        }
    }
    out
}

/// Writes a duration as a clock reading: `0:05`, `12:30`, `1:02:03`. Milliseconds are dropped.
pub fn format_clock(duration: Duration) -> String {
    let secs = duration.as_secs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn reads_every_documented_form() {
        assert_eq!(parse_duration("30"), Ok(secs(30)));
        assert_eq!(parse_duration("45s"), Ok(secs(45)));
        assert_eq!(parse_duration("1m30s"), Ok(secs(90)));
        assert_eq!(parse_duration("2m"), Ok(secs(120)));
        assert_eq!(parse_duration("1h"), Ok(secs(3600)));
        assert_eq!(parse_duration("1h 2m 3s"), Ok(secs(3723)));
        assert_eq!(parse_duration(" 0s "), Ok(secs(0)));
        assert_eq!(parse_duration("90S"), Ok(secs(90)));
    }

    #[test]
    fn rejects_what_a_person_might_mistype() {
        for text in [
            "",
            "secs",
            "thirty",
            "30x",
            "-5s",
            "s30",
            "1:2:3:4",
            "1 min 30 fish",
        ] {
            assert!(
                matches!(parse_duration(text), Err(DurationError::NotADuration(_))),
                "{text:?} was accepted"
            );
        }
        for (text, meant) in [
            ("30 secs", "30s"),
            ("90sec", "90s"),
            ("1m30", "1m30s"),
            ("1 min 30", "1m30s"),
            ("2 mins", "2m"),
            ("5 minutes", "5m"),
            ("1 hour 5 min", "1h5m"),
            ("1h30", "1h30m"),
            ("1:30", "1m30s"),
            ("0:45", "45s"),
            ("2:00", "2m"),
            ("1:00:30", "1h30s"),
        ] {
            assert_eq!(
                parse_duration(text),
                Err(DurationError::Meant {
                    found: text.to_owned(),
                    meant: meant.to_owned()
                }),
                "{text:?}"
            );
        }
        assert!(matches!(
            parse_duration("1.5m"),
            Err(DurationError::Fraction(_))
        ));
        assert!(matches!(
            parse_duration("30s1m"),
            Err(DurationError::UnitOrder(_))
        ));
        assert!(matches!(
            parse_duration("1m1m"),
            Err(DurationError::UnitOrder(_))
        ));
        assert!(matches!(
            parse_duration("99999999999999999999s"),
            Err(DurationError::Overflow(_))
        ));
        assert!(matches!(
            parse_duration("9999999999999999h"),
            Err(DurationError::Overflow(_))
        ));
    }

    #[test]
    fn the_hint_shows_how_to_write_it() {
        let message = parse_duration("30 fish").unwrap_err().to_string();
        assert_eq!(
            message,
            r#""30 fish" is not a duration; write 30, "30s" or "1m30s""#
        );
        let message = parse_duration("30 secs").unwrap_err().to_string();
        assert_eq!(message, r#""30 secs" is not a duration; write "30s""#);
    }

    #[test]
    fn formats_round_trip() {
        for s in [0, 1, 59, 60, 61, 90, 3599, 3600, 3601, 3723, 7200] {
            let text = format_duration(secs(s));
            assert_eq!(parse_duration(&text), Ok(secs(s)), "{text}");
        }
        assert_eq!(format_duration(secs(90)), "1m30s");
        assert_eq!(format_duration(secs(3600)), "1h");
    }

    #[test]
    fn clock_readings() {
        assert_eq!(format_clock(secs(5)), "0:05");
        assert_eq!(format_clock(secs(750)), "12:30");
        assert_eq!(format_clock(secs(3723)), "1:02:03");
        assert_eq!(format_clock(Duration::from_millis(59_999)), "0:59");
    }
}
