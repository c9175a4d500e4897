//! Which frame of the output stream plays at a given instant, learnt from the sound card's
//! callback as it computes samples.
//!
//! The callback computes each buffer in a burst, far faster than it plays. The first frame of a
//! burst is computed a constant time before it sounds, so at burst starts
//! `offset = time read − frame / rate` is constant while callbacks come on time. Two things
//! disturb single readings: a callback that runs late (a larger offset), and a thread preempted in
//! the middle of a burst, whose second half looks like a new burst that started early (a smaller
//! offset). Both are rare, so the estimate is the median of the recent burst starts: it ignores
//! either kind as long as most callbacks are on time, and a window of a few seconds lets it follow
//! the slow drift between the sound card's clock and the system's (tens of ppm).
//!
//! A stream that starts (opened, or restarted after an underrun) first fills the device's buffer:
//! its first bursts come back to back, each computed earlier for its frames than any burst after
//! (it measured up to 9 ms early for a cue just after opening). Those readings are dropped once
//! bursts come at the pace the frames play.

use std::time::{Duration, Instant};

/// How many recent burst starts the estimate uses (a few seconds of callbacks).
const RECENT: usize = 255;

/// Instants to frames for one output stream.
#[derive(Debug, Clone)]
pub struct FrameClock {
    rate: f64,
    epoch: Instant,
    /// Readings closer together than this are in the same burst.
    burst_gap: Duration,
    last_reading: Option<Instant>,
    /// Whether bursts have come at the pace frames play since the stream (re)started.
    paced: bool,
    /// The last burst start: when, and its frame.
    last_burst: Option<(Instant, u64)>,
    /// Offsets at recent burst starts, a ring of RECENT.
    recent: Vec<f64>,
    next: usize,
    /// Where the median is computed, kept to avoid allocating in the sound card's callback.
    scratch: Vec<f64>,
}

impl FrameClock {
    /// A clock for a stream at `rate` frames per second, read every `every` frames.
    pub fn new(rate: u32, every: u64, epoch: Instant) -> FrameClock {
        let rate = f64::from(rate.max(1));
        FrameClock {
            rate,
            epoch,
            burst_gap: Duration::from_secs_f64(every as f64 / rate / 2.0),
            last_reading: None,
            paced: false,
            last_burst: None,
            recent: Vec::with_capacity(RECENT),
            next: 0,
            scratch: Vec::with_capacity(RECENT),
        }
    }

    /// Notes that `frame` is being computed at `now`.
    pub fn observe(&mut self, now: Instant, frame: u64) {
        let burst_start = self
            .last_reading
            .is_none_or(|last| now.saturating_duration_since(last) > self.burst_gap);
        self.last_reading = Some(now);
        if !burst_start {
            return;
        }
        if !self.paced {
            // Paced: at least three quarters as much time passed since the last burst as its
            // frames last (a server that asks for 25 and 30 ms in turn gives 0.88). While the
            // buffer fills, bursts come far faster than that, or with a short wait between.
            self.paced = self.last_burst.is_some_and(|(then, from)| {
                now.saturating_duration_since(then).as_secs_f64() * 4.0
                    >= 3.0 * frame.saturating_sub(from) as f64 / self.rate
            });
            self.last_burst = Some((now, frame));
            if self.paced {
                // The filling bursts go; until now they were all there was.
                self.recent.clear();
                self.next = 0;
            }
        }
        let offset = self.seconds(now) - frame as f64 / self.rate;
        if self.recent.len() < RECENT {
            self.recent.push(offset);
        } else {
            self.recent[self.next] = offset;
        }
        self.next = (self.next + 1) % RECENT;
    }

    /// Forgets every reading: the stream restarted (after an underrun), so frames no longer play
    /// when the old readings said. Allocates nothing (it runs in the sound card's callback).
    pub fn forget(&mut self) {
        self.last_reading = None;
        self.paced = false;
        self.last_burst = None;
        self.recent.clear();
        self.next = 0;
    }

