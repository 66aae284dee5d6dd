//! `wasmlab profile`: one engine on one benchmark under pprof; a flamegraph SVG in
//! reports/flamegraphs/ and the top frames printed.

use std::path::PathBuf;
use std::process::ExitCode;

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

pub fn main(_a: ProfileArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`wasmlab profile` is not implemented yet")
}
