//! What the app needs from outside (time, sound, the user's folder) and the window it runs in.

use std::sync::Arc;
use std::time::Duration;

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use super::{Launch, StretchApp};
use crate::audio::device::{Opened, SharedDevice};
use crate::clock::Clock;
use crate::home::Home;
use crate::progress::LocalTime;

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
}

/// The file eframe keeps the app's settings in: `app.ron` in the folder it makes for the name
/// "stretch-timer" (`~/.local/share/stretch-timer` on Linux).
pub fn settings_file() -> Option<std::path::PathBuf> {
    eframe::storage_dir(SETTINGS_FOLDER).map(|dir| dir.join("app.ron"))
}

/// The name the settings' folder is made from.
const SETTINGS_FOLDER: &str = "stretch-timer";

/// Opens the window and runs until it is closed. `style`, if given, replaces the saved cue style;
/// `home` is the user's folder.
pub fn run_native(
    launch: Launch,
    style: Option<crate::audio::CueStyle>,
    home: Home,
) -> eframe::Result {
    #[cfg(feature = "wgpu")]
    let renderer = eframe::Renderer::Wgpu;
    #[cfg(not(feature = "wgpu"))]
    let renderer = eframe::Renderer::Glow;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("stretch-timer")
            // The launcher's id: a Wayland desktop finds the window's name and icon by it (on X11
            // it is the window's class, the launcher's StartupWMClass).
            .with_app_id("io.github.stretch_timer.StretchTimer")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([640.0, 480.0]),
        renderer,
        // egui's dithering adds noise to every pixel against banding in gradients, which these
        // screens do not have; under software OpenGL it is 8 % of a frame (BENCHMARKS.md).
        dithering: false,
        // Where the settings have always been kept (eframe names the folder after the app id,
        // which became the launcher's id later): a person's settings stay theirs after updating.
        persistence_path: settings_file(),
        ..Default::default()
    };
    let audio = device_audio();
    // Open the sound device now, while the window is being made, not when the first routine
    // starts: the stream's first buffers are filled in one go, and the frame clock needs a few
    // real-time ones before it places a cue exactly (measured: a cue played at once after
    // opening came 40 ms early). It is let go at once: a routine started from the command line
    // finds it open, and it closes if none starts within `CLOSE_UNUSED_AFTER`. Later routines
    // find it opened on their overview (`StretchApp::keep_sound_ready`).
    drop(audio());
    let deps = AppDeps {
        clock: Arc::new(crate::clock::MonotonicClock::new()),
        calendar: Arc::new(SystemCalendar),
        audio,
        home,
        autostart: crate::remind::autostart::config_dir(),
    };
    eframe::run_native(
        "stretch-timer",
        options,
        Box::new(move |cc| Ok(Box::new(StretchApp::new(cc, deps, launch, style)))),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn settings_stay_in_the_folder_they_were_always_in() {
        // Builds before the launcher's id became the window's app id kept them here; a new
        // folder would reset every person's theme, text size, volume and pain question.
        let file = super::settings_file().expect("a data folder");
        assert_eq!(file.file_name().unwrap(), "app.ron");
        assert_eq!(file.parent().unwrap().file_name().unwrap(), "stretch-timer");
    }
}
