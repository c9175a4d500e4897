//! What can be wrong with a routine file, said so that a therapist can act on it.

use std::borrow::Cow;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::limits;
use crate::routine::fields::Kind;
use crate::routine::slip::SyntaxKind;
use crate::routine::{Drawing, Refusal, TagFault, VoiceLanguage, format_duration};

/// A place in a routine file: 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column number, from 1, in characters.
    pub col: usize,
}

impl Position {
    /// The start of a file.
    pub const START: Position = Position { line: 1, col: 1 };
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// One thing wrong with a routine file. The message says what was found and what was expected, and
/// gives a hint where one helps.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// The file has no content at all.
    #[error("the file is empty; a routine file starts with Routine( and lists its steps")]
    Empty,
    /// The file is larger than any routine could reasonably be.
    #[error(
        "the file is {bytes} bytes; a routine file may be at most {} ({} bytes)",
        limits::size_text(limits::ROUTINE_FILE_BYTES),
        limits::ROUTINE_FILE_BYTES
    )]
    TooLarge {
        /// Size of the file.
        bytes: u64,
    },
    /// A folder was given where a routine file was expected.
    #[error("this is a folder, not a routine file")]
    Folder,
    /// More problems than are reported: these were left out, from this point on.
    #[error(
        "{count} more {} from here on {} not listed (only the first {} are); correct the ones above and check again",
        if *count == 1 { "problem" } else { "problems" },
        if *count == 1 { "is" } else { "are" },
        crate::limits::REPORTED_PROBLEMS
    )]
    MoreProblems {
        /// How many were left out.
        count: usize,
    },
    /// A named pipe, a device or a socket where a routine file was expected: skipped unopened,
    /// since opening a pipe waits for a writer that may never come.
    #[error("this is {kind}, not a routine file; it was skipped without being opened")]
    NotAFile {
        /// What it is: a named pipe, a device, a socket.
        kind: Special,
    },
    /// The file could not be read at all (how [`LoadError::Io`] is listed with other problems).
    #[error("cannot read the file: {reason}")]
    Unreadable {
        /// What the operating system said.
        reason: String,
    },
    /// The bytes are not UTF-8 text.
    #[error("the file is not UTF-8 text (byte 0x{byte:02x} here); save it as UTF-8 in your editor")]
    NotUtf8 {
        /// The first byte that is not valid UTF-8.
        byte: u8,
    },
    /// The text is not valid RON: a bracket, comma or quote is missing or out of place.
    #[error("{0}")]
    Syntax(SyntaxKind),
    /// The brackets nest deeper than any routine needs.
    #[error("brackets are nested too deeply; a routine needs only a few levels")]
    TooDeep,
    /// A field name that the format does not have, such as a typo.
    #[error(
        "unknown field \"{found}\" in {}{}",
        .context.unwrap_or("this place"),
        suggestion_text(*.suggestion, expected)
    )]
    UnknownField {
        /// The name as written.
        found: String,
        /// `Routine`, `Step`, `Sounds` or `Schedule`; `None` elsewhere.
        context: Option<&'static str>,
        /// The closest known field name, if one is close.
        suggestion: Option<&'static str>,
        /// Every field allowed here.
        expected: &'static [&'static str],
    },
    /// A field of the routine written in a step, or a step's field written in the routine.
    #[error("\"{found}\" is written in {}", .place.text())]
    MisplacedField {
        /// The name as written.
        found: String,
        /// Where it is written, and where it belongs.
        place: Misplaced,
    },
    /// `sides:` with a value other than Neither, Left, Right or Both.
    #[error("unknown sides \"{found}\"{}", suggestion_text(*.suggestion, expected))]
    UnknownVariant {
        /// The value as written.
        found: String,
        /// The closest allowed value, if one is close.
        suggestion: Option<&'static str>,
        /// Every value allowed here.
        expected: &'static [&'static str],
    },
    /// `drawing:` with a value that is not one of the built-in drawings' names.
    #[error("{}", drawing_text(found, *.suggestion))]
    UnknownDrawing {
        /// The value as written, between its quotes.
        found: String,
        /// The drawing probably meant, if one is close.
        suggestion: Option<Drawing>,
    },
    /// `language:` with a value that is not a language tag, or names a language the voice does
    /// not speak.
    #[error("{}", language_text(found, fault))]
    Language {
        /// The value as written, between its quotes.
        found: String,
        /// What is wrong with it.
        fault: TagFault,
    },
    /// A field written twice in the same place.
    #[error("\"{field}\" is written twice; keep one")]
    DuplicateField {
        /// The field name.
        field: &'static str,
    },
    /// A value of the wrong kind, e.g. text where a number belongs.
    #[error(
        "{} must be {}, but this is {}",
        .field.as_deref().unwrap_or("this"),
        .expected.text(),
        .found.as_deref().unwrap_or("empty")
    )]
    WrongType {
        /// The field, as a person would name it (`reps`, `steps`), if known.
        field: Option<String>,
        /// What belongs there.
        expected: Expected,
        /// What is there, as written; `None` if nothing is.
        found: Option<String>,
    },
    /// A required field is absent.
    #[error("{owner} has no \"{field}\"; add one, e.g. {example}")]
    Missing {
        /// The missing field.
        field: &'static str,
        /// The routine, or which step.
        owner: Owner,
        /// A line to copy.
        example: &'static str,
    },
    /// `format:` names a version this program does not read.
    #[error(
        "this routine was made for a newer stretch-timer (format {found}); this version reads format 1: please update stretch-timer"
    )]
    NewerFormat {
        /// The version written in the file.
        found: i64,
    },
    /// `format:` is zero or negative.
    #[error("format {found} does not exist; write format: 1")]
    BadFormat {
        /// The version written in the file.
        found: i64,
    },
    /// A duration that cannot be read.
    #[error("{field}: {source}")]
    Duration {
        /// The field.
        field: &'static str,
        /// Why it cannot be read.
        source: super::DurationError,
    },
    /// A number or duration outside its allowed range.
    #[error("{field} is {found}; it must be {allowed}")]
    OutOfRange {
        /// The field.
        field: &'static str,
        /// The value as written.
        found: String,
        /// The allowed range.
        allowed: Allowed,
    },
    /// A text that must say something is empty.
    #[error("{field} is empty; give it a short name a client will recognise")]
    EmptyText {
        /// The field.
        field: &'static str,
    },
    /// A text holding a character that cannot be shown or printed, such as NUL.
    #[error(
        "{field} holds an invisible control character (U+{code:04X}){}; remove it",
        after_text(after)
    )]
    ControlCharacter {
        /// The field.
        field: &'static str,
        /// The character's code point.
        code: u32,
        /// The text before it, shortened: where to look.
        after: String,
    },
    /// A file field with nothing between its quotes.
    #[error("{field} is empty; write the file's name between the quotes, or leave {field} out")]
    EmptyFile {
        /// `image`, `voice` or `sound`.
        field: &'static str,
    },
    /// A file holding nothing but comments.
    #[error(
        "the file holds only comments; a routine file starts with Routine( and lists its steps"
    )]
    OnlyComments,
    /// A text longer than its limit.
    #[error("{field} is {chars} characters long; it may be at most {max}")]
    TooLong {
        /// The field.
        field: &'static str,
        /// Its length in characters.
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// Too few or too many steps.
    #[error("the routine has {found} steps; it must have {}", limits::STEPS)]
    StepCount {
        /// How many steps the file lists.
        found: usize,
    },
    /// The whole routine would run longer than a day.
    #[error(
        "the routine would last {hours} hours in total; a routine may last at most {} hours",
        limits::ROUTINE_TOTAL.as_secs() / 3600
    )]
    TooLongInTotal {
        /// Total length in whole hours.
        hours: u64,
    },
    /// An image or voice file that is not there.
    #[error("{field} file \"{written}\" is not next to the routine (looked for {})", .path.display())]
    AssetMissing {
        /// `image` or `voice`.
        field: &'static str,
        /// The path as written in the routine.
        written: String,
        /// Where it was looked for.
        path: PathBuf,
    },
    /// An image or voice path that leaves the routine's folder.
    #[error(
        "{field} file \"{written}\" is outside the routine's folder; put the file next to the routine and write just its name"
    )]
    AssetOutside {
        /// `image` or `voice`.
        field: &'static str,
        /// The path as written in the routine.
        written: String,
    },
    /// A routine that is not in a folder (bundled, or typed into the editor before saving) cannot
    /// refer to files.
    #[error(
        "{field} file \"{written}\" cannot be found: this routine is not saved in a folder yet"
    )]
    AssetWithoutFolder {
        /// `image` or `voice`.
        field: &'static str,
        /// The path as written in the routine.
        written: String,
    },
    /// A file that is there but cannot be shown or played, as the shell's [`AssetCheck`] found.
    ///
    /// [`AssetCheck`]: crate::routine::AssetCheck
    #[error("{field} file \"{written}\" cannot be used: {reason}")]
    AssetUnusable {
        /// `image`, `voice` or `sound`.
        field: &'static str,
        /// The path as written in the routine.
        written: String,
        /// Why, as the shell's check found it.
        reason: Refused,
    },
    /// A step's recording would still be playing when its hold starts: it plays after the step's
    /// start cue, within the step's get-ready time.
    #[error(
        "voice file \"{written}\" lasts {:.1}s, longer than this step's get-ready time allows: it plays after the step's start cue (up to {:.1}s with its words), and prepare is {}; make prepare at least {}, or shorten the recording",
        .length.as_secs_f64(),
        crate::limits::VOICE_AFTER_START.as_secs_f64(),
        format_duration(*.prepare),
        format_duration(*.needed)
    )]
    VoiceTooLong {
        /// The path as written in the routine.
        written: String,
        /// How long the recording plays.
        length: Duration,
        /// The step's get-ready time.
        prepare: Duration,
        /// The get-ready time it needs, in whole seconds.
        needed: Duration,
    },
}

