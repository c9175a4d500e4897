//! Writing files so that a crash or a power cut leaves the old file or the new one, never half.
//!
//! The bytes go to a hidden temporary file in the same folder, which is flushed to the disk
//! (`fsync`) and then renamed over the target; renaming within one folder is atomic. The folder is
//! flushed too, so that the rename itself survives a power cut.

use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// Why a file could not be written. The old file, if any, is untouched.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::tr!("fault-not-written", file = path.display().to_string(), reason = crate::fault::io_words(source)))]
pub struct SaveError {
    /// The file that was to be written.
    pub path: PathBuf,
    /// Why.
    pub source: io::Error,
}

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
    let fail = |source| SaveError {
        path: path.to_owned(),
        source,
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
    temp.persist(path).map_err(|e| fail(e.error))?;
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
