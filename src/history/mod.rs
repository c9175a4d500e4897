//! The history of sessions: every session of a routine, written as it happens to
//! `history.sqlite3` in the user's folder, read back for the History screen, `stretch-timer
//! history` and the therapist's report.
//!
//! SQLite (through rusqlite, compiled in) in WAL mode with `synchronous = FULL`: a session's row
//! is written when it starts and updated at the end of every hold, each in its own transaction,
//! so a crash, a SIGKILL or a power cut keeps it up to the last finished hold. Several programs
//! (the app and `stretch-timer run`) may write at once: each waits up to a busy timeout for the
//! others. The file is made readable by its owner only (mode 0600 on Unix).
//!
//! A session left without an outcome by a program that died is marked `interrupted` the next
//! time the history is opened. A running session's program holds an operating-system lock on a
//! file of its own, which the system releases when the process ends however it ends; a session
//! whose lock can be taken was left by a dead program (see `live.rs`).
//!
//! When something is wrong with the file ([`HistoryError`]), opening fails and the caller goes on
//! without recording; the file is never deleted or overwritten. Only [`start_new`], which a person
//! chooses, moves a damaged file aside.
//!
//! Reading needs no writing: [`History::open_read_only`] creates, migrates and marks nothing, so
//! the history reads on a read-only or full disk, and a missing or empty file reads as no
//! sessions without being made. A session left open by a program that died reads as
//! interrupted either way. A row that does not hold what this version wrote is listed as
//! [`Unreadable`] by [`History::read`], and the other sessions are read as usual.
//!
//! Writing never happens on the timing thread: the [`Recorder`] owns the connection on a thread
//! of its own and takes events over a channel.
//!
//! ```text
//! HOME/
//!   history.sqlite3            the sessions (with -wal and -shm beside it while in use)
//!   history.sqlite3.running/   one locked file per session being recorded right now
//! ```

mod error;
pub mod export;
mod live;
mod recorder;
pub mod schema;

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::Offset;
use rusqlite::{Connection, OpenFlags, TransactionBehavior, params};
use stretch_timer_core::progress::{
    Effort, HoldDone, LocalTime, Outcome, Pain, SessionEnd, SessionRecord, SessionStart, Source,
    StepHolds,
};
use stretch_timer_core::routine::Side;

use crate::home::Home;
use crate::tr;

pub use error::HistoryError;
pub use recorder::{RecordError, RecordSender, Recorder};

/// The history file's name in the user's folder.
pub const FILE_NAME: &str = "history.sqlite3";

/// How long a write waits for another program's write by default.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Where the history file of `home` is (it may not exist yet).
pub fn path_in(home: &Home) -> PathBuf {
    home.root().join(FILE_NAME)
}

/// How to open the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// How long to wait when another program is writing, before giving up with
    /// [`HistoryError::Locked`].
    pub busy_timeout: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            busy_timeout: BUSY_TIMEOUT,
        }
    }
}

/// A session's number in the history file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct SessionId(pub i64);

impl fmt::Display for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// A session read from the history file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSession {
    /// Its number, to edit or delete it.
    pub id: SessionId,
    /// What is remembered.
    pub record: SessionRecord,
}

/// Which sessions to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only sessions started on this day or later, on the calendar where each was done.
    pub since: Option<Date>,
    /// Only sessions of the routine with this name (ignoring the case of ASCII letters).
    pub routine: Option<String>,
}

/// A session that is in the history file but cannot be read back: a value in its row (or one of
/// its holds) is not one this version writes. The other sessions read as usual.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", tr!("history-session-unreadable", id = id.0, what = what.as_str()))]
pub struct Unreadable {
    /// Its number.
    pub id: SessionId,
    /// Which of its values, in words ("its pain before").
    pub what: String,
}

/// What [`History::read`] found: the sessions, and the rows that could not be read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// The sessions read, oldest first.
    pub sessions: Vec<StoredSession>,
    /// The rows that could not be read, by number.
    pub unreadable: Vec<Unreadable>,
}

