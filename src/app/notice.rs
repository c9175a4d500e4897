//! The notice at the top of the page: news or a warning, typed ([`Notice`]), and what it offers
//! (Open folder, Save as…, a path typed where no file dialog can be shown).

use std::path::{Path, PathBuf};

use egui::RichText;

use super::route::Screen;

use crate::tr;

/// A message for the person at the top of the page, until dismissed or replaced: news (what
/// they asked for was done) in the page's own colours, with what it offers, or a warning (what
/// went wrong, or cannot be done) in the warning colours. Whichever it is, the whole notice is
/// replaced by the next one, so an offer never outlives its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Notice {
    /// Done as asked: a file saved, written, imported; with what it offers besides Dismiss.
    News(String, More),
    /// Something went wrong, or cannot be done as asked.
    Warning(String),
}

impl Notice {
    /// Plain news, offering nothing but Dismiss.
    pub(crate) fn news(text: impl Into<String>) -> Notice {
        Notice::News(text.into(), More::Nothing)
    }

    /// A warning.
    pub(crate) fn warning(text: impl Into<String>) -> Notice {
        Notice::Warning(text.into())
    }
}

/// What a piece of news offers besides Dismiss.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum More {
    /// Nothing.
    Nothing,
    /// A file was written: "Open folder", and for a package to send, "Save as…".
    Written { file: PathBuf, save_as: bool },
    /// No file dialog could be shown: a field to type the path in instead, and what was wrong
    /// with the path typed last (no such file, no such folder), said under it while the field
    /// keeps its text to be corrected.
    TypePath {
        purpose: PathFor,
        typed: String,
        error: Option<String>,
    },
}

/// What a typed path is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PathFor {
    /// A routine or a shared routine to open.
    Open,
    /// Where to put a copy of this file (a package just exported).
    CopyOf(PathBuf),
}

impl PathFor {
    /// The field's name and its button.
    fn words(&self) -> (String, String) {
        match self {
            PathFor::Open => (tr!("notice-path-to-open"), tr!("notice-open-this-file")),
            PathFor::CopyOf(_) => (tr!("notice-path-for-copy"), tr!("notice-save-the-copy")),
        }
    }
}

/// What the person asked of the notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NoticeAction {
    Dismiss,
    /// Show the folder holding this file in the desktop's file manager.
    OpenFolder(PathBuf),
    /// Put a copy of this file where the person chooses.
    SaveAs(PathBuf),
    /// A path was typed for `PathFor`.
    Typed(PathFor, PathBuf),
}

/// The notice, if any, floating over the page at its top or bottom, as wide as the page allows
/// up to a comfortable line: it covers part of the page while shown, but neither it nor its
/// going moves anything (a page pushed down by a notice, then up when it was dismissed, had the
/// next click open the routine below the one meant). At the top where the page's own buttons
/// are at the bottom (the player's controls, the pain question's, a routine's Start and Remind
/// me, the finish screen's), at the bottom elsewhere.
pub(crate) fn overlay(
    ctx: &egui::Context,
    notice: Option<&mut Notice>,
    screen: &Screen,
) -> Option<NoticeAction> {
    let notice = notice?;
    let at_top = matches!(
        screen,
        Screen::Player | Screen::PainBefore(_) | Screen::Overview(_) | Screen::Finished(_)
    );
    let window = ctx.content_rect();
    // Below the top bar on the right, clear of the way back (*All routines*, top left); or
    // across the bottom above the window's edge.
    let (anchor, offset, width) = if at_top {
        let width = (window.width() * 0.6).clamp(120.0, 560.0);
        (egui::Align2::RIGHT_TOP, egui::vec2(-16.0, 40.0), width)
    } else {
        let width = (window.width() - 32.0).clamp(120.0, 720.0);
        (egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -16.0), width)
    };
    egui::Area::new(egui::Id::unique("notice"))
        .order(egui::Order::Foreground)
        .anchor(anchor, offset)
        .show(ctx, |ui| {
            ui.set_width(width);
            notice_ui(ui, notice)
        })
        .inner
}

/// The notice in a frame as wide as given and no wider: the text wraps, the buttons wrap below
/// it, so a long notice neither widens the page nor pushes Dismiss out of the window. News (a
/// file saved, written, exported) is in the page's own colours; anything else is a warning. Its
/// fill is opaque and shadowed: it lies over the page.
fn notice_ui(ui: &mut egui::Ui, notice: &mut Notice) -> Option<NoticeAction> {
    let (text, more) = match notice {
        Notice::News(text, more) => (text.as_str(), Some(more)),
        Notice::Warning(text) => (text.as_str(), None),
    };
    let notice = text;
    let mut action = None;
    let visuals = ui.visuals().clone();
    let (fill, stroke, text) = match more {
        Some(_) => (
            visuals.window_fill,
            visuals.widgets.noninteractive.bg_stroke,
            visuals.strong_text_color(),
        ),
        None => (
            visuals
                .window_fill
                .lerp_to_gamma(visuals.warn_fg_color, 0.12),
            egui::Stroke::new(1.0, visuals.warn_fg_color),
            visuals.strong_text_color(),
        ),
    };
    egui::Frame::group(ui.style())
        .fill(fill)
        .stroke(stroke)
        .shadow(visuals.popup_shadow)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(egui::Label::new(RichText::new(notice).color(text)).wrap());
            ui.horizontal_wrapped(|ui| {
                match more {
                    Some(More::Written { file, save_as }) => {
                        if ui
                            .button(tr!("notice-open-folder"))
                            .on_hover_text(tr!("notice-open-folder", "tooltip"))
                            .clicked()
                        {
                            action = Some(NoticeAction::OpenFolder(file.clone()));
                        }
                        if *save_as && ui.button(tr!("notice-save-as")).clicked() {
                            action = Some(NoticeAction::SaveAs(file.clone()));
                        }
                    }
                    Some(More::TypePath { purpose, typed, .. }) => {
                        let (name, button) = purpose.words();
                        let room = (ui.available_width() - 220.0).clamp(160.0, 520.0);
                        let field = ui.add(
                            egui::TextEdit::singleline(typed)
                                .hint_text(crate::tr!("notice-path-example"))
                                .desired_width(room),
                        );
                        field.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name)
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
                    Some(More::Nothing) | None => {}
                }
                if ui.button(tr!("notice-dismiss")).clicked() {
                    action = Some(NoticeAction::Dismiss);
                }
            });
            if let Some(More::TypePath {
                error: Some(error), ..
            }) = more
            {
                let colour = ui.visuals().error_fg_color;
                ui.add(egui::Label::new(RichText::new(error.as_str()).color(colour)).wrap());
            }
        });
    action
}

/// Says `error` under the typed path of `notice`, which keeps its text to be corrected; true if
/// the notice is one with a typed path.
pub(crate) fn path_not_usable(notice: &mut Option<Notice>, error: String) -> bool {
    match notice.as_mut() {
        Some(Notice::News(_, More::TypePath { error: said, .. })) => {
            *said = Some(error);
            true
        }
        _ => false,
    }
}

/// A file as a person reads it in a notice: its name, and the folder it is in by its own name
/// (`bench.ron in routines`), not the whole path.
pub(crate) fn short_place(path: &Path) -> String {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into(),
    );
    match path.parent().and_then(Path::file_name) {
        Some(folder) => tr!(
            "notice-file-in-folder",
            file = name,
            folder = folder.to_string_lossy()
        ),
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
