//! Sharing routines: one zip file with the routine and the files it names, exported and imported.
//!
//! # The package
//!
//! A therapist shares a routine as one ordinary zip file, named after the routine
//! ([`package_file_name`]: `"Morning psoas (gentle)"` → `morning-psoas-gentle.zip`). Any zip tool
//! opens it, and it holds:
//!
//! ```text
//! morning-psoas-gentle.zip
//! ├── README.txt                      how to open it, for a person who double-clicks the file
//! └── morning-psoas-gentle/
//!     ├── morning-psoas-gentle.ron    the routine file, byte for byte (comments kept)
//!     ├── bench.png                   every file the routine names (images, voices, sounds),
//!     └── images/floor.png            at the path written in the routine
//! ```
//!
//! Nothing else goes in: files next to the routine that it does not name stay behind. The files
//! are dated 1980-01-01 (zip's "no date"), so the same routine always gives the same bytes.
//! A routine with errors is not exported ([`ShareError::Invalid`]), nor one whose files could not
//! be imported elsewhere: a file that is not an image (png, jpg, jpeg, svg) or a sound (wav, ogg,
//! flac, mp3), a name with `\`, `:` or a control character, two names that differ only in case,
//! or sizes beyond the limits below.
//!
//! # Importing
//!
//! [`import`] trusts nothing in the file and runs nothing from it. It refuses the whole package,
//! installing nothing, when:
//!
//! - the file is not a zip, or is cut short or damaged (a checksum that does not match);
//! - the zip file is larger than [`MAX_PACKAGE_BYTES`], holds more than [`MAX_ENTRIES`] entries,
//!   a file larger than [`MAX_FILE_BYTES`] (the routine file: [`routine::MAX_FILE_BYTES`]), or
//!   more than [`MAX_CONTENT_BYTES`] in all. Sizes are counted while reading, not taken from the
//!   zip's headers;
//! - any entry's name is absolute (`/x`), climbs out (`..`), has a backslash, a colon (a drive
//!   letter, `C:`), a control character or an empty part (`a//b`), or is nested more than 8 deep;
//! - any entry is a symbolic link, or a file to import is encrypted or compressed other than
//!   stored or deflated;
//! - two files to import have the same name, ignoring case (they would be one file on Windows
//!   and macOS);
//! - there is not exactly one routine: one `.ron` file at the top of the zip or at the top of one
//!   folder (the package's folder, whatever its name);
//! - the routine has errors once unpacked ([`ShareError::BrokenRoutine`], each with its line and
//!   column).
//!
//! From the routine's folder it unpacks the routine and the images and sounds (by extension, as
//! above) as plain files with the usual permissions: never links, never permissions from the
//! zip. Anything else (other files, anything outside that folder) is left in the zip and listed in
//! [`Imported::skipped`]; the package's `README.txt` and the litter of macOS and Windows
//! (`__MACOSX/`, `.DS_Store`, `._*`, `Thumbs.db`, `desktop.ini`) are left without a word.
//!
//! Everything is unpacked into a hidden folder (`.import-…`) inside the routines folder, checked
//! with [`routine::load`] there, and only then renamed into place as `<slug>/<slug>.ron`, so the
//! library never sees a half-unpacked routine, and a refused package leaves nothing behind. A
//! routine of that name already there (a folder `<slug>/` or a file `<slug>.ron`) is a
//! [`ShareError::Clash`] unless [`OnClash`] says to rename the new one or replace the old one.

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Cursor, Read as _, Write as _};
use std::path::{Component, Path, PathBuf};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use crate::home;
use crate::routine::{self, LoadError, Problem, Routine};
use crate::save::{self, SaveError, sync_folder};

const MIB: u64 = 1024 * 1024;

/// The extension of a package file.
pub const EXTENSION: &str = "zip";

/// The most entries (files and folders) a package may hold.
pub const MAX_ENTRIES: usize = 500;

/// The most bytes one image or sound in a package may have, unpacked. The routine file itself may
/// have at most [`routine::MAX_FILE_BYTES`].
pub const MAX_FILE_BYTES: u64 = 16 * MIB;

/// The most bytes a package may unpack to, all files together.
pub const MAX_CONTENT_BYTES: u64 = 64 * MIB;

/// The most bytes the package file itself may have.
pub const MAX_PACKAGE_BYTES: u64 = MAX_CONTENT_BYTES + MIB;

