//! Simple drawings of each position, drawn with egui's painter so they scale with the window and
//! follow the theme. The leg being stretched is drawn in the accent colour.

use egui::{Pos2, Rect, Sense, Stroke, Ui, Vec2};

use crate::routine::Side;

/// A position that the bundled routines use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// On the back, knees bent, feet flat.
    LyingKneesBent,
    /// On the back, both knees hugged to the chest.
    KneesToChest,
    /// On the back at the end of a bench, one knee hugged, the other leg hanging off.
    BenchPsoas,
    /// On the back on the floor, one knee hugged, the other leg straight on the floor.
    FloorPsoas,
    /// Standing tall.
    Standing,
    /// A split stance, back leg stretched, hands on a chair.
    StandingLunge,
    /// Rolled to the side, pushing up to sit.
    GettingUp,
}

impl Figure {
    /// The drawing for a step, recognised by its name (the bundled routines' steps, and any
    /// routine's step named the same way).
    pub fn for_step(name: &str) -> Option<Figure> {
        let name = name.to_lowercase();
        let has = |word: &str| name.contains(word);
        Some(if has("bench") || has("myofascial") {
            Figure::BenchPsoas
        } else if has("floor psoas") {
            Figure::FloorPsoas
        } else if has("standing psoas") || has("lunge") {
            Figure::StandingLunge
        } else if has("standing") {
            Figure::Standing
        } else if has("knees to chest") {
            Figure::KneesToChest
        } else if has("getting up") {
            Figure::GettingUp
        } else if has("pelvic") || has("settle") || has("rest") || has("breathe") {
            Figure::LyingKneesBent
        } else {
            return None;
        })
    }

    /// A short description, for screen readers.
    pub fn describe(self) -> &'static str {
        match self {
            Figure::LyingKneesBent => "Drawing: lying on the back, knees bent, feet flat",
            Figure::KneesToChest => "Drawing: lying on the back, both knees hugged to the chest",
            Figure::BenchPsoas => {
                "Drawing: lying at the end of a bench, one knee hugged, the other leg hanging off the edge"
            }
            Figure::FloorPsoas => {
                "Drawing: lying on the floor, one knee hugged, the other leg straight on the floor"
            }
            Figure::Standing => "Drawing: standing tall",
            Figure::StandingLunge => {
                "Drawing: split stance, back leg stretched, one hand on a chair"
            }
            Figure::GettingUp => "Drawing: rolled onto the side, pushing up to sit",
        }
    }
}

