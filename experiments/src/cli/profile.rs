//! `wasmlab profile`: one engine on one benchmark under pprof (host functions: which
//! handlers cost), or with `--guest` under the interpreter's own sampler (Wasm
//! functions and their call stacks); a flamegraph SVG in reports/flamegraphs/ and
//! the top functions printed.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;
use wasmlab::suite::{self, Size, Suite};
use wasmlab::{backends, engines, guest_profile, profiling};

#[derive(clap::Args)]
pub struct ProfileArgs {
    /// Back-end (or peer engine) to profile.
    #[arg(long, default_value = "switch")]
    pub backend: String,
    /// Benchmark of the suite to run.
    #[arg(long)]
    pub bench: String,
    /// Run the benchmark repeatedly for at least this many seconds (pprof samples
    /// at most ~250 times a second here).
    #[arg(long, default_value_t = 5.0)]
    pub seconds: f64,
    /// Where the SVG goes (default: reports/flamegraphs/<backend>-<bench>.svg).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Suite directory (default: the committed experiments/suite).
    #[arg(long)]
    pub suite: Option<PathBuf>,
    /// Profile the guest: which Wasm functions run, with their Wasm call stacks
    /// (names from the module's name section), on a wasmlab back-end. Written to
    /// reports/flamegraphs/guest-<backend>-<bench>.svg by default.
    #[arg(long)]
    pub guest: bool,
    /// Input size: `quick` (the default; a real program's quick size only starts
    /// it), `full` or `test`.
    #[arg(long, value_enum, default_value_t = Size::Quick)]
    pub size: Size,
    /// With --guest: microseconds between samples.
    #[arg(long, default_value_t = 1000)]
    pub interval_us: u64,
    /// How many functions the top list shows.
    #[arg(long, default_value_t = profiling::TOP)]
    pub top: usize,
}

pub fn main(a: ProfileArgs) -> anyhow::Result<ExitCode> {
    let size = a.size;
    if a.guest {
        return guest(a, size);
    }
    let engine = engines::by_name(&a.backend)?;
    let suite_dir = a.suite.unwrap_or_else(suite::default_dir);
    let suite = Suite::load(&suite_dir)?;
    let bench = suite.select(std::slice::from_ref(&a.bench), &[])?.remove(0);
    let min = Duration::try_from_secs_f64(a.seconds)
        .map_err(|_| anyhow::anyhow!("--seconds must be a non-negative number of seconds, not {}", a.seconds))?;
    let svg = a
        .out
        .unwrap_or_else(|| profiling::default_dir().join(format!("{}-{}.svg", a.backend, a.bench)));

    // The quick size keeps single runs short, so the loop stops close to `min`.
    let p = profiling::run(engine.as_ref(), &suite, &bench, size, min)?;
    let title = format!(
        "{} on {} ({} size): {} samples, {} runs in {:.1} s",
        a.backend,
        a.bench,
        a.size.name(),
        p.samples(),
        p.runs,
        p.elapsed.as_secs_f64()
    );
    let top = profiling::write(&p.report, &title, &svg, a.top)?;
    // The default path climbs out of experiments/ with `..`: show it resolved.
    let shown = svg.canonicalize().unwrap_or(svg);
    println!("{title}\n\n{top}\nflamegraph: {}", shown.display());
    Ok(ExitCode::SUCCESS)
}

fn guest(a: ProfileArgs, size: Size) -> anyhow::Result<ExitCode> {
    let backend = backends::by_name(Some(&a.backend))?;
    let suite = Suite::load(&a.suite.unwrap_or_else(suite::default_dir))?;
    let bench = suite.select(std::slice::from_ref(&a.bench), &[])?.remove(0);
    let min = Duration::try_from_secs_f64(a.seconds)
        .map_err(|_| anyhow::anyhow!("--seconds must be a non-negative number of seconds, not {}", a.seconds))?;
    if a.interval_us == 0 {
        anyhow::bail!("--interval-us must be at least 1");
    }
    let svg = a
        .out
        .unwrap_or_else(|| profiling::default_dir().join(format!("guest-{}-{}.svg", a.backend, a.bench)));
    let interval = Duration::from_micros(a.interval_us);
    let p = guest_profile::run(backend, &suite, &bench, size, min, interval)?;
    let title = format!(
        "Wasm functions of {} on {} ({} size): {} samples ({} us apart), {} runs in {:.1} s",
        a.bench,
        a.backend,
        a.size.name(),
        p.samples(),
        a.interval_us,
        p.runs,
        p.elapsed.as_secs_f64()
    );
    let top = guest_profile::write(&p, &title, &svg, a.top)?;
    let shown = svg.canonicalize().unwrap_or(svg);
    println!("{title}\n\n{top}\nflamegraph: {}", shown.display());
    Ok(ExitCode::SUCCESS)
}
