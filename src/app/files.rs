//! The app's file jobs: the file dialog on its own thread, opening a routine named or picked,
//! importing and exporting shared routines, writing handouts into the user's folder, and
//! watching the user's routines for changes.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Duration;

use super::ask::Ask;
use super::dialogs::FileRequest;
use super::library::Origin;
use super::notice::{self, Notice};
use super::{Screen, StretchApp, fix};
use crate::home::{Debounce, RoutineWatcher};
use crate::resolve::Source;
use crate::routine::Routine;
use crate::{handout, home, save, share};

/// A "nothing chosen" from the file dialog sooner than this after it was asked for means it could
/// not be shown: a person takes longer to cancel one.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(400);

/// What a file dialog is for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Dialog {
    /// A routine or a shared routine to open.
    Open,
    /// Where to save a copy of this file (a package just exported).
    SaveCopy(PathBuf),
}

/// The app's file jobs that run on threads of their own, and what they found.
#[derive(Default)]
pub(super) struct Jobs {
    /// The file dialog being shown: what for, when it was asked for (app time), and its answer.
    dialog: Option<(Dialog, Duration, Receiver<Option<PathBuf>>)>,
    /// "Open folder" being carried out: why it failed, if it does.
    opening: Option<Receiver<String>>,
}

impl Jobs {
    /// Whether something runs that the app must look at again soon.
    pub(super) fn busy(&self) -> bool {
        self.dialog.is_some() || self.opening.is_some()
    }
}

impl StretchApp {
    /// The routine named on the command line, added to the library if it is a file; `None`, with
    /// a notice, if there is none of that name.
    pub(super) fn find_or_open(&mut self, arg: &str) -> Option<Origin> {
        match Source::from_arg(arg, &self.shared.deps.home) {
            Ok(Source::File(path)) => Some(self.shared.library.open(&path)),
            Ok(Source::Bundled(b)) => self.shared.library.find(b.id),
            Err(unknown) => {
                self.shared.notice = Some(Notice::warning(format!(
                    "There is no routine named \"{}\".",
                    unknown.name
                )));
                None
            }
        }
    }

    /// Asks for a routine or a shared routine to open with the system's dialog, on its own
    /// thread; where none can be shown, for its path.
    pub(super) fn pick_file(&mut self) {
        self.file_dialog(Dialog::Open, None);
    }

    /// Shows the system's file dialog for `dialog` on its own thread; where there is none, the
    /// notice asks for the path instead. `name` is the file name to suggest when saving.
    fn file_dialog(&mut self, dialog: Dialog, name: Option<String>) {
        let Some(dialogs) = self.shared.deps.dialogs.clone() else {
            self.ask_for_path(&dialog, None);
            return;
        };
        let (tx, rx) = channel();
        let request = match &dialog {
            Dialog::Open => FileRequest::OpenRoutine,
            Dialog::SaveCopy(_) => FileRequest::SaveCopy {
                name: name.unwrap_or_default(),
            },
        };
        let spawned = std::thread::Builder::new()
            .name("stretch-timer-file-dialog".to_owned())
            .spawn(move || {
                let _ = tx.send(dialogs.ask(request));
            });
        match spawned {
            Ok(_) => self.jobs.dialog = Some((dialog, self.shared.deps.clock.now(), rx)),
            Err(e) => self.ask_for_path(&dialog, Some(&e.to_string())),
        }
    }

    /// Says that no file dialog could be shown (and why, if known), with a field for the path.
    fn ask_for_path(&mut self, dialog: &Dialog, why: Option<&str>) {
        let why = why.map_or_else(String::new, |w| format!(" ({w})"));
        let (text, purpose, typed) = match dialog {
            Dialog::Open => (
                format!(
                    "No file dialog can be shown here{why}. Type or paste the path of the routine \
                     (.ron) or shared routine (.zip) to open:"
                ),
                notice::PathFor::Open,
                String::new(),
            ),
            Dialog::SaveCopy(file) => (
                format!(
                    "No file dialog can be shown here{why}. Type where to save a copy of {}:",
                    notice::short_place(file)
                ),
                notice::PathFor::CopyOf(file.clone()),
                directories::UserDirs::new()
                    .map(|d| d.home_dir().to_owned())
                    .zip(file.file_name())
                    .map(|(dir, name)| dir.join(name).display().to_string())
                    .unwrap_or_default(),
            ),
        };
        self.shared.notice = Some(Notice::News(
            text,
            notice::More::TypePath { purpose, typed },
        ));
    }

