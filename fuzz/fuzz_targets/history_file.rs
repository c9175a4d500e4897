//! Any bytes as a history file: opened, or refused with a typed error, never a panic, and a refused
//! file is left byte for byte as it was.
#![no_main]

use std::fs;

use libfuzzer_sys::fuzz_target;
use stretch_timer::history::{Filter, History};

fuzz_target!(|data: &[u8]| {
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
});
