//! `stretch-timer export ROUTINE [--out FILE.zip]` and `stretch-timer import FILE.zip`

use std::io::Write;
use std::path::Path;

use stretch_timer::home::Home;
use stretch_timer::share::{self, OnClash, ShareError};
use stretch_timer::tr;

use super::resolve::{Resolve, Source};
use super::{EXIT_ERROR, EXIT_INVALID, EXIT_OK, report_load_error};

pub fn export(
    routine: &str,
    out_path: Option<&Path>,
    home: &Home,
    out: &mut dyn Write,
) -> anyhow::Result<u8> {
    let path = match Source::from_arg(routine, home)? {
        Source::File(path) => path,
        Source::Bundled(id) => anyhow::bail!(tr!("share-cli-bundled", id = id)),
    };
    match share::export(&path, out_path.unwrap_or(Path::new("."))) {
        Ok(exported) => {
            let (name, files, bytes) = (exported.name.as_str(), exported.files, exported.bytes);
            let package = exported.path.display().to_string();
            let said = tr!(
                "share-cli-exported",
                routine = name,
                files = files,
                bytes = bytes,
                package = package
            );
            writeln!(out, "{said}")?;
            Ok(EXIT_OK)
        }
        Err(ShareError::Invalid(e)) => Ok(report_load_error(&e)),
        Err(e) => Ok(report(&e)),
    }
}

pub fn import(
    package: &Path,
    rename: bool,
    replace: bool,
    home: &Home,
    out: &mut dyn Write,
) -> anyhow::Result<u8> {
    let on_clash = match (rename, replace) {
        (true, _) => OnClash::Rename,
        (_, true) => OnClash::Replace,
        _ => OnClash::Refuse,
    };
    let routines = home.ensure_routines()?;
    match share::import(package, &routines, on_clash) {
        Ok(imported) => {
            let (name, file) = (imported.name.as_str(), imported.path.display().to_string());
            let said = if imported.replaced {
                tr!("share-cli-imported-replacing", routine = name, file = file)
            } else if imported.renamed {
                tr!("share-cli-imported-beside", routine = name, file = file)
            } else {
                tr!("share-cli-imported", routine = name, file = file)
            };
            writeln!(out, "{said}")?;
            for skipped in &imported.skipped {
                let skipped = skipped.to_string();
                eprintln!("{}", tr!("share-cli-left-out", name = skipped));
            }
            Ok(EXIT_OK)
        }
        Err(e @ ShareError::BrokenRoutine { .. }) => {
            eprintln!("{e}");
            Ok(EXIT_INVALID)
        }
        // The library says what is there; what to do about it is this command's to say.
        Err(e @ ShareError::Clash { .. }) => {
            let problem = e.to_string();
            eprintln!("{}", tr!("share-cli-clash", problem = problem));
            Ok(EXIT_ERROR)
        }
        Err(e) => Ok(report(&e)),
    }
}

/// Says what went wrong, once: a sharing error's message already ends with what the system said,
/// which printing its chain of causes (as `main` does for other errors) would repeat.
fn report(e: &ShareError) -> u8 {
    eprintln!("stretch-timer: {e}");
    EXIT_ERROR
}
