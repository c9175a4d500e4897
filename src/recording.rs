//! Recording a session of a routine in the history, as the command line and the app both do.
//!
//! [`Recording::start`] opens the history on a thread of its own (see [`Recorder::open`]) and
//! records that the session starts; [`Recording::hold_sink`] gives the [`HoldSink`] to attach to
//! the [`CuePlayer`](crate::audio::player::CuePlayer), whose timing thread reports each hold that
//! ends through it with a channel send (no I/O, no waiting); [`Recording::finish`] records how it
//! ended and waits for the writes. A session whose recording is dropped unfinished is marked
//! interrupted the next time the history is opened, as after a crash.
//!
//! Nothing here stops a routine: a history that cannot be opened or written (damaged, locked,
//! from a newer version, read-only, a full disk) becomes one [`RecordingError`] to show, once,
//! from [`Recording::failure`] or [`Recording::finish`], and the routine goes on.

use std::borrow::Cow;
use std::io;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use jiff::Timestamp;

use crate::audio::player::{HoldEnded, HoldSink};
use crate::history::{self, HistoryError, RecordError, RecordSender, Recorder};
use crate::progress::{HoldDone, LocalTime, Pain, SessionEnd, SessionStart, Source, StepHolds};
use crate::routine::{Routine, Side};

/// Why a session could not be recorded, all or part of it; the routine itself goes on.
#[derive(Debug, thiserror::Error)]
pub enum RecordingError {
    /// The history could not be opened, read or written (its message says which, and what to
    /// do).
    #[error(transparent)]
    History(#[from] RecordError),
    /// The system could not start the thread that records.
    #[error("{}", crate::tr!("history-no-thread", routine = routine.as_str(), reason = crate::fault::io_words(reason)))]
    Thread {
        /// The routine's name.
        routine: String,
        /// What the system said.
        reason: io::Error,
    },
}

impl RecordingError {
    /// What was wrong with the history file, for a front end that offers a way out (starting a
    /// new history when it is damaged, say).
    pub fn history_error(&self) -> Option<&HistoryError> {
        match self {
            RecordingError::History(e) => Some(&e.cause),
            RecordingError::Thread { .. } => None,
        }
    }
}

/// The exact text of the routine from `source`, as its session's hash is taken: a bundled
/// routine's own text in the language it is read in ([`crate::resolve::bundled_language`]), or the
/// file's bytes read now.
pub fn routine_text(source: &Source) -> io::Result<Cow<'static, [u8]>> {
    match source {
        Source::Bundled(id) => crate::bundled::find(id)
            .map(|b| Cow::Borrowed(b.text(&crate::resolve::bundled_language()).as_bytes()))
            .ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::NotFound,
                    crate::tr!("cli-no-such-bundled-routine"),
                )
            }),
        Source::File(path) => std::fs::read(path).map(Cow::Owned),
    }
}

/// Where holds go: the recorder's sender until the session finishes, then nothing. Shared with
/// every [`HoldSender`], so that finishing does not wait for the player to let its sink go.
type HoldsTo = Arc<Mutex<Option<RecordSender>>>;

/// A session being recorded.
#[derive(Debug)]
pub struct Recording {
    /// `None` when its thread could not start.
    recorder: Option<Recorder>,
    holds_to: HoldsTo,
    /// A failure not yet taken.
    pending: Option<RecordingError>,
    holds: Vec<StepHolds>,
}

impl Recording {
    /// Starts recording a session of `routine` (from `source`, read from `text`, its exact
    /// bytes: see [`routine_text`]) in the history file at `history` (see
    /// [`history::path_in`]), started at `started_at`, with the pain the person gave before,
    /// if any. Never waits for the file: opening it and writing happen on the recorder's thread,
    /// and a failure comes back from [`Recording::failure`].
    pub fn start(
        history: &Path,
        routine: &Routine,
        source: Source,
        text: &[u8],
        started_at: LocalTime,
        pain_before: Option<Pain>,
    ) -> Recording {
        let start = SessionStart::new(routine, source, text, started_at, pain_before);
        let holds = start.holds.clone();
        match Recorder::open(history.to_owned(), history::Options::default()) {
            Ok(recorder) => {
                recorder.start(start);
                Recording {
                    holds_to: Arc::new(Mutex::new(Some(recorder.sender()))),
                    recorder: Some(recorder),
                    pending: None,
                    holds,
                }
            }
            Err(reason) => Recording {
                recorder: None,
                holds_to: HoldsTo::default(),
                pending: Some(RecordingError::Thread {
                    routine: start.routine,
                    reason,
                }),
                holds,
            },
        }
    }

    /// The sink to attach to the player
    /// ([`CuePlayer::set_hold_sink`](crate::audio::player::CuePlayer::set_hold_sink)).
    pub fn hold_sink(&self) -> HoldSender {
        HoldSender {
            to: Arc::clone(&self.holds_to),
            left: self
                .holds
                .iter()
                .map(|h| (h.step, h.side, h.planned))
                .collect(),
        }
    }

    /// The next failure not yet taken, if any; each is returned once. Never waits. A front end
    /// asks now and then while the routine runs, and says what it gets.
    pub fn failure(&mut self) -> Option<RecordingError> {
        self.pending.take().or_else(|| {
            self.recorder
                .as_ref()
                .and_then(Recorder::failure)
                .map(RecordingError::from)
        })
    }

    /// Records, at once and without waiting, that the session came to its end: how, when, and
    /// the seconds it played (the answers in `end` are not kept: [`Recording::finish`] adds
    /// them). A session whose program dies before it is finished keeps this outcome.
    pub fn ended(&self, end: SessionEnd) {
        if let Some(recorder) = &self.recorder {
            recorder.ended(end);
        }
    }

