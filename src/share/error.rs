//! Why a routine could not be exported or a package imported, in words for the person.

use std::io;
use std::path::PathBuf;

use crate::routine::LoadError;
use crate::save::SaveError;

use super::{IMAGE_EXTENSIONS, SOUND_EXTENSIONS};
use crate::limits::size_text;

/// Why a routine could not be exported or a package imported. Whatever the error, nothing was
/// written: no package, no routine, no leftover folder.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    /// The routine to export has errors; sharing it would only pass them on.
    #[error("{} has errors; correct them before sharing it:\n{}", .0.path().display(), .0)]
    Invalid(LoadError),
    /// A file the routine names could not be imported on another computer.
    #[error("cannot share {}: the file \"{written}\" that it names {reason}", .routine.display())]
    NotShareable {
        /// The routine file.
        routine: PathBuf,
        /// The file's path as written in the routine.
        written: String,
        /// What is wrong with it and what to do, in words.
        reason: String,
    },
    /// A file the routine names is larger than a package may carry.
    #[error(
        "cannot share {}: it is larger than {}, the most for a file in a shared routine; make it smaller (a picture with fewer pixels, a recording saved as OGG or MP3)",
        .path.display(), size_text(*.max)
    )]
    FileTooLarge {
        /// The file.
        path: PathBuf,
        /// The limit.
        max: u64,
    },
    /// The routine and its files together are more than a package may carry.
    #[error(
        "cannot share {}: with its files it comes to more than {}, the most a shared routine may hold; make its pictures or recordings smaller",
        .routine.display(), size_text(*.max)
    )]
    TooLargeInTotal {
        /// The routine file.
        routine: PathBuf,
        /// The limit.
        max: u64,
    },
    /// The package would be written over the routine or one of its files.
    #[error(
        "{} is the routine or one of its files; save the package under another name, such as {}",
        .path.display(), .suggestion
    )]
    OverSource {
        /// Where the package was to go.
        path: PathBuf,
        /// A better file name.
        suggestion: String,
    },
    /// The folder the package was to go in does not exist.
    #[error(
        "the folder {} does not exist, so the package cannot be written there; make the folder first, or choose one that exists",
        .folder.display()
    )]
    NoFolder {
        /// The folder.
        folder: PathBuf,
    },
    /// A file could not be read.
    #[error("could not read {}: {}", .path.display(), crate::fault::io_words(.source))]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The package could not be written.
    #[error(transparent)]
    Write(SaveError),
    /// The file given to import is not a zip file, or one cut short.
    #[error(
        "{} is not a stretch-timer routine package (not a zip file, or one that was cut short: ask for it again)",
        .package.display()
    )]
    NotAPackage {
        /// The file.
        package: PathBuf,
    },
    /// The package file is larger than any package could be.
    #[error(
        "{} is larger than {}, the most a routine package may be, so it is not one: ask for the routine again",
        .package.display(), size_text(*.max)
    )]
    PackageTooLarge {
        /// The file.
        package: PathBuf,
        /// The limit.
        max: u64,
    },
    /// The package holds more entries than a routine and its files need.
    #[error(
        "{} holds more than {max} files; a routine package holds one routine with its pictures and sounds",
        .package.display()
    )]
    TooManyEntries {
        /// The file.
        package: PathBuf,
        /// The limit.
        max: usize,
    },
    /// One file in the package unpacks to more than a package may carry.
    #[error(
        "{}: \"{entry}\" unpacks to more than {}, the most for this file in a routine package; ask the sender to make it smaller",
        .package.display(), size_text(*.max)
    )]
    EntryTooLarge {
        /// The package.
        package: PathBuf,
        /// The entry's name in the zip.
        entry: String,
        /// The limit for this entry.
        max: u64,
    },
    /// The package's files together unpack to more than a package may carry.
    #[error(
        "{} unpacks to more than {}, the most a routine package may hold; ask for a package with smaller pictures or recordings",
        .package.display(), size_text(*.max)
    )]
    ContentTooLarge {
        /// The package.
        package: PathBuf,
        /// The limit.
        max: u64,
    },
    /// An entry's name could write outside the routine's folder, or cannot be a file name.
    #[error(
        "{}: \"{entry}\" {reason}; a routine package never has such names, so nothing was imported",
        .package.display()
    )]
    UnsafeName {
        /// The package.
        package: PathBuf,
        /// The entry's name in the zip, with control characters escaped.
        entry: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// An entry is a symbolic link, which could point anywhere on the computer.
    #[error(
        "{}: \"{entry}\" is a link to another file; a routine package holds only plain files, so nothing was imported",
        .package.display()
    )]
    Link {
        /// The package.
        package: PathBuf,
        /// The entry's name in the zip.
        entry: String,
    },
    /// A file to import is protected by a password.
    #[error(
        "{}: \"{entry}\" is protected by a password; ask for a package made without one (stretch-timer's Export never uses one)",
        .package.display()
    )]
    Encrypted {
        /// The package.
        package: PathBuf,
        /// The entry's name in the zip.
        entry: String,
    },
    /// A file to import is compressed in a way this program does not read.
    #[error(
        "{}: \"{entry}\" is compressed with {method}, which stretch-timer does not read; ask for a package made with stretch-timer's Export",
        .package.display()
    )]
    Unsupported {
        /// The package.
        package: PathBuf,
        /// The entry's name in the zip.
        entry: String,
        /// The compression method.
        method: String,
    },
    /// A file in the package cannot be read back: the package is damaged.
    #[error(
        "{} is damaged (\"{entry}\": {reason}); ask for it again",
        .package.display()
    )]
    Damaged {
        /// The package.
        package: PathBuf,
        /// The entry's name in the zip.
        entry: String,
        /// What the zip reader found.
        reason: String,
    },
    /// Two entries would be the same file, or one file would be another's folder.
    #[error("{}: {}; nothing was imported", .package.display(), duplicate_text(.entry.as_deref()))]
    DuplicateName {
        /// The package.
        package: PathBuf,
        /// The entry named twice, when known.
        entry: Option<String>,
    },
    /// The package holds no routine file where one belongs.
    #[error(
        "{} holds no routine (a .ron file, at its top or in its folder); it is not a stretch-timer routine package",
        .package.display()
    )]
    NoRoutine {
        /// The package.
        package: PathBuf,
    },
    /// The package holds more than one routine file.
    #[error(
        "{} holds more than one routine ({}); a package holds one: ask for one package per routine",
        .package.display(), .found.join(", ")
    )]
    ManyRoutines {
        /// The package.
        package: PathBuf,
        /// The routine files' names in the zip.
        found: Vec<String>,
    },
    /// The routine in the package has errors.
    #[error(
        "the routine in {} has errors, so it was not imported; ask for a corrected one:\n{errors}{}",
        .package.display(), skipped_text(.skipped)
    )]
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
    #[error("\"{name}\" is already in your routines ({})", .existing.display())]
    Clash {
        /// The routine's name, as the person sees it.
        name: String,
        /// The routine already there: its folder or its file.
        existing: PathBuf,
    },
    /// The routine could not be put into the routines folder.
    #[error("could not add the routine to {}: {}", .path.display(), crate::fault::io_words(.source))]
    Install {
        /// The file or folder being written, moved or deleted.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
}

/// What is named twice in a package, in words.
fn duplicate_text(entry: Option<&str>) -> String {
    match entry {
        Some(entry) => format!(
            "\"{entry}\" is in it twice, or as a file and a folder (names that differ only in upper and lower case count as the same)"
        ),
        None => "two of its files have the same name".to_owned(),
    }
}

/// The entries left out of a package, after its routine's errors: one of them may be a file the
/// routine names.
fn skipped_text(skipped: &[String]) -> String {
    if skipped.is_empty() {
        return String::new();
    }
    format!(
        "\n(left out of the package: {}; only the routine, pictures ({}) and sounds ({}) are imported)",
        skipped.join(", "),
        IMAGE_EXTENSIONS.join(", "),
        SOUND_EXTENSIONS.join(", ")
    )
}
