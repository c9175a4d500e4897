//! The therapist's report: one self-contained printable HTML page about a period of the client's
//! sessions.
//!
//! The page says the period; what to look at, in the order a therapist acts on it ([`LookAt`]:
//! red flags first, newest first, among them notes with words such as "sharp" or "numb" in any
//! language, [`crate::alarm`]; then trends; then earlier sessions with pain flags, by routine); a chart
//! of pain before and after each session over the period, each session's pair joined (inline
//! SVG, no script); for each routine, the sessions done week by week against its prescription
//! ([`Schedule`]); and the client's notes with the pain before and after each. Like the handout, it prints on A4 and Letter alike (margins, no paper size) in
//! black on white, and sets nothing a browser would fetch.
//!
//! Everything comes in as data ([`Input`]): the sessions, the period and today are given, so the
//! page is the same for the same sessions whenever it is made.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use jiff::civil::Date;
use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::dates::{self, Style};
use crate::numbers::decimal;
use crate::progress::stats::{self, Flag, PainWhen, Week};
use crate::progress::{LocalTime, Outcome, Pain, SessionRecord};
use crate::routine::Schedule;
use crate::tr;

/// The days a report covers, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// The first day.
    pub from: Date,
    /// The last day (today, most often).
    pub to: Date,
}

impl Period {
    /// How many days it has (at least one).
    pub fn days(self) -> i64 {
        (self.to - self.from).get_days().max(0) as i64 + 1
    }

    /// Whether `date` is in it.
    pub fn contains(self, date: Date) -> bool {
        self.from <= date && date <= self.to
    }
}

/// What a report is made from.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The sessions (any order; those outside the period are left out).
    pub sessions: &'a [SessionRecord],
    /// The days it covers.
    pub period: Period,
    /// The prescription of each routine, by the routine's name, where it is known (the routine
    /// file says it).
    pub schedules: &'a HashMap<String, Schedule>,
    /// The routine the report is limited to, if it is.
    pub routine: Option<&'a str>,
}

/// The report as one HTML document.
pub fn render(input: &Input<'_>) -> String {
    let Input {
        sessions,
        period,
        schedules,
        routine,
    } = *input;
    let mut sessions: Vec<SessionRecord> = sessions
        .iter()
        .filter(|s| period.contains(s.date()))
        .cloned()
        .collect();
    sessions.sort_by_key(|s| s.started_at);
    let mut by_routine: BTreeMap<&str, Vec<SessionRecord>> = BTreeMap::new();
    for session in &sessions {
        by_routine
            .entry(session.routine.as_str())
            .or_default()
            .push(session.clone());
    }
    let look_at = LookAt::of(&sessions);
    let noted: Vec<&SessionRecord> = sessions.iter().filter(|s| !s.note.is_empty()).collect();
    let title = match routine {
        Some(name) => tr!("report-title-routine", routine = name),
        None => tr!("report-title"),
    };
    let (from, to, days) = (long_date(period.from), long_date(period.to), period.days());
    let (high, rise, week_rise) = (stats::HIGH_PAIN, stats::PAIN_RISE, stats::WEEK_PAIN_RISE);
    let page = html! {
        (DOCTYPE)
        html lang=(crate::l10n::language()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content="stretch-timer";
                title { (title) }
                style { (PreEscaped(crate::handout::PRINT_BASE_CSS)) (PreEscaped(CSS)) }
            }
            body {
                header {
                    h1 { (title) }
                    p.period {
                        (marked(tr!("report-period", from = escaped(&from), to = escaped(&to), days = days)))
                    }
                    p { (summary(&sessions)) }
                }
                section.flags aria-label=(tr!("report-look-at")) {
                    h2 { (tr!("report-look-at")) }
                    @if look_at.is_empty() {
                        p {
                            (tr!("report-nothing-to-flag", high = high, rise = rise, week_rise = week_rise))
                        }
                    } @else {
                        @for (heading, items) in look_at.groups() {
                            h3 { (heading) }
                            ul { @for item in items { li { (item) } } }
                        }
                    }
                }
                section.pain aria-label=(tr!("report-pain-section")) {
                    h2 { (tr!("report-pain-heading")) }
                    (pain_chart(&sessions, period))
                }
                @for (name, of_routine) in &by_routine {
                    (routine_section(name, of_routine, schedules.get(*name).copied(), period))
                }
                @if by_routine.is_empty() {
                    p { (tr!("report-no-sessions")) }
                }
                section.notes aria-label=(tr!("report-notes-section")) {
                    h2 { (tr!("report-notes-heading")) }
                    @if noted.is_empty() {
                        p { (tr!("report-no-notes")) }
                    } @else {
                        table {
                            thead {
                                tr {
                                    th { (tr!("report-date")) }
                                    th { (tr!("report-routine")) }
                                    th.n { (tr!("report-note-pain")) }
                                    th { (tr!("report-note")) }
                                }
                            }
                            tbody {
                                @for s in &noted {
                                    tr {
                                        td.date { (short_date(s.date())) }
                                        td { (s.routine) }
                                        td.n.pain { (pain_pair(s)) }
                                        td.note { (s.note) }
                                    }
                                }
                            }
                        }
                    }
                }
                footer { (tr!("report-footer")) }
            }
        }
    };
    page.into_string()
}

