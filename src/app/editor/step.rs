//! A step in the editor: its fields, its drawing, its sounds, and moving or removing it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use egui::RichText;

use super::form::{Form, line_edit, not_a_number, row, text_edit, typed_id, whole_number};
use super::media_picker::{Kind, Picker};
use super::messages;
use crate::app::widgets::illustration::{self, Figure};
use crate::routine::draft::{Checked, Draft, Field, StepDraft, StepField};
use crate::routine::{Drawing, Sides, Tone};
use crate::tr;

/// A change to the list of steps, applied after drawing it.
#[derive(Debug, Clone, Copy)]
pub(super) enum StepChange {
    /// Swap step `i` with step `i + 1`.
    Swap(usize),
    Duplicate(usize),
    Remove(usize),
    Add,
}

impl StepChange {
    pub(super) fn apply(self, steps: &mut Vec<StepDraft>) {
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
    pub(super) fn remap(self, shown: &mut HashSet<Field>) {
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

/// A step's fields; returns the fields the person was in.
pub(super) fn step_ui(
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
    let (reps, countdown) = (step.reps, step.countdown);
    let mut field_row =
        |ui: &mut egui::Ui,
         field: StepField,
         label: String,
         widget: &mut dyn FnMut(&mut egui::Ui, f32) -> egui::Response| {
            let mut messages = messages(checked, shown, at(field));
            if field == StepField::Name {
                // What is wrong with the step as a whole is said at its first field.
                messages.extend(self::messages(checked, shown, Field::Step(index, None)));
            }
            // A word typed where a number goes ("three") is said, not ignored.
            let number = match field {
                StepField::Reps => Some(reps),
                StepField::Countdown => Some(countdown),
                _ => None,
            };
            if let Some(value) = number {
                messages.splice(0..0, not_a_number(ui, typed_id(index, field), value));
            }
            // A file chosen and refused is said where it would have gone.
            messages.extend(
                refused
                    .iter()
                    .filter(|(f, _)| *f == field)
                    .map(|(_, m)| m.clone()),
            );
            if row(ui, form, &label, &messages, |ui, width| widget(ui, width)) {
                touched.push(at(field));
                touched.push(Field::Step(index, None));
            }
        };
    // `name` is the field's accessible name ("Step 1 hold"), which says which step it is in.
    let duration =
        |ui: &mut egui::Ui, text: &mut String, name: String, hint: &str, enabled: bool| {
            ui.add_enabled_ui(enabled, |ui| line_edit(ui, text, &name, hint, 90.0))
                .inner
        };
    let per_side = step.sides == Sides::Both;
    let mut drawn = false;
    // One row for each field a step file may have, in the file's order: a new field is a compile
    // error here until it has its row.
    for &field in StepField::ALL {
        match field {
            StepField::Name => field_row(ui, field, tr!("step-name"), &mut |ui, width| {
                line_edit(
                    ui,
                    &mut step.name,
                    &tr!("step-name", "name", n = n),
                    &tr!("step-name", "hint"),
                    width.min(360.0),
                )
            }),
            StepField::Instructions => {
                field_row(ui, field, tr!("step-instructions"), &mut |ui, width| {
                    text_edit(
                        ui,
                        &mut step.instructions,
                        &tr!("step-instructions", "name", n = n),
                        &tr!("step-instructions", "hint"),
                        width,
                    )
                });
            }
            StepField::Sides => {
                field_row(ui, field, tr!("step-sides"), &mut |ui, _| {
                    sides_ui(ui, step, n)
                });
            }
            StepField::Hold => field_row(ui, field, tr!("step-hold"), &mut |ui, _| {
                duration(
                    ui,
                    &mut step.hold,
                    tr!("step-hold", "name", n = n),
                    "30s",
                    true,
                )
            }),
            StepField::Reps => field_row(ui, field, tr!("step-reps"), &mut |ui, _| {
                let suffix = if per_side {
                    tr!("step-reps", "per-side")
                } else {
                    String::new()
                };
                let typed = typed_id(index, StepField::Reps);
                let r = whole_number(ui, &mut step.reps, 1..=50, suffix, typed);
                let name = tr!("step-reps", "name", n = n);
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, &name));
                r
            }),
            StepField::Prepare => field_row(ui, field, tr!("step-prepare"), &mut |ui, _| {
                let name = tr!("step-prepare", "name", n = n);
                duration(ui, &mut step.prepare, name, "5s", true)
            }),
            StepField::Rest => field_row(ui, field, tr!("step-rest"), &mut |ui, _| {
                duration(
                    ui,
                    &mut step.rest,
                    tr!("step-rest", "name", n = n),
                    "0s",
                    true,
                )
            }),
            // Always there, greyed out unless both sides are worked: choosing the sides moves no
            // field.
            StepField::SwitchSides => {
                field_row(ui, field, tr!("step-switch-sides"), &mut |ui, _| {
                    ui.horizontal(|ui| {
                        let name = tr!("step-switch-sides", "name", n = n);
                        let r = duration(ui, &mut step.switch_sides, name, "5s", per_side);
                        if !per_side {
                            ui.label(RichText::new(tr!("step-switch-sides", "only-both")).weak());
                        }
                        r
                    })
                    .inner
                });
            }
            StepField::Countdown => field_row(ui, field, tr!("step-countdown"), &mut |ui, _| {
                let suffix = tr!("step-countdown", "ticks");
                let typed = typed_id(index, StepField::Countdown);
                let r = whole_number(ui, &mut step.countdown, 0..=10, suffix, typed);
                let name = tr!("step-countdown", "name", n = n);
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, &name));
                r
            }),
            StepField::Halfway => field_row(ui, field, tr!("step-halfway"), &mut |ui, _| {
                let name = tr!("step-halfway", "name", n = n);
                let r = ui.checkbox(&mut step.halfway, tr!("step-halfway", "box"));
                let halfway = step.halfway;
                r.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::CheckBox, true, halfway, &name)
                });
                r
            }),
            StepField::Breathe => field_row(ui, field, tr!("step-breathe"), &mut |ui, _| {
                let name = tr!("step-breathe", "name", n = n);
                duration(
                    ui,
                    &mut step.breathe,
                    name,
                    &tr!("step-breathe", "hint"),
                    true,
                )
            }),
            StepField::Image => field_row(ui, field, tr!("step-picture"), &mut |ui, width| {
                let value = step.image.clone();
                let beside = Picker::beside(ui, Kind::Picture);
                picker.field(ui, Kind::Picture, index, &value, folder, |ui| {
                    line_edit(
                        ui,
                        &mut step.image,
                        &tr!("step-picture", "name", n = n),
                        &tr!("step-picture", "hint"),
                        (width - beside).clamp(120.0, 360.0),
                    )
                })
            }),
            StepField::Drawing => drawn = drawing_ui(ui, form, step, n),
            StepField::Voice => field_row(ui, field, tr!("step-recording"), &mut |ui, width| {
                let value = step.voice.clone();
                let beside = Picker::beside(ui, Kind::Recording);
                picker.field(ui, Kind::Recording, index, &value, folder, |ui| {
                    line_edit(
                        ui,
                        &mut step.voice,
                        &tr!("step-recording", "name", n = n),
                        &tr!("step-recording", "hint"),
                        (width - beside).clamp(120.0, 360.0),
                    )
                })
            }),
        }
    }
    if drawn {
        touched.push(at(StepField::Drawing));
    }
    touched
}

