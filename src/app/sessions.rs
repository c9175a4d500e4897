//! What the app knows of the history: the sessions, read from the history file once per change
//! (a session recorded, a note edited, a session deleted, a new history started), and what is
//! drawn from them, computed at that moment and never per frame: when each routine was last done
//! (for the library) and the History screen's [`HistoryView`] (this week, streak, adherence,
//! charts, the list). The view History opens on is worked out ahead, on a thread of its own
//! ([`Prepared`]), so that the click on History only shows it.
//!
//! A history that cannot be read (damaged, locked, newer, read-only) is kept as its error: the
//! app goes on without it, and the file is left exactly as it is.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use egui_plot::PlotPoint;
use jiff::civil::Date;

use super::library::Origin;
use crate::history::{self, Filter, History, HistoryError, Options, SessionId, StoredSession};
use crate::progress::stats::{self, Adherence, Day, Streak, Week};
use crate::progress::{LocalTime, Pain, SessionRecord, Source};
use crate::routine::Schedule;

/// How long the app waits for another program's write before saying the history is locked: the
/// window must not freeze for the store's usual 5 s.
const BUSY_TIMEOUT: Duration = Duration::from_millis(400);

/// Past this many days, the pain chart shows a point a week (the week's average) rather than one
/// per session: ten years of sessions as single points cannot be told apart, and cost a frame
/// each redraw.
const SINGLE_POINTS_DAYS: f64 = 366.0;

/// The period the History screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    /// The last 4 weeks.
    Weeks4,
    /// The last 3 months (13 weeks).
    #[default]
    Months3,
    /// The last year.
    Year,
    /// Every session.
    All,
}

impl Period {
    /// Every period, shortest first.
    pub const ALL: [Period; 4] = [Period::Weeks4, Period::Months3, Period::Year, Period::All];

    /// Its name on its button.
    pub fn words(self) -> &'static str {
        match self {
            Period::Weeks4 => "4 weeks",
            Period::Months3 => "3 months",
            Period::Year => "1 year",
            Period::All => "All",
        }
    }

    /// The first day it covers, `today` being its last; `None` for all.
    fn since(self, today: Date) -> Option<Date> {
        let days = match self {
            Period::Weeks4 => 27,
            Period::Months3 => 90,
            Period::Year => 364,
            Period::All => return None,
        };
        today.checked_sub(jiff::Span::new().days(days)).ok()
    }
}

/// One routine's prescription and how well it was kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    /// The routine's name.
    pub routine: String,
    /// What the therapist prescribed.
    pub schedule: Schedule,
    /// Over the last 7 days.
    pub week: Adherence,
    /// Over the last 28 days.
    pub four_weeks: Adherence,
}

/// A session in the History screen's list, in words (made as it is shown: see [`Rows`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Its number in the history file.
    pub id: SessionId,
    /// When and what: "Mon 3 Mar 2025, 08:30 · Standing psoas stretch".
    pub title: String,
    /// How it went: "Completed · pain 4 → 2 · About right", or "Stopped early at step 2 (…)".
    pub detail: String,
    /// The note; empty for none.
    pub note: String,
    /// When, for the names of its buttons: "Mon 3 Mar 2025, 08:30".
    pub when: String,
}

