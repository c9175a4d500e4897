//! `stretch-timer plan ROUTINE [--json] [--cues]`

use std::io::Write;

use serde::Serialize;
use stretch_timer::details;
use stretch_timer::engine::{CueKind, Plan};
use stretch_timer::routine::{Routine, Side, format_clock};
use stretch_timer::tr;

use super::EXIT_OK;
use super::resolve::{Resolve, Source};
use stretch_timer::home::Home;

pub fn run(
    arg: &str,
    json: bool,
    cues: bool,
    home: &Home,
    out: &mut dyn Write,
) -> anyhow::Result<u8> {
    let source = Source::from_arg(arg, home)?;
    let routine = match source.load() {
        Ok(r) => r,
        Err(e) => return Ok(super::report_load_error(&e)),
    };
    let plan = Plan::new(&routine);
    if json {
        serde_json::to_writer_pretty(&mut *out, &PlanJson::new(&plan, &routine))?;
        writeln!(out)?;
    } else {
        table(&plan, &routine, cues, out)?;
    }
    Ok(EXIT_OK)
}

/// `plan --json`: a contract that scripts depend on. Steps and reps count from 1.
#[derive(Serialize)]
struct PlanJson<'a> {
    name: &'a str,
    total_ms: u128,
    phases: Vec<PhaseJson<'a>>,
    cues: Vec<CueJson>,
}

#[derive(Serialize)]
struct PhaseJson<'a> {
    kind: stretch_timer::engine::PhaseKind,
    step: usize,
    step_name: &'a str,
    side: Option<Side>,
    rep: u32,
    start_ms: u128,
    duration_ms: u128,
}

#[derive(Serialize)]
struct CueJson {
    at_ms: u128,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    n: Option<u8>,
    step: usize,
    side: Option<Side>,
}

impl<'a> PlanJson<'a> {
    fn new(plan: &'a Plan, routine: &'a Routine) -> Self {
        PlanJson {
            name: &plan.name,
            total_ms: plan.total.as_millis(),
            phases: plan
                .phases
                .iter()
                .map(|p| PhaseJson {
                    kind: p.kind,
                    step: p.step + 1,
                    step_name: &routine.steps[p.step].name,
                    side: p.side,
                    rep: p.rep,
                    start_ms: p.start.as_millis(),
                    duration_ms: p.duration.as_millis(),
                })
                .collect(),
            cues: plan
                .cues
                .iter()
                .map(|c| CueJson {
                    at_ms: c.at.as_millis(),
                    kind: c.kind.name(),
                    n: match c.kind {
                        CueKind::Countdown(n) => Some(n),
                        _ => None,
                    },
                    step: c.step + 1,
                    side: c.side,
                })
                .collect(),
        }
    }
}

fn table(plan: &Plan, routine: &Routine, cues: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    let (routine_name, total) = (plan.name.as_str(), format_clock(plan.total));
    let steps = routine.steps.len();
    writeln!(
        out,
        "{}",
        tr!(
            "plan-summary",
            routine = routine_name,
            total = total,
            steps = steps
        )
    )?;
    writeln!(out)?;
    let phase_name = |kind| tr!("plan-phase-kind", phase = details::phase_key(kind));
    let side_name = |side: Option<Side>| match side {
        Some(side) => tr!("plan-side-kind", side = side.as_str()),
        None => String::new(),
    };
    // Each column as wide as its longest word in this language.
    let (phase, side) = (tr!("plan-phase"), tr!("plan-side"));
    let width = |header: &str, cells: &mut dyn Iterator<Item = String>| {
        cells
            .map(|c| c.chars().count())
            .chain([header.chars().count()])
            .max()
            .unwrap_or(0)
    };
    let phase_width = width(&phase, &mut plan.phases.iter().map(|p| phase_name(p.kind)));
    let side_width = width(&side, &mut plan.phases.iter().map(|p| side_name(p.side)));
    writeln!(
        out,
        "{:>7}  {:>6}  {phase:<phase_width$}  {side:<side_width$}  {:>5}  {}",
        tr!("plan-start"),
        tr!("plan-length"),
        tr!("plan-rep"),
        tr!("plan-step")
    )?;
    for p in &plan.phases {
        let step = &routine.steps[p.step];
        let (kind, side) = (phase_name(p.kind), side_name(p.side));
        writeln!(
            out,
            "{:>7}  {:>6}  {kind:<phase_width$}  {side:<side_width$}  {:>5}  {}. {}",
            format_clock(p.start),
            format_clock(p.duration),
            format!("{}/{}", p.rep, step.reps),
            p.step + 1,
            step.name
        )?;
    }
    writeln!(out, "{:>7}  {}", format_clock(plan.total), tr!("plan-end"))?;
    if cues {
        writeln!(out)?;
        writeln!(out, "{:>9}  {}", tr!("plan-at"), tr!("plan-cue"))?;
        for c in &plan.cues {
            let seconds = c.at.as_millis() as f64 / 1000.0;
            let n = match c.kind {
                CueKind::Countdown(n) => n,
                _ => 0,
            };
            let label = tr!("plan-cue-kind", kind = c.kind.name(), n = n);
            writeln!(out, "{seconds:>8.1}s  {label}")?;
        }
    }
    Ok(())
}
