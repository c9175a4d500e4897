//! The player: the screen a person glances at from a bench two metres away.

use std::time::Duration;

use egui::{Align, Key, Layout, RichText, Stroke, Ui, Vec2};

use super::illustration::{self, Figure};
use crate::audio::output::OutputStatus;
use crate::audio::player::Timing;
use crate::countdown::shown_seconds;
use crate::engine::{Command, PhaseKind, Session, State};
use crate::routine::{Routine, Side, format_clock};

/// What the player screen asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PlayerAction {
    /// A command for the session.
    Command(Command),
    /// Stop was asked for: confirm before abandoning.
    AskStop,
    /// Mute or unmute.
    ToggleMute,
    /// Change the volume by this much.
    Volume(f32),
    /// Try to open the sound device again.
    RetrySound,
}

/// Everything the player screen shows, read from the session at one instant.
pub struct View<'a> {
    /// The routine.
    pub routine: &'a Routine,
    /// The session.
    pub session: &'a Session,
    /// The clock's reading for this frame.
    pub now: Duration,
    /// Whether sound reaches the person.
    pub sound: &'a OutputStatus,
    /// Whether the cues' own timing thread keeps time.
    pub timing: &'a Timing,
    /// Muted?
    pub muted: bool,
}

fn side_word(side: Option<Side>) -> Option<&'static str> {
    side.map(|s| match s {
        Side::Left => "Left side",
        Side::Right => "Right side",
    })
}

/// Keyboard shortcuts: Space pause/resume, Right or N skip, Left or B back, R restart step, Esc
/// stop (asks), M mute, + and - volume. Keys a focused widget needs (Space, arrows) go to it.
pub fn shortcuts(ctx: &egui::Context) -> Option<PlayerAction> {
    let focused = ctx.memory(|m| m.focused().is_some());
    ctx.input_mut(|i| {
        let mut pressed = |key| i.consume_key(egui::Modifiers::NONE, key);
        if pressed(Key::Escape) {
            return Some(PlayerAction::AskStop);
        }
        if pressed(Key::N) {
            return Some(PlayerAction::Command(Command::Skip));
        }
        if pressed(Key::B) {
            return Some(PlayerAction::Command(Command::Back));
        }
        if pressed(Key::R) {
            return Some(PlayerAction::Command(Command::RestartStep));
        }
        if pressed(Key::M) {
            return Some(PlayerAction::ToggleMute);
        }
        if pressed(Key::Plus) || pressed(Key::Equals) {
            return Some(PlayerAction::Volume(0.1));
        }
        if pressed(Key::Minus) {
            return Some(PlayerAction::Volume(-0.1));
        }
        if focused {
            return None;
        }
        if pressed(Key::Space) {
            return Some(PlayerAction::Command(Command::TogglePause));
        }
        if pressed(Key::ArrowRight) {
            return Some(PlayerAction::Command(Command::Skip));
        }
        if pressed(Key::ArrowLeft) {
            return Some(PlayerAction::Command(Command::Back));
        }
        None
    })
}

/// The player screen.
pub fn ui(ui: &mut Ui, view: &View<'_>) -> Option<PlayerAction> {
    let mut action = None;
    let View {
        routine,
        session,
        now,
        ..
    } = *view;
    let plan = session.plan();
    let Some(index) = session.phase_index(now) else {
        ui.heading("Routine complete");
        return None;
    };
    let phase = plan.phases[index];
    let step = &routine.steps[phase.step];
    let paused = session.state() == State::Paused;

    // The controls first, at the bottom, wrapping onto a second row when the text is large, so
    // that they are never cut off; the rest of the screen is what is left.
    egui::Panel::bottom("player-controls")
        .show_separator_line(true)
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| controls(ui, view, paused, &mut action));
            ui.add_space(6.0);
        });

    // Overall progress, at the top.
    let elapsed = session.position(now);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&routine.name).strong());
        ui.label(format!(
            "· Step {} of {}",
            phase.step + 1,
            routine.steps.len()
        ));
    });
    let fraction = elapsed.as_secs_f32() / plan.total.as_secs_f32().max(1.0);
    ui.add(
        egui::ProgressBar::new(fraction)
            .text(format!(
                "{} of {}",
                format_clock(shown_seconds(elapsed)),
                format_clock(plan.total)
            ))
            .desired_height(22.0),
    );
    sound_status(ui, view, &mut action);
    ui.add_space(8.0);

    let body = ui.available_size();
    // Everything scales with the room there is: at twice the text size the window holds half as
    // many points, and nothing may be cut off.
    let k = (body.y / 560.0).clamp(0.5, 1.0);
    let figure = Figure::for_step(&step.name);
    let side_picture = (step.image.is_some() || figure.is_some()) && body.x > 700.0;
    ui.allocate_ui_with_layout(body, Layout::left_to_right(Align::Min), |ui| {
        let main_width = if side_picture { body.x * 0.58 } else { body.x };
        ui.allocate_ui_with_layout(
            Vec2::new(main_width, body.y),
            Layout::top_down(Align::Center),
            |ui| {
                let mut what = phase.kind.words().to_owned();
                if paused {
                    what = format!("Paused · {what}");
                }
                ui.label(RichText::new(what).size(34.0 * k).strong());
                ui.add_space(8.0 * k);
                let left = session.phase_remaining(now);
                let ring = (body.y * 0.45).min(main_width * 0.7).clamp(90.0, 420.0);
                time_ring(ui, ring, left, phase.duration, phase.kind);
                ui.add_space(8.0 * k);
                ui.label(RichText::new(&step.name).size(28.0 * k).strong());
                let mut detail = Vec::new();
                if let Some(side) = side_word(phase.side) {
                    detail.push(side.to_owned());
                }
                if step.reps > 1 {
                    detail.push(format!("Rep {} of {}", phase.rep, step.reps));
                }
                if !detail.is_empty() {
                    ui.label(RichText::new(detail.join(" · ")).size(24.0 * k));
                }
                ui.add_space(6.0 * k);
                ui.label(
                    RichText::new(next_text(routine, session, index))
                        .size(18.0 * k)
                        .weak(),
                );
                if let Some(instructions) = &step.instructions {
                    ui.add_space(6.0 * k);
                    egui::ScrollArea::vertical()
                        .max_height(ui.available_height())
                        .show(ui, |ui| {
                            ui.label(RichText::new(instructions).size(17.0 * k.max(0.8)));
                        });
                }
            },
        );
        if side_picture {
            ui.vertical_centered(|ui| picture(ui, step, figure, phase.side, body.y * 0.8));
        }
    });
    action
}