/// Everything the History screen shows for one choice of routine and period, computed once.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryView {
    /// The routine chosen (`None`: all of them).
    pub routine: Option<String>,
    /// The period chosen.
    pub period: Period,
    /// The day it was computed for.
    pub today: Date,
    /// The days the charts span, as day numbers: the period's first day (or the first
    /// session's) to the end of today, so that every chart shows the whole period.
    pub span: (f64, f64),
    /// Every routine with sessions, for the chooser, by name.
    pub routines: Vec<String>,
    /// This week, Monday first.
    pub week: [Day; 7],
    /// The streak reaching today.
    pub streak: Streak,
    /// The days a week the streak expects (7: every day; fewer forgives rest days).
    pub days_per_week: u8,
    /// Adherence, for each routine shown that has a prescription.
    pub kept: Vec<Kept>,
    /// Pain before, one point per session that has it: x is the local day (days since
    /// 1970-01-01, with the time of day as a fraction), y the score; over a period longer than a
    /// year, one point per week instead (see `pain_weekly`).
    pub pain_before: Vec<PlotPoint>,
    /// Pain after, likewise.
    pub pain_after: Vec<PlotPoint>,
    /// Whether the pain points are weekly averages (x the middle of the week).
    pub pain_weekly: bool,
    /// Sessions with a score before and after in the period.
    pub pain_counts: (usize, usize),
    /// Minutes per week: x the middle of the week (a day number), y minutes.
    pub minutes: Vec<(f64, f64)>,
    /// Sessions done per week, likewise.
    pub sessions_per_week: Vec<(f64, f64)>,
    /// Sessions a week prescribed, where there is a prescription.
    pub prescribed_per_week: Option<f64>,
    /// The sessions in the period, newest first.
    pub rows: Rows,
    /// Average pain before and after in the period, for the words under the chart.
    pub average_pain: (Option<f64>, Option<f64>),
}

/// The sessions a view lists, newest first, put into words only when asked for: ten years of
/// sessions are 11 000 rows, of which a screen shows a dozen (worded all at once, they made
/// choosing "All" take a tenth of a second).
#[derive(Clone, Default)]
pub struct Rows {
    snapshot: Arc<Snapshot>,
    /// Indices into the snapshot's sessions, newest first.
    shown: Vec<usize>,
}

impl Rows {
    /// How many sessions are listed.
    pub fn len(&self) -> usize {
        self.shown.len()
    }

    /// Whether none is.
    pub fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }

    /// The `n`th session listed (0: the newest), in words.
    pub fn get(&self, n: usize) -> Option<Row> {
        let &i = self.shown.get(n)?;
        Some(row(
            *self.snapshot.ids.get(i)?,
            self.snapshot.records.get(i)?,
        ))
    }

    /// The listed session numbered `id`, in words.
    pub fn find(&self, id: SessionId) -> Option<Row> {
        let &i = self
            .shown
            .iter()
            .find(|&&i| self.snapshot.ids.get(i) == Some(&id))?;
        Some(row(id, self.snapshot.records.get(i)?))
    }
}

impl PartialEq for Rows {
    fn eq(&self, other: &Rows) -> bool {
        Arc::ptr_eq(&self.snapshot, &other.snapshot) && self.shown == other.shown
    }
}

impl std::fmt::Debug for Rows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rows")
            .field("shown", &self.shown.len())
            .finish_non_exhaustive()
    }
}

/// The prescriptions of the routines in the history, by where each comes from.
pub type Schedules = HashMap<Source, Schedule>;

/// Every session as read, shared with the thread that works out the view ahead.
#[derive(Default)]
struct Snapshot {
    /// Every session, oldest first.
    records: Vec<SessionRecord>,
    /// Each session's number, in the same order.
    ids: Vec<SessionId>,
}

/// The view History opens on, being worked out on a thread of its own, and what it was worked
/// out from.
pub struct Prepared {
    generation: u64,
    schedules: Schedules,
    figures: JoinHandle<HistoryView>,
}

/// The history as the app sees it.
pub struct Sessions {
    path: PathBuf,
    /// The open history, or why it cannot be used.
    store: Result<History, HistoryError>,
    snapshot: Arc<Snapshot>,
    /// Where the sessions' routines come from, each once.
    sources: Vec<Source>,
    /// The day the figures were computed for.
    today: Date,
    /// Counts the changes to the sessions or the day: a view worked out before the last change
    /// is stale.
    generation: u64,
    /// When each routine was last done, in words ("yesterday"), by where it comes from.
    last_done: HashMap<Source, String>,
}

