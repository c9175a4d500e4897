//! What a screen reader is told while a routine plays, for a person who cannot see the screen
//! and may have no sound: each phase as it begins (what, which step, side, rep, how long), the
//! breathing pace, pause and resume, and the time left at moments worth saying (every 10 s of a
//! hold and its last seconds), never every second. Pure: given what was shown before and what is
//! shown now, what to say.

pub use crate::engine::Breath;
use std::time::Duration;

use crate::countdown::in_words;
use crate::details;
use crate::engine::PhaseKind;
use crate::routine::Side;
use crate::tr;

/// What the player shows at one frame, as far as a screen reader is told about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Moment {
    /// The phase, by index into the plan.
    pub phase: usize,
    /// What the person does.
    pub kind: PhaseKind,
    /// The step's name.
    pub step: String,
    /// The side, if the step has sides.
    pub side: Option<Side>,
    /// The rep: held during a hold, coming next during a rest.
    pub rep: u32,
    /// The step's reps.
    pub reps: u32,
    /// How long the phase lasts.
    pub duration: Duration,
    /// The time left as shown: whole seconds.
    pub left: Duration,
    /// Whether the session is paused.
    pub paused: bool,
    /// In or out, during a hold with a breathing pace.
    pub breath: Option<Breath>,
}

/// The time left is said at these seconds of a hold: every ten, five, and the last three.
fn worth_saying(left: Duration) -> Option<String> {
    match left.as_secs() {
        0 => None,
        n @ 1..=3 => Some(tr!("announce-tick", n = n)),
        // "to go", not "left" as the ring's own name says, so the two are told apart.
        n if n == 5 || n.is_multiple_of(10) => Some(tr!("announce-to-go", time = in_words(left))),
        _ => None,
    }
}

/// The announcement of a phase as it begins: how long it lasts, or how long is left if it is
/// caught later (the first frame after a while unseen).
fn phase_begins(now: &Moment) -> String {
    let length = if now.left + Duration::from_secs(1) < now.duration {
        tr!("time-left", time = in_words(now.left))
    } else {
        in_words(now.duration)
    };
    let (step, side) = (now.step.as_str(), details::side_key(now.side));
    let said = match now.kind {
        PhaseKind::Prepare => tr!(
            "announce-prepare",
            step = step,
            side = side,
            length = length
        ),
        PhaseKind::Hold => tr!(
            "announce-hold",
            step = step,
            side = side,
            rep = now.rep,
            reps = now.reps,
            length = length
        ),
        PhaseKind::Rest => tr!(
            "announce-rest",
            length = length,
            rep = now.rep,
            reps = now.reps
        ),
        PhaseKind::SwitchSides => match now.side {
            Some(_) => tr!("announce-switch-to", side = side, length = length),
            None => tr!("announce-switch-sides", length = length),
        },
    };
    // Sentences after it, each said as one.
    let then = if now.paused {
        Some(tr!("announce-paused"))
    } else {
        now.breath.map(breath_said)
    };
    match then {
        Some(then) => format!("{said} {then}"),
        None => said,
    }
}

/// "Breathe in.", as a sentence of its own.
fn breath_said(breath: Breath) -> String {
    match breath {
        Breath::In => tr!("announce-breathe-in"),
        Breath::Out => tr!("announce-breathe-out"),
    }
}

