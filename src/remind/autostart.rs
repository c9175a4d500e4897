//! The XDG autostart entries that start the reminder daemon at login, one per user's folder
//! (`--home`): `$XDG_CONFIG_HOME/autostart/stretch-timer-reminders-<hash>.desktop` (by default
//! under `~/.config`), the hash being of the folder's path ([`path_for`]). Each is written when
//! the folder's first reminder is set and removed when its last is turned off ([`sync`]), so
//! nothing runs at login for a folder that has no reminders, and turning off one folder's
//! reminders never stops another's. [`is_set`] tells `remind list` whether the entry is there.
//!
//! Versions before this one wrote one entry, `stretch-timer-reminders.desktop`, for whichever
//! folder set a reminder last; [`sync`] removes it when it was this folder's.
//!
//! Desktops that follow the XDG autostart specification (GNOME, KDE, Xfce, …) read it. Other
//! systems have no such folder: there [`config_dir`] is `None` and nothing is written.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::home::Home;
use crate::save::{SaveError, write_atomic};

/// The one entry earlier versions wrote, for whichever folder set a reminder last.
pub const OLD_FILE_NAME: &str = "stretch-timer-reminders.desktop";

/// What [`sync`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The entry was written (it was missing, or named another program or folder).
    Written(PathBuf),
    /// The entry was removed.
    Removed(PathBuf),
    /// It was already as it should be.
    Unchanged,
}

