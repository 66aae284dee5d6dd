//! The `wasmlab` binary as a user runs it: outputs and exit codes.

use std::process::Command;

fn wasmlab(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_wasmlab"))
        .args(args)
        .output()
        .expect("wasmlab runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn write_temp(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("wasmlab-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

const MODULE: &str = r#"(module
  (func $fib (export "fib") (param i32) (result i32)
    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2)) (then (local.get 0))
      (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                     (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
  (func (export "pair") (param i64 f64) (result f64 i64) (local.get 1) (local.get 0))
  (func (export "boom") unreachable))"#;

#[test]
fn run_invoke_prints_results() {
    let m = write_temp("m.wat", MODULE);
    assert_eq!(
        wasmlab(&["run", &m, "--invoke", "fib", "20"]),
        (0, "6765\n".into(), String::new())
    );
    let (code, out, _) = wasmlab(&["run", &m, "--invoke", "pair", "-5", "2.5"]);
    assert_eq!((code, out.as_str()), (0, "2.5\n-5\n"));
}

/// A `v128` argument and result are one unsigned 128-bit integer, as wasmtime
/// takes and prints them; the vector's lane 0 is its low bits.
#[test]
fn run_invoke_takes_and_prints_vectors() {
    let m = write_temp(
        "v.wat",
        r#"(module (func (export "swap") (param v128) (result v128)
             (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get 0) (local.get 0))))"#,
    );
    for backend in ["switch", "threaded", "super"] {
        assert_eq!(
            wasmlab(&["run", "--backend", backend, &m, "--invoke", "swap", "1"]),
            (0, "18446744073709551616\n".into(), String::new()),
            "{backend}"
        );
    }
}

#[test]
fn run_reports_traps_and_bad_arguments() {
    let m = write_temp("m2.wat", MODULE);
    let (code, _, err) = wasmlab(&["run", &m, "--invoke", "boom"]);
    assert_ne!(code, 0);
    assert!(err.contains("wasm trap: unreachable"), "{err}");
    let (code, _, err) = wasmlab(&["run", &m, "--invoke", "fib"]);
    assert_ne!(code, 0);
    assert!(err.contains("takes 1 argument"), "{err}");
    let (code, _, err) = wasmlab(&["run", &m, "--invoke", "nope"]);
    assert_ne!(code, 0);
    assert!(err.contains("no export named `nope`"), "{err}");
    let bad = write_temp("bad.wasm", "\0asm garbage");
    let (code, _, err) = wasmlab(&["run", &bad, "--invoke", "x"]);
    assert_ne!(code, 0);
    assert!(err.contains("cannot load"), "{err}");
}

