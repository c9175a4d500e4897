//! Writing routines: opening the editor (on a new routine, a copy, a file, or kept work), saving
//! with the questions that saving may need, drafts of unsaved work in the user's folder, and
//! leaving the editor.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use super::{Editor, EditorAction, folder_of};
use crate::app::ask::Ask;
use crate::app::drafts::Drafts;
use crate::app::notice::{self, Notice};
use crate::app::shared::Shared;
use crate::home::{self, DraftError, DraftFile};
use crate::progress::Source;
use crate::routine::Routine;
use crate::routine::draft::Draft;
use crate::{save, tr};

/// How often changed editor work is kept as a draft.
const DRAFT_EVERY: Duration = Duration::from_secs(2);

/// What the person has already agreed to when saving: each question is asked once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Agreed {
    /// Nothing yet: a routine with problems is not written, nor a file changed on disk since it
    /// was opened; the person is asked.
    Nothing,
    /// To save a routine with problems; a file changed on disk is still asked about.
    Problems,
    /// To save with problems and over a file changed on disk.
    ProblemsAndChanges,
}

/// Where the editor leads.
pub(crate) enum EditorGo {
    /// The editor was opened.
    Editor,
    /// The editor was left, to the library.
    Library,
    /// Try the routine being written, from this step (counted from 0).
    Try(Arc<Routine>, usize),
}

/// The Editor room's own state: the routine being written, and when keeping a draft last failed.
#[derive(Default)]
pub(crate) struct Authoring {
    /// The routine being written, if the editor is open.
    pub(crate) editor: Option<Editor>,
    /// When keeping a draft last failed: it is tried again only after a while.
    draft_failed_at: Option<Duration>,
}

impl Authoring {
    /// A new routine: blank, or a copy of a bundled one.
    pub(crate) fn new_routine(&mut self, shared: &Shared, from: Option<&str>) -> EditorGo {
        let draft = match from.and_then(crate::bundled::find) {
            Some(b) => match b.load(&crate::resolve::bundled_language()) {
                Ok(routine) => Draft::from_routine(&routine, None),
                Err(_) => Draft::default(),
            },
            None => Draft::default(),
        };
        let id = new_draft_id(shared);
        let folder = shared.deps.home.routines();
        self.open_editor(Editor::new(id, draft, Draft::default(), None, folder))
    }

    /// Back to unsaved work kept under `id`.
    pub(crate) fn resume_draft(
        &mut self,
        shared: &Shared,
        id: &str,
        now: Duration,
    ) -> Option<EditorGo> {
        let (_, kept) = shared.drafts.kept.iter().find(|(d, _)| d == id).cloned()?;
        let baseline = kept
            .target
            .as_deref()
            .and_then(|p| Some((crate::routine::load(p).ok()?, p)))
            .map_or_else(Draft::default, |(r, p)| {
                Draft::from_routine(&r, std::fs::read_to_string(p).ok().as_deref())
            });
        let folder = folder_of(kept.target.as_deref(), &shared.deps.home.routines());
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
        Some(self.open_editor(editor))
    }

    /// Opens the editor on a routine: a user's or opened file in place (or its unsaved draft), a
    /// bundled one as a new copy, and one the therapist sent (`copy`) as a new copy saved beside
    /// it, where the pictures and recordings it names are.
    pub(crate) fn edit(
        &mut self,
        shared: &Shared,
        source: &Source,
        routine: &Routine,
        copy: bool,
        now: Duration,
    ) -> Option<EditorGo> {
        let routines = shared.deps.home.routines();
        let Some(path) = source.path().filter(|_| !copy) else {
            let id = new_draft_id(shared);
            let draft = Draft::from_routine(routine, None);
            let folder = folder_of(source.path(), &routines);
            return Some(self.open_editor(Editor::new(id, draft, Draft::default(), None, folder)));
        };
        let id = draft_id_for(path);
        if shared.drafts.kept.iter().any(|(d, _)| *d == id) {
            return self.resume_draft(shared, &id, now);
        }
        let source = std::fs::read_to_string(path).ok();
        let draft = Draft::from_routine(routine, source.as_deref());
        let folder = folder_of(Some(path), &shared.deps.home.routines());
        Some(self.open_editor(Editor::new(
            id,
            draft.clone(),
            draft,
            Some(path.to_owned()),
            folder,
        )))
    }

    fn open_editor(&mut self, editor: Editor) -> EditorGo {
        self.editor = Some(editor);
        EditorGo::Editor
    }

    /// What the editor asked for.
    pub(crate) fn act(&mut self, shared: &mut Shared, action: EditorAction) -> Option<EditorGo> {
        let Some(editor) = &mut self.editor else {
            return None;
        };
        match action {
            EditorAction::Close if editor.unsaved() => shared.ask = Some(Ask::LeaveEditor),
            EditorAction::Close => return Some(self.leave()),
            EditorAction::Save => self.save(shared, Agreed::Nothing),
            EditorAction::TryFrom(step) => match editor.routine() {
                Some(routine) => return Some(EditorGo::Try(Arc::new(routine), step)),
                None => {
                    editor.reveal_problems();
                    shared.notice = Some(Notice::warning(tr!("editor-fix-before-trying")));
                }
            },
        }
        None
    }

