//! The app's file jobs: the file dialog on its own thread, opening a routine named or picked,
//! importing and exporting shared routines, writing handouts into the user's folder, and
//! watching the user's routines for changes.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Duration;

use super::ask::Ask;
use super::dialogs::FileRequest;
use super::notice::{self, Notice};
use super::shared::Shared;
use crate::home::{Debounce, RoutineWatcher};
use crate::progress::Source;
use crate::routine::Routine;
use crate::{handout, home, l10n, save, share, tr};

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

/// Why the user's routines are not watched.
#[derive(Debug, thiserror::Error)]
enum WatchError {
    /// The routines folder could not be made.
    #[error(transparent)]
    Folder(crate::home::HomeError),
    /// The system would not watch it (too many folders watched already, say).
    #[error("{0}")]
    Watch(notify::Error),
}

/// Where the file work leads.
pub(crate) enum FilesGo {
    /// A routine's overview (or its page of errors).
    Show(Source),
    /// The overview of a routine just imported.
    Overview(Source),
}

/// The app's file work that lasts: the dialog and "Open folder" on threads of their own, and the
/// watcher of the user's routines.
#[derive(Default)]
pub(crate) struct Files {
    /// The file dialog and "Open folder", on threads of their own.
    pub(crate) jobs: Jobs,
    /// Set by the watcher when the user's routine files changed.
    changed: Arc<AtomicBool>,
    /// Watches the user's routines once the window is up; `None` before; why not, if it cannot.
    watcher: Option<Result<RoutineWatcher, WatchError>>,
}

impl Files {
    /// Asks for a routine or a shared routine to open with the system's dialog, on its own
    /// thread; where none can be shown, for its path.
    pub(crate) fn pick_file(&mut self, shared: &mut Shared) {
        self.file_dialog(shared, Dialog::Open, None);
    }

    /// Shows the system's file dialog for `dialog` on its own thread; where there is none, the
    /// notice asks for the path instead. `name` is the file name to suggest when saving.
    fn file_dialog(&mut self, shared: &mut Shared, dialog: Dialog, name: Option<String>) {
        let Some(dialogs) = shared.deps.dialogs.clone() else {
            ask_for_path(shared, &dialog, None);
            return;
        };
        let (tx, rx) = channel();
        let request = match &dialog {
            Dialog::Open => FileRequest::OpenRoutine,
            Dialog::SaveCopy(_) => FileRequest::SaveCopy {
                name: name.unwrap_or_default(),
            },
        };
        // The dialog's words in the window's language, which is this thread's.
        let language = l10n::language();
        let spawned = std::thread::Builder::new()
            .name("stretch-timer-file-dialog".to_owned())
            .spawn(move || {
                l10n::set_language(&language);
                let _ = tx.send(dialogs.ask(request));
            });
        match spawned {
            Ok(_) => self.jobs.dialog = Some((dialog, shared.deps.clock.now(), rx)),
            Err(e) => ask_for_path(shared, &dialog, Some(&e.to_string())),
        }
    }

