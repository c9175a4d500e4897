//! Dates, weekdays and times as people of the current language write them: "Mon 7 Dec" in
//! English, "Mo., 7. Dez." in German, "lun. 7 déc." in French, with the 24-hour clock where it is
//! used. The patterns and names are Unicode's CLDR, through ICU4X (`icu_datetime`, its data
//! compiled in): no month or weekday is written by hand here.
//!
//! The language is the current thread's ([`crate::l10n::language`]), with the region of the
//! system's locale when the program follows it ([`follow_system`]) and it is the same language
//! (`en_US` writes "Mon, Dec 7" and "7:30 PM"). English without a region (`LANG=C`, or a test)
//! is written as in Britain, day before month and the 24-hour clock, as this program always has.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use icu_calendar::Gregorian;
use icu_datetime::fieldsets::{self, enums::CompositeDateTimeFieldSet};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::{DateTimeFormatterPreferences, FixedCalendarDateTimeFormatter};
use icu_locale_core::Locale;
use jiff::civil;

/// How much of a date is written, and how long its words are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// The weekday, short: "Mon", "Mo", "lun.".
    Weekday,
    /// The weekday in full: "Monday", "Montag".
    WeekdayLong,
    /// Day and month, short: "7 Dec", "7. Dez.".
    DayMonth,
    /// Day and month in full: "7 December", "7. Dezember".
    DayMonthLong,
    /// Weekday, day and month, short: "Mon 7 Dec", "Mo., 7. Dez.".
    WeekdayDayMonth,
    /// Weekday, day and month in full: "Monday 7 December", "Montag, 7. Dezember".
    WeekdayDayMonthLong,
    /// Day, month and year in full: "7 December 2026", "7. Dezember 2026".
    DayMonthYearLong,
    /// Weekday, day, month and year, short: "Mon, 7 Dec 2026", "Mo., 7. Dez. 2026".
    WeekdayDate,
    /// Weekday, day, month and year in full: "Monday 7 December 2026".
    WeekdayDateLong,
    /// Month and year, short: "Dec 2026", "Dez. 2026".
    MonthYear,
}

impl Style {
    /// The CLDR field set for this style, as one type so that formatters can be kept together.
    fn field_set(self) -> CompositeDateTimeFieldSet {
        use fieldsets::enums::{CalendarPeriodFieldSet, DateFieldSet};
        let date = |set| CompositeDateTimeFieldSet::Date(set);
        match self {
            Style::Weekday => date(DateFieldSet::E(fieldsets::E::medium())),
            Style::WeekdayLong => date(DateFieldSet::E(fieldsets::E::long())),
            Style::DayMonth => date(DateFieldSet::MD(fieldsets::MD::medium())),
            Style::DayMonthLong => date(DateFieldSet::MD(fieldsets::MD::long())),
            Style::WeekdayDayMonth => date(DateFieldSet::MDE(fieldsets::MDE::medium())),
            Style::WeekdayDayMonthLong => date(DateFieldSet::MDE(fieldsets::MDE::long())),
            Style::DayMonthYearLong => date(DateFieldSet::YMD(fieldsets::YMD::long())),
            Style::WeekdayDate => date(DateFieldSet::YMDE(fieldsets::YMDE::medium())),
            Style::WeekdayDateLong => date(DateFieldSet::YMDE(fieldsets::YMDE::long())),
            Style::MonthYear => CompositeDateTimeFieldSet::CalendarPeriod(
                CalendarPeriodFieldSet::YM(fieldsets::YM::medium()),
            ),
        }
    }
}

/// What a formatter is made for: a date in a style, a time, or a date with its time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Shape {
    Date(Style),
    Time,
    DateTime,
}

type Formatter = FixedCalendarDateTimeFormatter<Gregorian, CompositeDateTimeFieldSet>;

thread_local! {
    /// Formatters made on this thread, by locale and shape: making one reads CLDR's data.
    static MADE: RefCell<HashMap<(String, Shape), Option<Formatter>>> = RefCell::new(HashMap::new());
}

/// The system's language and region, when the program follows them ([`follow_system`]).
static SYSTEM_REGION: OnceLock<Option<(String, String)>> = OnceLock::new();

/// Writes dates with the region of the system's locale from now on, in every thread, when it is
/// of the language being spoken (`en_US.UTF-8` gives "Mon, Dec 7" and "7:30 PM"). Called once at
/// the program's start; tests do not, so that their dates do not depend on the machine.
pub fn follow_system() {
    SYSTEM_REGION.get_or_init(|| {
        crate::l10n::system_languages().into_iter().find_map(|id| {
            let region = id.region?;
            Some((id.language.to_string(), region.to_string()))
        })
    });
}

fn system_region() -> Option<&'static (String, String)> {
    SYSTEM_REGION.get().and_then(Option::as_ref)
}

/// The locale dates and numbers are written in now: the thread's language, with the system's
/// region when it is the same language, and Britain's for English without one.
pub(crate) fn locale() -> String {
    let language = crate::l10n::language().language.to_string();
    match system_region() {
        Some((system_language, region)) if *system_language == language => {
            format!("{language}-{region}")
        }
        _ if language == "en" => "en-GB".to_owned(),
        _ => language,
    }
}

fn with_formatter(shape: Shape, write: impl FnOnce(&Formatter) -> String) -> String {
    let locale = locale();
    MADE.with(|made| {
        let mut made = made.borrow_mut();
        let formatter = made
            .entry((locale.clone(), shape))
            .or_insert_with(|| make(&locale, shape));
        // CLDR has data for every language this program speaks, and its root locale for any
        // other: a formatter that cannot be made means a broken build, and ISO dates are written.
        formatter.as_ref().map_or_else(String::new, write)
    })
}

