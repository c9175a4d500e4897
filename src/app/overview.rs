//! A routine before it starts: its steps, total time and safety text.

use crate::details;
use crate::routine::{Routine, format_clock};
use crate::tr;

/// What the overview asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverviewAction {
    /// Back to the library.
    Back,
    /// Start the routine.
    Start,
    /// Edit it (a bundled routine: a copy of it).
    Edit,
    /// Write its printable handout and show it.
    Handout,
    /// Write it and its files into one file to send.
    Export,
    /// Choose times of day to be reminded of it.
    RemindMe,
}

/// Where the routine shown comes from, which decides what can be done with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Bundled: read-only; editing makes a copy.
    Bundled,
    /// In the user's folder.
    Yours,
    /// In the user's folder, from a package their therapist sent: editing makes a copy beside
    /// it, and it is not shared on.
    FromTherapist,
    /// A file opened from elsewhere.
    Opened,
}

/// The overview screen. Start and what else can be done with the routine stay at the foot of the
/// window, whatever the window's size and the text size; the routine's facts, its prescription
/// with the `done` sessions of this week, safety text and steps scroll above them.
pub fn ui(ui: &mut egui::Ui, routine: &Routine, kind: Kind, done: usize) -> Option<OverviewAction> {
    let mut action = None;
    if ui.button(tr!("overview-back")).clicked() {
        action = Some(OverviewAction::Back);
    }
    egui::Panel::bottom("overview-actions")
        .resizable(false)
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| {
                if super::widgets::accent_button(ui, &tr!("overview-start")).clicked() {
                    action = Some(OverviewAction::Start);
                }
                let edit = match kind {
                    Kind::Bundled | Kind::FromTherapist => tr!("overview-edit-copy"),
                    Kind::Yours | Kind::Opened => tr!("overview-edit"),
                };
                if ui.button(edit).clicked() {
                    action = Some(OverviewAction::Edit);
                }
                if remind_me_button(ui) {
                    action = Some(OverviewAction::RemindMe);
                }
                if ui
                    .button(tr!("overview-handout"))
                    .on_hover_text(tr!("overview-handout", "tooltip"))
                    .clicked()
                {
                    action = Some(OverviewAction::Handout);
                }
                if matches!(kind, Kind::Yours | Kind::Opened)
                    && ui
                        .button(tr!("overview-export"))
                        .on_hover_text(tr!("overview-export", "tooltip"))
                        .clicked()
                {
                    action = Some(OverviewAction::Export);
                }
            });
            ui.add_space(2.0);
        });
    // Body text in the strongest text colour: grey on white is hard to read from a distance.
    let body = ui.visuals().strong_text_color();
    egui::ScrollArea::vertical()
        .id_salt("overview")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.add_space(4.0);
            ui.add(egui::Label::new(egui::RichText::new(&routine.name).heading().strong()).wrap());
            let (time, steps) = (format_clock(routine.total()), routine.steps.len());
            let facts = match &routine.author {
                Some(author) => tr!(
                    "overview-facts-by",
                    time = time,
                    steps = steps,
                    author = author.as_str()
                ),
                None => tr!("overview-facts", time = time, steps = steps),
            };
            ui.label(egui::RichText::new(facts).color(body));
            if let Some(summary) = &routine.summary {
                ui.label(egui::RichText::new(summary).color(body));
            }
            if let Some(schedule) = routine.schedule {
                let prescription = crate::report::prescription_words(schedule);
                let words = tr!(
                    "overview-suggested",
                    prescription = prescription,
                    done = done
                );
                ui.add(egui::Label::new(egui::RichText::new(words).strong()).wrap());
            }
            ui.add_space(8.0);
            if let Some(safety) = &routine.safety {
                egui::Frame::group(ui.style())
                    .fill(ui.visuals().warn_fg_color.gamma_multiply(0.12))
                    .inner_margin(12.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(egui::RichText::new(tr!("overview-before-you-start")).strong());
                        ui.label(egui::RichText::new(safety).color(body));
                    });
                ui.add_space(8.0);
            }
            for (i, step) in routine.steps.iter().enumerate() {
                egui::Frame::group(ui.style())
                    .inner_margin(10.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        let number = i + 1;
                        let title = tr!(
                            "overview-step-title",
                            number = number,
                            name = step.name.as_str()
                        );
                        ui.label(egui::RichText::new(title).strong());
                        let mut said: Vec<String> =
                            step.details().into_iter().map(details::said).collect();
                        said.push(tr!(
                            "overview-step-in-all",
                            time = format_clock(step.total())
                        ));
                        ui.label(egui::RichText::new(said.join(" · ")).color(body));
                        if let Some(instructions) = &step.instructions {
                            ui.label(egui::RichText::new(instructions).color(body));
                        }
                    });
                ui.add_space(4.0);
            }
        });
    action
}

/// "Remind me", for the overview's row of buttons. Returns whether it was clicked.
fn remind_me_button(ui: &mut egui::Ui) -> bool {
    ui.button(tr!("overview-remind-me"))
        .on_hover_text(tr!("overview-remind-me", "tooltip"))
        .clicked()
}
