//! The Settings room: the toggle in the top bar, the Settings window (the form, the spoken step
//! names' rows, and what the router adds below them: the reminders), and the look it sets (theme
//! and text size), applied once per change.

use crate::tr;

mod form;
pub mod speech;

pub use super::prefs::{Settings, TEXT_SIZES, Theme};

/// The Settings room's own state.
#[derive(Debug, Default)]
pub(crate) struct SettingsRoom {
    /// Whether the Settings window is open.
    pub(crate) open: bool,
    /// The look last applied (theme, text scale), to apply changes once.
    look: Option<(Theme, f32)>,
    /// The language choice last applied (Settings' and the system's), to apply changes once.
    language: Option<(Option<String>, Option<crate::l10n::LanguageIdentifier>)>,
}

impl SettingsRoom {
    /// Applies the theme and text size of `settings` when they changed (and, the first time, what
    /// every screen needs: the picture loaders and solid scroll bars).
    pub(crate) fn apply_look(&mut self, ctx: &egui::Context, settings: &Settings) {
        let look = (settings.theme, settings.text_scale);
        if self.look.is_none() {
            // Routine pictures: PNG, JPEG and SVG files next to the routine.
            egui_extras::install_image_loaders(ctx);
            // PNG and JPEG ones decoded upright and screen-sized, ahead of egui_extras'.
            crate::media::loader::PhotoLoader::install(ctx);
            // Scroll bars that are always drawn where a page scrolls, not thin ones that show
            // only under the pointer: in a small window the person sees there is more below.
            // Colours and sizes that read: every text at least 4.5:1 and 12 points.
            ctx.all_styles_mut(|style| {
                style.spacing.scroll = egui::style::ScrollStyle::solid();
                crate::app::widgets::look::readable(style);
            });
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

    /// The top bar: the app's name, and the Settings toggle.
    /// Speaks the language chosen in Settings, or the system's, from this frame on: at once,
    /// with no restart. The language is the window's thread's, where every word is drawn.
    pub(crate) fn apply_language(
        &mut self,
        ctx: &egui::Context,
        settings: &Settings,
        system: Option<&crate::l10n::LanguageIdentifier>,
    ) {
        let applied = self.language.as_ref().is_some_and(|(language, before)| {
            *language == settings.language && before.as_ref() == system
        });
        if applied {
            return;
        }
        let chosen = settings
            .language
            .as_deref()
            .and_then(crate::l10n::offered_named);
        if let Some(wanted) = chosen.as_ref().or(system)
            && crate::l10n::set_language(wanted)
        {
            ctx.request_repaint();
        }
        self.language = Some((settings.language.clone(), system.cloned()));
    }

    pub(crate) fn top_bar(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("top").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new("stretch-timer").strong());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.toggle_value(&mut self.open, tr!("settings-heading"));
                });
            });
        });
    }

    /// The Settings window, while open: the form, then `more` (the reminders). Returns whether
    /// the settings changed.
    pub(crate) fn window(
        &mut self,
        ctx: &egui::Context,
        settings: &mut Settings,
        more: impl FnOnce(&mut egui::Ui),
    ) -> bool {
        let mut open = self.open;
        let mut changed = false;
        // The window's frame and its scroll bar, around the form.
        let style = ctx.global_style();
        let frame = style.spacing.window_margin.sum().x
            + style.spacing.scroll.allocated_width()
            + 2.0 * style.visuals.window_stroke.width;
        egui::Window::new(tr!("settings-heading"))
            // Its own id, not one made from its title, which changes with the language.
            .id(egui::Id::unique("settings-window"))
            .open(&mut open)
            .resizable(false)
            .collapsible(false)
            // A movable window's title bar is a tab stop with no name (egui's drag handle).
            .movable(false)
            // Taller than a small window at a large text size (with the reminders): it scrolls.
            .vscroll(true)
            // Never wider than the app's window: at the largest text a small one is 512 points
            // wide, and German, Spanish or French words need more than English in one row. The
            // rows wrap instead (the choices, the notes beneath them).
            .max_width(ctx.content_rect().width() - frame)
            .show(ctx, |ui| {
                changed = form::form(ui, settings);
                more(ui);
            });
        self.open = open;
        changed
    }
}
