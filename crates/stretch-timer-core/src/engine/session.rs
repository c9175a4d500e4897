//! Stepping through a plan in time that the caller passes in.

use std::sync::Arc;
use std::time::Duration;

use super::plan::{Cue, Phase, Plan};

/// Within this time after a phase starts, [`Command::Back`] goes to the phase before; later, to the
/// start of the current phase (as the back button of a music player does). The same for a step
/// and [`Command::BackStep`].
pub const BACK_GRACE: Duration = Duration::from_secs(2);

/// What the person (or a test) asks of a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    /// Start from the beginning (also after finishing or stopping).
    Start,
    /// Start at the beginning of a step (by index from 0), as if the steps before were done:
    /// to try one step of a routine being written.
    StartAtStep(usize),
    /// Stop the clock; nothing falls due while paused.
    Pause,
    /// Go on from where it was paused.
    Resume,
    /// Pause if running, resume if paused.
    TogglePause,
    /// Jump to the start of the next phase.
    Skip,
    /// Jump to the start of this phase, or of the previous one if this one has just begun.
    Back,
    /// Jump to the start of the current step.
    RestartStep,
    /// Jump to the start of the next step (past the last step, to the end), passing over what
    /// is left of this one as [`Command::Skip`] passes over a phase.
    SkipStep,
    /// Jump to the start of this step, or of the previous one if this one has just begun (within
    /// [`BACK_GRACE`]), as [`Command::Back`] does with phases.
    BackStep,
    /// Abandon the routine.
    Stop,
}

/// Where a session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// Not started yet.
    Ready,
    /// The clock runs.
    Running,
    /// The clock stands still.
    Paused,
    /// Every phase has run.
    Finished,
    /// Abandoned before the end.
    Stopped,
}

/// A cue that fell due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueCue {
    /// The planned cue.
    pub cue: Cue,
    /// How long after its planned moment it was reported (zero when polled exactly on time).
    pub late: Duration,
}

/// The clock of a session, as positions on the plan's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clock {
    Ready,
    /// Position = `position` + (now − `since`). Deadlines are fixed on the timeline, so nothing
    /// drifts however often or seldom the session is polled. Anchoring at a (now, position) pair
    /// rather than at now − position works for any `now`, even one smaller than the position.
    Running {
        since: Duration,
        position: Duration,
    },
    Paused {
        position: Duration,
    },
    /// At its end since `at`, in the caller's time.
    Finished {
        at: Duration,
    },
    Stopped {
        position: Duration,
    },
}

/// One run through a plan. Every method takes `now`, a time from any fixed origin the caller
/// keeps (a monotonic clock in the app, a number in tests); `now` should not go backwards.
#[derive(Debug, Clone)]
pub struct Session {
    plan: Arc<Plan>,
    clock: Clock,
    /// Index of the first cue not yet reported or passed over.
    next_cue: usize,
    /// Cues that fell due and have not been taken by [`Session::poll`].
    due: Vec<DueCue>,
    /// Time the clock ran before the current run (pauses and jumps not counted).
    played: Duration,
    /// The stretches of the timeline played before the current run, in order, none touching.
    covered: Vec<(Duration, Duration)>,
}

impl Session {
    /// A session ready to start.
    pub fn new(plan: Arc<Plan>) -> Session {
        Session {
            plan,
            clock: Clock::Ready,
            next_cue: 0,
            due: Vec::new(),
            played: Duration::ZERO,
            covered: Vec::new(),
        }
    }

    /// The plan this session runs.
    pub fn plan(&self) -> &Arc<Plan> {
        &self.plan
    }

    /// Where the session stands.
    pub fn state(&self) -> State {
        match self.clock {
            Clock::Ready => State::Ready,
            Clock::Running { .. } => State::Running,
            Clock::Paused { .. } => State::Paused,
            Clock::Finished { .. } => State::Finished,
            Clock::Stopped { .. } => State::Stopped,
        }
    }

    /// How far into the routine the session is at `now`.
    pub fn position(&self, now: Duration) -> Duration {
        match self.clock {
            Clock::Ready => Duration::ZERO,
            Clock::Running { since, position } => {
                (position + now.saturating_sub(since)).min(self.plan.total)
            }
            Clock::Paused { position } | Clock::Stopped { position } => position,
            Clock::Finished { .. } => self.plan.total,
        }
    }

    /// When, in the caller's time, the session came to its end: the moment its last phase ran
    /// out, however late it was polled. `None` unless finished.
    pub fn finished_at(&self) -> Option<Duration> {
        match self.clock {
            Clock::Finished { at } => Some(at),
            _ => None,
        }
    }

