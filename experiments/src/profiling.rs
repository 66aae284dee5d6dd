//! Sampling profiles with pprof: one engine on one benchmark, run repeatedly, written
//! out as a flamegraph SVG and a list of the frames with the most *self* samples.
//! Self (leaf-frame) counts, because with tail-call dispatch a handler's callers
//! are just the previous handlers: inclusive costs say nothing there.

use crate::engines::{Compiled, Engine, Running, Workload};
use crate::suite::{Benchmark, Expected, Size, Suite};
use anyhow::Context;
use pprof::{Frames, ProfilerGuard, ProfilerGuardBuilder, Report, Symbol};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Asked-for rate; the kernel timer here delivers ~250/s whatever is asked.
pub const FREQUENCY: i32 = 1000;
/// Samples landing in these libraries are dropped: unwinding through them from a
/// signal handler is unreliable, and the interpreter's time is not spent there.
const BLOCKLIST: &[&str] = &["libc", "libgcc", "pthread", "vdso"];
/// How many frames the top list shows.
pub const TOP: usize = 15;

/// Where `wasmlab profile` writes its SVGs (reports/flamegraphs/ of the workspace).
pub fn default_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../reports/flamegraphs")
}

/// Starts sampling this process; it stops when the guard is dropped. pprof allows
/// one profiler per process at a time.
pub fn start() -> anyhow::Result<ProfilerGuard<'static>> {
    ProfilerGuardBuilder::default()
        .frequency(FREQUENCY)
        .blocklist(BLOCKLIST)
        .build()
        .context("cannot start the pprof profiler")
}

/// A finished profile.
pub struct Profile {
    pub report: Report,
    /// Complete, checked executions of the benchmark.
    pub runs: u64,
    pub elapsed: Duration,
}

impl Profile {
    pub fn samples(&self) -> u64 {
        total(&self.report)
    }
}

/// Compiles and instantiates `bench` on `engine` unprofiled, then executes it
/// under the profiler, checking every run, until at least `min` has passed.
pub fn run(
    engine: &dyn Engine,
    suite: &Suite,
    bench: &Benchmark,
    size: Size,
    min: Duration,
) -> anyhow::Result<Profile> {
    let wasm = suite.wasm(bench)?;
    let work = bench.workload(suite, size);
    let expected = bench.expected(suite, size)?;
    let compiled = engine.compile(&wasm)?;
    let mut running = instantiate(compiled.as_ref(), &work)?;
    // A WASI program exits and its stdout accumulates: it needs a fresh instance
    // per run. An exported kernel is reused until a rerun proves it keeps state.
    let mut fresh = matches!(work, Workload::Wasi(_));
    let guard = start()?;
    let t0 = Instant::now();
    let mut runs = 0u64;
    loop {
        if fresh && runs > 0 {
            running = instantiate(compiled.as_ref(), &work)?;
        }
        match execute(running.as_mut(), &work, &expected) {
            Ok(()) => {}
            Err(_) if !fresh && runs > 0 => {
                fresh = true;
                running = instantiate(compiled.as_ref(), &work)?;
                execute(running.as_mut(), &work, &expected).context("run on a fresh instance")?;
            }
            Err(e) => return Err(e.context(format!("run {}", runs + 1))),
        }
        runs += 1;
        if t0.elapsed() >= min {
            break;
        }
    }
    let elapsed = t0.elapsed();
    let report = report(&guard)?;
    Ok(Profile { report, runs, elapsed })
}

/// The samples so far, at function granularity. pprof buckets samples by the
/// *enclosing function* of each address and resolves inlined frames from one
/// arbitrary sample of the bucket, so the inlined names it reports are noise (a
/// `match` loop came out as 100% `sub<u64>`): keep only each frame's real function.
pub fn report(guard: &ProfilerGuard<'_>) -> anyhow::Result<Report> {
    guard
        .report()
        .frames_post_processor(|frames: &mut Frames| {
            for symbols in &mut frames.frames {
                // Innermost inlined first; the real function is last.
                let outer = symbols.len().saturating_sub(1);
                symbols.drain(..outer);
            }
        })
        .build()
        .context("cannot build the pprof report")
}

