//! Scenario tests of a session run with a manual clock: what a person hears and sees, second by
//! second, while running, pausing, skipping, going back, stopping and starting again.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use std::sync::Arc;
use std::time::Duration;

use stretch_timer_core::engine::{
    BACK_GRACE, Command, CueKind, DueCue, PhaseKind, Plan, Session, State,
};
use stretch_timer_core::routine::{Routine, Side, parse};

use CueKind::{Countdown, HoldEnd, HoldStart, RoutineDone, StepStart, SwitchSides};

/// The caller's clock when the session starts: far from zero, so nothing may assume zero.
const T0: Duration = Duration::from_secs(1000);

const L: Option<Side> = Some(Side::Left);
const R: Option<Side> = Some(Side::Right);

/// 60 s: prepare 0–5, left hold 5–15, rest 15–20, left hold 20–30, switch 30–35, right hold
/// 35–45, rest 45–50, right hold 50–60; countdown ticks 3, 2, 1 before each hold ends.
const BOTH_SIDES: &str = r#"Step(name: "Hamstring", sides: Both, hold: "10s", reps: 2, prepare: "5s", rest: "5s", switch_sides: "5s", countdown: 3)"#;

/// 39 s: step A (prepare 0–5, hold 5–15), then step B (prepare 15–18, left holds 18–22 and
/// 24–28 with a rest between, switch 28–29, right holds 29–33 and 35–39 with a rest between).
const TWO_STEPS: &str = r#"Step(name: "A", hold: "10s", prepare: "5s", countdown: 0), Step(name: "B", sides: Both, hold: "4s", reps: 2, prepare: "3s", rest: "2s", switch_sides: "1s", countdown: 0)"#;

/// Exactly an hour, with a cue every few seconds (paced breathing) and every kind of phase.
const AN_HOUR: &str = r#"Step(name: "Long holds", sides: Both, hold: "5m", reps: 3, prepare: "30s", rest: "1m", switch_sides: "30s", countdown: 10, halfway: true, breathe: "5s"), Step(name: "Longer holds", hold: "7m", reps: 3, prepare: "2m", rest: "1m", countdown: 5, halfway: true, breathe: "4s")"#;

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

fn ms(m: u64) -> Duration {
    Duration::from_millis(m)
}

/// The caller's time `s` seconds after [`T0`].
fn at(s: u64) -> Duration {
    T0 + secs(s)
}

fn routine(steps: &str) -> Routine {
    parse(
        &format!(r#"Routine(format: 1, name: "T", steps: [{steps}])"#),
        None,
    )
    .unwrap()
}

fn plan(steps: &str) -> Arc<Plan> {
    Arc::new(Plan::new(&routine(steps)))
}

fn session(steps: &str) -> Session {
    Session::new(plan(steps))
}

/// A session of `steps` started at [`T0`].
fn started(steps: &str) -> Session {
    let mut s = session(steps);
    s.apply(Command::Start, T0);
    s
}

/// Cues heard exactly on time, as (second on the routine's timeline, kind, side).
fn on_time(due: &[DueCue]) -> Vec<(u64, CueKind, Option<Side>)> {
    due.iter()
        .map(|d| {
            assert_eq!(d.late, Duration::ZERO, "late: {d:?}");
            assert_eq!(d.cue.at.subsec_nanos(), 0, "not on a whole second: {d:?}");
            (d.cue.at.as_secs(), d.cue.kind, d.cue.side)
        })
        .collect()
}

/// Polls every second from `from` to `to` (seconds after [`T0`]), expecting every cue on time;
/// returns them as (second after [`T0`] when heard, kind, side).
fn poll_each_second(s: &mut Session, from: u64, to: u64) -> Vec<(u64, CueKind, Option<Side>)> {
    let mut heard = Vec::new();
    for second in from..=to {
        for (_, kind, side) in on_time(&s.poll(at(second))) {
            heard.push((second, kind, side));
        }
    }
    heard
}

/// Every cue of [`BOTH_SIDES`], written out by hand: (second, kind, side).
fn both_sides_cues() -> Vec<(u64, CueKind, Option<Side>)> {
    vec![
        (0, StepStart, L),
        (5, HoldStart, L),
        (12, Countdown(3), L),
        (13, Countdown(2), L),
        (14, Countdown(1), L),
        (15, HoldEnd, L),
        (20, HoldStart, L),
        (27, Countdown(3), L),
        (28, Countdown(2), L),
        (29, Countdown(1), L),
        (30, HoldEnd, L),
        (30, SwitchSides, R),
        (35, HoldStart, R),
        (42, Countdown(3), R),
        (43, Countdown(2), R),
        (44, Countdown(1), R),
        (45, HoldEnd, R),
        (50, HoldStart, R),
        (57, Countdown(3), R),
        (58, Countdown(2), R),
        (59, Countdown(1), R),
        (60, HoldEnd, R),
        (60, RoutineDone, None),
    ]
}

/// [`both_sides_cues`] from second `first` on, each heard `shift` seconds later than planned.
fn both_sides_cues_from(first: u64, shift: i64) -> Vec<(u64, CueKind, Option<Side>)> {
    both_sides_cues()
        .into_iter()
        .filter(|c| c.0 >= first)
        .map(|(second, kind, side)| (second.checked_add_signed(shift).unwrap(), kind, side))
        .collect()
}

/// What can be seen of a session from `now` on, without touching it: its state, position,
/// deadline and what polls would return a few times later.
fn observe(s: &Session, now: Duration) -> Vec<(State, Duration, Option<Duration>, Vec<DueCue>)> {
    let mut s = s.clone();
    [now, now + ms(1), now + secs(7), now + secs(100)]
        .into_iter()
        .map(|t| {
            let due = s.poll(t);
            (s.state(), s.position(t), s.next_deadline(), due)
        })
        .collect()
}

/// A small pseudo-random generator, so that "irregular" intervals are the same on every run.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound
    }
}

