//! Reminders in the app: the Reminders part of Settings (the reminders set, adding and removing
//! one, whether the desktop can show notifications), "Remind me" on a routine's overview (times
//! suggested from its prescription, for the person to change before saving), and reminders that
//! fall due while the window is open, shown in it with "Start now", "In 15 minutes" and "Dismiss".
//!
//! While the window is open the app holds [`AppPresence`], so the daemon stays quiet, and it
//! reminds by the daemon's own rules ([`due::Tracker`], [`due::done_today`]); what it handled is
//! noted with [`store::set_handled`], so one due time is never shown twice, by either. Changes go
//! through [`change::update`], as `stretch-timer remind set/off` do: saved atomically, the
//! autostart entry kept in step, a file that cannot be read reported and left as it is.
//!
//! Reminders are looked at when the next one is due by the injected calendar, and at least once a
//! minute (a suspended computer stops the app's clock, and `stretch-timer remind` may change the
//! file), never per frame. A due reminder waits while a routine plays, a question is asked or the
//! editor is open, and is shown once the person is back on a calm screen.

use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use egui::RichText;
use jiff::Timestamp;
use jiff::civil::Weekday;

use super::library::{Library, Origin};
use super::notice::Notice;
use super::widgets::{sentence, warn};
use super::{Action, AppDeps, Screen, StretchApp};
use crate::home::Home;
use crate::remind::autostart::{AutostartError, Change};
use crate::remind::change::{self, Startup, routine_key};
use crate::remind::desktop::{self, Capabilities};
use crate::remind::due::{self, Tracker};
use crate::remind::store::{self, StoreError};
use crate::remind::{AppPresence, Notice as Due, NotifyError};
use crate::reminders::{Days, Reminder, Reminders, TimeOfDay, suggested_days, suggested_times};
use crate::resolve::{Source, user_id};
use crate::routine::{Routine, Schedule};

/// The longest the app goes without looking at its reminders.
const LOOK_AGAIN: Duration = Duration::from_secs(60);

/// What the person did with a reminder shown in the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum ReminderAction {
    /// "Start now": that routine's player.
    Start(String),
    /// "In 15 minutes".
    Snooze(String),
    /// "Dismiss".
    Dismiss,
}

/// The reminders file as last read, or why it cannot be used.
struct Unreadable {
    message: String,
    /// Damaged (not just newer, or unreadable for now): the person may set it aside.
    damaged: bool,
}

/// Whether the desktop can show notifications: asked once per start, off the UI thread.
enum Probe {
    NotYet,
    Asking(Receiver<Result<Capabilities, NotifyError>>),
    Known(Result<Capabilities, NotifyError>),
}

/// Days as chosen in a form: every day, weekdays, or the days ticked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DaysChoice {
    Daily,
    Weekdays,
    Chosen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DaysForm {
    choice: DaysChoice,
    /// Monday first.
    ticked: [bool; 7],
}

const WEEK: [(Weekday, &str); 7] = [
    (Weekday::Monday, "Mon"),
    (Weekday::Tuesday, "Tue"),
    (Weekday::Wednesday, "Wed"),
    (Weekday::Thursday, "Thu"),
    (Weekday::Friday, "Fri"),
    (Weekday::Saturday, "Sat"),
    (Weekday::Sunday, "Sun"),
];

impl DaysForm {
    fn of(days: Days) -> DaysForm {
        let choice = match days {
            Days::DAILY => DaysChoice::Daily,
            Days::WEEKDAYS => DaysChoice::Weekdays,
            _ => DaysChoice::Chosen,
        };
        DaysForm {
            choice,
            ticked: WEEK.map(|(day, _)| days.contains(day)),
        }
    }

