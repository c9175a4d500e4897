//! Reminders outside the app: the file they are kept in, the background daemon that shows them as
//! desktop notifications, its autostart entry, and the `remind` commands' logic.
//!
//! When a reminder is due is decided by the core ([`crate::reminders`], pure, with time passed
//! in); this module reads the clock, sleeps, talks to the desktop and stores.
//!
//! ```text
//! HOME/
//!   reminders.json             the reminders the person set (saved atomically; see store)
//!   reminders-handled.json     up to when the daemon has handled them (its own bookkeeping)
//!   reminders-daemon.lock      locked by the running daemon: only one at a time
//!   app-open.lock              locked (shared) by every open app window: the daemon stays quiet
//! $XDG_CONFIG_HOME/autostart/stretch-timer-reminders.desktop
//!                              starts `stretch-timer remind daemon` at login while any are set
//! ```
//!
//! # For the app
//!
//! - Hold an [`AppPresence`] for as long as a window is open (`AppPresence::hold(&home)`): the
//!   daemon then shows nothing, and the app shows due reminders itself by the daemon's rules
//!   ([`due::Tracker`] on [`store::load`]'s list, [`due::done_today`], [`Notice::for_routine`]
//!   for the words, [`store::set_handled`] for what it showed), so a reminder is never shown twice.
//! - Settings and "Remind me": [`change::update`] reads, changes and saves the reminders and keeps
//!   the autostart entry in step, as `remind set` and `remind off` do (a
//!   [`store::StoreError::Broken`] file is shown, and replaced only if the person chooses to, with
//!   [`store::set_aside`]); [`crate::reminders::suggested_times`] and
//!   [`crate::reminders::suggested_days`] for a routine's prescription; [`desktop::probe`] to say
//!   in Settings whether notifications can be shown ([`NotifyError`]'s words).
//! - "Start now" in a notification runs [`start_command`]: `stretch-timer --home HOME --start
//!   ROUTINE`.

pub mod autostart;
pub mod change;
pub mod cli;
pub mod daemon;
pub mod desktop;
pub mod due;
mod notice;
mod presence;
pub mod store;
pub mod wait;
pub mod words;

pub use daemon::{Action, Daemon, DaemonError, Event, Launcher, Notifier, SpawnLauncher};
pub use desktop::NotifyError;
pub use notice::Notice;
pub use presence::{AppPresence, DaemonLock, LockError, app_open, daemon_running};

use std::ffi::OsString;
use std::path::Path;

use crate::home::Home;

/// How long "In 15 minutes" puts a reminder off.
pub const SNOOZE: jiff::SignedDuration = jiff::SignedDuration::from_mins(15);

/// The command "Start now" runs: the program at `exe`, opening the app straight into the player of
/// `routine`, with the same user's folder as the daemon.
pub fn start_command(exe: &Path, home: &Home, routine: &str) -> Vec<OsString> {
    vec![
        exe.into(),
        "--home".into(),
        home.root().into(),
        "--start".into(),
        routine.into(),
    ]
}
