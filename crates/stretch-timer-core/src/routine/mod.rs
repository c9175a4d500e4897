//! Routine files: the format (version 1), loading with precise errors, and the checked model.
//!
//! Text goes through three stages: RON text → [`raw`] structs that mirror the file (every field
//! optional, every value numbered) → a checked [`Routine`] whose values are all in range. Every
//! problem found on the way becomes a [`Diagnostic`] with the line and column it is about.

mod check;
mod diagnostic;
pub mod draft;
mod drawing;
mod duration;
mod fields;
mod raw;
mod slip;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use crate::cue_sounds::Tone;
pub use crate::language::{Language, TagFault, VoiceLanguage};
pub use crate::limits::ROUTINE_FILE_BYTES as MAX_FILE_BYTES;
pub use check::{load, load_with, parse, parse_bytes, parse_with, special_kind};
pub use diagnostic::{
    Allowed, Diagnostic, Expected, LoadError, Misplaced, Owner, Position, Problem, Refused, Special,
};
pub use drawing::Drawing;
pub use duration::{DurationError, format_clock, format_duration, parse_duration};
pub use fields::Kind;
pub use slip::{OddSpace, SyntaxKind};

/// The values a step (or a schedule) has when its file does not say: one place for the checker and
/// the editor.
pub mod defaults {
    use std::time::Duration;

    /// Repetitions per side.
    pub const REPS: u32 = 1;
    /// Getting into position.
    pub const PREPARE: Duration = Duration::from_secs(5);
    /// Between repetitions.
    pub const REST: Duration = Duration::ZERO;
    /// Between the sides.
    pub const SWITCH_SIDES: Duration = Duration::from_secs(5);
    /// Countdown ticks.
    pub const COUNTDOWN: u32 = 3;
    /// A schedule's days a week, when it does not say.
    pub const DAYS_PER_WEEK: u32 = 7;
    /// A schedule's sessions a day, when it does not say.
    pub const TIMES_PER_DAY: u32 = 1;
}

/// The format version this program reads and writes.
pub const FORMAT_VERSION: i64 = 1;

/// A checked routine: every value present and in range, every file it names found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Routine {
    /// What the client sees as the title. Non-empty, at most [`crate::limits::NAME_CHARS`] characters.
    pub name: String,
    /// A sentence or two on what the routine is for.
    pub summary: Option<String>,
    /// Who wrote it: usually the therapist.
    pub author: Option<String>,
    /// Shown before the routine starts.
    pub safety: Option<String>,
    /// Sound files, next to the routine, that replace built-in cue sounds.
    pub sounds: Vec<(Tone, Asset)>,
    /// How often the therapist wants it done, if they said.
    pub schedule: Option<Schedule>,
    /// The therapist asks that each step's instructions be read aloud while the person gets
    /// ready (`read_instructions: true`); the person's own setting may still say never.
    pub read_instructions: bool,
    /// The language it is written in (`language: "de"`), if it names one: its step names are
    /// spoken in it, with its prompts. Always one the voice speaks ([`crate::language`]).
    pub language: Option<Language>,
    /// The steps, in order: as many as [`crate::limits::STEPS`] allows.
    pub steps: Vec<Step>,
}

/// How often a routine is prescribed: `schedule: Schedule(days_per_week: 5, times_per_day: 2)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Schedule {
    /// On how many days of each week: within [`crate::limits::DAYS_PER_WEEK`].
    pub days_per_week: u32,
    /// How many times on each of those days: within [`crate::limits::TIMES_PER_DAY`].
    pub times_per_day: u32,
}

impl Schedule {
    /// Sessions prescribed in a whole week.
    pub fn sessions_per_week(self) -> u32 {
        self.days_per_week * self.times_per_day
    }
}

impl Default for Schedule {
    /// Once a day, every day: what `Schedule()` with nothing in it means.
    fn default() -> Self {
        Schedule {
            days_per_week: defaults::DAYS_PER_WEEK,
            times_per_day: defaults::TIMES_PER_DAY,
        }
    }
}