    /// Saves the routine being edited, asking first about what the person has not `agreed` to.
    pub(crate) fn save(&mut self, shared: &mut Shared, agreed: Agreed) {
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
            shared.ask = Some(Ask::SaveWithProblems {
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
                shared.ask = Some(Ask::ChangedOnDisk {
                    path: target.clone(),
                });
                return;
            }
        }
        let target = match &editor.target {
            Some(target) => target.clone(),
            // A new routine goes in the routines folder, or a copy in the folder of the routine
            // it copies, beside the files it names.
            None => match shared.deps.home.ensure_routines() {
                Ok(dir) => home::free_path(
                    if editor.folder.starts_with(&dir) {
                        &editor.folder
                    } else {
                        &dir
                    },
                    &home::slug(&editor.draft.name),
                ),
                Err(e) => {
                    let reason = e.to_string();
                    shared.notice = Some(Notice::warning(tr!("editor-not-saved", reason = reason)));
                    return;
                }
            },
        };
        let text = checked.written.text;
        if let Err(e) = save::write_atomic(&target, text.as_bytes()) {
            let reason = e.to_string();
            shared.notice = Some(Notice::warning(tr!("fix-not-saved", reason = reason)));
            return;
        }
        editor.saved(target.clone(), text);
        let id = editor.draft_id.clone();
        forget_draft(shared, &id);
        shared.refresh_user();
        let place = crate::app::notice::short_place(&target);
        shared.notice = Some(Notice::News(
            tr!("editor-saved-as", place = place),
            notice::More::Written {
                file: target,
                save_as: false,
            },
        ));
    }

    /// Saves, and leaves the editor if that worked (nothing was asked, nothing failed).
    pub(crate) fn save_and_leave(&mut self, shared: &mut Shared) -> Option<EditorGo> {
        self.save(shared, Agreed::Nothing);
        self.editor
            .as_ref()
            .is_some_and(|e| !e.unsaved())
            .then(|| self.leave())
    }

    /// Keeps the changes as a draft and leaves the editor.
    pub(crate) fn keep_as_draft_and_leave(
        &mut self,
        shared: &mut Shared,
        now: Duration,
    ) -> EditorGo {
        self.keep_draft(shared, now);
        shared.notice = Some(Notice::News(
            tr!("editor-kept-as-draft"),
            crate::app::notice::More::Nothing,
        ));
        self.leave()
    }

    /// Throws the changes away and leaves the editor.
    pub(crate) fn discard_and_leave(&mut self, shared: &mut Shared) -> EditorGo {
        if let Some(editor) = &self.editor {
            forget_draft(shared, &editor.draft_id);
        }
        self.leave()
    }

    /// Keeps the editor's unsaved work in the drafts folder now.
    pub(crate) fn keep_draft(&mut self, shared: &mut Shared, now: Duration) {
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
        match shared.deps.home.save_draft(&editor.draft_id, &kept) {
            Ok(()) => {
                editor.kept = Some((editor.draft.clone(), now));
                self.draft_failed_at = None;
                shared.drafts = Drafts::read(&shared.deps.home);
            }
            Err(e) => {
                self.draft_failed_at = Some(now);
                let reason = cause(&e);
                shared.notice = Some(Notice::warning(tr!(
                    "editor-draft-not-kept",
                    reason = reason
                )));
            }
        }
    }

    /// Keeps a draft of changed work every few seconds while editing, so nothing typed is lost
    /// if the app or the computer stops. After a failure (a full disk, a folder made read-only)
    /// it tries again only as often, not at every frame. Returns how long until it should look
    /// again (`None`: nothing waits to be kept), so that work is kept while the window is hidden.
    pub(crate) fn keep_draft_now_and_then(
        &mut self,
        shared: &mut Shared,
        now: Duration,
    ) -> Option<Duration> {
        if self.draft_due_in(now) == Some(Duration::ZERO) {
            self.keep_draft(shared, now);
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

    /// Closes the editor, to the library ("All routines" says where it goes).
    fn leave(&mut self) -> EditorGo {
        self.editor = None;
        EditorGo::Library
    }
}

/// Removes the draft kept under `id` (saved, or discarded).
pub(crate) fn forget_draft(shared: &mut Shared, id: &str) {
    if let Err(e) = shared.deps.home.remove_draft(id) {
        let reason = cause(&e);
        shared.notice = Some(Notice::warning(tr!(
            "editor-draft-not-removed",
            reason = reason
        )));
    }
    shared.drafts = Drafts::read(&shared.deps.home);
}

/// An id for new work, not used by any draft kept.
fn new_draft_id(shared: &Shared) -> String {
    (1..)
        .map(|n| format!("new-{n}"))
        .find(|id| !shared.drafts.kept.iter().any(|(d, _)| d == id))
        .unwrap_or_else(|| "new".to_owned())
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
    fn a_draft_error_is_said_once() {
        let e = DraftError::Remove(std::io::Error::other("denied"));
        let message = format!("Could not remove the draft: {}", cause(&e));
        assert_eq!(message, "Could not remove the draft: denied");
    }
}
