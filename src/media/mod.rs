//! The files a routine names, as the shell sees them: whether each recording plays and each
//! picture shows (for `check` and the editor, through the core's [`AssetCheck`]), and pictures
//! decoded upright at the size they are shown (`photo`, `loader`).

pub mod loader;
pub mod photo;
pub mod sound_check;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use crate::audio::bank;
use crate::routine::{AssetCheck, AssetUse};

/// Decodes each sound a routine names and reads each picture's header, once per file as it is
/// on disk: a file is checked again only when its size or modification time changes, so the
/// editor can check on every keystroke.
#[derive(Debug, Default)]
pub struct MediaCheck {
    seen: Mutex<HashMap<Key, Seen>>,
}

/// What a file was when checked, and what the check found.
type Seen = (Stamp, Result<(), String>);

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

    fn check_now(used_as: AssetUse, path: &Path) -> Result<(), String> {
        match used_as {
            AssetUse::Image => photo::check(path).map(|_| ()).map_err(|e| e.to_string()),
            AssetUse::Voice | AssetUse::Sound => bank::playable_file(path)
                .map(|_| ())
                .map_err(|e| e.to_string()),
        }
    }
}

impl AssetCheck for MediaCheck {
    fn check(&self, used_as: AssetUse, path: &Path) -> Result<(), String> {
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
