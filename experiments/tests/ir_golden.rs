//! The IR every back-end (and every ablation variant of super) makes of the
//! suite's own modules, pinned: a SHA-256 of each module's disassembly per
//! back-end, translated eagerly, kept in `ir-golden.txt`. A refactor of the
//! predecoder or of a pass must leave every line as it is. A change meant to change
//! the IR rewrites the file with
//! `WASMLAB_BLESS_IR=1 cargo test -p wasmlab --test ir_golden` and says in its
//! commit why the IR changed.

use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;
use wasmlab::suite::{self, Suite};
use wasmlab_core::predecode::Options;
use wasmlab_core::{ir, Module};

const GOLDEN: &str = "tests/ir-golden.txt";

/// The suite's committed modules (the real programs are fetched, and may be
/// missing), by group and name.
fn modules() -> Vec<(String, Vec<u8>)> {
    let suite = Suite::load(&suite::default_dir()).unwrap();
    suite
        .benchmarks
        .iter()
        .filter(|b| b.fetch.is_none())
        .map(|b| (format!("{}/{}", b.group, b.name), suite.wasm(b).unwrap()))
        .collect()
}

/// The SHA-256 of every body's disassembly, in order, translated eagerly with `opts`.
fn ir_hash(bytes: &[u8], opts: &Options) -> String {
    let module = Module::with_options(
        bytes,
        &Options {
            lazy: false,
            ..opts.clone()
        },
    )
    .unwrap();
    let mut hash = Sha256::new();
    for (i, body) in module.bodies.iter().enumerate() {
        hash.update(format!("func {i}\n{}", ir::disassemble(body)));
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// `module back-end hash` for every module and back-end built.
fn current() -> BTreeMap<String, String> {
    let backends = wasmlab::backends::all()
        .into_iter()
        .chain(wasmlab::backends::ablations());
    let backends: Vec<_> = backends.collect();
    let mut out = BTreeMap::new();
    for (name, bytes) in modules() {
        for backend in &backends {
            let key = format!("{name} {}", backend.name());
            out.insert(key, ir_hash(&bytes, &backend.predecode_options()));
        }
    }
    out
}

#[test]
fn the_ir_of_the_suite_s_modules_is_as_pinned() {
    let now = current();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(GOLDEN);
    if std::env::var_os("WASMLAB_BLESS_IR").is_some() {
        let text: String = now.iter().map(|(k, v)| format!("{k} {v}\n")).collect();
        std::fs::write(&path, text).unwrap();
        return;
    }
    let pinned: BTreeMap<String, String> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter_map(|l| l.rsplit_once(' '))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let changed: Vec<&String> = now
        .keys()
        .filter(|k| pinned.get(*k).is_some_and(|v| v != &now[*k]))
        .collect();
    let new: Vec<&String> = now.keys().filter(|k| !pinned.contains_key(*k)).collect();
    // A build without some back-end checks the ones it has.
    let built: Vec<&str> = now.keys().filter_map(|k| k.rsplit_once(' ').map(|(_, b)| b)).collect();
    let missing: Vec<&String> = pinned
        .keys()
        .filter(|k| !now.contains_key(*k) && k.rsplit_once(' ').is_some_and(|(_, b)| built.contains(&b)))
        .collect();
    assert!(
        changed.is_empty() && missing.is_empty() && new.is_empty(),
        "the IR differs from {GOLDEN} (WASMLAB_BLESS_IR=1 rewrites it):\nchanged: {changed:?}\nmissing: {missing:?}\nnew: {new:?}"
    );
    assert!(now.len() >= 100, "only {} module/back-end pairs", now.len());
}
