//! The routine editor: every field of the format, checked as you type with the messages of
//! `stretch-timer check` next to the field at fault, the total time, and a quick preview.
//!
//! The form stays still under the pointer: each field keeps one line for its message whether it
//! has one or not, long text scrolls inside its own box, and a field's message shows only once
//! the person has been in that field or pressed Save, so a blank routine does not open in red.
//!
//! The editor owns a [`Draft`]; saving, drafts on disk and leaving are the app's business, asked
//! for with an [`EditorAction`].

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::RichText;

use super::media_picker::{Kind, Picker, Place};
use super::widgets::button_named_enabled;
use super::widgets::illustration::{self, Figure};
use crate::engine::{PhaseKind, Plan};
use crate::media::MediaCheck;
use crate::routine::draft::{Checked, Draft, Field, StepDraft, StepField};
use crate::routine::{Drawing, Routine, Sides, Tone, format_clock};

/// How much faster than real time the preview runs.
pub const PREVIEW_SPEED: u32 = 30;

/// The narrowest form (in points) that still has the total, problems and preview beside it; in
/// a narrower window they come after the steps.
const SIDE_BESIDE_FROM: f32 = 760.0;

/// The width of the side column.
const SIDE_WIDTH: f32 = 300.0;

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
    pub(super) picker: Picker,
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
            "" => "Untitled routine".to_owned(),
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
            if ui.button("All routines").clicked() {
                *action = Some(EditorAction::Close);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let save = egui::Button::new(RichText::new("Save").strong())
                    .min_size(egui::vec2(90.0, 28.0));
                if ui.add(save).clicked() {
                    *action = Some(EditorAction::Save);
                }
                let error = ui.visuals().error_fg_color;
                let status = match (shown, hidden, unsaved) {
                    (0, 0, false) => RichText::new("Saved").weak(),
                    (0, 0, true) => RichText::new("Unsaved changes"),
                    (0, _, _) => RichText::new("Not finished"),
                    (1, _, _) => RichText::new("1 problem").color(error),
                    (n, _, _) => RichText::new(format!("{n} problems")).color(error),
                };
                ui.add(egui::Label::new(status).truncate());
                ui.add(egui::Label::new(format!("Total {total}")).truncate());
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    ui.add(
                        egui::Label::new(RichText::new(format!("Editing: {title}")).heading())
                            .truncate(),
                    );
                });
            });
        });
        if let Some(path) = &self.target {
            let file = path.file_name().map_or_else(
                || path.display().to_string(),
                |f| f.to_string_lossy().into(),
            );
            let place = path
                .parent()
                .and_then(Path::file_name)
                .map_or_else(String::new, |d| format!(" in {}", d.to_string_lossy()));
            ui.add(
                egui::Label::new(RichText::new(format!("File: {file}{place}")).weak().small())
                    .truncate(),
            )
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
        section(ui, "Routine");
        let form = Form::of(ui);
        let mut touched = Vec::new();
        let name_messages = messages(shown, Field::Name);
        if row(ui, form, "Name", &name_messages, |ui, width| {
            line_edit(
                ui,
                &mut draft.name,
                "Routine name",
                "e.g. Morning psoas stretch",
                width.min(360.0),
            )
        }) {
            touched.push(Field::Name);
        }
        if row(
            ui,
            form,
            "Summary",
            &messages(shown, Field::Summary),
            |ui, width| {
                text_edit(
                    ui,
                    &mut draft.summary,
                    "Summary",
                    "What it is for (optional)",
                    width,
                )
            },
        ) {
            touched.push(Field::Summary);
        }
        if row(
            ui,
            form,
            "Written by",
            &messages(shown, Field::Author),
            |ui, width| {
                line_edit(
                    ui,
                    &mut draft.author,
                    "Written by",
                    "Your name (optional)",
                    width.min(360.0),
                )
            },
        ) {
            touched.push(Field::Author);
        }
        if row(
            ui,
            form,
            "Safety",
            &messages(shown, Field::Safety),
            |ui, width| {
                text_edit(
                    ui,
                    &mut draft.safety,
                    "Safety",
                    "Shown before the routine starts: when to stop, what to avoid",
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
            "Speech",
            &messages(shown, Field::ReadInstructions),
            |ui, _| {
                ui.checkbox(
                    &mut draft.read_instructions,
                    "Read each step's instructions aloud",
                )
                .on_hover_text(
                    "While the client gets ready, where they end before Hold: allow a second of \
                     Get ready for every three words, and 5 seconds more",
                )
            },
        ) {
            touched.push(Field::ReadInstructions);
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
                    let title = format!(
                        "Step {} · {} · {}",
                        index + 1,
                        match step.name.trim() {
                            "" => "(no name yet)",
                            name => name,
                        },
                        step.total().map_or_else(|| "?".to_owned(), format_clock)
                    );
                    ui.add_space(4.0);
                    ui.add(egui::Label::new(RichText::new(title).heading()).truncate());
                    ui.horizontal_wrapped(|ui| {
                        // Several steps, several buttons: each says which step it is about.
                        let n = index + 1;
                        let mut named = |enabled: bool, text: &str, name: String| {
                            button_named_enabled(ui, enabled, text, &name).clicked()
                        };
                        if named(index > 0, "Move up", format!("Move step {n} up")) {
                            change = Some(StepChange::Swap(index - 1));
                        }
                        if named(
                            index + 1 < count,
                            "Move down",
                            format!("Move step {n} down"),
                        ) {
                            change = Some(StepChange::Swap(index));
                        }
                        if named(true, "Duplicate", format!("Duplicate step {n}")) {
                            change = Some(StepChange::Duplicate(index));
                        }
                        if named(count > 1, "Remove", format!("Remove step {n}")) {
                            change = Some(StepChange::Remove(index));
                        }
                        if named(true, "Try from here", format!("Try from step {n}")) {
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
        if ui.button("Add a step").clicked() {
            change = Some(StepChange::Add);
        }
        // Whole-routine messages (too many steps, too long in all) come from what was just done;
        // they are shown below the button, where they move no field.
        for field in [Field::Routine, Field::Steps, Field::Schedule] {
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

    /// The total, the problems, and the preview.
    fn side_ui(
        &mut self,
        ui: &mut egui::Ui,
        now: Duration,
        action: &mut Option<EditorAction>,
    ) -> bool {
        ui.add_space(6.0);
        ui.label(RichText::new(format!("Total time {}", self.draft.total_label())).heading());
        let (shown, hidden) = self.problem_counts();
        if shown + hidden == 0 {
            ui.label("No problems: ready to save and to use.");
        } else if shown == 0 {
            ui.label(
                "Not ready to use yet: some fields still need something. Each says what once you \
                 have been in it, or when you press Save.",
            );
        } else {
            ui.label(
                RichText::new(match shown {
                    1 => "1 problem to fix before the client can use it:".to_owned(),
                    n => format!("{n} problems to fix before the client can use it:"),
                })
                .color(ui.visuals().error_fg_color),
            );
            egui::ScrollArea::vertical()
                .id_salt("problems")
                .max_height(180.0)
                .show(ui, |ui| {
                    let problems = self.checked.routine.as_ref().err().into_iter().flatten();
                    for (field, d) in problems.filter(|(f, _)| is_shown(&self.shown, *f)) {
                        let place = match field {
                            Field::Step(i, _) => format!("Step {}: ", i + 1),
                            _ => String::new(),
                        };
                        ui.label(format!("{place}{}", d.problem));
                    }
                });
            if hidden > 0 {
                ui.label(
                    RichText::new(format!("… and fields not yet filled in ({hidden})")).weak(),
                );
            }
        }
        ui.separator();
        ui.label(RichText::new("Preview").strong());
        let Some(routine) = self.checked.routine.as_ref().ok() else {
            ui.label(RichText::new("The preview shows once the problems are fixed.").weak());
            self.preview_started = None;
            return false;
        };
        let Some(plan) = &self.plan else {
            return false;
        };
        let position = self
            .preview_started
            .map(|start| now.saturating_sub(start) * PREVIEW_SPEED)
            .filter(|p| *p < plan.total);
        if self.preview_started.is_some() && position.is_none() {
            self.preview_started = None;
        }
        timeline(ui, plan, position);
        match position {
            Some(at) => {
                if let Some(phase) = plan.phase_at(at).and_then(|i| plan.phases.get(i)) {
                    let step = routine
                        .steps
                        .get(phase.step)
                        .map_or("", |s| s.name.as_str());
                    let side = phase
                        .side
                        .map_or(String::new(), |s| format!(", {}", s.as_str()));
                    ui.label(format!(
                        "{} of {} · step {} {step}: {}{side}",
                        format_clock(at),
                        format_clock(plan.total),
                        phase.step + 1,
                        phase.kind.words().to_lowercase()
                    ));
                }
                if ui.button("Stop preview").clicked() {
                    self.preview_started = None;
                }
            }
            None => {
                ui.label(
                    RichText::new(format!(
                        "Plays the whole timeline {PREVIEW_SPEED} times faster, without sound."
                    ))
                    .weak(),
                );
                if ui.button("Play preview").clicked() {
                    self.preview_started = Some(now);
                }
            }
        }
        ui.add_space(6.0);
        if ui.button("Try it in the player").clicked() {
            *action = Some(EditorAction::TryFrom(0));
        }
        self.preview_started.is_some()
    }
}

/// Whether the messages about `field` are shown. The whole routine's (too many steps, too long in
/// all) always are: they follow from what was just done, not from a field left blank.
fn is_shown(shown: &HashSet<Field>, field: Field) -> bool {
    matches!(field, Field::Routine | Field::Steps) || shown.contains(&field)
}

/// The messages to show about `field`: none until it is shown.
fn messages(checked: &Checked, shown: &HashSet<Field>, field: Field) -> Vec<String> {
    if !is_shown(shown, field) {
        return Vec::new();
    }
    checked
        .problems_at(field)
        .map(|d| d.problem.to_string())
        .collect()
}

/// A change to the list of steps, applied after drawing it.
#[derive(Debug, Clone, Copy)]
enum StepChange {
    /// Swap step `i` with step `i + 1`.
    Swap(usize),
    Duplicate(usize),
    Remove(usize),
    Add,
}

impl StepChange {
    fn apply(self, steps: &mut Vec<StepDraft>) {
        match self {
            StepChange::Swap(i) if i + 1 < steps.len() => steps.swap(i, i + 1),
            StepChange::Duplicate(i) => {
                if let Some(step) = steps.get(i).cloned() {
                    steps.insert(i + 1, step);
                }
            }
            StepChange::Remove(i) if i < steps.len() && steps.len() > 1 => {
                steps.remove(i);
            }
            StepChange::Add => steps.push(StepDraft::default()),
            _ => {}
        }
    }

    /// Moves the steps' shown fields along with the steps, so a message stays with its step.
    fn remap(self, shown: &mut HashSet<Field>) {
        let moved = |i: usize| -> Vec<usize> {
            match self {
                StepChange::Swap(a) if i == a => vec![a + 1],
                StepChange::Swap(a) if i == a + 1 => vec![a],
                StepChange::Duplicate(d) if i == d => vec![d, d + 1],
                StepChange::Duplicate(d) if i > d => vec![i + 1],
                StepChange::Remove(r) if i == r => vec![],
                StepChange::Remove(r) if i > r => vec![i - 1],
                _ => vec![i],
            }
        };
        *shown = shown
            .drain()
            .flat_map(|field| match field {
                Field::Step(i, f) => moved(i).into_iter().map(|j| Field::Step(j, f)).collect(),
                other => vec![other],
            })
            .collect();
    }
}

/// The plan as a strip: holds dark, the rest light, and a cursor at `position`.
fn timeline(ui: &mut egui::Ui, plan: &Plan, position: Option<Duration>) {
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), 28.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let total = plan.total.as_secs_f32().max(1.0);
    let x = |t: Duration| rect.left() + rect.width() * t.as_secs_f32() / total;
    let visuals = ui.visuals();
    painter.rect_filled(rect, 2.0, visuals.extreme_bg_color);
    for phase in &plan.phases {
        let span = egui::Rect::from_x_y_ranges(x(phase.start)..=x(phase.end()), rect.y_range());
        let color = match phase.kind {
            PhaseKind::Hold => visuals.selection.bg_fill,
            PhaseKind::Prepare => visuals.widgets.inactive.bg_fill,
            PhaseKind::Rest | PhaseKind::SwitchSides => visuals.faint_bg_color,
        };
        painter.rect_filled(span.shrink2(egui::vec2(0.5, 0.0)), 0.0, color);
    }
    if let Some(at) = position {
        let cx = x(at);
        painter.line_segment(
            [egui::pos2(cx, rect.top()), egui::pos2(cx, rect.bottom())],
            egui::Stroke::new(2.0, visuals.strong_text_color()),
        );
    }
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, "Timeline of the routine")
    });
}

fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(4.0);
    ui.label(RichText::new(title).heading());
}

fn problem(ui: &mut egui::Ui, message: &str) {
    ui.add(egui::Label::new(RichText::new(message).color(ui.visuals().error_fg_color)).wrap());
}

/// How the form's rows are laid out in the width there is: the label beside the field, or above
/// it where the window is narrow (a small window at a large text size).
#[derive(Debug, Clone, Copy)]
struct Form {
    label: f32,
    field: f32,
    stacked: bool,
}

impl Form {
    fn of(ui: &egui::Ui) -> Form {
        const LABEL: f32 = 130.0;
        let width = ui.available_width();
        let stacked = width < 460.0;
        let field = if stacked {
            width
        } else {
            width - LABEL - ui.spacing().item_spacing.x
        };
        Form {
            label: LABEL,
            field: field.max(100.0),
            stacked,
        }
    }
}

/// One row of the form: the label, the widget (given its width), and a line kept for the
/// messages about the field, empty or not, so that a message coming or going moves nothing.
/// Returns whether the person was in the field (changed it, or left it).
fn row(
    ui: &mut egui::Ui,
    form: Form,
    label: &str,
    messages: &[String],
    widget: impl FnOnce(&mut egui::Ui, f32) -> egui::Response,
) -> bool {
    let body = |ui: &mut egui::Ui| {
        let response = widget(ui, form.field);
        message_line(ui, form.field, messages);
        response.changed() || response.lost_focus()
    };
    if form.stacked {
        if !label.is_empty() {
            ui.label(label);
        }
        return body(ui);
    }
    ui.horizontal_top(|ui| {
        ui.allocate_ui_with_layout(
            egui::vec2(form.label, ui.spacing().interact_size.y),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.set_min_width(form.label);
                ui.add(egui::Label::new(label).truncate());
            },
        );
        ui.allocate_ui_with_layout(
            egui::vec2(form.field, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            body,
        )
        .inner
    })
    .inner
}

/// The line under a field: its first message, cut to the line (all of them on hover, in the list
/// of problems, and to screen readers), or nothing; the same height either way.
fn message_line(ui: &mut egui::Ui, width: f32, messages: &[String]) {
    let height = ui.text_style_height(&egui::TextStyle::Body);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let Some(first) = messages.first() else {
        return;
    };
    let text = match messages.len() {
        1 => first.clone(),
        n => format!("{first} (and {} more)", n - 1),
    };
    let mut line = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::left_to_right(egui::Align::Center)),
    );
    let color = line.visuals().error_fg_color;
    line.add(egui::Label::new(RichText::new(text).color(color)).truncate())
        .on_hover_text(messages.join("\n"));
}

