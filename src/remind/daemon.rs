//! The reminder daemon: `stretch-timer remind daemon`, a background process with no window, no
//! OpenGL and no sound device that shows each reminder as a desktop notification when it falls
//! due.
//!
//! [`Daemon`] is the whole behaviour with time passed in (`now` in every call), the notifications
//! behind [`Notifier`] and the "Start now" command behind [`Launcher`], so tests drive it with
//! any clock and see the exact command. [`run_daemon`] puts it together with the real clock, the
//! desktop ([`DesktopNotifier`]) and the sleep of [`crate::remind::wait`].
//!
//! At each due reminder the daemon stays quiet (and counts it handled) when the app is open (it
//! shows reminders itself: [`crate::remind::AppPresence`]) or when the sessions prescribed for
//! today are done already (from the history).

use std::ffi::OsString;
use std::fmt;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::home::Home;
use crate::l10n::LanguageIdentifier;
use crate::remind::desktop::{DesktopNotifier, NotifyError};
use crate::remind::due::{Tracker, done_today};
use crate::remind::notice::Notice;
use crate::remind::presence::{DaemonLock, LockError, app_open};
use crate::remind::start_command;
use crate::remind::store::{self, StoreError};
use crate::remind::wait::{Sleeper, Wake};
use crate::reminders::Reminders;
use crate::tr;

/// Shows notices: the desktop's notification server, or a recording in tests.
pub trait Notifier {
    /// Shows `notice`. The person's answer, if any, comes back later as an [`Event`].
    fn show(&mut self, notice: &Notice) -> Result<(), NotifyError>;
}

/// Runs the "Start now" command.
pub trait Launcher {
    /// Starts `argv` (program first) and returns without waiting for it.
    fn launch(&mut self, argv: &[OsString]) -> io::Result<()>;
}

/// Starts commands as processes of their own (reaped by a thread when they end, so none is left
/// as a zombie).
#[derive(Debug, Default)]
pub struct SpawnLauncher;

impl Launcher for SpawnLauncher {
    fn launch(&mut self, argv: &[OsString]) -> io::Result<()> {
        let (program, args) = argv
            .split_first()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no command to run"))?;
        let mut child = Command::new(program)
            .args(args)
            .stdin(Stdio::null())
            .spawn()?;
        std::thread::Builder::new()
            .name("stretch-timer-started".to_owned())
            .spawn(move || {
                // Its exit status is its own business (the app reports its errors itself).
                let _ = child.wait();
            })?;
        Ok(())
    }
}

/// What the person did with a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// "Start now".
    Start,
    /// "In 15 minutes".
    Snooze,
    /// Closed it, or it expired.
    Dismissed,
}

/// An answer to a notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The routine the notification was about, as its reminder names it.
    pub routine: String,
    /// What the person did.
    pub action: Action,
}

/// Why a reminder due was not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quiet {
    /// The app is open and shows reminders itself.
    AppOpen,
    /// The sessions prescribed for today are done.
    DoneToday,
}

/// Something the daemon did, for its log and for tests (its words: [`crate::remind::words`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Happened {
    /// A reminder was shown.
    Shown {
        /// The routine.
        routine: String,
    },
    /// A reminder was due and not shown, for a reason.
    Quiet {
        /// The routine.
        routine: String,
        /// Why.
        why: Quiet,
    },
    /// A reminder was found an hour or more late (the computer was asleep) and skipped.
    Skipped {
        /// The routine.
        routine: String,
        /// When it was due.
        due: Timestamp,
    },
    /// "Start now" started the routine.
    Started {
        /// The routine.
        routine: String,
    },
    /// "Start now" could not start the program.
    StartFailed {
        /// The routine.
        routine: String,
        /// Why.
        error: String,
    },
    /// "In 15 minutes": the reminder comes again then.
    Snoozed {
        /// The routine.
        routine: String,
        /// When it comes again.
        until: Timestamp,
    },
    /// This reminder could not be shown (the server is still there).
    Failed {
        /// The routine.
        routine: String,
        /// Why.
        error: NotifyError,
    },
}

