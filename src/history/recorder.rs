//! Recording sessions away from the timing thread.
//!
//! The [`Recorder`] owns the history's connection on a thread of its own. Front ends and the
//! player send it events over a channel; sending never blocks and never touches the disk, so a
//! cue is never late because of a write. A failure is reported once per session, as a
//! [`RecordError`] the front end shows.
//!
//! A history another program holds locked is waited for, for as long as the session lasts: the
//! events that could not be written are kept, in order, and tried again every busy timeout and
//! at every new event, so a lock that goes away loses nothing (reported once as
//! [`RecordError::waiting`]). Only what is still not written once every sender is gone (the
//! session is over) is lost.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::{self, JoinHandle};

use stretch_timer_core::progress::{HoldDone, SessionEnd, SessionStart};

use super::{History, HistoryError, Options, Running};
use crate::tr;

/// Why a session could not be recorded (all or part of it), or, while another program holds the
/// history locked, is not recorded yet.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.words())]
pub struct RecordError {
    /// The routine's name.
    pub routine: String,
    /// Why (in the message; not a separate source, so it is said once).
    pub cause: HistoryError,
    /// The history is locked and the session's events are kept to be written once it is free:
    /// nothing is lost yet.
    pub waiting: bool,
}

impl RecordError {
    fn words(&self) -> String {
        let routine = self.routine.as_str();
        match (&self.cause, self.waiting) {
            (HistoryError::Locked { path }, true) => {
                let file = path.display().to_string();
                tr!("record-error-waiting", routine = routine, file = file)
            }
            (cause, _) => tr!(
                "record-error",
                routine = routine,
                reason = cause.to_string()
            ),
        }
    }
}

/// What the recorder is told.
#[derive(Debug)]
enum Event {
    Start(Box<SessionStart>),
    HoldDone(HoldDone),
    Ended(Box<SessionEnd>),
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

    /// The running session came to its end: how, when and its seconds are written now; it stays
    /// open for the person's answers, which [`RecordSender::finish`] adds.
    pub fn ended(&self, end: SessionEnd) {
        self.send(Event::Ended(Box::new(end)));
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
        let retry = history.busy_timeout();
        let mut history = Some(history);
        Recorder::spawn_with(move |inbox, report| {
            let opener = move || {
                history.take().ok_or_else(|| HistoryError::Locked {
                    path: PathBuf::new(),
                })
            };
            record(Box::new(opener), retry, inbox, report);
        })
    }

