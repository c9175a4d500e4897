//! Telling a session whose program is still running from one whose program died.
//!
//! While a session is being recorded, its program holds an exclusive lock on a small file of its
//! own in `history.sqlite3.running/` (its name is the session's `owner` in the database). The
//! operating system drops such a lock when the process ends, however it ends: a crash, a
//! SIGKILL, a power cut (after which nothing holds any lock). So a session without an outcome
//! whose lock file can be locked by someone else, or is gone, was left by a dead program and is
//! marked `interrupted`. Unlike a process id, a lock cannot be mistaken for a new process that
//! reused the id, and it works the same on Linux, macOS and Windows.
//!
//! The lock file is made and locked before the session's row is written, and released after its
//! outcome is written, so no one ever sees a running session without a held lock.

use std::fs::{self, File, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// How every lock file's name begins.
const PREFIX: &str = "session-";

/// The folder of lock files for the history file at `db`.
pub(crate) fn folder(db: &Path) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_owned();
    name.push(".running");
    db.with_file_name(name)
}

/// A held lock that says "this session's program is alive". Dropping it releases the lock and
/// removes the file.
#[derive(Debug)]
pub(crate) struct SessionLock {
    /// Kept open: the lock lasts as long as the file is open.
    _file: NamedTempFile,
    owner: String,
}

impl SessionLock {
    /// Makes a new lock file in `folder` and locks it.
    pub(crate) fn take(folder: &Path) -> io::Result<SessionLock> {
        fs::create_dir_all(folder)?;
        let file = tempfile::Builder::new()
            .prefix(PREFIX)
            .suffix(".lock")
            .tempfile_in(folder)?;
        file.as_file().try_lock().map_err(|e| match e {
            TryLockError::Error(e) => e,
            TryLockError::WouldBlock => io::Error::other(crate::tr!("history-lock-taken")),
        })?;
        let owner = file
            .path()
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(SessionLock { _file: file, owner })
    }

    /// The lock file's name, kept as the session's owner.
    pub(crate) fn owner(&self) -> &str {
        &self.owner
    }
}

/// Whether the program that recorded a session under `owner` is still running. A missing or
/// malformed owner means no: no program could be holding it. When the lock cannot be checked
/// for another reason, the answer is yes, so a live session is never marked interrupted.
pub(crate) fn alive(folder: &Path, owner: Option<&str>) -> bool {
    let Some(path) = owner.and_then(|o| lock_path(folder, o)) else {
        return false;
    };
    let file = match File::open(&path) {
        Ok(file) => file,
        Err(e) => return e.kind() != io::ErrorKind::NotFound,
    };
    match file.try_lock() {
        Ok(()) => false,
        Err(TryLockError::WouldBlock | TryLockError::Error(_)) => true,
    }
}

/// Removes the lock file a dead program left behind (nothing to do if it is gone).
pub(crate) fn remove_left(folder: &Path, owner: Option<&str>) {
    if let Some(path) = owner.and_then(|o| lock_path(folder, o)) {
        // Best effort: a file left here is a few bytes and is never read again.
        let _ = fs::remove_file(path);
    }
}

/// The lock file called `owner`, if that is a name we make: nothing read from the database may
/// lead outside the folder.
fn lock_path(folder: &Path, owner: &str) -> Option<PathBuf> {
    let ours = owner.starts_with(PREFIX)
        && owner
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        && !owner.contains("..");
    ours.then(|| folder.join(owner))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_is_alive_and_a_released_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let lock = SessionLock::take(dir.path()).unwrap();
        let owner = lock.owner().to_owned();
        assert!(alive(dir.path(), Some(&owner)));
        drop(lock);
        assert!(!alive(dir.path(), Some(&owner)), "released and removed");
        assert!(!alive(dir.path(), None));
    }

    #[test]
    fn an_owner_from_the_file_never_leads_outside_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(lock_path(dir.path(), "../../etc/passwd"), None);
        assert_eq!(lock_path(dir.path(), "session-../x"), None);
        assert_eq!(lock_path(dir.path(), "session-/x"), None);
        assert!(lock_path(dir.path(), "session-Ab3_x.lock").is_some());
    }
}