#[test]
fn a_full_run_polled_every_second_hears_each_cue_at_its_second() {
    let mut s = started(BOTH_SIDES);
    assert_eq!(s.plan().total, secs(60));
    let mut heard = Vec::new();
    for second in 0..=65 {
        heard.extend(poll_each_second(&mut s, second, second));
        let expected = if second < 60 {
            State::Running
        } else {
            State::Finished
        };
        assert_eq!(s.state(), expected, "at {second}s");
    }
    assert_eq!(heard, both_sides_cues());
}

#[test]
fn the_phase_and_time_left_follow_the_plan_second_by_second() {
    let s = started(BOTH_SIDES);
    let seen = |second: u64| {
        let now = at(second);
        (
            s.phase(now).map(|p| (p.kind, p.side, p.rep)),
            s.phase_remaining(now),
            s.remaining(now),
        )
    };
    use PhaseKind::{Hold, Prepare, Rest};
    let expected = [
        (0, Some((Prepare, L, 1)), 5, 60),
        (4, Some((Prepare, L, 1)), 1, 56),
        (5, Some((Hold, L, 1)), 10, 55),
        (14, Some((Hold, L, 1)), 1, 46),
        (15, Some((Rest, L, 2)), 5, 45),
        (20, Some((Hold, L, 2)), 10, 40),
        (30, Some((PhaseKind::SwitchSides, R, 1)), 5, 30),
        (35, Some((Hold, R, 1)), 10, 25),
        (45, Some((Rest, R, 2)), 5, 15),
        (50, Some((Hold, R, 2)), 10, 10),
        (59, Some((Hold, R, 2)), 1, 1),
        (60, None, 0, 0),
        (61, None, 0, 0),
    ];
    for (second, phase, phase_left, left) in expected {
        assert_eq!(
            seen(second),
            (phase, secs(phase_left), secs(left)),
            "at {second}s"
        );
    }
    // Past the end, not yet polled: the position stays at the end.
    assert_eq!(s.position(at(61)), secs(60));
    assert_eq!(s.phase_index(at(61)), None);
    // Half a second in, half a second less is left.
    assert_eq!(s.phase_remaining(at(5) + ms(500)), ms(9_500));
    assert_eq!(s.remaining(at(5) + ms(500)), ms(54_500));
}

#[test]
fn cues_at_the_same_moment_come_in_the_order_they_make_sense() {
    let mut s = started(
        r#"Step(name: "A", hold: "4s", prepare: 0, countdown: 2, halfway: true, breathe: "2s"), Step(name: "B", sides: Both, hold: "2s", prepare: 0, switch_sides: 0, countdown: 0)"#,
    );
    use CueKind::{BreatheIn, BreatheOut, Halfway};
    let heard: Vec<_> = poll_each_second(&mut s, 0, 10)
        .into_iter()
        .map(|(second, kind, _)| (second, kind))
        .collect();
    assert_eq!(
        heard,
        vec![
            (0, StepStart),
            (0, HoldStart),
            (0, BreatheIn),
            (2, BreatheOut),
            (2, Halfway),
            (2, Countdown(2)),
            (3, Countdown(1)),
            (4, HoldEnd),
            (4, StepStart),
            (4, HoldStart),
            (6, HoldEnd),
            (6, SwitchSides),
            (6, HoldStart),
            (8, HoldEnd),
            (8, RoutineDone),
        ]
    );
}

#[test]
fn no_drift_over_an_hour_polled_every_16_7_ms() {
    let mut s = started(AN_HOUR);
    let total = s.plan().total;
    assert_eq!(total, secs(3600));
    let tick = Duration::from_micros(16_700);
    let mut heard = Vec::new();
    let mut now = T0;
    let mut polls = 0u32;
    while s.state() == State::Running {
        for due in s.poll(now) {
            assert!(due.late < tick, "{due:?} heard {:?} late", due.late);
            assert_eq!(due.late, now - T0 - due.cue.at);
            heard.push(due.cue);
        }
        if now - T0 <= total {
            assert_eq!(s.position(now), now - T0);
        }
        now += tick;
        polls += 1;
    }
    // The last poll is the first one at or after the hour: 215 569 × 16.7 ms = 3600.0023 s.
    assert_eq!(polls, 215_570);
    assert_eq!(now - tick - T0, Duration::from_micros(16_700 * 215_569));
    assert_eq!(heard, s.plan().cues);
}

