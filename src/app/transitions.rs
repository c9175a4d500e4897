//! How the router moves between the rooms: a routine's way (the pain question, the player, how
//! it ended, the finish screen), where the editor and the file work lead, and a broken file's
//! page and its fixer; when a reminder may show, the Settings window with the reminders' part,
//! and the window's name. Only the router's own methods: no room knows another.

use std::sync::Arc;
use std::time::Duration;

use super::catalog;
use super::editor::EditorGo;
use super::ending::{Back, Ended};
use super::files::FilesGo;
use super::finish::FinishAction;
use super::notice::{self, Notice};
use super::player::Ending;
use super::route::Screen;
use super::shared::Shared;
use super::widgets::access::APP_NAME;
use super::widgets::pain::PainAction;
use super::{StretchApp, fix};
use crate::progress::Source;
use crate::tr;

impl StretchApp {
    /// Starts the routine of `source`: first asks about pain, unless the
    /// person turned that off.
    pub(super) fn begin(&mut self, source: Source, now: Duration) {
        if self.shared.settings.ask_pain {
            self.go(Screen::PainBefore(source));
        } else {
            self.start(&source, None, now);
        }
    }

    /// Plays and records the routine of `source`. A session still waiting
    /// for answers is recorded as it stands first.
    pub(super) fn start(
        &mut self,
        source: &Source,
        pain_before: Option<crate::progress::Pain>,
        now: Duration,
    ) {
        self.finish.record_end(&mut self.shared);
        if self
            .player
            .start(&mut self.shared, source, pain_before, now)
        {
            self.go(Screen::Player);
        }
    }

    /// Plays `routine` from step `from_step` as a trial, from the editor: not recorded.
    pub(super) fn try_routine(
        &mut self,
        routine: Arc<crate::routine::Routine>,
        from_step: Option<usize>,
    ) {
        if self
            .player
            .start_routine(&mut self.shared, routine, Back::Editor, from_step)
        {
            self.go(Screen::Player);
        }
    }

    /// Where the file work leads.
    pub(super) fn files_go(&mut self, go: Option<FilesGo>) {
        match go {
            Some(FilesGo::Show(source)) => {
                self.show(source);
            }
            Some(FilesGo::Overview(source)) => self.go(Screen::Overview(source)),
            None => {}
        }
    }

