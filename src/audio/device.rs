//! The default sound device, opened the same way by the app and the command line: when it cannot
//! be opened, a silent output that says why takes its place, and the routine goes on with visual
//! cues only. A device that goes away (the sound server restarted, a headset unplugged) is opened
//! again by [`Reopening`] as soon as it is back, without the person doing anything. The app's
//! device ([`SharedDevice`]) is open only while something is about to play or plays: an open
//! stream keeps a core busy at about 1 % and the sound card awake.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError, Weak};
use std::time::Duration;

use super::bank::{Clip, RENDER_RATE, Sound};
use super::output::{
    AudioOutput, DEFAULT_LEAD, OpenError, OutputStatus, RodioOutput, SilentOutput,
};
use crate::clock::{Clock, MonotonicClock};
use crate::tr;

/// An output, with the sample rate sounds must be decoded at to play on it.
pub type Opened = (Box<dyn AudioOutput>, u32);

/// Opens an output for sounds decoded at the given rate: the default device, or one a test
/// injects.
pub type Opener = Box<dyn Fn(u32) -> Result<Box<dyn AudioOutput>, OpenError> + Send + Sync>;

/// A device found lost is first opened again this long after: a sound server that restarts
/// (PulseAudio, PipeWire) takes about this long to take clients again.
pub const FIRST_RETRY: Duration = Duration::from_secs(1);

/// After an attempt that failed, the next comes this long after: sound comes back within this of
/// the device, and a machine whose device stays away is not asked more often than this.
pub const RETRY_EVERY: Duration = Duration::from_secs(2);

/// The app's device is closed when nothing has held it for this long (see [`SharedDevice`]): long
/// enough for "Again" after a routine, or a second preview in the editor, to find it open.
pub const CLOSE_UNUSED_AFTER: Duration = Duration::from_secs(30);

/// How often the watcher thread looks at the output's status (a few atomic reads) while the
/// device is held.
const WATCH_EVERY: Duration = Duration::from_millis(250);

/// How often it looks while nothing holds the app's device: only to close it once unused, so
/// seldom (each wake-up of a thread costs more than the look).
const WATCH_UNUSED_EVERY: Duration = Duration::from_secs(2);

/// Opens the default sound device; if it cannot, a silent output whose status says why. Either
/// way the device is opened again whenever it is lost or missing ([`Reopening`]).
pub fn open_default() -> Opened {
    let device = default_device();
    let rate = device.rate();
    (Box::new(device), rate)
}

/// The default device, watched and reopened on a thread of its own.
fn default_device() -> Reopening {
    let (output, rate): Opened = match RodioOutput::open(DEFAULT_LEAD) {
        Ok(output) => {
            let rate = output.rate();
            (Box::new(output), rate)
        }
        Err(e) => unavailable(&e),
    };
    let open: Opener = Box::new(|rate| {
        RodioOutput::open_at(DEFAULT_LEAD, rate).map(|o| Box::new(o) as Box<dyn AudioOutput>)
    });
    Reopening::watched(output, rate, open, Arc::new(MonotonicClock::new()))
}

/// The default sound device, shared by every routine played and every preview: opened when one
/// asks for it ([`SharedDevice::output`]), and open while one holds it; opened again as soon as
/// it is back after it went away, or when the person asks to retry. When nothing has held it for
/// [`CLOSE_UNUSED_AFTER`] it is closed, and nothing is opened again for nobody: on the library, in
/// the editor or in History the app costs nothing for sound.
#[derive(Default)]
pub struct SharedDevice {
    device: Mutex<Option<Reopening>>,
}

impl std::fmt::Debug for SharedDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedDevice").finish_non_exhaustive()
    }
}

impl SharedDevice {
    /// Nothing opened yet: the device opens on the first [`SharedDevice::output`].
    pub fn new() -> SharedDevice {
        SharedDevice::default()
    }