/// A session being recorded by this program. Finish it with [`History::finish`]; dropped
/// unfinished, it is marked interrupted the next time the history is opened.
#[derive(Debug)]
pub struct Running {
    id: SessionId,
    lock: live::SessionLock,
}

impl Running {
    /// The session's number.
    pub fn id(&self) -> SessionId {
        self.id
    }
}

/// An open history file.
#[derive(Debug)]
pub struct History {
    conn: Connection,
    path: PathBuf,
    busy_timeout: Duration,
    running: PathBuf,
    interrupted: Vec<SessionId>,
}

impl History {
    /// Opens the history file at `path` (made if it does not exist, with its folder), brings it
    /// up to this version, and marks the sessions left open by programs that died as interrupted.
    pub fn open(path: &Path) -> Result<History, HistoryError> {
        History::open_with(path, Options::default())
    }

    /// [`History::open`] with `options`.
    pub fn open_with(path: &Path, options: Options) -> Result<History, HistoryError> {
        create_private(path)?;
        let sqlite = |e| HistoryError::from_sqlite(path, e);
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(sqlite)?;
        conn.busy_timeout(options.busy_timeout).map_err(sqlite)?;
        // Read before anything is written: a file that is not ours, or is newer, stays as it is.
        let version = user_version(&conn).map_err(sqlite)?;
        if version > schema::VERSION {
            return Err(HistoryError::TooNew {
                path: path.to_owned(),
                found: version,
                supported: schema::VERSION,
            });
        }
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(sqlite)?;
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(sqlite)?;
        let mut history = History {
            conn,
            path: path.to_owned(),
            busy_timeout: options.busy_timeout,
            running: live::folder(path),
            interrupted: Vec::new(),
        };
        // Nothing is kept until the whole file has been found good: the migration and the
        // marking of interrupted sessions are one transaction (rolled back if either fails),
        // and the file becomes WAL only after it commits, so a refused file is left byte for
        // byte as it was. One write transaction even when there is nothing to change: a file
        // we cannot write is found now, not at the end of the first hold.
        let tx = history
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sqlite)?;
        let version = user_version(&tx).map_err(sqlite)?;
        if version > schema::VERSION {
            return Err(HistoryError::TooNew {
                path: path.to_owned(),
                found: version,
                supported: schema::VERSION,
            });
        }
        schema::migrate(&tx, version).map_err(sqlite)?;
        let (interrupted, left) = mark_interrupted_in(&tx, &history.running).map_err(sqlite)?;
        tx.commit().map_err(sqlite)?;
        let mode: String = history
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(sqlite)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(HistoryError::ReadOnly {
                path: path.to_owned(),
            });
        }
        for owner in left {
            live::remove_left(&history.running, owner.as_deref());
        }
        history.interrupted = interrupted;
        tighten_mode(path);
        Ok(history)
    }

    /// Opens the history file at `path` for reading only. Nothing is created, brought up to
    /// date, marked or written, so it works on a read-only or full disk; a file that does not
    /// exist or is empty reads as no sessions (and is not made). Sessions left open by a program
    /// that died read as interrupted, as [`History::open`] would mark them.
    pub fn open_read_only(path: &Path) -> Result<History, HistoryError> {
        History::open_read_only_with(path, Options::default())
    }

    /// [`History::open_read_only`] with `options`.
    pub fn open_read_only_with(path: &Path, options: Options) -> Result<History, HistoryError> {
        let empty = || History::empty(path, options);
        match fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return empty(),
            Err(e) => return Err(HistoryError::from_io(path, e)),
            Ok(meta) if meta.is_file() && meta.len() == 0 => return empty(),
            Ok(_) => {}
        }
        // Without a write-ahead log beside it, no program has the file open and all of it is in
        // the file itself: it is read as it is on disk, and nothing is made beside it (a reader
        // of a WAL file would leave a `-wal` and `-shm` file, even on a full disk). Should a
        // program start writing meanwhile, it is read again as a reader alongside it.
        let conn = if with_suffix(path, "-wal").exists() {
            None
        } else {
            read_only_connection(path, options, true).ok()
        };
        let conn = match conn {
            Some(conn) => conn,
            None => match read_only_connection(path, options, false) {
                Ok(conn) => conn,
                // A file in a folder that cannot be written, or on a full disk, may not let
                // SQLite make the shared-memory file a reader of a WAL file needs. Read as it is
                // on disk.
                Err(
                    HistoryError::ReadOnly { .. }
                    | HistoryError::Full { .. }
                    | HistoryError::Io { .. }
                    | HistoryError::Database { .. },
                ) => read_only_connection(path, options, true)?,
                Err(e) => return Err(e),
            },
        };
        let has_sessions: bool = conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'sessions')",
                [],
                |r| r.get(0),
            )
            .map_err(|e| HistoryError::from_sqlite(path, e))?;
        if !has_sessions {
            // Made but never written to: nothing recorded yet.
            return empty();
        }
        Ok(History {
            conn,
            path: path.to_owned(),
            busy_timeout: options.busy_timeout,
            running: live::folder(path),
            interrupted: Vec::new(),
        })
    }

    /// A history with no sessions, in memory, reported as the file at `path`.
    fn empty(path: &Path, options: Options) -> Result<History, HistoryError> {
        let sqlite = |e| HistoryError::from_sqlite(path, e);
        let mut conn = Connection::open_in_memory().map_err(sqlite)?;
        let tx = conn.transaction().map_err(sqlite)?;
        schema::migrate(&tx, 0).map_err(sqlite)?;
        tx.commit().map_err(sqlite)?;
        Ok(History {
            conn,
            path: path.to_owned(),
            busy_timeout: options.busy_timeout,
            running: live::folder(path),
            interrupted: Vec::new(),
        })
    }

    /// The history file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How long a write waits for another program's.
    pub fn busy_timeout(&self) -> Duration {
        self.busy_timeout
    }

    /// The sessions marked interrupted when this was opened.
    pub fn interrupted_at_open(&self) -> &[SessionId] {
        &self.interrupted
    }

    /// Marks every session without an outcome whose program is no longer running as
    /// interrupted, ended at its last write. Returns them.
    pub fn mark_interrupted(&mut self) -> Result<Vec<SessionId>, HistoryError> {
        let sqlite = |e| HistoryError::from_sqlite(&self.path, e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sqlite)?;
        let (marked, left) = mark_interrupted_in(&tx, &self.running).map_err(sqlite)?;
        tx.commit().map_err(sqlite)?;
        for owner in left {
            live::remove_left(&self.running, owner.as_deref());
        }
        Ok(marked)
    }

    /// Records that a session starts: its row and its planned holds, in one transaction.
    pub fn start(&mut self, start: &SessionStart) -> Result<Running, HistoryError> {
        let lock = live::SessionLock::take(&self.running)
            .map_err(|e| HistoryError::from_io(&self.running, e))?;
        let sqlite = |e| HistoryError::from_sqlite(&self.path, e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sqlite)?;
        let at = start.started_at;
        tx.execute(
            "INSERT INTO sessions (routine, source_kind, source, routine_hash, started_at,
                 utc_offset, updated_at, pain_before, owner)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?5, ?7, ?8)",
            params![
                start.routine,
                start.source.kind(),
                start.source.id(),
                start.routine_hash.to_string(),
                at.timestamp().as_second(),
                at.offset().seconds(),
                start.pain_before.map(Pain::get),
                lock.owner(),
            ],
        )
        .map_err(sqlite)?;
        let id = tx.last_insert_rowid();
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO holds (session, ordinal, step, side, step_name, planned, done)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )
                .map_err(sqlite)?;
            for (ordinal, h) in start.holds.iter().enumerate() {
                insert
                    .execute(params![
                        id,
                        ordinal as i64,
                        h.step as i64,
                        side_name(h.side),
                        h.name,
                        h.planned,
                        h.done
                    ])
                    .map_err(sqlite)?;
            }
        }
        tx.commit().map_err(sqlite)?;
        Ok(Running {
            id: SessionId(id),
            lock,
        })
    }

    /// Records a finished hold of a running session, and the time spent so far, in one
    /// transaction.
    pub fn hold_done(&mut self, running: &Running, hold: &HoldDone) -> Result<(), HistoryError> {
        let sqlite = |e| HistoryError::from_sqlite(&self.path, e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sqlite)?;
        let changed = tx
            .execute(
                "UPDATE holds SET done = done + 1
                 WHERE session = ?1 AND step = ?2 AND side = ?3 AND done < planned",
                params![running.id.0, hold.step as i64, side_name(hold.side)],
            )
            .map_err(sqlite)?;
        if changed == 0 {
            return Err(HistoryError::NoSuchHold {
                step: hold.step,
                side: hold.side.map(Side::as_str),
            });
        }
        tx.execute(
            "UPDATE sessions SET seconds = ?2, updated_at = ?3 WHERE id = ?1",
            params![
                running.id.0,
                whole_seconds(hold.elapsed),
                hold.at.as_second()
            ],
        )
        .map_err(sqlite)?;
        tx.commit().map_err(sqlite)
    }

    /// Records that a running session came to its end: how, when, and the seconds it played,
    /// at that moment. It stays running (its lock held) for the person's answers, which
    /// [`History::finish`] adds; should the program die meanwhile, it keeps this outcome.
    pub fn ended(&mut self, running: &Running, end: &SessionEnd) -> Result<(), HistoryError> {
        write_end(&self.conn, running, end)
            .map(drop)
            .map_err(|e| HistoryError::from_sqlite(&self.path, e))
    }

    /// Records how a running session ended.
    pub fn finish(&mut self, running: Running, end: &SessionEnd) -> Result<(), HistoryError> {
        self.finish_or_keep(running, end).map_err(|kept| kept.1)
    }

    /// [`History::finish`], giving the session back when its end could not be written, to try
    /// again (its lock still held).
    pub(crate) fn finish_or_keep(
        &mut self,
        running: Running,
        end: &SessionEnd,
    ) -> Result<(), Box<(Running, HistoryError)>> {
        // The end as `ended` writes it, then the answers, and the session let go: at once.
        let written = self
            .conn
            .transaction()
            .and_then(|tx| {
                write_end(&tx, &running, end)?;
                tx.execute(
                    "UPDATE sessions SET pain_after = ?2, effort = ?3, note = ?4, owner = NULL
                     WHERE id = ?1",
                    params![
                        running.id.0,
                        end.pain_after.map(Pain::get),
                        end.effort.map(Effort::name),
                        end.note,
                    ],
                )?;
                tx.commit()
            })
            .map_err(|e| HistoryError::from_sqlite(&self.path, e));
        match written {
            // Released only now that the outcome is written.
            Ok(_) => {
                drop(running.lock);
                Ok(())
            }
            Err(e) => Err(Box::new((running, e))),
        }
    }

    /// The sessions `filter` picks, oldest first; a session whose row cannot be read is left
    /// out (see [`History::read`]).
    pub fn list(&self, filter: &Filter) -> Result<Vec<StoredSession>, HistoryError> {
        Ok(self.read(filter)?.sessions)
    }

    /// The sessions `filter` picks, oldest first, and those whose rows cannot be read.
    pub fn read(&self, filter: &Filter) -> Result<Listing, HistoryError> {
        let since = filter
            .since
            .map(|d| d.duration_since(Date::constant(1970, 1, 1)).as_secs());
        self.select(
            "(?1 IS NULL OR started_at + utc_offset >= ?1)
             AND (?2 IS NULL OR routine = ?2 COLLATE NOCASE)",
            params![since, filter.routine],
        )
    }

    /// The session `id`, if there is one that can be read.
    pub fn session(&self, id: SessionId) -> Result<Option<StoredSession>, HistoryError> {
        Ok(self
            .select("id = ?1", params![id.0])?
            .sessions
            .into_iter()
            .next())
    }

    /// Replaces the note of session `id`. Returns whether there was such a session.
    pub fn set_note(&mut self, id: SessionId, note: &str) -> Result<bool, HistoryError> {
        self.conn
            .execute(
                "UPDATE sessions SET note = ?2 WHERE id = ?1",
                params![id.0, note],
            )
            .map(|n| n > 0)
            .map_err(|e| HistoryError::from_sqlite(&self.path, e))
    }

    /// Deletes session `id` and its holds. Returns whether there was such a session.
    pub fn delete(&mut self, id: SessionId) -> Result<bool, HistoryError> {
        let sqlite = |e| HistoryError::from_sqlite(&self.path, e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sqlite)?;
        tx.execute("DELETE FROM holds WHERE session = ?1", params![id.0])
            .map_err(sqlite)?;
        let deleted = tx
            .execute("DELETE FROM sessions WHERE id = ?1", params![id.0])
            .map_err(sqlite)?;
        tx.commit().map_err(sqlite)?;
        Ok(deleted > 0)
    }

    fn select(
        &self,
        condition: &str,
        params: impl rusqlite::Params + Copy,
    ) -> Result<Listing, HistoryError> {
        let sqlite = |e| HistoryError::from_sqlite(&self.path, e);
        let mut unreadable = Vec::new();
        let mut sessions = {
            let mut stmt = self
                .conn
                .prepare(&format!(
                    "SELECT id, routine, source_kind, source, routine_hash, started_at,
                         utc_offset, ended_at, end_offset, outcome, stopped_at_step, seconds,
                         pain_before, pain_after, effort, note, updated_at, owner
                     FROM sessions WHERE {condition} ORDER BY started_at, id"
                ))
                .map_err(sqlite)?;
            // A value of the wrong type fails its row only, which is listed as unreadable.
            let rows: Vec<Result<RawSession, Unreadable>> = stmt
                .query_map(params, |r| {
                    Ok(RawSession::from_row(r).map_err(|e| Unreadable {
                        id: SessionId(r.get(0).unwrap_or_default()),
                        what: {
                            let detail = e.to_string();
                            tr!("history-unreadable-value", detail = detail)
                        },
                    }))
                })
                .and_then(Iterator::collect)
                .map_err(sqlite)?;
            let mut sessions = Vec::new();
            for row in rows {
                match row.and_then(|raw| raw.check(&self.running)) {
                    Ok(session) => sessions.push(session),
                    Err(bad) => unreadable.push(bad),
                }
            }
            sessions
        };
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT session, step, side, step_name, planned, done FROM holds
                 WHERE session IN (SELECT id FROM sessions WHERE {condition})
                 ORDER BY session, ordinal"
            ))
            .map_err(sqlite)?;
        // A hold that cannot be read makes its session unreadable, not the whole history.
        let holds: Vec<(i64, Option<StepHolds>)> = stmt
            .query_map(params, |r| {
                let hold = || -> rusqlite::Result<Option<StepHolds>> {
                    let step: i64 = r.get(1)?;
                    let side: String = r.get(2)?;
                    Ok(usize::try_from(step)
                        .ok()
                        .zip(parse_side(&side))
                        .map(|(step, side)| StepHolds {
                            step,
                            side,
                            name: r.get(3).unwrap_or_default(),
                            planned: r.get(4).unwrap_or_default(),
                            done: r.get(5).unwrap_or_default(),
                        }))
                };
                Ok((r.get(0)?, hold().ok().flatten()))
            })
            .and_then(Iterator::collect)
            .map_err(sqlite)?;
        let index: std::collections::HashMap<i64, usize> = sessions
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.0, i))
            .collect();
        let mut bad_holds = std::collections::BTreeSet::new();
        for (session, hold) in holds {
            match (index.get(&session), hold) {
                (Some(&i), Some(hold)) => sessions[i].record.holds.push(hold),
                (Some(_), None) => {
                    bad_holds.insert(session);
                }
                (None, _) => {}
            }
        }
        if !bad_holds.is_empty() {
            sessions.retain(|s| !bad_holds.contains(&s.id.0));
            unreadable.extend(bad_holds.into_iter().map(|id| Unreadable {
                id: SessionId(id),
                what: tr!("history-unreadable-hold"),
            }));
            unreadable.sort_by_key(|u| u.id);
        }
        Ok(Listing {
            sessions,
            unreadable,
        })
    }
}

