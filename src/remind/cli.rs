//! The `stretch-timer remind` commands, without the argument parser: each takes checked values
//! and returns what to print and the exit code ([`Report`]), so the command line only parses and
//! prints.
//!
//! - `remind set ROUTINE --at HH:MM [--days daily|weekdays|weekends|mon,wed,fri]`: [`set`]
//! - `remind list`: [`list`]
//! - `remind off [ROUTINE]`: [`off`]
//! - `remind daemon`: [`daemon`]
//!
//! Exit codes as everywhere in the program: 0 done, 1 the routine has errors, 2 an error.

use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::home::Home;
use crate::progress::Source;
use crate::remind::autostart::{self, AutostartError, Change};
use crate::remind::change::{self, Startup, routine_key};
use crate::remind::daemon::{DaemonEnd, DaemonError, Language, run_daemon};
use crate::remind::presence::{LockError, daemon_running};
use crate::remind::store;
use crate::remind::words::{days_words, next_words, time_words};
use crate::reminders::{Days, Reminder, SetOutcome, TimeOfDay, suggested_times};
use crate::resolve::Resolve;
use crate::tr;

/// Exit code: done.
pub const EXIT_OK: u8 = 0;
/// Exit code: the routine has errors.
pub const EXIT_INVALID: u8 = 1;
/// Exit code: an error (a name that is no routine, a file that cannot be read, no desktop).
pub const EXIT_ERROR: u8 = 2;

/// What a command prints and how it ends.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// For standard output.
    pub out: String,
    /// For standard error.
    pub err: String,
    /// The exit code.
    pub code: u8,
}

impl Report {
    fn error(message: impl std::fmt::Display, code: u8) -> Report {
        Report {
            out: String::new(),
            err: format!("stretch-timer: {message}\n"),
            code,
        }
    }
}

/// What the commands read from around them: the clock, the time zone, the program's own path
/// (for the autostart entry) and the autostart folder's parent. Tests pass their own.
#[derive(Debug, Clone)]
pub struct Env {
    /// Now.
    pub now: Timestamp,
    /// The local time zone.
    pub tz: TimeZone,
    /// This program.
    pub exe: PathBuf,
    /// Where autostart entries go under (`$XDG_CONFIG_HOME`), where the system has one.
    pub config_dir: Option<PathBuf>,
}

impl Env {
    /// What starts the daemon at login, as this environment has it.
    pub fn startup(&self) -> Startup {
        Startup {
            config_dir: self.config_dir.clone(),
            exe: self.exe.clone(),
        }
    }

    /// The real clock, time zone, program and configuration folder.
    pub fn current() -> Env {
        Env {
            now: Timestamp::now(),
            tz: TimeZone::system(),
            exe: std::env::current_exe().unwrap_or_else(|_| PathBuf::from("stretch-timer")),
            config_dir: autostart::config_dir(),
        }
    }
}

/// `remind set ROUTINE --at HH:MM --days DAYS`: adds a reminder (or changes the days of the
/// routine's reminder at that time), and makes the daemon start at login.
pub fn set(home: &Home, routine: &str, at: TimeOfDay, days: Days, env: &Env) -> Report {
    let source = match Source::from_arg(routine, home) {
        Ok(source) => source,
        Err(e) => return Report::error(e, EXIT_ERROR),
    };
    let loaded = match source.load() {
        Ok(loaded) => loaded,
        Err(e) => {
            let code = if e.is_io() { EXIT_ERROR } else { EXIT_INVALID };
            return Report::error(e, code);
        }
    };
    let key = routine_key(home, routine);
    let changed = match change::update(home, &env.startup(), |reminders| {
        reminders.set(Reminder::new(key.clone(), at, days))
    }) {
        Ok(changed) => changed,
        Err(e) => return Report::error(e, EXIT_ERROR),
    };
    let (outcome, reminders) = (changed.result, &changed.reminders);
    let mut report = Report::default();
    let name = &loaded.name;
    let (time, in_days) = (time_words(at), days_words(days));
    let said = match outcome {
        SetOutcome::Added => tr!("remind-set", routine = name, time = time, days = in_days),
        SetOutcome::DaysChanged { before } => {
            let before = days_words(before);
            tr!(
                "remind-changed",
                routine = name,
                time = time,
                days = in_days,
                before = before
            )
        }
        SetOutcome::Unchanged => {
            tr!(
                "remind-unchanged",
                routine = name,
                time = time,
                days = in_days
            )
        }
    };
    let _ = writeln!(report.out, "{said}");
    if let Some(schedule) = loaded.schedule {
        let set = reminders.of_routine(&key).count();
        let times = usize::try_from(schedule.times_per_day).unwrap_or(usize::MAX);
        if set < times {
            let suggested: Vec<String> = suggested_times(schedule)
                .iter()
                .map(|t| time_words(*t))
                .collect();
            let suggested = suggested.join(", ");
            let said = tr!(
                "remind-prescribed",
                routine = name,
                times = times,
                set = set,
                suggested = suggested
            );
            let _ = writeln!(report.out, "{said}");
        }
    }
    autostart_lines(&mut report, changed.autostart);
    if !daemon_running(home) {
        let _ = writeln!(report.out, "{}", tr!("remind-daemon-starts-at-login"));
    }
    report
}

