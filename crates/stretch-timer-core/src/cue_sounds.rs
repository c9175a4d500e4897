//! What the cues sound like, each declared once: the tones a routine may replace (their names in
//! `Sounds(...)`, their built-in recordings) and the spoken prompts (their words, their built-in
//! recordings).
//!
//! A new tone or prompt is one line in [`tones!`] or [`phrases!`] below (and its file in assets/):
//! the enum, the list of all of them, the names a routine file may use, serde and the built-in
//! recording all follow from that line. Which cue plays which tone and prompt is said once, in
//! [`crate::score::voice_of`].

use std::fmt;

/// Declares the tones: `Variant = "name"` gives the enum variant, its name in `Sounds(...)` and
/// its built-in recording `assets/sounds/<name>.wav`.
macro_rules! tones {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, )*) => {
        /// A cue sound that a routine may replace with its own file
        /// (`sounds: Sounds(hold_start: "bell.ogg")`). Named as the cue kinds, with the last
        /// countdown tick apart from the others.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Tone {
            $( $(#[$doc])* $variant, )*
        }

        impl Tone {
            /// Every tone, in the order of the `Sounds(...)` fields.
            pub const ALL: [Tone; Tone::NAMES.len()] = [$(Tone::$variant),*];

            /// The field names of `Sounds(...)`, in the same order as [`Tone::ALL`].
            pub const NAMES: &'static [&'static str] = &[$($name),*];

            /// The field name in `Sounds(...)`, which is also the built-in sound's file stem.
            pub fn name(self) -> &'static str {
                match self {
                    $(Tone::$variant => $name,)*
                }
            }

            /// The built-in recording (WAV bytes, not yet decoded).
            pub fn builtin(self) -> &'static [u8] {
                match self {
                    $(Tone::$variant => include_bytes!(
                        concat!("../../../assets/sounds/", $name, ".wav")
                    ),)*
                }
            }
        }
    };
}

tones! {
    /// A step begins.
    StepStart = "step_start",
    /// A hold begins.
    HoldStart = "hold_start",
    /// The middle of a hold.
    Halfway = "halfway",
    /// A countdown tick before the last.
    Countdown = "countdown",
    /// The last countdown tick.
    CountdownLast = "countdown_last",
    /// A hold ends.
    HoldEnd = "hold_end",
    /// Change sides.
    SwitchSides = "switch_sides",
    /// Breathe in.
    BreatheIn = "breathe_in",
    /// Breathe out.
    BreatheOut = "breathe_out",
    /// The routine is complete.
    RoutineDone = "routine_done",
}

/// Declares the spoken prompts: `Variant = "name", "words"` gives the enum variant, what it says
/// and its built-in recording `assets/voice/<name>.ogg`.
macro_rules! phrases {
    ($( $variant:ident = $name:literal, $words:literal, )*) => {
        /// A spoken prompt from the fixed vocabulary in assets/voice.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Phrase {
            $( #[doc = $words] $variant, )*
        }

        impl Phrase {
            /// Every phrase.
            pub const ALL: [Phrase; [$($name),*].len()] = [$(Phrase::$variant),*];

            /// The file stem in assets/voice.
            pub fn name(self) -> &'static str {
                match self {
                    $(Phrase::$variant => $name,)*
                }
            }

            /// What it says, as written on screen.
            pub fn words(self) -> &'static str {
                match self {
                    $(Phrase::$variant => $words,)*
                }
            }

            /// The built-in recording (Ogg Vorbis bytes, not yet decoded).
            pub fn builtin(self) -> &'static [u8] {
                match self {
                    $(Phrase::$variant => include_bytes!(
                        concat!("../../../assets/voice/", $name, ".ogg")
                    ),)*
                }
            }
        }
    };
}

phrases! {
    GetReady = "get_ready", "Get ready",
    NextStep = "next_step", "Next step",
    Hold = "hold", "Hold",
    Halfway = "halfway", "Halfway",
    Three = "three", "Three",
    Two = "two", "Two",
    One = "one", "One",
    Relax = "relax", "Relax",
    SwitchSides = "switch_sides", "Switch sides",
    LeftSide = "left_side", "Left side",
    RightSide = "right_side", "Right side",
    BreatheIn = "breathe_in", "Breathe in",
    BreatheOut = "breathe_out", "Breathe out",
    RoutineComplete = "routine_complete", "Routine complete",
    Paused = "paused", "Paused",
    Resumed = "resumed", "Resumed",
}

impl Tone {
    /// The tone named `name` in `Sounds(...)`.
    pub fn from_name(name: &str) -> Option<Tone> {
        Tone::ALL.into_iter().find(|t| t.name() == name)
    }
}

impl fmt::Display for Tone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for Tone {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> serde::Deserialize<'de> for Tone {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Tone::from_name(&name).ok_or_else(|| serde::de::Error::unknown_variant(&name, Tone::NAMES))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_read_back() {
        for (tone, name) in Tone::ALL.iter().zip(Tone::NAMES) {
            assert_eq!(tone.name(), *name);
            assert_eq!(Tone::from_name(name), Some(*tone));
            let json = serde_json_like(*tone);
            assert_eq!(json, *name);
        }
        assert_eq!(Tone::from_name("bell"), None);
        let mut phrase_names: Vec<&str> = Phrase::ALL.iter().map(|p| p.name()).collect();
        phrase_names.sort_unstable();
        phrase_names.dedup();
        assert_eq!(phrase_names.len(), Phrase::ALL.len());
    }

    /// The tone as serde writes it, through RON (the one serializer the core has).
    fn serde_json_like(tone: Tone) -> String {
        ron::to_string(&tone)
            .unwrap_or_default()
            .trim_matches('"')
            .to_owned()
    }

    #[test]
    fn every_builtin_recording_is_there() {
        for tone in Tone::ALL {
            assert!(tone.builtin().starts_with(b"RIFF"), "{tone}");
        }
        for phrase in Phrase::ALL {
            assert!(phrase.builtin().starts_with(b"OggS"), "{}", phrase.name());
        }
    }
}