/// Opens the history at `path`; when it is damaged or from a newer version, moves it aside first
/// (with `today` in its name, `history-set-aside-2025-03-04.sqlite3`, never over another file)
/// and starts an empty one. The person asks for this; nothing else moves the file. Returns the
/// history and where the old file went, if it was moved. Other problems (locked, read-only, full)
/// are not solved by moving the file and are returned as they are.
pub fn start_new(
    path: &Path,
    today: Date,
    options: Options,
) -> Result<(History, Option<PathBuf>), HistoryError> {
    match History::open_with(path, options) {
        Ok(history) => Ok((history, None)),
        Err(HistoryError::Corrupt { .. } | HistoryError::TooNew { .. }) => {
            let aside = set_aside(path, today)?;
            Ok((History::open_with(path, options)?, Some(aside)))
        }
        Err(e) => Err(e),
    }
}

/// Moves the file at `path`, and its `-wal` and `-shm` companions, to a free name with `today`
/// in it.
fn set_aside(path: &Path, today: Date) -> Result<PathBuf, HistoryError> {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "history".to_owned());
    let ext = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    let with_suffix = |p: &Path, suffix: &str| {
        let mut name = p.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    let free = (1..)
        .map(|n| {
            let counter = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            path.with_file_name(format!("{stem}-set-aside-{today}{counter}{ext}"))
        })
        .find(|p| {
            ["", "-wal", "-shm"]
                .iter()
                .all(|s| !with_suffix(p, s).exists())
        })
        .unwrap_or_else(|| path.with_file_name(format!("{stem}-set-aside{ext}")));
    for suffix in ["-wal", "-shm", ""] {
        let from = with_suffix(path, suffix);
        if suffix.is_empty() || from.exists() {
            fs::rename(&from, with_suffix(&free, suffix))
                .map_err(|e| HistoryError::from_io(&from, e))?;
        }
    }
    Ok(free)
}

