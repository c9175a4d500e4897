//! `stretch-timer handout ROUTINE --out FILE.html`

use std::io::Write;
use std::path::Path;

use anyhow::Context as _;
use stretch_timer::{handout, save};

use super::resolve::Source;
use super::{EXIT_OK, report_load_error};

pub fn run(routine: &str, path: &Path, out: &mut dyn Write) -> anyhow::Result<u8> {
    let source = Source::from_arg(routine)?;
    let routine = match source.load() {
        Ok(r) => r,
        Err(e) => return Ok(report_load_error(&e)),
    };
    let html = handout::render(&routine).context("could not make the handout")?;
    save::write_atomic(path, html.as_bytes())?;
    writeln!(out, "Wrote the handout for \"{}\" to {}", routine.name, path.display())?;
    Ok(EXIT_OK)
}
