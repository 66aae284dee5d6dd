//! `wasmlab bench`: every selected engine on every selected benchmark, interleaved
//! round by round so drifting machine load hits every engine alike.

pub mod history;
pub mod memory;
pub mod stats;
pub mod table;

use crate::engines::{Engine, Running, WasiSetup, Workload};
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
    /// Measure each engine's memory in a process of its own, with this
    /// executable's `probe-memory` (the `wasmlab` binary); `None` skips it.
    pub memory_probe: Option<std::path::PathBuf>,
    /// `lazy` or `eager`, passed on to the memory probes.
    pub predecode: String,
    /// Passed on to the memory probes: see `bench --serial-load`.
    pub serial_load: bool,
}

/// Runs one sample: compile, instantiate and execute, each timed, then checks the
/// outcome. Returns the three durations in nanoseconds.
pub fn sample(engine: &dyn Engine, wasm: &[u8], work: &Workload, expected: &Expected) -> anyhow::Result<[u64; 3]> {
    let t0 = Instant::now();
    let compiled = engine.compile(wasm)?;
    let t1 = Instant::now();
    // A program that writes into a directory gets a fresh copy of it, made
    // before the clock starts on instantiation.
    let scratch = Scratch::for_workload(work)?;
    let wasi = wasi_setup(work, &scratch);
    let compile = t1 - t0;
    let t1 = Instant::now();
    let mut running = compiled.instantiate(wasi)?;
    let t2 = Instant::now();
    let results = execute(running.as_mut(), work)?;
    let t3 = Instant::now();
    check(&results, &running.stdout(), expected)?;
    Ok([
        compile.as_nanos() as u64,
        (t2 - t1).as_nanos() as u64,
        (t3 - t2).as_nanos() as u64,
    ])
}

/// Runs the workload's entry point: its export with its arguments, or `_start`.
pub fn execute(running: &mut dyn Running, work: &Workload) -> anyhow::Result<Vec<Val>> {
    match work {
        Workload::Invoke { func, args } => running.invoke(func, args),
        Workload::Wasi(_) => running.invoke("_start", &[]),
    }
}

/// The WASI set-up a run of `work` gets: its scratch copy's where it has one.
pub fn wasi_setup<'a>(work: &'a Workload, scratch: &'a Option<Scratch>) -> Option<&'a WasiSetup> {
    match work {
        Workload::Wasi(setup) => Some(scratch.as_ref().map_or(setup, |s| &s.setup)),
        Workload::Invoke { .. } => None,
    }
}

/// Fresh copies of a set-up's writable directories, removed when dropped.
pub struct Scratch {
    root: std::path::PathBuf,
    pub setup: WasiSetup,
}

impl Scratch {
    /// A scratch copy for `work` when it writes into a directory, else none.
    pub fn for_workload(work: &Workload) -> anyhow::Result<Option<Scratch>> {
        match work {
            Workload::Wasi(setup) if setup.dirs.iter().any(|d| d.2) => Scratch::new(setup).map(Some),
            _ => Ok(None),
        }
    }

    fn new(setup: &WasiSetup) -> anyhow::Result<Scratch> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let root = std::env::temp_dir().join(format!("wasmlab-run-{}-{n}", std::process::id()));
        let mut setup = setup.clone();
        for (i, d) in setup.dirs.iter_mut().enumerate().filter(|(_, d)| d.2) {
            let to = root.join(i.to_string());
            copy_dir(&d.0, &to)?;
            d.0 = to;
        }
        Ok(Scratch { root, setup })
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let dest = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_dir(&e.path(), &dest)?;
        } else {
            std::fs::copy(e.path(), dest)?;
        }
    }
    Ok(())
}

/// Checks a run's results and stdout against what the suite expects.
pub fn check(results: &[Val], stdout: &[u8], expected: &Expected) -> anyhow::Result<()> {
    match expected {
        Expected::Result(want) => {
            if results != [Val::I32(*want)] {
                anyhow::bail!("wrong result: expected {want}, got {results:?}");
            }
        }
        Expected::Anything => {}
        Expected::StdoutSha256(want) => {
            use sha2::Digest;
            let got: String = sha2::Sha256::digest(stdout)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            if &got != want {
                anyhow::bail!(
                    "wrong output: {} bytes with SHA-256 {got}, expected {want}",
                    stdout.len()
                );
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
        if !plan.suite.has_module(b) {
            record.not_fetched.push(b.name.clone());
            bar.inc((plan.rounds * plan.engines.len()) as u64);
            continue;
        }
        let wasm = plan.suite.wasm(b)?;
        let work = b.workload(plan.suite, plan.size);
        let expected = b.expected(plan.suite, plan.size)?;
        // An engine that lacks a proposal the benchmark needs is left out of it.
        let mut failed: Vec<bool> = plan.engines.iter().map(|e| !b.runs_on(e.as_ref())).collect();
        for (e, _) in plan.engines.iter().zip(&failed).filter(|(_, f)| **f) {
            record
                .unsupported
                .push(format!("{} on {} (needs {})", e.name(), b.name, b.needs.join(", ")));
        }
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
        if let Some(exe) = &plan.memory_probe {
            for (e, _) in plan.engines.iter().zip(&failed).filter(|(_, f)| !**f) {
                bar.set_message(format!("{} on {} (memory)", b.name, e.name()));
                let probe = memory::Probe {
                    exe,
                    suite_dir: &plan.suite.dir,
                    engine: &e.name(),
                    bench: &b.name,
                    size: plan.size.name(),
                    predecode: &plan.predecode,
                    serial_load: plan.serial_load,
                };
                match memory::probe(&probe) {
                    Ok(m) => record.memory.push(m),
                    Err(err) => record.failures.push(format!("{err:#}")),
                }
            }
        }
        for e in &plan.engines {
            if let Some((ir_bytes, wasm_bytes)) = e.ir_size(&wasm) {
                record.ir_sizes.push(history::IrSize {
                    engine: e.name(),
                    bench: b.name.clone(),
                    ir_bytes,
                    wasm_bytes,
                });
            }
        }
    }
    bar.finish_and_clear();
    Ok(record)
}
