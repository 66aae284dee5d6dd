//! `wasmlab bench`: the comparison table, and a history record.

use anyhow::Context;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use wasmlab::bench::{self, table, Plan};
use wasmlab::engines;
use wasmlab::suite::{self, Size, Suite};

#[derive(Args, Clone)]
pub struct BenchArgs {
    /// Seed benchmarks with reduced inputs, all back-ends, wasmtime and wasmi, 3 rounds.
    #[arg(long)]
    pub quick: bool,
    /// Back-ends to run, comma-separated (default: every back-end built).
    #[arg(long, value_delimiter = ',')]
    pub backend: Vec<String>,
    /// Peer engines, comma-separated, or `none` (default: every peer built; with
    /// --quick, wasmtime and wasmi).
    #[arg(long, value_delimiter = ',')]
    pub peers: Vec<String>,
    /// Benchmarks to run, comma-separated (default: all).
    #[arg(long, value_delimiter = ',')]
    pub bench: Vec<String>,
    /// Benchmark groups to run: seed, micro, program, real (default: all).
    #[arg(long, value_delimiter = ',')]
    pub group: Vec<String>,
    /// Interleaved rounds (default 5; 3 with --quick).
    #[arg(long)]
    pub rounds: Option<usize>,
    /// Suite directory (default: the committed experiments/suite).
    #[arg(long)]
    pub suite: Option<PathBuf>,
    /// Where history records go (default: reports/history of the workspace).
    #[arg(long)]
    pub history: Option<PathBuf>,
    /// Do not write a history record.
    #[arg(long)]
    pub no_record: bool,
    /// A note stored in the record.
    #[arg(long)]
    pub note: Option<String>,
    /// No progress bar.
    #[arg(long)]
    pub no_progress: bool,
    /// Input size: `full`, `quick` or `test` (the tests' small inputs; for
    /// instruction counts under callgrind). Default: `quick` with --quick, else `full`.
    #[arg(long, value_enum)]
    pub size: Option<Size>,
    /// wasmlab's back-ends and wasmi translate every function at load (`eager`),
    /// or each on its first call (`lazy`, the default); start-up measures the
    /// difference.
    #[arg(long, value_parser = ["eager", "lazy"], default_value = "lazy")]
    pub predecode: String,
    /// wasmlab's back-ends validate and translate a module's bodies on one
    /// thread, rather than on every core (the default, for modules with enough code).
    #[arg(long)]
    pub serial_load: bool,
    /// Skip the memory measurement (each engine on each benchmark once more, in a
    /// process of its own, for its peak resident memory).
    #[arg(long)]
    pub no_memory: bool,
}

pub fn default_history_dir() -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../reports/history")
}

/// Builds the plan the arguments describe, with `engines` as given.
pub fn plan<'a>(a: &BenchArgs, suite: &'a Suite, engines: Vec<Box<dyn engines::Engine>>) -> anyhow::Result<Plan<'a>> {
    let mut groups = a.group.clone();
    if a.quick && groups.is_empty() && a.bench.is_empty() {
        groups.push("seed".into());
    }
    let benches = suite.select(&a.bench, &groups)?;
    if benches.is_empty() {
        anyhow::bail!("no benchmark selected");
    }
    Ok(Plan {
        engines,
        benches,
        rounds: a.rounds.unwrap_or(if a.quick { 3 } else { 5 }).max(1),
        size: a.size.unwrap_or(if a.quick { Size::Quick } else { Size::Full }),
        suite,
        progress: !a.no_progress,
        memory_probe: if a.no_memory {
            None
        } else {
            Some(std::env::current_exe().context("cannot find the wasmlab executable for the memory probes")?)
        },
        predecode: a.predecode.clone(),
        serial_load: a.serial_load,
    })
}

pub fn main(a: BenchArgs) -> anyhow::Result<ExitCode> {
    let suite = Suite::load(&a.suite.clone().unwrap_or_else(suite::default_dir))?;
    engines::set_lazy_predecode(a.predecode == "lazy");
    engines::set_serial_load(a.serial_load);
    let default_peers: Option<&[&str]> = if a.quick { Some(&["wasmtime", "wasmi"]) } else { None };
    let engines = engines::select(&a.backend, &a.peers, default_peers)?;
    let plan = plan(&a, &suite, engines)?;
    let names: Vec<String> = plan.engines.iter().map(|e| e.name()).collect();
    eprintln!(
        "wasmlab bench: {} benchmark(s) × {} engine(s) [{}], {} round(s)",
        plan.benches.len(),
        names.len(),
        names.join(", "),
        plan.rounds
    );
    let mut record = bench::run(&plan)?;
    record.note = a.note.clone().unwrap_or_default();
    record.predecode = a.predecode.clone();
    record.serial_load = a.serial_load;
    print!("{}", table::bench_table(&record));
    let density: Vec<String> = record.ir_density().iter().map(|(e, d)| format!("{e} {d:.1}")).collect();
    if !density.is_empty() {
        println!(
            "IR bytes per Wasm code byte, translated eagerly (geomean): {}",
            density.join(", ")
        );
    }
    for f in &record.failures {
        println!("FAILED: {f}");
    }
    for u in &record.unsupported {
        println!("NOT RUN: {u}");
    }
    for n in &record.not_fetched {
        println!(
            "NOT FETCHED: {n} (run `python3 experiments/suite/fetch_real.py`; cache {})",
            suite::cache_dir().display()
        );
    }
    if !a.no_record {
        let path = record.save(&a.history.clone().unwrap_or_else(default_history_dir))?;
        println!("record: {}", path.display());
    }
    Ok(if record.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
