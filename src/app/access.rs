//! What a screen reader needs from every screen: a window named after the app and the screen,
//! headings marked as headings, and the focus on the new screen's heading when the screen
//! changes (else it falls on the window, and Orca says only "frame").

use egui::{Response, RichText, Ui};

use super::{Screen, StretchApp};

/// The app's name, as the window and the desktop launcher say it.
pub(crate) const APP_NAME: &str = "Stretch Timer";

/// Where the wish to focus the next heading drawn is kept, for one frame.
fn focus_key() -> egui::Id {
    egui::Id::unique("stretch-timer-focus-heading")
}

/// A heading: marked as one for screen readers, focusable, and given the focus when the screen
/// has just changed (the first heading drawn then takes it). `text` says its size and weight.
pub(crate) fn heading(ui: &mut Ui, text: impl Into<RichText>) -> Response {
    let text: RichText = text.into();
    let name = text.text().to_owned();
    let response = ui.add(egui::Label::new(text).sense(egui::Sense::focusable_noninteractive()));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Heading, true, &name));
    let wanted = ui
        .ctx()
        .data_mut(|d| d.remove_temp::<bool>(focus_key()))
        .is_some();
    if wanted {
        response.request_focus();
    }
    response
}

impl StretchApp {
    /// What the window is called for the screen shown: the app, then the screen.
    fn window_name(&self) -> String {
        let routine = |origin| {
            self.library
                .get(origin)
                .map_or_else(String::new, super::library::Entry::title)
        };
        let screen = match &self.screen {
            Screen::Library => "Routines".to_owned(),
            Screen::Overview(origin) => routine(origin),
            Screen::PainBefore(origin) => format!("Before {}", routine(origin)),
            Screen::Player => "Playing a routine".to_owned(),
            Screen::Finished(_) => "Routine complete".to_owned(),
            Screen::Stopped(_) => "Routine stopped".to_owned(),
            Screen::History => "History".to_owned(),
            Screen::Editor => "Editor".to_owned(),
            Screen::Broken(origin) => format!("{} has errors", routine(origin)),
            Screen::Fix => "Fixing a routine file".to_owned(),
        };
        format!("{APP_NAME}: {screen}")
    }

    /// Before a frame is drawn: if the screen has just changed, its first heading takes the
    /// focus.
    pub(super) fn focus_heading_if_new(&mut self, ctx: &egui::Context) {
        if std::mem::take(&mut self.screen_changed) {
            ctx.data_mut(|d| d.insert_temp(focus_key(), true));
        }
    }

    /// After a frame is drawn: names the window, and forgets a wish to focus a heading that no
    /// heading took (a later screen must not take it by surprise).
    pub(super) fn name_window(&self, ctx: &egui::Context) {
        ctx.data_mut(|d| d.remove_temp::<bool>(focus_key()));
        if self.screen_changed {
            // Changed during this frame: the new screen is drawn, and its heading focused, next.
            ctx.request_repaint();
        }
        let name = self.window_name();
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(name));
    }
}