#[test]
fn no_drift_over_an_hour_polled_at_irregular_intervals() {
    let mut s = started(AN_HOUR);
    let total = s.plan().total;
    let mut random = XorShift(0x5eed_1234_abcd_0001);
    let mut heard = Vec::new();
    let mut previous = T0;
    let mut now = T0;
    while s.state() == State::Running {
        for due in s.poll(now) {
            // Heard at the first poll after it fell due, never later.
            assert!(now == T0 || due.late < now - previous, "{due:?}");
            assert_eq!(due.late, now - T0 - due.cue.at);
            heard.push(due.cue);
        }
        if now - T0 <= total {
            assert_eq!(s.position(now), now - T0);
        }
        previous = now;
        // Between 1 µs and 50 ms, at µs resolution.
        now += Duration::from_micros(1 + random.below(50_000));
    }
    assert_eq!(heard, s.plan().cues);
    assert_eq!(s.remaining(now), Duration::ZERO);
}

#[test]
fn pausing_mid_hold_for_ten_minutes_keeps_the_time_left_and_shifts_every_later_cue() {
    let mut s = started(BOTH_SIDES);
    let before = poll_each_second(&mut s, 0, 8);
    assert_eq!(before, vec![(0, StepStart, L), (5, HoldStart, L)]);
    let phase = s.phase(at(8)).copied();
    assert_eq!(
        phase.map(|p| (p.kind, p.side, p.rep)),
        Some((PhaseKind::Hold, L, 1))
    );
    assert_eq!(s.phase_remaining(at(8)), secs(7));
    assert_eq!(s.remaining(at(8)), secs(52));

    s.apply(Command::Pause, at(8));
    assert_eq!(s.state(), State::Paused);
    assert_eq!(s.next_deadline(), None);
    for second in 8..=608 {
        assert_eq!(s.poll(at(second)), vec![], "heard something while paused");
    }
    assert_eq!(s.phase(at(608)).copied(), phase);
    assert_eq!(s.phase_remaining(at(608)), secs(7));
    assert_eq!(s.remaining(at(608)), secs(52));

    s.apply(Command::Resume, at(608));
    assert_eq!(s.state(), State::Running);
    assert_eq!(s.phase(at(608)).copied(), phase);
    assert_eq!(s.phase_remaining(at(608)), secs(7));
    assert_eq!(s.remaining(at(608)), secs(52));
    // The first countdown tick, planned at 12 s, now falls due 600 s later.
    assert_eq!(s.next_deadline(), Some(at(612)));
    assert_eq!(s.poll(at(612) - ms(1)), vec![]);
    let after = poll_each_second(&mut s, 612, 670);
    assert_eq!(after, both_sides_cues_from(9, 600));
    assert_eq!(s.state(), State::Finished);
}

#[test]
fn back_within_two_seconds_of_a_phase_start_goes_to_the_previous_phase() {
    let mut s = started(BOTH_SIDES);
    poll_each_second(&mut s, 0, 6);
    // 1 s into the first hold: back to the start of the preparation.
    s.apply(Command::Back, at(6));
    assert_eq!(s.state(), State::Running);
    assert_eq!(s.position(at(6)), secs(0));
    assert_eq!(s.phase(at(6)).map(|p| p.kind), Some(PhaseKind::Prepare));
    assert_eq!(on_time(&s.poll(at(6))), vec![(0, StepStart, L)]);
    // The preparation and the hold play again, 6 s later than planned.
    assert_eq!(poll_each_second(&mut s, 7, 66), both_sides_cues_from(5, 6));

    // 1 s into the second left hold: back to the start of the rest before it, whose opening
    // cue (the end of the first hold) plays again.
    let mut s = started(BOTH_SIDES);
    poll_each_second(&mut s, 0, 21);
    s.apply(Command::Back, at(21));
    assert_eq!(s.position(at(21)), secs(15));
    let phase = s.phase(at(21)).map(|p| (p.kind, p.side, p.rep));
    assert_eq!(phase, Some((PhaseKind::Rest, L, 2)));
    assert_eq!(s.phase_remaining(at(21)), secs(5));
    assert_eq!(on_time(&s.poll(at(21))), vec![(15, HoldEnd, L)]);
    assert_eq!(
        poll_each_second(&mut s, 22, 70),
        both_sides_cues_from(16, 6)
    );
}

#[test]
fn back_later_than_two_seconds_into_a_phase_goes_to_its_start() {
    let mut s = started(BOTH_SIDES);
    poll_each_second(&mut s, 0, 13);
    // 8 s into the first hold, after the first countdown tick.
    s.apply(Command::Back, at(13));
    assert_eq!(s.position(at(13)), secs(5));
    let phase = s.phase(at(13)).map(|p| (p.kind, p.side, p.rep));
    assert_eq!(phase, Some((PhaseKind::Hold, L, 1)));
    assert_eq!(s.phase_remaining(at(13)), secs(10));
    assert_eq!(on_time(&s.poll(at(13))), vec![(5, HoldStart, L)]);
    // The whole hold plays again, countdown included.
    assert_eq!(s.next_deadline(), Some(at(20)));
    assert_eq!(poll_each_second(&mut s, 14, 70), both_sides_cues_from(6, 8));
}

