//! The history file's tables, and how every earlier version becomes the current one.
//!
//! The version is SQLite's `PRAGMA user_version`: 0 for an empty or new file, then one more for
//! each migration applied. Migrations are only ever appended to [`MIGRATIONS`], never edited: a
//! file written by any earlier version is brought up to date by running the ones after it, in one
//! transaction.
//!
//! Times are whole seconds since 1970-01-01 UTC, with the UTC offset in force beside them in
//! seconds. Words (`outcome`, `effort`, `source_kind`, `side`) are spelled as
//! [`stretch_timer_core::progress`] names them; an empty `side` is a step without sides.

/// Each migration's SQL, in order: `MIGRATIONS[n]` takes a file from version `n` to `n + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: sessions, and the holds of each per step and side.
    "CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        routine TEXT NOT NULL,
        source_kind TEXT NOT NULL,
        source TEXT NOT NULL,
        routine_hash TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        utc_offset INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        ended_at INTEGER,
        end_offset INTEGER,
        outcome TEXT,
        stopped_at_step INTEGER,
        seconds INTEGER NOT NULL DEFAULT 0,
        pain_before INTEGER,
        pain_after INTEGER,
        effort TEXT,
        note TEXT NOT NULL DEFAULT '',
        owner TEXT
    ) STRICT;
    CREATE INDEX sessions_by_start ON sessions (started_at);
    CREATE TABLE holds (
        session INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        step INTEGER NOT NULL,
        side TEXT NOT NULL,
        step_name TEXT NOT NULL,
        planned INTEGER NOT NULL,
        done INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (session, ordinal),
        UNIQUE (session, step, side)
    ) STRICT, WITHOUT ROWID;",
];

/// The version this program writes and reads: the number of migrations.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings a file at version `from` up to [`VERSION`], inside the caller's transaction.
pub(crate) fn migrate(tx: &rusqlite::Transaction<'_>, from: i64) -> rusqlite::Result<()> {
    let start = usize::try_from(from).unwrap_or(0);
    for sql in MIGRATIONS.iter().skip(start) {
        tx.execute_batch(sql)?;
    }
    if from < VERSION {
        tx.pragma_update(None, "user_version", VERSION)?;
    }
    Ok(())
}
