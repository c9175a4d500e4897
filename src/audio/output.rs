//! Where sounds go: a sound card through rodio, nowhere, or a list that tests read.

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::bank::{Clip, Sound};
use super::frame_clock::FrameClock;
use super::mix::Mix;
use crate::tr;

/// Whether sound is reaching the person, and if not, why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputStatus {
    /// Sound goes to a device.
    Playing,
    /// No sound on purpose (silent output).
    Silent,
    /// No device could be opened, or the device went away: visual cues only until retried.
    Unavailable(String),
}

/// Something that plays clips at given times. `at` is a reading of the player's clock; the
/// output converts it to its own time base.
pub trait AudioOutput: Send {
    /// Plays `clip` (which is `sound`) so that it starts at `at`, or at once if that has passed.
    fn play(&mut self, sound: Sound, clip: &Clip, at: Instant);
    /// Stops everything playing or scheduled (pause, skip, stop).
    fn silence(&mut self);
    /// Sets the volume, 0.0 to 1.0.
    fn set_volume(&mut self, volume: f32);
    /// Mutes or unmutes, keeping the volume.
    fn set_muted(&mut self, muted: bool);
    /// Whether sound is reaching the person.
    fn status(&self) -> OutputStatus;
}

/// An output that plays nothing: for machines without sound, and for `--silent`.
#[derive(Debug, Default)]
pub struct SilentOutput {
    reason: Option<String>,
}

impl SilentOutput {
    /// Silence on purpose.
    pub fn new() -> Self {
        SilentOutput::default()
    }

    /// Silence because no device could be used; `reason` says why.
    pub fn unavailable(reason: impl Into<String>) -> Self {
        SilentOutput {
            reason: Some(reason.into()),
        }
    }
}

impl AudioOutput for SilentOutput {
    fn play(&mut self, _: Sound, _: &Clip, _: Instant) {}
    fn silence(&mut self) {}
    fn set_volume(&mut self, _: f32) {}
    fn set_muted(&mut self, _: bool) {}
    fn status(&self) -> OutputStatus {
        match &self.reason {
            Some(reason) => OutputStatus::Unavailable(reason.clone()),
            None => OutputStatus::Silent,
        }
    }
}

/// What a [`RecordingOutput`] was asked to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Recorded {
    /// A sound, to start at an instant.
    Play {
        /// What was played.
        sound: Sound,
        /// When it was to start.
        at: Instant,
    },
    /// Everything was silenced.
    Silence,
    /// The volume changed.
    Volume(f32),
    /// Muted or unmuted.
    Muted(bool),
}

/// An output that records every request, for tests: a clone shares the record.
#[derive(Debug, Clone, Default)]
pub struct RecordingOutput {
    log: Arc<Mutex<Vec<Recorded>>>,
}

impl RecordingOutput {
    /// An empty record.
    pub fn new() -> Self {
        RecordingOutput::default()
    }

    /// Everything recorded so far.
    pub fn log(&self) -> Vec<Recorded> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// Takes everything recorded so far, leaving the record empty.
    pub fn take(&self) -> Vec<Recorded> {
        self.log
            .lock()
            .map(|mut l| std::mem::take(&mut *l))
            .unwrap_or_default()
    }

    fn push(&self, entry: Recorded) {
        if let Ok(mut log) = self.log.lock() {
            log.push(entry);
        }
    }
}

impl AudioOutput for RecordingOutput {
    fn play(&mut self, sound: Sound, _: &Clip, at: Instant) {
        self.push(Recorded::Play { sound, at });
    }
    fn silence(&mut self) {
        self.push(Recorded::Silence);
    }
    fn set_volume(&mut self, volume: f32) {
        self.push(Recorded::Volume(volume));
    }
    fn set_muted(&mut self, muted: bool) {
        self.push(Recorded::Muted(muted));
    }
    fn status(&self) -> OutputStatus {
        OutputStatus::Playing
    }
}

/// Requests from the player to the sound card's callback.
enum Control {
    Play { clip: Clip, at: Instant },
    Silence,
}

