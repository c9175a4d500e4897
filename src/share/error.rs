//! Why a routine could not be exported or a package imported, in words for the person.

use std::io;
use std::path::PathBuf;

use crate::problems;
use crate::routine::LoadError;
use crate::save::SaveError;

use super::{IMAGE_EXTENSIONS, SOUND_EXTENSIONS};
use crate::fault::io_words;
use crate::limits::size_text;
use crate::tr;

/// Why a routine could not be exported or a package imported. Whatever the error, nothing was
/// written: no package, no routine, no leftover folder.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.words())]
pub enum ShareError {
    /// The routine to export has errors; sharing it would only pass them on.
    Invalid(LoadError),
    /// A file the routine names could not be imported on another computer.
    NotShareable {
        /// The routine file.
        routine: PathBuf,
        /// The file's path as written in the routine.
        written: String,
        /// What is wrong with it and what to do, in words.
        reason: String,
    },
    /// A file the routine names is larger than a package may carry.
    FileTooLarge {
        /// The file.
        path: PathBuf,
        /// The limit.
        max: u64,
    },
    /// The routine and its files together are more than a package may carry.
    TooLargeInTotal {
        /// The routine file.
        routine: PathBuf,
        /// The limit.
        max: u64,
    },
    /// The package would be written over the routine or one of its files.
    OverSource {
        /// Where the package was to go.
        path: PathBuf,
        /// A better file name.
        suggestion: String,
    },
    /// The folder the package was to go in does not exist.
    NoFolder {
        /// The folder.
        folder: PathBuf,
    },
    /// A file could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The package could not be written.
    Write(SaveError),
    /// The file given to import is not a zip file, or one cut short.
    NotAPackage {
        /// The file.
        package: PathBuf,
    },
    /// The package file is larger than any package could be.
    PackageTooLarge {
        /// The file.
        package: PathBuf,
        /// The limit.
        max: u64,
    },
    /// The package holds more entries than a routine and its files need.
    TooManyEntries {
        /// The file.
        package: PathBuf,
        /// The limit.
        max: usize,
    },
    /// One file in the package unpacks to more than a package may carry.
    EntryTooLarge {
        /// The package.
        package: PathBuf,
        /// The entry's name in the zip.
        entry: String,
        /// The limit for this entry.
        max: u64,
    },
    /// The package's files together unpack to more than a package may carry.
    ContentTooLarge {
        /// The package.
        package: PathBuf,
        /// The limit.
        max: u64,
    },
    /// An entry's name could write outside the routine's folder, or cannot be a file name.
    UnsafeName {
        /// The package.
        package: PathBuf,
        /// The entry's name in the zip, with control characters escaped.
        entry: String,
        /// What is wrong with it.
        reason: super::names::UnsafeReason,
    },
    /// An entry is a symbolic link, which could point anywhere on the computer.
    Link {
        /// The package.
        package: PathBuf,
        /// The entry's name in the zip.
        entry: String,
    },
    /// A file to import is protected by a password.
    Encrypted {
        /// The package.
        package: PathBuf,
        /// The entry's name in the zip.
        entry: String,
    },
    /// A file to import is compressed in a way this program does not read.
    Unsupported {
        /// The package.
        package: PathBuf,
        /// The entry's name in the zip.
        entry: String,
        /// The compression method.
        method: String,
    },
    /// A file in the package cannot be read back: the package is damaged.
    Damaged {
        /// The package.
        package: PathBuf,
        /// The entry's name in the zip.
        entry: String,
        /// What the zip reader found.
        reason: String,
    },
    /// Two entries would be the same file, or one file would be another's folder.
    DuplicateName {
        /// The package.
        package: PathBuf,
        /// The entry named twice, when known.
        entry: Option<String>,
    },
    /// The package holds no routine file where one belongs.
    NoRoutine {
        /// The package.
        package: PathBuf,
    },
    /// The package holds more than one routine file.
    ManyRoutines {
        /// The package.
        package: PathBuf,
        /// The routine files' names in the zip.
        found: Vec<String>,
    },
    /// The routine in the package has errors.
    BrokenRoutine {
        /// The package.
        package: PathBuf,
        /// Every problem, each at `PACKAGE/ENTRY:LINE:COL`.
        errors: LoadError,
        /// Entries that were left out, in case the routine names one of them.
        skipped: Vec<String>,
    },
    /// The routines folder already has a routine of this name, and [`OnClash::Refuse`] was asked.
    /// The message says only what is there; each front end offers its own way to keep both
    /// ([`OnClash::Rename`]) or to replace the old one ([`OnClash::Replace`]).
    ///
    /// [`OnClash::Refuse`]: super::OnClash::Refuse
    /// [`OnClash::Rename`]: super::OnClash::Rename
    /// [`OnClash::Replace`]: super::OnClash::Replace
    Clash {
        /// The routine's name, as the person sees it.
        name: String,
        /// The routine already there: its folder or its file.
        existing: PathBuf,
    },
    /// The routine could not be put into the routines folder.
    Install {
        /// The file or folder being written, moved or deleted.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
}

impl ShareError {
    /// The message, in the current language.
    fn words(&self) -> String {
        match self {
            ShareError::Invalid(e) => {
                let (file, errors) = (e.path().display().to_string(), problems::lines(e));
                tr!("share-invalid", file = file, errors = errors)
            }
            ShareError::NotShareable {
                routine,
                written,
                reason,
            } => {
                let routine = routine.display().to_string();
                tr!(
                    "share-not-shareable",
                    routine = routine,
                    file = written.as_str(),
                    reason = reason.as_str()
                )
            }
            ShareError::FileTooLarge { path, max } => {
                let (file, max) = (path.display().to_string(), size_text(*max));
                tr!("share-file-too-large", file = file, max = max)
            }
            ShareError::TooLargeInTotal { routine, max } => {
                let (routine, max) = (routine.display().to_string(), size_text(*max));
                tr!("share-too-large-in-total", routine = routine, max = max)
            }
            ShareError::OverSource { path, suggestion } => {
                let file = path.display().to_string();
                tr!(
                    "share-over-source",
                    file = file,
                    suggestion = suggestion.as_str()
                )
            }
            ShareError::NoFolder { folder } => {
                let folder = folder.display().to_string();
                tr!("share-no-folder", folder = folder)
            }
            ShareError::Read { path, source } => {
                let (file, reason) = (path.display().to_string(), io_words(source));
                tr!("share-not-read", file = file, reason = reason)
            }
            ShareError::Write(e) => e.to_string(),
            ShareError::NotAPackage { package } => {
                let package = package.display().to_string();
                tr!("share-not-a-package", package = package)
            }
            ShareError::PackageTooLarge { package, max } => {
                let (package, max) = (package.display().to_string(), size_text(*max));
                tr!("share-package-too-large", package = package, max = max)
            }
            ShareError::TooManyEntries { package, max } => {
                let package = package.display().to_string();
                tr!("share-too-many-entries", package = package, max = max)
            }
            ShareError::EntryTooLarge {
                package,
                entry,
                max,
            } => {
                let (package, max) = (package.display().to_string(), size_text(*max));
                tr!(
                    "share-entry-too-large",
                    package = package,
                    entry = entry.as_str(),
                    max = max
                )
            }
            ShareError::ContentTooLarge { package, max } => {
                let (package, max) = (package.display().to_string(), size_text(*max));
                tr!("share-content-too-large", package = package, max = max)
            }
            ShareError::UnsafeName {
                package,
                entry,
                reason,
            } => {
                let (package, reason) = (package.display().to_string(), reason.words());
                tr!(
                    "share-unsafe-name",
                    package = package,
                    entry = entry.as_str(),
                    reason = reason
                )
            }
            ShareError::Link { package, entry } => {
                let package = package.display().to_string();
                tr!("share-link", package = package, entry = entry.as_str())
            }
            ShareError::Encrypted { package, entry } => {
                let package = package.display().to_string();
                tr!("share-encrypted", package = package, entry = entry.as_str())
            }
            ShareError::Unsupported {
                package,
                entry,
                method,
            } => {
                let package = package.display().to_string();
                tr!(
                    "share-unsupported",
                    package = package,
                    entry = entry.as_str(),
                    method = method.as_str()
                )
            }
            ShareError::Damaged {
                package,
                entry,
                reason,
            } => {
                let package = package.display().to_string();
                tr!(
                    "share-damaged",
                    package = package,
                    entry = entry.as_str(),
                    reason = reason.as_str()
                )
            }
            ShareError::DuplicateName { package, entry } => {
                let package = package.display().to_string();
                match entry {
                    Some(entry) => tr!(
                        "share-duplicate-name",
                        package = package,
                        entry = entry.as_str()
                    ),
                    None => tr!("share-duplicate-names", package = package),
                }
            }
            ShareError::NoRoutine { package } => {
                let package = package.display().to_string();
                tr!("share-no-routine", package = package)
            }
            ShareError::ManyRoutines { package, found } => {
                let (package, found) = (package.display().to_string(), found.join(", "));
                tr!("share-many-routines", package = package, found = found)
            }
            ShareError::BrokenRoutine {
                package,
                errors,
                skipped,
            } => {
                let (package, errors) = (package.display().to_string(), problems::lines(errors));
                let broken = tr!("share-broken-routine", package = package, errors = errors);
                if skipped.is_empty() {
                    return broken;
                }
                let (skipped, pictures, sounds) = (
                    skipped.join(", "),
                    IMAGE_EXTENSIONS.join(", "),
                    SOUND_EXTENSIONS.join(", "),
                );
                let left_out = tr!(
                    "share-left-out",
                    skipped = skipped,
                    pictures = pictures,
                    sounds = sounds
                );
                format!("{broken}\n{left_out}")
            }
            ShareError::Clash { name, existing } => {
                let existing = existing.display().to_string();
                tr!("share-clash", name = name.as_str(), existing = existing)
            }
            ShareError::Install { path, source } => {
                let (path, reason) = (path.display().to_string(), io_words(source));
                tr!("share-not-installed", path = path, reason = reason)
            }
        }
    }
}
