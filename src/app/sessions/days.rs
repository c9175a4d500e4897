//! Days and sessions in words: which day a session was on, and a row of the list.

use jiff::civil::Date;

use super::view::Row;
use crate::dates::{self, Style};
use crate::history::SessionId;
use crate::progress::{LocalTime, Outcome, SessionRecord};
use crate::tr;

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
    let days = today.since(date).map_or(0, |span| span.get_days()).max(0);
    match days {
        0..=13 => tr!("days-ago", days = days),
        _ => {
            let style = if date.year() == today.year() {
                Style::DayMonthLong
            } else {
                Style::DayMonthYearLong
            };
            tr!("days-ago-on", date = dates::date(date, style))
        }
    }
}

/// When a session began, with its weekday and time, as the language writes them.
pub fn when(at: LocalTime) -> String {
    dates::date_time(at.offset().to_datetime(at.timestamp()))
}

/// How a session ended, in words: "Completed", "Stopped early at step 3 (Bench)".
pub fn outcome_words(record: &SessionRecord) -> String {
    match record.outcome {
        Some(outcome @ Outcome::Stopped { .. }) => {
            match (outcome.stopped_at(), record.stopped_step_name()) {
                (Some(step), Some(name)) => {
                    let step = step + 1;
                    tr!("session-stopped-at-named", step = step, name = name)
                }
                (Some(step), None) => {
                    let step = step + 1;
                    tr!("session-stopped-at", step = step)
                }
                (None, _) => tr!("session-stopped"),
            }
        }
        Some(Outcome::Completed) => tr!("session-completed"),
        Some(Outcome::Shortened) => tr!("session-shortened"),
        Some(Outcome::Interrupted) => tr!("session-interrupted"),
        None => tr!("session-not-finished"),
    }
}

/// A session as a row of the list.
pub(super) fn row(id: SessionId, record: &SessionRecord) -> Row {
    let when = when(record.started_at);
    let (done, planned) = (record.holds_done(), record.holds_planned());
    let mut facts = vec![
        outcome_words(record),
        // What it played, to the second: a session of 18 s is not "1 min".
        crate::details::duration(std::time::Duration::from_secs(record.seconds)),
        tr!("session-holds", done = done, planned = planned),
    ];
    match (
        record.pain_before.map(crate::progress::Pain::get),
        record.pain_after.map(crate::progress::Pain::get),
    ) {
        (Some(before), Some(after)) => {
            facts.push(tr!("session-pain-both", before = before, after = after));
        }
        (Some(before), None) => facts.push(tr!("session-pain-before", before = before)),
        (None, Some(after)) => facts.push(tr!("session-pain-after", after = after)),
        (None, None) => {}
    }
    if let Some(effort) = record.effort {
        facts.push(crate::details::effort_words(effort));
    }
    Row {
        id,
        title: format!("{when} · {}", record.routine),
        detail: facts.join(" · "),
        note: record.note.clone(),
        when,
    }
}
