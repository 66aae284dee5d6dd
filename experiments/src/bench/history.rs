//! History records: one JSON file per `wasmlab bench` run under `reports/history/`.

use anyhow::Context;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The phases measured separately, as sightglass does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Compile,
    Instantiate,
    Execute,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Machine {
    pub hostname: String,
    pub cpu: String,
    pub cores: usize,
}

/// Samples of one engine on one benchmark in one phase, in nanoseconds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub engine: String,
    pub bench: String,
    pub phase: Phase,
    pub samples_ns: Vec<u64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub date: String,
    pub commit: String,
    /// The working tree had uncommitted changes when this was measured.
    pub dirty: bool,
    pub machine: Machine,
    pub rustc: String,
    /// `quick` or `full`.
    pub size: String,
    pub rounds: usize,
    pub series: Vec<Series>,
    /// Engine × benchmark pairs that failed or gave a wrong result.
    #[serde(default)]
    pub failures: Vec<String>,
    /// Benchmarks selected but not run: their module is fetched, and was not.
    #[serde(default)]
    pub not_fetched: Vec<String>,
    /// Engine × benchmark pairs not run: the engine lacks a proposal the
    /// benchmark needs.
    #[serde(default)]
    pub unsupported: Vec<String>,
    #[serde(default)]
    pub note: String,
    /// How wasmlab's back-ends predecoded: `lazy` or `eager` (empty in records
    /// older than lazy predecoding, which were all eager).
    #[serde(default)]
    pub predecode: String,
    /// Whether wasmlab's back-ends loaded modules on one thread (`bench
    /// --serial-load`); false in records from before parallel loading, which
    /// were all serial.
    #[serde(default)]
    pub serial_load: bool,
    /// The IR size of each benchmark on each engine that has an IR to measure.
    #[serde(default)]
    pub ir_sizes: Vec<IrSize>,
    /// Each engine's memory on each benchmark, measured in a process of its own.
    #[serde(default)]
    pub memory: Vec<MemoryUse>,
}

/// One engine's resident memory on one benchmark: a process that loads the
/// benchmark's module, then compiles, instantiates and runs it once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemoryUse {
    pub engine: String,
    pub bench: String,
    /// Resident before compiling (the driver and the module's bytes).
    pub start_rss_bytes: u64,
    /// The process's high-water mark at the end of the run.
    pub peak_rss_bytes: u64,
}

/// A module's IR, translated eagerly, against its Wasm code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IrSize {
    pub engine: String,
    pub bench: String,
    pub ir_bytes: u64,
    pub wasm_bytes: u64,
}

impl Record {
    /// Per engine, the geomean over benchmarks of IR bytes per Wasm code byte.
    pub fn ir_density(&self) -> Vec<(String, f64)> {
        let mut out: Vec<(String, f64)> = Vec::new();
        for e in self.engines() {
            let logs: Vec<f64> = self
                .ir_sizes
                .iter()
                .filter(|s| s.engine == e && s.wasm_bytes > 0)
                .map(|s| (s.ir_bytes as f64 / s.wasm_bytes as f64).ln())
                .collect();
            if !logs.is_empty() {
                out.push((e, (logs.iter().sum::<f64>() / logs.len() as f64).exp()));
            }
        }
        out
    }
}

impl Record {
    /// A record stamped with the current date, commit, machine and compiler.
    pub fn new(size: &str, rounds: usize) -> Record {
        Record {
            date: humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string(),
            commit: git(&["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown".into()),
            dirty: git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty()),
            machine: machine(),
            rustc: command("rustc", &["--version"]).unwrap_or_else(|| "unknown".into()),
            size: size.into(),
            rounds,
            series: Vec::new(),
            failures: Vec::new(),
            not_fetched: Vec::new(),
            unsupported: Vec::new(),
            predecode: String::new(),
            serial_load: false,
            ir_sizes: Vec::new(),
            memory: Vec::new(),
            note: String::new(),
        }
    }

