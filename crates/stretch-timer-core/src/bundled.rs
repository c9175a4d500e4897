//! The routines that ship inside the program, so that it works from any folder, each in every
//! language it is written in.
//!
//! English is in `routines/ID.ron`; each other language in a folder of its own, under the same file
//! name: `routines/de/ID.ron`. The id is the routine's one identity (its history, its reminders,
//! the command line's name for it) whatever the language it is read in. A translation changes only
//! the words: every time, side, repetition and field is the English file's (a test compares their
//! plans).
//!
//! The core knows nothing of how the program chooses its language: it is passed in as a code
//! (`de`, `de-AT`, `de_DE.UTF-8`), and a language with no translation gets English.

use std::path::{Path, PathBuf};

use crate::routine::{self, LoadError, Routine};

/// The language every bundled routine is written in first, and the one read when a routine has no
/// translation into the language asked for.
pub const ENGLISH: &str = "en";

/// A routine compiled into the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bundled {
    /// The file stem, by which the command line names it: `standing-psoas`.
    pub id: &'static str,
    /// The RON text of the routine in each language, by language code, English first: the files
    /// `routines/ID.ron` and `routines/LANGUAGE/ID.ron`.
    pub texts: &'static [(&'static str, &'static str)],
}

/// One routine, in English and in every translation. The languages are written here, once; a
/// test checks that they are exactly the folders in `routines/`.
macro_rules! bundle {
    ($($id:literal),* $(,)?) => {
        &[$(Bundled {
            id: $id,
            texts: &[
                (ENGLISH, include_str!(concat!("../../../routines/", $id, ".ron"))),
                ("de", include_str!(concat!("../../../routines/de/", $id, ".ron"))),
                ("es", include_str!(concat!("../../../routines/es/", $id, ".ron"))),
                ("fr", include_str!(concat!("../../../routines/fr/", $id, ".ron"))),
            ],
        }),*]
    };
}

/// Every bundled routine, in the order they are listed.
pub const ALL: &[Bundled] = bundle!(
    "supine-bench-psoas",
    "floor-psoas",
    "standing-psoas",
    "myofascial-psoas",
);

/// What a routine argument (`stretch-timer plan ROUTINE`, `stretch-timer ROUTINE`) names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named<'a> {
    /// A file: an existing path, or anything that looks like one (`.ron`, a slash).
    File(&'a Path),
    /// A bundled routine, by its id.
    Bundled(&'static Bundled),
    /// Neither.
    Unknown,
}

/// Reads a routine argument: an existing path or anything that looks like one is a file,
/// otherwise it is a bundled routine's id.
pub fn named(arg: &str) -> Named<'_> {
    let path = Path::new(arg);
    let looks_like_path = arg.ends_with(".ron") || arg.contains('/') || arg.contains('\\');
    if path.exists() || looks_like_path {
        return Named::File(path);
    }
    find(arg).map_or(Named::Unknown, Named::Bundled)
}

/// The bundled routine with this id, if there is one.
pub fn find(id: &str) -> Option<&'static Bundled> {
    ALL.iter().find(|b| b.id == id)
}

impl Bundled {
    /// The language code this routine is read in when `language` is asked for: `language`'s own
    /// (by its first part: `de-AT` and `de_DE.UTF-8` read German) if there is a translation into
    /// it, else English.
    pub fn language(&self, language: &str) -> &'static str {
        let wanted = primary(language);
        self.texts
            .iter()
            .map(|&(code, _)| code)
            .find(|code| code.eq_ignore_ascii_case(wanted))
            .unwrap_or(ENGLISH)
    }

    /// The RON text of this routine in `language` (English if it has no translation into it).
    pub fn text(&self, language: &str) -> &'static str {
        let code = self.language(language);
        self.texts
            .iter()
            .find(|&&(c, _)| c == code)
            .or(self.texts.first())
            .map_or("", |&(_, text)| text)
    }

    /// The path shown in messages about this routine in `language`: the file it was built from,
    /// `routines/ID.ron` or `routines/de/ID.ron`.
    pub fn display_path(&self, language: &str) -> PathBuf {
        match self.language(language) {
            ENGLISH => PathBuf::from(format!("routines/{}.ron", self.id)),
            code => PathBuf::from(format!("routines/{code}/{}.ron", self.id)),
        }
    }

    /// Checks and returns the routine in `language` (English if it has no translation into it).
    /// Bundled routines are tested to be valid; a broken one still gets an error, not a crash.
    pub fn load(&self, language: &str) -> Result<Routine, LoadError> {
        routine::parse(self.text(language), None).map_err(|diagnostics| LoadError::Invalid {
            path: self.display_path(language),
            diagnostics,
        })
    }
}

