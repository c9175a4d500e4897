//! The client's progress: one record per session of a routine, and what a person or a therapist
//! reads from many of them ([`stats`]).
//!
//! A [`SessionRecord`] says which routine was done (its name, where it came from and a
//! [`RoutineHash`] of its text, so that editing the file later does not rewrite history), when it
//! started and ended (local time with its UTC offset, [`LocalTime`]), how it ended ([`Outcome`]),
//! the holds done and planned per step and side ([`StepHolds`]), pain before and after ([`Pain`]),
//! [`Effort`] and a note.
//!
//! The words other programs read are declared here once: the outcome and effort names
//! ([`Outcome::name`], [`Effort::name`]) and the export columns ([`Column`]). Every front end and
//! every export uses these.
//!
//! Nothing here reads the clock: "now" and "today" are always parameters.

mod identity;
mod rating;
pub mod stats;

pub use identity::{HashError, RoutineHash, Source};
pub use rating::{Effort, Pain, PainError};

use std::fmt;
use std::time::Duration;

use jiff::civil::Date;
use jiff::tz::Offset;
use jiff::{Timestamp, ZonedDateTime};

use crate::routine::{Routine, Side};

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Done as planned: every phase played to its end, nothing skipped.
    Completed,
    /// Played to the end, but with phases skipped on the way: how much shows in the holds done
    /// of those planned and in the seconds played.
    Shortened,
    /// The person stopped before the end.
    Stopped {
        /// The step they stopped at, by index into the routine's steps (from 0).
        step: usize,
    },
    /// The program ended without finishing (a crash, a kill, a power cut); found and marked the
    /// next time the history was opened.
    Interrupted,
}

impl Outcome {
    /// How a session that reached its end ended: [`Outcome::Completed`] when nothing of its
    /// timeline went unplayed (see [`crate::engine::Session::unplayed`]), else
    /// [`Outcome::Shortened`].
    pub fn at_end(unplayed: Duration) -> Outcome {
        if unplayed.is_zero() {
            Outcome::Completed
        } else {
            Outcome::Shortened
        }
    }

    /// The outcome's name in exports and in the history file: `completed`, `shortened`,
    /// `stopped`, `interrupted`.
    pub fn name(self) -> &'static str {
        match self {
            Outcome::Completed => "completed",
            Outcome::Shortened => "shortened",
            Outcome::Stopped { .. } => "stopped",
            Outcome::Interrupted => "interrupted",
        }
    }

    /// The step stopped at, for [`Outcome::Stopped`].
    pub fn stopped_at(self) -> Option<usize> {
        match self {
            Outcome::Stopped { step } => Some(step),
            Outcome::Completed | Outcome::Shortened | Outcome::Interrupted => None,
        }
    }

    /// The outcome called `name` (as [`Outcome::name`] writes it); `stopped` needs the step.
    pub fn from_name(name: &str, stopped_at: Option<usize>) -> Option<Outcome> {
        [
            Outcome::Completed,
            Outcome::Shortened,
            Outcome::Stopped {
                step: stopped_at.unwrap_or_default(),
            },
            Outcome::Interrupted,
        ]
        .into_iter()
        .find(|o| o.name() == name)
        .filter(|o| !matches!(o, Outcome::Stopped { .. }) || stopped_at.is_some())
    }
}

impl serde::Serialize for Outcome {
    /// As its [`name`](Outcome::name); the step stopped at is a field of its own in exports.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// A moment as it was on the person's clock: the instant, to the second, and the UTC offset in
/// force there. Written in ISO 8601 with the offset: `2025-03-03T08:30:00+01:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LocalTime {
    at: Timestamp,
    offset: Offset,
}

impl LocalTime {
    /// The moment `at` (fractions of a second dropped) seen at `offset`.
    pub fn new(at: Timestamp, offset: Offset) -> LocalTime {
        LocalTime {
            at: Timestamp::from_second(at.as_second()).unwrap_or(at),
            offset,
        }
    }

