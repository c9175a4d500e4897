//! Property tests of the timing engine: for any routine, any origin of the caller's clock and any
//! pattern of polling, the plan lays out the routine exactly and the session delivers it exactly.

use std::sync::Arc;
use std::time::Duration;

use proptest::prelude::*;
use stretch_timer_core::engine::{
    Command, Cue, CueKind, DueCue, Phase, PhaseKind, Plan, Session, State,
};
use stretch_timer_core::routine::{Routine, Side, Sides, Step};

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

fn ms(m: u64) -> Duration {
    Duration::from_millis(m)
}

/// Seconds of a prepare, rest or switch: often zero, which leaves the phase out of the plan.
fn short_secs() -> impl Strategy<Value = u64> {
    prop_oneof![Just(0), 0u64..=20]
}

/// A step as a checked routine file may hold it, kept small so that each case runs fast.
fn step() -> impl Strategy<Value = Step> {
    (
        prop_oneof![
            Just(Sides::Neither),
            Just(Sides::Left),
            Just(Sides::Right),
            Just(Sides::Both),
        ],
        // Short holds too, where the countdown is longer than the hold.
        prop_oneof![1u64..=5, 1u64..=120],
        1u32..=4,
        short_secs(),
        short_secs(),
        short_secs(),
        0u32..=10,
        any::<bool>(),
        proptest::option::of(2u64..=30),
    )
        .prop_map(
            |(sides, hold, reps, prepare, rest, switch_sides, countdown, halfway, breathe)| Step {
                name: "Stretch".to_owned(),
                instructions: None,
                sides,
                hold: secs(hold),
                reps,
                prepare: secs(prepare),
                rest: secs(rest),
                switch_sides: secs(switch_sides),
                countdown,
                halfway,
                breathe: breathe.map(secs),
                image: None,
                drawing: None,
                voice: None,
            },
        )
}

fn routine() -> impl Strategy<Value = Routine> {
    prop::collection::vec(step(), 1..=5).prop_map(|steps| Routine {
        name: "Generated".to_owned(),
        summary: None,
        author: None,
        safety: None,
        sounds: Vec::new(),
        schedule: None,
        read_instructions: false,
        language: None,
        steps,
    })
}

/// Where the caller's clock stands when the session starts: at zero, near it, or far from it.
fn start_time() -> impl Strategy<Value = Duration> {
    prop_oneof![
        Just(Duration::ZERO),
        (0u64..=10_000_000).prop_map(Duration::from_micros),
        (0u64..=1_000_000_000).prop_map(ms),
    ]
}

/// A start time later than any generated routine lasts (at most 5 × 1120 s), so that no position
/// on the timeline is ever later than the caller's `now`.
fn late_start_time() -> impl Strategy<Value = Duration> {
    (10_000_000u64..=1_000_000_000).prop_map(ms)
}

fn sides_count(step: &Step) -> u32 {
    match step.sides {
        Sides::Neither | Sides::Left | Sides::Right => 1,
        Sides::Both => 2,
    }
}

fn started(plan: &Arc<Plan>, t0: Duration) -> Session {
    let mut session = Session::new(Arc::clone(plan));
    session.apply(Command::Start, t0);
    session
}

/// The cues of `plan` that fall due in `(after, upto]` on the timeline (`after` = `None`: from
/// the very start).
fn cues_between(plan: &Plan, after: Option<Duration>, upto: Duration) -> Vec<Cue> {
    plan.cues
        .iter()
        .filter(|c| after.is_none_or(|a| c.at > a) && c.at <= upto)
        .copied()
        .collect()
}

/// The order of cues planned at the same moment: the hold that ends, then the step that starts,
/// the side switched to, the hold that starts, what happens inside it; the routine's end last.
fn same_moment_rank(kind: CueKind) -> u8 {
    match kind {
        CueKind::HoldEnd => 0,
        CueKind::StepStart => 1,
        CueKind::SwitchSides => 2,
        CueKind::HoldStart => 3,
        CueKind::BreatheIn | CueKind::BreatheOut | CueKind::Halfway | CueKind::Countdown(_) => 4,
        CueKind::RoutineDone => 5,
    }
}