/// Extensions of the pictures a package may carry (compared ignoring case).
pub const IMAGE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "svg"];

/// Extensions of the sounds a package may carry (compared ignoring case).
pub const SOUND_EXTENSIONS: &[&str] = &["wav", "ogg", "flac", "mp3"];

/// How deep in folders an entry's name may go.
const MAX_DEPTH: usize = 8;

/// The longest entry name, in bytes.
const MAX_NAME_BYTES: usize = 512;

/// The note at the top of every package.
const README: &str = "README.txt";

/// Where every central directory entry of a zip starts.
const CENTRAL_HEADER: &[u8] = b"PK\x01\x02";

/// What [`export`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The package file.
    pub path: PathBuf,
    /// The routine's name.
    pub name: String,
    /// How many files it holds: the routine and the files it names (not counting `README.txt`).
    pub files: usize,
    /// The package's size in bytes.
    pub bytes: u64,
}

/// What to do when the routines folder already has a routine of the imported one's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnClash {
    /// Import nothing and say so ([`ShareError::Clash`]), so that the person can choose.
    #[default]
    Refuse,
    /// Keep both: the new routine goes in under a free name (`<slug>-2`, `<slug>-3`, …).
    Rename,
    /// Put the new routine in place of the old one (its folder `<slug>/` and any file
    /// `<slug>.ron`), which is deleted.
    Replace,
}

/// What [`import`] installed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The installed routine file, `<routines>/<slug>/<slug>.ron`.
    pub path: PathBuf,
    /// The routine's name, as the person sees it.
    pub name: String,
    /// An old routine of the same name was replaced.
    pub replaced: bool,
    /// The routine went in under another name than its own slug, to keep an old one.
    pub renamed: bool,
    /// Entries of the package that were left out (neither the routine nor an image or sound of
    /// its folder), as named in the zip.
    pub skipped: Vec<String>,
}

/// Why a routine could not be exported or a package imported. Whatever the error, nothing was
/// written: no package, no routine, no leftover folder.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    /// The routine to export has errors; sharing it would only pass them on.
    #[error("{} has errors; correct them before sharing it:\n{}", .0.path.display(), .0)]
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
    /// A file could not be read.
    #[error("could not read {}: {source}", .path.display())]
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
    #[error(
        "\"{name}\" is already in your routines ({}); import it again and choose to keep both (the new one gets another name) or to replace the old one",
        .existing.display()
    )]
    Clash {
        /// The routine's name, as the person sees it.
        name: String,
        /// The routine already there: its folder or its file.
        existing: PathBuf,
    },
    /// The routine could not be put into the routines folder.
    #[error("could not add the routine to {}: {source}", .path.display())]
    Install {
        /// The file or folder being written, moved or deleted.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
}

fn duplicate_text(entry: Option<&str>) -> String {
    match entry {
        Some(entry) => format!(
            "\"{entry}\" is in it twice, or as a file and a folder (names that differ only in upper and lower case count as the same)"
        ),
        None => "two of its files have the same name".to_owned(),
    }
}

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

/// A size for people: `16 MiB`, `1.5 MiB`, `12 KiB`, `300 bytes`.
fn size_text(bytes: u64) -> String {
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= MIB {
        format!("{:.1} MiB", bytes as f64 / MIB as f64)
    } else if bytes >= 1024 {
        format!("{} KiB", bytes.div_ceil(1024))
    } else {
        format!("{bytes} bytes")
    }
}

/// The package's file name for `routine`: its slug and `.zip`.
pub fn package_file_name(routine: &Routine) -> String {
    format!("{}.{EXTENSION}", home::slug(&routine.name))
}

