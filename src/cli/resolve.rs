//! ROUTINE arguments: a path to a .ron file, the name of a bundled routine, or the name of one of
//! the user's routines (its file name without `.ron`).

use std::path::{Path, PathBuf};

use anyhow::bail;
use stretch_timer::bundled::{self, Bundled, Named};
use stretch_timer::home::Home;
use stretch_timer::routine::{self, LoadError, Routine};

/// Where a routine comes from.
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// Compiled into the program.
    Bundled(&'static Bundled),
}

impl Source {
    /// Reads the argument: an existing path or anything that looks like one is a file; otherwise a
    /// bundled routine's name, else one of the user's routines by name.
    pub fn from_arg(arg: &str, home: &Home) -> anyhow::Result<Source> {
        match bundled::named(arg) {
            Named::File(path) => Ok(Source::File(path.to_owned())),
            Named::Bundled(b) => Ok(Source::Bundled(b)),
            Named::Unknown => {
                let files = home.routine_files();
                if let Some(file) = files.iter().find(|f| user_id(f) == arg) {
                    return Ok(Source::File(file.clone()));
                }
                let names: Vec<String> = bundled::ALL
                    .iter()
                    .map(|b| b.id.to_owned())
                    .chain(files.iter().map(|f| user_id(f)))
                    .collect();
                bail!(
                    "no routine named \"{arg}\": give the path of a .ron file, or one of: {}",
                    names.join(", ")
                )
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
}

/// The name by which the command line knows one of the user's routines: its file name without
/// `.ron`.
pub fn user_id(file: &Path) -> String {
    file.file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
}

/// Whether the error is that the file could not be read at all (rather than that it has errors).
pub fn is_unreadable(e: &LoadError) -> bool {
    e.diagnostics
        .iter()
        .any(|d| matches!(d.problem, routine::Problem::Unreadable { .. }))
}
