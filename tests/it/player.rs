//! The cue player with a manual clock and a recording output: which sounds it asks for, and when,
//! as a person would hear them.
//!
//! The player's own timing thread runs in these tests too, and may wake at any moment (after a
//! command, or when a wait on the real clock ends). So the manual clock moves only in
//! [`Rig::tick_at`], under the player's lock and together with a tick: whatever falls due is
//! taken there, and a later tick by the thread at the same reading finds nothing left.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use stretch_timer::audio::CueStyle;
use stretch_timer::audio::bank::{Phrase, RENDER_RATE, Sound, SoundBank};
use stretch_timer::audio::output::{Recorded, RecordingOutput};
use stretch_timer::audio::player::{CuePlayer, HoldEnded, HoldSink};
use stretch_timer::clock::{Clock, ManualClock};
use stretch_timer::engine::{Command, DueCue, Plan, Session, State};
use stretch_timer::routine::{Side, Tone, parse};

/// prepare 0–2 s, hold 2–7 s (countdown 2 at 5 s, 1 at 6 s), then step B: prepare 7–9,
/// hold 9–12; done at 12 s.
const ROUTINE: &str = r#"Routine(format: 1, name: "T", steps: [
    Step(name: "A", hold: 5, prepare: 2, countdown: 2),
    Step(name: "B", hold: 3, prepare: 2, countdown: 0),
])"#;

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

struct Rig {
    clock: ManualClock,
    output: RecordingOutput,
    player: CuePlayer,
}

/// One step on both sides, two holds a side: left holds 0–2 and 3–5 s (rest 2–3), switch sides
/// 5–6, right holds 6–8 and 9–11; done at 11 s.
const SIDES: &str = r#"Routine(format: 1, name: "S", steps: [
    Step(name: "C", hold: 2, reps: 2, rest: 1, prepare: 0, sides: Both, switch_sides: 1),
])"#;

fn rig(style: CueStyle) -> Rig {
    rig_of(ROUTINE, style)
}

fn rig_of(text: &str, style: CueStyle) -> Rig {
    let routine = parse(text, None).unwrap();
    let plan = Arc::new(Plan::new(&routine));
    let clock = ManualClock::new();
    let output = RecordingOutput::new();
    let player = CuePlayer::spawn(
        Session::new(plan),
        Arc::new(SoundBank::builtin(
            stretch_timer::language::VoiceLanguage::English,
            RENDER_RATE,
        )),
        Box::new(output.clone()),
        style,
        Arc::new(clock.clone()),
    )
    .unwrap();
    Rig {
        clock,
        output,
        player,
    }
}

impl Rig {
    /// Moves the clock to `s` seconds, lets the player catch up, and returns the sounds asked for.
    fn at(&self, s: u64) -> Vec<(Sound, Duration)> {
        self.tick_at(secs(s));
        self.plays()
    }

    /// Moves the clock to `at` and brings the player up to it on this thread, holding the
    /// player's lock throughout, so the timing thread cannot take any of it: returns every cue
    /// that fell due.
    fn tick_at(&self, at: Duration) -> Vec<DueCue> {
        let mut shared = self.player.lock();
        self.clock.set(at);
        shared.tick(&self.clock)
    }

    /// The sounds asked for since the last look, with their start as a clock reading.
    fn plays(&self) -> Vec<(Sound, Duration)> {
        let zero = self.clock.instant(Duration::ZERO);
        self.output
            .take()
            .into_iter()
            .filter_map(|r| match r {
                Recorded::Play { sound, at } => Some((sound, at - zero)),
                _ => None,
            })
            .collect()
    }
}

#[test]
fn each_cue_is_asked_for_at_its_planned_time_whenever_the_player_catches_up() {
    let rig = rig(CueStyle::Tones);
    rig.player.command(Command::Start);
    assert_eq!(rig.plays(), [(Sound::Tone(Tone::StepStart), secs(0))]);
    assert_eq!(rig.at(1), []);
    // Caught up 300 ms late: the sound is still placed at 2 s exactly.
    rig.tick_at(Duration::from_millis(2300));
    assert_eq!(rig.plays(), [(Sound::Tone(Tone::HoldStart), secs(2))]);
    assert_eq!(rig.at(5), [(Sound::Tone(Tone::Countdown), secs(5))]);
    assert_eq!(rig.at(6), [(Sound::Tone(Tone::CountdownLast), secs(6))]);
    // A hold's end and the next step's start, at one moment, one after the other.
    let boundary = rig.at(7);
    assert_eq!(boundary.len(), 2);
    assert_eq!(boundary[0], (Sound::Tone(Tone::HoldEnd), secs(7)));
    assert_eq!(boundary[1].0, Sound::Tone(Tone::StepStart));
    assert!(
        boundary[1].1 > Duration::from_millis(7500),
        "after the 500 ms hold_end and a gap"
    );
    rig.at(12);
    assert_eq!(rig.player.lock().session.state(), State::Finished);
}

