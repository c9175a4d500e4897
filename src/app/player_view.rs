//! The player: the screen a person glances at from a bench two metres away. Laid out from the
//! window, not from the text size: the time left in a ring as large as the window allows, the
//! phase, breathing and pause in large words beside it, then the step, its side and rep, its
//! drawing, what comes next and the instructions, which scroll in what room is left. The text
//! size enlarges the smaller text; it never shrinks the time.

mod announce;

use std::time::Duration;

use egui::{Align, Color32, Key, Layout, Rect, RichText, Sense, Ui, UiBuilder, Vec2};

pub use self::announce::{Breath, Moment, announce};
use super::widgets::access::{self, Urgency};
use super::widgets::illustration::{self, Figure};
use crate::audio::output::OutputStatus;
use crate::audio::player::Timing;
use crate::countdown::{in_words, left_in_words, shown_seconds, until_next_second};
use crate::engine::{Command, Phase, PhaseKind, Session, State};
use crate::routine::{Routine, Side, Step, format_clock};

/// How many sizes the breathing disc takes between empty and full lungs. It is drawn again only
/// when it reaches the next, a few pixels further (a fifth of its radius in eight steps: 4 pixels
/// in a window of 1100 × 760), so that frames follow what visibly moves: under two a second at a
/// 5 s pace, besides the countdown's one. A frame of the player costs several milliseconds of a
/// core with software OpenGL; 18 frames a second took 22 % of one (BENCHMARKS.md, "CPU while a
/// hold runs").
const BREATH_STEPS: f32 = 8.0;

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

/// In or out at `position`, if `phase` is a hold of a step with a breathing pace; with how far
/// the lungs are filled (0 empty, 1 full) as the ring shows it, in [`BREATH_STEPS`]. The same
/// arithmetic as the plan's breathing cues: in at the hold's start, then turn and turn about at
/// each pace.
pub fn breath_at(phase: &Phase, step: &Step, position: Duration) -> Option<(Breath, f32)> {
    let (breath, through, _) = breathing(phase, step, position)?;
    let moved = breath_step(through) / BREATH_STEPS;
    Some(match breath {
        Breath::In => (breath, moved),
        Breath::Out => (breath, 1.0 - moved),
    })
}

/// In or out at `position` in a breathing hold, how far through this breath (0 to 1), and the
/// pace.
fn breathing(phase: &Phase, step: &Step, position: Duration) -> Option<(Breath, f32, Duration)> {
    let pace = step.breathe.filter(|p| !p.is_zero())?;
    if phase.kind != PhaseKind::Hold {
        return None;
    }
    let into = position.saturating_sub(phase.start).min(phase.duration);
    let n = into.as_nanos() / pace.as_nanos();
    // Only how far through this breath, as a fraction: f32 is plenty for a ring's size.
    let through = into.saturating_sub(pace * u32::try_from(n).unwrap_or(u32::MAX));
    let through = through.as_secs_f32() / pace.as_secs_f32();
    let breath = if n.is_multiple_of(2) {
        Breath::In
    } else {
        Breath::Out
    };
    Some((breath, through, pace))
}

/// How many of [`BREATH_STEPS`] the disc has moved `through` a breath: eased, as a breath is,
/// slow at the turns and quicker in the middle.
fn breath_step(through: f32) -> f32 {
    let eased = (1.0 - (std::f32::consts::PI * through).cos()) / 2.0;
    (eased * BREATH_STEPS).round()
}

