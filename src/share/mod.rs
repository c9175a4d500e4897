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
//! A routine with errors is not exported ([`ShareError::Invalid`]: the same check as `check`, its
//! pictures and sounds included, [`crate::media::load`]), nor one whose files could not
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
//! - the zip file is larger than [`crate::limits::PACKAGE_BYTES`], holds more than [`crate::limits::PACKAGE_ENTRIES`] entries,
//!   a file larger than [`crate::limits::PACKAGE_MEDIA_BYTES`] (the routine file:
//!   [`crate::limits::ROUTINE_FILE_BYTES`]), or more than
//!   [`crate::limits::PACKAGE_CONTENT_BYTES`] in all. Sizes are counted while reading, not taken from the zip's
//!   headers;
//! - any entry's name is absolute (`/x`), climbs out (`..`), has a backslash, a colon (a drive
//!   letter, `C:`), a control character or an empty part (`a//b`), or is nested more than [`crate::limits::PACKAGE_DEPTH`] deep;
//! - any entry is a symbolic link, or a file to import is encrypted or compressed other than
//!   stored or deflated;
//! - two files to import have the same name, ignoring case (they would be one file on Windows
//!   and macOS);
//! - there is not exactly one routine: one `.ron` file at the top of the zip or at the top of one
//!   folder (the package's folder, whatever its name);
//! - the routine has errors once unpacked ([`ShareError::BrokenRoutine`], each with its line and
//!   column), its pictures and sounds included: checked as `check` does ([`crate::media::load`]),
//!   so a 0-byte picture, a text file named `bell.wav` or a picture of too many pixels is refused
//!   with the message `check` gives.
//!
//! From the routine's folder it unpacks the routine and the images and sounds (by extension, as
//! above) as plain files with the usual permissions: never links, never permissions from the
//! zip. Anything else (other files, anything outside that folder) is left in the zip and listed in
//! [`Imported::skipped`]; the package's `README.txt` and the litter of macOS and Windows
//! (`__MACOSX/`, `.DS_Store`, `._*`, `Thumbs.db`, `desktop.ini`) are left without a word.
//!
//! Everything is unpacked into a hidden folder (`.import-…`) inside the routines folder, checked
//! with [`media::load`](crate::media::load) there, and only then renamed into place as
//! `<slug>/<slug>.ron`, so the library never sees a half-unpacked routine, and a refused package
//! leaves nothing behind. A routine of that name already there (a folder `<slug>/` or a file
//! `<slug>.ron`) is a [`ShareError::Clash`] unless [`OnClash`] says to rename the new one or
//! replace the old one.
//!
//! # Where things are
//!
//! [`export`] is in `export.rs`, [`import`] in `import.rs` (with the install step in
//! `install.rs`), the rules for names inside a package in `names.rs`, and [`ShareError`] with its
//! messages in `error.rs`.

use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::home;
use crate::routine::Routine;

mod error;
mod export;
mod import;
mod install;
mod names;

pub use error::ShareError;
pub use export::export;
pub use import::import;

/// The extension of a package file.
pub const EXTENSION: &str = "zip";

/// The button in the app's library that opens or imports a file, in the current language: the
/// package's README names it.
pub fn import_button() -> String {
    crate::tr!("share-import-button")
}

/// Extensions of the pictures a package may carry (compared ignoring case).
pub const IMAGE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "svg"];

/// Extensions of the sounds a package may carry (compared ignoring case).
pub const SOUND_EXTENSIONS: &[&str] = &["wav", "ogg", "flac", "mp3"];

/// The note at the top of every package.
const README: &str = "README.txt";

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

/// The hidden file [`import`] leaves in a routine's folder, holding the routine file's name: that
/// routine came from a package, which is how a therapist sends one. Not part of the routine (a
/// package exported from it leaves it out), and nothing is lost without it: the routine is then
/// the person's own.
pub const FROM_PACKAGE: &str = ".from-package";

/// Whether the routine file at `path` was installed from a package ([`FROM_PACKAGE`]).
pub fn from_package(path: &Path) -> bool {
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return false;
    };
    std::fs::read(folder.join(FROM_PACKAGE))
        .is_ok_and(|named| named.trim_ascii() == name.as_encoded_bytes())
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

/// The package's file name for `routine`: its slug and `.zip`.
pub fn package_file_name(routine: &Routine) -> String {
    format!("{}.{EXTENSION}", home::slug(&routine.name))
}

/// Reads at most `max` bytes of `path`; more is [`ShareError::FileTooLarge`]. Both stages read
/// this way: export the routine's files, import the package.
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
