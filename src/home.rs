//! The user's own folder: their routines (written in the app, by hand, or imported), and drafts.
//!
//! Where it is: `--home DIR` if given, else the environment variable `STRETCH_TIMER_HOME`, else
//! the platform's data directory (on Linux `$XDG_DATA_HOME/stretch-timer`, usually
//! `~/.local/share/stretch-timer`). Nothing is created until it is first needed.
//!
//! ```text
//! HOME/
//!   routines/            the user's routines, listed in the library
//!     morning.ron        a routine on its own
//!     hip-release/       a routine with its images and recordings (as imported)
//!       hip-release.ron
//!       images/bench.png
//!   drafts/              editor work not yet saved (JSON, one file per routine being edited)
//! ```

use std::ffi::OsStr;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The environment variable that moves the user's folder (tests, portable installs).
pub const HOME_VAR: &str = "STRETCH_TIMER_HOME";

/// Why the user's folder could not be found or made.
#[derive(Debug, thiserror::Error)]
pub enum HomeError {
    /// The platform names no data directory (no home directory for this user).
    #[error("{}", crate::tr!("home-no-folder", variable = HOME_VAR))]
    NoDataDir,
    /// A folder could not be created.
    #[error("{}", crate::tr!("files-folder-not-made", folder = path.display().to_string(), reason = crate::fault::io_words(source)))]
    Create {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
}

/// The user's folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Home {
    root: PathBuf,
}

impl Home {
    /// The folder to use: `flag` (from `--home`), else `STRETCH_TIMER_HOME`, else the platform's.
    pub fn locate(flag: Option<&Path>) -> Result<Home, HomeError> {
        if let Some(dir) = flag {
            return Ok(Home::at(dir));
        }
        if let Some(dir) = std::env::var_os(HOME_VAR).filter(|v| !v.is_empty()) {
            return Ok(Home::at(Path::new(&dir)));
        }
        directories::ProjectDirs::from("", "", "stretch-timer")
            .map(|dirs| Home::at(dirs.data_dir()))
            .ok_or(HomeError::NoDataDir)
    }

    /// The folder at `root`, as given.
    pub fn at(root: &Path) -> Home {
        Home {
            root: root.to_owned(),
        }
    }

    /// The folder itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the user's routines are (it may not exist yet).
    pub fn routines(&self) -> PathBuf {
        self.root.join("routines")
    }

    /// Where unsaved editor work is kept (it may not exist yet).
    pub fn drafts(&self) -> PathBuf {
        self.root.join("drafts")
    }

    /// The routines folder, created if it does not exist.
    pub fn ensure_routines(&self) -> Result<PathBuf, HomeError> {
        ensure(self.routines())
    }

    /// The drafts folder, created if it does not exist.
    pub fn ensure_drafts(&self) -> Result<PathBuf, HomeError> {
        ensure(self.drafts())
    }

    /// Keeps editor work that is not saved yet, under `id` (atomically: a crash while writing
    /// leaves the previous draft).
    pub fn save_draft(&self, id: &str, draft: &DraftFile) -> Result<(), DraftError> {
        let dir = self.ensure_drafts()?;
        let json = serde_json::to_vec_pretty(draft).map_err(DraftError::Encode)?;
        crate::save::write_atomic(&dir.join(format!("{id}.json")), &json)?;
        Ok(())
    }

    /// Forgets the draft kept under `id` (saved, or discarded). No draft is no error.
    pub fn remove_draft(&self, id: &str) -> Result<(), DraftError> {
        match fs::remove_file(self.drafts().join(format!("{id}.json"))) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(DraftError::Remove(e)),
            _ => Ok(()),
        }
    }

    /// Every draft kept, by id, sorted by name, and the files in the drafts folder that could not be
    /// read as drafts (left alone: they may be from a newer version; the person is told).
    pub fn drafts_kept(&self) -> KeptDrafts {
        let mut kept = KeptDrafts::default();
        for path in read_dir_sorted(&self.drafts()) {
            if path.extension() != Some(OsStr::new("json")) {
                continue;
            }
            let read = || -> Option<(String, DraftFile)> {
                let id = path.file_stem()?.to_str()?.to_owned();
                let draft = serde_json::from_slice(&fs::read(&path).ok()?).ok()?;
                Some((id, draft))
            };
            match read() {
                Some(draft) => kept.drafts.push(draft),
                None => kept.unreadable.push(path),
            }
        }
        kept
    }

    /// Every routine file in the routines folder: see [`routine_files_in`].
    pub fn routine_files(&self) -> Vec<PathBuf> {
        routine_files_in(&self.routines())
    }
}