/// A session, by when it started and its place among the sessions: in a map, newest first.
type Newest = Reverse<(LocalTime, usize)>;

/// How many sessions with pain of [`stats::HIGH_PAIN`] or more, or a rise of
/// [`stats::PAIN_RISE`] or more, the red flags name one by one, newest first; those before are
/// grouped by routine under "earlier". Notes with alarming words are always named.
pub const PAIN_LISTED: usize = 6;

/// What was red about a session's pain.
#[derive(Debug, Default)]
struct PainFlags {
    /// High pain before.
    before: Option<u8>,
    /// High pain after.
    after: Option<u8>,
    /// Pain before and after, where it rose.
    rose: Option<(u8, u8)>,
}

/// The report's first box, in the order a therapist acts on it: red flags (words in a note that
/// can mean a nerve is involved; pain that rose during a session, or high pain, in the newest
/// [`PAIN_LISTED`] such sessions), newest first; then trends (weeks whose pain rose, a step
/// stopped at again and again); then the earlier sessions with pain flags, a line per routine.
#[derive(Debug, Default)]
pub struct LookAt {
    /// One line a session: alarming words in its note, pain that rose, or high pain.
    pub red: Vec<String>,
    /// Weekly pain rising, newest first; repeated stops, most often first.
    pub trends: Vec<String>,
    /// Pain flags before the sessions the red flags list, by routine.
    pub earlier: Vec<String>,
}

