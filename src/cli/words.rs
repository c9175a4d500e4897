//! The command line's own words in the person's language: `--help` and clap's messages.
//!
//! clap writes its help and its errors in English. The command is built from the derive in
//! `cli/mod.rs`, then every text a person reads is replaced from the language files: each
//! command's summary, each argument's help and value name, the headings, the usage line, the
//! "[default: …]" notes, and the errors (through [`Framing`], an `ErrorFormatter`). The help texts
//! are the `cli-help-*` messages, looked up by command and argument in [`about`] and [`help`]; a
//! test walks the whole command and fails on any argument or command without its words.

use std::fmt::Write as _;

use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, ArgAction, Command};
use stretch_timer::tr;

/// A command's summary, by its path from the program (`""` for the program, `"remind/set"`).
fn about(path: &str) -> Option<String> {
    Some(match path {
        "" => tr!("cli-help-about"),
        "check" => tr!("cli-help-check"),
        "plan" => tr!("cli-help-plan"),
        "list" => tr!("cli-help-list"),
        "new" => tr!("cli-help-new"),
        "export" => tr!("cli-help-export"),
        "import" => tr!("cli-help-import"),
        "render" => tr!("cli-help-render"),
        "handout" => tr!("cli-help-handout"),
        "run" => tr!("cli-help-run"),
        "history" => tr!("cli-help-history"),
        "report" => tr!("cli-help-report"),
        "remind" => tr!("cli-help-remind"),
        "remind/set" => tr!("cli-help-remind-set"),
        "remind/list" => tr!("cli-help-remind-list"),
        "remind/off" => tr!("cli-help-remind-off"),
        "remind/daemon" => tr!("cli-help-remind-daemon"),
        "help" => tr!("cli-help-help-command"),
        _ => return None,
    })
}

/// An argument's help, by its command's path and its id.
fn help(path: &str, id: &str) -> Option<String> {
    let command = path.rsplit('/').next().unwrap_or_default();
    Some(match (command, id) {
        (_, "help") => tr!("cli-help-help"),
        (_, "version") => tr!("cli-help-version"),
        (_, "home") => tr!("cli-help-home"),
        (_, "lang") => tr!("cli-help-lang"),
        // `help COMMAND…`: clap's own help command.
        ("help", "subcommand") => tr!("cli-help-help-which"),
        ("", "routine") => tr!("cli-help-app-routine"),
        ("", "start") => tr!("cli-help-app-start"),
        ("", "style") => tr!("cli-help-app-style"),
        ("check", "paths") => tr!("cli-help-check-paths"),
        ("plan" | "render" | "handout" | "run", "routine") => tr!("cli-help-any-routine"),
        ("plan", "json") => tr!("cli-help-plan-json"),
        ("plan", "cues") => tr!("cli-help-plan-cues"),
        ("new", "name") => tr!("cli-help-new-name"),
        ("export", "routine") => tr!("cli-help-export-routine"),
        ("export", "out") => tr!("cli-help-export-out"),
        ("import", "package") => tr!("cli-help-import-package"),
        ("import", "rename") => tr!("cli-help-import-rename"),
        ("import", "replace") => tr!("cli-help-import-replace"),
        ("render", "out") => tr!("cli-help-render-out"),
        ("handout", "out") | ("report", "out") => tr!("cli-help-page-out"),
        ("render" | "run", "style") => tr!("cli-help-style"),
        ("render" | "run", "speak_names") => tr!("cli-help-speak-names"),
        ("render" | "run", "no_speak_names") => tr!("cli-help-no-speak-names"),
        ("render" | "run", "read_instructions") => tr!("cli-help-read-instructions"),
        ("render" | "run", "speech_voice") => tr!("cli-help-speech-voice"),
        ("render" | "run", "speech_rate") => tr!("cli-help-speech-rate"),
        ("run", "volume") => tr!("cli-help-run-volume"),
        ("run", "silent") => tr!("cli-help-run-silent"),
        ("run", "pain_before") => tr!("cli-help-run-pain-before"),
        ("run", "pain_after") => tr!("cli-help-run-pain-after"),
        ("run", "no_ask") => tr!("cli-help-run-no-ask"),
        ("history", "since") => tr!("cli-help-history-since"),
        ("history" | "report", "routine") => tr!("cli-help-only-routine"),
        ("history", "csv") => tr!("cli-help-history-csv"),
        ("history", "json") => tr!("cli-help-history-json"),
        ("history", "set_aside") => tr!("cli-help-history-set-aside"),
        ("report", "since") => tr!("cli-help-report-since"),
        ("set", "routine") => tr!("cli-help-remind-set-routine"),
        ("set", "at") => tr!("cli-help-remind-set-at"),
        ("set", "days") => tr!("cli-help-remind-set-days"),
        ("off", "routine") => tr!("cli-help-remind-off-routine"),
        _ => return None,
    })
}

