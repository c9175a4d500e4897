//! Sharing routines as one zip file: export, import, name clashes, and packages made to harm.
//!
//! The hostile packages in tests/data/share are written by tests/data/share/make-hostile.py; the
//! damaged ones are cut from a real export here.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use std::fs;
use std::io::{Cursor, Read as _};
use std::path::{Path, PathBuf};

use stretch_timer::limits;
use stretch_timer::routine::{self, Routine};
use stretch_timer::share::{self, Exported, Imported, OnClash, ShareError};

const WITH_ASSETS: &str = "tests/data/valid/with-assets/routine.ron";
const BUNDLED_LIKE: &str = "routines/supine-bench-psoas.ron";

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn hostile(name: &str) -> PathBuf {
    data("tests/data/share").join(name)
}

/// Every path under `dir`, hidden ones too, relative to it, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut todo = vec![dir.to_owned()];
    while let Some(d) = todo.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            found.push(
                path.strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
            );
            if path.symlink_metadata().unwrap().is_dir() {
                todo.push(path);
            }
        }
    }
    found.sort();
    found
}

fn export_to(routine_file: &str, dir: &Path) -> Exported {
    share::export(&data(routine_file), dir).unwrap()
}

/// The routine with every asset's location blanked, to compare routines loaded from two folders.
fn without_locations(mut routine: Routine) -> Routine {
    for (_, asset) in &mut routine.sounds {
        asset.path = PathBuf::new();
    }
    for step in &mut routine.steps {
        for asset in step.image.iter_mut().chain(step.voice.iter_mut()) {
            asset.path = PathBuf::new();
        }
    }
    routine
}

fn assets(routine: &Routine) -> Vec<(String, Vec<u8>)> {
    routine
        .steps
        .iter()
        .flat_map(|s| s.image.iter().chain(s.voice.iter()))
        .chain(routine.sounds.iter().map(|(_, a)| a))
        .map(|a| (a.written.clone(), fs::read(&a.path).unwrap()))
        .collect()
}

fn entry_names(package: &Path) -> Vec<String> {
    let bytes = fs::read(package).unwrap();
    let archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    archive
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .collect()
}

#[test]
fn a_routine_with_files_comes_back_the_same() {
    let out = tempfile::tempdir().unwrap();
    let exported = export_to(WITH_ASSETS, out.path());
    assert_eq!(exported.path, out.path().join("with-pictures.zip"));
    assert_eq!(exported.name, "With pictures");
    assert_eq!(exported.files, 5, "the routine and its four files");
    assert_eq!(exported.bytes, fs::metadata(&exported.path).unwrap().len());
    assert_eq!(
        entry_names(&exported.path),
        [
            "README.txt",
            "with-pictures/",
            "with-pictures/with-pictures.ron",
            "with-pictures/bell.wav",
            "with-pictures/bench.png",
            "with-pictures/images/floor.png",
            "with-pictures/intro.wav",
        ]
    );
    assert_eq!(tree(out.path()), ["with-pictures.zip"], "no temporary file");

    let home = tempfile::tempdir().unwrap();
    let routines = home.path().join("routines");
    let imported = share::import(&exported.path, &routines, OnClash::Refuse).unwrap();
    assert_eq!(
        imported,
        Imported {
            path: routines.join("with-pictures/with-pictures.ron"),
            name: "With pictures".to_owned(),
            replaced: false,
            renamed: false,
            skipped: Vec::new(),
        }
    );
    assert_eq!(
        fs::read(&imported.path).unwrap(),
        fs::read(data(WITH_ASSETS)).unwrap(),
        "the routine file byte for byte, comments kept"
    );
    let original = routine::load(&data(WITH_ASSETS)).unwrap();
    let copy = routine::load(&imported.path).unwrap();
    assert_eq!(assets(&copy), assets(&original));
    assert_eq!(without_locations(copy), without_locations(original));
    // Beside them, only the mark that it came from a package (share::FROM_PACKAGE).
    assert_eq!(
        tree(&routines),
        [
            "with-pictures",
            "with-pictures/.from-package",
            "with-pictures/bell.wav",
            "with-pictures/bench.png",
            "with-pictures/images",
            "with-pictures/images/floor.png",
            "with-pictures/intro.wav",
            "with-pictures/with-pictures.ron",
        ],
        "exactly the routine's files and the mark, nothing hidden left over"
    );
}

