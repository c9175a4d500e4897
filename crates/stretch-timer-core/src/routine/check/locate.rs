//! Where a checked value is: parse again, stopping just before it, and ask the parser.

use serde::de::DeserializeOwned;

use super::options;
use crate::limits;
use crate::routine::diagnostic::{Diagnostic, Position, Problem};
use crate::routine::raw::{Mark, PROBE_STOP, ProbeRun};

/// Where value `mark` starts: parse again, stopping just before it, and ask the parser where it is.
pub(super) fn at<T: DeserializeOwned>(text: &str, mark: Mark) -> Position {
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

pub(super) fn all<T: DeserializeOwned>(
    text: &str,
    mut problems: Vec<(Mark, Problem)>,
) -> Vec<Diagnostic> {
    // Marks are handed out in file order, so the first problems by mark are the first in the file.
    problems.sort_by_key(|(mark, _)| *mark);
    // The problems not reported are counted, at the first of them, so that no one takes the
    // list for all there is.
    let left_out = problems
        .get(limits::REPORTED_PROBLEMS)
        .map(|(mark, _)| (*mark, problems.len() - limits::REPORTED_PROBLEMS));
    problems.truncate(limits::REPORTED_PROBLEMS);
    if let Some((mark, count)) = left_out {
        problems.push((mark, Problem::MoreProblems { count }));
    }
    let mut diagnostics: Vec<Diagnostic> = problems
        .into_iter()
        .map(|(mark, problem)| Diagnostic {
            pos: at::<T>(text, mark),
            problem,
        })
        .collect();
    diagnostics.sort_by_key(|d| d.pos);
    diagnostics
}
