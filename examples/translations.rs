//! What each language file lacks, for a translator: `cargo run --example translations [LANGUAGE]`.
//!
//! With no argument, every language there is a file for: complete (offered to people), or the
//! messages it lacks and the mistakes in it. With a language (`it`, `pt-BR`), that one, even before
//! its file exists. Exit code 0 when every language named is complete, 1 otherwise.
//! docs/translating.md says how to add a language.

use std::process::ExitCode;

use stretch_timer::l10n::{self, LanguageIdentifier};

fn main() -> ExitCode {
    let languages: Vec<LanguageIdentifier> = match std::env::args().nth(1) {
        Some(arg) => match arg.parse() {
            Ok(language) => vec![language],
            Err(_) => {
                eprintln!("\"{arg}\" is not a language's code: write it as de, es, fr or pt-BR");
                return ExitCode::from(2);
            }
        },
        None => l10n::with_files(),
    };
    let mut complete = true;
    for language in &languages {
        let (missing, mistakes) = (l10n::missing(language), l10n::mistakes(language));
        if missing.is_empty() && mistakes.is_empty() {
            println!("{language}: complete");
            continue;
        }
        complete = false;
        println!(
            "{language}: {} of the English messages missing, {} mistakes",
            missing.len(),
            mistakes.len()
        );
        for mistake in mistakes {
            println!("  mistake: {mistake}");
        }
        for id in missing {
            println!("  missing: {id}");
        }
    }
    if complete {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
