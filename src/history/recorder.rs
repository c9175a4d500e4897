//! Recording sessions away from the timing thread.
//!
//! The [`Recorder`] owns the history's connection on a thread of its own. Front ends and the
//! player send it events over a channel; sending never blocks and never touches the disk, so a
//! cue is never late because of a write. A failure is reported once per session, as a
//! [`RecordError`] the front end shows; the session's later events are still tried (a lock held
//! by another program may be gone by the next hold), but not reported again.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

use stretch_timer_core::progress::{HoldDone, SessionEnd, SessionStart};

use super::{History, HistoryError, Options, Running};

/// Why a session could not be recorded (all or part of it).
#[derive(Debug, thiserror::Error)]
#[error("this session of {routine} could not be recorded: {cause}")]
pub struct RecordError {
    /// The routine's name.
    pub routine: String,
    /// Why (in the message; not a separate source, so it is said once).
    pub cause: HistoryError,
}

/// What the recorder is told.
#[derive(Debug)]
enum Event {
    Start(Box<SessionStart>),
    HoldDone(HoldDone),
    Finish(Box<SessionEnd>),
}

/// Sends events to a [`Recorder`] from any thread (the player's timing thread included): every
/// method only puts a message on a channel.
#[derive(Debug, Clone)]
pub struct RecordSender {
    events: Sender<Event>,
}

impl RecordSender {
    /// A session starts; it ends the one before if that was not finished (as interrupted).
    pub fn start(&self, start: SessionStart) {
        self.send(Event::Start(Box::new(start)));
    }

    /// A hold of the running session was finished.
    pub fn hold_done(&self, hold: HoldDone) {
        self.send(Event::HoldDone(hold));
    }

    /// The running session ended.
    pub fn finish(&self, end: SessionEnd) {
        self.send(Event::Finish(Box::new(end)));
    }

    fn send(&self, event: Event) {
        // The recorder's thread only stops when every sender is gone, or if it panicked; then
        // there is nothing left to record with, and the front end has been told by `failure`.
        let _ = self.events.send(event);
    }
}

/// Records sessions on a thread of its own. Dropping it lets the thread finish what it was sent
/// and stop, without waiting for it; [`Recorder::close`] waits.
#[derive(Debug)]
pub struct Recorder {
    sender: RecordSender,
    failures: Receiver<RecordError>,
    thread: JoinHandle<()>,
}

impl Recorder {
    /// Starts recording into `history` on a new thread. Fails only if the system cannot start a
    /// thread.
    pub fn spawn(history: History) -> std::io::Result<Recorder> {
        Recorder::spawn_with(move |inbox, report| run(history, inbox, report))
    }

    /// Opens the history at `path` on the recorder's own thread, so that waiting for a file
    /// another program holds locked never holds up the caller, and records into it. If it cannot
    /// be opened, that is the failure reported for the first session started, and nothing is
    /// recorded. Fails only if the system cannot start a thread.
    pub fn open(path: PathBuf, options: Options) -> std::io::Result<Recorder> {
        Recorder::spawn_with(
            move |inbox, report| match History::open_with(&path, options) {
                Ok(history) => run(history, inbox, report),
                Err(source) => {
                    let first = inbox.iter().find_map(|event| match event {
                        Event::Start(start) => Some(start.routine),
                        Event::HoldDone(_) | Event::Finish(_) => None,
                    });
                    if let Some(routine) = first {
                        // The receiver is gone only when the Recorder is: no one is left to tell.
                        let _ = report.send(RecordError {
                            routine,
                            cause: source,
                        });
                    }
                }
            },
        )
    }

    fn spawn_with(
        body: impl FnOnce(&Receiver<Event>, &Sender<RecordError>) + Send + 'static,
    ) -> std::io::Result<Recorder> {
        let (events, inbox) = mpsc::channel();
        let (report, failures) = mpsc::channel();
        let thread = thread::Builder::new()
            .name("history".to_owned())
            .spawn(move || body(&inbox, &report))?;
        Ok(Recorder {
            sender: RecordSender { events },
            failures,
            thread,
        })
    }

    /// A sender for another thread.
    pub fn sender(&self) -> RecordSender {
        self.sender.clone()
    }

    /// A session starts: see [`RecordSender::start`].
    pub fn start(&self, start: SessionStart) {
        self.sender.start(start);
    }

    /// A hold was finished: see [`RecordSender::hold_done`].
    pub fn hold_done(&self, hold: HoldDone) {
        self.sender.hold_done(hold);
    }

    /// The session ended: see [`RecordSender::finish`].
    pub fn finish(&self, end: SessionEnd) {
        self.sender.finish(end);
    }

    /// The next failure not yet reported, if any: each is returned once. Never waits.
    pub fn failure(&self) -> Option<RecordError> {
        self.failures.try_recv().ok()
    }

    /// Waits until everything sent so far (by this and every other sender that is dropped) is
    /// written, then stops the thread. Returns the failures not yet reported.
    pub fn close(self) -> Vec<RecordError> {
        let Recorder {
            sender,
            failures,
            thread,
        } = self;
        // Dropping our sender ends the thread's loop once the other senders are gone too.
        drop(sender);
        // A panic on that thread has already lost what it was writing; nothing more to do.
        let _ = thread.join();
        failures.try_iter().collect()
    }
}

/// The recorder's loop: one session at a time.
fn run(mut history: History, inbox: &Receiver<Event>, report: &Sender<RecordError>) {
    let mut current: Option<Current> = None;
    for event in inbox {
        match event {
            Event::Start(start) => {
                if let Some(previous) = current.take() {
                    previous.close_unfinished(&mut history, report);
                }
                let routine = start.routine.clone();
                let running = history.start(&start);
                let mut session = Current {
                    routine,
                    running: None,
                    reported: false,
                };
                match running {
                    Ok(running) => session.running = Some(running),
                    Err(source) => session.fail(report, source),
                }
                current = Some(session);
            }
            Event::HoldDone(hold) => {
                if let Some(session) = &mut current
                    && let Some(running) = &session.running
                    && let Err(source) = history.hold_done(running, &hold)
                {
                    session.fail(report, source);
                }
            }
            Event::Finish(end) => {
                if let Some(mut session) = current.take()
                    && let Some(running) = session.running.take()
                    && let Err(source) = history.finish(running, &end)
                {
                    session.fail(report, source);
                }
            }
        }
    }
    // Every sender is gone with a session unfinished: its lock goes with this thread, and the
    // next open marks it interrupted.
}

/// The session being recorded.
struct Current {
    routine: String,
    /// `None` when its start could not be written: nothing more can be recorded for it.
    running: Option<Running>,
    reported: bool,
}

impl Current {
    /// Reports the session's first failure.
    fn fail(&mut self, report: &Sender<RecordError>, source: HistoryError) {
        if !self.reported {
            self.reported = true;
            // The receiver is gone only when the Recorder is: no one is left to tell.
            let _ = report.send(RecordError {
                routine: self.routine.clone(),
                cause: source,
            });
        }
    }

    /// Ends a session that was never finished (a new one started first) as interrupted, at its
    /// last write, as the next open would.
    fn close_unfinished(mut self, history: &mut History, report: &Sender<RecordError>) {
        if let Some(running) = self.running.take() {
            // Released first, so that its lock no longer says it is alive.
            drop(running);
            if let Err(source) = history.mark_interrupted() {
                self.fail(report, source);
            }
        }
    }
}