/// Writes the routine at `routine_file` and every file it names into one package at `out` (a
/// file; or a folder, to write `<slug>.zip` in it), atomically: a crash leaves the old file at
/// `out` or the new one.
pub fn export(routine_file: &Path, out: &Path) -> Result<Exported, ShareError> {
    let routine = routine::load(routine_file).map_err(ShareError::Invalid)?;
    let slug = home::slug(&routine.name);
    let out = if out.is_dir() {
        out.join(package_file_name(&routine))
    } else {
        out.to_owned()
    };

    let mut files = named_files(routine_file, &routine)?;
    files.sort();
    files.dedup_by(|a, b| a.0 == b.0);
    if let Some(clash) = collision(files.iter().map(|(rel, _)| rel.as_str())) {
        return Err(ShareError::NotShareable {
            routine: routine_file.to_owned(),
            written: clash,
            reason: "has the name of another of its files but for upper and lower case, which \
                     Windows and macOS cannot keep apart; rename one of them"
                .to_owned(),
        });
    }
    let sources: Vec<&Path> = std::iter::once(routine_file)
        .chain(files.iter().map(|(_, path)| path.as_path()))
        .collect();
    if let Ok(target) = out.canonicalize()
        && sources
            .iter()
            .any(|s| s.canonicalize().is_ok_and(|s| s == target))
    {
        return Err(ShareError::OverSource {
            path: out,
            suggestion: package_file_name(&routine),
        });
    }

    let ron = read_limited(routine_file, routine::MAX_FILE_BYTES)?;
    let mut total = ron.len() as u64;
    let mut contents = Vec::with_capacity(files.len());
    for (rel, path) in &files {
        let bytes = read_limited(path, MAX_FILE_BYTES)?;
        total += bytes.len() as u64;
        if total > MAX_CONTENT_BYTES {
            return Err(ShareError::TooLargeInTotal {
                routine: routine_file.to_owned(),
                max: MAX_CONTENT_BYTES,
            });
        }
        contents.push((rel.as_str(), bytes));
    }

    let package_name = out.file_name().map_or_else(
        || package_file_name(&routine),
        |n| n.to_string_lossy().into_owned(),
    );
    let zip = build_zip(&slug, &package_name, &ron, &contents).map_err(|source| {
        ShareError::Write(SaveError {
            path: out.clone(),
            source,
        })
    })?;
    save::write_atomic(&out, &zip).map_err(ShareError::Write)?;
    Ok(Exported {
        path: out,
        name: routine.name,
        files: 1 + contents.len(),
        bytes: zip.len() as u64,
    })
}

/// Every file the routine names, as (path in the package, where it is); each checked to be
/// importable elsewhere.
fn named_files(
    routine_file: &Path,
    routine: &Routine,
) -> Result<Vec<(String, PathBuf)>, ShareError> {
    let assets = routine
        .steps
        .iter()
        .flat_map(|s| s.image.iter().chain(s.voice.iter()))
        .chain(routine.sounds.iter().map(|(_, asset)| asset));
    let mut files = Vec::new();
    for asset in assets {
        let not_shareable = |reason: String| ShareError::NotShareable {
            routine: routine_file.to_owned(),
            written: asset.written.clone(),
            reason,
        };
        let parts: Vec<String> = Path::new(&asset.written)
            .components()
            .filter_map(|c| match c {
                Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
                _ => None,
            })
            .collect();
        for part in &parts {
            check_part(part).map_err(|reason| not_shareable(format!("{reason}; rename it")))?;
        }
        if parts.len() > MAX_DEPTH {
            return Err(not_shareable(
                "is in too many folders; keep it next to the routine".to_owned(),
            ));
        }
        let rel = parts.join("/");
        if !is_media(&rel) {
            return Err(not_shareable(format!(
                "is neither a picture ({}) nor a sound ({}); save it as one of these",
                IMAGE_EXTENSIONS.join(", "),
                SOUND_EXTENSIONS.join(", ")
            )));
        }
        files.push((rel, asset.path.clone()));
    }
    Ok(files)
}

/// Reads at most `max` bytes of `path`; more is [`ShareError::FileTooLarge`].
fn read_limited(path: &Path, max: u64) -> Result<Vec<u8>, ShareError> {
    let read_error = |source| ShareError::Read {
        path: path.to_owned(),
        source,
    };
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| f.take(max + 1).read_to_end(&mut bytes))
        .map_err(read_error)?;
    if bytes.len() as u64 > max {
        return Err(ShareError::FileTooLarge {
            path: path.to_owned(),
            max,
        });
    }
    Ok(bytes)
}