    /// Samples in seconds, if the series exists.
    pub fn samples(&self, engine: &str, bench: &str, phase: Phase) -> Option<Vec<f64>> {
        self.series
            .iter()
            .find(|s| s.engine == engine && s.bench == bench && s.phase == phase)
            .map(|s| s.samples_ns.iter().map(|n| *n as f64 / 1e9).collect())
    }

    pub fn push(&mut self, engine: &str, bench: &str, phase: Phase, ns: u64) {
        match self
            .series
            .iter_mut()
            .find(|s| s.engine == engine && s.bench == bench && s.phase == phase)
        {
            Some(s) => s.samples_ns.push(ns),
            None => self.series.push(Series {
                engine: engine.into(),
                bench: bench.into(),
                phase,
                samples_ns: vec![ns],
            }),
        }
    }

    /// The median of `engine`'s samples on `bench` in `phase`, in seconds.
    pub fn median(&self, engine: &str, bench: &str, phase: Phase) -> Option<f64> {
        self.samples(engine, bench, phase).map(|s| super::stats::median(&s))
    }

    /// `engine`'s memory on `bench`, if it was measured.
    pub fn memory_of(&self, engine: &str, bench: &str) -> Option<&MemoryUse> {
        self.memory.iter().find(|m| m.engine == engine && m.bench == bench)
    }

    /// Engines and benchmarks in first-seen order.
    pub fn engines(&self) -> Vec<String> {
        unique(self.series.iter().map(|s| &s.engine))
    }

    pub fn benches(&self) -> Vec<String> {
        unique(self.series.iter().map(|s| &s.bench))
    }

    /// The file name this record is saved under: `<date>-<commit>.json`.
    pub fn file_name(&self) -> String {
        format!("{}-{}.json", self.date.replace(':', ""), self.commit)
    }

    pub fn save(&self, dir: &Path) -> anyhow::Result<PathBuf> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create `{}`", dir.display()))?;
        let path = dir.join(self.file_name());
        std::fs::write(&path, serde_json::to_string_pretty(self)?)
            .with_context(|| format!("cannot write `{}`", path.display()))?;
        Ok(path)
    }

    pub fn load(path: &Path) -> anyhow::Result<Record> {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read `{}`", path.display()))?;
        serde_json::from_str(&text).with_context(|| format!("`{}` is not a history record", path.display()))
    }
}

/// Every record in `dir`, oldest first.
pub fn load_all(dir: &Path) -> anyhow::Result<Vec<(PathBuf, Record)>> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(out);
    };
    for e in entries {
        let path = e?.path();
        if path.extension().is_some_and(|x| x == "json") {
            let r = Record::load(&path)?;
            out.push((path, r));
        }
    }
    out.sort_by(|a, b| a.1.date.cmp(&b.1.date).then(a.0.cmp(&b.0)));
    Ok(out)
}

fn unique<'a>(it: impl Iterator<Item = &'a String>) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for s in it {
        if !v.contains(s) {
            v.push(s.clone());
        }
    }
    v
}

fn command(cmd: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(cmd).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn git(args: &[&str]) -> Option<String> {
    command("git", args)
}

fn machine() -> Machine {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_string())
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    let hostname = std::fs::read_to_string("/etc/hostname")
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    Machine { hostname, cpu, cores }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_round_trips_through_json() {
        let mut r = Record::new("quick", 3);
        r.push("switch", "fib", Phase::Execute, 1_000);
        r.push("switch", "fib", Phase::Execute, 1_200);
        r.push("wasmtime", "fib", Phase::Compile, 50);
        r.failures.push("x on y: wrong result".into());
        let text = serde_json::to_string(&r).unwrap();
        let back: Record = serde_json::from_str(&text).unwrap();
        assert_eq!(back, r);
        assert_eq!(back.samples("switch", "fib", Phase::Execute), Some(vec![1e-6, 1.2e-6]));
        assert_eq!(back.engines(), vec!["switch", "wasmtime"]);
    }
}
