//! The routine editor: every field of the format, checked as you type with the messages of
//! `stretch-timer check` next to the field at fault, the total time, and a quick preview.
//!
//! The form stays still under the pointer: each field keeps one line for its message whether it
//! has one or not, long text scrolls inside its own box, and a field's message shows only once
//! the person has been in that field or pressed Save, so a blank routine does not open in red.
//!
//! The editor owns a [`Draft`]; saving, drafts on disk and leaving are the app's business, asked
//! for with an [`EditorAction`].

mod authoring;
mod form;
pub(crate) mod media_picker;
mod recorder;
mod schedule;
mod side;
mod step;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::RichText;

pub(crate) use self::authoring::{Agreed, Authoring, EditorGo, forget_draft};
use self::form::{Form, line_edit, problem, row, section, text_edit};
use self::media_picker::{Picker, Place};
use self::schedule::schedule_ui;
pub use self::step::folder_of;
use self::step::{StepChange, sounds_ui, step_ui};
use super::widgets::button_named_enabled;
use crate::engine::Plan;
use crate::media::MediaCheck;
use crate::routine::draft::{Checked, Draft, Field};
use crate::routine::{Routine, format_clock};
use crate::tr;

/// How much faster than real time the preview runs.
pub const PREVIEW_SPEED: u32 = 30;

/// The narrowest form (in points) that still has the total, problems and preview beside it; in
/// a narrower window they come after the steps.
pub(super) const SIDE_BESIDE_FROM: f32 = 760.0;

/// The width of the side column.
pub(super) const SIDE_WIDTH: f32 = 300.0;

/// A routine being edited.
pub struct Editor {
    /// The id its unsaved work is kept under in the drafts folder.
    pub draft_id: String,
    /// What is being edited.
    pub draft: Draft,
    /// The file it is saved to; `None` until first saved.
    pub target: Option<PathBuf>,
    /// Where the files it names (images, recordings) are looked for.
    pub folder: PathBuf,
    /// The file's text when it was opened or last saved, to notice someone else changing it.
    pub disk_text: Option<String>,
    /// The draft as last opened or saved: anything else is unsaved.
    baseline: Draft,
    checked: Checked,
    checked_draft: Draft,
    /// The timeline of the draft as checked, if it is valid: for the preview.
    plan: Option<Plan>,
    /// The draft as last kept in the drafts folder, and when.
    pub kept: Option<(Draft, Duration)>,
    /// When the quick preview started (app time), if it is playing.
    preview_started: Option<Duration>,
    /// The fields whose messages are shown: those the person has been in, and those that had a
    /// problem when they saved (or when work with problems was opened).
    shown: HashSet<Field>,
    /// A step just added, brought into view when it is next drawn.
    scroll_to: Option<usize>,
    /// Decodes the sounds and reads the pictures the draft names, each once while unchanged, so
    /// one that cannot be used is a message at its field as `check` would print it.
    media: MediaCheck,
    /// "Choose picture…" and "Choose recording…", and their previews.
    pub(crate) picker: Picker,
}

/// What the editor asks the app for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorAction {
    /// Back to the library (the app asks what to do with unsaved changes).
    Close,
    /// Save to the file.
    Save,
    /// Play the routine as it is now, from this step (from 0).
    TryFrom(usize),
}

impl Editor {
    /// An editor for `draft`. `baseline` is what counts as saved (`draft` itself for a file just
    /// opened; something else for unsaved work brought back).
    pub fn new(
        draft_id: String,
        draft: Draft,
        baseline: Draft,
        target: Option<PathBuf>,
        folder: PathBuf,
    ) -> Editor {
        let disk_text = target
            .as_deref()
            .and_then(|p| std::fs::read_to_string(p).ok());
        let media = MediaCheck::new();
        let checked = draft.check_with(Some(&folder), &media);
        let plan = checked.routine.as_ref().ok().map(Plan::new);
        Editor {
            draft_id,
            checked_draft: draft.clone(),
            draft,
            target,
            folder,
            disk_text,
            baseline,
            checked,
            plan,
            kept: None,
            preview_started: None,
            shown: HashSet::new(),
            scroll_to: None,
            media,
            picker: Picker::default(),
        }
    }

