//! Mistakes people make when they type a routine, recognised from what is written where the
//! parser stopped, and said as what to write instead. The parser's own complaint ("a comma is
//! missing") is true of the text but names the wrong problem: `hold: 30s` needs quotes, not a comma.

use crate::routine::Drawing;
use crate::routine::diagnostic::{Diagnostic, Expected, Position, Problem};
use crate::routine::fields::{Kind, kind_of};
use crate::routine::slip::{OddSpace, SyntaxKind as S};

/// Quotation marks a word processor puts in place of `"`.
pub(super) const CURLY_QUOTES: &[char] = &['“', '”', '„', '‟', '‘', '’', '‚', '«', '»'];

/// Numbers people write as words, and their digits.
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("twelve", 12),
    ("fifteen", 15),
    ("twenty", 20),
    ("thirty", 30),
];

/// A value as written, with the field it belongs to.
struct Written {
    /// The field's name, as written before the colon.
    field: String,
    /// The value, as written after the colon: through its closing quote if it has one, else up to
    /// the next comma or bracket.
    value: String,
    /// Where the value starts.
    at: Position,
}

/// The value that `pos` is in or just after, and its field: scanning back on the line to the
/// colon that follows a field name.
fn written_at(text: &str, pos: Position) -> Option<Written> {
    let line: Vec<char> = text
        .lines()
        .nth(pos.line.checked_sub(1)?)?
        .chars()
        .collect();
    let upto = pos.col.saturating_sub(1).min(line.len());
    let colon = line[..upto].iter().rposition(|c| *c == ':')?;
    let key_end = line[..colon].iter().rposition(|c| !c.is_whitespace())? + 1;
    let key_start = line[..key_end]
        .iter()
        .rposition(|c| !(c.is_alphanumeric() || *c == '_'))
        .map_or(0, |i| i + 1);
    let field: String = line[key_start..key_end].iter().collect();
    if field.is_empty() {
        return None;
    }
    let value_start = colon
        + 1
        + line[colon + 1..]
            .iter()
            .take_while(|c| c.is_whitespace())
            .count();
    let rest = &line[value_start..];
    let value: String = match rest.first() {
        Some(q) if *q == '"' || CURLY_QUOTES.contains(q) => {
            let close = rest[1..]
                .iter()
                .position(|c| *c == '"' || CURLY_QUOTES.contains(c))
                .map_or(rest.len(), |i| i + 2);
            rest[..close].iter().collect()
        }
        _ => {
            // Up to the next comma, bracket, space, colon or semicolon; brackets opened in the
            // value, and a comma between digits (a decimal comma), belong to it.
            let mut depth = 0usize;
            let mut value = String::new();
            for (i, c) in rest.iter().enumerate() {
                let decimal_comma = *c == ','
                    && value.ends_with(|p: char| p.is_ascii_digit())
                    && rest.get(i + 1).is_some_and(char::is_ascii_digit);
                match c {
                    '(' => depth += 1,
                    ')' if depth > 0 => depth -= 1,
                    _ if depth > 0 || decimal_comma => {}
                    ',' | ')' | ']' | ':' | ';' => break,
                    c if c.is_whitespace() => break,
                    _ => {}
                }
                value.push(*c);
            }
            value
        }
    };
    Some(Written {
        field,
        value,
        at: Position {
            line: pos.line,
            col: value_start + 1,
        },
    })
}

fn syntax(pos: Position, kind: S) -> Diagnostic {
    Diagnostic {
        pos,
        problem: Problem::Syntax(kind),
    }
}

/// A space pasted from a word processor on the line where the parser stopped, outside text in
/// quotes: the parser takes it for part of a value, and the message would name the value.
fn odd_space(text: &str, pos: Position) -> Option<Diagnostic> {
    let line = text.lines().nth(pos.line.checked_sub(1)?)?;
    let mut quoted = false;
    for (i, c) in line.chars().enumerate() {
        if c == '"' {
            quoted = !quoted;
        }
        if quoted {
            continue;
        }
        if let Some(&(_, space)) = OddSpace::ALL.iter().find(|(odd, _)| *odd == c) {
            return Some(syntax(
                Position {
                    line: pos.line,
                    col: i + 1,
                },
                S::OddSpace { space },
            ));
        }
    }
    None
}

