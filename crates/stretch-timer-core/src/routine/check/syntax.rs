//! A parse error, said in words a therapist can act on.

use super::{mistakes, slips};
use crate::cue_sounds::Tone;
use crate::routine::diagnostic::{Diagnostic, Expected, Misplaced, Position, Problem};
use crate::routine::fields::kind_of;
use crate::routine::raw::{RawRoutine, RawSchedule, RawStep, fields_of};
use crate::routine::slip::SyntaxKind as S;

/// Where the text ends, as a position.
pub(super) fn end_of(text: &str) -> Position {
    let line = 1 + text.matches('\n').count();
    let col = 1 + text.rsplit('\n').next().map_or(0, |l| l.chars().count());
    Position { line, col }
}

/// Whether nothing but white space and comments follows `pos`: the parser met the end of the file.
pub(super) fn only_blank_after(text: &str, pos: Position) -> bool {
    let rest: String = text
        .lines()
        .skip(pos.line.saturating_sub(1))
        .enumerate()
        .map(|(i, line)| {
            let line = if i == 0 {
                line.chars().skip(pos.col.saturating_sub(1)).collect()
            } else {
                line.to_owned()
            };
            line.split("//").next().unwrap_or_default().to_owned()
        })
        .collect();
    rest.trim().is_empty()
}

/// Where the value at or after `pos` starts: the parser's place for a value of the wrong kind may
/// be the blank after the colon, and a message should point at what was written.
fn past_blanks(text: &str, pos: Position) -> Position {
    let mut at = pos;
    for line in text.lines().skip(pos.line.saturating_sub(1)) {
        let skip = at.col.saturating_sub(1);
        let blanks = line
            .chars()
            .skip(skip)
            .take_while(|c| c.is_whitespace())
            .count();
        if skip + blanks < line.chars().count() {
            return Position {
                line: at.line,
                col: at.col + blanks,
            };
        }
        at = Position {
            line: at.line + 1,
            col: 1,
        };
    }
    pos
}

/// The text at `pos`, as far as the end of the value there: what a person sees at that place.
fn text_at(text: &str, pos: Position) -> String {
    let Some(line) = text.lines().nth(pos.line.saturating_sub(1)) else {
        return String::new();
    };
    let rest: String = line.chars().skip(pos.col.saturating_sub(1)).collect();
    let rest = rest.trim_start();
    let taken: String = if let Some(quoted) = rest.strip_prefix('"') {
        match quoted.find('"') {
            Some(end) => format!("\"{}\"", &quoted[..end]),
            None => rest.to_owned(),
        }
    } else {
        rest.chars()
            .take_while(|c| !matches!(c, ',' | ')' | ']' | '/'))
            .collect()
    };
    let taken = taken.trim_end();
    if taken.chars().count() > 40 {
        format!("{}…", taken.chars().take(40).collect::<String>())
    } else {
        taken.to_owned()
    }
}

/// The character at `pos`, if there is one.
fn char_at(text: &str, pos: Position) -> Option<char> {
    text.lines()
        .nth(pos.line.checked_sub(1)?)?
        .chars()
        .nth(pos.col.checked_sub(1)?)
}

/// The word just before `pos` on its line, blanks between them aside: a field's name before `=`,
/// or a value the parser read to its end before it stopped.
fn word_before(text: &str, pos: Position) -> Option<String> {
    let line = text.lines().nth(pos.line.checked_sub(1)?)?;
    let before: String = line.chars().take(pos.col.saturating_sub(1)).collect();
    let word: String = before
        .trim_end()
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!word.is_empty()).then(|| word.chars().rev().collect())
}

/// The field a serde path ends in: `steps[2].reps` → `reps`.
fn field_of(path: &str) -> &str {
    let last = path.rsplit('.').next().unwrap_or(path);
    last.split('[').next().unwrap_or(last)
}

/// What a field's value looks like, for "must be …" messages. `path` is serde's path to the field
/// (`steps[2].reps`), which tells a cue sound in `Sounds(...)` from a step field of the same name.
fn expected_for(path: &str, field: &str) -> Expected {
    if path.starts_with("sounds.") {
        return Expected::SoundFile;
    }
    kind_of(field).map_or(Expected::Other, Expected::Value)
}

