//! Differential testing (src/fuzz/differential.rs): wasm-smith modules on wasmi
//! and on every back-end must agree.
//!
//! `cargo test -p wasmlab --test differential -- --nocapture` runs a fixed
//! seed range and prints the counts; `WASMLAB_FUZZ_SECONDS=N` runs for N
//! seconds instead, from seed `WASMLAB_FUZZ_FIRST_SEED` (default 0), as
//! `wasmlab fuzz --target differential --seconds N` does. A divergent module is
//! written under the target's tmp dir (printed).

use wasmlab::fuzz::{differential, Budget};

/// Sized to take about 40 s of a debug `cargo test` on two busy cores.
const MODULES: u64 = 2_500;

#[test]
fn backends_agree_with_wasmi() {
    let mut budget = Budget::from_env(MODULES).unwrap();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("differential");
    let report = differential::run(&wasmlab::backends::all(), &mut budget, &dir, |f| {
        eprintln!(
            "DIVERGENCE seed {} on {}: {} ({:?})",
            f.seed, f.backend, f.what, f.input
        )
    });
    println!("{report}");
    assert!(report.generated > MODULES / 2 || std::env::var_os("WASMLAB_FUZZ_SECONDS").is_some());
    assert!(
        report.findings.is_empty(),
        "wasmlab diverged from wasmi; see the messages above"
    );
}

/// wasmi 2.0.0 panics on this seed's module ("entered unreachable code"); every
/// back-end agrees with Wasmtime on it. An oracle's panic is its own bug: Wasmtime
/// decides the case, and the back-ends are still checked.
#[test]
fn wasmtime_decides_where_wasmi_panics() {
    const SEED: u64 = 3_038_796;
    let mut budget = Budget::cases(SEED, 1);
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("differential-oracle-panic");
    let report = differential::run(&wasmlab::backends::all(), &mut budget, &dir, |_| {});
    assert_eq!(report.oracle_panics, vec![SEED], "{report}");
    assert_eq!(report.refereed, 1, "{report}");
    assert!(report.findings.is_empty(), "{report}");
    for (backend, modules) in &report.run {
        assert_eq!(*modules, 1, "{backend} was not checked: {report}");
    }
    assert!(report.calls > 0, "{report}");
}