/// How long after `now` the player shows something else: the countdown's next second, or the
/// breathing disc's next size, whichever is first. `None` while nothing moves (paused, ended):
/// the player is not drawn again until something else happens.
pub fn next_change(routine: &Routine, session: &Session, now: Duration) -> Option<Duration> {
    if session.state() != State::Running {
        return None;
    }
    let second = until_next_second(session.phase_remaining(now));
    let phase = session.phase(now)?;
    let step = routine.steps.get(phase.step)?;
    let Some((_, through, pace)) = breathing(phase, step, session.position(now)) else {
        return Some(second);
    };
    // The disc takes its next size halfway between two steps of the eased breath; after the last
    // step of this breath, at the next breath's first.
    let next = (breath_step(through) + 0.5) / BREATH_STEPS;
    let at = if next < 1.0 {
        (1.0 - 2.0 * next).acos() / std::f32::consts::PI
    } else {
        1.0 + (1.0 - 1.0 / BREATH_STEPS).acos() / std::f32::consts::PI
    };
    // A little late rather than early: a frame a hair early would find the disc where it was
    // and ask for another at once.
    let wait = pace.mul_f32((at - through).max(0.0)) + Duration::from_millis(2);
    Some(second.min(wait))
}

/// What a screen reader is told about the session at `now`, or `None` once it has ended.
pub fn moment(routine: &Routine, session: &Session, now: Duration) -> Option<Moment> {
    let index = session.phase_index(now)?;
    let phase = session.plan().phases[index];
    let step = routine.steps.get(phase.step)?;
    Some(Moment {
        phase: index,
        kind: phase.kind,
        step: step.name.clone(),
        side: phase.side,
        rep: phase.rep,
        reps: step.reps,
        duration: phase.duration,
        left: shown_seconds(session.phase_remaining(now)),
        paused: session.state() == State::Paused,
        breath: breath_at(&phase, step, session.position(now)).map(|(b, _)| b),
    })
}

