//! `stretch-timer run ROUTINE`: plays a routine in real time with a one-line live display.

use std::io::{IsTerminal as _, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use stretch_timer::audio::CueStyle;
use stretch_timer::audio::bank::SoundBank;
use stretch_timer::audio::device;
use stretch_timer::audio::output::{AudioOutput, DEFAULT_LEAD, OutputStatus, SilentOutput};
use stretch_timer::audio::player::{CuePlayer, Timing};
use stretch_timer::clock::{Clock, MonotonicClock};
use stretch_timer::countdown::shown_seconds;
use stretch_timer::engine::{Command, Phase, Plan, Session, State};
use stretch_timer::routine::{Routine, Side, format_clock};

use super::EXIT_OK;
use super::resolve::Source;
use stretch_timer::home::Home;

/// Exit code after Ctrl-C, as shells report a process ended by SIGINT.
const EXIT_INTERRUPTED: u8 = 130;

/// How often the display is redrawn; the cues are timed by the player's own thread.
const REDRAW: Duration = Duration::from_millis(100);

pub struct Options {
    pub style: CueStyle,
    pub volume: f32,
    pub silent: bool,
}

pub fn run(arg: &str, options: &Options, home: &Home, out: &mut dyn Write) -> anyhow::Result<u8> {
    let routine = match Source::from_arg(arg, home)?.load() {
        Ok(r) => r,
        Err(e) => return Ok(super::report_load_error(&e)),
    };
    let (output, rate): (Box<dyn AudioOutput>, u32) = if options.silent {
        (
            Box::new(SilentOutput::new()),
            stretch_timer::audio::bank::RENDER_RATE,
        )
    } else {
        let opened = device::open_default();
        if let OutputStatus::Unavailable(reason) = opened.0.status() {
            eprintln!("{reason}; going on without sound");
        }
        opened
    };
    let bank = Arc::new(SoundBank::for_routine(&routine, rate));
    for problem in bank.problems() {
        eprintln!("warning: {problem}");
    }

    let plan = Arc::new(Plan::new(&routine));
    writeln!(out, "{} ({})", routine.name, format_clock(plan.total))?;
    if let Some(safety) = &routine.safety {
        writeln!(out, "{safety}")?;
    }
    writeln!(out, "Ctrl-C stops.")?;

    let interrupted = Arc::new(AtomicBool::new(false));
    {
        let interrupted = Arc::clone(&interrupted);
        // Without a handler Ctrl-C still ends the program, only less politely.
        let _ = ctrlc::set_handler(move || interrupted.store(true, Ordering::SeqCst));
    }

    let clock: Arc<dyn Clock> = Arc::new(MonotonicClock::new());
    let player = CuePlayer::spawn(
        Session::new(Arc::clone(&plan)),
        Arc::clone(&bank),
        output,
        options.style,
        Arc::clone(&clock),
    )?;
    player.set_volume(options.volume);
    player.command(Command::Start);

    let live = std::io::stdout().is_terminal();
    let mut last_line = String::new();
    // An output that failed to open was reported above; one lost later is reported once.
    let mut warned_output = matches!(player.lock().output_status(), OutputStatus::Unavailable(_));
    let mut warned_timing = false;
    loop {
        let now = clock.now();
        let (state, line, status, timing) = {
            let shared = player.lock();
            let session = &shared.session;
            (
                session.state(),
                status_line(&routine, session, now),
                shared.output_status(),
                shared.timing().clone(),
            )
        };
        if let (false, OutputStatus::Unavailable(reason)) = (warned_output, &status) {
            eprintln!("\nno sound: {reason}");
            warned_output = true;
        }
        if let Timing::Stopped(reason) = &timing {
            if !warned_timing {
                eprintln!("\nthe cue timer stopped ({reason}); cues now follow this display");
                warned_timing = true;
            }
            // The timing thread is gone: the display's own rounds play what falls due.
            player.tick();
        }
        if live {
            write!(out, "\r\x1b[2K{line}")?;
            out.flush()?;
        } else if phase_part(&line) != phase_part(&last_line) {
            writeln!(out, "{line}")?;
        }
        last_line = line;
        if state == State::Finished {
            // Let the last cue's sounds play out before the output closes.
            std::thread::sleep(DEFAULT_LEAD + Duration::from_millis(2500));
            writeln!(out, "{}Routine complete.", if live { "\n" } else { "" })?;
            return Ok(EXIT_OK);
        }
        if interrupted.load(Ordering::SeqCst) {
            player.command(Command::Stop);
            writeln!(out, "{}Stopped.", if live { "\n" } else { "" })?;
            return Ok(EXIT_INTERRUPTED);
        }
        std::thread::sleep(REDRAW);
    }
}

/// The part of the status line that changes only with the phase: all but the time left.
fn phase_part(line: &str) -> &str {
    line.rsplit_once(" · ").map_or(line, |(head, _)| head)
}

/// `Hold · Bench psoas stretch · left · rep 2/3 · 0:17 left (5:02 in all)`
fn status_line(routine: &Routine, session: &Session, now: Duration) -> String {
    let Some(phase) = session.phase(now) else {
        return "Done".to_owned();
    };
    let Phase {
        kind,
        step,
        side,
        rep,
        ..
    } = *phase;
    let step = &routine.steps[step];
    let what = kind.words();
    let side = match side {
        Some(Side::Left) => "left",
        Some(Side::Right) => "right",
        None => "-",
    };
    let paused = if session.state() == State::Paused {
        " (paused)"
    } else {
        ""
    };
    let left = shown_seconds(session.phase_remaining(now));
    format!(
        "{what} · {} · {side} · rep {rep}/{} · {} left ({} in all){paused}",
        step.name,
        step.reps,
        format_clock(left),
        format_clock(shown_seconds(session.remaining(now))),
    )
}