    /// An output on the device, which holds it open until dropped: opening it if it is not (the
    /// first time, after it was closed unused), and trying at once to open it again if it does
    /// not play (the person asked to retry); a silent output saying why while it cannot be
    /// opened. The rate stays the one of the first opening: sounds decoded for it still fit a
    /// device opened again.
    pub fn output(&self) -> Opened {
        let mut device = self.device.lock().unwrap_or_else(PoisonError::into_inner);
        let device = device.get_or_insert_with(|| default_device().closed_when_unused());
        // Held before it is opened: the watcher does not close it in between.
        let held = device.hold();
        if let Watch::Failed(detail) = device.retry() {
            eprintln!("{}", tr!("speaker-not-opened", detail = detail.as_str()));
        }
        (Box::new(held), device.rate())
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

/// What a look at a [`Reopening`] output found, or what an attempt to open it again did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Watch {
    /// Sound reaches the person (or is off on purpose): nothing to do.
    Fine,
    /// The device is lost; the next attempt to open it is not due yet.
    Waiting,
    /// The device is lost and an attempt to open it failed now (the sound system's words).
    Failed(String),
    /// The device was lost and is open again: cues from now on sound.
    Reopened,
    /// Nothing held the app's device for [`CLOSE_UNUSED_AFTER`]: it was closed now.
    Closed,
}

/// An output that opens its device again when it is lost: the first attempt [`FIRST_RETRY`]
/// after the loss is seen, then every [`RETRY_EVERY`] until one succeeds. The new device gets the
/// volume and mute of the old, and the same sample rate (the routine's sounds were decoded at
/// it). Clones share the device; the watcher thread ([`Reopening::watched`]) ends with the last
/// clone.
///
/// Opening is slow (tens of milliseconds, more for a server that is starting) and never happens
/// under the lock that [`AudioOutput::play`] takes, so the timing thread is never held up by it.
#[derive(Clone)]
pub struct Reopening {
    inner: Arc<Inner>,
}

struct Inner {
    state: Mutex<State>,
    /// Held while a device is being opened: the watcher and a Retry never open two at once.
    attempt: Mutex<()>,
    open: Opener,
    rate: u32,
    clock: Arc<dyn Clock>,
}

struct State {
    output: Box<dyn AudioOutput>,
    volume: f32,
    muted: bool,
    /// While the device is lost: when the next attempt to open it is due (a reading of the
    /// clock).
    next_try: Option<Duration>,
    /// For the app's device: who holds it ([`Held`]), and since when nobody has. `None` for a
    /// device opened for one routine (the command line), which is never closed unused.
    holders: Option<Holders>,
    /// The device was closed because nobody held it (the output is silence until it is held).
    closed_unused: bool,
}

#[derive(Clone, Copy)]
struct Holders {
    count: usize,
    /// A reading of the clock: when the last holder let go (or the device was made).
    free_since: Duration,
}

impl Reopening {
    /// `output`, for sounds decoded at `rate`, opened again with `open` when it is lost, each
    /// time [`Reopening::check`] finds an attempt due by `clock`. Nothing watches it: see
    /// [`Reopening::watched`].
    pub fn new(
        output: Box<dyn AudioOutput>,
        rate: u32,
        open: Opener,
        clock: Arc<dyn Clock>,
    ) -> Reopening {
        Reopening {
            inner: Arc::new(Inner {
                state: Mutex::new(State {
                    output,
                    volume: 1.0,
                    muted: false,
                    next_try: None,
                    holders: None,
                    closed_unused: false,
                }),
                attempt: Mutex::new(()),
                open,
                rate,
                clock,
            }),
        }
    }

    /// As [`Reopening::new`], with a thread (`stretch-timer-sound`) that checks every quarter of
    /// a second, off the timing thread, until the last clone is dropped.
    pub fn watched(
        output: Box<dyn AudioOutput>,
        rate: u32,
        open: Opener,
        clock: Arc<dyn Clock>,
    ) -> Reopening {
        let reopening = Reopening::new(output, rate, open, clock);
        let watched = Arc::downgrade(&reopening.inner);
        // Without the thread the device is still opened again on Retry and at the next start.
        let _ = std::thread::Builder::new()
            .name("stretch-timer-sound".to_owned())
            .spawn(move || watch(&watched));
        reopening
    }

    /// From now on the device is open only while held ([`Reopening::hold`]): once nothing has
    /// held it for [`CLOSE_UNUSED_AFTER`], [`Reopening::check`] closes it, and while nothing holds
    /// it no attempt is made to open it again. [`Reopening::retry`] opens it.
    #[must_use]
    pub fn closed_when_unused(self) -> Reopening {
        let now = self.inner.clock.now();
        self.state().holders = Some(Holders {
            count: 0,
            free_since: now,
        });
        self
    }

