//! A routine file with errors: its errors on a page of their own, and its text to fix in the app,
//! checked as it is typed by the same checker as `stretch-timer check`, each problem marked at
//! its line. A file that cannot be read as a routine cannot be loaded into the form editor, so a
//! therapist fixes its text here; once it is whole, it opens like any other routine.

use std::path::{Path, PathBuf};

use egui::RichText;

use super::catalog::Entry;
use super::notice;
use super::widgets;
use crate::progress::Source;
use crate::routine::{self, Diagnostic};
use crate::tr;

/// What the page of a broken file asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrokenAction {
    /// Back to the library.
    Back,
    /// Fix the file's text in the app.
    Edit,
}

/// The page of a routine file that has errors: where it is, each error with its line and column,
/// and "Edit".
pub fn broken_ui(ui: &mut egui::Ui, entry: &Entry) -> Option<BrokenAction> {
    let mut action = None;
    if ui.button(tr!("editor-back")).clicked() {
        action = Some(BrokenAction::Back);
    }
    ui.add_space(4.0);
    ui.add(egui::Label::new(RichText::new(entry.title()).heading().strong()).wrap());
    if let Some(path) = entry.source.path() {
        let place = notice::short_place(path);
        ui.add(egui::Label::new(tr!("fix-file", place = place)).wrap())
            .on_hover_text(path.display().to_string());
    }
    ui.add(
        egui::Label::new(
            RichText::new(tr!("fix-has-errors"))
                .color(ui.visuals().error_fg_color)
                .strong(),
        )
        .wrap(),
    );
    let Err(error) = &entry.routine else {
        return action;
    };
    let fixable = entry.source.path().is_some() && !error.is_io();
    if fixable {
        ui.add(egui::Label::new(tr!("fix-it-here")).wrap());
        if widgets::accent_button(ui, &tr!("fix-edit")).clicked() {
            action = Some(BrokenAction::Edit);
        }
    }
    ui.add_space(8.0);
    ui.label(RichText::new(tr!("fix-what-is-wrong")).strong());
    egui::ScrollArea::vertical()
        .id_salt("broken-errors")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let color = ui.visuals().strong_text_color();
            for d in error.diagnostics().iter() {
                ui.add(egui::Label::new(RichText::new(diagnostic_line(d)).color(color)).wrap());
            }
        });
    action
}

/// A problem as the page and the fixer say it: `line 7, column 13: …`.
fn diagnostic_line(d: &Diagnostic) -> String {
    let (line, column, problem) = (d.pos.line, d.pos.col, crate::problems::said(&d.problem));
    tr!(
        "library-problem-at",
        line = line,
        column = column,
        problem = problem
    )
}

/// A routine file's text being fixed.
pub struct Fix {
    /// The file.
    pub path: PathBuf,
    /// The text as it is now.
    pub text: String,
    /// The text as it is on disk.
    disk: String,
    /// The problems in `text`, as last checked.
    problems: Vec<Diagnostic>,
    /// The text `problems` are about.
    checked: String,
    /// "All routines" was pressed with changes not saved: the question is showing.
    leaving: bool,
}

/// What the fixer asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixAction {
    /// Write the text to the file.
    Save,
    /// Write the text, then go back to the library.
    SaveAndLeave,
    /// Back to the library, changes or not.
    Leave,
}

/// Why a routine's file cannot be fixed in the app.
#[derive(Debug, thiserror::Error)]
pub enum FixOpenError {
    /// A bundled routine is not a file of the person's.
    #[error("{}", tr!("fix-bundled"))]
    Bundled,
    /// The file could not be read.
    #[error("{}", tr!("fix-unreadable", file = path.display().to_string(), reason = source.to_string()))]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

impl Fix {
    /// The fixer on the file of `source`, or why there is none (no file, or it cannot be read).
    pub fn open(source: &Source) -> Result<Fix, FixOpenError> {
        let path = source.path().ok_or(FixOpenError::Bundled)?.to_owned();
        let bytes = std::fs::read(&path).map_err(|source| FixOpenError::Unreadable {
            path: path.clone(),
            source,
        })?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let mut fix = Fix {
            path,
            disk: text.clone(),
            text,
            problems: Vec::new(),
            checked: String::new(),
            leaving: false,
        };
        fix.check();
        Ok(fix)
    }

    /// Checks the text again if it changed.
    fn check(&mut self) {
        if self.checked == self.text && !self.checked.is_empty() {
            return;
        }
        let folder = self.path.parent().map(Path::to_owned);
        self.problems = routine::parse_bytes(self.text.as_bytes(), folder.as_deref())
            .err()
            .unwrap_or_default();
        self.checked = self.text.clone();
    }

    /// Whether the text differs from the file.
    pub fn unsaved(&self) -> bool {
        self.text != self.disk
    }

