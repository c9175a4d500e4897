//! Writing routines: opening the editor (on a new routine, a copy, a file, or kept work), saving
//! with the questions that saving may need, drafts of unsaved work in the user's folder, and
//! leaving the editor.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use super::ask::Ask;
use super::editor::{self, Editor, EditorAction};
use super::library::{LibraryAction, Origin};
use super::notice::{self, Notice};
use super::{Screen, StretchApp};
use crate::home::{self, DraftError, DraftFile, Home, KeptDrafts};
use crate::routine::Routine;
use crate::routine::draft::Draft;
use crate::save;

/// How often changed editor work is kept as a draft.
const DRAFT_EVERY: Duration = Duration::from_secs(2);

/// What the person has already agreed to when saving: each question is asked once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Agreed {
    /// Nothing yet: a routine with problems is not written, nor a file changed on disk since it
    /// was opened; the person is asked.
    Nothing,
    /// To save a routine with problems; a file changed on disk is still asked about.
    Problems,
    /// To save with problems and over a file changed on disk.
    ProblemsAndChanges,
}

/// The drafts in the user's folder.
#[derive(Debug, Default)]
pub(crate) struct Drafts {
    /// Unsaved editor work, by id.
    pub(super) kept: Vec<(String, DraftFile)>,
    /// Files in the drafts folder that could not be read as drafts: left as they are (they may be
    /// from a newer version), and shown in the library.
    unreadable: Vec<PathBuf>,
}

impl Drafts {
    /// Reads the drafts folder.
    pub(super) fn read(home: &Home) -> Drafts {
        let KeptDrafts { drafts, unreadable } = home.drafts_kept();
        Drafts {
            kept: drafts,
            unreadable,
        }
    }

    /// What the library says about drafts that could not be read.
    pub(super) fn warnings(&self) -> Vec<String> {
        self.unreadable
            .iter()
            .map(|p| {
                format!(
                    "Kept work in {} could not be read as a draft; the file is left as it is.",
                    p.display()
                )
            })
            .collect()
    }
}

impl StretchApp {
    /// A new routine: blank, or a copy of a bundled one.
    pub(super) fn new_routine(&mut self, from: Option<&'static str>) {
        let draft = match from.and_then(crate::bundled::find) {
            Some(b) => match b.load() {
                Ok(routine) => Draft::from_routine(&routine, None),
                Err(_) => Draft::default(),
            },
            None => Draft::default(),
        };
        let id = self.new_draft_id();
        let folder = self.shared.deps.home.routines();
        self.open_editor(Editor::new(id, draft, Draft::default(), None, folder));
    }

    /// Back to unsaved work kept under `id`.
    pub(super) fn resume_draft(&mut self, id: &str, now: Duration) {
        let Some((_, kept)) = self
            .shared
            .drafts
            .kept
            .iter()
            .find(|(d, _)| d == id)
            .cloned()
        else {
            return;
        };
        let baseline = kept
            .target
            .as_deref()
            .and_then(|p| Some((crate::routine::load(p).ok()?, p)))
            .map_or_else(Draft::default, |(r, p)| {
                Draft::from_routine(&r, std::fs::read_to_string(p).ok().as_deref())
            });
        let folder = editor::folder_of(kept.target.as_deref(), &self.shared.deps.home.routines());
        let mut editor = Editor::new(
            id.to_owned(),
            kept.draft.clone(),
            baseline,
            kept.target,
            folder,
        );
        editor.kept = Some((kept.draft, now));
        // Problems in work brought back were there before: they show at once.
        editor.reveal_problems();
        self.open_editor(editor);
    }

    /// Opens the editor on a routine: a user's or opened file in place (or its unsaved draft), a
    /// bundled one as a new copy.
    pub(super) fn edit(&mut self, origin: &Origin, routine: &Routine, now: Duration) {
        let Some(path) = origin.path() else {
            let id = self.new_draft_id();
            let draft = Draft::from_routine(routine, None);
            let folder = self.shared.deps.home.routines();
            self.open_editor(Editor::new(id, draft, Draft::default(), None, folder));
            return;
        };
        let id = draft_id_for(path);
        if self.shared.drafts.kept.iter().any(|(d, _)| *d == id) {
            self.library_action(LibraryAction::ResumeDraft(id), now);
            return;
        }
        let source = std::fs::read_to_string(path).ok();
        let draft = Draft::from_routine(routine, source.as_deref());
        let folder = editor::folder_of(Some(path), &self.shared.deps.home.routines());
        self.open_editor(Editor::new(
            id,
            draft.clone(),
            draft,
            Some(path.to_owned()),
            folder,
        ));
    }

