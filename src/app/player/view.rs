//! The player: the screen a person glances at from a bench two metres away. Laid out from the
//! window, not from the text size: the time left in a ring as large as the window allows, the
//! phase, breathing and pause in large words beside it, then the step, its side and rep, its
//! drawing, what comes next and the instructions, which scroll in what room is left. The text
//! size enlarges the smaller text; it never shrinks the time.

use std::time::Duration;

use egui::{Align, Color32, Layout, Rect, RichText, Sense, Ui, UiBuilder, Vec2};

pub use super::announce::{Breath, Moment, announce};
use super::details::{Details, details};
use super::dial::{Dial, dial};
use super::timing::{breath_at, keys_for};
use crate::app::widgets::access::{self, Urgency};
use crate::audio::output::OutputStatus;
use crate::audio::player::Timing;
use crate::countdown::{in_words, shown_seconds};
use crate::details;
use crate::engine::{Command, Phase, PhaseKind, Session, State};
use crate::routine::{Routine, Side, format_clock};
use crate::tr;

/// The most of the window's height the ring takes: what the largest text leaves it in a window
/// of 1024 × 640, so that its digits are as large there as at Normal (at least 0.12 of the
/// window's height).
const MOST: f32 = 0.57;

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
    /// The latest announcement for screen readers and its number: each is a new live node, so
    /// it is spoken even when it reads as the one before did.
    pub announcement: Option<(&'a str, u64)>,
}

/// The colour of a phase: the ring is filled with it, and the time is written on it in white,
/// so each is dark enough for white text (at least 4.5:1) in either theme.
pub(super) fn phase_colour(kind: PhaseKind) -> Color32 {
    match kind {
        PhaseKind::Hold => Color32::from_rgb(0x1b, 0x5f, 0xae),
        PhaseKind::Rest => Color32::from_rgb(0x2e, 0x7d, 0x32),
        PhaseKind::Prepare | PhaseKind::SwitchSides => Color32::from_rgb(0xa6, 0x5c, 0x00),
    }
}

/// The colour of a side's word, white on it in either theme.
pub(super) fn side_colour(side: Side) -> Color32 {
    match side {
        Side::Left => Color32::from_rgb(0xb0, 0x30, 0x60),
        Side::Right => Color32::from_rgb(0x5e, 0x35, 0xb1),
    }
}

/// The colour of a warning's words: egui's orange, darker on a light background, where the
/// orange is too pale to read (under 3:1 on white).
pub(super) fn warning(ui: &Ui) -> Color32 {
    if ui.visuals().dark_mode {
        ui.visuals().warn_fg_color
    } else {
        Color32::from_rgb(0xa8, 0x3c, 0x00)
    }
}

/// What is shown beside the phase's name, in words as large.
pub(super) fn status_words(paused: bool, breath: Option<Breath>) -> Option<String> {
    if paused {
        Some(tr!("player-paused"))
    } else {
        breath.map(details::breath)
    }
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
        ui.heading(tr!("player-complete"));
        return None;
    };
    let phase = plan.phases[index];
    let step = &routine.steps[phase.step];
    let paused = session.state() == State::Paused;
    let breath = breath_at(&phase, step, session.position(now));

    // The controls first, at the bottom, wrapping onto a second row when the text is large, so
    // that they are never cut off or covered; the rest of the screen is what is left.
    // Not filled: the window is cleared to the same colour (see `StretchApp::clear_color`), and
    // under software OpenGL a fill across the window costs as much as the ring.
    egui::Panel::bottom("player-controls")
        .frame(egui::Frame::side_top_panel(ui.style()).fill(Color32::TRANSPARENT))
        .show_separator_line(true)
        .show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| controls(ui, view, paused, &mut action));
            ui.add_space(4.0);
        });

    // The ring is as large as the window allows: on the left in a wide window, from the top bar
    // to the controls, with the routine's name and progress beside it; on top, under them,
    // otherwise. Its size in pixels does not depend on the text size (a larger text size takes
    // more room beside and below it, not from it): at most `MOST` of the window's height.
    let most = ui.ctx().content_rect().height() * MOST;
    let whole = ui.available_rect_before_wrap();
    let (ring, rest, k) = if whole.width() >= whole.height() * 1.2 {
        ui.advance_cursor_after_rect(whole);
        let k = text_share(whole.height());
        let side = whole.height().min(whole.width() * 0.5).min(most);
        let ring = Rect::from_center_size(
            egui::pos2(whole.min.x + side / 2.0, whole.center().y),
            Vec2::splat(side),
        );
        let rest = Rect::from_min_max(egui::pos2(ring.max.x + 12.0 * k, whole.min.y), whole.max);
        (ring, rest, k)
    } else {
        header(ui, view, &phase);
        sound_status(ui, view, &mut action);
        announcer(ui, view.announcement);
        ui.add_space(6.0);
        let body = ui.available_rect_before_wrap();
        ui.advance_cursor_after_rect(body);
        let k = text_share(body.height());
        let side = body.width().min(body.height() * 0.5).min(most);
        let ring = Rect::from_center_size(
            egui::pos2(body.center().x, body.min.y + side / 2.0),
            Vec2::splat(side),
        );
        let rest = Rect::from_min_max(egui::pos2(body.min.x, ring.max.y + 12.0 * k), body.max);
        (ring, rest, k)
    };
    let left = session.phase_remaining(now);
    let last_seconds = phase.kind == PhaseKind::Hold
        && step.countdown > 0
        && shown_seconds(left).as_secs() <= u64::from(step.countdown);
    dial(
        &mut ui.new_child(UiBuilder::new().max_rect(ring)),
        &Dial {
            left,
            duration: phase.duration,
            kind: phase.kind,
            paused,
            filled: breath.map(|(_, filled)| filled),
            last_seconds,
        },
    );
    let mut rest_ui = ui.new_child(
        UiBuilder::new()
            .max_rect(rest)
            .layout(Layout::top_down(Align::Min)),
    );
    if rest.min.x > ring.max.x {
        header(&mut rest_ui, view, &phase);
        sound_status(&mut rest_ui, view, &mut action);
        announcer(&mut rest_ui, view.announcement);
        rest_ui.add_space(6.0);
    }
    details(
        &mut rest_ui,
        view,
        &Details {
            index,
            phase,
            step,
            paused,
            breath: breath.map(|(b, _)| b),
            k,
        },
    );
    action
}

