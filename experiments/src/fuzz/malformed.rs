//! Malformed input never panics or aborts: random bytes, and valid modules
//! (wasm-smith's and the suite's) with bytes flipped, inserted or deleted, go
//! through loading, instantiation (with nothing to import: missing imports
//! must be `UnknownImport`) and invocation of every export, on every back-end.
//!
//! One flipped byte can turn a bounded loop into an endless one (wasm-smith's
//! fuel check `i32.sub` into `i32.add`, say), so every store runs with fuel:
//! a runaway mutant ends as an "all fuel consumed" trap, which is itself a
//! check that fuel works on every back-end.

use super::{finding, generate, no_panic, Budget, Finding};
use std::fmt;
use std::path::Path;
use std::sync::Arc;
use wasmlab_core::{Backend, Config, Error, Extern, Linker, Module, Store, Trap, Val};

/// Fuel each call (and the start function) gets: a few milliseconds of work.
const FUEL: u64 = 20_000;

/// Small limits keep a mutated `(memory 65535)` from costing gigabytes, deep
/// recursion from costing seconds and endless loops from hanging.
fn config() -> Config {
    Config {
        max_call_depth: 1_000,
        max_memory_pages: 256,
        fuel: Some(FUEL),
        ..Config::default()
    }
}

/// The committed modules of the suite under `dir` (its manifest's benchmarks, but
/// not the fetched real programs, which a machine may or may not have), in the
/// order of their paths, so a seed means the same case on every machine.
pub fn suite_modules(dir: &Path) -> anyhow::Result<Vec<Vec<u8>>> {
    let suite = crate::suite::Suite::load(dir)?;
    let mut benchmarks: Vec<_> = suite.benchmarks.iter().filter(|b| b.fetch.is_none()).cloned().collect();
    benchmarks.sort_by(|a, b| Path::new(&a.file).cmp(Path::new(&b.file)));
    benchmarks.iter().map(|b| suite.wasm(b)).collect()
}

/// Bytes that matter to the binary format: LEB128 continuation and sign
/// bits, and the ends of the byte range.
const INTERESTING: [u8; 6] = [0x00, 0x01, 0x40, 0x7f, 0x80, 0xff];

fn mutate(rng: &mut fastrand::Rng, bytes: &mut Vec<u8>) {
    // Mostly one change: each further one makes a module that loads rarer.
    let changes = if rng.bool() { 1 } else { rng.usize(2..=4) };
    for _ in 0..changes {
        if bytes.is_empty() {
            bytes.push(rng.u8(..));
            continue;
        }
        let at = rng.usize(..bytes.len());
        match rng.u8(0..6) {
            0 => bytes[at] ^= 1 << rng.u8(0..8),
            1 => bytes[at] = INTERESTING[rng.usize(..INTERESTING.len())],
            2 => bytes[at] = rng.u8(..),
            3 => {
                // Mostly one change: each further one makes a module that loads rarer.
                let changes = if rng.bool() { 1 } else { rng.usize(2..=4) };
                for _ in 0..changes {
                    bytes.insert(at, rng.u8(..));
                }
            }
            4 => {
                let end = (at + rng.usize(1..=16)).min(bytes.len());
                bytes.drain(at..end);
            }
            // A huge LEB128: counts, sizes and indices far past the input's end.
            _ => {
                let end = (at + 5).min(bytes.len());
                bytes.splice(at..end, [0xff, 0xff, 0xff, 0xff, 0x0f]);
            }
        }
    }
}

