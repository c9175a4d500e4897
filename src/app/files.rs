//! The app's file jobs: the file dialog on its own thread, opening a routine named or picked,
//! importing and exporting shared routines, writing handouts into the user's folder, and
//! watching the user's routines for changes.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{TryRecvError, channel};

use super::ask::Ask;
use super::library::Origin;
use super::{Screen, StretchApp};
use crate::home::RoutineWatcher;
use crate::resolve::Source;
use crate::routine::Routine;
use crate::{handout, home, save, share};

impl StretchApp {
    /// The routine named on the command line, added to the library if it is a file; `None`, with
    /// a notice, if there is none of that name.
    pub(super) fn find_or_open(&mut self, arg: &str) -> Option<Origin> {
        match Source::from_arg(arg, &self.deps.home) {
            Ok(Source::File(path)) => Some(self.library.open(&path)),
            Ok(Source::Bundled(b)) => self.library.find(b.id),
            Err(unknown) => {
                self.notice = Some(format!("There is no routine named \"{}\".", unknown.name));
                None
            }
        }
    }

    /// Asks for a file with the system's dialog, on its own thread.
    pub(super) fn pick_file(&mut self) {
        let (tx, rx) = channel();
        let spawned = std::thread::Builder::new()
            .name("stretch-timer-file-dialog".to_owned())
            .spawn(move || {
                let picked = rfd::FileDialog::new()
                    .set_title("Open a routine")
                    .add_filter("Routine, or a shared routine", &["ron", "zip"])
                    .pick_file();
                let _ = tx.send(picked);
            });
        match spawned {
            Ok(_) => self.picking = Some(rx),
            Err(e) => self.notice = Some(format!("The file dialog could not open: {e}")),
        }
    }

    /// Opens the file picked, once the dialog has closed.
    pub(super) fn poll_file_dialog(&mut self) {
        let Some(rx) = &self.picking else { return };
        match rx.try_recv() {
            Ok(Some(path)) => {
                self.picking = None;
                self.open_path(&path);
            }
            // Cancelled, or no dialog could be shown (no desktop portal): the path field stays.
            Ok(None) => self.picking = None,
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => {
                self.picking = None;
                self.notice = Some(
                    "No file dialog is available here; start stretch-timer with the file's path instead: stretch-timer PATH".to_owned(),
                );
            }
        }
    }

    /// Opens a routine file from anywhere, or imports a shared routine (a zip).
    pub(super) fn open_path(&mut self, path: &Path) {
        if is_package(&path.to_string_lossy()) {
            self.import(path, share::OnClash::Refuse);
            return;
        }
        let origin = self.library.open(path);
        self.show(origin);
    }

    /// Imports a shared routine into the user's routines; if one of that name is there, asks.
    pub(super) fn import(&mut self, package: &Path, on_clash: share::OnClash) {
        let routines = match self.deps.home.ensure_routines() {
            Ok(dir) => dir,
            Err(e) => {
                self.notice = Some(format!("Could not import: {e}"));
                return;
            }
        };
        match share::import(package, &routines, on_clash) {
            Ok(imported) => {
                self.refresh_user();
                self.notice = Some(format!(
                    "Imported \"{}\"{}.",
                    imported.name,
                    if imported.replaced {
                        ", in place of yours"
                    } else if imported.renamed {
                        ", next to the one you had"
                    } else {
                        ""
                    }
                ));
                self.go(Screen::Overview(Origin::User(imported.path)));
            }
            // The error says what is there; the app asks what to do about it.
            Err(e @ share::ShareError::Clash { .. }) => {
                self.ask = Some(Ask::ImportClash {
                    package: package.to_owned(),
                    message: format!(
                        "{e}. Keep both (the new one gets another name), or replace yours with the one being imported?"
                    ),
                });
            }
            Err(e) => self.notice = Some(format!("Could not import: {e}")),
        }
    }

    /// Writes the routine's printable handout into the user's folder and opens it in the browser.
    pub(super) fn write_handout(&mut self, routine: &Routine, ctx: &egui::Context) {
        let Some(dir) = self.output_folder("handouts") else {
            return;
        };
        let path = dir.join(format!("{}.html", home::slug(&routine.name)));
        let handout = handout::render(routine);
        match save::write_atomic(&path, handout.html.as_bytes()) {
            Ok(()) => {
                let missing = if handout.problems.is_empty() {
                    String::new()
                } else {
                    format!(
                        " ({} pictures could not be included)",
                        handout.problems.len()
                    )
                };
                self.notice = Some(format!(
                    "The handout is in {}{missing}; it opens in your browser, to print.",
                    path.display()
                ));
                ctx.open_url(egui::OpenUrl::new_tab(file_url(&path)));
            }
            Err(e) => self.notice = Some(format!("Could not write the handout: {e}")),
        }
    }

    /// Writes a routine file and the files it names into one package, in the user's folder.
    pub(super) fn export(&mut self, origin: &Origin) {
        let Some(path) = origin.path() else { return };
        let Some(dir) = self.output_folder("exports") else {
            return;
        };
        let Some(Ok(routine)) = self.library.get(origin).map(|e| e.routine.clone()) else {
            return;
        };
        let out = dir.join(share::package_file_name(&routine));
        match share::export(path, &out) {
            Ok(exported) => {
                self.notice = Some(format!(
                    "Exported \"{}\" to {}: send this one file to your client, who opens it with \"{}\".",
                    exported.name,
                    exported.path.display(),
                    share::IMPORT_BUTTON
                ));
            }
            Err(e) => self.notice = Some(format!("Could not export: {e}")),
        }
    }

    /// Where the person's exports and handouts go: a folder of the user's folder, made if need be.
    pub(super) fn output_folder(&mut self, name: &str) -> Option<PathBuf> {
        let dir = self.deps.home.root().join(name);
        match std::fs::create_dir_all(&dir) {
            Ok(()) => Some(dir),
            Err(e) => {
                self.notice = Some(format!(
                    "Could not create the folder {}: {e}",
                    dir.display()
                ));
                None
            }
        }
    }

    /// Starts watching the user's routines (once there is a window to wake), and reads them again
    /// when they changed. If watching cannot start, the library says so.
    pub(super) fn watch(&mut self, ctx: &egui::Context) {
        if self.watcher.is_none() {
            let changed = Arc::clone(&self.changed);
            let ctx = ctx.clone();
            let started = self
                .deps
                .home
                .ensure_routines()
                .map_err(|e| e.to_string())
                .and_then(|dir| {
                    RoutineWatcher::start(&dir, move || {
                        changed.store(true, Ordering::Release);
                        ctx.request_repaint();
                    })
                    .map_err(|e| e.to_string())
                });
            self.watcher = Some(started);
        }
        if self.changed.swap(false, Ordering::AcqRel) {
            self.refresh_user();
        }
    }

    /// What the person should know about their folder, for the library: drafts that could not be
    /// read, and changes that will not show.
    pub(super) fn folder_warnings(&self) -> Vec<String> {
        let mut warnings = self.drafts.warnings();
        if let Some(Err(e)) = &self.watcher {
            warnings.push(format!(
                "Changes to your routine files will not show until stretch-timer is started again: {e}"
            ));
        }
        warnings
    }
}

/// A `file://` address for a local file, for the browser.
pub(super) fn file_url(path: &Path) -> String {
    let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    format!("file://{}", absolute.display())
}

/// Whether a path names a shared routine (a `.zip` package) rather than a routine file.
pub(super) fn is_package(path: &str) -> bool {
    Path::new(path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(share::EXTENSION))
}