    fn open_editor(&mut self, editor: Editor) {
        self.editor = Some(editor);
        self.go(Screen::Editor);
    }

    fn new_draft_id(&self) -> String {
        (1..)
            .map(|n| format!("new-{n}"))
            .find(|id| !self.shared.drafts.kept.iter().any(|(d, _)| d == id))
            .unwrap_or_else(|| "new".to_owned())
    }

    /// What the editor asked for.
    pub(super) fn editor_action(&mut self, action: EditorAction, now: Duration) {
        let Some(editor) = &mut self.editor else {
            return;
        };
        match action {
            EditorAction::Close => {
                if editor.unsaved() {
                    self.shared.ask = Some(Ask::LeaveEditor);
                } else {
                    self.leave_editor();
                }
            }
            EditorAction::Save => self.save(Agreed::Nothing),
            EditorAction::TryFrom(step) => match editor.routine() {
                Some(routine) => {
                    self.try_routine(Arc::new(routine), Some(step), now);
                }
                None => {
                    editor.reveal_problems();
                    self.shared.notice = Some(Notice::warning(
                        "Fix the problems shown in red first; then it can be tried.".to_owned(),
                    ));
                }
            },
        }
    }

    /// Saves the routine being edited, asking first about what the person has not `agreed` to.
    pub(super) fn save(&mut self, agreed: Agreed) {
        let Some(editor) = &mut self.editor else {
            return;
        };
        // Saving shows every problem, in fields not yet touched too.
        editor.reveal_problems();
        let checked = editor.checked().clone();
        if let Err(problems) = &checked.routine
            && agreed == Agreed::Nothing
        {
            let over_valid = editor
                .target
                .as_deref()
                .is_some_and(|p| crate::routine::load(p).is_ok());
            self.shared.ask = Some(Ask::SaveWithProblems {
                count: problems.len(),
                over_valid,
            });
            return;
        }
        if let Some(target) = &editor.target
            && agreed != Agreed::ProblemsAndChanges
        {
            let on_disk = std::fs::read_to_string(target).ok();
            if on_disk.is_some() && on_disk != editor.disk_text {
                self.shared.ask = Some(Ask::ChangedOnDisk {
                    path: target.clone(),
                });
                return;
            }
        }
        let target = match &editor.target {
            Some(target) => target.clone(),
            None => match self.shared.deps.home.ensure_routines() {
                Ok(dir) => home::free_path(&dir, &home::slug(&editor.draft.name)),
                Err(e) => {
                    self.shared.notice = Some(Notice::warning(format!("Could not save: {e}")));
                    return;
                }
            },
        };
        let text = checked.written.text;
        if let Err(e) = save::write_atomic(&target, text.as_bytes()) {
            self.shared.notice = Some(Notice::warning(format!(
                "Could not save; your changes are still here: {e}"
            )));
            return;
        }
        editor.saved(target.clone(), text);
        let id = editor.draft_id.clone();
        self.forget_draft(&id);
        self.refresh_user();
        self.shared.notice = Some(Notice::News(
            format!("Saved as {}.", super::notice::short_place(&target)),
            notice::More::Written {
                file: target,
                save_as: false,
            },
        ));
    }

    /// Saves, and leaves the editor if that worked (nothing was asked, nothing failed).
    pub(super) fn save_and_leave(&mut self) {
        self.save(Agreed::Nothing);
        if self.editor.as_ref().is_some_and(|e| !e.unsaved()) {
            self.leave_editor();
        }
    }

    /// Keeps the changes as a draft and leaves the editor.
    pub(super) fn keep_as_draft_and_leave(&mut self, now: Duration) {
        self.keep_draft(now);
        self.leave_editor();
        self.shared.notice = Some(Notice::News(
            "Your changes are kept as a draft: find them at the top of the library.".to_owned(),
            super::notice::More::Nothing,
        ));
    }

    /// Throws the changes away and leaves the editor.
    pub(super) fn discard_and_leave(&mut self) {
        if let Some(editor) = &self.editor {
            self.forget_draft(&editor.draft_id.clone());
        }
        self.leave_editor();
    }

