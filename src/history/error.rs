//! What can go wrong with the history file, in words for the person using the program.

use std::io;
use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

/// Why the history could not be opened, read or written. Routines still run without it: the
/// caller says so once and goes on without recording. The file is never deleted or overwritten
/// because of one of these. A message says what is wrong, not what to do: each front end names
/// its own way out (the app's "Start a new history", the command line's `history --set-aside`).
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// The file is not a database this program can read: damaged, or not a history file at all.
    #[error(
        "your history file {path} is damaged and cannot be read ({detail}); it is left as it is"
    )]
    Corrupt {
        /// The history file.
        path: PathBuf,
        /// What was found wrong, for someone who looks into it.
        detail: String,
    },
    /// Another program holds the file locked for longer than we wait.
    #[error(
        "another program is using your history file {path} and kept it locked; close the other program (a database viewer, say) and try again"
    )]
    Locked {
        /// The history file.
        path: PathBuf,
    },
    /// The file was written by a newer version of the program, which may store things this one
    /// does not understand.
    #[error(
        "your history file {path} was written by a newer version of stretch-timer (history version {found}; this version reads up to {supported}); update stretch-timer to use it, the file is left as it is"
    )]
    TooNew {
        /// The history file.
        path: PathBuf,
        /// The file's version.
        found: i64,
        /// The newest version this program reads.
        supported: i64,
    },
    /// The file or its folder cannot be written.
    #[error("your history file {path} cannot be written: the file or its folder is read-only")]
    ReadOnly {
        /// The history file.
        path: PathBuf,
    },
    /// The disk is full.
    #[error("the disk that holds your history file {path} is full; free some space")]
    Full {
        /// The history file.
        path: PathBuf,
    },
    /// The file or its folder could not be used for another reason the system gave.
    #[error("could not use your history file {path}: {cause}")]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// What the system said (in the message; not a separate source, so it is said once).
        cause: io::Error,
    },
    /// SQLite failed for a reason not listed above.
    #[error("could not use your history file {path}: {cause}")]
    Database {
        /// The history file.
        path: PathBuf,
        /// What SQLite said (in the message; not a separate source, so it is said once).
        cause: rusqlite::Error,
    },
    /// A finished hold was reported for a step and side the session's plan does not have, or
    /// whose holds were all done already (a mistake in the program, not in the file).
    #[error(
        "step {step} ({side}) has no hold left to record in this session's plan",
        side = side.unwrap_or("no side")
    )]
    NoSuchHold {
        /// The step, by index (from 0).
        step: usize,
        /// The side, if any.
        side: Option<&'static str>,
    },
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