impl Sessions {
    /// Opens the history at `path` and reads it, with `today` the person's date.
    pub fn open(path: &Path, today: Date) -> Sessions {
        let mut sessions = Sessions {
            path: path.to_owned(),
            store: Err(HistoryError::Locked {
                path: path.to_owned(),
            }),
            snapshot: Arc::default(),
            sources: Vec::new(),
            today,
            generation: 0,
            last_done: HashMap::new(),
        };
        sessions.reopen();
        sessions
    }

    /// Opens the file again (after "Try again") and reads it.
    pub fn reopen(&mut self) {
        self.store = History::open_with(
            &self.path,
            Options {
                busy_timeout: BUSY_TIMEOUT,
            },
        );
        self.read();
    }

    /// Moves a damaged history aside and starts an empty one (the person asked, and was asked
    /// first). Returns where the old file went.
    pub fn start_new(&mut self) -> Result<Option<PathBuf>, HistoryError> {
        // Our own connection goes first: the file is renamed under it otherwise.
        self.store = Err(HistoryError::Locked {
            path: self.path.clone(),
        });
        let options = Options {
            busy_timeout: BUSY_TIMEOUT,
        };
        let result = history::start_new(&self.path, self.today, options);
        let aside = match result {
            Ok((history, aside)) => {
                self.store = Ok(history);
                Ok(aside)
            }
            Err(e) => {
                self.store = History::open_with(&self.path, options);
                Err(e)
            }
        };
        self.read();
        aside
    }

    /// Reads every session again and works out what is drawn from them; a history that could
    /// not be used is tried again first (another program may have let go of it).
    pub fn reload(&mut self) {
        if self.store.is_err() {
            self.reopen();
        } else {
            self.read();
        }
    }

    fn read(&mut self) {
        let listed = match &self.store {
            Ok(history) => history.list(&Filter::default()),
            Err(_) => Ok(Vec::new()),
        };
        let stored = match listed {
            Ok(stored) => stored,
            Err(e) => {
                self.store = Err(e);
                Vec::new()
            }
        };
        let (ids, records) = stored
            .into_iter()
            .map(|StoredSession { id, record }| (id, record))
            .unzip();
        self.snapshot = Arc::new(Snapshot { records, ids });
        let mut seen = HashSet::new();
        self.sources = self
            .snapshot
            .records
            .iter()
            .filter(|r| seen.insert(&r.source))
            .map(|r| r.source.clone())
            .collect();
        self.recount();
    }

    /// The day changed (the app stayed open past midnight): the figures are worked out again.
    /// Returns whether it changed.
    pub fn set_today(&mut self, today: Date) -> bool {
        let changed = today != self.today;
        if changed {
            self.today = today;
            self.recount();
        }
        changed
    }

    fn recount(&mut self) {
        self.generation += 1;
        let mut last: HashMap<&Source, Date> = HashMap::new();
        for record in self.snapshot.records.iter().filter(|r| r.counts_as_done()) {
            let date = record.date();
            let entry = last.entry(&record.source).or_insert(date);
            *entry = (*entry).max(date);
        }
        self.last_done = last
            .into_iter()
            .map(|(source, date)| (source.clone(), days_ago(date, self.today)))
            .collect();
    }

    /// The first day of `period` that has sessions to show: the period's own first day, or the
    /// first session's for all of them.
    pub fn first_day(&self, period: Period) -> Date {
        period
            .since(self.today)
            .or_else(|| self.snapshot.records.first().map(SessionRecord::date))
            .unwrap_or(self.today)
    }

    /// Why the history cannot be used, if it cannot.
    pub fn problem(&self) -> Option<&HistoryError> {
        self.store.as_ref().err()
    }

    /// Whether the problem is one that starting a new history solves (a damaged file).
    pub fn damaged(&self) -> bool {
        matches!(self.store, Err(HistoryError::Corrupt { .. }))
    }

    /// The history file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The person's date the figures are for.
    pub fn today(&self) -> Date {
        self.today
    }

    /// Every session, oldest first.
    pub fn records(&self) -> &[SessionRecord] {
        &self.snapshot.records
    }