fn instantiate(compiled: &dyn Compiled, work: &Workload) -> anyhow::Result<Box<dyn Running>> {
    match work {
        Workload::Wasi(setup) => compiled.instantiate(Some(setup)),
        Workload::Invoke { .. } => compiled.instantiate(None),
    }
}

/// One execute phase and its check, as `bench::sample` runs and checks it.
pub fn execute(running: &mut dyn Running, work: &Workload, expected: &Expected) -> anyhow::Result<()> {
    let results = crate::bench::execute(running, work)?;
    crate::bench::check(&results, &running.stdout(), expected)
}

fn total(report: &Report) -> u64 {
    report.data.values().map(|&n| n.max(0) as u64).sum()
}

/// One line of the top list.
pub struct Frame {
    pub name: String,
    pub samples: u64,
    pub percent: f64,
}

/// The `n` functions with the most self samples (a sample's self function is its
/// leaf frame's). By name alone: release builds' debug info (`line-tables-only`)
/// names functions without their module path, and the source file pprof reports
/// for a frame varies with the sample it resolved.
pub fn top_self(report: &Report, n: usize) -> Vec<Frame> {
    let mut by_name: HashMap<String, u64> = HashMap::new();
    for (frames, &count) in &report.data {
        let leaf = frames.frames.first().and_then(|f| f.last());
        let name = leaf.map_or_else(|| "[unknown]".to_string(), Symbol::name);
        *by_name.entry(name).or_default() += count.max(0) as u64;
    }
    let all = total(report).max(1) as f64;
    let mut top: Vec<Frame> = by_name
        .into_iter()
        .map(|(name, samples)| Frame {
            name,
            samples,
            percent: 100.0 * samples as f64 / all,
        })
        .collect();
    top.sort_by(|a, b| b.samples.cmp(&a.samples).then_with(|| a.name.cmp(&b.name)));
    top.truncate(n);
    top
}

/// The top list as text: a header, then `percent samples name` lines.
pub fn format_top(report: &Report, n: usize) -> String {
    let mut out = format!(
        "self%   samples  function (of {} samples; self = leaf frame)\n",
        total(report)
    );
    let top = top_self(report, n);
    for f in &top {
        let _ = writeln!(out, "{:5.1}%  {:>7}  {}", f.percent, f.samples, f.name);
    }
    if top.first().is_some_and(|f| f.percent >= 90.0) {
        out.push_str(
            "(one function has nearly all samples: pprof cannot see inside it, e.g. a `match` \
             loop's inlined handlers; per-op costs: `wasmlab opstats`, or callgrind's per-line counts)\n",
        );
    }
    out
}

/// Writes the flamegraph to `svg` and the top list to `<svg minus .svg>.top.txt`;
/// returns the top list.
pub fn write(report: &Report, title: &str, svg: &Path, top: usize) -> anyhow::Result<String> {
    if let Some(dir) = svg.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create `{}`", dir.display()))?;
    }
    if report.data.is_empty() {
        anyhow::bail!("no samples were taken: run longer (pprof samples ~250 times a second here)");
    }
    let mut options = pprof::flamegraph::Options::default();
    options.title = title.to_string();
    options.subtitle = Some("width = samples; self time is the top edge of each tower".to_string());
    options.count_name = "samples".to_string();
    let file = std::fs::File::create(svg).with_context(|| format!("cannot create `{}`", svg.display()))?;
    let mut file = std::io::BufWriter::new(file);
    report
        .flamegraph_with_options(&mut file, &mut options)
        .context("cannot write the flamegraph")?;
    std::io::Write::flush(&mut file).with_context(|| format!("cannot write `{}`", svg.display()))?;
    let top = format_top(report, top);
    let txt = svg.with_extension("top.txt");
    std::fs::write(&txt, &top).with_context(|| format!("cannot write `{}`", txt.display()))?;
    Ok(top)
}
