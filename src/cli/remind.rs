//! `stretch-timer remind`: reminders as desktop notifications. The commands' logic is in the
//! library (`stretch_timer::remind::cli`), shared with the app; this only parses and prints.

use std::io::Write;

use clap::Subcommand;
use stretch_timer::home::Home;
use stretch_timer::remind::cli::{self, Env};
use stretch_timer::remind::words;
use stretch_timer::reminders::{Days, TimeOfDay};

/// The `remind` commands.
#[derive(Debug, Subcommand)]
pub enum RemindCommand {
    /// Remind me of a routine at a time of day, with a desktop notification. For several times a
    /// day, repeat the command with each time.
    Set {
        /// A .ron file, the name of a bundled routine, or one of yours.
        routine: String,
        /// The time of day, on the 24-hour clock.
        #[arg(long, value_name = "HH:MM", value_parser = parse_time)]
        at: TimeOfDay,
        /// On which days: daily, weekdays, weekends, or days like mon,wed,fri.
        #[arg(long, value_name = "DAYS", default_value = "daily", value_parser = parse_days)]
        days: Days,
    },
    /// List the reminders, with when each is next due.
    List,
    /// Turn off the reminders of a routine, or all of them.
    Off {
        /// The routine, as it was set; without it, every reminder is turned off.
        routine: Option<String>,
    },
    /// Run the reminder daemon: a background program (no window, no sound) that shows each
    /// reminder when it is due. Started at login once a reminder is set. Exit code 2 when there is
    /// no desktop session bus or notification server.
    Daemon,
}

/// `--at HH:MM`, refused in the person's language.
fn parse_time(text: &str) -> Result<TimeOfDay, String> {
    text.parse::<TimeOfDay>()
        .map_err(|e| words::time_error_words(&e))
}

/// `--days DAYS`, refused in the person's language.
fn parse_days(text: &str) -> Result<Days, String> {
    text.parse::<Days>()
        .map_err(|e| words::days_error_words(&e))
}

/// Runs a `remind` command.
pub fn run(command: RemindCommand, home: &Home, out: &mut dyn Write) -> anyhow::Result<u8> {
    let env = Env::current();
    let report = match command {
        RemindCommand::Set { routine, at, days } => cli::set(home, &routine, at, days, &env),
        RemindCommand::List => cli::list(home, &env),
        RemindCommand::Off { routine } => cli::off(home, routine.as_deref(), &env),
        RemindCommand::Daemon => return Ok(cli::daemon(home, &mut std::io::stderr())),
    };
    out.write_all(report.out.as_bytes())?;
    eprint!("{}", report.err);
    Ok(report.code)
}