/// Why a file a routine names cannot be used: the shell's own error, kept whole so that the
/// shell can say it in the reader's language (`Display` gives its English).
#[derive(Debug, Clone)]
pub struct Refused(pub Refusal);

impl PartialEq for Refused {
    /// The same error, or one that says the same.
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0) || self.0.to_string() == other.0.to_string()
    }
}

impl Eq for Refused {}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// What is there where a routine file was expected, that is neither a file nor a folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Special {
    /// A named pipe (FIFO).
    Pipe,
    /// A socket.
    Socket,
    /// A block or character device.
    Device,
    /// Anything else.
    Other,
}

impl fmt::Display for Special {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Special::Pipe => "a named pipe",
            Special::Socket => "a socket",
            Special::Device => "a device",
            Special::Other => "a special file",
        })
    }
}

/// A field written in the wrong part of a routine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Misplaced {
    /// A routine's field (`read_instructions`) written in a step.
    InStep,
    /// A step's field (`hold`) written in the routine.
    InRoutine,
}

impl Misplaced {
    fn text(self) -> &'static str {
        match self {
            Misplaced::InStep => {
                "Routine( ... ), not in a Step( ... ): write it once, before steps: ["
            }
            Misplaced::InRoutine => {
                "each Step( ... ), not in Routine( ... ): move it into the steps that need it"
            }
        }
    }
}

