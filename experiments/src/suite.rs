//! The benchmark suite manifest (`experiments/suite/suite.json`).

use anyhow::{bail, Context};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use wasmlab_core::Val;

use crate::engines::{WasiSetup, Workload};
use std::collections::BTreeMap;

/// The committed suite, found from this crate's source directory.
pub fn default_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("suite")
}

#[derive(Clone, Debug, Deserialize)]
pub struct Benchmark {
    pub name: String,
    /// `seed`, `micro` or `program`.
    pub group: String,
    pub file: String,
    #[serde(default)]
    pub invoke: Option<String>,
    #[serde(default)]
    pub args: Vec<i32>,
    #[serde(default)]
    pub test_args: Vec<i32>,
    /// Smaller arguments for `bench --quick`; `args` when absent.
    #[serde(default)]
    pub quick_args: Option<Vec<i32>>,
    #[serde(default)]
    pub expect: Option<i32>,
    /// The result at the test size, when it differs from `expect`.
    #[serde(default)]
    pub test_expect: Option<i32>,
    #[serde(default)]
    pub wasi_args: Vec<String>,
    #[serde(default)]
    pub test_wasi_args: Vec<String>,
    #[serde(default)]
    pub expect_stdout: Option<String>,
    #[serde(default)]
    pub test_expect_stdout: Option<String>,
    /// The SHA-256 of the expected stdout, for output too large or binary to commit.
    #[serde(default)]
    pub expect_stdout_sha256: Option<String>,
    /// The exit code a correct run ends with (`proc_exit`), when not 0.
    #[serde(default)]
    pub exit_code: i32,
    /// Environment variables the program sees (it sees no others).
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    /// A file (relative to the suite directory) the program reads as stdin.
    #[serde(default)]
    pub stdin: Option<String>,
    /// Directories preopened for the program.
    #[serde(default)]
    pub dirs: Vec<SuiteDir>,
    /// Where a `real` program comes from: the package it is fetched from by
    /// `fetch_real.py`. Such modules live in the cache, not in the repository.
    #[serde(default)]
    pub fetch: Option<serde_json::Value>,
    /// A short start-up run (`--version` and the like) for `--size quick`.
    #[serde(default)]
    pub quick_wasi_args: Option<Vec<String>>,
    #[serde(default)]
    pub quick_exit_code: i32,
    /// Proposals beyond Wasm 2.0 the module needs (`exceptions`): an engine that
    /// lacks one is not run on it, and the record lists the pair as unsupported.
    #[serde(default)]
    pub needs: Vec<String>,
}

/// A preopened directory of a benchmark.
#[derive(Clone, Debug, Deserialize)]
pub struct SuiteDir {
    /// Relative to the suite directory, or to the cache's `real/` with `cache`.
    pub host: String,
    pub guest: String,
    #[serde(default)]
    pub cache: bool,
    /// The program writes into it: each run gets a fresh copy.
    #[serde(default)]
    pub writable: bool,
}

/// Where fetched modules live: `$WASMLAB_CACHE`, else `~/.cache/wasmlab`.
pub fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("WASMLAB_CACHE") {
        return PathBuf::from(d);
    }
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("."), PathBuf::from);
    home.join(".cache/wasmlab")
}

/// Which input size to run; on the command line `full`, `quick` or `test`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Size {
    Full,
    Quick,
    Test,
}

impl Size {
    /// The name the command line takes.
    pub fn name(self) -> &'static str {
        match self {
            Size::Full => "full",
            Size::Quick => "quick",
            Size::Test => "test",
        }
    }
}

/// What a correct run produces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    Result(i32),
    Stdout(Vec<u8>),
    /// Output checked by its SHA-256 (lower-case hex).
    StdoutSha256(String),
    /// A start-up run: only the exit code is checked.
    Anything,
}

#[derive(Deserialize)]
struct Manifest {
    benchmarks: Vec<Benchmark>,
}

pub struct Suite {
    pub dir: PathBuf,
    pub benchmarks: Vec<Benchmark>,
}

impl Suite {
    pub fn load(dir: &Path) -> anyhow::Result<Suite> {
        let path = dir.join("suite.json");
        let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read `{}`", path.display()))?;
        let m: Manifest = serde_json::from_str(&text).with_context(|| format!("`{}` is malformed", path.display()))?;
        Ok(Suite {
            dir: dir.to_path_buf(),
            benchmarks: m.benchmarks,
        })
    }

