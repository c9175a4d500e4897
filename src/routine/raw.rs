//! The routine file as written: serde structs that mirror the RON text, before any checking.
//!
//! Every value that may need an error message is wrapped in [`Located`], which numbers it in parse
//! order. serde gives values no position, so to find where value number `k` starts, the text is
//! parsed again with a probe that stops just before value `k`; the RON parser then reports its own
//! position. That costs one extra parse per error, and nothing when the file is valid.

use std::cell::Cell;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

/// The number of a [`Located`] value: its place in parse order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Mark(u32);

thread_local! {
    /// The next mark to hand out, and the mark at which to stop (while locating).
    static PROBE: Cell<(u32, Option<u32>)> = const { Cell::new((0, None)) };
}

/// The message with which the probe stops the parser. It cannot come from a file.
pub(super) const PROBE_STOP: &str = "\u{0}stretch-timer probe";

/// Numbers [`Located`] values for one parse on this thread, and stops at `target` if given. Parsing
/// is synchronous, so a guard per parse keeps runs apart; dropping it resets the state.
pub(super) struct ProbeRun(());

impl ProbeRun {
    pub(super) fn start(target: Option<Mark>) -> Self {
        PROBE.with(|p| p.set((0, target.map(|m| m.0))));
        ProbeRun(())
    }
}

impl Drop for ProbeRun {
    fn drop(&mut self) {
        PROBE.with(|p| p.set((0, None)));
    }
}

/// A value with its mark, so that checks after parsing can point at it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Located<T> {
    pub value: T,
    pub mark: Mark,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Located<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (mark, stop) = PROBE.with(|p| {
            let (next, target) = p.get();
            p.set((next.saturating_add(1), target));
            (next, target == Some(next))
        });
        if stop {
            return Err(de::Error::custom(PROBE_STOP));
        }
        let value = T::deserialize(deserializer)?;
        Ok(Located {
            value,
            mark: Mark(mark),
        })
    }
}

/// The fields a `Routine(...)` may have, in the order the format documents them.
pub(super) const ROUTINE_FIELDS: &[&str] = &[
    "format", "name", "summary", "author", "safety", "sounds", "steps",
];

/// The fields of `Sounds(...)`: one per cue sound a routine may replace, named as the cue kinds.
pub(super) const SOUND_FIELDS: &[&str] = &[
    "step_start",
    "hold_start",
    "halfway",
    "countdown",
    "countdown_last",
    "hold_end",
    "switch_sides",
    "breathe_in",
    "breathe_out",
    "routine_done",
];

/// The fields a `Step(...)` may have, in the order the format documents them.
pub(super) const STEP_FIELDS: &[&str] = &[
    "name",
    "instructions",
    "sides",
    "hold",
    "reps",
    "prepare",
    "rest",
    "switch_sides",
    "countdown",
    "halfway",
    "breathe",
    "image",
    "voice",
];

/// `Routine(...)` as written. Every field is optional here so that one missing field does not hide
/// the other problems; the checks say which are required.
#[derive(Debug, Deserialize)]
#[serde(rename = "Routine", deny_unknown_fields)]
pub(super) struct RawRoutine {
    pub format: Option<Located<i64>>,
    pub name: Option<Located<String>>,
    pub summary: Option<Located<String>>,
    pub author: Option<Located<String>>,
    pub safety: Option<Located<String>>,
    pub sounds: Option<Located<RawSounds>>,
    pub steps: Option<Located<Vec<Located<RawStep>>>>,
}

/// `Sounds(...)` as written: a file for each cue sound the routine replaces.
#[derive(Debug, Deserialize)]
#[serde(rename = "Sounds", deny_unknown_fields)]
pub(super) struct RawSounds {
    pub step_start: Option<Located<String>>,
    pub hold_start: Option<Located<String>>,
    pub halfway: Option<Located<String>>,
    pub countdown: Option<Located<String>>,
    pub countdown_last: Option<Located<String>>,
    pub hold_end: Option<Located<String>>,
    pub switch_sides: Option<Located<String>>,
    pub breathe_in: Option<Located<String>>,
    pub breathe_out: Option<Located<String>>,
    pub routine_done: Option<Located<String>>,
}

impl RawSounds {
    /// Each sound written, with the tone it replaces, in the order of [`SOUND_FIELDS`].
    pub fn into_entries(self) -> impl Iterator<Item = (super::Tone, Located<String>)> {
        use super::Tone::*;
        [
            (StepStart, self.step_start),
            (HoldStart, self.hold_start),
            (Halfway, self.halfway),
            (Countdown, self.countdown),
            (CountdownLast, self.countdown_last),
            (HoldEnd, self.hold_end),
            (SwitchSides, self.switch_sides),
            (BreatheIn, self.breathe_in),
            (BreatheOut, self.breathe_out),
            (RoutineDone, self.routine_done),
        ]
        .into_iter()
        .filter_map(|(tone, file)| file.map(|f| (tone, f)))
    }
}

/// `Step(...)` as written.
#[derive(Debug, Deserialize)]
#[serde(rename = "Step", deny_unknown_fields)]
pub(super) struct RawStep {
    pub name: Option<Located<String>>,
    pub instructions: Option<Located<String>>,
    pub sides: Option<Located<super::Sides>>,
    pub hold: Option<Located<RawDuration>>,
    pub reps: Option<Located<i64>>,
    pub prepare: Option<Located<RawDuration>>,
    pub rest: Option<Located<RawDuration>>,
    pub switch_sides: Option<Located<RawDuration>>,
    pub countdown: Option<Located<i64>>,
    pub halfway: Option<Located<bool>>,
    pub breathe: Option<Located<RawDuration>>,
    pub image: Option<Located<String>>,
    pub voice: Option<Located<String>>,
}

/// Only the version, read from a file that may have fields this version does not know: a newer
/// format should be reported as such, not as a list of unknown fields.
#[derive(Debug, Deserialize)]
#[serde(rename = "Routine")]
pub(super) struct VersionOnly {
    pub format: Option<Located<i64>>,
}

/// A duration as written: whole seconds or text. Checked later, so that a bad duration does not
/// stop the parse and hide the problems after it.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum RawDuration {
    Seconds(u64),
    Negative(i64),
    Fraction(f64),
    Text(String),
}

impl<'de> Deserialize<'de> for RawDuration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RawDurationVisitor;

        impl Visitor<'_> for RawDurationVisitor {
            type Value = RawDuration;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(r#"a duration such as 30, "30s" or "1m30s""#)
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawDuration, E> {
                Ok(RawDuration::Seconds(v))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawDuration, E> {
                Ok(u64::try_from(v).map_or(RawDuration::Negative(v), RawDuration::Seconds))
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawDuration, E> {
                Ok(RawDuration::Fraction(v))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawDuration, E> {
                Ok(RawDuration::Text(v.to_owned()))
            }
        }

        deserializer.deserialize_any(RawDurationVisitor)
    }
}