#[test]
fn back_grace_ends_exactly_two_seconds_into_the_phase() {
    assert_eq!(BACK_GRACE, secs(2));
    // The first hold starts at 5 s.
    let mut s = started(BOTH_SIDES);
    s.apply(Command::Back, at(7) - ms(1));
    assert_eq!(s.position(at(7) - ms(1)), secs(0));

    let mut s = started(BOTH_SIDES);
    s.apply(Command::Back, at(7));
    assert_eq!(s.position(at(7)), secs(5));
}

#[test]
fn back_in_the_first_phase_restarts_the_routine() {
    let mut s = started(BOTH_SIDES);
    let first = s.poll(at(1));
    assert_eq!(first.len(), 1);
    assert_eq!((first[0].cue.kind, first[0].late), (StepStart, secs(1)));
    s.apply(Command::Back, at(1));
    assert_eq!(s.position(at(1)), secs(0));
    assert_eq!(s.state(), State::Running);
    // The step start was heard (1 s late) before going back, and is heard again on time.
    assert_eq!(on_time(&s.poll(at(1))), vec![(0, StepStart, L)]);
    assert_eq!(s.next_deadline(), Some(at(6)));
}

#[test]
fn back_while_paused_moves_and_stays_paused_until_resumed() {
    let mut s = started(BOTH_SIDES);
    poll_each_second(&mut s, 0, 9);
    s.apply(Command::Pause, at(9));
    s.apply(Command::Back, at(30));
    assert_eq!(s.state(), State::Paused);
    assert_eq!(s.position(at(40)), secs(5));
    assert_eq!(s.phase_remaining(at(40)), secs(10));
    assert_eq!(s.poll(at(40)), vec![]);
    s.apply(Command::Resume, at(50));
    assert_eq!(on_time(&s.poll(at(50))), vec![(5, HoldStart, L)]);
    assert_eq!(
        poll_each_second(&mut s, 51, 110),
        both_sides_cues_from(6, 45)
    );
}

#[test]
fn restart_step_goes_to_the_first_phase_of_the_step_and_plays_it_again() {
    let mut s = started(TWO_STEPS);
    assert_eq!(s.plan().total, secs(39));
    poll_each_second(&mut s, 0, 31);
    // In step B's first right hold (29–33).
    s.apply(Command::RestartStep, at(31));
    assert_eq!(s.state(), State::Running);
    assert_eq!(s.position(at(31)), secs(15));
    let phase = s.phase(at(31)).map(|p| (p.kind, p.step, p.side));
    assert_eq!(phase, Some((PhaseKind::Prepare, 1, L)));
    let replayed: Vec<_> = on_time(&s.poll(at(31)));
    assert!(replayed.contains(&(15, StepStart, L)), "{replayed:?}");
    // Step B from its start, 16 s later than planned.
    assert_eq!(
        poll_each_second(&mut s, 32, 60),
        vec![
            (34, HoldStart, L),
            (38, HoldEnd, L),
            (40, HoldStart, L),
            (44, HoldEnd, L),
            (44, SwitchSides, R),
            (45, HoldStart, R),
            (49, HoldEnd, R),
            (51, HoldStart, R),
            (55, HoldEnd, R),
            (55, RoutineDone, None),
        ]
    );

    // While paused, it moves and stays paused; in the first step it goes to the very start.
    let mut s = started(TWO_STEPS);
    poll_each_second(&mut s, 0, 12);
    s.apply(Command::Pause, at(12));
    s.apply(Command::RestartStep, at(13));
    assert_eq!(s.state(), State::Paused);
    assert_eq!(s.position(at(14)), secs(0));
    assert_eq!(s.poll(at(14)), vec![]);
    s.apply(Command::Resume, at(14));
    assert_eq!(on_time(&s.poll(at(14))), vec![(0, StepStart, None)]);
}

#[test]
fn restart_step_replays_only_the_steps_own_cues() {
    let mut s = started(TWO_STEPS);
    poll_each_second(&mut s, 0, 31);
    s.apply(Command::RestartStep, at(31));
    let replayed = s.poll(at(31));
    assert!(
        replayed.iter().all(|d| d.cue.step == 1),
        "a cue of another step: {replayed:?}"
    );
    assert_eq!(on_time(&replayed), vec![(15, StepStart, L)]);

    // Back, 2.5 s into step B's preparation (15–18), goes to its start just the same.
    let mut s = started(TWO_STEPS);
    poll_each_second(&mut s, 0, 17);
    s.apply(Command::Back, at(17) + ms(500));
    assert_eq!(s.position(at(17) + ms(500)), secs(15));
    let replayed = s.poll(at(17) + ms(500));
    assert_eq!(on_time(&replayed), vec![(15, StepStart, L)]);
}

