//! From bytes to a checked [`Routine`], collecting every problem with its position.

use std::borrow::Cow;
use std::fs;
use std::io::Read as _;
use std::path::{Component, Path};
use std::time::Duration;

use serde::de::DeserializeOwned;

use super::diagnostic::{Diagnostic, LoadError, Position, Problem};
use super::raw::{
    Located, Mark, PROBE_STOP, ProbeRun, ROUTINE_FIELDS, RawDuration, RawRoutine, RawStep,
    SOUND_FIELDS, STEP_FIELDS, VersionOnly,
};
use super::{Asset, FORMAT_VERSION, Routine, Sides, Step, defaults, parse_duration};

/// Routine files larger than this are refused unread.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// At most this many problems are reported for one file; the first ones matter most.
const MAX_REPORTED: usize = 50;

const MAX_NAME_CHARS: usize = 80;
const MAX_STEPS: usize = 200;
const MAX_REPS: i64 = 50;
const MAX_COUNTDOWN: i64 = 10;
const HOUR: Duration = Duration::from_secs(3600);
const MAX_TOTAL: Duration = Duration::from_secs(24 * 3600);
const BREATHE_MIN: Duration = Duration::from_secs(2);
const BREATHE_MAX: Duration = Duration::from_secs(30);

/// Reads and checks the routine file at `path`. Files it refers to (images, voice recordings) are
/// looked for next to it.
///
/// Never panics, whatever the file holds; every problem found is in the error, in file order.
pub fn load(path: &Path) -> Result<Routine, LoadError> {
    let unreadable = |e: std::io::Error| {
        LoadError::at_start(
            path,
            Problem::Unreadable {
                reason: e.to_string(),
            },
        )
    };
    let meta = fs::metadata(path).map_err(unreadable)?;
    if meta.is_dir() {
        return Err(LoadError::at_start(path, Problem::Folder));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::at_start(
            path,
            Problem::TooLarge { bytes: meta.len() },
        ));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        // The file grew between the size check and the read.
        return Err(LoadError::at_start(
            path,
            Problem::TooLarge {
                bytes: bytes.len() as u64,
            },
        ));
    }
    let folder = path.parent().map(|p| {
        if p.as_os_str().is_empty() {
            Path::new(".")
        } else {
            p
        }
    });
    parse_bytes(&bytes, folder).map_err(|diagnostics| LoadError {
        path: path.to_owned(),
        diagnostics,
    })
}

/// Checks routine bytes, as read from a file in `folder`: a UTF-8 byte-order mark is skipped, other
/// bytes that are not UTF-8 are an error at their position.
///
/// Never panics, whatever the bytes; every problem found is in the error, in file order.
pub fn parse_bytes(bytes: &[u8], folder: Option<&Path>) -> Result<Routine, Vec<Diagnostic>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text, folder),
        Err(e) => {
            let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
            Err(vec![Diagnostic {
                pos: end_of(&valid),
                problem: Problem::NotUtf8 {
                    byte: bytes[e.valid_up_to()],
                },
            }])
        }
    }
}

/// Checks routine text. `folder` is where files it names are looked for; `None` for a routine
/// that is not in a folder (bundled, or unsaved), which may then name no files.
///
/// Never panics, whatever the text; every problem found is in the error, in file order.
///
/// ```
/// use stretch_timer::routine::parse;
///
/// let text = "Routine(\n  format: 1,\n  name: \"Typo\",\n  steps: [Step(name: \"A\", hodl: 30)],\n)";
/// let errors = parse(text, None).unwrap_err();
/// assert_eq!(errors[0].to_string(), r#"4:27: unknown field "hodl" in Step; did you mean "hold"?"#);
/// ```
pub fn parse(text: &str, folder: Option<&Path>) -> Result<Routine, Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text: Cow<'_, str> = if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    };
    if text.trim().is_empty() {
        return Err(vec![Diagnostic {
            pos: Position::START,
            problem: Problem::Empty,
        }]);
    }
    let raw = deserialize(&text)?;
    let mut checker = Checker {
        folder,
        problems: Vec::new(),
    };
    let routine = checker.routine(raw);
    match routine {
        Some(routine) if checker.problems.is_empty() => Ok(routine),
        _ => Err(locate_all::<Located<RawRoutine>>(&text, checker.problems)),
    }
}

