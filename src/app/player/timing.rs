//! The player's clock work: the breathing disc's size at a moment, when the screen next
//! changes, the moment a screen reader is told about, and the player's keys.

use std::time::Duration;

use egui::Key;

use super::announce::{Breath, Moment};
use super::view::PlayerAction;
use crate::countdown::{shown_seconds, until_next_second};
use crate::engine::{Breathing, Command, Phase, PhaseKind, Session, State};
use crate::routine::{Routine, Step};
use crate::tr;

/// How many sizes the breathing disc takes between empty and full lungs. It is drawn again only
/// when it reaches the next, a few pixels further (a fifth of its radius in eight steps: 4 pixels
/// in a window of 1100 × 760), so that frames follow what visibly moves: under two a second at a
/// 5 s pace, besides the countdown's one. A frame of the player costs several milliseconds of a
/// core with software OpenGL; 18 frames a second took 22 % of one (BENCHMARKS.md, "CPU while a
/// hold runs").
pub(super) const BREATH_STEPS: f32 = 8.0;

/// In or out at `position`, if `phase` is a hold of a step with a breathing pace; with how far
/// the lungs are filled (0 empty, 1 full) as the ring shows it, in [`BREATH_STEPS`]. The same
/// arithmetic as the plan's breathing cues: in at the hold's start, then turn and turn about at
/// each pace.
pub fn breath_at(phase: &Phase, step: &Step, position: Duration) -> Option<(Breath, f32)> {
    let (breath, through, _) = breathing(phase, step, position)?;
    let moved = breath_step(through) / BREATH_STEPS;
    Some(match breath {
        Breath::In => (breath, moved),
        Breath::Out => (breath, 1.0 - moved),
    })
}

/// In or out at `position` in a breathing hold, how far through this breath (0 to 1), and the
/// pace: by the engine's one rule of breathing ([`Breathing`]), as its cues are.
pub(super) fn breathing(
    phase: &Phase,
    step: &Step,
    position: Duration,
) -> Option<(Breath, f32, Duration)> {
    let breathing = Breathing::of(step)?;
    if phase.kind != PhaseKind::Hold {
        return None;
    }
    let into = position.saturating_sub(phase.start).min(phase.duration);
    let (breath, through) = breathing.at(into);
    Some((breath, through, breathing.pace()))
}

/// How many of [`BREATH_STEPS`] the disc has moved `through` a breath: eased, as a breath is,
/// slow at the turns and quicker in the middle.
pub(super) fn breath_step(through: f32) -> f32 {
    let eased = (1.0 - (std::f32::consts::PI * through).cos()) / 2.0;
    (eased * BREATH_STEPS).round()
}

/// How long after `now` the player shows something else: the countdown's next second, or the
/// breathing disc's next size, whichever is first. `None` while nothing moves (paused, ended):
/// the player is not drawn again until something else happens.
pub fn next_change(routine: &Routine, session: &Session, now: Duration) -> Option<Duration> {
    if session.state() != State::Running {
        return None;
    }
    let second = until_next_second(session.phase_remaining(now));
    let phase = session.phase(now)?;
    let step = routine.steps.get(phase.step)?;
    let Some((_, through, pace)) = breathing(phase, step, session.position(now)) else {
        return Some(second);
    };
    // The disc takes its next size halfway between two steps of the eased breath; after the last
    // step of this breath, at the next breath's first.
    let next = (breath_step(through) + 0.5) / BREATH_STEPS;
    let at = if next < 1.0 {
        (1.0 - 2.0 * next).acos() / std::f32::consts::PI
    } else {
        1.0 + (1.0 - 1.0 / BREATH_STEPS).acos() / std::f32::consts::PI
    };
    // A little late rather than early: a frame a hair early would find the disc where it was
    // and ask for another at once.
    let wait = pace.mul_f32((at - through).max(0.0)) + Duration::from_millis(2);
    Some(second.min(wait))
}

