//! The command line: parse arguments, run one command, map the outcome to an exit code.

mod check;
mod handout;
mod history;
mod list;
mod new;
mod plan;
mod remind;
mod render;
mod report;
mod resolve;
use resolve::{Resolve as _, Source};
mod run;
mod share;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::TypedValueParser as _;
use clap::{Parser, Subcommand};
use jiff::civil::Date;
use stretch_timer::app::Launch;
use stretch_timer::audio::CueStyle;
use stretch_timer::home::Home;
use stretch_timer::l10n::{self, LanguageIdentifier};
use stretch_timer::progress::Pain;
use stretch_timer::routine::LoadError;
use stretch_timer::tr;

/// Exit code: everything checked is valid.
pub const EXIT_OK: u8 = 0;
/// Exit code: some routine has errors.
pub const EXIT_INVALID: u8 = 1;
/// Exit code: a usage or I/O error.
pub const EXIT_ERROR: u8 = 2;

/// What a cue style sounds like, in a few words (`--help`).
fn style_about(style: CueStyle) -> String {
    match style {
        CueStyle::Tones => tr!("cli-style-tones"),
        CueStyle::Voice => tr!("cli-style-voice"),
        CueStyle::Both => tr!("cli-style-both"),
    }
}

/// `--style`: the cue styles by the names the core gives them, each with what it sounds like.
fn style_parser() -> impl clap::builder::TypedValueParser<Value = CueStyle> {
    let values =
        CueStyle::ALL.map(|s| clap::builder::PossibleValue::new(s.name()).help(style_about(s)));
    // Only the names offered get through, so every one is found.
    clap::builder::PossibleValuesParser::new(values)
        .map(|name| CueStyle::from_name(&name).unwrap_or_default())
}

/// `--since DATE`: a day written `YYYY-MM-DD`, and no other way.
fn parse_date(text: &str) -> Result<Date, String> {
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let wrong = || {
        let given = format!("{text:?}");
        tr!("cli-date", given = given)
    };
    if !shaped {
        return Err(wrong());
    }
    text.parse::<Date>().map_err(|_| wrong())
}

/// The value of `--lang LANG` or `--lang=LANG` among `args`, if given, before the rest is read.
fn lang_argument(args: impl Iterator<Item = String>) -> Option<String> {
    let mut args = args.take_while(|a| a != "--");
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            return args.next();
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_owned());
        }
    }
    None
}

