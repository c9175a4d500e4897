//! Reminders in words, in the language of the current thread (`tr!`): days and times as a
//! sentence names them, how long a routine takes, and why reminders cannot be read, kept or
//! shown. The app, the notification, the daemon and `stretch-timer remind` all say them from
//! here, so a reminder reads the same wherever it is seen.

use std::fmt;
use std::time::Duration;

use jiff::civil::Weekday;

use crate::remind::autostart::AutostartError;
use crate::remind::daemon::{DaemonError, Happened, Quiet};
use crate::remind::desktop::NotifyError;
use crate::remind::presence::LockError;
use crate::remind::store::{StoreError, VERSION};
use crate::reminders::{Days, DaysError, TimeError, TimeOfDay};
use crate::tr;

/// The days of the week, Monday first, as reminders list them.
pub const WEEK: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// A day's short name, as the language writes it (CLDR's): `Mon`, `Mo`, `lun.`.
pub fn weekday_short(day: Weekday) -> String {
    crate::dates::weekday(day, false)
}

/// A time of day on the language's clock (CLDR's): `08:00`; `8:00 AM` where the system's
/// region writes it so.
pub fn time_words(at: TimeOfDay) -> String {
    let Some(time) = jiff::civil::Time::new(
        i8::try_from(at.hour()).unwrap_or(0),
        i8::try_from(at.minute()).unwrap_or(0),
        0,
        0,
    )
    .ok() else {
        return at.to_string();
    };
    crate::dates::time(time)
}

/// When a reminder next falls due, with its weekday and date: `Mon, 1 Jun 2026, 08:00`,
/// `Mo., 01.06.2026, 08:00`.
pub fn next_words(at: jiff::civil::DateTime) -> String {
    crate::dates::date_time(at)
}

/// Days in the middle of a sentence: `every day`, `weekdays`, `weekends`, `Mon, Wed, Fri`.
pub fn days_words(days: Days) -> String {
    match days {
        Days::DAILY => tr!("remind-days-every-day"),
        Days::WEEKDAYS => tr!("remind-days-weekdays"),
        Days::WEEKENDS => tr!("remind-days-weekends"),
        days => WEEK
            .iter()
            .filter(|day| days.contains(**day))
            .map(|day| weekday_short(*day))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// Times in words: `08:00`, `08:00 and 18:00`, `08:00, 13:00 and 18:00`.
pub fn times_words(times: &[TimeOfDay]) -> String {
    let words: Vec<String> = times.iter().map(|t| time_words(*t)).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let most = rest.join(", ");
            tr!("remind-times-and", most = most, last = last)
        }
    }
}

/// How long a routine takes, to the minute, as a sentence: `It takes under a minute.`, `It takes
/// about 12 minutes.`, `It takes about 1 h 5 min.`
pub fn takes(total: Duration) -> String {
    let all = (total.as_secs() + 30) / 60;
    if all < 60 {
        tr!("remind-takes", minutes = all)
    } else {
        let (hours, minutes) = (all / 60, all % 60);
        tr!("remind-takes-hours", hours = hours, minutes = minutes)
    }
}

/// What an entered time is wrong in, as a sentence.
pub fn time_error_words(error: &TimeError) -> String {
    match error {
        TimeError::Form { given } => tr!("reminders-time-form", given = given),
        TimeError::Hour { given } => tr!("reminders-time-hour", given = given),
        TimeError::Minute { given } => tr!("reminders-time-minute", given = given),
    }
}

/// Why text is not a set of days, as the person reads it.
pub fn days_error_words(error: &DaysError) -> String {
    match error {
        DaysError::Empty => tr!("reminders-days-none"),
        DaysError::Unknown { given } => tr!("reminders-days-unknown", given = given),
    }
}

fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = match self {
            StoreError::Read { path, source } => {
                let (file, why) = (shown(path), source.to_string());
                tr!("remind-error-read", file = file, why = why)
            }
            StoreError::Broken { path, detail } => {
                let file = shown(path);
                tr!("remind-error-broken", file = file, detail = detail)
            }
            StoreError::TooNew { path, found } => {
                let file = shown(path);
                tr!(
                    "remind-error-too-new",
                    file = file,
                    found = found,
                    reads = VERSION
                )
            }
            StoreError::Home(e) => return e.fmt(f),
            StoreError::Save(e) => return e.fmt(f),
            StoreError::SetAside { path, source } => {
                let (file, why) = (shown(path), source.to_string());
                tr!("remind-error-set-aside", file = file, why = why)
            }
        };
        f.write_str(&words)
    }
}

impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = match self {
            LockError::Held { home } => {
                let folder = shown(home);
                tr!("remind-error-daemon-running", folder = folder)
            }
            LockError::Io { path, source } => {
                let (file, why) = (shown(path), source.to_string());
                tr!("remind-error-lock", file = file, why = why)
            }
        };
        f.write_str(&words)
    }
}

impl fmt::Display for AutostartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = match self {
            AutostartError::Folder { path, source } => {
                let (folder, why) = (shown(path), source.to_string());
                tr!("remind-error-autostart-folder", folder = folder, why = why)
            }
            AutostartError::Write(e) => return e.fmt(f),
            AutostartError::Remove { path, source } => {
                let (file, why) = (shown(path), source.to_string());
                tr!("remind-error-autostart-remove", file = file, why = why)
            }
        };
        f.write_str(&words)
    }
}

impl fmt::Display for NotifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = match self {
            NotifyError::NoBus { detail } => tr!("remind-error-no-bus", detail = detail),
            NotifyError::NoServer { detail } => tr!("remind-error-no-server", detail = detail),
            NotifyError::Unsupported => tr!("remind-error-unsupported"),
            NotifyError::Failed { detail } => tr!("remind-error-not-shown", detail = detail),
        };
        f.write_str(&words)
    }
}

impl fmt::Display for DaemonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DaemonError::Lock(e) => e.fmt(f),
            DaemonError::Store(e) => e.fmt(f),
            DaemonError::Notify(e) => e.fmt(f),
            DaemonError::Io(e) => {
                let why = e.to_string();
                f.write_str(&tr!("remind-daemon-cannot-go-on", why = why))
            }
        }
    }
}

impl fmt::Display for Happened {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = match self {
            Happened::Shown { routine } => tr!("remind-log-shown", routine = routine),
            Happened::Quiet {
                routine,
                why: Quiet::AppOpen,
            } => tr!("remind-log-app-open", routine = routine),
            Happened::Quiet {
                routine,
                why: Quiet::DoneToday,
            } => tr!("remind-log-done-today", routine = routine),
            Happened::Skipped { routine, due } => {
                let due = due.to_string();
                tr!("remind-log-skipped", routine = routine, due = due)
            }
            Happened::Started { routine } => tr!("remind-log-started", routine = routine),
            Happened::StartFailed { routine, error } => {
                tr!("remind-log-start-failed", routine = routine, why = error)
            }
            Happened::Snoozed { routine, until } => {
                let until = until.to_string();
                tr!("remind-log-snoozed", routine = routine, until = until)
            }
            Happened::Failed { routine, error } => {
                let why = error.to_string();
                tr!("remind-log-failed", routine = routine, why = why)
            }
        };
        f.write_str(&words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_times_and_lengths_in_english() {
        assert_eq!(days_words(Days::DAILY), "every day");
        assert_eq!(days_words(Days::WEEKDAYS), "weekdays");
        assert_eq!(days_words(Days::WEEKENDS), "weekends");
        assert_eq!(days_words("sun,mon,wed".parse().unwrap()), "Mon, Wed, Sun");
        let t = |s: &str| s.parse::<TimeOfDay>().unwrap();
        assert_eq!(times_words(&[t("8:00")]), "08:00");
        assert_eq!(times_words(&[t("8:00"), t("18:00")]), "08:00 and 18:00");
        assert_eq!(
            times_words(&[t("8:00"), t("13:00"), t("18:00")]),
            "08:00, 13:00 and 18:00"
        );
        let s = Duration::from_secs;
        assert_eq!(takes(s(20)), "It takes under a minute.");
        assert_eq!(takes(s(35)), "It takes about 1 minute.");
        assert_eq!(takes(s(12 * 60 + 10)), "It takes about 12 minutes.");
        assert_eq!(takes(s(3600)), "It takes about 1 h.");
        assert_eq!(takes(s(3900)), "It takes about 1 h 5 min.");
    }
}
