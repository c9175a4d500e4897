//! The time left as the app and the command line show it: whole seconds, rounded up, so "0:01"
//! shows until the very end of a phase and "0:00" only once it is over; and as a screen reader
//! says it, in words ("1 minute 5 seconds"), never as a bare "1:05".

use std::time::Duration;

use crate::tr;

/// Time left as shown: whole seconds rounded up; any time left at all, however little, is at
/// least a second.
pub fn shown_seconds(left: Duration) -> Duration {
    Duration::from_secs(left.as_secs() + u64::from(left.subsec_nanos() > 0))
}

/// How long until the time shown by [`shown_seconds`] changes: the next whole second of the
/// countdown.
pub fn until_next_second(left: Duration) -> Duration {
    match left.subsec_nanos() {
        0 => Duration::from_secs(1),
        into => Duration::from_nanos(u64::from(into)),
    }
}

/// A time shown by [`shown_seconds`] in words, as a screen reader should say it: "1 second",
/// "45 seconds", "2 minutes", "1 minute 5 seconds".
pub fn in_words(shown: Duration) -> String {
    let secs = shown.as_secs();
    match (secs / 60, secs % 60) {
        (0, s) => tr!("time-seconds", s = s),
        (m, 0) => tr!("time-minutes", m = m),
        (m, s) => tr!("time-minutes-seconds", m = m, s = s),
    }
}

/// The time left as a screen reader says it: "13 seconds left".
pub fn left_in_words(left: Duration) -> String {
    tr!("time-left", time = in_words(shown_seconds(left)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_left_reads_as_words() {
        let words = |ms| left_in_words(Duration::from_millis(ms));
        assert_eq!(words(12_100), "13 seconds left");
        assert_eq!(words(1_000), "1 second left");
        assert_eq!(words(60_000), "1 minute left");
        assert_eq!(words(65_000), "1 minute 5 seconds left");
        assert_eq!(words(119_500), "2 minutes left");
        assert_eq!(words(121_000), "2 minutes 1 second left");
        assert_eq!(in_words(Duration::ZERO), "0 seconds");
    }

    #[test]
    fn any_time_left_shows_as_a_second_and_none_as_zero() {
        assert_eq!(shown_seconds(Duration::ZERO), Duration::ZERO);
        // Under a millisecond left: the app and the command line both still show 0:01.
        assert_eq!(
            shown_seconds(Duration::from_nanos(1)),
            Duration::from_secs(1)
        );
        assert_eq!(
            shown_seconds(Duration::from_micros(500)),
            Duration::from_secs(1)
        );
        assert_eq!(
            shown_seconds(Duration::from_millis(1)),
            Duration::from_secs(1)
        );
        assert_eq!(
            shown_seconds(Duration::from_secs(1)),
            Duration::from_secs(1)
        );
        assert_eq!(
            shown_seconds(Duration::from_secs(1) + Duration::from_nanos(1)),
            Duration::from_secs(2)
        );
        assert_eq!(
            shown_seconds(Duration::from_millis(29_999)),
            Duration::from_secs(30)
        );
    }

    #[test]
    fn the_next_change_is_at_the_next_whole_second() {
        assert_eq!(
            until_next_second(Duration::from_millis(2_250)),
            Duration::from_millis(250)
        );
        assert_eq!(
            until_next_second(Duration::from_secs(2)),
            Duration::from_secs(1)
        );
        // Under a millisecond before the change, the change is still waited for, not a second.
        assert_eq!(
            until_next_second(Duration::from_secs(2) + Duration::from_micros(500)),
            Duration::from_micros(500)
        );
    }
}