    /// Keeps the editor's unsaved work in the drafts folder now.
    pub(super) fn keep_draft(&mut self, now: Duration) {
        let Some(editor) = &mut self.editor else {
            return;
        };
        if !editor.unsaved() {
            return;
        }
        let kept = DraftFile {
            target: editor.target.clone(),
            draft: editor.draft.clone(),
        };
        match self.shared.deps.home.save_draft(&editor.draft_id, &kept) {
            Ok(()) => {
                editor.kept = Some((editor.draft.clone(), now));
                self.draft_failed_at = None;
                self.shared.drafts = Drafts::read(&self.shared.deps.home);
            }
            Err(e) => {
                self.draft_failed_at = Some(now);
                self.shared.notice = Some(Notice::warning(format!(
                    "Could not keep a draft: {}",
                    cause(&e)
                )));
            }
        }
    }

    /// Keeps a draft of changed work every few seconds while editing, so nothing typed is lost
    /// if the app or the computer stops. After a failure (a full disk, a folder made read-only)
    /// it tries again only as often, not at every frame. Returns how long until it should look
    /// again (`None`: nothing waits to be kept), so that work is kept while the window is hidden.
    pub(super) fn keep_draft_now_and_then(&mut self, now: Duration) -> Option<Duration> {
        if self.draft_due_in(now) == Some(Duration::ZERO) {
            self.keep_draft(now);
        }
        self.draft_due_in(now)
    }

    /// How long until unsaved work is kept as a draft: zero when due, `None` when nothing waits.
    fn draft_due_in(&self, now: Duration) -> Option<Duration> {
        let editor = self.editor.as_ref().filter(|e| e.unsaved())?;
        let since_kept = match &editor.kept {
            Some((draft, at)) => (*draft != editor.draft).then(|| now.saturating_sub(*at))?,
            None => (editor.draft != Draft::default()).then_some(DRAFT_EVERY)?,
        };
        let resting = self.draft_failed_at.map_or(Duration::ZERO, |at| {
            DRAFT_EVERY.saturating_sub(now.saturating_sub(at))
        });
        Some(DRAFT_EVERY.saturating_sub(since_kept).max(resting))
    }

    /// Removes the draft kept under `id` (saved, or discarded).
    pub(super) fn forget_draft(&mut self, id: &str) {
        if let Err(e) = self.shared.deps.home.remove_draft(id) {
            self.shared.notice = Some(Notice::warning(format!(
                "Could not remove the draft: {}",
                cause(&e)
            )));
        }
        self.shared.drafts = Drafts::read(&self.shared.deps.home);
    }

    /// Closes the editor, to the library ("All routines" says where it goes).
    fn leave_editor(&mut self) {
        self.editor = None;
        self.go(Screen::Library);
    }

    /// Reads the user's routines and drafts again.
    pub(super) fn refresh_user(&mut self) {
        self.shared
            .library
            .refresh_user(&self.shared.deps.home.routine_files());
        self.shared.drafts = Drafts::read(&self.shared.deps.home);
    }
}

/// Why a draft could not be kept or removed, without the "could not … the draft" the app's own
/// sentence already says.
fn cause(e: &DraftError) -> String {
    match e {
        DraftError::Folder(e) => e.to_string(),
        DraftError::Encode(e) => e.to_string(),
        DraftError::Write(e) => e.to_string(),
        DraftError::Remove(e) => e.to_string(),
    }
}

/// The id under which unsaved work on the routine file `path` is kept.
fn draft_id_for(path: &Path) -> String {
    home::slug(&path.to_string_lossy())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_that_cannot_be_read_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        let kept = DraftFile {
            target: None,
            draft: Draft::default(),
        };
        home.save_draft("new-1", &kept).unwrap();
        let corrupt = home.drafts().join("new-2.json");
        std::fs::write(&corrupt, "{ not a draft").unwrap();

        let drafts = Drafts::read(&home);
        assert_eq!(drafts.kept, vec![("new-1".to_owned(), kept)]);
        assert_eq!(drafts.unreadable, vec![corrupt.clone()]);
        assert_eq!(drafts.warnings().len(), 1);
        assert!(drafts.warnings()[0].contains(&corrupt.display().to_string()));
        assert!(corrupt.exists());
    }

    #[test]
    fn a_draft_error_is_said_once() {
        let e = DraftError::Remove(std::io::Error::other("denied"));
        let message = format!("Could not remove the draft: {}", cause(&e));
        assert_eq!(message, "Could not remove the draft: denied");
    }
}
