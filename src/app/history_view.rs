//! The History screen: this week at a glance with the streak and how well the prescription was
//! kept, charts (pain before and after, minutes and sessions per week) drawn with egui_plot, and
//! the sessions, whose notes can be edited and which can be deleted. Everything shown is a
//! [`HistoryView`] computed once per change; a frame only draws it.

use egui::{Align, Layout, RichText, Ui};

use super::history_charts;
use super::notice::{More, Notice};
use super::sessions::{self, HistoryView, Period, Row, Rows};
use crate::history::SessionId;

/// The parts of the History screen, one shown at a time so that each fits a small window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// This week, the streak and adherence.
    #[default]
    Week,
    /// The charts.
    Charts,
    /// The list of sessions.
    Sessions,
}

impl Tab {
    const ALL: [Tab; 3] = [Tab::Week, Tab::Charts, Tab::Sessions];

    fn words(self) -> &'static str {
        match self {
            Tab::Week => "This week",
            Tab::Charts => "Charts",
            Tab::Sessions => "Sessions",
        }
    }
}

/// A note being edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteEdit {
    /// The session.
    pub id: SessionId,
    /// When it was, for the window's title.
    pub when: String,
    /// The text as typed.
    pub text: String,
}

/// What the History screen keeps between frames.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryScreen {
    /// The part shown.
    pub tab: Tab,
    /// What is shown, computed once per change.
    pub view: HistoryView,
    /// A note being edited, if any.
    pub note: Option<NoteEdit>,
}

/// What the History screen asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryAction {
    /// Back to the library.
    Back,
    /// Show another part.
    Tab(Tab),
    /// Show one routine's sessions (`None`: every routine's).
    Routine(Option<String>),
    /// Show another period.
    Period(Period),
    /// Edit a session's note.
    EditNote(SessionId),
    /// Keep the note being edited.
    SaveNote,
    /// Leave the note as it was.
    CancelNote,
    /// Delete a session (asks first).
    AskDelete(SessionId),
    /// Write the report for the therapist and open it.
    Report,
    /// Move the damaged history aside and start a new one (asks first).
    AskStartNew,
    /// Try to open the history again.
    Retry,
}

/// What is wrong with the history, if anything, as the screen shows it.
pub struct Problem<'a> {
    /// Why it cannot be used, in words.
    pub message: &'a str,
    /// Whether starting a new history would help (the file is damaged).
    pub damaged: bool,
}

/// The History screen.
pub fn ui(
    ui: &mut Ui,
    screen: &mut HistoryScreen,
    problem: Option<Problem<'_>>,
) -> Option<HistoryAction> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        if ui.button("All routines").clicked() {
            action = Some(HistoryAction::Back);
        }
        super::widgets::pain::heading(ui, "History", 28.0);
        if problem.is_none()
            && ui
                .button("Report for my therapist")
                .on_hover_text("A page to print or send: sessions, pain and notes")
                .clicked()
        {
            action = Some(HistoryAction::Report);
        }
    });
    if let Some(problem) = problem {
        problem_ui(ui, &problem, &mut action);
        return action;
    }
    let view = &screen.view;
    ui.horizontal_wrapped(|ui| {
        let chosen = view.routine.as_deref().unwrap_or("All routines");
        ui.label("Routine");
        let combo = egui::ComboBox::from_id_salt("history-routine")
            .selected_text(chosen)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(view.routine.is_none(), "All routines")
                    .clicked()
                {
                    action = Some(HistoryAction::Routine(None));
                }
                for name in &view.routines {
                    let selected = view.routine.as_deref() == Some(name.as_str());
                    if ui.selectable_label(selected, name).clicked() {
                        action = Some(HistoryAction::Routine(Some(name.clone())));
                    }
                }
            });
        let label = format!("Routine: {chosen}");
        combo
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
        ui.add_space(12.0);
        ui.label("Period");
        for period in Period::ALL {
            let button = ui.selectable_label(view.period == period, period.words());
            let name = format!("Period: {}", period.words());
            let selected = view.period == period;
            button.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name)
            });
            if button.clicked() {
                action = Some(HistoryAction::Period(period));
            }
        }
    });
    ui.horizontal(|ui| {
        for tab in Tab::ALL {
            let text = RichText::new(tab.words()).size(18.0);
            if ui.selectable_label(screen.tab == tab, text).clicked() {
                action = Some(HistoryAction::Tab(tab));
            }
        }
    });
    ui.separator();
    match screen.tab {
        Tab::Week => history_charts::week_ui(ui, view),
        Tab::Charts => history_charts::charts_ui(ui, view),
        Tab::Sessions => {
            if let Some(a) = sessions_ui(ui, &view.rows) {
                action = Some(a);
            }
        }
    }
    if let Some(note) = &mut screen.note
        && let Some(a) = note_window(ui.ctx(), note)
    {
        action = Some(a);
    }
    action
}