/// A value's placeholder in the usage line and the help (`--out <FILE.wav>`), by clap's name.
fn value_name(name: &str) -> Option<String> {
    Some(match name {
        "ROUTINE" => tr!("cli-value-routine"),
        "PATH" => tr!("cli-value-path"),
        "NAME" => tr!("cli-value-name"),
        "PACKAGE" => tr!("cli-value-package"),
        "DIR" => tr!("cli-value-dir"),
        "LANG" => tr!("cli-value-lang"),
        "STYLE" => tr!("cli-value-style"),
        file if file.starts_with("FILE.") => {
            let kind = file.trim_start_matches("FILE.");
            tr!("cli-value-file", kind = kind)
        }
        "N" => tr!("cli-value-number"),
        "DATE" => tr!("cli-value-date"),
        "HH:MM" => tr!("cli-value-time"),
        "DAYS" => tr!("cli-value-days"),
        "WHEN" => tr!("cli-value-when"),
        "VOICE" => tr!("cli-value-voice"),
        "WPM" => tr!("cli-value-wpm"),
        "VOLUME" => tr!("cli-value-volume"),
        "COMMAND" => tr!("cli-value-command"),
        _ => return None,
    })
}

/// The whole command line, every word a person reads in the language of this thread.
pub fn command(command: Command) -> Command {
    let mut command = command;
    // Built first: clap adds --help, --version and the help command only when it builds.
    command.build();
    localise(command, "")
}

/// Looks up `words` or, where none are written (a test makes sure there are), keeps clap's.
fn or_keep(words: Option<String>, clap: Option<&StyledStr>) -> Option<StyledStr> {
    words.map(StyledStr::from).or_else(|| clap.cloned())
}

/// The path a command's words are looked up by (`remind/set` for `remind set`). clap's `help` command, in every command with
/// commands, holds a copy of each of them for finding them by name: they are named and summed up
/// as the commands themselves.
fn key(path: &str) -> String {
    let mut names: Vec<_> = path.split_whitespace().collect();
    if names.last() == Some(&"help") {
        "help".to_owned()
    } else {
        names.retain(|name| *name != "help");
        names.join("/")
    }
}

fn localise(command: Command, path: &str) -> Command {
    let key = key(path);
    let styles = command.get_styles().clone();
    let about = or_keep(about(&key), command.get_about());
    let command = match about {
        Some(about) => command.about(about),
        None => command,
    };
    let mut command = command
        .long_about(clap::builder::Resettable::Reset)
        .help_template(template(&styles))
        .subcommand_help_heading(tr!("cli-heading-commands"))
        .subcommand_value_name(tr!("cli-value-command"))
        .mut_args(|arg| localise_arg(arg, &key))
        .mut_subcommands(|sub| {
            let path = [path, sub.get_name()].join(" ");
            localise(sub, path.trim())
        });
    // The usage line is clap's, with its own placeholders in the person's words.
    let usage = command.render_usage().to_string();
    let usage = usage
        .split_once(' ')
        .map_or(usage.as_str(), |(_, rest)| rest)
        .replace("[OPTIONS]", &format!("[{}]", tr!("cli-value-options")))
        .replace("[COMMAND]", &format!("[{}]", tr!("cli-value-command")))
        .replace("<COMMAND>", &format!("<{}>", tr!("cli-value-command")));
    command.override_usage(usage)
}

