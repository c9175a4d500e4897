//! What many sessions say: sessions and minutes per ISO week, this week at a glance, a streak
//! that forgives planned rest days, adherence to a prescription, and the flags a therapist acts
//! on.
//!
//! Every function takes the sessions to consider (filter them by routine or period first) in any
//! order, as a slice or any iterator of references (filtering copies nothing), and "today" as a
//! parameter. A session counts as done when
//! [`SessionRecord::counts_as_done`] says so; minutes count every session.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use jiff::SignedDuration;
use jiff::civil::{Date, ISOWeekDate, Weekday};

use super::{LocalTime, Pain, SessionRecord};

/// A pain score at or above this is flagged.
pub const HIGH_PAIN: u8 = 7;
/// Pain after higher than before by this much or more is flagged.
pub const PAIN_RISE: u8 = 2;
/// A week's average pain higher than the week before's by this much or more is flagged.
pub const WEEK_PAIN_RISE: f64 = 2.0;
/// Stopping early at the same step of the same routine this many times or more is flagged.
pub const REPEATED_STOPS: usize = 2;

/// An ISO 8601 week: Monday to Sunday, numbered within its ISO year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Week {
    /// The ISO week-numbering year (around New Year it can differ from the calendar year).
    pub year: i16,
    /// The week, 1 to 53.
    pub number: i8,
}

impl Week {
    /// The week `date` falls in.
    pub fn of(date: Date) -> Week {
        let iso = date.iso_week_date();
        Week {
            year: iso.year(),
            number: iso.week(),
        }
    }

    /// Its first day.
    pub fn monday(self) -> Date {
        ISOWeekDate::new(self.year, self.number, Weekday::Monday)
            .map(ISOWeekDate::date)
            .unwrap_or(Date::MIN)
    }

    /// The week after it.
    pub fn next(self) -> Week {
        Week::of(add_days(self.monday(), 7))
    }

    /// Its seven days, Monday first.
    pub fn days(self) -> [Date; 7] {
        let monday = self.monday();
        std::array::from_fn(|i| add_days(monday, i as i64))
    }
}

impl fmt::Display for Week {
    /// `2025-W09`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-W{:02}", self.year, self.number)
    }
}

/// One week of sessions.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekSummary {
    /// The week.
    pub week: Week,
    /// Sessions done.
    pub sessions: usize,
    /// Seconds spent in every session of the week, done or not.
    pub seconds: u64,
    /// The average of every pain score given that week (before and after), if any was.
    pub average_pain: Option<f64>,
}

impl WeekSummary {
    /// Minutes spent.
    pub fn minutes(&self) -> f64 {
        self.seconds as f64 / 60.0
    }
}

/// Every week from the first session's to today's, each once and in order, empty weeks
/// included (a chart's x axis). No sessions, no weeks. Sessions after today are left out.
pub fn weekly<'a, I>(sessions: I, today: Date) -> Vec<WeekSummary>
where
    I: IntoIterator<Item = &'a SessionRecord>,
    I::IntoIter: Clone,
{
    let sessions = sessions.into_iter();
    let past = || sessions.clone().filter(|s| s.date() <= today);
    let Some(first) = past().map(SessionRecord::date).min() else {
        return Vec::new();
    };
    let mut weeks = BTreeMap::new();
    let last = Week::of(today);
    let mut week = Week::of(first);
    while week <= last {
        weeks.insert(week, (0, 0, Vec::new()));
        week = week.next();
    }
    for session in past() {
        if let Some((done, seconds, pains)) = weeks.get_mut(&Week::of(session.date())) {
            *done += usize::from(session.counts_as_done());
            *seconds += session.seconds;
            pains.extend(pains_of(session));
        }
    }
    weeks
        .into_iter()
        .map(|(week, (sessions, seconds, pains))| WeekSummary {
            week,
            sessions,
            seconds,
            average_pain: average(&pains),
        })
        .collect()
}

/// One day of this week at a glance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    /// The day.
    pub date: Date,
    /// Sessions done that day.
    pub sessions: usize,
    /// Whether it is still to come.
    pub future: bool,
}