/// The rest of the line after the `len` characters of the value at `at`.
/// The word after `value` and a space (`30 sec`, `3 times`), unless it is the next field's name
/// (`hold: 30 reps: 3` is a missing comma instead).
fn word_after(text: &str, at: Position, value: &str) -> Option<String> {
    let after = rest_of_line(text, at, value.chars().count());
    let word: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let a_field = after
        .trim_start()
        .chars()
        .skip(word.chars().count())
        .find(|c| !c.is_whitespace())
        == Some(':');
    (!word.is_empty() && !a_field && after.starts_with(char::is_whitespace)).then_some(word)
}

fn rest_of_line(text: &str, at: Position, len: usize) -> String {
    text.lines()
        .nth(at.line.saturating_sub(1))
        .map(|line| line.chars().skip(at.col.saturating_sub(1) + len).collect())
        .unwrap_or_default()
}

/// The value between its quotes, if it is quoted.
fn unquoted(value: &str) -> Option<&str> {
    value.strip_prefix('"')?.strip_suffix('"')
}

/// What a true-or-false value written another way means (`True`, `yes`, `1`, `off`), as the
/// format writes it; `None` for anything else.
fn meant_bool(written: &str) -> Option<&'static str> {
    match written.trim().to_lowercase().as_str() {
        "true" | "yes" | "y" | "on" | "1" => Some("true"),
        "false" | "no" | "n" | "off" | "0" => Some("false"),
        _ => None,
    }
}

