//! What a moment sounds like: the cues that fall due at one instant become a short sequence of
//! sounds, each starting when the one before has finished, so that spoken prompts never talk over
//! each other. Pure: durations come from a function, so it is tested without decoding anything.
//!
//! Speech made for the routine before it starts (a step's name and side, its instructions:
//! [`Spoken`], texts from [`speech_texts`]) takes the place of the fixed prompts at a step's start
//! where it fits: it never delays another cue of the same instant, and what would not end before
//! the next cue is not started (the fixed prompts play instead of a name that does not fit).

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::cue_sounds::{Phrase, Tone};
use crate::engine::{Cue, CueKind};
use crate::language::VoiceLanguage;
use crate::routine::{Routine, Side};

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
    /// Speech made for this routine before it starts.
    Speech(Spoken),
}

/// What speech says, made from the routine's text before it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Spoken {
    /// A step's name and the side it starts on ("Bench psoas stretch. Left side."), at its start.
    Name {
        /// The step, by index.
        step: usize,
        /// The side it starts on, for a step with sides.
        side: Option<Side>,
    },
    /// A step's instructions (by step index), read while the person gets ready.
    Instructions(usize),
}

/// When the person wants the steps' instructions read aloud while they get ready: the routine's
/// `read_instructions` asks for it, and the person's choice decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReadInstructions {
    /// When the routine asks (`read_instructions: true`).
    #[default]
    WhenAsked,
    /// For every routine.
    Always,
    /// Never, even when the routine asks.
    Never,
}

impl ReadInstructions {
    /// Every choice, in the order they are offered.
    pub const ALL: [ReadInstructions; 3] = [
        ReadInstructions::WhenAsked,
        ReadInstructions::Always,
        ReadInstructions::Never,
    ];

    /// The name on the command line and in settings files (`--read-instructions=never`).
    pub fn name(self) -> &'static str {
        match self {
            ReadInstructions::WhenAsked => "when-asked",
            ReadInstructions::Always => "always",
            ReadInstructions::Never => "never",
        }
    }

    /// The choice named `name`.
    pub fn from_name(name: &str) -> Option<ReadInstructions> {
        ReadInstructions::ALL.into_iter().find(|r| r.name() == name)
    }

    /// Whether `routine`'s instructions are read: always, never, or as it asks.
    pub fn reads(self, routine: &Routine) -> bool {
        match self {
            ReadInstructions::WhenAsked => routine.read_instructions,
            ReadInstructions::Always => true,
            ReadInstructions::Never => false,
        }
    }
}

/// What each step says aloud, for the speech synthesiser: its name and first side (the side in
/// `language`, the language it is spoken in), and its instructions where `instructions` reads
/// them for this routine. A step with its own recording says neither: the recording plays
/// instead. Empty texts are left out.
pub fn speech_texts(
    routine: &Routine,
    instructions: ReadInstructions,
    language: VoiceLanguage,
) -> Vec<(Spoken, String)> {
    let instructions = instructions.reads(routine);
    let mut texts = Vec::new();
    for (step, s) in routine.steps.iter().enumerate() {
        if s.voice.is_some() {
            continue;
        }
        let side = s.sides.order().first().copied().flatten();
        let name = s.name.trim().trim_end_matches('.').trim_end();
        let said = match (name.is_empty(), side) {
            (true, _) => String::new(),
            (false, Some(side)) => format!("{name}. {}.", side_words(side, language)),
            (false, None) => format!("{name}."),
        };
        if !said.is_empty() {
            texts.push((Spoken::Name { step, side }, said));
        }
        let read = s.instructions.as_deref().map_or("", str::trim);
        if instructions && !read.is_empty() {
            texts.push((Spoken::Instructions(step), read.to_owned()));
        }
    }
    texts
}

