//! A routine named by the person, on the command line or when the app is launched: a path to a
//! `.ron` file, the name of a bundled routine, or the name of one of their own routines (its file
//! name without `.ron`). The command line and the app read such a name the same way, here.

use std::path::{Path, PathBuf};

use crate::bundled::{self, Bundled, Named};
use crate::home::Home;
use crate::routine::{self, LoadError, Routine};

/// Where a named routine comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file on disk: one given by its path, or one of the user's routines.
    File(PathBuf),
    /// Compiled into the program.
    Bundled(&'static Bundled),
}

/// No routine has the name given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "no routine named \"{name}\": give the path of a .ron file, or one of: {}",
    known.join(", ")
)]
pub struct Unknown {
    /// The name as given.
    pub name: String,
    /// The names there are: the bundled routines', then the user's.
    pub known: Vec<String>,
}

impl Source {
    /// Reads the name: an existing path or anything that looks like one is a file; otherwise a
    /// bundled routine's name, else one of the user's routines in `home` by name.
    pub fn from_arg(arg: &str, home: &Home) -> Result<Source, Unknown> {
        match bundled::named(arg) {
            Named::File(path) => Ok(Source::File(path.to_owned())),
            Named::Bundled(b) => Ok(Source::Bundled(b)),
            Named::Unknown => {
                let files = home.routine_files();
                if let Some(file) = files.iter().find(|f| user_id(f) == arg) {
                    return Ok(Source::File(file.clone()));
                }
                Err(Unknown {
                    name: arg.to_owned(),
                    known: bundled::ALL
                        .iter()
                        .map(|b| b.id.to_owned())
                        .chain(files.iter().map(|f| user_id(f)))
                        .collect(),
                })
            }
        }
    }

    /// Loads and checks the routine.
    pub fn load(&self) -> Result<Routine, LoadError> {
        match self {
            Source::File(path) => routine::load(path),
            Source::Bundled(b) => b.load(),
        }
    }

    /// Loads and checks the routine and every file it names, as `check` does
    /// ([`crate::media::load`]).
    pub fn load_checked(&self) -> Result<Routine, LoadError> {
        match self {
            Source::File(path) => crate::media::load(path),
            Source::Bundled(b) => b.load(),
        }
    }
}

/// The name by which one of the user's routines is known: its file name without `.ron`.
pub fn user_id(file: &Path) -> String {
    file.file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_a_file_a_bundled_routine_or_one_of_the_users() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        let routines = home.ensure_routines().unwrap();
        let mine = routines.join("morning.ron");
        std::fs::write(&mine, "").unwrap();

        assert_eq!(
            Source::from_arg("elsewhere/x.ron", &home),
            Ok(Source::File(PathBuf::from("elsewhere/x.ron")))
        );
        let first = &bundled::ALL[0];
        assert_eq!(
            Source::from_arg(first.id, &home),
            Ok(Source::Bundled(first))
        );
        assert_eq!(Source::from_arg("morning", &home), Ok(Source::File(mine)));
        let unknown = Source::from_arg("evening", &home).unwrap_err();
        assert_eq!(unknown.name, "evening");
        assert_eq!(unknown.known.first().map(String::as_str), Some(first.id));
        assert_eq!(unknown.known.last().map(String::as_str), Some("morning"));
    }
}
