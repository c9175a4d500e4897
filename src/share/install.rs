//! Installing an unpacked and checked routine into the routines folder, in one rename, with the
//! routine it replaces kept safe until the new one is in place.

use std::fs;
use std::path::{Path, PathBuf};

use crate::save::sync_folder;

use super::ShareError;

/// Moves the checked routine in `staging` to `target`, first moving `old` (what it replaces)
/// aside into a hidden folder, and putting it back if the move fails. Should putting it back fail
/// too, the hidden folder (`.replaced-…`) is kept, so the old routine is never lost.
pub(super) fn install(
    staging: tempfile::TempDir,
    routines_dir: &Path,
    target: &Path,
    old: &[PathBuf],
) -> Result<(), ShareError> {
    let install_error = |path: &Path| {
        let path = path.to_owned();
        move |source| ShareError::Install { path, source }
    };
    sync_folder(staging.path()).map_err(install_error(staging.path()))?;
    if old.is_empty() {
        fs::rename(staging.path(), target).map_err(install_error(target))?;
        // In place: the staging folder is the routine now, not a leftover to delete.
        let _routine_folder = staging.keep();
        return sync_folder(routines_dir).map_err(install_error(routines_dir));
    }

    let trash = tempfile::Builder::new()
        .prefix(".replaced-")
        .tempdir_in(routines_dir)
        .map_err(install_error(routines_dir))?;
    let mut moved: Vec<(&Path, PathBuf)> = Vec::new();
    let mut failure = None;
    for (i, path) in old.iter().enumerate() {
        let aside = trash.path().join(i.to_string());
        match fs::rename(path, &aside) {
            Ok(()) => moved.push((path, aside)),
            Err(source) => {
                failure = Some(ShareError::Install {
                    path: path.clone(),
                    source,
                });
                break;
            }
        }
    }
    if failure.is_none()
        && let Err(source) = fs::rename(staging.path(), target)
    {
        failure = Some(ShareError::Install {
            path: target.to_owned(),
            source,
        });
    }
    if let Some(failure) = failure {
        let restored = moved
            .iter()
            .rev()
            .all(|(path, aside)| fs::rename(aside, path).is_ok());
        if !restored {
            let _old_routine_kept = trash.keep();
        }
        return Err(failure);
    }
    // In place: the staging folder is the routine now, not a leftover to delete.
    let _routine_folder = staging.keep();
    sync_folder(routines_dir).map_err(install_error(routines_dir))?;
    // The new routine is in place, so the import has succeeded: should the old one not be
    // deleted, it stays in a hidden folder that the library does not list.
    let _ = trash.close();
    Ok(())
}