/// A side as the prompts say it in `language`.
fn side_words(side: Side, language: VoiceLanguage) -> &'static str {
    match side {
        Side::Left => Phrase::LeftSide.words(language),
        Side::Right => Phrase::RightSide.words(language),
    }
}

/// The time from `at` to the first cue after it: how long a sound starting at `at` may last
/// without talking over the next cue. `None` after the last cue. `cues` are in time order, as in
/// a plan.
pub fn room_after(cues: &[Cue], at: Duration) -> Option<Duration> {
    let next = cues.partition_point(|c| c.at <= at);
    cues.get(next).map(|c| c.at - at)
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
/// - A step that has its own recording plays it after the step's start cue, in every style, if it
///   ends, with a gap, within `room`; one that would not is not started (`check` refuses a
///   recording longer than its step's get-ready time allows: `limits::VOICE_AFTER_START`).
/// - A step's spoken name (where `has` says there is one, and the style speaks) replaces its
///   start's fixed prompts, followed by its spoken instructions if there are any; only when the
///   step's start is the moment's last cue (it would delay the others) and only if the speech
///   ends, with a gap, within `room` (the time to the next cue; `None`: no cue follows). A name
///   that does not fit gives the fixed prompts instead; instructions that do not fit are not read.
/// - Sounds follow each other with a short gap; the first starts exactly at the moment.
pub fn moment(
    cues: &[Cue],
    style: CueStyle,
    room: Option<Duration>,
    has: impl Fn(Sound) -> bool,
    duration: impl Fn(Sound) -> Duration,
) -> Vec<(Duration, Sound)> {
    let counting = cues.iter().any(|c| matches!(c.kind, CueKind::Countdown(_)));
    let sounding: Vec<&Cue> = cues
        .iter()
        .filter(|c| !(counting && matches!(c.kind, CueKind::BreatheIn | CueKind::BreatheOut)))
        .collect();
    let mut queue = Queue {
        placed: Vec::new(),
        at: Duration::ZERO,
    };
    for (index, cue) in sounding.iter().enumerate() {
        let tone = Sound::Tone(tone_of(cue.kind));
        let phrases: Vec<Sound> = phrases_of(cue).into_iter().map(Sound::Phrase).collect();
        if matches!(style, CueStyle::Tones | CueStyle::Both) || phrases.is_empty() {
            queue.push(tone, &duration);
        }
        let step_voice = Sound::StepVoice(cue.step);
        let name = Sound::Speech(Spoken::Name {
            step: cue.step,
            side: cue.side,
        });
        let speaks = cue.kind == CueKind::StepStart
            && style != CueStyle::Tones
            && index + 1 == sounding.len()
            && !has(step_voice)
            && has(name);
        // Whether a sound started where the queue has got to ends a gap before the next cue.
        let fits = |sound: Sound, queue: &Queue| {
            room.is_none_or(|room| queue.at + duration(sound) + GAP <= room)
        };
        let mut words = phrases;
        if speaks && fits(name, &queue) {
            queue.push(name, &duration);
            let read = Sound::Speech(Spoken::Instructions(cue.step));
            if has(read) && fits(read, &queue) {
                queue.push(read, &duration);
            }
            words.clear();
        }
        if style != CueStyle::Tones {
            for word in words {
                queue.push(word, &duration);
            }
        }
        if cue.kind == CueKind::StepStart && has(step_voice) && fits(step_voice, &queue) {
            queue.push(step_voice, &duration);
        }
    }
    queue.placed
}

/// Sounds placed one after another, each a gap after the one before ends.
struct Queue {
    placed: Vec<(Duration, Sound)>,
    /// Where the next sound starts.
    at: Duration,
}

impl Queue {
    fn push(&mut self, sound: Sound, duration: &impl Fn(Sound) -> Duration) {
        self.placed.push((self.at, sound));
        self.at += duration(sound) + GAP;
    }
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

    /// Only the fixed sounds: no step's recording, no speech.
    fn fixed(sound: Sound) -> bool {
        matches!(sound, Sound::Tone(_) | Sound::Phrase(_))
    }

    #[test]
    fn a_step_boundary_says_relax_then_announces_the_next_step_and_side() {
        let cues = [
            cue(CueKind::HoldEnd, 0, None),
            cue(CueKind::StepStart, 1, Some(Side::Left)),
        ];
        let sounds = moment(&cues, CueStyle::Voice, None, fixed, half_second);
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
            None,
            fixed,
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
            None,
            fixed,
            half_second,
        );
        assert_eq!(last, [(Duration::ZERO, Sound::Tone(Tone::CountdownLast))]);
        let five = moment(
            &[cue(CueKind::Countdown(5), 0, None)],
            CueStyle::Voice,
            None,
            fixed,
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
            None,
            fixed,
            half_second,
        );
        assert_eq!(counted, [(Duration::ZERO, Sound::Phrase(Phrase::Two))]);
        let held = moment(
            &[
                cue(CueKind::HoldStart, 0, None),
                cue(CueKind::BreatheIn, 0, None),
            ],
            CueStyle::Voice,
            None,
            fixed,
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
                None,
                |s| fixed(s) || s == Sound::StepVoice(2),
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
    fn a_steps_recording_that_would_run_into_the_next_cue_is_not_started() {
        let twelve_seconds = |s: Sound| match s {
            Sound::StepVoice(_) => Duration::from_secs(12),
            _ => Duration::from_millis(500),
        };
        let voice = |s| fixed(s) || s == Sound::StepVoice(2);
        let start = [cue(CueKind::StepStart, 2, None)];
        for style in [CueStyle::Tones, CueStyle::Voice, CueStyle::Both] {
            let room = Some(Duration::from_secs(10));
            let sounds = moment(&start, style, room, voice, twelve_seconds);
            assert!(!sounds.is_empty(), "{style:?}: the start cue itself plays");
            assert!(
                sounds.iter().all(|(_, s)| *s != Sound::StepVoice(2)),
                "{style:?}: a 12 s recording in 10 s would play over Hold"
            );
            let room = Some(Duration::from_secs(15));
            let sounds = moment(&start, style, room, voice, twelve_seconds);
            let (at, last) = *sounds.last().unwrap();
            assert_eq!(last, Sound::StepVoice(2), "{style:?}: 15 s is room enough");
            assert!(at + Duration::from_secs(12) + GAP <= Duration::from_secs(15));
        }
    }

    /// Speech for step 1: its name (starting on the left) lasts 2 s, its instructions 1 s;
    /// everything else 500 ms.
    fn spoken_lengths(sound: Sound) -> Duration {
        match sound {
            Sound::Speech(Spoken::Name { .. }) => Duration::from_secs(2),
            Sound::Speech(Spoken::Instructions(_)) => Duration::from_secs(1),
            _ => Duration::from_millis(500),
        }
    }

    fn with_speech(sound: Sound) -> bool {
        !matches!(sound, Sound::StepVoice(_))
    }

    fn boundary() -> [Cue; 2] {
        [
            cue(CueKind::HoldEnd, 0, None),
            cue(CueKind::StepStart, 1, Some(Side::Left)),
        ]
    }

    const NAME: Sound = Sound::Speech(Spoken::Name {
        step: 1,
        side: Some(Side::Left),
    });
    const READ: Sound = Sound::Speech(Spoken::Instructions(1));

    #[test]
    fn a_spoken_name_replaces_the_fixed_prompts_and_the_instructions_follow_when_they_fit() {
        let sounds = moment(
            &boundary(),
            CueStyle::Voice,
            Some(Duration::from_secs(5)),
            with_speech,
            spoken_lengths,
        );
        assert_eq!(
            sounds,
            [
                (Duration::ZERO, Sound::Phrase(Phrase::Relax)),
                (Duration::from_millis(580), NAME),
                (Duration::from_millis(2660), READ),
            ]
        );
        // Both: the tone first, then the name.
        let both: Vec<Sound> = moment(
            &boundary()[1..],
            CueStyle::Both,
            Some(Duration::from_secs(5)),
            with_speech,
            spoken_lengths,
        )
        .into_iter()
        .map(|(_, s)| s)
        .collect();
        assert_eq!(both, [Sound::Tone(Tone::StepStart), NAME, READ]);
    }

    #[test]
    fn what_does_not_fit_before_the_next_cue_is_not_started() {
        // Relax (0.5 s), the name (2 s) and a gap end at 2.66 s: the 1 s instructions would end
        // at 3.74 s, after the next cue at 3.5 s.
        let sounds = moment(
            &boundary(),
            CueStyle::Voice,
            Some(Duration::from_millis(3500)),
            with_speech,
            spoken_lengths,
        );
        assert_eq!(
            sounds,
            [
                (Duration::ZERO, Sound::Phrase(Phrase::Relax)),
                (Duration::from_millis(580), NAME),
            ]
        );
        // Not even the name fits: the fixed prompts, as without speech.
        let short = moment(
            &boundary(),
            CueStyle::Voice,
            Some(Duration::from_secs(2)),
            with_speech,
            spoken_lengths,
        );
        let fixed_only = moment(&boundary(), CueStyle::Voice, None, fixed, spoken_lengths);
        assert_eq!(short, fixed_only);
        assert_eq!(
            short.iter().map(|(_, s)| *s).collect::<Vec<_>>(),
            [
                Sound::Phrase(Phrase::Relax),
                Sound::Phrase(Phrase::NextStep),
                Sound::Phrase(Phrase::LeftSide)
            ]
        );
    }

    #[test]
    fn speech_always_ends_a_gap_before_the_next_cue() {
        for room_ms in (0..6000).step_by(10) {
            let room = Duration::from_millis(room_ms);
            for style in CueStyle::ALL {
                for (at, sound) in
                    moment(&boundary(), style, Some(room), with_speech, spoken_lengths)
                {
                    if matches!(sound, Sound::Speech(_)) {
                        assert!(
                            at + spoken_lengths(sound) + GAP <= room,
                            "{sound:?} at {at:?} runs into the cue {room:?} later ({style:?})"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn no_speech_where_it_would_delay_a_cue_of_the_same_instant_or_the_style_has_no_words() {
        // No time to get ready: the hold starts at the step's start, and "Hold" must not wait
        // for the name.
        let at_once = [
            cue(CueKind::StepStart, 1, Some(Side::Left)),
            cue(CueKind::HoldStart, 1, Some(Side::Left)),
        ];
        let sounds = moment(&at_once, CueStyle::Voice, None, with_speech, spoken_lengths);
        assert!(
            sounds.iter().all(|(_, s)| !matches!(s, Sound::Speech(_))),
            "{sounds:?}"
        );
        let tones = moment(
            &boundary(),
            CueStyle::Tones,
            None,
            with_speech,
            spoken_lengths,
        );
        assert_eq!(
            tones.iter().map(|(_, s)| *s).collect::<Vec<_>>(),
            [Sound::Tone(Tone::HoldEnd), Sound::Tone(Tone::StepStart)]
        );
    }

    #[test]
    fn a_steps_own_recording_plays_instead_of_its_spoken_name() {
        let sounds: Vec<Sound> =
            moment(&boundary(), CueStyle::Voice, None, |_| true, spoken_lengths)
                .into_iter()
                .map(|(_, s)| s)
                .collect();
        assert_eq!(
            sounds,
            [
                Sound::Phrase(Phrase::Relax),
                Sound::Phrase(Phrase::NextStep),
                Sound::Phrase(Phrase::LeftSide),
                Sound::StepVoice(1)
            ]
        );
    }

    #[test]
    fn room_is_the_time_to_the_next_cue_after_an_instant() {
        let mut cues = boundary();
        cues[0].at = Duration::from_secs(5);
        cues[1].at = Duration::from_secs(8);
        assert_eq!(
            room_after(&cues, Duration::from_secs(5)),
            Some(Duration::from_secs(3))
        );
        assert_eq!(
            room_after(&cues, Duration::ZERO),
            Some(Duration::from_secs(5))
        );
        assert_eq!(room_after(&cues, Duration::from_secs(8)), None);
    }

    #[test]
    fn each_step_says_its_name_and_first_side_and_a_recorded_step_says_nothing() {
        let routine = crate::routine::parse(
            r#"Routine(format: 1, name: "R", steps: [
                Step(name: "Bench psoas stretch.", sides: Right, hold: "30s",
                     instructions: " Hug one knee. "),
                Step(name: "Rest", hold: "10s", instructions: "   "),
                Step(name: "Recorded", hold: "10s", voice: "intro.wav"),
            ])"#,
            Some(std::path::Path::new(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../tests/data/valid/with-assets"
            ))),
        )
        .unwrap();
        let texts = speech_texts(
            &routine,
            ReadInstructions::WhenAsked,
            VoiceLanguage::English,
        );
        assert_eq!(
            texts,
            [
                (
                    Spoken::Name {
                        step: 0,
                        side: Some(Side::Right)
                    },
                    "Bench psoas stretch. Right side.".to_owned()
                ),
                (
                    Spoken::Name {
                        step: 1,
                        side: None
                    },
                    "Rest.".to_owned()
                ),
            ]
        );
        assert_eq!(
            speech_texts(&routine, ReadInstructions::Never, VoiceLanguage::English),
            texts
        );
        let read = speech_texts(&routine, ReadInstructions::Always, VoiceLanguage::English);
        assert_eq!(read.len(), 3);
        // The side is said in the language the name is spoken in.
        let german = speech_texts(&routine, ReadInstructions::Never, VoiceLanguage::German);
        assert_eq!(german[0].1, "Bench psoas stretch. Rechte Seite.");
        assert_eq!(
            read[1],
            (Spoken::Instructions(0), "Hug one knee.".to_owned())
        );
    }

    #[test]
    fn a_routine_that_asks_has_its_instructions_read_unless_the_person_chose_never() {
        let text = |asks: &str| {
            format!(
                r#"Routine(format: 1, name: "R", {asks} steps: [
                    Step(name: "Knees to chest", hold: "30s", prepare: "20s",
                         instructions: "Hug both knees."),
                ])"#
            )
        };
        let asking = crate::routine::parse(&text("read_instructions: true,"), None).unwrap();
        assert!(asking.read_instructions);
        let instructions = |routine: &Routine, choice| -> Vec<String> {
            speech_texts(routine, choice, VoiceLanguage::English)
                .into_iter()
                .filter(|(s, _)| matches!(s, Spoken::Instructions(_)))
                .map(|(_, t)| t)
                .collect()
        };
        let read = ["Hug both knees.".to_owned()];
        assert_eq!(instructions(&asking, ReadInstructions::WhenAsked), read);
        assert_eq!(instructions(&asking, ReadInstructions::Always), read);
        assert!(instructions(&asking, ReadInstructions::Never).is_empty());
        for not_asking in [text(""), text("read_instructions: false,")] {
            let routine = crate::routine::parse(&not_asking, None).unwrap();
            assert!(!routine.read_instructions);
            assert!(instructions(&routine, ReadInstructions::WhenAsked).is_empty());
            assert_eq!(instructions(&routine, ReadInstructions::Always), read);
        }
    }

    #[test]
    fn the_choices_names_read_back() {
        for choice in ReadInstructions::ALL {
            assert_eq!(ReadInstructions::from_name(choice.name()), Some(choice));
        }
        assert_eq!(ReadInstructions::from_name("sometimes"), None);
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