    /// The moment of a zoned date and time, with the offset it had.
    pub fn from_zoned(zoned: &ZonedDateTime) -> LocalTime {
        LocalTime::new(zoned.timestamp(), zoned.offset())
    }

    /// The instant.
    pub fn timestamp(self) -> Timestamp {
        self.at
    }

    /// The UTC offset in force.
    pub fn offset(self) -> Offset {
        self.offset
    }

    /// The day it was on the person's calendar.
    pub fn date(self) -> Date {
        self.offset.to_datetime(self.at).date()
    }

    /// Another instant seen at the same offset (a session's later moments, say).
    pub fn with_timestamp(self, at: Timestamp) -> LocalTime {
        LocalTime::new(at, self.offset)
    }
}

impl fmt::Display for LocalTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.at.display_with_offset(self.offset).fmt(f)
    }
}

impl PartialOrd for LocalTime {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for LocalTime {
    /// By instant; the same instant at two offsets by offset.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.at, self.offset.seconds()).cmp(&(other.at, other.offset.seconds()))
    }
}

impl serde::Serialize for LocalTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The holds of one step on one side: how many were planned and how many done (a skipped hold
/// is not done).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StepHolds {
    /// The step, by index into the routine's steps (from 0).
    pub step: usize,
    /// The step's name when the session was done.
    pub name: String,
    /// The side, for a step with sides.
    pub side: Option<Side>,
    /// Holds planned: the step's repetitions.
    pub planned: u32,
    /// Holds done to their end.
    pub done: u32,
}

impl StepHolds {
    /// The holds `routine` plans, step by step and side by side in the order they are done,
    /// none done yet.
    pub fn planned_for(routine: &Routine) -> Vec<StepHolds> {
        routine
            .steps
            .iter()
            .enumerate()
            .flat_map(|(index, step)| {
                step.sides.order().iter().map(move |&side| StepHolds {
                    step: index,
                    name: step.name.clone(),
                    side,
                    planned: step.reps,
                    done: 0,
                })
            })
            .collect()
    }
}

/// What is known when a session starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionStart {
    /// The routine's name.
    pub routine: String,
    /// Where the routine came from.
    pub source: Source,
    /// The hash of the routine's text.
    pub routine_hash: RoutineHash,
    /// When it started.
    pub started_at: LocalTime,
    /// Pain before, if the person said.
    pub pain_before: Option<Pain>,
    /// The holds planned, none done.
    pub holds: Vec<StepHolds>,
}

impl SessionStart {
    /// A session of `routine`, read from `text`, starting `started_at`.
    pub fn new(
        routine: &Routine,
        source: Source,
        text: &[u8],
        started_at: LocalTime,
        pain_before: Option<Pain>,
    ) -> SessionStart {
        SessionStart {
            routine: routine.name.clone(),
            source,
            routine_hash: RoutineHash::of(text),
            started_at,
            pain_before,
            holds: StepHolds::planned_for(routine),
        }
    }
}

/// A hold finished to its end, as the player reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HoldDone {
    /// The step, by index (from 0).
    pub step: usize,
    /// The side held, for a step with sides.
    pub side: Option<Side>,
    /// Time the session played so far (pauses and skips not counted).
    pub elapsed: Duration,
    /// When the hold ended.
    pub at: Timestamp,
}

/// What is known when a session ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionEnd {
    /// How it ended.
    pub outcome: Outcome,
    /// When it ended.
    pub ended_at: LocalTime,
    /// Time the session played (pauses and skips not counted: see
    /// [`crate::engine::Session::played`]).
    pub elapsed: Duration,
    /// Pain after, if the person said.
    pub pain_after: Option<Pain>,
    /// How hard it felt, if the person said.
    pub effort: Option<Effort>,
    /// The person's note; empty for none.
    pub note: String,
}

