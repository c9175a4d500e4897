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
//!
//! By part: `forms` (the days and "Remind me" forms), `words` (reminders in words),
//! `settings_ui` (the Reminders part of Settings), `windows` (a due reminder, "Remind me").

mod forms;
mod settings_ui;
mod windows;
mod words;

use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use jiff::Timestamp;

use self::forms::{DaysForm, NewReminder, RemindMe, RemindMeAnswer};
use self::windows::{notice_window, remind_me_window};
use self::words::autostart_words;
use crate::app::AppDeps;
use crate::app::notice::Notice;
use crate::app::widgets::sentence;
use crate::home::Home;
use crate::progress::Source;
use crate::remind::change::{self, Startup};
use crate::remind::desktop::{self, Capabilities};
use crate::remind::due::{self, Tracker};
use crate::remind::store::{self, StoreError};
use crate::remind::words::{days_words, times_words};
use crate::remind::{AppPresence, LockError, Notice as Due, NotifyError};
use crate::reminders::{Days, Reminder, Reminders};
use crate::resolve::Resolve;
use crate::routine::Routine;
use crate::tr;

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

/// How long until the reminders are looked at again: when the next is due, and at most
/// [`LOOK_AGAIN`].
fn wait_until_next(now: Timestamp, next: Option<Timestamp>) -> Duration {
    next.map_or(LOOK_AGAIN, |next| {
        Duration::try_from(next.duration_since(now))
            .unwrap_or(Duration::ZERO)
            .min(LOOK_AGAIN)
    })
}

/// The routine's name as a person knows it, for a reminder's routine as stored.
fn title_of(home: &Home, key: &str) -> String {
    Source::from_arg(key, home)
        .ok()
        .and_then(|source| source.load().ok())
        .map_or_else(|| key.to_owned(), |routine| routine.name)
}

