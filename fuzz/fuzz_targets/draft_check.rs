//! Anything typed into the editor's fields: a routine whose written text reads back as the same
//! routine, or messages each tied to a field of the draft.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use stretch_timer_core::routine::draft::{Draft, Field, StepDraft};
use stretch_timer_core::routine::{Sides, parse};

#[derive(Debug, Arbitrary)]
struct Typed {
    name: String,
    summary: String,
    safety: String,
    steps: Vec<TypedStep>,
}

#[derive(Debug, Arbitrary)]
struct TypedStep {
    name: String,
    instructions: String,
    sides: u8,
    hold: String,
    reps: u32,
    prepare: String,
    rest: String,
    countdown: u32,
    halfway: bool,
    breathe: String,
    image: String,
}

fuzz_target!(|typed: Typed| {
    let draft = Draft {
        name: typed.name,
        summary: typed.summary,
        safety: typed.safety,
        steps: typed
            .steps
            .into_iter()
            .take(12)
            .map(|s| StepDraft {
                name: s.name,
                instructions: s.instructions,
                sides: [Sides::Neither, Sides::Left, Sides::Right, Sides::Both]
                    [usize::from(s.sides % 4)],
                hold: s.hold,
                reps: s.reps,
                prepare: s.prepare,
                rest: s.rest,
                countdown: s.countdown,
                halfway: s.halfway,
                breathe: s.breathe,
                image: s.image,
                ..StepDraft::default()
            })
            .collect(),
        ..Draft::default()
    };
    let checked = draft.check(None);
    match &checked.routine {
        Ok(routine) => {
            let again = parse(&checked.written.text, None).expect("the checked text reads back");
            assert_eq!(&again, routine);
            assert_eq!(
                Draft::from_routine(routine, None).write().text,
                checked.written.text
            );
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            for (field, _) in problems {
                if let Field::Step(i, _) = field {
                    assert!(*i < draft.steps.len(), "{field:?}");
                }
            }
        }
    }
});
