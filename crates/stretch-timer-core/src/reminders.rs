//! Reminders: which routine to do at which times of day, on which days, and when each is due.
//!
//! A [`Reminder`] names a routine (as the person typed it: a bundled id or one of their routines'
//! names), a [`TimeOfDay`] and the [`Days`] it applies on. Both are parsed once from text
//! (`"08:00"`, `"weekdays"`, `"mon,wed,fri"`) into checked values, with a typed error saying what
//! was found and what was expected.
//!
//! [`Reminders::check`] is the whole timing policy, pure: given the local time zone, the moment
//! reminders were last handled and the moment now (both passed in, never read here), it says which
//! reminders are due now, which were missed for good, and when the next one falls due. The caller
//! keeps [`Check::handled`] as the next call's `last`.
//!
//! - Each reminder fires at most once per day it applies on, at the local time asked for. A time
//!   the clock skips when daylight saving starts fires once, at the moment of the jump (just after
//!   the skipped hour); a time the clock passes twice when it ends fires once, the first time.
//! - A reminder found late (the computer was asleep, or its clock was moved forward by hand) fires
//!   once if it is less than [`GRACE`] late, and is skipped otherwise; of a reminder missed on
//!   several days only the latest counts.
//! - A clock moved back by hand fires nothing twice: what was handled stays handled. A clock moved
//!   back by more than [`BACKWARD_LIMIT`] was wrong before (not just adjusted), so the earlier
//!   moment is forgotten rather than waited for.
//!
//! ```
//! use jiff::tz::TimeZone;
//! use stretch_timer_core::reminders::{Reminder, Reminders};
//!
//! let mut reminders = Reminders::default();
//! reminders.set(Reminder::new("morning", "08:00".parse()?, "weekdays".parse()?));
//! let last: jiff::Timestamp = "2026-03-02T07:00:00Z".parse()?; // a Monday
//! let now: jiff::Timestamp = "2026-03-02T08:00:00Z".parse()?;
//! let check = reminders.check(&TimeZone::UTC, last, now);
//! assert_eq!(check.due.len(), 1);
//! assert_eq!(check.next, Some("2026-03-03T08:00:00Z".parse()?));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::str::FromStr;

use jiff::civil::{Date, Time, Weekday};
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::{SignedDuration, Timestamp};

use crate::routine::Schedule;

/// How late a reminder may still fire: one found later than this (after a long sleep, say) is
/// skipped.
pub const GRACE: SignedDuration = SignedDuration::from_hours(1);

/// How far back the clock may be moved with what was already handled kept handled. Further back,
/// the clock was wrong before, and waiting for it to catch up could silence reminders for days.
pub const BACKWARD_LIMIT: SignedDuration = SignedDuration::from_hours(24);

/// A time of day to the minute, like `08:00`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct TimeOfDay {
    hour: u8,
    minute: u8,
}

/// Text that is not a time of day.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    /// Not hours and minutes separated by a colon.
    #[error("\"{given}\" is not a time of day; expected hours and minutes like 08:00 or 18:30")]
    Form {
        /// The text as given.
        given: String,
    },
    /// The hour is past 23.
    #[error("\"{given}\" is not a time of day: the hour must be from 0 to 23")]
    Hour {
        /// The text as given.
        given: String,
    },
    /// The minutes are past 59.
    #[error("\"{given}\" is not a time of day: the minutes must be from 00 to 59")]
    Minute {
        /// The text as given.
        given: String,
    },
}

impl TimeOfDay {
    /// `hour:minute`, if both are in range (hours 0 to 23, minutes 0 to 59).
    pub fn new(hour: u8, minute: u8) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60).then_some(TimeOfDay { hour, minute })
    }

    /// The hour, from 0 to 23.
    pub fn hour(self) -> u8 {
        self.hour
    }

    /// The minutes, from 0 to 59.
    pub fn minute(self) -> u8 {
        self.minute
    }

    /// The same time on the civil clock.
    pub fn time(self) -> Time {
        // Both are in range by construction; midnight is never used.
        Time::new(
            i8::try_from(self.hour).unwrap_or(0),
            i8::try_from(self.minute).unwrap_or(0),
            0,
            0,
        )
        .unwrap_or(Time::midnight())
    }

    fn from_minutes(minutes: u32) -> Option<TimeOfDay> {
        TimeOfDay::new(
            u8::try_from(minutes / 60).ok()?,
            u8::try_from(minutes % 60).ok()?,
        )
    }
}

