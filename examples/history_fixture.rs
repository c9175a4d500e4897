//! Writes years of sessions into the history of a user's folder, through `History` as the program
//! does (every hold its own transaction), for measuring `stretch-timer history`, `report` and the
//! app's History screen (BENCHMARKS.md).
//!
//! ```text
//! cargo run --release --example history_fixture -- HOME_DIR [--years 10] [--per-day 3]
//! ```
//!
//! Sessions end today, at about 08:00, 13:00 and 19:00 (the first `--per-day` of those), on two
//! bundled routines in turn. The same arguments give the same sessions on the same day: pain
//! scores, outcomes, efforts and notes come from a fixed pseudo-random sequence. About one session
//! in twelve is stopped early and one in a hundred and fifty interrupted; a few have high pain or
//! a note. The file is written in /dev/shm when there is one (it fsyncs every transaction), then
//! moved into HOME_DIR, which must not have a history yet.

#![allow(clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use jiff::ZonedDateTime;
use jiff::civil::Time;
use stretch_timer::bundled;
use stretch_timer::history::{self, History};
use stretch_timer::home::Home;
use stretch_timer::progress::{
    Effort, HoldDone, LocalTime, Outcome, Pain, SessionEnd, SessionStart, Source,
};

/// The routines done, in turn.
const ROUTINES: [&str; 2] = ["supine-bench-psoas", "floor-psoas"];
/// The times of day sessions start at, in order.
const TIMES: [(i8, i8); 3] = [(8, 0), (13, 0), (19, 0)];

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut home = None;
    let (mut years, mut per_day) = (10_i64, 3_usize);
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> anyhow::Result<i64> {
            let value = args
                .next()
                .with_context(|| format!("{name} needs a number"))?;
            value
                .parse()
                .with_context(|| format!("{name} needs a number, not {value:?}"))
        };
        match arg.as_str() {
            "--years" => years = number("--years")?,
            "--per-day" => per_day = usize::try_from(number("--per-day")?)?,
            _ if home.is_none() && !arg.starts_with('-') => home = Some(PathBuf::from(arg)),
            _ => bail!("usage: history_fixture HOME_DIR [--years N] [--per-day 1..3]"),
        }
    }
    let Some(home) = home else {
        bail!("usage: history_fixture HOME_DIR [--years N] [--per-day 1..3]");
    };
    if !(1..=TIMES.len()).contains(&per_day) || years < 1 {
        bail!("--years is 1 or more, --per-day 1 to 3");
    }
    let target = history::path_in(&Home::at(&home));
    if target.exists() {
        bail!("{} has a history already", target.display());
    }
    std::fs::create_dir_all(&home)?;
    let scratch = Path::new("/dev/shm");
    let work = if scratch.is_dir() {
        tempfile::tempdir_in(scratch)?
    } else {
        tempfile::tempdir_in(&home)?
    };
    let path = work.path().join(history::FILE_NAME);

    let began = Instant::now();
    let count = write(&path, years, per_day)?;
    for suffix in ["-wal", "-shm"] {
        let mut name = path.clone().into_os_string();
        name.push(suffix);
        // Checkpointed and removed when the history closed; gone already, most often.
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
    std::fs::copy(&path, &target)?;
    println!(
        "{count} sessions over {years} years in {} ({:.1} s)",
        target.display(),
        began.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Writes the sessions; returns how many.
fn write(path: &Path, years: i64, per_day: usize) -> anyhow::Result<usize> {
    let mut history = History::open(path)?;
    let now = ZonedDateTime::now();
    let today = now.date();
    let first = today.checked_sub(jiff::Span::new().days(years * 365))?;
    let routines = ROUTINES.map(|id| {
        let bundled = bundled::find(id).context("a bundled routine")?;
        anyhow::Ok((bundled, bundled.load("en")?))
    });
    let mut random = Random(0x2545_f491_4f6c_dd1d);
    let mut count = 0;
    let mut day = first;
    while day <= today {
        for &(hour, minute) in &TIMES[..per_day] {
            let (bundled, routine) = match &routines[count % routines.len()] {
                Ok(r) => r,
                Err(e) => bail!("{e}"),
            };
            let jitter = i8::try_from(random.below(20)).unwrap_or(0);
            let local = day.to_datetime(Time::constant(hour, minute + jitter, 0, 0));
            let zoned = local.to_zoned_datetime(now.time_zone().clone())?;
            let started = LocalTime::from_zoned(&zoned);
            let pain_before = (random.below(4) > 0).then(|| pain(&mut random, 2, 6));
            let start = SessionStart::new(
                routine,
                Source::Bundled(bundled.id.to_owned()),
                bundled.text("en").as_bytes(),
                started,
                pain_before,
            );
            let running = history.start(&start)?;
            let roll = random.below(150);
            let holds: Vec<_> = start.holds.iter().collect();
            // Stopped sessions stop at a step of their own; interrupted ones are dropped midway.
            let last = match roll {
                0 => holds.len() / 2,
                1..=12 => random.index(holds.len()),
                _ => holds.len(),
            };
            let mut elapsed = Duration::ZERO;
            for hold in &holds[..last] {
                for _ in 0..hold.planned {
                    elapsed += Duration::from_secs(30);
                    history.hold_done(
                        &running,
                        &HoldDone {
                            step: hold.step,
                            side: hold.side,
                            elapsed,
                            at: started.timestamp(),
                        },
                    )?;
                }
            }
            count += 1;
            if roll == 0 {
                drop(running);
                continue;
            }
            let outcome = match holds.get(last) {
                Some(hold) => Outcome::Stopped { step: hold.step },
                None => Outcome::Completed,
            };
            let note = match random.below(25) {
                0 => "Tight on the left today.",
                1 => "Did it after a long walk; felt easier.",
                _ => "",
            };
            let ended_at = started.with_timestamp(started.timestamp().saturating_add(elapsed)?);
            history.finish(
                running,
                &SessionEnd {
                    outcome,
                    ended_at,
                    elapsed,
                    pain_after: (random.below(3) > 0).then(|| pain(&mut random, 1, 6)),
                    effort: match random.below(4) {
                        0 => None,
                        _ => Effort::ALL.get(random.index(Effort::ALL.len())).copied(),
                    },
                    note: note.to_owned(),
                },
            )?;
        }
        day = day.tomorrow()?;
    }
    history.mark_interrupted()?;
    Ok(count)
}

/// A pain score from `low` up to `low + spread`, now and then a high one.
fn pain(random: &mut Random, low: u64, spread: u64) -> Pain {
    let score = if random.below(40) == 0 {
        7 + random.below(3)
    } else {
        low + random.below(spread)
    };
    Pain::new(u8::try_from(score.min(10)).unwrap_or(10)).unwrap_or(Pain::MAX)
}

/// xorshift64: the same sequence on every machine.
struct Random(u64);

impl Random {
    /// A number from 0 to `n - 1`.
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }

    /// A number from 0 to `n - 1`, as an index.
    fn index(&mut self, n: usize) -> usize {
        let n = u64::try_from(n).unwrap_or(u64::MAX);
        usize::try_from(self.below(n)).unwrap_or(0)
    }
}
