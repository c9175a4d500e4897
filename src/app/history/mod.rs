//! The History screen: this week at a glance with the streak and how well the prescription was
//! kept, charts (pain before and after, minutes and sessions per week) drawn with egui_plot, and
//! the sessions, whose notes can be edited and which can be deleted. Everything shown is a
//! [`HistoryView`] computed once per change; a frame only draws it.

use egui::{Align, Layout, RichText, Ui};

mod charts;

use crate::app::ask::Ask;
use crate::app::notice::{More, Notice};
use crate::app::sessions::{self, HistoryView, Period, Row, Rows};
use crate::app::shared::Shared;
use crate::history::SessionId;
use crate::tr;

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

    fn words(self) -> String {
        match self {
            Tab::Week => tr!("history-tab-week"),
            Tab::Charts => tr!("history-tab-charts"),
            Tab::Sessions => tr!("history-tab-sessions"),
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
        if ui.button(tr!("history-all-routines")).clicked() {
            action = Some(HistoryAction::Back);
        }
        crate::app::widgets::pain::heading(ui, &tr!("history-heading"), 28.0);
        if problem.is_none()
            && ui
                .button(tr!("history-report"))
                .on_hover_text(tr!("history-report", "hover"))
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
        let all = tr!("history-all-routines");
        let chosen = view.routine.as_deref().unwrap_or(&all);
        ui.label(tr!("history-routine"));
        let combo = egui::ComboBox::from_id_salt("history-routine")
            .selected_text(chosen)
            .show_ui(ui, |ui| {
                if ui.selectable_label(view.routine.is_none(), &all).clicked() {
                    action = Some(HistoryAction::Routine(None));
                }
                for name in &view.routines {
                    let selected = view.routine.as_deref() == Some(name.as_str());
                    if ui.selectable_label(selected, name).clicked() {
                        action = Some(HistoryAction::Routine(Some(name.clone())));
                    }
                }
            });
        let label = tr!("history-routine-name", routine = chosen);
        combo
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
        ui.add_space(12.0);
        ui.label(tr!("history-period"));
        for period in Period::ALL {
            let words = period.words();
            let button = ui.selectable_label(view.period == period, &words);
            let name = tr!("history-period-name", period = words);
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
        Tab::Week => charts::week_ui(ui, view),
        Tab::Charts => charts::charts_ui(ui, view),
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
            ui.label(RichText::new(tr!("history-problem")).strong());
            ui.label(problem.message);
            ui.label(tr!("history-problem-still-run"));
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                if problem.damaged && ui.button(tr!("history-start-new")).clicked() {
                    *action = Some(HistoryAction::AskStartNew);
                }
                if ui.button(tr!("history-try-again")).clicked() {
                    *action = Some(HistoryAction::Retry);
                }
            });
        });
}

fn sessions_ui(ui: &mut Ui, rows: &Rows) -> Option<HistoryAction> {
    if rows.is_empty() {
        ui.label(tr!("history-no-sessions"));
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
                            RichText::new(tr!("history-no-note")).weak()
                        } else {
                            RichText::new(tr!("history-note", note = row.note.as_str()))
                        };
                        ui.add(egui::Label::new(note).truncate());
                        ui.horizontal(|ui| {
                            let when = row.when.as_str();
                            let (edit, name) = if row.note.is_empty() {
                                (
                                    tr!("history-add-note"),
                                    tr!("history-add-note", "name", when = when),
                                )
                            } else {
                                (
                                    tr!("history-edit-note"),
                                    tr!("history-edit-note", "name", when = when),
                                )
                            };
                            if crate::app::widgets::button_named(ui, &edit, &name).clicked() {
                                action = Some(HistoryAction::EditNote(row.id));
                            }
                            let name = tr!("history-delete", "name", when = when);
                            let delete = tr!("history-delete");
                            if crate::app::widgets::button_named(ui, &delete, &name).clicked() {
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
        let when = note.when.as_str();
        crate::app::widgets::pain::heading(ui, &tr!("history-note-for", when = when), 20.0);
        let field = ui.add(
            egui::TextEdit::multiline(&mut note.text)
                .desired_rows(4)
                .desired_width(f32::INFINITY),
        );
        field.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::MultilineTextInput,
                true,
                tr!("history-note-name"),
            )
        });
        ui.horizontal(|ui| {
            if ui.button(tr!("history-save-note")).clicked() {
                action = Some(HistoryAction::SaveNote);
            }
            if ui.button(tr!("history-cancel")).clicked() {
                action = Some(HistoryAction::CancelNote);
            }
        });
    });
    if action.is_none() && modal.should_close() {
        return Some(HistoryAction::CancelNote);
    }
    action
}

