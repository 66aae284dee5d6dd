//! `wasmlab history`: the recorded runs as a table, and an SVG plot of each
//! engine's execute-time ratio to wasmtime over time.

use super::bench::default_history_dir;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use wasmlab::bench::history::{self, Record};
use wasmlab::report::{self, plot, trend};

#[derive(clap::Args)]
pub struct HistoryArgs {
    /// Where the records are (default: reports/history of the workspace).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Where the plot goes (default: reports/plots/ratio-to-wasmtime.svg).
    #[arg(long)]
    pub plot: Option<PathBuf>,
}

pub fn default_plot() -> PathBuf {
    report::workspace_root().join("reports/plots/ratio-to-wasmtime.svg")
}

/// Every record in `dir`, oldest first; a missing or empty folder is an error, since
/// `load_all` reads it as no records.
pub fn load_records(dir: &Path) -> anyhow::Result<Vec<Record>> {
    if !dir.is_dir() {
        anyhow::bail!("no history folder at `{}`", dir.display());
    }
    let records: Vec<Record> = history::load_all(dir)?.into_iter().map(|(_, r)| r).collect();
    if records.is_empty() {
        anyhow::bail!(
            "no history records in `{}`: run `wasmlab bench --quick` first",
            dir.display()
        );
    }
    Ok(records)
}

pub fn main(a: HistoryArgs) -> anyhow::Result<ExitCode> {
    let records = load_records(&a.dir.unwrap_or_else(default_history_dir))?;
    print!("{}", report::history_table(&records));
    let trends = trend::by_size(&records);
    let Some(trend) = trends.first() else {
        println!("no record ran beside wasmtime: nothing to plot");
        return Ok(ExitCode::SUCCESS);
    };
    println!("\nThe plot: {}", trend.describe());
    let path = a.plot.unwrap_or_else(default_plot);
    plot::write_ratio_plot(trend, &path)?;
    println!("plot: {}", path.display());
    Ok(ExitCode::SUCCESS)
}