/// The package's bytes: the README, the folder `slug/`, the routine as `slug/slug.ron`, and each
/// file at `slug/<rel>`.
fn build_zip(
    slug: &str,
    package_name: &str,
    ron: &[u8],
    files: &[(&str, Vec<u8>)],
) -> io::Result<Vec<u8>> {
    let zip_error = io::Error::other;
    let options = SimpleFileOptions::default()
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let deflated = options.compression_method(CompressionMethod::Deflated);
    let stored = options.compression_method(CompressionMethod::Stored);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));

    zip.start_file(README, deflated).map_err(zip_error)?;
    zip.write_all(readme(slug, package_name).as_bytes())?;
    zip.add_directory(format!("{slug}/"), options.unix_permissions(0o755))
        .map_err(zip_error)?;
    zip.start_file(format!("{slug}/{slug}.ron"), deflated)
        .map_err(zip_error)?;
    zip.write_all(ron)?;
    for (rel, bytes) in files {
        // Pictures and most sound formats are compressed already; deflating them again only
        // costs time.
        let compressed_already = ["png", "jpg", "jpeg", "ogg", "mp3", "flac"]
            .iter()
            .any(|e| has_extension(rel, e));
        let method = if compressed_already { stored } else { deflated };
        zip.start_file(format!("{slug}/{rel}"), method)
            .map_err(zip_error)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish().map_err(zip_error)?.into_inner())
}

fn readme(slug: &str, package_name: &str) -> String {
    let package_name = if package_name.contains(|c: char| c.is_whitespace() || c == '\'') {
        format!("\"{package_name}\"")
    } else {
        package_name.to_owned()
    };
    format!(
        "This file holds a stretching routine for stretch-timer, with its pictures and sounds.\n\
         \n\
         To add it to your routines, open stretch-timer and choose Library > Import...,\n\
         or type in a terminal:  stretch-timer import {package_name}\n\
         \n\
         The folder \"{slug}\" holds the routine ({slug}.ron, a text file) and the files it uses.\n\
         Nothing in this file is a program, and nothing in it is ever run.\n"
    )
}

/// Installs the routine in the package at `package` into `routines_dir` (created if missing), as
/// `<routines_dir>/<slug>/<slug>.ron` with its files next to it. See the module's documentation
/// for what is checked; on any error nothing is installed and nothing is left behind.
pub fn import(
    package: &Path,
    routines_dir: &Path,
    on_clash: OnClash,
) -> Result<Imported, ShareError> {
    let bytes = read_package(package)?;
    // Every entry in the zip's directory starts with this signature, so counting it bounds the
    // number of entries before the zip reader sets memory aside for each.
    if bytes
        .windows(CENTRAL_HEADER.len())
        .filter(|w| *w == CENTRAL_HEADER)
        .count()
        > MAX_ENTRIES
    {
        return Err(ShareError::TooManyEntries {
            package: package.to_owned(),
            max: MAX_ENTRIES,
        });
    }
    let mut archive =
        ZipArchive::new(Cursor::new(bytes.as_slice())).map_err(|_| ShareError::NotAPackage {
            package: package.to_owned(),
        })?;
    let plan = plan(package, &archive)?;

    fs::create_dir_all(routines_dir).map_err(|source| ShareError::Install {
        path: routines_dir.to_owned(),
        source,
    })?;
    let staging = tempfile::Builder::new()
        .prefix(".import-")
        .tempdir_in(routines_dir)
        .map_err(|source| ShareError::Install {
            path: routines_dir.to_owned(),
            source,
        })?;
    unpack(package, &mut archive, &plan, staging.path())?;

    let unpacked = staging.path().join(&plan.ron);
    let routine = routine::load(&unpacked).map_err(|errors| ShareError::BrokenRoutine {
        package: package.to_owned(),
        errors: relocate(errors, package, &plan),
        skipped: plan.skipped.clone(),
    })?;
    let slug = home::slug(&routine.name);
    let taken = |stem: &str| {
        [
            routines_dir.join(stem),
            routines_dir.join(format!("{stem}.ron")),
        ]
        .into_iter()
        .filter(|p| p.symlink_metadata().is_ok())
        .collect::<Vec<_>>()
    };
    let (stem, old) = match on_clash {
        OnClash::Refuse => {
            if let Some(existing) = taken(&slug).into_iter().next() {
                return Err(ShareError::Clash {
                    name: routine.name,
                    existing,
                });
            }
            (slug.clone(), Vec::new())
        }
        OnClash::Rename => {
            let free = home::free_path(routines_dir, &slug);
            let stem = free
                .file_stem()
                .map_or_else(|| slug.clone(), |s| s.to_string_lossy().into_owned());
            (stem, Vec::new())
        }
        OnClash::Replace => (slug.clone(), taken(&slug)),
    };

    let ron_name = format!("{stem}.ron");
    let install_error = |path: &Path| {
        let path = path.to_owned();
        move |source| ShareError::Install { path, source }
    };
    if plan.ron != Path::new(&ron_name) {
        let renamed = staging.path().join(&ron_name);
        fs::rename(&unpacked, &renamed).map_err(install_error(&renamed))?;
    }
    let target = routines_dir.join(&stem);
    install(staging, routines_dir, &target, &old)?;
    Ok(Imported {
        path: target.join(ron_name),
        name: routine.name,
        replaced: !old.is_empty(),
        renamed: stem != slug,
        skipped: plan.skipped,
    })
}

