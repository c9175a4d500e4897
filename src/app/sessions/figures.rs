//! The figures of the History screen: this week, streak, adherence, and the charts' points.

use std::collections::BTreeMap;
use std::sync::Arc;

use egui_plot::PlotPoint;
use jiff::civil::Date;

use super::days::{day_number, local_day};
use super::view::{HistoryView, Kept, Period, Rows, Schedules};
use super::{SINGLE_POINTS_DAYS, Snapshot};
use crate::progress::stats::{self, Week};
use crate::progress::{Pain, SessionRecord, Source};

/// Everything the History screen shows for `routine` (`None`: all) over `period` (starting
/// `first_day`), from every session in `snapshot`, `today` being the person's date.
pub(super) fn figures(
    snapshot: &Arc<Snapshot>,
    today: Date,
    first_day: Date,
    routine: Option<&str>,
    period: Period,
    schedules: &Schedules,
) -> HistoryView {
    let records = &snapshot.records;
    let mut routines: Vec<String> = Vec::new();
    for record in records.iter().rev() {
        if !routines.contains(&record.routine) {
            routines.push(record.routine.clone());
        }
    }
    routines.sort_by_key(|name| name.to_lowercase());
    let of_routine = move |r: &SessionRecord| routine.is_none_or(|name| r.routine == name);
    let chosen = || records.iter().filter(move |r| of_routine(r));
    let since = period.since(today);
    let in_period = move |r: &SessionRecord| since.is_none_or(|since| r.date() >= since);
    let shown: Vec<(&SessionRecord, usize)> = records
        .iter()
        .enumerate()
        .filter(|(_, r)| of_routine(r) && in_period(r))
        .map(|(i, r)| (r, i))
        .collect();

    let kept = kept(records, today, routine, schedules);
    let days_per_week = kept
        .iter()
        .map(|k| u8::try_from(k.schedule.days_per_week).unwrap_or(7))
        .min()
        .unwrap_or(7);
    let prescribed_per_week = (!kept.is_empty()).then(|| {
        kept.iter()
            .map(|k| f64::from(k.schedule.days_per_week * k.schedule.times_per_day))
            .sum()
    });

    let span = (day_number(first_day), day_number(today) + 1.0);
    let pain_weekly = span.1 - span.0 > SINGLE_POINTS_DAYS;
    let scores = |pain: fn(&SessionRecord) -> Option<Pain>| {
        let scored = shown.iter().filter_map(|(r, _)| Some((*r, pain(r)?)));
        if pain_weekly {
            weekly_points(scored)
        } else {
            scored
                .map(|(r, p)| PlotPoint::new(local_day(r.started_at), f64::from(p.get())))
                .collect()
        }
    };
    let paired = shown
        .iter()
        .filter_map(|(r, _)| Some((*r, r.pain_before?, r.pain_after?)));
    let pain_pairs: Vec<[PlotPoint; 2]> = if pain_weekly {
        let before = weekly_points(paired.clone().map(|(r, before, _)| (r, before)));
        let after = weekly_points(paired.map(|(r, _, after)| (r, after)));
        before.into_iter().zip(after).map(|(b, a)| [b, a]).collect()
    } else {
        paired
            .map(|(r, before, after)| {
                let x = local_day(r.started_at);
                [
                    PlotPoint::new(x, f64::from(before.get())),
                    PlotPoint::new(x, f64::from(after.get())),
                ]
            })
            .collect()
    };
    let average_of = |pain: fn(&SessionRecord) -> Option<Pain>| {
        let scores: Vec<f64> = shown
            .iter()
            .filter_map(|(r, _)| pain(r))
            .map(|p| f64::from(p.get()))
            .collect();
        let average =
            (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
        (scores.len(), average)
    };
    let (before_count, average_before) = average_of(|r| r.pain_before);
    let (after_count, average_after) = average_of(|r| r.pain_after);

    let weeks = stats::weekly(shown.iter().map(|(r, _)| *r), today);
    let minutes = weeks
        .iter()
        .map(|w| (week_middle(w.week), w.minutes()))
        .collect();
    let sessions_per_week = weeks
        .iter()
        .map(|w| (week_middle(w.week), w.sessions as f64))
        .collect();

    HistoryView {
        routine: routine.map(str::to_owned),
        period,
        today,
        span,
        routines,
        week: stats::this_week(chosen(), today),
        streak: stats::streak(chosen(), today, days_per_week),
        days_per_week,
        kept,
        pain_before: scores(|r| r.pain_before),
        pain_after: scores(|r| r.pain_after),
        pain_pairs,
        pain_weekly,
        pain_counts: (before_count, after_count),
        average_pain: (average_before, average_after),
        minutes,
        sessions_per_week,
        prescribed_per_week,
        rows: Rows {
            snapshot: Arc::clone(snapshot),
            shown: shown.iter().rev().map(|&(_, i)| i).collect(),
        },
    }
}

/// The middle of `week`, as a day number.
pub(super) fn week_middle(week: Week) -> f64 {
    day_number(week.monday()) + 3.5
}

/// One point per week that has scores: x the middle of the week, y their average.
pub(super) fn weekly_points<'a>(
    scored: impl Iterator<Item = (&'a SessionRecord, Pain)>,
) -> Vec<PlotPoint> {
    let mut weeks: BTreeMap<Week, (f64, u32)> = BTreeMap::new();
    for (record, pain) in scored {
        let (sum, n) = weeks.entry(Week::of(record.date())).or_default();
        *sum += f64::from(pain.get());
        *n += 1;
    }
    weeks
        .into_iter()
        .map(|(week, (sum, n))| PlotPoint::new(week_middle(week), sum / f64::from(n)))
        .collect()
}

/// Adherence for `routine`, or for every routine with a prescription done in the last 28 days,
/// from `records` (every session, oldest first).
pub(super) fn kept(
    records: &[SessionRecord],
    today: Date,
    routine: Option<&str>,
    schedules: &Schedules,
) -> Vec<Kept> {
    let four_weeks_ago = today.checked_sub(jiff::Span::new().days(27)).ok();
    // By name, the latest session's source telling which routine (and so which prescription).
    let mut latest: Vec<(&str, &Source)> = Vec::new();
    for record in records.iter().rev() {
        let wanted = match routine {
            Some(name) => record.routine == name,
            None => four_weeks_ago.is_none_or(|d| record.date() >= d),
        };
        if wanted && !latest.iter().any(|(name, _)| *name == record.routine) {
            latest.push((&record.routine, &record.source));
        }
    }
    latest.sort_by_key(|(name, _)| name.to_lowercase());
    latest
        .into_iter()
        .filter_map(|(name, source)| {
            let schedule = *schedules.get(source)?;
            let of = || records.iter().filter(move |r| r.routine == name);
            let days = u8::try_from(schedule.days_per_week).unwrap_or(7);
            let times = u8::try_from(schedule.times_per_day).unwrap_or(u8::MAX);
            Some(Kept {
                routine: name.to_owned(),
                schedule,
                week: stats::adherence(of(), today, 7, days, times),
                four_weeks: stats::adherence(of(), today, 28, days, times),
            })
        })
        .collect()
}
