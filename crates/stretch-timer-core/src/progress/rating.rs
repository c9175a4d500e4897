//! How a session felt: pain on the 0 to 10 scale, and effort.

use std::fmt;
use std::str::FromStr;

/// A pain score from 0 (none) to 10 (the worst imaginable), the numeric rating scale therapists
/// use. A value of this type is always in range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pain(u8);

/// A pain score that is not a whole number from 0 to 10.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("pain is a whole number from 0 to 10, not {given:?}")]
pub struct PainError {
    /// What was given, as written.
    pub given: String,
}

impl Pain {
    /// The highest score.
    pub const MAX: Pain = Pain(10);
    /// No pain.
    pub const NONE: Pain = Pain(0);

    /// The score `n`, if it is from 0 to 10.
    pub fn new(n: u8) -> Result<Pain, PainError> {
        if n <= Pain::MAX.0 {
            Ok(Pain(n))
        } else {
            Err(PainError {
                given: n.to_string(),
            })
        }
    }

    /// The score as a number from 0 to 10.
    pub fn get(self) -> u8 {
        self.0
    }

    /// Every score, from 0 to 10 (for a row of buttons).
    pub fn all() -> impl Iterator<Item = Pain> {
        (0..=Pain::MAX.0).map(Pain)
    }
}

impl TryFrom<i64> for Pain {
    type Error = PainError;

    fn try_from(n: i64) -> Result<Pain, PainError> {
        u8::try_from(n)
            .ok()
            .and_then(|n| Pain::new(n).ok())
            .ok_or(PainError {
                given: n.to_string(),
            })
    }
}

impl FromStr for Pain {
    type Err = PainError;

    /// `"0"` to `"10"`, with spaces around allowed.
    fn from_str(s: &str) -> Result<Pain, PainError> {
        let error = || PainError {
            given: s.to_owned(),
        };
        let trimmed = s.trim();
        if trimmed.is_empty() || !trimmed.bytes().all(|b| b.is_ascii_digit()) {
            return Err(error());
        }
        trimmed
            .parse::<u8>()
            .ok()
            .and_then(|n| Pain::new(n).ok())
            .ok_or_else(error)
    }
}

impl fmt::Display for Pain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl serde::Serialize for Pain {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.0)
    }
}

/// How hard the session felt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Effort {
    /// Too easy.
    TooEasy,
    /// About right.
    AboutRight,
    /// Too hard.
    TooHard,
}

impl Effort {
    /// Every answer, easiest first.
    pub const ALL: [Effort; 3] = [Effort::TooEasy, Effort::AboutRight, Effort::TooHard];

    /// The answer's name in exports and in the history file: `too_easy`, `about_right`,
    /// `too_hard`.
    pub fn name(self) -> &'static str {
        match self {
            Effort::TooEasy => "too_easy",
            Effort::AboutRight => "about_right",
            Effort::TooHard => "too_hard",
        }
    }

    /// The answer called `name` (as [`Effort::name`] writes it).
    pub fn from_name(name: &str) -> Option<Effort> {
        Effort::ALL.into_iter().find(|e| e.name() == name)
    }
}