/// Keyboard shortcuts: Space pause/resume, Right or N skip, Left or B back, R restart step, Esc
/// stop (asks), M mute, + and - volume. They work whatever has focus: the caller reads them
/// before any widget is drawn, so a focused button never takes Space or an arrow for itself.
pub fn shortcuts(ctx: &egui::Context) -> Option<PlayerAction> {
    ctx.input_mut(|i| {
        let mut pressed = |key| i.consume_key(egui::Modifiers::NONE, key);
        if pressed(Key::Escape) {
            return Some(PlayerAction::AskStop);
        }
        if pressed(Key::Space) {
            return Some(PlayerAction::Command(Command::TogglePause));
        }
        if pressed(Key::N) || pressed(Key::ArrowRight) {
            return Some(PlayerAction::Command(Command::Skip));
        }
        if pressed(Key::B) || pressed(Key::ArrowLeft) {
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
        None
    })
}

/// The colour of a phase: the ring is filled with it, and the time is written on it in white,
/// so each is dark enough for white text (at least 4.5:1) in either theme.
fn phase_colour(kind: PhaseKind) -> Color32 {
    match kind {
        PhaseKind::Hold => Color32::from_rgb(0x1b, 0x5f, 0xae),
        PhaseKind::Rest => Color32::from_rgb(0x2e, 0x7d, 0x32),
        PhaseKind::Prepare | PhaseKind::SwitchSides => Color32::from_rgb(0xa6, 0x5c, 0x00),
    }
}

/// The colour of a side's word, white on it in either theme.
fn side_colour(side: Side) -> Color32 {
    match side {
        Side::Left => Color32::from_rgb(0xb0, 0x30, 0x60),
        Side::Right => Color32::from_rgb(0x5e, 0x35, 0xb1),
    }
}

/// The colour of a warning's words: egui's orange, darker on a light background, where the
/// orange is too pale to read (under 3:1 on white).
fn warning(ui: &Ui) -> Color32 {
    if ui.visuals().dark_mode {
        ui.visuals().warn_fg_color
    } else {
        Color32::from_rgb(0xa8, 0x3c, 0x00)
    }
}

/// What is shown beside the phase's name, in words as large.
fn status_words(paused: bool, breath: Option<Breath>) -> Option<&'static str> {
    if paused {
        Some("Paused: Space to go on")
    } else {
        breath.map(Breath::words)
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
        ui.heading("Routine complete");
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

    header(ui, view, &phase);
    sound_status(ui, view, &mut action);
    announcer(ui, view.announcement);
    ui.add_space(6.0);

    let body = ui.available_rect_before_wrap();
    ui.advance_cursor_after_rect(body);
    // The smaller text follows the room there is: larger in a large window, smaller where the
    // largest text leaves half as many points, but never below 60 %, which the text size then
    // enlarges.
    let k = (body.height() / 560.0).clamp(0.6, 1.4);
    let gap = 12.0 * k;
    // The ring is as large as the body allows: on the left in a wide window, on top otherwise.
    // Its size in pixels does not depend on the text size (a larger text size takes more room
    // above and below it, not from it): at most 55 % of the window's height, which the largest
    // text leaves it at 1024 × 640.
    let most = ui.ctx().content_rect().height() * 0.55;
    let (ring, rest) = if body.width() >= body.height() * 1.2 {
        let side = body.height().min(body.width() * 0.5).min(most);
        let ring = Rect::from_center_size(
            egui::pos2(body.min.x + side / 2.0, body.center().y),
            Vec2::splat(side),
        );
        let rest = Rect::from_min_max(egui::pos2(ring.max.x + gap, body.min.y), body.max);
        (ring, rest)
    } else {
        let side = body.width().min(body.height() * 0.5).min(most);
        let ring = Rect::from_center_size(
            egui::pos2(body.center().x, body.min.y + side / 2.0),
            Vec2::splat(side),
        );
        let rest = Rect::from_min_max(egui::pos2(body.min.x, ring.max.y + gap), body.max);
        (ring, rest)
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

/// The routine's name, the step, and the whole routine's progress.
fn header(ui: &mut Ui, view: &View<'_>, phase: &Phase) {
    let View {
        routine,
        session,
        now,
        ..
    } = *view;
    let plan = session.plan();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&routine.name).strong());
        ui.label(format!(
            "· Step {} of {}",
            phase.step + 1,
            routine.steps.len()
        ));
    });
    let elapsed = session.position(now);
    let fraction = elapsed.as_secs_f32() / plan.total.as_secs_f32().max(1.0);
    // In a status bar, whose progress Orca 43 does not read out (its default
    // `ignoreStatusBarProgressBars`): "36 percent" every ten seconds cut off the announcements.
    let status = UiBuilder::new().accessibility_role(egui::accesskit::Role::Status);
    let bar = ui.scope_builder(status, |ui| {
        ui.add(
            egui::ProgressBar::new(fraction)
                .text(format!(
                    "{} of {}",
                    format_clock(shown_seconds(elapsed)),
                    format_clock(plan.total)
                ))
                .desired_height(22.0)
                // Square: egui fills a rounded shape as a fan of long thin triangles from one
                // corner, and across the whole window that costs software OpenGL as much as the
                // ring (BENCHMARKS.md).
                .corner_radius(0),
        )
    });
    let bar = bar.inner;
    // A real range (egui gives a progress bar none: screen readers read ±1.8e308), and words for
    // the times rather than "1:05 of 4:55".
    let spoken = format!(
        "Routine progress: {} of {}",
        in_words(shown_seconds(elapsed)),
        in_words(plan.total)
    );
    ui.ctx().accesskit_node_builder(bar.id, |node| {
        node.set_label(spoken);
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(100.0);
        node.set_numeric_value((f64::from(fraction) * 100.0).floor().clamp(0.0, 100.0));
    });
}

