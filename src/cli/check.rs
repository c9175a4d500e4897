//! `stretch-timer check PATH...`

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use stretch_timer::routine::format_clock;
use stretch_timer::tr;
use stretch_timer::{media, problems};

use super::{EXIT_ERROR, EXIT_INVALID, EXIT_OK};

pub fn run(paths: &[PathBuf], out: &mut dyn Write) -> anyhow::Result<u8> {
    let mut files = Vec::new();
    let mut unreadable = false;
    for path in paths {
        if path.is_dir() {
            let found = ron_files_in(path)?;
            if found.is_empty() {
                let folder = path.display().to_string();
                eprintln!("{}", tr!("check-no-routine-files", folder = folder));
                unreadable = true;
            }
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }

    // A file named twice (itself, and inside a folder named too) is checked once.
    let mut seen = std::collections::HashSet::new();
    files.retain(|f| seen.insert(f.clone()));
    let mut invalid = 0usize;
    // Every sound a routine names is decoded and every picture's header read, so a file that
    // would not play or show is an error at the line that names it.
    for file in &files {
        match media::load(file) {
            Ok(r) => {
                let (name, steps, time) = (
                    file.display().to_string(),
                    r.steps.len(),
                    format_clock(r.total()),
                );
                let ok = tr!("check-file-ok", file = name, steps = steps, time = time);
                writeln!(out, "{ok}")?;
            }
            Err(e) if e.is_io() => {
                unreadable = true;
                for d in e.diagnostics().iter() {
                    eprintln!("{}: {}", file.display(), problems::said(&d.problem));
                }
            }
            Err(e) => {
                invalid += 1;
                writeln!(out, "{}", problems::lines(&e))?;
            }
        }
    }
    if files.len() > 1 {
        let (checked, valid) = (files.len(), files.len() - invalid);
        eprintln!(
            "{}",
            tr!(
                "check-files-checked",
                files = checked,
                valid = valid,
                invalid = invalid
            )
        );
    }
    Ok(if unreadable {
        EXIT_ERROR
    } else if invalid > 0 {
        EXIT_INVALID
    } else {
        EXIT_OK
    })
}

/// The routine files in `dir`, as the app's library finds them: `*.ron` at its top and one folder
/// down, sorted.
fn ron_files_in(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    std::fs::read_dir(dir).with_context(|| {
        let folder = dir.display().to_string();
        stretch_timer::tr!("check-cannot-read-folder", folder = folder)
    })?;
    Ok(stretch_timer::home::routine_files_in(dir))
}