#[test]
fn stop_silences_everything_until_started_again() {
    let mut s = started(BOTH_SIDES);
    assert_eq!(on_time(&s.poll(at(0))), vec![(0, StepStart, L)]);
    // The hold started at 5 s but nobody polled since: stopping drops its cue too.
    s.apply(Command::Stop, at(7));
    assert_eq!(s.state(), State::Stopped);
    assert_eq!(s.next_deadline(), None);
    for second in [7, 8, 15, 60, 100, 10_000] {
        assert_eq!(s.poll(at(second)), vec![], "heard something after stop");
        assert_eq!(s.state(), State::Stopped);
        assert_eq!(s.position(at(second)), secs(7));
    }
}

#[test]
fn start_after_stop_runs_again_from_zero() {
    let mut s = started(BOTH_SIDES);
    poll_each_second(&mut s, 0, 20);
    s.apply(Command::Stop, at(22));
    s.apply(Command::Start, at(200));
    assert_eq!(s.state(), State::Running);
    assert_eq!(s.position(at(200)), secs(0));
    assert_eq!(s.remaining(at(200)), secs(60));
    assert_eq!(
        poll_each_second(&mut s, 200, 270),
        both_sides_cues_from(0, 200)
    );
    assert_eq!(s.state(), State::Finished);
}

#[test]
fn start_after_finishing_runs_again_from_zero() {
    let mut s = started(BOTH_SIDES);
    assert_eq!(poll_each_second(&mut s, 0, 60), both_sides_cues());
    assert_eq!(s.state(), State::Finished);
    s.apply(Command::Start, at(100));
    assert_eq!(s.state(), State::Running);
    assert_eq!(s.position(at(100)), secs(0));
    assert_eq!(
        poll_each_second(&mut s, 100, 170),
        both_sides_cues_from(0, 100)
    );
    assert_eq!(s.state(), State::Finished);
}

#[test]
fn skip_from_the_preparation_starts_the_hold_at_once() {
    let mut s = started(BOTH_SIDES);
    poll_each_second(&mut s, 0, 2);
    s.apply(Command::Skip, at(2));
    assert_eq!(s.position(at(2)), secs(5));
    let phase = s.phase(at(2)).map(|p| (p.kind, p.side, p.rep));
    assert_eq!(phase, Some((PhaseKind::Hold, L, 1)));
    assert_eq!(on_time(&s.poll(at(2))), vec![(5, HoldStart, L)]);
    // The rest of the routine comes 3 s earlier than planned.
    assert_eq!(s.next_deadline(), Some(at(9)));
    assert_eq!(poll_each_second(&mut s, 3, 60), both_sides_cues_from(6, -3));
}

#[test]
fn skip_during_a_hold_passes_over_its_countdown() {
    let mut s = started(BOTH_SIDES);
    poll_each_second(&mut s, 0, 11);
    s.apply(Command::Skip, at(11));
    assert_eq!(s.position(at(11)), secs(15));
    let phase = s.phase(at(11)).map(|p| (p.kind, p.side, p.rep));
    assert_eq!(phase, Some((PhaseKind::Rest, L, 2)));
    // The ticks at 12, 13 and 14 s are never heard; the hold's end is, at once.
    assert_eq!(on_time(&s.poll(at(11))), vec![(15, HoldEnd, L)]);
    assert_eq!(
        poll_each_second(&mut s, 12, 60),
        both_sides_cues_from(16, -4)
    );
}

#[test]
fn skip_on_the_last_phase_finishes_the_routine() {
    let mut s = started(BOTH_SIDES);
    poll_each_second(&mut s, 0, 55);
    s.apply(Command::Skip, at(55));
    assert_eq!(s.state(), State::Finished);
    assert_eq!(s.remaining(at(55)), Duration::ZERO);
    assert_eq!(s.phase(at(55)), None);
    assert_eq!(
        on_time(&s.poll(at(55))),
        vec![(60, HoldEnd, R), (60, RoutineDone, None)]
    );
    assert_eq!(s.poll(at(60)), vec![]);
}

#[test]
fn skip_on_the_last_phase_while_paused_finishes_the_routine() {
    let mut s = started(BOTH_SIDES);
    poll_each_second(&mut s, 0, 55);
    s.apply(Command::Pause, at(55));
    s.apply(Command::Skip, at(70));
    assert_eq!(s.state(), State::Finished);
    assert_eq!(s.remaining(at(70)), Duration::ZERO);
    assert_eq!(
        on_time(&s.poll(at(70))),
        vec![(60, HoldEnd, R), (60, RoutineDone, None)]
    );
    assert_eq!(s.poll(at(80)), vec![]);
}

