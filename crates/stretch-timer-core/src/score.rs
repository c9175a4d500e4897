//! What a moment sounds like: the cues that fall due at one instant become a short sequence of
//! sounds, each starting when the one before has finished, so that spoken prompts never talk over
//! each other. Pure: durations come from a function, so it is tested without decoding anything.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::cue_sounds::{Phrase, Tone};
use crate::engine::{Cue, CueKind};
use crate::routine::Side;

/// Silence between two sounds of the same moment.
pub const GAP: Duration = Duration::from_millis(80);

/// Something to play.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sound {
    /// A cue's tone (the routine's own file if it replaces it).
    Tone(Tone),
    /// A spoken prompt.
    Phrase(Phrase),
    /// The recording of a step (by index) played when it begins.
    StepVoice(usize),
}

/// How cues are given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CueStyle {
    /// A distinct tone for each kind of cue.
    Tones,
    /// Spoken prompts ("Hold", "Three", "Relax"); ticks for countdowns beyond three.
    Voice,
    /// A tone, then the spoken prompt.
    #[default]
    Both,
}

impl CueStyle {
    /// Every style, in the order they are offered.
    pub const ALL: [CueStyle; 3] = [CueStyle::Tones, CueStyle::Voice, CueStyle::Both];

    /// The name on the command line and in settings files (`--style voice`).
    pub fn name(self) -> &'static str {
        match self {
            CueStyle::Tones => "tones",
            CueStyle::Voice => "voice",
            CueStyle::Both => "both",
        }
    }

    /// What it sounds like, in a few words.
    pub fn about(self) -> &'static str {
        match self {
            CueStyle::Tones => "a distinct tone for each kind of cue",
            CueStyle::Voice => "spoken prompts (\"Hold\", \"Three\", \"Relax\")",
            CueStyle::Both => "a tone, then the spoken prompt",
        }
    }

    /// The style named `name`.
    pub fn from_name(name: &str) -> Option<CueStyle> {
        CueStyle::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// What a cue sounds like: its tone, and its spoken prompt (none for countdowns beyond three,
/// which only tick). The one place that says which cue plays which sound.
pub fn voice_of(kind: CueKind, first_step: bool) -> (Tone, Option<Phrase>) {
    match kind {
        CueKind::StepStart if first_step => (Tone::StepStart, Some(Phrase::GetReady)),
        CueKind::StepStart => (Tone::StepStart, Some(Phrase::NextStep)),
        CueKind::HoldStart => (Tone::HoldStart, Some(Phrase::Hold)),
        CueKind::Halfway => (Tone::Halfway, Some(Phrase::Halfway)),
        CueKind::Countdown(1) => (Tone::CountdownLast, Some(Phrase::One)),
        CueKind::Countdown(2) => (Tone::Countdown, Some(Phrase::Two)),
        CueKind::Countdown(3) => (Tone::Countdown, Some(Phrase::Three)),
        CueKind::Countdown(_) => (Tone::Countdown, None),
        CueKind::HoldEnd => (Tone::HoldEnd, Some(Phrase::Relax)),
        CueKind::SwitchSides => (Tone::SwitchSides, Some(Phrase::SwitchSides)),
        CueKind::BreatheIn => (Tone::BreatheIn, Some(Phrase::BreatheIn)),
        CueKind::BreatheOut => (Tone::BreatheOut, Some(Phrase::BreatheOut)),
        CueKind::RoutineDone => (Tone::RoutineDone, Some(Phrase::RoutineComplete)),
    }
}

/// The side a cue names aloud, after its prompt: a step's start and a change of sides say which.
fn side_phrase(cue: &Cue) -> Option<Phrase> {
    if !matches!(cue.kind, CueKind::StepStart | CueKind::SwitchSides) {
        return None;
    }
    cue.side.map(|s| match s {
        Side::Left => Phrase::LeftSide,
        Side::Right => Phrase::RightSide,
    })
}

/// The tone of a cue kind.
pub fn tone_of(kind: CueKind) -> Tone {
    voice_of(kind, false).0
}

/// The spoken prompt of a cue, with the side where it names one: none for countdowns beyond
/// three, which only tick.
pub fn phrases_of(cue: &Cue) -> Vec<Phrase> {
    match voice_of(cue.kind, cue.step == 0).1 {
        Some(main) => std::iter::once(main).chain(side_phrase(cue)).collect(),
        None => Vec::new(),
    }
}

/// The sounds of the cues due at one moment, each with its offset from that moment.
///
/// - Breathing cues give way to a countdown tick at the same moment (the last seconds of a hold
///   are counted, not paced).
/// - Each remaining cue gives its tone, its spoken prompt, or both, per `style`; a countdown
///   beyond three has no words and ticks in every style.
/// - A step that has its own recording plays it after the step's start cue, in every style.
/// - Sounds follow each other with a short gap; the first starts exactly at the moment.
pub fn moment(
    cues: &[Cue],
    style: CueStyle,
    has_step_voice: impl Fn(usize) -> bool,
    duration: impl Fn(Sound) -> Duration,
) -> Vec<(Duration, Sound)> {
    let counting = cues.iter().any(|c| matches!(c.kind, CueKind::Countdown(_)));
    let mut sounds = Vec::new();
    for cue in cues {
        if counting && matches!(cue.kind, CueKind::BreatheIn | CueKind::BreatheOut) {
            continue;
        }
        let tone = Sound::Tone(tone_of(cue.kind));
        let phrases = phrases_of(cue);
        match style {
            CueStyle::Tones => sounds.push(tone),
            CueStyle::Voice if phrases.is_empty() => sounds.push(tone),
            CueStyle::Voice => sounds.extend(phrases.into_iter().map(Sound::Phrase)),
            CueStyle::Both => {
                sounds.push(tone);
                sounds.extend(phrases.into_iter().map(Sound::Phrase));
            }
        }
        if cue.kind == CueKind::StepStart && has_step_voice(cue.step) {
            sounds.push(Sound::StepVoice(cue.step));
        }
    }
    let mut at = Duration::ZERO;
    sounds
        .into_iter()
        .map(|sound| {
            let start = at;
            at += duration(sound) + GAP;
            (start, sound)
        })
        .collect()
}

/// Groups cues (in plan order) into moments: runs of cues at the same instant.
pub fn moments(cues: &[Cue]) -> impl Iterator<Item = &[Cue]> {
    cues.chunk_by(|a, b| a.at == b.at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(kind: CueKind, step: usize, side: Option<Side>) -> Cue {
        Cue {
            at: Duration::from_secs(10),
            kind,
            step,
            side,
        }
    }

    /// Every sound lasts 500 ms.
    fn half_second(_: Sound) -> Duration {
        Duration::from_millis(500)
    }

    fn no_voice(_: usize) -> bool {
        false
    }

    #[test]
    fn a_step_boundary_says_relax_then_announces_the_next_step_and_side() {
        let cues = [
            cue(CueKind::HoldEnd, 0, None),
            cue(CueKind::StepStart, 1, Some(Side::Left)),
        ];
        let sounds = moment(&cues, CueStyle::Voice, no_voice, half_second);
        assert_eq!(
            sounds,
            vec![
                (Duration::ZERO, Sound::Phrase(Phrase::Relax)),
                (Duration::from_millis(580), Sound::Phrase(Phrase::NextStep)),
                (Duration::from_millis(1160), Sound::Phrase(Phrase::LeftSide)),
            ]
        );
    }

    #[test]
    fn both_gives_the_tone_first_then_the_words() {
        let sounds = moment(
            &[cue(CueKind::Countdown(3), 0, None)],
            CueStyle::Both,
            no_voice,
            half_second,
        );
        let kinds: Vec<Sound> = sounds.into_iter().map(|(_, s)| s).collect();
        assert_eq!(
            kinds,
            [Sound::Tone(Tone::Countdown), Sound::Phrase(Phrase::Three)]
        );
    }

    #[test]
    fn the_last_tick_is_its_own_tone_and_long_countdowns_tick_without_words() {
        let last = moment(
            &[cue(CueKind::Countdown(1), 0, None)],
            CueStyle::Tones,
            no_voice,
            half_second,
        );
        assert_eq!(last, [(Duration::ZERO, Sound::Tone(Tone::CountdownLast))]);
        let five = moment(
            &[cue(CueKind::Countdown(5), 0, None)],
            CueStyle::Voice,
            no_voice,
            half_second,
        );
        assert_eq!(five, [(Duration::ZERO, Sound::Tone(Tone::Countdown))]);
    }

    #[test]
    fn breathing_gives_way_to_a_countdown_but_follows_a_hold_start() {
        let counted = moment(
            &[
                cue(CueKind::BreatheIn, 0, None),
                cue(CueKind::Countdown(2), 0, None),
            ],
            CueStyle::Voice,
            no_voice,
            half_second,
        );
        assert_eq!(counted, [(Duration::ZERO, Sound::Phrase(Phrase::Two))]);
        let held = moment(
            &[
                cue(CueKind::HoldStart, 0, None),
                cue(CueKind::BreatheIn, 0, None),
            ],
            CueStyle::Voice,
            no_voice,
            half_second,
        );
        let kinds: Vec<Sound> = held.into_iter().map(|(_, s)| s).collect();
        assert_eq!(
            kinds,
            [
                Sound::Phrase(Phrase::Hold),
                Sound::Phrase(Phrase::BreatheIn)
            ]
        );
    }

    #[test]
    fn a_steps_recording_follows_its_start_cue_in_every_style() {
        for style in [CueStyle::Tones, CueStyle::Voice, CueStyle::Both] {
            let sounds = moment(
                &[cue(CueKind::StepStart, 2, None)],
                style,
                |s| s == 2,
                half_second,
            );
            assert_eq!(
                sounds.last().map(|(_, s)| *s),
                Some(Sound::StepVoice(2)),
                "{style:?}"
            );
        }
    }

    #[test]
    fn moments_group_cues_at_the_same_instant() {
        let mut a = cue(CueKind::HoldEnd, 0, None);
        let mut b = cue(CueKind::StepStart, 1, None);
        let mut c = cue(CueKind::HoldStart, 1, None);
        a.at = Duration::from_secs(5);
        b.at = Duration::from_secs(5);
        c.at = Duration::from_secs(8);
        let cues = [a, b, c];
        let groups: Vec<usize> = moments(&cues).map(<[Cue]>::len).collect();
        assert_eq!(groups, [2, 1]);
    }
}
