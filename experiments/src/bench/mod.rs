//! `wasmlab bench`: every selected engine on every selected benchmark, interleaved
//! round by round so drifting machine load hits every engine alike.

pub mod history;
pub mod stats;
pub mod table;

use crate::engines::{Engine, Workload};
use crate::suite::{Benchmark, Expected, Size, Suite};
use history::{Phase, Record};
use indicatif::{ProgressBar, ProgressStyle};
use std::time::Instant;
use wasmlab_core::Val;

pub struct Plan<'a> {
    pub engines: Vec<Box<dyn Engine>>,
    pub benches: Vec<Benchmark>,
    pub rounds: usize,
    pub size: Size,
    pub suite: &'a Suite,
    pub progress: bool,
}

/// Runs one sample: compile, instantiate and execute, each timed, then checks the
/// outcome. Returns the three durations in nanoseconds.
pub fn sample(engine: &dyn Engine, wasm: &[u8], work: &Workload, expected: &Expected) -> anyhow::Result<[u64; 3]> {
    let t0 = Instant::now();
    let compiled = engine.compile(wasm)?;
    let t1 = Instant::now();
    let wasi = match work {
        Workload::Wasi { args } => Some(args.as_slice()),
        Workload::Invoke { .. } => None,
    };
    let mut running = compiled.instantiate(wasi)?;
    let t2 = Instant::now();
    let results = match work {
        Workload::Invoke { func, args } => running.invoke(func, args)?,
        Workload::Wasi { .. } => running.invoke("_start", &[])?,
    };
    let t3 = Instant::now();
    check(&results, &running.stdout(), expected)?;
    Ok([
        (t1 - t0).as_nanos() as u64,
        (t2 - t1).as_nanos() as u64,
        (t3 - t2).as_nanos() as u64,
    ])
}

fn check(results: &[Val], stdout: &[u8], expected: &Expected) -> anyhow::Result<()> {
    match expected {
        Expected::Result(want) => {
            if results != [Val::I32(*want)] {
                anyhow::bail!("wrong result: expected {want}, got {results:?}");
            }
        }
        Expected::Stdout(want) => {
            if stdout != want.as_slice() {
                let got = String::from_utf8_lossy(stdout);
                let want = String::from_utf8_lossy(want);
                anyhow::bail!("wrong output:\n--- expected\n{want}--- got\n{got}");
            }
        }
    }
    Ok(())
}

/// Runs the plan and returns the record (not yet saved).
pub fn run(plan: &Plan<'_>) -> anyhow::Result<Record> {
    let size = if plan.size == Size::Quick { "quick" } else { "full" };
    let mut record = Record::new(size, plan.rounds);
    let steps = (plan.benches.len() * plan.rounds * plan.engines.len()) as u64;
    let bar = if plan.progress {
        ProgressBar::new(steps)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} {elapsed_precise} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    for b in &plan.benches {
        let wasm = plan.suite.wasm(b)?;
        let work = b.workload(plan.size);
        let expected = b.expected(plan.suite, plan.size)?;
        let mut failed = vec![false; plan.engines.len()];
        for round in 0..plan.rounds {
            // Rotate the order each round: A B C, B C A, C A B, ...
            for k in 0..plan.engines.len() {
                let i = (k + round) % plan.engines.len();
                let e = &plan.engines[i];
                bar.set_message(format!("{} on {} (round {})", b.name, e.name(), round + 1));
                bar.inc(1);
                if failed[i] {
                    continue;
                }
                match sample(e.as_ref(), &wasm, &work, &expected) {
                    Ok([c, inst, x]) => {
                        record.push(&e.name(), &b.name, Phase::Compile, c);
                        record.push(&e.name(), &b.name, Phase::Instantiate, inst);
                        record.push(&e.name(), &b.name, Phase::Execute, x);
                    }
                    Err(err) => {
                        failed[i] = true;
                        record.failures.push(format!("{} on {}: {err:#}", e.name(), b.name));
                    }
                }
            }
        }
    }
    bar.finish_and_clear();
    Ok(record)
}
