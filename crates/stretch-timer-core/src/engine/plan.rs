//! The whole timeline of a routine, computed once before it starts.

use super::breathing::{Breath, Breathing};
use std::time::Duration;

use crate::routine::{Routine, Side};

/// What the person is doing during a phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseKind {
    /// Getting into position, once at the start of a step.
    Prepare,
    /// Holding the stretch.
    Hold,
    /// Resting between repetitions on the same side.
    Rest,
    /// Changing from the left side to the right.
    SwitchSides,
}

/// A stretch of the timeline with one thing to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phase {
    /// What the person does.
    pub kind: PhaseKind,
    /// The step, by index into the routine's steps (from 0).
    pub step: usize,
    /// The side being worked, if the step has sides.
    pub side: Option<Side>,
    /// The repetition (from 1): the one held during a hold, the one that comes next otherwise.
    pub rep: u32,
    /// When it starts, from the start of the routine.
    pub start: Duration,
    /// How long it lasts; never zero (zero-length phases are left out).
    pub duration: Duration,
}

impl Phase {
    /// When it ends, from the start of the routine.
    pub fn end(&self) -> Duration {
        self.start + self.duration
    }
}

/// Declares the cue kinds: `Variant = "name"`, each line one kind. The order of the lines is the
/// order of cues that fall at the same moment (a hold's end before the next step's start, a
/// step's start before its first hold when it has no time to get ready).
macro_rules! cue_kinds {
    ($($(#[doc = $doc:literal])* $variant:ident $(($data:ty))? = $name:literal,)*) => {
        /// What a cue announces.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum CueKind {
            $($(#[doc = $doc])* $variant $(($data))?,)*
        }

        impl CueKind {
            /// Every kind's name, in the order of cues at the same moment.
            pub const NAMES: &'static [&'static str] = &[$($name),*];

            /// The kind's name in snake_case, as in `stretch-timer plan --json`.
            pub fn name(self) -> &'static str {
                match self {
                    $(CueKind::$variant { .. } => $name,)*
                }
            }
        }
    };
}

cue_kinds! {
    /// A hold ends.
    HoldEnd = "hold_end",
    /// The routine is complete.
    RoutineDone = "routine_done",
    /// A step begins (before its preparation).
    StepStart = "step_start",
    /// Time to change to the other side.
    SwitchSides = "switch_sides",
    /// A hold begins.
    HoldStart = "hold_start",
    /// Breathe in (paced breathing during holds).
    BreatheIn = "breathe_in",
    /// Breathe out (paced breathing during holds).
    BreatheOut = "breathe_out",
    /// The middle of a hold (only for steps with `halfway: true`).
    Halfway = "halfway",
    /// A tick in the last seconds of a hold: `n` seconds are left (3, 2, 1).
    Countdown(u8) = "countdown",
}

impl CueKind {
    /// Its place among cues at the same moment: the order of the lines of `cue_kinds!`.
    fn rank(self) -> usize {
        let name = self.name();
        CueKind::NAMES
            .iter()
            .position(|n| *n == name)
            .unwrap_or(usize::MAX)
    }
}

/// A moment the person should hear about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// When it falls due, from the start of the routine.
    pub at: Duration,
    /// What it announces.
    pub kind: CueKind,
    /// The step it belongs to, by index (from 0).
    pub step: usize,
    /// The side it is about, if any.
    pub side: Option<Side>,
}

/// The whole timeline of a routine: phases that tile it without gaps, and every cue in time order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The routine's name.
    pub name: String,
    /// How long the routine lasts.
    pub total: Duration,
    /// Every phase, in order; each starts where the one before ends.
    pub phases: Vec<Phase>,
    /// Every cue, in time order; cues at the same moment in the order in which they make sense
    /// (a hold's end before the next step's start: the order of `cue_kinds!`).
    pub cues: Vec<Cue>,
}

