//! How long a routine's spoken step names take to prepare before it starts (the wait after
//! pressing Start): with espeak-ng and an empty cache, and again from the cache, names alone and
//! names with instructions. Prints the median of 15 runs for each bundled routine, at the sound
//! card's usual 48 kHz:
//!
//! ```text
//! cargo run --release --example speech_prepare
//! ```

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use stretch_timer::audio::score::ReadInstructions;
use stretch_timer::bundled;
use stretch_timer::language::VoiceLanguage;
use stretch_timer::speech::{EspeakNg, Speaker, SpeechCache, SpeechSettings};

const RUNS: usize = 15;
const RATE: u32 = 48_000;

fn median(mut times: Vec<Duration>) -> anyhow::Result<Duration> {
    times.sort();
    times.get(times.len() / 2).copied().context("no runs")
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

fn main() -> anyhow::Result<()> {
    if let Err(e) = EspeakNg::new().status().version {
        anyhow::bail!("{e}: sudo apt install espeak-ng");
    }
    println!("| routine | steps | what | cold cache | cached |");
    println!("|---|---:|---|---:|---:|");
    for b in bundled::ALL {
        let routine = b.load(bundled::ENGLISH)?;
        for (what, instructions) in [
            ("names", ReadInstructions::Never),
            ("names + instructions", ReadInstructions::Always),
        ] {
            let settings = SpeechSettings {
                instructions,
                ..SpeechSettings::default()
            };
            let (mut cold, mut cached) = (Vec::new(), Vec::new());
            for _ in 0..RUNS {
                let dir = tempfile::tempdir()?;
                let speaker = Speaker::new(Arc::new(EspeakNg::new()), SpeechCache::at(dir.path()));
                let start = Instant::now();
                let made = speaker.prepare(&routine, &settings, VoiceLanguage::English, RATE);
                cold.push(start.elapsed());
                if let Some(e) = made.problem {
                    anyhow::bail!("{}: {e}", routine.name);
                }
                let start = Instant::now();
                let again = speaker.prepare(&routine, &settings, VoiceLanguage::English, RATE);
                cached.push(start.elapsed());
                anyhow::ensure!(again.made == 0, "the cache was not used");
            }
            println!(
                "| {} | {} | {what} | {} | {} |",
                routine.name,
                routine.steps.len(),
                ms(median(cold)?),
                ms(median(cached)?)
            );
        }
    }
    Ok(())
}