/// Watches a folder of routines and calls back when files in it change, once per burst of changes
/// however many files change at once (a folder copied in is one call). Reading a file is not a
/// change: the app reads the folder after every call, and must not wake itself. Watching stops when
/// this is dropped.
pub struct RoutineWatcher {
    /// Dropping it closes the channel, which ends the burst thread.
    _watcher: notify::RecommendedWatcher,
}

/// How changes are gathered into bursts: one report once the folder has been quiet for `quiet`
/// (an editor's save is several events; a copied folder, hundreds), or after `longest` all the
/// same, so a folder that never stops changing is still shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Debounce {
    /// How long the folder must be quiet before a burst is reported.
    pub quiet: std::time::Duration,
    /// The longest a burst is gathered before it is reported all the same.
    pub longest: std::time::Duration,
}

impl Default for Debounce {
    /// The app's: 300 ms of quiet, at most 2 s.
    fn default() -> Self {
        Debounce {
            quiet: std::time::Duration::from_millis(300),
            longest: std::time::Duration::from_secs(2),
        }
    }
}

impl RoutineWatcher {
    /// Starts watching `dir` and everything in it (the folder must exist). `on_change` is called
    /// on the watcher's thread after files were created, written, renamed or removed, once per
    /// burst as `debounce` gathers them.
    pub fn start(
        dir: &Path,
        debounce: Debounce,
        on_change: impl Fn() + Send + 'static,
    ) -> Result<RoutineWatcher, notify::Error> {
        use notify::Watcher as _;

        let (tx, rx) = std::sync::mpsc::channel();
        let mut watcher = notify::recommended_watcher(move |event| {
            // The receiving thread ends only when the watcher is dropped: nothing to report.
            let _ = tx.send(event);
        })?;
        watcher.watch(dir, notify::RecursiveMode::Recursive)?;
        std::thread::Builder::new()
            .name("stretch-timer-watch".to_owned())
            .spawn(move || report_bursts(&rx, debounce, &on_change))
            .map_err(notify::Error::io)?;
        Ok(RoutineWatcher { _watcher: watcher })
    }
}

/// Whether an event from the watcher means the folder's contents may differ. An error (say, too
/// many files to watch) still means: look again.
fn is_change(event: &notify::Result<notify::Event>) -> bool {
    use notify::EventKind;
    use notify::event::{AccessKind, AccessMode};

    match event {
        Err(_) => true,
        Ok(event) => match event.kind {
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
            EventKind::Access(_) => false,
            _ => true,
        },
    }
}

/// Calls `on_change` once for each burst of changes: after the first change, when the folder has
/// been quiet for `debounce.quiet` (or at the latest after `debounce.longest`).
fn report_bursts(
    rx: &std::sync::mpsc::Receiver<notify::Result<notify::Event>>,
    debounce: Debounce,
    on_change: &dyn Fn(),
) {
    use std::sync::mpsc::RecvTimeoutError;

    while let Ok(event) = rx.recv() {
        if !is_change(&event) {
            continue;
        }
        let started = std::time::Instant::now();
        loop {
            let left = debounce.longest.saturating_sub(started.elapsed());
            match rx.recv_timeout(debounce.quiet.min(left)) {
                Ok(_) if !left.is_zero() => {}
                Ok(_) | Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        on_change();
    }
}

/// What the drafts folder holds.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct KeptDrafts {
    /// Unsaved editor work, by id.
    pub drafts: Vec<(String, DraftFile)>,
    /// Files that could not be read as drafts.
    pub unreadable: Vec<PathBuf>,
}

/// Unsaved editor work, as kept in the drafts folder.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DraftFile {
    /// The file the work is meant for; `None` for a routine never saved.
    pub target: Option<PathBuf>,
    /// The work itself, valid or not.
    pub draft: crate::routine::draft::Draft,
}