    /// The frame that is computed at `at` (plus the device's constant latency, it is the frame
    /// heard then); `None` before the first reading.
    pub fn frame_at(&mut self, at: Instant) -> Option<u64> {
        self.scratch.clear();
        self.scratch.extend_from_slice(&self.recent);
        let middle = self.scratch.len().checked_sub(1)? / 2;
        let (_, &mut offset, _) = self.scratch.select_nth_unstable_by(middle, f64::total_cmp);
        let frames = ((self.seconds(at) - offset) * self.rate).round();
        // Saturating: an instant before the stream began is its first frame.
        #[expect(
            clippy::cast_possible_truncation,
            reason = "non-negative after max; `as` saturates at u64::MAX"
        )]
        Some(frames.max(0.0) as u64)
    }

    fn seconds(&self, at: Instant) -> f64 {
        match at.checked_duration_since(self.epoch) {
            Some(after) => after.as_secs_f64(),
            None => -self.epoch.duration_since(at).as_secs_f64(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RATE: u32 = 48_000;
    const BUFFER: u64 = 480; // 10 ms

    /// Runs `callbacks` regular callbacks of BUFFER frames, each computed in 50 µs starting at
    /// its slot plus `late(i)`; reads the clock every 8 frames. Returns the clock.
    fn run(
        callbacks: u64,
        late: impl Fn(u64) -> Duration,
        drift_ppm: f64,
    ) -> (FrameClock, Instant) {
        let epoch = Instant::now();
        let mut clock = FrameClock::new(RATE, 8, epoch);
        for i in 0..callbacks {
            let slot = Duration::from_secs_f64(i as f64 * 0.010 * (1.0 + drift_ppm * 1e-6));
            let start = epoch + slot + late(i);
            for k in (0..BUFFER).step_by(8) {
                let within = Duration::from_nanos(k * 50_000 / BUFFER);
                clock.observe(start + within, i * BUFFER + k);
            }
        }
        (clock, epoch)
    }

    fn frame_of(clock: &mut FrameClock, epoch: Instant, secs: f64) -> u64 {
        clock
            .frame_at(epoch + Duration::from_secs_f64(secs))
            .unwrap()
    }

    #[test]
    fn regular_callbacks_map_instants_to_exact_frames() {
        let (mut clock, epoch) = run(300, |_| Duration::ZERO, 0.0);
        assert_eq!(frame_of(&mut clock, epoch, 3.0), 3 * u64::from(RATE));
        assert_eq!(frame_of(&mut clock, epoch, 3.5), 168_000);
    }

    #[test]
    fn late_callbacks_and_preempted_bursts_do_not_move_the_estimate() {
        // Every seventh callback runs 4 ms late; every eleventh is preempted for 3 ms halfway
        // through (the rest of its burst reads as a new burst).
        let epoch = Instant::now();
        let mut clock = FrameClock::new(RATE, 8, epoch);
        for i in 0..300u64 {
            let mut start = epoch + Duration::from_millis(10 * i);
            if i % 7 == 3 {
                start += Duration::from_millis(4);
            }
            for k in (0..BUFFER).step_by(8) {
                let mut at = start + Duration::from_nanos(k * 100);
                if i % 11 == 5 && k >= BUFFER / 2 {
                    at += Duration::from_millis(3);
                }
                clock.observe(at, i * BUFFER + k);
            }
        }
        assert_eq!(frame_of(&mut clock, epoch, 3.0), 144_000);
    }

    #[test]
    fn it_follows_the_drift_between_the_card_and_the_system_clock() {
        // The card's frames come 100 ppm slow against the system clock: after 60 s that is 6 ms.
        let (mut clock, epoch) = run(6000, |_| Duration::ZERO, 100.0);
        let expected = 60.0 / (0.010 * 1.000_1) * BUFFER as f64;
        let got = frame_of(&mut clock, epoch, 60.0) as f64;
        assert!(
            (got - expected).abs() < 48.0 * 0.5,
            "{got} vs {expected}: off by more than 0.5 ms"
        );
    }

    #[test]
    fn after_a_restart_the_new_timing_is_followed_at_once() {
        // The stream stops for 50 ms (an underrun) and goes on: frame 288_000 (6 s) now plays
        // 50 ms later than before. A tenth of a second of new readings is enough.
        let (mut clock, epoch) = run(600, |_| Duration::ZERO, 0.0);
        clock.forget();
        let restart = epoch + Duration::from_millis(6050);
        for i in 0..10u64 {
            for k in (0..BUFFER).step_by(8) {
                let at = restart + Duration::from_millis(10 * i) + Duration::from_nanos(k * 100);
                clock.observe(at, 288_000 + i * BUFFER + k);
            }
        }
        assert_eq!(frame_of(&mut clock, epoch, 6.55), 312_000);
    }

    #[test]
    fn the_bursts_that_fill_the_buffer_at_the_start_do_not_count() {
        // The stream starts by filling 20 buffers (200 ms of sound) one every 6 ms; from then on
        // one buffer every 10 ms. A clip asked for 100 ms after the fill (10 bursts at the real
        // pace, half as many as the filling ones) lands on the exact frame.
        let epoch = Instant::now();
        let mut clock = FrameClock::new(RATE, 8, epoch);
        let mut burst = |i: u64, at: Instant| {
            for k in (0..BUFFER).step_by(8) {
                clock.observe(at + Duration::from_nanos(k), i * BUFFER + k);
            }
        };
        for i in 0..20 {
            burst(i, epoch + Duration::from_millis(6 * i));
        }
        for i in 20..30 {
            burst(i, epoch + Duration::from_millis(114 + 10 * (i - 19)));
        }
        // Frame 20 * BUFFER was computed at 124 ms: the frame computed at 224 ms is 10 buffers on.
        assert_eq!(
            clock.frame_at(epoch + Duration::from_millis(224)),
            Some(30 * BUFFER)
        );
    }

    #[test]
    fn nothing_is_known_before_the_first_reading() {
        let mut clock = FrameClock::new(RATE, 8, Instant::now());
        assert_eq!(clock.frame_at(Instant::now()), None);
    }
}
