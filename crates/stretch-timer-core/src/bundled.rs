//! The routines that ship inside the program, so that it works from any folder.

use std::path::{Path, PathBuf};

use crate::routine::{self, LoadError, Routine};

/// A routine compiled into the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bundled {
    /// The file stem, by which the command line names it: `standing-psoas`.
    pub id: &'static str,
    /// The RON text of the file in `routines/`.
    pub source: &'static str,
}

macro_rules! bundle {
    ($($id:literal),* $(,)?) => {
        &[$(Bundled { id: $id, source: include_str!(concat!("../../../routines/", $id, ".ron")) }),*]
    };
}

/// Every bundled routine, in the order they are listed.
pub const ALL: &[Bundled] = bundle!(
    "supine-bench-psoas",
    "floor-psoas",
    "standing-psoas",
    "myofascial-psoas",
);

/// What a routine argument (`stretch-timer plan ROUTINE`, `stretch-timer ROUTINE`) names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named<'a> {
    /// A file: an existing path, or anything that looks like one (`.ron`, a slash).
    File(&'a Path),
    /// A bundled routine, by its id.
    Bundled(&'static Bundled),
    /// Neither.
    Unknown,
}

/// Reads a routine argument: an existing path or anything that looks like one is a file,
/// otherwise it is a bundled routine's id.
pub fn named(arg: &str) -> Named<'_> {
    let path = Path::new(arg);
    let looks_like_path = arg.ends_with(".ron") || arg.contains('/') || arg.contains('\\');
    if path.exists() || looks_like_path {
        return Named::File(path);
    }
    find(arg).map_or(Named::Unknown, Named::Bundled)
}

/// The bundled routine with this id, if there is one.
pub fn find(id: &str) -> Option<&'static Bundled> {
    ALL.iter().find(|b| b.id == id)
}

impl Bundled {
    /// The path shown in messages about this routine: the file it was built from.
    pub fn display_path(&self) -> PathBuf {
        PathBuf::from(format!("routines/{}.ron", self.id))
    }

    /// Checks and returns the routine. Bundled routines are tested to be valid; a broken one still
    /// gets an error, not a crash.
    pub fn load(&self) -> Result<Routine, LoadError> {
        routine::parse(self.source, None).map_err(|diagnostics| LoadError::Invalid {
            path: self.display_path(),
            diagnostics,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_routine_is_valid() {
        for bundled in ALL {
            if let Err(e) = bundled.load() {
                panic!("{e}");
            }
        }
    }

    #[test]
    fn arguments_name_files_or_bundled_routines() {
        assert_eq!(
            named("standing-psoas"),
            Named::Bundled(find("standing-psoas").unwrap())
        );
        assert_eq!(named("mine.ron"), Named::File(Path::new("mine.ron")));
        assert_eq!(
            named("folder/standing-psoas"),
            Named::File(Path::new("folder/standing-psoas"))
        );
        assert_eq!(named("psoas"), Named::Unknown);
    }

    #[test]
    fn ids_are_unique_and_found() {
        for bundled in ALL {
            assert_eq!(find(bundled.id), Some(bundled));
        }
        assert_eq!(find("no-such-routine"), None);
    }
}