#[test]
fn a_routine_without_files_comes_back_the_same() {
    let out = tempfile::tempdir().unwrap();
    let package = out.path().join("for my client.zip");
    let exported = share::export(&data(BUNDLED_LIKE), &package).unwrap();
    assert_eq!(exported.path, package);
    assert_eq!(exported.files, 1);
    let bytes = fs::read(&package).unwrap();
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut readme = String::new();
    archive
        .by_name("README.txt")
        .unwrap()
        .read_to_string(&mut readme)
        .unwrap();
    assert!(
        readme.contains(r#"stretch-timer import "for my client.zip""#),
        "a name with spaces is quoted: {readme}"
    );

    let routines = tempfile::tempdir().unwrap();
    let imported = share::import(&package, routines.path(), OnClash::Refuse).unwrap();
    let original = routine::load(&data(BUNDLED_LIKE)).unwrap();
    assert_eq!(imported.name, original.name);
    assert_eq!(
        fs::read(&imported.path).unwrap(),
        fs::read(data(BUNDLED_LIKE)).unwrap()
    );
    assert_eq!(routine::load(&imported.path).unwrap(), original);
}

#[test]
fn the_package_says_how_to_open_it_and_is_the_same_every_time() {
    let out = tempfile::tempdir().unwrap();
    let first = share::export(&data(WITH_ASSETS), &out.path().join("a.zip")).unwrap();
    fs::create_dir(out.path().join("again")).unwrap();
    let second = share::export(&data(WITH_ASSETS), &out.path().join("again/a.zip")).unwrap();
    let bytes = fs::read(&first.path).unwrap();
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes.clone())).unwrap();
    let mut readme = String::new();
    archive
        .by_name("README.txt")
        .unwrap()
        .read_to_string(&mut readme)
        .unwrap();
    assert!(readme.contains("stretch-timer import a.zip"), "{readme}");
    assert!(
        readme.contains(&share::import_button()),
        "names the app's button: {readme}"
    );
    assert!(
        fs::read(&second.path).unwrap() == bytes,
        "the same routine gives the same bytes"
    );
}

#[test]
fn exporting_over_an_old_package_replaces_it() {
    let out = tempfile::tempdir().unwrap();
    let package = out.path().join("p.zip");
    fs::write(&package, "old").unwrap();
    share::export(&data(WITH_ASSETS), &package).unwrap();
    assert_eq!(entry_names(&package).len(), 7);
    assert_eq!(tree(out.path()), ["p.zip"]);
}

#[test]
fn a_routine_with_errors_is_not_exported() {
    let out = tempfile::tempdir().unwrap();
    let err = share::export(&data("tests/data/broken/unknown-field.ron"), out.path()).unwrap_err();
    assert!(matches!(err, ShareError::Invalid(_)), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("correct them before sharing"), "{message}");
    assert!(message.contains("unknown-field.ron:"), "{message}");
    assert!(tree(out.path()).is_empty());
}

/// A routine in a temporary folder naming `file`, which is created with `bytes`.
/// A routine in `dir` whose one step shows `file`: a real picture (so that it passes the check of
/// pictures) padded to `size` bytes.
fn routine_naming(dir: &Path, file: &str, size: u64) -> PathBuf {
    let path = dir.join(file);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(
        &path,
        fs::read(data("tests/data/valid/with-assets/bench.png")).unwrap(),
    )
    .unwrap();
    let len = fs::metadata(&path).unwrap().len();
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(size.max(len))
        .unwrap();
    let ron = dir.join("r.ron");
    fs::write(
        &ron,
        format!(
            r#"Routine(format: 1, name: "R", steps: [Step(name: "S", hold: 30, image: "{}")])"#,
            file.replace('\\', r"\\")
        ),
    )
    .unwrap();
    ron
}

