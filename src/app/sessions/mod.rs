//! What the app knows of the history: the sessions, read from the history file once per change
//! (a session recorded, a note edited, a session deleted, a new history started), and what is
//! drawn from them, computed at that moment and never per frame: when each routine was last done
//! (for the library) and the History screen's [`HistoryView`] (this week, streak, adherence,
//! charts, the list). The view History opens on is worked out ahead, on a thread of its own
//! ([`Prepared`]), so that the click on History only shows it.
//!
//! A history that cannot be read (damaged, locked, newer, read-only) is kept as its error: the
//! app goes on without it, and the file is left exactly as it is.

mod days;
mod figures;
mod view;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use jiff::civil::Date;

pub use self::days::{date_of_day, day_number, days_ago, when};
use self::figures::figures;
pub use self::view::{HistoryView, Kept, Period, Row, Rows, Schedules};
use crate::history::{self, Filter, History, HistoryError, Options, SessionId, StoredSession};
use crate::progress::stats;
use crate::progress::{SessionRecord, Source};

/// Why a session could not be changed.
#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    /// The history is not open (why is shown on the History screen already).
    #[error("{}", crate::tr!("history-error-not-open"))]
    NotOpen,
    /// Writing the change failed.
    #[error(transparent)]
    History(#[from] HistoryError),
}

/// How long the app waits for another program's write before saying the history is locked: the
/// window must not freeze for the store's usual 5 s.
pub(super) const BUSY_TIMEOUT: Duration = Duration::from_millis(400);

/// Past this many days, the pain chart shows a point a week (the week's average) rather than one
/// per session: ten years of sessions as single points cannot be told apart, and cost a frame
/// each redraw.
pub(super) const SINGLE_POINTS_DAYS: f64 = 366.0;

/// Every session as read, shared with the thread that works out the view ahead.
#[derive(Default)]
pub(super) struct Snapshot {
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
    /// Sessions of each routine done this week (Monday to today), by where it comes from.
    done_this_week: HashMap<Source, usize>,
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
            done_this_week: HashMap::new(),
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
        let (ids, mut records): (Vec<_>, Vec<_>) = stored
            .into_iter()
            .map(|StoredSession { id, record }| (id, record))
            .unzip();
        crate::resolve::name_in_language(&mut records);
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
        let records = &self.snapshot.records;
        self.done_this_week = self
            .sources
            .iter()
            .map(|source| {
                let of_source = records.iter().filter(|r| &r.source == source);
                let week = stats::this_week(of_source, self.today);
                (source.clone(), week.iter().map(|day| day.sessions).sum())
            })
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

    /// When routine `source` was last done, in words: "today", "3 days ago".
    pub fn last_done(&self, source: &Source) -> Option<&str> {
        self.last_done.get(source).map(String::as_str)
    }

    /// How many sessions of routine `source` were done this week, Monday to today, counted as
    /// the History screen's week counts them.
    pub fn done_this_week(&self, source: &Source) -> usize {
        self.done_this_week.get(source).copied().unwrap_or(0)
    }

    /// Replaces a session's note.
    pub fn set_note(&mut self, id: SessionId, note: &str) -> Result<(), ChangeError> {
        let history = self.store.as_mut().map_err(|_| ChangeError::NotOpen)?;
        history.set_note(id, note)?;
        self.reload();
        Ok(())
    }

    /// Deletes a session.
    pub fn delete(&mut self, id: SessionId) -> Result<(), ChangeError> {
        let history = self.store.as_mut().map_err(|_| ChangeError::NotOpen)?;
        history.delete(id)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::LocalTime;
    use crate::routine::Schedule;

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
        let routine = bundled.load("en").unwrap();
        let day = today.checked_sub(jiff::Span::new().days(days_ago)).unwrap();
        let noon = jiff::tz::Offset::UTC
            .to_timestamp(day.at(12, 0, 0, 0))
            .unwrap();
        let at = LocalTime::new(noon, jiff::tz::Offset::UTC);
        let mut history = History::open(path).unwrap();
        let start = SessionStart::new(
            &routine,
            Source::Bundled("standing-psoas".to_owned()),
            bundled.text("en").as_bytes(),
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
