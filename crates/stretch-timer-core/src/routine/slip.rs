//! What is wrong with a routine's text, as the checker found it: one variant for each thing it
//! recognises, carrying what was written there (field names, values, characters) and nothing in
//! words. `Display` says it in English; the program says it in the reader's language from the
//! same parts.

/// Something in a routine's text that the parser cannot read, named as what happened and what to
/// write instead. Field names and values are as written in the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyntaxKind {
    /// The file ends inside brackets or text.
    #[error("the file ends too early: a closing bracket ) or ], or a closing quote \", is missing")]
    EndsEarly,
    /// `Routine(format: 1, Step(…))`: a step without `steps: [` around it.
    #[error(
        "the steps are written in a list: steps: [ Step( ... ), Step( ... ) ], after the routine's other fields"
    )]
    StepsNotInList,
    /// `sides: Left, Right`, `sides: Both sides`: more than the one word.
    #[error(
        "sides is one word, one of Neither, Left, Right or Both (Both works the left side, then the right): write sides: {choice}"
    )]
    SidesOneWord {
        /// The word to write.
        choice: &'static str,
    },
    /// `steps: [ name: "A", hold: 30 ]`: a step's fields without `Step(` around them.
    #[error(
        r#"each step is written Step( ... ) around its fields, as in Step(name: "Psoas stretch", hold: "30s")"#
    )]
    StepWithoutBrackets,
    /// `format: 1, name: …` with no `Routine(` around it.
    #[error(
        "a routine file starts with Routine( and ends with ): write Routine( before {first}: and a closing ) at the very end"
    )]
    NoRoutineBrackets {
        /// The first field's name.
        first: String,
    },
    /// `step(` or `routine(`.
    #[error("write {expected}( with a capital letter, not {found}(")]
    Capital {
        /// `Step` or `Routine`.
        expected: String,
        /// As written.
        found: String,
    },
    /// One name of brackets where another belongs.
    #[error("expected {expected}( here, but found {found}(")]
    OtherBrackets {
        /// The name that belongs here.
        expected: String,
        /// As written.
        found: String,
    },
    /// `hold: "30s";`.
    #[error("write a comma here, not a semicolon: fields and steps are separated by commas")]
    Semicolon,
    /// `hold: "30s".`.
    #[error("write a comma here, not a full stop: fields and steps are separated by commas")]
    FullStop,
    /// Two fields or steps without a comma between them.
    #[error("a comma is missing before this: put a comma after each field and after each step")]
    MissingComma,
    /// Text without its closing quote.
    #[error("this text is not closed: a closing double quote \" is missing")]
    UnclosedText,
    /// Something after the routine's closing bracket.
    #[error(
        "there is more after the end of the routine: the routine's closing ) must be the last thing in the file"
    )]
    AfterTheEnd,
    /// `/*` without `*/`.
    #[error("a /* comment is not closed with */")]
    UnclosedComment,
    /// A Windows path, `"images\bench.png"`.
    #[error(
        "{field}: write the file's path with forward slashes, as in \"images/bench.png\"; a backslash \\ has another meaning in text"
    )]
    Backslash {
        /// The file's field.
        field: String,
    },
    /// A backslash followed by something it cannot escape.
    #[error(
        "{}a backslash \\ in text must be followed by n (new line), t (tab), \" or another \\; to write a backslash itself, write \\\\",
        named(.field)
    )]
    Escape {
        /// The field, if known.
        field: Option<String>,
    },
    /// Where a `)` belongs.
    #[error("expected a closing ) here, or a comma before the next field")]
    ExpectedClose,
    /// Where a `]` belongs.
    #[error("expected a closing ] here, or a comma before the next step")]
    ExpectedListEnd,
    /// `hold = "30s"`.
    #[error(
        "write a colon : between {} and its value, not =: {}: …",
        .name.as_deref().unwrap_or("the field's name"),
        .name.as_deref().unwrap_or("the field's name")
    )]
    EqualsSign {
        /// The field's name, if there is one before the `=`.
        name: Option<String>,
    },
    /// Where a `:` belongs.
    #[error("expected a colon : between a field's name and its value")]
    ExpectedColon,
    /// `prepare: −5`: a dash from a word processor.
    #[error(
        "there is a dash {dash} here, as a word processor writes it; write the value with digits only"
    )]
    Dash {
        /// The dash.
        dash: char,
    },
    /// `reps: 3, / three each side`.
    #[error("a comment starts with two slashes: write // in place of /")]
    OneSlash,
    /// A character that has no place here.
    #[error("unexpected character '{found}'")]
    Unexpected {
        /// The character.
        found: char,
    },
    /// `reps: 3,,`.
    #[error("there are two commas here; delete one")]
    TwoCommas,
    /// `"hold": "30s"`, as JSON writes it.
    #[error("a field's name is written without quotes: {}, not {written}", .written.trim_matches('"'))]
    QuotedName {
        /// The name with its quotes.
        written: String,
    },
    /// Where a field's name belongs.
    #[error("expected a field name here")]
    ExpectedName,
    /// Where a `(` belongs.
    #[error(
        "expected an opening ( here: a routine file is Routine( ... ) and each step is Step( ... )"
    )]
    ExpectedOpening,
    /// Anything else the parser says, in its own (English) words.
    #[error("{}{message}", named(.field))]
    Parser {
        /// The field, if known.
        field: Option<String>,
        /// The parser's words, starting with a small letter.
        message: String,
    },
    /// A space from a word processor that looks like an ordinary one.
    #[error(
        "there is {} here, pasted from a word processor, which looks like a space but is not one; delete it and type an ordinary space",
        .space.name()
    )]
    OddSpace {
        /// Which space.
        space: OddSpace,
    },
    /// `hold: '30s'`.
    #[error("{field}: text is written in double quotes, not single ones: \"{inner}\"")]
    SingleQuotes {
        /// The field.
        field: String,
        /// The text between the single quotes.
        inner: String,
    },
    /// `reps: 3x10`.
    #[error(
        "{field} is one whole number, not {value}: write the repetitions on each side, such as reps: 3, and make each its own hold"
    )]
    Sets {
        /// The field.
        field: String,
        /// As written.
        value: String,
    },
    /// `hold: 1:30`.
    #[error(
        "{field}: minutes and seconds are written with their units, in double quotes: \"{meant}\", not {minutes}:{seconds}"
    )]
    ClockTime {
        /// The field.
        field: String,
        /// The duration as the format writes it.
        meant: String,
        /// As written before the colon.
        minutes: String,
        /// As written after the colon.
        seconds: String,
    },
    /// `reps: 3 times`.
    #[error("{field} is written as a number alone: {value}, not {value} {word}")]
    WordAfterNumber {
        /// The field.
        field: String,
        /// The number.
        value: String,
        /// The word after it.
        word: String,
    },
    /// `hold: 30 sec`.
    #[error(
        "{field}: a duration with a unit is written in double quotes, without a space: \"{value}{unit}\", not {value} {word}"
    )]
    UnitAfterSpace {
        /// The field.
        field: String,
        /// The number.
        value: String,
        /// The unit as the format writes it: `s`, `m`, `h`.
        unit: &'static str,
        /// The word as written.
        word: String,
    },
    /// `name: “A”`.
    #[error(
        "{field}: these are curly quotes (“ ”), as a word processor writes them; write straight double quotes instead: {straight}"
    )]
    CurlyQuotes {
        /// The field.
        field: String,
        /// The value with straight quotes.
        straight: String,
    },
    /// `reps: "3"`.
    #[error("{field} is a number, written without quotes: {number}")]
    QuotedNumber {
        /// The field.
        field: String,
        /// The number.
        number: String,
    },
    /// `halfway: "true"`.
    #[error("{field} is written without quotes: {meant}")]
    QuotedBool {
        /// The field.
        field: String,
        /// `true` or `false`.
        meant: &'static str,
    },
    /// `halfway: "True"`.
    #[error("{field} is written in small letters, without quotes: {meant}, not {value}")]
    QuotedCapitalBool {
        /// The field.
        field: String,
        /// `true` or `false`.
        meant: &'static str,
        /// As written.
        value: String,
    },
    /// `halfway: "yes"`.
    #[error("{field} is true or false, without quotes: write {meant}, not {value}")]
    QuotedWordBool {
        /// The field.
        field: String,
        /// `true` or `false`.
        meant: &'static str,
        /// As written.
        value: String,
    },
    /// `sides: "both"`.
    #[error("sides is written without quotes: {choice}, not \"{inner}\"")]
    QuotedSides {
        /// The word to write.
        choice: &'static str,
        /// As written between the quotes.
        inner: String,
    },
    /// `sides: "sometimes"`.
    #[error("sides is written without quotes, as one of Neither, Left, Right, Both")]
    QuotedOtherSides,
    /// `halfway: True`.
    #[error("{field} is written in small letters: {meant}, not {value}")]
    CapitalBool {
        /// The field.
        field: String,
        /// `true` or `false`.
        meant: &'static str,
        /// As written.
        value: String,
    },
    /// `halfway: yes`.
    #[error("{field} is true or false: write {meant}, not {value}")]
    WordBool {
        /// The field.
        field: String,
        /// `true` or `false`.
        meant: &'static str,
        /// As written.
        value: String,
    },
    /// `hold: 30s`.
    #[error("{field}: a duration with a unit is written in double quotes: \"{value}\"")]
    UnquotedUnit {
        /// The field.
        field: String,
        /// As written.
        value: String,
    },
    /// `reps: 2-3`.
    #[error(
        "{field} is one {}, not a range such as {value}: write the one to do, such as {low}",
        if *.whole { "whole number" } else { "duration" }
    )]
    Range {
        /// The field.
        field: String,
        /// Whether the field is a whole number (else a duration).
        whole: bool,
        /// As written.
        value: String,
        /// The range's low end.
        low: String,
    },
    /// `hold: 1,5`.
    #[error(
        "{field}: {value} is not a duration; write whole seconds or units, e.g. 90 or \"1m30s\""
    )]
    DecimalComma {
        /// The field.
        field: String,
        /// As written.
        value: String,
    },
    /// `reps: three`.
    #[error("{field} is written in digits: {number}, not {value}")]
    NumberWord {
        /// The field.
        field: String,
        /// The number in digits.
        number: u32,
        /// As written.
        value: String,
    },
    /// `breathe: some("5s")`.
    #[error("{field}: write Some({inner}) with a capital S, or just {inner}")]
    SomeCapital {
        /// The field.
        field: String,
        /// What is in the brackets.
        inner: String,
    },
    /// `breathe: none`.
    #[error("breathe: write None with a capital N, or leave breathe out")]
    BreatheNone,
    /// `prepare: none`.
    #[error("{field}: write 0 for no time at all, or leave {field} out for the usual time")]
    DurationNone {
        /// The field.
        field: String,
    },
    /// `sides: none`.
    #[error("sides: write Neither for a step with no sides, or leave sides out")]
    SidesNone,
    /// `reps: 3%`.
    #[error("{field} is written as a whole number alone: {number}, not {value}")]
    AfterNumber {
        /// The field.
        field: String,
        /// The number.
        number: String,
        /// As written.
        value: String,
    },
    /// `drawing: knees-to-chest`.
    #[error("drawing is written in double quotes: \"{id}\"")]
    UnquotedDrawing {
        /// The drawing's name.
        id: &'static str,
    },
    /// Text closed with a curly quote, running on into the next field.
    #[error(
        "{}this text is closed with a curly quote, as a word processor writes it; write a straight double quote instead: \"{before}\"",
        named(.field)
    )]
    CurlyClose {
        /// The field, if known.
        field: Option<String>,
        /// The text up to the curly quote.
        before: String,
    },
    /// `hold: "30" sec`.
    #[error(
        "{}the unit goes inside the quotes: \"{number}{unit}\", not \"{number}\" {word}",
        named(.field)
    )]
    UnitOutsideQuotes {
        /// The field, if known.
        field: Option<String>,
        /// The number in the quotes.
        number: String,
        /// The unit as the format writes it.
        unit: &'static str,
        /// The word after the quotes.
        word: String,
    },
    /// `"Say "relax" now"`.
    #[error(
        "{}this text has a double quote \" inside it, which ends the text early; inside text, use single quotes ' instead, or write \\\" for a double quote",
        named(.field)
    )]
    QuoteInside {
        /// The field, if known.
        field: Option<String>,
    },
    /// A step's `)` missing before the `]` of the steps.
    #[error(
        "this step is not closed: a closing ) is missing here, before the ] that ends the steps"
    )]
    StepOpenAtEnd,
    /// A step's `)` missing before a comma and the next step.
    #[error(
        "this step is not closed: a closing ) is missing here, before the comma and the next Step("
    )]
    StepOpenBeforeComma,
    /// A step's `)` and comma missing before the next step.
    #[error(
        "this step is not closed: a closing ) is missing here, and a comma after it, before the next Step("
    )]
    StepOpen,
    /// A closing bracket with nothing to close.
    #[error("there is one {close} too many here; delete it")]
    OneTooMany {
        /// The bracket.
        close: char,
    },
    /// `]` or `}` where a step's or the routine's `)` belongs.
    #[error("write ) here, not {close}: a step, and the routine, end with )")]
    CloseStep {
        /// The bracket written.
        close: char,
    },
    /// `)` or `}` where the list's `]` belongs.
    #[error("write ] here, not {close}: the list of steps ends with ]")]
    CloseList {
        /// The bracket written.
        close: char,
    },
    /// The routine's `)` before the list's `]`.
    #[error("the list of steps is not closed: a closing ] is missing before this )")]
    ListOpen,
    /// `# note`.
    #[error("comments in a routine file start with //, not #: write // in place of #")]
    HashComment,
    /// `-- note`.
    #[error("comments in a routine file start with //, not --: write // in place of --")]
    DashComment,
}