/// The language a reminder is said in, asked again before each one (the person may have chosen
/// another in Settings since the daemon started at login); `None` keeps the thread's.
pub type Language = Box<dyn Fn() -> Option<LanguageIdentifier>>;

/// The reminder daemon's state, driven with time passed in.
pub struct Daemon<N, L> {
    home: Home,
    exe: PathBuf,
    tracker: Tracker,
    notifier: N,
    launcher: L,
    language: Option<Language>,
}

impl<N: Notifier, L: Launcher> Daemon<N, L> {
    /// A daemon for the reminders of `home`, everything up to `handled` counted as handled; "Start
    /// now" runs the program at `exe`.
    pub fn new(
        home: Home,
        exe: PathBuf,
        reminders: Reminders,
        handled: Timestamp,
        notifier: N,
        launcher: L,
    ) -> Daemon<N, L> {
        Daemon {
            home,
            exe,
            tracker: Tracker::new(reminders, handled),
            notifier,
            launcher,
            language: None,
        }
    }

    /// Says each reminder in the language `language` gives at that moment.
    #[must_use]
    pub fn with_language(mut self, language: Language) -> Daemon<N, L> {
        self.language = Some(language);
        self
    }

    /// Up to when reminders are handled (to keep across restarts).
    pub fn handled(&self) -> Timestamp {
        self.tracker.handled()
    }

    /// The notifier, for tests to look into.
    pub fn notifier(&self) -> &N {
        &self.notifier
    }

    /// The launcher, for tests to look into.
    pub fn launcher(&self) -> &L {
        &self.launcher
    }

    /// Takes a new list of reminders (the file changed). Put-off reminders of routines that have
    /// none left are dropped.
    pub fn set_reminders(&mut self, reminders: Reminders) {
        self.tracker.set_reminders(reminders);
    }

    /// Whether there is nothing left to remind of: the daemon can stop.
    pub fn is_idle(&self) -> bool {
        self.tracker.is_idle()
    }

    /// When to wake next: the next reminder or put-off reminder.
    pub fn next(&self, tz: &TimeZone) -> Option<Timestamp> {
        self.tracker.next(tz)
    }

    /// Shows what is due at `now` in the time zone `tz`. An error means no notification can be
    /// shown at all (no session bus, no server): the daemon stops.
    pub fn tick(&mut self, tz: &TimeZone, now: Timestamp) -> Result<Vec<Happened>, NotifyError> {
        let due = self.tracker.tick(tz, now);
        let mut happened: Vec<Happened> = due
            .skipped
            .into_iter()
            .map(|(routine, due)| Happened::Skipped { routine, due })
            .collect();
        for routine in due.routines {
            happened.push(self.remind(routine, tz, now)?);
        }
        Ok(happened)
    }

    fn remind(
        &mut self,
        routine: String,
        tz: &TimeZone,
        now: Timestamp,
    ) -> Result<Happened, NotifyError> {
        if app_open(&self.home) {
            return Ok(Happened::Quiet {
                routine,
                why: Quiet::AppOpen,
            });
        }
        if done_today(&self.home, self.tracker.reminders(), &routine, tz, now) {
            return Ok(Happened::Quiet {
                routine,
                why: Quiet::DoneToday,
            });
        }
        if let Some(language) = self.language.as_ref().and_then(|language| language()) {
            crate::l10n::set_language(&language);
        }
        let notice = Notice::for_routine(&self.home, &routine);
        match self.notifier.show(&notice) {
            Ok(()) => Ok(Happened::Shown { routine }),
            Err(error) if error.is_fatal() => Err(error),
            Err(error) => Ok(Happened::Failed { routine, error }),
        }
    }

