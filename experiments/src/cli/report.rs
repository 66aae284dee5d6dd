//! `wasmlab report`: the report page, `reports/index.html`, and the trend plot
//! beside it, from the history records.

use super::bench::default_history_dir;
use super::history::load_records;
use std::path::PathBuf;
use std::process::ExitCode;
use wasmlab::bench::history::Record;
use wasmlab::report::{self, page, plot, trend};

#[derive(clap::Args)]
pub struct ReportArgs {
    /// Where the records are (default: reports/history of the workspace).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// The record to show as the latest run (default: the newest run beside wasmtime).
    #[arg(long)]
    pub record: Option<PathBuf>,
    /// Where the page goes (default: reports/index.html); links in it are relative
    /// to its folder.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn main(a: ReportArgs) -> anyhow::Result<ExitCode> {
    let records = load_records(&a.dir.unwrap_or_else(default_history_dir))?;
    let latest = a.record.as_deref().map(Record::load).transpose()?;
    let out = a
        .out
        .unwrap_or_else(|| report::workspace_root().join("reports/index.html"));
    let reports = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), PathBuf::from);
    page::write(
        &page::Inputs {
            records: &records,
            latest: latest.as_ref(),
            reports: &reports,
        },
        &out,
    )?;
    println!("page: {}", report::shown(&out));
    // The plot of the first trend: full inputs where there are any.
    if let Some(t) = trend::by_size(&records).first() {
        // Beside the page, so a page written elsewhere leaves the committed plot alone.
        let plot_path = reports.join("plots/ratio-to-wasmtime.svg");
        plot::write_ratio_plot(t, &plot_path)?;
        println!("plot: {}", report::shown(&plot_path));
    }
    Ok(ExitCode::SUCCESS)
}