/// One session of a routine, as remembered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// The routine's name when it was done.
    pub routine: String,
    /// Where the routine came from.
    pub source: Source,
    /// The hash of the routine's text when it was done.
    pub routine_hash: RoutineHash,
    /// When it started.
    pub started_at: LocalTime,
    /// When it ended; for an interrupted session, the last moment it was known to run. `None`
    /// while it is still being done.
    pub ended_at: Option<LocalTime>,
    /// How it ended; `None` while it is still being done.
    pub outcome: Option<Outcome>,
    /// Seconds spent in it: the time the routine played, pauses and what was skipped not
    /// counted ([`crate::engine::Session::played`]); up to the last finished hold if it did not
    /// end normally. Sessions recorded by earlier versions counted from the start to where
    /// the routine stood at its end, skips included, and read as they were written.
    pub seconds: u64,
    /// Holds planned and done, per step and side, in the order they are done.
    pub holds: Vec<StepHolds>,
    /// Pain before.
    pub pain_before: Option<Pain>,
    /// Pain after.
    pub pain_after: Option<Pain>,
    /// How hard it felt.
    pub effort: Option<Effort>,
    /// The person's note; empty for none.
    pub note: String,
}

impl SessionRecord {
    /// A session just started: nothing done yet.
    pub fn started(start: SessionStart) -> SessionRecord {
        let SessionStart {
            routine,
            source,
            routine_hash,
            started_at,
            pain_before,
            holds,
        } = start;
        SessionRecord {
            routine,
            source,
            routine_hash,
            started_at,
            ended_at: None,
            outcome: None,
            seconds: 0,
            holds,
            pain_before,
            pain_after: None,
            effort: None,
            note: String::new(),
        }
    }

    /// Holds done, over every step and side.
    pub fn holds_done(&self) -> u32 {
        self.holds.iter().map(|h| h.done).sum()
    }

    /// Holds planned, over every step and side.
    pub fn holds_planned(&self) -> u32 {
        self.holds.iter().map(|h| h.planned).sum()
    }

    /// The day it started, on the person's calendar.
    pub fn date(&self) -> Date {
        self.started_at.date()
    }

    /// Whether it counts as a session done, for sessions per week, streaks and adherence:
    /// completed as planned, or shortened or ended early with at least half its holds done.
    pub fn counts_as_done(&self) -> bool {
        match self.outcome {
            Some(Outcome::Completed) => true,
            Some(Outcome::Shortened | Outcome::Stopped { .. } | Outcome::Interrupted) => {
                self.holds_planned() > 0 && self.holds_done() * 2 >= self.holds_planned()
            }
            None => false,
        }
    }

    /// The name of the step it was stopped at, for a stopped session.
    pub fn stopped_step_name(&self) -> Option<&str> {
        let step = self.outcome?.stopped_at()?;
        self.holds
            .iter()
            .find(|h| h.step == step)
            .map(|h| h.name.as_str())
    }

    /// The value of one export column.
    pub fn field(&self, column: Column) -> Field {
        let number = |n: u64| Field::Number(n);
        let pain = |p: Option<Pain>| p.map_or(Field::Empty, |p| number(p.get().into()));
        match column {
            Column::StartedAt => Field::Text(self.started_at.to_string()),
            Column::Routine => Field::Text(self.routine.clone()),
            Column::Outcome => self
                .outcome
                .map_or(Field::Empty, |o| Field::Text(o.name().to_owned())),
            Column::Seconds => number(self.seconds),
            Column::HoldsDone => number(self.holds_done().into()),
            Column::HoldsPlanned => number(self.holds_planned().into()),
            Column::PainBefore => pain(self.pain_before),
            Column::PainAfter => pain(self.pain_after),
            Column::Effort => self
                .effort
                .map_or(Field::Empty, |e| Field::Text(e.name().to_owned())),
            Column::Note if self.note.is_empty() => Field::Empty,
            Column::Note => Field::Text(self.note.clone()),
        }
    }
}

