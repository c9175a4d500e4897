//! `stretch-timer run ROUTINE`: plays a routine in real time with a one-line live display, and
//! records the session in the history (with pain before and after, asked only at a terminal).

use std::io::{BufRead as _, IsTerminal as _, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use jiff::ZonedDateTime;
use stretch_timer::history;
use stretch_timer::progress::{LocalTime, Outcome, Pain, SessionEnd};
use stretch_timer::recording::{Recording, routine_text};

use stretch_timer::audio::CueStyle;
use stretch_timer::audio::bank::SoundBank;
use stretch_timer::audio::device;
use stretch_timer::audio::output::{AudioOutput, DEFAULT_LEAD, OutputStatus, SilentOutput};
use stretch_timer::audio::player::{CuePlayer, Timing};
use stretch_timer::clock::{Clock, MonotonicClock};
use stretch_timer::countdown::shown_seconds;
use stretch_timer::engine::{Command, Phase, Plan, Session, State};
use stretch_timer::routine::{Routine, format_clock};
use stretch_timer::tr;

use super::EXIT_OK;
use super::resolve::{Resolve, Source};
use stretch_timer::home::Home;

/// Exit code after Ctrl-C, as shells report a process ended by SIGINT.
const EXIT_INTERRUPTED: u8 = 130;

/// How often the display is redrawn; the cues are timed by the player's own thread.
const REDRAW: Duration = Duration::from_millis(100);

/// How long the last cue's sounds are given to play out before the output closes.
const PLAY_OUT: Duration = Duration::from_millis(2500);

pub struct Options {
    pub style: CueStyle,
    pub volume: f32,
    pub silent: bool,
    pub pain_before: Option<Pain>,
    pub pain_after: Option<Pain>,
    /// Never ask for pain, even at a terminal.
    pub no_ask: bool,
    /// Spoken step names.
    pub speech: super::render::SpeechArgs,
}

pub fn run(arg: &str, options: &Options, home: &Home, out: &mut dyn Write) -> anyhow::Result<u8> {
    let source = Source::from_arg(arg, home)?;
    let routine = match source.load() {
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
        // Why was said as the device was opened (device::open_default logs it with the sound
        // system's own words).
        if let OutputStatus::Unavailable(_) = opened.0.status() {
            eprintln!("{}", tr!("cli-run-no-sound"));
        }
        opened
    };
    let mut bank = SoundBank::for_routine(&routine, rate);
    for problem in bank.problems() {
        eprintln!("{}", tr!("cli-run-warning", problem = problem.to_string()));
    }
    // Silent, nothing is heard: no step names are made for it.
    if !options.silent {
        super::render::add_speech(&routine, &options.speech, &mut bank);
    }
    let bank = Arc::new(bank);

    let plan = Arc::new(Plan::new(&routine));
    writeln!(out, "{} ({})", routine.name, format_clock(plan.total))?;
    if let Some(safety) = &routine.safety {
        writeln!(out, "{safety}")?;
    }
    writeln!(out, "{}", tr!("cli-run-ctrl-c"))?;

    let interrupts = Arc::new(AtomicUsize::new(0));
    {
        let interrupts = Arc::clone(&interrupts);
        // Without a handler Ctrl-C still ends the program, only less politely.
        let _ = ctrlc::set_handler(move || {
            interrupts.fetch_add(1, Ordering::SeqCst);
        });
    }
    let ask = !options.no_ask && std::io::stdin().is_terminal();
    let mut asker = Asker::default();
    let pain_before = match options.pain_before {
        Some(pain) => Some(pain),
        None if ask => match asker.pain(out, &tr!("cli-run-pain-before"), &interrupts)? {
            Answer::Pain(pain) => pain,
            Answer::Interrupted => {
                writeln!(out, "{}", tr!("cli-run-not-started"))?;
                return Ok(EXIT_INTERRUPTED);
            }
        },
        None => None,
    };

    let mut recording = match routine_text(&source) {
        Ok(text) => Some(Recording::start(
            &history::path_in(home),
            &routine,
            source.settled(),
            &text,
            local_now(),
            pain_before,
        )),
        Err(e) => {
            let (routine, reason) = (routine.name.as_str(), e.to_string());
            eprintln!(
                "{}",
                tr!("cli-run-not-recorded", routine = routine, reason = reason)
            );
            None
        }
    };

    let clock: Arc<dyn Clock> = Arc::new(MonotonicClock::new());
    let player = CuePlayer::spawn(
        Session::new(Arc::clone(&plan)),
        Arc::clone(&bank),
        output,
        options.style,
        Arc::clone(&clock),
    )?;
    player.set_volume(options.volume);
    if let Some(recording) = &recording {
        player.set_hold_sink(Some(Box::new(recording.hold_sink())));
    }
    player.command(Command::Start);

    let live = std::io::stdout().is_terminal();
    let mut last_line = String::new();
    // An output that failed to open was reported above; one lost later is reported once, and
    // again when it is back.
    let mut warned_output = matches!(player.lock().output_status(), OutputStatus::Unavailable(_));
    let mut warned_timing = false;
    let outcome = loop {
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
        if let Some(failure) = recording.as_mut().and_then(Recording::failure) {
            eprintln!(
                "{}{}",
                if live { "\n" } else { "" },
                super::history::recording_words(&failure)
            );
        }
        match (warned_output, &status) {
            (false, OutputStatus::Unavailable(reason)) => {
                eprintln!(
                    "\n{}",
                    tr!("cli-run-sound-lost", reason = reason.to_string())
                );
                warned_output = true;
            }
            // The device was opened again (audio::device::Reopening): lost again, it is said again.
            (true, OutputStatus::Playing) => {
                eprintln!("\n{}", tr!("cli-run-sound-back"));
                warned_output = false;
            }
            _ => {}
        }
        if let Timing::Stopped(reason) = &timing {
            if !warned_timing {
                let reason = reason.to_string();
                eprintln!("\n{}", tr!("cli-run-timer-stopped", reason = reason));
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
            let complete = tr!("cli-run-complete");
            writeln!(out, "{}{complete}", if live { "\n" } else { "" })?;
            break Outcome::at_end(player.lock().session.unplayed(clock.now()));
        }
        if interrupts.load(Ordering::SeqCst) > 0 {
            let step = player.lock().session.phase(clock.now()).map(|p| p.step);
            player.command(Command::Stop);
            let stopped = tr!("cli-run-stopped");
            writeln!(out, "{}{stopped}", if live { "\n" } else { "" })?;
            break step.map_or(Outcome::Completed, |step| Outcome::Stopped { step });
        }
        std::thread::sleep(REDRAW);
    };
    let ended = Instant::now();
    let ended_at = local_now();
    // What was played, pauses not counted: where it was stopped is not how long it took.
    let elapsed = player.lock().session.played(clock.now());

    let pain_after = match options.pain_after {
        Some(pain) => Some(pain),
        // A second Ctrl-C skips the question.
        None if ask => match asker.pain(out, &tr!("cli-run-pain-after"), &interrupts)? {
            Answer::Pain(pain) => pain,
            Answer::Interrupted => None,
        },
        None => None,
    };
    if let Some(recording) = recording.take() {
        let end = SessionEnd {
            outcome,
            ended_at,
            elapsed,
            pain_after,
            effort: None,
            note: String::new(),
        };
        if let Some(failure) = recording.finish(end) {
            eprintln!("{}", super::history::recording_words(&failure));
        }
    }
    if outcome == Outcome::Completed {
        // Let the last cue's sounds play out before the output closes.
        std::thread::sleep((DEFAULT_LEAD + PLAY_OUT).saturating_sub(ended.elapsed()));
        Ok(EXIT_OK)
    } else {
        Ok(EXIT_INTERRUPTED)
    }
}

/// The time now on this machine's clock, with its UTC offset.
fn local_now() -> LocalTime {
    LocalTime::from_zoned(&ZonedDateTime::now())
}

/// What a question about pain got.
enum Answer {
    /// A score, or `None` when skipped (Enter, or the end of input).
    Pain(Option<Pain>),
    /// Ctrl-C was pressed while asking.
    Interrupted,
}

/// Asks questions on the terminal. Lines are read on a thread of its own, so that Ctrl-C (which
/// the handler catches) still ends a question; the reader is left blocked on input when it does.
#[derive(Default)]
struct Asker {
    /// Lines typed, once the first question was asked; disconnected at the end of input.
    lines: Option<mpsc::Receiver<String>>,
}

impl Asker {
    /// Asks `question` until the answer is a score from 0 to 10 or nothing (Enter). Ctrl-C while
    /// asking stops the question.
    fn pain(
        &mut self,
        out: &mut dyn Write,
        question: &str,
        interrupts: &AtomicUsize,
    ) -> anyhow::Result<Answer> {
        let seen = interrupts.load(Ordering::SeqCst);
        let lines = match self.lines.take() {
            Some(lines) => {
                // Whatever was typed while the routine ran is not an answer to this.
                while lines.try_recv().is_ok() {}
                lines
            }
            None => read_lines()?,
        };
        let lines = self.lines.insert(lines);
        write!(out, "{question} ")?;
        out.flush()?;
        loop {
            match lines.recv_timeout(REDRAW) {
                Ok(line) if line.trim().is_empty() => return Ok(Answer::Pain(None)),
                Ok(line) => match line.parse::<Pain>() {
                    Ok(pain) => return Ok(Answer::Pain(Some(pain))),
                    Err(_) => {
                        write!(out, "{} ", tr!("cli-run-pain-again"))?;
                        out.flush()?;
                    }
                },
                // The end of input: nothing more will be said.
                Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(Answer::Pain(None)),
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    if interrupts.load(Ordering::SeqCst) > seen {
                        writeln!(out)?;
                        return Ok(Answer::Interrupted);
                    }
                }
            }
        }
    }
}

/// Standard input's lines, read on a thread of its own until it ends.
fn read_lines() -> std::io::Result<mpsc::Receiver<String>> {
    let (send, lines) = mpsc::channel();
    std::thread::Builder::new()
        .name("stretch-timer-ask".to_owned())
        .spawn(move || {
            let stdin = std::io::stdin();
            loop {
                let mut line = String::new();
                match stdin.lock().read_line(&mut line) {
                    Ok(n) if n > 0 && send.send(line).is_ok() => {}
                    _ => return,
                }
            }
        })?;
    Ok(lines)
}

/// The part of the status line that changes only with the phase: all but the time left.
fn phase_part(line: &str) -> &str {
    line.rsplit_once(" · ").map_or(line, |(head, _)| head)
}

/// `Hold · Bench psoas stretch · left · rep 2/3 · 0:17 left (5:02 in all)`
fn status_line(routine: &Routine, session: &Session, now: Duration) -> String {
    let Some(phase) = session.phase(now) else {
        return tr!("cli-run-done");
    };
    let Phase {
        kind,
        step,
        side,
        rep,
        ..
    } = *phase;
    let step = &routine.steps[step];
    let what = stretch_timer::details::phase(kind);
    let side = tr!(
        "cli-run-side",
        side = stretch_timer::details::side_key(side)
    );
    let (name, reps) = (step.name.as_str(), step.reps);
    let left = format_clock(shown_seconds(session.phase_remaining(now)));
    let total = format_clock(shown_seconds(session.remaining(now)));
    if session.state() == State::Paused {
        tr!(
            "cli-run-status-paused",
            what = what,
            step = name,
            side = side,
            rep = rep,
            reps = reps,
            left = left,
            total = total
        )
    } else {
        tr!(
            "cli-run-status",
            what = what,
            step = name,
            side = side,
            rep = rep,
            reps = reps,
            left = left,
            total = total
        )
    }
}
