//! A routine named by the person, on the command line or when the app is launched: a path to a
//! `.ron` file, the name of a bundled routine, or the name of one of their own routines (its file
//! name without `.ron`). The command line and the app read such a name the same way, here.

use std::path::{Path, PathBuf};

use crate::bundled::{self, Bundled, Named};
use crate::home::Home;
use crate::progress::Source;
use crate::routine::{self, LoadError, Routine};

/// No routine has the name given, or several have the name the library shows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Unknown {
    /// The name as given.
    pub name: String,
    /// The names there are: the bundled routines', then the user's.
    pub known: Vec<String>,
    /// The routines shown under the name given, when there are several, each as the command line
    /// names it without doubt (a bundled routine's id, a file's name or path); empty when none is.
    pub same_name: Vec<String>,
}

impl std::fmt::Display for Unknown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = self.name.as_str();
        let said = if self.same_name.is_empty() {
            let known = self.known.join(", ");
            crate::tr!("cli-no-such-routine", name = name, known = known)
        } else {
            let routines = self.same_name.join(", ");
            crate::tr!("cli-routine-ambiguous", name = name, routines = routines)
        };
        f.write_str(&said)
    }
}

/// Which routine a name means, and the way back: the one identity of a routine
/// ([`crate::progress::Source`], a bundled routine's id or a file's path) as people and reminders
/// name it.
pub trait Resolve: Sized {
    /// Reads the name: an existing path or anything that looks like one is a file (as given, so
    /// that messages name it as the person did); otherwise a bundled routine's id, else one of
    /// the user's routines in `home` by its file's name, else the routine whose name the library
    /// shows (a bundled routine's in any language, "Psoas-Dehnung im Stehen", or a person's
    /// routine's, "Evening back"; case and spaces aside). A name several routines are shown
    /// under is refused with each of them named without doubt.
    fn from_arg(arg: &str, home: &Home) -> Result<Self, Unknown>;

    /// The routine as it is kept and compared (in the history, the library): a file by its
    /// absolute path, so that the same file is the same routine from any folder.
    fn settled(self) -> Self;

    /// The name [`Resolve::from_arg`] reads back as this routine: a bundled routine's id, one of
    /// the person's routines by its name, another file by its absolute path.
    fn argument(&self, home: &Home) -> String;

    /// As [`Resolve::argument`], with the person's routine files already listed
    /// (`Home::routine_files`): for naming many routines at once without reading the folder for
    /// each.
    fn argument_among(&self, files: &[PathBuf]) -> String;

    /// Loads and checks the routine (a bundled one in [`bundled_language`]).
    fn load(&self) -> Result<Routine, LoadError>;

    /// Loads and checks the routine and every file it names, as `check` does
    /// ([`crate::media::load`]); a bundled one in [`bundled_language`].
    fn load_checked(&self) -> Result<Routine, LoadError>;
}

impl Resolve for Source {
    fn from_arg(arg: &str, home: &Home) -> Result<Source, Unknown> {
        match bundled::named(arg) {
            Named::File(path) => Ok(Source::File(path.to_owned())),
            Named::Bundled(b) => Ok(Source::Bundled(b.id.to_owned())),
            Named::Unknown => {
                let files = home.routine_files();
                if let Some(file) = files.iter().find(|f| user_id(f) == arg) {
                    return Ok(Source::File(file.clone()));
                }
                let shown = shown_as(arg, &files);
                if let [only] = &shown[..] {
                    return Ok(only.clone());
                }
                Err(Unknown {
                    name: arg.to_owned(),
                    known: bundled::ALL
                        .iter()
                        .map(|b| b.id.to_owned())
                        .chain(files.iter().map(|f| user_id(f)))
                        .collect(),
                    same_name: shown.iter().map(|s| s.argument_among(&files)).collect(),
                })
            }
        }
    }

