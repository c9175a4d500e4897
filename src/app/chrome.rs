//! What frames every screen: the look (theme, text size), the top bar, the Settings window and the
//! notice line.

use std::path::{Path, PathBuf};

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

/// What a notice offers besides Dismiss, and whether it is news or a warning. It belongs to the
/// notice whose text it was made with: a later notice (set anywhere as plain text, a warning)
/// leaves it behind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct NoticeMore {
    /// The text of the notice it goes with.
    pub(super) notice: String,
    pub(super) more: More,
}

/// What a notice offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum More {
    /// Plain news: shown in the neutral colours, not as a warning.
    News,
    /// A file was written: "Open folder", and for a package to send, "Save as…".
    Written { file: PathBuf, save_as: bool },
    /// No file dialog could be shown: a field to type the path in instead.
    TypePath { purpose: PathFor, typed: String },
}

/// What a typed path is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum PathFor {
    /// A routine or a shared routine to open.
    Open,
    /// Where to put a copy of this file (a package just exported).
    CopyOf(PathBuf),
}

impl PathFor {
    /// The field's name and its button.
    fn words(&self) -> (&'static str, &'static str) {
        match self {
            PathFor::Open => ("Path of the file to open", "Open this file"),
            PathFor::CopyOf(_) => ("Where to save the copy", "Save the copy"),
        }
    }
}

/// What the person asked of the notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum NoticeAction {
    Dismiss,
    /// Show the folder holding this file in the desktop's file manager.
    OpenFolder(PathBuf),
    /// Put a copy of this file where the person chooses.
    SaveAs(PathBuf),
    /// A path was typed for `PathFor`.
    Typed(PathFor, PathBuf),
}

/// The notice, if any, in a frame as wide as the page and no wider: the text wraps, the buttons
/// wrap below it, so a long notice neither widens the page nor pushes Dismiss out of the window.
/// News (a file saved, written, exported) is in the page's own colours; anything else is a
/// warning.
pub(super) fn notice_ui(
    ui: &mut egui::Ui,
    notice: Option<&str>,
    more: Option<&mut NoticeMore>,
) -> Option<NoticeAction> {
    let notice = notice?;
    let more = more.filter(|m| m.notice == notice).map(|m| &mut m.more);
    let mut action = None;
    let visuals = ui.visuals().clone();
    let (fill, stroke, text) = match more {
        Some(_) => (
            visuals.faint_bg_color,
            visuals.widgets.noninteractive.bg_stroke,
            visuals.strong_text_color(),
        ),
        None => (
            visuals.warn_fg_color.gamma_multiply(0.12),
            egui::Stroke::new(1.0, visuals.warn_fg_color),
            visuals.strong_text_color(),
        ),
    };
    egui::Frame::group(ui.style())
        .fill(fill)
        .stroke(stroke)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(egui::Label::new(RichText::new(notice).color(text)).wrap());
            ui.horizontal_wrapped(|ui| {
                match more {
                    Some(More::Written { file, save_as }) => {
                        if ui
                            .button("Open folder")
                            .on_hover_text("Show the folder in your file manager")
                            .clicked()
                        {
                            action = Some(NoticeAction::OpenFolder(file.clone()));
                        }
                        if *save_as && ui.button("Save as…").clicked() {
                            action = Some(NoticeAction::SaveAs(file.clone()));
                        }
                    }
                    Some(More::TypePath { purpose, typed }) => {
                        let (name, button) = purpose.words();
                        let room = (ui.available_width() - 220.0).clamp(160.0, 520.0);
                        let field = ui.add(
                            egui::TextEdit::singleline(typed)
                                .hint_text("/home/you/Documents/routine.ron")
                                .desired_width(room),
                        );
                        field.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::TextInput, true, name)
                        });
                        let entered =
                            field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if (ui.button(button).clicked() || entered) && !typed.trim().is_empty() {
                            action = Some(NoticeAction::Typed(
                                purpose.clone(),
                                PathBuf::from(typed.trim()),
                            ));
                        }
                    }
                    Some(More::News) | None => {}
                }
                if ui.button("Dismiss").clicked() {
                    action = Some(NoticeAction::Dismiss);
                }
            });
        });
    action
}

/// The one thing most people came to the page for (Start; Edit on a broken file): large, white on
/// the accent blue in either theme (the light theme's own accent is too pale to carry white
/// text), so it is found at a glance and read from across the room.
pub(super) fn accent_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
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

/// A file as a person reads it in a notice: its name, and the folder it is in by its own name
/// (`bench.ron in routines`), not the whole path.
pub(super) fn short_place(path: &Path) -> String {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into(),
    );
    match path.parent().and_then(Path::file_name) {
        Some(folder) => format!("{name} in {}", folder.to_string_lossy()),
        None => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_named_by_its_name_and_its_folders_name() {
        assert_eq!(
            short_place(Path::new(
                "/home/ann/.local/share/stretch-timer/exports/hips.zip"
            )),
            "hips.zip in exports"
        );
        assert_eq!(short_place(Path::new("hips.zip")), "hips.zip");
    }
}
