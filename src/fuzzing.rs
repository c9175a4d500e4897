//! The bodies of the shell's fuzz targets (`fuzz/fuzz_targets/`), each a function of the fuzzer's
//! bytes that panics where the property it states fails. The targets call them, and so does the
//! regression test that replays each target's corpus (`fuzz/corpus/TARGET/`) in `cargo test`
//! (tests/it/fuzz_corpus.rs): one body, run by both. The core's targets are in
//! `stretch_timer_core::fuzzing`.

use std::fs;
use std::path::{Path, PathBuf};

use stretch_timer_core::fuzzing::Target;

use crate::history::{Filter, History};
use crate::share::{self, OnClash};

/// The shell's targets.
pub const TARGETS: &[Target] = &[
    Target {
        name: "share_import",
        body: share_import,
    },
    Target {
        name: "history_file",
        body: history_file,
    },
];

/// Every path under `dir`, hidden ones included.
fn everything(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(everything(&path));
        }
        found.push(path);
    }
    found
}

/// Any bytes as a shared package, imported into a temporary home: nothing is written outside the
/// routines folder, and a refused package leaves nothing behind.
pub fn share_import(data: &[u8]) {
    let Ok(root) = tempfile::tempdir() else {
        return;
    };
    let package = root.path().join("package.zip");
    let routines = root.path().join("home/routines");
    if fs::write(&package, data).is_err() || fs::create_dir_all(&routines).is_err() {
        return;
    }
    let result = share::import(&package, &routines, OnClash::Refuse);
    for path in everything(root.path()) {
        assert!(
            path == package || path.starts_with(&routines) || path == root.path().join("home"),
            "written outside the routines folder: {}",
            path.display()
        );
    }
    let left = everything(&routines);
    match result {
        Ok(imported) => assert!(imported.path.starts_with(&routines)),
        Err(_) => assert!(left.is_empty(), "a refused package left {left:?}"),
    }
}

/// Any bytes as a history file: opened, or refused with a typed error, never a panic, and a
/// refused file is left byte for byte as it was.
pub fn history_file(data: &[u8]) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let path = dir.path().join("history.sqlite3");
    if fs::write(&path, data).is_err() {
        return;
    }
    match History::open(&path) {
        Ok(history) => {
            let _ = history.list(&Filter::default());
        }
        Err(_) => assert_eq!(
            fs::read(&path).ok().as_deref(),
            Some(data),
            "a refused file changed"
        ),
    }
}