    /// The draft checked, as it is now.
    pub fn checked(&mut self) -> &Checked {
        if self.checked_draft != self.draft {
            self.checked = self.draft.check_with(Some(&self.folder), &self.media);
            self.plan = self.checked.routine.as_ref().ok().map(Plan::new);
            self.checked_draft = self.draft.clone();
        }
        &self.checked
    }

    /// Shows the message of every field that has a problem now (on Save, or when work that
    /// already has problems is opened). Fields that go wrong later show theirs once touched.
    pub fn reveal_problems(&mut self) {
        self.checked();
        let fields: Vec<Field> = self
            .checked
            .routine
            .as_ref()
            .err()
            .into_iter()
            .flatten()
            .map(|(field, _)| *field)
            .collect();
        self.shown.extend(fields);
    }

    /// Whether there are changes not saved to the file.
    pub fn unsaved(&self) -> bool {
        self.draft != self.baseline || self.target.is_none()
    }

    /// The routine as it is now, if it is valid.
    pub fn routine(&mut self) -> Option<Routine> {
        self.checked().routine.as_ref().ok().cloned()
    }

    /// After saving `text` to `path`: that is now the saved state.
    pub fn saved(&mut self, path: PathBuf, text: String) {
        self.target = Some(path);
        self.disk_text = Some(text);
        self.baseline = self.draft.clone();
    }

    /// The title to show.
    pub fn title(&self) -> String {
        match self.draft.name.trim() {
            "" => tr!("library-untitled"),
            name => name.to_owned(),
        }
    }

    /// How many problems are shown, and how many are not yet (in fields not yet touched).
    fn problem_counts(&self) -> (usize, usize) {
        let all = self.checked.problem_count();
        let shown = self
            .checked
            .routine
            .as_ref()
            .err()
            .into_iter()
            .flatten()
            .filter(|(field, _)| is_shown(&self.shown, *field))
            .count();
        (shown, all - shown)
    }