    /// Opens the history at `path` on the recorder's own thread, so that waiting for a file
    /// another program holds locked never holds up the caller, and records into it. A locked file
    /// is tried again until it opens or every sender is gone (see the module's documentation);
    /// a file that cannot be opened for another reason is the failure reported for the first
    /// session started, and nothing is recorded. Fails only if the system cannot start a thread.
    pub fn open(path: PathBuf, options: Options) -> std::io::Result<Recorder> {
        Recorder::spawn_with(move |inbox, report| {
            let opener = move || History::open_with(&path, options);
            record(Box::new(opener), options.busy_timeout, inbox, report);
        })
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

    /// The session came to its end: see [`RecordSender::ended`].
    pub fn ended(&self, end: SessionEnd) {
        self.sender.ended(end);
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

/// Opens the history, once.
type Opener = Box<dyn FnMut() -> Result<History, HistoryError> + Send>;

/// The recorder's loop: one session at a time, every event written in order. Events that meet a
/// locked file wait in `pending` and are tried again every `retry` and at every new event.
fn record(
    mut open: Opener,
    retry: std::time::Duration,
    inbox: &Receiver<Event>,
    report: &Sender<RecordError>,
) {
    let mut writer = Writer {
        history: None,
        broken: false,
        locked: PathBuf::new(),
        current: None,
        pending: VecDeque::new(),
        report: report.clone(),
    };
    loop {
        let event = if writer.pending.is_empty() {
            inbox.recv().map_err(|_| RecvTimeoutError::Disconnected)
        } else {
            inbox.recv_timeout(retry)
        };
        match event {
            Ok(event) => writer.pending.push_back(event),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
        writer.write_pending(&mut open);
    }
    // Every sender is gone: one last try for what still waits for a lock, then it is lost and
    // said so. A session left unfinished keeps its lock until this thread ends, and the next open
    // marks it interrupted.
    writer.write_pending(&mut open);
    if !writer.pending.is_empty() {
        writer.give_up();
    }
}

/// The recorder's state between events.
struct Writer {
    /// The open history, once it opened.
    history: Option<History>,
    /// The history could not be opened, for a reason other than a lock that may go away (said
    /// for the first session): nothing can be recorded.
    broken: bool,
    /// The history file, as the last lock met named it.
    locked: PathBuf,
    current: Option<Current>,
    /// Events not written yet because the file was locked, oldest first.
    pending: VecDeque<Event>,
    report: Sender<RecordError>,
}

impl Writer {
    /// Writes the pending events in order, up to the first that meets a locked file.
    fn write_pending(&mut self, open: &mut Opener) {
        while let Some(event) = self.pending.pop_front() {
            if self.broken {
                continue;
            }
            if self.history.is_none() {
                match open() {
                    Ok(history) => self.history = Some(history),
                    Err(e @ HistoryError::Locked { .. }) => {
                        self.wait(event, e);
                        return;
                    }
                    Err(e) => {
                        self.broken = true;
                        self.drop_event(event, e);
                        continue;
                    }
                }
            }
            if let Err(kept) = self.apply(event) {
                let (event, e) = *kept;
                self.wait(event, e);
                return;
            }
        }
    }

    /// Keeps `event` first in line, the file being locked; said once per session.
    fn wait(&mut self, event: Event, locked: HistoryError) {
        if let HistoryError::Locked { path } = &locked {
            self.locked.clone_from(path);
        }
        let routine = match &event {
            Event::Start(start) => Some(start.routine.clone()),
            _ => self.current.as_ref().map(|c| c.routine.clone()),
        };
        if let Some(routine) = routine {
            let current = self.current.get_or_insert_with(|| Current {
                routine: routine.clone(),
                running: None,
                reported: false,
            });
            if !current.reported {
                current.reported = true;
                // The receiver is gone only when the Recorder is: no one is left to tell.
                let _ = self.report.send(RecordError {
                    routine,
                    cause: locked,
                    waiting: true,
                });
            }
        }
        self.pending.push_front(event);
    }

    /// The event met a history that cannot be opened: said for its session (the one that waited
    /// for a lock, or the one this event starts), and nothing more is recorded.
    fn drop_event(&mut self, event: Event, cause: HistoryError) {
        let routine = match event {
            Event::Start(start) => Some(start.routine),
            Event::HoldDone(_) | Event::Ended(_) | Event::Finish(_) => None,
        };
        let mut session = match (self.current.take(), routine) {
            (Some(current), _) => current,
            (None, Some(routine)) => Current {
                routine,
                running: None,
                reported: false,
            },
            (None, None) => return,
        };
        // Said even where the wait for a lock was: the session is lost after all.
        session.reported = false;
        session.fail(&self.report, cause);
    }

    /// Writes one event; a locked file gives the event back to be tried again.
    fn apply(&mut self, event: Event) -> Result<(), Box<(Event, HistoryError)>> {
        let Some(history) = &mut self.history else {
            return Ok(());
        };
        match event {
            Event::Start(start) => {
                let reported = match self.current.take() {
                    // The same session, waiting for its start to be written.
                    Some(c) if c.running.is_none() && c.routine == start.routine => c.reported,
                    Some(previous) => {
                        previous.close_unfinished(history, &self.report);
                        false
                    }
                    None => false,
                };
                match history.start(&start) {
                    Ok(running) => {
                        self.current = Some(Current {
                            routine: start.routine.clone(),
                            running: Some(running),
                            reported,
                        });
                        Ok(())
                    }
                    Err(e @ HistoryError::Locked { .. }) => {
                        self.current = Some(Current {
                            routine: start.routine.clone(),
                            running: None,
                            reported,
                        });
                        Err(Box::new((Event::Start(start), e)))
                    }
                    Err(source) => {
                        let mut session = Current {
                            routine: start.routine.clone(),
                            running: None,
                            reported,
                        };
                        session.fail(&self.report, source);
                        self.current = Some(session);
                        Ok(())
                    }
                }
            }
            Event::HoldDone(hold) => {
                if let Some(session) = &mut self.current
                    && let Some(running) = &session.running
                {
                    match history.hold_done(running, &hold) {
                        Ok(()) => {}
                        Err(e @ HistoryError::Locked { .. }) => {
                            return Err(Box::new((Event::HoldDone(hold), e)));
                        }
                        Err(source) => session.fail(&self.report, source),
                    }
                }
                Ok(())
            }
            Event::Ended(end) => {
                if let Some(session) = &mut self.current
                    && let Some(running) = &session.running
                {
                    match history.ended(running, &end) {
                        Ok(()) => {}
                        Err(e @ HistoryError::Locked { .. }) => {
                            return Err(Box::new((Event::Ended(end), e)));
                        }
                        Err(source) => session.fail(&self.report, source),
                    }
                }
                Ok(())
            }
            Event::Finish(end) => {
                if let Some(mut session) = self.current.take()
                    && let Some(running) = session.running.take()
                    && let Err(kept) = history.finish_or_keep(running, &end)
                {
                    match *kept {
                        (running, e @ HistoryError::Locked { .. }) => {
                            session.running = Some(running);
                            self.current = Some(session);
                            return Err(Box::new((Event::Finish(end), e)));
                        }
                        (_, source) => session.fail(&self.report, source),
                    }
                }
                Ok(())
            }
        }
    }

    /// What still waits for a lock is lost: said, unless the session's failure was said already.
    fn give_up(&mut self) {
        if let Some(current) = &self.current
            && !self.pending.is_empty()
        {
            let path = self.locked.clone();
            // The receiver is gone only when the Recorder is: no one is left to tell.
            let _ = self.report.send(RecordError {
                routine: current.routine.clone(),
                cause: HistoryError::Locked { path },
                waiting: false,
            });
        }
        self.pending.clear();
    }
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
                waiting: false,
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
