//! The player's details beside the dial: the step, its side and repetition, its picture or
//! drawing, its instructions, and what comes next.

use egui::{Align, Color32, Layout, RichText, Sense, Ui, Vec2};

use super::announce::Breath;
use super::view::{View, side_colour, status_words, warning};
use crate::app::widgets::illustration::{self, Figure};
use crate::details;
use crate::engine::{Phase, PhaseKind, Session};
use crate::routine::{Routine, Side, Step, format_clock};
use crate::tr;

/// What the column beside (or under) the ring shows.
pub(super) struct Details<'a> {
    pub(super) index: usize,
    pub(super) phase: Phase,
    pub(super) step: &'a Step,
    pub(super) paused: bool,
    pub(super) breath: Option<Breath>,
    /// How much of its full size the smaller text gets (see [`ui`]).
    pub(super) k: f32,
}

pub(super) fn details(ui: &mut Ui, view: &View<'_>, d: &Details<'_>) {
    let Details {
        index,
        phase,
        step,
        paused,
        breath,
        k,
    } = *d;
    let strong = ui.visuals().strong_text_color();
    // Brighter than egui's body text (grey on grey is hard to read from a bench).
    let text = ui.visuals().text_color().lerp_to_gamma(strong, 0.5);
    ui.spacing_mut().item_spacing.y = 6.0 * k;
    // The phase and what is said beside it (paused, breathing) on one row that never wraps:
    // "Paused: Space to go on" takes the room left, smaller where the room is short, so it
    // never pushes the step and its drawing down, nor moves them when it goes.
    let phase_words = RichText::new(details::phase(phase.kind))
        .size(44.0 * k)
        .strong()
        .color(strong);
    let row = ui
        .painter()
        .layout_no_wrap(
            "Ag".to_owned(),
            egui::FontId::proportional(44.0 * k),
            strong,
        )
        .size()
        .y;
    ui.allocate_ui_with_layout(
        Vec2::new(ui.available_width(), row),
        Layout::left_to_right(Align::Center),
        |ui| {
            ui.set_height(row);
            ui.spacing_mut().item_spacing.x = 24.0 * k;
            ui.add(egui::Label::new(phase_words).extend());
            if let Some(status) = status_words(paused, breath) {
                let colour = if paused { warning(ui) } else { strong };
                let full = ui
                    .painter()
                    .layout_no_wrap(status.clone(), egui::FontId::proportional(44.0 * k), colour)
                    .size()
                    .x;
                let room = ui.available_width();
                let size = (44.0 * k * (room / full.max(1.0))).clamp(12.0, 44.0 * k);
                ui.add(egui::Label::new(RichText::new(status).size(size).color(colour)).truncate());
            }
        },
    );
    if paused {
        // Dimmed while paused: only the time and the words above stay bright.
        ui.multiply_opacity(0.45);
    }
    ui.add(
        egui::Label::new(
            RichText::new(&step.name)
                .size(32.0 * k)
                .strong()
                .color(strong),
        )
        .wrap(),
    );
    let rep = (step.reps > 1).then(|| {
        RichText::new(tr!("player-rep-of", rep = phase.rep, reps = step.reps))
            .size(32.0 * k)
            .strong()
            .color(strong)
    });
    let next = RichText::new(next_text(view.routine, view.session, index))
        .size(18.0 * k.max(0.8))
        .color(text);
    let figure = illustration::for_step(step);
    let has_picture = step.image.is_some() || figure.is_some();
    // The rest scrolls within what room is left, with its bar always shown so that more below
    // is seen to be there: the drawing, what comes next and the instructions are never cut
    // off, whatever the window and text size. Each step opens at its top.
    let room = ui.available_height();
    egui::ScrollArea::vertical()
        .id_salt(("player-details", phase.step))
        .auto_shrink([false, true])
        .max_height(room)
        // Never taller than the room (egui's least is 64 points), which at the largest text in a
        // small window, under a sound problem's words, ran over the controls.
        .min_scrolled_height(0.0)
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
        .show(ui, |ui| {
            ui.spacing_mut().item_spacing.y = 6.0 * k;
            if let Some(rep) = rep.clone() {
                ui.label(rep);
            }
            if has_picture {
                // Half the column's room, and never so small it says nothing.
                let height = (room * 0.5).min(ui.available_width() * 0.6).max(96.0);
                ui.allocate_ui_with_layout(
                    Vec2::new(ui.available_width(), height),
                    Layout::left_to_right(Align::Center),
                    |ui| {
                        // The side's word on its own side of the drawing.
                        if phase.side == Some(Side::Left) {
                            side_word(ui, Side::Left, k);
                        }
                        picture(ui, step, figure, phase.side, height);
                        if phase.side == Some(Side::Right) {
                            side_word(ui, Side::Right, k);
                        }
                    },
                );
            } else if let Some(side) = phase.side {
                side_word(ui, side, k);
            }
            ui.add(egui::Label::new(next).wrap());
            if let Some(instructions) = &step.instructions {
                let size = 18.0 * k.max(0.8);
                ui.add(egui::Label::new(RichText::new(instructions).size(size).color(text)).wrap());
            }
        });
}

