//! The Library room: the routines the person can choose from (bundled ones, their own, files
//! opened from anywhere; see `catalog`), drafts of unsaved work, and a path typed to open. A
//! file with errors is listed with its errors, never hidden, never startable and never fatal.

use std::path::{Path, PathBuf};

pub use super::catalog::{Entry, Library, Shelf};
use super::widgets::{button_named, button_width, text_width};
use crate::home::DraftFile;
use crate::progress::Source;
use crate::routine::format_clock;
use crate::tr;

/// What the library screen asks for.
pub enum LibraryAction {
    /// Show a routine's overview.
    Open(Source),
    /// Ask for a file to open (a routine, or a shared routine to import), with the system's
    /// file dialog.
    OpenFile,
    /// Open the file at a typed path (where there is no file dialog, or for a pasted path).
    OpenPath(PathBuf),
    /// Write a new routine: blank, or starting from a bundled one (its id).
    New(Option<String>),
    /// Go back to unsaved work, by its draft's id.
    ResumeDraft(String),
    /// Throw unsaved work away, by its draft's id.
    DiscardDraft(String),
    /// Show the history of sessions.
    History,
}

/// A ring around a card whose routine has the keyboard's focus: Enter opens it, so it must be
/// plain to see which one that is (the frameless title shows no focus of its own).
fn focus_ring(ui: &egui::Ui, card: egui::Rect) {
    let color = ui.visuals().selection.stroke.color;
    ui.painter().rect_stroke(
        card,
        ui.style().visuals.widgets.noninteractive.corner_radius,
        egui::Stroke::new(FOCUS_RING, color),
        // Inside the card: a card at the top of the list would have the ring's top edge cut
        // off by the scroll area.
        egui::StrokeKind::Inside,
    );
}

/// How thick the ring around a focused card is, in points.
pub const FOCUS_RING: f32 = 3.0;