/// The live region a screen reader speaks: an empty-sized node per announcement.
fn announcer(ui: &mut Ui, announcement: Option<(&str, u64)>) {
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

/// What the ring shows.
struct Dial {
    left: Duration,
    duration: Duration,
    kind: PhaseKind,
    paused: bool,
    /// While breathing: how full the lungs are, 0 to 1; the disc grows and shrinks with it.
    filled: Option<f32>,
    /// The last seconds of a hold, shown as the bare number, larger.
    last_seconds: bool,
}

/// The time left, as large as the ring allows, on a disc of the phase's colour, inside a ring
/// that empties as the phase goes on. Paused: grey, with a pause sign.
fn dial(ui: &mut Ui, dial: &Dial) {
    let rect = ui.max_rect();
    let response = ui.allocate_rect(rect, Sense::hover());
    let spoken = left_in_words(dial.left);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &spoken));
    let painter = ui.painter();
    let center = rect.center();
    let size = rect.width().min(rect.height());
    let outer = size * 0.465;
    let width = size * 0.045;
    let colour = if dial.paused {
        Color32::from_gray(0x66)
    } else {
        phase_colour(dial.kind)
    };
    let remaining = dial.left.as_secs_f32() / dial.duration.as_secs_f32().max(0.001);
    let remaining = remaining.clamp(0.0, 1.0);
    let full = outer - width * 1.2;
    let least = full * 0.8;
    let disc = dial.filled.map_or(full, |f| least + (full - least) * f);
    painter.add(ring(
        ui.ctx(),
        center,
        outer,
        width,
        remaining,
        [colour, colour.gamma_multiply(0.3)],
    ));
    painter.add(disc_mesh(ui.ctx(), center, full, disc, colour));

    let shown = shown_seconds(dial.left);
    let text = if dial.last_seconds {
        shown.as_secs().to_string()
    } else {
        format_clock(shown)
    };
    // As large as fits the smallest the disc gets, so the digits never leave it.
    let probe = painter.layout_no_wrap(
        text.clone(),
        egui::FontId::proportional(100.0),
        Color32::WHITE,
    );
    let fit = (least * 1.75 / probe.size().x).min(least * 1.1 / probe.size().y);
    let ink = if dial.paused {
        Color32::from_gray(0xe0)
    } else {
        Color32::WHITE
    };
    let galley = painter.layout_no_wrap(text, egui::FontId::proportional(100.0 * fit), ink);
    painter.galley(center - galley.size() / 2.0, galley, ink);
    if dial.paused {
        // A pause sign above the digits, inside the disc.
        let bar = Vec2::new(size * 0.04, size * 0.13);
        let middle = center - Vec2::new(0.0, size * 0.26);
        for dx in [-size * 0.045, size * 0.045] {
            let bar_rect = Rect::from_center_size(middle + Vec2::new(dx, 0.0), bar);
            painter.rect_filled(bar_rect, size * 0.008, Color32::WHITE);
        }
    }
}

/// A white texture whose alpha is `alpha(x, y)` at each texel's centre, made once for each size
/// and kept in egui's memory under `name`: the edges of the ring and the disc, smoothed by the
/// texture's filtering rather than by egui's feathering, which under software OpenGL costs more
/// than the shapes themselves (thin triangles along every edge).
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // Texels and pieces: a few thousand at most.
fn mask(
    ctx: &egui::Context,
    name: &'static str,
    size: [usize; 2],
    options: egui::TextureOptions,
    alpha: impl Fn(f32, f32) -> f32,
) -> egui::TextureId {
    let key = egui::Id::unique(("player-mask", name));
    if let Some((made, texture)) =
        ctx.data(|d| d.get_temp::<([usize; 2], egui::TextureHandle)>(key))
        && made == size
    {
        return texture.id();
    }
    let pixels = (0..size[0] * size[1])
        .map(|i| {
            let (x, y) = ((i % size[0]) as f32 + 0.5, (i / size[0]) as f32 + 0.5);
            Color32::from_white_alpha((alpha(x, y).clamp(0.0, 1.0) * 255.0).round() as u8)
        })
        .collect();
    let texture = ctx.load_texture(name, egui::ColorImage::new(size, pixels), options);
    let id = texture.id();
    ctx.data_mut(|d| d.insert_temp(key, (size, texture)));
    id
}

/// How many straight pieces make a circle of `radius` points look round: none is more than a
/// quarter of a pixel inside the true circle.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // Texels and pieces: a few thousand at most.
fn segments(ctx: &egui::Context, radius: f32) -> usize {
    let pixels = (radius * ctx.pixels_per_point()).max(1.0);
    let step = (1.0 - 0.25 / pixels).clamp(-1.0, 1.0).acos();
    (std::f32::consts::TAU / step).ceil().clamp(16.0, 512.0) as usize
}

