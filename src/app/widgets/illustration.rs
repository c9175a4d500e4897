//! Simple drawings of each position, drawn with egui's painter so they scale with the window and
//! follow the theme. The leg being stretched is drawn in the accent colour.

use egui::{Pos2, Rect, Sense, Stroke, Ui, Vec2};

use crate::routine::{Drawing, Side};
use crate::tr;

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

/// Every built-in drawing, in the order a list offers them.
pub const ALL: [Figure; 7] = [
    Figure::LyingKneesBent,
    Figure::KneesToChest,
    Figure::BenchPsoas,
    Figure::FloorPsoas,
    Figure::Standing,
    Figure::StandingLunge,
    Figure::GettingUp,
];

/// Which words in a step's name pick which drawing, tried in order: the first whose words are
/// all in the name wins (so "standing psoas" is the lunge before "standing" alone is standing
/// tall). Words are compared by their stems ([`stem`]), so "breathing", "breathe" and
/// "breaths" all match "breath", and "knees" matches "knee".
const WORDS: &[(&[&str], Figure)] = &[
    (&["bench"], Figure::BenchPsoas),
    (&["myofascial"], Figure::BenchPsoas),
    (&["floor", "psoas"], Figure::FloorPsoas),
    (&["standing", "psoas"], Figure::StandingLunge),
    (&["lunge"], Figure::StandingLunge),
    (&["kneeling"], Figure::StandingLunge),
    (&["standing"], Figure::Standing),
    (&["knees", "chest"], Figure::KneesToChest),
    (&["knee", "hug"], Figure::KneesToChest),
    (&["getting", "up"], Figure::GettingUp),
    (&["roll", "side"], Figure::GettingUp),
    (&["sit", "up"], Figure::GettingUp),
    (&["pelvic"], Figure::LyingKneesBent),
    (&["tilt"], Figure::LyingKneesBent),
    (&["settle"], Figure::LyingKneesBent),
    (&["rest"], Figure::LyingKneesBent),
    (&["relax"], Figure::LyingKneesBent),
    (&["breathe"], Figure::LyingKneesBent),
    (&["supine"], Figure::LyingKneesBent),
    (&["lying"], Figure::LyingKneesBent),
    (&["lie"], Figure::LyingKneesBent),
];