    /// Draws the editor; `now` is app time (for the preview). Returns what was asked for, and
    /// whether it needs drawing again soon (the preview is playing).
    pub fn ui(&mut self, ui: &mut egui::Ui, now: Duration) -> (Option<EditorAction>, bool) {
        let mut action = None;
        let (draft, target, folder) = (&mut self.draft, &mut self.target, &mut self.folder);
        let (shown, media) = (&mut self.shown, &self.media);
        self.picker.apply(&mut Place {
            draft,
            target,
            folder,
            shown,
            media,
        });
        self.checked();
        self.header_ui(ui, &mut action);
        ui.separator();
        let mut again = false;
        let beside = ui.available_width() >= SIDE_BESIDE_FROM;
        if beside {
            egui::Panel::right("editor-side")
                .resizable(false)
                .exact_size(SIDE_WIDTH)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("editor-side-scroll")
                        .show(ui, |ui| again = self.side_ui(ui, now, &mut action));
                });
        }
        egui::ScrollArea::vertical()
            .id_salt("editor-form")
            .auto_shrink(false)
            .show(ui, |ui| {
                self.fields_ui(ui, &mut action);
                if !beside {
                    // Below the steps, so a list of problems that grows moves no field.
                    ui.separator();
                    again = self.side_ui(ui, now, &mut action);
                }
                ui.add_space(40.0);
            });
        (action, again)
    }

    /// "All routines", the title, and on the right Save, the state and the total. Each is one
    /// line that never wraps, so nothing below moves when the state changes.
    fn header_ui(&mut self, ui: &mut egui::Ui, action: &mut Option<EditorAction>) {
        let (shown, hidden) = self.problem_counts();
        let unsaved = self.unsaved();
        let total = self.draft.total_label();
        let title = self.title();
        ui.horizontal(|ui| {
            if ui.button(tr!("editor-back")).clicked() {
                *action = Some(EditorAction::Close);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let save = egui::Button::new(RichText::new(tr!("editor-save")).strong())
                    .min_size(egui::vec2(90.0, 28.0));
                if ui.add(save).clicked() {
                    *action = Some(EditorAction::Save);
                }
                let error = ui.visuals().error_fg_color;
                let status = match (shown, hidden, unsaved) {
                    (0, 0, false) => RichText::new(tr!("editor-saved")).weak(),
                    (0, 0, true) => RichText::new(tr!("editor-unsaved")),
                    (0, _, _) => RichText::new(tr!("editor-not-finished")),
                    (count, _, _) => {
                        RichText::new(tr!("editor-problems", count = count)).color(error)
                    }
                };
                ui.add(egui::Label::new(status).truncate());
                ui.add(egui::Label::new(tr!("editor-total", total = total)).truncate());
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    // Where the state and the total leave no room for even a cut title (a long
                    // state in German at the largest text), it gives way rather than overlap
                    // them: the window's name and the steps still say what is edited.
                    let room = ui.text_style_height(&egui::TextStyle::Heading) * 2.0;
                    if ui.available_width() >= room {
                        let title = tr!("editor-title", title = title);
                        ui.add(egui::Label::new(RichText::new(title).heading()).truncate());
                    }
                });
            });
        });
        if let Some(path) = &self.target {
            let file = path.file_name().map_or_else(
                || path.display().to_string(),
                |f| f.to_string_lossy().into(),
            );
            let words = match path.parent().and_then(Path::file_name) {
                Some(folder) => {
                    let folder = folder.to_string_lossy();
                    tr!("editor-file-in", file = file, folder = folder)
                }
                None => tr!("editor-file", file = file),
            };
            ui.add(egui::Label::new(RichText::new(words).weak().small()).truncate())
                .on_hover_text(path.display().to_string());
        }
    }

    /// The routine's own fields, then every step.
    fn fields_ui(&mut self, ui: &mut egui::Ui, action: &mut Option<EditorAction>) {
        let Editor {
            draft,
            checked,
            shown,
            scroll_to,
            picker,
            folder,
            ..
        } = self;
        let messages = |shown: &HashSet<Field>, field: Field| messages(checked, shown, field);
        section(ui, &tr!("editor-routine"));
        let form = Form::of(ui);
        let mut touched = Vec::new();
        let name_messages = messages(shown, Field::Name);
        if row(
            ui,
            form,
            &tr!("editor-name"),
            &name_messages,
            |ui, width| {
                line_edit(
                    ui,
                    &mut draft.name,
                    &tr!("editor-name", "name"),
                    &tr!("editor-name", "hint"),
                    width.min(360.0),
                )
            },
        ) {
            touched.push(Field::Name);
        }
        if row(
            ui,
            form,
            &tr!("editor-summary"),
            &messages(shown, Field::Summary),
            |ui, width| {
                text_edit(
                    ui,
                    &mut draft.summary,
                    &tr!("editor-summary"),
                    &tr!("editor-summary", "hint"),
                    width,
                )
            },
        ) {
            touched.push(Field::Summary);
        }
        if row(
            ui,
            form,
            &tr!("editor-author"),
            &messages(shown, Field::Author),
            |ui, width| {
                line_edit(
                    ui,
                    &mut draft.author,
                    &tr!("editor-author"),
                    &tr!("editor-author", "hint"),
                    width.min(360.0),
                )
            },
        ) {
            touched.push(Field::Author);
        }
        if row(
            ui,
            form,
            &tr!("editor-safety"),
            &messages(shown, Field::Safety),
            |ui, width| {
                text_edit(
                    ui,
                    &mut draft.safety,
                    &tr!("editor-safety"),
                    &tr!("editor-safety", "hint"),
                    width,
                )
            },
        ) {
            touched.push(Field::Safety);
        }
        // The client hears them only with spoken step names on, and may still choose never.
        if row(
            ui,
            form,
            &tr!("editor-speech"),
            &messages(shown, Field::ReadInstructions),
            |ui, _| {
                ui.checkbox(
                    &mut draft.read_instructions,
                    tr!("editor-read-instructions"),
                )
                .on_hover_text(tr!("editor-read-instructions", "tooltip"))
            },
        ) {
            touched.push(Field::ReadInstructions);
        }
        // How often the therapist suggests it: the client sees it on the overview and the
        // handout, and the report holds what was done against it.
        if row(
            ui,
            form,
            &tr!("editor-schedule"),
            &messages(shown, Field::Schedule),
            |ui, _| schedule_ui(ui, &mut draft.schedule),
        ) {
            touched.push(Field::Schedule);
        }
        touched.extend(sounds_ui(ui, draft, checked, shown));
        ui.add_space(8.0);
        let count = draft.steps.len();
        let mut change: Option<StepChange> = None;
        for index in 0..count {
            let Some(step) = draft.steps.get_mut(index) else {
                break;
            };
            let frame = egui::Frame::group(ui.style())
                .inner_margin(10.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let number = index + 1;
                    let time = step.total().map_or_else(|| "?".to_owned(), format_clock);
                    let title = match step.name.trim() {
                        "" => tr!("editor-step-title-unnamed", number = number, time = time),
                        name => tr!(
                            "editor-step-title",
                            number = number,
                            name = name,
                            time = time
                        ),
                    };
                    ui.add_space(4.0);
                    ui.add(egui::Label::new(RichText::new(title).heading()).truncate());
                    ui.horizontal_wrapped(|ui| {
                        // Several steps, several buttons: each says which step it is about.
                        let n = index + 1;
                        let mut named = |enabled: bool, text: String, name: String| {
                            button_named_enabled(ui, enabled, &text, &name).clicked()
                        };
                        if named(
                            index > 0,
                            tr!("editor-move-up"),
                            tr!("editor-move-up", "name", n = n),
                        ) {
                            change = Some(StepChange::Swap(index - 1));
                        }
                        if named(
                            index + 1 < count,
                            tr!("editor-move-down"),
                            tr!("editor-move-down", "name", n = n),
                        ) {
                            change = Some(StepChange::Swap(index));
                        }
                        if named(
                            true,
                            tr!("editor-duplicate"),
                            tr!("editor-duplicate", "name", n = n),
                        ) {
                            change = Some(StepChange::Duplicate(index));
                        }
                        if named(
                            count > 1,
                            tr!("editor-remove"),
                            tr!("editor-remove", "name", n = n),
                        ) {
                            change = Some(StepChange::Remove(index));
                        }
                        if named(
                            true,
                            tr!("editor-try-from-here"),
                            tr!("editor-try-from-here", "name", n = n),
                        ) {
                            *action = Some(EditorAction::TryFrom(index));
                        }
                    });
                    let media = (&mut *picker, folder.as_path());
                    touched.extend(step_ui(ui, step, index, checked, shown, media));
                });
            if *scroll_to == Some(index) {
                *scroll_to = None;
                ui.scroll_to_rect(frame.response.rect, Some(egui::Align::TOP));
            }
            ui.add_space(8.0);
        }
        if ui.button(tr!("editor-add-step")).clicked() {
            change = Some(StepChange::Add);
        }
        // Whole-routine messages (too many steps, too long in all) come from what was just done;
        // they are shown below the button, where they move no field.
        for field in [Field::Routine, Field::Steps] {
            for message in messages(shown, field) {
                problem(ui, &message);
            }
        }
        shown.extend(touched);
        if let Some(change) = change {
            change.remap(shown);
            if matches!(change, StepChange::Add) {
                *scroll_to = Some(draft.steps.len());
            }
            change.apply(&mut draft.steps);
        }
    }
}

