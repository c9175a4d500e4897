//! The routine editor: every field of the format, checked as you type with the messages of
//! `stretch-timer check` next to the field at fault, the total time, and a quick preview.
//!
//! The editor owns a [`Draft`]; saving, drafts on disk and leaving are the app's business, asked
//! for with an [`EditorAction`].

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::RichText;

use super::library::button_named_enabled;
use crate::engine::{PhaseKind, Plan};
use crate::routine::draft::{Checked, Draft, Field, StepDraft, StepField};
use crate::routine::{Routine, Sides, Tone, format_clock};

/// How much faster than real time the preview runs.
pub const PREVIEW_SPEED: u32 = 30;

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
        let checked = draft.check(Some(&folder));
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
        }
    }

    /// The draft checked, as it is now.
    pub fn checked(&mut self) -> &Checked {
        if self.checked_draft != self.draft {
            self.checked = self.draft.check(Some(&self.folder));
            self.plan = self.checked.routine.as_ref().ok().map(Plan::new);
            self.checked_draft = self.draft.clone();
        }
        &self.checked
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

    /// Draws the editor; `now` is app time (for the preview). Returns what was asked for, and
    /// whether it needs drawing again soon (the preview is playing).
    pub fn ui(&mut self, ui: &mut egui::Ui, now: Duration) -> (Option<EditorAction>, bool) {
        let mut action = None;
        self.checked();
        let problems = self.checked.problem_count();
        ui.horizontal(|ui| {
            if ui.button("All routines").clicked() {
                action = Some(EditorAction::Close);
            }
            ui.heading(format!("Editing: {}", self.title()));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let save = egui::Button::new(RichText::new("Save").strong())
                    .min_size(egui::vec2(90.0, 28.0));
                if ui.add(save).clicked() {
                    action = Some(EditorAction::Save);
                }
                let status = match (problems, self.unsaved()) {
                    (0, false) => RichText::new("Saved").weak(),
                    (0, true) => RichText::new("Unsaved changes"),
                    (1, _) => RichText::new("1 problem").color(ui.visuals().error_fg_color),
                    (n, _) => {
                        RichText::new(format!("{n} problems")).color(ui.visuals().error_fg_color)
                    }
                };
                ui.label(status);
                ui.label(format!("Total {}", self.draft.total_label()));
            });
        });
        if let Some(path) = &self.target {
            ui.label(RichText::new(path.display().to_string()).weak().small());
        }
        ui.separator();
        let mut again = false;
        egui::Panel::right("editor-side")
            .resizable(false)
            .exact_size(300.0)
            .show(ui, |ui| {
                again = self.side_ui(ui, now, &mut action);
            });
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                self.fields_ui(ui, &mut action);
            });
        (action, again)
    }

    /// The routine's own fields, then every step.
    fn fields_ui(&mut self, ui: &mut egui::Ui, action: &mut Option<EditorAction>) {
        let checked = &self.checked;
        let draft = &mut self.draft;
        section(ui, "Routine");
        egui::Grid::new("routine-fields")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                row(ui, checked, Field::Name, "Name", |ui| {
                    line_edit(
                        ui,
                        &mut draft.name,
                        "Routine name",
                        "e.g. Morning psoas stretch",
                        360.0,
                    );
                });
                row(ui, checked, Field::Summary, "Summary", |ui| {
                    text_edit(
                        ui,
                        &mut draft.summary,
                        "Summary",
                        "What it is for (optional)",
                    );
                });
                row(ui, checked, Field::Author, "Written by", |ui| {
                    line_edit(
                        ui,
                        &mut draft.author,
                        "Written by",
                        "Your name (optional)",
                        360.0,
                    );
                });
                row(ui, checked, Field::Safety, "Safety", |ui| {
                    text_edit(
                        ui,
                        &mut draft.safety,
                        "Safety",
                        "Shown before the routine starts: when to stop, what to avoid",
                    );
                });
            });
        for d in checked
            .problems_at(Field::Routine)
            .chain(checked.problems_at(Field::Steps))
        {
            problem(ui, &d.problem.to_string());
        }
        sounds_ui(ui, draft, checked);
        ui.add_space(8.0);
        let count = draft.steps.len();
        let mut change: Option<StepChange> = None;
        for index in 0..count {
            let Some(step) = draft.steps.get_mut(index) else {
                break;
            };
            egui::Frame::group(ui.style())
                .inner_margin(10.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    section(
                        ui,
                        &format!(
                            "Step {} · {} · {}",
                            index + 1,
                            match step.name.trim() {
                                "" => "(no name yet)",
                                name => name,
                            },
                            step.total().map_or_else(|| "?".to_owned(), format_clock)
                        ),
                    );
                    ui.horizontal(|ui| {
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
                    step_ui(ui, step, index, checked);
                });
            ui.add_space(8.0);
        }
        if ui.button("Add a step").clicked() {
            change = Some(StepChange::Add);
        }
        if let Some(change) = change {
            change.apply(&mut draft.steps);
        }
        ui.add_space(40.0);
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
        let problems = self.checked.problem_count();
        if problems == 0 {
            ui.label("No problems: ready to save and to use.");
        } else {
            ui.label(
                RichText::new(match problems {
                    1 => "1 problem to fix before the client can use it:".to_owned(),
                    n => format!("{n} problems to fix before the client can use it:"),
                })
                .color(ui.visuals().error_fg_color),
            );
            egui::ScrollArea::vertical()
                .id_salt("problems")
                .max_height(180.0)
                .show(ui, |ui| {
                    for (field, d) in self.checked.routine.as_ref().err().into_iter().flatten() {
                        let place = match field {
                            Field::Step(i, _) => format!("Step {}: ", i + 1),
                            _ => String::new(),
                        };
                        ui.label(format!("{place}{}", d.problem));
                    }
                });
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

/// A change to the list of steps, applied after drawing it.
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
    ui.label(RichText::new(message).color(ui.visuals().error_fg_color));
}

/// One row of a form: the label, the widget, and the messages about the field under it.
fn row(
    ui: &mut egui::Ui,
    checked: &Checked,
    field: Field,
    label: &str,
    widget: impl FnOnce(&mut egui::Ui),
) {
    ui.label(label);
    ui.vertical(|ui| {
        widget(ui);
        for d in checked.problems_at(field) {
            problem(ui, &d.problem.to_string());
        }
    });
    ui.end_row();
}

fn line_edit(ui: &mut egui::Ui, text: &mut String, name: &str, hint: &str, width: f32) {
    let response = ui.add(
        egui::TextEdit::singleline(text)
            .hint_text(hint)
            .desired_width(width),
    );
    let name = name.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
}

fn text_edit(ui: &mut egui::Ui, text: &mut String, name: &str, hint: &str) {
    let response = ui.add(
        egui::TextEdit::multiline(text)
            .hint_text(hint)
            .desired_rows(2)
            .desired_width((ui.available_width() - 16.0).max(200.0)),
    );
    let name = name.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, &name));
}

