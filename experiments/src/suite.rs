//! The benchmark suite manifest (`experiments/suite/suite.json`).

use anyhow::{bail, Context};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use wasmlab_core::Val;

use crate::engines::Workload;

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
}

/// Which input size to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    Full,
    Quick,
    Test,
}

/// What a correct run produces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    Result(i32),
    Stdout(Vec<u8>),
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

    pub fn wasm(&self, b: &Benchmark) -> anyhow::Result<Vec<u8>> {
        let path = self.dir.join(&b.file);
        std::fs::read(&path).with_context(|| format!("cannot read `{}`", path.display()))
    }
}

impl Benchmark {
    pub fn workload(&self, size: Size) -> Workload {
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
                // Programs have no quick size: their output is checked against the full run's.
                let args = if size == Size::Test {
                    &self.test_wasi_args
                } else {
                    &self.wasi_args
                };
                Workload::Wasi { args: args.clone() }
            }
        }
    }

    pub fn expected(&self, suite: &Suite, size: Size) -> anyhow::Result<Expected> {
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
