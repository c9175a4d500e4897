//! What the editor saves reads back as the same routine, and whatever is typed into it gets
//! messages that point at a field, never a panic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use std::time::Duration;

use proptest::prelude::*;
use stretch_timer_core::routine::draft::{Draft, Field, StepDraft, StepField};
use stretch_timer_core::routine::{Drawing, Language, Routine, Schedule, Sides, Step, load, parse};

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,40}",
        any::<String>(),
        Just("Line\nbreak \"quoted\" \\ // /* */ ) ] ,".to_owned()),
    ]
}

fn name() -> impl Strategy<Value = String> {
    // Names are kept trimmed and non-empty, at most 80 characters.
    "[A-Za-z0-9éü\"\\\\()\\[\\],:/ -]{1,80}"
        .prop_map(|s| s.trim().to_owned())
        .prop_filter("non-empty", |s| !s.is_empty())
}

fn optional_text() -> impl Strategy<Value = Option<String>> {
    // A valid routine's texts hold no control characters but line breaks and tabs.
    let printable = text().prop_map(|s| {
        s.chars()
            .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
            .collect::<String>()
    });
    proptest::option::of(printable.prop_filter("not blank", |s| !s.trim().is_empty()))
}

/// Mostly everyday durations, sometimes anything in range (up to the limit).
fn secs(range: std::ops::RangeInclusive<u64>) -> impl Strategy<Value = Duration> {
    let everyday = *range.start()..=(*range.end()).min(120);
    prop_oneof![4 => everyday, 1 => range].prop_map(Duration::from_secs)
}

fn step() -> impl Strategy<Value = Step> {
    (
        (
            name(),
            optional_text(),
            0..4usize,
            secs(1..=3600),
            prop_oneof![4 => 1..=5u32, 1 => 1..=50u32],
        ),
        (
            secs(0..=3600),
            secs(0..=3600),
            secs(0..=3600),
            0..=10u32,
            any::<bool>(),
            proptest::option::of(secs(2..=30)),
        ),
        proptest::option::of(proptest::sample::select(Drawing::ALL)),
    )
        .prop_map(
            |(
                (name, instructions, sides, hold, reps),
                (prepare, rest, switch_sides, countdown, halfway, breathe),
                drawing,
            )| Step {
                name,
                instructions,
                sides: [Sides::Neither, Sides::Left, Sides::Right, Sides::Both][sides],
                hold,
                reps,
                prepare,
                rest,
                switch_sides,
                countdown,
                halfway,
                breathe,
                image: None,
                drawing,
                voice: None,
            },
        )
}

fn routine() -> impl Strategy<Value = Routine> {
    (
        name(),
        optional_text(),
        optional_text(),
        optional_text(),
        proptest::option::of((1..=7u32, 1..=6u32)),
        any::<bool>(),
        proptest::option::of(proptest::sample::select(
            &["en", "de", "de-AT", "es-419", "fr-CA"][..],
        )),
        proptest::collection::vec(step(), 1..8),
    )
        .prop_map(
            |(name, summary, author, safety, schedule, read_instructions, language, steps)| {
                Routine {
                    name,
                    summary,
                    author,
                    safety,
                    sounds: Vec::new(),
                    schedule: schedule.map(|(days_per_week, times_per_day)| Schedule {
                        days_per_week,
                        times_per_day,
                    }),
                    read_instructions,
                    language: language.and_then(|tag| Language::parse(tag).ok()),
                    steps,
                }
            },
        )
        .prop_filter("at most 24 hours, as the format allows", |r| {
            r.total() <= Duration::from_secs(24 * 3600)
        })
}