/// The package's bytes, refused if it is a folder or larger than any package.
fn read_package(package: &Path) -> Result<Vec<u8>, ShareError> {
    if package.is_dir() {
        return Err(ShareError::NotAPackage {
            package: package.to_owned(),
        });
    }
    match read_limited(package, MAX_PACKAGE_BYTES) {
        Err(ShareError::FileTooLarge { max, .. }) => Err(ShareError::PackageTooLarge {
            package: package.to_owned(),
            max,
        }),
        other => other,
    }
}

/// What to unpack from a package, decided from its directory before anything is written.
#[derive(Debug)]
struct Plan {
    /// The routine file, relative to the routine's folder (its file name).
    ron: PathBuf,
    /// The routine's folder in the zip: `"slug/"`, or `""` at the top.
    root: String,
    /// Entries to unpack: index in the zip, path relative to the routine's folder, size limit.
    files: Vec<(usize, PathBuf, u64)>,
    /// Entries left out, named as in the zip.
    skipped: Vec<String>,
}

/// One entry's metadata, read from the zip's central directory.
struct EntryInfo {
    index: usize,
    /// The name as written, for messages.
    shown: String,
    /// Its parts, checked to be plain names.
    parts: Vec<String>,
    encrypted: bool,
    method: CompressionMethod,
    size: u64,
}

