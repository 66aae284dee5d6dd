//! `wasmlab profile`'s library half: a short profile of `switch` on the seed `fib`.
#![cfg(feature = "switch")]

use std::path::Path;
use std::time::Duration;
use wasmlab::suite::{self, Size, Suite};
use wasmlab::{engines, profiling};

#[test]
fn switch_on_fib_gives_a_flamegraph_and_a_top_list() {
    let suite = Suite::load(&suite::default_dir()).unwrap();
    let fib = suite.select(&["fib".to_string()], &[]).unwrap().remove(0);
    let switch = engines::by_name("switch").unwrap();
    // The test size: debug-build runs stay short, so the loop stops near 1 s.
    let p = profiling::run(switch.as_ref(), &suite, &fib, Size::Test, Duration::from_secs(1)).unwrap();
    assert!(p.runs >= 1);
    assert!(p.samples() > 0, "no samples in {:?}", p.elapsed);

    let svg_path =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("profile-{}/switch-fib.svg", std::process::id()));
    let top = profiling::write(&p.report, "switch on fib", &svg_path, profiling::TOP).unwrap();
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert!(
        svg.starts_with("<?xml") || svg.starts_with("<svg"),
        "not an SVG: {}",
        &svg[..svg.len().min(80)]
    );
    // The thread is named after this test, so "fib" alone would prove nothing:
    // look for the interpreter's own functions.
    assert!(
        svg.contains("wasmlab_switch"),
        "no wasmlab_switch frame in the flamegraph"
    );

    let frames = profiling::top_self(&p.report, profiling::TOP);
    assert!(!frames.is_empty());
    let sum: f64 = frames.iter().map(|f| f.percent).sum();
    assert!(sum <= 100.0 + 1e-9, "percentages sum to {sum}");
    let txt = std::fs::read_to_string(svg_path.with_extension("top.txt")).unwrap();
    assert_eq!(txt, top);
    assert!(
        txt.lines().count() > frames.len(),
        "header and one line per frame:\n{txt}"
    );
    std::fs::remove_dir_all(svg_path.parent().unwrap()).unwrap();
}