    /// What the page of a broken file asked for.
    pub(super) fn broken_action(
        &mut self,
        source: &Source,
        action: fix::BrokenAction,
        now: Duration,
    ) {
        // A file whose text is a whole routine, with only its pictures or sounds refused, is
        // fixed in the editor, where each refused file is said at its field with its picker.
        let whole = source
            .path()
            .and_then(|path| crate::routine::load(path).ok());
        match action {
            fix::BrokenAction::Back => self.go(Screen::Library),
            fix::BrokenAction::Edit if let Some(routine) = whole => {
                self.edit(source, &routine, now);
            }
            fix::BrokenAction::Edit => match fix::Fix::open(source) {
                Ok(fixing) => {
                    self.fix = Some(fixing);
                    self.go(Screen::Fix);
                }
                Err(e) => self.shared.notice = Some(Notice::warning(e.to_string())),
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
                if let Err(e) = crate::save::write_atomic(&fixing.path, fixing.text.as_bytes()) {
                    self.shared.notice = Some(Notice::warning(tr!(
                        "fix-not-saved",
                        reason = e.to_string()
                    )));
                    return;
                }
                fixing.saved();
                let left = fixing.problem_count();
                let place = notice::short_place(&fixing.path);
                let source = self.shared.library.open(&fixing.path);
                let whole = self
                    .shared
                    .library
                    .get(&source)
                    .is_some_and(|e| e.routine.is_ok());
                if whole {
                    self.shared.notice = Some(Notice::News(
                        tr!("fix-saved-whole", file = place.as_str()),
                        notice::More::Nothing,
                    ));
                    self.fix = None;
                    self.show(source);
                    return;
                }
                self.shared.notice = Some(Notice::News(
                    tr!(
                        "fix-saved-with-problems",
                        file = place.as_str(),
                        count = left.max(1)
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

    /// Opens the editor on a routine (see [`Authoring::edit`]).
    pub(super) fn edit(
        &mut self,
        source: &Source,
        routine: &crate::routine::Routine,
        now: Duration,
    ) {
        let copy = self
            .shared
            .library
            .get(source)
            .is_some_and(|e| e.shelf == catalog::Shelf::FromTherapist);
        let go = self
            .authoring
            .edit(&self.shared, source, routine, copy, now);
        self.follow(go);
    }

    /// Where the editor leads.
    pub(super) fn follow(&mut self, go: Option<EditorGo>) {
        match go {
            Some(EditorGo::Editor) => self.go(Screen::Editor),
            Some(EditorGo::Library) => self.go(Screen::Library),
            Some(EditorGo::Try(routine, step)) => self.try_routine(routine, Some(step)),
            None => {}
        }
    }

    /// Stops the routine being played (the person agreed).
    pub(super) fn stop(&mut self, now: Duration) {
        if let Some(ending) = self.player.stop(&self.shared, now) {
            self.ending(ending);
        }
    }

    /// Where a routine that came to an end leads: the finish screen (finished or stopped), or
    /// back where it came from.
    pub(super) fn ending(&mut self, ending: Ending) {
        match ending {
            Ending::Finished(summary, after) => {
                self.finish.after = after;
                self.go(Screen::Finished(summary));
            }
            Ending::Left(back, after) => {
                self.finish.after = after;
                self.finish.record_end(&mut self.shared);
                self.go_back(back);
            }
        }
    }

    /// The answer to the pain question before a routine.
    pub(super) fn pain_action(&mut self, action: PainAction, now: Duration) {
        match (self.screen.clone(), action) {
            (Screen::PainBefore(source), PainAction::Answer(pain)) => {
                self.start(&source, pain, now);
            }
            (Screen::PainBefore(source), PainAction::Back) => self.go(Screen::Overview(source)),
            _ => {}
        }
    }

    /// What the finish screen asked for.
    pub(super) fn finish_action(&mut self, action: FinishAction, now: Duration) {
        let Screen::Finished(summary) = self.screen.clone() else {
            return;
        };
        match (action, summary.back) {
            (FinishAction::Pain(pain), _) => {
                if let Some(answers) = self.finish.answers() {
                    answers.pain = pain;
                }
            }
            (FinishAction::Effort(effort), _) => {
                if let Some(answers) = self.finish.answers() {
                    answers.effort = effort;
                }
            }
            (FinishAction::Back, Back::Editor) => self.go_back(Back::Editor),
            (FinishAction::Back, Back::Overview(_)) => {
                self.finish.record_end(&mut self.shared);
                self.go(Screen::Library);
            }
            (FinishAction::Again, Back::Overview(source)) => {
                self.finish.record_end(&mut self.shared);
                self.begin(source, now);
            }
            (FinishAction::Again, Back::Editor) => {
                self.try_routine(summary.routine, summary.from_step);
            }
        }
    }

    /// The window is closing: a routine being played is recorded as stopped where it is, and a
    /// session waiting for answers with what was answered.
    pub(super) fn close_session(&mut self, now: Duration) {
        self.stop(now);
        self.finish.record_end(&mut self.shared);
    }

    /// Back where a routine was started from: its overview, or the editor if it is still open.
    pub(super) fn go_back(&mut self, back: Back) {
        self.go(match back {
            Back::Overview(source) => Screen::Overview(source),
            Back::Editor if self.authoring.editor.is_some() => Screen::Editor,
            Back::Editor => Screen::Library,
        });
    }

    /// Whether a due reminder may be shown now: not over a routine playing, a question, or the
    /// editor.
    pub(super) fn reminder_may_show(&self) -> bool {
        !self.player.playing()
            && self.shared.ask.is_none()
            && matches!(
                self.screen,
                Screen::Library | Screen::Overview(_) | Screen::History | Screen::Finished(_)
            )
    }

    /// The Settings window, with the reminders' part below the form.
    pub(super) fn settings_window(&mut self, ctx: &egui::Context) {
        let Shared {
            deps,
            settings,
            library,
            ..
        } = &mut self.shared;
        let reminding = &mut self.reminding;
        let changed = self.settings_room.window(ctx, settings, |ui| {
            reminding.settings_ui(ui, deps, library);
        });
        if changed {
            self.player.apply_sound_settings(&self.shared.settings);
        }
    }

    /// What the window is called for the screen shown: the app, then the screen.
    pub(super) fn window_name(&self) -> String {
        let routine = |source| {
            self.shared
                .library
                .get(source)
                .map_or_else(String::new, catalog::Entry::title)
        };
        let screen = match &self.screen {
            Screen::Library => tr!("window-library"),
            Screen::Overview(source) => routine(source),
            Screen::PainBefore(source) => tr!("window-pain-before", routine = routine(source)),
            Screen::Player => tr!("window-player"),
            Screen::Finished(summary) if matches!(summary.ended, Ended::Stopped { .. }) => {
                tr!("window-stopped")
            }
            Screen::Finished(_) => tr!("window-finished"),
            Screen::History => tr!("window-history"),
            Screen::Editor => tr!("window-editor"),
            Screen::Broken(source) => tr!("window-broken", routine = routine(source)),
            Screen::Fix => tr!("window-fix"),
        };
        tr!("window-name", app = APP_NAME, screen = screen)
    }
}