/// A word cut to its stem, well enough to match names: lower case, and "-ing", "-ed", a plural
/// "-s" and a final "-e" taken off ("breathing", "breathes", "breathe" → "breath"; "getting" →
/// "get").
fn stem(word: &str) -> String {
    let mut w = word.to_lowercase();
    let long = |w: &str, n: usize| w.chars().count() > n;
    if w.ends_with("ing") && long(&w, 5) {
        w.truncate(w.len() - 3);
        // "getting" → "gett" → "get", "sitting" → "sit".
        let mut last = w.chars().rev();
        if let (Some(a), Some(b)) = (last.next(), last.next())
            && a == b
            && !"aeiousl".contains(a)
        {
            w.pop();
        }
    } else if w.ends_with("ed") && long(&w, 4) {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !w.ends_with("ss") && long(&w, 3) {
        w.pop();
    }
    if w.ends_with('e') && long(&w, 3) {
        w.pop();
    }
    w
}

/// The stems of the words of `text`.
fn stems(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(stem)
        .collect()
}

/// The built-in drawing the player shows for a step with no picture of its own: for the player,
/// and for an editor that shows which drawing the step gets.
pub fn for_step(step: &crate::routine::Step) -> Option<Figure> {
    shown(step.drawing, &step.name)
}

/// The drawing shown for a step named `name` whose `drawing` field says `named`: the drawing it
/// names, nothing for `"none"`, and without the field the one the name's words pick (as files
/// written before the field was there expect).
pub fn shown(named: Option<Drawing>, name: &str) -> Option<Figure> {
    match named {
        Some(drawing) => Figure::of(drawing),
        None => Figure::for_step(name),
    }
}

impl Figure {
    /// The drawing for a step, recognised by the words of its name (the bundled routines'
    /// steps, and any routine's step named the same way). See [`WORDS`].
    pub fn for_step(name: &str) -> Option<Figure> {
        let words = stems(name);
        WORDS.iter().find_map(|(keys, figure)| {
            keys.iter()
                .all(|key| words.contains(&stem(key)))
                .then_some(*figure)
        })
    }

    /// The figure a step's `drawing` field names; `None` for `"none"`.
    pub fn of(drawing: Drawing) -> Option<Figure> {
        match drawing {
            Drawing::LyingKneesBent => Some(Figure::LyingKneesBent),
            Drawing::KneesToChest => Some(Figure::KneesToChest),
            Drawing::BenchPsoas => Some(Figure::BenchPsoas),
            Drawing::FloorPsoas => Some(Figure::FloorPsoas),
            Drawing::Standing => Some(Figure::Standing),
            Drawing::StandingLunge => Some(Figure::StandingLunge),
            Drawing::GettingUp => Some(Figure::GettingUp),
            Drawing::NoDrawing => None,
        }
    }

    /// How a step's `drawing` field names this figure.
    pub fn drawing(self) -> Drawing {
        match self {
            Figure::LyingKneesBent => Drawing::LyingKneesBent,
            Figure::KneesToChest => Drawing::KneesToChest,
            Figure::BenchPsoas => Drawing::BenchPsoas,
            Figure::FloorPsoas => Drawing::FloorPsoas,
            Figure::Standing => Drawing::Standing,
            Figure::StandingLunge => Drawing::StandingLunge,
            Figure::GettingUp => Drawing::GettingUp,
        }
    }

    /// Its name in a list of drawings.
    pub fn name(self) -> String {
        match self {
            Figure::LyingKneesBent => tr!("drawing-lying-knees-bent"),
            Figure::KneesToChest => tr!("drawing-knees-to-chest"),
            Figure::BenchPsoas => tr!("drawing-bench-psoas"),
            Figure::FloorPsoas => tr!("drawing-floor-psoas"),
            Figure::Standing => tr!("drawing-standing"),
            Figure::StandingLunge => tr!("drawing-standing-lunge"),
            Figure::GettingUp => tr!("drawing-getting-up"),
        }
    }

    /// A short description, for screen readers.
    pub fn describe(self) -> String {
        match self {
            Figure::LyingKneesBent => tr!("drawing-lying-knees-bent", "description"),
            Figure::KneesToChest => tr!("drawing-knees-to-chest", "description"),
            Figure::BenchPsoas => tr!("drawing-bench-psoas", "description"),
            Figure::FloorPsoas => tr!("drawing-floor-psoas", "description"),
            Figure::Standing => tr!("drawing-standing", "description"),
            Figure::StandingLunge => tr!("drawing-standing-lunge", "description"),
            Figure::GettingUp => tr!("drawing-getting-up", "description"),
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
    fn names_pick_drawings_whatever_the_form_of_their_words() {
        for (name, figure) in [
            ("Settle and breathe", Figure::LyingKneesBent),
            ("Slow breathing", Figure::LyingKneesBent),
            ("Three deep breaths", Figure::LyingKneesBent),
            ("Pelvic tilt", Figure::LyingKneesBent),
            ("Resting", Figure::LyingKneesBent),
            ("Knee to chest", Figure::KneesToChest),
            ("KNEES TO CHEST", Figure::KneesToChest),
            ("Hug one knee", Figure::KneesToChest),
            ("Standing psoas stretch", Figure::StandingLunge),
            ("Kneeling lunge", Figure::StandingLunge),
            ("Stand tall", Figure::Standing),
            ("Getting up slowly", Figure::GettingUp),
            ("Get up", Figure::GettingUp),
            ("Roll to your side", Figure::GettingUp),
            ("Floor psoas stretch", Figure::FloorPsoas),
            ("Psoas on the bench", Figure::BenchPsoas),
        ] {
            assert_eq!(Figure::for_step(name), Some(figure), "{name}");
        }
        // Words that only contain a key are not the key: "interest" is not "rest", "understand"
        // is not "stand".
        assert_eq!(Figure::for_step("Interest"), None);
        assert_eq!(Figure::for_step("Understanding the hip"), None);
        assert_eq!(Figure::for_step("Neck rotation"), None);
    }

    #[test]
    fn every_drawing_is_listed_once_and_its_own_words_pick_it() {
        for (i, figure) in ALL.iter().enumerate() {
            assert!(!ALL[i + 1..].contains(figure), "{figure:?} twice");
            let (keys, _) = WORDS
                .iter()
                .find(|(_, f)| f == figure)
                .expect("every drawing has words in WORDS");
            let name = keys.join(" ");
            assert_eq!(Figure::for_step(&name), Some(*figure), "{name}");
            // A step named as the drawing is listed gets it, even without a drawing field.
            assert_eq!(Figure::for_step(&figure.name()), Some(*figure));
        }
    }

    #[test]
    fn every_drawing_a_file_can_name_is_a_figure_and_none_is_nothing() {
        for figure in ALL {
            assert_eq!(Figure::of(figure.drawing()), Some(figure));
        }
        for drawing in Drawing::ALL {
            match Figure::of(*drawing) {
                Some(figure) => assert_eq!(figure.drawing(), *drawing),
                None => assert_eq!(*drawing, Drawing::NoDrawing),
            }
        }
    }

    #[test]
    fn a_step_shows_the_drawing_it_names_before_the_one_its_name_picks() {
        let step = |fields: &str| {
            let text = format!(
                "Routine(format: 1, name: \"R\", steps: [Step(name: \"Knees to chest\", hold: 30{fields})])"
            );
            crate::routine::parse(&text, None).unwrap().steps.remove(0)
        };
        assert_eq!(for_step(&step("")), Some(Figure::KneesToChest));
        assert_eq!(
            for_step(&step(", drawing: \"standing-lunge\"")),
            Some(Figure::StandingLunge)
        );
        assert_eq!(for_step(&step(", drawing: \"none\"")), None);
        assert_eq!(
            shown(Some(Drawing::GettingUp), "Neck rotation"),
            Some(Figure::GettingUp)
        );
        assert_eq!(shown(None, "Neck rotation"), None);
    }

    /// Each step of a bundled routine names its drawing, so that it has it in every language (a
    /// German step's name has none of the words the drawings are picked by): the one its English
    /// name picks.
    #[test]
    fn every_bundled_step_has_its_drawing_in_every_language() {
        for b in crate::bundled::ALL {
            let english = b.load("en").unwrap();
            for &(language, _) in b.texts {
                for (step, in_english) in b.load(language).unwrap().steps.iter().zip(&english.steps)
                {
                    let by_name = Figure::for_step(&in_english.name);
                    assert!(by_name.is_some(), "{}: {}", b.id, in_english.name);
                    assert!(
                        step.drawing.is_some(),
                        "{} in {language}: {}",
                        b.id,
                        step.name
                    );
                    assert_eq!(
                        for_step(step),
                        by_name,
                        "{} in {language}: {}",
                        b.id,
                        step.name
                    );
                }
            }
        }
    }
}
