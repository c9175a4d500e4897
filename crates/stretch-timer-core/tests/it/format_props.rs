//! Whatever bytes a routine file holds, loading never panics, and every error points inside the
//! file.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use proptest::prelude::*;
use stretch_timer_core::routine::{Diagnostic, parse, parse_bytes};

const EVERY_FIELD: &str = include_str!("../../../../tests/data/valid/every-field.ron");
const BUNDLED: &str = include_str!("../../../../routines/myofascial-psoas.ron");

/// Every diagnostic is at a real place: a line of the text, a column on it or just past its end.
fn assert_inside(text: &str, diagnostics: &[Diagnostic]) {
    assert!(!diagnostics.is_empty());
    let lines: Vec<&str> = text.split('\n').collect();
    for d in diagnostics {
        let line = lines
            .get(d.pos.line - 1)
            .unwrap_or_else(|| panic!("{d} is past the last line ({})", lines.len()));
        assert!(
            d.pos.col >= 1 && d.pos.col <= line.chars().count() + 1,
            "{d} is past the end of its line {line:?}"
        );
    }
}

/// Pieces of RON that make a mutated file likely to get further into the parser.
fn ron_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(",".to_owned()),
        Just("\"".to_owned()),
        Just(":".to_owned()),
        Just("Some(".to_owned()),
        Just("None".to_owned()),
        Just("Step(".to_owned()),
        Just("hold: ".to_owned()),
        Just("\"1m30s\"".to_owned()),
        Just("-1".to_owned()),
        Just("99999999999999999999999".to_owned()),
        Just("/*".to_owned()),
        Just("//".to_owned()),
        Just("# ".to_owned()),
        Just("r#\"".to_owned()),
        Just("\\\"".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("é".to_owned()),
        Just("Both".to_owned()),
        "[a-z_]{1,8}",
        any::<char>().prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn any_bytes_give_a_routine_or_errors_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        if let Err(diagnostics) = parse_bytes(&bytes, None) {
            prop_assert!(!diagnostics.is_empty());
        }
    }

    #[test]
    fn mutated_routines_get_errors_inside_the_file(
        base in prop_oneof![Just(EVERY_FIELD), Just(BUNDLED)],
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..6, ron_piece()), 1..4),
    ) {
        let mut text: Vec<char> = base.chars().collect();
        for (at, delete, insert) in edits {
            let start = at.index(text.len() + 1);
            let end = (start + delete).min(text.len());
            text.splice(start..end, insert.chars());
        }
        let text: String = text.into_iter().collect();
        match parse(&text, None) {
            Ok(routine) => {
                prop_assert!(!routine.steps.is_empty() && routine.steps.len() <= 200);
                for step in &routine.steps {
                    prop_assert!((1..=50).contains(&step.reps));
                    prop_assert!(step.hold.as_secs() >= 1 && step.hold.as_secs() <= 3600);
                    prop_assert!(step.countdown <= 10);
                }
            }
            Err(diagnostics) => {
                // Positions are about the text as parsed: line endings normalised.
                assert_inside(&text.replace("\r\n", "\n"), &diagnostics);
            }
        }
    }
}

#[test]
fn errors_are_capped_at_fifty_and_come_in_file_order() {
    let steps: String = (0..120)
        .map(|i| format!("    Step(name: \"S{i}\", hold: 0),\n"))
        .collect();
    let text = format!("Routine(\n  format: 1,\n  name: \"Many\",\n  steps: [\n{steps}  ],\n)\n");
    let mut diagnostics = parse(&text, None).unwrap_err();
    assert_eq!(diagnostics.len(), 51);
    let more = diagnostics.pop().unwrap();
    assert_eq!(
        more.to_string(),
        "55:29: 70 more problems from here on are not listed (only the first 50 are); correct the ones above and check again"
    );
    for (i, d) in diagnostics.iter().enumerate() {
        assert_eq!(d.pos.line, 5 + i, "{d}");
        assert_eq!(
            d.to_string(),
            format!(
                "{}:{}: hold is 0; it must be from 1s to 1h",
                5 + i,
                d.pos.col
            )
        );
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for open in ["[", "(", "Some(", "{"] {
        let close = match open {
            "[" => "]",
            "{" => "}",
            _ => ")",
        };
        let text = format!(
            "Routine(format: 1, name: {}{}, steps: [])",
            open.repeat(100_000),
            close.repeat(100_000)
        );
        assert!(parse(&text, None).is_err());
        let text = format!(
            "Routine(format: 1, name: \"x\", steps: [], extra: {}{})",
            open.repeat(100_000),
            close.repeat(100_000)
        );
        assert!(parse(&text, None).is_err());
    }
}