    /// Records how the session ended, waits until everything is written, and returns the
    /// failure not yet taken, if any. Holds reported after this are not recorded.
    pub fn finish(mut self, end: SessionEnd) -> Option<RecordingError> {
        // The last of the recorder's senders goes, so that its thread ends once it has written.
        self.holds_to
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        let pending = self.pending.take();
        let Some(recorder) = self.recorder.take() else {
            return pending;
        };
        recorder.finish(end);
        let closed = recorder.close().into_iter().next();
        pending.or(closed.map(RecordingError::from))
    }
}

impl Drop for Recording {
    /// Unfinished, the session is left as it stands; its recorder ends once it has written what
    /// it was sent, and the next open of the history marks the session interrupted.
    fn drop(&mut self) {
        self.holds_to
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
    }
}

/// Sends each hold that ends to the recording: a [`HoldSink`] for the player's timing thread.
/// Cheap to clone; a hold done again (after going back a step) beyond the holds the step plans is
/// not counted twice. Its lock is only ever held for a channel send, or by
/// [`Recording::finish`] to let the sender go.
#[derive(Debug, Clone)]
pub struct HoldSender {
    to: HoldsTo,
    /// Holds still to be done, per step and side.
    left: Vec<(usize, Option<Side>, u32)>,
}

impl HoldSink for HoldSender {
    fn hold_ended(&mut self, hold: HoldEnded) {
        let Some(left) = self
            .left
            .iter_mut()
            .find(|(step, side, left)| *step == hold.step && *side == hold.side && *left > 0)
        else {
            return;
        };
        left.2 -= 1;
        if let Some(sender) = &*self.to.lock().unwrap_or_else(PoisonError::into_inner) {
            sender.hold_done(HoldDone {
                step: hold.step,
                side: hold.side,
                elapsed: hold.played,
                at: Timestamp::now(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use jiff::tz::Offset;

    use super::*;
    use crate::history::{Filter, History};
    use crate::progress::Outcome;
    use crate::routine::parse;

    const TEXT: &str = r#"Routine(format: 1, name: "Quick", steps: [
        Step(name: "A", hold: 1, reps: 2, prepare: 0, rest: 0),
        Step(name: "B", hold: 1, sides: Both, prepare: 0),
    ])"#;

    fn at(second: i64) -> LocalTime {
        LocalTime::new(
            Timestamp::from_second(1_741_000_000 + second).unwrap(),
            Offset::from_hours(1).unwrap(),
        )
    }

    fn end(outcome: Outcome) -> SessionEnd {
        SessionEnd {
            outcome,
            ended_at: at(60),
            elapsed: Duration::from_secs(4),
            pain_after: Pain::new(2).ok(),
            effort: None,
            note: "fine".to_owned(),
        }
    }

    fn ended(step: usize, side: Option<Side>) -> HoldEnded {
        HoldEnded {
            step,
            side,
            position: Duration::from_secs(1),
            played: Duration::from_secs(1),
        }
    }

    #[test]
    fn holds_reach_the_history_and_a_hold_done_again_is_not_counted_twice() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.sqlite3");
        let routine = parse(TEXT, None).unwrap();
        let source = Source::File(dir.path().join("quick.ron"));
        let recording = Recording::start(
            &path,
            &routine,
            source.clone(),
            TEXT.as_bytes(),
            at(0),
            Pain::new(5).ok(),
        );
        let mut sink = recording.hold_sink();
        for hold in [
            ended(0, None),
            ended(0, None),
            // Gone back and held again: the step plans two.
            ended(0, None),
            ended(1, Some(Side::Left)),
        ] {
            sink.hold_ended(hold);
        }
        assert!(
            recording
                .finish(end(Outcome::Stopped { step: 1 }))
                .is_none()
        );

        let history = History::open(&path).unwrap();
        let sessions = history.list(&Filter::default()).unwrap();
        let record = &sessions[0].record;
        assert_eq!(record.source, source);
        assert_eq!(
            record.routine_hash,
            crate::progress::RoutineHash::of(TEXT.as_bytes())
        );
        assert_eq!(record.outcome, Some(Outcome::Stopped { step: 1 }));
        let done: Vec<u32> = record.holds.iter().map(|h| h.done).collect();
        assert_eq!(done, [2, 1, 0]);
        assert_eq!((record.holds_done(), record.holds_planned()), (3, 4));
        assert_eq!(record.pain_before, Pain::new(5).ok());
        assert_eq!(record.note, "fine");
    }

    #[test]
    fn a_damaged_history_is_said_once_and_left_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.sqlite3");
        let junk =
            b"this is not a database, and it is long enough to look like a header".repeat(64);
        std::fs::write(&path, &junk).unwrap();
        let routine = parse(TEXT, None).unwrap();
        let mut recording = Recording::start(
            &path,
            &routine,
            Source::Bundled("quick".to_owned()),
            TEXT.as_bytes(),
            at(0),
            None,
        );
        recording.hold_sink().hold_ended(ended(0, None));
        // The failure arrives from the recorder's thread; finishing waits for it.
        let failure = match recording.failure() {
            Some(failure) => failure,
            None => recording.finish(end(Outcome::Completed)).unwrap(),
        };
        assert!(
            matches!(failure.history_error(), Some(HistoryError::Corrupt { .. })),
            "{failure}"
        );
        assert!(
            failure.to_string().contains("could not be recorded"),
            "{failure}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), junk);
    }
}