    /// The benchmarks named in `names` (all when empty), or an error naming an unknown one.
    pub fn select(&self, names: &[String], groups: &[String]) -> anyhow::Result<Vec<Benchmark>> {
        for n in names {
            if !self.benchmarks.iter().any(|b| &b.name == n) {
                let known: Vec<_> = self.benchmarks.iter().map(|b| b.name.as_str()).collect();
                bail!("no benchmark named `{n}` (known: {})", known.join(", "));
            }
        }
        Ok(self
            .benchmarks
            .iter()
            .filter(|b| names.is_empty() || names.contains(&b.name))
            .filter(|b| groups.is_empty() || groups.contains(&b.group))
            .cloned()
            .collect())
    }

    /// Where benchmark `b`'s module is: in the cache for a fetched one.
    pub fn module_path(&self, b: &Benchmark) -> PathBuf {
        if b.fetch.is_some() {
            cache_dir().join(&b.file)
        } else {
            self.dir.join(&b.file)
        }
    }

    /// Whether `b`'s module is at hand (a fetched one may not be).
    pub fn has_module(&self, b: &Benchmark) -> bool {
        self.module_path(b).is_file()
    }

    pub fn wasm(&self, b: &Benchmark) -> anyhow::Result<Vec<u8>> {
        let path = self.module_path(b);
        let hint = if b.fetch.is_some() {
            " (fetch it with `python3 experiments/suite/fetch_real.py`)"
        } else {
            ""
        };
        let bytes = std::fs::read(&path).with_context(|| format!("cannot read `{}`{hint}", path.display()))?;
        // A micro benchmark in text that wabt cannot assemble (Wasm 3.0 ops) is
        // its own source: it is assembled here, so no binary is committed beside it.
        if path.extension().is_some_and(|e| e == "wat") {
            return wat::parse_bytes(&bytes)
                .map(|b| b.into_owned())
                .with_context(|| format!("cannot assemble `{}`", path.display()));
        }
        Ok(bytes)
    }
}

impl Benchmark {
    /// Whether `engine` has every proposal this benchmark needs.
    pub fn runs_on(&self, engine: &dyn crate::engines::Engine) -> bool {
        self.needs.iter().all(|p| engine.supports(p))
    }

    pub fn workload(&self, suite: &Suite, size: Size) -> Workload {
        match &self.invoke {
            Some(func) => {
                let args = match size {
                    Size::Full => &self.args,
                    Size::Quick => self.quick_args.as_ref().unwrap_or(&self.args),
                    Size::Test => &self.test_args,
                };
                Workload::Invoke {
                    func: func.clone(),
                    args: args.iter().map(|a| Val::I32(*a)).collect(),
                }
            }
            None => {
                // Programs have no quick size: their output is checked against the full
                // run's. Real programs' quick size is a start-up run.
                let (args, exit_code) = match (size, &self.quick_wasi_args) {
                    (Size::Test, _) => (&self.test_wasi_args, self.exit_code),
                    (Size::Quick, Some(q)) => (q, self.quick_exit_code),
                    _ => (&self.wasi_args, self.exit_code),
                };
                let dirs = self
                    .dirs
                    .iter()
                    .map(|d| {
                        let base = if d.cache {
                            cache_dir().join("real")
                        } else {
                            suite.dir.clone()
                        };
                        (base.join(&d.host), d.guest.clone(), d.writable)
                    })
                    .collect();
                Workload::Wasi(WasiSetup {
                    args: args.clone(),
                    env: self.env.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                    stdin: self.stdin.as_ref().map(|s| suite.dir.join(s)),
                    dirs,
                    exit_code,
                })
            }
        }
    }

    pub fn expected(&self, suite: &Suite, size: Size) -> anyhow::Result<Expected> {
        if size == Size::Quick && self.quick_wasi_args.is_some() {
            return Ok(Expected::Anything);
        }
        if let Some(h) = &self.expect_stdout_sha256 {
            return Ok(Expected::StdoutSha256(h.to_lowercase()));
        }
        if let Some(v) = self.expect {
            let v = if size == Size::Test {
                self.test_expect.unwrap_or(v)
            } else {
                v
            };
            return Ok(Expected::Result(v));
        }
        let file = if size == Size::Test {
            self.test_expect_stdout.as_ref()
        } else {
            self.expect_stdout.as_ref()
        };
        let Some(file) = file else {
            bail!("benchmark `{}` has no expectation for {size:?} size", self.name)
        };
        let path = suite.dir.join(file);
        Ok(Expected::Stdout(
            std::fs::read(&path).with_context(|| format!("cannot read `{}`", path.display()))?,
        ))
    }
}
