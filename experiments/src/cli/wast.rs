//! `wasmlab wast`: in the manner of `wasmtime wast`.

use anyhow::Context;
use std::path::PathBuf;
use std::process::ExitCode;
use wasmlab::{backends, wast_runner};

#[derive(clap::Args)]
pub struct WastArgs {
    /// Back-end to run on (default: the first built).
    #[arg(long)]
    pub backend: Option<String>,
    /// Scripts to run.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

pub fn main(a: WastArgs) -> anyhow::Result<ExitCode> {
    let backend = backends::by_name(a.backend.as_deref())?;
    let (mut passed, mut failed) = (0, 0);
    for path in &a.files {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read `{}`", path.display()))?;
        let name = path.display().to_string();
        let report = wast_runner::run(&name, &text, backend.clone());
        for f in &report.failures {
            println!("{name}:{}: {}", f.line, f.message);
        }
        println!("{name}: {} passed, {} failed", report.passed, report.failures.len());
        passed += report.passed;
        failed += report.failures.len();
    }
    if a.files.len() > 1 {
        println!("total on `{}`: {passed} passed, {failed} failed", backend.name());
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