impl LookAt {
    /// What `sessions` (oldest first) give a therapist to look at.
    pub fn of(sessions: &[SessionRecord]) -> LookAt {
        let flags = stats::flags(sessions);
        // By session, newest first: what is red about it.
        let mut red: BTreeMap<Newest, Vec<String>> = BTreeMap::new();
        // The pain flags of each session: high before, high after, and the rise (before, after).
        let mut pained: BTreeMap<Newest, PainFlags> = BTreeMap::new();
        for flag in &flags {
            match flag {
                Flag::HighPain {
                    session,
                    at,
                    pain,
                    when,
                } => {
                    let pains = pained.entry(Reverse((*at, *session))).or_default();
                    match when {
                        PainWhen::Before => pains.before = Some(pain.get()),
                        PainWhen::After => pains.after = Some(pain.get()),
                    }
                }
                Flag::PainRose {
                    session,
                    at,
                    before,
                    after,
                } => {
                    pained.entry(Reverse((*at, *session))).or_default().rose =
                        Some((before.get(), after.get()));
                }
                Flag::WeekPainRose { .. } | Flag::RepeatedStops { .. } => {}
            }
        }
        for (i, s) in sessions.iter().enumerate() {
            let words = crate::alarm::found_in(&s.note);
            if words.is_empty() {
                continue;
            }
            let quoted: Vec<String> = words
                .iter()
                .map(|w| tr!("report-quoted", words = w.as_str()))
                .collect();
            let (date, routine, note) = (short_date(s.date()), s.routine.as_str(), s.note.as_str());
            let words = quoted.join(", ");
            let said = tr!(
                "report-flag-note",
                date = date,
                words = words,
                routine = routine,
                note = note
            );
            red.entry(Reverse((s.started_at, i)))
                .or_default()
                .insert(0, said);
        }
        let mut earlier: BTreeMap<&str, Vec<(LocalTime, u8)>> = BTreeMap::new();
        for (n, (key, pains)) in pained.into_iter().enumerate() {
            let Reverse((at, i)) = key;
            let Some(session) = sessions.get(i) else {
                continue;
            };
            if n >= PAIN_LISTED {
                let highest = [pains.before, pains.after, pains.rose.map(|(_, a)| a)]
                    .into_iter()
                    .flatten()
                    .max()
                    .unwrap_or_default();
                earlier
                    .entry(session.routine.as_str())
                    .or_default()
                    .push((at, highest));
                continue;
            }
            let (date, routine) = (short_date(at.date()), session.routine.as_str());
            // A rise says the pain after too; high pain is said where nothing rose.
            let said = match (pains.rose, pains.before, pains.after) {
                (Some((before, after)), _, _) => tr!(
                    "report-flag-pain-rose",
                    date = date,
                    before = before,
                    after = after,
                    routine = routine
                ),
                (None, Some(before), Some(after)) => tr!(
                    "report-flag-high-both",
                    date = date,
                    before = before,
                    after = after,
                    routine = routine
                ),
                (None, Some(pain), None) => tr!(
                    "report-flag-high-before",
                    date = date,
                    pain = pain,
                    routine = routine
                ),
                (None, None, Some(pain)) => tr!(
                    "report-flag-high-after",
                    date = date,
                    pain = pain,
                    routine = routine
                ),
                (None, None, None) => continue,
            };
            red.entry(key).or_default().push(said);
        }
        let mut weeks: Vec<&Flag> = flags
            .iter()
            .filter(|f| matches!(f, Flag::WeekPainRose { .. }))
            .collect();
        weeks.reverse();
        let mut stops: Vec<&Flag> = flags
            .iter()
            .filter(|f| matches!(f, Flag::RepeatedStops { .. }))
            .collect();
        stops.sort_by_key(|f| match f {
            Flag::RepeatedStops { times, .. } => Reverse(*times),
            _ => Reverse(0),
        });
        LookAt {
            red: red.into_values().map(|said| said.join(" ")).collect(),
            trends: weeks
                .into_iter()
                .chain(stops)
                .map(|f| flag_words(f, sessions))
                .collect(),
            earlier: earlier
                .into_iter()
                .map(|(routine, found)| {
                    let count = found.len();
                    let from = found.iter().map(|(at, _)| *at).min();
                    let to = found.iter().map(|(at, _)| *at).max();
                    let highest = found.iter().map(|(_, p)| *p).max().unwrap_or_default();
                    let (from, to) = (
                        from.map(|at| short_date(at.date())).unwrap_or_default(),
                        to.map(|at| short_date(at.date())).unwrap_or_default(),
                    );
                    let (high, rise) = (stats::HIGH_PAIN, stats::PAIN_RISE);
                    tr!(
                        "report-flag-pain-earlier",
                        routine = routine,
                        high = high,
                        rise = rise,
                        count = count,
                        from = from,
                        to = to,
                        highest = highest
                    )
                })
                .collect(),
        }
    }

    /// Whether there is nothing to look at.
    pub fn is_empty(&self) -> bool {
        self.red.is_empty() && self.trends.is_empty() && self.earlier.is_empty()
    }

    /// Each group that has something, with its heading, in order.
    pub fn groups(&self) -> Vec<(String, &[String])> {
        [
            (tr!("report-red-flags"), &self.red[..]),
            (tr!("report-trends"), &self.trends[..]),
            (tr!("report-earlier"), &self.earlier[..]),
        ]
        .into_iter()
        .filter(|(_, items)| !items.is_empty())
        .collect()
    }
}

/// A session's pain before and after, as a pair: "5 → 7", "5 → –", "– → 3", or "–".
fn pain_pair(s: &SessionRecord) -> String {
    let said = |p: Option<Pain>| p.map_or_else(|| "–".to_owned(), |p| p.get().to_string());
    match (s.pain_before, s.pain_after) {
        (None, None) => "–".to_owned(),
        (before, after) => format!("{} → {}", said(before), said(after)),
    }
}

/// "14 sessions: 10 completed, 1 shortened by skipping, 2 stopped early, 1 interrupted."
fn summary(sessions: &[SessionRecord]) -> String {
    let count = |outcome: fn(&Outcome) -> bool| {
        sessions
            .iter()
            .filter(|s| s.outcome.as_ref().is_some_and(outcome))
            .count()
    };
    let completed = count(|o| matches!(o, Outcome::Completed));
    let shortened = count(|o| matches!(o, Outcome::Shortened));
    let stopped = count(|o| matches!(o, Outcome::Stopped { .. }));
    let interrupted = count(|o| matches!(o, Outcome::Interrupted));
    if sessions.is_empty() {
        return tr!("report-summary-none");
    }
    let count = sessions.len();
    tr!(
        "report-summary",
        sessions = count,
        completed = completed,
        shortened = shortened,
        stopped = stopped,
        interrupted = interrupted
    )
}

