//! The names in a package: which entry names are plain enough to unpack on every system, which
//! files are pictures or sounds, what macOS and Windows leave behind, and names that would be one
//! file where case is ignored.

use std::collections::BTreeSet;

use super::{IMAGE_EXTENSIONS, SOUND_EXTENSIONS};
use crate::{limits, tr};

/// Why an entry's name is refused: what is wrong with it, said after the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsafeReason {
    /// The name is empty.
    Empty,
    /// Longer than a file name may be.
    TooLong,
    /// Starts with `/`.
    Absolute,
    /// More folders deep than a package has.
    TooDeep,
    /// Two slashes in a row.
    EmptyPart,
    /// A `..` part.
    ClimbsOut,
    /// A `.` part.
    Dot,
    /// A backslash.
    Backslash,
    /// A colon, as in a drive letter.
    Colon,
    /// A control character.
    Control,
    /// Not UTF-8 text.
    NotText,
    /// The zip reader finds it outside the package's folder.
    Outside,
}

impl UnsafeReason {
    /// What is wrong with the name, in the current language: "climbs out of its folder (..)".
    pub fn words(self) -> String {
        match self {
            UnsafeReason::Empty => tr!("share-name-empty"),
            UnsafeReason::TooLong => tr!("share-name-too-long"),
            UnsafeReason::Absolute => tr!("share-name-absolute"),
            UnsafeReason::TooDeep => tr!("share-name-too-deep"),
            UnsafeReason::EmptyPart => tr!("share-name-empty-part"),
            UnsafeReason::ClimbsOut => tr!("share-name-climbs-out"),
            UnsafeReason::Dot => tr!("share-name-dot"),
            UnsafeReason::Backslash => tr!("share-name-backslash"),
            UnsafeReason::Colon => tr!("share-name-colon"),
            UnsafeReason::Control => tr!("share-name-control"),
            UnsafeReason::NotText => tr!("share-name-not-text"),
            UnsafeReason::Outside => tr!("share-name-outside"),
        }
    }
}

/// The parts of an entry's name, or why it is refused: only plain relative names, `/` between
/// parts, a trailing `/` for a folder.
pub(super) fn check_name(name: &str) -> Result<Vec<String>, UnsafeReason> {
    if name.is_empty() {
        return Err(UnsafeReason::Empty);
    }
    if name.len() > limits::PACKAGE_NAME_BYTES {
        return Err(UnsafeReason::TooLong);
    }
    if name.starts_with('/') {
        return Err(UnsafeReason::Absolute);
    }
    let name = name.strip_suffix('/').unwrap_or(name);
    let parts: Vec<&str> = name.split('/').collect();
    if parts.len() > limits::PACKAGE_DEPTH {
        return Err(UnsafeReason::TooDeep);
    }
    parts
        .into_iter()
        .map(|part| check_part(part).map(|()| part.to_owned()))
        .collect()
}

/// Whether one part of a path (between slashes) is a plain file or folder name on every system.
pub(super) fn check_part(part: &str) -> Result<(), UnsafeReason> {
    match part {
        "" => Err(UnsafeReason::EmptyPart),
        ".." => Err(UnsafeReason::ClimbsOut),
        "." => Err(UnsafeReason::Dot),
        _ if part.contains('\\') => Err(UnsafeReason::Backslash),
        _ if part.contains(':') => Err(UnsafeReason::Colon),
        _ if part.chars().any(char::is_control) => Err(UnsafeReason::Control),
        _ => Ok(()),
    }
}

/// Whether an entry is what macOS or Windows add to folders and zips on their own.
pub(super) fn is_litter(parts: &[String]) -> bool {
    let first = parts.first().map(String::as_str);
    let last = parts.last().map(String::as_str).unwrap_or_default();
    first == Some("__MACOSX")
        || last.starts_with("._")
        || [".DS_Store", "Thumbs.db", "desktop.ini"]
            .iter()
            .any(|n| n.eq_ignore_ascii_case(last))
}

/// Whether the file name at the end of `name` has `extension` (ignoring case) after a stem.
pub(super) fn has_extension(name: &str, extension: &str) -> bool {
    let file = name.rsplit('/').next().unwrap_or(name);
    file.rsplit_once('.')
        .is_some_and(|(stem, ext)| !stem.is_empty() && ext.eq_ignore_ascii_case(extension))
}

/// Whether a file is a picture or a sound a package may carry, by its extension.
pub(super) fn is_media(name: &str) -> bool {
    IMAGE_EXTENSIONS
        .iter()
        .chain(SOUND_EXTENSIONS)
        .any(|e| has_extension(name, e))
}

/// The first path that names the same file as an earlier one on a system that ignores case, or a
/// file that another path uses as a folder.
pub(super) fn collision<'a>(paths: impl Iterator<Item = &'a str>) -> Option<String> {
    let paths: Vec<&str> = paths.collect();
    let mut files = BTreeSet::new();
    for path in &paths {
        if !files.insert(path.to_lowercase()) {
            return Some((*path).to_owned());
        }
    }
    paths.iter().find_map(|path| {
        let lower = path.to_lowercase();
        let mut folder = String::new();
        for part in lower
            .split('/')
            .take(lower.split('/').count().saturating_sub(1))
        {
            folder.push_str(part);
            if files.contains(&folder) {
                return Some((*path).to_owned());
            }
            folder.push('/');
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_relative_names_are_split_into_parts() {
        assert_eq!(check_name("a/b.png").unwrap(), ["a", "b.png"]);
        assert_eq!(check_name("a/").unwrap(), ["a"]);
        assert_eq!(
            check_name("étirement/psoas.ron").unwrap(),
            ["étirement", "psoas.ron"]
        );
    }

    #[test]
    fn names_that_could_leave_the_folder_are_refused() {
        for name in [
            "",
            "/etc/passwd",
            "../x.png",
            "a/../../x.png",
            "a/./x.png",
            "a//x.png",
            "a\\..\\x.png",
            "C:/x.png",
            "C:x.png",
            "a/b\u{0}.png",
            "a/b\n.png",
            "a/b/c/d/e/f/g/h/i.png",
        ] {
            assert!(check_name(name).is_err(), "{name:?}");
        }
        assert!(check_name(&"a".repeat(600)).is_err());
    }

    #[test]
    fn extensions_ignore_case_and_need_a_stem() {
        assert!(is_media("Bench.PNG"));
        assert!(is_media("a/b.mp3"));
        assert!(!is_media("png"));
        assert!(!is_media(".png"));
        assert!(!is_media("x.png.exe"));
        assert!(has_extension("r.RON", "ron"));
    }

    #[test]
    fn collisions_ignore_case_and_catch_files_used_as_folders() {
        assert_eq!(collision(["a.png", "b.png"].into_iter()), None);
        assert_eq!(
            collision(["a.png", "A.PNG"].into_iter()),
            Some("A.PNG".to_owned())
        );
        assert_eq!(
            collision(["images", "images/a.png"].into_iter()),
            Some("images/a.png".to_owned())
        );
        assert_eq!(
            collision(["Images/a.png", "images/b.png"].into_iter()),
            None
        );
    }

    #[test]
    fn litter_from_other_systems_is_recognised() {
        let parts = |s: &str| s.split('/').map(str::to_owned).collect::<Vec<_>>();
        assert!(is_litter(&parts("__MACOSX/r/._r.ron")));
        assert!(is_litter(&parts("r/.DS_Store")));
        assert!(is_litter(&parts("r/thumbs.db")));
        assert!(!is_litter(&parts("r/r.ron")));
    }
}
