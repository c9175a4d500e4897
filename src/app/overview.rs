//! A routine before it starts: its steps, total time and safety text.

use crate::routine::{Routine, Sides, format_clock, format_duration};
use crate::words::Count;

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
    /// A file opened from elsewhere.
    Opened,
}

/// The overview screen.
pub fn ui(ui: &mut egui::Ui, routine: &Routine, kind: Kind) -> Option<OverviewAction> {
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button("All routines").clicked() {
            action = Some(OverviewAction::Back);
        }
    });
    ui.add_space(4.0);
    ui.heading(egui::RichText::new(&routine.name).strong());
    let mut facts = format!(
        "{} in all · {}",
        format_clock(routine.total()),
        Count(routine.steps.len(), "step")
    );
    if let Some(author) = &routine.author {
        facts.push_str(&format!(" · by {author}"));
    }
    ui.label(facts);
    if let Some(summary) = &routine.summary {
        ui.label(summary);
    }
    ui.add_space(8.0);
    if let Some(safety) = &routine.safety {
        egui::Frame::group(ui.style())
            .fill(ui.visuals().warn_fg_color.gamma_multiply(0.12))
            .inner_margin(12.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new("Before you start").strong());
                ui.label(safety);
            });
        ui.add_space(8.0);
    }
    let start = ui.add(
        egui::Button::new(egui::RichText::new("Start").heading()).min_size(egui::vec2(160.0, 48.0)),
    );
    if start.clicked() {
        action = Some(OverviewAction::Start);
    }
    ui.horizontal(|ui| {
        let edit = match kind {
            Kind::Bundled => "Edit a copy",
            Kind::Yours | Kind::Opened => "Edit",
        };
        if ui.button(edit).clicked() {
            action = Some(OverviewAction::Edit);
        }
        if super::reminders_view::remind_me_button(ui) {
            action = Some(OverviewAction::RemindMe);
        }
        if ui
            .button("Printable handout")
            .on_hover_text("A page with every step, to print or to send")
            .clicked()
        {
            action = Some(OverviewAction::Handout);
        }
        if kind != Kind::Bundled
            && ui
                .button("Export to share")
                .on_hover_text("One file with the routine and its pictures and sounds")
                .clicked()
        {
            action = Some(OverviewAction::Export);
        }
    });
    ui.add_space(12.0);
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            for (i, step) in routine.steps.iter().enumerate() {
                egui::Frame::group(ui.style())
                    .inner_margin(10.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(egui::RichText::new(format!("{}. {}", i + 1, step.name)).strong());
                        let sides = match step.sides {
                            Sides::Neither => String::new(),
                            Sides::Left => " · left side".to_owned(),
                            Sides::Right => " · right side".to_owned(),
                            Sides::Both => " · each side".to_owned(),
                        };
                        let rest = if step.reps > 1 && !step.rest.is_zero() {
                            format!(", {} rest between", format_duration(step.rest))
                        } else {
                            String::new()
                        };
                        ui.label(format!(
                            "Hold {} × {}{sides}{rest} · {} in all",
                            format_duration(step.hold),
                            step.reps,
                            format_clock(step.total())
                        ));
                        if let Some(instructions) = &step.instructions {
                            ui.label(egui::RichText::new(instructions).weak());
                        }
                    });
                ui.add_space(4.0);
            }
        });
    action
}
