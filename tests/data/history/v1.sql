-- A history file as version 1 of stretch-timer wrote it: migration 1's tables, exactly, and
-- three sessions. Kept as it is forever: tests/history.rs opens it with the current version.
-- Times: 2025-03-03T08:00:00+01:00 is 1740985200 seconds, offset 3600.
PRAGMA user_version = 1;
CREATE TABLE sessions (
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
) STRICT, WITHOUT ROWID;

-- Completed, with pain, effort and a note.
INSERT INTO sessions VALUES (1, 'Back basics', 'bundled', 'back-basics', 'cbf29ce484222325',
    1740985200, 3600, 1740985500, 1740985500, 3600, 'completed', NULL, 290, 4, 2, 'about_right',
    'Felt good, hips loose', NULL);
INSERT INTO holds VALUES (1, 0, 0, 'left', 'Psoas', 2, 2);
INSERT INTO holds VALUES (1, 1, 0, 'right', 'Psoas', 2, 2);
INSERT INTO holds VALUES (1, 2, 1, '', 'Cat-cow', 1, 1);

-- Stopped at the second step (index 1), a day later, in summer time elsewhere.
INSERT INTO sessions VALUES (2, 'Back basics', 'file', '/home/ana/routines/back.ron',
    'af63dc4c8601ec8c', 1741071600, 7200, 1741071750, 1741071750, 7200, 'stopped', 1, 150, 6, 8,
    'too_hard', '', NULL);
INSERT INTO holds VALUES (2, 0, 0, 'left', 'Psoas', 2, 2);
INSERT INTO holds VALUES (2, 1, 0, 'right', 'Psoas', 2, 2);
INSERT INTO holds VALUES (2, 2, 1, '', 'Cat-cow', 1, 0);

-- Left open by a program that died (no lock file): marked interrupted when opened.
INSERT INTO sessions VALUES (3, 'Back basics', 'bundled', 'back-basics', 'cbf29ce484222325',
    1741158000, 3600, 1741158065, NULL, NULL, NULL, NULL, 65, NULL, NULL, NULL, '',
    'session-gone.lock');
INSERT INTO holds VALUES (3, 0, 0, 'left', 'Psoas', 2, 1);
INSERT INTO holds VALUES (3, 1, 0, 'right', 'Psoas', 2, 0);
INSERT INTO holds VALUES (3, 2, 1, '', 'Cat-cow', 1, 0);
