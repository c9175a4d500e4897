//! The microphone, for the editor's "Record…": a [`Microphone`] opens the default input (the real
//! one through rodio's `microphone`, cpal's input; a [`FakeMicrophone`] in tests), and a
//! [`Capture`] records from it on a thread of its own until it is stopped or reaches its limit,
//! keeping a snapshot of the level and the length for the screen to read, then trims and levels
//! the take ([`super::take::finish`]) on that same thread. The window's thread never waits on the
//! device.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rodio::Source as _;

use super::bank::Clip;
use super::take::{self, FLOOR_DBFS, Level, Levels, Take, TakeError};
use crate::tr;

/// How often the capture thread takes what the microphone has given: rodio keeps only 100 ms of
/// it, and drops what comes after until it is taken.
const POLL: Duration = Duration::from_millis(5);

/// The meter shows the level of this much of the latest sound.
const METER_SPAN: Duration = Duration::from_millis(100);

/// How often the length that would be kept is measured again while recording.
const SPOKEN_EVERY: Duration = Duration::from_millis(200);

/// A microphone that has given nothing for this long has stopped (unplugged, or its sound
/// server went away).
const NOTHING_FOR: Duration = Duration::from_secs(2);

/// Where recorded sound comes from. Opened on the capture thread, so an input need not be `Send`.
pub trait Microphone: Send + Sync {
    /// Opens the default input and starts listening.
    fn open(&self) -> Result<Box<dyn Input>, InputError>;
}

/// An open microphone.
pub trait Input {
    /// Samples per second.
    fn rate(&self) -> u32;

    /// Adds the sound heard since the last call to `into` (mono, in [-1, 1]), without waiting.
    fn read(&mut self, into: &mut Vec<f32>) -> Result<(), InputError>;

    /// Where sound was lost since the input was opened (it came faster than it was read): the
    /// number of samples given before each loss.
    fn losses(&self) -> &[usize] {
        &[]
    }
}

/// Why nothing can be recorded. The sound system's own words are kept for the log
/// ([`InputError::detail`]); the message is what happened, in a person's words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.words())]
pub enum InputError {
    /// The system has no microphone.
    NoDevice(String),
    /// The system does not let this program use the microphone.
    Denied(String),
    /// Another program holds the microphone.
    Busy(String),
    /// The microphone or the sound system could not be reached.
    Unavailable(String),
    /// The microphone stopped giving sound while recording.
    Stopped,
    /// Part of the sound was lost: the computer was too busy to take it in time.
    Lost,
}

impl InputError {
    /// What happened, in the person's language.
    fn words(&self) -> String {
        match self {
            InputError::NoDevice(_) => tr!("microphone-none"),
            InputError::Denied(_) => tr!("microphone-denied"),
            InputError::Busy(_) => tr!("microphone-busy"),
            InputError::Unavailable(_) => tr!("microphone-unavailable"),
            InputError::Stopped => tr!("microphone-stopped"),
            InputError::Lost => tr!("microphone-lost"),
        }
    }

    /// The sound system's own words, for the log.
    pub fn detail(&self) -> &str {
        match self {
            InputError::NoDevice(d)
            | InputError::Denied(d)
            | InputError::Busy(d)
            | InputError::Unavailable(d) => d,
            InputError::Stopped => "no samples for 2 s",
            InputError::Lost => "rodio's 100 ms input buffer was full when read",
        }
    }

    fn from_cpal(e: &rodio::cpal::Error, context: &str) -> InputError {
        use rodio::cpal::ErrorKind;
        let detail = format!("{context}: {e}");
        match e.kind() {
            ErrorKind::DeviceNotAvailable => InputError::NoDevice(detail),
            ErrorKind::PermissionDenied => InputError::Denied(detail),
            ErrorKind::DeviceBusy => InputError::Busy(detail),
            _ => InputError::Unavailable(detail),
        }
    }
}

/// The system's default microphone, through rodio (cpal's input: ALSA on Linux, which reaches
/// PulseAudio or PipeWire where they run).
#[derive(Debug, Clone, Copy, Default)]
pub struct DeviceMicrophone;