/// The seven days of today's week, Monday first, with the sessions done on each.
pub fn this_week<'a>(
    sessions: impl IntoIterator<Item = &'a SessionRecord>,
    today: Date,
) -> [Day; 7] {
    let per_day = done_per_day(sessions);
    Week::of(today).days().map(|date| Day {
        date,
        sessions: per_day.get(&date).copied().unwrap_or(0),
        future: date > today,
    })
}

/// A run of days with sessions, unbroken but for the rest days the prescription allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Streak {
    /// Days with a session done in the run (rest days are forgiven, not counted).
    pub days: u32,
    /// The first day done in the run.
    pub since: Option<Date>,
}

/// The streak that reaches today: going back day by day, a day with a session done adds one; a
/// day without is forgiven while that ISO week has missed no more than `7 - days_per_week` days
/// (`days_per_week` taken from 1 to 7); today without a session does not break it (the day is not
/// over).
pub fn streak<'a>(
    sessions: impl IntoIterator<Item = &'a SessionRecord>,
    today: Date,
    days_per_week: u8,
) -> Streak {
    let done: BTreeSet<Date> = done_per_day(sessions).into_keys().collect();
    let Some(&first) = done.first() else {
        return Streak::default();
    };
    let rest_days = 7 - days_per_week.clamp(1, 7);
    let mut missed: HashMap<Week, u8> = HashMap::new();
    let mut streak = Streak::default();
    let mut day = today;
    while day >= first {
        if done.contains(&day) {
            streak.days += 1;
            streak.since = Some(day);
        } else if day != today {
            let missed = missed.entry(Week::of(day)).or_default();
            if *missed >= rest_days {
                break;
            }
            *missed += 1;
        }
        day = add_days(day, -1);
    }
    streak
}

/// Sessions done in a period against sessions prescribed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Adherence {
    /// Sessions done, at most `times_per_day` counted on any one day (doing three on Sunday does
    /// not make up for the week).
    pub done: u32,
    /// Sessions prescribed in the period.
    pub expected: u32,
}

impl Adherence {
    /// Done as a fraction of expected (1.0 is all of them); `None` when nothing was expected.
    pub fn fraction(self) -> Option<f64> {
        (self.expected > 0).then(|| f64::from(self.done) / f64::from(self.expected))
    }
}

/// Adherence over the last `days` days, today included, to a prescription of `times_per_day`
/// sessions on `days_per_week` days a week: `days_per_week × times_per_day × days / 7` expected,
/// rounded to the nearest session (exact for 7 and 28 days).
pub fn adherence<'a>(
    sessions: impl IntoIterator<Item = &'a SessionRecord>,
    today: Date,
    days: u16,
    days_per_week: u8,
    times_per_day: u8,
) -> Adherence {
    let from = add_days(today, 1 - i64::from(days));
    let per_day = done_per_day(sessions);
    let done = per_day
        .range(from..=today)
        .map(|(_, &n)| {
            u32::try_from(n)
                .unwrap_or(u32::MAX)
                .min(times_per_day.into())
        })
        .sum();
    let prescribed = u32::from(days_per_week.min(7)) * u32::from(times_per_day) * u32::from(days);
    Adherence {
        done,
        expected: (prescribed * 2 + 7) / 14,
    }
}

/// When a pain score was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PainWhen {
    /// Before the session.
    Before,
    /// After the session.
    After,
}

/// Something a therapist should look at.
#[derive(Debug, Clone, PartialEq)]
pub enum Flag {
    /// A pain score of [`HIGH_PAIN`] or more.
    HighPain {
        /// The session, by index into the sessions given.
        session: usize,
        /// When it started.
        at: LocalTime,
        /// The score.
        pain: Pain,
        /// Before or after.
        when: PainWhen,
    },
    /// Pain after higher than before by [`PAIN_RISE`] or more.
    PainRose {
        /// The session, by index into the sessions given.
        session: usize,
        /// When it started.
        at: LocalTime,
        /// Pain before.
        before: Pain,
        /// Pain after.
        after: Pain,
    },
    /// A week's average pain up by [`WEEK_PAIN_RISE`] or more on the week just before.
    WeekPainRose {
        /// The week.
        week: Week,
        /// Its average pain.
        average: f64,
        /// The week before's.
        previous: f64,
    },
    /// The same step of the same routine stopped at [`REPEATED_STOPS`] times or more.
    RepeatedStops {
        /// The routine's name.
        routine: String,
        /// The step, by index (from 0).
        step: usize,
        /// The step's name, as in the latest of these sessions.
        step_name: String,
        /// How many times.
        times: usize,
        /// The latest of these sessions.
        last: LocalTime,
    },
}