/// LEFT or RIGHT, large, white on the side's colour.
pub(super) fn side_word(ui: &mut Ui, side: Side, k: f32) {
    let (word, spoken) = match side {
        Side::Left => (tr!("player-side-left"), tr!("player-side-left", "name")),
        Side::Right => (tr!("player-side-right"), tr!("player-side-right", "name")),
    };
    let galley =
        ui.painter()
            .layout_no_wrap(word, egui::FontId::proportional(40.0 * k), Color32::WHITE);
    let pad = Vec2::new(14.0, 6.0) * k;
    let (rect, response) = ui.allocate_exact_size(galley.size() + pad * 2.0, Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &spoken));
    ui.painter().rect_filled(rect, 8.0 * k, side_colour(side));
    ui.painter().galley(rect.min + pad, galley, Color32::WHITE);
}

pub(super) fn picture(
    ui: &mut Ui,
    step: &Step,
    figure: Option<Figure>,
    side: Option<Side>,
    height: f32,
) {
    let width = ui.available_width().min(height * 1.3);
    let size = Vec2::new(width, (width / 1.3).min(height));
    if let Some(image) = &step.image {
        let uri = format!("file://{}", image.path.display());
        ui.add(
            egui::Image::new(uri)
                .max_size(size)
                .maintain_aspect_ratio(true)
                .alt_text(tr!("player-picture-of", step = step.name.as_str())),
        );
    } else if let Some(figure) = figure {
        illustration::show(ui, figure, side, size);
    }
}

pub(super) fn next_text(routine: &Routine, session: &Session, index: usize) -> String {
    let plan = session.plan();
    let Some(next) = plan.phases.get(index + 1) else {
        return tr!("player-last");
    };
    let current = plan.phases[index];
    let step = &routine.steps[next.step];
    let length = format_clock(next.duration);
    if next.step != current.step {
        return tr!(
            "player-next-step",
            step = step.name.as_str(),
            length = length,
            phase = details::phase_key(next.kind)
        );
    }
    match next.kind {
        PhaseKind::Hold if next.side.is_some() && next.side != current.side => tr!(
            "player-next-hold-side",
            side = details::side_key(next.side),
            length = length
        ),
        PhaseKind::Hold if step.reps > 1 => tr!(
            "player-next-hold-rep",
            rep = next.rep,
            reps = step.reps,
            length = length
        ),
        PhaseKind::Hold => tr!("player-next-hold", length = length),
        PhaseKind::Rest => tr!("player-next-rest", length = length),
        PhaseKind::SwitchSides => tr!("player-next-switch", length = length),
        PhaseKind::Prepare => tr!("player-next-prepare", length = length),
    }
}