impl FromStr for TimeOfDay {
    type Err = TimeError;

    /// `HH:MM` with one or two digits for the hour and two for the minutes: `8:00`, `08:00`,
    /// `18:30`.
    fn from_str(text: &str) -> Result<TimeOfDay, TimeError> {
        let given = || text.to_owned();
        let form = || TimeError::Form { given: given() };
        let (hour, minute) = text.trim().split_once(':').ok_or_else(form)?;
        let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
            len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
        };
        if !digits(hour, 1..=2) || !digits(minute, 2..=2) {
            return Err(form());
        }
        let hour: u8 = hour.parse().map_err(|_| form())?;
        let minute: u8 = minute.parse().map_err(|_| form())?;
        if hour > 23 {
            return Err(TimeError::Hour { given: given() });
        }
        TimeOfDay::new(hour, minute).ok_or(TimeError::Minute { given: given() })
    }
}

impl fmt::Display for TimeOfDay {
    /// `08:00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl TryFrom<String> for TimeOfDay {
    type Error = TimeError;

    fn try_from(text: String) -> Result<TimeOfDay, TimeError> {
        text.parse()
    }
}

impl From<TimeOfDay> for String {
    fn from(time: TimeOfDay) -> String {
        time.to_string()
    }
}

/// The days of the week a reminder applies on: never none.
#[derive(Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Days(u8);

/// Text that is not a set of days.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DaysError {
    /// Nothing was given.
    #[error("no days given; expected daily, weekdays, weekends, or days like mon,wed,fri")]
    Empty,
    /// A word that is not a day.
    #[error(
        "\"{given}\" is not a day; expected daily, weekdays, weekends, or days like mon,wed,fri (mon, tue, wed, thu, fri, sat, sun)"
    )]
    Unknown {
        /// The word as given.
        given: String,
    },
}

/// The days in week order, with the short names `Days` reads and writes.
const WEEK: [(Weekday, &str); 7] = [
    (Weekday::Monday, "mon"),
    (Weekday::Tuesday, "tue"),
    (Weekday::Wednesday, "wed"),
    (Weekday::Thursday, "thu"),
    (Weekday::Friday, "fri"),
    (Weekday::Saturday, "sat"),
    (Weekday::Sunday, "sun"),
];

impl Days {
    /// Every day of the week: `daily`.
    pub const DAILY: Days = Days(0b111_1111);
    /// Monday to Friday: `weekdays`.
    pub const WEEKDAYS: Days = Days(0b001_1111);
    /// Saturday and Sunday: `weekends`.
    pub const WEEKENDS: Days = Days(0b110_0000);

    /// The days given, or `None` if there are none.
    pub fn of(days: impl IntoIterator<Item = Weekday>) -> Option<Days> {
        let bits = days.into_iter().fold(0, |bits, day| bits | Days::bit(day));
        (bits != 0).then_some(Days(bits))
    }

    /// Whether `day` is one of them.
    pub fn contains(self, day: Weekday) -> bool {
        self.0 & Days::bit(day) != 0
    }

    /// The days, Monday first.
    pub fn iter(self) -> impl Iterator<Item = Weekday> {
        WEEK.into_iter()
            .map(|(day, _)| day)
            .filter(move |&day| self.contains(day))
    }

    /// How many days of the week.
    pub fn count(self) -> u32 {
        self.0.count_ones()
    }

    fn bit(day: Weekday) -> u8 {
        1 << day.to_monday_zero_offset()
    }
}

impl FromStr for Days {
    type Err = DaysError;

    /// `daily`, `weekdays`, `weekends`, or days separated by commas: `mon,wed,fri` (three letters or the whole
    /// name, any case; a day named twice counts once).
    fn from_str(text: &str) -> Result<Days, DaysError> {
        let text = text.trim();
        match text.to_ascii_lowercase().as_str() {
            "" => return Err(DaysError::Empty),
            "daily" => return Ok(Days::DAILY),
            "weekdays" => return Ok(Days::WEEKDAYS),
            "weekends" | "weekend" => return Ok(Days::WEEKENDS),
            _ => {}
        }
        let mut days = Vec::new();
        for word in text.split(',').map(str::trim) {
            let lower = word.to_ascii_lowercase();
            let day = WEEK
                .iter()
                .find(|(day, short)| lower == *short || lower == weekday_name(*day))
                .map(|(day, _)| *day)
                .ok_or_else(|| DaysError::Unknown {
                    given: word.to_owned(),
                })?;
            days.push(day);
        }
        Days::of(days).ok_or(DaysError::Empty)
    }
}

fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "monday",
        Weekday::Tuesday => "tuesday",
        Weekday::Wednesday => "wednesday",
        Weekday::Thursday => "thursday",
        Weekday::Friday => "friday",
        Weekday::Saturday => "saturday",
        Weekday::Sunday => "sunday",
    }
}

impl fmt::Display for Days {
    /// `daily`, `weekdays`, `weekends`, or the days in week order: `mon,wed,fri`. What `from_str` reads.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Days::DAILY => f.write_str("daily"),
            Days::WEEKDAYS => f.write_str("weekdays"),
            Days::WEEKENDS => f.write_str("weekends"),
            days => {
                let names: Vec<&str> = WEEK
                    .iter()
                    .filter(|(day, _)| days.contains(*day))
                    .map(|(_, short)| *short)
                    .collect();
                f.write_str(&names.join(","))
            }
        }
    }
}

impl fmt::Debug for Days {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Days({self})")
    }
}

impl TryFrom<String> for Days {
    type Error = DaysError;

    fn try_from(text: String) -> Result<Days, DaysError> {
        text.parse()
    }
}

impl From<Days> for String {
    fn from(days: Days) -> String {
        days.to_string()
    }
}

/// One reminder: a routine, a time of day, the days it applies on.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Reminder {
    /// The routine, as the person named it: a bundled routine's id or one of theirs by name.
    pub routine: String,
    /// When, on the local clock.
    pub at: TimeOfDay,
    /// On which days.
    pub days: Days,
}

impl Reminder {
    /// A reminder for `routine` at `at` on `days`.
    pub fn new(routine: impl Into<String>, at: TimeOfDay, days: Days) -> Reminder {
        Reminder {
            routine: routine.into(),
            at,
            days,
        }
    }

    /// The first moment after `after` at which this reminder falls due.
    pub fn next_after(&self, tz: &TimeZone, after: Timestamp) -> Option<Timestamp> {
        let today = tz.to_datetime(after).date();
        (-1..=8)
            .filter_map(|n| today.checked_add(jiff::Span::new().days(n)).ok())
            .filter(|date| self.days.contains(date.weekday()))
            .filter_map(|date| occurrence(date, self.at.time(), tz))
            .find(|&at| at > after)
    }

    /// The last moment at or before `now` at which this reminder fell due.
    fn last_at_or_before(&self, tz: &TimeZone, now: Timestamp) -> Option<Timestamp> {
        let today = tz.to_datetime(now).date();
        (-8..=1)
            .rev()
            .filter_map(|n| today.checked_add(jiff::Span::new().days(n)).ok())
            .filter(|date| self.days.contains(date.weekday()))
            .filter_map(|date| occurrence(date, self.at.time(), tz))
            .find(|&at| at <= now)
    }
}

/// The instant a reminder at `time` falls due on `date` in `tz`: the local time itself; where the
/// clock skips it (daylight saving starts), the moment of the jump, the first instant after the
/// skipped time; where the clock passes it twice (daylight saving ends), the first time.
fn occurrence(date: Date, time: Time, tz: &TimeZone) -> Option<Timestamp> {
    let local = date.to_datetime(time);
    let ambiguous = tz.to_ambiguous_timestamp(local);
    match ambiguous.offset() {
        AmbiguousOffset::Gap { before, .. } => {
            // Read with the offset from before the jump, the skipped time lies after the jump; the
            // jump is the transition just before it.
            let past_jump = before.to_timestamp(local).ok()?;
            let probe = past_jump.checked_add(SignedDuration::from_nanos(1)).ok()?;
            let jump = tz.preceding(probe).next().map(|t| t.timestamp());
            Some(jump.filter(|&jump| jump <= past_jump).unwrap_or(past_jump))
        }
        AmbiguousOffset::Unambiguous { .. } | AmbiguousOffset::Fold { .. } => {
            ambiguous.earlier().ok()
        }
    }
}

/// A reminder falling due: which one (its index in [`Reminders::list`]) and when it was due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// The reminder's index in the list checked.
    pub reminder: usize,
    /// When it was due.
    pub at: Timestamp,
}