/// Every flag in `sessions`: first those of single sessions in time order, then weeks in order,
/// then repeated stops by routine and step.
pub fn flags(sessions: &[SessionRecord]) -> Vec<Flag> {
    let mut order: Vec<usize> = (0..sessions.len()).collect();
    order.sort_by_key(|&i| sessions[i].started_at);
    let mut flags = Vec::new();
    for &i in &order {
        let s = &sessions[i];
        for (pain, when) in [
            (s.pain_before, PainWhen::Before),
            (s.pain_after, PainWhen::After),
        ] {
            if let Some(pain) = pain.filter(|p| p.get() >= HIGH_PAIN) {
                flags.push(Flag::HighPain {
                    session: i,
                    at: s.started_at,
                    pain,
                    when,
                });
            }
        }
        if let (Some(before), Some(after)) = (s.pain_before, s.pain_after)
            && after.get() >= before.get() + PAIN_RISE
        {
            flags.push(Flag::PainRose {
                session: i,
                at: s.started_at,
                before,
                after,
            });
        }
    }

    let mut pains_per_week: BTreeMap<Week, Vec<Pain>> = BTreeMap::new();
    for s in sessions {
        pains_per_week
            .entry(Week::of(s.date()))
            .or_default()
            .extend(pains_of(s));
    }
    let averages: BTreeMap<Week, f64> = pains_per_week
        .iter()
        .filter_map(|(&week, pains)| Some((week, average(pains)?)))
        .collect();
    for (&week, &average) in &averages {
        let previous_week = Week::of(add_days(week.monday(), -7));
        if let Some(&previous) = averages.get(&previous_week)
            && average - previous >= WEEK_PAIN_RISE
        {
            flags.push(Flag::WeekPainRose {
                week,
                average,
                previous,
            });
        }
    }

    let mut stops: BTreeMap<(&str, usize), Vec<usize>> = BTreeMap::new();
    for &i in &order {
        if let Some(step) = sessions[i].outcome.and_then(super::Outcome::stopped_at) {
            stops
                .entry((sessions[i].routine.as_str(), step))
                .or_default()
                .push(i);
        }
    }
    for ((routine, step), found) in stops {
        let Some(&last) = found.last() else { continue };
        if found.len() >= REPEATED_STOPS {
            flags.push(Flag::RepeatedStops {
                routine: routine.to_owned(),
                step,
                step_name: sessions[last]
                    .stopped_step_name()
                    .unwrap_or_default()
                    .to_owned(),
                times: found.len(),
                last: sessions[last].started_at,
            });
        }
    }
    flags
}

fn pains_of(session: &SessionRecord) -> impl Iterator<Item = Pain> {
    session.pain_before.into_iter().chain(session.pain_after)
}

fn average(pains: &[Pain]) -> Option<f64> {
    (!pains.is_empty())
        .then(|| pains.iter().map(|p| f64::from(p.get())).sum::<f64>() / pains.len() as f64)
}

fn done_per_day<'a>(
    sessions: impl IntoIterator<Item = &'a SessionRecord>,
) -> BTreeMap<Date, usize> {
    let mut per_day = BTreeMap::new();
    for session in sessions.into_iter().filter(|s| s.counts_as_done()) {
        *per_day.entry(session.date()).or_default() += 1;
    }
    per_day
}