fn make(locale: &str, shape: Shape) -> Option<Formatter> {
    let locale = Locale::try_from_str(locale).unwrap_or(Locale::UNKNOWN);
    let prefs = DateTimeFormatterPreferences::from(&locale);
    let set = match shape {
        Shape::Date(style) => style.field_set(),
        Shape::Time => {
            CompositeDateTimeFieldSet::Time(fieldsets::enums::TimeFieldSet::T(fieldsets::T::hm()))
        }
        Shape::DateTime => CompositeDateTimeFieldSet::DateTime(
            fieldsets::enums::DateAndTimeFieldSet::YMDET(fieldsets::YMDE::medium().with_time_hm()),
        ),
    };
    FixedCalendarDateTimeFormatter::try_new(prefs, set).ok()
}

fn gregorian(date: civil::Date) -> Option<Date<Gregorian>> {
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    Date::try_new_gregorian(i32::from(date.year()), month, day).ok()
}

fn time_of(time: civil::Time) -> Option<Time> {
    let hour = u8::try_from(time.hour()).ok()?;
    let minute = u8::try_from(time.minute()).ok()?;
    Time::try_new(hour, minute, 0, 0).ok()
}

/// `date` written in `style` in the current language.
pub fn date(date: civil::Date, style: Style) -> String {
    let (Some(date_in), Some(time)) = (gregorian(date), time_of(civil::Time::midnight())) else {
        return date.to_string();
    };
    let input = DateTime {
        date: date_in,
        time,
    };
    let written = with_formatter(Shape::Date(style), |f| f.format(&input).to_string());
    if written.is_empty() {
        date.to_string()
    } else {
        written
    }
}

/// A weekday's name, short ("Mon", "Mo.") or in full ("Monday", "Montag"), as a reminder's days
/// are listed.
pub fn weekday(day: civil::Weekday, long: bool) -> String {
    // Any week will do: the name is CLDR's, found from a date that falls on that day.
    let monday = civil::date(2026, 12, 7);
    let that_day = monday
        .checked_add(jiff::Span::new().days(i64::from(day.to_monday_zero_offset())))
        .unwrap_or(monday);
    date(
        that_day,
        if long {
            Style::WeekdayLong
        } else {
            Style::Weekday
        },
    )
}

/// A time of day, to the minute, on the current language's clock: "07:30", "7:30 PM".
pub fn time(time: civil::Time) -> String {
    let (Some(date), Some(time_in)) = (gregorian(civil::date(2026, 12, 7)), time_of(time)) else {
        return time.strftime("%H:%M").to_string();
    };
    let input = DateTime {
        date,
        time: time_in,
    };
    let written = with_formatter(Shape::Time, |f| f.format(&input).to_string());
    if written.is_empty() {
        time.strftime("%H:%M").to_string()
    } else {
        written
    }
}

/// A date with its weekday and time, short: "Mon, 7 Dec 2026, 07:30", "Mo., 07.12.2026, 07:30".
pub fn date_time(at: civil::DateTime) -> String {
    let (Some(date), Some(time)) = (gregorian(at.date()), time_of(at.time())) else {
        return at.strftime("%Y-%m-%d %H:%M").to_string();
    };
    let written = with_formatter(Shape::DateTime, |f| {
        f.format(&DateTime { date, time }).to_string()
    });
    if written.is_empty() {
        at.strftime("%Y-%m-%d %H:%M").to_string()
    } else {
        written
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::speaking as in_language;

    fn monday() -> civil::Date {
        civil::date(2026, 12, 7)
    }

    #[test]
    fn each_language_writes_a_day_as_its_people_do() {
        let short = || date(monday(), Style::WeekdayDayMonth);
        assert_eq!(in_language("de", short), "Mo., 7. Dez.");
        assert_eq!(in_language("fr", short), "lun. 7 déc.");
        assert_eq!(in_language("es", short), "lun, 7 dic");
    }

    #[test]
    fn each_language_names_its_weekdays_and_months() {
        let long = || date(monday(), Style::WeekdayDateLong);
        assert_eq!(in_language("de", long), "Montag, 7. Dezember 2026");
        assert_eq!(in_language("fr", long), "lundi 7 décembre 2026");
        let weekday = || date(monday(), Style::Weekday);
        assert_eq!(in_language("es", weekday), "lun");
    }

    #[test]
    fn german_french_and_spanish_use_the_24_hour_clock() {
        let evening = || time(civil::time(19, 5, 0, 0));
        assert_eq!(in_language("de", evening), "19:05");
        assert_eq!(in_language("fr", evening), "19:05");
        assert_eq!(in_language("es", evening), "19:05");
    }

    #[test]
    fn a_weekday_is_named_by_itself() {
        let names = || {
            (
                weekday(civil::Weekday::Sunday, false),
                weekday(civil::Weekday::Wednesday, true),
            )
        };
        assert_eq!(in_language("de", names), ("So".into(), "Mittwoch".into()));
        assert_eq!(names(), ("Sun".into(), "Wednesday".into()));
    }

    #[test]
    fn english_without_a_region_is_written_day_before_month_on_the_24_hour_clock() {
        assert_eq!(date(monday(), Style::WeekdayDate), "Mon, 7 Dec 2026");
        assert_eq!(time(civil::time(19, 5, 0, 0)), "19:05");
    }

    #[test]
    fn a_date_and_its_time_are_written_together() {
        let at = || date_time(monday().at(7, 30, 0, 0));
        assert_eq!(in_language("de", at), "Mo., 07.12.2026, 07:30");
        assert_eq!(at(), "Mon, 7 Dec 2026, 07:30");
    }
}
