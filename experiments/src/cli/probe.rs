//! `wasmlab probe-memory` (hidden): the child process of `bench`'s memory
//! measurement. Runs one sample exactly as `bench` does, then prints a
//! [`MemoryUse`] as JSON on stdout.

use std::path::PathBuf;
use std::process::ExitCode;
use wasmlab::bench::history::MemoryUse;
use wasmlab::bench::{self, memory};
use wasmlab::engines;
use wasmlab::suite::{Size, Suite};

#[derive(clap::Args)]
pub struct ProbeArgs {
    #[arg(long)]
    pub engine: String,
    #[arg(long)]
    pub bench: String,
    #[arg(long, value_enum)]
    pub size: Size,
    #[arg(long, value_parser = ["eager", "lazy"])]
    pub predecode: String,
    #[arg(long)]
    pub serial_load: bool,
    #[arg(long)]
    pub suite: PathBuf,
}

pub fn main(a: ProbeArgs) -> anyhow::Result<ExitCode> {
    engines::set_lazy_predecode(a.predecode == "lazy");
    engines::set_serial_load(a.serial_load);
    let suite = Suite::load(&a.suite)?;
    let b = suite.select(std::slice::from_ref(&a.bench), &[])?.remove(0);
    let engine = engines::by_name(&a.engine)?;
    let wasm = suite.wasm(&b)?;
    let work = b.workload(&suite, a.size);
    let expected = b.expected(&suite, a.size)?;
    let unreadable = || anyhow::anyhow!("cannot read /proc/self/status (memory is measured on Linux only)");
    let start = memory::proc_status_bytes("VmRSS").ok_or_else(unreadable)?;
    bench::sample(engine.as_ref(), &wasm, &work, &expected)?;
    let peak = memory::proc_status_bytes("VmHWM").ok_or_else(unreadable)?;
    let m = MemoryUse {
        engine: a.engine,
        bench: a.bench,
        start_rss_bytes: start,
        peak_rss_bytes: peak,
    };
    println!("{}", serde_json::to_string(&m)?);
    Ok(ExitCode::SUCCESS)
}