/// The History room's own state.
#[derive(Default)]
pub(crate) struct History {
    /// The History screen's state, while it is shown.
    screen: Option<HistoryScreen>,
    /// The view History opens on, worked out ahead while the library is shown.
    prepared: Option<sessions::Prepared>,
}

impl History {
    /// What the History screen shows, while it is shown.
    pub(crate) fn view(&self) -> Option<&HistoryView> {
        self.screen.as_ref().map(|h| &h.view)
    }

    /// The screen was left: its state goes.
    pub(crate) fn close(&mut self) {
        self.screen = None;
    }

    /// Opens the History screen, its figures worked out for today (ahead of the click, see
    /// [`Self::prepare`], if nothing changed since).
    pub(crate) fn open(&mut self, shared: &Shared) {
        let view = shared
            .sessions
            .opening_view(self.prepared.take(), &schedules(shared));
        self.screen = Some(HistoryScreen {
            tab: Tab::default(),
            view,
            note: None,
        });
    }

    /// Works out, on a thread of its own, the view History opens on, if the sessions, the day
    /// or a prescription changed since it was last worked out.
    pub(crate) fn prepare(&mut self, shared: &Shared) {
        shared
            .sessions
            .prepare(&mut self.prepared, schedules(shared));
    }

    /// Works the History screen's figures out again, for the same choices, after a change.
    pub(crate) fn refresh(&mut self, shared: &Shared) {
        if let Some(screen) = &mut self.screen {
            let (routine, period) = (screen.view.routine.clone(), screen.view.period);
            screen.view = view_of(shared, routine.as_deref(), period);
        }
    }

    /// Checks what day it is (after a screen change): past midnight, "yesterday" and the week
    /// are worked out again.
    pub(crate) fn check_date(&mut self, shared: &mut Shared, now: std::time::Duration) {
        let today = shared.deps.calendar.local(now).date();
        if shared.sessions.set_today(today) {
            self.refresh(shared);
        }
    }

    /// Draws the History screen; `None` as the outer value: it is not open (the screen is lost).
    pub(crate) fn ui(&mut self, ui: &mut Ui, shared: &Shared) -> Option<Option<HistoryAction>> {
        let screen = self.screen.as_mut()?;
        let message = shared.sessions.problem().map(ToString::to_string);
        let problem = message.as_deref().map(|message| Problem {
            message,
            damaged: shared.sessions.damaged(),
        });
        Some(self::ui(ui, screen, problem))
    }

