//! Malformed input never panics or aborts (src/fuzz/malformed.rs): random and
//! mutated bytes through load, instantiate and invoke on every back-end.
//!
//! `cargo test -p wasmlab --test malformed -- --nocapture` runs a fixed seed
//! range and prints the counts; `WASMLAB_FUZZ_SECONDS=N` runs for N seconds
//! instead, from seed `WASMLAB_FUZZ_FIRST_SEED` (default 0), as
//! `wasmlab fuzz --target malformed --seconds N` does. A failing input is
//! written under the target's tmp dir (printed).

use wasmlab::fuzz::{malformed, Budget};

/// Sized to take about 15 s of a debug `cargo test` on two cores.
const CASES: u64 = 20_000;

#[test]
fn malformed_input_never_panics() {
    let suite = malformed::suite_modules(&wasmlab::suite::default_dir()).unwrap();
    assert!(!suite.is_empty(), "no committed suite modules found");
    let mut budget = Budget::from_env(CASES).unwrap();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("malformed");
    let report = malformed::run(&wasmlab::backends::all(), &suite, &mut budget, &dir, |f| {
        eprintln!("FAILURE seed {} on {}: {} ({:?})", f.seed, f.backend, f.what, f.input)
    });
    println!("{report}");
    assert!(report.loaded > 0, "no case loaded: the mutator is broken");
    assert!(report.findings.is_empty(), "failures; see the messages above");
}