fn line_edit(
    ui: &mut egui::Ui,
    text: &mut String,
    name: &str,
    hint: &str,
    width: f32,
) -> egui::Response {
    let response = ui.add(
        egui::TextEdit::singleline(text)
            .hint_text(hint)
            .desired_width(width),
    );
    let name = name.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
    response
}

/// A text of a few lines, in a box of fixed height that scrolls: a long text grows inside it, not
/// down the page.
fn text_edit(
    ui: &mut egui::Ui,
    text: &mut String,
    name: &str,
    hint: &str,
    width: f32,
) -> egui::Response {
    let rows = 3;
    let height = ui.text_style_height(&egui::TextStyle::Body) * rows as f32
        + 2.0 * ui.spacing().button_padding.y
        + 4.0;
    egui::ScrollArea::vertical()
        .id_salt(("text", name))
        .max_height(height)
        .min_scrolled_height(height)
        .auto_shrink([false, false])
        .max_width(width)
        .show(ui, |ui| {
            let response = ui.add(
                egui::TextEdit::multiline(text)
                    .hint_text(hint)
                    .desired_rows(rows)
                    .desired_width(width - ui.spacing().scroll.allocated_width() - 4.0),
            );
            let name = name.to_owned();
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, &name)
            });
            response
        })
        .inner
}

