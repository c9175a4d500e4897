//! The XDG autostart entry that starts the reminder daemon at login:
//! `$XDG_CONFIG_HOME/autostart/stretch-timer-reminders.desktop` (by default under `~/.config`).
//! It is written when the first reminder is set and removed when the last is turned off
//! ([`sync`]), so nothing runs at login for someone who has no reminders.
//!
//! Desktops that follow the XDG autostart specification (GNOME, KDE, Xfce, …) read it. Other
//! systems have no such folder: there [`config_dir`] is `None` and nothing is written.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::home::Home;
use crate::save::{SaveError, write_atomic};

/// The entry's file name in the autostart folder.
pub const FILE_NAME: &str = "stretch-timer-reminders.desktop";

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

/// Why the entry could not be written or removed.
#[derive(Debug, thiserror::Error)]
pub enum AutostartError {
    /// The autostart folder could not be made.
    #[error("could not create the autostart folder {path}: {source}")]
    Folder {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The entry could not be written.
    #[error(transparent)]
    Write(#[from] SaveError),
    /// The entry could not be removed.
    #[error("could not remove the autostart entry {path}: {source}")]
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

/// Where the entry goes under `config_dir`.
pub fn path_in(config_dir: &Path) -> PathBuf {
    config_dir.join("autostart").join(FILE_NAME)
}

/// The entry's text: runs `exe --home HOME remind daemon`, quoted as the desktop entry
/// specification asks.
pub fn entry(exe: &Path, home: &Home) -> String {
    let exec = [
        quote(&exe.to_string_lossy()),
        "--home".to_owned(),
        quote(&home.root().to_string_lossy()),
        "remind".to_owned(),
        "daemon".to_owned(),
    ]
    .join(" ");
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=Stretch Timer reminders\n\
         Comment=Reminds you of your stretching routines at the times you chose\n\
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
    let path = path_in(config_dir);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_for_the_first_reminder_and_removed_with_the_last() {
        let config = tempfile::tempdir().unwrap();
        let home = Home::at(Path::new("/home/ana/.local/share/stretch-timer"));
        let exe = Path::new("/usr/bin/stretch-timer");
        let path = path_in(config.path());
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
    fn odd_characters_in_paths_are_quoted() {
        assert_eq!(quote("/a b/x"), "\"/a b/x\"");
        assert_eq!(quote("/50%/$HOME"), "\"/50%%/\\\\$HOME\"");
        assert_eq!(quote("a\"b\\c"), "\"a\\\\\"b\\\\\\\\c\"");
    }
}