/// Why the entry could not be written or removed (its words: [`crate::remind::words`]).
#[derive(Debug, thiserror::Error)]
pub enum AutostartError {
    /// The autostart folder could not be made.
    Folder {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The entry could not be written.
    Write(#[from] SaveError),
    /// The entry could not be removed.
    Remove {
        /// The entry.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
}

/// The user's configuration folder where autostart entries go (`$XDG_CONFIG_HOME`, else
/// `~/.config`), on systems that have one.
pub fn config_dir() -> Option<PathBuf> {
    if cfg!(all(unix, not(target_os = "macos"))) {
        directories::BaseDirs::new().map(|dirs| dirs.config_dir().to_owned())
    } else {
        None
    }
}

/// Where the entry of `home` goes under `config_dir`.
pub fn path_for(config_dir: &Path, home: &Home) -> PathBuf {
    // FNV-1a, 64 bits: the same name for the same folder in every version of the program.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in folder(home).as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    config_dir
        .join("autostart")
        .join(format!("stretch-timer-reminders-{hash:016x}.desktop"))
}

/// Whether the entry of `home` under `config_dir` is there and starts `exe` for `home`.
pub fn is_set(config_dir: &Path, exe: &Path, home: &Home) -> bool {
    fs::read_to_string(path_for(config_dir, home)).is_ok_and(|text| text == entry(exe, home))
}

/// The user's folder as an absolute path: the daemon is started from any folder at login.
fn folder(home: &Home) -> PathBuf {
    std::path::absolute(home.root()).unwrap_or_else(|_| home.root().to_owned())
}

/// The entry's text: runs `exe --home HOME remind daemon`, quoted as the desktop entry
/// specification asks.
pub fn entry(exe: &Path, home: &Home) -> String {
    let exec = [
        quote(&exe.to_string_lossy()),
        "--home".to_owned(),
        quote(&folder(home).to_string_lossy()),
        "remind".to_owned(),
        "daemon".to_owned(),
    ]
    .join(" ");
    // One line each: a line break in a translation would end the value.
    let name = crate::tr!("autostart-name").replace('\n', " ");
    let comment = crate::tr!("autostart-comment").replace('\n', " ");
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name={name}\n\
         Comment={comment}\n\
         Exec={exec}\n\
         Terminal=false\n\
         NoDisplay=true\n\
         X-GNOME-Autostart-enabled=true\n"
    )
}

/// An argument of `Exec=`: in double quotes, with `"`, `` ` ``, `$` and `\` escaped by a
/// backslash and `%` doubled; then, the value being a string, each backslash written twice.
fn quote(arg: &str) -> String {
    let mut quoted = String::from("\"");
    for c in arg.chars() {
        match c {
            '"' | '`' | '$' => {
                quoted.push_str("\\\\");
                quoted.push(c);
            }
            '\\' => quoted.push_str("\\\\\\\\"),
            '%' => quoted.push_str("%%"),
            '\n' => quoted.push_str("\\n"),
            _ => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// Makes the entry under `config_dir` match whether reminders are set (`wanted`): written to run
/// `exe` for `home`, or removed.
pub fn sync(
    config_dir: &Path,
    wanted: bool,
    exe: &Path,
    home: &Home,
) -> Result<Change, AutostartError> {
    forget_old_entry(config_dir, home);
    let path = path_for(config_dir, home);
    if !wanted {
        return match fs::remove_file(&path) {
            Ok(()) => Ok(Change::Removed(path)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Change::Unchanged),
            Err(source) => Err(AutostartError::Remove { path, source }),
        };
    }
    let text = entry(exe, home);
    if fs::read_to_string(&path).is_ok_and(|old| old == text) {
        return Ok(Change::Unchanged);
    }
    if let Some(folder) = path.parent() {
        fs::create_dir_all(folder).map_err(|source| AutostartError::Folder {
            path: folder.to_owned(),
            source,
        })?;
    }
    write_atomic(&path, text.as_bytes())?;
    Ok(Change::Written(path))
}

/// Removes the single entry of earlier versions if it started the daemon for `home`: this
/// folder's own entry takes its place. One for another folder is left to serve it.
fn forget_old_entry(config_dir: &Path, home: &Home) {
    let old = config_dir.join("autostart").join(OLD_FILE_NAME);
    let this_home = format!(" --home {} ", quote(&folder(home).to_string_lossy()));
    if fs::read_to_string(&old).is_ok_and(|text| text.contains(&this_home)) {
        // Best effort: left in place, it starts a daemon for this folder, which is only one too
        // many (a second daemon for a folder stops at once).
        let _ = fs::remove_file(old);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_for_the_first_reminder_and_removed_with_the_last() {
        let config = tempfile::tempdir().unwrap();
        let home = Home::at(Path::new("/home/ana/.local/share/stretch-timer"));
        let exe = Path::new("/usr/bin/stretch-timer");
        let path = path_for(config.path(), &home);
        assert_eq!(
            sync(config.path(), true, exe, &home).unwrap(),
            Change::Written(path.clone())
        );
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("[Desktop Entry]\n"), "{text}");
        assert!(
            text.contains(
                "\nExec=\"/usr/bin/stretch-timer\" --home \"/home/ana/.local/share/stretch-timer\" remind daemon\n"
            ),
            "{text}"
        );
        assert_eq!(
            sync(config.path(), true, exe, &home).unwrap(),
            Change::Unchanged
        );
        assert_eq!(
            sync(config.path(), false, exe, &home).unwrap(),
            Change::Removed(path.clone())
        );
        assert!(!path.exists());
        assert_eq!(
            sync(config.path(), false, exe, &home).unwrap(),
            Change::Unchanged
        );
    }

    #[test]
    fn each_folder_has_an_entry_of_its_own_and_the_old_single_one_goes() {
        let config = tempfile::tempdir().unwrap();
        let exe = Path::new("/usr/bin/stretch-timer");
        let (a, b) = (
            Home::at(Path::new("/data/a")),
            Home::at(Path::new("/data/b")),
        );
        assert_ne!(path_for(config.path(), &a), path_for(config.path(), &b));
        let old = config.path().join("autostart").join(OLD_FILE_NAME);
        fs::create_dir_all(old.parent().unwrap()).unwrap();
        fs::write(&old, entry(exe, &a)).unwrap();

        sync(config.path(), true, exe, &b).unwrap();
        assert!(old.exists(), "the old entry serves a, not b");
        sync(config.path(), true, exe, &a).unwrap();
        assert!(
            !old.exists(),
            "a's own entry takes the place of the old one"
        );
        sync(config.path(), false, exe, &b).unwrap();
        assert!(is_set(config.path(), exe, &a), "turning off b leaves a's");
        assert!(!is_set(config.path(), exe, &b));
    }

    #[test]
    fn odd_characters_in_paths_are_quoted() {
        assert_eq!(quote("/a b/x"), "\"/a b/x\"");
        assert_eq!(quote("/50%/$HOME"), "\"/50%%/\\\\$HOME\"");
        assert_eq!(quote("a\"b\\c"), "\"a\\\\\"b\\\\\\\\c\"");
    }
}