/// A step's fields; returns the fields the person was in.
fn step_ui(
    ui: &mut egui::Ui,
    step: &mut StepDraft,
    index: usize,
    checked: &Checked,
    shown: &HashSet<Field>,
    (picker, folder): (&mut Picker, &Path),
) -> Vec<Field> {
    let n = index + 1;
    let refused = picker.refused(index);
    let at = |f| Field::Step(index, Some(f));
    let form = Form::of(ui);
    let mut touched = Vec::new();
    let mut field_row =
        |ui: &mut egui::Ui,
         field: StepField,
         label: &str,
         widget: &mut dyn FnMut(&mut egui::Ui, f32) -> egui::Response| {
            let mut messages = messages(checked, shown, at(field));
            if field == StepField::Name {
                // What is wrong with the step as a whole is said at its first field.
                messages.extend(self::messages(checked, shown, Field::Step(index, None)));
            }
            // A file chosen and refused is said where it would have gone.
            messages.extend(
                refused
                    .iter()
                    .filter(|(f, _)| *f == field)
                    .map(|(_, m)| m.clone()),
            );
            if row(ui, form, label, &messages, |ui, width| widget(ui, width)) {
                touched.push(at(field));
                touched.push(Field::Step(index, None));
            }
        };
    field_row(ui, StepField::Name, "Name", &mut |ui, width| {
        line_edit(
            ui,
            &mut step.name,
            &format!("Step {n} name"),
            "e.g. Bench psoas stretch",
            width.min(360.0),
        )
    });
    field_row(
        ui,
        StepField::Instructions,
        "Instructions",
        &mut |ui, width| {
            text_edit(
                ui,
                &mut step.instructions,
                &format!("Step {n} instructions"),
                "What to do, what to feel, what to avoid",
                width,
            )
        },
    );
    field_row(ui, StepField::Sides, "Sides", &mut |ui, _| {
        ui.horizontal_wrapped(|ui| {
            let mut all: Option<egui::Response> = None;
            for (sides, text) in [
                (Sides::Neither, "No sides"),
                (Sides::Left, "Left only"),
                (Sides::Right, "Right only"),
                (Sides::Both, "Left, then right"),
            ] {
                let r = ui.selectable_value(&mut step.sides, sides, text);
                let name = format!("Step {n} sides: {text}");
                let selected = sides == step.sides;
                r.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::RadioButton, true, selected, &name)
                });
                all = Some(match all {
                    Some(a) => a | r,
                    None => r,
                });
            }
            all
        })
        .inner
        .unwrap_or_else(|| ui.label(""))
    });
    let duration = |ui: &mut egui::Ui, text: &mut String, what: &str, hint: &str, enabled: bool| {
        ui.add_enabled_ui(enabled, |ui| {
            line_edit(ui, text, &format!("Step {n} {what}"), hint, 90.0)
        })
        .inner
    };
    field_row(ui, StepField::Hold, "Hold", &mut |ui, _| {
        duration(ui, &mut step.hold, "hold", "30s", true)
    });
    let per_side = step.sides == Sides::Both;
    field_row(ui, StepField::Reps, "Repetitions", &mut |ui, _| {
        let r = ui.add(
            egui::DragValue::new(&mut step.reps)
                .range(1..=50)
                .suffix(if per_side { " per side" } else { "" }),
        );
        let name = format!("Step {n} repetitions");
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, &name));
        r
    });
    field_row(ui, StepField::Prepare, "Get ready", &mut |ui, _| {
        duration(ui, &mut step.prepare, "get ready", "5s", true)
    });
    field_row(ui, StepField::Rest, "Rest between", &mut |ui, _| {
        duration(ui, &mut step.rest, "rest", "0s", true)
    });
    // Always there, greyed out unless both sides are worked: choosing the sides moves no field.
    field_row(ui, StepField::SwitchSides, "Switch sides", &mut |ui, _| {
        ui.horizontal(|ui| {
            let r = duration(ui, &mut step.switch_sides, "switch sides", "5s", per_side);
            if !per_side {
                ui.label(RichText::new("only for \"Left, then right\"").weak());
            }
            r
        })
        .inner
    });
    field_row(ui, StepField::Countdown, "Countdown", &mut |ui, _| {
        let r = ui.add(
            egui::DragValue::new(&mut step.countdown)
                .range(0..=10)
                .suffix(" ticks"),
        );
        let name = format!("Step {n} countdown");
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, &name));
        r
    });
    field_row(ui, StepField::Halfway, "Halfway cue", &mut |ui, _| {
        let name = format!("Step {n} halfway cue");
        let r = ui.checkbox(&mut step.halfway, "A cue halfway through each hold");
        let halfway = step.halfway;
        r.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, halfway, &name));
        r
    });
    field_row(ui, StepField::Breathe, "Breathing pace", &mut |ui, _| {
        duration(ui, &mut step.breathe, "breathing pace", "none", true)
    });
    field_row(ui, StepField::Image, "Picture", &mut |ui, width| {
        let value = step.image.clone();
        picker.field(ui, Kind::Picture, index, &value, folder, |ui| {
            line_edit(
                ui,
                &mut step.image,
                &format!("Step {n} picture"),
                "a file next to the routine, e.g. images/bench.png",
                (width - 210.0).clamp(120.0, 360.0),
            )
        })
    });
    let drawn = drawing_ui(ui, form, step, n);
    field_row(ui, StepField::Voice, "Recording", &mut |ui, width| {
        let value = step.voice.clone();
        picker.field(ui, Kind::Recording, index, &value, folder, |ui| {
            line_edit(
                ui,
                &mut step.voice,
                &format!("Step {n} recording"),
                "a sound file next to the routine, played as the step begins",
                (width - 210.0).clamp(120.0, 360.0),
            )
        })
    });
    if drawn {
        touched.push(at(StepField::Drawing));
    }
    touched
}

