//! Any valid routine and any sequence of commands and clock readings keep the engine's invariants:
//! the position stays on the timeline, nothing falls due while paused, cues come in plan order and
//! never before their time, and the time left is the total less the position. Cues that fell due
//! before a command and were not polled yet are kept, as stale as they were then, and those due
//! where the command landed are as stale as they were there (the property tests' `check_skips`
//! states both); the cues after them keep the rules above.
#![no_main]

use std::sync::Arc;
use std::time::Duration;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use stretch_timer_core::engine::{Command, DueCue, Plan, Session, State};
use stretch_timer_core::routine::{Routine, Sides, Step};

#[derive(Debug, Arbitrary)]
struct Input {
    steps: Vec<(u8, u8, u8, u8, u8, u8, bool, u8)>,
    start: u32,
    moves: Vec<(u8, u16)>,
}

fn step(
    (sides, hold, reps, prepare, rest, countdown, halfway, breathe): (
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        bool,
        u8,
    ),
) -> Step {
    let secs = |n: u8, max: u8| Duration::from_secs(u64::from(n % (max + 1)));
    Step {
        name: "Step".to_owned(),
        instructions: None,
        sides: [Sides::Neither, Sides::Left, Sides::Right, Sides::Both][usize::from(sides % 4)],
        hold: secs(hold, 40).max(Duration::from_secs(1)),
        reps: u32::from(reps % 4) + 1,
        prepare: secs(prepare, 8),
        rest: secs(rest, 8),
        switch_sides: secs(prepare / 2, 8),
        countdown: u32::from(countdown % 11),
        halfway,
        breathe: (breathe % 3 != 0).then(|| Duration::from_secs(u64::from(2 + breathe % 29))),
        image: None,
        drawing: None,
        voice: None,
    }
}

/// Splits off the cues at the front of `due` that fell due when the session was at `then`: as
/// stale as they were there.
fn fell_due_at(due: &[DueCue], then: Option<Duration>) -> (&[DueCue], &[DueCue]) {
    let n = then.map_or(0, |then| {
        due.iter()
            .take_while(|d| d.cue.at <= then && d.late == then - d.cue.at)
            .count()
    });
    due.split_at(n)
}

fn command(n: u8) -> Command {
    match n % 10 {
        0 => Command::Start,
        1 => Command::StartAtStep(usize::from(n / 10)),
        2 => Command::Pause,
        3 => Command::Resume,
        4 => Command::TogglePause,
        5 => Command::Skip,
        6 => Command::Back,
        7 => Command::RestartStep,
        8 => Command::Stop,
        _ => Command::Skip,
    }
}

fuzz_target!(|input: Input| {
    let steps: Vec<Step> = input.steps.into_iter().take(6).map(step).collect();
    if steps.is_empty() {
        return;
    }
    let routine = Routine {
        name: "Fuzz".to_owned(),
        summary: None,
        author: None,
        safety: None,
        sounds: Vec::new(),
        schedule: None,
        read_instructions: false,
        steps,
    };
    let plan = Arc::new(Plan::new(&routine));
    let total = plan.total;
    let mut session = Session::new(Arc::clone(&plan));
    let mut now = Duration::from_millis(u64::from(input.start));
    session.apply(Command::Start, now);
    for (what, wait) in input.moves.into_iter().take(64) {
        // Where the session was when a command was given, and where it landed.
        let mut commanded = None;
        if what % 3 == 0 {
            let before = session.position(now);
            session.apply(command(what / 3), now);
            commanded = Some((before, session.position(now)));
        }
        let paused = session.state() == State::Paused;
        let before = session.position(now);
        now += Duration::from_millis(u64::from(wait) * 10);
        let position = session.position(now);
        assert!(position <= total, "{position:?} past {total:?}");
        assert_eq!(session.remaining(now), total - position);
        let due = session.poll(now);
        let (kept, rest) = fell_due_at(&due, commanded.map(|(before, _)| before));
        let (landed, after) = fell_due_at(rest, commanded.map(|(_, landed)| landed));
        if paused {
            assert!(after.is_empty(), "a cue fell due while paused");
            assert_eq!(position, before, "the clock moved while paused");
            assert_eq!(session.next_deadline(), None);
        }
        for part in [kept, landed, after] {
            for pair in part.windows(2) {
                assert!(pair[0].cue.at <= pair[1].cue.at, "out of order: {due:?}");
            }
        }
        // Past the end the position stops at the total, and a cue is as late as the time says.
        let finished = session.state() == State::Finished;
        for d in after {
            assert!(
                d.cue.at <= position,
                "{d:?} before its time at {position:?}"
            );
            if finished {
                assert!(d.late >= position - d.cue.at, "{d:?} at {position:?}");
            } else {
                assert_eq!(d.late, position - d.cue.at);
            }
        }
        if let Some(phase) = session.phase(now) {
            assert!(session.phase_remaining(now) <= phase.duration);
        }
    }
});