fn plan(package: &Path, archive: &ZipArchive<Cursor<&[u8]>>) -> Result<Plan, ShareError> {
    let package = package.to_owned();
    if archive.len() > MAX_ENTRIES {
        return Err(ShareError::TooManyEntries {
            package,
            max: MAX_ENTRIES,
        });
    }
    if archive.has_duplicate_names() {
        return Err(ShareError::DuplicateName {
            package,
            entry: None,
        });
    }
    let mut entries = Vec::new();
    for index in 0..archive.len() {
        let entry = archive
            .by_index_data(index)
            .map_err(|e| ShareError::Damaged {
                package: package.clone(),
                entry: format!("entry {}", index + 1),
                reason: e.to_string(),
            })?;
        // The name as the zip reader gives it (an Info-ZIP Unicode path takes the place of the
        // header's name), so that what is checked is what would be written.
        let name = entry.name();
        let shown: String = match &name {
            Ok(name) => name.escape_debug().collect(),
            Err(_) => String::from_utf8_lossy(entry.name_raw())
                .escape_debug()
                .collect(),
        };
        let unsafe_name = |reason| ShareError::UnsafeName {
            package: package.clone(),
            entry: shown.clone(),
            reason,
        };
        let name = name.map_err(|_| unsafe_name("has a name that is not text"))?;
        let parts = check_name(&name).map_err(unsafe_name)?;
        if entry.enclosed_name().is_none() {
            return Err(unsafe_name("points outside the package's folder"));
        }
        if entry.is_symlink() {
            return Err(ShareError::Link {
                package,
                entry: shown,
            });
        }
        if entry.is_dir() || is_litter(&parts) {
            continue;
        }
        entries.push(EntryInfo {
            index,
            shown,
            parts,
            encrypted: entry.encrypted(),
            method: entry.compression(),
            size: entry.size(),
        });
    }

    let routines: Vec<&EntryInfo> = entries
        .iter()
        .filter(|e| e.parts.len() <= 2 && e.parts.last().is_some_and(|n| has_extension(n, "ron")))
        .collect();
    let routine = match routines.as_slice() {
        [] => return Err(ShareError::NoRoutine { package }),
        [one] => *one,
        many => {
            return Err(ShareError::ManyRoutines {
                package,
                found: many.iter().map(|e| e.shown.clone()).collect(),
            });
        }
    };
    let root_parts = &routine.parts[..routine.parts.len() - 1];
    let root: String = root_parts.iter().map(|p| format!("{p}/")).collect();
    let ron_index = routine.index;
    let ron = PathBuf::from(routine.parts.last().cloned().unwrap_or_default());

    let mut files = Vec::new();
    let mut skipped = Vec::new();
    let mut total = 0u64;
    for entry in &entries {
        let rel = entry
            .parts
            .strip_prefix(root_parts)
            .filter(|rel| !rel.is_empty());
        let limit = match rel {
            Some(_) if entry.index == ron_index => routine::MAX_FILE_BYTES,
            Some(rel) if is_media(&rel.join("/")) => MAX_FILE_BYTES,
            _ => {
                if entry.parts != [README] {
                    skipped.push(entry.shown.clone());
                }
                continue;
            }
        };
        let rel = rel.unwrap_or_default();
        let entry_error = |entry: &EntryInfo| (package.clone(), entry.shown.clone());
        if entry.encrypted {
            let (package, entry) = entry_error(entry);
            return Err(ShareError::Encrypted { package, entry });
        }
        if !matches!(
            entry.method,
            CompressionMethod::Stored | CompressionMethod::Deflated
        ) {
            let (package, shown) = entry_error(entry);
            return Err(ShareError::Unsupported {
                package,
                entry: shown,
                method: entry.method.to_string(),
            });
        }
        // The headers' sizes may lie; they are checked again while reading. Here they only spare
        // unpacking a package that says itself that it is too large.
        if entry.size > limit {
            let (package, entry) = entry_error(entry);
            return Err(ShareError::EntryTooLarge {
                package,
                entry,
                max: limit,
            });
        }
        total = total.saturating_add(entry.size);
        if total > MAX_CONTENT_BYTES {
            return Err(ShareError::ContentTooLarge {
                package,
                max: MAX_CONTENT_BYTES,
            });
        }
        files.push((
            entry.index,
            rel.iter().collect::<PathBuf>(),
            limit,
            rel.join("/"),
        ));
    }
    if let Some(entry) = collision(files.iter().map(|(_, _, _, rel)| rel.as_str())) {
        return Err(ShareError::DuplicateName {
            package,
            entry: Some(format!("{root}{entry}")),
        });
    }
    Ok(Plan {
        ron,
        root,
        files: files
            .into_iter()
            .map(|(index, rel, limit, _)| (index, rel, limit))
            .collect(),
        skipped,
    })
}

/// Writes the planned entries under `dir`, counting bytes as they are unpacked.
fn unpack(
    package: &Path,
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    plan: &Plan,
    dir: &Path,
) -> Result<(), ShareError> {
    let mut total = 0u64;
    for (index, rel, limit) in &plan.files {
        let shown = format!("{}{}", plan.root, rel.display());
        let damaged = |e: &dyn std::fmt::Display| ShareError::Damaged {
            package: package.to_owned(),
            entry: shown.clone(),
            reason: e.to_string(),
        };
        let mut data = Vec::new();
        {
            let mut file = archive.by_index(*index).map_err(|e| damaged(&e))?;
            (&mut file)
                .take(limit + 1)
                .read_to_end(&mut data)
                .map_err(|e| damaged(&zip_reason(&e)))?;
        }
        let size = data.len() as u64;
        if size > *limit {
            return Err(ShareError::EntryTooLarge {
                package: package.to_owned(),
                entry: shown,
                max: *limit,
            });
        }
        total += size;
        if total > MAX_CONTENT_BYTES {
            return Err(ShareError::ContentTooLarge {
                package: package.to_owned(),
                max: MAX_CONTENT_BYTES,
            });
        }
        let path = dir.join(rel);
        let install_error = |source| ShareError::Install {
            path: path.clone(),
            source,
        };
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(install_error)?;
        }
        // A new plain file with the usual permissions: never over something already there,
        // never through a link, never with permissions from the zip.
        let mut out = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(install_error)?;
        out.write_all(&data).map_err(install_error)?;
        out.sync_all().map_err(install_error)?;
    }
    Ok(())
}

