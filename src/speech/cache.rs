//! Synthesised speech kept on disk: one WAV file per text, voice, rate and synthesiser, named by
//! a hash of them, in the user's cache folder (`~/.cache/stretch-timer/speech` on Linux). A file
//! is written atomically ([`crate::save`]), so a crash leaves it whole or absent, never half; the
//! folder may be emptied at any time.

use std::path::{Path, PathBuf};

use super::SpeechError;
use crate::progress::RoutineHash;
use crate::save;

/// Raised when what goes into a clip changes in a way the key does not show (the shaping is done
/// after reading, so it is not part of it).
const KEY_VERSION: &str = "speech-1";

/// A cache folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeechCache {
    dir: PathBuf,
}

/// Names one clip in the cache.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    file: String,
}

impl SpeechCache {
    /// The cache in `dir` (made when the first clip is kept).
    pub fn at(dir: impl Into<PathBuf>) -> SpeechCache {
        SpeechCache { dir: dir.into() }
    }

    /// The user's cache folder for speech; `None` where the system has none.
    pub fn system() -> Option<SpeechCache> {
        directories::ProjectDirs::from("", "", "stretch-timer")
            .map(|dirs| SpeechCache::at(dirs.cache_dir().join("speech")))
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The key of `text` said by `synthesiser` in `voice` at `rate`. The parts are separated by a
    /// character none of them can hold before the text, so no two differ only in where one ends.
    pub fn key(&self, synthesiser: &str, voice: &str, rate: u32, text: &str) -> Key {
        let whole = format!("{KEY_VERSION}\u{0}{synthesiser}\u{0}{voice}\u{0}{rate}\u{0}{text}");
        // A stable hash (FNV-1a, the one the history keys routines with): the same across
        // versions and runs, so a clip made once is found again.
        Key {
            file: format!("{}.wav", RoutineHash::of(whole.as_bytes())),
        }
    }

    /// Where the clip of `key` is kept.
    pub fn path(&self, key: &Key) -> PathBuf {
        self.dir.join(&key.file)
    }

    /// The clip's WAV bytes, if it was made before.
    pub fn get(&self, key: &Key) -> Option<Vec<u8>> {
        std::fs::read(self.path(key)).ok()
    }

    /// Makes the clip of `key` with `make` (which writes a WAV file to the path it is given, a
    /// scratch file in the cache folder), keeps it, and returns its bytes.
    pub fn make(
        &self,
        key: &Key,
        make: impl FnOnce(&Path) -> Result<(), SpeechError>,
    ) -> Result<Vec<u8>, SpeechError> {
        let cache_error = |path: &Path, e: &dyn std::fmt::Display| SpeechError::Cache {
            path: path.display().to_string(),
            reason: e.to_string(),
        };
        std::fs::create_dir_all(&self.dir).map_err(|e| cache_error(&self.dir, &e))?;
        let scratch = tempfile::Builder::new()
            .prefix(".making.")
            .suffix(".wav")
            .tempfile_in(&self.dir)
            .map_err(|e| cache_error(&self.dir, &e))?;
        make(scratch.path())?;
        let bytes = std::fs::read(scratch.path()).map_err(|e| cache_error(scratch.path(), &e))?;
        if bytes.is_empty() {
            return Err(SpeechError::NoSound(crate::tr!("speech-empty")));
        }
        let path = self.path(key);
        save::write_atomic(&path, &bytes).map_err(|e| cache_error(&path, &e))?;
        Ok(bytes)
    }

    /// Removes a clip that turned out unusable, so it is made again next time.
    pub fn forget(&self, key: &Key) {
        // Already gone is as good; another reason leaves it to be made again all the same.
        let _ = std::fs::remove_file(self.path(key));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_changes_with_text_voice_rate_and_synthesiser_only() {
        let cache = SpeechCache::at("/nowhere");
        let base = cache.key("espeak-ng", "en", 145, "Hold.");
        assert_eq!(base, cache.key("espeak-ng", "en", 145, "Hold."));
        for other in [
            cache.key("espeak-ng", "en", 145, "Hold!"),
            cache.key("espeak-ng", "de", 145, "Hold."),
            cache.key("espeak-ng", "en", 146, "Hold."),
            cache.key("tone", "en", 145, "Hold."),
        ] {
            assert_ne!(base, other);
        }
        assert!(
            cache.path(&base).starts_with("/nowhere"),
            "{:?}",
            cache.path(&base)
        );
    }
}
