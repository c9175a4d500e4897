//! Slips of the pen that the parser reads as something else: a double quote inside text, text
//! whose closing quote is missing, a step not closed before the next one, a comment started with
//! `#`. The parser stops after the slip and names what it met there ("a comma is missing",
//! `unknown field "Step"`); these are found from the text itself, read as the parser reads it
//! (text in quotes, comments), and said as what happened.

use super::mistakes::CURLY_QUOTES;
use crate::cue_sounds::Tone;
use crate::routine::diagnostic::{Diagnostic, Position, Problem};
use crate::routine::duration::short_unit;
use crate::routine::fields::{self, kind_of};
use crate::routine::raw::{RawRoutine, RawSchedule, RawStep, fields_of};
use crate::routine::slip::SyntaxKind as S;

/// What a piece of the text is, as far as these slips need to know.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    /// Text in double quotes (or a raw string), with what is between the quotes.
    Text(String),
    /// Text whose closing quote never comes: the rest of the file is in it.
    UnclosedText,
    /// A name: a field, `Step`, `Some`, a number's digits and letters.
    Word(String),
    /// `#`, outside text and comments.
    Hash,
    /// Any other character outside text and comments.
    Mark(char),
}

/// A piece of the text and where it is: `start` at its first character, `end` just past its last.
#[derive(Debug)]
struct Token {
    kind: Kind,
    start: Position,
    end: Position,
}

/// Walks the text character by character, keeping the position.
struct Reader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    pos: Position,
}

impl Reader<'_> {
    fn next(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.pos = Position {
                line: self.pos.line + 1,
                col: 1,
            };
        } else {
            self.pos.col += 1;
        }
        Some(c)
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().copied()
    }

    /// Skips `/* ... */`, nested as RON nests them; the opening `/*` is read already.
    fn block_comment(&mut self) {
        let mut depth = 1usize;
        while depth > 0 {
            match self.next() {
                None => return,
                Some('/') if self.peek() == Some('*') => {
                    self.next();
                    depth += 1;
                }
                Some('*') if self.peek() == Some('/') => {
                    self.next();
                    depth -= 1;
                }
                Some(_) => {}
            }
        }
    }

    /// Reads text up to its closing quote; the opening quote is read already. A backslash keeps
    /// the next character in the text.
    fn text(&mut self) -> Kind {
        let mut content = String::new();
        loop {
            match self.next() {
                None => return Kind::UnclosedText,
                Some('"') => return Kind::Text(content),
                Some('\\') => {
                    content.push('\\');
                    match self.next() {
                        None => return Kind::UnclosedText,
                        Some(c) => content.push(c),
                    }
                }
                Some(c) => content.push(c),
            }
        }
    }

    /// Reads a raw string `r#"..."#` after its `r`, or `None` (having read nothing) when the `#`s
    /// are not followed by a quote.
    fn raw_text(&mut self) -> Option<Kind> {
        let hashes = self.chars.clone().take_while(|c| *c == '#').count();
        let quoted = self.chars.clone().nth(hashes).is_some_and(|c| c == '"');
        if !quoted {
            return None;
        }
        for _ in 0..=hashes {
            self.next();
        }
        // The hashes read since the last quote, once there is one: the text ends at a quote
        // followed by as many hashes as opened it.
        let mut after_quote: Option<usize> = None;
        let mut content = String::new();
        loop {
            let Some(c) = self.next() else {
                return Some(Kind::UnclosedText);
            };
            after_quote = match (c, after_quote) {
                ('"', _) => Some(0),
                ('#', Some(n)) => Some(n + 1),
                _ => None,
            };
            content.push(c);
            if after_quote == Some(hashes) {
                content.truncate(content.len().saturating_sub(1 + hashes));
                return Some(Kind::Text(content));
            }
        }
    }
}