/// `path` with `suffix` after its name: `history.sqlite3-wal`.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// A connection that only reads the file at `path`, checked to be a history this version reads.
/// `as_on_disk` reads the file as it is, without the shared-memory file and locks a reader of a
/// WAL file needs (SQLite's `immutable`): for a folder that cannot be written, where no other
/// program can be writing either.
fn read_only_connection(
    path: &Path,
    options: Options,
    as_on_disk: bool,
) -> Result<Connection, HistoryError> {
    let sqlite = |e| HistoryError::from_sqlite(path, e);
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = if as_on_disk {
        Connection::open_with_flags(
            format!("file:{}?immutable=1", uri_path(path)),
            flags | OpenFlags::SQLITE_OPEN_URI,
        )
    } else {
        Connection::open_with_flags(path, flags)
    }
    .map_err(sqlite)?;
    conn.busy_timeout(options.busy_timeout).map_err(sqlite)?;
    let version = user_version(&conn).map_err(sqlite)?;
    if version > schema::VERSION {
        return Err(HistoryError::TooNew {
            path: path.to_owned(),
            found: version,
            supported: schema::VERSION,
        });
    }
    Ok(conn)
}

/// `path` as the path of a `file:` URI: every byte but letters, digits, `/`, `-`, `.`, `_` and
/// `~` written as `%XX`.
fn uri_path(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut uri = String::new();
    for byte in absolute.as_os_str().as_encoded_bytes() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'/' | b'-' | b'.' | b'_' | b'~' => {
                uri.push(char::from(*byte));
            }
            _ => uri.push_str(&format!("%{byte:02X}")),
        }
    }
    uri
}