    /// Where the sessions' routines come from, each once.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// When the routine from `origin` was last done, in words: "today", "3 days ago".
    pub fn last_done(&self, origin: &Origin) -> Option<&str> {
        self.last_done.get(&source_of(origin)).map(String::as_str)
    }

    /// Replaces a session's note. Fails with the reason in words.
    pub fn set_note(&mut self, id: SessionId, note: &str) -> Result<(), String> {
        let history = self.store.as_mut().map_err(|e| e.to_string())?;
        history.set_note(id, note).map_err(|e| e.to_string())?;
        self.reload();
        Ok(())
    }

    /// Deletes a session. Fails with the reason in words.
    pub fn delete(&mut self, id: SessionId) -> Result<(), String> {
        let history = self.store.as_mut().map_err(|e| e.to_string())?;
        history.delete(id).map_err(|e| e.to_string())?;
        self.reload();
        Ok(())
    }

    /// What the History screen shows for `routine` (`None`: all) over `period`, with the
    /// prescriptions `schedules`.
    pub fn view(
        &self,
        routine: Option<&str>,
        period: Period,
        schedules: &Schedules,
    ) -> HistoryView {
        let first_day = self.first_day(period);
        figures(
            &self.snapshot,
            self.today,
            first_day,
            routine,
            period,
            schedules,
        )
    }

    /// Starts working out the view History opens on (every routine, the default period) on a
    /// thread of its own, unless `prepared` already holds it for the sessions, day and
    /// prescriptions as they are now.
    pub fn prepare(&self, prepared: &mut Option<Prepared>, schedules: Schedules) {
        if prepared
            .as_ref()
            .is_some_and(|p| p.generation == self.generation && p.schedules == schedules)
        {
            return;
        }
        let snapshot = Arc::clone(&self.snapshot);
        let (today, period) = (self.today, Period::default());
        let first_day = self.first_day(period);
        let theirs = schedules.clone();
        // No thread (the system is out of them): History works the view out when clicked.
        *prepared = std::thread::Builder::new()
            .name("history-figures".to_owned())
            .spawn(move || figures(&snapshot, today, first_day, None, period, &theirs))
            .ok()
            .map(|figures| Prepared {
                generation: self.generation,
                schedules,
                figures,
            });
    }

    /// The view History opens on: the one `prepared` holds if it is still true for the
    /// sessions, day and prescriptions `schedules` (waiting for its thread if it is still
    /// working), else worked out now.
    pub fn opening_view(&self, prepared: Option<Prepared>, schedules: &Schedules) -> HistoryView {
        prepared
            .filter(|p| p.generation == self.generation && p.schedules == *schedules)
            .and_then(|p| p.figures.join().ok())
            .unwrap_or_else(|| self.view(None, Period::default(), schedules))
    }
}

