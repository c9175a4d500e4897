//! The screen after a routine came to its end: what was done, and where to go next.

use std::sync::Arc;
use std::time::Duration;

use egui::RichText;

use super::playing::Back;
use crate::routine::{Routine, format_clock};
use crate::words::Count;

/// What a finished routine shows.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Summary {
    /// The routine played.
    pub(super) routine: Arc<Routine>,
    /// Where it was started from.
    pub(super) back: Back,
    /// The step it was started at, if not the first.
    pub(super) from_step: Option<usize>,
    /// How long it took, pauses included.
    pub(super) took: Duration,
}

/// What the finish screen asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FinishAction {
    /// Back where the routine was started from (the editor), or to the library.
    Back,
    /// Play the routine again, from where it was started.
    Again,
}

/// The finish screen.
pub(super) fn ui(ui: &mut egui::Ui, summary: &Summary) -> Option<FinishAction> {
    let mut action = None;
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.label(RichText::new("Routine complete").size(40.0).strong());
        ui.add_space(12.0);
        let routine = &summary.routine;
        ui.label(RichText::new(&routine.name).size(24.0).strong());
        ui.label(
            RichText::new(format!(
                "{} · {} planned · took {}",
                Count(routine.steps.len(), "step"),
                format_clock(routine.total()),
                format_clock(summary.took)
            ))
            .size(18.0),
        );
        ui.add_space(8.0);
        ui.label(RichText::new("Well done. Get up slowly, and drink some water.").size(18.0));
        ui.add_space(24.0);
        let big = |text: &str| {
            egui::Button::new(RichText::new(text).size(20.0)).min_size(egui::vec2(200.0, 48.0))
        };
        let back = match summary.back {
            Back::Editor => "Back to the editor",
            Back::Overview(_) => "Back to routines",
        };
        if ui.add(big(back)).clicked() {
            action = Some(FinishAction::Back);
        }
        ui.add_space(8.0);
        if ui.add(big("Do it again")).clicked() {
            action = Some(FinishAction::Again);
        }
    });
    action
}