/// How much of its full size the smaller text gets in `height` points: larger in a large
/// window, smaller where the largest text leaves half as many points, but never below 60 %,
/// which the text size then enlarges.
fn text_share(height: f32) -> f32 {
    (height / 560.0).clamp(0.6, 1.4)
}

/// The routine's name, the step, and the whole routine's progress.
pub(super) fn header(ui: &mut Ui, view: &View<'_>, phase: &Phase) {
    let View {
        routine,
        session,
        now,
        ..
    } = *view;
    let plan = session.plan();
    let elapsed = session.position(now);
    let fraction = elapsed.as_secs_f32() / plan.total.as_secs_f32().max(1.0);
    // As thin as a line of text, less in points at a larger text size.
    let scale = 1.0 / ui.ctx().zoom_factor().max(1.0).sqrt();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&routine.name).strong());
        let (number, steps) = (phase.step + 1, routine.steps.len());
        ui.label(tr!("player-step-of", step = number, steps = steps));
    });
    // In a status bar, whose progress Orca 43 does not read out (its default
    // `ignoreStatusBarProgressBars`): "36 percent" every ten seconds cut off the announcements.
    let status = UiBuilder::new().accessibility_role(egui::accesskit::Role::Status);
    let bar = ui.scope_builder(status, |ui| {
        ui.add(
            egui::ProgressBar::new(fraction)
                .text(tr!(
                    "player-progress",
                    elapsed = format_clock(shown_seconds(elapsed)),
                    total = format_clock(plan.total)
                ))
                .desired_height(22.0 * scale)
                // Square: egui fills a rounded shape as a fan of long thin triangles from one
                // corner, and across the whole window that costs software OpenGL as much as the
                // ring (BENCHMARKS.md).
                .corner_radius(0),
        )
    });
    let bar = bar.inner;
    // A real range (egui gives a progress bar none: screen readers read ±1.8e308), and words for
    // the times rather than "1:05 of 4:55".
    let spoken = tr!(
        "player-progress-name",
        elapsed = in_words(shown_seconds(elapsed)),
        total = in_words(plan.total)
    );
    ui.ctx().accesskit_node_builder(bar.id, |node| {
        node.set_label(spoken);
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(100.0);
        node.set_numeric_value((f64::from(fraction) * 100.0).floor().clamp(0.0, 100.0));
    });
}