#[test]
fn commands_that_do_not_apply_change_nothing() {
    use Command::{Back, Pause, RestartStep, Resume, Skip, Stop, TogglePause};
    let check = |s: &Session, commands: &[Command], now: Duration| {
        for &command in commands {
            let mut after = s.clone();
            after.apply(command, now);
            assert_eq!(
                observe(&after, now),
                observe(s, now),
                "{command:?} when {:?}",
                s.state()
            );
        }
    };

    let ready = session(BOTH_SIDES);
    check(
        &ready,
        &[Pause, Resume, TogglePause, Skip, Back, RestartStep],
        at(5),
    );
    assert_eq!(
        observe(&ready, at(5))[0],
        (State::Ready, secs(0), None, vec![])
    );

    let mut running = started(BOTH_SIDES);
    poll_each_second(&mut running, 0, 7);
    check(&running, &[Resume], at(7));

    let mut paused = running.clone();
    paused.apply(Pause, at(7));
    check(&paused, &[Pause], at(20));
    assert_eq!(paused.position(at(20)), secs(7));

    let mut finished = started(BOTH_SIDES);
    poll_each_second(&mut finished, 0, 60);
    assert_eq!(finished.state(), State::Finished);
    check(
        &finished,
        &[Pause, Resume, TogglePause, Skip, Back, RestartStep, Stop],
        at(61),
    );

    let mut stopped = running.clone();
    stopped.apply(Stop, at(8));
    check(
        &stopped,
        &[Pause, Resume, TogglePause, Skip, Back, RestartStep, Stop],
        at(9),
    );
}

#[test]
fn a_long_stall_delivers_every_cue_once_in_order_then_finishes() {
    let mut s = started(BOTH_SIDES);
    let due = s.poll(at(180));
    let heard: Vec<_> = due
        .iter()
        .map(|d| (d.cue.at.as_secs(), d.cue.kind, d.cue.side, d.late))
        .collect();
    let expected: Vec<_> = both_sides_cues()
        .into_iter()
        .map(|(second, kind, side)| (second, kind, side, secs(180 - second)))
        .collect();
    assert_eq!(heard, expected);
    assert_eq!(s.state(), State::Finished);
    assert_eq!(s.poll(at(180)), vec![]);
    assert_eq!(s.poll(at(500)), vec![]);
}

#[test]
fn skip_works_when_the_callers_clock_starts_at_zero() {
    let mut s = session(BOTH_SIDES);
    s.apply(Command::Start, Duration::ZERO);
    assert_eq!(on_time(&s.poll(Duration::ZERO)), vec![(0, StepStart, L)]);
    s.apply(Command::Skip, secs(1));
    assert_eq!(s.position(secs(1)), secs(5));
    assert_eq!(s.phase(secs(1)).map(|p| p.kind), Some(PhaseKind::Hold));
    assert_eq!(on_time(&s.poll(secs(1))), vec![(5, HoldStart, L)]);
}

#[test]
fn skip_on_the_last_phase_while_paused_finishes_when_the_clock_starts_at_zero() {
    let mut s = session(BOTH_SIDES);
    s.apply(Command::Start, Duration::ZERO);
    s.poll(secs(55));
    s.apply(Command::Pause, secs(55));
    s.apply(Command::Skip, secs(55));
    assert_eq!(s.state(), State::Finished);
    assert_eq!(
        on_time(&s.poll(secs(55))),
        vec![(60, HoldEnd, R), (60, RoutineDone, None)]
    );
}

#[test]
fn starting_at_a_step_plays_that_step_from_its_first_cue() {
    let mut s = session(TWO_STEPS);
    s.apply(Command::StartAtStep(1), T0);
    assert_eq!(s.state(), State::Running);
    assert_eq!(s.position(T0), secs(15), "step B starts at 15 s");
    assert_eq!(
        on_time(&s.poll(T0)),
        [(15, StepStart, L)],
        "B's start (it begins on the left), and nothing of step A"
    );
    assert_eq!(
        s.phase(T0).map(|p| (p.step, p.kind)),
        Some((1, PhaseKind::Prepare))
    );
    assert_eq!(on_time(&s.poll(at(3))), [(18, HoldStart, L)]);
    // A step that is not there starts at the beginning.
    s.apply(Command::StartAtStep(9), at(10));
    assert_eq!(s.position(at(10)), Duration::ZERO);
}

#[test]
fn a_skip_in_the_same_instant_as_start_still_gives_the_first_cue_then_those_where_it_lands() {
    // Found by the engine fuzz target: Start and Skip at one instant, with no poll between. The
    // first hold's cues fell due at Start and are kept (on time, as they were then); the cues
    // where the skip lands follow. The fuzz target had expected every cue as late as the
    // position after the skip.
    let mut s = session(
        r#"Step(name: "Fuzz", hold: "35s", reps: 4, prepare: "0s", rest: "3s", countdown: 2, halfway: true, breathe: "12s")"#,
    );
    s.apply(Command::Start, T0);
    s.apply(Command::Skip, T0);
    let due = s.poll(T0);
    assert_eq!(s.position(T0), secs(35));
    let kinds: Vec<(Duration, CueKind, Duration)> =
        due.iter().map(|d| (d.cue.at, d.cue.kind, d.late)).collect();
    assert_eq!(kinds.first(), Some(&(secs(0), StepStart, secs(0))));
    assert!(
        kinds
            .iter()
            .all(|&(at, _, late)| late == secs(0) && (at == secs(0) || at == secs(35))),
        "only the start's cues and the landing's, each on time: {kinds:?}"
    );
    assert!(kinds.iter().any(|&(at, _, _)| at == secs(35)), "{kinds:?}");
}