    /// A hold on the device, for as long as it is kept: see [`Reopening::closed_when_unused`].
    pub fn hold(&self) -> Held {
        if let Some(holders) = &mut self.state().holders {
            holders.count += 1;
        }
        Held {
            device: self.clone(),
        }
    }

    /// Whether this is the app's device and nothing holds it.
    fn unused(&self) -> bool {
        self.state()
            .holders
            .is_some_and(|holders| holders.count == 0)
    }

    /// The rate sounds must be decoded at.
    pub fn rate(&self) -> u32 {
        self.inner.rate
    }

    /// Looks at the output, and if it is lost and an attempt is due, tries to open the device
    /// again; closes it if nobody has held it for [`CLOSE_UNUSED_AFTER`].
    pub fn check(&self) -> Watch {
        let now = self.inner.clock.now();
        {
            let mut state = self.state();
            let unused = state
                .holders
                .filter(|holders| holders.count == 0)
                .map(|holders| holders.free_since);
            let OutputStatus::Unavailable(reason) = state.output.status() else {
                state.next_try = None;
                if unused.is_some_and(|since| now >= since + CLOSE_UNUSED_AFTER) {
                    let open = std::mem::replace(
                        &mut state.output,
                        Box::new(SilentOutput::unavailable(tr!("speaker-closed-unused"))),
                    );
                    state.closed_unused = true;
                    // Not lost: nothing is opened again until it is held.
                    state.next_try = Some(now);
                    drop(state);
                    drop(open);
                    return Watch::Closed;
                }
                return Watch::Fine;
            };
            let Some(due) = state.next_try else {
                // Seen lost just now: the device is closed at once, outside the lock. A stream
                // whose server died can keep cpal's thread spinning on its errors until then.
                state.next_try = Some(now + FIRST_RETRY);
                let lost = std::mem::replace(
                    &mut state.output,
                    Box::new(SilentOutput::unavailable(reason)),
                );
                drop(state);
                drop(lost);
                return Watch::Waiting;
            };
            if now < due || unused.is_some() {
                return Watch::Waiting;
            }
        }
        match self.inner.attempt.try_lock() {
            Ok(attempt) => self.attempt(attempt),
            // A Retry is opening it right now.
            Err(_) => Watch::Waiting,
        }
    }

    /// Tries at once to open the device again if it is lost (the person pressed Retry).
    pub fn retry(&self) -> Watch {
        let attempt = self
            .inner
            .attempt
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if !is_lost(&self.state().output.status()) {
            return Watch::Fine;
        }
        self.attempt(attempt)
    }

