//! The default sound device, opened the same way by the app and the command line: when it cannot
//! be opened, a silent output that says why takes its place, and the routine goes on with visual
//! cues only.

use std::sync::{Mutex, PoisonError};

use super::bank::RENDER_RATE;
use super::output::{
    AudioOutput, DEFAULT_LEAD, OpenError, OutputStatus, RodioOutput, SilentOutput,
};

/// An output, with the sample rate sounds must be decoded at to play on it.
pub type Opened = (Box<dyn AudioOutput>, u32);

/// Opens the default sound device; if it cannot, a silent output whose status says why.
pub fn open_default() -> Opened {
    match RodioOutput::open(DEFAULT_LEAD) {
        Ok(output) => {
            let rate = output.rate();
            (Box::new(output), rate)
        }
        Err(e) => unavailable(&e),
    }
}

/// The default sound device, opened once and shared by every routine played; opened again when
/// it stopped playing (on the next start, or when the person asks to retry).
#[derive(Debug, Default)]
pub struct SharedDevice {
    device: Mutex<Option<RodioOutput>>,
}

impl SharedDevice {
    /// Nothing opened yet: the device opens on the first [`SharedDevice::output`].
    pub fn new() -> SharedDevice {
        SharedDevice::default()
    }

    /// An output on the device, opening it if it is not open or no longer plays; a silent output
    /// saying why if it cannot be opened.
    pub fn output(&self) -> Opened {
        let mut device = self.device.lock().unwrap_or_else(PoisonError::into_inner);
        let open = device
            .take()
            .filter(|d| d.status() == OutputStatus::Playing);
        let output = match open {
            Some(output) => output,
            None => match RodioOutput::open(DEFAULT_LEAD) {
                Ok(output) => output,
                Err(e) => return unavailable(&e),
            },
        };
        let rate = output.rate();
        let handed: Box<dyn AudioOutput> = Box::new(output.clone());
        *device = Some(output);
        (handed, rate)
    }
}

/// Silence instead of a device that could not be opened. The person is told in plain words
/// where they look (the player, the terminal); the sound system's own words go to the log.
fn unavailable(e: &OpenError) -> Opened {
    eprintln!("stretch-timer: {e}: {}", e.detail());
    (
        Box::new(SilentOutput::unavailable(e.to_string())),
        RENDER_RATE,
    )
}