/// The zip reader's complaint in plain words.
fn zip_reason(e: &io::Error) -> String {
    let text = e.to_string();
    let lower = text.to_lowercase();
    if lower.contains("checksum") || lower.contains("crc") {
        "its content does not match its checksum".to_owned()
    } else if lower.contains("larger than its declared") {
        "it unpacks to more than it says".to_owned()
    } else {
        text
    }
}

/// Moves the checked routine in `staging` to `target`, first moving `old` (what it replaces)
/// aside into a hidden folder, and putting it back if the move fails. Should putting it back fail
/// too, the hidden folder (`.replaced-…`) is kept, so the old routine is never lost.
fn install(
    staging: tempfile::TempDir,
    routines_dir: &Path,
    target: &Path,
    old: &[PathBuf],
) -> Result<(), ShareError> {
    let install_error = |path: &Path| {
        let path = path.to_owned();
        move |source| ShareError::Install { path, source }
    };
    sync_folder(staging.path()).map_err(install_error(staging.path()))?;
    if old.is_empty() {
        fs::rename(staging.path(), target).map_err(install_error(target))?;
        // In place: the staging folder is the routine now, not a leftover to delete.
        let _routine_folder = staging.keep();
        return sync_folder(routines_dir).map_err(install_error(routines_dir));
    }

    let trash = tempfile::Builder::new()
        .prefix(".replaced-")
        .tempdir_in(routines_dir)
        .map_err(install_error(routines_dir))?;
    let mut moved: Vec<(&Path, PathBuf)> = Vec::new();
    let mut failure = None;
    for (i, path) in old.iter().enumerate() {
        let aside = trash.path().join(i.to_string());
        match fs::rename(path, &aside) {
            Ok(()) => moved.push((path, aside)),
            Err(source) => {
                failure = Some(ShareError::Install {
                    path: path.clone(),
                    source,
                });
                break;
            }
        }
    }
    if failure.is_none()
        && let Err(source) = fs::rename(staging.path(), target)
    {
        failure = Some(ShareError::Install {
            path: target.to_owned(),
            source,
        });
    }
    if let Some(failure) = failure {
        let restored = moved
            .iter()
            .rev()
            .all(|(path, aside)| fs::rename(aside, path).is_ok());
        if !restored {
            let _old_routine_kept = trash.keep();
        }
        return Err(failure);
    }
    // In place: the staging folder is the routine now, not a leftover to delete.
    let _routine_folder = staging.keep();
    sync_folder(routines_dir).map_err(install_error(routines_dir))?;
    // The new routine is in place, so the import has succeeded: should the old one not be
    // deleted, it stays in a hidden folder that the library does not list.
    let _ = trash.close();
    Ok(())
}

/// The routine's errors, pointed at the package rather than the hidden folder it was checked in.
fn relocate(mut errors: LoadError, package: &Path, plan: &Plan) -> LoadError {
    let folder = package.join(plan.root.trim_end_matches('/'));
    errors.path = folder.join(&plan.ron);
    for d in &mut errors.diagnostics {
        if let Problem::AssetMissing { written, path, .. } = &mut d.problem {
            *path = folder.join(&*written);
        }
    }
    errors
}

/// The parts of an entry's name, or why it is refused: only plain relative names, `/` between
/// parts, a trailing `/` for a folder.
fn check_name(name: &str) -> Result<Vec<String>, &'static str> {
    if name.is_empty() {
        return Err("has no name");
    }
    if name.len() > MAX_NAME_BYTES {
        return Err("has a name too long for a file");
    }
    if name.starts_with('/') {
        return Err("is an absolute path (it starts with /)");
    }
    let name = name.strip_suffix('/').unwrap_or(name);
    let parts: Vec<&str> = name.split('/').collect();
    if parts.len() > MAX_DEPTH {
        return Err("is nested in too many folders");
    }
    parts
        .into_iter()
        .map(|part| check_part(part).map(|()| part.to_owned()))
        .collect()
}

/// Whether one part of a path (between slashes) is a plain file or folder name on every system.
fn check_part(part: &str) -> Result<(), &'static str> {
    match part {
        "" => Err("has an empty folder name (two slashes in a row)"),
        ".." => Err("climbs out of its folder (..)"),
        "." => Err("has a folder named \".\""),
        _ if part.contains('\\') => Err("has a backslash (\\) in its name"),
        _ if part.contains(':') => Err("has a colon (:) in its name, as in a drive letter (C:)"),
        _ if part.chars().any(char::is_control) => Err("has a control character in its name"),
        _ => Ok(()),
    }
}