/// Makes an empty history file readable by its owner only (and its folder), if there is none.
fn create_private(path: &Path) -> Result<(), HistoryError> {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(folder).map_err(|e| HistoryError::from_io(folder, e))?;
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(HistoryError::from_io(path, e)),
    }
}

/// Takes group and others' access away from a history file made before (health data), where the
/// system allows it.
#[cfg(unix)]
fn tighten_mode(path: &Path) {
    use std::os::unix::fs::PermissionsExt as _;
    if let Ok(meta) = fs::metadata(path)
        && meta.permissions().mode() & 0o077 != 0
    {
        // Best effort: a file owned by someone else keeps its mode, and still works.
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o600));
    }
}

/// Nothing to tighten on this system.
#[cfg(not(unix))]
fn tighten_mode(_path: &Path) {}

/// Marks, within the transaction `tx`, every session without an outcome whose program is no
/// longer running (its lock file in `running` is free) as interrupted, ended at its last write.
/// Returns them, and their lock files' names to remove once the transaction is committed.
fn mark_interrupted_in(
    tx: &Connection,
    running: &Path,
) -> rusqlite::Result<(Vec<SessionId>, Vec<Option<String>>)> {
    let open: Vec<(i64, Option<String>)> = tx
        .prepare("SELECT id, owner FROM sessions WHERE outcome IS NULL ORDER BY id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut marked = Vec::new();
    let mut left = Vec::new();
    for (id, owner) in open {
        if live::alive(running, owner.as_deref()) {
            continue;
        }
        tx.execute(
            "UPDATE sessions SET outcome = ?2, ended_at = updated_at,
                 end_offset = utc_offset, owner = NULL
             WHERE id = ?1 AND outcome IS NULL",
            params![id, Outcome::Interrupted.name()],
        )?;
        marked.push(SessionId(id));
        left.push(owner);
    }
    Ok((marked, left))
}

fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
}

