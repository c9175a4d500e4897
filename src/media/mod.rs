//! The files a routine names, as the shell sees them: whether each recording plays and each
//! picture shows (through the core's [`AssetCheck`]; [`load`] is the one check of a routine and
//! its files that `check`, `list`, the library, `export`, `import` and `handout` all use, and the
//! editor checks with a [`MediaCheck`] of its own), and pictures decoded upright at the size they
//! are shown (`photo`, `loader`).

pub mod loader;
pub mod photo;
pub mod sound_check;

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, SystemTime};

use crate::audio::bank;
use crate::routine::{self, AssetCheck, AssetUse, LoadError, Refusal, Routine};

/// Reads and checks the routine file at `path` and every file it names, as `check` does: each
/// sound decoded, each picture's header read (so a 0-byte picture, a text file named `.wav` or a
/// picture of more pixels than [`crate::limits::PICTURE_PIXELS`] is an error at the line that
/// names it). What fails here is not listed as a routine, exported, imported or printed.
///
/// Files are checked once per process while their size and time are unchanged.
pub fn load(path: &Path) -> Result<Routine, LoadError> {
    static CHECKED: LazyLock<MediaCheck> = LazyLock::new(MediaCheck::new);
    routine::load_with(path, &*CHECKED)
}

/// Whether `path` is a plain file (or a link to one), found without opening it: opening a named
/// pipe waits for a writer that may never come, and a device or socket is no picture or sound.
pub fn plain_file(path: &Path) -> io::Result<()> {
    let meta = std::fs::metadata(path)?;
    if meta.is_file() {
        return Ok(());
    }
    let kind = if meta.is_dir() {
        "folder"
    } else {
        match routine::special_kind(&meta.file_type()) {
            routine::Special::Pipe => "pipe",
            routine::Special::Socket => "socket",
            routine::Special::Device => "device",
            routine::Special::Other => "other",
        }
    };
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        crate::tr!("media-not-a-file", kind = kind),
    ))
}

/// Decodes each sound a routine names and reads each picture's header, once per file as it is
/// on disk: a file is checked again only when its size or modification time changes, so the
/// editor can check on every keystroke.
#[derive(Debug, Default)]
pub struct MediaCheck {
    seen: Mutex<HashMap<Key, Seen>>,
}

/// What a file was when checked, and what the check found (for a sound, how long it plays).
type Seen = (Stamp, Result<Option<Duration>, Refusal>);

/// A file, and whether it was checked as a picture (or as a sound).
type Key = (PathBuf, bool);

/// A file's size and modification time: when either changes, it is checked again.
type Stamp = Option<(u64, SystemTime)>;

fn stamp(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

impl MediaCheck {
    /// A check that has seen no file yet.
    pub fn new() -> MediaCheck {
        MediaCheck::default()
    }

    fn check_now(used_as: AssetUse, path: &Path) -> Result<Option<Duration>, Refusal> {
        match used_as {
            AssetUse::Image => photo::check(path)
                .map(|_| None)
                .map_err(|e| Arc::new(e) as Refusal),
            AssetUse::Voice | AssetUse::Sound => bank::playable_file(path)
                .map(Some)
                .map_err(|e| Arc::new(e) as Refusal),
        }
    }

    /// The check's finding for `path` as `used_as`, from what was seen if the file has not
    /// changed since.
    fn seen(&self, used_as: AssetUse, path: &Path) -> Result<Option<Duration>, Refusal> {
        let key = (path.to_owned(), used_as == AssetUse::Image);
        let now = stamp(path);
        if let Ok(seen) = self.seen.lock()
            && let Some((at, result)) = seen.get(&key)
            && *at == now
            && now.is_some()
        {
            return result.clone();
        }
        let result = MediaCheck::check_now(used_as, path);
        if let Ok(mut seen) = self.seen.lock() {
            seen.insert(key, (now, result.clone()));
        }
        result
    }
}

impl AssetCheck for MediaCheck {
    fn check(&self, used_as: AssetUse, path: &Path) -> Result<(), Refusal> {
        self.seen(used_as, path).map(|_| ())
    }

    fn length(&self, path: &Path) -> Option<Duration> {
        self.seen(AssetUse::Voice, path).ok().flatten()
    }
}