/// `--lang LANG`: a language the program offers (`de`, or `de-AT` for German), and no other.
fn parse_lang(text: &str) -> Result<LanguageIdentifier, String> {
    let offered = l10n::offered();
    let list = || {
        offered
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let refused = || tr!("cli-lang-not-offered", asked = text, offered = list());
    let asked: LanguageIdentifier = text.trim().parse().map_err(|_| refused())?;
    let chosen = l10n::choose(std::slice::from_ref(&asked));
    // `choose` falls back to English: only English itself, or a kind of it, is English.
    if chosen.language == asked.language {
        Ok(chosen)
    } else {
        Err(refused())
    }
}

/// `--pain-before N`, `--pain-after N`: a whole number from 0 to 10.
fn parse_pain(text: &str) -> Result<Pain, String> {
    text.parse::<Pain>()
        .map_err(|_| tr!("cli-pain", given = text))
}

/// Guided, exactly timed stretching routines. Without a command, opens the app.
#[derive(Debug, Parser)]
#[command(name = "stretch-timer", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A routine to open in the app: a .ron file, or the name of a bundled routine.
    routine: Option<String>,
    /// Start the routine at once (for a desktop shortcut to "my daily routine").
    #[arg(long, requires = "routine")]
    start: bool,
    /// Cue style for this run of the app (tones, voice or both), as if chosen in its settings.
    #[arg(long, value_parser = style_parser())]
    style: Option<CueStyle>,
    /// The folder for your own routines and drafts, instead of the usual one (also set by the
    /// environment variable STRETCH_TIMER_HOME).
    #[arg(long, global = true, value_name = "DIR")]
    home: Option<PathBuf>,
    /// The language of the program's words and of its voice (en, de, es, fr), instead of the one
    /// chosen in the app's Settings or the system's (in the window, a language chosen in Settings
    /// comes first). A routine that names its own language speaks that.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<LanguageIdentifier>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check routine files (or every .ron file in a folder) and report every error with its line
    /// and column. Exit code 0: all valid; 1: some have errors; 2: a file could not be read.
    Check {
        /// Routine files or folders.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Show a routine's timeline: every phase with its start and length.
    Plan {
        /// A .ron file, or the name of a bundled routine (see `stretch-timer list`).
        routine: String,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Also list every cue (sound) with its time.
        #[arg(long, conflicts_with = "json")]
        cues: bool,
    },
    /// List the available routines, bundled and yours, with their total time.
    List,
    /// Write a new routine from a commented template into your routines folder, and print its
    /// path: for writing routines in your own text editor.
    New {
        /// The routine's name, as the client will see it.
        name: String,
    },
    /// Put a routine and the pictures and sounds it names into one .zip file, to send to a
    /// client.
    Export {
        /// A .ron file, or the name of one of your routines.
        routine: String,
        /// The file to write (by default NAME.zip in the current folder).
        #[arg(long, short, value_name = "FILE.zip")]
        out: Option<PathBuf>,
    },
    /// Add a shared routine (a .zip file made by export) to your routines. Nothing in it is run;
    /// it is checked before it is added.
    Import {
        /// The .zip file.
        package: PathBuf,
        /// If you have a routine of the same name, keep both (the new one under another name).
        #[arg(long, conflicts_with = "replace")]
        rename: bool,
        /// If you have a routine of the same name, replace it with the new one.
        #[arg(long)]
        replace: bool,
    },
    /// Render a routine's whole audio track (every cue at its time) to a WAV file, faster than
    /// real time: to listen through a routine, or to follow it on a phone.
    Render {
        /// A .ron file, or the name of a bundled routine.
        routine: String,
        /// The WAV file to write.
        #[arg(long, short, value_name = "FILE.wav")]
        out: PathBuf,
        /// Tones, spoken prompts, or both.
        #[arg(long, value_parser = style_parser(), default_value = CueStyle::default().name())]
        style: CueStyle,
        #[command(flatten)]
        speech: render::SpeechArgs,
    },
    /// Write a printable handout (one HTML page, images included) for a routine: open it in a
    /// browser and print it, or send it to the client with the routine.
    Handout {
        /// A .ron file, or the name of a bundled routine.
        routine: String,
        /// The HTML file to write.
        #[arg(long, short, value_name = "FILE.html")]
        out: PathBuf,
    },
    /// Play a routine now, with sound and a one-line live display. Ctrl-C stops.
    Run {
        /// A .ron file, or the name of a bundled routine.
        routine: String,
        /// Tones, spoken prompts, or both.
        #[arg(long, value_parser = style_parser(), default_value = CueStyle::default().name())]
        style: CueStyle,
        /// Volume from 0 to 100.
        #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u8).range(0..=100))]
        volume: u8,
        /// No sound at all (display only).
        #[arg(long)]
        silent: bool,
        /// Your pain before, from 0 (none) to 10 (the worst), instead of being asked.
        #[arg(long, value_name = "N", value_parser = parse_pain, allow_negative_numbers = true)]
        pain_before: Option<Pain>,
        /// Your pain after, from 0 to 10, instead of being asked.
        #[arg(long, value_name = "N", value_parser = parse_pain, allow_negative_numbers = true)]
        pain_after: Option<Pain>,
        /// Do not ask about pain (it is asked only when typing at a terminal anyway).
        #[arg(long)]
        no_ask: bool,
        #[command(flatten)]
        speech: render::SpeechArgs,
    },
    /// Show the sessions you have done (every run is recorded), oldest first: a table, or CSV
    /// or JSON for other programs.
    History {
        /// Only sessions from this day on (YYYY-MM-DD).
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        since: Option<Date>,
        /// Only sessions of the routine with this name.
        #[arg(long, value_name = "NAME")]
        routine: Option<String>,
        /// One row per session, with the columns started_at, routine, outcome, seconds,
        /// holds_done, holds_planned, pain_before, pain_after, effort, note.
        #[arg(long, conflicts_with = "json")]
        csv: bool,
        /// The same as --csv, plus the holds of each step and side, as JSON.
        #[arg(long)]
        json: bool,
        /// Move a damaged history file aside (it is kept, not deleted) and start a new one, so
        /// that sessions are recorded again.
        #[arg(long, conflicts_with_all = ["since", "routine", "csv", "json"])]
        set_aside: bool,
    },
    /// Write a report for your therapist (one printable HTML page): sessions per week against
    /// what was prescribed, pain before and after over time, what to look at, and your notes.
    Report {
        /// The report starts on this day (YYYY-MM-DD); by default, 12 weeks ago.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        since: Option<Date>,
        /// Only the routine with this name.
        #[arg(long, value_name = "NAME")]
        routine: Option<String>,
        /// The HTML file to write.
        #[arg(long, short, value_name = "FILE.html")]
        out: PathBuf,
    },
    /// Reminders: a desktop notification at the times you choose, with "Start now".
    Remind {
        #[command(subcommand)]
        command: remind::RemindCommand,
    },
}

/// Runs the command line and returns the process's exit code. Never panics on any input.
pub fn main() -> ExitCode {
    // The language chosen in the app's Settings, else the system's (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG; the user's setting on Windows), the closest one offered, English if none
    // is: for every thread, until `--lang` says another. The reminder daemon speaks it too.
    let language = stretch_timer::app::settings::Settings::saved_language()
        .unwrap_or_else(|| l10n::choose(&l10n::system_languages()));
    l10n::set_default_language(&language);
    // `--lang` speaks from the start: a value refused while the rest is read is refused in it.
    if let Some(asked) = lang_argument(std::env::args())
        && let Ok(language) = parse_lang(&asked)
    {
        l10n::set_default_language(&language);
    }
    // The app's own arguments go without a command; global options such as --home go anywhere
    // (clap's args_conflicts_with_subcommands would refuse `--home DIR list`).
    let parsed = Cli::try_parse().and_then(|cli| {
        if cli.command.is_some() && (cli.routine.is_some() || cli.start || cli.style.is_some()) {
            Err(<Cli as clap::CommandFactory>::command().error(
                clap::error::ErrorKind::ArgumentConflict,
                tr!("cli-app-options"),
            ))
        } else {
            Ok(cli)
        }
    });
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are "errors" that exit 0; usage errors exit 2.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_ERROR } else { EXIT_OK });
        }
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let result = run(cli, &mut out).and_then(|code| {
        out.flush()?;
        Ok(code)
    });
    match result {
        Ok(code) => ExitCode::from(code),
        // The reader went away (`stretch-timer plan x | head`): not an error worth a message.
        Err(e) if is_broken_pipe(&e) => ExitCode::from(EXIT_OK),
        Err(e) => {
            eprintln!(
                "stretch-timer: {}",
                stretch_timer::fault::chain_words(e.as_ref())
            );
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn run(cli: Cli, out: &mut dyn Write) -> anyhow::Result<u8> {
    if let Some(language) = &cli.lang {
        // Offered, as parse_lang checked: the words of this thread and of every thread after.
        l10n::set_default_language(language);
    }
    let home = Home::locate(cli.home.as_deref())?;
    let home = &home;
    match cli.command {
        Some(Command::Check { paths }) => check::run(&paths, out),
        Some(Command::Plan {
            routine,
            json,
            cues,
        }) => plan::run(&routine, json, cues, home, out),
        Some(Command::List) => list::run(home, out),
        Some(Command::New { name }) => new::run(&name, home, out),
        Some(Command::Export { routine, out: path }) => {
            share::export(&routine, path.as_deref(), home, out)
        }
        Some(Command::Import {
            package,
            rename,
            replace,
        }) => share::import(&package, rename, replace, home, out),
        Some(Command::Render {
            routine,
            out: path,
            style,
            speech,
        }) => render::run(&routine, &path, style, &speech, home, out),
        Some(Command::Handout { routine, out: path }) => handout::run(&routine, &path, home, out),
        Some(Command::Run {
            routine,
            style,
            volume,
            silent,
            pain_before,
            pain_after,
            no_ask,
            speech,
        }) => run::run(
            &routine,
            &run::Options {
                style,
                volume: f32::from(volume) / 100.0,
                silent,
                pain_before,
                pain_after,
                no_ask,
                speech,
            },
            home,
            out,
        ),
        Some(Command::History {
            since,
            routine,
            csv,
            json,
            set_aside,
        }) => {
            if set_aside {
                return history::set_aside(home, out);
            }
            let format = if csv {
                history::Format::Csv
            } else if json {
                history::Format::Json
            } else {
                history::Format::Table
            };
            history::run(since, routine, format, home, out)
        }
        Some(Command::Report {
            since,
            routine,
            out: path,
        }) => report::run(since, routine.as_deref(), &path, home, out),
        Some(Command::Remind { command }) => remind::run(command, home, out),
        None => {
            if let Some(routine) = &cli.routine {
                // A name that is neither a file nor a bundled routine is a usage error, said here
                // rather than in a window.
                Source::from_arg(routine, home)?;
            }
            let launch = match (cli.routine, cli.start) {
                (Some(routine), true) => Launch::Start(routine),
                (Some(routine), false) => Launch::Open(routine),
                (None, _) => Launch::Library,
            };
            stretch_timer::app::run_native(launch, cli.style, cli.lang.clone(), home.clone())
                .map_err(|e| {
                    let reason = e.to_string();
                    anyhow::anyhow!(tr!("cli-no-window", reason = reason))
                })?;
            Ok(EXIT_OK)
        }
    }
}

/// Prints a routine's errors to stderr; the exit code: 2 if it could not be read, 1 if invalid.
fn report_load_error(e: &LoadError) -> u8 {
    if e.diagnostics().is_empty() {
        eprintln!("{e}");
    } else {
        eprintln!("{}", stretch_timer::problems::lines(e));
    }
    if e.is_io() { EXIT_ERROR } else { EXIT_INVALID }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}