fn options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Parses the text into raw structs; a syntax error or a value of the wrong type stops the parse
/// and is the one problem reported.
fn deserialize(text: &str) -> Result<Located<RawRoutine>, Vec<Diagnostic>> {
    let (error, path) = {
        let _run = ProbeRun::start(None);
        let mut de = ron::Deserializer::from_str_with_options(text, &options())
            .map_err(|e| vec![syntax_diagnostic(text, &e, "")])?;
        match serde_path_to_error::deserialize::<_, Located<RawRoutine>>(&mut de) {
            Ok(raw) => match de.end() {
                Ok(()) => return Ok(raw),
                Err(e) => (de.span_error(e), String::new()),
            },
            Err(e) => {
                let path = e.path().to_string();
                (de.span_error(e.into_inner()), path)
            }
        }
    };
    // A file from a newer version fails on fields this version does not know; say so instead.
    if let Some(newer) = newer_format(text) {
        return Err(vec![newer]);
    }
    Err(vec![syntax_diagnostic(text, &error, &path)])
}

/// The "made for a newer stretch-timer" problem, if the text says `format:` higher than ours.
fn newer_format(text: &str) -> Option<Diagnostic> {
    let version = {
        let _run = ProbeRun::start(None);
        options().from_str::<VersionOnly>(text).ok()?.format?
    };
    (version.value > FORMAT_VERSION).then(|| Diagnostic {
        pos: locate::<VersionOnly>(text, version.mark),
        problem: Problem::NewerFormat {
            found: version.value,
        },
    })
}

/// Where value `mark` starts: parse again, stopping just before it, and ask the parser where it is.
fn locate<T: DeserializeOwned>(text: &str, mark: Mark) -> Position {
    let _run = ProbeRun::start(Some(mark));
    match options().from_str::<T>(text) {
        Err(e) if matches!(&e.code, ron::Error::Message(m) if m == PROBE_STOP) => Position {
            line: e.span.end.line,
            col: e.span.end.col,
        },
        // Unreachable for a mark handed out by a parse of the same text; the start of the file is
        // still a useful place to point at.
        _ => Position::START,
    }
}

fn locate_all<T: DeserializeOwned>(
    text: &str,
    mut problems: Vec<(Mark, Problem)>,
) -> Vec<Diagnostic> {
    // Marks are handed out in file order, so the first problems by mark are the first in the file.
    problems.sort_by_key(|(mark, _)| *mark);
    problems.truncate(MAX_REPORTED);
    let mut diagnostics: Vec<Diagnostic> = problems
        .into_iter()
        .map(|(mark, problem)| Diagnostic {
            pos: locate::<T>(text, mark),
            problem,
        })
        .collect();
    diagnostics.sort_by_key(|d| d.pos);
    diagnostics
}

/// Where the text ends, as a position.
fn end_of(text: &str) -> Position {
    let line = 1 + text.matches('\n').count();
    let col = 1 + text.rsplit('\n').next().map_or(0, |l| l.chars().count());
    Position { line, col }
}