/// State shared between the output and the callback, without locks.
#[derive(Debug)]
struct Shared {
    /// Gain as f32 bits (volume, or 0 when muted).
    gain: AtomicU32,
    /// Set by the device's error callback when the stream has ended.
    lost: AtomicBool,
    /// Nanoseconds since `origin` when the device last reported an error that may or may not have
    /// ended the stream (0: none yet): it has, if no callback comes after it.
    trouble: AtomicU64,
    /// Whether an error went to the log already (once per device: a dead server makes cpal
    /// report one at every turn of its loop).
    logged: AtomicBool,
    /// Set by the device's error callback when the stream restarted after an underrun: the
    /// frame clock's readings no longer hold.
    restarted: AtomicBool,
    /// Nanoseconds since `origin` at the last callback: a callback that stops coming means the
    /// device has gone.
    heartbeat: AtomicU64,
    origin: Instant,
}

/// Sound through the default device, with sample-accurate timing.
///
/// A clip's start is placed on the exact frame that will sound at `at + lead`: the callback
/// reads the clock as it computes samples, and a [`FrameClock`] learns from those readings which
/// frame plays when. Timing then depends on neither the moment the player thread woke nor the buffer
/// size, only on the callback's own regularity; `lead` (a constant added latency, a few buffers)
/// gives every request time to arrive before its frame is computed.
/// Clones share the device, the schedule and the volume: the app opens the device once and hands
/// a clone to each routine's player.
#[derive(Clone)]
pub struct RodioOutput {
    _sink: Arc<Mutex<rodio::stream::MixerDeviceSink>>,
    tx: Sender<Control>,
    shared: Arc<Shared>,
    volume: f32,
    muted: bool,
    rate: u32,
    lead: Duration,
}

impl std::fmt::Debug for RodioOutput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RodioOutput")
            .field("rate", &self.rate)
            .field("lead", &self.lead)
            .finish_non_exhaustive()
    }
}

/// The constant latency added so that every clip lands on its exact frame.
pub const DEFAULT_LEAD: Duration = Duration::from_millis(60);

/// Why the sound device could not be opened: in a person's words, with the sound system's own
/// words kept for the log ([`OpenError::detail`]).
#[derive(Debug, thiserror::Error)]
#[error("{}", tr!("speaker-none"))]
pub struct OpenError(String);

impl OpenError {
    /// A failure to open, with the sound system's words (for outputs other than rodio's, and
    /// tests).
    pub fn new(detail: impl Into<String>) -> OpenError {
        OpenError(detail.into())
    }

    /// What the sound system said, for the log: "Failed to get the config for the given device".
    pub fn detail(&self) -> &str {
        &self.0
    }
}

impl RodioOutput {
    /// Opens the default output device. The returned output plays at the device's own rate; clips
    /// must be decoded at [`RodioOutput::rate`].
    pub fn open(lead: Duration) -> Result<RodioOutput, OpenError> {
        RodioOutput::open_with(lead, None)
    }

    /// Opens the default output device for clips decoded at `rate`: the device is asked for that
    /// rate, and where it plays at another, the mixer converts. For a device opened again after
    /// it was lost, so that the sounds already decoded for the routine still fit.
    pub fn open_at(lead: Duration, rate: u32) -> Result<RodioOutput, OpenError> {
        RodioOutput::open_with(lead, Some(rate))
    }

    fn open_with(lead: Duration, rate: Option<u32>) -> Result<RodioOutput, OpenError> {
        let shared = Arc::new(Shared {
            gain: AtomicU32::new(1.0f32.to_bits()),
            lost: AtomicBool::new(false),
            trouble: AtomicU64::new(0),
            logged: AtomicBool::new(false),
            restarted: AtomicBool::new(false),
            heartbeat: AtomicU64::new(0),
            origin: Instant::now(),
        });
        let on_error = {
            let shared = Arc::clone(&shared);
            // On cpal's stream thread, not the sound card's callback.
            move |e: rodio::cpal::Error| {
                match severity(e.kind()) {
                    Severity::Restarted => shared.restarted.store(true, Ordering::SeqCst),
                    Severity::Harmless => {}
                    Severity::Ended => shared.lost.store(true, Ordering::SeqCst),
                    Severity::Trouble => shared
                        .trouble
                        .store(nanos_since(shared.origin).max(1), Ordering::SeqCst),
                }
                // A line for the log, once per device (the person is told "No sound" in their
                // words, if it comes to that).
                if severity(e.kind()) != Severity::Harmless
                    && !shared.logged.swap(true, Ordering::SeqCst)
                {
                    let (said, kind) = (e.to_string(), format!("{:?}", e.kind()));
                    eprintln!("{}", tr!("speaker-said", said = said, kind = kind));
                }
            }
        };
        let mut builder = rodio::DeviceSinkBuilder::from_default_device()
            .map_err(|e| OpenError(e.to_string()))?;
        if let Some(rate) = rate.and_then(std::num::NonZero::new) {
            builder = builder.with_sample_rate(rate);
        }
        let mut sink = builder
            .with_error_callback(on_error)
            .open_sink_or_fallback()
            .map_err(|e| OpenError(e.to_string()))?;
        sink.log_on_drop(false);
        let rate = rate.unwrap_or_else(|| sink.config().sample_rate().get());
        let (tx, rx) = channel();
        sink.mixer()
            .add(Scheduled::new(rx, Arc::clone(&shared), rate, lead));
        Ok(RodioOutput {
            _sink: Arc::new(Mutex::new(sink)),
            tx,
            shared,
            volume: 1.0,
            muted: false,
            rate,
            lead,
        })
    }