/// The app's reminders: the file, what is due, what is shown, and the forms.
pub(super) struct Reminding {
    startup: Startup,
    /// Held while the app runs: the daemon stays quiet. Why not, if it could not be.
    presence: Result<AppPresence, LockError>,
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
        let presence = AppPresence::hold(home);
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
                        detail: {
                            let why = e.to_string();
                            tr!("reminders-probe-failed", why = why)
                        },
                    })),
                };
            }
            Probe::Asking(rx) => match rx.try_recv() {
                Ok(known) => self.probe = Probe::Known(known),
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    self.probe = Probe::Known(Err(NotifyError::Failed {
                        detail: tr!("reminders-probe-unanswered"),
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

impl Reminding {
    /// The reminders' work, shown or hidden (`App::logic`): looks at the reminders when due,
    /// and takes the next due one to show once nothing more pressing is on the screen; a
    /// minimised window is brought back for it. Wakes the app again for the next look, whether or
    /// not the window is shown.
    /// `calm`: nothing more pressing is on the screen; `on_overview`: a routine's page is shown,
    /// which "Remind me" belongs to.
    pub(crate) fn logic(
        &mut self,
        ctx: &egui::Context,
        deps: &AppDeps,
        now: Duration,
        calm: bool,
        on_overview: bool,
    ) {
        self.poll_probe(ctx);
        if now >= self.look_at {
            self.look_at_reminders(deps, now);
        }
        ctx.request_repaint_after(self.look_at.saturating_sub(now));
        if calm && self.shown.is_none() && !self.pending.is_empty() {
            self.next_reminder(deps, now);
            if self.shown.is_some() {
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
        if !on_overview {
            // Its routine's page was left: it is no longer about what is shown.
            self.remind_me = None;
        }
    }

    /// Draws a due reminder taken by [`Reminding::logic`] (when `calm`) and the "Remind me"
    /// window, whose outcome goes into `notice`. Returns what the person did with the reminder
    /// shown.
    pub(crate) fn ui(
        &mut self,
        ctx: &egui::Context,
        deps: &AppDeps,
        notice: &mut Option<Notice>,
        calm: bool,
    ) -> Option<ReminderAction> {
        let mut action = None;
        if calm && let Some(due) = &self.shown {
            action = notice_window(ctx, due);
        }
        if let Some(dialog) = &mut self.remind_me {
            match remind_me_window(ctx, dialog) {
                Some(RemindMeAnswer::Save) => self.save_remind_me(deps, notice),
                Some(RemindMeAnswer::Cancel) => self.remind_me = None,
                None => {}
            }
        }
        action
    }
    fn look_at_reminders(&mut self, deps: &AppDeps, now: Duration) {
        let home = deps.home.clone();
        let wall = deps.calendar.local(now).timestamp();
        let tz = deps.calendar.zone();
        let file = read(&home);
        self.took(&home, file);
        let r = &mut *self;
        let due = r.tracker.tick(&tz, wall);
        if (!due.routines.is_empty() || !due.skipped.is_empty())
            && let Err(e) = store::set_handled(&home, r.tracker.handled())
        {
            let why = e.to_string();
            r.said = Some(tr!("reminders-not-noted", why = why));
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
    fn next_reminder(&mut self, deps: &AppDeps, now: Duration) {
        let wall = deps.calendar.local(now).timestamp();
        let tz = deps.calendar.zone();
        let home = &deps.home;
        let r = &mut *self;
        while r.shown.is_none() && !r.pending.is_empty() {
            let routine = r.pending.remove(0);
            if !due::done_today(home, r.tracker.reminders(), &routine, &tz, wall) {
                r.shown = Some(Due::for_routine(home, &routine));
            }
        }
    }

    /// Carries out what the person did with a reminder shown. Returns the routine to start, for
    /// "Start now".
    pub(crate) fn act(
        &mut self,
        action: ReminderAction,
        deps: &AppDeps,
        now: Duration,
    ) -> Option<String> {
        self.shown = None;
        match action {
            ReminderAction::Start(routine) => {
                self.tracker.unsnooze(&routine);
                return Some(routine);
            }
            ReminderAction::Snooze(routine) => {
                let wall = deps.calendar.local(now).timestamp();
                self.tracker.snooze(&routine, wall);
                self.look_at = now;
            }
            ReminderAction::Dismiss => {}
        }
        None
    }

    /// Opens "Remind me" for the routine of `source`.
    pub(crate) fn remind_me(&mut self, home: &Home, source: &Source, routine: &Routine) {
        let set = self.tracker.reminders();
        self.remind_me = Some(RemindMe::new(source.argument(home), routine, set));
    }

    fn save_remind_me(&mut self, deps: &AppDeps, notice: &mut Option<Notice>) {
        let Some(dialog) = &self.remind_me else {
            return;
        };
        let (Some(times), Some(days)) = (dialog.times(), dialog.days.days()) else {
            return;
        };
        let key = dialog.key.clone();
        let name = dialog.name.clone();
        let changed = change::update(&deps.home, &self.startup, |reminders| {
            for &at in &times {
                reminders.set(Reminder::new(key.clone(), at, days));
            }
        });
        match changed {
            Ok(changed) => {
                let (times, days) = (times_words(&times), days_words(days));
                let mut words = tr!(
                    "reminders-set-for",
                    routine = name,
                    times = times,
                    days = days
                );
                if let Some(more) = autostart_words(changed.autostart) {
                    words.push(' ');
                    words.push_str(&more);
                }
                *notice = Some(Notice::news(words));
                let home = deps.home.clone();
                self.took(&home, Ok(changed.reminders));
                self.remind_me = None;
                self.look_at = Duration::ZERO;
            }
            Err(e) => {
                let why = sentence(&e.to_string());
                *notice = Some(Notice::warning(tr!("reminders-not-saved", why = why)));
                self.remind_me = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::forms::DaysChoice;
    use super::words::prescription_words;
    use super::*;
    use crate::routine::Schedule;

    fn ts(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn a_prescription_in_words_names_its_days_and_times_whole() {
        let schedule = |days_per_week, times_per_day| Schedule {
            days_per_week,
            times_per_day,
        };
        let suggested = " These times are suggested: change them as you like.";
        assert_eq!(
            prescription_words(schedule(5, 2)),
            format!("Prescribed 5 days a week, twice a day.{suggested}")
        );
        assert_eq!(
            prescription_words(schedule(7, 1)),
            format!("Prescribed every day, once a day.{suggested}")
        );
        assert_eq!(
            prescription_words(schedule(1, 3)),
            format!("Prescribed 1 day a week, 3 times a day.{suggested}")
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
}
