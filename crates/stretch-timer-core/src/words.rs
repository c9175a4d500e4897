//! Words shown or spoken in more than one place, written once: counts with their plurals, and the
//! names of the phases of a routine.

use std::fmt;

use crate::cue_sounds::Phrase;
use crate::engine::{Breath, PhaseKind};
use crate::language::VoiceLanguage;

/// A count with its noun in the right number: `1 step`, `4 steps`, `0 problems`.
///
/// ```
/// use stretch_timer_core::words::Count;
///
/// assert_eq!(Count(1, "step").to_string(), "1 step");
/// assert_eq!(Count(4, "step").to_string(), "4 steps");
/// assert_eq!(Count(2, "switch").to_string(), "2 switches");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count(pub usize, pub &'static str);

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Count(n, noun) = *self;
        write!(f, "{n} {}", plural(n, noun))
    }
}

/// The noun in the number `n` calls for: `step` for 1, `steps` otherwise. English only; nouns
/// ending in s, x, ch or sh take -es.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        noun.to_owned()
    } else if ["s", "x", "ch", "sh"].iter().any(|end| noun.ends_with(end)) {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}

impl Breath {
    /// As shown on screen and said: the words of its spoken prompt.
    pub fn words(self) -> &'static str {
        match self {
            Breath::In => Phrase::BreatheIn.words(VoiceLanguage::English),
            Breath::Out => Phrase::BreatheOut.words(VoiceLanguage::English),
        }
    }
}

impl PhaseKind {
    /// What the phase is called on screen and in the terminal: the words of its spoken prompt
    /// where it has one.
    pub fn words(self) -> &'static str {
        match self {
            PhaseKind::Prepare => Phrase::GetReady.words(VoiceLanguage::English),
            PhaseKind::Hold => Phrase::Hold.words(VoiceLanguage::English),
            PhaseKind::Rest => "Rest",
            PhaseKind::SwitchSides => Phrase::SwitchSides.words(VoiceLanguage::English),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(Count(0, "problem").to_string(), "0 problems");
        assert_eq!(Count(1, "problem").to_string(), "1 problem");
        assert_eq!(Count(3, "file").to_string(), "3 files");
        assert_eq!(plural(2, "pass"), "passes");
    }

    #[test]
    fn phases_are_named_as_their_prompts_say_them() {
        assert_eq!(PhaseKind::Prepare.words(), "Get ready");
        assert_eq!(PhaseKind::Hold.words(), "Hold");
        assert_eq!(PhaseKind::Rest.words(), "Rest");
        assert_eq!(PhaseKind::SwitchSides.words(), "Switch sides");
    }
}