impl Microphone for DeviceMicrophone {
    fn open(&self) -> Result<Box<dyn Input>, InputError> {
        use rodio::microphone::{MicrophoneBuilder, OpenError};
        // rodio does not export its builder's error type: the sound system's error is its
        // source, and without one (from these two calls) there is no input device at all.
        let builder = MicrophoneBuilder::new()
            .default_device()
            .and_then(|b| b.default_config())
            .map_err(|e| {
                let cpal = std::error::Error::source(&e)
                    .and_then(|s| s.downcast_ref::<rodio::cpal::Error>());
                match cpal {
                    Some(source) => InputError::from_cpal(source, &e.to_string()),
                    None => InputError::NoDevice(e.to_string()),
                }
            })?;
        let mic = builder.open_stream().map_err(|e| match &e {
            OpenError::BuildStream(source) | OpenError::Play(source) => {
                InputError::from_cpal(source, &e.to_string())
            }
            OpenError::UnsupportedSampleFormat => InputError::Unavailable(e.to_string()),
        })?;
        let channels = usize::from(mic.channels().get());
        // rodio's buffer holds 100 ms (`Microphone::open`); found full, it has dropped sound.
        let capacity = channels * mic.sample_rate().get() as usize / 10;
        Ok(Box::new(DeviceInput {
            mic,
            channels,
            frame: Vec::with_capacity(channels),
            capacity,
            losses: Vec::new(),
        }))
    }
}

struct DeviceInput {
    mic: rodio::microphone::Microphone,
    channels: usize,
    /// A frame whose channels have not all arrived yet.
    frame: Vec<f32>,
    /// How many samples rodio's buffer holds.
    capacity: usize,
    /// Where the buffer was found full: the samples given before.
    losses: Vec<usize>,
}

impl Input for DeviceInput {
    fn rate(&self) -> u32 {
        self.mic.sample_rate().get()
    }

    fn read(&mut self, into: &mut Vec<f32>) -> Result<(), InputError> {
        // Only what is there: the microphone's own `next` sleeps until a sample comes, and
        // forever if none does.
        let ready = self.mic.size_hint().0;
        if ready >= self.capacity {
            self.losses.push(into.len());
        }
        for _ in 0..ready {
            let Some(sample) = self.mic.next() else {
                return Err(InputError::Stopped);
            };
            self.frame.push(sample);
            if self.frame.len() == self.channels {
                into.push(self.frame.iter().sum::<f32>() / self.channels as f32);
                self.frame.clear();
            }
        }
        Ok(())
    }

    fn losses(&self) -> &[usize] {
        &self.losses
    }
}

/// A microphone for tests: each time it is opened it hears the next of the given sounds (the
/// last again once all were heard), then silence (as a quiet room), giving a chunk of it at each
/// read; or it cannot be opened, for a given reason.
#[derive(Debug)]
pub struct FakeMicrophone {
    sounds: Result<Vec<Clip>, InputError>,
    per_read: Duration,
    opened: AtomicUsize,
}

impl FakeMicrophone {
    /// A microphone that hears `clip`, 50 ms of it per read.
    pub fn hearing(clip: Clip) -> FakeMicrophone {
        FakeMicrophone::hearing_takes(vec![clip])
    }

    /// A microphone that hears each of `clips` in turn, one per opening.
    pub fn hearing_takes(clips: Vec<Clip>) -> FakeMicrophone {
        FakeMicrophone {
            sounds: Ok(clips),
            per_read: Duration::from_millis(50),
            opened: AtomicUsize::new(0),
        }
    }

    /// A microphone that cannot be opened.
    pub fn failing(why: InputError) -> FakeMicrophone {
        FakeMicrophone {
            sounds: Err(why),
            per_read: Duration::ZERO,
            opened: AtomicUsize::new(0),
        }
    }

    /// How many times it was opened.
    pub fn opened(&self) -> usize {
        self.opened.load(Ordering::SeqCst)
    }
}

impl Microphone for FakeMicrophone {
    fn open(&self) -> Result<Box<dyn Input>, InputError> {
        let turn = self.opened.fetch_add(1, Ordering::SeqCst);
        let clips = self.sounds.as_ref().map_err(Clone::clone)?;
        let clip = clips
            .get(turn.min(clips.len().saturating_sub(1)))
            .cloned()
            .unwrap_or_else(|| Clip::new(Vec::new(), 16_000));
        let chunk = super::samples_in(self.per_read, clip.rate()).max(1);
        Ok(Box::new(FakeInput { clip, at: 0, chunk }))
    }
}

