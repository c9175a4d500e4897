//! What the cues sound like, each declared once: the tones a routine may replace (their names in
//! `Sounds(...)`, their built-in recordings) and the spoken prompts (their words, their built-in
//! recordings).
//!
//! A new tone or prompt is one line in [`tones!`] or [`phrases!`] below (and its file in assets/):
//! the enum, the list of all of them, the names a routine file may use, serde and the built-in
//! recording all follow from that line. Which cue plays which tone and prompt is said once, in
//! [`crate::score::voice_of`].

use std::fmt;

use crate::language::VoiceLanguage;

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

/// Declares the spoken prompts: `Variant = "name" { en: "words", de: …, es: …, fr: … }` gives the
/// enum variant, what it says in each [`VoiceLanguage`] and its built-in recordings
/// `assets/voice/<language>/<name>.ogg` (made by scripts/make-voice.sh from the same words).
macro_rules! phrases {
    ($( $variant:ident = $name:literal {
        en: $en:literal, de: $de:literal, es: $es:literal, fr: $fr:literal $(,)?
    }, )*) => {
        /// A spoken prompt from the fixed vocabulary in assets/voice.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Phrase {
            $( #[doc = $en] $variant, )*
        }

        impl Phrase {
            /// Every phrase.
            pub const ALL: [Phrase; [$($name),*].len()] = [$(Phrase::$variant),*];

            /// The file stem in assets/voice/<language>.
            pub fn name(self) -> &'static str {
                match self {
                    $(Phrase::$variant => $name,)*
                }
            }

            /// What it says in `language`, as written on screen.
            pub fn words(self, language: VoiceLanguage) -> &'static str {
                match (self, language) {
                    $(
                        (Phrase::$variant, VoiceLanguage::English) => $en,
                        (Phrase::$variant, VoiceLanguage::German) => $de,
                        (Phrase::$variant, VoiceLanguage::Spanish) => $es,
                        (Phrase::$variant, VoiceLanguage::French) => $fr,
                    )*
                }
            }

            /// The built-in recording in `language` (Ogg Vorbis bytes, not yet decoded).
            pub fn builtin(self, language: VoiceLanguage) -> &'static [u8] {
                match (self, language) {
                    $(
                        (Phrase::$variant, VoiceLanguage::English) => include_bytes!(
                            concat!("../../../assets/voice/en/", $name, ".ogg")
                        ),
                        (Phrase::$variant, VoiceLanguage::German) => include_bytes!(
                            concat!("../../../assets/voice/de/", $name, ".ogg")
                        ),
                        (Phrase::$variant, VoiceLanguage::Spanish) => include_bytes!(
                            concat!("../../../assets/voice/es/", $name, ".ogg")
                        ),
                        (Phrase::$variant, VoiceLanguage::French) => include_bytes!(
                            concat!("../../../assets/voice/fr/", $name, ".ogg")
                        ),
                    )*
                }
            }
        }
    };
}

// As a physiotherapist says them to a patient in each language, short enough that "three",
// "two", "one" each end within a second (scripts/make-voice.sh checks the recordings).
phrases! {
    GetReady = "get_ready" {
        en: "Get ready", de: "Machen Sie sich bereit", es: "Prepárese", fr: "Préparez-vous",
    },
    NextStep = "next_step" {
        en: "Next step", de: "Nächste Übung", es: "Otro ejercicio", fr: "Exercice suivant",
    },
    Hold = "hold" { en: "Hold", de: "Halten", es: "Mantenga", fr: "Tenez" },
    Halfway = "halfway" {
        en: "Halfway", de: "Halbzeit", es: "Vamos por la mitad", fr: "À la moitié",
    },
    Three = "three" { en: "Three", de: "Drei", es: "Tres", fr: "Trois" },
    Two = "two" { en: "Two", de: "Zwei", es: "Dos", fr: "Deux" },
    One = "one" { en: "One", de: "Eins", es: "Uno", fr: "Un" },
    Relax = "relax" { en: "Relax", de: "Entspannen", es: "Relájese", fr: "Relâchez" },
    SwitchSides = "switch_sides" {
        en: "Switch sides", de: "Seite wechseln", es: "Cambie de lado", fr: "Changez de côté",
    },
    LeftSide = "left_side" {
        en: "Left side", de: "Linke Seite", es: "Lado izquierdo", fr: "Côté gauche",
    },
    RightSide = "right_side" {
        en: "Right side", de: "Rechte Seite", es: "Lado derecho", fr: "Côté droit",
    },
    BreatheIn = "breathe_in" {
        en: "Breathe in", de: "Einatmen", es: "Tome aire", fr: "Inspirez",
    },
    BreatheOut = "breathe_out" {
        en: "Breathe out", de: "Ausatmen", es: "Suelte el aire", fr: "Expirez",
    },
    RoutineComplete = "routine_complete" {
        en: "Routine complete", de: "Programm geschafft", es: "Rutina completada",
        fr: "Programme terminé",
    },
    Paused = "paused" { en: "Paused", de: "Pause", es: "En pausa", fr: "En pause" },
    Resumed = "resumed" {
        en: "Resumed", de: "Weiter geht's", es: "Seguimos", fr: "On reprend",
    },
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
            for language in VoiceLanguage::ALL {
                assert!(
                    phrase.builtin(language).starts_with(b"OggS"),
                    "{language}/{}",
                    phrase.name()
                );
            }
        }
    }

    /// The words here are the words of the recordings: scripts/make-voice.sh says them.
    #[test]
    fn the_recordings_are_made_from_these_words() {
        let script = include_str!("../../../scripts/make-voice.sh");
        for language in VoiceLanguage::ALL {
            for phrase in Phrase::ALL {
                let line = format!("\"{}|{}\"", phrase.name(), phrase.words(language));
                let table = format!("phrases_{}=(", language.code());
                let from = script.find(&table).unwrap_or_else(|| panic!("{table}"));
                let to = from + script[from..].find("\n)").unwrap_or(0);
                assert!(script[from..to].contains(&line), "{language}: {line}");
            }
        }
    }
}