/// What a screen reader is told about the session at `now`, or `None` once it has ended.
pub fn moment(routine: &Routine, session: &Session, now: Duration) -> Option<Moment> {
    let index = session.phase_index(now)?;
    let phase = session.plan().phases[index];
    let step = routine.steps.get(phase.step)?;
    Some(Moment {
        phase: index,
        kind: phase.kind,
        step: step.name.clone(),
        side: phase.side,
        rep: phase.rep,
        reps: step.reps,
        duration: phase.duration,
        left: shown_seconds(session.phase_remaining(now)),
        paused: session.state() == State::Paused,
        breath: breath_at(&phase, step, session.position(now)).map(|(b, _)| b),
    })
}

/// The player's keys, the one list of them: what each asks for, and the keys that ask it (the
/// first named is the one a tooltip names first). [`shortcuts`] reads them and the controls name
/// them from here ([`keys_for`]).
const KEYS: [(PlayerAction, &[Key]); 10] = [
    (PlayerAction::AskStop, &[Key::Escape]),
    (PlayerAction::Command(Command::TogglePause), &[Key::Space]),
    (
        PlayerAction::Command(Command::Skip),
        &[Key::ArrowRight, Key::N],
    ),
    (
        PlayerAction::Command(Command::Back),
        &[Key::ArrowLeft, Key::B],
    ),
    (PlayerAction::Command(Command::RestartStep), &[Key::R]),
    (
        PlayerAction::Command(Command::SkipStep),
        &[Key::ArrowDown, Key::PageDown],
    ),
    (
        PlayerAction::Command(Command::BackStep),
        &[Key::ArrowUp, Key::PageUp],
    ),
    (PlayerAction::ToggleMute, &[Key::M]),
    (PlayerAction::Volume(0.1), &[Key::Plus, Key::Equals]),
    (PlayerAction::Volume(-0.1), &[Key::Minus]),
];

/// What a key pressed (without modifiers) asks of the player, if anything; the key is consumed.
pub fn shortcuts(ctx: &egui::Context) -> Option<PlayerAction> {
    ctx.input_mut(|i| {
        KEYS.iter().find_map(|(action, keys)| {
            keys.iter()
                .any(|key| i.consume_key(egui::Modifiers::NONE, *key))
                .then_some(*action)
        })
    })
}

/// The keys that ask for `action`, named for a tooltip ("Left or B").
pub(super) fn keys_for(action: PlayerAction) -> String {
    let Some((_, keys)) = KEYS.iter().find(|(a, _)| *a == action) else {
        return String::new();
    };
    match keys {
        [one] => key_name(*one),
        [first, second] => tr!(
            "keys-either",
            first = key_name(*first),
            second = key_name(*second)
        ),
        _ => keys
            .iter()
            .map(|k| key_name(*k))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// A key as it is called where the person lives: "Space", "Leertaste".
fn key_name(key: Key) -> String {
    match key {
        Key::Space => tr!("key-space"),
        Key::Escape => tr!("key-escape"),
        Key::ArrowLeft => tr!("key-left"),
        Key::ArrowRight => tr!("key-right"),
        Key::ArrowDown => tr!("key-down"),
        Key::ArrowUp => tr!("key-up"),
        Key::PageDown => tr!("key-page-down"),
        Key::PageUp => tr!("key-page-up"),
        Key::Plus => tr!("key-plus"),
        Key::Equals => tr!("key-equals"),
        Key::Minus => tr!("key-minus"),
        other => tr!("key-letter", letter = other.name()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_asks_one_thing_and_the_tooltips_name_the_keys() {
        let mut seen = std::collections::HashSet::new();
        for (_, keys) in KEYS {
            for key in keys {
                assert!(seen.insert(*key), "{key:?} asks for two things");
            }
        }
        assert_eq!(keys_for(PlayerAction::Command(Command::Back)), "Left or B");
        assert_eq!(keys_for(PlayerAction::Command(Command::Skip)), "Right or N");
        assert_eq!(
            keys_for(PlayerAction::Command(Command::SkipStep)),
            "Down or Page Down"
        );
        assert_eq!(
            keys_for(PlayerAction::Command(Command::BackStep)),
            "Up or Page Up"
        );
        assert_eq!(keys_for(PlayerAction::AskStop), "Escape");
        assert_eq!(
            keys_for(PlayerAction::RetrySound),
            "",
            "a button without a key"
        );
    }
}