/// Why a draft could not be kept or removed.
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    /// The drafts folder could not be made.
    #[error(transparent)]
    Folder(#[from] HomeError),
    /// The draft could not be encoded.
    #[error("{}", crate::tr!("home-draft-not-encoded", reason = .0.to_string()))]
    Encode(serde_json::Error),
    /// The draft could not be written.
    #[error(transparent)]
    Write(#[from] crate::save::SaveError),
    /// The draft could not be removed.
    #[error("{}", crate::tr!("home-draft-not-removed", reason = crate::fault::io_words(.0)))]
    Remove(io::Error),
}

/// Every routine file in `dir`: `*.ron` at its top, and `*.ron` one folder down (a routine kept
/// with its images). Sorted by path; hidden files are skipped. A folder that does not exist or
/// cannot be read has none.
pub fn routine_files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in read_dir_sorted(dir) {
        if entry.is_dir() {
            files.extend(
                read_dir_sorted(&entry)
                    .into_iter()
                    .filter(|p| is_routine(p)),
            );
        } else if is_routine(&entry) {
            files.push(entry);
        }
    }
    files
}

/// Whether `path` names a routine file by its name: `*.ron`, not hidden.
pub fn is_routine(path: &Path) -> bool {
    let hidden = path
        .file_name()
        .and_then(OsStr::to_str)
        .is_some_and(|n| n.starts_with('.'));
    !hidden && path.extension() == Some(OsStr::new("ron")) && !path.is_dir()
}

fn ensure(dir: PathBuf) -> Result<PathBuf, HomeError> {
    match fs::create_dir_all(&dir) {
        Ok(()) => Ok(dir),
        Err(source) => Err(HomeError::Create { path: dir, source }),
    }
}

fn read_dir_sorted(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .and_then(OsStr::to_str)
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    paths.sort();
    paths
}

/// A file name for a routine called `name`: lower case letters, digits and dashes, at most 60
/// characters, never empty (`"Morning psoas (gentle)"` → `morning-psoas-gentle`). A name with
/// neither letters nor digits (emoji only, say) is named by its characters' code points
/// (`"🧘"` → `routine-1f9d8`), so two such names do not get the same file name.
pub fn slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.chars().count() >= 60 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    if !slug.is_empty() {
        return slug.to_owned();
    }
    let points: Vec<String> = name
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(8)
        .map(|c| format!("{:x}", u32::from(c)))
        .collect();
    if points.is_empty() {
        "routine".to_owned()
    } else {
        format!("routine-{}", points.join("-"))
    }
}