struct FakeInput {
    clip: Clip,
    at: usize,
    chunk: usize,
}

impl Input for FakeInput {
    fn rate(&self) -> u32 {
        self.clip.rate()
    }

    fn read(&mut self, into: &mut Vec<f32>) -> Result<(), InputError> {
        let samples = self.clip.samples();
        let end = (self.at + self.chunk).min(samples.len());
        into.extend_from_slice(&samples[self.at.min(end)..end]);
        into.resize(into.len() + (self.chunk - (end - self.at.min(end))), 0.0);
        self.at += self.chunk;
        Ok(())
    }
}

/// What a recording is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The microphone is being opened.
    Opening,
    /// Sound is being recorded.
    Recording,
    /// Stopped: the silence is being cut and the level set.
    Finishing,
    /// Finished: its result is ready ([`Capture::result`]).
    Done,
}

/// What the screen shows of a recording, read each frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Snapshot {
    /// What it is doing.
    pub status: Status,
    /// The level of the latest sound.
    pub level: Level,
    /// How long it has recorded.
    pub length: Duration,
    /// How long the take would be if stopped now, the silence cut (measured every 200 ms).
    pub spoken: Duration,
    /// The highest sample so far, in dBFS.
    pub loudest: f32,
    /// It stopped by itself at its limit.
    pub at_limit: bool,
}