/// The text as the parser reads it, without white space and comments. Stops at text or a
/// comment that is never closed.
fn tokens(text: &str) -> Vec<Token> {
    let mut reader = Reader {
        chars: text.chars().peekable(),
        pos: Position::START,
    };
    let mut tokens = Vec::new();
    loop {
        let start = reader.pos;
        let Some(c) = reader.next() else {
            return tokens;
        };
        let kind = match c {
            c if c.is_whitespace() => continue,
            '/' if reader.peek() == Some('/') => {
                while reader.peek().is_some_and(|c| c != '\n') {
                    reader.next();
                }
                continue;
            }
            '/' if reader.peek() == Some('*') => {
                reader.next();
                reader.block_comment();
                continue;
            }
            '"' => reader.text(),
            '#' => Kind::Hash,
            c if c.is_alphanumeric() || c == '_' => {
                let mut word = String::from(c);
                while let Some(c) = reader.peek().filter(|c| c.is_alphanumeric() || *c == '_') {
                    word.push(c);
                    reader.next();
                }
                let raw = if matches!(word.as_str(), "r" | "br")
                    && matches!(reader.peek(), Some('#' | '"'))
                {
                    reader.raw_text()
                } else {
                    None
                };
                raw.unwrap_or(Kind::Word(word))
            }
            c => Kind::Mark(c),
        };
        let unclosed = kind == Kind::UnclosedText;
        tokens.push(Token {
            kind,
            start,
            end: reader.pos,
        });
        if unclosed {
            return tokens;
        }
    }
}

fn syntax(pos: Position, kind: S) -> Diagnostic {
    Diagnostic {
        pos,
        problem: Problem::Syntax(kind),
    }
}

/// Whether `name` is a field of a routine, a step, a schedule or the cue sounds.
fn is_field(name: &str) -> bool {
    fields_of::<RawRoutine>().contains(&name)
        || fields_of::<RawStep>().contains(&name)
        || fields_of::<RawSchedule>().contains(&name)
        || Tone::NAMES.contains(&name)
}

/// Whether text ends in a field's name and its colon, as text whose closing quote is missing
/// does: it has run on to the opening quote of the next field's value.
fn ends_in_a_field(content: &str) -> bool {
    let Some(before_colon) = content.trim_end().strip_suffix(':') else {
        return false;
    };
    let before_colon = before_colon.trim_end();
    let name_len = before_colon
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .map(char::len_utf8)
        .sum::<usize>();
    let Some((before, name)) = before_colon
        .len()
        .checked_sub(name_len)
        .and_then(|at| Some((before_colon.get(..at)?, before_colon.get(at..)?)))
    else {
        return false;
    };
    !name.is_empty()
        && (is_field(name)
            || before
                .trim_end_matches([' ', '\t'])
                .ends_with(['\n', ',', '(']))
}

/// The field a value at `tokens[i]` belongs to: `name: value`.
fn field_before(tokens: &[Token], i: usize) -> Option<&str> {
    match (tokens.get(i.checked_sub(2)?)?, tokens.get(i - 1)?) {
        (
            Token {
                kind: Kind::Word(field),
                ..
            },
            Token {
                kind: Kind::Mark(':'),
                ..
            },
        ) => Some(field),
        _ => None,
    }
}

/// Text at `tokens[i]` followed on the same line by something no value is followed by: its
/// closing quote is missing, or a double quote inside it ended it early.
fn text_ended_early(tokens: &[Token], i: usize) -> Option<Diagnostic> {
    let token = tokens.get(i)?;
    let Kind::Text(content) = &token.kind else {
        return None;
    };
    let next = tokens.get(i + 1)?;
    if next.start.line != token.end.line {
        return None;
    }
    let field = field_before(tokens, i);
    let named = field.map(str::to_owned);
    match &next.kind {
        Kind::Mark(',' | ')' | ']' | '}' | ':' | ';') => return None,
        // `hold: "30s".` at the end of a line: a full stop for a comma, which the parser says.
        Kind::Mark('.')
            if tokens
                .get(i + 2)
                .is_none_or(|t| t.start.line != next.end.line || t.kind == Kind::Mark(')')) =>
        {
            return None;
        }
        _ if ends_in_a_field(content) => {
            // `hold: "30s”,`: opened straight, closed curly, so the text runs on.
            let first_line = content.split('\n').next().unwrap_or_default();
            if let Some((before, _)) = first_line.split_once(CURLY_QUOTES) {
                return Some(syntax(
                    token.start,
                    S::CurlyClose {
                        field: named,
                        before: before.to_owned(),
                    },
                ));
            }
            return Some(syntax(token.start, S::UnclosedText));
        }
        // `hold: "30" s`: the unit outside the quotes.
        Kind::Word(word)
            if !content.is_empty()
                && content.chars().all(|c| c.is_ascii_digit())
                && field.is_some_and(|f| kind_of(f) == Some(fields::Kind::Duration))
                && tokens.get(i + 2).is_none_or(|t| {
                    t.start.line != next.end.line || matches!(t.kind, Kind::Mark(',' | ')'))
                }) =>
        {
            if let Some(unit) = short_unit(word) {
                return Some(syntax(
                    token.start,
                    S::UnitOutsideQuotes {
                        field: named,
                        number: content.clone(),
                        unit,
                        word: word.clone(),
                    },
                ));
            }
        }
        // `name: "A" hold: 30`: a missing comma, which the parser says.
        Kind::Word(_)
            if tokens
                .get(i + 2)
                .is_some_and(|t| matches!(t.kind, Kind::Mark(':' | '('))) =>
        {
            return None;
        }
        _ => {}
    }
    // The quote that ended the text is the last character of the token.
    let quote = Position {
        line: token.end.line,
        col: token.end.col.saturating_sub(1).max(1),
    };
    Some(syntax(quote, S::QuoteInside { field: named }))
}

