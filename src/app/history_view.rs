//! The History screen: this week at a glance with the streak and how well the prescription was
//! kept, charts (pain before and after, minutes and sessions per week) drawn with egui_plot, and
//! the sessions, whose notes can be edited and which can be deleted. Everything shown is a
//! [`HistoryView`] computed once per change; a frame only draws it.

use egui::{Align, Color32, Layout, RichText, Ui};
use egui_plot::{Bar, BarChart, HLine, Legend, LineStyle, MarkerShape, Plot, Points};

use super::sessions::{self, HistoryView, Period, Row};
use crate::history::SessionId;
use crate::words::Count;

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
        super::pain::heading(ui, "History", 28.0);
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
        Tab::Week => week_ui(ui, view),
        Tab::Charts => charts_ui(ui, view),
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

/// A day of the week: what it is called in full, for screen readers.
fn day_name(date: jiff::civil::Date) -> String {
    date.strftime("%A %-d %B").to_string()
}

fn week_ui(ui: &mut Ui, view: &HistoryView) {
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            super::pain::heading(ui, "This week", 22.0);
            ui.horizontal_wrapped(|ui| {
                for day in view.week {
                    day_box(ui, day, day.date == view.today);
                }
            });
            ui.add_space(8.0);
            let streak = match (view.streak.days, view.streak.since) {
                (0, _) | (_, None) => "No streak yet: a session today starts one.".to_owned(),
                (days, Some(since)) => format!(
                    "Streak: {} in a row, since {}",
                    Count(days as usize, "day"),
                    since.strftime("%A %-d %B")
                ),
            };
            ui.label(RichText::new(streak).size(18.0).strong());
            if view.days_per_week < 7 {
                ui.label(format!(
                    "Your prescription allows {} a week: a missed day within them does not break the streak.",
                    Count(usize::from(7 - view.days_per_week), "rest day")
                ));
            }
            ui.add_space(12.0);
            super::pain::heading(ui, "Keeping to the prescription", 22.0);
            if view.kept.is_empty() {
                ui.label(
                    "No prescription: a routine can say how often it is meant to be done (its schedule).",
                );
            }
            for kept in &view.kept {
                let s = kept.schedule;
                ui.label(
                    RichText::new(format!(
                        "{}: {} a week, {} a day",
                        kept.routine,
                        Count(s.days_per_week as usize, "day"),
                        Count(s.times_per_day as usize, "time")
                    ))
                    .strong(),
                );
                for (period, a) in [("Last 7 days", kept.week), ("Last 28 days", kept.four_weeks)] {
                    let percent = a
                        .fraction()
                        .map_or(String::new(), |f| format!(" ({:.0} %)", f * 100.0));
                    ui.label(format!(
                        "{period}: {} of {} sessions{percent}",
                        a.done, a.expected
                    ));
                }
                ui.add_space(4.0);
            }
        });
}

