//! Every benchmark of the suite, at its small test size, gives its checked result
//! (or its expected output) on every back-end and every peer engine built.

use wasmlab::bench::sample;
use wasmlab::engines;
use wasmlab::suite::{self, Size, Suite};

#[test]
fn every_benchmark_is_correct_on_every_engine() {
    let suite = Suite::load(&suite::default_dir()).unwrap();
    assert!(suite.benchmarks.len() >= 18, "the suite lost benchmarks");
    for g in ["seed", "micro", "program"] {
        assert!(
            suite.benchmarks.iter().filter(|b| b.group == g).count() >= 6,
            "group {g} has fewer than six"
        );
    }
    let all: Vec<_> = engines::backends().into_iter().chain(engines::peers()).collect();
    let mut failures = Vec::new();
    // Real programs are fetched, not committed, and have no test size: `bench
    // --group real` checks their output.
    for b in suite.benchmarks.iter().filter(|b| b.fetch.is_none()) {
        let wasm = suite.wasm(b).unwrap();
        let work = b.workload(&suite, Size::Test);
        let expected = b.expected(&suite, Size::Test).unwrap();
        for e in all.iter().filter(|e| b.runs_on(e.as_ref())) {
            match sample(e.as_ref(), &wasm, &work, &expected) {
                Ok(_) => println!("ok   {} on {}", b.name, e.name()),
                Err(err) => failures.push(format!("{} on {}: {err:#}", b.name, e.name())),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_wrong_result_is_caught() {
    let suite = Suite::load(&suite::default_dir()).unwrap();
    let b = suite.benchmarks.iter().find(|b| b.name == "fib").unwrap();
    let wasm = suite.wasm(b).unwrap();
    let wrong = wasmlab::suite::Expected::Result(6766);
    for e in engines::backends() {
        assert!(sample(e.as_ref(), &wasm, &b.workload(&suite, Size::Test), &wrong).is_err());
    }
}