/// A typing mistake at the value where the parser stopped at `pos`, said as what to write; `None`
/// when it is not one of the mistakes known here.
pub(super) fn recognise(text: &str, pos: Position) -> Option<Diagnostic> {
    if let Some(odd) = odd_space(text, pos) {
        return Some(odd);
    }
    let Written { field, value, at } = written_at(text, pos)?;
    let field = field.as_str();
    let kind = kind_of(field);
    let duration = kind == Some(Kind::Duration);
    let whole = kind == Some(Kind::Whole);
    let boolean = kind == Some(Kind::Bool);

    // `hold: '30s'`: text in single quotes, as some languages write it.
    if value.starts_with('\'') {
        // Up to the quote that ends the value (followed by a comma, a bracket or the end of the
        // line): the text may hold spaces and apostrophes, as in 'Anna's stretch'.
        let line: Vec<char> = rest_of_line(text, at, 1).chars().collect();
        let end = (0..line.len())
            .find(|&i| {
                line[i] == '\''
                    && line[i + 1..]
                        .iter()
                        .find(|c| !c.is_whitespace())
                        .is_none_or(|c| matches!(c, ',' | ')' | ']'))
            })
            .unwrap_or(line.len());
        let inner: String = line[..end].iter().collect();
        return Some(syntax(
            at,
            S::SingleQuotes {
                field: field.to_owned(),
                inner,
            },
        ));
    }
    // `reps: 3x10`: sets and repetitions in one value.
    if whole
        && value.contains(['x', 'X', '×', '*'])
        && value.starts_with(|c: char| c.is_ascii_digit())
    {
        return Some(syntax(
            at,
            S::Sets {
                field: field.to_owned(),
                value,
            },
        ));
    }
    let digits = !value.is_empty() && value.chars().all(|c| c.is_ascii_digit());
    // `hold: 1:30`: minutes and seconds as a clock writes them.
    if duration && digits {
        let after = rest_of_line(text, at, value.chars().count());
        let seconds: String = after
            .strip_prefix(':')
            .unwrap_or_default()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if let Ok(n) = seconds.parse::<u32>() {
            let meant = if n == 0 {
                format!("{value}m")
            } else {
                format!("{value}m{n}s")
            };
            return Some(syntax(
                at,
                S::ClockTime {
                    field: field.to_owned(),
                    meant,
                    minutes: value,
                    seconds,
                },
            ));
        }
    }
    // `reps: 3 times`: a word after the number.
    if whole
        && digits
        && let Some(word) = word_after(text, at, &value)
    {
        return Some(syntax(
            at,
            S::WordAfterNumber {
                field: field.to_owned(),
                value,
                word,
            },
        ));
    }
    // `sides: Left and right`, `sides: Both sides`.
    if kind == Some(Kind::Sides)
        && let Some(choice) = ["Neither", "Left", "Right", "Both"]
            .into_iter()
            .find(|c| c.eq_ignore_ascii_case(&value))
    {
        let after = rest_of_line(text, at, value.chars().count());
        let phrase: String = after
            .chars()
            .take_while(|c| !matches!(c, ',' | ')' | ']'))
            .collect();
        if after.starts_with(char::is_whitespace) && !phrase.trim().is_empty() {
            let words = format!("{value}{phrase}").to_lowercase();
            let choice = if words.contains("left") && words.contains("right") {
                "Both"
            } else {
                choice
            };
            return Some(syntax(at, S::SidesOneWord { choice }));
        }
    }
    // `hold: 30 sec`: a number, a space, a unit.
    if duration
        && digits
        && let Some(unit) = word_after(text, at, &value)
    {
        let short = match unit.to_lowercase().chars().next() {
            Some('m') => "m",
            Some('h') => "h",
            _ => "s",
        };
        return Some(syntax(
            at,
            S::UnitAfterSpace {
                field: field.to_owned(),
                value,
                unit: short,
                word: unit,
            },
        ));
    }

    if value.starts_with(CURLY_QUOTES) {
        let straight: String = value
            .chars()
            .map(|c| if CURLY_QUOTES.contains(&c) { '"' } else { c })
            .collect();
        return Some(syntax(
            at,
            S::CurlyQuotes {
                field: field.to_owned(),
                straight,
            },
        ));
    }
    if let Some(inner) = unquoted(&value) {
        if whole && inner.trim().parse::<i64>().is_ok() {
            return Some(syntax(
                at,
                S::QuotedNumber {
                    field: field.to_owned(),
                    number: inner.trim().to_owned(),
                },
            ));
        }
        if boolean && let Some(meant) = meant_bool(inner) {
            let inner = inner.trim();
            let field = field.to_owned();
            return Some(syntax(
                at,
                if inner == meant {
                    S::QuotedBool { field, meant }
                } else if inner.eq_ignore_ascii_case(meant) {
                    S::QuotedCapitalBool {
                        field,
                        meant,
                        value,
                    }
                } else {
                    S::QuotedWordBool {
                        field,
                        meant,
                        value,
                    }
                },
            ));
        }
        if kind == Some(Kind::Sides) {
            let choice = ["Neither", "Left", "Right", "Both"]
                .into_iter()
                .find(|c| c.eq_ignore_ascii_case(inner.trim()));
            return Some(syntax(
                at,
                match choice {
                    Some(choice) => S::QuotedSides {
                        choice,
                        inner: inner.to_owned(),
                    },
                    None => S::QuotedOtherSides,
                },
            ));
        }
        return None;
    }
    if boolean && let Some(meant) = meant_bool(&value) {
        return Some(syntax(
            at,
            if value.eq_ignore_ascii_case(meant) {
                S::CapitalBool {
                    field: field.to_owned(),
                    meant,
                    value,
                }
            } else {
                S::WordBool {
                    field: field.to_owned(),
                    meant,
                    value,
                }
            },
        ));
    }
    let starts_with_digit = value.starts_with(|c: char| c.is_ascii_digit());
    if duration && starts_with_digit && value.contains(char::is_alphabetic) {
        return Some(syntax(
            at,
            S::UnquotedUnit {
                field: field.to_owned(),
                value,
            },
        ));
    }
    if whole && starts_with_digit && value.contains(['.', ',']) {
        return Some(Diagnostic {
            pos: at,
            problem: Problem::WrongType {
                field: Some(field.to_owned()),
                expected: Expected::Value(Kind::Whole),
                found: Some(value),
            },
        });
    }
    // `reps: 2-3`, `hold: 30–45`: a range, where the routine needs one number.
    if (whole || duration)
        && let Some((low, high)) = value.split_once(['-', '–', '—'])
        && !low.is_empty()
        && low.chars().all(|c| c.is_ascii_digit())
        && high.chars().all(|c| c.is_ascii_digit())
    {
        return Some(syntax(
            at,
            S::Range {
                field: field.to_owned(),
                whole,
                low: low.to_owned(),
                value: value.clone(),
            },
        ));
    }
    if duration && starts_with_digit && value.contains(',') {
        return Some(syntax(
            at,
            S::DecimalComma {
                field: field.to_owned(),
                value,
            },
        ));
    }
    if whole
        && let Some((_, n)) = NUMBER_WORDS
            .iter()
            .find(|(word, _)| word.eq_ignore_ascii_case(&value))
    {
        return Some(syntax(
            at,
            S::NumberWord {
                field: field.to_owned(),
                number: *n,
                value,
            },
        ));
    }
    if let Some((word, inner)) = value.split_once('(')
        && !word.is_empty()
        && word.chars().all(char::is_alphabetic)
        && word != "Some"
        && strsim::jaro_winkler(&word.to_lowercase(), "some") >= 0.8
    {
        let inner = inner.strip_suffix(')').unwrap_or(inner);
        return Some(syntax(
            at,
            S::SomeCapital {
                field: field.to_owned(),
                inner: inner.to_owned(),
            },
        ));
    }
    // `prepare: none`, `breathe: none`.
    if duration && value.eq_ignore_ascii_case("none") {
        return Some(syntax(
            at,
            if field == "breathe" {
                S::BreatheNone
            } else {
                S::DurationNone {
                    field: field.to_owned(),
                }
            },
        ));
    }
    if kind == Some(Kind::Sides) && value.eq_ignore_ascii_case("none") {
        return Some(syntax(at, S::SidesNone));
    }
    // `reps: 3%`: something after the number.
    if whole && starts_with_digit && !digits {
        let number: String = value.chars().take_while(char::is_ascii_digit).collect();
        return Some(syntax(
            at,
            S::AfterNumber {
                field: field.to_owned(),
                number,
                value,
            },
        ));
    }
    // `drawing: knees-to-chest`, as `sides: Both` is written.
    if kind == Some(Kind::Drawing)
        && let Some(drawing) = Drawing::from_id(&value).or_else(|| Drawing::suggest(&value))
    {
        return Some(syntax(at, S::UnquotedDrawing { id: drawing.id() }));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: &str, col: usize) -> Option<String> {
        recognise(line, Position { line: 1, col }).map(|d| format!("{d}"))
    }

    #[test]
    fn the_value_and_its_field_are_read_back_from_the_line() {
        let w = written_at(
            r#"Step(name: "S", hold: 30s),"#,
            Position { line: 1, col: 25 },
        )
        .unwrap();
        assert_eq!(
            (w.field.as_str(), w.value.as_str(), w.at.col),
            ("hold", "30s", 23)
        );
        let w = written_at(r#"  breathe: Som("5s"),"#, Position { line: 1, col: 16 }).unwrap();
        assert_eq!(
            (w.field.as_str(), w.value.as_str()),
            ("breathe", r#"Som("5s")"#)
        );
    }

    #[test]
    fn each_known_mistake_is_said_as_what_to_write() {
        assert_eq!(
            at("hold: 30s,", 9).as_deref(),
            Some(r#"1:7: hold: a duration with a unit is written in double quotes: "30s""#)
        );
        assert_eq!(
            at("reps: 3.0,", 8).as_deref(),
            Some("1:7: reps must be a whole number, but this is 3.0")
        );
        assert_eq!(
            at(r#"sides: "both","#, 8).as_deref(),
            Some(r#"1:8: sides is written without quotes: Both, not "both""#)
        );
        assert_eq!(
            at("reps: three,", 7).as_deref(),
            Some("1:7: reps is written in digits: 3, not three")
        );
        assert_eq!(
            at("reps: 3,5)", 9).as_deref(),
            Some("1:7: reps must be a whole number, but this is 3,5")
        );
        for (line, said) in [
            (
                "halfway: True,",
                "halfway is written in small letters: true, not True",
            ),
            (
                "read_instructions: yes,",
                "read_instructions is true or false: write true, not yes",
            ),
            (
                "read_instructions: 0,",
                "read_instructions is true or false: write false, not 0",
            ),
            (
                r#"read_instructions: "yes","#,
                r#"read_instructions is true or false, without quotes: write true, not "yes""#,
            ),
            (
                r#"read_instructions: "False","#,
                r#"read_instructions is written in small letters, without quotes: false, not "False""#,
            ),
            (
                r#"halfway: "true","#,
                "halfway is written without quotes: true",
            ),
        ] {
            let col = line.find(':').unwrap() + 3;
            let expected = format!("1:{col}: {said}");
            assert_eq!(at(line, col).as_deref(), Some(expected.as_str()), "{line}");
        }
        assert_eq!(
            at("halfway: maybe,", 10),
            None,
            "said as a value of the wrong kind"
        );
        assert_eq!(at("reps: 3,", 8), None, "a correct value is no mistake");
        assert_eq!(at("hold: 30 reps: 3", 10), None, "a missing comma is one");
    }
}
