//! `stretch-timer list`

use std::io::Write;

use stretch_timer::bundled;
use stretch_timer::routine::format_clock;

use super::EXIT_OK;

pub fn run(out: &mut dyn Write) -> anyhow::Result<u8> {
    let width = bundled::ALL.iter().map(|b| b.id.len()).max().unwrap_or(0);
    for b in bundled::ALL {
        match b.load() {
            Ok(r) => writeln!(
                out,
                "{:<width$}  {:>6}  {:>2} steps  {}  (bundled)",
                b.id,
                format_clock(r.total()),
                r.steps.len(),
                r.name
            )?,
            Err(e) => writeln!(out, "{:<width$}  has errors  (bundled)\n{e}", b.id)?,
        }
    }
    Ok(EXIT_OK)
}