/// The ring around the time: a band of `width` centred on `radius`, drawn from the top
/// clockwise in `colours[0]` for the `remaining` fraction, and in `colours[1]` for the rest.
/// One strip of quads whose texture is the band's profile across its width (soft at both
/// edges): two triangles a piece, each as wide as the band.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // Texels and pieces: a few thousand at most.
fn ring(
    ctx: &egui::Context,
    center: egui::Pos2,
    radius: f32,
    width: f32,
    remaining: f32,
    colours: [Color32; 2],
) -> egui::Shape {
    let ppp = ctx.pixels_per_point();
    // A pixel beyond each edge, for the soft edge to fade out in.
    let (inner, outer) = (
        radius - width / 2.0 - 1.0 / ppp,
        radius + width / 2.0 + 1.0 / ppp,
    );
    let across = (outer - inner) * ppp;
    let texels = across.ceil().max(2.0) as usize;
    let profile = mask(
        ctx,
        "player-ring",
        [texels, 1],
        egui::TextureOptions::LINEAR,
        |x, _| {
            let x = x * across / texels as f32;
            (x - 0.5).min(across - 0.5 - x)
        },
    );
    let mut mesh = egui::Mesh::with_texture(profile);
    let whole = segments(ctx, outer);
    let mut band = |from: f32, to: f32, colour: Color32| {
        let pieces = ((to - from) * whole as f32).ceil().max(1.0) as usize;
        let first = mesh.vertices.len() as u32;
        for i in 0..=pieces {
            let t = from + (to - from) * i as f32 / pieces as f32;
            let direction = Vec2::angled(-std::f32::consts::FRAC_PI_2 + t * std::f32::consts::TAU);
            for (r, u) in [(inner, 0.0), (outer, 1.0)] {
                mesh.vertices.push(egui::epaint::Vertex {
                    pos: center + r * direction,
                    uv: egui::pos2(u, 0.5),
                    color: colour,
                });
            }
        }
        for i in 0..pieces as u32 {
            let a = first + 2 * i;
            mesh.add_triangle(a, a + 1, a + 2);
            mesh.add_triangle(a + 1, a + 3, a + 2);
        }
    };
    if remaining > 0.0 {
        band(0.0, remaining, colours[0]);
    }
    if remaining < 1.0 {
        band(remaining, 1.0, colours[1]);
    }
    egui::Shape::mesh(mesh)
}

/// The disc behind the time, of `radius` (at most `full`). Its inside is a 16-sided polygon
/// of one texel read without filtering, the cheapest fill software OpenGL has; round it, a thin
/// band of 16 pieces reaches out to a polygon around the disc, whose texture is the disc, soft at
/// its edge. Forty-six triangles, not the hundreds of thin ones a filled circle is cut into, and
/// nearly every pixel read from the single texel.
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss
)] // Texels: a few thousand at most.
fn disc_mesh(
    ctx: &egui::Context,
    center: egui::Pos2,
    full: f32,
    radius: f32,
    colour: Color32,
) -> egui::Shape {
    const CORNERS: u32 = 16;
    // A window shrunk to nothing leaves no disc (and no size to scale it by).
    if full <= 0.0 {
        return egui::Shape::Noop;
    }
    let ppp = ctx.pixels_per_point();
    // Drawn at its full size in pixels, with a pixel to spare all round; smaller while breathing.
    let edge = (full * ppp).max(1.0);
    let side = (2.0 * edge).ceil() as usize + 2;
    let middle = side as f32 / 2.0;
    let texture = mask(
        ctx,
        "player-disc",
        [side, side],
        egui::TextureOptions::LINEAR,
        |x, y| edge + 0.5 - (x - middle).hypot(y - middle),
    );
    let solid = mask(
        ctx,
        "player-disc-inside",
        [1, 1],
        egui::TextureOptions::NEAREST,
        |_, _| 1.0,
    );
    // Points a texel of the mask takes at this radius.
    let scale = radius / full / ppp;
    // Half the texture's side: the outer polygon lies round it. The inner one lies where the
    // mask is whole (a texel in from where it starts to fade), its sides inside that circle.
    let half = middle * scale;
    let (outer, inner) = (
        half / (std::f32::consts::PI / CORNERS as f32).cos(),
        (edge - 1.0).max(0.0) * scale,
    );
    let direction = |i: u32| Vec2::angled(i as f32 * std::f32::consts::TAU / CORNERS as f32);
    let mut inside = egui::Mesh::with_texture(solid);
    let mut band = egui::Mesh::with_texture(texture);
    for i in 0..CORNERS {
        inside.vertices.push(egui::epaint::Vertex {
            pos: center + inner * direction(i),
            uv: egui::pos2(0.5, 0.5),
            color: colour,
        });
        for r in [inner, outer] {
            let offset = r * direction(i);
            band.vertices.push(egui::epaint::Vertex {
                pos: center + offset,
                uv: egui::pos2(0.5, 0.5) + offset / (2.0 * half),
                color: colour,
            });
        }
    }
    for i in 1..CORNERS - 1 {
        inside.add_triangle(0, i, i + 1);
    }
    for i in 0..CORNERS {
        let (a, b) = (2 * i, 2 * ((i + 1) % CORNERS));
        band.add_triangle(a, a + 1, b);
        band.add_triangle(a + 1, b + 1, b);
    }
    egui::Shape::Vec(vec![egui::Shape::mesh(inside), egui::Shape::mesh(band)])
}

