//! `stretch-timer handout ROUTINE --out FILE.html`

use std::io::Write;
use std::path::Path;

use stretch_timer::home::Home;
use stretch_timer::{handout, save, tr};

use super::resolve::{Resolve, Source};
use super::{EXIT_OK, report_load_error};

pub fn run(routine: &str, path: &Path, home: &Home, out: &mut dyn Write) -> anyhow::Result<u8> {
    let source = Source::from_arg(routine, home)?;
    let routine = match source.load_checked() {
        Ok(r) => r,
        Err(e) => return Ok(report_load_error(&e)),
    };
    let handout = handout::render(&routine);
    for problem in &handout.problems {
        let problem = problem.to_string();
        eprintln!("{}", tr!("cli-warning", problem = problem));
    }
    save::write_atomic(path, handout.html.as_bytes())?;
    let (name, file) = (routine.name.as_str(), path.display().to_string());
    writeln!(
        out,
        "{}",
        tr!("handout-written", routine = name, file = file)
    )?;
    Ok(EXIT_OK)
}
