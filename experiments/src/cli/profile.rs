//! `wasmlab profile`: one engine on one benchmark under pprof; a flamegraph SVG in
//! reports/flamegraphs/ and the top frames printed.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;
use wasmlab::suite::{self, Size, Suite};
use wasmlab::{engines, profiling};

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
}

pub fn main(a: ProfileArgs) -> anyhow::Result<ExitCode> {
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
    let p = profiling::run(engine.as_ref(), &suite, &bench, Size::Quick, min)?;
    let title = format!(
        "{} on {} (quick size): {} samples, {} runs in {:.1} s",
        a.backend,
        a.bench,
        p.samples(),
        p.runs,
        p.elapsed.as_secs_f64()
    );
    let top = profiling::write(&p.report, &title, &svg)?;
    // The default path climbs out of experiments/ with `..`: show it resolved.
    let shown = svg.canonicalize().unwrap_or(svg);
    println!("{title}\n\n{top}\nflamegraph: {}", shown.display());
    Ok(ExitCode::SUCCESS)
}