/// One day of the week: its name, and a tick for each session done.
fn day_box(ui: &mut Ui, day: crate::progress::stats::Day, today: bool) {
    let size = egui::vec2(64.0, 64.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let visuals = ui.visuals();
    let done = day.sessions > 0;
    let fill = if done {
        visuals.selection.bg_fill
    } else {
        visuals.faint_bg_color
    };
    let stroke = if today {
        egui::Stroke::new(3.0, visuals.strong_text_color())
    } else {
        egui::Stroke::new(1.0, visuals.weak_text_color())
    };
    let painter = ui.painter();
    painter.rect(rect, 8.0, fill, stroke, egui::StrokeKind::Inside);
    let text = if done {
        visuals.strong_text_color()
    } else {
        visuals.text_color()
    };
    painter.text(
        rect.center_top() + egui::vec2(0.0, 6.0),
        egui::Align2::CENTER_TOP,
        day.date.strftime("%a").to_string(),
        egui::FontId::proportional(16.0),
        text,
    );
    let mark = rect.center_bottom() - egui::vec2(0.0, 20.0);
    match day.sessions {
        0 => {}
        n => {
            // A tick, drawn (the default fonts have no ✔), and the count beside it if more than
            // one.
            let x = if n > 1 { mark.x - 10.0 } else { mark.x };
            let tick = [
                egui::pos2(x - 9.0, mark.y),
                egui::pos2(x - 3.0, mark.y + 7.0),
                egui::pos2(x + 9.0, mark.y - 8.0),
            ];
            painter.line(tick.to_vec(), egui::Stroke::new(3.5, text));
            if n > 1 {
                painter.text(
                    egui::pos2(x + 12.0, mark.y),
                    egui::Align2::LEFT_CENTER,
                    n.to_string(),
                    egui::FontId::proportional(20.0),
                    text,
                );
            }
        }
    }
    let today_word = if today { " (today)" } else { "" };
    let name = match day.sessions {
        0 if day.future => format!("{}: to come", day_name(day.date)),
        0 => format!("{}{today_word}: not done", day_name(day.date)),
        n => format!(
            "{}{today_word}: {} done",
            day_name(day.date),
            Count(n, "session")
        ),
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
}

/// The date under the x axis: "3 Mar" within a year, "Mar 2025" beyond.
fn date_axis(mark: egui_plot::GridMark, range: &std::ops::RangeInclusive<f64>) -> String {
    let Some(date) = sessions::date_of_day(mark.value) else {
        return String::new();
    };
    if range.end() - range.start() > 400.0 {
        date.strftime("%b %Y").to_string()
    } else {
        date.strftime("%-d %b").to_string()
    }
}

/// A chart of the period `span` (day numbers) that shows, and does not move: the page scrolls
/// over it.
fn chart(id: &str, height: f32, span: (f64, f64)) -> Plot<'static> {
    Plot::new(id)
        .height(height)
        .include_x(span.0)
        .include_x(span.1)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .x_axis_formatter(date_axis)
        .legend(Legend::default().follow_insertion_order(true))
}

/// Colours that read on light and dark backgrounds and apart for colour-blind eyes (with shapes
/// that differ as well).
const BEFORE: Color32 = Color32::from_rgb(230, 140, 30);
const AFTER: Color32 = Color32::from_rgb(60, 140, 230);
/// The prescription's line: grey, which reads on both themes.
const PRESCRIBED: Color32 = Color32::from_gray(150);

fn charts_ui(ui: &mut Ui, view: &HistoryView) {
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            let height = (ui.available_height() * 0.8).clamp(160.0, 300.0);
            super::pain::heading(ui, "Pain before and after", 22.0);
            let words = match view.average_pain {
                (None, None) => "No pain scores in this period.".to_owned(),
                (before, after) => {
                    let avg =
                        |a: Option<f64>| a.map_or(String::new(), |a| format!(" (average {a:.1})"));
                    format!(
                        "{} with a score before{}, {} with a score after{}.",
                        Count(view.pain_before.len(), "session"),
                        avg(before),
                        Count(view.pain_after.len(), "session"),
                        avg(after)
                    )
                }
            };
            ui.label(&words);
            let plot = chart("history-pain", height, view.span)
                .include_y(0.0)
                .include_y(10.0)
                .show(ui, |plot| {
                    plot.points(
                        Points::new("Before", &view.pain_before[..])
                            .color(BEFORE)
                            .shape(MarkerShape::Circle)
                            .radius(4.0),
                    );
                    plot.points(
                        Points::new("After", &view.pain_after[..])
                            .color(AFTER)
                            .shape(MarkerShape::Diamond)
                            .radius(4.0),
                    );
                });
            let name = format!("Chart of pain before and after: {words}");
            plot.response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));

            ui.add_space(12.0);
            super::pain::heading(ui, "Minutes per week", 22.0);
            let total: f64 = view.minutes.iter().map(|(_, m)| m).sum();
            let words = format!(
                "{:.0} minutes in {}.",
                total,
                Count(view.minutes.len(), "week")
            );
            ui.label(&words);
            let bars = view
                .minutes
                .iter()
                .map(|&(x, m)| Bar::new(x, m).width(5.0))
                .collect();
            let plot = chart("history-minutes", height, view.span)
                .include_y(0.0)
                .show(ui, |plot| {
                    plot.add(BarChart::new("Minutes", bars).color(AFTER));
                });
            let name = format!("Chart of minutes per week: {words}");
            plot.response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));

            ui.add_space(12.0);
            super::pain::heading(ui, "Sessions per week", 22.0);
            let done: f64 = view.sessions_per_week.iter().map(|(_, n)| n).sum();
            let words = match view.prescribed_per_week {
                Some(p) => format!(
                    "{done:.0} sessions done in {}; {p:.0} a week prescribed.",
                    Count(view.sessions_per_week.len(), "week")
                ),
                None => format!(
                    "{done:.0} sessions done in {}.",
                    Count(view.sessions_per_week.len(), "week")
                ),
            };
            ui.label(&words);
            let bars = view
                .sessions_per_week
                .iter()
                .map(|&(x, n)| Bar::new(x, n).width(5.0))
                .collect();
            let plot = chart("history-sessions", height, view.span)
                .include_y(0.0)
                .show(ui, |plot| {
                    plot.add(BarChart::new("Sessions done", bars).color(BEFORE));
                    if let Some(p) = view.prescribed_per_week {
                        plot.hline(
                            HLine::new("Prescribed", p)
                                .color(PRESCRIBED)
                                .width(2.0)
                                .style(LineStyle::dashed_loose()),
                        );
                    }
                });
            let name = format!("Chart of sessions per week: {words}");
            plot.response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
        });
}