    /// Carries out the person's answer to a notification, at `now`.
    pub fn handle(&mut self, event: Event, now: Timestamp) -> Option<Happened> {
        let Event { routine, action } = event;
        match action {
            Action::Start => {
                self.tracker.unsnooze(&routine);
                let argv = start_command(&self.exe, &self.home, &routine);
                Some(match self.launcher.launch(&argv) {
                    Ok(()) => Happened::Started { routine },
                    Err(e) => Happened::StartFailed {
                        routine,
                        error: e.to_string(),
                    },
                })
            }
            Action::Snooze => {
                let until = self.tracker.snooze(&routine, now);
                Some(Happened::Snoozed { routine, until })
            }
            Action::Dismissed => None,
        }
    }
}

/// Why the daemon stopped with an error (its words: [`crate::remind::words`]).
#[derive(Debug, thiserror::Error)]
pub enum DaemonError {
    /// Another daemon runs, or the lock file could not be used.
    Lock(#[from] LockError),
    /// The reminders could not be read.
    Store(#[from] StoreError),
    /// No notification can be shown.
    Notify(#[from] NotifyError),
    /// The daemon could not sleep or find its own program.
    Io(#[from] io::Error),
}

/// How the daemon ended without an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DaemonEnd {
    /// No reminders were set when it started.
    NothingToDo,
    /// The last reminder was turned off while it ran.
    AllOff,
}

/// Runs the daemon for `home` until the last reminder is turned off, writing what it does to
/// `log` (one line each, with the local time), each reminder in the language `language` gives then
/// (or this thread's, without it). Errors end it: another daemon running, a reminders file that
/// cannot be read at the start, no session bus or notification server.
pub fn run_daemon(
    home: &Home,
    log: &mut dyn Write,
    language: Option<Language>,
) -> Result<DaemonEnd, DaemonError> {
    let _lock = DaemonLock::acquire(home)?;
    let reminders = store::load(home)?;
    if reminders.is_empty() {
        return Ok(DaemonEnd::NothingToDo);
    }
    let (mut sleeper, waker) = Sleeper::new(home.root(), store::FILE_NAME)?;
    let (events, answers) = mpsc::channel();
    let notifier = DesktopNotifier::connect(events, move || waker.wake())?;
    let exe = std::env::current_exe()?;
    let now = Timestamp::now();
    let handled = store::handled(home).unwrap_or(now);
    let mut daemon = Daemon::new(
        home.clone(),
        exe,
        reminders,
        handled,
        notifier,
        SpawnLauncher,
    );
    if let Some(language) = language {
        daemon = daemon.with_language(language);
    }
    let mut file_broken = false;
    let mut wake = Wake::Due;
    loop {
        let now = Timestamp::now();
        let tz = TimeZone::system();
        let mut write = |line: &dyn fmt::Display| {
            let at = now
                .to_zoned_datetime(tz.clone())
                .strftime("%Y-%m-%d %H:%M:%S");
            // The log is best effort: a closed stderr must not stop reminders.
            let _ = writeln!(log, "{at}  {line}");
        };
        for event in answers.try_iter() {
            if let Some(happened) = daemon.handle(event, now) {
                write(&happened);
            }
        }
        if wake == Wake::FileChanged {
            match store::load(home) {
                Ok(reminders) => {
                    file_broken = false;
                    daemon.set_reminders(reminders);
                }
                Err(e) if !file_broken => {
                    file_broken = true;
                    let why = e.to_string();
                    write(&tr!("remind-log-file-unreadable", why = why));
                }
                Err(_) => {}
            }
        }
        if wake == Wake::ClockChanged {
            write(&tr!("remind-log-clock-changed"));
        }
        for happened in daemon.tick(&tz, now)? {
            write(&happened);
        }
        if store::handled(home) != Some(daemon.handled())
            && let Err(e) = store::set_handled(home, daemon.handled())
        {
            write(&e);
        }
        if daemon.is_idle() {
            return Ok(DaemonEnd::AllOff);
        }
        wake = sleeper.wait(daemon.next(&tz))?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::{Days, Reminder};

    #[derive(Default)]
    struct Shown(Vec<Notice>);

    impl Notifier for Shown {
        fn show(&mut self, notice: &Notice) -> Result<(), NotifyError> {
            self.0.push(notice.clone());
            Ok(())
        }
    }

    #[derive(Default)]
    struct Ran(Vec<Vec<OsString>>);

    impl Launcher for Ran {
        fn launch(&mut self, argv: &[OsString]) -> io::Result<()> {
            self.0.push(argv.to_vec());
            Ok(())
        }
    }

    fn ts(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn daemon(home: &Home, routine: &str, at: &str) -> Daemon<Shown, Ran> {
        let reminders = Reminders::from(vec![Reminder::new(
            routine,
            at.parse().unwrap(),
            Days::DAILY,
        )]);
        Daemon::new(
            home.clone(),
            PathBuf::from("/usr/bin/stretch-timer"),
            reminders,
            ts("2026-06-01T07:00:00Z"),
            Shown::default(),
            Ran::default(),
        )
    }

    fn bundled() -> &'static str {
        crate::bundled::ALL[0].id
    }

    #[test]
    fn a_due_reminder_is_shown_once_and_the_next_is_tomorrow() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        let mut d = daemon(&home, bundled(), "08:00");
        let tz = TimeZone::UTC;
        assert_eq!(d.next(&tz), Some(ts("2026-06-01T08:00:00Z")));
        let happened = d.tick(&tz, ts("2026-06-01T08:00:00Z")).unwrap();
        assert_eq!(
            happened,
            [Happened::Shown {
                routine: bundled().to_owned()
            }]
        );
        assert_eq!(d.notifier().0.len(), 1);
        assert!(d.tick(&tz, ts("2026-06-01T08:00:01Z")).unwrap().is_empty());
        assert_eq!(d.next(&tz), Some(ts("2026-06-02T08:00:00Z")));
    }

    /// The language chosen in Settings after the daemon started (at login) is the one the next
    /// reminder speaks.
    #[test]
    fn each_reminder_speaks_the_language_chosen_then() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        let shown = crate::l10n::speaking("en", || {
            let chosen = std::rc::Rc::new(std::cell::Cell::new("en"));
            let asked = std::rc::Rc::clone(&chosen);
            let mut d = daemon(&home, bundled(), "08:00")
                .with_language(Box::new(move || asked.get().parse().ok()));
            let tz = TimeZone::UTC;
            d.tick(&tz, ts("2026-06-01T08:00:00Z")).unwrap();
            chosen.set("de");
            d.tick(&tz, ts("2026-06-02T08:00:00Z")).unwrap();
            d.notifier().0.clone()
        });
        assert_eq!(shown.len(), 2);
        assert!(shown[0].summary.starts_with("Time for"), "{:?}", shown[0]);
        assert!(shown[1].summary.starts_with("Zeit für"), "{:?}", shown[1]);
    }

    #[test]
    fn quiet_while_the_app_is_open_and_not_shown_after_it_closes() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        let mut d = daemon(&home, bundled(), "08:00");
        let tz = TimeZone::UTC;
        let app = crate::remind::AppPresence::hold(&home).unwrap();
        let happened = d.tick(&tz, ts("2026-06-01T08:00:00Z")).unwrap();
        assert_eq!(
            happened,
            [Happened::Quiet {
                routine: bundled().to_owned(),
                why: Quiet::AppOpen
            }]
        );
        drop(app);
        // The app reminded of it: closing the app does not bring it back.
        assert!(d.tick(&tz, ts("2026-06-01T08:05:00Z")).unwrap().is_empty());
        assert!(d.notifier().0.is_empty());
    }

    #[test]
    fn start_now_runs_the_start_command_and_snooze_comes_back_in_15_minutes() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        let mut d = daemon(&home, bundled(), "08:00");
        let tz = TimeZone::UTC;
        d.tick(&tz, ts("2026-06-01T08:00:00Z")).unwrap();
        let snooze = Event {
            routine: bundled().to_owned(),
            action: Action::Snooze,
        };
        assert_eq!(
            d.handle(snooze, ts("2026-06-01T08:02:00Z")),
            Some(Happened::Snoozed {
                routine: bundled().to_owned(),
                until: ts("2026-06-01T08:17:00Z")
            })
        );
        assert_eq!(d.next(&tz), Some(ts("2026-06-01T08:17:00Z")));
        assert!(d.tick(&tz, ts("2026-06-01T08:16:59Z")).unwrap().is_empty());
        assert_eq!(d.tick(&tz, ts("2026-06-01T08:17:00Z")).unwrap().len(), 1);
        assert_eq!(d.notifier().0.len(), 2);
        assert_eq!(d.next(&tz), Some(ts("2026-06-02T08:00:00Z")));

        let start = Event {
            routine: bundled().to_owned(),
            action: Action::Start,
        };
        d.handle(start, ts("2026-06-01T08:18:00Z"));
        let expected: Vec<OsString> = [
            "/usr/bin/stretch-timer",
            "--home",
            &dir.path().to_string_lossy(),
            "--start",
            bundled(),
        ]
        .map(OsString::from)
        .to_vec();
        assert_eq!(d.launcher().0, [expected]);
    }

