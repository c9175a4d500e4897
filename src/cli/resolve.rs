//! ROUTINE arguments: a path to a .ron file, or the name of a bundled routine.

use std::path::PathBuf;

use anyhow::bail;
use stretch_timer::bundled::{self, Bundled, Named};
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
    /// bundled routine's name.
    pub fn from_arg(arg: &str) -> anyhow::Result<Source> {
        match bundled::named(arg) {
            Named::File(path) => Ok(Source::File(path.to_owned())),
            Named::Bundled(b) => Ok(Source::Bundled(b)),
            Named::Unknown => {
                let names: Vec<&str> = bundled::ALL.iter().map(|b| b.id).collect();
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

/// Whether the error is that the file could not be read at all (rather than that it has errors).
pub fn is_unreadable(e: &LoadError) -> bool {
    e.diagnostics
        .iter()
        .any(|d| matches!(d.problem, routine::Problem::Unreadable { .. }))
}