/// A column of the history export (`stretch-timer history --csv`, and the first fields of
/// `--json`): a contract with other programs, so names and order never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// When the session started, ISO 8601 with offset.
    StartedAt,
    /// The routine's name.
    Routine,
    /// [`Outcome::name`]; empty while running.
    Outcome,
    /// Seconds spent.
    Seconds,
    /// Holds done.
    HoldsDone,
    /// Holds planned.
    HoldsPlanned,
    /// Pain before, 0 to 10; empty if not given.
    PainBefore,
    /// Pain after, 0 to 10; empty if not given.
    PainAfter,
    /// [`Effort::name`]; empty if not given.
    Effort,
    /// The note; empty if none.
    Note,
}

impl Column {
    /// Every column, in export order.
    pub const ALL: [Column; 10] = [
        Column::StartedAt,
        Column::Routine,
        Column::Outcome,
        Column::Seconds,
        Column::HoldsDone,
        Column::HoldsPlanned,
        Column::PainBefore,
        Column::PainAfter,
        Column::Effort,
        Column::Note,
    ];

    /// The column's name in the header.
    pub fn name(self) -> &'static str {
        match self {
            Column::StartedAt => "started_at",
            Column::Routine => "routine",
            Column::Outcome => "outcome",
            Column::Seconds => "seconds",
            Column::HoldsDone => "holds_done",
            Column::HoldsPlanned => "holds_planned",
            Column::PainBefore => "pain_before",
            Column::PainAfter => "pain_after",
            Column::Effort => "effort",
            Column::Note => "note",
        }
    }
}

/// One value in an export row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// No value: an empty CSV field, `null` in JSON.
    Empty,
    /// A whole number.
    Number(u64),
    /// Text.
    Text(String),
}

impl fmt::Display for Field {
    /// As in CSV (before quoting): empty, the number, or the text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Field::Empty => Ok(()),
            Field::Number(n) => n.fmt(f),
            Field::Text(text) => f.write_str(text),
        }
    }
}