    fn settled(self) -> Source {
        match self {
            Source::File(path) => Source::File(settled_path(&path)),
            bundled => bundled,
        }
    }

    fn argument(&self, home: &Home) -> String {
        self.argument_among(&home.routine_files())
    }

    fn argument_among(&self, files: &[PathBuf]) -> String {
        match self {
            Source::Bundled(id) => id.clone(),
            Source::File(path) => {
                // One of the person's by its name, if `from_arg` reads the name back as this file:
                // not a path or a bundled routine, and the first of their files of that name.
                let name = user_id(path);
                let reads_back = matches!(bundled::named(&name), Named::Unknown)
                    && files.iter().find(|f| user_id(f) == name) == Some(path);
                if reads_back {
                    name
                } else {
                    std::fs::canonicalize(path)
                        .unwrap_or_else(|_| path.clone())
                        .to_string_lossy()
                        .into_owned()
                }
            }
        }
    }

    fn load(&self) -> Result<Routine, LoadError> {
        match self {
            Source::File(path) => routine::load(path),
            Source::Bundled(id) => bundled_routine(id)?.load(&bundled_language()),
        }
    }

    fn load_checked(&self) -> Result<Routine, LoadError> {
        match self {
            Source::File(path) => crate::media::load(path),
            Source::Bundled(id) => bundled_routine(id)?.load(&bundled_language()),
        }
    }
}

/// The routines the library shows under `name`: bundled ones by their name in any language, then
/// the person's `files` by the name inside them; each once.
fn shown_as(name: &str, files: &[PathBuf]) -> Vec<Source> {
    let wanted = comparable(name);
    let mut found: Vec<Source> = bundled::ALL
        .iter()
        .filter(|b| {
            b.texts.iter().any(|&(language, _)| {
                b.load(language)
                    .is_ok_and(|r| comparable(&r.name) == wanted)
            })
        })
        .map(|b| Source::Bundled(b.id.to_owned()))
        .collect();
    found.extend(
        files
            .iter()
            .filter(|f| routine::load(f).is_ok_and(|r| comparable(&r.name) == wanted))
            .map(|f| Source::File(f.clone())),
    );
    found
}

