//! Fuzzing: differential runs against wasmi as the oracle (Wasmtime deciding
//! where wasmi disagrees or cannot run a module), and malformed input
//! through load, instantiate and invoke. `wasmlab fuzz` runs them for as long as
//! asked; `tests/differential.rs` and `tests/malformed.rs` run a fixed seed range.
//!
//! A case is named by its seed alone, so any finding can be run again by itself
//! (`wasmlab fuzz --first-seed S --cases 1`).

pub mod differential;
pub mod generate;
pub mod malformed;
mod observe;
mod oracle;
mod referee;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a run lasts: a number of cases, or as many as fit before a deadline.
/// Seeds count up from `first`.
#[derive(Clone, Debug)]
pub struct Budget {
    cases: u64,
    deadline: Option<Instant>,
    first: u64,
    done: u64,
}

impl Budget {
    /// `cases` seeds from `first`.
    pub fn cases(first: u64, cases: u64) -> Budget {
        Budget {
            cases,
            deadline: None,
            first,
            done: 0,
        }
    }

    /// Seeds from `first` until `time` has passed.
    pub fn time(first: u64, time: Duration) -> Budget {
        Budget {
            cases: u64::MAX,
            deadline: Some(Instant::now() + time),
            first,
            done: 0,
        }
    }

    /// The tests' budget: `default_cases` seeds from 0, or what
    /// `WASMLAB_FUZZ_SECONDS` and `WASMLAB_FUZZ_FIRST_SEED` say.
    pub fn from_env(default_cases: u64) -> Result<Budget, String> {
        let var = |name: &str| match std::env::var(name) {
            Ok(s) => s
                .parse::<u64>()
                .map(Some)
                .map_err(|_| format!("{name} must be a whole number, not `{s}`")),
            Err(_) => Ok(None),
        };
        let first = var("WASMLAB_FUZZ_FIRST_SEED")?.unwrap_or(0);
        Ok(match var("WASMLAB_FUZZ_SECONDS")? {
            Some(s) => Budget::time(first, Duration::from_secs(s)),
            None => Budget::cases(first, default_cases),
        })
    }

    /// The next case's seed, or `None` when the budget is spent.
    pub fn next_seed(&mut self) -> Option<u64> {
        let more = match self.deadline {
            Some(d) => Instant::now() < d,
            None => self.done < self.cases,
        };
        more.then(|| {
            self.done += 1;
            self.first + self.done - 1
        })
    }
}

/// One case that failed on one back-end.
#[derive(Clone, Debug)]
pub struct Finding {
    pub seed: u64,
    pub backend: &'static str,
    pub what: String,
    /// Where the input was written, when it could be.
    pub input: Option<PathBuf>,
}

/// Writes a failing input as `DIR/seed-S.wasm`; where that fails, the finding
/// says so and keeps its seed, from which the input can be made again.
fn keep(dir: &Path, seed: u64, bytes: &[u8]) -> Result<PathBuf, String> {
    let path = dir.join(format!("seed-{seed}.wasm"));
    std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(&path, bytes))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

fn finding(dir: &Path, seed: u64, backend: &'static str, mut what: String, bytes: &[u8]) -> Finding {
    let input = match keep(dir, seed, bytes) {
        Ok(p) => Some(p),
        Err(e) => {
            what.push_str(&format!(" ({e})"));
            None
        }
    };
    Finding {
        seed,
        backend,
        what,
        input,
    }
}

/// Runs `f`; a panic comes back as `Err` with its message: a panic is a finding.
fn no_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|panic| {
        let msg = crate::panic_message(&*panic).unwrap_or("(non-string payload)");
        format!("panicked: {msg}")
    })
}