/// Adds a warning to what is said on standard error.
fn warn(report: &mut Report, what: &str) {
    let _ = writeln!(
        report.err,
        "stretch-timer: {}",
        tr!("remind-warning", what = what)
    );
}

/// Says what became of the autostart entry.
fn autostart_lines(report: &mut Report, autostart: Option<Result<Change, AutostartError>>) {
    let Some(autostart) = autostart else {
        return;
    };
    match autostart {
        Ok(Change::Written(path)) => {
            let file = path.display().to_string();
            let _ = writeln!(
                report.out,
                "{}",
                tr!("remind-at-login-written", file = file)
            );
        }
        Ok(Change::Removed(path)) => {
            let file = path.display().to_string();
            let _ = writeln!(
                report.out,
                "{}",
                tr!("remind-at-login-removed", file = file)
            );
        }
        Ok(Change::Unchanged) => {}
        Err(e) => warn(report, &e.to_string()),
    }
}

/// `remind list`: every reminder with when it next falls due, and whether the daemon runs.
pub fn list(home: &Home, env: &Env) -> Report {
    let reminders = match store::load(home) {
        Ok(reminders) => reminders,
        Err(e) => return Report::error(e, EXIT_ERROR),
    };
    let mut report = Report::default();
    if reminders.is_empty() {
        let _ = writeln!(report.out, "{}", tr!("reminders-none"));
        return report;
    }
    let rows: Vec<[String; 4]> = reminders
        .list()
        .iter()
        .map(|r| {
            let next = r
                .next_after(&env.tz, env.now)
                .map_or_else(String::new, |at| {
                    next_words(at.to_zoned_datetime(env.tz.clone()).datetime())
                });
            [
                time_words(r.at),
                days_words(r.days),
                r.routine.clone(),
                next,
            ]
        })
        .collect();
    let header = [
        tr!("remind-list-time"),
        tr!("remind-list-days"),
        tr!("remind-list-routine"),
        tr!("remind-list-next"),
    ];
    let widths: Vec<usize> = (0..3)
        .map(|i| {
            std::iter::once(&header)
                .chain(&rows)
                .map(|row| row[i].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in std::iter::once(&header).chain(&rows) {
        let _ = writeln!(
            report.out,
            "{:w0$}  {:w1$}  {:w2$}  {}",
            row[0],
            row[1],
            row[2],
            row[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
        );
    }
    let mut routines: Vec<&str> = reminders
        .list()
        .iter()
        .map(|r| r.routine.as_str())
        .collect();
    routines.dedup();
    for routine in routines {
        let found = Source::from_arg(routine, home)
            .map_err(|e| e.to_string())
            .and_then(|source| source.load().map_err(|e| e.to_string()));
        if let Err(why) = found {
            let why = why.lines().next().unwrap_or_default();
            let said = tr!("remind-list-cannot-start", routine = routine, why = why);
            warn(&mut report, &said);
        }
    }
    let at_login = env
        .config_dir
        .as_deref()
        .map(|dir| (autostart::is_set(dir, &env.exe, home), dir));
    let running = match (daemon_running(home), at_login) {
        (true, _) => tr!("remind-daemon-running"),
        (false, Some((true, _))) => tr!("remind-daemon-starts-at-login"),
        (false, Some((false, dir))) => {
            let file = autostart::path_for(dir, home).display().to_string();
            tr!("remind-daemon-not-at-login", file = file)
        }
        (false, None) => tr!("remind-daemon-start-it"),
    };
    let _ = writeln!(report.out, "{running}");
    report
}

/// `remind off [ROUTINE]`: turns off the routine's reminders, or all; with none left, nothing
/// starts at login any more (a running daemon sees the file change and stops by itself).
pub fn off(home: &Home, routine: Option<&str>, env: &Env) -> Report {
    let key = routine.map(|r| routine_key(home, r));
    let changed = match change::update(home, &env.startup(), |reminders| match &key {
        None => reminders.off(None),
        // Also a reminder that names the same routine otherwise (set by its path, by an older
        // version).
        Some(key) => {
            let same: Vec<String> = reminders
                .list()
                .iter()
                .map(|r| r.routine.clone())
                .filter(|stored| stored == key || routine_key(home, stored) == *key)
                .collect();
            same.iter().flat_map(|k| reminders.off(Some(k))).collect()
        }
    }) {
        Ok(changed) => changed,
        Err(e) => return Report::error(e, EXIT_ERROR),
    };
    let (removed, reminders) = (changed.result, &changed.reminders);
    let mut report = Report::default();
    match (routine, removed.len()) {
        (None, 0) => {
            let _ = writeln!(report.out, "{}", tr!("remind-off-none"));
        }
        (None, n) => {
            let _ = writeln!(report.out, "{}", tr!("remind-off-all", count = n));
        }
        (Some(routine), 0) => {
            let mut set: Vec<&str> = reminders
                .list()
                .iter()
                .map(|r| r.routine.as_str())
                .collect();
            set.dedup();
            let message = if set.is_empty() {
                tr!("remind-off-not-set", routine = routine)
            } else {
                let set = set.join(", ");
                tr!("remind-off-not-set-others", routine = routine, set = set)
            };
            return Report::error(message, EXIT_ERROR);
        }
        (Some(routine), n) => {
            let said = tr!("remind-off-routine", count = n, routine = routine);
            let _ = writeln!(report.out, "{said}");
        }
    }
    autostart_lines(&mut report, changed.autostart);
    report
}

/// `remind daemon`: runs the reminder daemon until the last reminder is turned off, logging to
/// `log`; returns the exit code. Each reminder is said in the language `language` gives then, if
/// given. A second daemon says one is running and ends with 0; no session bus or notification
/// server is said once, with 2.
pub fn daemon(home: &Home, log: &mut dyn Write, language: Option<Language>) -> u8 {
    let (message, code) = match run_daemon(home, log, language) {
        Ok(DaemonEnd::NothingToDo) => (tr!("remind-daemon-nothing-to-do"), EXIT_OK),
        Ok(DaemonEnd::AllOff) => (tr!("remind-daemon-all-off"), EXIT_OK),
        Err(DaemonError::Lock(e @ LockError::Held { .. })) => (e.to_string(), EXIT_OK),
        Err(DaemonError::Notify(e)) => {
            let why = e.to_string();
            (tr!("remind-daemon-stops", why = why), EXIT_ERROR)
        }
        Err(e) => (e.to_string(), EXIT_ERROR),
    };
    // Said where the daemon logs; a closed stream leaves the exit code to say it.
    let _ = writeln!(log, "stretch-timer: {message}");
    code
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::reminders::Reminders;

    fn env(config: &Path) -> Env {
        Env {
            now: "2026-06-01T07:00:00Z".parse().unwrap(),
            tz: TimeZone::UTC,
            exe: PathBuf::from("/usr/bin/stretch-timer"),
            config_dir: Some(config.to_owned()),
        }
    }

    #[test]
    fn set_list_and_off_with_the_autostart_entry() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(&dir.path().join("home"));
        let config = dir.path().join("config");
        let env = env(&config);
        let id = crate::bundled::ALL[0].id;
        let entry = autostart::path_for(&config, &home);

        let first = set(&home, id, "08:00".parse().unwrap(), Days::WEEKDAYS, &env);
        assert_eq!(first.code, 0, "{first:?}");
        assert!(first.out.starts_with("Reminder set: "), "{}", first.out);
        assert!(first.out.contains("at 08:00, weekdays."), "{}", first.out);
        assert!(
            first.out.contains("Reminders start at login"),
            "{}",
            first.out
        );
        assert!(entry.exists());

        let second = set(&home, id, "18:00".parse().unwrap(), Days::DAILY, &env);
        assert_eq!(second.code, 0);
        assert!(!second.out.contains("start at login"), "{}", second.out);

        let listed = list(&home, &env);
        let lines: Vec<&str> = listed.out.lines().collect();
        assert_eq!(
            lines[0].split_whitespace().collect::<Vec<_>>(),
            ["TIME", "DAYS", "ROUTINE", "NEXT"]
        );
        assert!(lines[1].starts_with("08:00  weekdays   "), "{}", listed.out);
        assert!(
            lines[1].ends_with("Mon, 1 Jun 2026, 08:00"),
            "{}",
            listed.out
        );
        assert!(lines[2].starts_with("18:00  every day  "), "{}", listed.out);

        let off_one = off(&home, Some("nothing"), &env);
        assert_eq!(off_one.code, 2);
        assert!(
            off_one
                .err
                .contains(&format!("reminders are set for: {id}")),
            "{}",
            off_one.err
        );

        let all = off(&home, Some(id), &env);
        assert_eq!(all.code, 0);
        assert!(
            all.out.starts_with("Turned off 2 reminders for "),
            "{}",
            all.out
        );
        assert!(
            all.out.contains("Nothing starts at login any more"),
            "{}",
            all.out
        );
        assert!(!entry.exists());
        assert_eq!(list(&home, &env).out, "No reminders are set.\n");
        assert_eq!(off(&home, None, &env).out, "No reminders were set.\n");
    }

    #[test]
    fn a_routine_set_by_its_path_is_the_routine_of_its_name_whichever_way_it_is_turned_off() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(&dir.path().join("home"));
        let env = env(&dir.path().join("config"));
        let mine = home.ensure_routines().unwrap().join("evening-hips.ron");
        let text = std::fs::read_to_string("routines/standing-psoas.ron").unwrap();
        std::fs::write(&mine, text).unwrap();
        let path = mine.to_string_lossy();

        // Set by its path, the reminder names it as the app does: by its name.
        let by_path = set(&home, &path, "08:00".parse().unwrap(), Days::DAILY, &env);
        assert_eq!(by_path.code, 0, "{by_path:?}");
        let stored = store::load(&home).unwrap();
        assert_eq!(stored.list()[0].routine, "evening-hips");

        // One stored by its path (as before this version) is turned off by its name too.
        let mut older = Reminders::default();
        older.set(Reminder::new(
            path.to_string(),
            "18:00".parse().unwrap(),
            Days::DAILY,
        ));
        store::save(&home, &older).unwrap();
        let off_by_name = off(&home, Some("evening-hips"), &env);
        assert_eq!(off_by_name.code, 0, "{off_by_name:?}");
        assert!(store::load(&home).unwrap().list().is_empty());
    }

    #[test]
    fn an_unknown_routine_or_a_broken_file_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        let env = env(&dir.path().join("config"));
        let unknown = set(
            &home,
            "evening",
            "08:00".parse().unwrap(),
            Days::DAILY,
            &env,
        );
        assert_eq!(unknown.code, 2);
        assert!(
            unknown
                .err
                .starts_with("stretch-timer: no routine named \"evening\"")
        );
        assert!(!store::path_in(&home).exists());

        std::fs::write(store::path_in(&home), "{not json").unwrap();
        let id = crate::bundled::ALL[0].id;
        let broken = set(&home, id, "08:00".parse().unwrap(), Days::DAILY, &env);
        assert_eq!(broken.code, 2);
        assert!(broken.err.contains("cannot be read"), "{}", broken.err);
        assert_eq!(
            std::fs::read_to_string(store::path_in(&home)).unwrap(),
            "{not json"
        );
        assert_eq!(off(&home, None, &env).code, 2);
        assert_eq!(list(&home, &env).code, 2);
    }
}