    /// Carries out what the History screen asked for. Returns whether the person asked to leave
    /// it.
    pub(crate) fn act(
        &mut self,
        action: &HistoryAction,
        shared: &mut Shared,
        ctx: &egui::Context,
    ) -> bool {
        if *action == HistoryAction::Report {
            self.write_report(shared, ctx);
            return false;
        }
        let Some(screen) = &mut self.screen else {
            return false;
        };
        match action {
            HistoryAction::Back => return true,
            HistoryAction::Tab(tab) => {
                // Each tab opens at its top, as a screen does.
                crate::app::widgets::open_at_top(ctx, &mut true);
                screen.tab = *tab;
            }
            HistoryAction::Routine(routine) => {
                screen.view = view_of(shared, routine.as_deref(), screen.view.period);
            }
            HistoryAction::Period(period) => {
                screen.view = view_of(shared, screen.view.routine.as_deref(), *period);
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
                    match shared.sessions.set_note(note.id, note.text.trim()) {
                        Ok(()) => self.refresh(shared),
                        Err(e) => {
                            let reason = e.to_string();
                            shared.notice = Some(Notice::warning(tr!(
                                "history-note-not-kept",
                                reason = reason
                            )));
                        }
                    }
                }
            }
            HistoryAction::CancelNote => screen.note = None,
            HistoryAction::AskDelete(id) => {
                if let Some(row) = screen.view.rows.find(*id) {
                    let (when, routine) = (row.when.as_str(), routine_of(&row));
                    shared.ask = Some(Ask::DeleteSession {
                        id: *id,
                        what: tr!("history-delete-what", when = when, routine = routine),
                    });
                }
            }
            HistoryAction::Report => {}
            HistoryAction::AskStartNew => {
                shared.ask = Some(Ask::StartNewHistory {
                    path: shared.sessions.path().to_owned(),
                });
            }
            HistoryAction::Retry => {
                shared.sessions.reopen();
                self.refresh(shared);
            }
        }
        false
    }

    /// Deletes a session the person agreed to delete.
    pub(crate) fn delete_session(&mut self, shared: &mut Shared, id: SessionId) {
        match shared.sessions.delete(id) {
            Ok(()) => self.refresh(shared),
            Err(e) => {
                let reason = e.to_string();
                shared.notice = Some(Notice::warning(tr!("history-not-deleted", reason = reason)));
            }
        }
    }

    /// Sets a damaged history aside and starts a new one, as the person agreed.
    pub(crate) fn start_new(&mut self, shared: &mut Shared) {
        shared.notice = Some(match shared.sessions.start_new() {
            Ok(Some(aside)) => Notice::News(
                tr!("history-started-new", file = aside.display().to_string()),
                More::Written {
                    file: aside,
                    save_as: false,
                },
            ),
            Ok(None) => Notice::news(tr!("history-readable-again")),
            Err(e) => Notice::warning(tr!("history-not-started-new", reason = e.to_string())),
        });
        self.refresh(shared);
    }

    fn write_report(&self, shared: &mut Shared, ctx: &egui::Context) {
        let Some(screen) = &self.screen else {
            return;
        };
        let (routine, period) = (screen.view.routine.clone(), screen.view.period);
        let Some(dir) = shared.output_folder("reports") else {
            return;
        };
        let today = shared.sessions.today();
        let period = crate::report::Period {
            from: shared.sessions.first_day(period),
            to: today,
        };
        let sessions: Vec<crate::progress::SessionRecord> = shared
            .sessions
            .records()
            .iter()
            .filter(|r| routine.as_deref().is_none_or(|name| r.routine == name))
            .cloned()
            .collect();
        let mut schedules = std::collections::HashMap::new();
        for record in &sessions {
            let schedule = shared
                .library
                .entries
                .iter()
                .find(|e| e.source == record.source)
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
                shared.notice = Some(Notice::News(
                    tr!("history-report-written", file = path.display().to_string()),
                    More::Written {
                        file: path.clone(),
                        save_as: false,
                    },
                ));
                ctx.open_url(egui::OpenUrl::new_tab(crate::app::shared::file_url(&path)));
            }
            Err(e) => {
                let reason = e.to_string();
                shared.notice = Some(Notice::warning(tr!(
                    "history-report-not-written",
                    reason = reason
                )));
            }
        }
    }
}

/// The prescriptions of the routines in the history, as the library has them now.
fn schedules(shared: &Shared) -> sessions::Schedules {
    shared
        .sessions
        .sources()
        .iter()
        .filter_map(|source| {
            let schedule = shared
                .library
                .entries
                .iter()
                .find(|e| e.source == *source)?
                .routine
                .as_ref()
                .ok()?
                .schedule?;
            Some((source.clone(), schedule))
        })
        .collect()
}

/// What the History screen shows for `routine` over `period`, worked out now.
fn view_of(shared: &Shared, routine: Option<&str>, period: Period) -> HistoryView {
    shared.sessions.view(routine, period, &schedules(shared))
}

/// The routine named in a row's title ("when · routine").
fn routine_of(row: &Row) -> &str {
    row.title
        .split_once(" · ")
        .map_or(row.title.as_str(), |(_, routine)| routine)
}