/// A path in `dir` named after `stem` that nothing uses yet: `stem.ron`, else `stem-2.ron`, ….
/// A folder `stem/` counts as using the name too.
pub fn free_path(dir: &Path, stem: &str) -> PathBuf {
    (1..)
        .map(|n| {
            if n == 1 {
                stem.to_owned()
            } else {
                format!("{stem}-{n}")
            }
        })
        .map(|s| (dir.join(format!("{s}.ron")), dir.join(&s)))
        .find(|(file, folder)| !file.exists() && !folder.exists())
        .map(|(file, _)| file)
        .unwrap_or_else(|| dir.join(format!("{stem}.ron")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins_over_the_environment() {
        let home = Home::locate(Some(Path::new("/tmp/elsewhere"))).unwrap();
        assert_eq!(home.routines(), Path::new("/tmp/elsewhere/routines"));
    }

    #[test]
    fn a_real_file_change_is_noticed() {
        let dir = tempfile::tempdir().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let _watcher = RoutineWatcher::start(dir.path(), Debounce::default(), move || {
            let _ = tx.send(());
        })
        .unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        fs::write(dir.path().join("sub/a.ron"), "Routine()").unwrap();
        let wait = std::time::Duration::from_secs(10);
        rx.recv_timeout(wait).expect("a change within 10 s");
        while rx.try_recv().is_ok() {}
        fs::write(dir.path().join("sub/a.ron"), "Routine(format: 1)").unwrap();
        rx.recv_timeout(wait)
            .expect("a change to a file in a folder made after watching started");
    }

    #[test]
    fn reading_the_files_is_not_a_change() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.ron"), "Routine()").unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let _watcher = RoutineWatcher::start(dir.path(), Debounce::default(), move || {
            let _ = tx.send(());
        })
        .unwrap();
        // As the app does after each change: read every routine file.
        for _ in 0..3 {
            assert_eq!(
                fs::read_to_string(dir.path().join("a.ron")).unwrap(),
                "Routine()"
            );
            let _ = routine_files_in(dir.path());
        }
        let quiet = Debounce::default().quiet * 3;
        assert!(
            rx.recv_timeout(quiet).is_err(),
            "reading is not reported as a change"
        );
    }

    #[test]
    fn many_files_changed_at_once_are_one_change() {
        let dir = tempfile::tempdir().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        // Quiet for longer than any pause between two writes on a loaded machine, so that the
        // copy is one burst however busy the machine is.
        let debounce = Debounce {
            quiet: std::time::Duration::from_secs(2),
            longest: std::time::Duration::from_secs(60),
        };
        let _watcher = RoutineWatcher::start(dir.path(), debounce, move || {
            let _ = tx.send(());
        })
        .unwrap();
        // A therapist's folder of 500 routines copied in.
        for i in 0..500 {
            fs::write(dir.path().join(format!("r{i}.ron")), "Routine()").unwrap();
        }
        rx.recv_timeout(std::time::Duration::from_secs(30))
            .expect("the copy is noticed");
        assert!(
            rx.recv_timeout(debounce.quiet * 2).is_err(),
            "500 files written at once are reported once"
        );
    }

    #[test]
    fn drafts_are_kept_until_removed() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        assert!(home.drafts_kept().drafts.is_empty());
        let kept = DraftFile {
            target: Some(home.routines().join("a.ron")),
            draft: crate::routine::draft::Draft {
                name: "Half-typed \"name".to_owned(),
                ..Default::default()
            },
        };
        home.save_draft("a", &kept).unwrap();
        fs::write(home.drafts().join("broken.json"), "{").unwrap();
        let found = home.drafts_kept();
        assert_eq!(found.drafts, [("a".to_owned(), kept)]);
        assert_eq!(found.unreadable, [home.drafts().join("broken.json")]);
        home.remove_draft("a").unwrap();
        home.remove_draft("a").unwrap();
        assert!(home.drafts_kept().drafts.is_empty());
    }

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("Morning psoas (gentle)"), "morning-psoas-gentle");
        assert_eq!(slug("  ../../etc/passwd "), "etc-passwd");
        assert_eq!(slug("Étirement du psoas"), "étirement-du-psoas");
        assert_eq!(slug("!!!"), "routine-21-21-21");
        assert_eq!(slug("🧘"), "routine-1f9d8");
        assert_ne!(slug("🧘"), slug("🌅"));
        assert_eq!(slug(" "), "routine");
        assert_eq!(slug(&"a".repeat(100)).len(), 60);
    }

    #[test]
    fn routine_files_are_found_at_the_top_and_one_folder_down() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        assert!(home.routine_files().is_empty(), "no folder yet: no files");
        let routines = home.ensure_routines().unwrap();
        fs::write(routines.join("b.ron"), "").unwrap();
        fs::write(routines.join(".b.ron.tmp"), "").unwrap();
        fs::write(routines.join("notes.txt"), "").unwrap();
        fs::create_dir(routines.join("a")).unwrap();
        fs::write(routines.join("a/a.ron"), "").unwrap();
        fs::create_dir_all(routines.join("a/deeper")).unwrap();
        fs::write(routines.join("a/deeper/c.ron"), "").unwrap();
        assert_eq!(
            home.routine_files(),
            [routines.join("a/a.ron"), routines.join("b.ron")]
        );
        assert_eq!(free_path(&routines, "b"), routines.join("b-2.ron"));
        assert_eq!(free_path(&routines, "a"), routines.join("a-2.ron"));
        assert_eq!(free_path(&routines, "z"), routines.join("z.ron"));
    }
}