/// The library screen. `typed_path` is the text of the "path" field, kept by the caller;
/// `drafts` is unsaved editor work; `warnings` is what the person should know about their folder
/// (drafts that could not be read, changes that will not show); `last_done` says when a routine
/// was last done, in words ("yesterday"), worked out when the history last changed.
pub fn ui<'a>(
    ui: &mut egui::Ui,
    library: &Library,
    typed_path: &mut String,
    drafts: &[(String, DraftFile)],
    warnings: &[String],
    last_done: &dyn Fn(&Source) -> Option<&'a str>,
) -> Option<LibraryAction> {
    let mut action = None;
    // The heading and the buttons beside it where they fit (German's "Übungsprogramme" at the
    // largest text in a small window does not), else the buttons on a row of their own beneath.
    let heading = tr!("library-heading");
    let history = tr!("library-history");
    let new = tr!("library-new");
    let import = crate::share::import_button();
    let gap = ui.spacing().item_spacing.x;
    let beside = [history.as_str(), import.as_str(), new.as_str()]
        .into_iter()
        .map(|text| button_width(ui, text) + gap)
        .sum::<f32>()
        + text_width(ui, &heading, egui::TextStyle::Heading)
        <= ui.available_width();
    let mut buttons = |ui: &mut egui::Ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(&history)
                .on_hover_text(tr!("library-history", "tooltip"))
                .clicked()
            {
                action = Some(LibraryAction::History);
            }
            if ui.button(crate::share::import_button()).clicked() {
                action = Some(LibraryAction::OpenFile);
            }
            ui.menu_button(&new, |ui| {
                if ui.button(tr!("library-new-blank")).clicked() {
                    action = Some(LibraryAction::New(None));
                }
                ui.separator();
                ui.label(egui::RichText::new(tr!("library-new-copy-of")).weak());
                for entry in &library.entries {
                    if let (Source::Bundled(id), Ok(routine)) = (&entry.source, &entry.routine)
                        && button_named(
                            ui,
                            &routine.name,
                            &tr!("library-copy-of", name = routine.name.as_str()),
                        )
                        .clicked()
                    {
                        action = Some(LibraryAction::New(Some(id.clone())));
                    }
                }
            });
        });
    };
    if beside {
        ui.horizontal(|ui| {
            super::widgets::access::heading(ui, egui::RichText::new(&heading).heading());
            buttons(ui);
        });
    } else {
        super::widgets::access::heading(ui, egui::RichText::new(&heading).heading());
        ui.horizontal(|ui| buttons(ui));
    }
    ui.horizontal_wrapped(|ui| {
        // The field, with "Open path" beside it where there is room for both (the button's
        // words are longer in French), else the button beneath.
        let open = tr!("library-open-path");
        let room = ui.available_width() - button_width(ui, &open) - gap;
        let field = ui.add(
            egui::TextEdit::singleline(typed_path)
                .hint_text(tr!("library-path-hint"))
                .desired_width(room.clamp(120.0, 420.0)),
        );
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, tr!("library-path-name"))
        });
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let clicked = ui.button(open).clicked();
        if (entered || clicked) && !typed_path.trim().is_empty() {
            action = Some(LibraryAction::OpenPath(PathBuf::from(typed_path.trim())));
        }
    });
    for warning in warnings {
        ui.label(egui::RichText::new(warning).color(ui.visuals().warn_fg_color));
    }
    for (id, kept) in drafts {
        let name = if kept.draft.name.trim().is_empty() {
            tr!("library-untitled")
        } else {
            kept.draft.name.trim().to_owned()
        };
        egui::Frame::group(ui.style())
            .fill(ui.visuals().warn_fg_color.gamma_multiply(0.10))
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    let what = match kept.target.as_deref().and_then(Path::file_name) {
                        Some(file) => tr!(
                            "library-unsaved-changes",
                            name = name.as_str(),
                            file = file.to_string_lossy()
                        ),
                        None => tr!("library-unsaved-new", name = name.as_str()),
                    };
                    ui.label(egui::RichText::new(what).strong());
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let discard = tr!("library-discard-name", name = name.as_str());
                        if button_named(ui, &tr!("library-discard"), &discard).clicked() {
                            action = Some(LibraryAction::DiscardDraft(id.clone()));
                        }
                        let resume = tr!("library-continue-name", name = name.as_str());
                        if button_named(ui, &tr!("library-continue"), &resume).clicked() {
                            action = Some(LibraryAction::ResumeDraft(id.clone()));
                        }
                    });
                });
            });
    }
    ui.add_space(8.0);
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            for entry in &library.entries {
                let card = egui::Frame::group(ui.style())
                    .inner_margin(12.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        match &entry.routine {
                            Ok(routine) => {
                                let title = egui::RichText::new(&routine.name).heading();
                                let open = ui.add(egui::Button::new(title).frame(false));
                                if open.clicked() {
                                    action = Some(LibraryAction::Open(entry.source.clone()));
                                }
                                ui.horizontal_wrapped(|ui| {
                                    ui.label(tr!(
                                        "library-facts",
                                        time = format_clock(routine.total()),
                                        steps = routine.steps.len(),
                                        shelf = entry.source_label()
                                    ));
                                    if let Some(when) = last_done(&entry.source) {
                                        ui.label(
                                            egui::RichText::new(tr!(
                                                "library-last-done",
                                                when = when
                                            ))
                                            .strong(),
                                        );
                                    }
                                });
                                if let Some(summary) = &routine.summary {
                                    ui.label(egui::RichText::new(summary).weak());
                                }
                                open.has_focus()
                            }
                            Err(e) => {
                                ui.label(egui::RichText::new(entry.title()).heading());
                                ui.label(
                                    egui::RichText::new(tr!(
                                        "library-broken",
                                        shelf = entry.source_label()
                                    ))
                                    .color(ui.visuals().error_fg_color),
                                );
                                let diagnostics = e.diagnostics();
                                for d in diagnostics.iter().take(5) {
                                    ui.label(
                                        egui::RichText::new(tr!(
                                            "library-problem-at",
                                            line = d.pos.line,
                                            column = d.pos.col,
                                            problem = crate::problems::said(&d.problem)
                                        ))
                                        .monospace(),
                                    );
                                }
                                if diagnostics.len() > 5 {
                                    let more = diagnostics.len() - 5;
                                    ui.label(tr!("library-more-problems", count = more));
                                }
                                false
                            }
                        }
                    });
                if card.inner {
                    focus_ring(ui, card.response.rect);
                }
                ui.add_space(6.0);
            }
        });
    action
}
