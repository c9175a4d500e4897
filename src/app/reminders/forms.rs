//! The forms of the reminders: days of the week, a new reminder, "Remind me".

use crate::app::widgets::warn;
use crate::remind::words::{WEEK, days_words, time_words, weekday_short};
use crate::reminders::{Days, Reminders, TimeOfDay, suggested_days, suggested_times};
use crate::routine::{Routine, Schedule};
use crate::tr;

/// Days as chosen in a form: every day, weekdays, or the days ticked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DaysChoice {
    Daily,
    Weekdays,
    Chosen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct DaysForm {
    pub(super) choice: DaysChoice,
    /// Monday first.
    pub(super) ticked: [bool; 7],
}

impl DaysForm {
    pub(super) fn of(days: Days) -> DaysForm {
        let choice = match days {
            Days::DAILY => DaysChoice::Daily,
            Days::WEEKDAYS => DaysChoice::Weekdays,
            _ => DaysChoice::Chosen,
        };
        DaysForm {
            choice,
            ticked: WEEK.map(|day| days.contains(day)),
        }
    }

    /// The days chosen; `None` if "chosen days" has none ticked.
    pub(super) fn days(&self) -> Option<Days> {
        match self.choice {
            DaysChoice::Daily => Some(Days::DAILY),
            DaysChoice::Weekdays => Some(Days::WEEKDAYS),
            DaysChoice::Chosen => Days::of(
                WEEK.iter()
                    .zip(self.ticked)
                    .filter(|(_, ticked)| *ticked)
                    .map(|(day, _)| *day),
            ),
        }
    }

    pub(super) fn ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.radio_value(
                &mut self.choice,
                DaysChoice::Daily,
                tr!("reminders-every-day"),
            );
            let weekdays = tr!("reminders-weekdays");
            ui.radio_value(&mut self.choice, DaysChoice::Weekdays, weekdays);
            let chosen = tr!("reminders-chosen-days");
            ui.radio_value(&mut self.choice, DaysChoice::Chosen, chosen);
        });
        if self.choice == DaysChoice::Chosen {
            ui.horizontal_wrapped(|ui| {
                for (day, ticked) in WEEK.iter().zip(&mut self.ticked) {
                    ui.checkbox(ticked, weekday_short(*day));
                }
            });
            if self.days().is_none() {
                warn(ui, &tr!("reminders-tick-a-day"));
            }
        }
    }
}

/// Settings' form for a new reminder.
pub(super) struct NewReminder {
    /// The routine chosen: its key and name.
    pub(super) routine: Option<(String, String)>,
    pub(super) time: String,
    pub(super) days: DaysForm,
}

/// "Remind me" on a routine's overview, while it is open.
pub(super) struct RemindMe {
    pub(super) key: String,
    pub(super) name: String,
    pub(super) schedule: Option<Schedule>,
    pub(super) times: Vec<String>,
    pub(super) days: DaysForm,
    /// The routine's reminders already set, in words.
    pub(super) already: Vec<String>,
}

impl RemindMe {
    pub(super) fn new(key: String, routine: &Routine, set: &Reminders) -> RemindMe {
        let (times, days) = match routine.schedule {
            Some(schedule) => (suggested_times(schedule), suggested_days(schedule)),
            None => (TimeOfDay::new(8, 0).into_iter().collect(), Days::DAILY),
        };
        let already = set
            .of_routine(&key)
            .map(|r| {
                let (time, days) = (time_words(r.at), days_words(r.days));
                tr!("reminders-time-days", time = time, days = days)
            })
            .collect();
        RemindMe {
            key,
            name: routine.name.clone(),
            schedule: routine.schedule,
            // As typed: hours and minutes, what the field reads back.
            times: times.iter().map(ToString::to_string).collect(),
            days: DaysForm::of(days),
            already,
        }
    }

    /// The times typed, if every one is a time and there is at least one.
    pub(super) fn times(&self) -> Option<Vec<TimeOfDay>> {
        let times: Option<Vec<TimeOfDay>> = self.times.iter().map(|t| t.parse().ok()).collect();
        times.filter(|t| !t.is_empty())
    }
}

/// What the "Remind me" window asked for.
pub(super) enum RemindMeAnswer {
    Save,
    Cancel,
}
