//! Any bytes as a shared package, imported into a temporary home: nothing is written outside the
//! routines folder, and a refused package leaves nothing behind.
#![no_main]

use std::fs;
use std::path::Path;

use libfuzzer_sys::fuzz_target;
use stretch_timer::share::{self, OnClash};

/// Every path under `dir`, hidden ones included.
fn everything(dir: &Path) -> Vec<std::path::PathBuf> {
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

fuzz_target!(|data: &[u8]| {
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
});
