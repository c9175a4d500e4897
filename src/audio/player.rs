//! The cue player: a named thread that sleeps until the next cue falls due, then hands its sounds
//! to the output with their exact planned start. It does not depend on frames, repaints or the
//! terminal: the UI and the command line only send commands and read the session. If the thread
//! ever panics, the panic is caught and kept as [`Timing::Stopped`], for the front end to show.
//!
//! A [`HoldSink`] attached with [`CuePlayer::set_hold_sink`] hears of each hold that ends as time
//! passes (the history records it); a hold left by a command (skip, back, restart, stop) is not
//! reported.

use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use super::bank::{Phrase, Sound, SoundBank};
use super::output::{AudioOutput, OutputStatus};
use super::score::{self, CueStyle};
use crate::clock::Clock;
use crate::engine::{Command, Cue, CueKind, DueCue, Session, State};
use crate::routine::Side;

/// Cues reported more than this late (after the machine slept, say) are not played: a burst of
/// stale cues would only confuse.
pub const STALE: Duration = Duration::from_secs(1);

/// A hold that ended as time passed, as the timing thread saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HoldEnded {
    /// The step, by index into the routine's steps (from 0).
    pub step: usize,
    /// The side held, for a step with sides.
    pub side: Option<Side>,
    /// Where the hold ended on the routine's timeline (time into the routine, pauses not
    /// counted).
    pub position: Duration,
    /// The time the routine had played when the hold ended
    /// ([`Session::played`]: pauses and skips not counted).
    pub played: Duration,
}

/// Hears of each hold that ends, on the thread that ticks the player (the timing thread, most
/// often), under the player's lock: it must return at once, without I/O or waiting (a channel
/// send). Holds left by a command are never reported, nor holds that end while nobody ticks
/// (until someone does: then every hold that ended meanwhile is reported, in order).
pub trait HoldSink: Send {
    /// `hold` ended.
    fn hold_ended(&mut self, hold: HoldEnded);
}

/// What the player and its users share.
pub struct Shared {
    /// The one source of truth for where the routine is.
    pub session: Session,
    bank: Arc<SoundBank>,
    output: Box<dyn AudioOutput>,
    style: CueStyle,
    /// Whether countdown ticks sound.
    ticks: bool,
    shutdown: bool,
    timing: Timing,
    hold_sink: Option<Box<dyn HoldSink>>,
}

/// Whether the timing thread is keeping time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Timing {
    /// It is: cues play at their deadlines whether or not anyone draws.
    Keeping,
    /// It stopped with a panic (its message): cues now play only when a caller ticks.
    Stopped(String),
}

impl Shared {
    /// Whether the timing thread is keeping time.
    pub fn timing(&self) -> &Timing {
        &self.timing
    }

    /// Whether sound is reaching the person.
    pub fn output_status(&self) -> OutputStatus {
        self.output.status()
    }

    /// How cues are given.
    pub fn style(&self) -> CueStyle {
        self.style
    }

    /// Brings the session up to `now` and plays what fell due (and tells the [`HoldSink`] of the
    /// holds that ended). Returns the cues that fell due.
    pub fn tick(&mut self, clock: &dyn Clock) -> Vec<DueCue> {
        let now = clock.now();
        let due = self.play_due(clock, now);
        let played = self.session.played(now);
        if let Some(sink) = &mut self.hold_sink {
            // Stale ones too: a hold that ended while the machine slept was still held.
            for d in due.iter().filter(|d| d.cue.kind == CueKind::HoldEnd) {
                sink.hold_ended(HoldEnded {
                    step: d.cue.step,
                    side: d.cue.side,
                    position: d.cue.at,
                    played: played.saturating_sub(d.late),
                });
            }
        }
        due
    }