/// The help's layout, clap's own, with its "Usage:" heading in the person's words.
fn template(styles: &Styles) -> String {
    let usage = styles.get_usage();
    let heading = tr!("cli-heading-usage");
    format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{heading}:{usage:#} {{usage}}\n\n\
         {{all-args}}{{after-help}}"
    )
}

fn localise_arg(arg: Arg, path: &str) -> Arg {
    let id = arg.get_id().as_str().to_owned();
    let mut words = help(path, &id)
        .unwrap_or_else(|| arg.get_help().map(ToString::to_string).unwrap_or_default());
    if id == "help" && arg.get_long_help().is_some() {
        // clap offers a summary with -h and everything with --help when some argument says more.
        words = tr!("cli-help-help-more");
    }
    let mut long = None;
    let values: Vec<_> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    if !values.is_empty() && !matches!(arg.get_action(), ArgAction::SetTrue | ArgAction::SetFalse) {
        let names = values
            .iter()
            .map(clap::builder::PossibleValue::get_name)
            .collect::<Vec<_>>()
            .join(", ");
        let said = values.iter().any(|v| v.get_help().is_some());
        if said {
            let mut text = format!("{words}\n\n{}", tr!("cli-help-values"));
            for value in &values {
                let about = value
                    .get_help()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                let _ = write!(text, "\n- {}: {about}", value.get_name());
            }
            long = Some(text);
        }
        words = tr!("cli-help-with-values", help = words, values = names);
    }
    let defaults: Vec<_> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !matches!(arg.get_action(), ArgAction::SetTrue | ArgAction::SetFalse)
    {
        let value = defaults.join(", ");
        long = long.map(|l| tr!("cli-help-with-default", help = l, value = value.as_str()));
        words = tr!("cli-help-with-default", help = words, value = value);
    }
    // clap names a value by its argument's id, in capitals, where none is given.
    let names = match arg.get_value_names() {
        Some(names) => Some(names.iter().map(ToString::to_string).collect::<Vec<_>>()),
        None if arg.get_action().takes_values() => Some(vec![id.to_uppercase()]),
        None => None,
    }
    .map(|names| {
        names
            .into_iter()
            .map(|n| value_name(&n).unwrap_or(n))
            .collect::<Vec<_>>()
    });
    let heading = if arg.is_positional() {
        tr!("cli-heading-arguments")
    } else {
        tr!("cli-heading-options")
    };
    let arg = match long {
        Some(long) => arg.long_help(long),
        None => arg.long_help(clap::builder::Resettable::Reset),
    };
    let arg = arg
        .help(words)
        .hide_possible_values(true)
        .hide_default_value(true)
        .help_heading(heading);
    match names {
        Some(names) => arg.value_names(names),
        None => arg,
    }
}

/// clap's errors in the person's words: what went wrong, a tip, the usage line, and where to
/// read more.
pub struct Framing;

impl ErrorFormatter for Framing {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let styles = Styles::default();
        let mut text = what_went_wrong(error, &styles);
        if let Some(tip) = tip(error) {
            let valid = styles.get_valid();
            let _ = write!(text, "\n\n  {valid}{}{valid:#} {tip}", tr!("cli-error-tip"));
        }
        let usage = match error.get(ContextKind::Usage) {
            Some(ContextValue::StyledStr(usage)) => Some(usage.to_string()),
            _ => None,
        };
        frame(&text, usage.as_deref(), &styles)
    }
}