/// Whether the messages about `field` are shown. The whole routine's (too many steps, too long in
/// all) always are: they follow from what was just done, not from a field left blank.
pub(super) fn is_shown(shown: &HashSet<Field>, field: Field) -> bool {
    matches!(field, Field::Routine | Field::Steps) || shown.contains(&field)
}

/// The messages to show about `field`: none until it is shown.
pub(super) fn messages(checked: &Checked, shown: &HashSet<Field>, field: Field) -> Vec<String> {
    if !is_shown(shown, field) {
        return Vec::new();
    }
    checked
        .problems_at(field)
        .map(|d| crate::problems::said_in_form(&d.problem))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::draft::StepField;

    fn shown(fields: &[Field]) -> HashSet<Field> {
        fields.iter().copied().collect()
    }

    #[test]
    fn a_steps_shown_messages_move_with_the_step() {
        let hold = |i| Field::Step(i, Some(StepField::Hold));
        let mut s = shown(&[hold(0), hold(2), Field::Name]);
        StepChange::Swap(0).remap(&mut s);
        assert_eq!(s, shown(&[hold(1), hold(2), Field::Name]));
        StepChange::Duplicate(1).remap(&mut s);
        assert_eq!(s, shown(&[hold(1), hold(2), hold(3), Field::Name]));
        StepChange::Remove(1).remap(&mut s);
        assert_eq!(s, shown(&[hold(1), hold(2), Field::Name]));
        StepChange::Add.remap(&mut s);
        assert_eq!(s, shown(&[hold(1), hold(2), Field::Name]));
    }
}