#[test]
fn files_that_could_not_be_imported_elsewhere_are_not_exported() {
    for (file, expected) in [
        ("bench.gif", "neither a picture"),
        ("a\\b.png", "backslash"),
        ("c:d.png", "colon"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let ron = routine_naming(dir.path(), file, 10);
        let out = dir.path().join("out.zip");
        let err = share::export(&ron, &out).unwrap_err();
        assert!(matches!(err, ShareError::NotShareable { .. }), "{err:?}");
        assert!(err.to_string().contains(expected), "{err}");
        assert!(!out.exists());
    }
}

#[test]
fn a_file_too_large_to_share_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let ron = routine_naming(dir.path(), "huge.png", limits::PACKAGE_MEDIA_BYTES + 1);
    let err = share::export(&ron, &dir.path().join("out.zip")).unwrap_err();
    assert!(matches!(err, ShareError::Invalid(_)), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("huge.png"), "{message}");
    assert!(message.contains("at most 64 MiB"), "{message}");
}

#[test]
fn the_package_is_never_written_over_the_routine() {
    let dir = tempfile::tempdir().unwrap();
    let ron = routine_naming(dir.path(), "bench.png", 10);
    let before = fs::read(&ron).unwrap();
    let err = share::export(&ron, &ron).unwrap_err();
    assert!(matches!(err, ShareError::OverSource { .. }), "{err:?}");
    assert!(err.to_string().contains("r.zip"), "{err}");
    assert_eq!(fs::read(&ron).unwrap(), before);
    let err = share::export(&ron, &dir.path().join("bench.png")).unwrap_err();
    assert!(matches!(err, ShareError::OverSource { .. }), "{err:?}");
}

fn package(dir: &Path) -> PathBuf {
    export_to(WITH_ASSETS, dir).path
}

/// The library says what is there; the choices are each front end's to offer (the command line
/// names its flags, the app its buttons).
#[test]
fn a_name_clash_is_refused_saying_what_is_there() {
    let dir = tempfile::tempdir().unwrap();
    let package = package(dir.path());
    let routines = dir.path().join("routines");
    share::import(&package, &routines, OnClash::Refuse).unwrap();
    let before = tree(&routines);

    let err = share::import(&package, &routines, OnClash::Refuse).unwrap_err();
    let ShareError::Clash { name, existing } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(name, "With pictures");
    assert_eq!(existing, &routines.join("with-pictures"));
    assert_eq!(
        err.to_string(),
        format!(
            "\"With pictures\" is already in your routines ({})",
            routines.join("with-pictures").display()
        )
    );
    assert_eq!(tree(&routines), before, "nothing added, nothing left over");
}

#[test]
fn a_routine_file_of_the_same_name_is_a_clash_too() {
    let dir = tempfile::tempdir().unwrap();
    let package = package(dir.path());
    let routines = dir.path().join("routines");
    fs::create_dir_all(&routines).unwrap();
    fs::write(routines.join("with-pictures.ron"), "mine").unwrap();
    let err = share::import(&package, &routines, OnClash::Refuse).unwrap_err();
    assert!(
        matches!(&err, ShareError::Clash { existing, .. } if *existing == routines.join("with-pictures.ron")),
        "{err:?}"
    );
}

#[test]
fn rename_keeps_both() {
    let dir = tempfile::tempdir().unwrap();
    let package = package(dir.path());
    let routines = dir.path().join("routines");
    share::import(&package, &routines, OnClash::Rename).unwrap();
    let second = share::import(&package, &routines, OnClash::Rename).unwrap();
    assert_eq!(
        second.path,
        routines.join("with-pictures-2/with-pictures-2.ron")
    );
    assert!(second.renamed);
    assert!(!second.replaced);
    let third = share::import(&package, &routines, OnClash::Rename).unwrap();
    assert_eq!(
        third.path,
        routines.join("with-pictures-3/with-pictures-3.ron")
    );
    for imported in [&second, &third] {
        routine::load(&imported.path).unwrap();
    }
    let top: Vec<String> = tree(&routines)
        .into_iter()
        .filter(|p| !p.contains('/'))
        .collect();
    assert_eq!(top, ["with-pictures", "with-pictures-2", "with-pictures-3"]);
}