/// What belongs where a value of the wrong kind is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A value of a field's kind.
    Value(Kind),
    /// A cue sound's file, in `Sounds(...)`.
    SoundFile,
    /// A value the checker cannot name.
    Other,
}

impl Expected {
    fn text(self) -> &'static str {
        match self {
            Expected::Value(kind) => kind.expected(),
            Expected::SoundFile => "a file name in double quotes",
            Expected::Other => "something else",
        }
    }
}

/// Whose field is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// The routine's.
    Routine,
    /// The step's with this number, from 1.
    Step(usize),
}

impl fmt::Display for Owner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Owner::Routine => f.write_str("the routine"),
            Owner::Step(n) => write!(f, "step {n}"),
        }
    }
}

/// The values a field allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowed {
    /// Whole numbers.
    Whole(limits::Whole),
    /// Durations.
    Span(limits::Span),
}

impl Allowed {
    /// The lowest and the highest, as a routine file writes them.
    pub fn ends(self) -> (String, String) {
        match self {
            Allowed::Whole(w) => (w.min.to_string(), w.max.to_string()),
            Allowed::Span(s) => (format_duration(s.min), format_duration(s.max)),
        }
    }
}

impl fmt::Display for Allowed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Allowed::Whole(w) => w.fmt(f),
            Allowed::Span(s) => s.fmt(f),
        }
    }
}

fn after_text(after: &str) -> String {
    if after.is_empty() {
        " at its start".to_owned()
    } else {
        format!(" after \"{after}\"")
    }
}