#[test]
fn run_stops_a_runaway_loop_with_fuel() {
    let m = write_temp("spin.wat", r#"(module (func (export "spin") (loop $l (br $l))))"#);
    let (code, _, err) = wasmlab(&["run", "--fuel", "100000", &m, "--invoke", "spin"]);
    assert_ne!(code, 0);
    assert!(err.contains("all fuel consumed"), "{err}");
    let fib = write_temp("m3.wat", MODULE);
    let (code, out, _) = wasmlab(&["run", "--fuel", "100000", &fib, "--invoke", "fib", "10"]);
    assert_eq!((code, out.as_str()), (0, "55\n"));
    let (code, _, err) = wasmlab(&["run", "--fuel", "100", &fib, "--invoke", "fib", "20"]);
    assert_ne!(code, 0);
    assert!(err.contains("all fuel consumed"), "{err}");
}

#[test]
fn run_rejects_an_unknown_backend() {
    let m = write_temp("m3.wat", MODULE);
    let (code, _, err) = wasmlab(&["run", &m, "--backend", "nonesuch", "--invoke", "fib", "1"]);
    assert_ne!(code, 0);
    assert!(err.contains("no back-end named `nonesuch`"), "{err}");
}

#[test]
fn wast_reports_failing_directives_with_lines() {
    let ok = write_temp(
        "ok.wast",
        "(module (func (export \"one\") (result i32) i32.const 1))\n(assert_return (invoke \"one\") (i32.const 1))\n",
    );
    let (code, out, _) = wasmlab(&["wast", &ok]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 passed, 0 failed"), "{out}");
    let bad = write_temp(
        "bad.wast",
        "(module (func (export \"one\") (result i32) i32.const 1))\n\n(assert_return (invoke \"one\") (i32.const 2))\n",
    );
    let (code, out, _) = wasmlab(&["wast", &bad]);
    assert_ne!(code, 0);
    assert!(out.contains("bad.wast:3:"), "{out}");
}

#[test]
fn disas_shows_resolved_ir() {
    let m = write_temp("m4.wat", MODULE);
    let (code, out, _) = wasmlab(&["disas", &m, "--func", "0"]);
    assert_eq!(code, 0);
    assert!(out.contains("func[0]"), "{out}");
    assert!(
        out.contains("i32.add") && out.contains("call func=0") && out.contains("br_if_eqz"),
        "{out}"
    );
    let (code, _, err) = wasmlab(&["disas", &m, "--func", "9"]);
    assert_ne!(code, 0);
    assert!(err.contains("no function 9"), "{err}");
}

#[test]
fn disas_lists_the_ops_by_tag() {
    let (code, out, err) = wasmlab(&["disas", "--op-list"]);
    assert_eq!(code, 0, "{err}");
    let rows: Vec<(usize, &str)> = out
        .lines()
        .map(|l| {
            let (tag, name) = l.split_once(' ').unwrap();
            (tag.parse().unwrap(), name)
        })
        .collect();
    assert_eq!(rows.len(), wasmlab_core::ir::Op::names().len());
    assert!(rows.iter().enumerate().all(|(i, (tag, _))| i == *tag), "{out}");
    let add = wasmlab_core::ir::Op::I32Add.index();
    assert_eq!(rows[add].1, "i32.add");
    // A module or the list, not both; and one of them.
    let (code, _, _) = wasmlab(&["disas"]);
    assert_ne!(code, 0);
    let m = write_temp("m5.wat", MODULE);
    let (code, _, _) = wasmlab(&["disas", &m, "--op-list"]);
    assert_ne!(code, 0);
}

#[test]
fn run_executes_wasi_commands() {
    let suite = wasmlab::suite::default_dir();
    let prog = suite.join("programs/nqueens.wasm");
    let (code, out, err) = wasmlab(&["run", prog.to_str().unwrap(), "--", "8"]);
    assert_eq!(code, 0, "{err}");
    let want = std::fs::read_to_string(suite.join("programs/nqueens.test.out")).unwrap();
    // The test size of nqueens is 8; its expected output is committed.
    assert_eq!(out, want);
    for backend in wasmlab::backends::names() {
        let (code, out2, _) = wasmlab(&["run", "--backend", backend, prog.to_str().unwrap(), "--", "8"]);
        assert_eq!((code, &out2), (0, &out), "{backend}");
    }
}

#[test]
fn run_passes_the_wasi_exit_code() {
    let m = write_temp(
        "exit.wat",
        r#"(module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
             (memory (export "memory") 1)
             (func (export "_start") (call $exit (i32.const 7))))"#,
    );
    let (code, _, _) = wasmlab(&["run", &m]);
    assert_eq!(code, 7);
}

#[cfg(feature = "fuzz")]
#[test]
fn fuzz_runs_a_seed_range_and_counts_it() {
    let out_dir = std::env::temp_dir().join(format!("wasmlab-cli-fuzz-{}", std::process::id()));
    let out_dir = out_dir.display().to_string();
    let (code, out, err) = wasmlab(&[
        "fuzz",
        "--cases",
        "20",
        "--first-seed",
        "1000",
        "--backend",
        "switch",
        "--out",
        &out_dir,
    ]);
    assert_eq!(code, 0, "stdout: {out}\nstderr: {err}");
    assert!(out.contains("differential: "), "{out}");
    assert!(out.contains("run per back-end: switch "), "{out}");
    assert!(out.contains("malformed: 20 cases on 1 back-end(s)"), "{out}");
    let (code, _, err) = wasmlab(&["fuzz", "--cases", "1", "--backend", "nope"]);
    assert_eq!(code, 1);
    assert!(err.contains("nope"), "{err}");
}

#[test]
fn bench_measures_memory_in_a_process_per_engine_and_report_shows_it() {
    let dir = std::env::temp_dir().join(format!("wasmlab-cli-bench-{}", std::process::id()));
    let history = dir.join("history");
    let (code, out, err) = wasmlab(&[
        "bench",
        "--bench",
        "fib",
        "--size",
        "test",
        "--backend",
        "switch",
        "--peers",
        "none",
        "--rounds",
        "1",
        "--no-progress",
        "--history",
        history.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("peak RSS MB"), "{out}");
    let record = std::fs::read_dir(&history).unwrap().next().unwrap().unwrap().path();
    let r: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&record).unwrap()).unwrap();
    let m = &r["memory"][0];
    assert_eq!(
        (m["engine"].as_str(), m["bench"].as_str()),
        (Some("switch"), Some("fib"))
    );
    let (start, peak) = (
        m["start_rss_bytes"].as_u64().unwrap(),
        m["peak_rss_bytes"].as_u64().unwrap(),
    );
    assert!(start > 0 && peak >= start, "{m}");

    let page = dir.join("index.html");
    let (code, out, err) = wasmlab(&[
        "report",
        "--dir",
        history.to_str().unwrap(),
        "--out",
        page.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains(&format!("{:.1}", peak as f64 / 1e6)),
        "no peak RSS in the page"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