/// One exercise of a routine, held for `reps` repetitions on each of its sides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Short name, shown large.
    pub name: String,
    /// What to do, what to feel, what to avoid.
    pub instructions: Option<String>,
    /// Which sides, in which order.
    pub sides: Sides,
    /// How long each repetition is held: within [`crate::limits::HOLD`].
    pub hold: Duration,
    /// Repetitions per side: within [`crate::limits::REPS`].
    pub reps: u32,
    /// Getting into position, once at the start of the step: within [`crate::limits::PAUSE`].
    pub prepare: Duration,
    /// Between repetitions on the same side: within [`crate::limits::PAUSE`].
    pub rest: Duration,
    /// Between the last left and the first right repetition (`Both` only): within [`crate::limits::PAUSE`].
    pub switch_sides: Duration,
    /// Ticks in the last seconds of each hold: within [`crate::limits::COUNTDOWN`].
    pub countdown: u32,
    /// A cue in the middle of each hold.
    pub halfway: bool,
    /// Pace of "breathe in" / "breathe out" cues during holds: within [`crate::limits::BREATHE`].
    pub breathe: Option<Duration>,
    /// A picture of the position, next to the routine file.
    pub image: Option<Asset>,
    /// The app's own drawing to show when there is no `image` (`drawing: "knees-to-chest"`), or
    /// none (`drawing: "none"`); `None` when the file does not say, and the app picks one by the
    /// words of the step's name.
    pub drawing: Option<Drawing>,
    /// A recording played when the step begins, next to the routine file.
    pub voice: Option<Asset>,
}

/// A file that a routine refers to, such as an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    /// The path as written in the routine, relative to its folder.
    pub written: String,
    /// Where the file is.
    pub path: PathBuf,
}

/// What a file named by a routine is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssetUse {
    /// A step's picture (`image`).
    Image,
    /// A step's recording (`voice`).
    Voice,
    /// A replacement for a built-in cue sound (in `sounds`).
    Sound,
}

impl AssetUse {
    /// The field's name, as messages say it.
    pub fn field(self) -> &'static str {
        match self {
            AssetUse::Image => "image",
            AssetUse::Voice => "voice",
            AssetUse::Sound => "sound",
        }
    }
}

/// Why a file a routine names cannot be used: the shell's own error (a picture it cannot decode,
/// a sound it cannot play), kept whole and shared, as a check's finding is kept for the next.
pub type Refusal = std::sync::Arc<dyn std::error::Error + Send + Sync>;

/// Whether a file a routine names can be used: decoding is the shell's (the core knows no
/// formats), and [`load_with`] reports a file it refuses at the value that names it.
pub trait AssetCheck {
    /// `Err` with why, if the file at `path` cannot be shown or played as `used_as`: the shell's
    /// own error, put in words where the message about the routine is made.
    fn check(&self, used_as: AssetUse, path: &Path) -> Result<(), Refusal>;

    /// How long the recording at `path` plays, where the shell has decoded it (`None`: not known,
    /// and a recording's length is then not checked against its step's get-ready time).
    fn length(&self, path: &Path) -> Option<Duration> {
        let _ = path;
        None
    }
}

/// Which sides a step works, and in which order.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    serde::Deserialize,
    serde::Serialize,
    arbitrary::Arbitrary,
)]
pub enum Sides {
    /// No sides: the step is done once per repetition.
    #[default]
    Neither,
    /// The left side only.
    Left,
    /// The right side only.
    Right,
    /// Every repetition on the left, then every repetition on the right.
    Both,
}

/// One side of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// Left side.
    Left,
    /// Right side.
    Right,
}

impl Sides {
    /// The sides worked, in order: none, one or two.
    pub fn order(self) -> &'static [Option<Side>] {
        match self {
            Sides::Neither => &[None],
            Sides::Left => &[Some(Side::Left)],
            Sides::Right => &[Some(Side::Right)],
            Sides::Both => &[Some(Side::Left), Some(Side::Right)],
        }
    }
}

impl Side {
    /// `left` or `right`.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }
}