#[test]
fn replace_swaps_the_old_routine_for_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let package = package(dir.path());
    let routines = dir.path().join("routines");
    let old = routines.join("with-pictures");
    fs::create_dir_all(&old).unwrap();
    fs::write(old.join("with-pictures.ron"), "the old version").unwrap();
    fs::write(old.join("old-only.png"), "old").unwrap();
    fs::write(
        routines.join("with-pictures.ron"),
        "an older one, not in a folder",
    )
    .unwrap();
    fs::write(routines.join("other.ron"), "another routine").unwrap();

    let imported = share::import(&package, &routines, OnClash::Replace).unwrap();
    assert!(imported.replaced);
    assert!(!imported.renamed);
    assert_eq!(imported.path, old.join("with-pictures.ron"));
    assert_eq!(
        fs::read(&imported.path).unwrap(),
        fs::read(data(WITH_ASSETS)).unwrap()
    );
    routine::load(&imported.path).unwrap();
    assert!(!old.join("old-only.png").exists(), "the old folder is gone");
    assert!(!routines.join("with-pictures.ron").exists());
    assert_eq!(
        fs::read_to_string(routines.join("other.ron")).unwrap(),
        "another routine"
    );
    let hidden: Vec<String> = tree(&routines)
        .into_iter()
        .filter(|p| p.starts_with('.'))
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");
}

#[test]
fn replace_with_nothing_to_replace_just_imports() {
    let dir = tempfile::tempdir().unwrap();
    let package = package(dir.path());
    let routines = dir.path().join("routines");
    let imported = share::import(&package, &routines, OnClash::Replace).unwrap();
    assert!(!imported.replaced);
}

/// Imports `package` into a fresh routines folder, expecting a refusal; checks that nothing at all
/// is left in the folder, and returns the error.
fn refused(package: &Path) -> ShareError {
    let home = tempfile::tempdir().unwrap();
    let routines = home.path().join("routines");
    fs::create_dir_all(&routines).unwrap();
    let err = share::import(package, &routines, OnClash::Replace)
        .expect_err(&format!("{} must be refused", package.display()));
    assert_eq!(
        tree(&routines),
        Vec::<String>::new(),
        "{}: {err}",
        package.display()
    );
    err
}

#[test]
fn names_that_leave_the_folder_are_refused() {
    for (file, expected) in [
        ("dot-dot.zip", "climbs out of its folder"),
        ("absolute.zip", "absolute path"),
        ("backslash.zip", "backslash"),
        ("drive-letter.zip", "drive letter"),
        ("too-deep.zip", "too many folders"),
        // Harmless in the header, climbing out in its Info-ZIP Unicode Path field.
        ("unicode-path.zip", "climbs out of its folder"),
    ] {
        let err = refused(&hostile(file));
        assert!(
            matches!(err, ShareError::UnsafeName { .. }),
            "{file}: {err:?}"
        );
        let message = err.to_string();
        assert!(message.contains(expected), "{file}: {message}");
        assert!(
            message.contains("nothing was imported"),
            "{file}: {message}"
        );
        assert!(message.contains(file), "{file}: {message}");
    }
    assert!(!Path::new("/tmp/stretch-timer-evil.png").exists());
}

#[test]
fn links_are_refused() {
    let err = refused(&hostile("symlink.zip"));
    assert!(matches!(err, ShareError::Link { .. }), "{err:?}");
    assert!(err.to_string().contains("r/bench.png\" is a link"), "{err}");
}

#[test]
fn a_package_must_hold_exactly_one_routine() {
    let err = refused(&hostile("two-routines.zip"));
    assert!(matches!(err, ShareError::ManyRoutines { .. }), "{err:?}");
    assert!(err.to_string().contains("r/r.ron, s/s.ron"), "{err}");
    let err = refused(&hostile("no-routine.zip"));
    assert!(matches!(err, ShareError::NoRoutine { .. }), "{err:?}");
}

#[test]
fn sizes_and_counts_are_bounded() {
    let err = refused(&hostile("too-many-entries.zip"));
    assert!(
        matches!(err, ShareError::TooManyEntries { max: 500, .. }),
        "{err:?}"
    );
    let err = refused(&hostile("big-file.zip"));
    assert!(
        matches!(&err, ShareError::EntryTooLarge { entry, max, .. } if entry == "r/big.png" && *max == 64 << 20),
        "{err:?}"
    );
    assert!(err.to_string().contains("more than 64 MiB"), "{err}");
    let err = refused(&hostile("big-total.zip"));
    assert!(matches!(err, ShareError::ContentTooLarge { .. }), "{err:?}");
    let err = refused(&hostile("big-routine.zip"));
    assert!(
        matches!(err, ShareError::EntryTooLarge { max, .. } if max == limits::ROUTINE_FILE_BYTES),
        "{err:?}"
    );
}

