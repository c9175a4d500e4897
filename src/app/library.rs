//! The routines the person can choose from: bundled ones and files opened from anywhere. A file
//! with errors is listed with its errors, never hidden and never fatal.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::bundled;
use crate::routine::{self, LoadError, Routine, format_clock};

/// Where a routine comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into the program (its id).
    Bundled(&'static str),
    /// A file on disk.
    File(PathBuf),
}

/// A routine in the library, checked or with its errors.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Where it comes from.
    pub origin: Origin,
    /// The checked routine, or why it cannot be used.
    pub routine: Result<Arc<Routine>, LoadError>,
}

impl Entry {
    /// A bundled routine.
    pub fn bundled(b: &'static bundled::Bundled) -> Entry {
        Entry {
            origin: Origin::Bundled(b.id),
            routine: b.load().map(Arc::new),
        }
    }

    /// A routine file, read and checked now.
    pub fn file(path: &Path) -> Entry {
        Entry {
            origin: Origin::File(path.to_owned()),
            routine: routine::load(path).map(Arc::new),
        }
    }

    /// The name to show: the routine's name, or the file's name if it has errors.
    pub fn title(&self) -> String {
        match (&self.routine, &self.origin) {
            (Ok(r), _) => r.name.clone(),
            (Err(_), Origin::File(path)) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            (Err(_), Origin::Bundled(id)) => (*id).to_owned(),
        }
    }

    /// `bundled` or the file's folder.
    pub fn source_label(&self) -> String {
        match &self.origin {
            Origin::Bundled(_) => "bundled".to_owned(),
            Origin::File(path) => path
                .parent()
                .map_or_else(String::new, |p| format!("from {}", p.display())),
        }
    }
}

/// Every routine on offer.
#[derive(Debug, Clone)]
pub struct Library {
    /// Bundled first, then opened files in the order they were opened.
    pub entries: Vec<Entry>,
}

impl Library {
    /// The bundled routines.
    pub fn new() -> Library {
        Library {
            entries: bundled::ALL.iter().map(Entry::bundled).collect(),
        }
    }

    /// Opens a file (again): an entry already there is re-read in place. Returns its index.
    pub fn open(&mut self, path: &Path) -> usize {
        let entry = Entry::file(path);
        match self
            .entries
            .iter()
            .position(|e| e.origin == Origin::File(path.to_owned()))
        {
            Some(i) => {
                self.entries[i] = entry;
                i
            }
            None => {
                self.entries.push(entry);
                self.entries.len() - 1
            }
        }
    }

    /// The index of a bundled routine or an opened file, by the name the command line uses.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| matches!(e.origin, Origin::Bundled(b) if b == id))
    }
}

impl Default for Library {
    fn default() -> Self {
        Self::new()
    }
}

/// What the library screen asks for.
pub enum LibraryAction {
    /// Show a routine's overview.
    Open(usize),
    /// Ask for a file to open, with the system's file dialog.
    OpenFile,
    /// Open the file at a typed path (where there is no file dialog, or for a pasted path).
    OpenPath(PathBuf),
}

/// The library screen.
/// The library screen. `typed_path` is the text of the "path" field, kept by the caller.
pub fn ui(ui: &mut egui::Ui, library: &Library, typed_path: &mut String) -> Option<LibraryAction> {
    let mut action = None;
    ui.horizontal(|ui| {
        ui.heading("Routines");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Open a routine file…").clicked() {
                action = Some(LibraryAction::OpenFile);
            }
        });
    });
    ui.horizontal(|ui| {
        let field = ui.add(
            egui::TextEdit::singleline(typed_path)
                .hint_text("or type or paste the path of a .ron file")
                .desired_width(420.0),
        );
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Routine file path")
        });
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let clicked = ui.button("Open path").clicked();
        if (entered || clicked) && !typed_path.trim().is_empty() {
            action = Some(LibraryAction::OpenPath(PathBuf::from(typed_path.trim())));
        }
    });
    ui.add_space(8.0);
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            for (index, entry) in library.entries.iter().enumerate() {
                egui::Frame::group(ui.style())
                    .inner_margin(12.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        match &entry.routine {
                            Ok(routine) => {
                                let title = egui::RichText::new(&routine.name).heading();
                                if ui.add(egui::Button::new(title).frame(false)).clicked() {
                                    action = Some(LibraryAction::Open(index));
                                }
                                ui.label(format!(
                                    "{} · {} {} · {}",
                                    format_clock(routine.total()),
                                    routine.steps.len(),
                                    if routine.steps.len() == 1 {
                                        "step"
                                    } else {
                                        "steps"
                                    },
                                    entry.source_label()
                                ));
                                if let Some(summary) = &routine.summary {
                                    ui.label(egui::RichText::new(summary).weak());
                                }
                            }
                            Err(e) => {
                                ui.label(egui::RichText::new(entry.title()).heading());
                                ui.label(
                                    egui::RichText::new(format!(
                                        "This routine has errors and cannot be started · {}",
                                        entry.source_label()
                                    ))
                                    .color(ui.visuals().error_fg_color),
                                );
                                for d in e.diagnostics.iter().take(5) {
                                    ui.label(
                                        egui::RichText::new(format!(
                                            "line {}, column {}: {}",
                                            d.pos.line, d.pos.col, d.problem
                                        ))
                                        .monospace(),
                                    );
                                }
                                if e.diagnostics.len() > 5 {
                                    ui.label(format!("… and {} more", e.diagnostics.len() - 5));
                                }
                            }
                        }
                    });
                ui.add_space(6.0);
            }
        });
    action
}
