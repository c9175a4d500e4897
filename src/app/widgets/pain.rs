//! Pain scores, asked with large buttons a person can hit from a mat: before a routine starts, and
//! when it ends, stopped or not (on the finish screen). Every question can be skipped; the one
//! before a routine is answered with one tap.

use egui::{Align, Layout, RichText, Ui};

use crate::progress::Pain;
use crate::tr;

/// What the question before a routine asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PainAction {
    /// A score, or `None` for Skip; either way, go on.
    Answer(Option<Pain>),
    /// Not now: back where the person came from, nothing started.
    Back,
}

/// The side of a pain button, in points: large enough to hit from a mat, small enough that 0 to
/// 10 fit on one row of a 1024-pixel window at normal text size.
const BUTTON: f32 = 72.0;
/// The digits on the buttons.
const DIGITS: f32 = 34.0;

/// What a question's heading is, for screen readers as well as eyes.
pub(crate) fn heading(ui: &mut Ui, text: &str, size: f32) {
    super::access::heading(ui, RichText::new(text).size(size).strong());
}

/// The scores 0 to 10 as large buttons, in as many centred rows as the width needs; `selected` is
/// shown pressed; `k` scales them (see [`scale`]): down where the window holds few points (the
/// largest text size zooms everything, so they stay as large on the screen), up in a large one. Each button's accessible
/// name is "Pain N" (the digit alone says nothing to a screen reader). Returns the score tapped.
pub(crate) fn buttons(ui: &mut Ui, selected: Option<Pain>, k: f32) -> Option<Pain> {
    let gap = ui.spacing().item_spacing.x;
    let width = ui.available_width();
    let side = BUTTON * k;
    let fits = |n: usize| n as f32 * (side + gap) - gap <= width;
    let per_row = (1..=11).rev().find(|&n| fits(n)).unwrap_or(1);
    let rows = 11usize.div_ceil(per_row);
    // Rows as even as they can be: 6 and 5 rather than 10 and 1.
    let per_row = 11usize.div_ceil(rows);
    let scores: Vec<Pain> = Pain::all().collect();
    let mut tapped = None;
    for row in scores.chunks(per_row) {
        let row_width = row.len() as f32 * (side + gap) - gap;
        ui.horizontal(|ui| {
            ui.add_space(((ui.available_width() - row_width) / 2.0).max(0.0));
            for &pain in row {
                let is_selected = selected == Some(pain);
                // Framed whether chosen or not: each reads as a button to press.
                let button =
                    egui::Button::new(RichText::new(pain.to_string()).size(DIGITS * k).strong())
                        .selected(is_selected)
                        .min_size(egui::vec2(side, side));
                let response = ui.add(button);
                let name = tr!("pain-button-name", pain = pain.to_string());
                response.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::Button, true, is_selected, &name)
                });
                if response.clicked() {
                    tapped = Some(pain);
                }
            }
        });
    }
    tapped
}

/// A score typed on the keyboard, 0 to 9 on the digit keys and 10 on the language's letter for
/// it ([`ten_key`]), unless a text field has the keys.
pub(crate) fn typed(ui: &Ui) -> Option<Pain> {
    use egui::Key;
    // A focused heading or button does not want digits; a text field does.
    if ui.ctx().text_edit_focused() {
        return None;
    }
    const DIGITS: [Key; 10] = [
        Key::Num0,
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ];
    let ten = ten_key();
    ui.input_mut(|i| {
        (0u8..)
            .zip(DIGITS.into_iter().chain(ten))
            .find(|&(_, key)| i.consume_key(egui::Modifiers::NONE, key))
            .and_then(|(n, _)| Pain::new(n).ok())
    })
}

/// The key that answers 10: a letter named by the language (T for ten, Z for zehn), never S,
/// which goes on without a score.
pub(crate) fn ten_key() -> Option<egui::Key> {
    egui::Key::from_name(tr!("pain-ten-key").trim()).filter(|key| *key != egui::Key::S)
}

/// What the ends of the scale mean, under the buttons.
pub(crate) fn scale_words(ui: &mut Ui, k: f32) {
    ui.label(RichText::new(tr!("pain-scale")).size(20.0 * k));
    let ten = ten_key().map_or_else(String::new, |key| key.name().to_owned());
    ui.label(RichText::new(tr!("pain-keys", ten = ten)).size((15.0 * k).max(13.0)));
}

/// How much to scale a question's text and buttons to the height there is: 1 in a window of
/// ordinary size, down to 0.55 at the largest text size in a small window, up to 1.6 in a large
/// one (read from a mat, two metres away).
pub(crate) fn scale(ui: &Ui) -> f32 {
    (ui.available_height() / 560.0).clamp(0.55, 1.6)
}

/// A large plain button.
pub(crate) fn big_button(text: &str) -> egui::Button<'_> {
    egui::Button::new(RichText::new(text).size(24.0)).min_size(egui::vec2(160.0, 52.0))
}

/// The question before a routine starts: one tap on a score, or on "Start without a score", goes
/// on; "Don't start yet" goes back. The buttons stay at the bottom, in view whatever the text size.
pub(crate) fn question_ui(ui: &mut Ui, routine: &str) -> Option<PainAction> {
    let mut action = None;
    let k = scale(ui);
    egui::Panel::bottom("pain-buttons")
        .show_separator_line(true)
        .show(ui, |ui| {
            ui.add_space(8.0 * k);
            ui.horizontal_wrapped(|ui| {
                // Each says what it does.
                let skip = ui
                    .add(big_button(&tr!("pain-skip-and-start")))
                    .on_hover_text(tr!("pain-skip-and-start", "tooltip"));
                if skip.clicked() {
                    action = Some(PainAction::Answer(None));
                }
                if ui.add(big_button(&tr!("pain-not-now"))).clicked() {
                    action = Some(PainAction::Back);
                }
            });
            ui.add_space(8.0 * k);
        });
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.with_layout(Layout::top_down(Align::Center), |ui| {
                ui.add_space(24.0 * k);
                let context = tr!("pain-before", routine = routine);
                ui.label(RichText::new(context).size(22.0 * k));
                ui.add_space(8.0 * k);
                heading(ui, &tr!("pain-question"), 40.0 * k);
                ui.add_space(16.0 * k);
                if let Some(pain) = buttons(ui, None, k) {
                    action = Some(PainAction::Answer(Some(pain)));
                }
                ui.add_space(8.0 * k);
                scale_words(ui, k);
            });
        });
    if action.is_none() {
        action = typed(ui).map(|pain| PainAction::Answer(Some(pain)));
    }
    if action.is_none() && ui.input(|i| i.key_pressed(egui::Key::S)) {
        action = Some(PainAction::Answer(None));
    }
    if action.is_none() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        action = Some(PainAction::Back);
    }
    action
}