/// `Step(` (or the `]` closing the steps) at `tokens[i]` while a step is still open: the step
/// before is not closed with `)`.
fn step_not_closed(tokens: &[Token], i: usize) -> Option<Diagnostic> {
    let here = tokens.get(i)?;
    let new_step = matches!(&here.kind, Kind::Word(w) if w == "Step")
        && tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Mark('('));
    if !new_step && here.kind != Kind::Mark(']') {
        return None;
    }
    let innermost = *open_before(tokens, i).last()?;
    let opened_by_step = tokens.get(innermost)?.kind == Kind::Mark('(')
        && matches!(
            &tokens.get(innermost.checked_sub(1)?)?.kind,
            Kind::Word(w) if w == "Step"
        );
    if !opened_by_step {
        return None;
    }
    // Where the `)` belongs: just after the step's last value, before the comma that follows
    // it, as in `hold: "30s"),`.
    let before = tokens.get(i.checked_sub(1)?)?;
    let (pos, kind) = if !new_step {
        (before.end, S::StepOpenAtEnd)
    } else if before.kind == Kind::Mark(',') {
        (before.start, S::StepOpenBeforeComma)
    } else {
        (before.end, S::StepOpen)
    };
    Some(syntax(pos, kind))
}

/// The brackets open just before `tokens[i]`, innermost last, each by its token's index.
fn open_before(tokens: &[Token], i: usize) -> Vec<usize> {
    let mut open: Vec<usize> = Vec::new();
    for (j, token) in tokens.iter().enumerate().take(i) {
        match token.kind {
            Kind::Mark('(' | '[' | '{') => open.push(j),
            Kind::Mark(')' | ']' | '}') => {
                open.pop();
            }
            _ => {}
        }
    }
    open
}

/// Whether every bracket of `tokens` is closed by its own kind, with the token at `at` left out
/// (`instead` is `None`) or taken as the bracket `instead`.
fn balanced_with(tokens: &[Token], at: usize, instead: Option<char>) -> bool {
    let mut open: Vec<char> = Vec::new();
    for (j, token) in tokens.iter().enumerate() {
        let mark = match (&token.kind, instead) {
            (_, None) if j == at => continue,
            (_, Some(c)) if j == at => c,
            (Kind::UnclosedText, _) => return false,
            (Kind::Mark(c), _) => *c,
            _ => continue,
        };
        match mark {
            c @ ('(' | '[' | '{') => open.push(c),
            c @ (')' | ']' | '}') => {
                let opener = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                if open.pop() != Some(opener) {
                    return false;
                }
            }
            _ => {}
        }
    }
    open.is_empty()
}

/// A closing bracket at `tokens[i]` that does not close the bracket open there: one too many, as
/// in `hold: "45s")),`, the wrong kind (`hold: "45s"}`), or the `)` that ends the routine where
/// the steps' `]` is missing.
fn bracket_slip(tokens: &[Token], i: usize) -> Option<Diagnostic> {
    let here = tokens.get(i)?;
    let Kind::Mark(close @ (')' | ']' | '}')) = here.kind else {
        return None;
    };
    let opened = open_before(tokens, i)
        .last()
        .and_then(|&j| match tokens.get(j)?.kind {
            Kind::Mark(c) => Some(c),
            _ => None,
        });
    if matches!((opened, close), (Some('('), ')') | (Some('['), ']')) {
        return None;
    }
    if balanced_with(tokens, i, None) {
        return Some(syntax(here.start, S::OneTooMany { close }));
    }
    let matching = match opened {
        Some('(') => Some(')'),
        Some('[') => Some(']'),
        _ => None,
    };
    if let Some(matching) = matching
        && balanced_with(tokens, i, Some(matching))
    {
        return Some(syntax(
            here.start,
            if matching == ')' {
                S::CloseStep { close }
            } else {
                S::CloseList { close }
            },
        ));
    }
    (opened == Some('[') && close == ')').then(|| syntax(here.start, S::ListOpen))
}

