//! What the packages ship of the bundled routines: each language's folder in `routines/` is in the
//! Debian package, the Windows zip and the installer, and the uninstaller removes it. The packages
//! themselves are built and installed by .ci/run and scripts/test-windows.sh; this says at once,
//! in `cargo test`, when a new language's folder is missing from one of their descriptions.

#![allow(clippy::unwrap_used, clippy::panic)] // Tests may fail loudly.

use std::path::Path;

/// The folders of `routines/`: one per translation (`de`, `es`, `fr`), sorted.
fn languages() -> Vec<String> {
    let mut languages: Vec<String> = std::fs::read_dir("routines")
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    languages.sort();
    languages
}

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

#[test]
fn every_translation_s_folder_is_bundled_and_shipped() {
    let languages = languages();
    let compiled: Vec<&str> = stretch_timer::bundled::ALL[0].texts[1..]
        .iter()
        .map(|&(language, _)| language)
        .collect();
    assert_eq!(
        languages, compiled,
        "the folders in routines/ and bundle!'s languages"
    );

    let deb = read("Cargo.toml");
    let windows = read("scripts/build-windows.sh");
    let installer = read("installer/stretch-timer.nsi");
    assert!(windows.contains(r#"cp "routines/$language/"*.ron "$dir/routines/$language/""#));
    assert!(installer.contains(r#"File /r "${SOURCE}\routines\*.ron""#));
    for language in &languages {
        let asset = format!(
            r#"["routines/{language}/*.ron", "usr/share/stretch-timer/routines/{language}/", "644"]"#
        );
        assert!(deb.contains(&asset), "the Debian package lacks {asset}");
        for line in [
            format!(r#"Delete "$INSTDIR\routines\{language}\*.ron""#),
            format!(r#"RMDir "$INSTDIR\routines\{language}""#),
        ] {
            assert!(installer.contains(&line), "the uninstaller lacks {line}");
        }
    }
}