    /// Time spent playing the routine up to `now`: the time its clock ran, with nothing counted
    /// for pauses or for what was jumped over, and a stretch played again after going back
    /// counted again. What a session's record calls its seconds.
    pub fn played(&self, now: Duration) -> Duration {
        self.played
            + self
                .current_run(now)
                .map_or(Duration::ZERO, |(from, to)| to - from)
    }

    /// The part of the routine's timeline never played up to `now`: what skipping jumped over
    /// and not played after going back, and, unless finished, what is still ahead. Zero for a
    /// session played to its end without a skip.
    pub fn unplayed(&self, now: Duration) -> Duration {
        let mut covered = self.covered.clone();
        if let Some(run) = self.current_run(now) {
            cover(&mut covered, run);
        }
        let played: Duration = covered.iter().map(|(from, to)| *to - *from).sum();
        self.plan.total.saturating_sub(played)
    }

    /// The stretch of the timeline played since the clock last started running, up to `now`.
    fn current_run(&self, now: Duration) -> Option<(Duration, Duration)> {
        match self.clock {
            Clock::Running { since, position } => {
                let to = (position + now.saturating_sub(since)).min(self.plan.total);
                Some((position.min(to), to))
            }
            _ => None,
        }
    }

    /// Ends the current run at `now`, counting what it played; the caller changes the clock.
    fn close_run(&mut self, now: Duration) {
        if let Some(run) = self.current_run(now) {
            self.played += run.1 - run.0;
            cover(&mut self.covered, run);
        }
    }

    /// The index of the phase running at `now`; `None` once finished.
    pub fn phase_index(&self, now: Duration) -> Option<usize> {
        self.plan.phase_at(self.position(now))
    }

    /// The phase running at `now`; `None` once finished.
    pub fn phase(&self, now: Duration) -> Option<&Phase> {
        self.phase_index(now).map(|i| &self.plan.phases[i])
    }

    /// Time left in the current phase at `now` (zero once finished).
    pub fn phase_remaining(&self, now: Duration) -> Duration {
        let position = self.position(now);
        self.phase(now)
            .map_or(Duration::ZERO, |p| p.end().saturating_sub(position))
    }

    /// Time left in the whole routine at `now`.
    pub fn remaining(&self, now: Duration) -> Duration {
        self.plan.total.saturating_sub(self.position(now))
    }

    /// When, in the caller's time, the next cue falls due; `None` unless running. A timing thread
    /// sleeps until then (or until a command wakes it).
    pub fn next_deadline(&self) -> Option<Duration> {
        match self.clock {
            Clock::Running { since, position } => {
                let at = self
                    .plan
                    .cues
                    .get(self.next_cue)
                    .map_or(self.plan.total, |c| c.at);
                Some(since + at.saturating_sub(position))
            }
            _ => None,
        }
    }

    /// Brings the session up to `now` and returns every cue that fell due since the last call,
    /// each exactly once, in plan order. After a long stall that is every cue passed meanwhile;
    /// `late` tells how stale each one is.
    pub fn poll(&mut self, now: Duration) -> Vec<DueCue> {
        self.advance(now);
        std::mem::take(&mut self.due)
    }

