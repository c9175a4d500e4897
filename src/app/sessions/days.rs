//! Days and sessions in words: which day a session was on, and a row of the list.

use jiff::civil::Date;

use super::view::Row;
use crate::history::SessionId;
use crate::progress::{LocalTime, SessionRecord};

/// The day `date` as a number: days since 1970-01-01.
pub fn day_number(date: Date) -> f64 {
    date.duration_since(Date::constant(1970, 1, 1))
        .as_secs_f64()
        / 86_400.0
}

/// The moment `at` on the person's calendar as a day number with the time of day as a fraction.
pub(super) fn local_day(at: LocalTime) -> f64 {
    (at.timestamp().as_second() + i64::from(at.offset().seconds())) as f64 / 86_400.0
}

/// The date of day number `day` (whole days since 1970-01-01).
#[expect(
    clippy::cast_possible_truncation,
    reason = "a finite number of days within ±3 million fits an i64"
)]
pub fn date_of_day(day: f64) -> Option<Date> {
    if !day.is_finite() || day.abs() > 3_000_000.0 {
        return None;
    }
    let days = day.floor() as i64;
    Date::constant(1970, 1, 1)
        .checked_add(jiff::Span::new().try_days(days).ok()?)
        .ok()
}

/// "today", "yesterday", "3 days ago", "on 3 March" (this year), "on 3 March 2024".
pub fn days_ago(date: Date, today: Date) -> String {
    let days = today.since(date).map_or(0, |span| span.get_days());
    match days {
        ..=0 => "today".to_owned(),
        1 => "yesterday".to_owned(),
        2..=13 => format!("{days} days ago"),
        _ if date.year() == today.year() => format!("on {}", date.strftime("%-d %B")),
        _ => format!("on {}", date.strftime("%-d %B %Y")),
    }
}

/// "Mon 3 Mar 2025, 08:30".
pub fn when(at: LocalTime) -> String {
    at.offset()
        .to_datetime(at.timestamp())
        .strftime("%a %-d %b %Y, %H:%M")
        .to_string()
}

pub(super) fn row(id: SessionId, record: &SessionRecord) -> Row {
    let when = when(record.started_at);
    let mut detail = match record.outcome {
        Some(outcome) => match (outcome.stopped_at(), record.stopped_step_name()) {
            (Some(step), Some(name)) => {
                format!("{} at step {} ({name})", outcome.words(), step + 1)
            }
            (Some(step), None) => format!("{} at step {}", outcome.words(), step + 1),
            (None, _) => outcome.words().to_owned(),
        },
        None => "Not finished".to_owned(),
    };
    detail.push_str(&format!(
        " · {} min · {} of {} holds",
        record.seconds.div_ceil(60),
        record.holds_done(),
        record.holds_planned()
    ));
    match (record.pain_before, record.pain_after) {
        (Some(before), Some(after)) => {
            detail.push_str(&format!(" · pain {before} before, {after} after"));
        }
        (Some(before), None) => detail.push_str(&format!(" · pain {before} before")),
        (None, Some(after)) => detail.push_str(&format!(" · pain {after} after")),
        (None, None) => {}
    }
    if let Some(effort) = record.effort {
        detail.push_str(&format!(" · {}", effort.words()));
    }
    Row {
        id,
        title: format!("{when} · {}", record.routine),
        detail,
        note: record.note.clone(),
        when,
    }
}