/// A flag as a therapist reads it.
pub fn flag_words(flag: &Flag, sessions: &[SessionRecord]) -> String {
    let routine = |i: usize| sessions.get(i).map_or("", |s| s.routine.as_str());
    match flag {
        Flag::HighPain {
            session,
            at,
            pain,
            when,
        } => {
            let (date, pain, routine) = (short_date(at.date()), pain.get(), routine(*session));
            match when {
                PainWhen::Before => {
                    tr!(
                        "report-flag-high-before",
                        date = date,
                        pain = pain,
                        routine = routine
                    )
                }
                PainWhen::After => {
                    tr!(
                        "report-flag-high-after",
                        date = date,
                        pain = pain,
                        routine = routine
                    )
                }
            }
        }
        Flag::PainRose {
            session,
            at,
            before,
            after,
        } => {
            let (date, before, after) = (short_date(at.date()), before.get(), after.get());
            let routine = routine(*session);
            tr!(
                "report-flag-pain-rose",
                date = date,
                before = before,
                after = after,
                routine = routine
            )
        }
        Flag::WeekPainRose {
            week,
            average,
            previous,
        } => {
            let week = short_date(week.monday());
            let (average, previous) = (decimal(*average, 1), decimal(*previous, 1));
            tr!(
                "report-flag-week-rose",
                week = week,
                average = average,
                previous = previous
            )
        }
        Flag::RepeatedStops {
            routine,
            step,
            step_name,
            times,
            last,
        } => {
            let (step, last, name) = (step + 1, short_date(last.date()), step_name.as_str());
            let (routine, times) = (routine.as_str(), *times);
            tr!(
                "report-flag-stops",
                routine = routine,
                times = times,
                step = step,
                name = name,
                last = last
            )
        }
    }
}