#[test]
fn pause_silences_and_says_so_and_resume_keeps_the_time_left() {
    let rig = rig(CueStyle::Both);
    rig.player.command(Command::Start);
    rig.at(3);
    rig.output.take();
    rig.tick_at(Duration::from_millis(3500));
    rig.player.command(Command::Pause);
    let log = rig.output.take();
    assert_eq!(log[0], Recorded::Silence, "{log:?}");
    assert!(matches!(
        log[1],
        Recorded::Play {
            sound: Sound::Phrase(Phrase::Paused),
            ..
        }
    ));
    // Ten minutes later, nothing has been asked for, and the hold has 3.5 s left.
    assert_eq!(rig.at(603), []);
    let left = rig.player.lock().session.phase_remaining(rig.clock.now());
    assert_eq!(left, Duration::from_millis(3500));
    rig.player.command(Command::Resume);
    assert_eq!(rig.plays(), [(Sound::Phrase(Phrase::Resumed), secs(603))]);
    // The countdown that was due at 5 s now comes at 603 + 1.5 s.
    rig.tick_at(Duration::from_millis(604_500));
    assert_eq!(
        rig.plays()[0],
        (Sound::Tone(Tone::Countdown), Duration::from_millis(604_500))
    );
}

#[test]
fn skip_silences_what_no_longer_applies_and_starts_the_next_phase_at_once() {
    let rig = rig(CueStyle::Voice);
    rig.player.command(Command::Start);
    rig.output.take();
    rig.tick_at(Duration::from_millis(800));
    rig.player.command(Command::Skip);
    let log = rig.output.take();
    assert_eq!(log[0], Recorded::Silence);
    assert_eq!(
        log[1],
        Recorded::Play {
            sound: Sound::Phrase(Phrase::Hold),
            at: rig.clock.instant(Duration::from_millis(800)),
        }
    );
}

#[test]
fn cues_reported_long_after_their_time_are_not_played() {
    let rig = rig(CueStyle::Tones);
    rig.player.command(Command::Start);
    rig.output.take();
    // The machine slept through the whole routine: no burst of stale cues, only the last
    // moment's (within a second: done at 12 s, woken at 12.5 s).
    // Moved and ticked under the lock: the timing thread, woken by Start, cannot have taken the
    // cues first, so all of them are counted here.
    let due = rig.tick_at(Duration::from_millis(12_500));
    assert_eq!(due.len(), 8, "every cue still falls due once: {due:?}");
    let played: Vec<Sound> = rig.plays().into_iter().map(|(s, _)| s).collect();
    assert_eq!(
        played,
        [Sound::Tone(Tone::HoldEnd), Sound::Tone(Tone::RoutineDone)]
    );
}

/// Keeps the holds the player reports.
#[derive(Clone, Default)]
struct Heard(Arc<Mutex<Vec<HoldEnded>>>);

impl HoldSink for Heard {
    fn hold_ended(&mut self, hold: HoldEnded) {
        self.0.lock().unwrap().push(hold);
    }
}

impl Heard {
    fn take(&self) -> Vec<(usize, Option<Side>, Duration)> {
        std::mem::take(&mut *self.0.lock().unwrap())
            .into_iter()
            .map(|h| (h.step, h.side, h.position))
            .collect()
    }
}

fn heard(rig: &Rig) -> Heard {
    let heard = Heard::default();
    rig.player.set_hold_sink(Some(Box::new(heard.clone())));
    heard
}

#[test]
fn each_hold_that_ends_is_reported_once_with_its_step_side_and_position() {
    let rig = rig_of(SIDES, CueStyle::Tones);
    let heard = heard(&rig);
    rig.player.command(Command::Start);
    let left = Some(Side::Left);
    let right = Some(Side::Right);
    rig.at(1);
    assert_eq!(heard.take(), []);
    rig.at(2);
    assert_eq!(heard.take(), [(0, left, secs(2))]);
    // Caught up late, after the machine slept: every hold that ended meanwhile, in order.
    rig.at(20);
    assert_eq!(
        heard.take(),
        [
            (0, left, secs(5)),
            (0, right, secs(8)),
            (0, right, secs(11))
        ]
    );
    assert_eq!(rig.player.lock().session.state(), State::Finished);
}

#[test]
fn a_hold_skipped_or_stopped_is_not_reported() {
    let rig = rig_of(SIDES, CueStyle::Tones);
    let heard = heard(&rig);
    rig.player.command(Command::Start);
    rig.at(1);
    // Skipped a second into the first hold: the skip lands on the hold's end, whose cue falls
    // due there, but the hold was not done.
    rig.player.command(Command::Skip);
    rig.at(2);
    assert_eq!(heard.take(), []);
    // The second left hold (3–5 on the timeline, now 2–4 on the clock) is skipped halfway, into
    // the switch; the first right one (now 4–6) is stopped halfway.
    rig.at(3);
    rig.player.command(Command::Skip);
    rig.at(5);
    rig.player.command(Command::Stop);
    rig.at(30);
    assert_eq!(heard.take(), []);
}

#[test]
fn volume_and_mute_reach_the_output() {
    let rig = rig(CueStyle::Tones);
    rig.player.set_volume(0.4);
    rig.player.set_muted(true);
    rig.player.set_muted(false);
    assert_eq!(
        rig.output.take(),
        [
            Recorded::Volume(0.4),
            Recorded::Muted(true),
            Recorded::Muted(false)
        ]
    );
}