fn add_days(date: Date, days: i64) -> Date {
    date.checked_add(SignedDuration::from_hours(24 * days))
        .unwrap_or(if days < 0 { Date::MIN } else { Date::MAX })
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;
    use jiff::tz::Offset;

    use super::super::{Effort, Outcome, RoutineHash, Source, StepHolds};
    use super::*;

    fn day(y: i16, m: i8, d: i8) -> Date {
        Date::constant(y, m, d)
    }

    /// A session started at 08:00 (+01:00) on `date`.
    fn session(date: Date, outcome: Outcome) -> SessionRecord {
        let noon_utc = date.to_datetime(jiff::civil::Time::constant(7, 0, 0, 0));
        let at = Offset::UTC
            .to_timestamp(noon_utc)
            .unwrap_or(Timestamp::UNIX_EPOCH);
        SessionRecord {
            routine: "Back".to_owned(),
            source: Source::Bundled("back".to_owned()),
            routine_hash: RoutineHash::of(b"back"),
            started_at: LocalTime::new(at, Offset::from_hours(1).unwrap()),
            ended_at: None,
            outcome: Some(outcome),
            seconds: 600,
            holds: vec![
                StepHolds {
                    step: 0,
                    name: "Psoas".to_owned(),
                    side: None,
                    planned: 2,
                    done: 2,
                },
                StepHolds {
                    step: 1,
                    name: "Hamstring".to_owned(),
                    side: None,
                    planned: 2,
                    done: if outcome == Outcome::Completed { 2 } else { 0 },
                },
            ],
            pain_before: None,
            pain_after: None,
            effort: Some(Effort::AboutRight),
            note: String::new(),
        }
    }

    fn done(date: Date) -> SessionRecord {
        session(date, Outcome::Completed)
    }

    fn with_pain(mut s: SessionRecord, before: u8, after: u8) -> SessionRecord {
        s.pain_before = Some(Pain::new(before).unwrap());
        s.pain_after = Some(Pain::new(after).unwrap());
        s
    }

    #[test]
    fn weeks_are_iso_weeks_across_the_new_year() {
        // 2024-12-30 is the Monday of 2025-W01.
        assert_eq!(
            Week::of(day(2024, 12, 31)),
            Week {
                year: 2025,
                number: 1
            }
        );
        assert_eq!(Week::of(day(2021, 1, 3)).to_string(), "2020-W53");
        assert_eq!(Week::of(day(2025, 3, 6)).monday(), day(2025, 3, 3));
        assert_eq!(Week::of(day(2020, 12, 31)).next().to_string(), "2021-W01");
    }

    #[test]
    fn sessions_and_minutes_per_week_with_empty_weeks_between() {
        let sessions = [
            done(day(2025, 3, 4)),
            done(day(2025, 3, 5)),
            session(day(2025, 3, 6), Outcome::Stopped { step: 1 }), // half its holds: counts
            session(day(2025, 3, 7), Outcome::Interrupted),
            done(day(2025, 3, 19)),
            done(day(2025, 4, 30)), // after today: left out
        ];
        let mut few = sessions[3].clone();
        few.holds[0].done = 1;
        let mut sessions = sessions.to_vec();
        sessions[3] = few; // 1 of 4 holds: does not count, but its minutes do
        let weeks = weekly(&sessions, day(2025, 3, 24));
        let summary: Vec<_> = weeks
            .iter()
            .map(|w| (w.week.to_string(), w.sessions, w.minutes()))
            .collect();
        assert_eq!(
            summary,
            [
                ("2025-W10".to_owned(), 3, 40.0),
                ("2025-W11".to_owned(), 0, 0.0),
                ("2025-W12".to_owned(), 1, 10.0),
                ("2025-W13".to_owned(), 0, 0.0),
            ]
        );
        assert!(weekly(&[], day(2025, 3, 24)).is_empty());
    }

    #[test]
    fn this_week_shows_which_days_were_done() {
        let sessions = [
            done(day(2025, 3, 2)), // the Sunday before
            done(day(2025, 3, 3)),
            done(day(2025, 3, 3)),
            done(day(2025, 3, 5)),
        ];
        let week = this_week(&sessions, day(2025, 3, 5));
        let marks: Vec<_> = week.iter().map(|d| (d.sessions, d.future)).collect();
        assert_eq!(
            marks,
            [
                (2, false),
                (0, false),
                (1, false),
                (0, true),
                (0, true),
                (0, true),
                (0, true)
            ]
        );
        assert_eq!(week[0].date, day(2025, 3, 3));
    }

    #[test]
    fn a_streak_forgives_the_rest_days_the_prescription_plans() {
        // Five days a week: Monday to Friday done for two weeks, weekends off.
        let weekdays: Vec<_> = [3, 4, 5, 6, 7, 10, 11, 12, 13, 14]
            .into_iter()
            .map(|d| done(day(2025, 3, d)))
            .collect();
        let monday = day(2025, 3, 17);
        let five = streak(&weekdays, monday, 5);
        assert_eq!(five.days, 10, "today not done yet does not break it");
        assert_eq!(five.since, Some(day(2025, 3, 3)));
        assert_eq!(streak(&weekdays, monday, 7).days, 0, "every day prescribed");
        // A third day missed in a week breaks it.
        let mut missing = weekdays.clone();
        missing.retain(|s| s.date() != day(2025, 3, 12));
        let broken = streak(&missing, monday, 5);
        assert_eq!((broken.days, broken.since), (2, Some(day(2025, 3, 13))));
        // Six days a week allows one rest day.
        assert_eq!(streak(&weekdays, day(2025, 3, 14), 6).days, 5);
        assert_eq!(streak(&[], monday, 5), Streak::default());
        // A stopped session with few holds does not keep a streak.
        let mut stopped = session(day(2025, 3, 18), Outcome::Stopped { step: 0 });
        stopped.holds[0].done = 0;
        assert_eq!(streak(&[stopped], day(2025, 3, 18), 7).days, 0);
    }

    #[test]
    fn adherence_over_7_and_28_days() {
        let today = day(2025, 3, 28);
        let mut sessions: Vec<_> = (1..=28).map(|d| done(day(2025, 3, d))).collect();
        // Three on one day count as two when two a day are prescribed.
        sessions.extend([done(today), done(today)]);
        let week = adherence(&sessions, today, 7, 5, 2);
        assert_eq!(
            week,
            Adherence {
                done: 8,
                expected: 10
            }
        );
        assert_eq!(week.fraction(), Some(0.8));
        let four = adherence(&sessions, today, 28, 5, 1);
        assert_eq!((four.done, four.expected), (28, 20));
        let none = adherence(&[], today, 28, 3, 1);
        assert_eq!((none.done, none.expected), (0, 12));
        assert_eq!(adherence(&[], today, 7, 0, 1).fraction(), None);
        // The window starts 6 days before today.
        let edge = [done(day(2025, 3, 21)), done(day(2025, 3, 22))];
        assert_eq!(adherence(&edge, today, 7, 7, 1).done, 1);
    }

    #[test]
    fn flags_a_therapist_acts_on() {
        let sessions = vec![
            with_pain(done(day(2025, 3, 3)), 2, 2),
            with_pain(done(day(2025, 3, 4)), 3, 5), // rose by 2
            with_pain(done(day(2025, 3, 10)), 7, 6), // high before; W11 average 5.5 vs 3
            with_pain(done(day(2025, 3, 11)), 4, 5),
            session(day(2025, 3, 12), Outcome::Stopped { step: 1 }),
            session(day(2025, 3, 20), Outcome::Stopped { step: 1 }),
            session(day(2025, 3, 21), Outcome::Stopped { step: 0 }),
        ];
        let found = flags(&sessions);
        assert_eq!(found.len(), 4, "{found:#?}");
        assert!(matches!(
            found[0],
            Flag::PainRose { session: 1, before, after, .. } if before.get() == 3 && after.get() == 5
        ));
        assert!(matches!(
            found[1],
            Flag::HighPain { session: 2, when: PainWhen::Before, pain, .. } if pain.get() == 7
        ));
        let Flag::WeekPainRose {
            week,
            average,
            previous,
        } = found[2]
        else {
            panic!("{found:#?}");
        };
        assert_eq!(
            (week.to_string(), average, previous),
            ("2025-W11".to_owned(), 5.5, 3.0)
        );
        let Flag::RepeatedStops {
            routine,
            step,
            step_name,
            times,
            last,
        } = &found[3]
        else {
            panic!("{found:#?}");
        };
        assert_eq!(
            (routine.as_str(), *step, step_name.as_str(), *times),
            ("Back", 1, "Hamstring", 2)
        );
        assert_eq!(last.date(), day(2025, 3, 20));
    }

    #[test]
    fn no_flags_below_the_thresholds() {
        let sessions = [
            with_pain(done(day(2025, 3, 3)), 6, 6),
            with_pain(done(day(2025, 3, 4)), 5, 6),
            with_pain(done(day(2025, 3, 17)), 9, 3), // two weeks later: no week before to compare
            session(day(2025, 3, 18), Outcome::Stopped { step: 1 }),
        ];
        let found = flags(&sessions);
        assert!(
            found
                .iter()
                .all(|f| matches!(f, Flag::HighPain { session: 2, .. })),
            "{found:#?}"
        );
    }
}