/// Which built-in drawing the player shows for the step (when it has no picture of its own): a
/// small copy of it, in a box of the same size whether there is one or not, and a menu to choose
/// another. Choosing one sets the step's `drawing` field; *Picked by the step's name* leaves the
/// field out, so the words of the name pick one as in files written before the field. Returns
/// whether the choice changed.
fn drawing_ui(ui: &mut egui::Ui, form: Form, step: &mut StepDraft, n: usize) -> bool {
    let figure = illustration::shown(step.drawing, &step.name);
    let words = match (step.image.trim().is_empty(), step.drawing, figure) {
        (false, _, _) => "Your picture is shown instead of a drawing.".to_owned(),
        (true, None, Some(figure)) => format!("{}, picked by the step's name.", figure.name()),
        (true, None, None) => "None: no drawing's words are in the step's name.".to_owned(),
        (true, Some(_), Some(figure)) => format!("{}, chosen for this step.", figure.name()),
        (true, Some(_), None) => "None: this step shows no drawing.".to_owned(),
    };
    let by_name = Figure::for_step(&step.name);
    let mut chosen = None;
    row(ui, form, "Drawing", &[], |ui, _| {
        ui.horizontal(|ui| {
            let size = egui::vec2(96.0, 60.0);
            match figure {
                Some(figure) => illustration::show(ui, figure, None, size),
                None => {
                    ui.allocate_exact_size(size, egui::Sense::hover());
                }
            }
            ui.vertical(|ui| {
                let name = format!("Step {n} drawing: {words}");
                let r = ui.add(egui::Label::new(&words).wrap());
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
                let menu = ui.menu_button("Choose a drawing…", |ui| {
                    let choices = std::iter::once((None, "Picked by the step's name".to_owned()))
                        .chain(
                            illustration::ALL
                                .iter()
                                .map(|f| (Some(f.drawing()), f.name().to_owned())),
                        )
                        .chain(std::iter::once((
                            Some(Drawing::NoDrawing),
                            "No drawing".to_owned(),
                        )));
                    for (i, (choice, text)) in choices.enumerate() {
                        // The drawings set apart from the two choices that name none.
                        if i == 1 || i == illustration::ALL.len() + 1 {
                            ui.separator();
                        }
                        let selected = step.drawing == choice;
                        let r = ui.add(egui::Button::selectable(selected, &text));
                        let r = match choice {
                            None => r.on_hover_text(match by_name {
                                Some(f) => format!("Now: {}", f.name()),
                                None => "Now: none, no drawing's words are in the name".to_owned(),
                            }),
                            Some(_) => r,
                        };
                        let label = format!("Step {n} drawing {text}");
                        r.widget_info(|| {
                            egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label)
                        });
                        if r.clicked() && !selected {
                            chosen = Some(choice);
                        }
                    }
                });
                let label = format!("Choose a drawing for step {n}");
                menu.response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                r
            })
            .inner
        })
        .inner
    });
    let Some(drawing) = chosen else {
        return false;
    };
    step.drawing = drawing;
    true
}
/// The cue sounds this routine replaces: one path per tone, empty for the built-in sound. Returns
/// the fields the person was in.
fn sounds_ui(
    ui: &mut egui::Ui,
    draft: &mut Draft,
    checked: &Checked,
    shown: &HashSet<Field>,
) -> Vec<Field> {
    let replaced = draft.sounds.len();
    let title = match replaced {
        0 => "Cue sounds (built-in)".to_owned(),
        n => format!("Cue sounds ({n} replaced)"),
    };
    let with_problems = Tone::ALL
        .iter()
        .any(|t| checked.problems_at(Field::Sound(*t)).next().is_some());
    let mut touched = Vec::new();
    egui::CollapsingHeader::new(title)
        .id_salt("cue-sounds")
        .default_open(with_problems)
        .show(ui, |ui| {
            ui.label(
                RichText::new("A sound file next to the routine replaces a built-in cue sound.")
                    .weak(),
            );
            let form = Form::of(ui);
            for tone in Tone::ALL {
                let mut file = draft
                    .sounds
                    .iter()
                    .find(|(t, _)| *t == tone)
                    .map(|(_, f)| f.clone())
                    .unwrap_or_default();
                let before = file.clone();
                let field = Field::Sound(tone);
                if row(
                    ui,
                    form,
                    tone.name(),
                    &messages(checked, shown, field),
                    |ui, width| {
                        line_edit(
                            ui,
                            &mut file,
                            &format!("Sound {}", tone.name()),
                            "built-in",
                            width.min(240.0),
                        )
                    },
                ) {
                    touched.push(field);
                }
                if file != before {
                    set_sound(&mut draft.sounds, tone, file);
                }
            }
        });
    touched
}

fn set_sound(sounds: &mut Vec<(Tone, String)>, tone: Tone, file: String) {
    sounds.retain(|(t, _)| *t != tone);
    if !file.trim().is_empty() {
        sounds.push((tone, file));
        sounds.sort_by_key(|(t, _)| *t);
    }
}

/// The folder a new routine is saved in and looks for its files in.
pub fn folder_of(target: Option<&Path>, routines: &Path) -> PathBuf {
    target
        .and_then(Path::parent)
        .map_or_else(|| routines.to_owned(), Path::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

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