fn side_name(side: Option<Side>) -> &'static str {
    side.map_or("", Side::as_str)
}

fn parse_side(name: &str) -> Option<Option<Side>> {
    if name.is_empty() {
        return Some(None);
    }
    [Side::Left, Side::Right]
        .into_iter()
        .find(|s| s.as_str() == name)
        .map(Some)
}

/// A session's end (how, when, and the seconds it played) written into its row.
fn write_end(
    conn: &rusqlite::Connection,
    running: &Running,
    end: &SessionEnd,
) -> rusqlite::Result<usize> {
    let at = end.ended_at;
    conn.execute(
        "UPDATE sessions SET outcome = ?2, stopped_at_step = ?3, ended_at = ?4,
             end_offset = ?5, updated_at = ?4, seconds = ?6
         WHERE id = ?1",
        params![
            running.id.0,
            end.outcome.name(),
            end.outcome.stopped_at().map(|s| s as i64),
            at.timestamp().as_second(),
            at.offset().seconds(),
            whole_seconds(end.elapsed),
        ],
    )
}

fn whole_seconds(d: Duration) -> i64 {
    i64::try_from(d.as_secs()).unwrap_or(i64::MAX)
}

/// A `sessions` row as stored, before its values are checked.
struct RawSession {
    id: i64,
    routine: String,
    source_kind: String,
    source: String,
    routine_hash: String,
    started_at: i64,
    utc_offset: i64,
    ended_at: Option<i64>,
    end_offset: Option<i64>,
    outcome: Option<String>,
    stopped_at_step: Option<i64>,
    seconds: i64,
    pain_before: Option<i64>,
    pain_after: Option<i64>,
    effort: Option<String>,
    note: String,
    updated_at: i64,
    owner: Option<String>,
}

