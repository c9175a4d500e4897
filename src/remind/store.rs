//! The reminders file, `reminders.json` in the user's folder:
//!
//! ```json
//! {
//!   "version": 1,
//!   "reminders": [
//!     { "routine": "morning", "at": "08:00", "days": "weekdays" }
//!   ]
//! }
//! ```
//!
//! Saved atomically ([`crate::save::write_atomic`]). A file that cannot be read as reminders is
//! reported ([`StoreError::Broken`]) and left as it is: nothing saves over it until the person
//! fixes it or chooses to start again ([`set_aside`]).
//!
//! Beside it, `reminders-handled.json` is the daemon's own note of up to when it has handled
//! reminders, so that one restarted (at login, say) neither repeats nor forgets one.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::home::Home;
use crate::reminders::Reminders;
use crate::save::{SaveError, write_atomic};

/// The reminders file's name in the user's folder.
pub const FILE_NAME: &str = "reminders.json";

/// The daemon's note of up to when it handled reminders.
pub const HANDLED_FILE_NAME: &str = "reminders-handled.json";

/// The version of the file this program writes and reads.
pub const VERSION: u32 = 1;

/// Where the reminders file of `home` is (it may not exist yet).
pub fn path_in(home: &Home) -> PathBuf {
    home.root().join(FILE_NAME)
}

/// Why the reminders could not be read or saved (its words: [`crate::remind::words`]).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The file is there but does not hold reminders this version can read. It is left as it is.
    Broken {
        /// The file.
        path: PathBuf,
        /// What is wrong, with its line and column.
        detail: String,
    },
    /// The file was written by a newer version of the program.
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its version.
        found: u32,
    },
    /// The folder could not be made.
    Home(#[from] crate::home::HomeError),
    /// The file could not be written (the old one is untouched).
    Save(#[from] SaveError),
    /// The broken file could not be moved aside.
    SetAside {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
}

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    reminders: Reminders,
}

#[derive(serde::Deserialize)]
struct Version {
    version: u32,
}

/// The reminders set in `home`: none if there is no file yet.
pub fn load(home: &Home) -> Result<Reminders, StoreError> {
    load_file(&path_in(home))
}

/// The reminders in the file at `path`: none if there is no file.
pub fn load_file(path: &Path) -> Result<Reminders, StoreError> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Reminders::default()),
        Err(source) => {
            return Err(StoreError::Read {
                path: path.to_owned(),
                source,
            });
        }
    };
    if let Ok(Version { version }) = serde_json::from_slice(&bytes)
        && version > VERSION
    {
        return Err(StoreError::TooNew {
            path: path.to_owned(),
            found: version,
        });
    }
    match serde_json::from_slice::<File>(&bytes) {
        Ok(file) => Ok(file.reminders),
        Err(e) => Err(StoreError::Broken {
            path: path.to_owned(),
            detail: e.to_string(),
        }),
    }
}

/// Saves `reminders` to `home` atomically. A file that cannot be read is not saved over: the
/// caller loaded it first, and got its error.
pub fn save(home: &Home, reminders: &Reminders) -> Result<(), StoreError> {
    fs::create_dir_all(home.root()).map_err(|source| crate::home::HomeError::Create {
        path: home.root().to_owned(),
        source,
    })?;
    let file = File {
        version: VERSION,
        reminders: reminders.clone(),
    };
    let mut json = serde_json::to_vec_pretty(&file).unwrap_or_default();
    json.push(b'\n');
    write_atomic(&path_in(home), &json)?;
    Ok(())
}

/// Moves a reminders file that cannot be read out of the way, to `reminders.json.broken-TIME`
/// beside it (kept, not deleted), when the person chooses to start again. Returns where it went.
pub fn set_aside(home: &Home, now: Timestamp) -> Result<PathBuf, StoreError> {
    let path = path_in(home);
    let aside = path.with_file_name(format!("{FILE_NAME}.broken-{}", now.as_second()));
    fs::rename(&path, &aside).map_err(|source| StoreError::SetAside {
        path: path.clone(),
        source,
    })?;
    Ok(aside)
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Handled {
    handled: Timestamp,
}

/// Up to when the daemon of `home` handled reminders, if it noted it (a missing or unreadable note
/// is none: it is only bookkeeping, and the daemon then starts from now).
pub fn handled(home: &Home) -> Option<Timestamp> {
    let bytes = fs::read(home.root().join(HANDLED_FILE_NAME)).ok()?;
    serde_json::from_slice::<Handled>(&bytes)
        .ok()
        .map(|h| h.handled)
}

/// Notes up to when reminders were handled.
pub fn set_handled(home: &Home, handled: Timestamp) -> Result<(), SaveError> {
    let json = serde_json::to_vec(&Handled { handled }).unwrap_or_default();
    write_atomic(&home.root().join(HANDLED_FILE_NAME), &json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::{Days, Reminder};

    #[test]
    fn reminders_round_trip_and_no_file_is_none() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(&dir.path().join("home"));
        assert!(load(&home).unwrap().is_empty());
        let mut reminders = Reminders::default();
        reminders.set(Reminder::new(
            "morning",
            "08:00".parse().unwrap(),
            Days::WEEKDAYS,
        ));
        save(&home, &reminders).unwrap();
        assert_eq!(load(&home).unwrap(), reminders);
        let text = fs::read_to_string(path_in(&home)).unwrap();
        assert!(text.contains(r#""days": "weekdays""#), "{text}");
    }

    #[test]
    fn a_broken_file_is_reported_and_kept_until_set_aside() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        let path = path_in(&home);
        let broken =
            r#"{"version": 1, "reminders": [{"routine": "m", "at": "25:00", "days": "daily"}]}"#;
        fs::write(&path, broken).unwrap();
        let error = load(&home).unwrap_err();
        assert!(matches!(error, StoreError::Broken { .. }));
        let words = error.to_string();
        assert!(words.contains("\"25:00\" is not a time of day"), "{words}");
        assert!(words.contains("left as it is"), "{words}");
        assert_eq!(fs::read_to_string(&path).unwrap(), broken);

        let aside = set_aside(&home, Timestamp::from_second(1_000).unwrap()).unwrap();
        assert_eq!(fs::read_to_string(aside).unwrap(), broken);
        assert!(load(&home).unwrap().is_empty());
    }

    #[test]
    fn a_newer_file_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        fs::write(
            path_in(&home),
            r#"{"version": 2, "reminders": [], "sounds": true}"#,
        )
        .unwrap();
        assert!(matches!(
            load(&home),
            Err(StoreError::TooNew { found: 2, .. })
        ));
    }

    #[test]
    fn the_handled_note_is_optional() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        assert_eq!(handled(&home), None);
        let at = Timestamp::from_second(1_700_000_000).unwrap();
        set_handled(&home, at).unwrap();
        assert_eq!(handled(&home), Some(at));
        fs::write(home.root().join(HANDLED_FILE_NAME), "garbage").unwrap();
        assert_eq!(handled(&home), None);
    }
}