#[test]
fn a_pause_in_the_same_instant_as_start_still_gives_the_first_cue_and_nothing_more() {
    // Found by the engine fuzz target: Start and Pause at one instant, no poll between. The cue
    // due at Start fell due before the pause and is kept; nothing falls due while paused.
    let mut s = session(
        r#"Step(name: "Fuzz", sides: Both, hold: "7s", reps: 3, prepare: "3s", rest: "6s", switch_sides: "1s", countdown: 0)"#,
    );
    s.apply(Command::Start, T0);
    s.apply(Command::Pause, T0);
    assert_eq!(s.state(), State::Paused);
    assert_eq!(on_time(&s.poll(T0)), [(0, StepStart, L)]);
    assert_eq!(s.poll(T0 + secs(60)), []);
    assert_eq!(s.position(T0 + secs(60)), Duration::ZERO);
}

#[test]
fn cues_where_a_skip_lands_stay_on_time_when_the_poll_comes_later() {
    // Found by the engine fuzz target: Start and Skip at one instant, then the first poll 2.55 s
    // later. The start's cue and the hold's start, where the skip landed, were on time when they
    // fell due; only what fell due since is late by the wait.
    let mut s = session(
        r#"Step(name: "Fuzz", sides: Both, hold: "9s", reps: 4, prepare: "8s", rest: "8s", switch_sides: "8s", countdown: 9, halfway: true)"#,
    );
    s.apply(Command::Start, T0);
    s.apply(Command::Skip, T0);
    let due = s.poll(T0 + ms(2550));
    assert_eq!(s.position(T0 + ms(2550)), ms(10_550));
    let seen: Vec<(Duration, CueKind, Duration)> =
        due.iter().map(|d| (d.cue.at, d.cue.kind, d.late)).collect();
    assert_eq!(seen.first(), Some(&(secs(0), StepStart, secs(0))));
    assert!(seen.contains(&(secs(8), HoldStart, secs(0))), "{seen:?}");
    for &(at, _, late) in seen.iter().filter(|(at, _, _)| *at > secs(8)) {
        assert_eq!(late, ms(10_550) - at);
    }
}

#[test]
fn a_cue_polled_after_the_end_is_as_late_as_the_time_says_while_the_position_stops_at_the_end() {
    // Found by the engine fuzz target: a 2 s routine polled first 2.55 s after its start. Its
    // position stops at the end, but its cues are as late as the time says: the right side's
    // hold began 1.55 s before the poll.
    let mut s = session(
        r#"Step(name: "Fuzz", sides: Both, hold: "1s", prepare: "0s", switch_sides: "0s", countdown: 0)"#,
    );
    s.apply(Command::Start, T0);
    s.apply(Command::Resume, T0);
    let due = s.poll(T0 + ms(2550));
    assert_eq!(s.state(), State::Finished);
    assert_eq!(s.position(T0 + ms(2550)), secs(2));
    let right = due
        .iter()
        .find(|d| d.cue.kind == HoldStart && d.cue.side == R)
        .expect("the right side's hold start");
    assert_eq!((right.cue.at, right.late), (secs(1), ms(1550)));
}

/// A window minimised or a computer busy reads the session long after its end: the end is still
/// the moment the last phase ran out, with the pause not counted, and a skip to the end ends it
/// where the skip landed.
#[test]
fn a_session_read_late_knows_when_it_really_ended() {
    let mut s = session(TWO_STEPS);
    s.apply(Command::Start, at(0));
    assert_eq!(s.finished_at(), None);
    s.apply(Command::Pause, at(10));
    s.apply(Command::Resume, at(25));
    assert_eq!(s.finished_at(), None, "not ended while it runs");
    // 39 s of routine and 15 s of pause: the end at 54 s, read 10 minutes later.
    s.poll(at(600));
    assert_eq!(s.state(), State::Finished);
    assert_eq!(s.finished_at(), Some(at(54)));

    let mut skipped = session(TWO_STEPS);
    skipped.apply(Command::Start, at(0));
    for n in 1..=20 {
        skipped.apply(Command::Skip, at(n));
    }
    assert_eq!(skipped.state(), State::Finished);
    let end = skipped.finished_at().unwrap();
    assert!(
        end <= at(20),
        "ended at the skip that reached the end, not later: {end:?}"
    );
}

#[test]
fn played_counts_the_time_the_clock_ran_and_unplayed_what_was_jumped_over() {
    let mut s = session(BOTH_SIDES);
    s.apply(Command::Start, at(0));
    assert_eq!((s.played(at(3)), s.unplayed(at(3))), (secs(3), secs(57)));
    // Skipping the rest of get ready (3–5) and a pause of 100 s count for nothing.
    s.apply(Command::Skip, at(3));
    s.apply(Command::Pause, at(8));
    s.apply(Command::Resume, at(108));
    assert_eq!(s.played(at(110)), secs(10));
    // Skip through everything else: 7 presses in a second.
    for _ in 0..7 {
        s.apply(Command::Skip, at(110));
    }
    assert_eq!(s.state(), State::Finished);
    assert_eq!(s.played(at(500)), secs(10));
    assert_eq!(s.unplayed(at(500)), secs(50));
}

