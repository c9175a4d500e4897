//! `stretch-timer remind`: reminders as desktop notifications. The commands' logic is in the
//! library (`stretch_timer::remind::cli`), shared with the app; this only parses and prints.

use std::io::Write;

use clap::Subcommand;
use stretch_timer::app::settings::Settings;
use stretch_timer::home::Home;
use stretch_timer::l10n;
use stretch_timer::remind::cli::{self, Env};
use stretch_timer::remind::daemon::Language;
use stretch_timer::remind::words;
use stretch_timer::reminders::{Days, TimeOfDay};

/// The `remind` commands; their words in --help are `cli-help-remind-*` (cli/words.rs).
#[derive(Debug, Subcommand)]
pub enum RemindCommand {
    Set {
        routine: String,
        #[arg(long, value_name = "HH:MM", value_parser = parse_time)]
        at: TimeOfDay,
        #[arg(long, value_name = "DAYS", default_value = "daily", value_parser = parse_days)]
        days: Days,
    },
    List,
    Off {
        routine: Option<String>,
    },
    Daemon,
}
fn parse_time(text: &str) -> Result<TimeOfDay, String> {
    text.parse::<TimeOfDay>()
        .map_err(|e| words::time_error_words(&e))
}
fn parse_days(text: &str) -> Result<Days, String> {
    text.parse::<Days>()
        .map_err(|e| words::days_error_words(&e))
}

/// Runs a `remind` command.
/// `lang_given`: `--lang` chose the language for this run; otherwise the daemon follows the one
/// chosen in the app's Settings (or the system's), read again before each reminder.
pub fn run(
    command: RemindCommand,
    home: &Home,
    lang_given: bool,
    out: &mut dyn Write,
) -> anyhow::Result<u8> {
    let env = Env::current();
    let report = match command {
        RemindCommand::Set { routine, at, days } => cli::set(home, &routine, at, days, &env),
        RemindCommand::List => cli::list(home, &env),
        RemindCommand::Off { routine } => cli::off(home, routine.as_deref(), &env),
        RemindCommand::Daemon => {
            let language: Option<Language> = (!lang_given).then(|| {
                Box::new(|| {
                    Some(
                        Settings::saved_language()
                            .unwrap_or_else(|| l10n::choose(&l10n::system_languages())),
                    )
                }) as Language
            });
            return Ok(cli::daemon(home, &mut std::io::stderr(), language));
        }
    };
    out.write_all(report.out.as_bytes())?;
    eprint!("{}", report.err);
    Ok(report.code)
}
