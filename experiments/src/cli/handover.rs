//! `wasmlab handover`: writes `reports/handover/<date>-<commit>.md` from the records.

use super::bench::default_history_dir;
use super::history::load_records;
use anyhow::Context;
use std::path::PathBuf;
use std::process::ExitCode;
use wasmlab::report::{self, handover};

#[derive(clap::Args)]
pub struct HandoverArgs {
    /// A note from the person handing over.
    #[arg(long)]
    pub note: Option<String>,
    /// Where the records are (default: reports/history of the workspace).
    #[arg(long)]
    pub history: Option<PathBuf>,
    /// Where the note goes (default: reports/handover).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn main(a: HandoverArgs) -> anyhow::Result<ExitCode> {
    let records = load_records(&a.history.unwrap_or_else(default_history_dir))?;
    let root = report::workspace_root();
    let (flamegraphs, opstats) = (root.join("reports/flamegraphs"), root.join("reports/opstats.md"));
    let text = handover::build(&handover::Inputs {
        records: &records,
        note: a.note.as_deref(),
        flamegraphs: &flamegraphs,
        opstats: &opstats,
        git_dir: Some(&root),
    })?;
    let dir = a.out.unwrap_or_else(|| root.join("reports/handover"));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create `{}`", dir.display()))?;
    let path = dir.join(handover::file_name(records.last().context("no records")?));
    std::fs::write(&path, text).with_context(|| format!("cannot write `{}`", path.display()))?;
    println!("{}", path.display());
    Ok(ExitCode::SUCCESS)
}
