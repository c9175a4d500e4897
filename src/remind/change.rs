//! Changing the reminders, the same way from the command line (`remind set`, `remind off`) and
//! from the app (Settings, "Remind me"): read the file, change the list, save it atomically if it
//! changed, and keep the autostart entry in step, so the daemon starts at login exactly while
//! reminders are set ([`update`]). A file that cannot be read is not changed: its error comes
//! back, and nothing is saved over it.

use std::path::PathBuf;

use crate::home::Home;
use crate::progress::Source;
use crate::remind::autostart::{self, AutostartError, Change};
use crate::remind::store::{self, StoreError};
use crate::reminders::Reminders;
use crate::resolve::Resolve as _;

/// What starts the reminder daemon at login: where its autostart entry goes (`None` where the
/// system has no such folder) and the program it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Startup {
    /// The user's configuration folder (`$XDG_CONFIG_HOME`), where the system has one.
    pub config_dir: Option<PathBuf>,
    /// This program.
    pub exe: PathBuf,
}

impl Startup {
    /// This program, and the system's configuration folder.
    pub fn current() -> Startup {
        Startup {
            config_dir: autostart::config_dir(),
            exe: std::env::current_exe().unwrap_or_else(|_| PathBuf::from("stretch-timer")),
        }
    }
}

/// What [`update`] did.
#[derive(Debug)]
pub struct Changed<T> {
    /// What the change returned.
    pub result: T,
    /// The reminders now.
    pub reminders: Reminders,
    /// Whether the file was written (the list changed).
    pub saved: bool,
    /// What happened to the autostart entry; `None` where the system has no autostart folder.
    pub autostart: Option<Result<Change, AutostartError>>,
}

/// Reads the reminders of `home`, changes them with `change`, saves them if they changed, and
/// writes or removes the autostart entry to match (also when nothing changed, so a lost entry
/// comes back). An entry that cannot be written is reported in [`Changed::autostart`]: the
/// reminders are saved all the same.
pub fn update<T>(
    home: &Home,
    startup: &Startup,
    change: impl FnOnce(&mut Reminders) -> T,
) -> Result<Changed<T>, StoreError> {
    let mut reminders = store::load(home)?;
    let before = reminders.clone();
    let result = change(&mut reminders);
    let saved = reminders != before;
    if saved {
        store::save(home, &reminders)?;
    }
    let autostart = startup
        .config_dir
        .as_ref()
        .map(|dir| autostart::sync(dir, !reminders.is_empty(), &startup.exe, home));
    Ok(Changed {
        result,
        reminders,
        saved,
        autostart,
    })
}

/// How a routine is named in a reminder, as the app names it too ([`Resolve::argument`]): a
/// bundled routine's id, one of the person's by its name, another file by its absolute path, so
/// the daemon finds it from any folder. A name that means no routine is kept as given.
pub fn routine_key(home: &Home, routine: &str) -> String {
    Source::from_arg(routine, home).map_or_else(|_| routine.to_owned(), |s| s.argument(home))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::{Days, Reminder};

    #[test]
    fn a_change_is_saved_with_the_autostart_entry_and_a_broken_file_is_not_touched() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(&dir.path().join("home"));
        let startup = Startup {
            config_dir: Some(dir.path().join("config")),
            exe: PathBuf::from("/usr/bin/stretch-timer"),
        };
        let entry = autostart::path_for(&dir.path().join("config"), &home);
        let reminder = Reminder::new("m", "08:00".parse().unwrap(), Days::DAILY);
        let set = update(&home, &startup, |r| r.set(reminder.clone())).unwrap();
        assert!(set.saved);
        assert!(matches!(set.autostart, Some(Ok(Change::Written(_)))));
        assert_eq!(store::load(&home).unwrap().list(), [reminder]);
        assert!(entry.exists());

        let off = update(&home, &startup, |r| r.off(None)).unwrap();
        assert_eq!(off.result.len(), 1);
        assert!(matches!(off.autostart, Some(Ok(Change::Removed(_)))));
        assert!(!entry.exists());

        std::fs::write(store::path_in(&home), "{broken").unwrap();
        let broken = update(&home, &startup, |r| r.off(None));
        assert!(matches!(broken, Err(StoreError::Broken { .. })));
        assert_eq!(
            std::fs::read_to_string(store::path_in(&home)).unwrap(),
            "{broken"
        );
    }
}