/// What [`Reminders::check`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// The reminders to show now, earliest first (several may share a minute).
    pub due: Vec<Occurrence>,
    /// The reminders found [`GRACE`] or more late: not shown, ever.
    pub skipped: Vec<Occurrence>,
    /// When the next reminder falls due, if any reminder ever does.
    pub next: Option<Timestamp>,
    /// What to pass as `last` to the next check: everything up to here is handled.
    pub handled: Timestamp,
}

/// The reminders a person has set, in order of time of day, then routine; one per routine and
/// time.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(from = "Vec<Reminder>", into = "Vec<Reminder>")]
pub struct Reminders {
    list: Vec<Reminder>,
}

/// What [`Reminders::set`] changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetOutcome {
    /// A new reminder.
    Added,
    /// The routine had a reminder at that time already, on these other days: now it has the
    /// days given.
    DaysChanged {
        /// The days it had.
        before: Days,
    },
    /// The very same reminder was set already.
    Unchanged,
}

impl From<Vec<Reminder>> for Reminders {
    /// Sorted, and where a routine has two reminders at one time, the later in the list wins.
    fn from(list: Vec<Reminder>) -> Reminders {
        let mut reminders = Reminders::default();
        for reminder in list {
            reminders.set(reminder);
        }
        reminders
    }
}

impl From<Reminders> for Vec<Reminder> {
    fn from(reminders: Reminders) -> Vec<Reminder> {
        reminders.list
    }
}