fn closest(found: &str, candidates: &'static [&'static str]) -> Option<&'static str> {
    candidates
        .iter()
        .map(|c| {
            (
                strsim::jaro_winkler(&found.to_lowercase(), &c.to_lowercase()),
                *c,
            )
        })
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Turns a parser error into a problem a person can act on.
pub(super) fn diagnostic(text: &str, e: &ron::error::SpannedError, path: &str) -> Diagnostic {
    use ron::Error as E;
    let start = Position {
        line: e.span.start.line,
        col: e.span.start.col,
    };
    let end = Position {
        line: e.span.end.line,
        col: e.span.end.col,
    };
    let field = field_of(path);
    let named = || (!field.is_empty()).then(|| field.to_owned());
    let syntax = |pos: Position, kind: S| Diagnostic {
        pos,
        problem: Problem::Syntax(kind),
    };
    // A slip the parser reads as something else (a quote inside text, a step not closed) is
    // said as what happened, at its own place.
    if let Some(slip) = slips::recognise(text, start, end) {
        return slip;
    }
    if !matches!(e.code, E::TrailingCharacters) && only_blank_after(text, start) {
        return syntax(end_of(text), S::EndsEarly);
    }
    // What the parser says names the symptom; a known typing mistake at that place is said as
    // what to write instead.
    let names_the_text = matches!(
        e.code,
        E::NoSuchStructField { .. }
            | E::NoSuchEnumVariant { .. }
            | E::DuplicateStructField { .. }
            | E::ExceededRecursionLimit
            | E::TrailingCharacters
            | E::UnclosedBlockComment
            | E::InvalidEscape(_)
    );
    let stopped_at = if matches!(e.code, E::ExpectedComma) {
        end
    } else {
        start
    };
    if !names_the_text && let Some(mistake) = mistakes::recognise(text, stopped_at) {
        return mistake;
    }
    let wrong_type = |pos: Position| Diagnostic {
        pos,
        problem: Problem::WrongType {
            field: (!field.is_empty()).then(|| field.to_owned()),
            expected: expected_for(path, field),
            // The parser may stop just after a word it read (`breathe: yes,`).
            found: match text_at(text, pos) {
                t if t.is_empty() => word_before(text, pos),
                t => Some(t),
            },
        },
    };
    match &e.code {
        // `read_instructions` in a step, `hold` in the routine: the closest name in the wrong
        // place ("did you mean instructions?") would mislead.
        E::NoSuchStructField {
            expected, found, ..
        } if *expected == fields_of::<RawStep>()
            && fields_of::<RawRoutine>().contains(&found.as_str()) =>
        {
            Diagnostic {
                pos: start,
                problem: Problem::MisplacedField {
                    found: found.clone(),
                    place: Misplaced::InStep,
                },
            }
        }
        E::NoSuchStructField {
            expected, found, ..
        } if *expected == fields_of::<RawRoutine>()
            && fields_of::<RawStep>().contains(&found.as_str()) =>
        {
            Diagnostic {
                pos: start,
                problem: Problem::MisplacedField {
                    found: found.clone(),
                    place: Misplaced::InRoutine,
                },
            }
        }
        // `Routine(format: 1, name: "A", Step(…))`: a step without `steps: [` around it.
        E::NoSuchStructField {
            expected, found, ..
        } if *expected == fields_of::<RawRoutine>() && found == "Step" => {
            syntax(start, S::StepsNotInList)
        }
        // `sides: Left, Right`: the second side read as the next field's name.
        E::NoSuchStructField {
            expected, found, ..
        } if *expected == fields_of::<RawStep>()
            && ["Neither", "Left", "Right", "Both"].contains(&found.as_str()) =>
        {
            syntax(start, S::SidesOneWord { choice: "Both" })
        }
        E::NoSuchStructField {
            expected, found, ..
        } => {
            let context = if *expected == fields_of::<RawRoutine>() {
                Some("Routine")
            } else if *expected == fields_of::<RawStep>() {
                Some("Step")
            } else if *expected == Tone::NAMES {
                Some("Sounds")
            } else if *expected == fields_of::<RawSchedule>() {
                Some("Schedule")
            } else {
                None
            };
            Diagnostic {
                pos: start,
                problem: Problem::UnknownField {
                    found: found.clone(),
                    context,
                    suggestion: closest(found, expected),
                    expected,
                },
            }
        }
        E::NoSuchEnumVariant {
            expected, found, ..
        } => Diagnostic {
            pos: start,
            problem: Problem::UnknownVariant {
                found: found.clone(),
                suggestion: closest(found, expected),
                expected,
            },
        },
        E::DuplicateStructField { field, .. } => Diagnostic {
            pos: start,
            problem: Problem::DuplicateField { field },
        },
        E::ExceededRecursionLimit => Diagnostic {
            pos: start,
            problem: Problem::TooDeep,
        },
        E::InvalidValueForType { .. }
        | E::ExpectedInteger
        | E::ExpectedBoolean
        | E::ExpectedString
        | E::ExpectedArray
        | E::ExpectedOption
        | E::IntegerOutOfBounds
        | E::ExpectedFloat
            if !field.is_empty() =>
        {
            wrong_type(past_blanks(text, start))
        }
        // `steps: [ name: "A", hold: 30 ]`: the fields of a step without `Step(` around them.
        E::ExpectedDifferentStructName { expected, found }
            if *expected == "Step" && text_at(text, start).starts_with(&format!("{found}:")) =>
        {
            syntax(start, S::StepWithoutBrackets)
        }
        // `format: 1, name: …` with no `Routine(` around it: the parser reads the first field's
        // name as the name of the routine's brackets.
        E::ExpectedDifferentStructName { expected, found }
            if *expected == "Routine" && text_at(text, start).starts_with(&format!("{found}:")) =>
        {
            syntax(
                start,
                S::NoRoutineBrackets {
                    first: found.clone(),
                },
            )
        }
        // `step(` or `routine(`.
        E::ExpectedDifferentStructName { expected, found }
            if expected.eq_ignore_ascii_case(found) =>
        {
            syntax(
                start,
                S::Capital {
                    expected: expected.to_string(),
                    found: found.clone(),
                },
            )
        }
        E::ExpectedDifferentStructName { expected, found } => syntax(
            start,
            S::OtherBrackets {
                expected: expected.to_string(),
                found: found.clone(),
            },
        ),
        // `hold: "30s";`: a semicolon where the comma goes.
        E::ExpectedComma if char_at(text, end) == Some(';') => syntax(end, S::Semicolon),
        // `hold: "30s".`: a full stop where the comma goes.
        E::ExpectedComma if char_at(text, end) == Some('.') => syntax(end, S::FullStop),
        E::ExpectedComma => syntax(end, S::MissingComma),
        E::ExpectedStringEnd => syntax(start, S::UnclosedText),
        E::TrailingCharacters => syntax(end, S::AfterTheEnd),
        E::UnclosedBlockComment => syntax(start, S::UnclosedComment),
        // A Windows path such as "images\bench.png": a backslash starts an escape in text.
        E::InvalidEscape(_)
            if path.starts_with("sounds.") || matches!(field, "image" | "voice") =>
        {
            syntax(
                start,
                S::Backslash {
                    field: field.to_owned(),
                },
            )
        }
        E::InvalidEscape(_) => syntax(start, S::Escape { field: named() }),
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => syntax(start, S::ExpectedClose),
        E::ExpectedArrayEnd => syntax(start, S::ExpectedListEnd),
        // `hold = "30s"`.
        E::ExpectedMapColon if char_at(text, past_blanks(text, start)) == Some('=') => {
            let name = word_before(text, start);
            syntax(past_blanks(text, start), S::EqualsSign { name })
        }
        E::ExpectedMapColon => syntax(start, S::ExpectedColon),
        // `prepare: −5`, `reps: –3`: a dash from a word processor where a number goes.
        E::UnexpectedChar(c @ ('−' | '–' | '—')) => syntax(start, S::Dash { dash: *c }),
        // `reps: 3, / three each side`.
        E::UnexpectedChar(_) if char_at(text, start) == Some('/') => syntax(start, S::OneSlash),
        E::UnexpectedChar(c) => syntax(start, S::Unexpected { found: *c }),
        // `reps: 3,,`.
        E::ExpectedIdentifier if char_at(text, start) == Some(',') => syntax(start, S::TwoCommas),
        // `"hold": "30s"`, as JSON writes it.
        E::ExpectedIdentifier if char_at(text, start) == Some('"') => {
            let written = text_at(text, start);
            syntax(start, S::QuotedName { written })
        }
        E::ExpectedIdentifier => syntax(start, S::ExpectedName),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => syntax(start, S::ExpectedOpening),
        other => {
            let message = other.to_string();
            let mut chars = message.chars();
            let message = match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => message,
            };
            syntax(
                start,
                S::Parser {
                    field: named(),
                    message,
                },
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_says_what_its_value_looks_like() {
        let fields = fields_of::<RawRoutine>()
            .iter()
            .chain(fields_of::<RawStep>());
        for field in fields {
            assert_ne!(expected_for("", field), Expected::Other, "{field}");
        }
        for tone in Tone::NAMES {
            let path = format!("sounds.{tone}");
            assert_eq!(expected_for(&path, tone), Expected::SoundFile);
        }
    }
}
