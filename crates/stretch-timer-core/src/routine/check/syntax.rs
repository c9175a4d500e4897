//! A parse error, said in words a therapist can act on.

use super::{mistakes, slips};
use crate::cue_sounds::Tone;
use crate::routine::diagnostic::{Diagnostic, Position, Problem};
use crate::routine::fields::{Kind, kind_of};
use crate::routine::raw::{RawRoutine, RawSchedule, RawStep, fields_of};

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
fn expected_for(path: &str, field: &str) -> &'static str {
    if path.starts_with("sounds.") {
        return "a file name in double quotes";
    }
    kind_of(field).map_or("something else", Kind::expected)
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
    let syntax = |pos: Position, message: &str| Diagnostic {
        pos,
        problem: Problem::Syntax {
            message: message.to_owned(),
        },
    };
    // A slip the parser reads as something else (a quote inside text, a step not closed) is
    // said as what happened, at its own place.
    if let Some(slip) = slips::recognise(text, start, end) {
        return slip;
    }
    if !matches!(e.code, E::TrailingCharacters) && only_blank_after(text, start) {
        return syntax(
            end_of(text),
            "the file ends too early: a closing bracket ) or ], or a closing quote \", is missing",
        );
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
            field: if field.is_empty() {
                "this".to_owned()
            } else {
                field.to_owned()
            },
            expected: expected_for(path, field).to_owned(),
            // The parser may stop just after a word it read (`breathe: yes,`).
            found: match text_at(text, pos) {
                t if t.is_empty() => word_before(text, pos).unwrap_or_else(|| "empty".to_owned()),
                t => t,
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
                    context: "a Step( ... )",
                    belongs: "Routine( ... )",
                    hint: "write it once, before steps: [",
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
                    context: "Routine( ... )",
                    belongs: "each Step( ... )",
                    hint: "move it into the steps that need it",
                },
            }
        }
        // `Routine(format: 1, name: "A", Step(…))`: a step without `steps: [` around it.
        E::NoSuchStructField {
            expected, found, ..
        } if *expected == fields_of::<RawRoutine>() && found == "Step" => syntax(
            start,
            "the steps are written in a list: steps: [ Step( ... ), Step( ... ) ], after the routine's other fields",
        ),
        // `sides: Left, Right`: the second side read as the next field's name.
        E::NoSuchStructField {
            expected, found, ..
        } if *expected == fields_of::<RawStep>()
            && ["Neither", "Left", "Right", "Both"].contains(&found.as_str()) =>
        {
            syntax(
                start,
                "sides is one word, one of Neither, Left, Right or Both (Both works the left side, then the right): write sides: Both",
            )
        }
        E::NoSuchStructField {
            expected, found, ..
        } => {
            let context = if *expected == fields_of::<RawRoutine>() {
                "Routine"
            } else if *expected == fields_of::<RawStep>() {
                "Step"
            } else if *expected == Tone::NAMES {
                "Sounds"
            } else if *expected == fields_of::<RawSchedule>() {
                "Schedule"
            } else {
                "this place"
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
            syntax(
                start,
                r#"each step is written Step( ... ) around its fields, as in Step(name: "Psoas stretch", hold: "30s")"#,
            )
        }
        // `format: 1, name: …` with no `Routine(` around it: the parser reads the first field's
        // name as the name of the routine's brackets.
        E::ExpectedDifferentStructName { expected, found }
            if *expected == "Routine" && text_at(text, start).starts_with(&format!("{found}:")) =>
        {
            syntax(
                start,
                &format!(
                    "a routine file starts with Routine( and ends with ): write Routine( before {found}: and a closing ) at the very end"
                ),
            )
        }
        // `step(` or `routine(`.
        E::ExpectedDifferentStructName { expected, found }
            if expected.eq_ignore_ascii_case(found) =>
        {
            syntax(
                start,
                &format!("write {expected}( with a capital letter, not {found}("),
            )
        }
        E::ExpectedDifferentStructName { expected, found } => syntax(
            start,
            &format!("expected {expected}( here, but found {found}("),
        ),
        // `hold: "30s";`: a semicolon where the comma goes.
        E::ExpectedComma if char_at(text, end) == Some(';') => syntax(
            end,
            "write a comma here, not a semicolon: fields and steps are separated by commas",
        ),
        // `hold: "30s".`: a full stop where the comma goes.
        E::ExpectedComma if char_at(text, end) == Some('.') => syntax(
            end,
            "write a comma here, not a full stop: fields and steps are separated by commas",
        ),
        E::ExpectedComma => syntax(
            end,
            "a comma is missing before this: put a comma after each field and after each step",
        ),
        E::ExpectedStringEnd => syntax(
            start,
            "this text is not closed: a closing double quote \" is missing",
        ),
        E::TrailingCharacters => syntax(
            end,
            "there is more after the end of the routine: the routine's closing ) must be the last thing in the file",
        ),
        E::UnclosedBlockComment => syntax(start, "a /* comment is not closed with */"),
        // A Windows path such as "images\bench.png": a backslash starts an escape in text.
        E::InvalidEscape(_)
            if path.starts_with("sounds.") || matches!(field, "image" | "voice") =>
        {
            syntax(
                start,
                &format!(
                    "{field}: write the file's path with forward slashes, as in \"images/bench.png\"; a backslash \\ has another meaning in text"
                ),
            )
        }
        E::InvalidEscape(_) => syntax(
            start,
            &format!(
                "{}a backslash \\ in text must be followed by n (new line), t (tab), \" or another \\; to write a backslash itself, write \\\\",
                if field.is_empty() {
                    String::new()
                } else {
                    format!("{field}: ")
                }
            ),
        ),
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => syntax(
            start,
            "expected a closing ) here, or a comma before the next field",
        ),
        E::ExpectedArrayEnd => syntax(
            start,
            "expected a closing ] here, or a comma before the next step",
        ),
        // `hold = "30s"`.
        E::ExpectedMapColon if char_at(text, past_blanks(text, start)) == Some('=') => {
            let name = word_before(text, start).unwrap_or_else(|| "the field's name".to_owned());
            syntax(
                past_blanks(text, start),
                &format!("write a colon : between {name} and its value, not =: {name}: …"),
            )
        }
        E::ExpectedMapColon => syntax(
            start,
            "expected a colon : between a field's name and its value",
        ),
        // `prepare: −5`, `reps: –3`: a dash from a word processor where a number goes.
        E::UnexpectedChar(c @ ('−' | '–' | '—')) => syntax(
            start,
            &format!(
                "there is a dash {c} here, as a word processor writes it; write the value with digits only"
            ),
        ),
        // `reps: 3, / three each side`.
        E::UnexpectedChar(_) if char_at(text, start) == Some('/') => syntax(
            start,
            "a comment starts with two slashes: write // in place of /",
        ),
        E::UnexpectedChar(c) => syntax(start, &format!("unexpected character '{c}'")),
        // `reps: 3,,`.
        E::ExpectedIdentifier if char_at(text, start) == Some(',') => {
            syntax(start, "there are two commas here; delete one")
        }
        // `"hold": "30s"`, as JSON writes it.
        E::ExpectedIdentifier if char_at(text, start) == Some('"') => {
            let name = text_at(text, start);
            syntax(
                start,
                &format!(
                    "a field's name is written without quotes: {}, not {name}",
                    name.trim_matches('"')
                ),
            )
        }
        E::ExpectedIdentifier => syntax(start, "expected a field name here"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => syntax(
            start,
            "expected an opening ( here: a routine file is Routine( ... ) and each step is Step( ... )",
        ),
        other => {
            let message = other.to_string();
            let mut chars = message.chars();
            let message = match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => message,
            };
            if field.is_empty() {
                syntax(start, &message)
            } else {
                syntax(start, &format!("{field}: {message}"))
            }
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
            assert_ne!(expected_for("", field), "something else", "{field}");
        }
        for tone in Tone::NAMES {
            let path = format!("sounds.{tone}");
            assert_eq!(expected_for(&path, tone), "a file name in double quotes");
        }
    }
}
