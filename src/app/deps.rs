//! What the app needs from outside (time, sound, the user's folder) and the window it runs in.

use std::sync::Arc;
use std::time::Duration;

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use super::dialogs::FileDialogs;
use crate::audio::device::{Opened, SharedDevice};
use crate::audio::input::Microphone;
use crate::clock::Clock;
use crate::home::Home;
use crate::progress::LocalTime;
use crate::speech::Speaker;

/// Makes an output for a routine about to start, with the sample rate sounds must be decoded at.
pub type AudioFactory = Arc<dyn Fn() -> Opened + Send + Sync>;

/// The default sound device, shared by every routine and preview, open while one holds it (see
/// `audio::device::SharedDevice`); opened again when it is unavailable (on the next start, or when
/// the person asks to retry).
pub fn device_audio() -> AudioFactory {
    let device = SharedDevice::new();
    Arc::new(move || device.output())
}

/// The person's calendar: the date and time of day on their clock, for the history (when a
/// session started and ended, what "today" and "yesterday" are). Read when a session starts or
/// ends and when the history is read, never per frame.
pub trait Calendar: Send + Sync {
    /// The local time at `now`, a reading of the app's clock.
    fn local(&self, now: Duration) -> LocalTime;

    /// The person's time zone, for reminders at a time of day (daylight saving included). Read
    /// when reminders are checked, not per frame.
    fn zone(&self) -> TimeZone;

    /// The local time at `at`, a reading of the app's clock no later than `now`: what the clock
    /// on the wall said then (a routine's end noticed only later, its window minimised).
    fn local_at(&self, at: Duration, now: Duration) -> LocalTime {
        let local = self.local(now);
        let since = now.saturating_sub(at);
        local.with_timestamp(
            local
                .timestamp()
                .checked_sub(since)
                .unwrap_or(local.timestamp()),
        )
    }
}

/// The system's wall clock in the system's time zone. It reads the wall clock rather than
/// counting from the monotonic one, which stands still while the computer sleeps.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemCalendar;

impl Calendar for SystemCalendar {
    fn local(&self, _now: Duration) -> LocalTime {
        let at = Timestamp::now();
        LocalTime::new(at, TimeZone::system().to_offset(at))
    }

    fn zone(&self) -> TimeZone {
        TimeZone::system()
    }
}

/// A calendar that reads `start` when the app's clock reads zero and moves with that clock: a
/// test's manual clock then sets the date too.
#[derive(Debug, Clone, Copy)]
pub struct ClockCalendar {
    /// The local time when the clock reads zero.
    pub start: LocalTime,
}

impl Calendar for ClockCalendar {
    fn local(&self, now: Duration) -> LocalTime {
        let later = SignedDuration::try_from(now)
            .ok()
            .and_then(|d| self.start.timestamp().checked_add(d).ok())
            .unwrap_or(self.start.timestamp());
        self.start.with_timestamp(later)
    }

    fn zone(&self) -> TimeZone {
        TimeZone::fixed(self.start.offset())
    }
}

/// What the app needs from outside: time, sound, and the user's folder.
#[derive(Clone)]
pub struct AppDeps {
    /// Where `now` comes from.
    pub clock: Arc<dyn Clock>,
    /// The date and time of day, for the history.
    pub calendar: Arc<dyn Calendar>,
    /// Where sound goes.
    pub audio: AudioFactory,
    /// The user's folder: their routines and drafts.
    pub home: Home,
    /// Where the reminder daemon's autostart entry goes under (`$XDG_CONFIG_HOME`), where the
    /// system has such a folder; tests give a folder of their own.
    pub autostart: Option<std::path::PathBuf>,
    /// Makes the spoken step names before a routine starts (espeak-ng, its clips kept in the
    /// user's cache folder); `None`: the fixed prompts only.
    pub speaker: Option<Speaker>,
    /// Where the editor's "Record…" records from.
    pub microphone: Arc<dyn Microphone>,
    /// The system's file dialogs; `None` where none can be shown: paths are typed instead.
    pub dialogs: Option<Arc<dyn FileDialogs>>,
    /// The language the app speaks when the person has not chosen one in Settings: the
    /// system's, or the command line's `--lang`. `None` (tests): the language of the thread the
    /// app runs on, left as it is.
    pub system_language: Option<crate::l10n::LanguageIdentifier>,
}