    /// The device's sample rate.
    pub fn rate(&self) -> u32 {
        self.rate
    }

    /// The constant latency added to every clip.
    pub fn lead(&self) -> Duration {
        self.lead
    }

    fn apply_gain(&self) {
        let gain = if self.muted { 0.0 } else { self.volume };
        self.shared.gain.store(gain.to_bits(), Ordering::Relaxed);
    }
}

impl AudioOutput for RodioOutput {
    fn play(&mut self, _: Sound, clip: &Clip, at: Instant) {
        // A send fails only when the callback's source is gone: the status says so.
        let _ = self.tx.send(Control::Play {
            clip: clip.clone(),
            at,
        });
    }

    fn silence(&mut self) {
        let _ = self.tx.send(Control::Silence);
    }

    fn set_volume(&mut self, volume: f32) {
        self.volume = volume.clamp(0.0, 1.0);
        self.apply_gain();
    }

    fn set_muted(&mut self, muted: bool) {
        self.muted = muted;
        self.apply_gain();
    }

    fn status(&self) -> OutputStatus {
        let shared = &self.shared;
        let trouble = shared.trouble.load(Ordering::SeqCst);
        health(
            shared.lost.load(Ordering::SeqCst),
            Duration::from_nanos(shared.heartbeat.load(Ordering::Relaxed)),
            (trouble > 0).then(|| Duration::from_nanos(trouble)),
            shared.origin.elapsed(),
        )
    }
}

fn nanos_since(origin: Instant) -> u64 {
    u64::try_from(origin.elapsed().as_nanos()).unwrap_or(u64::MAX)
}

/// What an error from cpal says about the stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Severity {
    /// An underrun (a late callback on a busy machine): cpal restarted the stream, which plays on.
    Restarted,
    /// The device or the sound server is gone: the stream has ended.
    Ended,
    /// Something failed (ALSA's pulse plugin says "I/O error" both for a server that died and,
    /// now and then, for a stream that plays on): ended only if no callback comes after it.
    Trouble,
    /// Nothing that stops sound (a refused real-time priority, a route that followed the default
    /// device).
    Harmless,
}

fn severity(kind: rodio::cpal::ErrorKind) -> Severity {
    use rodio::cpal::ErrorKind;
    match kind {
        ErrorKind::Xrun => Severity::Restarted,
        ErrorKind::DeviceNotAvailable
        | ErrorKind::HostUnavailable
        | ErrorKind::StreamInvalidated => Severity::Ended,
        ErrorKind::RealtimeDenied | ErrorKind::DeviceChanged => Severity::Harmless,
        _ => Severity::Trouble,
    }
}

/// A stream that reported trouble and has not called back for this long has ended.
const SILENT_AFTER_TROUBLE: Duration = Duration::from_millis(400);

/// A stream that has not called back for this long has ended, whatever it said.
const SILENT: Duration = Duration::from_secs(2);

/// Whether sound still plays: `ended` (an error that ends the stream), the last callback, the
/// last error that may end it, and now, all as time since the stream was opened.
fn health(
    ended: bool,
    last_callback: Duration,
    trouble: Option<Duration>,
    now: Duration,
) -> OutputStatus {
    let silent_for = now.saturating_sub(last_callback);
    let troubled = trouble.is_some_and(|at| at >= last_callback);
    if ended || (troubled && silent_for > SILENT_AFTER_TROUBLE) {
        OutputStatus::Unavailable(tr!("speaker-stopped"))
    } else if silent_for > SILENT {
        OutputStatus::Unavailable(tr!("speaker-silent"))
    } else {
        OutputStatus::Playing
    }
}