#[test]
fn a_stretch_played_again_counts_again_but_is_not_unplayed_twice() {
    let mut s = session(TWO_STEPS);
    s.apply(Command::Start, at(0));
    s.apply(Command::Back, at(12)); // to the hold's start, 5
    s.poll(at(100));
    assert_eq!(s.state(), State::Finished);
    // 12 s, then 5–39 again: 34 s.
    assert_eq!(s.played(at(100)), secs(12 + 34));
    assert_eq!(s.unplayed(at(100)), Duration::ZERO);
}

#[test]
fn a_session_stopped_counts_what_ran_before_the_stop() {
    let mut s = session(TWO_STEPS);
    s.apply(Command::Start, at(0));
    s.apply(Command::Skip, at(2)); // prepare 2–5 jumped
    s.apply(Command::Skip, at(4)); // hold 7–15 jumped
    s.apply(Command::Stop, at(6));
    assert_eq!(s.played(at(60)), secs(6));
    assert_eq!(s.unplayed(at(60)), secs(39 - 6));
}

#[test]
fn skip_step_goes_to_the_next_steps_start_and_passes_over_the_rest_of_this_one() {
    let mut s = started(TWO_STEPS);
    poll_each_second(&mut s, 0, 2);
    // In step A's preparation: one press lands on step B's preparation, where Skip needed two.
    s.apply(Command::SkipStep, at(2));
    assert_eq!(s.state(), State::Running);
    assert_eq!(s.position(at(2)), secs(15));
    let phase = s.phase(at(2)).map(|p| (p.kind, p.step, p.side));
    assert_eq!(phase, Some((PhaseKind::Prepare, 1, L)));
    // Step A's hold is never heard, nor its end; step B starts at once.
    assert_eq!(on_time(&s.poll(at(2))), vec![(15, StepStart, L)]);
    assert_eq!(
        poll_each_second(&mut s, 3, 40),
        vec![
            (18, HoldStart, L),
            (22, HoldEnd, L),
            (24, HoldStart, L),
            (28, HoldEnd, L),
            (28, SwitchSides, R),
            (29, HoldStart, R),
            (33, HoldEnd, R),
            (35, HoldStart, R),
            (39, HoldEnd, R),
            (39, RoutineDone, None),
        ]
        .into_iter()
        .map(|(second, kind, side)| (second - 13, kind, side))
        .collect::<Vec<_>>()
    );
}

#[test]
fn skip_step_in_the_last_step_finishes_paused_or_not() {
    for paused in [false, true] {
        let mut s = started(TWO_STEPS);
        poll_each_second(&mut s, 0, 20);
        if paused {
            s.apply(Command::Pause, at(20));
        }
        s.apply(Command::SkipStep, at(21));
        assert_eq!(s.state(), State::Finished, "paused: {paused}");
        assert_eq!(s.position(at(21)), secs(39));
    }
}

#[test]
fn back_step_goes_to_this_steps_start_or_within_two_seconds_to_the_one_before() {
    // 10 s into step B (its first right hold): back to B's start, paused as it was.
    let mut s = started(TWO_STEPS);
    poll_each_second(&mut s, 0, 30);
    s.apply(Command::Pause, at(30));
    s.apply(Command::BackStep, at(30));
    assert_eq!(s.state(), State::Paused);
    assert_eq!(s.position(at(31)), secs(15));
    s.apply(Command::Resume, at(31));
    assert_eq!(on_time(&s.poll(at(31))), vec![(15, StepStart, L)]);

    // Just after it started: to step A's start, and B's own start is not heard twice.
    let mut s = started(TWO_STEPS);
    poll_each_second(&mut s, 0, 15);
    s.apply(Command::BackStep, at(16));
    assert_eq!(s.position(at(16)), secs(0));
    assert_eq!(on_time(&s.poll(at(16))), vec![(0, StepStart, None)]);

    // In the first step, it restarts the routine.
    let mut s = started(TWO_STEPS);
    poll_each_second(&mut s, 0, 1);
    s.apply(Command::BackStep, at(1));
    assert_eq!(s.position(at(1)), secs(0));
}

#[test]
fn step_commands_that_do_not_apply_change_nothing() {
    for command in [Command::SkipStep, Command::BackStep] {
        let ready = session(TWO_STEPS);
        let mut after = ready.clone();
        after.apply(command, at(3));
        assert_eq!(
            observe(&after, at(3)),
            observe(&ready, at(3)),
            "{command:?}"
        );

        let mut stopped = started(TWO_STEPS);
        stopped.apply(Command::Stop, at(4));
        let mut after = stopped.clone();
        after.apply(command, at(5));
        assert_eq!(
            observe(&after, at(5)),
            observe(&stopped, at(5)),
            "{command:?}"
        );
    }
}
