//! The routines the app knows: bundled, the person's own (from their folder) and files opened
//! from anywhere, each with where it comes from and whether it can be used.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::bundled;
use crate::routine::{LoadError, Routine};

/// Where a routine comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into the program (its id).
    Bundled(&'static str),
    /// A file in the user's routines folder.
    User(PathBuf),
    /// A file opened from elsewhere.
    File(PathBuf),
}

impl Origin {
    /// The file, for routines that are files.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Origin::Bundled(_) => None,
            Origin::User(path) | Origin::File(path) => Some(path),
        }
    }
}

/// A routine in the library, checked or with its errors.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Where it comes from.
    pub origin: Origin,
    /// The checked routine, or why it cannot be used.
    pub routine: Result<Arc<Routine>, LoadError>,
}

impl Entry {
    /// A bundled routine.
    pub fn bundled(b: &'static bundled::Bundled) -> Entry {
        Entry {
            origin: Origin::Bundled(b.id),
            routine: b.load().map(Arc::new),
        }
    }

    /// A routine file opened from anywhere, read and checked now.
    pub fn file(path: &Path) -> Entry {
        Entry {
            origin: Origin::File(path.to_owned()),
            routine: crate::media::load(path).map(Arc::new),
        }
    }

    /// A routine file in the user's folder, read and checked now.
    pub fn user(path: &Path) -> Entry {
        Entry {
            origin: Origin::User(path.to_owned()),
            routine: crate::media::load(path).map(Arc::new),
        }
    }

    /// The name to show: the routine's name, or the file's name if it has errors.
    pub fn title(&self) -> String {
        match (&self.routine, &self.origin) {
            (Ok(r), _) => r.name.clone(),
            (Err(_), Origin::File(path) | Origin::User(path)) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            (Err(_), Origin::Bundled(id)) => (*id).to_owned(),
        }
    }

    /// `bundled`, `yours`, or the file's folder.
    pub fn source_label(&self) -> String {
        match &self.origin {
            Origin::Bundled(_) => "bundled".to_owned(),
            Origin::User(_) => "yours".to_owned(),
            Origin::File(path) => path
                .parent()
                .map_or_else(String::new, |p| format!("from {}", p.display())),
        }
    }
}

/// Every routine on offer.
#[derive(Debug, Clone)]
pub struct Library {
    /// The user's own first (by file name: what they and their therapist made is what they
    /// come for), then files opened from elsewhere in the order they were opened, then the
    /// bundled ones.
    pub entries: Vec<Entry>,
}

impl Library {
    /// The bundled routines.
    pub fn new() -> Library {
        Library {
            entries: bundled::ALL.iter().map(Entry::bundled).collect(),
        }
    }

    /// Reads the user's routine files again (after they changed on disk): files added appear,
    /// files removed go, and every file is checked anew, so one that became invalid shows its
    /// errors and cannot be started.
    pub fn refresh_user(&mut self, files: &[PathBuf]) {
        let (bundled, others): (Vec<Entry>, Vec<Entry>) = std::mem::take(&mut self.entries)
            .into_iter()
            .partition(|e| matches!(e.origin, Origin::Bundled(_)));
        self.entries.extend(files.iter().map(|p| Entry::user(p)));
        // A file opened from elsewhere that is (now) in the user's folder is listed once.
        self.entries
            .extend(others.into_iter().filter_map(|e| match &e.origin {
                Origin::File(p) if !files.iter().any(|f| f == p) => Some(Entry::file(p)),
                _ => None,
            }));
        self.entries.extend(bundled);
    }

    /// The entry that comes from `origin`.
    pub fn get(&self, origin: &Origin) -> Option<&Entry> {
        self.entries.iter().find(|e| &e.origin == origin)
    }

    /// Opens a file (again): an entry already there, opened or the user's, is re-read in place.
    /// Returns where it comes from.
    pub fn open(&mut self, path: &Path) -> Origin {
        let same = |e: &Entry| e.origin.path() == Some(path);
        match self.entries.iter_mut().find(|e| same(e)) {
            Some(entry) => {
                *entry = match &entry.origin {
                    Origin::User(p) => Entry::user(p),
                    _ => Entry::file(path),
                };
                entry.origin.clone()
            }
            None => {
                let bundled = self
                    .entries
                    .iter()
                    .position(|e| matches!(e.origin, Origin::Bundled(_)))
                    .unwrap_or(self.entries.len());
                self.entries.insert(bundled, Entry::file(path));
                Origin::File(path.to_owned())
            }
        }
    }

    /// A bundled routine, by the name the command line uses.
    pub fn find(&self, id: &str) -> Option<Origin> {
        self.entries
            .iter()
            .find(|e| matches!(e.origin, Origin::Bundled(b) if b == id))
            .map(|e| e.origin.clone())
    }
}

impl Default for Library {
    fn default() -> Self {
        Self::new()
    }
}