    /// The days chosen; `None` if "chosen days" has none ticked.
    fn days(&self) -> Option<Days> {
        match self.choice {
            DaysChoice::Daily => Some(Days::DAILY),
            DaysChoice::Weekdays => Some(Days::WEEKDAYS),
            DaysChoice::Chosen => Days::of(
                WEEK.iter()
                    .zip(self.ticked)
                    .filter(|(_, ticked)| *ticked)
                    .map(|((day, _), _)| *day),
            ),
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.radio_value(&mut self.choice, DaysChoice::Daily, "Every day");
            ui.radio_value(&mut self.choice, DaysChoice::Weekdays, "Weekdays");
            ui.radio_value(&mut self.choice, DaysChoice::Chosen, "Chosen days");
        });
        if self.choice == DaysChoice::Chosen {
            ui.horizontal_wrapped(|ui| {
                for ((_, name), ticked) in WEEK.iter().zip(&mut self.ticked) {
                    ui.checkbox(ticked, *name);
                }
            });
            if self.days().is_none() {
                warn(ui, "Tick at least one day.");
            }
        }
    }
}

/// Days in words: `every day`, `weekdays`, `Mon, Wed, Fri`.
fn days_words(days: Days) -> String {
    match days {
        Days::DAILY => "every day".to_owned(),
        Days::WEEKDAYS => "weekdays".to_owned(),
        days => WEEK
            .iter()
            .filter(|(day, _)| days.contains(*day))
            .map(|(_, name)| *name)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// Times in words: `08:00`, `08:00 and 18:00`, `08:00, 13:00 and 18:00`.
fn times_words(times: &[TimeOfDay]) -> String {
    let words: Vec<String> = times.iter().map(ToString::to_string).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// A prescription in words: `5 days a week, 2 times a day`.
fn prescription_words(schedule: Schedule) -> String {
    let times = match schedule.times_per_day {
        1 => "once a day".to_owned(),
        2 => "twice a day".to_owned(),
        n => format!("{n} times a day"),
    };
    match schedule.days_per_week {
        7 => format!("every day, {times}"),
        1 => format!("1 day a week, {times}"),
        n => format!("{n} days a week, {times}"),
    }
}

/// How long until the reminders are looked at again: when the next is due, and at most
/// [`LOOK_AGAIN`].
fn wait_until_next(now: Timestamp, next: Option<Timestamp>) -> Duration {
    next.map_or(LOOK_AGAIN, |next| {
        Duration::try_from(next.duration_since(now))
            .unwrap_or(Duration::ZERO)
            .min(LOOK_AGAIN)
    })
}

/// How a reminder names the library's routine `origin` (what `stretch-timer --start` reads back):
/// a bundled routine's id, one of the person's routines by its name, another file by its path.
fn key_of(origin: &Origin) -> String {
    match origin {
        Origin::Bundled(id) => (*id).to_owned(),
        Origin::User(path) => user_id(path),
        Origin::File(path) => routine_key(&path.to_string_lossy()),
    }
}

/// The routine's name as a person knows it, for a reminder's routine as stored.
fn title_of(home: &Home, key: &str) -> String {
    Source::from_arg(key, home)
        .ok()
        .and_then(|source| source.load().ok())
        .map_or_else(|| key.to_owned(), |routine| routine.name)
}

/// What became of the autostart entry, in words for the person; nothing if nothing changed.
fn autostart_words(autostart: Option<Result<Change, AutostartError>>) -> Option<String> {
    match autostart? {
        Ok(Change::Written(_)) => Some(
            "From your next login they are shown even when Stretch Timer is closed.".to_owned(),
        ),
        Ok(Change::Removed(_)) => Some("Nothing reminds you at login any more.".to_owned()),
        Ok(Change::Unchanged) => None,
        Err(e) => Some(format!(
            "They are shown only while Stretch Timer is open: {e}."
        )),
    }
}

/// Why notifications cannot be shown, in plain words first; what the system said apart, for
/// whoever looks closer.
fn without_detail(error: &NotifyError) -> (String, Option<&str>) {
    match error {
        NotifyError::NoBus { detail } => (
            "There is no desktop session bus to show notifications on, so reminders cannot be \
             shown as notifications"
                .to_owned(),
            Some(detail),
        ),
        NotifyError::NoServer { detail } => (
            "No notification server is running on this desktop, so reminders cannot be shown as \
             notifications"
                .to_owned(),
            Some(detail),
        ),
        NotifyError::Unsupported | NotifyError::Failed { .. } => {
            (sentence(&error.to_string()), None)
        }
    }
}

/// Settings' form for a new reminder.
struct NewReminder {
    /// The routine chosen: its key and name.
    routine: Option<(String, String)>,
    time: String,
    days: DaysForm,
}

/// "Remind me" on a routine's overview, while it is open.
struct RemindMe {
    key: String,
    name: String,
    schedule: Option<Schedule>,
    times: Vec<String>,
    days: DaysForm,
    /// The routine's reminders already set, in words.
    already: Vec<String>,
}

impl RemindMe {
    fn new(key: String, routine: &Routine, set: &Reminders) -> RemindMe {
        let (times, days) = match routine.schedule {
            Some(schedule) => (suggested_times(schedule), suggested_days(schedule)),
            None => (TimeOfDay::new(8, 0).into_iter().collect(), Days::DAILY),
        };
        let already = set
            .of_routine(&key)
            .map(|r| format!("{} {}", r.at, days_words(r.days)))
            .collect();
        RemindMe {
            key,
            name: routine.name.clone(),
            schedule: routine.schedule,
            times: times.iter().map(ToString::to_string).collect(),
            days: DaysForm::of(days),
            already,
        }
    }

    /// The times typed, if every one is a time and there is at least one.
    fn times(&self) -> Option<Vec<TimeOfDay>> {
        let times: Option<Vec<TimeOfDay>> = self.times.iter().map(|t| t.parse().ok()).collect();
        times.filter(|t| !t.is_empty())
    }
}

/// What the "Remind me" window asked for.
enum RemindMeAnswer {
    Save,
    Cancel,
}

/// The app's reminders: the file, what is due, what is shown, and the forms.
pub(super) struct Reminding {
    startup: Startup,
    /// Held while the app runs: the daemon stays quiet. Why not, if it could not be.
    presence: Result<AppPresence, String>,
    file: Result<Reminders, Unreadable>,
    /// The name of each reminder's routine, in the file's order.
    names: Vec<String>,
    tracker: Tracker,
    /// When (on the app's clock) to look at the reminders again.
    look_at: Duration,
    /// Routines due, waiting to be shown.
    pending: Vec<String>,
    shown: Option<Due>,
    probe: Probe,
    form: NewReminder,
    remind_me: Option<RemindMe>,
    /// What the last change in Settings did, or why it could not be made.
    said: Option<String>,
}

impl Reminding {
    /// Marks the app open and reads the reminders.
    pub(super) fn start(deps: &AppDeps) -> Reminding {
        let home = &deps.home;
        let presence = AppPresence::hold(home).map_err(|e| e.to_string());
        let file = read(home);
        let reminders = file
            .as_ref()
            .map_or_else(|_| Reminders::default(), Clone::clone);
        let names = names_of(home, &reminders);
        let now = deps.calendar.local(deps.clock.now()).timestamp();
        let handled = store::handled(home).unwrap_or(now);
        Reminding {
            startup: Startup {
                config_dir: deps.autostart.clone(),
                exe: Startup::current().exe,
            },
            presence,
            file,
            names,
            tracker: Tracker::new(reminders, handled),
            look_at: Duration::ZERO,
            pending: Vec::new(),
            shown: None,
            probe: Probe::NotYet,
            form: NewReminder {
                routine: None,
                time: "08:00".to_owned(),
                days: DaysForm::of(Days::DAILY),
            },
            remind_me: None,
            said: None,
        }
    }

    /// Takes the reminders as they are now in the file (after a change here or elsewhere).
    fn took(&mut self, home: &Home, file: Result<Reminders, Unreadable>) {
        if let Ok(reminders) = &file
            && reminders != self.tracker.reminders()
        {
            self.names = names_of(home, reminders);
            self.tracker.set_reminders(reminders.clone());
        }
        self.file = file;
    }

    fn poll_probe(&mut self, ctx: &egui::Context) {
        match &self.probe {
            Probe::NotYet => {
                let (tx, rx) = std::sync::mpsc::channel();
                let ctx = ctx.clone();
                let spawned = std::thread::Builder::new()
                    .name("stretch-timer-probe".to_owned())
                    .spawn(move || {
                        // The app may have closed: then no one asks.
                        let _ = tx.send(desktop::probe());
                        ctx.request_repaint();
                    });
                self.probe = match spawned {
                    Ok(_) => Probe::Asking(rx),
                    Err(e) => Probe::Known(Err(NotifyError::Failed {
                        detail: format!("could not ask the desktop: {e}"),
                    })),
                };
            }
            Probe::Asking(rx) => match rx.try_recv() {
                Ok(known) => self.probe = Probe::Known(known),
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    self.probe = Probe::Known(Err(NotifyError::Failed {
                        detail: "the question to the desktop went unanswered".to_owned(),
                    }));
                }
            },
            Probe::Known(_) => {}
        }
    }
}

fn read(home: &Home) -> Result<Reminders, Unreadable> {
    store::load(home).map_err(|e| Unreadable {
        damaged: matches!(e, StoreError::Broken { .. }),
        message: sentence(&e.to_string()),
    })
}

fn names_of(home: &Home, reminders: &Reminders) -> Vec<String> {
    reminders
        .list()
        .iter()
        .map(|r| title_of(home, &r.routine))
        .collect()
}

/// "Remind me", for the overview's row of buttons. Returns whether it was clicked.
pub(super) fn remind_me_button(ui: &mut egui::Ui) -> bool {
    ui.button("Remind me")
        .on_hover_text("Times of day to be reminded of this routine")
        .clicked()
}

impl StretchApp {
    /// The reminders' work, shown or hidden (`App::logic`): looks at the reminders when due,
    /// and takes the next due one to show once nothing more pressing is on the screen; a
    /// minimised window is brought back for it. Wakes the app again for the next look, whether or
    /// not the window is shown.
    pub(super) fn reminders_logic(&mut self, ctx: &egui::Context, now: Duration) {
        self.reminding.poll_probe(ctx);
        if now >= self.reminding.look_at {
            self.look_at_reminders(now);
        }
        ctx.request_repaint_after(self.reminding.look_at.saturating_sub(now));
        if self.reminder_may_show()
            && self.reminding.shown.is_none()
            && !self.reminding.pending.is_empty()
        {
            self.next_reminder(now);
            if self.reminding.shown.is_some() {
                // The daemon stays quiet while the app is open, so a minimised window comes back
                // to show it: a reminder the person asked for is not left in the taskbar. One
                // behind others flashes there.
                if ctx.input(|i| i.viewport().minimized == Some(true)) {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(
                    egui::UserAttentionType::Informational,
                ));
            }
        }
        if !matches!(self.screen, Screen::Overview(_)) {
            // Its routine's page was left: it is no longer about what is shown.
            self.reminding.remind_me = None;
        }
    }

    /// Draws a due reminder taken by [`StretchApp::reminders_logic`] and the "Remind me"
    /// window. Returns what the person did with the reminder shown.
    pub(super) fn reminders_ui(&mut self, ctx: &egui::Context) -> Option<Action> {
        let mut action = None;
        if self.reminder_may_show()
            && let Some(notice) = &self.reminding.shown
        {
            action = notice_window(ctx, notice).map(Action::Reminder);
        }
        if let Some(dialog) = &mut self.reminding.remind_me {
            match remind_me_window(ctx, dialog) {
                Some(RemindMeAnswer::Save) => self.save_remind_me(),
                Some(RemindMeAnswer::Cancel) => self.reminding.remind_me = None,
                None => {}
            }
        }
        action
    }

    /// Whether a due reminder may be shown now: not over a routine playing, a question, or the
    /// editor.
    fn reminder_may_show(&self) -> bool {
        self.running.is_none()
            && self.ask.is_none()
            && matches!(
                self.screen,
                Screen::Library | Screen::Overview(_) | Screen::History | Screen::Finished(_)
            )
    }

    fn look_at_reminders(&mut self, now: Duration) {
        let home = self.deps.home.clone();
        let wall = self.deps.calendar.local(now).timestamp();
        let tz = self.deps.calendar.zone();
        let file = read(&home);
        self.reminding.took(&home, file);
        let r = &mut self.reminding;
        let due = r.tracker.tick(&tz, wall);
        if (!due.routines.is_empty() || !due.skipped.is_empty())
            && let Err(e) = store::set_handled(&home, r.tracker.handled())
        {
            r.said = Some(format!(
                "Could not note which reminders were shown, so one may be shown again: {e}."
            ));
        }
        for routine in due.routines {
            let shown = r.shown.as_ref().is_some_and(|n| n.routine == routine);
            if !shown && !r.pending.contains(&routine) {
                r.pending.push(routine);
            }
        }
        r.look_at = now + wait_until_next(wall, r.tracker.next(&tz));
    }

    /// Takes the next reminder waiting, unless its routine is already done as often as
    /// prescribed today.
    fn next_reminder(&mut self, now: Duration) {
        let wall = self.deps.calendar.local(now).timestamp();
        let tz = self.deps.calendar.zone();
        let home = &self.deps.home;
        let r = &mut self.reminding;
        while r.shown.is_none() && !r.pending.is_empty() {
            let routine = r.pending.remove(0);
            if !due::done_today(home, r.tracker.reminders(), &routine, &tz, wall) {
                r.shown = Some(Due::for_routine(home, &routine));
            }
        }
    }

    /// Carries out what the person did with a reminder shown.
    pub(super) fn reminder_action(&mut self, action: ReminderAction, now: Duration) {
        self.reminding.shown = None;
        match action {
            ReminderAction::Start(routine) => {
                self.reminding.tracker.unsnooze(&routine);
                if let Some(origin) = self.find_or_open(&routine)
                    && self.show(origin.clone())
                {
                    self.begin(origin, now);
                }
            }
            ReminderAction::Snooze(routine) => {
                let wall = self.deps.calendar.local(now).timestamp();
                self.reminding.tracker.snooze(&routine, wall);
                self.reminding.look_at = now;
            }
            ReminderAction::Dismiss => {}
        }
    }

    /// Opens "Remind me" for the routine of the library's entry `origin`.
    pub(super) fn remind_me(&mut self, origin: &Origin, routine: &Routine) {
        let set = self.reminding.tracker.reminders();
        self.reminding.remind_me = Some(RemindMe::new(key_of(origin), routine, set));
    }

    fn save_remind_me(&mut self) {
        let Some(dialog) = &self.reminding.remind_me else {
            return;
        };
        let (Some(times), Some(days)) = (dialog.times(), dialog.days.days()) else {
            return;
        };
        let key = dialog.key.clone();
        let name = dialog.name.clone();
        let changed = change::update(&self.deps.home, &self.reminding.startup, |reminders| {
            for &at in &times {
                reminders.set(Reminder::new(key.clone(), at, days));
            }
        });
        match changed {
            Ok(changed) => {
                let mut words = format!(
                    "Reminders set for {name}: {}, {}.",
                    times_words(&times),
                    days_words(days)
                );
                if let Some(more) = autostart_words(changed.autostart) {
                    words.push(' ');
                    words.push_str(&more);
                }
                self.notice = Some(Notice::news(words));
                let home = self.deps.home.clone();
                self.reminding.took(&home, Ok(changed.reminders));
                self.reminding.remind_me = None;
                self.reminding.look_at = Duration::ZERO;
            }
            Err(e) => {
                self.notice = Some(Notice::warning(format!(
                    "{} Look at Reminders in Settings.",
                    sentence(&e.to_string())
                )));
                self.reminding.remind_me = None;
            }
        }
    }

    /// The Reminders part of the Settings window.
    pub(super) fn reminders_settings_ui(&mut self, ui: &mut egui::Ui) {
        ui.separator();
        ui.label(RichText::new("Reminders").strong());
        let r = &self.reminding;
        match &r.probe {
            Probe::Known(Ok(capabilities)) => {
                let buttons = if capabilities.actions {
                    "with \"Start now\" and \"In 15 minutes\""
                } else {
                    "without buttons (this desktop does not offer them)"
                };
                ui.label(format!(
                    "This desktop shows reminders as notifications, {buttons}."
                ));
            }
            Probe::Known(Err(e)) => {
                let (words, detail) = without_detail(e);
                let said = format!(
                    "{words}. While Stretch Timer is open, it reminds you in its window instead."
                );
                let label = ui.add(
                    egui::Label::new(RichText::new(said).color(ui.visuals().warn_fg_color)).wrap(),
                );
                if let Some(detail) = detail {
                    label.on_hover_text(detail);
                }
            }
            Probe::NotYet | Probe::Asking(_) => {
                ui.label("Asking the desktop whether it shows notifications…");
            }
        }
        if let Err(e) = &r.presence {
            warn(
                ui,
                &format!(
                    "{}: the reminder daemon may show a reminder this window shows too.",
                    sentence(e)
                ),
            );
        }
        let mut remove = None;
        let mut set_aside = false;
        match &r.file {
            Err(unreadable) => {
                warn(ui, &unreadable.message);
                if unreadable.damaged {
                    set_aside = ui
                        .button("Keep the damaged file aside and start again")
                        .clicked();
                }
            }
            Ok(reminders) if reminders.is_empty() => {
                ui.label("No reminders are set.");
            }
            Ok(reminders) => {
                egui::Grid::new("reminders")
                    .num_columns(4)
                    .spacing([12.0, 6.0])
                    .show(ui, |ui| {
                        for (reminder, name) in reminders.list().iter().zip(&r.names) {
                            ui.label(reminder.at.to_string());
                            ui.label(days_words(reminder.days));
                            ui.label(name);
                            let label =
                                format!("Remove the reminder at {} for {name}", reminder.at);
                            let button = ui.button("Remove");
                            button.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, true, &label)
                            });
                            if button.clicked() {
                                remove = Some(reminder.clone());
                            }
                            ui.end_row();
                        }
                    });
            }
        }
        let add = if r.file.is_ok() {
            self.new_reminder_ui(ui)
        } else {
            None
        };
        if let Some(said) = &self.reminding.said {
            ui.add(egui::Label::new(said.as_str()).wrap());
        }
        if set_aside {
            self.set_aside_reminders();
        }
        if let Some(reminder) = remove {
            self.change_reminders(|reminders| {
                let kept: Vec<Reminder> = reminders
                    .list()
                    .iter()
                    .filter(|r| **r != reminder)
                    .cloned()
                    .collect();
                *reminders = Reminders::from(kept);
                None
            });
        }
        if let Some(reminder) = add {
            self.change_reminders(|reminders| {
                reminders.set(reminder.clone());
                Some(reminder)
            });
        }
    }

    /// The form for a new reminder; returns the reminder to add when "Add reminder" is clicked.
    fn new_reminder_ui(&mut self, ui: &mut egui::Ui) -> Option<Reminder> {
        let choices: Vec<(String, String)> = usable(&self.library);
        let form = &mut self.reminding.form;
        if form
            .routine
            .as_ref()
            .is_none_or(|chosen| !choices.contains(chosen))
        {
            form.routine = choices.first().cloned();
        }
        ui.add_space(4.0);
        ui.label("Add a reminder:");
        ui.horizontal(|ui| {
            ui.label("Routine");
            let shown = form.routine.as_ref().map_or("", |(_, name)| name.as_str());
            let shown = shown.to_owned();
            let combo = egui::ComboBox::from_id_salt("reminder routine")
                .selected_text(&shown)
                .show_ui(ui, |ui| {
                    for choice in &choices {
                        ui.selectable_value(&mut form.routine, Some(choice.clone()), &choice.1);
                    }
                });
            combo.response.widget_info(|| {
                let mut info = egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Routine");
                info.current_text_value = Some(shown.clone());
                info
            });
        });
        let time = ui
            .horizontal(|ui| {
                ui.label("Time");
                let field = ui.add(
                    egui::TextEdit::singleline(&mut form.time)
                        .desired_width(60.0)
                        .hint_text("08:00"),
                );
                field.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Reminder time")
                });
                let time = form.time.parse::<TimeOfDay>();
                if let Err(e) = &time {
                    warn(ui, &sentence(&e.to_string()));
                }
                time.ok()
            })
            .inner;
        form.days.ui(ui);
        let ready = match (&form.routine, time, form.days.days()) {
            (Some((key, _)), Some(at), Some(days)) => Some(Reminder::new(key.clone(), at, days)),
            _ => None,
        };
        let clicked = ui
            .add_enabled(ready.is_some(), egui::Button::new("Add reminder"))
            .clicked();
        ready.filter(|_| clicked)
    }

    /// Changes the reminders as Settings asks, saying what came of it there.
    fn change_reminders(&mut self, change: impl FnOnce(&mut Reminders) -> Option<Reminder>) {
        let home = self.deps.home.clone();
        match change::update(&home, &self.reminding.startup, change) {
            Ok(changed) => {
                let mut words = match &changed.result {
                    Some(added) => format!(
                        "Reminder set: {} at {}, {}.",
                        title_of(&home, &added.routine),
                        added.at,
                        days_words(added.days)
                    ),
                    None => "Reminder removed.".to_owned(),
                };
                if let Some(more) = autostart_words(changed.autostart) {
                    words.push(' ');
                    words.push_str(&more);
                }
                self.reminding.said = Some(words);
                self.reminding.took(&home, Ok(changed.reminders));
                self.reminding.look_at = Duration::ZERO;
            }
            Err(e) => {
                self.reminding.said = None;
                self.reminding.took(
                    &home,
                    Err(Unreadable {
                        damaged: matches!(e, StoreError::Broken { .. }),
                        message: sentence(&e.to_string()),
                    }),
                );
            }
        }
    }

    /// Moves a damaged reminders file aside (kept, not deleted), as the person chose.
    fn set_aside_reminders(&mut self) {
        let home = self.deps.home.clone();
        let now = self.deps.calendar.local(self.deps.clock.now()).timestamp();
        self.reminding.said = Some(match store::set_aside(&home, now) {
            Ok(aside) => format!(
                "The damaged file is kept as {}; you can set reminders again.",
                aside.display()
            ),
            Err(e) => sentence(&e.to_string()),
        });
        let file = read(&home);
        self.reminding.took(&home, file);
    }
}