fn problem_ui(ui: &mut Ui, problem: &Problem<'_>, action: &mut Option<HistoryAction>) {
    ui.add_space(12.0);
    egui::Frame::group(ui.style())
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new("Your history cannot be used right now").strong());
            ui.label(problem.message);
            ui.label("Routines still run; their sessions are not recorded until this is solved.");
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                if problem.damaged && ui.button("Start a new history").clicked() {
                    *action = Some(HistoryAction::AskStartNew);
                }
                if ui.button("Try again").clicked() {
                    *action = Some(HistoryAction::Retry);
                }
            });
        });
}

fn sessions_ui(ui: &mut Ui, rows: &Rows) -> Option<HistoryAction> {
    if rows.is_empty() {
        ui.label("No sessions in this period.");
        return None;
    }
    let mut action = None;
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let spacing = ui.spacing().item_spacing.y;
    let button = ui.spacing().interact_size.y.max(line) + 2.0 * ui.spacing().button_padding.y;
    let row_height = 3.0 * (line + spacing) + button + 8.0;
    egui::ScrollArea::vertical().auto_shrink(false).show_rows(
        ui,
        row_height,
        rows.len(),
        |ui, range| {
            for row in range.filter_map(|n| rows.get(n)) {
                let width = ui.available_width();
                ui.allocate_ui_with_layout(
                    egui::vec2(width, row_height),
                    Layout::top_down(Align::Min),
                    |ui| {
                        ui.set_min_height(row_height);
                        ui.add(egui::Label::new(RichText::new(&row.title).strong()).truncate());
                        ui.add(egui::Label::new(&row.detail).truncate());
                        let note = if row.note.is_empty() {
                            RichText::new("No note").weak()
                        } else {
                            RichText::new(format!("Note: {}", row.note))
                        };
                        ui.add(egui::Label::new(note).truncate());
                        ui.horizontal(|ui| {
                            let edit = if row.note.is_empty() {
                                "Add a note"
                            } else {
                                "Edit note"
                            };
                            let name = format!("{edit} to the session of {}", row.when);
                            if super::widgets::button_named(ui, edit, &name).clicked() {
                                action = Some(HistoryAction::EditNote(row.id));
                            }
                            let name = format!("Delete the session of {}", row.when);
                            if super::widgets::button_named(ui, "Delete", &name).clicked() {
                                action = Some(HistoryAction::AskDelete(row.id));
                            }
                        });
                        ui.separator();
                    },
                );
            }
        },
    );
    action
}

/// The note being edited, in a modal window: Save or Cancel (Escape too).
fn note_window(ctx: &egui::Context, note: &mut NoteEdit) -> Option<HistoryAction> {
    let mut action = None;
    let modal = egui::Modal::new(egui::Id::unique("history-note")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        super::widgets::pain::heading(ui, &format!("Note for {}", note.when), 20.0);
        let field = ui.add(
            egui::TextEdit::multiline(&mut note.text)
                .desired_rows(4)
                .desired_width(f32::INFINITY),
        );
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, "Note")
        });
        ui.horizontal(|ui| {
            if ui.button("Save note").clicked() {
                action = Some(HistoryAction::SaveNote);
            }
            if ui.button("Cancel").clicked() {
                action = Some(HistoryAction::CancelNote);
            }
        });
    });
    if action.is_none() && modal.should_close() {
        return Some(HistoryAction::CancelNote);
    }
    action
}