/// Draws `figure` in a box of `size`, mirrored for the right side.
pub fn show(ui: &mut Ui, figure: Figure, side: Option<Side>, size: Vec2) {
    let (response, painter) = ui.allocate_painter(size, Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, figure.describe()));
    let rect = response.rect;
    let ink = ui.visuals().text_color();
    let accent = ui.visuals().selection.bg_fill;
    let furniture = ui.visuals().weak_text_color();
    let mirror = side == Some(Side::Right);
    let at = |x: f32, y: f32| -> Pos2 {
        let x = if mirror { 1.0 - x } else { x };
        rect.min + Vec2::new(x * rect.width(), y * rect.height())
    };
    let width = (rect.height() / 40.0).max(2.0);
    let body = Stroke::new(width, ink);
    let stretched = Stroke::new(width * 1.4, accent);
    let line = |points: &[(f32, f32)], stroke: Stroke| {
        let points: Vec<Pos2> = points.iter().map(|&(x, y)| at(x, y)).collect();
        painter.add(egui::Shape::line(points, stroke));
    };
    let head = |x: f32, y: f32| {
        painter.circle_stroke(at(x, y), rect.height() * 0.06, body);
    };
    let floor = |y: f32| {
        line(&[(0.02, y), (0.98, y)], Stroke::new(width * 0.6, furniture));
    };
    let bench = || {
        let top = Rect::from_two_pos(at(0.04, 0.56), at(0.60, 0.62));
        painter.rect_filled(top, 2.0, furniture.gamma_multiply(0.5));
        line(&[(0.08, 0.62), (0.08, 0.92)], Stroke::new(width, furniture));
        line(&[(0.56, 0.62), (0.56, 0.92)], Stroke::new(width, furniture));
        floor(0.92);
    };
    match figure {
        Figure::LyingKneesBent => {
            floor(0.8);
            head(0.12, 0.7);
            line(&[(0.18, 0.74), (0.55, 0.74)], body);
            line(&[(0.22, 0.745), (0.42, 0.79)], body);
            line(&[(0.55, 0.74), (0.70, 0.52), (0.82, 0.77)], body);
        }
        Figure::KneesToChest => {
            floor(0.8);
            head(0.12, 0.7);
            line(&[(0.18, 0.74), (0.55, 0.74)], body);
            line(&[(0.55, 0.74), (0.45, 0.46), (0.62, 0.42)], body);
            line(&[(0.25, 0.72), (0.42, 0.52)], body);
        }
        Figure::BenchPsoas => {
            bench();
            head(0.12, 0.47);
            line(&[(0.18, 0.52), (0.58, 0.52)], body);
            // The hugged knee, held by the arms.
            line(&[(0.58, 0.52), (0.46, 0.24), (0.60, 0.22)], body);
            line(&[(0.26, 0.50), (0.44, 0.30)], body);
            // The leg that hangs off the end of the bench: the stretched hip.
            line(&[(0.58, 0.52), (0.76, 0.70), (0.78, 0.92)], stretched);
        }
        Figure::FloorPsoas => {
            floor(0.8);
            head(0.12, 0.7);
            line(&[(0.18, 0.74), (0.52, 0.74)], body);
            line(&[(0.52, 0.74), (0.42, 0.46), (0.56, 0.42)], body);
            line(&[(0.24, 0.72), (0.40, 0.50)], body);
            line(&[(0.52, 0.74), (0.95, 0.77)], stretched);
        }
        Figure::Standing => {
            floor(0.94);
            head(0.5, 0.14);
            line(&[(0.5, 0.2), (0.5, 0.56)], body);
            line(&[(0.5, 0.28), (0.42, 0.5)], body);
            line(&[(0.5, 0.28), (0.58, 0.5)], body);
            line(&[(0.5, 0.56), (0.45, 0.94)], body);
            line(&[(0.5, 0.56), (0.55, 0.94)], body);
        }
        Figure::StandingLunge => {
            floor(0.94);
            // A chair for balance.
            line(&[(0.08, 0.45), (0.08, 0.94)], Stroke::new(width, furniture));
            line(
                &[(0.08, 0.62), (0.2, 0.62), (0.2, 0.94)],
                Stroke::new(width, furniture),
            );
            head(0.45, 0.14);
            line(&[(0.45, 0.2), (0.47, 0.56)], body);
            line(&[(0.45, 0.28), (0.26, 0.45), (0.14, 0.45)], body);
            line(&[(0.47, 0.56), (0.36, 0.74), (0.36, 0.94)], body);
            line(&[(0.47, 0.56), (0.66, 0.76), (0.82, 0.94)], stretched);
        }
        Figure::GettingUp => {
            bench();
            head(0.2, 0.28);
            line(&[(0.24, 0.33), (0.40, 0.52)], body);
            line(&[(0.30, 0.40), (0.26, 0.56)], body);
            line(&[(0.40, 0.52), (0.56, 0.50), (0.66, 0.62)], body);
        }
    }
    painter.rect_stroke(
        rect,
        6.0,
        Stroke::new(1.0, furniture.gamma_multiply(0.4)),
        egui::StrokeKind::Inside,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_step_has_a_drawing() {
        for b in crate::bundled::ALL {
            for step in &b.load().unwrap().steps {
                assert!(
                    Figure::for_step(&step.name).is_some(),
                    "{}: {}",
                    b.id,
                    step.name
                );
            }
        }
    }
}