    #[test]
    fn no_reminder_once_the_sessions_prescribed_for_today_are_done() {
        use crate::history::{self, History};
        use crate::progress::{LocalTime, Outcome, SessionEnd, SessionStart};

        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        let routines = home.ensure_routines().unwrap();
        let text = r#"Routine(format: 1, name: "Hips", schedule: Schedule(days_per_week: 7, times_per_day: 1), steps: [Step(name: "Psoas", hold: "30s")])"#;
        let file = routines.join("hips.ron");
        std::fs::write(&file, text).unwrap();
        let routine = crate::routine::parse(text, None).unwrap();
        let mut d = daemon(&home, "hips", "18:00");
        let tz = TimeZone::UTC;

        let mut history = History::open(&history::path_in(&home)).unwrap();
        let started = LocalTime::new(ts("2026-06-01T07:30:00Z"), jiff::tz::Offset::UTC);
        let start = SessionStart::new(
            &routine,
            crate::progress::Source::File(file),
            text.as_bytes(),
            started,
            None,
        );
        let running = history.start(&start).unwrap();
        let end = SessionEnd {
            outcome: Outcome::Completed,
            ended_at: started.with_timestamp(ts("2026-06-01T07:31:00Z")),
            elapsed: std::time::Duration::from_secs(35),
            pain_after: None,
            effort: None,
            note: String::new(),
        };
        history.finish(running, &end).unwrap();
        drop(history);

        let happened = d.tick(&tz, ts("2026-06-01T18:00:00Z")).unwrap();
        assert_eq!(
            happened,
            [Happened::Quiet {
                routine: "hips".to_owned(),
                why: Quiet::DoneToday
            }]
        );
        // Tomorrow nothing is done yet.
        let happened = d.tick(&tz, ts("2026-06-02T18:00:00Z")).unwrap();
        assert_eq!(
            happened,
            [Happened::Shown {
                routine: "hips".to_owned()
            }]
        );
    }

    #[test]
    fn turning_a_routine_off_drops_its_snooze_and_leaves_nothing_to_do() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        let mut d = daemon(&home, bundled(), "08:00");
        let snooze = Event {
            routine: bundled().to_owned(),
            action: Action::Snooze,
        };
        d.handle(snooze, ts("2026-06-01T08:00:00Z"));
        assert!(!d.is_idle());
        d.set_reminders(Reminders::default());
        assert!(d.is_idle());
        assert_eq!(d.next(&TimeZone::UTC), None);
    }
}