impl super::StretchApp {
    /// Shows the History screen, its figures worked out for today (ahead of the click, see
    /// [`Self::prepare_history`], if nothing changed since).
    pub(super) fn open_history(&mut self) {
        self.go(super::Screen::History);
        let view = self
            .shared
            .sessions
            .opening_view(self.prepared_history.take(), &self.schedules());
        self.history = Some(HistoryScreen {
            tab: Tab::default(),
            view,
            note: None,
        });
    }

    /// Works out, on a thread of its own, the view History opens on, if the sessions, the day
    /// or a prescription changed since it was last worked out.
    pub(super) fn prepare_history(&mut self) {
        let schedules = self.schedules();
        self.shared
            .sessions
            .prepare(&mut self.prepared_history, schedules);
    }

    /// The prescriptions of the routines in the history, as the library has them now.
    fn schedules(&self) -> sessions::Schedules {
        self.shared
            .sessions
            .sources()
            .iter()
            .filter_map(|source| {
                let schedule = self
                    .shared
                    .library
                    .entries
                    .iter()
                    .find(|e| sessions::source_of(&e.origin) == *source)?
                    .routine
                    .as_ref()
                    .ok()?
                    .schedule?;
                Some((source.clone(), schedule))
            })
            .collect()
    }

    /// What the History screen shows for `routine` over `period`, worked out now.
    fn view_of(&self, routine: Option<&str>, period: Period) -> HistoryView {
        self.shared
            .sessions
            .view(routine, period, &self.schedules())
    }

    /// Works the History screen's figures out again, for the same choices, after a change.
    pub(super) fn refresh_history(&mut self) {
        if let Some(screen) = &self.history {
            let (routine, period) = (screen.view.routine.clone(), screen.view.period);
            let view = self.view_of(routine.as_deref(), period);
            if let Some(screen) = &mut self.history {
                screen.view = view;
            }
        }
    }

    /// Checks what day it is (after a screen change): past midnight, "yesterday" and the week
    /// are worked out again.
    pub(super) fn check_date(&mut self, now: std::time::Duration) {
        let today = self.shared.deps.calendar.local(now).date();
        if self.shared.sessions.set_today(today) {
            self.refresh_history();
        }
    }

    /// Draws the History screen.
    pub(super) fn history_screen(&mut self, ui: &mut Ui) -> Option<super::Action> {
        let Some(screen) = &mut self.history else {
            return Some(super::Action::Lost(None));
        };
        let message = self.shared.sessions.problem().map(ToString::to_string);
        let problem = message.as_deref().map(|message| Problem {
            message,
            damaged: self.shared.sessions.damaged(),
        });
        self::ui(ui, screen, problem).map(super::Action::History)
    }

    /// Carries out what the History screen asked for.
    pub(super) fn history_action(&mut self, action: &HistoryAction, ctx: &egui::Context) {
        let choice = match action {
            HistoryAction::Routine(routine) => self
                .history
                .as_ref()
                .map(|s| self.view_of(routine.as_deref(), s.view.period)),
            HistoryAction::Period(period) => self
                .history
                .as_ref()
                .map(|s| self.view_of(s.view.routine.as_deref(), *period)),
            _ => None,
        };
        let Some(screen) = &mut self.history else {
            return;
        };
        match action {
            HistoryAction::Back => self.go(super::Screen::Library),
            HistoryAction::Tab(tab) => screen.tab = *tab,
            HistoryAction::Routine(_) | HistoryAction::Period(_) => {
                if let Some(view) = choice {
                    screen.view = view;
                }
            }
            HistoryAction::EditNote(id) => {
                if let Some(row) = screen.view.rows.find(*id) {
                    screen.note = Some(NoteEdit {
                        id: *id,
                        when: row.when.clone(),
                        text: row.note.clone(),
                    });
                }
            }
            HistoryAction::SaveNote => {
                if let Some(note) = screen.note.take() {
                    match self.shared.sessions.set_note(note.id, note.text.trim()) {
                        Ok(()) => self.refresh_history(),
                        Err(e) => {
                            self.shared.notice =
                                Some(Notice::warning(format!("The note could not be kept: {e}")))
                        }
                    }
                }
            }
            HistoryAction::CancelNote => screen.note = None,
            HistoryAction::AskDelete(id) => {
                if let Some(row) = screen.view.rows.find(*id) {
                    self.shared.ask = Some(super::ask::Ask::DeleteSession {
                        id: *id,
                        what: format!("The session of {} ({})", row.when, routine_of(&row)),
                    });
                }
            }
            HistoryAction::Report => self.write_report(ctx),
            HistoryAction::AskStartNew => {
                self.shared.ask = Some(super::ask::Ask::StartNewHistory {
                    path: self.shared.sessions.path().to_owned(),
                });
            }
            HistoryAction::Retry => {
                self.shared.sessions.reopen();
                self.refresh_history();
            }
        }
    }