/// The language of a code, without its region, script or encoding: `de` of `de-AT`, `de_DE.UTF-8`.
fn primary(language: &str) -> &str {
    language
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or(language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_routine_is_valid_in_every_language() {
        for bundled in ALL {
            for &(language, _) in bundled.texts {
                if let Err(e) = bundled.load(language) {
                    panic!("{e}");
                }
            }
        }
    }

    /// Each file in `routines/` is a bundled routine: English at the top, each translation in its
    /// language's folder, every routine in every language and nothing else, so a new language's
    /// folder cannot be forgotten in `bundle!`.
    #[test]
    fn the_routines_folder_holds_every_bundled_routine_in_every_language_and_nothing_else() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../routines");
        let mut on_disk: Vec<String> = Vec::new();
        for entry in std::fs::read_dir(&folder).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().into_string().unwrap();
            if entry.file_type().unwrap().is_dir() {
                for inner in std::fs::read_dir(entry.path()).unwrap() {
                    let inner = inner.unwrap().file_name().into_string().unwrap();
                    on_disk.push(format!("{name}/{inner}"));
                }
            } else {
                on_disk.push(name);
            }
        }
        on_disk.sort();
        let mut bundled: Vec<String> = ALL
            .iter()
            .flat_map(|b| {
                b.texts
                    .iter()
                    .map(|&(language, _)| b.display_path(language))
            })
            .map(|p| {
                let p = p.strip_prefix("routines").unwrap().to_owned();
                p.to_string_lossy().replace('\\', "/")
            })
            .collect();
        bundled.sort();
        assert_eq!(on_disk, bundled);
        for b in ALL {
            assert_eq!(b.texts[0].0, ENGLISH);
            for &(language, text) in b.texts {
                let file = folder.join(b.display_path(language).strip_prefix("routines").unwrap());
                assert_eq!(std::fs::read_to_string(file).unwrap(), text);
            }
        }
    }

    #[test]
    fn a_language_is_read_by_its_first_part_and_one_without_a_translation_gets_english() {
        let b = find("standing-psoas").unwrap();
        for (asked, read) in [
            ("de", "de"),
            ("de-AT", "de"),
            ("de_DE.UTF-8", "de"),
            ("FR", "fr"),
            ("es-419", "es"),
            ("en-GB", "en"),
            ("it", "en"),
            ("", "en"),
        ] {
            assert_eq!(b.language(asked), read, "{asked}");
        }
        assert!(b.text("it").contains("Standing psoas stretch"));
        assert!(b.text("de").contains("Psoas-Dehnung im Stehen"));
        assert_eq!(
            b.display_path("it"),
            Path::new("routines/standing-psoas.ron")
        );
        assert_eq!(
            b.display_path("fr-CA"),
            Path::new("routines/fr/standing-psoas.ron")
        );
    }

    /// Every translation is the English routine with other words: the same steps with the same
    /// times, sides, repetitions, cues and sounds, so its session and its history are the same.
    #[test]
    fn every_translation_keeps_every_time_side_and_repetition_of_the_english() {
        use crate::engine::Plan;
        for bundled in ALL {
            let english = bundled.load(ENGLISH).unwrap();
            let plan = Plan::new(&english);
            for &(language, _) in &bundled.texts[1..] {
                let translated = bundled.load(language).unwrap();
                let what = format!("{} in {language}", bundled.id);
                assert_eq!(translated.steps.len(), english.steps.len(), "{what}");
                // Only the words differ: with the English words put back, it is the English.
                let mut words_back = translated.clone();
                words_back.name.clone_from(&english.name);
                words_back.summary.clone_from(&english.summary);
                words_back.author.clone_from(&english.author);
                words_back.safety.clone_from(&english.safety);
                // Each names the language it is written in.
                assert_eq!(
                    translated.language.as_ref().map(|l| l.tag.as_str()),
                    Some(language),
                    "{what}"
                );
                words_back.language.clone_from(&english.language);
                for (t, e) in words_back.steps.iter_mut().zip(&english.steps) {
                    assert_ne!(t.name, e.name, "{what}: {} is not translated", e.name);
                    assert_ne!(t.instructions, e.instructions, "{what}: {}", e.name);
                    t.name.clone_from(&e.name);
                    t.instructions.clone_from(&e.instructions);
                }
                assert_eq!(words_back, english, "{what}");
                for (t, e) in [
                    (&translated.name, &english.name),
                    (
                        translated.summary.as_ref().unwrap(),
                        english.summary.as_ref().unwrap(),
                    ),
                    (
                        translated.author.as_ref().unwrap(),
                        english.author.as_ref().unwrap(),
                    ),
                    (
                        translated.safety.as_ref().unwrap(),
                        english.safety.as_ref().unwrap(),
                    ),
                ] {
                    assert_ne!(t, e, "{what}: not translated");
                }
                // The plan too, but for the routine's name it carries.
                let translated_plan = Plan {
                    name: plan.name.clone(),
                    ..Plan::new(&translated)
                };
                assert_eq!(translated_plan, plan, "{what}");
            }
        }
    }

    #[test]
    fn arguments_name_files_or_bundled_routines() {
        assert_eq!(
            named("standing-psoas"),
            Named::Bundled(find("standing-psoas").unwrap())
        );
        assert_eq!(named("mine.ron"), Named::File(Path::new("mine.ron")));
        assert_eq!(
            named("folder/standing-psoas"),
            Named::File(Path::new("folder/standing-psoas"))
        );
        assert_eq!(named("psoas"), Named::Unknown);
    }

    #[test]
    fn ids_are_unique_and_found() {
        for bundled in ALL {
            assert_eq!(find(bundled.id), Some(bundled));
        }
        assert_eq!(find("no-such-routine"), None);
    }
}