    /// Takes the file dialog's answer once it has closed, and whether "Open folder" failed.
    pub(super) fn poll_file_dialog(&mut self) {
        if let Some(rx) = &self.jobs.opening {
            match rx.try_recv() {
                Ok(failed) => {
                    self.jobs.opening = None;
                    self.shared.notice = Some(Notice::warning(failed));
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.jobs.opening = None,
            }
        }
        let Some((dialog, shown_at, rx)) = &self.jobs.dialog else {
            return;
        };
        let answer = match rx.try_recv() {
            Ok(answer) => Some(answer),
            Err(TryRecvError::Empty) => return,
            // The dialog's thread ended without an answer: it panicked.
            Err(TryRecvError::Disconnected) => None,
        };
        let dialog = dialog.clone();
        let unanswered = answer.is_none();
        // rfd answers "nothing chosen" both when the person cancels and when no dialog could be
        // shown (no desktop portal, no zenity); nobody cancels a dialog this fast.
        let quick = self.shared.deps.clock.now().saturating_sub(*shown_at) < NO_DIALOG_WITHIN;
        self.jobs.dialog = None;
        match (answer.flatten(), dialog) {
            (Some(path), Dialog::Open) => self.open_path(&path),
            (Some(path), Dialog::SaveCopy(file)) => self.save_copy(&file, &path),
            (None, dialog) if quick || unanswered => self.ask_for_path(&dialog, None),
            (None, _) => {}
        }
    }

    /// What the notice was asked for.
    pub(super) fn notice_action(&mut self, action: notice::NoticeAction, ctx: &egui::Context) {
        match action {
            notice::NoticeAction::Dismiss => self.shared.notice = None,
            notice::NoticeAction::OpenFolder(file) => self.open_folder(&file, ctx),
            notice::NoticeAction::SaveAs(file) => {
                let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
                self.file_dialog(Dialog::SaveCopy(file), name);
            }
            notice::NoticeAction::Typed(notice::PathFor::Open, path) => {
                self.shared.notice = None;
                self.open_path(&path);
            }
            notice::NoticeAction::Typed(notice::PathFor::CopyOf(file), path) => {
                self.save_copy(&file, &path);
            }
        }
    }

    /// Puts a copy of `file` (a package just exported) at `to`, a file or a folder.
    fn save_copy(&mut self, file: &Path, to: &Path) {
        let to = match (to.is_dir(), file.file_name()) {
            (true, Some(name)) => to.join(name),
            _ => to.to_owned(),
        };
        let copied = std::fs::read(file)
            .map_err(|e| e.to_string())
            .and_then(|bytes| save::write_atomic(&to, &bytes).map_err(|e| e.to_string()));
        match copied {
            Ok(()) => {
                self.shared.notice = Some(Notice::News(
                    format!("Saved a copy as {}.", notice::short_place(&to)),
                    notice::More::Written {
                        file: to,
                        save_as: false,
                    },
                ))
            }
            Err(e) => {
                self.shared.notice = Some(Notice::warning(format!(
                    "Could not save a copy as {}: {e}",
                    to.display()
                )));
            }
        }
    }

    /// Shows the folder holding `file` with the desktop's opener; says so if that fails.
    fn open_folder(&mut self, file: &Path, ctx: &egui::Context) {
        let folder = file.parent().unwrap_or(file).to_owned();
        #[cfg(target_os = "linux")]
        {
            let _ = ctx;
            let (tx, rx) = channel();
            let shown = folder.clone();
            let spawned = std::thread::Builder::new()
                .name("stretch-timer-open-folder".to_owned())
                .spawn(move || {
                    let failed = match std::process::Command::new("xdg-open")
                        .arg(&shown)
                        .stdin(std::process::Stdio::null())
                        .stdout(std::process::Stdio::null())
                        .stderr(std::process::Stdio::null())
                        .status()
                    {
                        Ok(status) if status.success() => return,
                        Ok(status) => format!("xdg-open ended with {status}"),
                        Err(e) => format!("xdg-open could not be run: {e}"),
                    };
                    let _ = tx.send(format!(
                        "No file manager could show the folder ({failed}). It is {}",
                        shown.display()
                    ));
                });
            match spawned {
                Ok(_) => self.jobs.opening = Some(rx),
                Err(e) => {
                    self.shared.notice = Some(Notice::warning(format!(
                        "No file manager could show the folder ({e}). It is {}",
                        folder.display()
                    )));
                }
            }
        }
        #[cfg(not(target_os = "linux"))]
        ctx.open_url(egui::OpenUrl::new_tab(super::shared::file_url(&folder)));
    }

    /// What the page of a broken file asked for.
    pub(super) fn broken_action(
        &mut self,
        origin: &Origin,
        action: fix::BrokenAction,
        now: Duration,
    ) {
        // A file whose text is a whole routine, with only its pictures or sounds refused, is
        // fixed in the editor, where each refused file is said at its field with its picker.
        let whole = origin
            .path()
            .and_then(|path| crate::routine::load(path).ok());
        match action {
            fix::BrokenAction::Back => self.go(Screen::Library),
            fix::BrokenAction::Edit if let Some(routine) = whole => {
                self.edit(origin, &routine, now);
            }
            fix::BrokenAction::Edit => match fix::Fix::open(origin) {
                Ok(fixing) => {
                    self.fix = Some(fixing);
                    self.go(Screen::Fix);
                }
                Err(e) => self.shared.notice = Some(Notice::warning(e)),
            },
        }
    }

    /// What the fixer asked for: saving writes the text as it is, problems or not (it is the
    /// person's file, and a half-fixed file is no worse than the broken one); a file that is
    /// whole again opens on its overview.
    pub(super) fn fix_action(&mut self, action: fix::FixAction) {
        let Some(fixing) = &mut self.fix else {
            return;
        };
        let leave = match action {
            fix::FixAction::Leave => true,
            fix::FixAction::Save | fix::FixAction::SaveAndLeave => {
                if let Err(e) = save::write_atomic(&fixing.path, fixing.text.as_bytes()) {
                    self.shared.notice = Some(Notice::warning(format!(
                        "Could not save; your changes are still here: {e}"
                    )));
                    return;
                }
                fixing.saved();
                let left = fixing.problem_count();
                let place = notice::short_place(&fixing.path);
                let origin = self.shared.library.open(&fixing.path);
                let whole = self
                    .shared
                    .library
                    .get(&origin)
                    .is_some_and(|e| e.routine.is_ok());
                if whole {
                    self.shared.notice = Some(Notice::News(
                        format!("Saved {place}: it has no errors now."),
                        notice::More::Nothing,
                    ));
                    self.fix = None;
                    self.show(origin);
                    return;
                }
                self.shared.notice = Some(Notice::News(
                    format!(
                        "Saved {place}, with {} left to fix.",
                        crate::words::Count(left.max(1), "problem")
                    ),
                    notice::More::Nothing,
                ));
                action == fix::FixAction::SaveAndLeave
            }
        };
        if leave {
            self.fix = None;
            self.go(Screen::Library);
        }
    }

    /// Opens a routine file from anywhere, or imports a shared routine (a zip).
    pub(super) fn open_path(&mut self, path: &Path) {
        if is_package(&path.to_string_lossy()) {
            self.import(path, share::OnClash::Refuse);
            return;
        }
        let origin = self.shared.library.open(path);
        self.show(origin);
    }

    /// Imports a shared routine into the user's routines; if one of that name is there, asks.
    pub(super) fn import(&mut self, package: &Path, on_clash: share::OnClash) {
        let routines = match self.shared.deps.home.ensure_routines() {
            Ok(dir) => dir,
            Err(e) => {
                self.shared.notice = Some(Notice::warning(format!("Could not import: {e}")));
                return;
            }
        };
        match share::import(package, &routines, on_clash) {
            Ok(imported) => {
                self.shared.refresh_user();
                let text = format!(
                    "Imported \"{}\"{}.",
                    imported.name,
                    if imported.replaced {
                        ", in place of yours"
                    } else if imported.renamed {
                        ", next to the one you had"
                    } else {
                        ""
                    }
                );
                self.shared.notice = Some(Notice::News(text, notice::More::Nothing));
                self.go(Screen::Overview(Origin::User(imported.path)));
            }
            // The error says what is there; the app asks what to do about it.
            Err(e @ share::ShareError::Clash { .. }) => {
                self.shared.ask = Some(Ask::ImportClash {
                    package: package.to_owned(),
                    message: format!(
                        "{e}. Keep both (the new one gets another name), or replace yours with the one being imported?"
                    ),
                });
            }
            Err(e) => self.shared.notice = Some(Notice::warning(format!("Could not import: {e}"))),
        }
    }

    /// Writes the routine's printable handout into the user's folder and opens it in the browser.
    pub(super) fn write_handout(&mut self, routine: &Routine, ctx: &egui::Context) {
        let Some(dir) = self.shared.output_folder("handouts") else {
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
                self.shared.notice = Some(Notice::News(
                    format!(
                        "The handout is written as {}{missing}; it opens in your browser, to print.",
                        notice::short_place(&path)
                    ),
                    notice::More::Written {
                        file: path.clone(),
                        save_as: false,
                    },
                ));
                ctx.open_url(egui::OpenUrl::new_tab(super::shared::file_url(&path)));
            }
            Err(e) => {
                self.shared.notice =
                    Some(Notice::warning(format!("Could not write the handout: {e}")))
            }
        }
    }