fn sessions_ui(ui: &mut Ui, rows: &[Row]) -> Option<HistoryAction> {
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
            for row in &rows[range] {
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
                            if super::library::button_named(ui, edit, &name).clicked() {
                                action = Some(HistoryAction::EditNote(row.id));
                            }
                            let name = format!("Delete the session of {}", row.when);
                            if super::library::button_named(ui, "Delete", &name).clicked() {
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
        super::pain::heading(ui, &format!("Note for {}", note.when), 20.0);
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
    /// Shows the History screen, its figures worked out for today.
    pub(super) fn open_history(&mut self) {
        self.go(super::Screen::History);
        self.history = Some(HistoryScreen {
            tab: Tab::default(),
            view: self.view_of(None, Period::default()),
            note: None,
        });
    }

    /// What the History screen shows for `routine` over `period`, worked out now.
    fn view_of(&self, routine: Option<&str>, period: Period) -> HistoryView {
        let library = &self.library;
        self.sessions.view(routine, period, &|source| {
            library
                .entries
                .iter()
                .find(|e| sessions::source_of(&e.origin) == *source)
                .and_then(|e| e.routine.as_ref().ok())
                .and_then(|r| r.schedule)
        })
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
        let today = self.deps.calendar.local(now).date();
        if self.sessions.set_today(today) {
            self.refresh_history();
        }
    }

    /// Draws the History screen.
    pub(super) fn history_screen(&mut self, ui: &mut Ui) -> Option<super::Action> {
        let Some(screen) = &mut self.history else {
            return Some(super::Action::Lost(None));
        };
        let message = self.sessions.problem().map(ToString::to_string);
        let problem = message.as_deref().map(|message| Problem {
            message,
            damaged: self.sessions.damaged(),
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
                if let Some(row) = screen.view.rows.iter().find(|r| r.id == *id) {
                    screen.note = Some(NoteEdit {
                        id: *id,
                        when: row.when.clone(),
                        text: row.note.clone(),
                    });
                }
            }
            HistoryAction::SaveNote => {
                if let Some(note) = screen.note.take() {
                    match self.sessions.set_note(note.id, note.text.trim()) {
                        Ok(()) => self.refresh_history(),
                        Err(e) => self.notice = Some(format!("The note could not be kept: {e}")),
                    }
                }
            }
            HistoryAction::CancelNote => screen.note = None,
            HistoryAction::AskDelete(id) => {
                if let Some(row) = screen.view.rows.iter().find(|r| r.id == *id) {
                    self.ask = Some(super::ask::Ask::DeleteSession {
                        id: *id,
                        what: format!("The session of {} ({})", row.when, routine_of(row)),
                    });
                }
            }
            HistoryAction::Report => self.write_report(ctx),
            HistoryAction::AskStartNew => {
                self.ask = Some(super::ask::Ask::StartNewHistory {
                    path: self.sessions.path().to_owned(),
                });
            }
            HistoryAction::Retry => {
                self.sessions.reopen();
                self.refresh_history();
            }
        }
    }

    /// Deletes a session the person agreed to delete.
    pub(super) fn delete_session(&mut self, id: SessionId) {
        match self.sessions.delete(id) {
            Ok(()) => self.refresh_history(),
            Err(e) => self.notice = Some(format!("The session could not be deleted: {e}")),
        }
    }

    /// Sets a damaged history aside and starts a new one, as the person agreed.
    pub(super) fn start_new_history(&mut self) {
        self.notice = Some(match self.sessions.start_new() {
            Ok(Some(aside)) => format!(
                "A new history is started. The old file is kept as {}.",
                aside.display()
            ),
            Ok(None) => "Your history can be read again; nothing was moved.".to_owned(),
            Err(e) => format!("A new history could not be started: {e}"),
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
        let today = self.sessions.today();
        let period = crate::report::Period {
            from: self.sessions.first_day(period),
            to: today,
        };
        let sessions: Vec<crate::progress::SessionRecord> = self
            .sessions
            .records()
            .iter()
            .filter(|r| routine.as_deref().is_none_or(|name| r.routine == name))
            .cloned()
            .collect();
        let mut schedules = std::collections::HashMap::new();
        for record in &sessions {
            let schedule = self
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
                self.notice = Some(format!(
                    "The report is in {}; it opens in your browser, to print or to send.",
                    path.display()
                ));
                ctx.open_url(egui::OpenUrl::new_tab(super::files::file_url(&path)));
            }
            Err(e) => self.notice = Some(format!("Could not write the report: {e}")),
        }
    }
}

/// The routine named in a row's title ("when · routine").
fn routine_of(row: &Row) -> &str {
    row.title
        .split_once(" · ")
        .map_or(row.title.as_str(), |(_, routine)| routine)
}