    /// Deletes a session the person agreed to delete.
    pub(super) fn delete_session(&mut self, id: SessionId) {
        match self.shared.sessions.delete(id) {
            Ok(()) => self.refresh_history(),
            Err(e) => {
                self.shared.notice = Some(Notice::warning(format!(
                    "The session could not be deleted: {e}"
                )))
            }
        }
    }

    /// Sets a damaged history aside and starts a new one, as the person agreed.
    pub(super) fn start_new_history(&mut self) {
        self.shared.notice = Some(match self.shared.sessions.start_new() {
            Ok(Some(aside)) => Notice::News(
                format!(
                    "A new history is started. The old file is kept as {}.",
                    aside.display()
                ),
                More::Written {
                    file: aside,
                    save_as: false,
                },
            ),
            Ok(None) => Notice::news("Your history can be read again; nothing was moved."),
            Err(e) => Notice::warning(format!("A new history could not be started: {e}")),
        });
        self.refresh_history();
    }

    /// Writes the report for the therapist, for the routine and period shown, into the user's
    /// folder, and opens it in the browser.
    fn write_report(&mut self, ctx: &egui::Context) {
        let Some(screen) = &self.history else {
            return;
        };
        let (routine, period) = (screen.view.routine.clone(), screen.view.period);
        let Some(dir) = self.output_folder("reports") else {
            return;
        };
        let today = self.shared.sessions.today();
        let period = crate::report::Period {
            from: self.shared.sessions.first_day(period),
            to: today,
        };
        let sessions: Vec<crate::progress::SessionRecord> = self
            .shared
            .sessions
            .records()
            .iter()
            .filter(|r| routine.as_deref().is_none_or(|name| r.routine == name))
            .cloned()
            .collect();
        let mut schedules = std::collections::HashMap::new();
        for record in &sessions {
            let schedule = self
                .shared
                .library
                .entries
                .iter()
                .find(|e| sessions::source_of(&e.origin) == record.source)
                .and_then(|e| e.routine.as_ref().ok())
                .filter(|r| r.name == record.routine)
                .and_then(|r| r.schedule);
            if let Some(schedule) = schedule {
                schedules.insert(record.routine.clone(), schedule);
            }
        }
        let html = crate::report::render(&crate::report::Input {
            sessions: &sessions,
            period,
            schedules: &schedules,
            routine: routine.as_deref(),
        });
        let name = match &routine {
            Some(name) => format!("report-{}-{today}.html", crate::home::slug(name)),
            None => format!("report-{today}.html"),
        };
        let path = dir.join(name);
        match crate::save::write_atomic(&path, html.as_bytes()) {
            Ok(()) => {
                self.shared.notice = Some(Notice::News(
                    format!(
                        "The report is in {}; it opens in your browser, to print or to send.",
                        path.display()
                    ),
                    More::Written {
                        file: path.clone(),
                        save_as: false,
                    },
                ));
                ctx.open_url(egui::OpenUrl::new_tab(super::files::file_url(&path)));
            }
            Err(e) => {
                self.shared.notice =
                    Some(Notice::warning(format!("Could not write the report: {e}")))
            }
        }
    }
}

/// The routine named in a row's title ("when · routine").
fn routine_of(row: &Row) -> &str {
    row.title
        .split_once(" · ")
        .map_or(row.title.as_str(), |(_, routine)| routine)
}