impl Step {
    /// How long the step lasts from its first moment to its last.
    pub fn total(&self) -> Duration {
        step_length(
            self.sides,
            self.hold,
            self.reps,
            self.prepare,
            self.rest,
            self.switch_sides,
        )
    }
}

/// One thing a step asks of the person, as the overview and the handout tell it, in the order it
/// happens. Its name, instructions and picture are shown as such; its countdown is heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// `reps` holds of `hold` each, on `sides`.
    Holds {
        /// Each hold.
        hold: Duration,
        /// Holds on each side.
        reps: u32,
        /// Which sides.
        sides: Sides,
    },
    /// Time to get into position, before the first hold.
    Prepare(Duration),
    /// A rest between two holds on the same side.
    Rest(Duration),
    /// Time to change to the other side.
    SwitchSides(Duration),
    /// The pace of breathing in and out while holding.
    Breathe(Duration),
    /// A sound marks the middle of each hold.
    Halfway,
}

impl Step {
    /// What the step asks, each thing only where it applies: no rest with one hold, no time to
    /// switch with one side, nothing for a time of zero.
    pub fn details(&self) -> Vec<Detail> {
        // Every field is named: a field added to `Step` is a compile error here until it is told
        // or said to be shown elsewhere.
        let Step {
            name: _,
            instructions: _,
            sides,
            hold,
            reps,
            prepare,
            rest,
            switch_sides,
            countdown: _,
            halfway,
            breathe,
            image: _,
            drawing: _,
            voice: _,
        } = *self;
        let mut details = vec![Detail::Holds { hold, reps, sides }];
        if !prepare.is_zero() {
            details.push(Detail::Prepare(prepare));
        }
        if reps > 1 && !rest.is_zero() {
            details.push(Detail::Rest(rest));
        }
        if sides == Sides::Both && !switch_sides.is_zero() {
            details.push(Detail::SwitchSides(switch_sides));
        }
        if let Some(pace) = breathe.filter(|p| !p.is_zero()) {
            details.push(Detail::Breathe(pace));
        }
        if halfway {
            details.push(Detail::Halfway);
        }
        details
    }
}

/// How long a step with these times lasts from its first moment to its last: for a checked step,
/// and for a draft while it is typed.
fn step_length(
    sides: Sides,
    hold: Duration,
    reps: u32,
    prepare: Duration,
    rest: Duration,
    switch_sides: Duration,
) -> Duration {
    let sides = if sides == Sides::Both { 2 } else { 1 };
    let reps = reps.max(1);
    prepare + (hold * reps + rest * (reps - 1)) * sides + switch_sides * (sides - 1)
}

impl Routine {
    /// How long the whole routine lasts.
    pub fn total(&self) -> Duration {
        self.steps.iter().map(Step::total).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(fields: &str) -> Step {
        let text = format!("Routine(format: 1, name: \"T\", steps: [Step(name: \"S\", {fields})])");
        match parse(&text, None) {
            Ok(mut routine) => routine.steps.remove(0),
            Err(e) => panic!("{e:?}"),
        }
    }

    #[test]
    fn a_step_tells_only_the_times_that_apply_in_the_order_they_happen() {
        let secs = Duration::from_secs;
        let both = step(
            r#"sides: Both, hold: 30, reps: 2, prepare: 10, rest: 15, switch_sides: 5, breathe: 4, halfway: true"#,
        );
        assert_eq!(
            both.details(),
            [
                Detail::Holds {
                    hold: secs(30),
                    reps: 2,
                    sides: Sides::Both
                },
                Detail::Prepare(secs(10)),
                Detail::Rest(secs(15)),
                Detail::SwitchSides(secs(5)),
                Detail::Breathe(secs(4)),
                Detail::Halfway,
            ]
        );
        // One hold has no rest; one side no switch; a time of zero is not told.
        let left = step("sides: Left, hold: 30, reps: 1, prepare: 0, rest: 15, switch_sides: 5");
        assert_eq!(
            left.details(),
            [Detail::Holds {
                hold: secs(30),
                reps: 1,
                sides: Sides::Left
            }]
        );
    }
}