/// One routine: its prescription, how much of it was done, and its weeks.
fn routine_section(
    name: &str,
    sessions: &[SessionRecord],
    schedule: Option<Schedule>,
    period: Period,
) -> Markup {
    let weeks = weeks(sessions, period);
    let done = sessions.iter().filter(|s| s.counts_as_done()).count();
    let adherence = schedule.map(|s| {
        stats::adherence(
            sessions,
            period.to,
            u16::try_from(period.days()).unwrap_or(u16::MAX),
            u8::try_from(s.days_per_week).unwrap_or(7),
            u8::try_from(s.times_per_day).unwrap_or(u8::MAX),
        )
    });
    html! {
        section.routine {
            h2 { (name) }
            p {
                @match schedule {
                    Some(s) => {
                        (tr!("report-prescribed", prescription = prescription_words(s))) " "
                        @if let Some(a) = adherence {
                            (marked(adherence_words(a)))
                        }
                    }
                    None => {
                        (tr!("report-no-prescription", done = done))
                    }
                }
            }
            table.weeks {
                thead {
                    tr {
                        th { (tr!("report-week-of")) }
                        th.n { (tr!("report-done")) }
                        @if schedule.is_some() { th.n { (tr!("report-prescribed-column")) } }
                        th.n { (tr!("report-minutes")) }
                        th.n { (tr!("report-average-pain")) }
                    }
                }
                tbody {
                    @for w in &weeks {
                        tr {
                            td.date { (short_date(w.week.monday())) }
                            td.n { (w.sessions) }
                            @if let Some(s) = schedule { td.n { (s.sessions_per_week()) } }
                            td.n { (format!("{:.0}", w.minutes())) }
                            td.n {
                                @match w.average_pain {
                                    Some(p) => (decimal(p, 1)),
                                    None => "–",
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// "Done <strong>8 of 10</strong> prescribed sessions (80%)."
fn adherence_words(a: stats::Adherence) -> String {
    let (done, expected) = (a.done, a.expected);
    match a.fraction().map(|f| decimal(f * 100.0, 0)) {
        Some(percent) => tr!(
            "report-done-of-percent",
            done = done,
            expected = expected,
            percent = percent
        ),
        None => tr!("report-done-of", done = done, expected = expected),
    }
}

/// "5 days a week, twice a day (10 sessions a week)"
pub fn prescription_words(schedule: Schedule) -> String {
    let (days, times, sessions) = (
        schedule.days_per_week,
        schedule.times_per_day,
        schedule.sessions_per_week(),
    );
    tr!(
        "report-prescription",
        days = days,
        times = times,
        sessions = sessions
    )
}

/// A message whose `<strong>` marks are kept as marks: its arguments were [`escaped`].
fn marked(message: String) -> PreEscaped<String> {
    PreEscaped(message)
}

/// Text made safe to put into a [`marked`] message.
fn escaped(text: &str) -> String {
    html! { (text) }.into_string()
}

/// Every ISO week that overlaps the period, in order, with the sessions of each (weeks without
/// any included).
pub fn weeks(sessions: &[SessionRecord], period: Period) -> Vec<stats::WeekSummary> {
    let known: HashMap<Week, stats::WeekSummary> = stats::weekly(sessions, period.to)
        .into_iter()
        .map(|w| (w.week, w))
        .collect();
    let mut weeks = Vec::new();
    let mut week = Week::of(period.from);
    let last = Week::of(period.to);
    while week <= last {
        weeks.push(known.get(&week).cloned().unwrap_or(stats::WeekSummary {
            week,
            sessions: 0,
            seconds: 0,
            average_pain: None,
        }));
        week = week.next();
    }
    weeks
}

/// The chart's size in its own units.
const CHART_WIDTH: f64 = 700.0;
const CHART_HEIGHT: f64 = 250.0;
const LEFT: f64 = 34.0;
const RIGHT: f64 = 10.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 26.0;
/// Beyond this many scores in a series, its points are not marked one by one: the line says it.
const MARKED: usize = 200;

/// Pain before (circles on a solid line) and after (squares on a dashed line) each session, over
/// the period, on a 0 to 10 scale with the high-pain line; readable in black and white.
pub fn pain_chart(sessions: &[SessionRecord], period: Period) -> Markup {
    let points = |pain: fn(&SessionRecord) -> Option<Pain>| -> Vec<(f64, f64)> {
        sessions
            .iter()
            .filter(|s| period.contains(s.date()))
            .filter_map(|s| Some((x_of(s.started_at, period), y_of(pain(s)?))))
            .collect()
    };
    let before = points(|s| s.pain_before);
    let after = points(|s| s.pain_after);
    // Each session's before and after, joined: how much that session changed the pain.
    let pairs: Vec<(f64, f64, f64)> = sessions
        .iter()
        .filter(|s| period.contains(s.date()))
        .filter_map(|s| {
            let (before, after) = (s.pain_before?, s.pain_after?);
            Some((x_of(s.started_at, period), y_of(before), y_of(after)))
        })
        .collect();
    if before.is_empty() && after.is_empty() {
        return html! { p { (tr!("report-no-pain")) } };
    }
    let polyline = |points: &[(f64, f64)]| {
        let mut text = String::with_capacity(points.len() * 12);
        for (x, y) in points {
            let _ = write!(text, "{x:.1},{y:.1} ");
        }
        text
    };
    let plot_bottom = CHART_HEIGHT - BOTTOM;
    let high_pain = stats::HIGH_PAIN;
    let ticks = date_ticks(period);
    html! {
        svg.chart xmlns="http://www.w3.org/2000/svg" role="img"
            viewBox=(format!("0 0 {CHART_WIDTH} {CHART_HEIGHT}"))
            aria-label=(tr!("report-pain-heading")) {
            title { (tr!("report-chart-title")) }
            @for level in (0..=10).step_by(2) {
                @let y = y_of_level(f64::from(level));
                line.grid x1=(LEFT) x2=(CHART_WIDTH - RIGHT) y1=(y) y2=(y) {}
                text.axis x=(LEFT - 6.0) y=(y + 4.0) text-anchor="end" { (level) }
            }
            @let high = y_of_level(f64::from(stats::HIGH_PAIN));
            line.high x1=(LEFT) x2=(CHART_WIDTH - RIGHT) y1=(high) y2=(high) {}
            @for (x, label) in &ticks {
                line.grid x1=(x) x2=(x) y1=(plot_bottom) y2=(plot_bottom + 4.0) {}
                text.axis x=(x) y=(CHART_HEIGHT - 8.0) text-anchor="middle" { (label) }
            }
            polyline.before points=(polyline(&before)) {}
            polyline.after points=(polyline(&after)) {}
            @for (x, from, to) in &pairs {
                line.pair x1=(format!("{x:.1}")) x2=(format!("{x:.1}"))
                    y1=(format!("{from:.1}")) y2=(format!("{to:.1}")) {}
            }
            @if before.len() <= MARKED {
                @for (x, y) in &before {
                    circle.before cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="3.2" {}
                }
            }
            @if after.len() <= MARKED {
                @for (x, y) in &after {
                    rect.after x=(format!("{:.1}", x - 3.0)) y=(format!("{:.1}", y - 3.0))
                        width="6" height="6" {}
                }
            }
        }
        p.legend {
            span { svg.key viewBox="0 0 30 10" { line.before x1="0" x2="30" y1="5" y2="5" {} circle.before cx="15" cy="5" r="3.2" {} } " " (tr!("report-key-before")) }
            span { svg.key viewBox="0 0 30 10" { line.after x1="0" x2="30" y1="5" y2="5" {} rect.after x="12" y="2" width="6" height="6" {} } " " (tr!("report-key-after")) }
            span { svg.key viewBox="0 0 30 10" { line.pair x1="15" x2="15" y1="0" y2="10" {} } " " (tr!("report-key-pair")) }
            span { svg.key viewBox="0 0 30 10" { line.high x1="0" x2="30" y1="5" y2="5" {} } " " (tr!("report-key-high", high = high_pain)) }
        }
    }
}

/// Where a moment falls across the chart.
fn x_of(at: LocalTime, period: Period) -> f64 {
    let civil = at.offset().to_datetime(at.timestamp());
    let day = (civil.date() - period.from).get_days() as f64;
    let hours = f64::from(civil.hour()) + f64::from(civil.minute()) / 60.0;
    x_of_day(day + hours / 24.0, period)
}

fn x_of_day(day: f64, period: Period) -> f64 {
    LEFT + day / period.days() as f64 * (CHART_WIDTH - LEFT - RIGHT)
}

fn y_of(pain: Pain) -> f64 {
    y_of_level(f64::from(pain.get()))
}

fn y_of_level(level: f64) -> f64 {
    TOP + (10.0 - level) / 10.0 * (CHART_HEIGHT - TOP - BOTTOM)
}

/// Up to about seven dates along the x axis: at week starts for short periods, month starts for
/// longer ones, years for the longest.
fn date_ticks(period: Period) -> Vec<(f64, String)> {
    let days = period.days();
    let candidates: Vec<Date> = (0..days)
        .filter_map(|d| period.from.checked_add(jiff::Span::new().days(d)).ok())
        .filter(|date| match days {
            0..=62 => date.weekday() == jiff::civil::Weekday::Monday,
            63..=731 => date.day() == 1,
            _ => date.day() == 1 && date.month() == 1,
        })
        .collect();
    let every = candidates.len().div_ceil(7).max(1);
    candidates
        .into_iter()
        .step_by(every)
        .map(|date| {
            let day = (date - period.from).get_days() as f64;
            let label = if days > 731 {
                date.year().to_string()
            } else {
                dates::date(date, Style::DayMonth)
            };
            (x_of_day(day, period), label)
        })
        .collect()
}

/// "Mon, 3 Mar 2025"
fn short_date(date: Date) -> String {
    dates::date(date, Style::WeekdayDate)
}

/// "Monday 3 March 2025"
fn long_date(date: Date) -> String {
    dates::date(date, Style::WeekdayDateLong)
}

/// Readable on screen in one column; on paper black on white, margins but no paper size, tables
/// and the chart kept whole.
const CSS: &str = r#"
body { font-size: 11pt; max-width: 46rem; }
h2 { font-size: 13pt; line-height: 1.25; margin: 0 0 0.4rem; break-after: avoid; page-break-after: avoid; }
section { border-top: 1pt solid #000; padding: 0.7rem 0 0.5rem; }
.flags { border: 2pt solid #000; border-radius: 4pt; padding: 0.6rem 0.9rem 0.3rem; margin-bottom: 0.8rem; }
.flags ul { margin: 0 0 0.3rem; padding-left: 1.2rem; }
.pain { break-inside: avoid; page-break-inside: avoid; }
svg.chart { display: block; width: 100%; height: auto; max-height: 80mm; }
svg.chart .grid { stroke: #999; stroke-width: 0.6; }
svg.chart .high { stroke: #000; stroke-width: 1; stroke-dasharray: 2 3; }
svg.chart .axis { font-size: 11px; fill: #000; }
.before { stroke: #000; stroke-width: 1.4; fill: none; }
.pair { stroke: #000; stroke-width: 2.6; }
h3 { font-size: 11.5pt; margin: 0.5rem 0 0.2rem; }
circle.before { fill: #fff; }
.after { stroke: #000; stroke-width: 1.4; stroke-dasharray: 6 3; fill: none; }
rect.after { fill: #000; stroke-dasharray: none; }
svg.key .high { stroke: #000; stroke-width: 1; stroke-dasharray: 2 3; }
.legend { display: flex; flex-wrap: wrap; gap: 0.2rem 1.5rem; font-size: 10pt; }
svg.key { width: 2.2em; height: 0.8em; vertical-align: middle; }
table { border-collapse: collapse; width: 100%; margin: 0.3rem 0; }
th, td { text-align: left; padding: 0.15rem 0.5rem 0.15rem 0; border-bottom: 0.5pt solid #000; vertical-align: top; }
th { border-bottom-width: 1pt; }
.n { text-align: right; }
td.date { white-space: nowrap; }
td.note { white-space: pre-wrap; overflow-wrap: anywhere; }
tr { break-inside: avoid; page-break-inside: avoid; }
footer { margin-top: 1.2rem; font-size: 9pt; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
}
"#;

#[cfg(test)]
mod tests {
    use jiff::Timestamp;
    use jiff::civil::date;
    use jiff::tz::Offset;

    use super::*;
    use crate::progress::{RoutineHash, Source, StepHolds};

    /// A session of "Back" at 08:30 (+01:00) on `day`.
    fn session(day: Date, before: Option<u8>, after: Option<u8>) -> SessionRecord {
        let at = Offset::from_hours(1)
            .unwrap()
            .to_timestamp(day.at(8, 30, 0, 0))
            .unwrap_or(Timestamp::UNIX_EPOCH);
        SessionRecord {
            routine: "Back".to_owned(),
            source: Source::Bundled("back".to_owned()),
            routine_hash: RoutineHash::of(b"back"),
            started_at: LocalTime::new(at, Offset::from_hours(1).unwrap()),
            ended_at: None,
            outcome: Some(Outcome::Completed),
            seconds: 600,
            holds: vec![StepHolds {
                step: 0,
                name: "Psoas".to_owned(),
                side: None,
                planned: 2,
                done: 2,
            }],
            pain_before: before.map(|p| Pain::new(p).unwrap()),
            pain_after: after.map(|p| Pain::new(p).unwrap()),
            effort: None,
            note: String::new(),
        }
    }

    const MARCH: Period = Period {
        from: date(2025, 3, 1),
        to: date(2025, 3, 31),
    };

    #[test]
    fn a_german_report_is_in_german_from_its_language_to_its_dates_and_decimals() {
        let sessions = [
            session(date(2025, 3, 3), Some(8), Some(7)),
            session(date(2025, 3, 11), Some(5), Some(4)),
        ];
        let schedules = HashMap::from([(
            "Back".to_owned(),
            Schedule {
                days_per_week: 5,
                times_per_day: 2,
            },
        )]);
        let html = crate::l10n::speaking("de", || {
            render(&Input {
                sessions: &sessions,
                period: MARCH,
                schedules: &schedules,
                routine: None,
            })
        });
        assert!(html.contains(r#"<html lang="de">"#), "{html}");
        assert!(html.contains("<title>Verlaufsbericht</title>"));
        assert!(html.contains(
            "Vom <strong>Samstag, 1. März 2025</strong> bis zum <strong>Montag, 31. März 2025</strong> (31 Tage)"
        ));
        assert!(html.contains(
            "2 Einheiten: 2 vollständig, 0 durch Überspringen gekürzt, 0 vorzeitig beendet, 0 unterbrochen."
        ));
        assert!(
            html.contains("Mo., 03.03.2025: Schmerz 8/10 vor und 7/10 nach der Einheit (Back)."),
            "{html}"
        );
        assert!(
            html.contains("Verordnet: 5 Tage pro Woche, zweimal am Tag (10 Einheiten pro Woche).")
        );
        assert!(
            html.contains("<td class=\"n\">7,5</td>"),
            "the week's average pain: {html}"
        );
    }

    #[test]
    fn flags_in_a_therapists_words() {
        let sessions = [
            session(date(2025, 3, 3), Some(8), Some(9)),
            session(date(2025, 3, 4), Some(2), Some(5)),
        ];
        let words: Vec<String> = stats::flags(&sessions)
            .iter()
            .map(|f| flag_words(f, &sessions))
            .collect();
        assert_eq!(
            words,
            [
                "Mon, 3 Mar 2025: pain 8/10 before the session (Back).",
                "Mon, 3 Mar 2025: pain 9/10 after the session (Back).",
                "Tue, 4 Mar 2025: pain rose from 2 to 5 during the session (Back).",
            ]
        );
        let week = Flag::WeekPainRose {
            week: Week::of(date(2025, 3, 12)),
            average: 6.25,
            previous: 4.0,
        };
        assert_eq!(
            flag_words(&week, &sessions),
            "Week of Mon, 10 Mar 2025: average pain 6.3, up from 4.0 the week before."
        );
        let stops = Flag::RepeatedStops {
            routine: "Back".to_owned(),
            step: 1,
            step_name: "Bridge".to_owned(),
            times: 3,
            last: sessions[1].started_at,
        };
        assert_eq!(
            flag_words(&stops, &sessions),
            "Back: stopped early 3 times at step 2 \u{201c}Bridge\u{201d} (last on Tue, 4 Mar 2025)."
        );
    }

    #[test]
    fn prescriptions_in_words() {
        let words = |days_per_week, times_per_day| {
            prescription_words(Schedule {
                days_per_week,
                times_per_day,
            })
        };
        assert_eq!(
            words(5, 2),
            "5 days a week, twice a day (10 sessions a week)"
        );
        assert_eq!(words(7, 1), "every day, once a day (7 sessions a week)");
        assert_eq!(
            words(1, 3),
            "1 day a week, 3 times a day (3 sessions a week)"
        );
    }

    #[test]
    fn every_week_of_the_period_has_a_row_empty_or_not() {
        let sessions = [
            session(date(2025, 3, 11), Some(4), None),
            session(date(2025, 3, 12), None, Some(2)),
        ];
        let weeks = weeks(&sessions, MARCH);
        let rows: Vec<(String, usize, Option<f64>)> = weeks
            .iter()
            .map(|w| (w.week.to_string(), w.sessions, w.average_pain))
            .collect();
        assert_eq!(
            rows,
            [
                ("2025-W09".to_owned(), 0, None),
                ("2025-W10".to_owned(), 0, None),
                ("2025-W11".to_owned(), 2, Some(3.0)),
                ("2025-W12".to_owned(), 0, None),
                ("2025-W13".to_owned(), 0, None),
                ("2025-W14".to_owned(), 0, None),
            ]
        );
    }

    #[test]
    fn the_chart_has_a_mark_per_score_in_the_period() {
        let sessions = [
            session(date(2025, 3, 3), Some(4), Some(2)),
            session(date(2025, 3, 10), Some(5), None),
            session(date(2025, 4, 10), Some(5), Some(5)),
        ];
        let svg = pain_chart(&sessions, MARCH).into_string();
        assert_eq!(
            svg.matches("<circle class=\"before\"").count(),
            2 + 1,
            "{svg}"
        );
        assert_eq!(svg.matches("<rect class=\"after\"").count(), 1 + 1, "{svg}");
        assert!(svg.contains("<title>"), "{svg}");
        // The first session, 08:30 on day 3 of 31, two tenths up for pain 4 before it.
        let x = LEFT + (2.0 + 8.5 / 24.0) / 31.0 * (CHART_WIDTH - LEFT - RIGHT);
        let y = TOP + 0.6 * (CHART_HEIGHT - TOP - BOTTOM);
        assert!(
            svg.contains(&format!("cx=\"{x:.1}\" cy=\"{y:.1}\"")),
            "{svg}"
        );
        let none = pain_chart(&[session(date(2025, 3, 3), None, None)], MARCH).into_string();
        assert!(none.contains("No pain scores"), "{none}");
    }

    #[test]
    fn what_the_client_wrote_is_text_never_markup() {
        let mut noted = session(date(2025, 3, 3), None, None);
        noted.note = "</td><script>alert(\"x\")</script> & <b>".to_owned();
        noted.routine = "<img src=x onerror=alert(1)>".to_owned();
        let html = render(&Input {
            sessions: &[noted],
            period: MARCH,
            schedules: &HashMap::new(),
            routine: None,
        });
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;/td&gt;&lt;script&gt;"), "{html}");
    }
}
