//! What a routine asks of the person, in words: what each step asks (the same lines on the overview
//! and the handout), and the names of what the person does (a phase, a breath) as the player and
//! the command line show them.

use std::time::Duration;

use crate::engine::{Breath, PhaseKind};
use crate::routine::{Detail, Side, Sides};
use crate::tr;

/// One thing a step asks, in words: "3 × 30 s hold, each side (left, then right)", "10 s to get
/// into position".
pub fn said(detail: Detail) -> String {
    match detail {
        Detail::Holds { hold, reps, sides } => {
            let hold = duration(hold);
            match (reps, sides) {
                (1, Sides::Neither) => tr!("detail-hold-once", hold = hold),
                (1, Sides::Left) => tr!("detail-hold-once-left", hold = hold),
                (1, Sides::Right) => tr!("detail-hold-once-right", hold = hold),
                (1, Sides::Both) => tr!("detail-hold-once-both", hold = hold),
                (reps, Sides::Neither) => tr!("detail-holds", reps = reps, hold = hold),
                (reps, Sides::Left) => tr!("detail-holds-left", reps = reps, hold = hold),
                (reps, Sides::Right) => tr!("detail-holds-right", reps = reps, hold = hold),
                (reps, Sides::Both) => tr!("detail-holds-both", reps = reps, hold = hold),
            }
        }
        Detail::Prepare(time) => tr!("detail-prepare", time = duration(time)),
        Detail::Rest(time) => tr!("detail-rest", time = duration(time)),
        Detail::SwitchSides(time) => tr!("detail-switch-sides", time = duration(time)),
        Detail::Breathe(pace) => tr!("detail-breathe", pace = duration(pace)),
        Detail::Halfway => tr!("detail-halfway"),
    }
}

/// What the person does in a phase: "Get ready", "Hold", "Rest", "Switch sides".
pub fn phase(kind: PhaseKind) -> String {
    match kind {
        PhaseKind::Prepare => tr!("phase-prepare"),
        PhaseKind::Hold => tr!("phase-hold"),
        PhaseKind::Rest => tr!("phase-rest"),
        PhaseKind::SwitchSides => tr!("phase-switch-sides"),
    }
}

/// A phase's name as a message chooses its words by it (`prepare`, `hold`, `rest`, `switch`).
pub fn phase_key(kind: PhaseKind) -> &'static str {
    match kind {
        PhaseKind::Prepare => "prepare",
        PhaseKind::Hold => "hold",
        PhaseKind::Rest => "rest",
        PhaseKind::SwitchSides => "switch",
    }
}

/// A side as a message chooses its words by it (`left`, `right`, `none`).
pub fn side_key(side: Option<Side>) -> &'static str {
    match side {
        Some(Side::Left) => "left",
        Some(Side::Right) => "right",
        None => "none",
    }
}

/// "Breathe in", "Breathe out".
pub fn breath(breath: Breath) -> String {
    match breath {
        Breath::In => tr!("breath-in"),
        Breath::Out => tr!("breath-out"),
    }
}

/// A duration in plain words: "30 s", "1 min 30 s", "2 min", "1 h 5 min".
pub fn duration(duration: Duration) -> String {
    let secs = duration.as_secs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    match (h > 0, m > 0, s > 0) {
        (false, false, _) => tr!("duration-seconds", s = s),
        (false, true, false) => tr!("duration-minutes", m = m),
        (false, true, true) => tr!("duration-minutes-seconds", m = m, s = s),
        (true, false, false) => tr!("duration-hours", h = h),
        (true, true, false) => tr!("duration-hours-minutes", h = h, m = m),
        (true, false, true) => tr!("duration-hours-seconds", h = h, s = s),
        (true, true, true) => tr!("duration-hours-minutes-seconds", h = h, m = m, s = s),
    }
}

/// How hard it was, as the person answers: "Too easy", "About right", "Too hard".
pub fn effort_words(effort: crate::progress::Effort) -> String {
    match effort {
        crate::progress::Effort::TooEasy => tr!("effort-too-easy"),
        crate::progress::Effort::AboutRight => tr!("effort-about-right"),
        crate::progress::Effort::TooHard => tr!("effort-too-hard"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn durations_in_plain_words() {
        assert_eq!(duration(secs(30)), "30 s");
        assert_eq!(duration(secs(90)), "1 min 30 s");
        assert_eq!(duration(secs(120)), "2 min");
        assert_eq!(duration(secs(3900)), "1 h 5 min");
        assert_eq!(duration(secs(0)), "0 s");
    }

    #[test]
    fn one_hold_is_said_without_a_count_and_several_with_theirs() {
        let holds = |reps, sides| Detail::Holds {
            hold: secs(90),
            reps,
            sides,
        };
        assert_eq!(
            said(holds(1, Sides::Left)),
            "Hold 1 min 30 s, left side only"
        );
        assert_eq!(
            said(holds(2, Sides::Both)),
            "2 × 1 min 30 s hold, each side (left, then right)"
        );
    }
}