/// The case for `seed`: random bytes (with or without the header), or a
/// mutated wasm-smith or suite module.
/// With no suite modules, the mutated ones all come from wasm-smith.
fn case(seed: u64, suite: &[Vec<u8>]) -> Vec<u8> {
    let mut rng = fastrand::Rng::with_seed(seed ^ 0x6d61_6c66_6f72_6d64);
    let mut bytes = match seed % 8 {
        0 => {
            let mut b = if rng.bool() {
                b"\0asm\x01\0\0\0".to_vec()
            } else {
                Vec::new()
            };
            b.extend((0..rng.usize(0..256)).map(|_| rng.u8(..)));
            return b;
        }
        1..=4 => match generate::generate(seed) {
            Some(b) => b,
            None if suite.is_empty() => Vec::new(),
            None => suite[rng.usize(..suite.len())].clone(),
        },
        _ if suite.is_empty() => generate::generate(seed).unwrap_or_default(),
        _ => suite[rng.usize(..suite.len())].clone(),
    };
    mutate(&mut rng, &mut bytes);
    bytes
}

/// What a malformed-input run did.
#[derive(Debug, Default)]
pub struct Report {
    pub cases: u64,
    pub backends: usize,
    /// Over all back-ends, as the counts below.
    pub loaded: u64,
    pub instantiated: u64,
    pub calls: u64,
    /// Calls that ended as the out-of-fuel trap.
    pub out_of_fuel: u64,
    /// Panics and wrong (non-panicking) answers.
    pub findings: Vec<Finding>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "malformed: {} cases on {} back-end(s): {} loads, {} instantiations, {} calls \
             ({} out of fuel); {} failures",
            self.cases,
            self.backends,
            self.loaded,
            self.instantiated,
            self.calls,
            self.out_of_fuel,
            self.findings.len()
        )
    }
}

/// One case on one back-end; `Err` for a wrong (but not panicking) answer.
fn one(bytes: &[u8], backend: &Arc<dyn Backend>, counts: &mut Report) -> Result<(), String> {
    let mut store = Store::new(backend.clone(), config());
    let Ok(module) = Module::for_store(bytes, &store) else {
        return Ok(());
    };
    counts.loaded += 1;
    let imports = module.imports.len();
    let exports = module.export_types();
    let id = match Linker::new().instantiate(&mut store, Arc::new(module)) {
        Ok(id) if imports > 0 => return Err(format!("instantiated with {imports} import(s) unsatisfied: {id:?}")),
        Ok(id) => id,
        Err(Error::UnknownImport { .. }) => return Ok(()),
        Err(e) if imports > 0 => return Err(format!("missing imports gave {e} instead of UnknownImport")),
        Err(_) => return Ok(()),
    };
    counts.instantiated += 1;
    for (name, _) in exports {
        let Some(Extern::Func(f)) = store.export(id, &name) else {
            continue;
        };
        let args: Vec<Val> = store.func_type(f).params.iter().map(|&t| Val::default_of(t)).collect();
        counts.calls += 1;
        store.fuel = FUEL;
        match store.invoke(f, &args) {
            Err(Error::Trap(Trap::OutOfFuel)) => counts.out_of_fuel += 1,
            Ok(_) | Err(Error::Trap(_)) => {}
            Err(e) => return Err(format!("`{name}` failed outside a trap: {e}")),
        }
    }
    Ok(())
}

/// Runs the cases of `budget` on `backends`; a failing input is written to `dir`
/// and passed to `on_finding` as it is found.
pub fn run(
    backends: &[Arc<dyn Backend>],
    suite: &[Vec<u8>],
    budget: &mut Budget,
    dir: &Path,
    mut on_finding: impl FnMut(&Finding),
) -> Report {
    let mut report = Report {
        backends: backends.len(),
        ..Report::default()
    };
    while let Some(seed) = budget.next_seed() {
        let bytes = case(seed, suite);
        report.cases += 1;
        for b in backends {
            let failure = match no_panic(|| one(&bytes, b, &mut report)) {
                Ok(Ok(())) => continue,
                Ok(Err(wrong)) => wrong,
                Err(panic) => panic,
            };
            let f = finding(dir, seed, b.name(), failure, &bytes);
            on_finding(&f);
            report.findings.push(f);
        }
    }
    report
}
