//! `stretch-timer history [--since DATE] [--routine NAME] [--csv | --json]`, and
//! `stretch-timer history --set-aside`

use std::io::{self, Write};

use jiff::ZonedDateTime;
use jiff::civil::Date;
use stretch_timer::history::export::{self, ExportError};
use stretch_timer::history::{self, Filter, History, HistoryError, Options, StoredSession};
use stretch_timer::home::Home;
use stretch_timer::progress::{LocalTime, Outcome, Pain, SessionRecord};
use stretch_timer::recording::RecordingError;
use stretch_timer::routine::format_clock;
use stretch_timer::tr;

use super::EXIT_OK;

/// How the sessions are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A table for people.
    Table,
    /// The contract's columns, for other programs.
    Csv,
    /// The same, with every step's holds.
    Json,
}

pub fn run(
    since: Option<Date>,
    routine: Option<String>,
    format: Format,
    home: &Home,
    out: &mut dyn Write,
) -> anyhow::Result<u8> {
    let filter = Filter { since, routine };
    let sessions = sessions(home, &filter)?;
    match format {
        Format::Csv => export::write_csv(out, &sessions).map_err(|e| export_error(&e))?,
        Format::Json => export::write_json(out, &sessions).map_err(|e| export_error(&e))?,
        Format::Table => {
            // The table names a bundled routine in the program's language; the exports keep the
            // name each session recorded.
            let mut records: Vec<SessionRecord> = sessions.into_iter().map(|s| s.record).collect();
            stretch_timer::resolve::name_in_language(&mut records);
            table(&records, &filter, out)?;
        }
    }
    Ok(EXIT_OK)
}

/// The sessions `filter` picks from the history in `home`, oldest first, read without writing
/// anything (a history not made yet has none, and is not made). A session that cannot be read is
/// said on stderr and left out.
pub fn sessions(home: &Home, filter: &Filter) -> anyhow::Result<Vec<StoredSession>> {
    let path = history::path_in(home);
    // The history's errors say everything in their own message: said once, without their cause
    // said again after it.
    let listing = History::open_read_only(&path)
        .and_then(|history| history.read(filter))
        .map_err(|e| anyhow::anyhow!("{}", problem_words(&e)))?;
    for bad in &listing.unreadable {
        eprintln!("{}", tr!("cli-history-left-out", problem = bad.to_string()));
    }
    Ok(listing.sessions)
}

/// A problem with the history as the command line says it: with the command that solves it,
/// where one does.
pub fn problem_words(e: &HistoryError) -> String {
    match e {
        HistoryError::Corrupt { .. } => tr!("cli-history-set-aside-hint", problem = e.to_string()),
        _ => e.to_string(),
    }
}

/// A session's recording failure as the command line says it: with `history --set-aside` where
/// the history is damaged.
pub fn recording_words(e: &RecordingError) -> String {
    match e.history_error() {
        Some(HistoryError::Corrupt { .. }) => {
            tr!("cli-history-set-aside-hint", problem = e.to_string())
        }
        _ => e.to_string(),
    }
}

/// `history --set-aside`: a damaged history moved aside and a new one started.
pub fn set_aside(home: &Home, out: &mut dyn Write) -> anyhow::Result<u8> {
    let path = history::path_in(home);
    let today = ZonedDateTime::now().date();
    match history::start_new(&path, today, Options::default()) {
        Ok((_, Some(aside))) => writeln!(
            out,
            "{}",
            tr!("cli-history-moved", file = aside.display().to_string())
        )?,
        Ok((_, None)) => writeln!(
            out,
            "{}",
            tr!("cli-history-fine", file = path.display().to_string())
        )?,
        Err(e) => anyhow::bail!("{e}"),
    }
    Ok(EXIT_OK)
}

/// An export's failure as said once: a reader gone away (`history --csv | head`) as the broken
/// pipe `main` keeps quiet about; anything else in the export's own words, whose cause they
/// already include.
fn export_error(e: &ExportError) -> anyhow::Error {
    let broken = |kind: Option<io::ErrorKind>| kind == Some(io::ErrorKind::BrokenPipe);
    let pipe = match e {
        ExportError::Csv(csv) => broken(match csv.kind() {
            csv::ErrorKind::Io(io) => Some(io.kind()),
            _ => None,
        }),
        ExportError::Json(json) => broken(json.io_error_kind()),
        ExportError::Io(io) => broken(Some(io.kind())),
    };
    if pipe {
        io::Error::from(io::ErrorKind::BrokenPipe).into()
    } else {
        anyhow::anyhow!("{e}")
    }
}

fn table(sessions: &[SessionRecord], filter: &Filter, out: &mut dyn Write) -> anyhow::Result<()> {
    if sessions.is_empty() {
        let filtered = filter.since.is_some() || filter.routine.is_some();
        // On stderr, like `list`'s hint: what is on stdout is only sessions.
        eprintln!(
            "{}",
            if filtered {
                tr!("cli-history-no-match")
            } else {
                tr!("cli-history-none-yet")
            }
        );
        return Ok(());
    }
    let header = [
        tr!("cli-history-started"),
        tr!("cli-history-routine"),
        tr!("cli-history-outcome"),
        tr!("cli-history-time"),
        tr!("cli-history-holds"),
        tr!("cli-history-pain"),
        tr!("cli-history-effort"),
        tr!("cli-history-note"),
    ];
    let rows: Vec<[String; 8]> = sessions.iter().map(row).collect();
    let mut widths = header.clone().map(|h| h.chars().count());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (i, (cell, width)) in row.iter().zip(widths).enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            line.push_str(cell);
            if i + 1 < row.len() {
                line.extend(std::iter::repeat_n(' ', width - cell.chars().count()));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// One session as the table shows it.
fn row(record: &SessionRecord) -> [String; 8] {
    let outcome = match record.outcome {
        Some(Outcome::Stopped { step }) => {
            let step = step + 1;
            tr!("cli-history-stopped-at", step = step)
        }
        Some(Outcome::Completed) => tr!("session-completed"),
        Some(Outcome::Shortened) => tr!("session-shortened"),
        Some(Outcome::Interrupted) => tr!("session-interrupted"),
        None => tr!("cli-history-running"),
    };
    let pain = |p: Option<Pain>| p.map_or_else(|| "-".to_owned(), |p| p.to_string());
    let pain = if record.pain_before.is_none() && record.pain_after.is_none() {
        String::new()
    } else {
        format!("{} → {}", pain(record.pain_before), pain(record.pain_after))
    };
    [
        minute(record.started_at),
        record.routine.clone(),
        outcome,
        format_clock(std::time::Duration::from_secs(record.seconds)),
        format!("{}/{}", record.holds_done(), record.holds_planned()),
        pain,
        record
            .effort
            .map_or_else(String::new, stretch_timer::details::effort_words),
        record.note.split_whitespace().collect::<Vec<_>>().join(" "),
    ]
}

/// "Tue, 4 Mar 2025, 08:30", on the clock where it was, as the language writes it.
fn minute(at: LocalTime) -> String {
    stretch_timer::dates::date_time(at.offset().to_datetime(at.timestamp()))
}
