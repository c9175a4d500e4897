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
mod words;

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

/// A whole number in `range` (`--volume`, `--speech-rate`), refused in the person's language.
fn parse_between<T>(text: &str, range: std::ops::RangeInclusive<T>) -> Result<T, String>
where
    T: std::str::FromStr + PartialOrd + std::fmt::Display,
{
    match text.trim().parse::<T>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => {
            let (low, high) = (range.start().to_string(), range.end().to_string());
            Err(tr!("cli-between", low = low, high = high, given = text))
        }
    }
}

/// The command line. What each command and option says in --help is in the language files
/// (`cli-help-*`), looked up by cli/words.rs.
#[derive(Debug, Parser)]
#[command(name = "stretch-timer", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    routine: Option<String>,
    #[arg(long, requires = "routine")]
    start: bool,
    #[arg(long, value_parser = style_parser())]
    style: Option<CueStyle>,
    #[arg(long, global = true, value_name = "DIR")]
    home: Option<PathBuf>,
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<LanguageIdentifier>,
}

#[derive(Debug, Subcommand)]
enum Command {
    Check {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    Plan {
        routine: String,
        #[arg(long)]
        json: bool,
        #[arg(long, conflicts_with = "json")]
        cues: bool,
    },
    List,
    New {
        name: String,
    },
    Export {
        routine: String,
        #[arg(long, short, value_name = "FILE.zip")]
        out: Option<PathBuf>,
    },
    Import {
        package: PathBuf,
        #[arg(long, conflicts_with = "replace")]
        rename: bool,
        #[arg(long)]
        replace: bool,
    },
    Render {
        routine: String,
        #[arg(long, short, value_name = "FILE.wav")]
        out: PathBuf,
        #[arg(long, value_parser = style_parser(), default_value = CueStyle::default().name())]
        style: CueStyle,
        #[command(flatten)]
        speech: render::SpeechArgs,
    },
    Handout {
        routine: String,
        #[arg(long, short, value_name = "FILE.html")]
        out: PathBuf,
    },
    Run {
        routine: String,
        #[arg(long, value_parser = style_parser(), default_value = CueStyle::default().name())]
        style: CueStyle,
        #[arg(long, default_value_t = 80, value_parser = |t: &str| parse_between(t, 0..=100u8))]
        volume: u8,
        #[arg(long)]
        silent: bool,
        #[arg(long, value_name = "N", value_parser = parse_pain, allow_negative_numbers = true)]
        pain_before: Option<Pain>,
        #[arg(long, value_name = "N", value_parser = parse_pain, allow_negative_numbers = true)]
        pain_after: Option<Pain>,
        #[arg(long)]
        no_ask: bool,
        #[command(flatten)]
        speech: render::SpeechArgs,
    },
    History {
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        since: Option<Date>,
        #[arg(long, value_name = "NAME")]
        routine: Option<String>,
        #[arg(long, conflicts_with = "json")]
        csv: bool,
        #[arg(long)]
        json: bool,
        #[arg(long, conflicts_with_all = ["since", "routine", "csv", "json"])]
        set_aside: bool,
    },
    Report {
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        since: Option<Date>,
        #[arg(long, value_name = "NAME")]
        routine: Option<String>,
        #[arg(long, short, value_name = "FILE.html")]
        out: PathBuf,
    },
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
    // Every word of --help and of clap's errors in the person's language (cli/words.rs).
    let mut command = words::command(<Cli as clap::CommandFactory>::command());
    let parsed = command
        .try_get_matches_from_mut(std::env::args_os())
        .and_then(|mut matches| <Cli as clap::FromArgMatches>::from_arg_matches_mut(&mut matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are "errors" that exit 0; usage errors exit 2.
            let code = if e.use_stderr() { EXIT_ERROR } else { EXIT_OK };
            let _ = e.apply::<words::Framing>().print();
            return ExitCode::from(code);
        }
    };
    // The app's own arguments go without a command; global options such as --home go anywhere
    // (clap's args_conflicts_with_subcommands would refuse `--home DIR list`).
    if cli.command.is_some() && (cli.routine.is_some() || cli.start || cli.style.is_some()) {
        let usage = command.render_usage().to_string();
        let message = words::frame(&tr!("cli-app-options"), Some(&usage), &Default::default());
        eprint!("{message}");
        return ExitCode::from(EXIT_ERROR);
    }
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
        Some(Command::Remind { command }) => remind::run(command, home, cli.lang.is_some(), out),
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