fn cues_of(due: &[DueCue]) -> Vec<Cue> {
    due.iter().map(|d| d.cue).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn phases_tile_the_timeline_without_gap_or_overlap(routine in routine()) {
        let plan = Plan::new(&routine);
        prop_assert!(!plan.phases.is_empty());
        prop_assert_eq!(plan.phases[0].start, Duration::ZERO);
        for pair in plan.phases.windows(2) {
            prop_assert_eq!(pair[1].start, pair[0].end());
        }
        for (i, phase) in plan.phases.iter().enumerate() {
            prop_assert!(!phase.duration.is_zero(), "zero-length phase {:?}", phase);
            // Every moment of the routine belongs to exactly one phase.
            prop_assert_eq!(plan.phase_at(phase.start), Some(i));
            prop_assert_eq!(plan.phase_at(phase.end() - Duration::from_nanos(1)), Some(i));
        }
        prop_assert_eq!(plan.phases.last().map(Phase::end), Some(plan.total));
        prop_assert_eq!(plan.phase_at(plan.total), None);
    }

    #[test]
    fn total_is_the_sum_of_every_prepare_hold_rest_and_switch(routine in routine()) {
        let plan = Plan::new(&routine);
        let expected: Duration = routine
            .steps
            .iter()
            .map(|s| {
                let sides = sides_count(s);
                s.prepare
                    + (s.hold * s.reps + s.rest * (s.reps - 1)) * sides
                    + s.switch_sides * (sides - 1)
            })
            .sum();
        prop_assert_eq!(plan.total, expected);
        prop_assert_eq!(routine.total(), expected);
        let phases: Duration = plan.phases.iter().map(|p| p.duration).sum();
        prop_assert_eq!(phases, expected);
        // Each step's phases belong to it and come in step order.
        for pair in plan.phases.windows(2) {
            prop_assert!(pair[0].step <= pair[1].step);
        }
        for (i, step) in routine.steps.iter().enumerate() {
            let of_step: Duration =
                plan.phases.iter().filter(|p| p.step == i).map(|p| p.duration).sum();
            prop_assert_eq!(of_step, step.total());
        }
    }

    #[test]
    fn cues_are_in_order_inside_the_routine_and_match_the_holds(routine in routine()) {
        let plan = Plan::new(&routine);
        let cues = &plan.cues;
        prop_assert!(cues.iter().all(|c| c.at <= plan.total));
        for pair in cues.windows(2) {
            prop_assert!(pair[0].at <= pair[1].at, "out of order: {:?}", pair);
            if pair[0].at == pair[1].at {
                prop_assert!(
                    same_moment_rank(pair[0].kind) <= same_moment_rank(pair[1].kind),
                    "out of order at the same moment: {:?}",
                    pair
                );
            }
        }

        let done: Vec<&Cue> = cues.iter().filter(|c| c.kind == CueKind::RoutineDone).collect();
        prop_assert_eq!(done.len(), 1);
        prop_assert_eq!(cues.last(), Some(done[0]));
        prop_assert_eq!(done[0].at, plan.total);

        let holds: Vec<_> = plan.phases.iter().filter(|p| p.kind == PhaseKind::Hold).collect();
        let expected_holds: u32 = routine.steps.iter().map(|s| s.reps * sides_count(s)).sum();
        prop_assert_eq!(holds.len(), expected_holds as usize);
        let hold_starts: Vec<_> = cues
            .iter()
            .filter(|c| c.kind == CueKind::HoldStart)
            .map(|c| (c.at, c.step, c.side))
            .collect();
        let hold_ends: Vec<_> = cues
            .iter()
            .filter(|c| c.kind == CueKind::HoldEnd)
            .map(|c| (c.at, c.step, c.side))
            .collect();
        let starts: Vec<_> = holds.iter().map(|h| (h.start, h.step, h.side)).collect();
        let ends: Vec<_> = holds.iter().map(|h| (h.end(), h.step, h.side)).collect();
        prop_assert_eq!(hold_starts, starts);
        prop_assert_eq!(hold_ends, ends);

        // Countdown ticks: n seconds before the end of a hold of their step, strictly inside it,
        // one for each n from 1 to the step's countdown that fits.
        for cue in cues {
            if let CueKind::Countdown(n) = cue.kind {
                let step = &routine.steps[cue.step];
                prop_assert!((1..=step.countdown).contains(&u32::from(n)), "{:?}", cue);
                let inside = holds.iter().any(|h| {
                    h.step == cue.step
                        && h.side == cue.side
                        && h.start < cue.at
                        && cue.at < h.end()
                        && cue.at + secs(n.into()) == h.end()
                });
                prop_assert!(inside, "countdown not inside a hold: {:?}", cue);
            }
        }
        for hold in &holds {
            let step = &routine.steps[hold.step];
            let in_hold = |kind: fn(&CueKind) -> bool| {
                cues.iter()
                    .filter(|c| kind(&c.kind) && c.step == hold.step && c.side == hold.side)
                    .filter(|c| hold.start <= c.at && c.at < hold.end())
                    .map(|c| c.at)
                    .collect::<Vec<_>>()
            };
            let ticks = in_hold(|k| matches!(k, CueKind::Countdown(_)));
            let fitting = u64::from(step.countdown).min(hold.duration.as_secs() - 1);
            prop_assert_eq!(ticks.len() as u64, fitting);
            let halfway = in_hold(|k| *k == CueKind::Halfway);
            let expected_halfway = if step.halfway {
                vec![hold.start + hold.duration / 2]
            } else {
                vec![]
            };
            prop_assert_eq!(halfway, expected_halfway);
            let breaths = in_hold(|k| matches!(k, CueKind::BreatheIn | CueKind::BreatheOut));
            let expected_breaths: Vec<Duration> = match step.breathe {
                None => vec![],
                Some(pace) => (0u32..)
                    .map(|i| hold.start + pace * i)
                    .take_while(|at| *at < hold.end())
                    .collect(),
            };
            prop_assert_eq!(breaths, expected_breaths);
        }

        // One step start per step, at its first phase, naming its first side; one switch per
        // two-sided step, to the right side.
        let step_starts: Vec<_> = cues
            .iter()
            .filter(|c| c.kind == CueKind::StepStart)
            .map(|c| (c.step, c.at, c.side))
            .collect();
        let expected_starts: Vec<_> = routine
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let first = plan.first_phase_of_step(i).map(|f| plan.phases[f].start);
                (i, first.unwrap_or_default(), s.sides.order()[0])
            })
            .collect();
        prop_assert_eq!(step_starts, expected_starts);
        let switches: Vec<_> = cues
            .iter()
            .filter(|c| c.kind == CueKind::SwitchSides)
            .map(|c| (c.step, c.at, c.side))
            .collect();
        let expected_switches: Vec<_> = holds
            .windows(2)
            .filter(|h| h[0].step == h[1].step && h[0].side != h[1].side)
            .map(|h| (h[0].step, h[0].end(), Some(Side::Right)))
            .collect();
        prop_assert_eq!(&switches, &expected_switches);
        let both = routine.steps.iter().filter(|s| s.sides == Sides::Both).count();
        prop_assert_eq!(switches.len(), both);

        // Nothing more than all that.
        let per_hold: u64 = holds
            .iter()
            .map(|h| {
                let step = &routine.steps[h.step];
                let breaths = step
                    .breathe
                    .map_or(0, |pace| h.duration.as_secs().div_ceil(pace.as_secs()));
                2 + u64::from(step.halfway)
                    + u64::from(step.countdown).min(h.duration.as_secs() - 1)
                    + breaths
            })
            .sum();
        let expected_count = routine.steps.len() as u64 + both as u64 + 1 + per_hold;
        prop_assert_eq!(cues.len() as u64, expected_count);
    }

    #[test]
    fn pausing_never_changes_the_time_left_and_nothing_falls_due_while_paused(
        routine in routine(),
        t0 in start_time(),
        // (where to pause, in ten-thousandths of the routine; how long, in ms; toggle or not)
        pauses in prop::collection::vec((0u32..10_000, 0u64..=36_000_000, any::<bool>()), 1..8),
    ) {
        let plan = Arc::new(Plan::new(&routine));
        let total = plan.total;
        let mut session = started(&plan, t0);
        let mut pauses = pauses;
        pauses.sort_unstable_by_key(|p| p.0);
        let mut paused_for = Duration::ZERO;
        let mut heard = Vec::new();
        for (permyriad, pause_ms, toggle) in pauses {
            let position = total * permyriad / 10_000;
            let now = t0 + paused_for + position;
            for due in session.poll(now) {
                prop_assert_eq!(due.late, position - due.cue.at);
                heard.push(due.cue);
            }
            prop_assert_eq!(session.state(), State::Running);
            prop_assert_eq!(session.position(now), position);
            let before = (
                session.remaining(now),
                session.phase_remaining(now),
                session.phase_index(now),
            );
            session.apply(if toggle { Command::TogglePause } else { Command::Pause }, now);
            prop_assert_eq!(session.state(), State::Paused);
            prop_assert_eq!(session.next_deadline(), None);
            let pause = ms(pause_ms);
            for during in [now, now + pause / 2, now + pause] {
                prop_assert_eq!(session.poll(during), vec![]);
                prop_assert_eq!(session.position(during), position);
                prop_assert_eq!(session.remaining(during), before.0);
                prop_assert_eq!(session.phase_remaining(during), before.1);
            }
            session.apply(if toggle { Command::TogglePause } else { Command::Resume }, now + pause);
            paused_for += pause;
            let after = now + pause;
            prop_assert_eq!(session.state(), State::Running);
            prop_assert_eq!(session.position(after), position);
            prop_assert_eq!(
                (
                    session.remaining(after),
                    session.phase_remaining(after),
                    session.phase_index(after),
                ),
                before
            );
        }
        // The rest of the routine comes exactly the time paused later than planned.
        let end = t0 + paused_for + total;
        for due in session.poll(end) {
            prop_assert_eq!(due.late, total - due.cue.at);
            heard.push(due.cue);
        }
        prop_assert_eq!(&heard, &plan.cues);
        prop_assert_eq!(session.state(), State::Finished);
    }

    #[test]
    fn every_cue_is_heard_once_in_order_whatever_the_polling(
        routine in routine(),
        t0 in start_time(),
        // (how to pick the moment, a number to pick it with, how many polls at that instant)
        pattern in prop::collection::vec((0u8..4, any::<u32>(), 1usize..=3), 0..60),
        overrun_ms in prop_oneof![Just(0u64), 1u64..=3_600_000],
    ) {
        let plan = Arc::new(Plan::new(&routine));
        let total = plan.total;
        let one_ns = Duration::from_nanos(1);
        let mut positions: Vec<(Duration, usize)> = pattern
            .iter()
            .map(|&(how, n, repeat)| {
                let cue = plan.cues[n as usize % plan.cues.len()].at;
                let at = match how {
                    // Anywhere, up to well after the end: long stalls as well as short gaps.
                    0 => total * (n % 13_001) / 10_000,
                    // Exactly on a cue, or a hair before or after one.
                    1 => cue,
                    2 => cue.saturating_sub(one_ns),
                    _ => cue + one_ns,
                };
                (at, repeat)
            })
            .collect();
        positions.sort_unstable();
        positions.push((total + ms(overrun_ms), 1));

        let mut session = started(&plan, t0);
        let mut heard = Vec::new();
        for (position, repeat) in positions {
            let now = t0 + position;
            for _ in 0..repeat {
                prop_assert_eq!(session.position(now), position.min(total));
                for due in session.poll(now) {
                    prop_assert_eq!(due.late, now - (t0 + due.cue.at));
                    heard.push(due.cue);
                }
                // Everything due by now has been heard, and nothing later.
                prop_assert_eq!(&heard[..], &cues_between(&plan, None, position)[..]);
                prop_assert_eq!(session.position(now), position.min(total));
                let expected_state = if position >= total {
                    State::Finished
                } else {
                    State::Running
                };
                prop_assert_eq!(session.state(), expected_state);
            }
        }
        prop_assert_eq!(&heard, &plan.cues);
        prop_assert_eq!(session.state(), State::Finished);
    }

    #[test]
    fn polling_at_the_next_deadline_hears_a_cue_exactly_on_time(
        routine in routine(),
        t0 in start_time(),
    ) {
        let plan = Arc::new(Plan::new(&routine));
        let mut session = Session::new(Arc::clone(&plan));
        prop_assert_eq!(session.next_deadline(), None);
        session.apply(Command::Start, t0);
        let mut last_poll = t0;
        let mut heard = Vec::new();
        let mut deadlines = 0;
        while let Some(deadline) = session.next_deadline() {
            prop_assert!(deadline >= last_poll);
            if let Some(just_before) = deadline.checked_sub(ms(1)).filter(|b| *b >= last_poll) {
                prop_assert_eq!(session.poll(just_before), vec![]);
                prop_assert_eq!(session.next_deadline(), Some(deadline));
            }
            let due = session.poll(deadline);
            prop_assert!(!due.is_empty(), "nothing due at the deadline {:?}", deadline);
            for d in &due {
                prop_assert_eq!(d.late, Duration::ZERO);
                prop_assert_eq!(t0 + d.cue.at, deadline);
            }
            heard.extend(cues_of(&due));
            last_poll = deadline;
            deadlines += 1;
            prop_assert!(deadlines <= plan.cues.len(), "deadlines never run out");
        }
        prop_assert_eq!(session.state(), State::Finished);
        prop_assert_eq!(&heard, &plan.cues);
        let mut moments: Vec<Duration> = plan.cues.iter().map(|c| c.at).collect();
        moments.dedup();
        prop_assert_eq!(deadlines, moments.len());
    }

    #[test]
    fn skip_passes_over_the_rest_of_the_phase_and_starts_the_next_one(
        routine in routine(),
        t0 in late_start_time(),
        // (how far into the rest of the phase to go first, in thousandths; poll first; paused)
        skips in prop::collection::vec((0u32..=1_000, any::<bool>(), any::<bool>()), 1..12),
    ) {
        check_skips(&routine, t0, &skips)?;
    }

    #[test]
    fn skip_passes_over_the_rest_of_the_phase_whatever_the_start_time(
        routine in routine(),
        t0 in start_time(),
        skips in prop::collection::vec((0u32..=1_000, any::<bool>(), any::<bool>()), 1..12),
    ) {
        check_skips(&routine, t0, &skips)?;
    }
}