/// The library's routines that can be started, as reminders name them, with their names.
fn usable(library: &Library) -> Vec<(String, String)> {
    library
        .entries
        .iter()
        .filter(|e| e.routine.is_ok())
        .map(|e| (key_of(&e.origin), e.title()))
        .collect()
}

/// A due reminder, shown in the window.
fn notice_window(ctx: &egui::Context, notice: &Due) -> Option<ReminderAction> {
    let mut action = None;
    egui::Window::new("Reminder")
        .anchor(egui::Align2::CENTER_TOP, [0.0, 56.0])
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            // Large: read from across the room.
            ui.label(RichText::new(&notice.summary).size(28.0).strong());
            ui.label(RichText::new(&notice.body).size(18.0));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let big = |text: &str| {
                    egui::Button::new(RichText::new(text).size(20.0))
                        .min_size(egui::vec2(0.0, 40.0))
                };
                if notice.startable && ui.add(big("Start now")).clicked() {
                    action = Some(ReminderAction::Start(notice.routine.clone()));
                }
                if ui.add(big("In 15 minutes")).clicked() {
                    action = Some(ReminderAction::Snooze(notice.routine.clone()));
                }
                if ui.add(big("Dismiss")).clicked() {
                    action = Some(ReminderAction::Dismiss);
                }
            });
        });
    action
}