/// The step's sides, as four choices, one of them selected.
fn sides_ui(ui: &mut egui::Ui, step: &mut StepDraft, n: usize) -> egui::Response {
    ui.horizontal_wrapped(|ui| {
        let mut all: Option<egui::Response> = None;
        for (sides, text) in [
            (Sides::Neither, tr!("step-sides-neither")),
            (Sides::Left, tr!("step-sides-left")),
            (Sides::Right, tr!("step-sides-right")),
            (Sides::Both, tr!("step-sides-both")),
        ] {
            let r = ui.selectable_value(&mut step.sides, sides, &text);
            let name = tr!("step-sides", "name", n = n, choice = text);
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
}

/// Which built-in drawing the player shows for the step (when it has no picture of its own): a
/// small copy of it, in a box of the same size whether there is one or not, and a menu to choose
/// another. Choosing one sets the step's `drawing` field; *Picked by the step's name* leaves the
/// field out, so the words of the name pick one as in files written before the field. Returns
/// whether the choice changed.
pub(super) fn drawing_ui(ui: &mut egui::Ui, form: Form, step: &mut StepDraft, n: usize) -> bool {
    let figure = illustration::shown(step.drawing, &step.name);
    let words = match (step.image.trim().is_empty(), step.drawing, figure) {
        (false, _, _) => tr!("step-drawing-picture-instead"),
        (true, None, Some(figure)) => tr!("step-drawing-by-name", drawing = figure.name()),
        (true, None, None) => tr!("step-drawing-none-by-name"),
        (true, Some(_), Some(figure)) => tr!("step-drawing-chosen", drawing = figure.name()),
        (true, Some(_), None) => tr!("step-drawing-none-chosen"),
    };
    let by_name = Figure::for_step(&step.name);
    let mut chosen = None;
    row(ui, form, &tr!("step-drawing"), &[], |ui, _| {
        ui.horizontal(|ui| {
            let size = egui::vec2(96.0, 60.0);
            match figure {
                Some(figure) => illustration::show(ui, figure, None, size),
                None => {
                    ui.allocate_exact_size(size, egui::Sense::hover());
                }
            }
            ui.vertical(|ui| {
                let name = tr!("step-drawing", "name", n = n, words = words.as_str());
                let r = ui.add(egui::Label::new(&words).wrap());
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
                let menu = ui.menu_button(tr!("step-choose-drawing"), |ui| {
                    let choices = std::iter::once((None, tr!("step-drawing-by-name-choice")))
                        .chain(
                            illustration::ALL
                                .iter()
                                .map(|f| (Some(f.drawing()), f.name())),
                        )
                        .chain(std::iter::once((
                            Some(Drawing::NoDrawing),
                            tr!("step-drawing-none-choice"),
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
                                Some(f) => tr!("step-drawing-now", drawing = f.name()),
                                None => tr!("step-drawing-now-none"),
                            }),
                            Some(_) => r,
                        };
                        let label = tr!("step-drawing-choice-name", n = n, choice = text.as_str());
                        r.widget_info(|| {
                            egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label)
                        });
                        if r.clicked() && !selected {
                            chosen = Some(choice);
                        }
                    }
                });
                let label = tr!("step-choose-drawing", "name", n = n);
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
pub(super) fn sounds_ui(
    ui: &mut egui::Ui,
    draft: &mut Draft,
    checked: &Checked,
    shown: &HashSet<Field>,
) -> Vec<Field> {
    let replaced = draft.sounds.len();
    let title = tr!("sounds-title", replaced = replaced);
    let with_problems = Tone::ALL
        .iter()
        .any(|t| checked.problems_at(Field::Sound(*t)).next().is_some());
    let mut touched = Vec::new();
    egui::CollapsingHeader::new(title)
        .id_salt("cue-sounds")
        .default_open(with_problems)
        .show(ui, |ui| {
            ui.label(RichText::new(tr!("sounds-hint")).weak());
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
                let label = tone_words(tone);
                if row(
                    ui,
                    form,
                    &label,
                    &messages(checked, shown, field),
                    |ui, width| {
                        line_edit(
                            ui,
                            &mut file,
                            &tr!("sounds-field-name", sound = label.as_str()),
                            &tr!("sounds-built-in"),
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

/// What a cue sound marks, as the form names its field: "A hold starts".
fn tone_words(tone: Tone) -> String {
    match tone {
        Tone::StepStart => tr!("sound-step-start"),
        Tone::HoldStart => tr!("sound-hold-start"),
        Tone::Halfway => tr!("sound-halfway"),
        Tone::Countdown => tr!("sound-countdown"),
        Tone::CountdownLast => tr!("sound-countdown-last"),
        Tone::HoldEnd => tr!("sound-hold-end"),
        Tone::SwitchSides => tr!("sound-switch-sides"),
        Tone::BreatheIn => tr!("sound-breathe-in"),
        Tone::BreatheOut => tr!("sound-breathe-out"),
        Tone::RoutineDone => tr!("sound-routine-done"),
    }
}

pub(super) fn set_sound(sounds: &mut Vec<(Tone, String)>, tone: Tone, file: String) {
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
