//! The bodies of the shell's fuzz targets (`fuzz/fuzz_targets/`), each a function of the fuzzer's
//! bytes that panics where the property it states fails. The targets call them, and so does the
//! regression test that replays each target's corpus (`fuzz/corpus/TARGET/`) in `cargo test`
//! (tests/it/fuzz_corpus.rs): one body, run by both. The core's targets are in
//! `stretch_timer_core::fuzzing`.

use std::fs;
use std::path::{Path, PathBuf};

use arbitrary::{Arbitrary, Unstructured};
use jiff::Timestamp;
use jiff::tz::Offset;
use stretch_timer_core::fuzzing::Target;
use stretch_timer_core::progress::{
    Column, Effort, Field, LocalTime, Outcome, Pain, RoutineHash, SessionRecord, Source, StepHolds,
};
use stretch_timer_core::routine::Side;

use crate::history::export::{write_csv, write_json};
use crate::history::{Filter, History, SessionId, StoredSession};
use crate::home::Home;
use crate::remind::store::{self, StoreError};
use crate::share::{self, OnClash};

/// The shell's targets.
pub const TARGETS: &[Target] = &[
    Target {
        name: "share_import",
        body: share_import,
    },
    Target {
        name: "history_file",
        body: history_file,
    },
    Target {
        name: "history_export",
        body: history_export,
    },
    Target {
        name: "reminder_store",
        body: reminder_store,
    },
];

/// Every path under `dir`, hidden ones included.
fn everything(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(everything(&path));
        }
        found.push(path);
    }
    found
}

/// Any bytes as a shared package, imported into a temporary home: nothing is written outside the
/// routines folder, and a refused package leaves nothing behind.
pub fn share_import(data: &[u8]) {
    let Ok(root) = tempfile::tempdir() else {
        return;
    };
    let package = root.path().join("package.zip");
    let routines = root.path().join("home/routines");
    if fs::write(&package, data).is_err() || fs::create_dir_all(&routines).is_err() {
        return;
    }
    let result = share::import(&package, &routines, OnClash::Refuse);
    for path in everything(root.path()) {
        assert!(
            path == package || path.starts_with(&routines) || path == root.path().join("home"),
            "written outside the routines folder: {}",
            path.display()
        );
    }
    let left = everything(&routines);
    match result {
        Ok(imported) => assert!(imported.path.starts_with(&routines)),
        Err(_) => assert!(left.is_empty(), "a refused package left {left:?}"),
    }
}

/// Any bytes as a history file: opened, or refused with a typed error, never a panic, and a
/// refused file is left byte for byte as it was.
pub fn history_file(data: &[u8]) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let path = dir.path().join("history.sqlite3");
    if fs::write(&path, data).is_err() {
        return;
    }
    match History::open(&path) {
        Ok(history) => {
            let _ = history.list(&Filter::default());
        }
        Err(_) => assert_eq!(
            fs::read(&path).ok().as_deref(),
            Some(data),
            "a refused file changed"
        ),
    }
}

/// A session as the fuzzer makes it: any names, note and numbers.
#[derive(Debug, Arbitrary)]
struct AnySession {
    id: i64,
    routine: String,
    bundled: bool,
    source: String,
    text: Vec<u8>,
    started: (i64, i32),
    ended: Option<i64>,
    outcome: Option<(u8, u8)>,
    seconds: u64,
    holds: Vec<(u8, String, u8, u32, u32)>,
    pain: (Option<u8>, Option<u8>),
    effort: Option<u8>,
    note: String,
}

impl AnySession {
    /// The session as the history holds it, each number brought into its range.
    fn stored(self) -> StoredSession {
        let at = |second: i64| {
            let second = second.clamp(Timestamp::MIN.as_second(), Timestamp::MAX.as_second());
            Timestamp::from_second(second).unwrap_or(Timestamp::UNIX_EPOCH)
        };
        let offset = Offset::from_seconds(self.started.1 % 86_400).unwrap_or(Offset::UTC);
        let started_at = LocalTime::new(at(self.started.0), offset);
        StoredSession {
            id: SessionId(self.id),
            record: SessionRecord {
                routine: self.routine,
                source: if self.bundled {
                    Source::Bundled(self.source)
                } else {
                    Source::File(self.source.into())
                },
                routine_hash: RoutineHash::of(&self.text),
                started_at,
                ended_at: self.ended.map(|e| started_at.with_timestamp(at(e))),
                outcome: self.outcome.map(|(kind, step)| match kind % 4 {
                    0 => Outcome::Completed,
                    1 => Outcome::Stopped {
                        step: usize::from(step),
                    },
                    2 => Outcome::Shortened,
                    _ => Outcome::Interrupted,
                }),
                seconds: self.seconds,
                holds: self
                    .holds
                    .into_iter()
                    .take(400)
                    .map(|(step, name, side, planned, done)| StepHolds {
                        step: usize::from(step),
                        name,
                        side: [None, Some(Side::Left), Some(Side::Right)][usize::from(side % 3)],
                        planned: planned % 1000,
                        done: done % 1000,
                    })
                    .collect(),
                pain_before: self.pain.0.and_then(|p| Pain::new(p % 12).ok()),
                pain_after: self.pain.1.and_then(|p| Pain::new(p % 12).ok()),
                effort: self.effort.map(|e| Effort::ALL[usize::from(e % 3)]),
                note: self.note,
            },
        }
    }
}

