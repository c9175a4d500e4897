//! The bodies of the core's fuzz targets (`fuzz/fuzz_targets/`), each a function of the fuzzer's
//! bytes that panics where the property it states fails. The targets call them, and so does the
//! regression test that replays each target's corpus (`fuzz/corpus/TARGET/`) in `cargo test`
//! (tests/it/fuzz_corpus.rs): one body, run by both.
//!
//! Structured inputs are made from the bytes with [`arbitrary`], as `fuzz_target!` would make
//! them, so a file the fuzzer kept means the same input when the test replays it.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use arbitrary::{Arbitrary, Unstructured};

use crate::engine::{Command, DueCue, Plan, Session, State};
use crate::limits;
use crate::routine::draft::{Draft, Field, StepDraft};
use crate::routine::{Routine, Sides, Step, parse, parse_bytes};

/// A fuzz target: its name in `fuzz/Cargo.toml`, which is also its corpus folder's, and its body.
#[derive(Debug, Clone, Copy)]
pub struct Target {
    /// The target's name.
    pub name: &'static str,
    /// What it runs on the fuzzer's bytes.
    pub body: fn(&[u8]),
}

/// The core's targets.
pub const TARGETS: &[Target] = &[
    Target {
        name: "routine_loader",
        body: routine_loader,
    },
    Target {
        name: "draft_check",
        body: draft_check,
    },
    Target {
        name: "engine",
        body: engine,
    },
];

/// The structured input `T` made from `data` as `fuzz_target!(|input: T| …)` makes it, or `None`
/// where the bytes do not make one.
fn input<'a, T: Arbitrary<'a>>(data: &'a [u8]) -> Option<T> {
    T::arbitrary_take_rest(Unstructured::new(data)).ok()
}

/// Any bytes as a routine file: a routine, or at most [`limits::REPORTED_PROBLEMS`] errors in file
/// order, each inside the file.
pub fn routine_loader(data: &[u8]) {
    let Err(diagnostics) = parse_bytes(data, None) else {
        return;
    };
    assert!(!diagnostics.is_empty());
    assert!(diagnostics.len() <= limits::REPORTED_PROBLEMS);
    let text = String::from_utf8_lossy(data);
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(&text)
        .replace("\r\n", "\n");
    let lines: Vec<&str> = text.split('\n').collect();
    for pair in diagnostics.windows(2) {
        assert!(pair[0].pos <= pair[1].pos, "out of order: {diagnostics:?}");
    }
    for d in &diagnostics {
        assert!(d.pos.line >= 1 && d.pos.col >= 1, "{d}");
        assert!(d.pos.line <= lines.len(), "line past the end: {d}");
        let line = lines[d.pos.line - 1];
        assert!(
            d.pos.col <= line.chars().count() + 1,
            "column past the end of line {}: {d}",
            d.pos.line
        );
    }
}

/// What a person typed into the editor's fields.
#[derive(Debug, Arbitrary)]
struct Typed {
    name: String,
    summary: String,
    safety: String,
    language: String,
    /// Every field of a step, as typed: a field added to the draft is typed into as well.
    steps: Vec<StepDraft>,
}

/// Anything typed into the editor's fields: a routine whose written text reads back as the same
/// routine, or messages each tied to a field of the draft.
pub fn draft_check(data: &[u8]) {
    let Some(typed) = input::<Typed>(data) else {
        return;
    };
    let draft = Draft {
        name: typed.name,
        summary: typed.summary,
        safety: typed.safety,
        language: typed.language,
        steps: typed.steps.into_iter().take(12).collect(),
        ..Draft::default()
    };
    let checked = draft.check(None);
    match &checked.routine {
        Ok(routine) => {
            let again = parse(&checked.written.text, None);
            assert_eq!(again.as_ref(), Ok(routine), "the checked text reads back");
            assert_eq!(
                Draft::from_routine(routine, None).write().text,
                checked.written.text
            );
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            for (field, _) in problems {
                if let Field::Step(i, _) = field {
                    assert!(*i < draft.steps.len(), "{field:?}");
                }
            }
        }
    }
}

/// A step's numbers as the fuzzer gives them: sides, hold, reps, prepare, rest, countdown,
/// halfway, breathe.
type StepNumbers = (u8, u8, u8, u8, u8, u8, bool, u8);

/// A routine's steps, a start time and the moves made in it.
#[derive(Debug, Arbitrary)]
struct Moves {
    steps: Vec<StepNumbers>,
    start: u32,
    moves: Vec<(u8, u16)>,
}

/// A valid step from the fuzzer's numbers, each brought into its range.
fn step((sides, hold, reps, prepare, rest, countdown, halfway, breathe): StepNumbers) -> Step {
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

/// The command numbered `n`.
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
        _ => match n / 10 % 3 {
            0 => Command::Skip,
            1 => Command::SkipStep,
            _ => Command::BackStep,
        },
    }
}

/// Any valid routine and any sequence of commands and clock readings keep the engine's
/// invariants: the position stays on the timeline, nothing falls due while paused, cues come in
/// plan order and never before their time, and the time left is the total less the position.
/// Cues that fell due before a command and were not polled yet are kept, as stale as they were
/// then, and those due where the command landed are as stale as they were there (the property
/// tests' `check_skips` states both); the cues after them keep the rules above.
pub fn engine(data: &[u8]) {
    let Some(input) = input::<Moves>(data) else {
        return;
    };
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
        language: None,
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
}

/// What [`replay`] found: how many files it ran, and each that broke its target's property.
#[derive(Debug, Default)]
pub struct Replayed {
    /// Files run, over every target.
    pub files: usize,
    /// `TARGET/FILE: what failed`, one for each file that panicked, and each target without
    /// a corpus.
    pub failures: Vec<String>,
}

/// Runs every file of `corpus/NAME/` through the target `NAME` of `targets`, each on its own: a
/// panic is caught and noted with the file's name, and the next file runs. A target whose folder
/// is missing or empty is a failure too: its replay would prove nothing.
pub fn replay(corpus: &Path, targets: &[Target]) -> Replayed {
    let mut replayed = Replayed::default();
    for &Target { name, body } in targets {
        let mut files: Vec<_> = std::fs::read_dir(corpus.join(name))
            .into_iter()
            .flatten()
            .flatten()
            .map(|entry| entry.path())
            .collect();
        files.sort();
        if files.is_empty() {
            replayed.failures.push(format!(
                "{name}: no corpus in {}",
                corpus.join(name).display()
            ));
        }
        for file in files {
            let label = format!("{name}/{}", file.display());
            match std::fs::read(&file) {
                Ok(bytes) => {
                    replayed.files += 1;
                    if let Err(panic) = std::panic::catch_unwind(|| body(&bytes)) {
                        let what = panic
                            .downcast_ref::<String>()
                            .map(String::as_str)
                            .or_else(|| panic.downcast_ref::<&str>().copied())
                            .unwrap_or("a panic");
                        replayed.failures.push(format!("{label}: {what}"));
                    }
                }
                Err(e) => replayed.failures.push(format!("{label}: {e}")),
            }
        }
    }
    replayed
}
