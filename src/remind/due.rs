//! What is due, shared by the daemon and the app, so that both remind by the same rules: the
//! core's [`Reminders::check`] with what was put off ("In 15 minutes") added ([`Tracker`]), and
//! whether the sessions a routine prescribes for today are done already ([`done_today`]).

use std::collections::HashSet;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::history::{self, Filter, History};
use crate::home::Home;
use crate::progress::Source;
use crate::remind::SNOOZE;
use crate::reminders::Reminders;
use crate::resolve::Resolve;

/// The reminders, up to when they are handled, and those put off until later: the state that
/// decides what to show and when to look again, with time passed in.
#[derive(Debug, Clone)]
pub struct Tracker {
    reminders: Reminders,
    last: Timestamp,
    snoozed: Vec<(String, Timestamp)>,
}

/// What fell due at a [`Tracker::tick`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Due {
    /// The routines to remind of now, each once, in order: reminders due, then those put off
    /// until now.
    pub routines: Vec<String>,
    /// Reminders found an hour or more late (the computer was asleep), with when they were due:
    /// never shown.
    pub skipped: Vec<(String, Timestamp)>,
}

impl Tracker {
    /// `reminders`, everything up to `handled` counted as handled.
    pub fn new(reminders: Reminders, handled: Timestamp) -> Tracker {
        Tracker {
            reminders,
            last: handled,
            snoozed: Vec::new(),
        }
    }

    /// The reminders.
    pub fn reminders(&self) -> &Reminders {
        &self.reminders
    }

    /// Up to when reminders are handled (to keep across restarts: [`crate::remind::store`]).
    pub fn handled(&self) -> Timestamp {
        self.last
    }

    /// Takes a new list of reminders (the file changed). Put-off reminders of routines that have
    /// none left are dropped.
    pub fn set_reminders(&mut self, reminders: Reminders) {
        self.snoozed
            .retain(|(routine, _)| reminders.of_routine(routine).next().is_some());
        self.reminders = reminders;
    }

    /// Whether there is nothing left to remind of.
    pub fn is_idle(&self) -> bool {
        self.reminders.is_empty() && self.snoozed.is_empty()
    }

    /// When the next reminder or put-off reminder falls due.
    pub fn next(&self, tz: &TimeZone) -> Option<Timestamp> {
        let reminders = self
            .reminders
            .list()
            .iter()
            .filter_map(|r| r.next_after(tz, self.last));
        let snoozed = self.snoozed.iter().map(|(_, until)| *until);
        reminders.chain(snoozed).min()
    }

    /// What is due at `now` in the time zone `tz`; everything up to `now` is handled after.
    pub fn tick(&mut self, tz: &TimeZone, now: Timestamp) -> Due {
        let check = self.reminders.check(tz, self.last, now);
        self.last = check.handled;
        let list = self.reminders.list();
        let routine = |o: &crate::reminders::Occurrence| list[o.reminder].routine.clone();
        let skipped = check.skipped.iter().map(|o| (routine(o), o.at)).collect();
        let mut routines: Vec<String> = check.due.iter().map(routine).collect();
        let (again, later) = std::mem::take(&mut self.snoozed)
            .into_iter()
            .partition(|(_, until)| *until <= now);
        self.snoozed = later;
        routines.extend(again.into_iter().map(|(routine, _)| routine));
        let mut seen = HashSet::new();
        routines.retain(|routine| seen.insert(routine.clone()));
        Due { routines, skipped }
    }

    /// "In 15 minutes": `routine` falls due again [`SNOOZE`] after `now`. Returns when.
    pub fn snooze(&mut self, routine: &str, now: Timestamp) -> Timestamp {
        let until = now.saturating_add(SNOOZE).unwrap_or(now);
        self.unsnooze(routine);
        self.snoozed.push((routine.to_owned(), until));
        until
    }

    /// Forgets that `routine` was put off ("Start now").
    pub fn unsnooze(&mut self, routine: &str) {
        self.snoozed.retain(|(r, _)| r != routine);
    }
}

/// Whether the sessions prescribed for today are done: as many sessions counted as done today as
/// the routine's prescription asks a day, or, without one, as it has `reminders` today. A routine
/// or a history that cannot be read counts as not done (better a reminder too many).
pub fn done_today(
    home: &Home,
    reminders: &Reminders,
    routine: &str,
    tz: &TimeZone,
    now: Timestamp,
) -> bool {
    let Ok(Ok(loaded)) = Source::from_arg(routine, home).map(|s| s.load()) else {
        return false;
    };
    let today = tz.to_datetime(now).date();
    let prescribed = match loaded.schedule {
        Some(schedule) => schedule.times_per_day,
        None => {
            let today_reminders = reminders
                .of_routine(routine)
                .filter(|r| r.days.contains(today.weekday()))
                .count();
            u32::try_from(today_reminders).unwrap_or(u32::MAX).max(1)
        }
    };
    let Ok(history) = History::open_read_only(&history::path_in(home)) else {
        return false;
    };
    let filter = Filter {
        since: Some(today),
        routine: Some(loaded.name.clone()),
    };
    let Ok(sessions) = history.list(&filter) else {
        return false;
    };
    let done = sessions
        .iter()
        .filter(|s| s.record.date() == today && s.record.counts_as_done())
        .count();
    u32::try_from(done).unwrap_or(u32::MAX) >= prescribed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::{Days, Reminder};

    fn ts(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn a_put_off_reminder_comes_back_once_after_15_minutes() {
        let reminders = Reminders::from(vec![Reminder::new(
            "m",
            "08:00".parse().unwrap(),
            Days::DAILY,
        )]);
        let mut tracker = Tracker::new(reminders, ts("2026-06-01T07:00:00Z"));
        let tz = TimeZone::UTC;
        assert_eq!(
            tracker.tick(&tz, ts("2026-06-01T08:00:00Z")).routines,
            ["m"]
        );
        assert_eq!(
            tracker.snooze("m", ts("2026-06-01T08:01:00Z")),
            ts("2026-06-01T08:16:00Z")
        );
        assert_eq!(tracker.next(&tz), Some(ts("2026-06-01T08:16:00Z")));
        assert!(
            tracker
                .tick(&tz, ts("2026-06-01T08:15:59Z"))
                .routines
                .is_empty()
        );
        assert_eq!(
            tracker.tick(&tz, ts("2026-06-01T08:16:00Z")).routines,
            ["m"]
        );
        assert!(
            tracker
                .tick(&tz, ts("2026-06-01T08:30:00Z"))
                .routines
                .is_empty()
        );
        assert_eq!(tracker.next(&tz), Some(ts("2026-06-02T08:00:00Z")));
    }

    #[test]
    fn due_and_put_off_at_once_is_one_reminder() {
        let reminders = Reminders::from(vec![Reminder::new(
            "m",
            "08:15".parse().unwrap(),
            Days::DAILY,
        )]);
        let mut tracker = Tracker::new(reminders, ts("2026-06-01T08:00:00Z"));
        tracker.snooze("m", ts("2026-06-01T08:00:00Z"));
        let due = tracker.tick(&TimeZone::UTC, ts("2026-06-01T08:15:00Z"));
        assert_eq!(due.routines, ["m"]);
        tracker.unsnooze("m");
        tracker.set_reminders(Reminders::default());
        assert!(tracker.is_idle());
    }
}
