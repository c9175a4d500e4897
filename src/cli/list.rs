//! `stretch-timer list`

use std::io::Write;

use stretch_timer::bundled;
use stretch_timer::home::Home;
use stretch_timer::media;
use stretch_timer::resolve::bundled_language;
use stretch_timer::routine::{LoadError, Routine, format_clock};
use stretch_timer::tr;

use super::EXIT_OK;
use super::resolve::user_id;

/// Lists the bundled routines, then the user's, each marked as such, with the name the other
/// commands know it by.
pub fn run(home: &Home, out: &mut dyn Write) -> anyhow::Result<u8> {
    let (bundled, yours) = (tr!("list-bundled"), tr!("list-yours"));
    let mut rows: Vec<(String, Result<Routine, LoadError>, &str)> = bundled::ALL
        .iter()
        .map(|b| {
            (
                b.id.to_owned(),
                b.load(&bundled_language()),
                bundled.as_str(),
            )
        })
        .collect();
    let files = home.routine_files();
    rows.extend(
        files
            .iter()
            .map(|f| (user_id(f), media::load(f), yours.as_str())),
    );
    let width = rows
        .iter()
        .map(|(id, _, _)| id.chars().count())
        .max()
        .unwrap_or(0);
    for (id, routine, kind) in &rows {
        match routine {
            Ok(r) => {
                let steps = r.steps.len();
                writeln!(
                    out,
                    "{id:<width$}  {:>6}  {:>8}  {}  ({kind})",
                    format_clock(r.total()),
                    tr!("list-steps", steps = steps),
                    r.name
                )?;
            }
            Err(e) => {
                let errors = tr!("list-has-errors");
                writeln!(out, "{id:<width$}  {errors}  ({kind})\n{e}")?;
            }
        }
    }
    if files.is_empty() {
        // A hint for people, on stderr, so that scripts reading the list see only routines.
        let folder = home.routines().display().to_string();
        eprintln!("{}", tr!("list-yours-go-in", folder = folder));
    }
    Ok(EXIT_OK)
}