    /// Brings the session up to `now` and plays what fell due. Returns the cues that fell due.
    fn play_due(&mut self, clock: &dyn Clock, now: Duration) -> Vec<DueCue> {
        let due = self.session.poll(now);
        let bank = Arc::clone(&self.bank);
        let ticks = self.ticks;
        let fresh: Vec<Cue> = due
            .iter()
            .filter(|d| d.late <= STALE)
            .filter(|d| ticks || !matches!(d.cue.kind, CueKind::Countdown(_)))
            .map(|d| d.cue)
            .collect();
        for cues in score::moments(&fresh) {
            let moment = now.saturating_sub(due_late(&due, &cues[0]));
            let room = score::room_after(&self.session.plan().cues, cues[0].at);
            let sounds = score::moment(
                cues,
                self.style,
                room,
                |sound| bank.clip(sound).is_some(),
                |sound| bank.duration(sound),
            );
            for (offset, sound) in sounds {
                if let Some(clip) = bank.clip(sound) {
                    self.output
                        .play(sound, clip, clock.instant(moment + offset));
                }
            }
        }
        due
    }

    fn announce(&mut self, phrase: Phrase, clock: &dyn Clock) {
        if self.style == CueStyle::Tones {
            return;
        }
        if let Some(clip) = self.bank.clip(Sound::Phrase(phrase)) {
            self.output
                .play(Sound::Phrase(phrase), clip, clock.instant(clock.now()));
        }
    }
}

/// How late the cue was reported: its planned time in the caller's clock is now − late.
fn due_late(due: &[DueCue], cue: &Cue) -> Duration {
    due.iter()
        .find(|d| d.cue == *cue)
        .map_or(Duration::ZERO, |d| d.late)
}

/// A routine being played: the session, its sounds, and the thread that times them.
pub struct CuePlayer {
    inner: Arc<(Mutex<Shared>, Condvar)>,
    clock: Arc<dyn Clock>,
    thread: Option<JoinHandle<()>>,
}

impl CuePlayer {
    /// A player for `session` (not started) on its own thread, named `stretch-timer-cues`.
    pub fn spawn(
        session: Session,
        bank: Arc<SoundBank>,
        output: Box<dyn AudioOutput>,
        style: CueStyle,
        clock: Arc<dyn Clock>,
    ) -> std::io::Result<CuePlayer> {
        let inner = Arc::new((
            Mutex::new(Shared {
                session,
                bank,
                output,
                style,
                ticks: true,
                shutdown: false,
                timing: Timing::Keeping,
                hold_sink: None,
            }),
            Condvar::new(),
        ));
        let thread = {
            let inner = Arc::clone(&inner);
            let clock = Arc::clone(&clock);
            std::thread::Builder::new()
                .name("stretch-timer-cues".to_owned())
                .spawn(move || {
                    let timed = std::panic::catch_unwind(AssertUnwindSafe(|| {
                        run(&inner, clock.as_ref());
                    }));
                    if let Err(panic) = timed {
                        let mut shared = inner.0.lock().unwrap_or_else(PoisonError::into_inner);
                        shared.timing = Timing::Stopped(panic_message(panic.as_ref()));
                        drop(shared);
                        // Whoever waits for the thread to stop wakes now.
                        inner.1.notify_all();
                    }
                })?
        };
        Ok(CuePlayer {
            inner,
            clock,
            thread: Some(thread),
        })
    }

    /// Locks the shared state (a poisoned lock is still usable: the state is consistent between
    /// calls).
    pub fn lock(&self) -> MutexGuard<'_, Shared> {
        self.inner.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Carries out a command now and wakes the thread to re-time. Pause, skip, back, restart and
    /// stop silence what is playing: what was scheduled may no longer apply.
    pub fn command(&self, command: Command) {
        let clock = self.clock.as_ref();
        {
            let mut shared = self.lock();
            let before = shared.session.state();
            // Cues that fell due up to this instant are still played.
            shared.tick(clock);
            shared.session.apply(command, clock.now());
            let after = shared.session.state();
            let goes_on = matches!(command, Command::Start | Command::Resume)
                || (command == Command::TogglePause && after == State::Running);
            if !goes_on {
                shared.output.silence();
            }
            match (before, after) {
                (State::Running, State::Paused) => shared.announce(Phrase::Paused, clock),
                (State::Paused, State::Running) => shared.announce(Phrase::Resumed, clock),
                _ => {}
            }
            // Cues at the new position (a skip into a hold) play at once. A hold's end found
            // there was not held to its end (a skip over it, or a step gone back to): it sounds,
            // but is not reported as done.
            shared.play_due(clock, clock.now());
        }
        self.inner.1.notify_all();
    }

