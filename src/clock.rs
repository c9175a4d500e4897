//! Where `now` comes from. The engine takes time as a value; the shells read it from a [`Clock`]:
//! a monotonic one in the app, a manual one in tests.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A source of monotonic time, as a `Duration` since the clock's own origin.
pub trait Clock: Send + Sync {
    /// The time now, never less than any earlier reading.
    fn now(&self) -> Duration;

    /// The instant that `at` (a reading of this clock) corresponds to, for code that must wait
    /// for or schedule at a real moment (audio). A manual clock maps onto its creation instant.
    fn instant(&self, at: Duration) -> Instant;
}

/// The system's monotonic clock, counted from when this value was made.
#[derive(Debug, Clone, Copy)]
pub struct MonotonicClock {
    origin: Instant,
}

impl MonotonicClock {
    /// A clock whose readings start at zero now.
    pub fn new() -> Self {
        MonotonicClock {
            origin: Instant::now(),
        }
    }
}

impl Default for MonotonicClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for MonotonicClock {
    fn now(&self) -> Duration {
        self.origin.elapsed()
    }

    fn instant(&self, at: Duration) -> Instant {
        self.origin + at
    }
}

/// A clock that moves only when told to: for tests and for offline rendering.
#[derive(Debug, Clone)]
pub struct ManualClock {
    nanos: Arc<AtomicU64>,
    origin: Instant,
}

impl ManualClock {
    /// A clock that reads zero until advanced.
    pub fn new() -> Self {
        ManualClock {
            nanos: Arc::new(AtomicU64::new(0)),
            origin: Instant::now(),
        }
    }

    /// Moves the clock forward by `by` (every clone of it moves too).
    pub fn advance(&self, by: Duration) {
        let by = u64::try_from(by.as_nanos()).unwrap_or(u64::MAX);
        self.nanos.fetch_add(by, Ordering::SeqCst);
    }

    /// Sets the clock to `at`, if that is not earlier than it reads now.
    pub fn set(&self, at: Duration) {
        let at = u64::try_from(at.as_nanos()).unwrap_or(u64::MAX);
        self.nanos.fetch_max(at, Ordering::SeqCst);
    }
}

impl Default for ManualClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Duration {
        Duration::from_nanos(self.nanos.load(Ordering::SeqCst))
    }

    fn instant(&self, at: Duration) -> Instant {
        self.origin + at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_forward_and_only_when_told() {
        let clock = ManualClock::new();
        let other = clock.clone();
        assert_eq!(clock.now(), Duration::ZERO);
        clock.advance(Duration::from_millis(1500));
        assert_eq!(other.now(), Duration::from_millis(1500));
        clock.set(Duration::from_secs(1));
        assert_eq!(
            clock.now(),
            Duration::from_millis(1500),
            "set never goes back"
        );
        clock.set(Duration::from_secs(9));
        assert_eq!(other.now(), Duration::from_secs(9));
    }

    #[test]
    fn a_monotonic_clock_maps_readings_to_instants() {
        let clock = MonotonicClock::new();
        let a = clock.now();
        let b = clock.now();
        assert!(b >= a);
        assert_eq!(
            clock.instant(Duration::from_secs(2)) - clock.instant(Duration::ZERO),
            Duration::from_secs(2)
        );
    }
}