/// Whether a spreadsheet would run a cell that begins like `text` (OWASP's list).
fn runs_in_a_spreadsheet(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Any sessions, with any routine names and notes, exported: the CSV reads back with the csv crate
/// as one row of every column per session, each cell the value exported, a text that a
/// spreadsheet would run with a `'` in front and no cell that a spreadsheet would run; the JSON
/// reads back with one object per session, its texts as they are.
pub fn history_export(data: &[u8]) {
    let Ok(sessions) = Vec::<AnySession>::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    let sessions: Vec<StoredSession> = sessions
        .into_iter()
        .take(50)
        .map(AnySession::stored)
        .collect();

    let mut csv_out = Vec::new();
    let written = write_csv(&mut csv_out, &sessions);
    assert!(written.is_ok(), "{written:?}");
    let mut reader = csv::ReaderBuilder::new().from_reader(csv_out.as_slice());
    let header = reader
        .headers()
        .map(|h| h.iter().collect::<Vec<_>>().join(","));
    let names: Vec<&str> = Column::ALL.into_iter().map(Column::name).collect();
    assert_eq!(header.ok(), Some(names.join(",")));
    let rows: Vec<csv::StringRecord> = reader.records().filter_map(Result::ok).collect();
    assert_eq!(
        rows.len(),
        sessions.len(),
        "rows read back from {csv_out:?}"
    );
    for (row, session) in rows.iter().zip(&sessions) {
        assert_eq!(row.len(), Column::ALL.len(), "{row:?}");
        for (cell, column) in row.iter().zip(Column::ALL) {
            assert!(!runs_in_a_spreadsheet(cell), "{column:?} cell {cell:?}");
            match session.record.field(column) {
                Field::Text(text) if runs_in_a_spreadsheet(&text) => {
                    assert_eq!(cell.strip_prefix('\''), Some(text.as_str()));
                }
                Field::Text(text) => assert_eq!(cell, text),
                other => assert_eq!(cell, other.to_string()),
            }
        }
    }

    let mut json_out = Vec::new();
    let written = write_json(&mut json_out, &sessions);
    assert!(written.is_ok(), "{written:?}");
    let read = serde_json::from_slice::<serde_json::Value>(&json_out);
    let objects = read.as_ref().ok().and_then(serde_json::Value::as_array);
    assert!(
        objects.is_some(),
        "the JSON does not read back as a list: {read:?}"
    );
    let Some(objects) = objects else {
        return;
    };
    assert_eq!(objects.len(), sessions.len());
    for (object, session) in objects.iter().zip(&sessions) {
        let record = &session.record;
        assert_eq!(object["routine"].as_str(), Some(record.routine.as_str()));
        let note = (!record.note.is_empty()).then_some(record.note.as_str());
        assert_eq!(object["note"].as_str(), note);
        assert_eq!(object["id"].as_i64(), Some(session.id.0));
        assert_eq!(
            object["steps"].as_array().map(Vec::len),
            Some(record.holds.len())
        );
    }
}

/// Any bytes as `reminders.json`: read as reminders that save and read back as the same, or
/// reported as broken (or too new) and left byte for byte as it was; never a panic.
pub fn reminder_store(data: &[u8]) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let home = Home::at(dir.path());
    let path = store::path_in(&home);
    if fs::write(&path, data).is_err() {
        return;
    }
    match store::load(&home) {
        Ok(reminders) => {
            let saved = store::save(&home, &reminders);
            assert!(saved.is_ok(), "{saved:?}");
            let again = store::load(&home);
            assert_eq!(again.as_ref().ok(), Some(&reminders), "{again:?}");
            let first = fs::read(&path).ok();
            let saved = store::save(&home, &reminders);
            assert!(saved.is_ok(), "{saved:?}");
            assert_eq!(fs::read(&path).ok(), first, "saved twice, written two ways");
        }
        Err(error) => {
            assert!(
                matches!(error, StoreError::Broken { .. } | StoreError::TooNew { .. }),
                "a file that is there reported as {error:?}"
            );
            assert_eq!(
                fs::read(&path).ok().as_deref(),
                Some(data),
                "a refused file changed"
            );
        }
    }
}
