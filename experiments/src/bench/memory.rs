//! Memory footprint: each engine on each benchmark once more, in a process of its
//! own (`wasmlab probe-memory`), so one engine's allocations never count against
//! another's and the kernel's high-water mark (`VmHWM`) is that engine's alone.

use super::history::MemoryUse;
use anyhow::Context;
use std::path::Path;
use std::process::Command;

/// A field of `/proc/self/status` in bytes (`VmRSS`, `VmHWM`); `None` off Linux.
pub fn proc_status_bytes(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status
        .lines()
        .find(|l| l.starts_with(field) && l[field.len()..].starts_with(':'))?;
    let kib: u64 = line[field.len() + 1..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kib * 1024)
}

/// What one probe asks for: the engine, the benchmark and how to run it.
pub struct Probe<'a> {
    pub exe: &'a Path,
    pub suite_dir: &'a Path,
    pub engine: &'a str,
    pub bench: &'a str,
    pub size: &'a str,
    pub predecode: &'a str,
    pub serial_load: bool,
}

/// Runs the probe in a child process and reads its report.
pub fn probe(p: &Probe<'_>) -> anyhow::Result<MemoryUse> {
    let out = Command::new(p.exe)
        .arg("probe-memory")
        .args(["--engine", p.engine, "--bench", p.bench, "--size", p.size])
        .args(["--predecode", p.predecode])
        .args(p.serial_load.then_some("--serial-load"))
        .arg("--suite")
        .arg(p.suite_dir)
        .output()
        .with_context(|| format!("cannot start `{}`", p.exe.display()))?;
    if !out.status.success() {
        anyhow::bail!(
            "memory probe of {} on {} failed: {}",
            p.engine,
            p.bench,
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    serde_json::from_slice(&out.stdout).context("the memory probe's report is not JSON")
}