#[test]
fn a_file_larger_than_it_says_is_refused() {
    // Its headers say 1000 bytes; it unpacks to 20 MiB.
    let err = refused(&hostile("bomb.zip"));
    assert!(
        matches!(
            err,
            ShareError::Damaged { .. } | ShareError::EntryTooLarge { .. }
        ),
        "{err:?}"
    );
}

#[test]
fn a_package_file_larger_than_any_package_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let package = dir.path().join("huge.zip");
    fs::File::create(&package)
        .unwrap()
        .set_len(limits::PACKAGE_BYTES + 1)
        .unwrap();
    let err = refused(&package);
    assert!(matches!(err, ShareError::PackageTooLarge { .. }), "{err:?}");
}

#[test]
fn two_files_of_the_same_name_are_refused() {
    for file in ["duplicate.zip", "duplicate-case.zip", "file-and-folder.zip"] {
        let err = refused(&hostile(file));
        assert!(
            matches!(err, ShareError::DuplicateName { .. }),
            "{file}: {err:?}"
        );
    }
}

#[test]
fn encrypted_and_unusually_compressed_files_are_refused() {
    let err = refused(&hostile("encrypted.zip"));
    assert!(matches!(err, ShareError::Encrypted { .. }), "{err:?}");
    assert!(err.to_string().contains("password"), "{err}");
    let err = refused(&hostile("bzip2.zip"));
    assert!(matches!(err, ShareError::Unsupported { .. }), "{err:?}");
}

#[test]
fn a_file_that_is_not_a_zip_says_so() {
    let err = refused(&hostile("not-a-zip.zip"));
    assert!(matches!(err, ShareError::NotAPackage { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains("not-a-zip.zip is not a stretch-timer routine package (not a zip file"),
        "{message}"
    );
    let err = refused(&data("tests/data/share"));
    assert!(matches!(err, ShareError::NotAPackage { .. }), "{err:?}");
    let err = refused(Path::new("/no/such/package.zip"));
    assert!(matches!(err, ShareError::Read { .. }), "{err:?}");
}

#[test]
fn a_package_cut_short_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let package = package(dir.path());
    let bytes = fs::read(&package).unwrap();
    for keep in [0, 10, bytes.len() / 2, bytes.len() - 30] {
        let cut = dir.path().join(format!("cut-{keep}.zip"));
        fs::write(&cut, &bytes[..keep]).unwrap();
        let err = refused(&cut);
        assert!(
            matches!(err, ShareError::NotAPackage { .. }),
            "{keep}: {err:?}"
        );
    }
}

#[test]
fn a_damaged_package_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let package = package(dir.path());
    let mut bytes = fs::read(&package).unwrap();
    // Change one byte inside bell.wav's data (stored after its name in the local header).
    let name = b"with-pictures/bell.wav";
    let at = bytes.windows(name.len()).position(|w| w == name).unwrap() + name.len() + 100;
    bytes[at] ^= 0xff;
    let damaged = dir.path().join("damaged.zip");
    fs::write(&damaged, &bytes).unwrap();
    let err = refused(&damaged);
    assert!(
        matches!(&err, ShareError::Damaged { entry, .. } if entry == "with-pictures/bell.wav"),
        "{err:?}"
    );
    assert!(err.to_string().contains("is damaged"), "{err}");
}

#[test]
fn a_routine_with_errors_is_refused_with_its_line_and_column() {
    let err = refused(&hostile("broken-routine.zip"));
    assert!(matches!(err, ShareError::BrokenRoutine { .. }), "{err:?}");
    let message = err.to_string();
    let expected = format!(
        "{}:4:27: unknown field \"hodl\" in Step; did you mean \"hold\"?",
        hostile("broken-routine.zip/r/r.ron").display()
    );
    assert!(
        message.contains(&expected),
        "{message}\nexpected: {expected}"
    );

    let err = refused(&hostile("missing-picture.zip"));
    let message = err.to_string();
    assert!(
        message.contains(&format!(
            "image file \"bench.png\" is not next to the routine (looked for {})",
            hostile("missing-picture.zip/r/bench.png").display()
        )),
        "{message}"
    );
}