impl serde::Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Field::Empty => serializer.serialize_none(),
            Field::Number(n) => serializer.serialize_u64(*n),
            Field::Text(text) => serializer.serialize_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pain_is_parsed_not_validated() {
        assert_eq!("7".parse::<Pain>().unwrap().get(), 7);
        assert_eq!(" 10 ".parse::<Pain>().unwrap(), Pain::MAX);
        assert_eq!("0".parse::<Pain>().unwrap(), Pain::NONE);
        for bad in ["11", "-1", "", "3.5", "+3", "seven", "256"] {
            let error = bad.parse::<Pain>().unwrap_err();
            assert!(error.to_string().contains("0 to 10"), "{bad}: {error}");
        }
        assert!(Pain::new(11).is_err());
        assert!(Pain::try_from(-1_i64).is_err());
        assert_eq!(Pain::all().count(), 11);
    }

    #[test]
    fn the_routine_hash_is_fnv_1a_64() {
        // Published test vectors for FNV-1a, 64 bits.
        assert_eq!(RoutineHash::of(b"").to_string(), "cbf29ce484222325");
        assert_eq!(RoutineHash::of(b"a").to_string(), "af63dc4c8601ec8c");
        assert_eq!(RoutineHash::of(b"foobar").to_string(), "85944171f73967e8");
        let hash = RoutineHash::of(b"Routine(format: 1)");
        assert_eq!(hash.to_string().parse::<RoutineHash>().unwrap(), hash);
        assert!("xyz".parse::<RoutineHash>().is_err());
        assert!("+bf29ce48422232".parse::<RoutineHash>().is_err());
    }

    #[test]
    fn names_round_trip() {
        for effort in Effort::ALL {
            assert_eq!(Effort::from_name(effort.name()), Some(effort));
        }
        for outcome in [
            Outcome::Completed,
            Outcome::Shortened,
            Outcome::Stopped { step: 3 },
            Outcome::Interrupted,
        ] {
            assert_eq!(
                Outcome::from_name(outcome.name(), outcome.stopped_at()),
                Some(outcome)
            );
        }
        assert_eq!(Outcome::from_name("stopped", None), None);
        assert_eq!(Outcome::from_name("done", None), None);
        for source in [
            Source::Bundled("gentle".into()),
            Source::File("/a/b.ron".into()),
        ] {
            assert_eq!(
                Source::from_parts(source.kind(), &source.id()),
                Some(source)
            );
        }
    }

    #[test]
    fn local_time_is_iso_8601_with_its_offset_and_its_own_calendar_day() {
        let at = Timestamp::from_second(1_741_046_400).unwrap(); // 2025-03-04T00:00:00Z
        let paris = LocalTime::new(at, Offset::from_hours(1).unwrap());
        assert_eq!(paris.to_string(), "2025-03-04T01:00:00+01:00");
        assert_eq!(paris.date(), Date::constant(2025, 3, 4));
        let new_york = LocalTime::new(at, Offset::from_hours(-5).unwrap());
        assert_eq!(new_york.to_string(), "2025-03-03T19:00:00-05:00");
        assert_eq!(new_york.date(), Date::constant(2025, 3, 3));
        let fraction = Timestamp::new(1_741_046_400, 500_000_000).unwrap();
        assert_eq!(
            LocalTime::new(fraction, Offset::UTC),
            LocalTime::new(at, Offset::UTC)
        );
    }

    #[test]
    fn a_session_skipped_through_is_shortened_and_not_done() {
        assert_eq!(Outcome::at_end(Duration::ZERO), Outcome::Completed);
        assert_eq!(
            Outcome::at_end(Duration::from_millis(300)),
            Outcome::Shortened
        );
        let text = r#"Routine(format: 1, name: "R", steps: [
            Step(name: "A", hold: "30s", reps: 6),
            Step(name: "B", hold: "20s", sides: Both, reps: 6),
        ])"#;
        let routine = crate::routine::parse(text, None).unwrap();
        let start = SessionStart::new(
            &routine,
            Source::Bundled("r".into()),
            text.as_bytes(),
            LocalTime::new(Timestamp::from_second(1_741_046_400).unwrap(), Offset::UTC),
            None,
        );
        let mut record = SessionRecord::started(start);
        record.outcome = Some(Outcome::Shortened);
        assert!(!record.counts_as_done(), "0 of 18 holds");
        for holds in &mut record.holds {
            holds.done = holds.planned / 2;
        }
        assert!(record.counts_as_done(), "9 of 18 holds");
        assert_eq!(record.field(Column::Outcome).to_string(), "shortened");
    }

    #[test]
    fn the_columns_are_the_contract() {
        let names: Vec<_> = Column::ALL.iter().map(|c| c.name()).collect();
        assert_eq!(
            names.join(","),
            "started_at,routine,outcome,seconds,holds_done,holds_planned,pain_before,pain_after,effort,note"
        );
    }

    #[test]
    fn planned_holds_follow_steps_and_sides() {
        let text = r#"Routine(format: 1, name: "R", steps: [
            Step(name: "A", hold: "30s", reps: 2),
            Step(name: "B", hold: "20s", sides: Both, reps: 3),
        ])"#;
        let routine = crate::routine::parse(text, None).unwrap();
        let holds = StepHolds::planned_for(&routine);
        let summary: Vec<_> = holds
            .iter()
            .map(|h| (h.step, h.name.as_str(), h.side, h.planned, h.done))
            .collect();
        assert_eq!(
            summary,
            [
                (0, "A", None, 2, 0),
                (1, "B", Some(Side::Left), 3, 0),
                (1, "B", Some(Side::Right), 3, 0),
            ]
        );
    }
}
