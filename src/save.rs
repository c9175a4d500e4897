//! Writing files so that a crash or a power cut leaves the old file or the new one, never half.
//!
//! The bytes go to a hidden temporary file in the same folder, which is flushed to the disk
//! (`fsync`) and then renamed over the target; renaming within one folder is atomic. The folder is
//! flushed too, so that the rename itself survives a power cut.

use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// Why a file could not be written. The old file, if any, is untouched. Its words say the system's
/// error in full, so it is not given as a cause of its own (`fault::chain_words` would add it
/// again, and for a file held open on Windows, contradict them).
#[derive(Debug, thiserror::Error)]
#[error("{}", self.words())]
pub struct SaveError {
    /// The file that was to be written.
    pub path: PathBuf,
    /// Why, as the system said it.
    pub error: io::Error,
}

impl SaveError {
    /// What a person reads: the file and why, in words.
    fn words(&self) -> String {
        let file = self.path.display().to_string();
        let reason = if held_open(&self.error) {
            crate::tr!("fault-held-open")
        } else {
            crate::fault::io_words(&self.error)
        };
        crate::tr!("fault-not-written", file = file, reason = reason)
    }
}

/// Whether Windows refused to replace a file because another program has it open (an editor, a
/// browser showing a handout, a spreadsheet; a virus scanner for a moment): a sharing or lock
/// violation, or "access denied", which is what replacing a file opened without leave to delete
/// it gives. Never on other systems, where an open file can be replaced.
fn held_open(e: &io::Error) -> bool {
    // ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
    cfg!(windows) && matches!(e.raw_os_error(), Some(5 | 32 | 33))
}

/// How often, and how long apart, replacing a file held open is tried again before saying so: a
/// virus scanner or a search indexer holds a new file for a moment.
const TRIES: u32 = 5;
const PAUSE: std::time::Duration = std::time::Duration::from_millis(200);

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomic_with(path, bytes, |_| Ok(()))
}

/// [`write_atomic`], calling `before_rename` with the temporary file's path once it is written and
/// flushed, just before it replaces `path`. Tests use it to stop a writer at the worst moment.
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    before_rename: impl FnOnce(&Path) -> io::Result<()>,
) -> Result<(), SaveError> {
    let fail = |error| SaveError {
        path: path.to_owned(),
        error,
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(fail)?;
    temp.write_all(bytes).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    before_rename(temp.path()).map_err(fail)?;
    let mut tries = 1;
    loop {
        match temp.persist(path) {
            Ok(_) => break,
            Err(e) if held_open(&e.error) && tries < TRIES => {
                tries += 1;
                temp = e.file;
                std::thread::sleep(PAUSE);
            }
            Err(e) => return Err(fail(e.error)),
        }
    }
    sync_folder(folder).map_err(fail)
}

/// Flushes a folder's entries (a rename or a new file in it) to the disk, where the system allows
/// it; elsewhere nothing to do.
#[cfg(unix)]
pub fn sync_folder(folder: &Path) -> io::Result<()> {
    std::fs::File::open(folder)?.sync_all()
}

/// Flushes a folder's entries to the disk (nothing to do on this system).
#[cfg(not(unix))]
pub fn sync_folder(_folder: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        fs::write(&path, "old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "only the file itself: {names:?}");
    }

    #[test]
    fn a_failure_before_the_rename_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        fs::write(&path, "old").unwrap();
        let err = write_atomic_with(&path, b"new", |temp| {
            assert_eq!(fs::read_to_string(temp).unwrap(), "new");
            Err(io::Error::other("disk pulled out"))
        })
        .unwrap_err();
        assert!(err.to_string().contains("disk pulled out"), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/folder/a.ron");
        assert!(write_atomic(&path, b"x").is_err());
    }
}