fn drawing_text(found: &str, suggestion: Option<Drawing>) -> String {
    let allowed = Drawing::IDS.join(", ");
    match suggestion {
        _ if found.trim().is_empty() => format!(
            "drawing is empty; write one of {allowed}, or leave drawing out to let the step's name pick one"
        ),
        Some(s) => format!(
            "unknown drawing \"{}\"; did you mean \"{}\"? allowed here: {allowed}",
            found.escape_debug(),
            s.id()
        ),
        None => format!(
            "unknown drawing \"{}\"; allowed here: {allowed}",
            found.escape_debug()
        ),
    }
}

fn language_text(found: &str, fault: &TagFault) -> String {
    let found = found.escape_debug();
    let spoken = VoiceLanguage::listed();
    let leave_out = "or leave language out and the voice speaks the client's language";
    match fault {
        TagFault::Empty => {
            format!("language is empty; write a language's code, such as \"de\", {leave_out}")
        }
        TagFault::NotATag {
            suggestion: Some(meant),
        } => format!("\"{found}\" is not written as a language's code; did you mean \"{meant}\"?"),
        TagFault::NotATag { suggestion: None } => format!(
            "\"{found}\" is not written as a language's code; write one such as \"de\" or \"fr-CA\" (the voice speaks {spoken}), {leave_out}"
        ),
        TagFault::NoVoice => format!(
            "stretch-timer has no voice for \"{found}\"; the voice speaks {spoken}: write one of them, {leave_out}"
        ),
    }
}

fn suggestion_text(suggestion: Option<&str>, expected: &[&str]) -> String {
    match suggestion {
        Some(s) => format!("; did you mean \"{s}\"?"),
        None if expected.is_empty() => String::new(),
        None => format!("; allowed here: {}", expected.join(", ")),
    }
}

/// One problem at one place in a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{pos}: {problem}")]
pub struct Diagnostic {
    /// Where the problem is.
    pub pos: Position,
    /// What the problem is.
    pub problem: Problem,
}

/// A routine file that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The file could not be read at all: it is missing, not readable, or the system failed.
    /// (A command line reports this as an error of its own, not as a routine with errors.)
    Io {
        /// The file as the user named it.
        path: PathBuf,
        /// What kind of failure the system reported.
        kind: io::ErrorKind,
        /// What the system said.
        reason: String,
    },
    /// The file was read, and is not a usable routine: every problem found in it (at least one),
    /// in file order.
    Invalid {
        /// The file as the user named it.
        path: PathBuf,
        /// What is wrong, in file order.
        diagnostics: Vec<Diagnostic>,
    },
}

impl LoadError {
    /// A file-level problem, at the start of the file.
    pub(crate) fn at_start(path: &Path, problem: Problem) -> Self {
        LoadError::Invalid {
            path: path.to_owned(),
            diagnostics: vec![Diagnostic {
                pos: Position::START,
                problem,
            }],
        }
    }

    /// The file could not be read.
    pub(crate) fn io(path: &Path, error: &io::Error) -> Self {
        LoadError::Io {
            path: path.to_owned(),
            kind: error.kind(),
            reason: error.to_string(),
        }
    }

    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. } | LoadError::Invalid { path, .. } => path,
        }
    }

    /// The same error about another path (say, where a file will be rather than where it is).
    pub fn with_path(mut self, new: PathBuf) -> Self {
        match &mut self {
            LoadError::Io { path, .. } | LoadError::Invalid { path, .. } => *path = new,
        }
        self
    }

    /// Whether the file could not be read at all.
    pub fn is_io(&self) -> bool {
        matches!(self, LoadError::Io { .. })
    }

    /// Every problem, each with its place: for a file that could not be read, one at its start.
    pub fn diagnostics(&self) -> Cow<'_, [Diagnostic]> {
        match self {
            LoadError::Io { reason, .. } => Cow::Owned(vec![Diagnostic {
                pos: Position::START,
                problem: Problem::Unreadable {
                    reason: reason.clone(),
                },
            }]),
            LoadError::Invalid { diagnostics, .. } => Cow::Borrowed(diagnostics),
        }
    }
}

impl fmt::Display for LoadError {
    /// One line per problem, as compilers write them: `PATH:LINE:COL: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics().iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}:{d}", self.path().display())?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}
