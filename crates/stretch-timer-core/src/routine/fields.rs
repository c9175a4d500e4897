//! The fields of a routine file, declared once.
//!
//! One line of [`step_fields!`] is a step's field for every part that reads fields by name: its key
//! in `Step(...)`, the raw value the parser reads ([`RawStep`]), the [`StepField`] the editor and
//! its messages are tied to, and the [`Kind`] of value whose words the checker uses ("must be a
//! duration such as …", the typing mistakes it recognises). The parts that do something with a
//! field's value (the checker, the draft, the editor's row, what the overview and the handout say
//! of it) match on [`StepField`] or destructure [`super::Step`] without `..`, so the compiler names
//! each of them when a line is added here.

use serde::Deserialize;

use super::Sides;
use super::raw::{Located, RawDuration};

/// What a field's value is, as the checker's messages describe it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text in double quotes.
    Text,
    /// A file's path, in double quotes, relative to the routine.
    File,
    /// `30`, `"30s"`, `"1m30s"`.
    Duration,
    /// A whole number.
    Whole,
    /// `true` or `false`.
    Bool,
    /// One of `Neither`, `Left`, `Right`, `Both`.
    Sides,
    /// A built-in drawing's name, in double quotes.
    Drawing,
    /// `Schedule(...)`.
    Schedule,
    /// `Sounds(...)`.
    Sounds,
    /// `[ Step(...), ... ]`.
    Steps,
    /// A language tag in double quotes, such as `"de"`.
    Language,
}

impl Kind {
    /// What a value of this kind looks like, for "must be …" messages.
    pub(crate) fn expected(self) -> &'static str {
        match self {
            Kind::Text | Kind::File => "text in double quotes",
            Kind::Duration => r#"a duration such as 30, "30s" or "1m30s""#,
            Kind::Whole => "a whole number",
            Kind::Bool => "true or false",
            Kind::Sides => "one of Neither, Left, Right, Both",
            Kind::Drawing => r#"a drawing's name in double quotes, such as "knees-to-chest""#,
            Kind::Schedule => "Schedule(days_per_week: 5, times_per_day: 2)",
            Kind::Sounds => "Sounds( ... ) with a file for each cue sound to replace",
            Kind::Steps => "a list of steps in square brackets: [ Step(...), Step(...) ]",
            Kind::Language => r#"a language's code in double quotes, such as "de""#,
        }
    }
}

/// The fields outside a step: the routine's own and its schedule's.
const OTHER_FIELDS: &[(&str, Kind)] = &[
    ("format", Kind::Whole),
    ("name", Kind::Text),
    ("summary", Kind::Text),
    ("author", Kind::Text),
    ("safety", Kind::Text),
    ("sounds", Kind::Sounds),
    ("schedule", Kind::Schedule),
    ("read_instructions", Kind::Bool),
    ("language", Kind::Language),
    ("steps", Kind::Steps),
    ("days_per_week", Kind::Whole),
    ("times_per_day", Kind::Whole),
];

/// The kind of value the field named `key` holds, wherever in a routine it is.
pub(crate) fn kind_of(key: &str) -> Option<Kind> {
    StepField::ALL
        .iter()
        .find(|f| f.key() == key)
        .map(|f| f.kind())
        .or_else(|| {
            OTHER_FIELDS
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, kind)| *kind)
        })
}

/// Declares a step's fields: `Variant key: RawType => Kind`, in the order of the format's
/// documentation.
macro_rules! step_fields {
    ($($(#[doc = $doc:literal])* $variant:ident $key:ident: $raw:ty => $kind:ident,)*) => {
        /// `Step(...)` as written: every field optional here, so that one missing field does not
        /// hide the other problems; the checks say which are required.
        #[derive(Debug, Deserialize)]
        #[serde(rename = "Step", deny_unknown_fields)]
        pub(super) struct RawStep {
            $(pub $key: Option<Located<$raw>>,)*
        }

        /// A field of a step.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum StepField {
            $($(#[doc = $doc])* $variant,)*
        }

        impl StepField {
            /// Every field, in the order of the format's documentation.
            pub const ALL: &'static [StepField] = &[$(StepField::$variant),*];

            /// The field's key in `Step(...)`.
            pub fn key(self) -> &'static str {
                match self {
                    $(StepField::$variant => stringify!($key),)*
                }
            }

            /// The kind of value it holds.
            pub(crate) fn kind(self) -> Kind {
                match self {
                    $(StepField::$variant => Kind::$kind,)*
                }
            }
        }
    };
}

step_fields! {
    /// `name`: short, shown large.
    Name name: String => Text,
    /// `instructions`: what to do, feel and avoid.
    Instructions instructions: String => Text,
    /// `sides`: which sides, in which order.
    Sides sides: Sides => Sides,
    /// `hold`: each repetition's hold.
    Hold hold: RawDuration => Duration,
    /// `reps`: repetitions per side.
    Reps reps: i64 => Whole,
    /// `prepare`: getting into position.
    Prepare prepare: RawDuration => Duration,
    /// `rest`: between repetitions.
    Rest rest: RawDuration => Duration,
    /// `switch_sides`: between the sides.
    SwitchSides switch_sides: RawDuration => Duration,
    /// `countdown`: ticks at the end of each hold.
    Countdown countdown: i64 => Whole,
    /// `halfway`: a cue in the middle of each hold.
    Halfway halfway: bool => Bool,
    /// `breathe`: the pace of breathing cues.
    Breathe breathe: RawDuration => Duration,
    /// `image`: a picture next to the routine.
    Image image: String => File,
    /// `drawing`: the app's own drawing, by name.
    Drawing drawing: String => Drawing,
    /// `voice`: a recording played as the step begins.
    Voice voice: String => File,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::raw::{RawRoutine, RawSchedule, fields_of};

    #[test]
    fn every_field_of_a_routine_file_has_a_kind() {
        for key in fields_of::<RawRoutine>()
            .iter()
            .chain(fields_of::<RawSchedule>())
            .chain(fields_of::<RawStep>())
        {
            assert!(kind_of(key).is_some(), "{key} has no kind");
        }
        assert_eq!(kind_of("colour"), None);
    }

    #[test]
    fn a_key_in_both_a_step_and_the_routine_has_one_kind() {
        for field in StepField::ALL {
            if let Some((_, other)) = OTHER_FIELDS.iter().find(|(k, _)| *k == field.key()) {
                assert_eq!(field.kind(), *other, "{}", field.key());
            }
        }
    }
}