    /// Writes a routine file and the files it names into one package, in the user's folder.
    pub(super) fn export(&mut self, origin: &Origin) {
        let Some(path) = origin.path() else { return };
        let Some(dir) = self.shared.output_folder("exports") else {
            return;
        };
        let Some(Ok(routine)) = self.shared.library.get(origin).map(|e| e.routine.clone()) else {
            return;
        };
        let out = dir.join(share::package_file_name(&routine));
        match share::export(path, &out) {
            Ok(exported) => {
                self.shared.notice = Some(Notice::News(
                    format!(
                        "Exported \"{}\" as {}: send this one file to your client, who opens it with \"{}\".",
                        exported.name,
                        notice::short_place(&exported.path),
                        share::IMPORT_BUTTON
                    ),
                    notice::More::Written {
                        file: exported.path,
                        save_as: true,
                    },
                ));
            }
            Err(e) => self.shared.notice = Some(Notice::warning(format!("Could not export: {e}"))),
        }
    }

    /// Starts watching the user's routines (once there is a window to wake), and reads them again
    /// when they changed. If watching cannot start, the library says so.
    pub(super) fn watch(&mut self, ctx: &egui::Context) {
        if self.watcher.is_none() {
            let changed = Arc::clone(&self.changed);
            let ctx = ctx.clone();
            let started = self
                .shared
                .deps
                .home
                .ensure_routines()
                .map_err(|e| e.to_string())
                .and_then(|dir| {
                    RoutineWatcher::start(&dir, Debounce::default(), move || {
                        changed.store(true, Ordering::Release);
                        ctx.request_repaint();
                    })
                    .map_err(|e| e.to_string())
                });
            self.watcher = Some(started);
        }
        if self.changed.swap(false, Ordering::AcqRel) {
            self.shared.refresh_user();
        }
    }

    /// What the person should know about their folder, for the library: drafts that could not be
    /// read, and changes that will not show.
    pub(super) fn folder_warnings(&self) -> Vec<String> {
        let mut warnings = self.shared.drafts.warnings();
        if let Some(Err(e)) = &self.watcher {
            warnings.push(format!(
                "Changes to your routine files will not show until stretch-timer is started again: {e}"
            ));
        }
        warnings
    }
}

/// Whether a path names a shared routine (a `.zip` package) rather than a routine file.
pub(super) fn is_package(path: &str) -> bool {
    Path::new(path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(share::EXTENSION))
}