/// Whether an entry is what macOS or Windows add to folders and zips on their own.
fn is_litter(parts: &[String]) -> bool {
    let first = parts.first().map(String::as_str);
    let last = parts.last().map(String::as_str).unwrap_or_default();
    first == Some("__MACOSX")
        || last.starts_with("._")
        || [".DS_Store", "Thumbs.db", "desktop.ini"]
            .iter()
            .any(|n| n.eq_ignore_ascii_case(last))
}

fn has_extension(name: &str, extension: &str) -> bool {
    let file = name.rsplit('/').next().unwrap_or(name);
    file.rsplit_once('.')
        .is_some_and(|(stem, ext)| !stem.is_empty() && ext.eq_ignore_ascii_case(extension))
}

/// Whether a file is a picture or a sound a package may carry, by its extension.
fn is_media(name: &str) -> bool {
    IMAGE_EXTENSIONS
        .iter()
        .chain(SOUND_EXTENSIONS)
        .any(|e| has_extension(name, e))
}

/// The first path that names the same file as an earlier one on a system that ignores case, or a
/// file that another path uses as a folder.
fn collision<'a>(paths: impl Iterator<Item = &'a str>) -> Option<String> {
    let paths: Vec<&str> = paths.collect();
    let mut files = BTreeSet::new();
    for path in &paths {
        if !files.insert(path.to_lowercase()) {
            return Some((*path).to_owned());
        }
    }
    paths.iter().find_map(|path| {
        let lower = path.to_lowercase();
        let mut folder = String::new();
        for part in lower
            .split('/')
            .take(lower.split('/').count().saturating_sub(1))
        {
            folder.push_str(part);
            if files.contains(&folder) {
                return Some((*path).to_owned());
            }
            folder.push('/');
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_relative_names_are_split_into_parts() {
        assert_eq!(check_name("a/b.png").unwrap(), ["a", "b.png"]);
        assert_eq!(check_name("a/").unwrap(), ["a"]);
        assert_eq!(
            check_name("étirement/psoas.ron").unwrap(),
            ["étirement", "psoas.ron"]
        );
    }

    #[test]
    fn names_that_could_leave_the_folder_are_refused() {
        for name in [
            "",
            "/etc/passwd",
            "../x.png",
            "a/../../x.png",
            "a/./x.png",
            "a//x.png",
            "a\\..\\x.png",
            "C:/x.png",
            "C:x.png",
            "a/b\u{0}.png",
            "a/b\n.png",
            "a/b/c/d/e/f/g/h/i.png",
        ] {
            assert!(check_name(name).is_err(), "{name:?}");
        }
        assert!(check_name(&"a".repeat(600)).is_err());
    }

    #[test]
    fn extensions_ignore_case_and_need_a_stem() {
        assert!(is_media("Bench.PNG"));
        assert!(is_media("a/b.mp3"));
        assert!(!is_media("png"));
        assert!(!is_media(".png"));
        assert!(!is_media("x.png.exe"));
        assert!(has_extension("r.RON", "ron"));
    }

    #[test]
    fn collisions_ignore_case_and_catch_files_used_as_folders() {
        assert_eq!(collision(["a.png", "b.png"].into_iter()), None);
        assert_eq!(
            collision(["a.png", "A.PNG"].into_iter()),
            Some("A.PNG".to_owned())
        );
        assert_eq!(
            collision(["images", "images/a.png"].into_iter()),
            Some("images/a.png".to_owned())
        );
        assert_eq!(
            collision(["Images/a.png", "images/b.png"].into_iter()),
            None
        );
    }

    #[test]
    fn litter_from_other_systems_is_recognised() {
        let parts = |s: &str| s.split('/').map(str::to_owned).collect::<Vec<_>>();
        assert!(is_litter(&parts("__MACOSX/r/._r.ron")));
        assert!(is_litter(&parts("r/.DS_Store")));
        assert!(is_litter(&parts("r/thumbs.db")));
        assert!(!is_litter(&parts("r/r.ron")));
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size_text(16 * MIB), "16 MiB");
        assert_eq!(size_text(MIB + MIB / 2), "1.5 MiB");
        assert_eq!(size_text(1500), "2 KiB");
        assert_eq!(size_text(12), "12 bytes");
    }
}