impl Reminders {
    /// The reminders, by time of day, then routine.
    pub fn list(&self) -> &[Reminder] {
        &self.list
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The reminders of one routine.
    pub fn of_routine<'a>(&'a self, routine: &'a str) -> impl Iterator<Item = &'a Reminder> {
        self.list.iter().filter(move |r| r.routine == routine)
    }

    /// Adds a reminder, or changes the days of the routine's reminder at that time.
    pub fn set(&mut self, reminder: Reminder) -> SetOutcome {
        let key = |r: &Reminder| (r.at, r.routine.clone());
        match self.list.binary_search_by_key(&key(&reminder), key) {
            Ok(i) => {
                let before = self.list[i].days;
                self.list[i].days = reminder.days;
                if before == reminder.days {
                    SetOutcome::Unchanged
                } else {
                    SetOutcome::DaysChanged { before }
                }
            }
            Err(i) => {
                self.list.insert(i, reminder);
                SetOutcome::Added
            }
        }
    }

    /// Turns off the reminders of `routine`, or all of them; returns those turned off.
    pub fn off(&mut self, routine: Option<&str>) -> Vec<Reminder> {
        let (off, kept) = std::mem::take(&mut self.list)
            .into_iter()
            .partition(|r| routine.is_none_or(|name| r.routine == name));
        self.list = kept;
        off
    }

    /// Which reminders are due at `now`, given that everything up to `last` was handled, in the
    /// time zone `tz`; see the module's documentation for the rules.
    pub fn check(&self, tz: &TimeZone, last: Timestamp, now: Timestamp) -> Check {
        let last = if now < last && last.duration_since(now) > BACKWARD_LIMIT {
            now
        } else {
            last
        };
        let handled = last.max(now);
        let mut due = Vec::new();
        let mut skipped = Vec::new();
        for (reminder, r) in self.list.iter().enumerate() {
            let Some(at) = r.last_at_or_before(tz, now).filter(|&at| at > last) else {
                continue;
            };
            let occurrence = Occurrence { reminder, at };
            if now.duration_since(at) < GRACE {
                due.push(occurrence);
            } else {
                skipped.push(occurrence);
            }
        }
        due.sort_by_key(|o| (o.at, o.reminder));
        skipped.sort_by_key(|o| (o.at, o.reminder));
        let next = self
            .list
            .iter()
            .filter_map(|r| r.next_after(tz, handled))
            .min();
        Check {
            due,
            skipped,
            next,
            handled,
        }
    }
}

/// The earliest a suggested reminder is set: a routine done once a day is suggested here.
const FIRST_SUGGESTED: u32 = 8 * 60;
/// The latest a suggested reminder is set: several a day are spread evenly from the first to this.
const LAST_SUGGESTED: u32 = 18 * 60;

/// Times of day for a prescription's sessions a day, for the person to accept or change: once a
/// day at 08:00; more often, spread evenly from 08:00 to 18:00 (twice: 08:00 and 18:00; three
/// times: 08:00, 13:00 and 18:00).
pub fn suggested_times(schedule: Schedule) -> Vec<TimeOfDay> {
    let n = schedule.times_per_day.clamp(1, 24);
    if n == 1 {
        return TimeOfDay::from_minutes(FIRST_SUGGESTED)
            .into_iter()
            .collect();
    }
    let span = LAST_SUGGESTED - FIRST_SUGGESTED;
    (0..n)
        .filter_map(|k| TimeOfDay::from_minutes(FIRST_SUGGESTED + span * k / (n - 1)))
        .collect()
}

/// Days of the week for a prescription's days a week, spread over the week: 3 is mon,wed,fri, 5 is
/// weekdays, 7 is daily.
pub fn suggested_days(schedule: Schedule) -> Days {
    use Weekday::{Friday, Monday, Saturday, Thursday, Tuesday, Wednesday};

    let days: &[Weekday] = match schedule.days_per_week {
        0 | 1 => &[Monday],
        2 => &[Monday, Thursday],
        3 => &[Monday, Wednesday, Friday],
        4 => &[Monday, Tuesday, Thursday, Friday],
        5 => return Days::WEEKDAYS,
        6 => &[Monday, Tuesday, Wednesday, Thursday, Friday, Saturday],
        _ => return Days::DAILY,
    };
    Days::of(days.iter().copied()).unwrap_or(Days::DAILY)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Central European time with its daylight saving rules: +01:00, +02:00 from the last Sunday
    /// of March at 02:00 to the last Sunday of October at 03:00. A POSIX rule, so the tests do
    /// not depend on the system's time zone database.
    fn berlin() -> TimeZone {
        TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").unwrap()
    }

    fn ts(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn at(text: &str) -> TimeOfDay {
        text.parse().unwrap()
    }

    fn one(routine: &str, time: &str, days: Days) -> Reminders {
        Reminders::from(vec![Reminder::new(routine, at(time), days)])
    }

    fn due_at(check: &Check) -> Vec<Timestamp> {
        check.due.iter().map(|o| o.at).collect()
    }

    #[test]
    fn times_of_day_are_read_as_hours_and_minutes() {
        assert_eq!(at("08:00"), TimeOfDay::new(8, 0).unwrap());
        assert_eq!(at("8:05"), TimeOfDay::new(8, 5).unwrap());
        assert_eq!(at(" 23:59 "), TimeOfDay::new(23, 59).unwrap());
        assert_eq!(at("00:00").to_string(), "00:00");
        assert_eq!(at("7:30").to_string(), "07:30");
        for form in [
            "", "8", "8:0", "8h00", "08:000", "-1:00", "+8:00", "08:0a", "１:00",
        ] {
            assert_eq!(
                form.parse::<TimeOfDay>(),
                Err(TimeError::Form {
                    given: form.to_owned()
                }),
                "{form:?}"
            );
        }
        assert!(matches!(
            "24:00".parse::<TimeOfDay>(),
            Err(TimeError::Hour { .. })
        ));
        assert!(matches!(
            "12:60".parse::<TimeOfDay>(),
            Err(TimeError::Minute { .. })
        ));
        assert_eq!(
            "25:00".parse::<TimeOfDay>().unwrap_err().to_string(),
            "\"25:00\" is not a time of day: the hour must be from 0 to 23"
        );
    }

    #[test]
    fn days_are_daily_weekdays_or_a_list_and_print_as_they_are_read() {
        assert_eq!("daily".parse(), Ok(Days::DAILY));
        assert_eq!("Weekdays".parse(), Ok(Days::WEEKDAYS));
        assert_eq!("weekends".parse(), Ok(Days::WEEKENDS));
        assert_eq!("sat,sun".parse::<Days>().unwrap().to_string(), "weekends");
        let mwf: Days = "mon, Wednesday,FRI".parse().unwrap();
        assert_eq!(mwf.to_string(), "mon,wed,fri");
        assert_eq!(mwf.count(), 3);
        assert!(mwf.contains(Weekday::Wednesday) && !mwf.contains(Weekday::Tuesday));
        assert_eq!(
            "sun,mon,mon".parse::<Days>().unwrap().to_string(),
            "mon,sun"
        );
        assert_eq!(
            "mon,tue,wed,thu,fri,sat,sun".parse::<Days>().unwrap(),
            Days::DAILY
        );
        assert_eq!(
            "fri,thu,wed,tue,mon".parse::<Days>().unwrap().to_string(),
            "weekdays"
        );
        assert_eq!("".parse::<Days>(), Err(DaysError::Empty));
        assert_eq!(
            "mon,,fri".parse::<Days>(),
            Err(DaysError::Unknown {
                given: String::new()
            })
        );
        assert_eq!(
            "mon,thurs".parse::<Days>(),
            Err(DaysError::Unknown {
                given: "thurs".to_owned()
            })
        );
    }

    #[test]
    fn reminders_keep_one_per_routine_and_time_in_order() {
        let mut reminders = Reminders::default();
        let weekdays = Days::WEEKDAYS;
        assert_eq!(
            reminders.set(Reminder::new("b", at("18:00"), weekdays)),
            SetOutcome::Added
        );
        assert_eq!(
            reminders.set(Reminder::new("a", at("18:00"), weekdays)),
            SetOutcome::Added
        );
        assert_eq!(
            reminders.set(Reminder::new("b", at("08:00"), weekdays)),
            SetOutcome::Added
        );
        assert_eq!(
            reminders.set(Reminder::new("b", at("08:00"), weekdays)),
            SetOutcome::Unchanged
        );
        assert_eq!(
            reminders.set(Reminder::new("b", at("08:00"), Days::DAILY)),
            SetOutcome::DaysChanged { before: weekdays }
        );
        let order: Vec<String> = reminders
            .list()
            .iter()
            .map(|r| format!("{} {} {}", r.at, r.routine, r.days))
            .collect();
        assert_eq!(
            order,
            ["08:00 b daily", "18:00 a weekdays", "18:00 b weekdays"]
        );
        assert_eq!(reminders.off(Some("b")).len(), 2);
        assert_eq!(reminders.off(Some("b")).len(), 0);
        assert_eq!(reminders.off(None).len(), 1);
        assert!(reminders.is_empty());
    }

    #[test]
    fn a_stored_list_is_sorted_and_duplicates_collapse() {
        let text = r#"[(routine: "m", at: "18:00", days: "mon,fri"),
                       (routine: "m", at: "08:00", days: "mon,fri"),
                       (routine: "m", at: "8:00", days: "daily")]"#;
        let reminders: Reminders = ron::from_str(text).unwrap();
        let read: Vec<String> = reminders
            .list()
            .iter()
            .map(|r| format!("{} {}", r.at, r.days))
            .collect();
        assert_eq!(read, ["08:00 daily", "18:00 mon,fri"]);
        let bad = r#"[(routine: "m", at: "8", days: "daily")]"#;
        let error = ron::from_str::<Reminders>(bad).unwrap_err().to_string();
        assert!(error.contains("\"8\" is not a time of day"), "{error}");
    }

    #[test]
    fn a_reminder_fires_at_its_minute_and_then_the_next_day() {
        let reminders = one("m", "08:00", Days::DAILY);
        let tz = berlin();
        let before = reminders.check(&tz, ts("2026-06-01T05:00:00Z"), ts("2026-06-01T05:59:59Z"));
        assert!(before.due.is_empty());
        assert_eq!(before.next, Some(ts("2026-06-01T06:00:00Z"))); // 08:00 CEST
        let on_time = reminders.check(&tz, before.handled, ts("2026-06-01T06:00:00Z"));
        assert_eq!(due_at(&on_time), [ts("2026-06-01T06:00:00Z")]);
        assert_eq!(on_time.next, Some(ts("2026-06-02T06:00:00Z")));
        let again = reminders.check(&tz, on_time.handled, ts("2026-06-01T06:00:30Z"));
        assert!(again.due.is_empty());
    }

    #[test]
    fn only_the_days_asked_for() {
        // 2026-06-05 is a Friday.
        let reminders = one("m", "08:00", Days::WEEKDAYS);
        let check = reminders.check(
            &TimeZone::UTC,
            ts("2026-06-05T09:00:00Z"),
            ts("2026-06-05T09:00:00Z"),
        );
        assert_eq!(check.next, Some(ts("2026-06-08T08:00:00Z")));
        let mwf = one("m", "08:00", "mon,wed,fri".parse().unwrap());
        let check = mwf.check(
            &TimeZone::UTC,
            ts("2026-06-08T09:00:00Z"),
            ts("2026-06-08T09:00:00Z"),
        );
        assert_eq!(check.next, Some(ts("2026-06-10T08:00:00Z")));
    }

    #[test]
    fn a_time_skipped_by_daylight_saving_fires_once_at_the_jump() {
        // 2026-03-29: at 02:00 CET the clock jumps to 03:00 CEST (01:00 UTC); 02:30 never happens.
        let reminders = one("m", "02:30", Days::DAILY);
        let tz = berlin();
        let evening = reminders.check(&tz, ts("2026-03-28T20:00:00Z"), ts("2026-03-28T20:00:00Z"));
        assert_eq!(evening.next, Some(ts("2026-03-29T01:00:00Z")));
        let jump = reminders.check(&tz, evening.handled, ts("2026-03-29T01:00:00Z"));
        assert_eq!(due_at(&jump), [ts("2026-03-29T01:00:00Z")]);
        // Not again at 03:30 CEST (02:30 read with the old offset), and tomorrow at 02:30 CEST.
        let later = reminders.check(&tz, jump.handled, ts("2026-03-29T01:30:00Z"));
        assert!(later.due.is_empty());
        assert_eq!(jump.next, Some(ts("2026-03-30T00:30:00Z")));
        // A reminder exactly at the start of the skipped hour fires at the jump too.
        let at_two = one("m", "02:00", Days::DAILY);
        let check = at_two.check(&tz, ts("2026-03-28T20:00:00Z"), ts("2026-03-28T20:00:00Z"));
        assert_eq!(check.next, Some(ts("2026-03-29T01:00:00Z")));
    }

    #[test]
    fn a_time_repeated_by_daylight_saving_fires_once_the_first_time() {
        // 2026-10-25: at 03:00 CEST the clock goes back to 02:00 CET; 02:30 happens at 00:30 UTC
        // and again at 01:30 UTC.
        let reminders = one("m", "02:30", Days::DAILY);
        let tz = berlin();
        let evening = reminders.check(&tz, ts("2026-10-24T20:00:00Z"), ts("2026-10-24T20:00:00Z"));
        assert_eq!(evening.next, Some(ts("2026-10-25T00:30:00Z")));
        let first = reminders.check(&tz, evening.handled, ts("2026-10-25T00:30:00Z"));
        assert_eq!(due_at(&first), [ts("2026-10-25T00:30:00Z")]);
        assert_eq!(first.next, Some(ts("2026-10-26T01:30:00Z")));
        let second = reminders.check(&tz, first.handled, ts("2026-10-25T01:30:00Z"));
        assert!(second.due.is_empty() && second.skipped.is_empty());
    }

    #[test]
    fn after_a_sleep_a_reminder_less_than_an_hour_late_fires_once() {
        let reminders = one("m", "08:00", Days::DAILY);
        let tz = TimeZone::UTC;
        // Asleep from 07:00 to 08:59: one fire, 59 minutes late.
        let woke = reminders.check(&tz, ts("2026-06-01T07:00:00Z"), ts("2026-06-01T08:59:00Z"));
        assert_eq!(due_at(&woke), [ts("2026-06-01T08:00:00Z")]);
        let after = reminders.check(&tz, woke.handled, ts("2026-06-01T08:59:01Z"));
        assert!(after.due.is_empty());
    }

    #[test]
    fn after_a_sleep_a_reminder_an_hour_or_more_late_is_skipped() {
        let reminders = one("m", "08:00", Days::DAILY);
        let tz = TimeZone::UTC;
        let woke = reminders.check(&tz, ts("2026-06-01T07:00:00Z"), ts("2026-06-01T09:00:00Z"));
        assert!(woke.due.is_empty());
        assert_eq!(woke.skipped.len(), 1);
        assert_eq!(woke.next, Some(ts("2026-06-02T08:00:00Z")));
        // Asleep for three days: the missed days are not fired one after another; today's is,
        // being less than an hour late.
        let long = reminders.check(&tz, ts("2026-06-01T07:00:00Z"), ts("2026-06-04T08:10:00Z"));
        assert_eq!(due_at(&long), [ts("2026-06-04T08:00:00Z")]);
        assert!(long.skipped.is_empty());
    }

    #[test]
    fn a_clock_moved_forward_by_hand_is_like_waking_up() {
        let reminders = Reminders::from(vec![
            Reminder::new("a", at("08:00"), Days::DAILY),
            Reminder::new("b", at("10:00"), Days::DAILY),
        ]);
        let tz = TimeZone::UTC;
        // From 07:55 to 10:30: "a" is 2.5 hours late (skipped), "b" 30 minutes (fires).
        let moved = reminders.check(&tz, ts("2026-06-01T07:55:00Z"), ts("2026-06-01T10:30:00Z"));
        assert_eq!(due_at(&moved), [ts("2026-06-01T10:00:00Z")]);
        assert_eq!(moved.skipped.len(), 1);
        assert_eq!(moved.next, Some(ts("2026-06-02T08:00:00Z")));
    }

    #[test]
    fn a_clock_moved_back_by_hand_fires_nothing_twice() {
        let reminders = one("m", "08:00", Days::DAILY);
        let tz = TimeZone::UTC;
        let fired = reminders.check(&tz, ts("2026-06-01T07:59:00Z"), ts("2026-06-01T08:00:00Z"));
        assert_eq!(fired.due.len(), 1);
        // Set back to 07:30 at 08:10: nothing now, and 08:00 does not come again today.
        let back = reminders.check(&tz, ts("2026-06-01T08:10:00Z"), ts("2026-06-01T07:30:00Z"));
        assert!(back.due.is_empty());
        assert_eq!(back.handled, ts("2026-06-01T08:10:00Z"));
        assert_eq!(back.next, Some(ts("2026-06-02T08:00:00Z")));
        let at_eight = reminders.check(&tz, back.handled, ts("2026-06-01T08:00:00Z"));
        assert!(at_eight.due.is_empty());
        // Tomorrow it fires as usual.
        let tomorrow = reminders.check(&tz, at_eight.handled, ts("2026-06-02T08:00:00Z"));
        assert_eq!(tomorrow.due.len(), 1);
    }

    #[test]
    fn a_clock_that_was_days_ahead_is_not_waited_for() {
        // The clock said 2026-06-10; corrected to 2026-06-01, reminders go on today, not in nine
        // days.
        let reminders = one("m", "08:00", Days::DAILY);
        let tz = TimeZone::UTC;
        let corrected =
            reminders.check(&tz, ts("2026-06-10T12:00:00Z"), ts("2026-06-01T07:00:00Z"));
        assert!(corrected.due.is_empty());
        assert_eq!(corrected.handled, ts("2026-06-01T07:00:00Z"));
        assert_eq!(corrected.next, Some(ts("2026-06-01T08:00:00Z")));
    }

    #[test]
    fn several_reminders_at_the_same_minute_are_all_due_at_once() {
        let reminders = Reminders::from(vec![
            Reminder::new("b", at("08:00"), Days::DAILY),
            Reminder::new("a", at("08:00"), Days::DAILY),
            Reminder::new("c", at("09:00"), Days::DAILY),
        ]);
        let tz = TimeZone::UTC;
        let check = reminders.check(&tz, ts("2026-06-01T07:00:00Z"), ts("2026-06-01T08:00:00Z"));
        let routines: Vec<&str> = check
            .due
            .iter()
            .map(|o| reminders.list()[o.reminder].routine.as_str())
            .collect();
        assert_eq!(routines, ["a", "b"]);
        assert_eq!(check.next, Some(ts("2026-06-01T09:00:00Z")));
    }

    #[test]
    fn no_reminders_never_fall_due() {
        let check = Reminders::default().check(
            &TimeZone::UTC,
            ts("2026-06-01T07:00:00Z"),
            ts("2026-06-01T08:00:00Z"),
        );
        assert!(check.due.is_empty());
        assert_eq!(check.next, None);
    }

    #[test]
    fn a_prescription_suggests_times_and_days() {
        let times = |n| -> Vec<String> {
            suggested_times(Schedule {
                days_per_week: 7,
                times_per_day: n,
            })
            .iter()
            .map(ToString::to_string)
            .collect()
        };
        assert_eq!(times(1), ["08:00"]);
        assert_eq!(times(2), ["08:00", "18:00"]);
        assert_eq!(times(3), ["08:00", "13:00", "18:00"]);
        assert_eq!(times(4), ["08:00", "11:20", "14:40", "18:00"]);
        assert_eq!(times(6).len(), 6);
        let days = |n| {
            suggested_days(Schedule {
                days_per_week: n,
                times_per_day: 1,
            })
            .to_string()
        };
        assert_eq!(days(7), "daily");
        assert_eq!(days(5), "weekdays");
        assert_eq!(days(3), "mon,wed,fri");
        assert_eq!(days(1), "mon");
        for n in 1..=7 {
            assert_eq!(
                suggested_days(Schedule {
                    days_per_week: n,
                    times_per_day: 1
                })
                .count(),
                n
            );
        }
    }
}
