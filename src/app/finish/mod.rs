//! The screen after a routine came to its end: what was done, how it felt (pain now, effort, a
//! note, each skippable), and where to go next. The answers are kept with the session when the
//! person leaves the screen, whichever way they leave.

use egui::{Align, Layout, RichText};

use super::ending::{After, Answers, Back, Summary};
use super::notice::Notice;
use super::shared::Shared;
use super::widgets::pain;
use super::widgets::sentence;
use crate::details::effort_words;
use crate::progress::SessionEnd;
use crate::progress::{Effort, Pain};
use crate::routine::format_clock;
use crate::tr;

/// The Finish room's own state: the session that ended and waits for the person's answers.
#[derive(Default)]
pub(crate) struct Finish {
    /// A session that ended and waits for the person's answers before it is recorded as ended.
    pub(crate) after: Option<After>,
}

impl Finish {
    /// Records how the session that ended went, with what the person answered, and reads the
    /// history again.
    pub(crate) fn record_end(&mut self, shared: &mut Shared) {
        let Some(after) = self.after.take() else {
            return;
        };
        let After {
            recording,
            outcome,
            ended_at,
            elapsed,
            ask: _,
            answers,
        } = after;
        let end = SessionEnd {
            outcome,
            ended_at,
            elapsed,
            pain_after: answers.pain,
            effort: answers.effort,
            note: answers.note.trim().to_owned(),
        };
        if let Some(e) = recording.finish(end) {
            shared.notice = Some(Notice::warning(sentence(&e.to_string())));
        }
        shared.sessions.reload();
    }

    /// The answers asked for on the finish screen, if the session that ended is asked about.
    pub(crate) fn answers(&mut self) -> Option<&mut Answers> {
        self.after
            .as_mut()
            .filter(|after| after.asks())
            .map(|after| &mut after.answers)
    }
}

/// What the finish screen asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FinishAction {
    /// Back where the routine was started from (the editor), or to the library.
    Back,
    /// Play the routine again, from where it was started.
    Again,
    /// Pain now is this (or none: the score tapped again).
    Pain(Option<Pain>),
    /// It felt this hard (or none: the answer tapped again).
    Effort(Option<Effort>),
}

/// The finish screen. `answers` is `None` when nothing is asked: a trial from the editor, or a
/// session that could not be recorded. The note is typed into `answers` directly.
pub(crate) fn ui(
    ui: &mut egui::Ui,
    summary: &Summary,
    answers: Option<&mut Answers>,
) -> Option<FinishAction> {
    let mut action = None;
    // The way on stays at the bottom, whatever the text size; the rest scrolls above it.
    egui::Panel::bottom("finish-buttons")
        .show_separator_line(true)
        .show(ui, |ui| {
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                let back = match summary.back {
                    Back::Editor => tr!("finish-back-to-editor"),
                    Back::Overview(_) => tr!("finish-back-to-routines"),
                };
                if ui.add(pain::big_button(&back)).clicked() {
                    action = Some(FinishAction::Back);
                }
                if ui.add(pain::big_button(&tr!("finish-again"))).clicked() {
                    action = Some(FinishAction::Again);
                }
            });
            ui.add_space(8.0);
        });
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.with_layout(Layout::top_down(Align::Center), |ui| {
                ui.add_space(24.0);
                pain::heading(ui, &tr!("finish-complete"), 40.0);
                ui.add_space(12.0);
                let routine = &summary.routine;
                ui.label(RichText::new(&routine.name).size(24.0).strong());
                ui.label(
                    RichText::new(tr!(
                        "finish-facts",
                        steps = routine.steps.len(),
                        planned = format_clock(routine.total()),
                        took = format_clock(summary.took)
                    ))
                    .size(18.0),
                );
                ui.add_space(8.0);
                ui.label(RichText::new(tr!("finish-well-done")).size(18.0));
                if let Some(answers) = answers {
                    let k = pain::scale(ui).clamp(0.7, 1.2);
                    questions(ui, answers, k, &mut action);
                }
                ui.add_space(16.0);
            });
        });
    action
}

/// Pain now, effort and a note, each optional.
fn questions(ui: &mut egui::Ui, answers: &mut Answers, k: f32, action: &mut Option<FinishAction>) {
    ui.add_space(24.0);
    pain::heading(ui, &tr!("finish-pain-now"), 28.0);
    ui.add_space(8.0);
    if let Some(tapped) = pain::buttons(ui, answers.pain, k) {
        let again = answers.pain == Some(tapped);
        *action = Some(FinishAction::Pain((!again).then_some(tapped)));
    } else if let Some(typed) = pain::typed(ui) {
        *action = Some(FinishAction::Pain(Some(typed)));
    }
    pain::scale_words(ui, k);
    ui.add_space(20.0);
    pain::heading(ui, &tr!("finish-how-hard"), 28.0);
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        let gap = ui.spacing().item_spacing.x;
        let row = 3.0 * (170.0 + gap) - gap;
        ui.add_space(((ui.available_width() - row) / 2.0).max(0.0));
        for effort in Effort::ALL {
            let selected = answers.effort == Some(effort);
            let button = egui::Button::new(RichText::new(effort_words(effort)).size(22.0))
                .selected(selected)
                .min_size(egui::vec2(170.0, 52.0));
            if ui.add(button).clicked() {
                *action = Some(FinishAction::Effort((!selected).then_some(effort)));
            }
        }
    });
    ui.add_space(20.0);
    pain::heading(ui, &tr!("finish-note-heading"), 28.0);
    ui.add_space(8.0);
    let width = ui.available_width().min(640.0);
    let note = ui.add(
        egui::TextEdit::multiline(&mut answers.note)
            .hint_text(tr!("finish-note-hint"))
            .font(egui::TextStyle::Heading)
            .desired_rows(3)
            .desired_width(width),
    );
    let name = tr!("finish-note-name");
    note.widget_info(|| egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, &name));
    ui.label(RichText::new(tr!("finish-kept")).weak());
}
