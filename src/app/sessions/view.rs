//! What the History screen shows, worked out once per change: the period, the rows of the list,
//! this week, the charts' points and the prescriptions.

use std::collections::HashMap;
use std::sync::Arc;

use egui_plot::PlotPoint;
use jiff::civil::Date;

use super::Snapshot;
use super::days::row;
use crate::history::SessionId;
use crate::progress::Source;
use crate::progress::stats::{Adherence, Day, Streak};
use crate::routine::Schedule;

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
    pub fn words(self) -> String {
        match self {
            Period::Weeks4 => crate::tr!("history-period-weeks4"),
            Period::Months3 => crate::tr!("history-period-months3"),
            Period::Year => crate::tr!("history-period-year"),
            Period::All => crate::tr!("history-period-all"),
        }
    }

    /// The first day it covers, `today` being its last; `None` for all.
    pub(super) fn since(self, today: Date) -> Option<Date> {
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
    /// When and what: "Mon, 3 Mar 2025, 08:30 · Standing psoas stretch".
    pub title: String,
    /// How it went: "Completed · pain 4 → 2 · About right", or "Stopped early at step 2 (…)".
    pub detail: String,
    /// The note; empty for none.
    pub note: String,
    /// When, for the names of its buttons: "Mon, 3 Mar 2025, 08:30".
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
    /// Each session's pain before and after, where it has both, as the two ends of a line (the
    /// same x); weekly averages of those sessions where the points are weekly.
    pub pain_pairs: Vec<[PlotPoint; 2]>,
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
    pub(super) snapshot: Arc<Snapshot>,
    /// Indices into the snapshot's sessions, newest first.
    pub(super) shown: Vec<usize>,
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
