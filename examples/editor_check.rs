//! How long the editor's check takes per keystroke: a draft written out and checked, as the
//! editor does on every change. Prints the median of 40 runs for a bundled routine, the routine
//! file given (the largest valid one in `scripts/bench-core.sh`), and the same with an error in
//! every step. Run by `scripts/bench-core.sh`:
//!
//! ```text
//! cargo run --release --example editor_check -- FILE.ron
//! ```

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use stretch_timer::bundled;
use stretch_timer::routine::{self, draft::Draft};

fn median_of(runs: usize, mut f: impl FnMut() -> bool) -> anyhow::Result<Duration> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let valid = f();
        times.push(start.elapsed());
        std::hint::black_box(valid);
    }
    times.sort();
    times.get(runs / 2).copied().context("no runs")
}

fn main() -> anyhow::Result<()> {
    let file = PathBuf::from(
        std::env::args()
            .nth(1)
            .context("usage: editor_check FILE.ron")?,
    );
    let large = routine::load(&file).map_err(|e| anyhow::anyhow!("{e}"))?;
    let large = Draft::from_routine(&large, None);
    let mut broken = large.clone();
    for step in &mut broken.steps {
        step.hold = "30 secs".to_owned();
    }
    let small = bundled::find("supine-bench-psoas").context("bundled routine")?;
    let small = Draft::from_routine(
        &small
            .load(bundled::ENGLISH)
            .map_err(|e| anyhow::anyhow!("{e}"))?,
        None,
    );

    let cases = [
        ("bundled (supine-bench-psoas, 4 steps)", &small),
        ("largest valid file (200 steps)", &large),
        ("largest file, an error in every step", &broken),
    ];
    let mut base = None;
    println!("{:<42} {:>10} {:>7}", "draft checked", "median", "ratio");
    for (name, draft) in cases {
        let median = median_of(40, || draft.check(None).routine.is_ok())?;
        let base = *base.get_or_insert(median);
        println!(
            "{name:<42} {:>8.2}ms {:>6.1}x",
            median.as_secs_f64() * 1000.0,
            median.as_secs_f64() / base.as_secs_f64()
        );
    }
    Ok(())
}
