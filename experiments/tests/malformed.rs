//! Malformed input never panics or aborts: random bytes, and valid modules
//! (wasm-smith's and the suite's) with bytes flipped, inserted or deleted, go
//! through loading, instantiation (with nothing to import: missing imports
//! must be `UnknownImport`) and invocation of every export, on every back-end.
//!
//! One flipped byte can turn a bounded loop into an endless one (wasm-smith's
//! fuel check `i32.sub` into `i32.add`, say), so every store runs with fuel:
//! a runaway mutant ends as an "all fuel consumed" trap, which is itself a
//! check that fuel works on every back-end.
//!
//! `cargo test -p wasmlab --test malformed -- --nocapture` runs a fixed seed
//! sequence and prints the counts; `WASMLAB_FUZZ_SECONDS=N` runs for N seconds
//! instead, from seed `WASMLAB_FUZZ_FIRST_SEED` (default 0). A failing input is
//! written under the target's tmp dir (printed).

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::Arc;
use wasmlab_core::{Backend, Config, Error, Extern, Linker, Module, Store, Trap, Val};

/// Sized to take about 15 s of a debug `cargo test` on two cores.
const CASES: u64 = 20_000;

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

fn suite_modules() -> Vec<Vec<u8>> {
    fn walk(dir: &Path, out: &mut Vec<Vec<u8>>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        // Sorted, so a seed means the same case on every machine.
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "wasm") {
                out.push(std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("suite"), &mut out);
    assert!(!out.is_empty(), "no committed suite modules found");
    out
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
        1..=4 => match common::generate(seed) {
            Some(b) => b,
            None => suite[rng.usize(..suite.len())].clone(),
        },
        _ => suite[rng.usize(..suite.len())].clone(),
    };
    mutate(&mut rng, &mut bytes);
    bytes
}

#[derive(Default)]
struct Counts {
    cases: u64,
    loaded: u64,
    instantiated: u64,
    calls: u64,
    out_of_fuel: u64,
}

/// One case on one back-end; `Err` for a wrong (but not panicking) answer.
fn run(bytes: &[u8], backend: &Arc<dyn Backend>, counts: &mut Counts) -> Result<(), String> {
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

#[test]
fn malformed_input_never_panics() {
    let suite = suite_modules();
    let backends = wasmlab::backends::all();
    let mut counts = Counts::default();
    let mut failures = Vec::new();
    let mut budget = common::Budget::from_env(CASES);
    let dump = Path::new(env!("CARGO_TARGET_TMPDIR")).join("malformed");
    while let Some(seed) = budget.next_seed() {
        let bytes = case(seed, &suite);
        counts.cases += 1;
        for b in &backends {
            let outcome = catch_unwind(AssertUnwindSafe(|| run(&bytes, b, &mut counts)));
            let failure = match outcome {
                Ok(Ok(())) => continue,
                Ok(Err(wrong)) => wrong,
                Err(panic) => {
                    let msg = panic
                        .downcast_ref::<String>()
                        .map(String::as_str)
                        .or_else(|| panic.downcast_ref::<&str>().copied())
                        .unwrap_or("(non-string payload)");
                    format!("panicked: {msg}")
                }
            };
            std::fs::create_dir_all(&dump).unwrap();
            let path = dump.join(format!("seed-{seed}.wasm"));
            std::fs::write(&path, &bytes).unwrap();
            eprintln!("FAILURE seed {seed} on {} ({}): {failure}", b.name(), path.display());
            failures.push(seed);
        }
    }
    println!(
        "malformed: {} cases on {} back-end(s): {} loads, {} instantiations, {} calls \
         ({} out of fuel); {} failures",
        counts.cases,
        backends.len(),
        counts.loaded,
        counts.instantiated,
        counts.calls,
        counts.out_of_fuel,
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "failures at seeds {failures:?}; see the messages above"
    );
}
