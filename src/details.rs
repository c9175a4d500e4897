//! What a step asks of the person, in words: the same lines on the overview and the handout.

use std::time::Duration;

use crate::routine::{Detail, Sides};

/// One thing a step asks, in words: "3 × 30 s hold, each side (left, then right)", "10 s to get
/// into position".
pub fn said(detail: Detail) -> String {
    match detail {
        Detail::Holds { hold, reps, sides } => {
            let sides = match sides {
                Sides::Neither => "",
                Sides::Left => ", left side only",
                Sides::Right => ", right side only",
                Sides::Both => ", each side (left, then right)",
            };
            if reps == 1 {
                format!("Hold {}{sides}", duration(hold))
            } else {
                format!("{reps} × {} hold{sides}", duration(hold))
            }
        }
        Detail::Prepare(time) => format!("{} to get into position", duration(time)),
        Detail::Rest(time) => format!("{} rest between holds", duration(time)),
        Detail::SwitchSides(time) => format!("{} to switch sides", duration(time)),
        Detail::Breathe(pace) => {
            let pace = duration(pace);
            format!("While holding, breathe in for {pace}, out for {pace}")
        }
        Detail::Halfway => "A sound marks the middle of each hold".to_owned(),
    }
}

/// A duration in plain words: "30 s", "1 min 30 s", "2 min", "1 h 5 min".
pub fn duration(duration: Duration) -> String {
    let secs = duration.as_secs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let parts: Vec<String> = [(h, "h"), (m, "min"), (s, "s")]
        .into_iter()
        .filter(|(value, _)| *value > 0)
        .map(|(value, unit)| format!("{value} {unit}"))
        .collect();
    if parts.is_empty() {
        "0 s".to_owned()
    } else {
        parts.join(" ")
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