/// What to say now, given what was shown at the frame before (`None`: nothing yet).
pub fn announce(before: Option<&Moment>, now: &Moment) -> Option<String> {
    let Some(before) = before else {
        return Some(phase_begins(now));
    };
    // A new phase, or the same one from its start again (Back, Restart step).
    if before.phase != now.phase || now.left > before.left {
        return Some(phase_begins(now));
    }
    let left = || in_words(now.left);
    match (before.paused, now.paused) {
        (false, true) => return Some(tr!("announce-paused-left", time = left())),
        (true, false) => return Some(tr!("announce-going-on", time = left())),
        (true, true) => return None,
        (false, false) => {}
    }
    let breath = now
        .breath
        .filter(|b| before.breath != Some(*b))
        .map(breath_said);
    let time = (now.kind == PhaseKind::Hold && now.left != before.left)
        .then(|| worth_saying(now.left))
        .flatten();
    let said: Vec<String> = breath.into_iter().chain(time).collect();
    // Sentences, each with its full stop: the words shown on the screen ("Breathe in") and
    // what is said of them ("Breathe in.") are then never taken for the same thing.
    (!said.is_empty()).then(|| said.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hold(left: u64) -> Moment {
        Moment {
            phase: 3,
            kind: PhaseKind::Hold,
            step: "Bench psoas stretch".to_owned(),
            side: Some(Side::Left),
            rep: 2,
            reps: 3,
            duration: Duration::from_secs(30),
            left: Duration::from_secs(left),
            paused: false,
            breath: None,
        }
    }

    /// What is said over a whole phase, second by second, from `from` down to 1.
    fn said_over(from: u64, moment: impl Fn(u64) -> Moment) -> Vec<(u64, String)> {
        let mut before: Option<Moment> = None;
        let mut said = Vec::new();
        for left in (1..=from).rev() {
            let now = moment(left);
            if let Some(text) = announce(before.as_ref(), &now) {
                said.push((left, text));
            }
            before = Some(now);
        }
        said
    }

    #[test]
    fn a_hold_is_announced_as_it_begins_with_its_step_side_rep_and_length() {
        assert_eq!(
            announce(None, &hold(30)).unwrap(),
            "Hold: Bench psoas stretch, left side, rep 2 of 3, 30 seconds."
        );
        let rest = Moment {
            phase: 2,
            kind: PhaseKind::Rest,
            duration: Duration::from_secs(5),
            ..hold(5)
        };
        assert_eq!(
            announce(Some(&rest), &hold(30)).unwrap(),
            "Hold: Bench psoas stretch, left side, rep 2 of 3, 30 seconds."
        );
        assert_eq!(
            announce(Some(&hold(4)), &rest).unwrap(),
            "Rest, 5 seconds. Then rep 2 of 3."
        );
        let switch = Moment {
            kind: PhaseKind::SwitchSides,
            side: Some(Side::Right),
            phase: 4,
            ..hold(30)
        };
        assert_eq!(
            announce(Some(&hold(1)), &switch).unwrap(),
            "Switch sides: right side next, 30 seconds."
        );
    }

    #[test]
    fn the_time_left_of_a_hold_is_said_every_ten_seconds_and_in_its_last_seconds_only() {
        let said = said_over(30, hold);
        let at: Vec<u64> = said.iter().map(|(left, _)| *left).collect();
        assert_eq!(at, [30, 20, 10, 5, 3, 2, 1]);
        assert_eq!(said[1].1, "20 seconds to go.");
        assert_eq!(said[3].1, "5 seconds to go.");
        assert_eq!(said[4].1, "3.");
        let long = said_over(120, |left| Moment {
            duration: Duration::from_secs(120),
            ..hold(left)
        });
        assert_eq!(long[1], (110, "1 minute 50 seconds to go.".to_owned()));
        assert_eq!(long[3], (90, "1 minute 30 seconds to go.".to_owned()));
    }

    #[test]
    fn other_phases_are_said_as_they_begin_and_not_counted_down() {
        let said = said_over(20, |left| Moment {
            kind: PhaseKind::Prepare,
            duration: Duration::from_secs(20),
            ..hold(left)
        });
        assert_eq!(said.len(), 1, "{said:?}");
        assert_eq!(
            said[0].1,
            "Get ready: Bench psoas stretch, left side, 20 seconds."
        );
    }

    #[test]
    fn a_phase_caught_in_the_middle_is_announced_with_the_time_left() {
        assert_eq!(
            announce(None, &hold(12)).unwrap(),
            "Hold: Bench psoas stretch, left side, rep 2 of 3, 12 seconds left."
        );
    }

    #[test]
    fn nothing_is_said_twice_at_the_same_second() {
        assert_eq!(announce(Some(&hold(20)), &hold(20)), None);
        assert_eq!(announce(Some(&hold(17)), &hold(17)), None);
    }

    #[test]
    fn pause_and_resume_are_said_with_the_time_left_and_nothing_while_paused() {
        let paused = |left| Moment {
            paused: true,
            ..hold(left)
        };
        assert_eq!(
            announce(Some(&hold(13)), &paused(13)).unwrap(),
            "Paused, 13 seconds left."
        );
        assert_eq!(announce(Some(&paused(13)), &paused(13)), None);
        assert_eq!(
            announce(Some(&paused(13)), &hold(13)).unwrap(),
            "Going on, 13 seconds left."
        );
    }

    #[test]
    fn breathing_is_said_at_each_change_with_the_time_when_both_fall_together() {
        let breathing = |left: u64| Moment {
            // A 5 s pace from the hold's start: in for 30..26, out for 25..21, in for 20..16.
            breath: Some(if ((30 - left) / 5).is_multiple_of(2) {
                Breath::In
            } else {
                Breath::Out
            }),
            ..hold(left)
        };
        assert_eq!(
            announce(None, &breathing(30)).unwrap(),
            "Hold: Bench psoas stretch, left side, rep 2 of 3, 30 seconds. Breathe in."
        );
        let said = said_over(30, breathing);
        assert_eq!(said[1], (25, "Breathe out.".to_owned()));
        assert_eq!(said[2], (20, "Breathe in. 20 seconds to go.".to_owned()));
    }

    #[test]
    fn going_back_to_the_start_of_the_same_phase_announces_it_again() {
        assert_eq!(
            announce(Some(&hold(12)), &hold(30)).unwrap(),
            "Hold: Bench psoas stretch, left side, rep 2 of 3, 30 seconds."
        );
    }

    #[test]
    fn each_language_says_a_hold_and_the_time_to_go_as_its_speakers_do() {
        let in_language = |language: &str| {
            crate::l10n::speaking(language, || {
                let single = Moment {
                    side: None,
                    reps: 1,
                    ..hold(30)
                };
                (
                    announce(None, &hold(30)),
                    announce(None, &single),
                    said_over(30, hold)[1].1.clone(),
                )
            })
        };
        let (de, de_single, de_to_go) = in_language("de");
        assert_eq!(
            de.as_deref(),
            Some("Halten: Bench psoas stretch, linke Seite, Wiederholung 2 von 3, 30 Sekunden.")
        );
        assert_eq!(
            de_single.as_deref(),
            Some("Halten: Bench psoas stretch, 30 Sekunden.")
        );
        assert_eq!(de_to_go, "Noch 20 Sekunden.");
        let (fr, _, fr_to_go) = in_language("fr");
        assert_eq!(
            fr.as_deref(),
            Some("Tenez\u{a0}: Bench psoas stretch, côté gauche, répétition 2 sur 3, 30 secondes.")
        );
        assert_eq!(fr_to_go, "Encore 20 secondes.");
        let (es, _, es_to_go) = in_language("es");
        assert_eq!(
            es.as_deref(),
            Some("Mantenga: Bench psoas stretch, lado izquierdo, repetición 2 de 3, 30 segundos.")
        );
        assert_eq!(es_to_go, "20 segundos más.");
    }
}
