//! Who is running: the daemon (one at a time) and the app (the daemon stays quiet while it is
//! open). Both are operating-system file locks, which the system releases when a process ends
//! however it ends, so a crash never leaves a stale "running".

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

use crate::home::Home;

/// The daemon's lock file in the user's folder.
pub const DAEMON_LOCK: &str = "reminders-daemon.lock";

/// The app's lock file in the user's folder: each open window holds a shared lock on it.
pub const APP_LOCK: &str = "app-open.lock";

/// A lock file could not be used (its words: [`crate::remind::words`]).
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another reminder daemon holds the lock.
    Held {
        /// The user's folder.
        home: PathBuf,
    },
    /// The lock file could not be opened or locked.
    Io {
        /// The lock file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
}

fn open(home: &Home, name: &str) -> Result<File, LockError> {
    let path = home.root().join(name);
    let io = |source| LockError::Io {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(home.root()).map_err(io)?;
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io)
}

/// Whether some process holds a lock on `path` that excludes ours. A file that cannot be opened is
/// no one's.
fn held(path: &Path, exclusive: bool) -> bool {
    let Ok(file) = File::open(path) else {
        return false;
    };
    let taken = if exclusive {
        file.try_lock()
    } else {
        file.try_lock_shared()
    };
    matches!(taken, Err(TryLockError::WouldBlock))
}

/// The running daemon's claim: only one daemon per user's folder. Released when dropped or when
/// the process ends.
#[derive(Debug)]
pub struct DaemonLock {
    _file: File,
}

impl DaemonLock {
    /// Takes the lock, or says that another daemon has it.
    pub fn acquire(home: &Home) -> Result<DaemonLock, LockError> {
        let file = open(home, DAEMON_LOCK)?;
        match file.try_lock() {
            Ok(()) => Ok(DaemonLock { _file: file }),
            Err(TryLockError::WouldBlock) => Err(LockError::Held {
                home: home.root().to_owned(),
            }),
            Err(TryLockError::Error(source)) => Err(LockError::Io {
                path: home.root().join(DAEMON_LOCK),
                source,
            }),
        }
    }
}

/// Whether a reminder daemon is running for `home`.
pub fn daemon_running(home: &Home) -> bool {
    held(&home.root().join(DAEMON_LOCK), false)
}

/// An open app window's presence: while one is held, the daemon shows no notification (the app
/// shows reminders itself). Several windows may hold it at once. Released when dropped or when the
/// process ends.
///
/// The contract: the app calls `AppPresence::hold(&home)` once its window is up and keeps the
/// value until the window closes; the daemon calls [`app_open`] just before each notification.
#[derive(Debug)]
pub struct AppPresence {
    _file: File,
}

impl AppPresence {
    /// Marks the app as open for `home`. Waits at most a moment (while a daemon checks).
    pub fn hold(home: &Home) -> Result<AppPresence, LockError> {
        let path = home.root().join(APP_LOCK);
        let file = open(home, APP_LOCK)?;
        file.lock_shared()
            .map_err(|source| LockError::Io { path, source })?;
        Ok(AppPresence { _file: file })
    }
}

/// Whether an app window is open for `home`.
pub fn app_open(home: &Home) -> bool {
    held(&home.root().join(APP_LOCK), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_daemon_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        assert!(!daemon_running(&home));
        let first = DaemonLock::acquire(&home).unwrap();
        assert!(daemon_running(&home));
        let second = DaemonLock::acquire(&home).unwrap_err();
        assert!(matches!(second, LockError::Held { .. }));
        assert_eq!(
            second.to_string(),
            format!(
                "a reminder daemon is already running for {}",
                dir.path().display()
            )
        );
        drop(first);
        assert!(!daemon_running(&home));
        assert!(DaemonLock::acquire(&home).is_ok());
    }

    #[test]
    fn the_app_is_open_while_any_window_holds_its_presence() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        assert!(!app_open(&home));
        let one = AppPresence::hold(&home).unwrap();
        let two = AppPresence::hold(&home).unwrap();
        assert!(app_open(&home));
        drop(one);
        assert!(app_open(&home));
        drop(two);
        assert!(!app_open(&home));
    }
}