/// Anything that can be typed into the editor's fields.
fn typed_step() -> impl Strategy<Value = StepDraft> {
    let duration = prop_oneof![
        "[0-9]{1,4}",
        "[0-9]{1,2}m[0-9]{1,2}s",
        "[ -~]{0,8}",
        Just(String::new())
    ];
    (
        (text(), text(), 0..4usize, duration.clone(), 0..60u32),
        (
            duration.clone(),
            duration.clone(),
            duration.clone(),
            0..12u32,
        ),
        (
            any::<bool>(),
            duration,
            text(),
            proptest::option::of(proptest::sample::select(Drawing::ALL)),
        ),
    )
        .prop_map(
            |(
                (name, instructions, sides, hold, reps),
                (prepare, rest, switch_sides, countdown),
                (halfway, breathe, image, drawing),
            )| StepDraft {
                name,
                instructions,
                sides: [Sides::Neither, Sides::Left, Sides::Right, Sides::Both][sides],
                hold,
                reps,
                prepare,
                rest,
                switch_sides,
                countdown,
                halfway,
                breathe,
                image,
                drawing,
                voice: String::new(),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_saved_routine_loads_as_the_same_routine(routine in routine()) {
        let draft = Draft::from_routine(&routine, None);
        let written = draft.write();
        let loaded = parse(&written.text, None);
        prop_assert_eq!(loaded.as_ref(), Ok(&routine), "{}", written.text);
        // Saving again changes nothing: the text is stable.
        let again = Draft::from_routine(loaded.as_ref().unwrap(), Some(&written.text)).write();
        prop_assert_eq!(again.text, written.text);
    }

    #[test]
    fn whatever_is_typed_gets_a_routine_or_messages_at_fields(
        name in text(),
        safety in text(),
        steps in proptest::collection::vec(typed_step(), 0..4),
    ) {
        let draft = Draft { name, safety, steps, ..Draft::default() };
        let checked = draft.check(None);
        match &checked.routine {
            Ok(routine) => {
                prop_assert_eq!(routine.steps.len(), draft.steps.len());
                prop_assert_eq!(Some(routine.total()), draft.total());
            }
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for (field, d) in problems {
                    // Messages about a step's value are next to that step.
                    if let Field::Step(i, _) = field {
                        prop_assert!(*i < draft.steps.len(), "{d}");
                    }
                }
            }
        }
    }
}

#[test]
fn a_routine_with_pictures_and_sounds_is_saved_as_it_was() {
    let path = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/data/valid/with-assets/routine.ron"
    ));
    let routine = load(path).unwrap();
    let source = std::fs::read_to_string(path).unwrap();
    let draft = Draft::from_routine(&routine, Some(&source));
    let checked = draft.check(path.parent());
    assert_eq!(checked.routine.unwrap(), routine);
    assert!(checked.written.text.contains("hold_start: \"bell.wav\","));
    assert!(
        checked
            .written
            .text
            .starts_with("// A routine that refers to files next to it")
    );
}

#[test]
fn a_routine_that_asks_for_its_instructions_read_is_saved_asking() {
    let path = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/data/valid/every-field.ron"
    ));
    let routine = load(path).unwrap();
    assert!(routine.read_instructions);
    let mut draft = Draft::from_routine(&routine, None);
    assert!(draft.read_instructions);
    let checked = draft.check(path.parent());
    assert_eq!(checked.routine.as_ref().ok(), Some(&routine));
    let line = checked
        .written
        .text
        .lines()
        .position(|l| l.trim() == "read_instructions: true,")
        .expect("written on a line of its own");
    assert_eq!(checked.written.field_at(line + 1), Field::ReadInstructions);
    // Unticked, the line goes and the routine no longer asks.
    draft.read_instructions = false;
    let checked = draft.check(path.parent());
    assert!(!checked.written.text.contains("read_instructions"));
    assert!(!checked.routine.unwrap().read_instructions);
}

#[test]
fn a_step_that_names_its_drawing_is_saved_naming_it_on_a_line_of_its_own() {
    let path = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/data/valid/every-field.ron"
    ));
    let routine = load(path).unwrap();
    let drawings: Vec<Option<Drawing>> = routine.steps.iter().map(|s| s.drawing).collect();
    assert_eq!(
        drawings,
        [Some(Drawing::KneesToChest), Some(Drawing::NoDrawing), None]
    );
    let mut draft = Draft::from_routine(&routine, None);
    let checked = draft.check(path.parent());
    assert_eq!(checked.routine.as_ref().ok(), Some(&routine));
    let lines: Vec<&str> = checked.written.text.lines().collect();
    for (step, written) in [
        (0, "drawing: \"knees-to-chest\","),
        (1, "drawing: \"none\","),
    ] {
        let line = lines
            .iter()
            .position(|l| l.trim() == written)
            .expect("written on a line of its own");
        assert_eq!(
            checked.written.field_at(line + 1),
            Field::Step(step, Some(StepField::Drawing))
        );
    }
    // Left to the step's name, the line goes.
    draft.steps[0].drawing = None;
    let checked = draft.check(path.parent());
    assert!(!checked.written.text.contains("knees-to-chest"));
    assert_eq!(checked.routine.unwrap().steps[0].drawing, None);
}