/// A message in clap's frame: "error:", then the usage and where to read more.
pub fn frame(message: &str, usage: Option<&str>, styles: &Styles) -> StyledStr {
    let error = styles.get_error();
    let literal = styles.get_literal();
    let mut styled = StyledStr::new();
    let _ = write!(styled, "{error}{}{error:#} {message}", tr!("cli-error"));
    if let Some(usage) = usage {
        // clap's usage line begins with its English "Usage:", put back in the person's words.
        let line = usage.split_once(' ').map_or(usage, |(_, rest)| rest);
        let style = styles.get_usage();
        let heading = tr!("cli-heading-usage");
        let _ = write!(styled, "\n\n{style}{heading}:{style:#} {line}");
    }
    let flag = format!("'{literal}--help{literal:#}'");
    let _ = writeln!(styled, "\n\n{}", tr!("cli-error-more", flag = flag));
    styled
}

fn text(error: &clap::error::Error<Framing>, kind: ContextKind) -> Option<String> {
    match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) => Some(list.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

fn what_went_wrong(error: &clap::error::Error<Framing>, styles: &Styles) -> String {
    let invalid = styles.get_invalid();
    let strong = |s: String| format!("'{invalid}{s}{invalid:#}'");
    let arg = text(error, ContextKind::InvalidArg).map(strong);
    let value = text(error, ContextKind::InvalidValue);
    let said = match (error.kind(), arg, value) {
        (ErrorKind::InvalidValue, Some(arg), Some(value)) if value.is_empty() => {
            Some(tr!("cli-error-no-value", arg = arg))
        }
        (ErrorKind::InvalidValue, Some(arg), Some(value)) => {
            let value = strong(value);
            let words = tr!("cli-error-invalid-value", value = value, arg = arg);
            Some(match text(error, ContextKind::ValidValue) {
                Some(values) => tr!("cli-help-with-values", help = words, values = values),
                None => words,
            })
        }
        (ErrorKind::ValueValidation, Some(arg), Some(value)) => {
            let value = strong(value);
            let words = tr!("cli-error-invalid-value", value = value, arg = arg);
            Some(match std::error::Error::source(error) {
                Some(why) => format!("{words}: {why}"),
                None => words,
            })
        }
        (ErrorKind::UnknownArgument, Some(arg), _) => Some(tr!("cli-error-unknown", arg = arg)),
        (ErrorKind::ArgumentConflict, Some(arg), _) => {
            match text(error, ContextKind::PriorArg).map(strong) {
                Some(prior) if prior == arg => Some(tr!("cli-error-twice", arg = arg)),
                Some(prior) => Some(tr!("cli-error-conflict", arg = arg, other = prior)),
                None => Some(tr!("cli-error-conflict-any", arg = arg)),
            }
        }
        (ErrorKind::MissingRequiredArgument, Some(args), _) => {
            Some(tr!("cli-error-missing", args = args))
        }
        (ErrorKind::TooManyValues, Some(arg), Some(value)) => {
            let value = strong(value);
            Some(tr!("cli-error-too-many", value = value, arg = arg))
        }
        (ErrorKind::NoEquals, Some(arg), _) => Some(tr!("cli-error-no-equals", arg = arg)),
        (ErrorKind::InvalidSubcommand, _, _) => text(error, ContextKind::InvalidSubcommand)
            .map(strong)
            .map(|command| tr!("cli-error-unknown-command", command = command)),
        (ErrorKind::MissingSubcommand, _, _) => text(error, ContextKind::InvalidSubcommand)
            .map(strong)
            .map(|command| tr!("cli-error-no-command", command = command)),
        _ => None,
    };
    // A kind clap gives no details for (an unreadable argument, a full terminal): its own cause.
    said.unwrap_or_else(|| match std::error::Error::source(error) {
        Some(why) => why.to_string(),
        None => tr!("cli-error-other"),
    })
}

/// The one tip clap may have: a name close to the one typed, or how to pass a value that looks
/// like an option.
fn tip(error: &clap::error::Error<Framing>) -> Option<String> {
    let close = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(|kind| text(error, kind));
    if let Some(close) = close {
        let close = format!("'{close}'");
        return Some(tr!("cli-error-did-you-mean", close = close));
    }
    text(error, ContextKind::TrailingArg)
        .filter(|_| error.kind() == ErrorKind::UnknownArgument)
        .and_then(|_| text(error, ContextKind::InvalidArg))
        .map(|arg| {
            let form = format!("'-- {arg}'");
            let arg = format!("'{arg}'");
            tr!("cli-error-as-value", arg = arg, form = form)
        })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Tests may fail loudly.

    use super::*;
    use stretch_timer::l10n;

    /// Every command and argument a person can ask about, with their path.
    fn walk(command: &Command, path: &str, found: &mut Vec<(String, Option<String>)>) {
        found.push((path.to_owned(), None));
        for arg in command.get_arguments() {
            found.push((path.to_owned(), Some(arg.get_id().to_string())));
        }
        for sub in command.get_subcommands() {
            let path = [path, sub.get_name()].join(" ").trim().to_owned();
            walk(sub, &path, found);
        }
    }

    /// Runs `f` on a thread speaking `language`.
    fn in_language<T: Send>(language: &str, f: impl FnOnce() -> T + Send) -> T {
        std::thread::scope(|s| {
            s.spawn(|| {
                assert!(l10n::set_language(&language.parse().unwrap()));
                f()
            })
            .join()
            .unwrap()
        })
    }

    #[test]
    fn every_command_and_argument_has_words() {
        let mut command = <crate::cli::Cli as clap::CommandFactory>::command();
        command.build();
        let mut found = Vec::new();
        walk(&command, "", &mut found);
        assert!(found.len() > 60, "{found:?}");
        let missing: Vec<_> = found
            .iter()
            .filter(|(path, arg)| match arg {
                None => about(&key(path)).is_none(),
                Some(id) => help(&key(path), id).is_none(),
            })
            .collect();
        assert!(
            missing.is_empty(),
            "no words in the language files for {missing:?}"
        );
    }

    #[test]
    fn the_help_of_every_command_speaks_the_language() {
        for language in ["de", "es", "fr"] {
            in_language(language, || {
                let mut command = command(<crate::cli::Cli as clap::CommandFactory>::command());
                let mut found = Vec::new();
                walk(&command, "", &mut found);
                let paths: std::collections::BTreeSet<_> =
                    found.into_iter().map(|(path, _)| path).collect();
                for path in paths {
                    let mut sub = &mut command;
                    for name in path.split_whitespace() {
                        sub = sub.find_subcommand_mut(name).unwrap();
                    }
                    let help = sub.render_long_help().to_string();
                    for english in [
                        "Usage:",
                        "Commands:",
                        "Options:",
                        "Arguments:",
                        "Print help",
                        "Print version",
                        "[default:",
                        "possible values",
                        "<ROUTINE>",
                        "<FILE",
                        "[COMMAND]",
                    ] {
                        assert!(
                            !help.contains(english),
                            "{language} `{path} --help` says {english:?}:\n{help}"
                        );
                    }
                }
            });
        }
    }

    #[test]
    fn a_mistyped_command_is_told_in_the_language() {
        let said = in_language("de", || {
            command(<crate::cli::Cli as clap::CommandFactory>::command())
                .try_get_matches_from(["stretch-timer", "run", "x", "--volum", "3"])
                .unwrap_err()
                .apply::<Framing>()
                .to_string()
        });
        assert!(said.starts_with("Fehler: "), "{said}");
        assert!(
            said.contains("dieser Befehl kennt '--volum' nicht"),
            "{said}"
        );
        assert!(said.contains("meinten Sie '--volume'?"), "{said}");
        assert!(
            said.contains("Aufruf: stretch-timer run [OPTIONEN] <PROGRAMM>"),
            "{said}"
        );
        assert!(said.contains("Mehr dazu zeigt '--help'."), "{said}");
        assert!(!said.contains("error"), "{said}");
    }
}