impl Plan {
    /// Lays out the whole routine.
    pub fn new(routine: &Routine) -> Plan {
        let mut phases = Vec::new();
        let mut cues = Vec::new();
        let mut t = Duration::ZERO;
        for (step_index, step) in routine.steps.iter().enumerate() {
            let sides = step.sides.order();
            let mut phase = |kind, side, rep, start: Duration, duration: Duration| {
                if !duration.is_zero() {
                    phases.push(Phase {
                        kind,
                        step: step_index,
                        side,
                        rep,
                        start,
                        duration,
                    });
                }
                start + duration
            };
            let mut cue = |at, kind, side| {
                cues.push(Cue {
                    at,
                    kind,
                    step: step_index,
                    side,
                });
            };
            let first_side = sides.first().copied().flatten();
            cue(t, CueKind::StepStart, first_side);
            t = phase(PhaseKind::Prepare, first_side, 1, t, step.prepare);
            for (side_index, &side) in sides.iter().enumerate() {
                if side_index > 0 {
                    cue(t, CueKind::SwitchSides, side);
                    t = phase(PhaseKind::SwitchSides, side, 1, t, step.switch_sides);
                }
                for rep in 1..=step.reps {
                    if rep > 1 {
                        t = phase(PhaseKind::Rest, side, rep, t, step.rest);
                    }
                    let start = t;
                    let end = phase(PhaseKind::Hold, side, rep, start, step.hold);
                    cue(start, CueKind::HoldStart, side);
                    if let Some(breathing) = Breathing::of(step) {
                        for (into, breath) in breathing.starts(step.hold) {
                            let kind = match breath {
                                Breath::In => CueKind::BreatheIn,
                                Breath::Out => CueKind::BreatheOut,
                            };
                            cue(start + into, kind, side);
                        }
                    }
                    if step.halfway {
                        cue(start + step.hold / 2, CueKind::Halfway, side);
                    }
                    for n in (1..=step.countdown).rev() {
                        let Some(at) = end.checked_sub(Duration::from_secs(n.into())) else {
                            continue;
                        };
                        if at > start {
                            cue(
                                at,
                                CueKind::Countdown(u8::try_from(n).unwrap_or(u8::MAX)),
                                side,
                            );
                        }
                    }
                    cue(end, CueKind::HoldEnd, side);
                    t = end;
                }
            }
        }
        cues.push(Cue {
            at: t,
            kind: CueKind::RoutineDone,
            step: routine.steps.len().saturating_sub(1),
            side: None,
        });
        // Cues at the same moment in the order their kinds are declared; of one kind, in the order
        // they were laid out.
        cues.sort_by_key(|c| (c.at, c.kind.rank()));
        Plan {
            name: routine.name.clone(),
            total: t,
            phases,
            cues,
        }
    }

    /// The index of the phase running at `position`, or `None` at or past the end.
    pub fn phase_at(&self, position: Duration) -> Option<usize> {
        let i = self.phases.partition_point(|p| p.end() <= position);
        (i < self.phases.len()).then_some(i)
    }

