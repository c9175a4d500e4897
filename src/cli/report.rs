//! `stretch-timer report [--since DATE] [--routine NAME] --out FILE.html`

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use jiff::ZonedDateTime;
use jiff::civil::Date;
use stretch_timer::history::Filter;
use stretch_timer::home::Home;
use stretch_timer::progress::{SessionRecord, Source};
use stretch_timer::report::{self, Input, Period};
use stretch_timer::routine::{self, Schedule};
use stretch_timer::{bundled, save};

use super::EXIT_OK;

/// Without `--since`, the report covers this many days, today included: twelve weeks.
const DEFAULT_DAYS: i64 = 84;

pub fn run(
    since: Option<Date>,
    routine: Option<&str>,
    path: &Path,
    home: &Home,
    out: &mut dyn Write,
) -> anyhow::Result<u8> {
    let today = ZonedDateTime::now().date();
    let from = since.unwrap_or_else(|| {
        today
            .checked_sub(jiff::Span::new().days(DEFAULT_DAYS - 1))
            .unwrap_or(today)
    });
    let period = Period { from, to: today };
    let filter = Filter {
        since: Some(from),
        routine: routine.map(str::to_owned),
    };
    let mut sessions: Vec<SessionRecord> = super::history::sessions(home, &filter)?
        .into_iter()
        .map(|s| s.record)
        .collect();
    // A bundled routine done in two languages is one routine in the report.
    stretch_timer::resolve::name_in_language(&mut sessions);
    let html = report::render(&Input {
        sessions: &sessions,
        period,
        schedules: &schedules(&sessions),
        routine,
    });
    save::write_atomic(path, html.as_bytes())?;
    let (count, file) = (sessions.len(), path.display().to_string());
    writeln!(
        out,
        "{}",
        stretch_timer::tr!("cli-report-written", sessions = count, file = file)
    )?;
    Ok(EXIT_OK)
}

/// The prescription of each routine in `sessions`, as its file says today (the latest session's
/// source, when it still holds the routine of that name: a bundled routine in any of its
/// languages).
fn schedules(sessions: &[SessionRecord]) -> HashMap<String, Schedule> {
    let mut latest: HashMap<&str, &Source> = HashMap::new();
    for session in sessions {
        latest.insert(&session.routine, &session.source);
    }
    latest
        .into_iter()
        .filter_map(|(name, source)| {
            let routine = match source {
                // In the language the session was done in: the one whose name it recorded.
                Source::Bundled(id) => {
                    let bundled = bundled::find(id)?;
                    bundled
                        .texts
                        .iter()
                        .filter_map(|&(language, _)| bundled.load(language).ok())
                        .find(|r| r.name == name)?
                }
                Source::File(path) => routine::load(path).ok()?,
            };
            let schedule = routine.schedule.filter(|_| routine.name == name)?;
            Some((name.to_owned(), schedule))
        })
        .collect()
}
