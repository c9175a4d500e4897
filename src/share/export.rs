//! Export: the routine and the files it names, checked to be importable elsewhere, into one zip.

use std::io::{self, Cursor, Write as _};
use std::path::{Component, Path, PathBuf};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::home;
use crate::limits;
use crate::media;
use crate::routine::Routine;
use crate::save::{self, SaveError};

use super::names::{check_part, collision, has_extension, is_media};
use super::{
    Exported, IMAGE_EXTENSIONS, README, SOUND_EXTENSIONS, ShareError, package_file_name,
    read_limited,
};

/// Writes the routine at `routine_file` and every file it names into one package at `out` (a
/// file; or a folder, to write `<slug>.zip` in it), atomically: a crash leaves the old file at
/// `out` or the new one.
pub fn export(routine_file: &Path, out: &Path) -> Result<Exported, ShareError> {
    let routine = media::load(routine_file).map_err(ShareError::Invalid)?;
    let slug = home::slug(&routine.name);
    let meant_a_folder = out.as_os_str().as_encoded_bytes().ends_with(b"/");
    let out = if out.is_dir() {
        out.join(package_file_name(&routine))
    } else if meant_a_folder {
        return Err(ShareError::NoFolder {
            folder: out.components().collect(),
        });
    } else {
        out.to_owned()
    };
    let folder = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(ShareError::NoFolder {
            folder: folder.to_owned(),
        });
    }

    let mut files = named_files(routine_file, &routine)?;
    files.sort();
    files.dedup_by(|a, b| a.0 == b.0);
    if let Some(clash) = collision(files.iter().map(|(rel, _)| rel.as_str())) {
        return Err(ShareError::NotShareable {
            routine: routine_file.to_owned(),
            written: clash,
            reason: crate::tr!("share-reason-case-clash"),
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

    let ron = read_limited(routine_file, limits::ROUTINE_FILE_BYTES)?;
    let mut total = ron.len() as u64;
    let mut contents = Vec::with_capacity(files.len());
    for (rel, path) in &files {
        let bytes = read_limited(path, limits::PACKAGE_MEDIA_BYTES)?;
        total += bytes.len() as u64;
        if total > limits::PACKAGE_CONTENT_BYTES {
            return Err(ShareError::TooLargeInTotal {
                routine: routine_file.to_owned(),
                max: limits::PACKAGE_CONTENT_BYTES,
            });
        }
        contents.push((rel.as_str(), bytes));
    }

    let package_name = out.file_name().map_or_else(
        || package_file_name(&routine),
        |n| n.to_string_lossy().into_owned(),
    );
    let zip = build_zip(&slug, &package_name, &ron, &contents).map_err(|error| {
        ShareError::Write(SaveError {
            path: out.clone(),
            error,
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
            check_part(part).map_err(|reason| {
                let reason = reason.words();
                not_shareable(crate::tr!("share-reason-rename", reason = reason))
            })?;
        }
        if parts.len() > limits::PACKAGE_DEPTH {
            return Err(not_shareable(crate::tr!("share-reason-too-deep")));
        }
        let rel = parts.join("/");
        if !is_media(&rel) {
            let (pictures, sounds) = (IMAGE_EXTENSIONS.join(", "), SOUND_EXTENSIONS.join(", "));
            return Err(not_shareable(crate::tr!(
                "share-reason-not-media",
                pictures = pictures,
                sounds = sounds
            )));
        }
        files.push((rel, asset.path.clone()));
    }
    Ok(files)
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

/// The text of the package's `README.txt`, for a person who opens the zip by hand.
fn readme(slug: &str, package_name: &str) -> String {
    let package_name = if package_name.contains(|c: char| c.is_whitespace() || c == '\'') {
        format!("\"{package_name}\"")
    } else {
        package_name.to_owned()
    };
    crate::tr!(
        "share-readme",
        button = super::import_button(),
        package = package_name,
        folder = slug
    ) + "\n"
}