#[test]
fn other_files_are_left_out_and_listed() {
    let routines = tempfile::tempdir().unwrap();
    let imported = share::import(&hostile("extras.zip"), routines.path(), OnClash::Refuse).unwrap();
    assert_eq!(imported.name, "Extras");
    assert_eq!(
        imported.skipped,
        ["r/run.sh", "r/notes.docx", "other/x.png"]
    );
    assert_eq!(
        tree(routines.path()),
        [
            "extras",
            "extras/.from-package",
            "extras/extras.ron",
            "extras/pic.png"
        ]
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = fs::metadata(routines.path().join("extras/pic.png"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o111,
            0,
            "no execute permission from the zip: {mode:o}"
        );
    }
}

#[test]
fn files_zipped_without_their_folder_are_imported() {
    let routines = tempfile::tempdir().unwrap();
    let imported = share::import(&hostile("flat.zip"), routines.path(), OnClash::Refuse).unwrap();
    assert_eq!(imported.path, routines.path().join("flat/flat.ron"));
    assert_eq!(imported.skipped, Vec::<String>::new());
    let routine = routine::load(&imported.path).unwrap();
    assert_eq!(
        routine.steps[0].image.as_ref().unwrap().path,
        routines.path().join("flat/images/bench.png")
    );
}

#[test]
fn the_hostile_packages_are_all_there() {
    // make-hostile.py writes these; a missing one would make a test above pass for nothing.
    for name in [
        "absolute.zip",
        "backslash.zip",
        "big-file.zip",
        "big-routine.zip",
        "big-total.zip",
        "bomb.zip",
        "broken-routine.zip",
        "bzip2.zip",
        "dot-dot.zip",
        "drive-letter.zip",
        "duplicate-case.zip",
        "duplicate.zip",
        "encrypted.zip",
        "extras.zip",
        "file-and-folder.zip",
        "flat.zip",
        "missing-picture.zip",
        "no-routine.zip",
        "not-a-zip.zip",
        "symlink.zip",
        "too-deep.zip",
        "too-many-entries.zip",
        "two-routines.zip",
        "unicode-path.zip",
        "unusable-media.zip",
    ] {
        assert!(hostile(name).is_file(), "{name}");
    }
}

/// The lines `check` prints for `routine`'s problems, each without its file's name.
fn check_lines(routine: &Path) -> Vec<String> {
    stretch_timer::media::load(routine)
        .unwrap_err()
        .diagnostics()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn pictures_and_sounds_that_fail_check_are_not_exported_or_imported() {
    // An empty picture, a picture whose header says 20000 × 20000 pixels (a decompression bomb in
    // a few bytes) and a text file named as a sound: `check` refuses each at its line, and so do
    // export and import, with the same words.
    let package = hostile("unusable-media.zip");
    let err = refused(&package);
    let ShareError::BrokenRoutine { errors, .. } = &err else {
        panic!("{err:?}");
    };
    let imported: Vec<String> = errors
        .diagnostics()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(imported.len(), 3, "{imported:#?}");
    assert!(imported[0].starts_with("5:"), "{imported:#?}");
    assert!(
        imported[1].contains("20000 × 20000 pixels"),
        "{imported:#?}"
    );
    assert!(imported[2].contains("bell.wav"), "{imported:#?}");

    // The same routine unpacked by hand and exported: refused with the lines `check` gives.
    let dir = tempfile::tempdir().unwrap();
    let mut zip = zip::ZipArchive::new(fs::File::open(&package).unwrap()).unwrap();
    zip.extract(dir.path()).unwrap();
    let ron = dir.path().join("r/r.ron");
    assert_eq!(check_lines(&ron), imported);
    let out = dir.path().join("out.zip");
    let err = share::export(&ron, &out).unwrap_err();
    assert!(matches!(err, ShareError::Invalid(_)), "{err:?}");
    for line in &imported {
        assert!(err.to_string().contains(line.as_str()), "{err}");
    }
    assert!(!out.exists());
}
