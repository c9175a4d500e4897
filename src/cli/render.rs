//! `stretch-timer render ROUTINE --out FILE.wav`

use std::io::{IsTerminal as _, Write};
use std::path::Path;

use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressStyle};
use stretch_timer::audio::CueStyle;
use stretch_timer::audio::bank::{RENDER_RATE, SoundBank};
use stretch_timer::audio::render::render_wav;
use stretch_timer::engine::Plan;
use stretch_timer::routine::format_clock;

use super::EXIT_OK;
use super::resolve::Source;
use stretch_timer::home::Home;

pub fn run(
    arg: &str,
    out_path: &Path,
    style: CueStyle,
    home: &Home,
    out: &mut dyn Write,
) -> anyhow::Result<u8> {
    let source = Source::from_arg(arg, home)?;
    let routine = match source.load() {
        Ok(r) => r,
        Err(e) => return Ok(super::report_load_error(&e)),
    };
    let plan = Plan::new(&routine);
    let bank = SoundBank::for_routine(&routine, RENDER_RATE);
    for problem in bank.problems() {
        eprintln!("warning: {problem}");
    }
    let bar = if std::io::stderr().is_terminal() && plan.total.as_secs() > 60 {
        let bar = ProgressBar::new(100);
        bar.set_style(
            ProgressStyle::with_template("rendering {bar:40} {percent:>3}% {eta} left")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let rendered = render_wav(&plan, &bank, style, out_path, |done, all| {
        bar.set_position(done * 100 / all.max(1));
    })
    .with_context(|| format!("rendering {}", routine.name))?;
    bar.finish_and_clear();
    writeln!(
        out,
        "{}: {} of sound for \"{}\", {} cue sounds",
        out_path.display(),
        format_clock(plan.total),
        routine.name,
        rendered.placed.len()
    )?;
    Ok(EXIT_OK)
}
