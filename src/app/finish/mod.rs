//! The screen after a routine came to its end: what was done, how it felt (pain now, effort, a
//! note, each skippable), and where to go next. The answers are kept with the session when the
//! person leaves the screen, whichever way they leave.

use egui::{Align, Layout, RichText};

use super::ending::{After, Answers, Back, Ended, Summary};
use super::notice::Notice;
use super::shared::Shared;
use super::widgets::pain;
use super::widgets::sentence;
use crate::countdown::shown_seconds;
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
/// session that could not be recorded. The note is typed into `answers` directly. Everything is
/// sized to the window (see [`Fit`]), so that the questions are all in view without scrolling,
/// down to 1024×640 pixels at the largest text size; in a window smaller still the part above
/// the buttons scrolls.
pub(crate) fn ui(
    ui: &mut egui::Ui,
    summary: &Summary,
    answers: Option<&mut Answers>,
) -> Option<FinishAction> {
    let mut action = None;
    let scale_id = egui::Id::unique("finish-scale");
    let window = ui.ctx().content_rect().size();
    let mut scale = ui
        .ctx()
        .data(|d| d.get_temp::<Scale>(scale_id))
        .unwrap_or_else(|| Scale {
            k: first_guess(ui, answers.is_some()),
            ceiling: MAX_SCALE,
            window,
        });
    if scale.window != window {
        // Another window size: what overflowed before may fit now.
        scale.ceiling = MAX_SCALE;
        scale.window = window;
    }
    let k = scale.k;
    // The way on stays at the bottom, whatever the text size; the rest is above it.
    egui::Panel::bottom("finish-buttons")
        .show_separator_line(true)
        .show(ui, |ui| {
            ui.add_space(6.0 * k);
            ui.horizontal_wrapped(|ui| {
                let back = match summary.back {
                    Back::Editor => tr!("finish-back-to-editor"),
                    Back::Overview(_) => tr!("finish-back-to-routines"),
                };
                if ui.add(button(&back, k)).clicked() {
                    action = Some(FinishAction::Back);
                }
                if ui.add(button(&tr!("finish-again"), k)).clicked() {
                    action = Some(FinishAction::Again);
                }
            });
            ui.add_space(6.0 * k);
        });
    // Measured here, outside the scroll area, so that its scroll bar coming and going does not
    // change the layout: a landscape window puts the questions side by side.
    let fit = Fit {
        k,
        side_by_side: window.x > 1.4 * window.y,
    };
    let shown = egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.with_layout(Layout::top_down(Align::Center), |ui| {
                // Rows as close as the scale: the room between them is the screen's to share.
                ui.spacing_mut().item_spacing.y = 6.0 * k;
                ui.add_space(10.0 * k);
                what_happened(ui, summary, k);
                if let Some(answers) = answers {
                    questions(ui, answers, fit, &mut action);
                }
            });
        });
    // Sized to the height there is, from what this frame measured: the text grows with the
    // scale, and wraps more or less (the pain buttons in one row or two), so a frame or two
    // settle it. Made smaller when it does not fit; larger only when much room is left, and
    // never up to a scale that did not fit in this window, so that it never swings.
    let (room, content) = (shown.inner_rect.height(), shown.content_size.y);
    if content > room {
        scale.ceiling = k;
        scale.k = (k * 0.97 * room / content).min(k * 0.97);
    } else if content > 0.0 && content < 0.85 * room {
        scale.k = (k * 0.97 * room / content).min(scale.ceiling * 0.97);
    }
    scale.k = scale.k.clamp(MIN_SCALE, MAX_SCALE);
    if (scale.k - k).abs() > 0.005 {
        ui.ctx().request_repaint();
    } else {
        scale.k = k;
    }
    ui.ctx().data_mut(|d| d.insert_temp(scale_id, scale));
    action
}

/// The finish screen's scale, as the frames before found it.
#[derive(Debug, Clone, Copy)]
struct Scale {
    /// The scale of text and buttons.
    k: f32,
    /// The smallest scale found too large in this window.
    ceiling: f32,
    /// The window's size, in points.
    window: egui::Vec2,
}

/// The smallest scale of the finish screen's text and buttons: at the largest text size, still
/// larger on the screen than at normal size.
const MIN_SCALE: f32 = 0.5;
/// The largest: read from a mat, in a large window.
const MAX_SCALE: f32 = 1.6;

/// How the finish screen is laid out in its window.
#[derive(Debug, Clone, Copy)]
struct Fit {
    /// The scale of text and buttons.
    k: f32,
    /// Pain beside effort and the note, rather than above them.
    side_by_side: bool,
}

/// The scale of the finish screen's text and buttons before anything was measured: 1 where its
/// usual height fits the window, less where it does not (the largest text size in a small
/// window), more in a large window.
fn first_guess(ui: &egui::Ui, asks: bool) -> f32 {
    // The screen's height at scale 1, in points: heading, facts, the questions, the buttons.
    let usual = if asks { 440.0 } else { 260.0 };
    (ui.available_height() / usual).clamp(MIN_SCALE, MAX_SCALE)
}

/// A button of the way on, scaled.
fn button(text: &str, k: f32) -> egui::Button<'_> {
    egui::Button::new(RichText::new(text).size(24.0 * k)).min_size(egui::vec2(160.0, 48.0) * k)
}

