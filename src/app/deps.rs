//! What the app needs from outside (time, sound, the user's folder) and the window it runs in.

use std::sync::Arc;

use super::{Launch, StretchApp};
use crate::audio::device::{Opened, SharedDevice};
use crate::clock::Clock;
use crate::home::Home;

/// Makes an output for a routine about to start, with the sample rate sounds must be decoded at.
pub type AudioFactory = Arc<dyn Fn() -> Opened + Send + Sync>;

/// The default sound device, opened once and shared by every routine; opened again when it is
/// unavailable (on the next start, or when the person asks to retry).
pub fn device_audio() -> AudioFactory {
    let device = SharedDevice::new();
    Arc::new(move || device.output())
}

/// What the app needs from outside: time, sound, and the user's folder.
#[derive(Clone)]
pub struct AppDeps {
    /// Where `now` comes from.
    pub clock: Arc<dyn Clock>,
    /// Where sound goes.
    pub audio: AudioFactory,
    /// The user's folder: their routines and drafts.
    pub home: Home,
}

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
            .with_app_id("stretch-timer")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([640.0, 480.0]),
        renderer,
        ..Default::default()
    };
    let audio = device_audio();
    // Open the sound device now, while the window is being made, not when the first routine
    // starts: the stream's first buffers are filled in one go, and the frame clock needs a few
    // real-time ones before it places a cue exactly (measured: a cue played at once after
    // opening came 40 ms early).
    drop(audio());
    let deps = AppDeps {
        clock: Arc::new(crate::clock::MonotonicClock::new()),
        audio,
        home,
    };
    eframe::run_native(
        "stretch-timer",
        options,
        Box::new(move |cc| Ok(Box::new(StretchApp::new(cc, deps, launch, style)))),
    )
}