/// A routine's name as names are compared: lower case, its words one space apart.
fn comparable(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The language a bundled routine is read in: the program's (the current thread's, see
/// [`crate::l10n`]), so that the library, the overview, the player, the handout and the command
/// line show it in the words around it; English where it has no translation.
pub fn bundled_language() -> String {
    crate::l10n::language().to_string()
}

/// Sessions of bundled routines named as the routine and its steps are called in the program's
/// language now, whatever language they were done in: "Psoas-Dehnung im Stehen" and "Standing
/// psoas stretch" are one routine (`standing-psoas`), listed once in History and in the report,
/// and its step 3 is called alike in every session. (The translations of a bundled routine have
/// the same steps in the same order: a test in the core keeps them so.) Sessions of a file keep
/// the names they were recorded with.
pub fn name_in_language(records: &mut [crate::progress::SessionRecord]) {
    let language = bundled_language();
    let mut routines: std::collections::HashMap<String, Option<crate::routine::Routine>> =
        std::collections::HashMap::new();
    for record in records {
        let Source::Bundled(id) = &record.source else {
            continue;
        };
        let routine = routines
            .entry(id.clone())
            .or_insert_with(|| bundled::find(id)?.load(&language).ok());
        let Some(routine) = routine else {
            continue;
        };
        record.routine.clone_from(&routine.name);
        for holds in &mut record.holds {
            if let Some(step) = routine.steps.get(holds.step) {
                holds.name.clone_from(&step.name);
            }
        }
    }
}

/// A routine file's path as it is kept and compared: absolute (as it was given if it cannot be).
pub fn settled_path(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// The bundled routine `id`: one a session of an older version was of may be gone.
fn bundled_routine(id: &str) -> Result<&'static Bundled, LoadError> {
    bundled::find(id).ok_or_else(|| LoadError::Io {
        path: PathBuf::from(id),
        kind: std::io::ErrorKind::NotFound,
        reason: crate::tr!("cli-no-such-bundled-routine"),
    })
}

/// The name by which one of the user's routines is known: its file name without `.ron`.
pub fn user_id(file: &Path) -> String {
    file.file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bundled_routine_s_sessions_are_named_in_the_language_spoken_now() {
        use crate::progress::{LocalTime, RoutineHash, SessionRecord, StepHolds};
        let holds = |step: usize, name: &str| StepHolds {
            step,
            name: name.to_owned(),
            side: None,
            planned: 1,
            done: 1,
        };
        let record = |source: Source, routine: &str| SessionRecord {
            routine: routine.to_owned(),
            source,
            routine_hash: RoutineHash::of(b"x"),
            started_at: LocalTime::new(jiff::Timestamp::UNIX_EPOCH, jiff::tz::Offset::UTC),
            ended_at: None,
            outcome: None,
            seconds: 0,
            holds: vec![
                holds(0, "Standing pelvic tilts"),
                holds(1, "Standing psoas stretch"),
            ],
            pain_before: None,
            pain_after: None,
            effort: None,
            note: String::new(),
        };
        let mut records = vec![
            record(
                Source::Bundled("standing-psoas".to_owned()),
                "Standing psoas stretch",
            ),
            record(Source::File(PathBuf::from("/mine.ron")), "My own"),
        ];
        crate::l10n::speaking("de", || name_in_language(&mut records));
        assert_eq!(records[0].routine, "Psoas-Dehnung im Stehen");
        assert_eq!(records[0].holds[0].name, "Beckenkippen im Stehen");
        assert_eq!(
            records[1].routine, "My own",
            "a file's sessions keep their names"
        );
        assert_eq!(records[1].holds[0].name, "Standing pelvic tilts");
    }

    #[test]
    fn a_name_is_a_file_a_bundled_routine_or_one_of_the_users() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        let routines = home.ensure_routines().unwrap();
        let mine = routines.join("morning.ron");
        std::fs::write(&mine, "").unwrap();

        let elsewhere = Source::from_arg("elsewhere/x.ron", &home);
        assert_eq!(
            elsewhere,
            Ok(Source::File(PathBuf::from("elsewhere/x.ron")))
        );
        let absolute = std::path::absolute("elsewhere/x.ron").unwrap();
        assert_eq!(elsewhere.unwrap().settled(), Source::File(absolute));
        let first = &bundled::ALL[0];
        assert_eq!(
            Source::from_arg(first.id, &home),
            Ok(Source::Bundled(first.id.to_owned()))
        );
        assert_eq!(Source::from_arg("morning", &home), Ok(Source::File(mine)));
        let unknown = Source::from_arg("evening", &home).unwrap_err();
        assert_eq!(unknown.name, "evening");
        assert_eq!(unknown.known.first().map(String::as_str), Some(first.id));
        assert_eq!(unknown.known.last().map(String::as_str), Some("morning"));
    }

    #[test]
    fn a_routine_is_named_so_that_the_name_reads_back_as_the_same_routine() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(&dir.path().join("home"));
        let mine = home.ensure_routines().unwrap().join("evening hips.ron");
        std::fs::write(&mine, "").unwrap();
        let elsewhere = dir.path().join("from therapist.ron");
        std::fs::write(&elsewhere, "").unwrap();
        let bundled = Source::Bundled(bundled::ALL[0].id.to_owned());
        assert_eq!(Source::File(mine.clone()).argument(&home), "evening hips");
        for source in [Source::File(mine), Source::File(elsewhere), bundled] {
            let name = source.argument(&home);
            assert_eq!(
                Source::from_arg(&name, &home).as_ref(),
                Ok(&source),
                "{name}"
            );
        }
    }
}