/// The source the sound card pulls: a [`Mix`] whose clips start on frames computed from instants.
struct Scheduled {
    rx: Receiver<Control>,
    shared: Arc<Shared>,
    mix: Mix,
    rate: u32,
    lead: Duration,
    /// Which frame plays when.
    clock: FrameClock,
}

/// The clock is read every this many frames: often enough to see each buffer's start.
const LOOK_EVERY: u64 = 8;

impl Scheduled {
    fn new(rx: Receiver<Control>, shared: Arc<Shared>, rate: u32, lead: Duration) -> Self {
        Scheduled {
            rx,
            shared,
            mix: Mix::new(),
            lead,
            clock: FrameClock::new(rate, LOOK_EVERY, Instant::now()),
            rate,
        }
    }

    fn look(&mut self) {
        if self.shared.restarted.swap(false, Ordering::SeqCst) {
            // A stream restarted after an underrun plays its frames later than before by the
            // time it stopped: the old readings would place clips that much early for seconds.
            self.clock.forget();
        }
        let now = Instant::now();
        let frame = self.mix.frame();
        self.clock.observe(now, frame);
        let since_origin = now.duration_since(self.shared.origin);
        self.shared.heartbeat.store(
            u64::try_from(since_origin.as_nanos()).unwrap_or(u64::MAX),
            Ordering::Relaxed,
        );
        while let Ok(control) = self.rx.try_recv() {
            match control {
                Control::Play { clip, at } => {
                    let start = self.clock.frame_at(at + self.lead).unwrap_or(frame);
                    self.mix.schedule(start, clip, 1.0);
                }
                Control::Silence => self.mix.clear(),
            }
        }
    }
}

impl Iterator for Scheduled {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        if self.mix.frame().is_multiple_of(LOOK_EVERY) {
            self.look();
        }
        let gain = f32::from_bits(self.shared.gain.load(Ordering::Relaxed));
        Some((self.mix.next_sample() * gain).clamp(-1.0, 1.0))
    }
}

impl rodio::Source for Scheduled {
    fn current_span_len(&self) -> Option<usize> {
        None
    }

    fn channels(&self) -> rodio::ChannelCount {
        std::num::NonZero::<u16>::MIN
    }

    fn sample_rate(&self) -> rodio::SampleRate {
        std::num::NonZero::new(self.rate).unwrap_or(std::num::NonZero::<u32>::MIN)
    }

    fn total_duration(&self) -> Option<Duration> {
        None
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use rodio::cpal::ErrorKind;

    use super::{OutputStatus, Severity, health, severity};

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn an_underrun_on_a_busy_machine_is_not_a_lost_device() {
        assert_eq!(severity(ErrorKind::Xrun), Severity::Restarted);
        assert_eq!(severity(ErrorKind::RealtimeDenied), Severity::Harmless);
        assert_eq!(severity(ErrorKind::DeviceNotAvailable), Severity::Ended);
        assert_eq!(severity(ErrorKind::BackendError), Severity::Trouble);
    }

    #[test]
    fn an_error_is_a_lost_device_only_if_the_callbacks_stop_after_it() {
        // The pulse plugin's "I/O error" on a stream that plays on: callbacks still come.
        assert_eq!(
            health(false, ms(9_990), Some(ms(9_000)), ms(10_000)),
            OutputStatus::Playing
        );
        assert_eq!(
            health(false, ms(9_000), Some(ms(9_000)), ms(9_300)),
            OutputStatus::Playing,
            "not yet: a callback may be late"
        );
        // A server that died: no callback since.
        assert!(matches!(
            health(false, ms(9_000), Some(ms(9_001)), ms(9_500)),
            OutputStatus::Unavailable(_)
        ));
        assert!(matches!(
            health(true, ms(9_990), None, ms(10_000)),
            OutputStatus::Unavailable(_)
        ));
        // Callbacks that stop without a word.
        assert_eq!(health(false, ms(0), None, ms(1_900)), OutputStatus::Playing);
        assert!(matches!(
            health(false, ms(0), None, ms(2_100)),
            OutputStatus::Unavailable(_)
        ));
    }
}