    /// The index of the first phase of `step`.
    pub fn first_phase_of_step(&self, step: usize) -> Option<usize> {
        let i = self.phases.partition_point(|p| p.step < step);
        self.phases.get(i).filter(|p| p.step == step).map(|_| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::parse;

    fn plan(steps: &str) -> Plan {
        let text = format!("Routine(format: 1, name: \"Test\", steps: [{steps}])");
        Plan::new(&parse(&text, None).unwrap())
    }

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn both_sides_lay_out_every_left_rep_then_every_right_rep() {
        let p = plan(
            r#"Step(name: "S", sides: Both, hold: "30s", reps: 2, prepare: "5s", rest: "10s", switch_sides: "5s")"#,
        );
        let layout: Vec<_> = p
            .phases
            .iter()
            .map(|ph| {
                (
                    ph.kind,
                    ph.side,
                    ph.rep,
                    ph.start.as_secs(),
                    ph.duration.as_secs(),
                )
            })
            .collect();
        use PhaseKind::*;
        let (l, r) = (Some(Side::Left), Some(Side::Right));
        assert_eq!(
            layout,
            vec![
                (Prepare, l, 1, 0, 5),
                (Hold, l, 1, 5, 30),
                (Rest, l, 2, 35, 10),
                (Hold, l, 2, 45, 30),
                (SwitchSides, r, 1, 75, 5),
                (Hold, r, 1, 80, 30),
                (Rest, r, 2, 110, 10),
                (Hold, r, 2, 120, 30),
            ]
        );
        assert_eq!(p.total, secs(150));
    }

    #[test]
    fn zero_length_phases_are_left_out_but_their_cues_stay() {
        let p = plan(
            r#"Step(name: "S", sides: Both, hold: 10, prepare: 0, switch_sides: 0, countdown: 0)"#,
        );
        assert!(p.phases.iter().all(|ph| ph.kind == PhaseKind::Hold));
        let kinds: Vec<_> = p.cues.iter().map(|c| (c.at.as_secs(), c.kind)).collect();
        use CueKind::*;
        assert_eq!(
            kinds,
            vec![
                (0, StepStart),
                (0, HoldStart),
                (10, HoldEnd),
                (10, SwitchSides),
                (10, HoldStart),
                (20, HoldEnd),
                (20, RoutineDone),
            ]
        );
    }

    #[test]
    fn countdown_halfway_and_breathing_fall_inside_the_hold() {
        let p = plan(
            r#"Step(name: "S", hold: "10s", prepare: "5s", countdown: 3, halfway: true, breathe: Some("4s"))"#,
        );
        let kinds: Vec<_> = p.cues.iter().map(|c| (c.at.as_millis(), c.kind)).collect();
        use CueKind::*;
        assert_eq!(
            kinds,
            vec![
                (0, StepStart),
                (5000, HoldStart),
                (5000, BreatheIn),
                (9000, BreatheOut),
                (10_000, Halfway),
                (12_000, Countdown(3)),
                (13_000, BreatheIn),
                (13_000, Countdown(2)),
                (14_000, Countdown(1)),
                (15_000, HoldEnd),
                (15_000, RoutineDone),
            ]
        );
    }

    #[test]
    fn a_countdown_longer_than_the_hold_ticks_only_inside_it() {
        let p = plan(r#"Step(name: "S", hold: 2, prepare: 0, countdown: 5)"#);
        let ticks: Vec<_> = p
            .cues
            .iter()
            .filter_map(|c| match c.kind {
                CueKind::Countdown(n) => Some((c.at.as_secs(), n)),
                _ => None,
            })
            .collect();
        assert_eq!(ticks, vec![(1, 1)]);
    }

    #[test]
    fn the_next_step_starts_after_the_last_hold_ends() {
        let p = plan(
            r#"Step(name: "A", hold: 5, prepare: 0, countdown: 0), Step(name: "B", hold: 5, prepare: "3s", countdown: 0)"#,
        );
        let at_five: Vec<_> = p
            .cues
            .iter()
            .filter(|c| c.at == secs(5))
            .map(|c| (c.kind, c.step))
            .collect();
        assert_eq!(
            at_five,
            vec![(CueKind::HoldEnd, 0), (CueKind::StepStart, 1)]
        );
        assert_eq!(p.phase_at(secs(5)), Some(1));
        assert_eq!(p.phases[1].kind, PhaseKind::Prepare);
        assert_eq!(p.first_phase_of_step(1), Some(1));
        assert_eq!(p.phase_at(secs(13)), None);
    }

    #[test]
    fn every_kind_of_cue_is_laid_out_by_a_routine_that_asks_for_it() {
        // A new kind is declared in `cue_kinds!`; this names it until `Plan::new` lays it out.
        let p = plan(
            r#"Step(name: "A", sides: Both, hold: "10s", countdown: 3, halfway: true, breathe: "4s"), Step(name: "B", hold: 5)"#,
        );
        for name in CueKind::NAMES {
            assert!(
                p.cues.iter().any(|c| c.kind.name() == *name),
                "no cue of kind {name} is laid out"
            );
        }
    }
}
