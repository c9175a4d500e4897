//! What can go wrong with the history file, in words for the person using the program.

use std::io;
use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

use crate::tr;

/// Why the history could not be opened, read or written. Routines still run without it: the
/// caller says so once and goes on without recording. The file is never deleted or overwritten
/// because of one of these. A message says what is wrong, not what to do: each front end names
/// its own way out (the app's "Start a new history", the command line's `history --set-aside`).
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// The file is not a database this program can read: damaged, or not a history file at all.
    Corrupt {
        /// The history file.
        path: PathBuf,
        /// What was found wrong, for someone who looks into it.
        detail: String,
    },
    /// Another program holds the file locked for longer than we wait.
    Locked {
        /// The history file.
        path: PathBuf,
    },
    /// The file was written by a newer version of the program, which may store things this one
    /// does not understand.
    TooNew {
        /// The history file.
        path: PathBuf,
        /// The file's version.
        found: i64,
        /// The newest version this program reads.
        supported: i64,
    },
    /// The file or its folder cannot be written.
    ReadOnly {
        /// The history file.
        path: PathBuf,
    },
    /// The disk is full.
    Full {
        /// The history file.
        path: PathBuf,
    },
    /// The file or its folder could not be used for another reason the system gave.
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// What the system said (in the message; not a separate source, so it is said once).
        cause: io::Error,
    },
    /// SQLite failed for a reason not listed above.
    Database {
        /// The history file.
        path: PathBuf,
        /// What SQLite said (in the message; not a separate source, so it is said once).
        cause: rusqlite::Error,
    },
    /// A finished hold was reported for a step and side the session's plan does not have, or
    /// whose holds were all done already (a mistake in the program, not in the file).
    NoSuchHold {
        /// The step, by index (from 0).
        step: usize,
        /// The side, if any.
        side: Option<&'static str>,
    },
}

impl std::fmt::Display for HistoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = match self {
            HistoryError::Corrupt { path, detail } => {
                let file = path.display().to_string();
                tr!(
                    "history-error-corrupt",
                    file = file,
                    detail = detail.as_str()
                )
            }
            HistoryError::Locked { path } => {
                tr!("history-error-locked", file = path.display().to_string())
            }
            HistoryError::TooNew {
                path,
                found,
                supported,
            } => {
                let (file, found, supported) = (path.display().to_string(), *found, *supported);
                tr!(
                    "history-error-too-new",
                    file = file,
                    found = found,
                    supported = supported
                )
            }
            HistoryError::ReadOnly { path } => {
                tr!("history-error-read-only", file = path.display().to_string())
            }
            HistoryError::Full { path } => {
                tr!("history-error-full", file = path.display().to_string())
            }
            HistoryError::Io { path, cause } => {
                let (file, reason) = (path.display().to_string(), crate::fault::io_words(cause));
                tr!("history-error-other", file = file, reason = reason)
            }
            HistoryError::Database { path, cause } => {
                let (file, reason) = (path.display().to_string(), cause.to_string());
                tr!("history-error-other", file = file, reason = reason)
            }
            HistoryError::NoSuchHold { step, side } => {
                let step = *step;
                match *side {
                    Some(side) => tr!("history-error-no-hold-side", step = step, side = side),
                    None => tr!("history-error-no-hold", step = step),
                }
            }
        };
        f.write_str(&words)
    }
}

impl HistoryError {
    /// The error SQLite's `error` stands for, about the history file at `path`.
    pub(crate) fn from_sqlite(path: &Path, error: rusqlite::Error) -> HistoryError {
        let path = path.to_owned();
        match error.sqlite_error_code() {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => HistoryError::Corrupt {
                path,
                detail: error.to_string(),
            },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                HistoryError::Locked { path }
            }
            Some(ErrorCode::ReadOnly | ErrorCode::PermissionDenied) => {
                HistoryError::ReadOnly { path }
            }
            Some(ErrorCode::CannotOpen) if !writable_folder(&path) => {
                HistoryError::ReadOnly { path }
            }
            Some(ErrorCode::DiskFull) => HistoryError::Full { path },
            // The WAL's shared-memory file could not grow: what SQLite says when a full disk is
            // found at the first write after opening (its text would say "disk I/O error").
            _ if matches!(&error, rusqlite::Error::SqliteFailure(e, _)
                if e.extended_code == rusqlite::ffi::SQLITE_IOERR_SHMSIZE) =>
            {
                HistoryError::Full { path }
            }
            _ => HistoryError::Database { path, cause: error },
        }
    }

    /// The error the system's `error` stands for, about `path`.
    pub(crate) fn from_io(path: &Path, error: io::Error) -> HistoryError {
        let path = path.to_owned();
        match error.kind() {
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                HistoryError::ReadOnly { path }
            }
            io::ErrorKind::StorageFull => HistoryError::Full { path },
            _ => HistoryError::Io { path, cause: error },
        }
    }
}

/// Whether a new file can be made next to `path` (checked only to explain a failure to open).
fn writable_folder(path: &Path) -> bool {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    tempfile::tempfile_in(folder).is_ok()
}
