//! Reminders in words: days, times, a prescription, the autostart entry, a desktop's error.

use super::forms::WEEK;
use crate::app::widgets::sentence;
use crate::remind::NotifyError;
use crate::remind::autostart::{AutostartError, Change};
use crate::reminders::{Days, TimeOfDay};
use crate::routine::Schedule;

/// Days in words: `every day`, `weekdays`, `Mon, Wed, Fri`.
pub(super) fn days_words(days: Days) -> String {
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
pub(super) fn times_words(times: &[TimeOfDay]) -> String {
    let words: Vec<String> = times.iter().map(ToString::to_string).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// A prescription in words: `5 days a week, 2 times a day`.
pub(super) fn prescription_words(schedule: Schedule) -> String {
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

/// What became of the autostart entry, in words for the person; nothing if nothing changed.
pub(super) fn autostart_words(autostart: Option<Result<Change, AutostartError>>) -> Option<String> {
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
pub(super) fn without_detail(error: &NotifyError) -> (String, Option<&str>) {
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