/// How the routine ended, in words that say what happened: done as planned, shortened by
/// skipping (and how much), or stopped (and where).
fn what_happened(ui: &mut egui::Ui, summary: &Summary, k: f32) {
    let routine = &summary.routine;
    let (heading, said) = match &summary.ended {
        Ended::Completed => (tr!("finish-complete"), tr!("finish-well-done")),
        Ended::Shortened { skipped } => {
            let (played, skipped) = (
                format_clock(summary.played),
                format_clock(shown_seconds(*skipped)),
            );
            (
                tr!("finish-shortened"),
                tr!("finish-shortened-said", played = played, skipped = skipped),
            )
        }
        Ended::Stopped { step } => {
            let (step, played) = (step.as_str(), format_clock(summary.played));
            (
                tr!("finish-stopped"),
                tr!("finish-stopped-said", step = step, played = played),
            )
        }
    };
    pain::heading(ui, &heading, 34.0 * k);
    let facts = tr!(
        "finish-facts",
        steps = routine.steps.len(),
        planned = format_clock(routine.total()),
        played = format_clock(summary.played)
    );
    ui.label(
        RichText::new(format!("{} · {facts}", routine.name))
            .size(17.0 * k)
            .strong(),
    );
    ui.label(RichText::new(said).size(17.0 * k));
}

/// Pain now, effort and a note, each optional, each a heading over its answers; side by side in
/// a landscape window.
fn questions(
    ui: &mut egui::Ui,
    answers: &mut Answers,
    fit: Fit,
    action: &mut Option<FinishAction>,
) {
    let k = fit.k;
    ui.add_space(8.0 * k);
    if fit.side_by_side {
        ui.columns(2, |columns| {
            let [left, right] = columns else {
                return;
            };
            left.vertical_centered(|ui| pain_now(ui, answers, k, action));
            right.vertical_centered(|ui| effort_and_note(ui, answers, k, action));
        });
    } else {
        pain_now(ui, answers, k, action);
        ui.add_space(8.0 * k);
        effort_and_note(ui, answers, k, action);
    }
    ui.label(RichText::new(tr!("finish-kept")).size(14.0 * k).weak());
}

/// A question's heading, scaled.
fn question(ui: &mut egui::Ui, text: &str, k: f32) {
    pain::heading(ui, text, 24.0 * k);
}

/// Pain now: the scores in as many even rows as the width needs, and what the ends mean.
fn pain_now(ui: &mut egui::Ui, answers: &mut Answers, k: f32, action: &mut Option<FinishAction>) {
    question(ui, &tr!("finish-pain-now"), k);
    if let Some(tapped) = pain::buttons(ui, answers.pain, k) {
        let again = answers.pain == Some(tapped);
        *action = Some(FinishAction::Pain((!again).then_some(tapped)));
    } else if answers.note.is_empty()
        && let Some(typed) = pain::typed(ui)
    {
        // Once a note is begun, digits typed after the note box lost the focus ("sharp at step
        // 3") are not taken for a pain score that replaces the one given.
        *action = Some(FinishAction::Pain(Some(typed)));
    }
    ui.label(RichText::new(tr!("pain-scale")).size(15.0 * k));
}

/// How hard it was, and a note for the therapist.
fn effort_and_note(
    ui: &mut egui::Ui,
    answers: &mut Answers,
    k: f32,
    action: &mut Option<FinishAction>,
) {
    question(ui, &tr!("finish-how-hard"), k);
    ui.horizontal_wrapped(|ui| {
        let gap = ui.spacing().item_spacing.x;
        // Three in a row where they fit: as wide as the width shared by three, at most.
        let width = (170.0 * k).min((ui.available_width() - 2.0 * gap) / 3.0 - 1.0);
        let row = 3.0 * (width + gap) - gap;
        let before = (ui.available_width() - row) / 2.0 - gap;
        if before > 0.0 {
            ui.add_space(before);
        }
        for effort in Effort::ALL {
            let selected = answers.effort == Some(effort);
            let button = egui::Button::new(RichText::new(effort_words(effort)).size(22.0 * k))
                .selected(selected)
                .min_size(egui::vec2(width, 46.0 * k));
            if ui.add(button).clicked() {
                *action = Some(FinishAction::Effort((!selected).then_some(effort)));
            }
        }
    });
    ui.add_space(4.0 * k);
    question(ui, &tr!("finish-note-heading"), k);
    let width = ui.available_width().min(640.0);
    let font = egui::FontId::proportional(20.0 * k);
    // Two lines high however long the note grows: it scrolls within, and nothing else moves.
    let rows = 2.0 * ui.fonts_mut(|f| f.row_height(&font)) + 2.0 * ui.spacing().button_padding.y;
    egui::ScrollArea::vertical()
        .id_salt("finish-note")
        .max_height(rows + 4.0)
        .max_width(width)
        .show(ui, |ui| {
            let note = ui.add(
                egui::TextEdit::multiline(&mut answers.note)
                    .hint_text(RichText::new(tr!("finish-note-hint")).size(18.0 * k))
                    .font(font)
                    .desired_rows(2)
                    .desired_width(width),
            );
            let name = tr!("finish-note-name");
            note.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, &name)
            });
        });
}