impl RawSession {
    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawSession> {
        Ok(RawSession {
            id: r.get(0)?,
            routine: r.get(1)?,
            source_kind: r.get(2)?,
            source: r.get(3)?,
            routine_hash: r.get(4)?,
            started_at: r.get(5)?,
            utc_offset: r.get(6)?,
            ended_at: r.get(7)?,
            end_offset: r.get(8)?,
            outcome: r.get(9)?,
            stopped_at_step: r.get(10)?,
            seconds: r.get(11)?,
            pain_before: r.get(12)?,
            pain_after: r.get(13)?,
            effort: r.get(14)?,
            note: r.get(15)?,
            updated_at: r.get(16)?,
            owner: r.get(17)?,
        })
    }

    /// The session this row holds, its holds still to be added. A session without an outcome
    /// whose program is no longer running (its lock file in `running` is free) is interrupted,
    /// ended at its last write, as opening the history for writing marks it.
    fn check(mut self, running: &Path) -> Result<StoredSession, Unreadable> {
        let id = self.id;
        let bad = |what: &str| Unreadable {
            id: SessionId(id),
            what: what.to_owned(),
        };
        if self.outcome.is_none() && !live::alive(running, self.owner.as_deref()) {
            self.outcome = Some(Outcome::Interrupted.name().to_owned());
            self.ended_at = Some(self.updated_at);
            self.end_offset = Some(self.utc_offset);
        }
        let time = |second: i64, offset: i64| {
            let at = Timestamp::from_second(second).ok()?;
            let offset = Offset::from_seconds(i32::try_from(offset).ok()?).ok()?;
            Some(LocalTime::new(at, offset))
        };
        let pain = |p: Option<i64>| p.map(Pain::try_from).transpose();
        let stopped_at = self
            .stopped_at_step
            .map(usize::try_from)
            .transpose()
            .map_err(|_| bad(&tr!("history-unreadable-stopped-at")))?;
        let outcome = self
            .outcome
            .map(|o| {
                Outcome::from_name(&o, stopped_at)
                    .ok_or_else(|| bad(&tr!("history-unreadable-outcome")))
            })
            .transpose()?;
        let ended_at = match self.ended_at {
            Some(second) => Some(
                time(second, self.end_offset.unwrap_or(self.utc_offset))
                    .ok_or_else(|| bad(&tr!("history-unreadable-end")))?,
            ),
            None => None,
        };
        Ok(StoredSession {
            id: SessionId(id),
            record: SessionRecord {
                source: Source::from_parts(&self.source_kind, &self.source)
                    .ok_or_else(|| bad(&tr!("history-unreadable-source")))?,
                routine_hash: self
                    .routine_hash
                    .parse()
                    .map_err(|_| bad(&tr!("history-unreadable-hash")))?,
                started_at: time(self.started_at, self.utc_offset)
                    .ok_or_else(|| bad(&tr!("history-unreadable-start")))?,
                ended_at,
                outcome,
                seconds: u64::try_from(self.seconds)
                    .map_err(|_| bad(&tr!("history-unreadable-seconds")))?,
                holds: Vec::new(),
                pain_before: pain(self.pain_before)
                    .map_err(|_| bad(&tr!("history-unreadable-pain-before")))?,
                pain_after: pain(self.pain_after)
                    .map_err(|_| bad(&tr!("history-unreadable-pain-after")))?,
                effort: self
                    .effort
                    .map(|e| {
                        Effort::from_name(&e).ok_or_else(|| bad(&tr!("history-unreadable-effort")))
                    })
                    .transpose()?,
                note: self.note,
                routine: self.routine,
            },
        })
    }
}
