//! The routines the app knows: bundled, the person's own (from their folder) and files opened
//! from anywhere, each with where it comes from and whether it can be used.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::bundled;
use crate::progress::Source;
use crate::resolve::{bundled_language, settled_path};
use crate::routine::{LoadError, Routine};
use crate::tr;

/// Where the library lists a routine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shelf {
    /// Compiled into the program.
    Bundled,
    /// A file in the person's routines folder.
    Yours,
    /// A file in the person's routines folder that came from a package their therapist sent:
    /// changed only as a copy, and not shared on.
    FromTherapist,
    /// A file opened from elsewhere.
    Opened,
}

/// A routine in the library, checked or with its errors.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Which routine it is.
    pub source: Source,
    /// Where the library lists it.
    pub shelf: Shelf,
    /// The checked routine, or why it cannot be used.
    pub routine: Result<Arc<Routine>, LoadError>,
}

impl Entry {
    /// A bundled routine, in `language` (English if it has no translation into it).
    pub fn bundled(b: &'static bundled::Bundled, language: &str) -> Entry {
        Entry {
            source: Source::Bundled(b.id.to_owned()),
            shelf: Shelf::Bundled,
            routine: b.load(language).map(Arc::new),
        }
    }

    /// A routine file opened from anywhere, read and checked now.
    pub fn file(path: &Path) -> Entry {
        Entry {
            source: Source::File(path.to_owned()),
            shelf: Shelf::Opened,
            routine: crate::media::load(path).map(Arc::new),
        }
    }

    /// A routine file in the user's folder, read and checked now.
    pub fn user(path: &Path) -> Entry {
        Entry {
            source: Source::File(path.to_owned()),
            shelf: if crate::share::from_package(path) {
                Shelf::FromTherapist
            } else {
                Shelf::Yours
            },
            routine: crate::media::load(path).map(Arc::new),
        }
    }

    /// The name to show: the routine's name, or the file's name if it has errors.
    pub fn title(&self) -> String {
        match (&self.routine, &self.source) {
            (Ok(r), _) => r.name.clone(),
            (Err(_), Source::File(path)) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            (Err(_), Source::Bundled(id)) => id.clone(),
        }
    }

    /// `bundled`, `yours`, or the file's folder.
    pub fn source_label(&self) -> String {
        match (self.shelf, &self.source) {
            (Shelf::Bundled, _) => tr!("shelf-bundled"),
            (Shelf::Yours, _) => tr!("shelf-yours"),
            (Shelf::FromTherapist, _) => tr!("shelf-from-therapist"),
            (Shelf::Opened, source) => source
                .path()
                .and_then(Path::parent)
                .map_or_else(String::new, |p| {
                    tr!("shelf-opened", folder = p.display().to_string())
                }),
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
    /// The language the bundled routines are read in.
    language: String,
}

impl Library {
    /// The bundled routines, in the program's language ([`bundled_language`]).
    pub fn new() -> Library {
        let language = bundled_language();
        Library {
            entries: bundled::ALL
                .iter()
                .map(|b| Entry::bundled(b, &language))
                .collect(),
            language,
        }
    }

    /// Reads the bundled routines again in the program's language if it changed since they were
    /// read (in Settings, say): the library, the overview and what is started next speak it.
    /// Returns whether they were read again.
    pub fn follow_language(&mut self) -> bool {
        let language = bundled_language();
        if language == self.language {
            return false;
        }
        for entry in &mut self.entries {
            if let (Shelf::Bundled, Source::Bundled(id)) = (entry.shelf, &entry.source)
                && let Some(b) = bundled::find(id)
            {
                *entry = Entry::bundled(b, &language);
            }
        }
        self.language = language;
        true
    }

    /// Reads the user's routine files again (after they changed on disk): files added appear,
    /// files removed go, and every file is checked anew, so one that became invalid shows its
    /// errors and cannot be started.
    pub fn refresh_user(&mut self, files: &[PathBuf]) {
        let (bundled, others): (Vec<Entry>, Vec<Entry>) = std::mem::take(&mut self.entries)
            .into_iter()
            .partition(|e| e.shelf == Shelf::Bundled);
        self.entries.extend(files.iter().map(|p| Entry::user(p)));
        // A file opened from elsewhere that is (now) in the user's folder is listed once.
        self.entries.extend(
            others
                .into_iter()
                .filter_map(|e| match (e.shelf, &e.source) {
                    (Shelf::Opened, Source::File(p)) if !files.contains(p) => Some(Entry::file(p)),
                    _ => None,
                }),
        );
        self.entries.extend(bundled);
    }

    /// The entry of routine `source`.
    pub fn get(&self, source: &Source) -> Option<&Entry> {
        self.entries.iter().find(|e| &e.source == source)
    }

    /// Opens a file (again): an entry already there, opened or the user's, is re-read in place.
    /// Returns which routine it is.
    pub fn open(&mut self, path: &Path) -> Source {
        // By its absolute path, as the history keeps it: the same file is the same routine however
        // it was named.
        let path = &settled_path(path);
        let source = Source::File(path.clone());
        match self.entries.iter_mut().find(|e| e.source == source) {
            Some(entry) => {
                *entry = match entry.shelf {
                    Shelf::Yours | Shelf::FromTherapist => Entry::user(path),
                    _ => Entry::file(path),
                };
            }
            None => {
                let bundled = self
                    .entries
                    .iter()
                    .position(|e| e.shelf == Shelf::Bundled)
                    .unwrap_or(self.entries.len());
                self.entries.insert(bundled, Entry::file(path));
            }
        }
        source
    }

    /// A bundled routine, by the name the command line uses.
    pub fn find(&self, id: &str) -> Option<Source> {
        self.entries
            .iter()
            .find(|e| matches!(&e.source, Source::Bundled(b) if b == id))
            .map(|e| e.source.clone())
    }
}

impl Default for Library {
    fn default() -> Self {
        Self::new()
    }
}