/// Whether nothing but white space and comments follows `pos`: the parser met the end of the file.
fn only_blank_after(text: &str, pos: Position) -> bool {
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
    match field {
        "format" | "reps" | "countdown" => "a whole number",
        "name" | "summary" | "author" | "safety" | "instructions" | "image" | "voice" => {
            "text in double quotes"
        }
        "sounds" => "Sounds( ... ) with a file for each cue sound to replace",
        "hold" | "prepare" | "rest" | "switch_sides" | "breathe" => {
            r#"a duration such as 30, "30s" or "1m30s""#
        }
        "halfway" => "true or false",
        "sides" => "one of Neither, Left, Right, Both",
        "steps" => "a list of steps in square brackets: [ Step(...), Step(...) ]",
        _ => "something else",
    }
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
fn syntax_diagnostic(text: &str, e: &ron::error::SpannedError, path: &str) -> Diagnostic {
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
    if !matches!(e.code, E::TrailingCharacters) && only_blank_after(text, start) {
        return syntax(
            end_of(text),
            "the file ends too early: a closing bracket ) or ], or a closing quote \", is missing",
        );
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
            found: match text_at(text, pos) {
                t if t.is_empty() => "empty".to_owned(),
                t => t,
            },
        },
    };
    match &e.code {
        E::NoSuchStructField {
            expected, found, ..
        } => {
            let context = if *expected == ROUTINE_FIELDS {
                "Routine"
            } else if *expected == STEP_FIELDS {
                "Step"
            } else if *expected == SOUND_FIELDS {
                "Sounds"
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
            wrong_type(start)
        }
        E::ExpectedDifferentStructName { expected, found } => syntax(
            start,
            &format!("expected {expected}( here, but found {found}("),
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
        E::ExpectedMapColon => syntax(
            start,
            "expected a colon : between a field's name and its value",
        ),
        E::UnexpectedChar(c) => syntax(start, &format!("unexpected character '{c}'")),
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

/// Raw structs to checked ones, collecting problems.
struct Checker<'a> {
    folder: Option<&'a Path>,
    problems: Vec<(Mark, Problem)>,
}

impl Checker<'_> {
    fn report(&mut self, mark: Mark, problem: Problem) {
        self.problems.push((mark, problem));
    }

    fn routine(&mut self, raw: Located<RawRoutine>) -> Option<Routine> {
        let at = raw.mark;
        let raw = raw.value;
        match raw.format {
            None => self.report(
                at,
                Problem::Missing {
                    field: "format",
                    context: "the routine".to_owned(),
                    example: "format: 1,",
                },
            ),
            Some(Located { value, mark }) if value > FORMAT_VERSION => {
                // Everything else may follow rules this version does not know: say only this.
                self.problems = vec![(mark, Problem::NewerFormat { found: value })];
                return None;
            }
            Some(Located { value, mark }) if value < FORMAT_VERSION => {
                self.report(mark, Problem::BadFormat { found: value });
            }
            Some(_) => {}
        }
        let name = self.name(
            raw.name,
            at,
            "the routine",
            r#"name: "Morning psoas stretch","#,
        );
        let steps = match raw.steps {
            None => {
                self.report(
                    at,
                    Problem::Missing {
                        field: "steps",
                        context: "the routine".to_owned(),
                        example: r#"steps: [ Step(name: "Psoas stretch", hold: "30s") ],"#,
                    },
                );
                Vec::new()
            }
            Some(Located { value, mark }) => {
                if value.is_empty() || value.len() > MAX_STEPS {
                    self.report(mark, Problem::StepCount { found: value.len() });
                }
                value
                    .into_iter()
                    .enumerate()
                    .filter_map(|(i, step)| self.step(step, i + 1))
                    .collect()
            }
        };
        let mut sounds = Vec::new();
        let mut sounds_ok = true;
        for (tone, file) in raw.sounds.into_iter().flat_map(|s| s.value.into_entries()) {
            match self.asset(Some(file), "sound") {
                Some(Some(asset)) => sounds.push((tone, asset)),
                _ => sounds_ok = false,
            }
        }
        let routine = Routine {
            name: name?,
            summary: optional_text(raw.summary),
            author: optional_text(raw.author),
            safety: optional_text(raw.safety),
            sounds,
            steps,
        };
        if !sounds_ok {
            return None;
        }
        let total = routine.total();
        if total > MAX_TOTAL {
            self.report(
                at,
                Problem::TooLongInTotal {
                    hours: total.as_secs() / 3600,
                },
            );
        }
        Some(routine)
    }

    fn name(
        &mut self,
        name: Option<Located<String>>,
        owner: Mark,
        context: &str,
        example: &'static str,
    ) -> Option<String> {
        let Some(Located { value, mark }) = name else {
            self.report(
                owner,
                Problem::Missing {
                    field: "name",
                    context: context.to_owned(),
                    example,
                },
            );
            return None;
        };
        let trimmed = value.trim();
        let chars = trimmed.chars().count();
        if chars == 0 {
            self.report(mark, Problem::EmptyText { field: "name" });
            None
        } else if chars > MAX_NAME_CHARS {
            self.report(
                mark,
                Problem::TooLong {
                    field: "name",
                    chars,
                    max: MAX_NAME_CHARS,
                },
            );
            None
        } else {
            Some(trimmed.to_owned())
        }
    }

    fn step(&mut self, raw: Located<RawStep>, number: usize) -> Option<Step> {
        let at = raw.mark;
        let raw = raw.value;
        let context = format!("step {number}");
        let name = self.name(raw.name, at, &context, r#"name: "Psoas stretch","#);
        let hold = match raw.hold {
            None => {
                self.report(
                    at,
                    Problem::Missing {
                        field: "hold",
                        context,
                        example: r#"hold: "30s","#,
                    },
                );
                None
            }
            some => self.duration(some, "hold", Duration::ZERO, Duration::from_secs(1), HOUR),
        };
        let reps = self.whole(
            raw.reps.as_ref(),
            "reps",
            defaults::REPS,
            1,
            MAX_REPS,
            "from 1 to 50",
        );
        let prepare = self.duration(
            raw.prepare,
            "prepare",
            defaults::PREPARE,
            Duration::ZERO,
            HOUR,
        );
        let rest = self.duration(raw.rest, "rest", defaults::REST, Duration::ZERO, HOUR);
        let switch_sides = self.duration(
            raw.switch_sides,
            "switch_sides",
            defaults::SWITCH_SIDES,
            Duration::ZERO,
            HOUR,
        );
        let countdown = self.whole(
            raw.countdown.as_ref(),
            "countdown",
            defaults::COUNTDOWN,
            0,
            MAX_COUNTDOWN,
            "from 0 to 10",
        );
        let breathe = match raw.breathe {
            None => Some(None),
            some => self
                .duration(some, "breathe", Duration::ZERO, BREATHE_MIN, BREATHE_MAX)
                .map(Some),
        };
        let image = self.asset(raw.image, "image");
        let voice = self.asset(raw.voice, "voice");
        Some(Step {
            name: name?,
            instructions: optional_text(raw.instructions),
            sides: raw.sides.map_or(Sides::Neither, |s| s.value),
            hold: hold?,
            reps: reps?,
            prepare: prepare?,
            rest: rest?,
            switch_sides: switch_sides?,
            countdown: countdown?,
            halfway: raw.halfway.is_some_and(|h| h.value),
            breathe: breathe?,
            image: image?,
            voice: voice?,
        })
    }

    fn whole(
        &mut self,
        raw: Option<&Located<i64>>,
        field: &'static str,
        default: u32,
        min: i64,
        max: i64,
        allowed: &'static str,
    ) -> Option<u32> {
        let Some(&Located { value, mark }) = raw else {
            return Some(default);
        };
        match u32::try_from(value) {
            Ok(v) if (min..=max).contains(&value) => Some(v),
            _ => {
                self.report(
                    mark,
                    Problem::OutOfRange {
                        field,
                        found: value.to_string(),
                        allowed,
                    },
                );
                None
            }
        }
    }

    fn duration(
        &mut self,
        raw: Option<Located<RawDuration>>,
        field: &'static str,
        default: Duration,
        min: Duration,
        max: Duration,
    ) -> Option<Duration> {
        let Some(Located { value, mark }) = raw else {
            return Some(default);
        };
        let allowed = match field {
            "hold" => "from 1s to 1h",
            "breathe" => "from 2s to 30s",
            _ => "from 0s to 1h",
        };
        let (parsed, written) = match value {
            RawDuration::Seconds(s) => (Ok(Duration::from_secs(s)), s.to_string()),
            RawDuration::Negative(n) => {
                self.report(
                    mark,
                    Problem::OutOfRange {
                        field,
                        found: n.to_string(),
                        allowed,
                    },
                );
                return None;
            }
            RawDuration::Fraction(f) => (
                Err(super::DurationError::Fraction(f.to_string())),
                f.to_string(),
            ),
            RawDuration::Text(t) => (parse_duration(&t), format!("\"{t}\"")),
        };
        match parsed {
            Err(source) => {
                self.report(mark, Problem::Duration { field, source });
                None
            }
            Ok(d) if d < min || d > max => {
                self.report(
                    mark,
                    Problem::OutOfRange {
                        field,
                        found: written,
                        allowed,
                    },
                );
                None
            }
            Ok(d) => Some(d),
        }
    }

    /// `Some(None)` when absent, `Some(Some(_))` when found, `None` after reporting a problem.
    fn asset(
        &mut self,
        raw: Option<Located<String>>,
        field: &'static str,
    ) -> Option<Option<Asset>> {
        let Some(Located {
            value: written,
            mark,
        }) = raw
        else {
            return Some(None);
        };
        let Some(folder) = self.folder else {
            self.report(mark, Problem::AssetWithoutFolder { field, written });
            return None;
        };
        let relative = Path::new(&written);
        let inside = relative
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
        if !inside || written.trim().is_empty() {
            self.report(mark, Problem::AssetOutside { field, written });
            return None;
        }
        let path = folder.join(relative);
        if !path.is_file() {
            self.report(
                mark,
                Problem::AssetMissing {
                    field,
                    written,
                    path,
                },
            );
            return None;
        }
        // A link inside the folder may still point out of it.
        let escapes = match (path.canonicalize(), folder.canonicalize()) {
            (Ok(file), Ok(dir)) => !file.starts_with(dir),
            _ => true,
        };
        if escapes {
            self.report(mark, Problem::AssetOutside { field, written });
            return None;
        }
        Some(Some(Asset { written, path }))
    }
}

fn optional_text(raw: Option<Located<String>>) -> Option<String> {
    raw.map(|l| l.value).filter(|t| !t.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_step(fields: &str) -> Result<Step, Vec<String>> {
        let text = format!("Routine(format: 1, name: \"T\", steps: [Step(name: \"S\", {fields})])");
        parse(&text, None)
            .map(|mut r| r.steps.remove(0))
            .map_err(|ds| ds.iter().map(|d| d.problem.to_string()).collect())
    }

    #[test]
    fn defaults_are_the_documented_ones() {
        let step = one_step("hold: 30").unwrap();
        assert_eq!(step.sides, Sides::Neither);
        assert_eq!(step.reps, 1);
        assert_eq!(step.prepare, Duration::from_secs(5));
        assert_eq!(step.rest, Duration::ZERO);
        assert_eq!(step.switch_sides, Duration::from_secs(5));
        assert_eq!(step.countdown, 3);
        assert!(!step.halfway);
        assert_eq!(step.breathe, None);
        assert_eq!(step.instructions, None);
    }

    #[test]
    fn optional_values_may_be_written_with_or_without_some() {
        let a = one_step(r#"hold: 30, breathe: Some("5s")"#).unwrap();
        let b = one_step(r#"hold: 30, breathe: "5s""#).unwrap();
        let c = one_step(r#"hold: 30, breathe: None"#).unwrap();
        assert_eq!(a.breathe, Some(Duration::from_secs(5)));
        assert_eq!(a, b);
        assert_eq!(c.breathe, None);
    }

    #[test]
    fn comments_trailing_commas_crlf_and_bom_are_accepted() {
        let text = "\u{feff}// routine\r\nRoutine(\r\n  format: 1, /* v1 */\r\n  name: \"Windows\",\r\n  steps: [Step(name: \"A\", hold: \"1m\",),],\r\n)\r\n";
        let r = parse(text, None).unwrap();
        assert_eq!(r.name, "Windows");
        assert_eq!(r.steps[0].hold, Duration::from_secs(60));
        let bytes = [
            b"\xEF\xBB\xBF".as_slice(),
            text.trim_start_matches('\u{feff}').as_bytes(),
        ]
        .concat();
        assert_eq!(parse_bytes(&bytes, None).unwrap(), r);
    }

    #[test]
    fn multi_line_instructions_keep_plain_line_breaks() {
        let step = one_step("hold: 30, instructions: \"Lie down.\r\nBreathe.\"").unwrap();
        assert_eq!(step.instructions.as_deref(), Some("Lie down.\nBreathe."));
    }

    #[test]
    fn an_unknown_field_far_from_any_known_one_lists_the_allowed_fields() {
        let errors = one_step("hold: 30, colour: \"red\"").unwrap_err();
        assert_eq!(
            errors,
            [
                "unknown field \"colour\" in Step; allowed here: name, instructions, sides, hold, reps, prepare, rest, switch_sides, countdown, halfway, breathe, image, voice"
            ]
        );
    }

    #[test]
    fn close_misspellings_get_a_suggestion() {
        assert_eq!(
            one_step("hold: 30, rep: 3").unwrap_err(),
            ["unknown field \"rep\" in Step; did you mean \"reps\"?"]
        );
        assert_eq!(
            one_step("hold: 30, switchsides: 3").unwrap_err(),
            ["unknown field \"switchsides\" in Step; did you mean \"switch_sides\"?"]
        );
        assert_eq!(
            one_step("hold: 30, sides: left").unwrap_err(),
            ["unknown sides \"left\"; did you mean \"Left\"?"]
        );
    }

    #[test]
    fn whitespace_only_names_are_empty_and_names_are_trimmed() {
        let r = parse(
            r#"Routine(format: 1, name: "  Morning  ", steps: [Step(name: " A ", hold: 1)])"#,
            None,
        )
        .unwrap();
        assert_eq!(
            (r.name.as_str(), r.steps[0].name.as_str()),
            ("Morning", "A")
        );
        let errors = parse(
            r#"Routine(format: 1, name: " ", steps: [Step(name: "A", hold: 1)])"#,
            None,
        )
        .unwrap_err();
        assert_eq!(errors[0].problem, Problem::EmptyText { field: "name" });
    }

    #[test]
    fn a_routine_without_a_folder_may_not_name_files() {
        assert_eq!(
            one_step(r#"hold: 30, image: "a.png""#).unwrap_err(),
            ["image file \"a.png\" cannot be found: this routine is not saved in a folder yet"]
        );
    }

    #[test]
    fn files_are_found_next_to_the_routine_in_subfolders_too() {
        let folder = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/valid/with-assets"
        ));
        let text = r#"Routine(format: 1, name: "T", steps: [Step(name: "S", hold: 1, image: "images/floor.png", voice: "./intro.wav")])"#;
        let step = parse(text, Some(folder)).unwrap().steps.remove(0);
        let image = step.image.unwrap();
        assert_eq!(image.written, "images/floor.png");
        assert_eq!(image.path, folder.join("images/floor.png"));
        assert!(step.voice.unwrap().path.is_file());
        for outside in [
            "/etc/passwd",
            "../valid/minimal.ron",
            "images/../../x.png",
            "",
        ] {
            let text = format!(
                r#"Routine(format: 1, name: "T", steps: [Step(name: "S", hold: 1, image: "{outside}")])"#
            );
            let errors = parse(&text, Some(folder)).unwrap_err();
            assert!(
                matches!(errors[0].problem, Problem::AssetOutside { .. }),
                "{outside:?}: {errors:?}"
            );
        }
    }

    #[test]
    fn large_numbers_are_out_of_range_not_wrapped() {
        assert_eq!(
            one_step("hold: 30, reps: 4294967297").unwrap_err(),
            ["reps is 4294967297; it must be from 1 to 50"]
        );
        assert_eq!(
            one_step("hold: 3601").unwrap_err(),
            ["hold is 3601; it must be from 1s to 1h"]
        );
    }
}
