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
            // Scroll bars that are always drawn where a page scrolls, not thin ones that show
            // only under the pointer: in a small window the person sees there is more below.
            ctx.all_styles_mut(|style| style.spacing.scroll = egui::style::ScrollStyle::solid());
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
            // A movable window's title bar is a tab stop with no name (egui's drag handle).
            .movable(false)
            // Taller than a small window at a large text size (with the reminders): it scrolls.
            .vscroll(true)
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
