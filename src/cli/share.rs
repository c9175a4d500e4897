//! `stretch-timer export ROUTINE [--out FILE.zip]` and `stretch-timer import FILE.zip`

use std::io::Write;
use std::path::Path;

use stretch_timer::home::Home;
use stretch_timer::share::{self, OnClash, ShareError};

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
        Source::Bundled(id) => anyhow::bail!(
            "\"{id}\" is bundled: every copy of stretch-timer has it, so there is nothing to send. To send a changed version, copy it in the app (Edit a copy) and export the copy"
        ),
    };
    match share::export(&path, out_path.unwrap_or(Path::new("."))) {
        Ok(exported) => {
            writeln!(
                out,
                "Exported \"{}\" ({} {}, {} bytes) to {}",
                exported.name,
                exported.files,
                if exported.files == 1 { "file" } else { "files" },
                exported.bytes,
                exported.path.display()
            )?;
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
            writeln!(
                out,
                "Imported \"{}\" to {}{}",
                imported.name,
                imported.path.display(),
                if imported.replaced {
                    " (in place of the one you had)"
                } else if imported.renamed {
                    " (next to the one of the same name you had)"
                } else {
                    ""
                }
            )?;
            for skipped in &imported.skipped {
                eprintln!("left out: {skipped} (not a routine, picture or sound)");
            }
            Ok(EXIT_OK)
        }
        Err(e @ ShareError::BrokenRoutine { .. }) => {
            eprintln!("{e}");
            Ok(EXIT_INVALID)
        }
        // The library says what is there; what to do about it is this command's to say.
        Err(e @ ShareError::Clash { .. }) => {
            eprintln!(
                "stretch-timer: {e}; import it again with --rename to keep both (the new one gets another name), or with --replace to put it in place of yours"
            );
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