fn named(field: &Option<String>) -> String {
    field.as_ref().map_or(String::new(), |f| format!("{f}: "))
}

/// A space a word processor writes that looks like an ordinary space but is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OddSpace {
    /// U+00A0.
    NoBreak,
    /// U+202F.
    NarrowNoBreak,
    /// U+2007.
    Figure,
    /// U+2009.
    Thin,
    /// U+200B.
    ZeroWidth,
    /// U+FEFF.
    ZeroWidthNoBreak,
}

impl OddSpace {
    /// Every one, with its character.
    pub const ALL: &'static [(char, OddSpace)] = &[
        ('\u{a0}', OddSpace::NoBreak),
        ('\u{202f}', OddSpace::NarrowNoBreak),
        ('\u{2007}', OddSpace::Figure),
        ('\u{2009}', OddSpace::Thin),
        ('\u{200b}', OddSpace::ZeroWidth),
        ('\u{feff}', OddSpace::ZeroWidthNoBreak),
    ];

    /// Its name in English, with its article.
    pub fn name(self) -> &'static str {
        match self {
            OddSpace::NoBreak => "a no-break space",
            OddSpace::NarrowNoBreak => "a narrow no-break space",
            OddSpace::Figure => "a figure space",
            OddSpace::Thin => "a thin space",
            OddSpace::ZeroWidth => "a zero-width space",
            OddSpace::ZeroWidthNoBreak => "a zero-width no-break space",
        }
    }
}