fn picture(
    ui: &mut Ui,
    step: &crate::routine::Step,
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
                .alt_text(format!("Picture of {}", step.name)),
        );
    } else if let Some(figure) = figure {
        illustration::show(ui, figure, side, size);
    }
}

/// The time left, very large, inside a ring that empties as the phase goes on.
fn time_ring(ui: &mut Ui, size: f32, left: Duration, duration: Duration, kind: PhaseKind) {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), egui::Sense::hover());
    let text = format_clock(shown_seconds(left));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    let painter = ui.painter();
    let center = rect.center();
    let radius = size * 0.46;
    let width = size * 0.05;
    let track = ui.visuals().widgets.inactive.bg_fill;
    let color = match kind {
        PhaseKind::Hold => ui.visuals().selection.bg_fill,
        PhaseKind::Rest => egui::Color32::from_rgb(0x4c, 0xa3, 0x6b),
        PhaseKind::Prepare | PhaseKind::SwitchSides => egui::Color32::from_rgb(0xd9, 0x8c, 0x1f),
    };
    painter.circle_stroke(center, radius, Stroke::new(width, track));
    let remaining = left.as_secs_f32() / duration.as_secs_f32().max(0.001);
    let points = 96;
    let arc: Vec<egui::Pos2> = (0..=points)
        .map(|i| {
            let t = remaining * i as f32 / points as f32;
            let angle = -std::f32::consts::FRAC_PI_2 + t * std::f32::consts::TAU;
            center + radius * Vec2::angled(angle)
        })
        .collect();
    if remaining > 0.0 {
        painter.add(egui::Shape::line(arc, Stroke::new(width, color)));
    }
    painter.text(
        center,
        egui::Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(size * 0.3),
        ui.visuals().strong_text_color(),
    );
}

fn next_text(routine: &Routine, session: &Session, index: usize) -> String {
    let plan = session.plan();
    let Some(next) = plan.phases.get(index + 1) else {
        return "Last one: then the routine is complete".to_owned();
    };
    let current = plan.phases[index];
    let step = &routine.steps[next.step];
    let length = format_clock(next.duration);
    if next.step != current.step {
        return format!(
            "Next: {} ({length} {})",
            step.name,
            next.kind.words().to_lowercase()
        );
    }
    match (next.kind, side_word(next.side)) {
        (PhaseKind::Hold, Some(side)) if next.side != current.side => {
            format!("Next: hold, {} ({length})", side.to_lowercase())
        }
        (PhaseKind::Hold, _) if step.reps > 1 => {
            format!("Next: hold, rep {} of {} ({length})", next.rep, step.reps)
        }
        (PhaseKind::Hold, _) => format!("Next: hold ({length})"),
        (kind, _) => format!("Next: {} ({length})", kind.words().to_lowercase()),
    }
}

fn sound_status(ui: &mut Ui, view: &View<'_>, action: &mut Option<PlayerAction>) {
    if let Timing::Stopped(reason) = view.timing {
        ui.label(
            RichText::new(format!(
                "The cue timer stopped ({reason}): cues now come only while this window is open and shown."
            ))
            .color(ui.visuals().warn_fg_color),
        );
    }
    if let OutputStatus::Unavailable(reason) = view.sound {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!("No sound: {reason}. Follow the screen."))
                    .color(ui.visuals().warn_fg_color),
            );
            if ui.button("Retry sound").clicked() {
                *action = Some(PlayerAction::RetrySound);
            }
        });
    }
}

fn controls(ui: &mut Ui, view: &View<'_>, paused: bool, action: &mut Option<PlayerAction>) {
    let big = |text: &str| {
        egui::Button::new(RichText::new(text).size(20.0)).min_size(Vec2::new(96.0, 44.0))
    };
    if ui.add(big("Back")).on_hover_text("Left or B").clicked() {
        *action = Some(PlayerAction::Command(Command::Back));
    }
    if ui.add(big("Restart step")).on_hover_text("R").clicked() {
        *action = Some(PlayerAction::Command(Command::RestartStep));
    }
    let pause = if paused { "Resume" } else { "Pause" };
    if ui.add(big(pause)).on_hover_text("Space").clicked() {
        *action = Some(PlayerAction::Command(Command::TogglePause));
    }
    if ui.add(big("Skip")).on_hover_text("Right or N").clicked() {
        *action = Some(PlayerAction::Command(Command::Skip));
    }
    if ui.add(big("Stop")).on_hover_text("Esc").clicked() {
        *action = Some(PlayerAction::AskStop);
    }
    let mute = if view.muted { "Unmute" } else { "Mute" };
    if ui.add(big(mute)).on_hover_text("M").clicked() {
        *action = Some(PlayerAction::ToggleMute);
    }
}
