//! Import: read the package's directory into a [`Manifest`] before anything is written, unpack
//! into a hidden folder, check the routine there, then install it (see [`super::install`]).

use std::fs;
use std::io::{self, Cursor, Read as _, Write as _};
use std::path::{Path, PathBuf};

use zip::{CompressionMethod, ZipArchive};

use crate::home;
use crate::limits;
use crate::routine::{LoadError, Problem};

use super::install::install;
use super::names::{UnsafeReason, check_name, collision, has_extension, is_litter, is_media};
use super::{Imported, OnClash, README, ShareError, read_limited};

/// Where every central directory entry of a zip starts.
const CENTRAL_HEADER: &[u8] = b"PK\x01\x02";

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
        > limits::PACKAGE_ENTRIES
    {
        return Err(ShareError::TooManyEntries {
            package: package.to_owned(),
            max: limits::PACKAGE_ENTRIES,
        });
    }
    let mut archive =
        ZipArchive::new(Cursor::new(bytes.as_slice())).map_err(|_| ShareError::NotAPackage {
            package: package.to_owned(),
        })?;
    let manifest = Manifest::read(package, &archive)?;

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
    unpack(package, &mut archive, &manifest, staging.path())?;

    let unpacked = staging.path().join(&manifest.ron);
    let routine = crate::media::load(&unpacked).map_err(|errors| ShareError::BrokenRoutine {
        package: package.to_owned(),
        errors: relocate(errors, package, &manifest),
        skipped: manifest.skipped.clone(),
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
    if manifest.ron != Path::new(&ron_name) {
        let renamed = staging.path().join(&ron_name);
        fs::rename(&unpacked, &renamed).map_err(install_error(&renamed))?;
    }
    // Kept beside it, so the library knows it came from a package (the therapist's) and offers
    // the client a copy to change, not the routine itself, nor to share it on.
    let mark = staging.path().join(super::FROM_PACKAGE);
    fs::write(&mark, ron_name.as_bytes()).map_err(install_error(&mark))?;
    let target = routines_dir.join(&stem);
    install(staging, routines_dir, &target, &old)?;
    Ok(Imported {
        path: target.join(ron_name),
        name: routine.name,
        replaced: !old.is_empty(),
        renamed: stem != slug,
        skipped: manifest.skipped,
    })
}

/// The package's bytes, refused if it is a folder or larger than any package.
fn read_package(package: &Path) -> Result<Vec<u8>, ShareError> {
    if package.is_dir() {
        return Err(ShareError::NotAPackage {
            package: package.to_owned(),
        });
    }
    match read_limited(package, limits::PACKAGE_BYTES) {
        Err(ShareError::FileTooLarge { max, .. }) => Err(ShareError::PackageTooLarge {
            package: package.to_owned(),
            max,
        }),
        other => other,
    }
}

/// What a package holds and what of it is unpacked, read from its directory before anything is
/// written.
#[derive(Debug)]
struct Manifest {
    /// The routine file, relative to the routine's folder (its file name).
    ron: PathBuf,
    /// The routine's folder in the zip: `"slug/"`, or `""` at the top.
    root: String,
    /// The entries to unpack: the routine and its pictures and sounds.
    files: Vec<Member>,
    /// Entries left out, named as in the zip.
    skipped: Vec<String>,
}

/// One entry to unpack.
#[derive(Debug)]
struct Member {
    /// Its index in the zip.
    index: usize,
    /// Where it goes, relative to the routine's folder.
    path: PathBuf,
    /// The most bytes it may unpack to.
    limit: u64,
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

impl Manifest {
    /// Reads the package's directory: every entry's name checked, the one routine found, and each
    /// file to unpack checked against its limit by the size the zip gives (checked again while
    /// unpacking).
    fn read(package: &Path, archive: &ZipArchive<Cursor<&[u8]>>) -> Result<Manifest, ShareError> {
        let package = package.to_owned();
        if archive.len() > limits::PACKAGE_ENTRIES {
            return Err(ShareError::TooManyEntries {
                package,
                max: limits::PACKAGE_ENTRIES,
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
            let entry = archive.by_index_data(index).map_err(|e| {
                let number = index + 1;
                ShareError::Damaged {
                    package: package.clone(),
                    entry: crate::tr!("share-entry-number", number = number),
                    reason: e.to_string(),
                }
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
            let name = name.map_err(|_| unsafe_name(UnsafeReason::NotText))?;
            let parts = check_name(&name).map_err(unsafe_name)?;
            if entry.enclosed_name().is_none() {
                return Err(unsafe_name(UnsafeReason::Outside));
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
            .filter(|e| {
                e.parts.len() <= 2 && e.parts.last().is_some_and(|n| has_extension(n, "ron"))
            })
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
        // Each file's path with `/`, to compare them as Windows and macOS would.
        let mut names = Vec::new();
        let mut skipped = Vec::new();
        let mut total = 0u64;
        for entry in &entries {
            let rel = entry
                .parts
                .strip_prefix(root_parts)
                .filter(|rel| !rel.is_empty());
            let limit = match rel {
                Some(_) if entry.index == ron_index => limits::ROUTINE_FILE_BYTES,
                Some(rel) if is_media(&rel.join("/")) => limits::PACKAGE_MEDIA_BYTES,
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
            // The headers' sizes may lie; they are checked again while reading. Here they only
            // spare unpacking a package that says itself that it is too large.
            if entry.size > limit {
                let (package, entry) = entry_error(entry);
                return Err(ShareError::EntryTooLarge {
                    package,
                    entry,
                    max: limit,
                });
            }
            total = total.saturating_add(entry.size);
            if total > limits::PACKAGE_CONTENT_BYTES {
                return Err(ShareError::ContentTooLarge {
                    package,
                    max: limits::PACKAGE_CONTENT_BYTES,
                });
            }
            names.push(rel.join("/"));
            files.push(Member {
                index: entry.index,
                path: rel.iter().collect(),
                limit,
            });
        }
        if let Some(entry) = collision(names.iter().map(String::as_str)) {
            return Err(ShareError::DuplicateName {
                package,
                entry: Some(format!("{root}{entry}")),
            });
        }
        Ok(Manifest {
            ron,
            root,
            files,
            skipped,
        })
    }
}

/// Writes the manifest's files under `dir`, counting bytes as they are unpacked.
fn unpack(
    package: &Path,
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    manifest: &Manifest,
    dir: &Path,
) -> Result<(), ShareError> {
    let mut total = 0u64;
    for member in &manifest.files {
        let &Member {
            index,
            ref path,
            limit,
        } = member;
        let shown = format!("{}{}", manifest.root, path.display());
        let damaged = |e: &dyn std::fmt::Display| ShareError::Damaged {
            package: package.to_owned(),
            entry: shown.clone(),
            reason: e.to_string(),
        };
        let mut data = Vec::new();
        {
            let mut file = archive.by_index(index).map_err(|e| damaged(&e))?;
            (&mut file)
                .take(limit + 1)
                .read_to_end(&mut data)
                .map_err(|e| damaged(&zip_reason(&e)))?;
        }
        let size = data.len() as u64;
        if size > limit {
            return Err(ShareError::EntryTooLarge {
                package: package.to_owned(),
                entry: shown,
                max: limit,
            });
        }
        total += size;
        if total > limits::PACKAGE_CONTENT_BYTES {
            return Err(ShareError::ContentTooLarge {
                package: package.to_owned(),
                max: limits::PACKAGE_CONTENT_BYTES,
            });
        }
        let path = dir.join(path);
        // The person is told about their routines folder, not the hidden staging folder inside it.
        let install_error = |source| ShareError::Install {
            path: dir.parent().unwrap_or(dir).to_owned(),
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
        crate::tr!("share-zip-checksum")
    } else if lower.contains("larger than its declared") {
        crate::tr!("share-zip-larger")
    } else {
        text
    }
}

/// The routine's errors, pointed at the package rather than the hidden folder it was checked in.
fn relocate(errors: LoadError, package: &Path, manifest: &Manifest) -> LoadError {
    let folder = package.join(manifest.root.trim_end_matches('/'));
    let mut errors = errors.with_path(folder.join(&manifest.ron));
    if let LoadError::Invalid { diagnostics, .. } = &mut errors {
        for d in diagnostics {
            if let Problem::AssetMissing { written, path, .. } = &mut d.problem {
                *path = folder.join(&*written);
            }
        }
    }
    errors
}