fn step_ui(ui: &mut egui::Ui, step: &mut StepDraft, index: usize, checked: &Checked) {
    let n = index + 1;
    let at = |f| Field::Step(index, Some(f));
    for d in checked.problems_at(Field::Step(index, None)) {
        problem(ui, &d.problem.to_string());
    }
    egui::Grid::new(("step-fields", index))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            row(ui, checked, at(StepField::Name), "Name", |ui| {
                line_edit(
                    ui,
                    &mut step.name,
                    &format!("Step {n} name"),
                    "e.g. Bench psoas stretch",
                    360.0,
                );
            });
            row(
                ui,
                checked,
                at(StepField::Instructions),
                "Instructions",
                |ui| {
                    text_edit(
                        ui,
                        &mut step.instructions,
                        &format!("Step {n} instructions"),
                        "What to do, what to feel, what to avoid",
                    );
                },
            );
            row(ui, checked, at(StepField::Sides), "Sides", |ui| {
                ui.horizontal(|ui| {
                    for (sides, text) in [
                        (Sides::Neither, "No sides"),
                        (Sides::Left, "Left only"),
                        (Sides::Right, "Right only"),
                        (Sides::Both, "Left, then right"),
                    ] {
                        let r = ui.selectable_value(&mut step.sides, sides, text);
                        let name = format!("Step {n} sides: {text}");
                        r.widget_info(|| {
                            egui::WidgetInfo::selected(
                                egui::Role::RadioButton,
                                true,
                                step_sides_selected(sides, step.sides),
                                &name,
                            )
                        });
                    }
                });
            });
            let duration = |ui: &mut egui::Ui, text: &mut String, what: &str, hint: &str| {
                ui.horizontal(|ui| {
                    line_edit(ui, text, &format!("Step {n} {what}"), hint, 90.0);
                });
            };
            row(ui, checked, at(StepField::Hold), "Hold", |ui| {
                duration(ui, &mut step.hold, "hold", "30s");
            });
            row(ui, checked, at(StepField::Reps), "Repetitions", |ui| {
                let r = ui.add(egui::DragValue::new(&mut step.reps).range(1..=50).suffix(
                    if step.sides == Sides::Both {
                        " per side"
                    } else {
                        ""
                    },
                ));
                let name = format!("Step {n} repetitions");
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, &name));
            });
            row(ui, checked, at(StepField::Prepare), "Get ready", |ui| {
                duration(ui, &mut step.prepare, "get ready", "5s");
            });
            row(ui, checked, at(StepField::Rest), "Rest between", |ui| {
                duration(ui, &mut step.rest, "rest", "0s");
            });
            if step.sides == Sides::Both {
                row(
                    ui,
                    checked,
                    at(StepField::SwitchSides),
                    "Switch sides",
                    |ui| {
                        duration(ui, &mut step.switch_sides, "switch sides", "5s");
                    },
                );
            }
            row(ui, checked, at(StepField::Countdown), "Countdown", |ui| {
                let r = ui.add(
                    egui::DragValue::new(&mut step.countdown)
                        .range(0..=10)
                        .suffix(" ticks"),
                );
                let name = format!("Step {n} countdown");
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, &name));
            });
            row(ui, checked, at(StepField::Halfway), "", |ui| {
                let name = format!("Step {n} halfway cue");
                let r = ui.checkbox(&mut step.halfway, "A cue halfway through each hold");
                r.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::CheckBox, true, step.halfway, &name)
                });
            });
            row(
                ui,
                checked,
                at(StepField::Breathe),
                "Breathing pace",
                |ui| {
                    duration(ui, &mut step.breathe, "breathing pace", "none");
                },
            );
            row(ui, checked, at(StepField::Image), "Picture", |ui| {
                line_edit(
                    ui,
                    &mut step.image,
                    &format!("Step {n} picture"),
                    "a file next to the routine, e.g. images/bench.png",
                    360.0,
                );
            });
            row(ui, checked, at(StepField::Voice), "Recording", |ui| {
                line_edit(
                    ui,
                    &mut step.voice,
                    &format!("Step {n} recording"),
                    "a sound file next to the routine, played as the step begins",
                    360.0,
                );
            });
        });
}