    fn attempt(&self, _attempt: MutexGuard<'_, ()>) -> Watch {
        match (self.inner.open)(self.inner.rate) {
            Ok(mut output) => {
                let lost = {
                    let mut state = self.state();
                    output.set_volume(state.volume);
                    output.set_muted(state.muted);
                    state.next_try = None;
                    state.closed_unused = false;
                    std::mem::replace(&mut state.output, output)
                };
                // Closed outside the lock: closing a device that went away may take a while.
                drop(lost);
                Watch::Reopened
            }
            Err(e) => {
                let mut state = self.state();
                state.next_try = Some(self.inner.clock.now() + RETRY_EVERY);
                // A device closed unused that cannot be opened now says why, as at the first
                // opening.
                if std::mem::take(&mut state.closed_unused) {
                    state.output = Box::new(SilentOutput::unavailable(e.to_string()));
                }
                Watch::Failed(e.detail().to_owned())
            }
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.inner
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

fn is_lost(status: &OutputStatus) -> bool {
    matches!(status, OutputStatus::Unavailable(_))
}

/// The watcher thread: a look every [`WATCH_EVERY`] while anyone holds the output.
fn watch(watched: &Weak<Inner>) {
    let mut quiet = quiet_alsa();
    let mut every = WATCH_EVERY;
    loop {
        std::thread::sleep(every);
        let Some(inner) = watched.upgrade() else {
            return;
        };
        let reopening = Reopening { inner };
        if let Watch::Failed(_) = reopening.check() {
            // A fresh buffer, the old one's text dropped (before the new one is made): it would
            // grow with every attempt.
            quiet.take();
            quiet = quiet_alsa();
        }
        every = if reopening.unused() {
            WATCH_UNUSED_EVERY
        } else {
            WATCH_EVERY
        };
    }
}

/// ALSA's error messages on this thread go to a buffer, not to stderr: a server that is not back
/// yet makes ALSA print a few lines at every attempt, which would fill a terminal running a
/// routine.
#[cfg(target_os = "linux")]
fn quiet_alsa() -> Option<impl Sized> {
    alsa::Output::local_error_handler().ok()
}

#[cfg(not(target_os = "linux"))]
fn quiet_alsa() -> Option<()> {
    None
}

/// A hold on the app's device ([`Reopening::hold`]): an output that plays on it, and keeps it open
/// until dropped.
pub struct Held {
    device: Reopening,
}

impl Drop for Held {
    fn drop(&mut self) {
        let now = self.device.inner.clock.now();
        if let Some(holders) = &mut self.device.state().holders {
            holders.count = holders.count.saturating_sub(1);
            if holders.count == 0 {
                holders.free_since = now;
            }
        }
    }
}

impl AudioOutput for Held {
    fn play(&mut self, sound: Sound, clip: &Clip, at: std::time::Instant) {
        self.device.play(sound, clip, at);
    }

    fn silence(&mut self) {
        self.device.silence();
    }

    fn set_volume(&mut self, volume: f32) {
        self.device.set_volume(volume);
    }

    fn set_muted(&mut self, muted: bool) {
        self.device.set_muted(muted);
    }

    fn status(&self) -> OutputStatus {
        self.device.status()
    }
}

impl AudioOutput for Reopening {
    fn play(&mut self, sound: Sound, clip: &Clip, at: std::time::Instant) {
        self.state().output.play(sound, clip, at);
    }

    fn silence(&mut self) {
        self.state().output.silence();
    }

    fn set_volume(&mut self, volume: f32) {
        let mut state = self.state();
        state.volume = volume;
        state.output.set_volume(volume);
    }

    fn set_muted(&mut self, muted: bool) {
        let mut state = self.state();
        state.muted = muted;
        state.output.set_muted(muted);
    }

    fn status(&self) -> OutputStatus {
        self.state().output.status()
    }
}

/// Devices for tests: one that can be unplugged, and a sound system that can go down.
#[cfg(test)]
pub(crate) mod fake {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

    use super::*;
    use crate::audio::output::RecordingOutput;

    /// A device that plays (into a record) until it is unplugged.
    #[derive(Clone, Default)]
    pub struct Unpluggable {
        pub record: RecordingOutput,
        pub unplugged: Arc<AtomicBool>,
        /// Counts the clones alive: the output holds one while it has the device open.
        pub open: Arc<()>,
    }

    impl AudioOutput for Unpluggable {
        fn play(&mut self, sound: Sound, clip: &Clip, at: std::time::Instant) {
            if !self.unplugged.load(Ordering::SeqCst) {
                self.record.play(sound, clip, at);
            }
        }
        fn silence(&mut self) {
            self.record.silence();
        }
        fn set_volume(&mut self, volume: f32) {
            self.record.set_volume(volume);
        }
        fn set_muted(&mut self, muted: bool) {
            self.record.set_muted(muted);
        }
        fn status(&self) -> OutputStatus {
            if self.unplugged.load(Ordering::SeqCst) {
                OutputStatus::Unavailable("the sound device stopped working".to_owned())
            } else {
                OutputStatus::Playing
            }
        }
    }

    /// The sound system: opens a new [`Unpluggable`] while it is up, counts the attempts.
    #[derive(Clone, Default)]
    pub struct Server {
        pub down: Arc<AtomicBool>,
        pub attempts: Arc<AtomicUsize>,
        pub opened: Arc<Mutex<Vec<(Unpluggable, u32)>>>,
    }

    impl Server {
        pub fn opener(&self) -> Opener {
            let server = self.clone();
            Box::new(move |rate| {
                server.attempts.fetch_add(1, Ordering::SeqCst);
                if server.down.load(Ordering::SeqCst) {
                    return Err(OpenError::new("Connection refused"));
                }
                let device = Unpluggable::default();
                server
                    .opened
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .push((device.clone(), rate));
                Ok(Box::new(device))
            })
        }

        pub fn last(&self) -> Option<(Unpluggable, u32)> {
            self.opened
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .last()
                .cloned()
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::Ordering;

    use super::fake::{Server, Unpluggable};
    use super::*;
    use crate::audio::output::Recorded;
    use crate::clock::ManualClock;

    fn reopening(first: &Unpluggable, server: &Server, clock: &ManualClock) -> Reopening {
        Reopening::new(
            Box::new(first.clone()),
            44_100,
            server.opener(),
            Arc::new(clock.clone()),
        )
    }

    #[test]
    fn a_device_that_plays_is_left_alone() {
        let clock = ManualClock::new();
        let (first, server) = (Unpluggable::default(), Server::default());
        let output = reopening(&first, &server, &clock);
        for _ in 0..10 {
            clock.advance(Duration::from_secs(1));
            assert_eq!(output.check(), Watch::Fine);
        }
        assert_eq!(output.retry(), Watch::Fine);
        assert_eq!(server.attempts.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn a_lost_device_is_opened_again_a_second_after_and_then_every_two_while_it_stays_away() {
        let clock = ManualClock::new();
        let (first, server) = (Unpluggable::default(), Server::default());
        let output = reopening(&first, &server, &clock);
        first.unplugged.store(true, Ordering::SeqCst);
        server.down.store(true, Ordering::SeqCst);

        // Seen lost at 0 s: the first attempt at 1 s, then at 3 s, 5 s.
        let mut attempts_at = Vec::new();
        for tenth in 0..=55u64 {
            clock.set(Duration::from_millis(tenth * 100));
            let before = server.attempts.load(Ordering::SeqCst);
            let watch = output.check();
            if server.attempts.load(Ordering::SeqCst) > before {
                assert_eq!(watch, Watch::Failed("Connection refused".to_owned()));
                attempts_at.push(tenth * 100);
            } else {
                assert_eq!(watch, Watch::Waiting);
            }
            assert!(
                matches!(output.status(), OutputStatus::Unavailable(_)),
                "'No sound' while it is away"
            );
        }
        assert_eq!(attempts_at, [1000, 3000, 5000]);

        // The server is back: the next attempt (at 7 s) opens it, at the sounds' rate.
        server.down.store(false, Ordering::SeqCst);
        clock.set(Duration::from_millis(6900));
        assert_eq!(output.check(), Watch::Waiting);
        clock.set(Duration::from_millis(7000));
        assert_eq!(output.check(), Watch::Reopened);
        assert_eq!(output.status(), OutputStatus::Playing);
        assert_eq!(server.last().map(|(_, rate)| rate), Some(44_100));
        assert_eq!(output.check(), Watch::Fine);
    }

    #[test]
    fn a_lost_device_is_closed_as_soon_as_it_is_seen_lost() {
        let clock = ManualClock::new();
        let (first, server) = (Unpluggable::default(), Server::default());
        let output = reopening(&first, &server, &clock);
        assert_eq!(Arc::strong_count(&first.open), 2, "the output holds it");
        first.unplugged.store(true, Ordering::SeqCst);

        assert_eq!(output.check(), Watch::Waiting);

        assert_eq!(
            Arc::strong_count(&first.open),
            1,
            "closed, not only at the reopening"
        );
        assert_eq!(
            output.status(),
            OutputStatus::Unavailable("the sound device stopped working".to_owned())
        );
    }

    #[test]
    fn retry_opens_at_once_and_the_new_device_has_the_volume_and_mute_set_before() {
        let clock = ManualClock::new();
        let (first, server) = (Unpluggable::default(), Server::default());
        let mut output = reopening(&first, &server, &clock);
        output.set_volume(0.4);
        output.set_muted(true);
        first.unplugged.store(true, Ordering::SeqCst);

        assert_eq!(
            output.retry(),
            Watch::Reopened,
            "no waiting for the backoff"
        );
        let (second, _) = server.last().unwrap();
        assert_eq!(
            second.record.log(),
            [Recorded::Volume(0.4), Recorded::Muted(true)]
        );
    }

    #[test]
    fn the_apps_device_is_closed_half_a_minute_after_nothing_holds_it_and_opened_when_held() {
        let clock = ManualClock::new();
        let (first, server) = (Unpluggable::default(), Server::default());
        let output = reopening(&first, &server, &clock).closed_when_unused();
        let mut routine = output.hold();
        routine.set_volume(0.4);

        // Held through a long routine: left open.
        clock.set(Duration::from_secs(600));
        assert_eq!(output.check(), Watch::Fine);
        drop(routine);
        assert_eq!(Arc::strong_count(&first.open), 2, "open");

        clock.set(Duration::from_secs(600) + CLOSE_UNUSED_AFTER - Duration::from_millis(1));
        assert_eq!(output.check(), Watch::Fine, "\"Again\" finds it open");
        clock.set(Duration::from_secs(600) + CLOSE_UNUSED_AFTER);
        assert_eq!(output.check(), Watch::Closed);
        assert_eq!(Arc::strong_count(&first.open), 1, "closed");

        // Nobody plays: nothing is opened, however long.
        for minute in 11..=70 {
            clock.set(Duration::from_secs(60 * minute));
            assert_eq!(output.check(), Watch::Waiting);
        }
        assert_eq!(server.attempts.load(Ordering::SeqCst), 0);

        // The next routine holds it, and it opens at once, at the sounds' rate and volume.
        let next = output.hold();
        assert_eq!(output.retry(), Watch::Reopened);
        assert_eq!(next.status(), OutputStatus::Playing);
        let (second, rate) = server.last().unwrap();
        assert_eq!(rate, 44_100);
        assert_eq!(
            second.record.log(),
            [Recorded::Volume(0.4), Recorded::Muted(false)]
        );
    }

    #[test]
    fn a_device_lost_while_nothing_holds_it_is_not_looked_for_until_held() {
        let clock = ManualClock::new();
        let (first, server) = (Unpluggable::default(), Server::default());
        let output = reopening(&first, &server, &clock).closed_when_unused();
        first.unplugged.store(true, Ordering::SeqCst);
        server.down.store(true, Ordering::SeqCst);
        for second in 0..120 {
            clock.set(Duration::from_secs(second));
            assert_eq!(output.check(), Watch::Waiting);
        }
        assert_eq!(Arc::strong_count(&first.open), 1, "the lost device closed");
        assert_eq!(server.attempts.load(Ordering::SeqCst), 0);

        // Held while the server is still down: looked for every two seconds while held.
        let routine = output.hold();
        assert_eq!(
            output.retry(),
            Watch::Failed("Connection refused".to_owned())
        );
        clock.set(Duration::from_secs(120) + RETRY_EVERY);
        assert_eq!(
            output.check(),
            Watch::Failed("Connection refused".to_owned())
        );
        drop(routine);
        clock.set(Duration::from_secs(130));
        assert_eq!(output.check(), Watch::Waiting);
        assert_eq!(server.attempts.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn a_device_closed_unused_that_cannot_be_opened_says_why_in_a_persons_words() {
        let clock = ManualClock::new();
        let (first, server) = (Unpluggable::default(), Server::default());
        let output = reopening(&first, &server, &clock).closed_when_unused();
        clock.set(CLOSE_UNUSED_AFTER);
        assert_eq!(output.check(), Watch::Closed);
        server.down.store(true, Ordering::SeqCst);

        let routine = output.hold();
        assert_eq!(
            output.retry(),
            Watch::Failed("Connection refused".to_owned())
        );
        assert_eq!(
            routine.status(),
            OutputStatus::Unavailable("no speaker or headphones could be found".to_owned())
        );
    }

    #[test]
    fn sounds_go_to_the_device_opened_again_at_their_own_instants() {
        let clock = ManualClock::new();
        let (first, server) = (Unpluggable::default(), Server::default());
        let mut output = reopening(&first, &server, &clock);
        let clip = Clip::new(vec![0.0; 10], 44_100);
        let sound = Sound::Tone(crate::cue_sounds::Tone::HoldStart);
        first.unplugged.store(true, Ordering::SeqCst);
        output.check();
        clock.set(FIRST_RETRY);
        assert_eq!(output.check(), Watch::Reopened);

        let (second, _) = server.last().unwrap();
        second.record.take();

        let at = clock.instant(Duration::from_secs(5));
        output.play(sound, &clip, at);

        assert_eq!(first.record.log(), []);
        assert_eq!(second.record.log(), [Recorded::Play { sound, at }]);
    }
}