/// Why a recording gave nothing to keep.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CaptureError {
    /// The microphone could not be used.
    #[error(transparent)]
    Input(#[from] InputError),
    /// What was recorded cannot be kept.
    #[error(transparent)]
    Take(#[from] TakeError),
}

struct Shared {
    snapshot: Snapshot,
    result: Option<Result<Take, CaptureError>>,
}

/// One recording from a microphone, on a thread of its own. Dropping it stops the recording.
pub struct Capture {
    shared: Arc<Mutex<Shared>>,
    stop: Arc<AtomicBool>,
}

impl Capture {
    /// Opens `microphone` and records until [`Capture::stop`], or until `limit` is recorded.
    pub fn start(microphone: Arc<dyn Microphone>, limit: Duration) -> Capture {
        let shared = Arc::new(Mutex::new(Shared {
            snapshot: Snapshot {
                status: Status::Opening,
                level: Level::SILENT,
                length: Duration::ZERO,
                spoken: Duration::ZERO,
                loudest: FLOOR_DBFS,
                at_limit: false,
            },
            result: None,
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let capture = Capture {
            shared: Arc::clone(&shared),
            stop: Arc::clone(&stop),
        };
        let spawned = std::thread::Builder::new()
            .name("stretch-timer-microphone".to_owned())
            .spawn({
                let shared = Arc::clone(&shared);
                move || {
                    let publish = |result| {
                        let mut shared = shared.lock().unwrap_or_else(PoisonError::into_inner);
                        shared.snapshot.status = Status::Done;
                        shared.result = Some(result);
                    };
                    match microphone.open() {
                        Ok(mut input) => {
                            publish(record(input.as_mut(), limit, &stop, &shared));
                            // Closing a stream whose sound server has gone can wait forever
                            // (seen: cpal joins its input thread, stuck on a lock in ALSA's
                            // PulseAudio plugin). The result is out first: only this thread
                            // waits, never the window.
                            drop(input);
                        }
                        Err(e) => {
                            eprintln!("stretch-timer: {e}: {}", e.detail());
                            publish(Err(e.into()));
                        }
                    }
                }
            });
        if let Err(e) = spawned {
            let mut shared = shared.lock().unwrap_or_else(PoisonError::into_inner);
            shared.snapshot.status = Status::Done;
            shared.result = Some(Err(CaptureError::Input(InputError::Unavailable(format!(
                "could not start the recording thread: {e}"
            )))));
        }
        capture
    }

    /// What it is doing, its level and its length now.
    pub fn snapshot(&self) -> Snapshot {
        self.shared
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .snapshot
    }

    /// Stops recording; the take is made ready on the capture thread.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
    }

    /// The take, or why there is none, once [`Status::Done`] (given once).
    pub fn result(&self) -> Option<Result<Take, CaptureError>> {
        self.shared
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .result
            .take()
    }
}

impl Drop for Capture {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The capture thread: records from `input`, keeping the snapshot current, then finishes the take
/// (the input still open: see [`Capture::start`]).
fn record(
    input: &mut dyn Input,
    limit: Duration,
    stop: &AtomicBool,
    shared: &Mutex<Shared>,
) -> Result<Take, CaptureError> {
    let update = |f: &mut dyn FnMut(&mut Snapshot)| {
        f(&mut shared
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .snapshot);
    };
    let rate = input.rate().max(1);
    let limit_samples = super::samples_in(limit, rate);
    let meter = super::samples_in(METER_SPAN, rate);
    update(&mut |s| s.status = Status::Recording);
    let mut samples = Vec::new();
    let mut levels = Levels::new(rate);
    let mut loudest = FLOOR_DBFS;
    let mut spoken = Duration::ZERO;
    let mut measured = Instant::now();
    let mut heard_at = Instant::now();
    let seconds = |n: usize| Duration::from_secs_f64(n as f64 / f64::from(rate));
    loop {
        let before = samples.len();
        input.read(&mut samples)?;
        if samples.len() > before {
            heard_at = Instant::now();
        } else if heard_at.elapsed() > NOTHING_FOR {
            return Err(InputError::Stopped.into());
        }
        samples.truncate(limit_samples);
        let new = &samples[before.min(samples.len())..];
        levels.extend(new);
        loudest = loudest.max(take::level(new).peak);
        let at_limit = samples.len() >= limit_samples;
        if measured.elapsed() >= SPOKEN_EVERY || at_limit {
            spoken = levels.voiced().map_or(Duration::ZERO, |r| seconds(r.len()));
            measured = Instant::now();
        }
        let level = take::level(&samples[samples.len().saturating_sub(meter)..]);
        let length = seconds(samples.len());
        update(&mut |s| {
            s.level = level;
            s.length = length;
            s.spoken = spoken;
            s.loudest = loudest;
            s.at_limit = at_limit;
        });
        if at_limit || stop.load(Ordering::SeqCst) {
            break;
        }
        std::thread::sleep(POLL);
    }
    // A loss in the silence before or after the words is cut off with it; one in the words is a
    // hole in them.
    if let Some(words) = take::voiced(&samples, rate)
        && input.losses().iter().any(|at| words.contains(at))
    {
        return Err(InputError::Lost.into());
    }
    update(&mut |s| {
        s.status = Status::Finishing;
        s.level = Level::SILENT;
    });
    Ok(take::finish(&samples, rate)?)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // Tests may fail loudly.

    use super::*;

    fn wait_done(capture: &Capture) {
        let start = Instant::now();
        while capture.snapshot().status != Status::Done {
            assert!(start.elapsed() < Duration::from_secs(20), "never finished");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn a_microphone_that_cannot_be_opened_ends_the_capture_with_its_reason() {
        let mic = Arc::new(FakeMicrophone::failing(InputError::NoDevice(
            "no default input".to_owned(),
        )));
        let capture = Capture::start(mic.clone(), Duration::from_secs(60));
        wait_done(&capture);
        assert_eq!(
            capture.result(),
            Some(Err(CaptureError::Input(InputError::NoDevice(
                "no default input".to_owned()
            ))))
        );
        assert_eq!(capture.result(), None, "given once");
        assert_eq!(mic.opened(), 1);
    }

    #[test]
    fn a_capture_stops_by_itself_at_its_limit_with_what_it_heard() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/record/instructions.wav");
        let clip = super::super::bank::decode_file(&path, 16_000).unwrap();
        let mic = Arc::new(FakeMicrophone::hearing(clip));
        let capture = Capture::start(mic, Duration::from_millis(3500));
        wait_done(&capture);
        let snapshot = capture.snapshot();
        assert!(snapshot.at_limit);
        assert_eq!(snapshot.length, Duration::from_millis(3500));
        let take = capture.result().unwrap().unwrap();
        assert_eq!(take.recorded, Duration::from_millis(3500));
        assert!(
            take.length() > Duration::from_secs(2),
            "{:?}",
            take.length()
        );
    }
}