    /// Brings the session up to the clock's time on the caller's thread and plays what fell due,
    /// as the timing thread does at each deadline: for a front end whose timing thread stopped
    /// ([`Timing::Stopped`]). While the thread runs, it may take the cues first. A test that
    /// moves a manual clock should instead [`lock`](CuePlayer::lock) the player, move the clock
    /// and call [`Shared::tick`] under that one lock, so that what falls due is its own.
    pub fn tick(&self) -> Vec<DueCue> {
        self.lock().tick(self.clock.as_ref())
    }

    /// Changes how cues are given, from the next cue on.
    pub fn set_style(&self, style: CueStyle) {
        self.lock().style = style;
    }

    /// Turns countdown ticks on or off, from the next cue on.
    pub fn set_ticks(&self, ticks: bool) {
        self.lock().ticks = ticks;
    }

    /// Sets the volume, 0.0 to 1.0.
    pub fn set_volume(&self, volume: f32) {
        self.lock().output.set_volume(volume);
    }

    /// Mutes or unmutes.
    pub fn set_muted(&self, muted: bool) {
        self.lock().output.set_muted(muted);
    }

    /// Attaches the sink told of each hold that ends from now on (`None` detaches it). Holds
    /// already reported are not reported again.
    pub fn set_hold_sink(&self, sink: Option<Box<dyn HoldSink>>) {
        self.lock().hold_sink = sink;
    }

    /// Replaces the output (after the device came back, or to go silent); what was scheduled on
    /// the old one is dropped with it.
    pub fn set_output(&self, output: Box<dyn AudioOutput>) {
        self.lock().output = output;
        self.inner.1.notify_all();
    }
}

impl Drop for CuePlayer {
    fn drop(&mut self) {
        self.lock().shutdown = true;
        self.inner.1.notify_all();
        if let Some(thread) = self.thread.take() {
            // The thread never ends in a panic: one is caught and kept in `timing`.
            let _ = thread.join();
        }
    }
}

/// What a caught panic said.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    if let Some(message) = panic.downcast_ref::<&str>() {
        (*message).to_owned()
    } else if let Some(message) = panic.downcast_ref::<String>() {
        message.clone()
    } else {
        "the timing thread panicked".to_owned()
    }
}

