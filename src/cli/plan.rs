//! `stretch-timer plan ROUTINE [--json] [--cues]`

use std::io::Write;

use serde::Serialize;
use stretch_timer::engine::{CueKind, Plan};
use stretch_timer::routine::{Routine, Side, format_clock};
use stretch_timer::words::Count;

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
    writeln!(
        out,
        "{}: {} in total, {}",
        plan.name,
        format_clock(plan.total),
        Count(routine.steps.len(), "step")
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:>7}  {:>6}  {:<12}  {:<6}  {:>5}  step",
        "start", "length", "phase", "side", "rep"
    )?;
    for p in &plan.phases {
        let step = &routine.steps[p.step];
        let kind = match p.kind {
            stretch_timer::engine::PhaseKind::Prepare => "prepare",
            stretch_timer::engine::PhaseKind::Hold => "hold",
            stretch_timer::engine::PhaseKind::Rest => "rest",
            stretch_timer::engine::PhaseKind::SwitchSides => "switch sides",
        };
        writeln!(
            out,
            "{:>7}  {:>6}  {:<12}  {:<6}  {:>5}  {}. {}",
            format_clock(p.start),
            format_clock(p.duration),
            kind,
            p.side.map_or("", Side::as_str),
            format!("{}/{}", p.rep, step.reps),
            p.step + 1,
            step.name
        )?;
    }
    writeln!(out, "{:>7}  end", format_clock(plan.total))?;
    if cues {
        writeln!(out)?;
        writeln!(out, "{:>9}  cue", "at")?;
        for c in &plan.cues {
            let seconds = c.at.as_millis() as f64 / 1000.0;
            let label = match c.kind {
                CueKind::Countdown(n) => format!("countdown {n}"),
                other => other.name().replace('_', " "),
            };
            writeln!(out, "{seconds:>8.1}s  {label}")?;
        }
    }
    Ok(())
}
