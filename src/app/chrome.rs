//! What frames every screen: the look (theme, text size), the top bar, the Settings window and the
//! notice line.

use egui::RichText;

use super::StretchApp;
use super::settings::Theme;

impl StretchApp {
    pub(super) fn apply_look(&mut self, ctx: &egui::Context) {
        let look = (self.settings.theme, self.settings.text_scale);
        if self.look.is_none() {
            // Routine pictures: PNG, JPEG and SVG files next to the routine.
            egui_extras::install_image_loaders(ctx);
            // PNG and JPEG ones decoded upright and screen-sized, ahead of egui_extras'.
            crate::media::loader::PhotoLoader::install(ctx);
        }
        if self.look != Some(look) {
            ctx.set_theme(match look.0 {
                Theme::Dark => egui::Theme::Dark,
                Theme::Light => egui::Theme::Light,
            });
            ctx.set_zoom_factor(look.1);
            self.look = Some(look);
        }
    }

    pub(super) fn top_bar(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("top").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new("stretch-timer").strong());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.toggle_value(&mut self.settings_open, "Settings");
                });
            });
        });
    }

    pub(super) fn settings_window(&mut self, ctx: &egui::Context) {
        let mut open = self.settings_open;
        let mut changed = false;
        egui::Window::new("Settings")
            .open(&mut open)
            .resizable(false)
            .collapsible(false)
            .show(ctx, |ui| {
                changed = self.settings.ui(ui);
                self.reminders_settings_ui(ui);
            });
        self.settings_open = open;
        if changed {
            self.apply_sound_settings();
        }
    }
}

/// The notice, if any, with its Dismiss button; returns whether it was dismissed.
pub(super) fn notice_ui(ui: &mut egui::Ui, notice: Option<&str>) -> bool {
    let Some(notice) = notice else { return false };
    let mut dismissed = false;
    // The text wraps beside the button, so a long notice (a folder's path) neither widens the
    // page nor pushes Dismiss out of the window.
    ui.horizontal_top(|ui| {
        let dismiss = ui.spacing().interact_size.x + 80.0;
        let width = (ui.available_width() - dismiss).max(120.0);
        ui.allocate_ui_with_layout(
            egui::vec2(width, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.add(
                    egui::Label::new(RichText::new(notice).color(ui.visuals().warn_fg_color))
                        .wrap(),
                );
            },
        );
        dismissed = ui.button("Dismiss").clicked();
    });
    dismissed
}