/// The timing thread: sleep until the next deadline (or a command), tick, repeat.
fn run(inner: &(Mutex<Shared>, Condvar), clock: &dyn Clock) {
    let (lock, wake) = inner;
    let mut shared = lock.lock().unwrap_or_else(PoisonError::into_inner);
    loop {
        if shared.shutdown {
            return;
        }
        shared.tick(clock);
        let wait = shared
            .session
            .next_deadline()
            .map(|deadline| deadline.saturating_sub(clock.now()));
        shared = match wait {
            // Due already (the tick took a while): go round again at once.
            Some(Duration::ZERO) => shared,
            Some(wait) => {
                wake.wait_timeout(shared, wait)
                    .unwrap_or_else(PoisonError::into_inner)
                    .0
            }
            None => wake.wait(shared).unwrap_or_else(PoisonError::into_inner),
        };
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;
    use crate::audio::bank::RENDER_RATE;
    use crate::audio::output::SilentOutput;
    use crate::clock::ManualClock;
    use crate::engine::Plan;
    use crate::routine::parse;

    /// A clock that panics when the timing thread reads it.
    struct FailingInThread(ManualClock);

    impl Clock for FailingInThread {
        fn now(&self) -> Duration {
            if std::thread::current().name() == Some("stretch-timer-cues") {
                panic!("the clock broke");
            }
            self.0.now()
        }

        fn instant(&self, at: Duration) -> Instant {
            self.0.instant(at)
        }
    }

    #[test]
    fn a_panic_on_the_timing_thread_is_kept_for_the_front_end_to_show() {
        let routine = parse(
            r#"Routine(format: 1, name: "Quick", steps: [Step(name: "Psoas", hold: "30s")])"#,
            None,
        )
        .unwrap();
        let session = Session::new(Arc::new(Plan::new(&routine)));
        let bank = Arc::new(SoundBank::for_routine(&routine, RENDER_RATE));
        let player = CuePlayer::spawn(
            session,
            bank,
            Box::new(SilentOutput::new()),
            CueStyle::Tones,
            Arc::new(FailingInThread(ManualClock::new())),
        )
        .unwrap();
        player.command(Command::Start);
        // The thread panics on its first reading of the clock, and wakes those who wait. It may
        // panic holding the lock, which poisons it: the player goes on with the state, as here.
        let (lock, stopped) = &*player.inner;
        let guard = lock.lock().unwrap_or_else(PoisonError::into_inner);
        let shared = stopped
            .wait_timeout_while(guard, Duration::from_secs(10), |s| {
                s.timing == Timing::Keeping
            })
            .unwrap_or_else(PoisonError::into_inner)
            .0;
        assert_eq!(
            *shared.timing(),
            Timing::Stopped("the clock broke".to_owned())
        );
        drop(shared);
        // The session is still there and still answers on the caller's thread.
        assert_eq!(player.lock().session.state(), State::Running);
    }

    #[test]
    fn a_device_lost_mid_hold_comes_back_and_the_next_cue_is_at_its_planned_instant() {
        use std::sync::atomic::Ordering;

        use crate::audio::device::fake::{Server, Unpluggable};
        use crate::audio::device::{FIRST_RETRY, RETRY_EVERY, Reopening, Watch};
        use crate::audio::output::Recorded;
        use crate::engine::PhaseKind;

        let routine = parse(
            r#"Routine(format: 1, name: "Two", steps: [
                Step(name: "Psoas", hold: "30s"), Step(name: "Calf", hold: "30s")])"#,
            None,
        )
        .unwrap();
        let plan = Arc::new(Plan::new(&routine));
        let bank = Arc::new(SoundBank::for_routine(&routine, RENDER_RATE));
        let clock = ManualClock::new();
        let (first, server) = (Unpluggable::default(), Server::default());
        let output = Reopening::new(
            Box::new(first.clone()),
            RENDER_RATE,
            server.opener(),
            Arc::new(clock.clone()),
        );
        let player = CuePlayer::spawn(
            Session::new(Arc::clone(&plan)),
            bank,
            Box::new(output.clone()),
            CueStyle::Tones,
            Arc::new(clock.clone()),
        )
        .unwrap();
        player.command(Command::Start);
        let hold = plan
            .phases
            .iter()
            .find(|p| p.kind == PhaseKind::Hold)
            .unwrap();

        // Ten seconds into the first hold the sound server goes away; it is back 2 s later.
        let lost_at = hold.start + Duration::from_secs(10);
        let mut shared = player.lock();
        clock.set(lost_at);
        shared.tick(&clock);
        first.unplugged.store(true, Ordering::SeqCst);
        server.down.store(true, Ordering::SeqCst);
        assert!(matches!(
            shared.output_status(),
            OutputStatus::Unavailable(_)
        ));
        assert_eq!(output.check(), Watch::Waiting);
        clock.set(lost_at + FIRST_RETRY);
        assert!(matches!(output.check(), Watch::Failed(_)));
        clock.set(lost_at + Duration::from_secs(2));
        server.down.store(false, Ordering::SeqCst);
        shared.tick(&clock);
        assert_eq!(
            shared.session.phase(clock.now()).map(|p| p.kind),
            Some(PhaseKind::Hold),
            "the routine went on meanwhile"
        );
        assert_eq!(output.check(), Watch::Waiting);
        // The attempt after the one that failed.
        clock.set(lost_at + FIRST_RETRY + RETRY_EVERY);
        assert_eq!(output.check(), Watch::Reopened);
        assert_eq!(shared.output_status(), OutputStatus::Playing);
        let (second, rate) = server.last().unwrap();
        assert_eq!(rate, RENDER_RATE, "the sounds decoded for the routine fit");

        // The next cue (the hold's end) reaches the new device with its planned instant, though
        // the tick comes 30 ms after it.
        let next = plan.cues.iter().find(|c| c.at > clock.now()).unwrap().at;
        clock.set(next + Duration::from_millis(30));
        shared.tick(&clock);
        let played: Vec<_> = second
            .record
            .log()
            .into_iter()
            .filter_map(|r| match r {
                Recorded::Play { at, .. } => Some(at),
                _ => None,
            })
            .collect();
        assert_eq!(played.first(), Some(&clock.instant(next)), "{played:?}");
        assert!(first.record.log().iter().all(|r| match r {
            Recorded::Play { at, .. } => *at <= clock.instant(lost_at),
            _ => true,
        }));
    }
}