fn step_sides_selected(option: Sides, current: Sides) -> bool {
    option == current
}

/// The cue sounds this routine replaces: one path per tone, empty for the built-in sound.
fn sounds_ui(ui: &mut egui::Ui, draft: &mut Draft, checked: &Checked) {
    let replaced = draft.sounds.len();
    let title = match replaced {
        0 => "Cue sounds (built-in)".to_owned(),
        n => format!("Cue sounds ({n} replaced)"),
    };
    let with_problems = Tone::ALL
        .iter()
        .any(|t| checked.problems_at(Field::Sound(*t)).next().is_some());
    egui::CollapsingHeader::new(title)
        .id_salt("cue-sounds")
        .default_open(with_problems)
        .show(ui, |ui| {
            ui.label(
                RichText::new("A sound file next to the routine replaces a built-in cue sound.")
                    .weak(),
            );
            egui::Grid::new("sound-fields")
                .num_columns(2)
                .show(ui, |ui| {
                    for tone in Tone::ALL {
                        let mut file = draft
                            .sounds
                            .iter()
                            .find(|(t, _)| *t == tone)
                            .map(|(_, f)| f.clone())
                            .unwrap_or_default();
                        let before = file.clone();
                        row(ui, checked, Field::Sound(tone), tone.name(), |ui| {
                            line_edit(
                                ui,
                                &mut file,
                                &format!("Sound {}", tone.name()),
                                "built-in",
                                240.0,
                            );
                        });
                        if file != before {
                            set_sound(&mut draft.sounds, tone, file);
                        }
                    }
                });
        });
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