    /// The text was written to the file.
    pub fn saved(&mut self) {
        self.disk = self.text.clone();
        self.leaving = false;
    }

    /// How many problems the text has.
    pub fn problem_count(&mut self) -> usize {
        self.check();
        self.problems.len()
    }

    /// The fixer's page.
    pub fn ui(&mut self, ui: &mut egui::Ui) -> Option<FixAction> {
        self.check();
        let mut action = None;
        let name = self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        ui.horizontal(|ui| {
            if ui.button(tr!("editor-back")).clicked() {
                if self.unsaved() {
                    self.leaving = true;
                } else {
                    action = Some(FixAction::Leave);
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let save = egui::Button::new(RichText::new(tr!("editor-save")).strong())
                    .min_size(egui::vec2(90.0, 28.0));
                if ui.add(save).clicked() {
                    action = Some(FixAction::Save);
                }
                let status = match (self.problems.len(), self.unsaved()) {
                    (0, true) => RichText::new(tr!("fix-no-problems-unsaved")),
                    (0, false) => RichText::new(tr!("fix-no-problems")),
                    (count, _) => RichText::new(tr!("editor-problems", count = count))
                        .color(ui.visuals().error_fg_color),
                };
                ui.add(egui::Label::new(status).truncate());
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    ui.add(
                        egui::Label::new(RichText::new(tr!("fix-title", file = name)).heading())
                            .truncate(),
                    );
                });
            });
        });
        ui.add(
            egui::Label::new(
                RichText::new(tr!("fix-about", place = notice::short_place(&self.path))).weak(),
            )
            .truncate(),
        )
        .on_hover_text(self.path.display().to_string());
        if self.leaving {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(tr!("fix-unsaved"));
                ui.horizontal_wrapped(|ui| {
                    if ui.button(tr!("fix-save-and-leave")).clicked() {
                        action = Some(FixAction::SaveAndLeave);
                    }
                    if ui.button(tr!("fix-leave-without-saving")).clicked() {
                        action = Some(FixAction::Leave);
                    }
                    if ui.button(tr!("fix-keep-fixing")).clicked() {
                        self.leaving = false;
                    }
                });
            });
        }
        ui.separator();
        // The problems in a box of fixed height: fixing one moves nothing below.
        let list_height = (ui.available_height() * 0.25).clamp(40.0, 160.0);
        egui::ScrollArea::vertical()
            .id_salt("fix-problems")
            .max_height(list_height)
            .min_scrolled_height(list_height)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if self.problems.is_empty() {
                    ui.label(tr!("fix-no-problems-save"));
                }
                for d in &self.problems {
                    ui.add(
                        egui::Label::new(
                            RichText::new(diagnostic_line(d)).color(ui.visuals().error_fg_color),
                        )
                        .wrap(),
                    );
                }
            });
        ui.separator();
        self.text_ui(ui);
        action
    }

    /// The text with its line numbers, the lines with problems marked.
    fn text_ui(&mut self, ui: &mut egui::Ui) {
        let marked: Vec<usize> = self.problems.iter().map(|d| d.pos.line).collect();
        let mark = ui.visuals().error_fg_color.gamma_multiply(0.25);
        let lines = self.text.lines().count().max(1) + usize::from(self.text.ends_with('\n'));
        let numbers: String = (1..=lines)
            .map(|n| format!("{n:>4}"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut layouter = |ui: &egui::Ui, text: &dyn egui::TextBuffer, _wrap: f32| {
            let font = egui::TextStyle::Monospace.resolve(ui.style());
            let color = ui.visuals().text_color();
            let mut job = egui::text::LayoutJob::default();
            for (i, line) in text.as_str().split_inclusive('\n').enumerate() {
                let background = if marked.contains(&(i + 1)) {
                    mark
                } else {
                    egui::Color32::TRANSPARENT
                };
                job.append(
                    line,
                    0.0,
                    egui::TextFormat {
                        font_id: font.clone(),
                        color,
                        background,
                        ..Default::default()
                    },
                );
            }
            job.wrap.max_width = f32::INFINITY;
            ui.ctx().fonts_mut(|f| f.layout_job(job))
        };
        egui::ScrollArea::both()
            .id_salt("fix-text")
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.horizontal_top(|ui| {
                    ui.add(
                        egui::Label::new(RichText::new(numbers).monospace().weak())
                            .selectable(false),
                    );
                    let response = ui.add(
                        egui::TextEdit::multiline(&mut self.text)
                            .code_editor()
                            .desired_width(f32::INFINITY)
                            .desired_rows(20)
                            .layouter(&mut layouter),
                    );
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::MultilineTextInput,
                            true,
                            tr!("fix-text"),
                        )
                    });
                });
            });
    }
}