/// What the column beside (or under) the ring shows.
struct Details<'a> {
    index: usize,
    phase: Phase,
    step: &'a Step,
    paused: bool,
    breath: Option<Breath>,
    /// How much of its full size the smaller text gets (see [`ui`]).
    k: f32,
}

fn details(ui: &mut Ui, view: &View<'_>, d: &Details<'_>) {
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
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 24.0 * k;
        ui.label(
            RichText::new(phase.kind.words())
                .size(44.0 * k)
                .strong()
                .color(strong),
        );
        if let Some(status) = status_words(paused, breath) {
            let colour = if paused { warning(ui) } else { strong };
            ui.label(RichText::new(status).size(44.0 * k).color(colour));
        }
    });
    if paused {
        // Dimmed while paused: only the time and the words above stay bright.
        ui.multiply_opacity(0.45);
    }
    // Each row only if there is room for it, most needed first, so that nothing runs under the
    // controls at the largest text in a small window.
    let fits = |ui: &Ui, size: f32| ui.available_height() >= size * k * 1.3;
    if fits(ui, 32.0) {
        ui.add(
            egui::Label::new(
                RichText::new(&step.name)
                    .size(32.0 * k)
                    .strong()
                    .color(strong),
            )
            .wrap(),
        );
    }
    let rep = (step.reps > 1).then(|| {
        RichText::new(format!("Rep {} of {}", phase.rep, step.reps))
            .size(32.0 * k)
            .strong()
            .color(strong)
    });
    let next = RichText::new(next_text(view.routine, view.session, index))
        .size(18.0 * k)
        .color(text);
    let line = |size: f32| size * k * 1.35;
    // Room kept under the picture: the rep, what comes next and a few lines of instructions.
    let below = rep.as_ref().map_or(0.0, |_| line(32.0))
        + line(18.0)
        + if step.instructions.is_some() {
            4.0 * line(18.0)
        } else {
            0.0
        };
    let figure = illustration::for_step(step);
    // Half the column at most: in a large window the instructions get the rest.
    let room = (ui.available_height() - below)
        .min(ui.available_width() * 0.5)
        .min(ui.max_rect().height() * 0.5);
    let has_picture = step.image.is_some() || figure.is_some();
    if has_picture && room >= 56.0 {
        if let Some(rep) = rep {
            ui.label(rep);
        }
        ui.allocate_ui_with_layout(
            Vec2::new(ui.available_width(), room),
            Layout::left_to_right(Align::Center),
            |ui| {
                // The side's word on its own side of the drawing.
                if phase.side == Some(Side::Left) {
                    side_word(ui, Side::Left, k);
                }
                picture(ui, step, figure, phase.side, room);
                if phase.side == Some(Side::Right) {
                    side_word(ui, Side::Right, k);
                }
            },
        );
    } else if (phase.side.is_some() || rep.is_some()) && fits(ui, 40.0) {
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 16.0 * k;
            if let Some(side) = phase.side {
                side_word(ui, side, k);
            }
            if let Some(rep) = rep {
                ui.label(rep);
            }
        });
    }
    if fits(ui, 18.0) {
        ui.add(egui::Label::new(next).wrap());
    }
    let size = 18.0 * k.max(0.8);
    if let Some(instructions) = &step.instructions
        && ui.available_height() >= size * 1.4
    {
        // Whole lines: a line cut in half at the bottom looks like a mistake.
        let row = ui
            .painter()
            .layout_no_wrap("Ag".to_owned(), egui::FontId::proportional(size), text)
            .size()
            .y;
        egui::ScrollArea::vertical()
            .max_height((ui.available_height() / row).floor() * row)
            .min_scrolled_height(0.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.add(egui::Label::new(RichText::new(instructions).size(size).color(text)).wrap());
            });
    }
}

