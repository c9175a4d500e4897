//! What the checker found wrong with a routine file, in the reader's language: under a field in
//! the editor, on the fix page, on the library's card of a broken routine, in an import's error
//! and in `stretch-timer check`.
//!
//! The core names each problem with its parts (a [`Problem`], a [`SyntaxKind`]) and says it in
//! English only through `Display`; here each is said from the language files. The matches are
//! exhaustive, so a problem the checker learns has no words until they are written here. Field
//! names, values and file names are as written in the file: the sentence around them is
//! translated.

use crate::audio::bank::DecodeError;
use crate::limits;
use crate::media::photo::{MAX_PHOTO_BYTES, PhotoError};
use crate::media::sound_check::Unplayable;
use crate::routine::draft::StepField;
use crate::routine::{
    Diagnostic, DurationError, Expected, Kind, LoadError, Misplaced, OddSpace, Owner, Problem,
    Special, SyntaxKind, TagFault, VoiceLanguage, format_duration,
};
use crate::tr;

thread_local! {
    /// Whether a problem is being said under the editor's field rather than of a file.
    static IN_FORM: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `problem` as the editor says it under a field: each field named by its label in the form
/// ("Breathing pace", "Get ready"), not by its key in the file (`breathe`, `prepare`), which
/// `check` and the fix page keep since they speak of the file.
pub fn said_in_form(problem: &Problem) -> String {
    IN_FORM.set(true);
    let said = said(problem);
    IN_FORM.set(false);
    said
}

/// A field as the message names it: its key as the file writes it, or in the editor its label.
fn named(key: &str) -> String {
    if !IN_FORM.get() {
        return key.to_owned();
    }
    let step = StepField::ALL
        .iter()
        .find(|f| f.key() == key)
        .map(|&f| match f {
            StepField::Name => tr!("step-name"),
            StepField::Instructions => tr!("step-instructions"),
            StepField::Sides => tr!("step-sides"),
            StepField::Hold => tr!("step-hold"),
            StepField::Reps => tr!("step-reps"),
            StepField::Prepare => tr!("step-prepare"),
            StepField::Rest => tr!("step-rest"),
            StepField::SwitchSides => tr!("step-switch-sides"),
            StepField::Countdown => tr!("step-countdown"),
            StepField::Halfway => tr!("step-halfway"),
            StepField::Breathe => tr!("step-breathe"),
            StepField::Image => tr!("step-picture"),
            StepField::Drawing => tr!("step-drawing"),
            StepField::Voice => tr!("step-recording"),
        });
    step.or_else(|| match key {
        "summary" => Some(tr!("editor-summary")),
        "author" => Some(tr!("editor-author")),
        "safety" => Some(tr!("editor-safety")),
        "schedule" => Some(tr!("editor-schedule")),
        "days_per_week" => Some(tr!("editor-schedule", "days-name")),
        "times_per_day" => Some(tr!("editor-schedule", "times-name")),
        _ => None,
    })
    .unwrap_or_else(|| key.to_owned())
}

/// `problem` in the current language.
pub fn said(problem: &Problem) -> String {
    match problem {
        Problem::Empty => tr!("check-empty"),
        Problem::TooLarge { bytes } => {
            let max = limits::size_text(limits::ROUTINE_FILE_BYTES);
            let max_bytes = limits::ROUTINE_FILE_BYTES;
            tr!(
                "check-too-large",
                bytes = bytes,
                max = max,
                max_bytes = max_bytes
            )
        }
        Problem::Folder => tr!("check-folder"),
        Problem::MoreProblems { count } => {
            let shown = limits::REPORTED_PROBLEMS;
            tr!("check-more-problems", count = count, shown = shown)
        }
        Problem::NotAFile { kind } => {
            let kind = match kind {
                Special::Pipe => "pipe",
                Special::Socket => "socket",
                Special::Device => "device",
                Special::Other => "other",
            };
            tr!("check-not-a-file", kind = kind)
        }
        Problem::Unreadable { reason } => tr!("check-unreadable", reason = reason.as_str()),
        Problem::NotUtf8 { byte } => {
            let byte = format!("{byte:02x}");
            tr!("check-not-utf8", byte = byte)
        }
        Problem::Syntax(kind) => syntax(kind),
        Problem::TooDeep => tr!("check-too-deep"),
        Problem::UnknownField {
            found,
            context,
            suggestion,
            expected,
        } => {
            let found = found.as_str();
            let place = context.unwrap_or("none");
            match suggestion {
                Some(meant) => tr!(
                    "check-unknown-field-meant",
                    found = found,
                    place = place,
                    meant = meant.to_owned()
                ),
                None if expected.is_empty() => {
                    tr!("check-unknown-field", found = found, place = place)
                }
                None => {
                    let allowed = expected.join(", ");
                    tr!(
                        "check-unknown-field-allowed",
                        found = found,
                        place = place,
                        allowed = allowed
                    )
                }
            }
        }
        Problem::MisplacedField { found, place } => {
            let found = found.as_str();
            match place {
                Misplaced::InStep => tr!("check-misplaced-in-step", found = found),
                Misplaced::InRoutine => tr!("check-misplaced-in-routine", found = found),
            }
        }
        Problem::UnknownVariant {
            found,
            suggestion,
            expected,
        } => {
            let found = found.as_str();
            match suggestion {
                Some(meant) => tr!(
                    "check-unknown-sides-meant",
                    found = found,
                    meant = meant.to_owned()
                ),
                None if expected.is_empty() => tr!("check-unknown-sides", found = found),
                None => {
                    let allowed = expected.join(", ");
                    tr!(
                        "check-unknown-sides-allowed",
                        found = found,
                        allowed = allowed
                    )
                }
            }
        }
        Problem::UnknownDrawing { found, suggestion } => {
            let allowed = crate::routine::Drawing::IDS.join(", ");
            let written = found.escape_debug().to_string();
            match suggestion {
                _ if found.trim().is_empty() => tr!("check-drawing-empty", allowed = allowed),
                Some(meant) => {
                    let meant = meant.id();
                    tr!(
                        "check-unknown-drawing-meant",
                        found = written,
                        meant = meant,
                        allowed = allowed
                    )
                }
                None => tr!("check-unknown-drawing", found = written, allowed = allowed),
            }
        }
        Problem::Language { found, fault } => {
            let found = found.escape_debug().to_string();
            let spoken = spoken();
            match fault {
                TagFault::Empty => tr!("check-language-empty"),
                TagFault::NotATag {
                    suggestion: Some(meant),
                } => {
                    let meant = meant.as_str();
                    tr!("check-language-meant", found = found, meant = meant)
                }
                TagFault::NotATag { suggestion: None } => {
                    tr!("check-language-not-a-code", found = found, spoken = spoken)
                }
                TagFault::NoVoice => {
                    tr!("check-language-no-voice", found = found, spoken = spoken)
                }
            }
        }
        Problem::DuplicateField { field } => tr!("check-duplicate", field = named(field)),
        Problem::WrongType {
            field,
            expected,
            found,
        } => wrong_type(field.as_deref(), *expected, found.as_deref()),
        Problem::Missing {
            field,
            owner,
            example,
        } => match owner {
            Owner::Routine => tr!(
                "check-missing-in-routine",
                field = named(field),
                example = example.to_owned()
            ),
            Owner::Step(step) => tr!(
                "check-missing-in-step",
                step = step,
                field = named(field),
                example = example.to_owned()
            ),
        },
        Problem::NewerFormat { found } => tr!("check-newer-format", found = found),
        Problem::BadFormat { found } => tr!("check-bad-format", found = found),
        Problem::Duration { field, source } => duration(field, source),
        Problem::OutOfRange {
            field,
            found,
            allowed,
        } => {
            let (min, max) = allowed.ends();
            tr!(
                "check-out-of-range",
                field = named(field),
                found = found.as_str(),
                min = min,
                max = max
            )
        }
        Problem::EmptyText { field } => tr!("check-empty-text", field = named(field)),
        Problem::ControlCharacter { field, code, after } => {
            let code = format!("{code:04X}");
            if after.is_empty() {
                tr!(
                    "check-control-character-at-start",
                    field = named(field),
                    code = code
                )
            } else {
                tr!(
                    "check-control-character",
                    field = named(field),
                    code = code,
                    after = after.as_str()
                )
            }
        }
        Problem::EmptyFile { field } => tr!("check-empty-file", field = named(field)),
        Problem::OnlyComments => tr!("check-only-comments"),
        Problem::TooLong { field, chars, max } => {
            tr!(
                "check-too-long",
                field = named(field),
                chars = chars,
                max = max
            )
        }
        Problem::StepCount { found } => {
            let (min, max) = (limits::STEPS.min, limits::STEPS.max);
            tr!("check-step-count", found = found, min = min, max = max)
        }
        Problem::TooLongInTotal { hours } => {
            let max = limits::ROUTINE_TOTAL.as_secs() / 3600;
            tr!("check-too-long-in-total", hours = hours, max = max)
        }
        Problem::AssetMissing {
            field,
            written,
            path,
        } => {
            let path = path.display().to_string();
            tr!(
                "check-file-missing",
                field = named(field),
                file = written.as_str(),
                path = path
            )
        }
        Problem::AssetOutside { field, written } => {
            tr!(
                "check-file-outside",
                field = named(field),
                file = written.as_str()
            )
        }
        Problem::AssetWithoutFolder { field, written } => tr!(
            "check-file-without-folder",
            field = named(field),
            file = written.as_str()
        ),
        Problem::AssetUnusable {
            field,
            written,
            reason,
        } => {
            let reason = refusal(reason.0.as_ref());
            tr!(
                "check-file-unusable",
                field = named(field),
                file = written.as_str(),
                reason = reason
            )
        }
        Problem::VoiceTooLong {
            written,
            length,
            prepare,
            needed,
        } => {
            let length = crate::numbers::decimal(length.as_secs_f64(), 1);
            let after = crate::numbers::decimal(limits::VOICE_AFTER_START.as_secs_f64(), 1);
            let (prepare, needed) = (format_duration(*prepare), format_duration(*needed));
            if IN_FORM.get() {
                let label = crate::tr!("step-prepare");
                return tr!(
                    "editor-voice-too-long",
                    length = length,
                    after = after,
                    label = label,
                    prepare = prepare,
                    needed = needed
                );
            }
            tr!(
                "check-voice-too-long",
                file = written.as_str(),
                length = length,
                after = after,
                prepare = prepare,
                needed = needed
            )
        }
    }
}

/// Why a picture or a sound cannot be used, as the program's check found it, in the current
/// language (continuing a sentence: "… cannot be used: it holds no sound"). An error of another
/// kind is said in its own words.
pub fn refusal(why: &(dyn std::error::Error + 'static)) -> String {
    if let Some(e) = why.downcast_ref::<PhotoError>() {
        return picture(e);
    }
    if let Some(e) = why.downcast_ref::<DecodeError>() {
        return sound(e);
    }
    why.to_string()
}

fn picture(e: &PhotoError) -> String {
    match e {
        PhotoError::Unreadable(reason) => {
            tr!("check-picture-unreadable", reason = reason.as_str())
        }
        PhotoError::TooLarge(bytes) => {
            let (size, max) = (
                limits::size_text(*bytes),
                limits::size_text(MAX_PHOTO_BYTES),
            );
            tr!("check-picture-too-large", size = size, max = max)
        }
        PhotoError::Heic => tr!("check-picture-heic"),
        PhotoError::NotAPicture => tr!("check-picture-unknown"),
        PhotoError::Undecodable { kind, reason } => tr!(
            "check-picture-undecodable",
            kind = kind.to_owned(),
            reason = reason.as_str()
        ),
        PhotoError::TooManyPixels { width, height } => {
            let megapixels = limits::PICTURE_PIXELS / 1_000_000;
            tr!(
                "check-picture-too-many-pixels",
                width = width,
                height = height,
                megapixels = megapixels
            )
        }
    }
}

fn sound(e: &DecodeError) -> String {
    match e {
        DecodeError::Unreadable(reason) => tr!("check-sound-unreadable", reason = reason.as_str()),
        DecodeError::TooLarge(bytes) => {
            let max = limits::size_text(limits::SOUND_FILE_BYTES);
            tr!("check-sound-too-large", bytes = bytes, max = max)
        }
        DecodeError::Undecodable(reason) => {
            tr!("check-sound-undecodable", reason = reason.as_str())
        }
        DecodeError::Empty => tr!("check-sound-empty"),
        DecodeError::Unplayable(kind) => {
            let kind = match kind {
                Unplayable::Opus => "opus",
                Unplayable::Amr => "amr",
                Unplayable::ThreeGp => "three-gp",
                Unplayable::Picture => "picture",
            };
            tr!("check-sound-unplayable", kind = kind)
        }
    }
}

/// The languages the voice speaks, each by its code and its name: `en (English), de (German)…`.
fn spoken() -> String {
    VoiceLanguage::ALL
        .iter()
        .map(|l| {
            let code = l.code();
            format!("{code} ({})", tr!("check-voice-language", code = code))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// One problem with its place, as a compiler writes it: `3:7: message`.
pub fn at(d: &Diagnostic) -> String {
    format!("{}: {}", d.pos, said(&d.problem))
}

/// Every problem of a file that cannot be used, one line each, as compilers write them:
/// `PATH:LINE:COL: message` (as [`LoadError`]'s `Display`, in the current language).
pub fn lines(e: &LoadError) -> String {
    let path = e.path().display();
    e.diagnostics()
        .iter()
        .map(|d| format!("{path}:{}", at(d)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn wrong_type(field: Option<&str>, expected: Expected, found: Option<&str>) -> String {
    let field = field.map_or_else(|| tr!("check-this"), named);
    let found = found.map_or_else(|| tr!("check-nothing"), str::to_owned);
    match expected {
        Expected::Value(Kind::Text | Kind::File) => {
            tr!("check-wrong-type-text", field = field, found = found)
        }
        Expected::Value(Kind::Duration) => {
            tr!("check-wrong-type-duration", field = field, found = found)
        }
        Expected::Value(Kind::Whole) => tr!("check-wrong-type-whole", field = field, found = found),
        Expected::Value(Kind::Bool) => tr!("check-wrong-type-bool", field = field, found = found),
        Expected::Value(Kind::Sides) => tr!("check-wrong-type-sides", field = field, found = found),
        Expected::Value(Kind::Drawing) => {
            tr!("check-wrong-type-drawing", field = field, found = found)
        }
        Expected::Value(Kind::Schedule) => {
            tr!("check-wrong-type-schedule", field = field, found = found)
        }
        Expected::Value(Kind::Sounds) => {
            tr!("check-wrong-type-sounds", field = field, found = found)
        }
        Expected::Value(Kind::Steps) => tr!("check-wrong-type-steps", field = field, found = found),
        Expected::Value(Kind::Language) => {
            tr!("check-wrong-type-language", field = field, found = found)
        }
        Expected::SoundFile => tr!("check-wrong-type-sound-file", field = field, found = found),
        Expected::Other => tr!("check-wrong-type-other", field = field, found = found),
    }
}

fn duration(field: &str, error: &DurationError) -> String {
    match error {
        DurationError::NotADuration(found) => {
            tr!(
                "check-duration-not",
                field = named(field),
                found = found.as_str()
            )
        }
        DurationError::Meant { found, meant } => tr!(
            "check-duration-meant",
            field = named(field),
            found = found.as_str(),
            meant = meant.as_str()
        ),
        DurationError::Fraction(found) => {
            tr!(
                "check-duration-fraction",
                field = named(field),
                found = found.as_str()
            )
        }
        DurationError::UnitOrder(found) => tr!(
            "check-duration-unit-order",
            field = named(field),
            found = found.as_str()
        ),
        DurationError::Overflow(found) => {
            tr!(
                "check-duration-too-long",
                field = named(field),
                found = found.as_str()
            )
        }
    }
}

/// What the parser could not read, in the current language.
fn syntax(kind: &SyntaxKind) -> String {
    use SyntaxKind as S;
    match kind {
        S::EndsEarly => tr!("check-ends-early"),
        S::StepsNotInList => tr!("check-steps-not-in-list"),
        S::SidesOneWord { choice } => tr!("check-sides-one-word", choice = choice.to_owned()),
        S::StepWithoutBrackets => tr!("check-step-without-brackets"),
        S::NoRoutineBrackets { first } => tr!("check-no-routine-brackets", first = first.as_str()),
        S::Capital { expected, found } => tr!(
            "check-capital",
            expected = expected.as_str(),
            found = found.as_str()
        ),
        S::OtherBrackets { expected, found } => tr!(
            "check-other-brackets",
            expected = expected.as_str(),
            found = found.as_str()
        ),
        S::Semicolon => tr!("check-semicolon"),
        S::FullStop => tr!("check-full-stop"),
        S::MissingComma => tr!("check-missing-comma"),
        S::UnclosedText => tr!("check-unclosed-text"),
        S::AfterTheEnd => tr!("check-after-the-end"),
        S::UnclosedComment => tr!("check-unclosed-comment"),
        S::Backslash { field } => tr!("check-backslash", field = field.as_str()),
        S::Escape { field: None } => tr!("check-escape"),
        S::Escape { field: Some(field) } => tr!("check-escape-in", field = field.as_str()),
        S::ExpectedClose => tr!("check-expected-close"),
        S::ExpectedListEnd => tr!("check-expected-list-end"),
        S::EqualsSign { name: Some(name) } => tr!("check-equals-sign", name = name.as_str()),
        S::EqualsSign { name: None } => tr!("check-equals-sign-unnamed"),
        S::ExpectedColon => tr!("check-expected-colon"),
        S::Dash { dash } => {
            let dash = dash.to_string();
            tr!("check-dash", dash = dash)
        }
        S::OneSlash => tr!("check-one-slash"),
        S::Unexpected { found } => {
            let found = found.to_string();
            tr!("check-unexpected", found = found)
        }
        S::TwoCommas => tr!("check-two-commas"),
        S::QuotedName { written } => {
            let name = written.trim_matches('"');
            tr!("check-quoted-name", name = name, written = written.as_str())
        }
        S::ExpectedName => tr!("check-expected-name"),
        S::ExpectedOpening => tr!("check-expected-opening"),
        S::Parser {
            field: None,
            message,
        } => tr!("check-parser", message = message.as_str()),
        S::Parser {
            field: Some(field),
            message,
        } => tr!(
            "check-parser-in",
            field = field.as_str(),
            message = message.as_str()
        ),
        S::OddSpace { space } => {
            let space = match space {
                OddSpace::NoBreak => "no-break",
                OddSpace::NarrowNoBreak => "narrow",
                OddSpace::Figure => "figure",
                OddSpace::Thin => "thin",
                OddSpace::ZeroWidth => "zero-width",
                OddSpace::ZeroWidthNoBreak => "zero-width-no-break",
            };
            tr!("check-odd-space", space = space)
        }
        S::SingleQuotes { field, inner } => tr!(
            "check-single-quotes",
            field = field.as_str(),
            inner = inner.as_str()
        ),
        S::Sets { field, value } => {
            tr!("check-sets", field = field.as_str(), value = value.as_str())
        }
        S::ClockTime {
            field,
            meant,
            minutes,
            seconds,
        } => tr!(
            "check-clock-time",
            field = field.as_str(),
            meant = meant.as_str(),
            minutes = minutes.as_str(),
            seconds = seconds.as_str()
        ),
        S::WordAfterNumber { field, value, word } => tr!(
            "check-word-after-number",
            field = field.as_str(),
            value = value.as_str(),
            word = word.as_str()
        ),
        S::UnitAfterSpace {
            field,
            value,
            unit,
            word,
        } => tr!(
            "check-unit-after-space",
            field = field.as_str(),
            value = value.as_str(),
            unit = unit.to_owned(),
            word = word.as_str()
        ),
        S::CurlyQuotes { field, straight } => tr!(
            "check-curly-quotes",
            field = field.as_str(),
            straight = straight.as_str()
        ),
        S::QuotedNumber { field, number } => tr!(
            "check-quoted-number",
            field = field.as_str(),
            number = number.as_str()
        ),
        S::QuotedBool { field, meant } => {
            tr!(
                "check-quoted-bool",
                field = field.as_str(),
                meant = meant.to_owned()
            )
        }
        S::QuotedCapitalBool {
            field,
            meant,
            value,
        } => tr!(
            "check-quoted-capital-bool",
            field = field.as_str(),
            meant = meant.to_owned(),
            value = value.as_str()
        ),
        S::QuotedWordBool {
            field,
            meant,
            value,
        } => tr!(
            "check-quoted-word-bool",
            field = field.as_str(),
            meant = meant.to_owned(),
            value = value.as_str()
        ),
        S::QuotedSides { choice, inner } => tr!(
            "check-quoted-sides",
            choice = choice.to_owned(),
            inner = inner.as_str()
        ),
        S::QuotedOtherSides => tr!("check-quoted-other-sides"),
        S::CapitalBool {
            field,
            meant,
            value,
        } => tr!(
            "check-capital-bool",
            field = field.as_str(),
            meant = meant.to_owned(),
            value = value.as_str()
        ),
        S::WordBool {
            field,
            meant,
            value,
        } => tr!(
            "check-word-bool",
            field = field.as_str(),
            meant = meant.to_owned(),
            value = value.as_str()
        ),
        S::UnquotedUnit { field, value } => tr!(
            "check-unquoted-unit",
            field = field.as_str(),
            value = value.as_str()
        ),
        S::Range {
            field,
            whole: true,
            value,
            low,
        } => tr!(
            "check-range-whole",
            field = field.as_str(),
            value = value.as_str(),
            low = low.as_str()
        ),
        S::Range {
            field,
            whole: false,
            value,
            low,
        } => tr!(
            "check-range-duration",
            field = field.as_str(),
            value = value.as_str(),
            low = low.as_str()
        ),
        S::DecimalComma { field, value } => tr!(
            "check-decimal-comma",
            field = field.as_str(),
            value = value.as_str()
        ),
        S::NumberWord {
            field,
            number,
            value,
        } => tr!(
            "check-number-word",
            field = field.as_str(),
            number = number,
            value = value.as_str()
        ),
        S::SomeCapital { field, inner } => tr!(
            "check-some-capital",
            field = field.as_str(),
            inner = inner.as_str()
        ),
        S::BreatheNone => tr!("check-breathe-none"),
        S::DurationNone { field } => tr!("check-duration-none", field = field.as_str()),
        S::SidesNone => tr!("check-sides-none"),
        S::AfterNumber {
            field,
            number,
            value,
        } => tr!(
            "check-after-number",
            field = field.as_str(),
            number = number.as_str(),
            value = value.as_str()
        ),
        S::UnquotedDrawing { id } => tr!("check-unquoted-drawing", id = id.to_owned()),
        S::CurlyClose {
            field: None,
            before,
        } => tr!("check-curly-close", before = before.as_str()),
        S::CurlyClose {
            field: Some(field),
            before,
        } => tr!(
            "check-curly-close-in",
            field = field.as_str(),
            before = before.as_str()
        ),
        S::UnitOutsideQuotes {
            field: None,
            number,
            unit,
            word,
        } => tr!(
            "check-unit-outside-quotes",
            number = number.as_str(),
            unit = unit.to_owned(),
            word = word.as_str()
        ),
        S::UnitOutsideQuotes {
            field: Some(field),
            number,
            unit,
            word,
        } => tr!(
            "check-unit-outside-quotes-in",
            field = field.as_str(),
            number = number.as_str(),
            unit = unit.to_owned(),
            word = word.as_str()
        ),
        S::QuoteInside { field: None } => tr!("check-quote-inside"),
        S::QuoteInside { field: Some(field) } => {
            tr!("check-quote-inside-in", field = field.as_str())
        }
        S::StepOpenAtEnd => tr!("check-step-open-at-end"),
        S::StepOpenBeforeComma => tr!("check-step-open-before-comma"),
        S::StepOpen => tr!("check-step-open"),
        S::OneTooMany { close } => {
            let close = close.to_string();
            tr!("check-one-too-many", close = close)
        }
        S::CloseStep { close } => {
            let close = close.to_string();
            tr!("check-close-step", close = close)
        }
        S::CloseList { close } => {
            let close = close.to_string();
            tr!("check-close-list", close = close)
        }
        S::ListOpen => tr!("check-list-open"),
        S::HashComment => tr!("check-hash-comment"),
        S::DashComment => tr!("check-dash-comment"),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::sync::Arc;
    use std::time::Duration;

    use super::*;
    use crate::l10n::english;
    use crate::routine::{Allowed, Drawing, Refusal, Refused};

    /// One problem of each kind the checker reports, and each shape its words take (a suggestion
    /// or none, each selector's case).
    fn examples() -> Vec<Problem> {
        let f = || "hold".to_owned();
        let some_f = || Some("hold".to_owned());
        let v = || "30-45".to_owned();
        let mut all = vec![
            Problem::Empty,
            Problem::TooLarge { bytes: 2_000_000 },
            Problem::Folder,
            Problem::MoreProblems { count: 1 },
            Problem::MoreProblems { count: 7 },
            Problem::NotAFile {
                kind: Special::Pipe,
            },
            Problem::NotAFile {
                kind: Special::Socket,
            },
            Problem::NotAFile {
                kind: Special::Device,
            },
            Problem::NotAFile {
                kind: Special::Other,
            },
            Problem::Unreadable {
                reason: "Permission denied (os error 13)".to_owned(),
            },
            Problem::NotUtf8 { byte: 0xe9 },
            Problem::TooDeep,
            Problem::UnknownField {
                found: "hodl".to_owned(),
                context: Some("Step"),
                suggestion: Some("hold"),
                expected: &["name", "hold"],
            },
            Problem::UnknownField {
                found: "colour".to_owned(),
                context: Some("Step"),
                suggestion: None,
                expected: &["name", "hold"],
            },
            Problem::UnknownField {
                found: "colour".to_owned(),
                context: None,
                suggestion: None,
                expected: &[],
            },
            Problem::UnknownField {
                found: "colour".to_owned(),
                context: None,
                suggestion: Some("color"),
                expected: &["color"],
            },
            Problem::UnknownField {
                found: "colour".to_owned(),
                context: None,
                suggestion: None,
                expected: &["color"],
            },
            Problem::UnknownField {
                found: "colour".to_owned(),
                context: Some("Sounds"),
                suggestion: None,
                expected: &[],
            },
            Problem::MisplacedField {
                found: "read_instructions".to_owned(),
                place: Misplaced::InStep,
            },
            Problem::MisplacedField {
                found: "hold".to_owned(),
                place: Misplaced::InRoutine,
            },
            Problem::UnknownVariant {
                found: "Bothe".to_owned(),
                suggestion: Some("Both"),
                expected: &["Neither", "Left", "Right", "Both"],
            },
            Problem::UnknownVariant {
                found: "Up".to_owned(),
                suggestion: None,
                expected: &["Neither", "Left", "Right", "Both"],
            },
            Problem::UnknownVariant {
                found: "Up".to_owned(),
                suggestion: None,
                expected: &[],
            },
            Problem::UnknownDrawing {
                found: " ".to_owned(),
                suggestion: None,
            },
            Problem::UnknownDrawing {
                found: "knees-to-chst".to_owned(),
                suggestion: Some(Drawing::KneesToChest),
            },
            Problem::UnknownDrawing {
                found: "cat".to_owned(),
                suggestion: None,
            },
            Problem::Language {
                found: String::new(),
                fault: TagFault::Empty,
            },
            Problem::Language {
                found: "German".to_owned(),
                fault: TagFault::NotATag {
                    suggestion: Some("de".to_owned()),
                },
            },
            Problem::Language {
                found: "xx_yy_zz".to_owned(),
                fault: TagFault::NotATag { suggestion: None },
            },
            Problem::Language {
                found: "ja".to_owned(),
                fault: TagFault::NoVoice,
            },
            Problem::DuplicateField { field: "hold" },
            Problem::Missing {
                field: "format",
                owner: Owner::Routine,
                example: "format: 1,",
            },
            Problem::Missing {
                field: "hold",
                owner: Owner::Step(3),
                example: r#"hold: "30s","#,
            },
            Problem::NewerFormat { found: 2 },
            Problem::BadFormat { found: 0 },
            Problem::OutOfRange {
                field: "reps",
                found: "80".to_owned(),
                allowed: Allowed::Whole(limits::REPS),
            },
            Problem::OutOfRange {
                field: "hold",
                found: "\"2h\"".to_owned(),
                allowed: Allowed::Span(limits::HOLD),
            },
            Problem::EmptyText { field: "name" },
            Problem::ControlCharacter {
                field: "name",
                code: 0,
                after: "Psoas".to_owned(),
            },
            Problem::ControlCharacter {
                field: "name",
                code: 7,
                after: String::new(),
            },
            Problem::EmptyFile { field: "image" },
            Problem::OnlyComments,
            Problem::TooLong {
                field: "name",
                chars: 95,
                max: 80,
            },
            Problem::StepCount { found: 0 },
            Problem::TooLongInTotal { hours: 30 },
            Problem::AssetMissing {
                field: "image",
                written: "bench.png".to_owned(),
                path: PathBuf::from("routines/bench.png"),
            },
            Problem::AssetOutside {
                field: "image",
                written: "../bench.png".to_owned(),
            },
            Problem::AssetWithoutFolder {
                field: "voice",
                written: "hold.m4a".to_owned(),
            },
            Problem::VoiceTooLong {
                written: "hold.m4a".to_owned(),
                length: Duration::from_millis(7400),
                prepare: Duration::from_secs(5),
                needed: Duration::from_secs(8),
            },
        ];
        let refusals: Vec<Refusal> = vec![
            Arc::new(PhotoError::Unreadable(
                "Permission denied (os error 13)".to_owned(),
            )),
            Arc::new(PhotoError::TooLarge(60 * 1024 * 1024)),
            Arc::new(PhotoError::Heic),
            Arc::new(PhotoError::NotAPicture),
            Arc::new(PhotoError::Undecodable {
                kind: "PNG",
                reason: "Format error decoding Png".to_owned(),
            }),
            Arc::new(PhotoError::TooManyPixels {
                width: 30_000,
                height: 20_000,
            }),
            Arc::new(DecodeError::Unreadable(
                "Permission denied (os error 13)".to_owned(),
            )),
            Arc::new(DecodeError::TooLarge(70 * 1024 * 1024)),
            Arc::new(DecodeError::Undecodable("unsupported format".to_owned())),
            Arc::new(DecodeError::Empty),
            Arc::new(DecodeError::Unplayable(Unplayable::Opus)),
            Arc::new(DecodeError::Unplayable(Unplayable::Amr)),
            Arc::new(DecodeError::Unplayable(Unplayable::ThreeGp)),
            Arc::new(DecodeError::Unplayable(Unplayable::Picture)),
        ];
        for reason in refusals {
            all.push(Problem::AssetUnusable {
                field: "voice",
                written: "hold.opus".to_owned(),
                reason: Refused(reason),
            });
        }
        for source in [
            DurationError::NotADuration("soon".to_owned()),
            DurationError::Meant {
                found: "90 secs".to_owned(),
                meant: "90s".to_owned(),
            },
            DurationError::Fraction("1.5m".to_owned()),
            DurationError::UnitOrder("30s1m".to_owned()),
            DurationError::Overflow("99999999h".to_owned()),
        ] {
            all.push(Problem::Duration {
                field: "hold",
                source,
            });
        }
        for expected in [
            Expected::Value(Kind::Text),
            Expected::Value(Kind::File),
            Expected::Value(Kind::Duration),
            Expected::Value(Kind::Whole),
            Expected::Value(Kind::Bool),
            Expected::Value(Kind::Sides),
            Expected::Value(Kind::Drawing),
            Expected::Value(Kind::Schedule),
            Expected::Value(Kind::Sounds),
            Expected::Value(Kind::Steps),
            Expected::Value(Kind::Language),
            Expected::SoundFile,
            Expected::Other,
        ] {
            all.push(Problem::WrongType {
                field: some_f(),
                expected,
                found: Some("yes".to_owned()),
            });
        }
        all.push(Problem::WrongType {
            field: None,
            expected: Expected::Value(Kind::Whole),
            found: None,
        });
        let slips = [
            S::EndsEarly,
            S::StepsNotInList,
            S::SidesOneWord { choice: "Both" },
            S::StepWithoutBrackets,
            S::NoRoutineBrackets {
                first: "format".to_owned(),
            },
            S::Capital {
                expected: "Step".to_owned(),
                found: "step".to_owned(),
            },
            S::OtherBrackets {
                expected: "Step".to_owned(),
                found: "Stretch".to_owned(),
            },
            S::Semicolon,
            S::FullStop,
            S::MissingComma,
            S::UnclosedText,
            S::AfterTheEnd,
            S::UnclosedComment,
            S::Backslash {
                field: "image".to_owned(),
            },
            S::Escape { field: None },
            S::Escape { field: some_f() },
            S::ExpectedClose,
            S::ExpectedListEnd,
            S::EqualsSign { name: some_f() },
            S::EqualsSign { name: None },
            S::ExpectedColon,
            S::Dash { dash: '−' },
            S::OneSlash,
            S::Unexpected { found: '@' },
            S::TwoCommas,
            S::QuotedName {
                written: "\"hold\"".to_owned(),
            },
            S::ExpectedName,
            S::ExpectedOpening,
            S::SingleQuotes {
                field: f(),
                inner: "30s".to_owned(),
            },
            S::Sets {
                field: "reps".to_owned(),
                value: "3x10".to_owned(),
            },
            S::ClockTime {
                field: f(),
                meant: "1m30s".to_owned(),
                minutes: "1".to_owned(),
                seconds: "30".to_owned(),
            },
            S::WordAfterNumber {
                field: "reps".to_owned(),
                value: "3".to_owned(),
                word: "times".to_owned(),
            },
            S::UnitAfterSpace {
                field: f(),
                value: "30".to_owned(),
                unit: "s",
                word: "sec".to_owned(),
            },
            S::CurlyQuotes {
                field: "name".to_owned(),
                straight: "\"Psoas\"".to_owned(),
            },
            S::QuotedNumber {
                field: "reps".to_owned(),
                number: "3".to_owned(),
            },
            S::QuotedBool {
                field: "halfway".to_owned(),
                meant: "true",
            },
            S::QuotedCapitalBool {
                field: "halfway".to_owned(),
                meant: "true",
                value: "\"True\"".to_owned(),
            },
            S::QuotedWordBool {
                field: "halfway".to_owned(),
                meant: "true",
                value: "\"yes\"".to_owned(),
            },
            S::QuotedSides {
                choice: "Both",
                inner: "both".to_owned(),
            },
            S::QuotedOtherSides,
            S::CapitalBool {
                field: "halfway".to_owned(),
                meant: "true",
                value: "True".to_owned(),
            },
            S::WordBool {
                field: "halfway".to_owned(),
                meant: "true",
                value: "yes".to_owned(),
            },
            S::UnquotedUnit {
                field: f(),
                value: "30s".to_owned(),
            },
            S::Range {
                field: "reps".to_owned(),
                whole: true,
                value: "2-3".to_owned(),
                low: "2".to_owned(),
            },
            S::Range {
                field: f(),
                whole: false,
                value: v(),
                low: "30".to_owned(),
            },
            S::DecimalComma {
                field: f(),
                value: "1,5".to_owned(),
            },
            S::NumberWord {
                field: "reps".to_owned(),
                number: 3,
                value: "three".to_owned(),
            },
            S::SomeCapital {
                field: "breathe".to_owned(),
                inner: "\"5s\"".to_owned(),
            },
            S::BreatheNone,
            S::DurationNone { field: f() },
            S::SidesNone,
            S::AfterNumber {
                field: "reps".to_owned(),
                number: "3".to_owned(),
                value: "3%".to_owned(),
            },
            S::UnquotedDrawing {
                id: "knees-to-chest",
            },
            S::CurlyClose {
                field: None,
                before: "Psoas".to_owned(),
            },
            S::CurlyClose {
                field: some_f(),
                before: "Psoas".to_owned(),
            },
            S::UnitOutsideQuotes {
                field: None,
                number: "30".to_owned(),
                unit: "s",
                word: "sec".to_owned(),
            },
            S::UnitOutsideQuotes {
                field: some_f(),
                number: "30".to_owned(),
                unit: "s",
                word: "sec".to_owned(),
            },
            S::QuoteInside { field: None },
            S::QuoteInside { field: some_f() },
            S::StepOpenAtEnd,
            S::StepOpenBeforeComma,
            S::StepOpen,
            S::OneTooMany { close: ')' },
            S::CloseStep { close: ']' },
            S::CloseList { close: ')' },
            S::ListOpen,
            S::HashComment,
            S::DashComment,
        ];
        all.extend(slips.into_iter().map(Problem::Syntax));
        all.extend(
            OddSpace::ALL
                .iter()
                .map(|&(_, space)| Problem::Syntax(S::OddSpace { space })),
        );
        all
    }

    /// The parser's own words, passed on as they are: the same in every language.
    fn parser_words() -> [Problem; 2] {
        [
            Problem::Syntax(S::Parser {
                field: None,
                message: "unexpected end of input".to_owned(),
            }),
            Problem::Syntax(S::Parser {
                field: Some("reps".to_owned()),
                message: "unexpected end of input".to_owned(),
            }),
        ]
    }

    use SyntaxKind as S;

    use crate::l10n::speaking as in_language;

    #[test]
    fn english_says_each_problem_as_the_checker_writes_it() {
        let said_in_english = in_language(&english().to_string(), || {
            examples()
                .into_iter()
                .chain(parser_words())
                .map(|p| (said(&p), p.to_string()))
                .collect::<Vec<_>>()
        });
        for (said, written) in said_in_english {
            assert_eq!(said, written);
        }
    }

    #[test]
    fn every_language_says_each_problem_in_its_own_words() {
        let english: Vec<String> = examples().iter().map(ToString::to_string).collect();
        for language in ["de", "es", "fr"] {
            let said_here: Vec<String> =
                in_language(language, || examples().iter().map(said).collect());
            for (here, english) in said_here.iter().zip(&english) {
                assert_ne!(here, english, "{language} says it in English");
                assert!(!here.contains("check-"), "{language}: {here}");
            }
            let parser: Vec<String> =
                in_language(language, || parser_words().iter().map(said).collect());
            assert_eq!(parser[1], "reps: unexpected end of input");
        }
    }

    #[test]
    fn a_message_keeps_what_to_type_as_written_and_says_the_rest_in_the_language() {
        let missing = Problem::Missing {
            field: "hold",
            owner: Owner::Step(3),
            example: r#"hold: "30s","#,
        };
        let no_voice = Problem::Language {
            found: "ja".to_owned(),
            fault: TagFault::NoVoice,
        };
        let (missing_de, no_voice_de) = in_language("de", || (said(&missing), said(&no_voice)));
        assert_eq!(
            missing_de,
            r#"in Übung 3 fehlt „hold“; ergänzen Sie es, z. B. hold: "30s","#
        );
        assert!(
            no_voice_de.contains("en (Englisch), de (Deutsch), es (Spanisch), fr (Französisch)"),
            "{no_voice_de}"
        );
        let empty = Problem::EmptyText { field: "name" };
        let empty_fr = in_language("fr", || said(&empty));
        assert_eq!(
            empty_fr,
            "name est vide\u{a0}; donnez-lui un nom court que le patient reconnaîtra"
        );
    }
}