/// The live region a screen reader speaks: an empty-sized node per announcement.
pub(super) fn announcer(ui: &mut Ui, announcement: Option<(&str, u64)>) {
    let Some((text, number)) = announcement else {
        return;
    };
    let id = egui::Id::unique(("player-announcement", number));
    let response = ui.interact(
        Rect::from_min_size(ui.cursor().min, Vec2::ZERO),
        id,
        Sense::hover(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
    // Orca 43 does not speak a live region: the window's name carries it too.
    access::announce(ui.ctx(), id, text, Urgency::InTurn);
}

pub(super) fn sound_status(ui: &mut Ui, view: &View<'_>, action: &mut Option<PlayerAction>) {
    let warn = warning(ui);
    if let Timing::Stopped(reason) = view.timing {
        ui.add(
            egui::Label::new(
                RichText::new(tr!("player-timer-stopped", reason = reason.to_string())).color(warn),
            )
            .wrap(),
        );
    }
    if let OutputStatus::Unavailable(reason) = view.sound {
        ui.horizontal_wrapped(|ui| {
            let said = tr!("player-no-sound", reason = reason.to_string());
            let label = ui.add(egui::Label::new(RichText::new(&said).color(warn)).wrap());
            // Said at once, over anything else: a person following by ear must learn that the
            // spoken prompts are off.
            ui.ctx().accesskit_node_builder(label.id, |node| {
                node.set_live(egui::accesskit::Live::Assertive);
            });
            access::announce(
                ui.ctx(),
                egui::Id::unique(("no-sound", reason)),
                &said,
                Urgency::First,
            );
            if ui.button(tr!("player-retry-sound")).clicked() {
                *action = Some(PlayerAction::RetrySound);
            }
        });
    }
}

pub(super) fn controls(
    ui: &mut Ui,
    view: &View<'_>,
    paused: bool,
    action: &mut Option<PlayerAction>,
) {
    // Large, but less so in points as the text size grows: at the largest text they take two
    // rows of a small window at most, and are still larger than at Normal.
    let scale = 1.0 / ui.ctx().zoom_factor().max(1.0).sqrt();
    let size = 20.0 * scale;
    let pause = [tr!("player-pause"), tr!("player-resume")];
    let mute = [tr!("player-mute"), tr!("player-unmute")];
    // In the order they stand, each with what it asks and every word it may say (a button as
    // wide as its longest, so that Resume in place of Pause moves nothing beside it); its
    // tooltip names its keys.
    let buttons = [
        (
            vec![tr!("player-to-previous-step")],
            0,
            PlayerAction::Command(Command::BackStep),
        ),
        (
            vec![tr!("player-back")],
            0,
            PlayerAction::Command(Command::Back),
        ),
        (
            vec![tr!("player-restart-step")],
            0,
            PlayerAction::Command(Command::RestartStep),
        ),
        (
            pause.to_vec(),
            usize::from(paused),
            PlayerAction::Command(Command::TogglePause),
        ),
        (
            vec![tr!("player-skip")],
            0,
            PlayerAction::Command(Command::Skip),
        ),
        (
            vec![tr!("player-to-next-step")],
            0,
            PlayerAction::Command(Command::SkipStep),
        ),
        (vec![tr!("player-stop")], 0, PlayerAction::AskStop),
        (
            mute.to_vec(),
            usize::from(view.muted),
            PlayerAction::ToggleMute,
        ),
    ];
    let padding = ui.spacing().button_padding.x * 2.0;
    for (words, shown, asks) in buttons {
        let widest = words
            .iter()
            .map(|w| {
                ui.painter()
                    .layout_no_wrap(w.clone(), egui::FontId::proportional(size), Color32::WHITE)
                    .size()
                    .x
            })
            .fold(0.0, f32::max);
        let button = egui::Button::new(RichText::new(&words[shown]).size(size)).min_size(
            Vec2::new((80.0 * scale).max(widest + padding), 44.0 * scale),
        );
        if ui.add(button).on_hover_text(keys_for(asks)).clicked() {
            *action = Some(asks);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::super::dial::disc_mesh;
    use super::super::timing::next_change;
    use super::*;
    use crate::engine::Plan;
    use crate::routine::parse;

    /// A 20 s hold breathing at a 5 s pace, then a 10 s hold without.
    const ROUTINE: &str = r#"Routine(format: 1, name: "B", steps: [
        Step(name: "Breathe", hold: 20, prepare: 0, breathe: "5s"),
        Step(name: "Still", hold: 10, prepare: 0),
    ])"#;

    /// What moves on the player at `now`: the phase, the seconds shown and the breathing disc.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // Between 0 and 1000.
    fn shown(routine: &Routine, session: &Session, now: Duration) -> (usize, Duration, u32) {
        let phase = session.phase(now).unwrap();
        let disc = breath_at(phase, &routine.steps[phase.step], session.position(now))
            .map_or(u32::MAX, |(_, filled)| (filled * 1000.0).round() as u32);
        (
            session.phase_index(now).unwrap(),
            shown_seconds(session.phase_remaining(now)),
            disc,
        )
    }

    #[test]
    fn the_player_is_drawn_again_exactly_when_what_it_shows_changes() {
        let routine = parse(ROUTINE, None).unwrap();
        let mut session = Session::new(Arc::new(Plan::new(&routine)));
        session.apply(Command::Start, Duration::ZERO);
        let end = session.plan().total;
        let mut frames = vec![Duration::ZERO];
        while let Some(wait) = next_change(&routine, &session, *frames.last().unwrap()) {
            frames.push(*frames.last().unwrap() + wait);
        }
        assert!(*frames.last().unwrap() >= end);
        frames.pop();
        // Every change, found by looking each millisecond.
        let mut changes = Vec::new();
        let ms = Duration::from_millis(1);
        let mut before = shown(&routine, &session, Duration::ZERO);
        let mut now = ms;
        while now < end {
            let seen = shown(&routine, &session, now);
            if seen != before {
                changes.push(now);
                before = seen;
            }
            now += ms;
        }
        // Each change drawn within a few milliseconds, and no frame without a change.
        assert_eq!(frames.len() - 1, changes.len(), "{frames:?}\n{changes:?}");
        for (frame, change) in frames[1..].iter().zip(&changes) {
            assert!(
                *frame + ms >= *change && *frame <= *change + 3 * ms,
                "drawn at {frame:?} for a change at {change:?}"
            );
        }
        // One frame a second while still, under three while breathing.
        let breathing = frames.iter().filter(|f| **f < Duration::from_secs(20));
        assert!(breathing.count() < 3 * 20, "{frames:?}");
        let still = frames.iter().filter(|f| **f >= Duration::from_secs(20));
        assert_eq!(still.count(), 10, "{frames:?}");
    }

    /// The triangles of `shape`'s meshes, with the texture each is drawn with.
    fn triangles(shape: &egui::Shape) -> Vec<(egui::TextureId, [egui::Pos2; 3])> {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().flat_map(triangles).collect(),
            egui::Shape::Mesh(mesh) => mesh
                .indices
                .chunks_exact(3)
                .map(|t| {
                    let corner = |k: usize| mesh.vertices[t[k] as usize].pos;
                    (mesh.texture_id, [corner(0), corner(1), corner(2)])
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    fn covers([a, b, c]: [egui::Pos2; 3], p: egui::Pos2) -> bool {
        let side = |a: egui::Pos2, b: egui::Pos2| (b - a).x * (p - a).y - (b - a).y * (p - a).x;
        let (ab, bc, ca) = (side(a, b), side(b, c), side(c, a));
        (ab >= -1e-3 && bc >= -1e-3 && ca >= -1e-3) || (ab <= 1e-3 && bc <= 1e-3 && ca <= 1e-3)
    }

    #[test]
    fn the_disc_is_whole_to_its_edge_in_a_few_triangles_and_nothing_beyond() {
        let ctx = egui::Context::default();
        let center = egui::pos2(300.0, 200.0);
        let full = 150.0;
        // Full, and shrunk while breathing out.
        for radius in [full, full * 0.8] {
            let shape = disc_mesh(&ctx, center, full, radius, Color32::BLUE);
            let pieces = triangles(&shape);
            assert!(pieces.len() <= 64, "{} triangles", pieces.len());
            let solid = pieces[0].0;
            for degree in 0..360 {
                let direction = Vec2::angled((degree as f32 + 0.5).to_radians());
                // No crack anywhere inside the edge; the single texel fills up to a pixel or
                // two from it and no further.
                for r in [0.0, 0.3, 0.7, 0.95, 0.99] {
                    let p = center + direction * radius * r;
                    assert!(
                        pieces.iter().any(|(_, t)| covers(*t, p)),
                        "{radius} {degree}° {r}"
                    );
                }
                let edge = center + direction * radius;
                assert!(
                    !pieces
                        .iter()
                        .any(|(texture, t)| *texture == solid && covers(*t, edge)),
                    "{radius} {degree}°"
                );
                let beyond = center + direction * (radius + 4.0);
                assert!(
                    !pieces.iter().any(|(_, t)| covers(*t, beyond)),
                    "{radius} {degree}°"
                );
            }
        }
    }

    #[test]
    fn nothing_is_drawn_again_while_paused() {
        let routine = parse(ROUTINE, None).unwrap();
        let mut session = Session::new(Arc::new(Plan::new(&routine)));
        session.apply(Command::Start, Duration::ZERO);
        session.apply(Command::Pause, Duration::from_millis(2500));
        assert_eq!(
            next_change(&routine, &session, Duration::from_secs(3)),
            None
        );
    }
}