    /// Takes the file dialog's answer once it has closed, and whether "Open folder" failed.
    pub(crate) fn poll(&mut self, shared: &mut Shared) -> Option<FilesGo> {
        if let Some(rx) = &self.jobs.opening {
            match rx.try_recv() {
                Ok(failed) => {
                    self.jobs.opening = None;
                    shared.notice = Some(Notice::warning(failed));
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.jobs.opening = None,
            }
        }
        let (dialog, shown_at, rx) = self.jobs.dialog.as_ref()?;
        let answer = match rx.try_recv() {
            Ok(answer) => Some(answer),
            Err(TryRecvError::Empty) => return None,
            // The dialog's thread ended without an answer: it panicked.
            Err(TryRecvError::Disconnected) => None,
        };
        let dialog = dialog.clone();
        let unanswered = answer.is_none();
        // rfd answers "nothing chosen" both when the person cancels and when no dialog could be
        // shown (no desktop portal, no zenity); nobody cancels a dialog this fast.
        let quick = shared.deps.clock.now().saturating_sub(*shown_at) < NO_DIALOG_WITHIN;
        self.jobs.dialog = None;
        match (answer.flatten(), dialog) {
            (Some(path), Dialog::Open) => return open_path(shared, &path),
            (Some(path), Dialog::SaveCopy(file)) => save_copy(shared, &file, &path),
            (None, dialog) if quick || unanswered => ask_for_path(shared, &dialog, None),
            (None, _) => {}
        }
        None
    }

    /// What the notice was asked for.
    pub(crate) fn notice_action(
        &mut self,
        shared: &mut Shared,
        action: notice::NoticeAction,
        ctx: &egui::Context,
    ) -> Option<FilesGo> {
        match action {
            notice::NoticeAction::Dismiss => shared.notice = None,
            notice::NoticeAction::OpenFolder(file) => self.open_folder(shared, &file, ctx),
            notice::NoticeAction::SaveAs(file) => {
                let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
                self.file_dialog(shared, Dialog::SaveCopy(file), name);
            }
            notice::NoticeAction::Typed(purpose, path) => {
                // A typo keeps the field open with its text, and says what is wrong under it.
                if let Some(error) = typed_path_problem(&purpose, &path)
                    && notice::path_not_usable(&mut shared.notice, error)
                {
                    return None;
                }
                match purpose {
                    notice::PathFor::Open => {
                        shared.notice = None;
                        return open_path(shared, &path);
                    }
                    notice::PathFor::CopyOf(file) => save_copy(shared, &file, &path),
                }
            }
        }
        None
    }

    /// Shows the folder holding `file` with the desktop's opener; says so if that fails.
    fn open_folder(&mut self, shared: &mut Shared, file: &Path, ctx: &egui::Context) {
        let folder = file.parent().unwrap_or(file).to_owned();
        #[cfg(target_os = "linux")]
        {
            let _ = ctx;
            let (tx, rx) = channel();
            let shown = folder.clone();
            let language = l10n::language();
            let spawned = std::thread::Builder::new()
                .name("stretch-timer-open-folder".to_owned())
                .spawn(move || {
                    l10n::set_language(&language);
                    let failed = match std::process::Command::new("xdg-open")
                        .arg(&shown)
                        .stdin(std::process::Stdio::null())
                        .stdout(std::process::Stdio::null())
                        .stderr(std::process::Stdio::null())
                        .status()
                    {
                        Ok(status) if status.success() => return,
                        Ok(status) => {
                            let status = status.to_string();
                            tr!("files-opener-ended", status = status)
                        }
                        Err(e) => {
                            let reason = e.to_string();
                            tr!("files-opener-not-run", reason = reason)
                        }
                    };
                    let folder = shown.display().to_string();
                    let _ = tx.send(tr!(
                        "files-no-file-manager",
                        reason = failed,
                        folder = folder
                    ));
                });
            match spawned {
                Ok(_) => self.jobs.opening = Some(rx),
                Err(e) => {
                    let (reason, folder) = (e.to_string(), folder.display().to_string());
                    shared.notice = Some(Notice::warning(tr!(
                        "files-no-file-manager",
                        reason = reason,
                        folder = folder
                    )));
                }
            }
        }
        #[cfg(not(target_os = "linux"))]
        {
            // The platform's own opener, through egui: a failure is not reported back.
            let _ = shared;
            ctx.open_url(egui::OpenUrl::new_tab(super::shared::file_url(&folder)));
        }
    }

    /// Starts watching the user's routines (once there is a window to wake), and reads them again
    /// when they changed. If watching cannot start, the library says so.
    pub(crate) fn watch(&mut self, shared: &mut Shared, ctx: &egui::Context) {
        if self.watcher.is_none() {
            let changed = Arc::clone(&self.changed);
            let ctx = ctx.clone();
            let started = shared
                .deps
                .home
                .ensure_routines()
                .map_err(WatchError::Folder)
                .and_then(|dir| {
                    RoutineWatcher::start(&dir, Debounce::default(), move || {
                        changed.store(true, Ordering::Release);
                        ctx.request_repaint();
                    })
                    .map_err(WatchError::Watch)
                });
            self.watcher = Some(started);
        }
        if self.changed.swap(false, Ordering::AcqRel) {
            shared.refresh_user();
        }
    }

    /// What the person should know about their folder, for the library: drafts that could not be
    /// read, and changes that will not show.
    pub(crate) fn folder_warnings(&self, shared: &Shared) -> Vec<String> {
        let mut warnings = shared.drafts.warnings();
        if let Some(Err(e)) = &self.watcher {
            let reason = e.to_string();
            warnings.push(tr!("files-not-watched", reason = reason));
        }
        warnings
    }
}

/// Says that no file dialog could be shown (and why, if known), with a field for the path.
fn ask_for_path(shared: &mut Shared, dialog: &Dialog, why: Option<&str>) {
    // Why no dialog could be shown is said only where it is known.
    let (known, reason) = match why {
        Some(reason) => ("known", reason),
        None => ("unknown", ""),
    };
    let (text, purpose, typed) = match dialog {
        Dialog::Open => (
            tr!("files-type-path-to-open", why = known, reason = reason),
            notice::PathFor::Open,
            String::new(),
        ),
        Dialog::SaveCopy(file) => (
            tr!(
                "files-type-path-for-copy",
                why = known,
                reason = reason,
                place = notice::short_place(file)
            ),
            notice::PathFor::CopyOf(file.clone()),
            directories::UserDirs::new()
                .map(|d| d.home_dir().to_owned())
                .zip(file.file_name())
                .map(|(dir, name)| dir.join(name).display().to_string())
                .unwrap_or_default(),
        ),
    };
    shared.notice = Some(Notice::News(
        text,
        notice::More::TypePath {
            purpose,
            typed,
            error: None,
        },
    ));
}

/// What is wrong with a path typed for `purpose`, before anything is done with it: a file to open
/// that is not there, or a folder to save into that is not there.
fn typed_path_problem(purpose: &notice::PathFor, path: &Path) -> Option<String> {
    let shown = path.display().to_string();
    match purpose {
        notice::PathFor::Open if path.is_dir() => Some(tr!("files-typed-is-folder", path = shown)),
        notice::PathFor::Open if !path.exists() => Some(tr!("files-typed-not-found", path = shown)),
        notice::PathFor::CopyOf(_) => {
            let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
            let there = path.is_dir() || folder.is_none_or(Path::is_dir);
            (!there).then(|| {
                let folder = folder.map(|f| f.display().to_string()).unwrap_or_default();
                tr!("files-typed-no-folder", folder = folder)
            })
        }
        notice::PathFor::Open => None,
    }
}

/// Puts a copy of `file` (a package just exported) at `to`, a file or a folder.
fn save_copy(shared: &mut Shared, file: &Path, to: &Path) {
    let to = match (to.is_dir(), file.file_name()) {
        (true, Some(name)) => to.join(name),
        _ => to.to_owned(),
    };
    let copied = std::fs::read(file)
        .map_err(|e| e.to_string())
        .and_then(|bytes| save::write_atomic(&to, &bytes).map_err(|e| e.to_string()));
    match copied {
        Ok(()) => {
            let place = notice::short_place(&to);
            shared.notice = Some(Notice::News(
                tr!("files-copy-saved", place = place),
                notice::More::Written {
                    file: to,
                    save_as: false,
                },
            ));
        }
        Err(e) => {
            let file = to.display().to_string();
            shared.notice = Some(Notice::warning(tr!(
                "files-copy-not-saved",
                file = file,
                reason = e
            )));
        }
    }
}

/// Opens a routine file from anywhere, or imports a shared routine (a zip).
pub(crate) fn open_path(shared: &mut Shared, path: &Path) -> Option<FilesGo> {
    if is_package(&path.to_string_lossy()) {
        return import(shared, path, share::OnClash::Refuse);
    }
    Some(FilesGo::Show(shared.library.open(path)))
}

/// Imports a shared routine into the user's routines; if one of that name is there, asks.
pub(crate) fn import(
    shared: &mut Shared,
    package: &Path,
    on_clash: share::OnClash,
) -> Option<FilesGo> {
    let routines = match shared.deps.home.ensure_routines() {
        Ok(dir) => dir,
        Err(e) => {
            let reason = e.to_string();
            shared.notice = Some(Notice::warning(tr!("files-not-imported", reason = reason)));
            return None;
        }
    };
    match share::import(package, &routines, on_clash) {
        Ok(imported) => {
            shared.refresh_user();
            let name = imported.name.as_str();
            let text = if imported.replaced {
                tr!("files-imported-in-place", name = name)
            } else if imported.renamed {
                tr!("files-imported-beside", name = name)
            } else {
                tr!("files-imported", name = name)
            };
            shared.notice = Some(Notice::News(text, notice::More::Nothing));
            return Some(FilesGo::Overview(Source::File(imported.path)));
        }
        // The error says what is there; the app asks what to do about it.
        Err(e @ share::ShareError::Clash { .. }) => {
            shared.ask = Some(Ask::ImportClash {
                package: package.to_owned(),
                message: {
                    let clash = e.to_string();
                    tr!("files-import-clash", clash = clash)
                },
            });
        }
        Err(e) => {
            let reason = e.to_string();
            shared.notice = Some(Notice::warning(tr!("files-not-imported", reason = reason)));
        }
    }
    None
}

/// Writes the routine's printable handout into the user's folder and opens it in the browser.
pub(crate) fn write_handout(shared: &mut Shared, routine: &Routine, ctx: &egui::Context) {
    let Some(dir) = shared.output_folder("handouts") else {
        return;
    };
    let path = dir.join(format!("{}.html", home::slug(&routine.name)));
    let handout = handout::render(routine);
    match save::write_atomic(&path, handout.html.as_bytes()) {
        Ok(()) => {
            let place = notice::short_place(&path);
            let missing = handout.problems.len();
            let text = match missing {
                0 => tr!("files-handout-written", place = place),
                _ => tr!(
                    "files-handout-written-without",
                    place = place,
                    count = missing
                ),
            };
            shared.notice = Some(Notice::News(
                text,
                notice::More::Written {
                    file: path.clone(),
                    save_as: false,
                },
            ));
            ctx.open_url(egui::OpenUrl::new_tab(super::shared::file_url(&path)));
        }
        Err(e) => {
            let reason = e.to_string();
            shared.notice = Some(Notice::warning(tr!(
                "files-handout-not-written",
                reason = reason
            )));
        }
    }
}

/// Writes a routine file and the files it names into one package, in the user's folder.
pub(crate) fn export(shared: &mut Shared, source: &Source) {
    let Some(path) = source.path() else { return };
    let Some(dir) = shared.output_folder("exports") else {
        return;
    };
    let Some(Ok(routine)) = shared.library.get(source).map(|e| e.routine.clone()) else {
        return;
    };
    let out = dir.join(share::package_file_name(&routine));
    match share::export(path, &out) {
        Ok(exported) => {
            let place = notice::short_place(&exported.path);
            let text = tr!(
                "files-exported",
                name = exported.name.as_str(),
                place = place,
                button = share::import_button()
            );
            shared.notice = Some(Notice::News(
                text,
                notice::More::Written {
                    file: exported.path,
                    save_as: true,
                },
            ));
        }
        Err(e) => {
            let reason = e.to_string();
            shared.notice = Some(Notice::warning(tr!("files-not-exported", reason = reason)));
        }
    }
}

/// Whether a path names a shared routine (a `.zip` package) rather than a routine file.
pub(super) fn is_package(path: &str) -> bool {
    Path::new(path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(share::EXTENSION))
}
