//! The dial: the ring of the phase's time left, and the breathing disc, drawn as meshes.

use std::time::Duration;

use egui::{Color32, Rect, Sense, Ui, Vec2};

use super::view::phase_colour;
use crate::countdown::{left_in_words, shown_seconds};
use crate::engine::PhaseKind;
use crate::routine::format_clock;

/// What the ring shows.
pub(super) struct Dial {
    pub(super) left: Duration,
    pub(super) duration: Duration,
    pub(super) kind: PhaseKind,
    pub(super) paused: bool,
    /// While breathing: how full the lungs are, 0 to 1; the disc grows and shrinks with it.
    pub(super) filled: Option<f32>,
    /// The last seconds of a hold, shown as the bare number, larger.
    pub(super) last_seconds: bool,
}

/// The time left, as large as the ring allows, on a disc of the phase's colour, inside a ring
/// that empties as the phase goes on. Paused: grey, with a pause sign.
pub(super) fn dial(ui: &mut Ui, dial: &Dial) {
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
    let full = outer - width * 0.9;
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
    // As large as fits the smallest the disc gets, so the digits never leave it: their ink (not
    // the line's height, which is a third larger) inside a circle a little within the disc.
    let probe = painter.layout_no_wrap(
        text.clone(),
        egui::FontId::proportional(100.0),
        Color32::WHITE,
    );
    let ink = ink_rect(&probe);
    let fit = least * 0.94 / (ink.size() / 2.0).length().max(1.0);
    let colour_of_ink = if dial.paused {
        Color32::from_gray(0xe0)
    } else {
        Color32::WHITE
    };
    let galley =
        painter.layout_no_wrap(text, egui::FontId::proportional(100.0 * fit), colour_of_ink);
    // Centred by the ink, not by the line: the digits sit in the middle of the disc.
    let drawn = ink_rect(&galley);
    painter.galley(center - drawn.center().to_vec2(), galley, colour_of_ink);
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

/// Where a galley's glyphs put ink, relative to its top left corner.
fn ink_rect(galley: &egui::Galley) -> Rect {
    let mut ink = Rect::NOTHING;
    for row in &galley.rows {
        for glyph in &row.row.glyphs {
            let min = row.pos + glyph.pos.to_vec2() + glyph.uv_rect.offset;
            ink = ink.union(Rect::from_min_size(min, glyph.uv_rect.size));
        }
    }
    if ink.is_positive() {
        ink
    } else {
        Rect::from_min_size(egui::Pos2::ZERO, galley.size())
    }
}

/// A white texture whose alpha is `alpha(x, y)` at each texel's centre, made once for each size
/// and kept in egui's memory under `name`: the edges of the ring and the disc, smoothed by the
/// texture's filtering rather than by egui's feathering, which under software OpenGL costs more
/// than the shapes themselves (thin triangles along every edge).
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // Texels and pieces: a few thousand at most.
pub(super) fn mask(
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
pub(super) fn segments(ctx: &egui::Context, radius: f32) -> usize {
    let pixels = (radius * ctx.pixels_per_point()).max(1.0);
    let step = (1.0 - 0.25 / pixels).clamp(-1.0, 1.0).acos();
    (std::f32::consts::TAU / step).ceil().clamp(16.0, 512.0) as usize
}

/// The ring around the time: a band of `width` centred on `radius`, drawn from the top
/// clockwise in `colours[0]` for the `remaining` fraction, and in `colours[1]` for the rest.
/// One strip of quads whose texture is the band's profile across its width (soft at both
/// edges): two triangles a piece, each as wide as the band.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // Texels and pieces: a few thousand at most.
pub(super) fn ring(
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
pub(super) fn disc_mesh(
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