/// "Remind me": the times and days, suggested from the prescription, to change before saving.
fn remind_me_window(ctx: &egui::Context, dialog: &mut RemindMe) -> Option<RemindMeAnswer> {
    let mut answer = None;
    egui::Window::new("Remind me")
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.heading(RichText::new(&dialog.name).strong());
            ui.label(match dialog.schedule {
                Some(schedule) => format!(
                    "Prescribed {}. These times are suggested: change them as you like.",
                    prescription_words(schedule)
                ),
                None => "No prescription: one reminder a day is suggested. Change it as you like."
                    .to_owned(),
            });
            if !dialog.already.is_empty() {
                ui.label(format!(
                    "Already set: {} (remove them in Settings).",
                    dialog.already.join(", ")
                ));
            }
            ui.add_space(6.0);
            let mut remove = None;
            for (i, time) in dialog.times.iter_mut().enumerate() {
                ui.horizontal(|ui| {
                    let n = i + 1;
                    ui.label(format!("Time {n}"));
                    let field = ui.add(egui::TextEdit::singleline(time).desired_width(60.0));
                    field.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::TextInput,
                            true,
                            format!("Reminder time {n}"),
                        )
                    });
                    let button = ui.button("Remove");
                    button.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            format!("Remove time {n}"),
                        )
                    });
                    if button.clicked() {
                        remove = Some(i);
                    }
                    if let Err(e) = time.parse::<TimeOfDay>() {
                        warn(ui, &sentence(&e.to_string()));
                    }
                });
            }
            if let Some(i) = remove {
                dialog.times.remove(i);
            }
            if ui.button("Add a time").clicked() {
                dialog.times.push(String::new());
            }
            ui.add_space(6.0);
            dialog.days.ui(ui);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let ready = dialog.times().is_some() && dialog.days.days().is_some();
                if ui
                    .add_enabled(ready, egui::Button::new("Save reminders"))
                    .clicked()
                {
                    answer = Some(RemindMeAnswer::Save);
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(RemindMeAnswer::Cancel);
                }
            });
        });
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn days_and_times_in_words() {
        assert_eq!(days_words(Days::DAILY), "every day");
        assert_eq!(days_words(Days::WEEKDAYS), "weekdays");
        assert_eq!(days_words("sun,mon,wed".parse().unwrap()), "Mon, Wed, Sun");
        let t = |s: &str| s.parse::<TimeOfDay>().unwrap();
        assert_eq!(times_words(&[t("8:00")]), "08:00");
        assert_eq!(times_words(&[t("8:00"), t("18:00")]), "08:00 and 18:00");
        assert_eq!(
            times_words(&[t("8:00"), t("13:00"), t("18:00")]),
            "08:00, 13:00 and 18:00"
        );
        let schedule = |days_per_week, times_per_day| Schedule {
            days_per_week,
            times_per_day,
        };
        assert_eq!(
            prescription_words(schedule(5, 2)),
            "5 days a week, twice a day"
        );
        assert_eq!(prescription_words(schedule(7, 1)), "every day, once a day");
        assert_eq!(
            prescription_words(schedule(1, 3)),
            "1 day a week, 3 times a day"
        );
    }

    #[test]
    fn the_days_form_reads_back_what_it_was_given_and_needs_a_day() {
        for days in [Days::DAILY, Days::WEEKDAYS, "mon,thu".parse().unwrap()] {
            assert_eq!(DaysForm::of(days).days(), Some(days));
        }
        let mut form = DaysForm::of(Days::WEEKDAYS);
        form.choice = DaysChoice::Chosen;
        assert_eq!(form.days(), Some(Days::WEEKDAYS));
        form.ticked = [false; 7];
        assert_eq!(form.days(), None);
        form.choice = DaysChoice::Daily;
        assert_eq!(form.days(), Some(Days::DAILY));
    }

    #[test]
    fn reminders_are_looked_at_when_due_and_at_least_once_a_minute() {
        let now = ts("2026-06-01T08:00:00Z");
        assert_eq!(
            wait_until_next(now, Some(ts("2026-06-01T08:00:20Z"))),
            Duration::from_secs(20)
        );
        assert_eq!(
            wait_until_next(now, Some(ts("2026-06-01T09:00:00Z"))),
            LOOK_AGAIN
        );
        assert_eq!(wait_until_next(now, None), LOOK_AGAIN);
        assert_eq!(
            wait_until_next(now, Some(ts("2026-06-01T07:00:00Z"))),
            Duration::ZERO
        );
    }

    #[test]
    fn a_routine_is_named_in_a_reminder_as_the_command_line_reads_it() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        let routines = home.ensure_routines().unwrap();
        let mine = routines.join("evening-hips.ron");
        std::fs::write(&mine, "").unwrap();
        assert_eq!(key_of(&Origin::User(mine.clone())), "evening-hips");
        assert_eq!(
            Source::from_arg(&key_of(&Origin::User(mine.clone())), &home),
            Ok(Source::File(mine.clone()))
        );
        let id = crate::bundled::ALL[0].id;
        assert_eq!(key_of(&Origin::Bundled(id)), id);
        let elsewhere = dir.path().join("x.ron");
        std::fs::write(&elsewhere, "").unwrap();
        let key = key_of(&Origin::File(elsewhere.clone()));
        assert_eq!(
            std::path::Path::new(&key),
            std::fs::canonicalize(&elsewhere).unwrap()
        );
    }
}