/// LEFT or RIGHT, large, white on the side's colour.
fn side_word(ui: &mut Ui, side: Side, k: f32) {
    let (word, spoken) = match side {
        Side::Left => ("LEFT", "Left side"),
        Side::Right => ("RIGHT", "Right side"),
    };
    let galley = ui.painter().layout_no_wrap(
        word.to_owned(),
        egui::FontId::proportional(40.0 * k),
        Color32::WHITE,
    );
    let pad = Vec2::new(14.0, 6.0) * k;
    let (rect, response) = ui.allocate_exact_size(galley.size() + pad * 2.0, Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, spoken));
    ui.painter().rect_filled(rect, 8.0 * k, side_colour(side));
    ui.painter().galley(rect.min + pad, galley, Color32::WHITE);
}

fn picture(ui: &mut Ui, step: &Step, figure: Option<Figure>, side: Option<Side>, height: f32) {
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

fn side_name(side: Option<Side>) -> Option<&'static str> {
    side.map(|s| match s {
        Side::Left => "left side",
        Side::Right => "right side",
    })
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
    match (next.kind, side_name(next.side)) {
        (PhaseKind::Hold, Some(side)) if next.side != current.side => {
            format!("Next: hold, {side} ({length})")
        }
        (PhaseKind::Hold, _) if step.reps > 1 => {
            format!("Next: hold, rep {} of {} ({length})", next.rep, step.reps)
        }
        (PhaseKind::Hold, _) => format!("Next: hold ({length})"),
        (kind, _) => format!("Next: {} ({length})", kind.words().to_lowercase()),
    }
}

fn sound_status(ui: &mut Ui, view: &View<'_>, action: &mut Option<PlayerAction>) {
    let warn = warning(ui);
    if let Timing::Stopped(reason) = view.timing {
        ui.add(egui::Label::new(
            RichText::new(format!(
                "The cue timer stopped ({reason}): cues now come only while this window is open and shown."
            ))
            .color(warn),
        ).wrap());
    }
    if let OutputStatus::Unavailable(reason) = view.sound {
        ui.horizontal_wrapped(|ui| {
            let said = format!("No sound: {reason}. Follow the screen.");
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
            if ui.button("Retry sound").clicked() {
                *action = Some(PlayerAction::RetrySound);
            }
        });
    }
}

fn controls(ui: &mut Ui, view: &View<'_>, paused: bool, action: &mut Option<PlayerAction>) {
    // Large, but less so in points as the text size grows: at the largest text they still fit
    // one row of a small window, and are still larger than at Normal.
    let scale = 1.0 / ui.ctx().zoom_factor().max(1.0).sqrt();
    let big = |text: &str| {
        egui::Button::new(RichText::new(text).size(20.0 * scale))
            .min_size(Vec2::new(80.0, 44.0) * scale)
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

#[cfg(test)]
mod tests {
    use std::sync::Arc;

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
