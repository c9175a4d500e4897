//! What the screens share: headings and announcements for screen readers (`access`), the pain
//! scale (`pain`), the step drawings (`illustration`), readable colours and sizes (`look`), and a
//! few buttons and words. A widget draws and returns what the person did; it knows no screen and
//! no app state.

pub(crate) mod access;
pub mod illustration;
pub(crate) mod look;
pub(crate) mod pain;

use egui::RichText;

/// The one thing most people came to the page for (Start; Edit on a broken file): large, white on
/// the accent blue in either theme (the light theme's own accent is too pale to carry white
/// text), so it is found at a glance and read from across the room.
pub(crate) fn accent_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let fill = egui::Visuals::dark().selection.bg_fill;
    let text = RichText::new(text)
        .heading()
        .strong()
        .color(egui::Color32::WHITE);
    ui.add(
        egui::Button::new(text)
            .fill(fill)
            .min_size(egui::vec2(160.0, 48.0)),
    )
}

/// How wide `text` is in one line of `style`, in points: to choose a layout before drawing it
/// (side by side where it fits, else one above the other).
pub(crate) fn text_width(ui: &egui::Ui, text: &str, style: egui::TextStyle) -> f32 {
    egui::WidgetText::from(text)
        .into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, style)
        .size()
        .x
}

/// How wide a button with `text` is, in points.
pub(crate) fn button_width(ui: &egui::Ui, text: &str) -> f32 {
    text_width(ui, text, egui::TextStyle::Button) + 2.0 * ui.spacing().button_padding.x
}

/// A button whose accessible name says more than its text (several "Discard" buttons on one
/// screen each say what they discard).
pub(crate) fn button_named(ui: &mut egui::Ui, text: &str, name: &str) -> egui::Response {
    button_named_enabled(ui, true, text, name)
}

/// [`button_named`], greyed out unless `enabled`.
pub(crate) fn button_named_enabled(
    ui: &mut egui::Ui,
    enabled: bool,
    text: &str,
    name: &str,
) -> egui::Response {
    let response = ui.add_enabled(enabled, egui::Button::new(text));
    let name = name.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &name));
    response
}

/// Radio buttons in a row, as one group named `name` for screen readers ("Theme: Dark, radio
/// button, 1 of 2"), not loose buttons after a loose label. Where the row has no room for them
/// all (a narrow window, longer words), they go on to the next line.
pub(crate) fn radio_group(ui: &mut egui::Ui, name: &str, add: impl FnOnce(&mut egui::Ui)) {
    ui.scope_builder(
        egui::UiBuilder::new()
            .layout(egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true))
            .accessibility_role(egui::accesskit::Role::RadioGroup)
            .accessibility_label(name),
        add,
    );
}

/// A warning in the theme's warning colour, wrapped.
pub(crate) fn warn(ui: &mut egui::Ui, text: &str) {
    ui.add(egui::Label::new(RichText::new(text).color(ui.visuals().warn_fg_color)).wrap());
}

/// A line kept for a warning under a field, empty or not, so that a warning coming or going
/// moves nothing below it; a long one is cut to the line, and said whole on hover and to a
/// screen reader.
pub(crate) fn warning_line(ui: &mut egui::Ui, text: Option<&str>) {
    let height = ui.text_style_height(&egui::TextStyle::Body);
    let width = ui.available_width();
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_size(egui::vec2(width, height));
            if let Some(text) = text {
                let colour = ui.visuals().warn_fg_color;
                ui.add(egui::Label::new(RichText::new(text).color(colour)).truncate())
                    .on_hover_text(text);
            }
        },
    );
}

/// When `anew` (a screen or tab opened anew), every scroll area opens at its top, not where a
/// scroll area of the same id was left: egui keeps offsets by id, and across runs, and the
/// screens' scroll areas share one.
pub(crate) fn open_at_top(ctx: &egui::Context, anew: &mut bool) {
    if std::mem::take(anew) {
        ctx.data_mut(egui::util::IdTypeMap::remove_by_type::<egui::containers::scroll_area::State>);
    }
}

/// A message as a sentence: its first letter a capital (the library's messages start in lower
/// case, to follow "could not record:" on the command line).
pub(crate) fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect::<String>()
    })
}