/// A slip at or before where the parser stopped (`start` to `end`), said as what happened; `None`
/// when there is none.
pub(super) fn recognise(text: &str, start: Position, end: Position) -> Option<Diagnostic> {
    let tokens = tokens(text);
    let stopped = start.max(end);
    for (i, token) in tokens.iter().enumerate() {
        if token.start > stopped {
            break;
        }
        match &token.kind {
            // `#![enable(...)]` is RON's own; any other `#` is a comment as other formats write it.
            Kind::Hash
                if !tokens
                    .get(i + 1)
                    .is_some_and(|t| t.kind == Kind::Mark('!') && t.start == token.end) =>
            {
                return Some(syntax(token.start, S::HashComment));
            }
            // `-- note`, as SQL and some spreadsheets write a comment.
            Kind::Mark('-')
                if tokens
                    .get(i + 1)
                    .is_some_and(|t| t.kind == Kind::Mark('-') && t.start == token.end) =>
            {
                return Some(syntax(token.start, S::DashComment));
            }
            Kind::Text(_) => {
                if let Some(slip) = text_ended_early(&tokens, i) {
                    return Some(slip);
                }
            }
            _ => {}
        }
    }
    let at = |pos: Position| tokens.iter().position(|t| t.start >= pos);
    [at(start), at(end)]
        .into_iter()
        .flatten()
        .find_map(|i| step_not_closed(&tokens, i).or_else(|| bracket_slip(&tokens, i)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(text: &str) -> Option<String> {
        let end = super::super::syntax::end_of(text);
        recognise(text, end, end).map(|d| d.to_string())
    }

    #[test]
    fn text_comments_and_raw_strings_are_read_as_the_parser_reads_them() {
        assert_eq!(said(r##"(a: "x # \" y", b: r#"q"" "#, c: 1) // # "##), None);
        assert_eq!(said("/* # /* \" */ */ (a: 1)"), None);
        assert_eq!(said("#![enable(implicit_some)]\n(a: 1)"), None);
        assert_eq!(said("(a: \"never closed"), None);
    }

    #[test]
    fn each_slip_is_said_at_its_place() {
        assert_eq!(
            said("(\n  # note\n  a: 1)").as_deref(),
            Some("2:3: comments in a routine file start with //, not #: write // in place of #")
        );
        assert_eq!(
            said("(instructions: \"Say \"relax\" now\")").as_deref(),
            Some(
                "1:21: instructions: this text has a double quote \" inside it, which ends the text early; inside text, use single quotes ' instead, or write \\\" for a double quote"
            )
        );
        assert_eq!(
            said("(name: \"A,\n hold: \"30s\")").as_deref(),
            Some("1:8: this text is not closed: a closing double quote \" is missing")
        );
        assert_eq!(said("(name: \"A\" hold: 30)"), None, "a missing comma");
        let unclosed = "[\n Step(hold: 1,\n Step(hold: 2),\n Step(hold: 3\n Step(hold: 4]";
        assert_eq!(said(unclosed), None, "only where the parser stopped");
        let at = |line, col| recognise(unclosed, Position { line, col }, Position { line, col });
        assert_eq!(
            at(3, 2).map(|d| d.to_string()).as_deref(),
            Some(
                "2:14: this step is not closed: a closing ) is missing here, before the comma and the next Step("
            )
        );
        assert_eq!(
            at(5, 2).map(|d| d.to_string()).as_deref(),
            Some(
                "4:14: this step is not closed: a closing ) is missing here, and a comma after it, before the next Step("
            )
        );
        assert_eq!(
            at(5, 14).map(|d| d.to_string()).as_deref(),
            Some(
                "5:14: this step is not closed: a closing ) is missing here, before the ] that ends the steps"
            )
        );
        let comma = "[\n Step(hold: 1)\n Step(hold: 2)]";
        assert_eq!(
            recognise(
                comma,
                Position { line: 3, col: 2 },
                Position { line: 3, col: 2 }
            ),
            None,
            "after a closed step, a missing comma"
        );
    }
}