/// Runs `routine` from `t0` with a skip for each of `skips` = (how far into what is left of the
/// current phase to go before skipping, in thousandths; whether to poll just before; whether to
/// skip while paused), checking that each skip lands on the next phase's start, that the cues
/// planned between the skip and that start are never heard, and that those at that start are,
/// except the ones closing an earlier step (the skipped hold's end when landing in a new step).
fn check_skips(
    routine: &Routine,
    t0: Duration,
    skips: &[(u32, bool, bool)],
) -> Result<(), TestCaseError> {
    let plan = Arc::new(Plan::new(routine));
    let total = plan.total;
    let mut session = started(&plan, t0);
    let mut now = t0;
    // Where the session should be at `now`, and the cues up to where it has been heard.
    let mut position = Duration::ZERO;
    let mut heard_upto: Option<Duration> = None;
    let mut heard = Vec::new();
    let mut passed_over: Vec<(Duration, Duration)> = Vec::new();
    for &(thousandths, poll_first, paused) in skips {
        if session.state() == State::Finished {
            break;
        }
        let phase = plan.phases[plan.phase_at(position).unwrap_or(0)];
        let wait = (phase.end() - position) * thousandths / 1_000;
        if position + wait >= total {
            // Going to the very end would finish the routine before the skip.
            continue;
        }
        now += wait;
        position += wait;
        prop_assert_eq!(session.position(now), position);
        if poll_first {
            let due = session.poll(now);
            prop_assert_eq!(cues_of(&due), cues_between(&plan, heard_upto, position));
            heard.extend(cues_of(&due));
            heard_upto = Some(position);
        }
        let index = plan.phase_at(position).unwrap_or_default();
        let target = plan.phases[index].end();
        // Cues that fell due before the skip, then those at the start of the next phase.
        let mut expected: Vec<DueCue> = cues_between(&plan, heard_upto, position)
            .into_iter()
            .map(|cue| DueCue {
                cue,
                late: position - cue.at,
            })
            .collect();
        expected.extend(
            plan.cues
                .iter()
                .filter(|c| c.at == target && heard_on_landing(&plan, c, target))
                .map(|&cue| DueCue {
                    cue,
                    late: Duration::ZERO,
                }),
        );

        if paused {
            session.apply(Command::Pause, now);
        }
        session.apply(Command::Skip, now);
        let mut due = session.poll(now);
        if paused && target < total {
            prop_assert_eq!(session.state(), State::Paused);
            prop_assert_eq!(session.position(now), target);
            session.apply(Command::Resume, now);
            due.extend(session.poll(now));
        }
        prop_assert_eq!(&due, &expected, "skip at {:?} to {:?}", position, target);
        prop_assert_eq!(session.position(now), target);
        prop_assert_eq!(session.phase_index(now), plan.phase_at(target));
        let expected_state = if target == total {
            State::Finished
        } else {
            State::Running
        };
        prop_assert_eq!(session.state(), expected_state);
        heard.extend(cues_of(&due));
        passed_over.push((position, target));
        position = target;
        heard_upto = Some(target);
    }
    // The rest of the routine plays out: overall, every cue is heard once, in order, except those
    // planned strictly between a skip and its target.
    heard.extend(cues_of(&session.poll(now + total + secs(1))));
    let expected: Vec<Cue> = plan
        .cues
        .iter()
        .filter(|c| {
            !passed_over.iter().any(|&(from, to)| {
                (from < c.at && c.at < to) || (c.at == to && !heard_on_landing(&plan, c, to))
            })
        })
        .copied()
        .collect();
    prop_assert_eq!(heard, expected);
    prop_assert_eq!(session.state(), State::Finished);
    Ok(())
}

/// Whether a cue planned exactly at a skip's `target` is heard on landing there: every cue at the
/// end of the routine, otherwise only the cues of the step landed in.
fn heard_on_landing(plan: &Plan, cue: &Cue, target: Duration) -> bool {
    plan.phase_at(target)
        .is_none_or(|i| plan.phases[i].step == cue.step)
}
