//! The history as CSV and JSON, for `stretch-timer history --csv` and `--json`.
//!
//! CSV: a header of exactly the contract's columns ([`Column::ALL`], in that order), then one row
//! per session; `started_at` in ISO 8601 with its UTC offset; an empty field where there is no
//! value; quoting and line ends (CRLF) as RFC 4180 says. A text cell that a spreadsheet would run
//! as a formula (it begins with `=`, `+`, `-`, `@`, a tab or a carriage return: a note, or a
//! routine's name from a package someone sent) gets a `'` in front ([`spreadsheet_safe`], OWASP's
//! rule), so it is shown as text.
//!
//! JSON: an array with one object per session: the same columns under the same names (numbers
//! as numbers, `null` where there is no value, text as it is), then `ended_at`,
//! `stopped_at_step`, `source`, `routine_hash`, `id`, and `steps`: per step and side, the step's
//! number and name, the side (`null` for none), the holds planned and done. Steps are numbered
//! from 1, as `plan --json` numbers them; `stopped_at_step` is the step a stopped session was
//! stopped at, or the first step an interrupted one left undone (`null` otherwise).
//! docs/history-export.md is the contract.

use std::borrow::Cow;
use std::io;

use serde::ser::SerializeMap as _;
use stretch_timer_core::progress::{Column, Field, Outcome, SessionRecord, StepHolds};

use super::StoredSession;
use crate::tr;

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Writing CSV failed (most often: the output could not be written).
    #[error("{}", tr!("history-export-csv", reason = .0.to_string()))]
    Csv(csv::Error),
    /// Writing JSON failed (most often: the output could not be written).
    #[error("{}", tr!("history-export-json", reason = .0.to_string()))]
    Json(serde_json::Error),
    /// The output could not be written.
    #[error("{}", tr!("history-export-io", reason = crate::fault::io_words(.0)))]
    Io(io::Error),
}

// By hand rather than `#[from]`, which would also make each cause the error's source: the message
// already says it, and a front end printing the chain would say it twice.
impl From<csv::Error> for ExportError {
    fn from(e: csv::Error) -> Self {
        ExportError::Csv(e)
    }
}

impl From<serde_json::Error> for ExportError {
    fn from(e: serde_json::Error) -> Self {
        ExportError::Json(e)
    }
}

impl From<io::Error> for ExportError {
    fn from(e: io::Error) -> Self {
        ExportError::Io(e)
    }
}

/// Writes `sessions` as CSV to `out`.
pub fn write_csv<W: io::Write>(out: W, sessions: &[StoredSession]) -> Result<(), ExportError> {
    let mut csv = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    csv.write_record(Column::ALL.map(Column::name))?;
    for session in sessions {
        csv.write_record(Column::ALL.map(|c| match session.record.field(c) {
            Field::Text(text) => spreadsheet_safe(&text).into_owned(),
            other => other.to_string(),
        }))?;
    }
    csv.flush()?;
    Ok(())
}

/// `text` as a spreadsheet cell that is shown, never run: one that begins with `=`, `+`, `-`,
/// `@`, a tab or a carriage return (a formula, or what a spreadsheet takes for one) gets a `'` in
/// front, as OWASP's advice on CSV injection says.
pub fn spreadsheet_safe(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The step a session ended in, counted from 1: where a stopped session was stopped, or the
/// first step an interrupted one left holds undone in.
pub fn stopped_at_step(record: &SessionRecord) -> Option<usize> {
    let step = match record.outcome? {
        Outcome::Stopped { step } => Some(step),
        Outcome::Interrupted => record
            .holds
            .iter()
            .find(|h| h.done < h.planned)
            .map(|h| h.step),
        Outcome::Completed | Outcome::Shortened => None,
    };
    step.map(|s| s + 1)
}

/// Writes `sessions` as JSON to `out`.
pub fn write_json<W: io::Write>(mut out: W, sessions: &[StoredSession]) -> Result<(), ExportError> {
    let rows: Vec<JsonRow<'_>> = sessions.iter().map(JsonRow).collect();
    serde_json::to_writer_pretty(&mut out, &rows)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

/// One session as a JSON object, its fields in the documented order.
struct JsonRow<'a>(&'a StoredSession);

impl serde::Serialize for JsonRow<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let StoredSession { id, record } = self.0;
        let mut row = serializer.serialize_map(Some(Column::ALL.len() + 6))?;
        for column in Column::ALL {
            row.serialize_entry(column.name(), &record.field(column))?;
        }
        row.serialize_entry("ended_at", &record.ended_at)?;
        row.serialize_entry("stopped_at_step", &stopped_at_step(record))?;
        row.serialize_entry("source", &record.source)?;
        row.serialize_entry("routine_hash", &record.routine_hash)?;
        row.serialize_entry("id", id)?;
        let steps: Vec<JsonStep<'_>> = record.holds.iter().map(JsonStep).collect();
        row.serialize_entry("steps", &steps)?;
        row.end()
    }
}

/// One step's holds on one side as a JSON object, the step numbered from 1.
struct JsonStep<'a>(&'a StepHolds);

impl serde::Serialize for JsonStep<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let StepHolds {
            step,
            name,
            side,
            planned,
            done,
        } = self.0;
        let mut row = serializer.serialize_map(Some(5))?;
        row.serialize_entry("step", &(step + 1))?;
        row.serialize_entry("name", name)?;
        row.serialize_entry("side", side)?;
        row.serialize_entry("planned", planned)?;
        row.serialize_entry("done", done)?;
        row.end()
    }
}