/// Everything the History screen shows for `routine` (`None`: all) over `period` (starting
/// `first_day`), from every session in `snapshot`, `today` being the person's date.
fn figures(
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
fn week_middle(week: Week) -> f64 {
    day_number(week.monday()) + 3.5
}

/// One point per week that has scores: x the middle of the week, y their average.
fn weekly_points<'a>(scored: impl Iterator<Item = (&'a SessionRecord, Pain)>) -> Vec<PlotPoint> {
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
fn kept(
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

/// Where a library entry's routine comes from, as the history records it.
pub fn source_of(origin: &Origin) -> Source {
    match origin {
        Origin::Bundled(id) => Source::Bundled((*id).to_owned()),
        Origin::User(path) | Origin::File(path) => Source::File(path.clone()),
    }
}

/// The day `date` as a number: days since 1970-01-01.
pub fn day_number(date: Date) -> f64 {
    date.duration_since(Date::constant(1970, 1, 1))
        .as_secs_f64()
        / 86_400.0
}

/// The moment `at` on the person's calendar as a day number with the time of day as a fraction.
fn local_day(at: LocalTime) -> f64 {
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

fn row(id: SessionId, record: &SessionRecord) -> Row {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_ago_in_words() {
        let today = Date::constant(2025, 3, 10);
        assert_eq!(days_ago(today, today), "today");
        assert_eq!(days_ago(Date::constant(2025, 3, 9), today), "yesterday");
        assert_eq!(days_ago(Date::constant(2025, 3, 7), today), "3 days ago");
        assert_eq!(days_ago(Date::constant(2025, 1, 2), today), "on 2 January");
        assert_eq!(
            days_ago(Date::constant(2024, 12, 2), today),
            "on 2 December 2024"
        );
    }

    /// Records a completed session of the bundled standing psoas stretch, `days_ago` days before
    /// `today`, into the history at `path`.
    fn record(path: &Path, today: Date, days_ago: i64) {
        use crate::progress::{Outcome, SessionEnd, SessionStart};
        let bundled = crate::bundled::find("standing-psoas").unwrap();
        let routine = bundled.load().unwrap();
        let day = today.checked_sub(jiff::Span::new().days(days_ago)).unwrap();
        let noon = jiff::tz::Offset::UTC
            .to_timestamp(day.at(12, 0, 0, 0))
            .unwrap();
        let at = LocalTime::new(noon, jiff::tz::Offset::UTC);
        let mut history = History::open(path).unwrap();
        let start = SessionStart::new(
            &routine,
            Source::Bundled("standing-psoas".to_owned()),
            bundled.source.as_bytes(),
            at,
            None,
        );
        let running = history.start(&start).unwrap();
        let end = SessionEnd {
            outcome: Outcome::Completed,
            ended_at: at.with_timestamp(noon + jiff::SignedDuration::from_secs(300)),
            elapsed: Duration::from_secs(300),
            pain_after: None,
            effort: None,
            note: String::new(),
        };
        history.finish(running, &end).unwrap();
    }

    #[test]
    fn history_opens_on_the_view_worked_out_ahead_only_while_it_is_still_true() {
        let home = tempfile::tempdir().unwrap();
        let path = home.path().join("history.sqlite3");
        let today = Date::constant(2025, 3, 12);
        record(&path, today, 2);
        let mut sessions = Sessions::open(&path, today);
        let none = Schedules::new();
        let prescribed: Schedules = [(
            Source::Bundled("standing-psoas".to_owned()),
            Schedule {
                days_per_week: 5,
                times_per_day: 2,
            },
        )]
        .into();
        let worked_out_now =
            |s: &Sessions, schedules: &Schedules| s.view(None, Period::default(), schedules);

        let mut prepared = None;
        sessions.prepare(&mut prepared, none.clone());
        assert_eq!(
            sessions.opening_view(prepared, &none),
            worked_out_now(&sessions, &none)
        );

        // The therapist's prescription appeared after the view was worked out.
        let mut prepared = None;
        sessions.prepare(&mut prepared, none.clone());
        let view = sessions.opening_view(prepared, &prescribed);
        assert_eq!(view.kept.len(), 1, "the prescription is shown");
        assert_eq!(view, worked_out_now(&sessions, &prescribed));

        // A session was recorded after the view was worked out.
        let mut prepared = None;
        sessions.prepare(&mut prepared, none.clone());
        record(&path, today, 0);
        sessions.reload();
        let view = sessions.opening_view(prepared, &none);
        assert_eq!(view.rows.len(), 2, "today's session is listed");

        // The day changed (the app stayed open past midnight).
        let mut prepared = None;
        sessions.prepare(&mut prepared, none.clone());
        let tomorrow = Date::constant(2025, 3, 13);
        assert!(sessions.set_today(tomorrow));
        assert_eq!(sessions.opening_view(prepared, &none).today, tomorrow);
    }

    #[test]
    fn day_numbers_round_trip() {
        let date = Date::constant(2025, 3, 10);
        assert_eq!(date_of_day(day_number(date) + 0.7), Some(date));
        assert_eq!(date_of_day(f64::NAN), None);
    }
}