    /// Carries out a command at `now`. Cues that fell due before the command are kept for the next
    /// [`Session::poll`]; cues jumped over by skip or back are not.
    pub fn apply(&mut self, command: Command, now: Duration) {
        self.advance(now);
        let position = self.position(now);
        match (command, self.clock) {
            (Command::Start, _) => {
                self.played = Duration::ZERO;
                self.covered.clear();
                self.clock = Clock::Running {
                    since: now,
                    position: Duration::ZERO,
                };
                self.next_cue = 0;
                self.due.clear();
            }
            (Command::StartAtStep(step), _) => {
                let target = self
                    .plan
                    .first_phase_of_step(step)
                    .map_or(Duration::ZERO, |i| self.plan.phases[i].start);
                self.played = Duration::ZERO;
                self.covered.clear();
                self.clock = Clock::Running {
                    since: now,
                    position: Duration::ZERO,
                };
                self.next_cue = 0;
                self.due.clear();
                self.seek(target, now);
            }
            (Command::Pause | Command::TogglePause, Clock::Running { .. }) => {
                self.close_run(now);
                self.clock = Clock::Paused { position };
            }
            (Command::Resume | Command::TogglePause, Clock::Paused { position }) => {
                self.clock = Clock::Running {
                    since: now,
                    position,
                };
            }
            (Command::Skip, Clock::Running { .. } | Clock::Paused { .. }) => {
                let target = self
                    .plan
                    .phase_at(position)
                    .map_or(self.plan.total, |i| self.plan.phases[i].end());
                self.seek(target, now);
            }
            (Command::Back, Clock::Running { .. } | Clock::Paused { .. }) => {
                if let Some(i) = self.plan.phase_at(position) {
                    let phase = &self.plan.phases[i];
                    let target = if position - phase.start < BACK_GRACE && i > 0 {
                        self.plan.phases[i - 1].start
                    } else {
                        phase.start
                    };
                    self.seek(target, now);
                }
            }
            (Command::RestartStep, Clock::Running { .. } | Clock::Paused { .. }) => {
                let first = self
                    .plan
                    .phase_at(position)
                    .and_then(|i| self.plan.first_phase_of_step(self.plan.phases[i].step));
                if let Some(first) = first {
                    self.seek(self.plan.phases[first].start, now);
                }
            }
            (Command::SkipStep, Clock::Running { .. } | Clock::Paused { .. }) => {
                let target = self.plan.phase_at(position).map_or(self.plan.total, |i| {
                    let step = self.plan.phases[i].step;
                    self.plan.phases[i..]
                        .iter()
                        .find(|p| p.step != step)
                        .map_or(self.plan.total, |p| p.start)
                });
                self.seek(target, now);
            }
            (Command::BackStep, Clock::Running { .. } | Clock::Paused { .. }) => {
                let first = self
                    .plan
                    .phase_at(position)
                    .and_then(|i| self.plan.first_phase_of_step(self.plan.phases[i].step));
                if let Some(first) = first {
                    let start = self.plan.phases[first].start;
                    let target = if position - start < BACK_GRACE && first > 0 {
                        let previous = self.plan.phases[first - 1].step;
                        self.plan
                            .first_phase_of_step(previous)
                            .map_or(start, |i| self.plan.phases[i].start)
                    } else {
                        start
                    };
                    self.seek(target, now);
                }
            }
            (Command::Stop, Clock::Running { .. } | Clock::Paused { .. } | Clock::Ready) => {
                self.close_run(now);
                self.clock = Clock::Stopped { position };
                self.due.clear();
            }
            // Anything else does not apply in this state (pausing what is paused, skipping before
            // the start or after the end): nothing changes.
            _ => {}
        }
    }

    /// Moves to `target` on the timeline, keeping running or paused (skipping past the last phase
    /// finishes, paused or not). Cues before `target` that have not fallen due are passed over.
    /// Of the cues at `target`, those of the phase landed in fall due next; those closing an
    /// earlier step (its last hold's end) are passed over, so restarting a step does not replay
    /// the end of the one before.
    fn seek(&mut self, target: Duration, now: Duration) {
        let target = target.min(self.plan.total);
        let cues = &self.plan.cues;
        let mut next = cues.partition_point(|c| c.at < target);
        if let Some(landed) = self.plan.phase_at(target).map(|i| self.plan.phases[i].step) {
            while cues
                .get(next)
                .is_some_and(|c| c.at == target && c.step != landed)
            {
                next += 1;
            }
        }
        self.next_cue = next;
        self.close_run(now);
        match self.clock {
            Clock::Paused { .. } if target < self.plan.total => {
                self.clock = Clock::Paused { position: target };
            }
            Clock::Running { .. } | Clock::Paused { .. } => {
                self.clock = Clock::Running {
                    since: now,
                    position: target,
                };
                self.advance(now);
            }
            _ => {}
        }
    }

    fn advance(&mut self, now: Duration) {
        let Clock::Running {
            since,
            position: anchored,
        } = self.clock
        else {
            return;
        };
        let position = anchored + now.saturating_sub(since);
        while let Some(cue) = self.plan.cues.get(self.next_cue) {
            if cue.at > position {
                break;
            }
            self.due.push(DueCue {
                cue: *cue,
                late: position - cue.at,
            });
            self.next_cue += 1;
        }
        if position >= self.plan.total {
            self.close_run(now);
            self.clock = Clock::Finished {
                at: since + self.plan.total.saturating_sub(anchored),
            };
        }
    }
}

/// Adds the stretch `run` to `covered` (in order, none touching), joining those it meets.
fn cover(covered: &mut Vec<(Duration, Duration)>, run: (Duration, Duration)) {
    let (mut from, mut to) = run;
    if from >= to {
        return;
    }
    covered.retain(|&(start, end)| {
        let meets = start <= to && from <= end;
        if meets {
            from = from.min(start);
            to = to.max(end);
        }
        !meets
    });
    let at = covered.partition_point(|&(start, _)| start < from);
    covered.insert(at, (from, to));
}
