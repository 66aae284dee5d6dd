//! WASI preview-1 conformance: the C programs of `tests/wasi/` on every back-end,
//! their output checked against the wasmtime CLI's (`NAME.expected`), and the
//! sandbox checked from outside: after each run the preopened directory's parent
//! holds exactly what it held before (`outside.txt`, unchanged, and `sandbox/`).
//!
//! Where wasmlab differs from wasmtime on purpose, `expect.json` lists the line
//! wasmtime prints and the one wasmlab prints instead, with the reason; the test
//! fails if such a line is missing, so a list entry cannot outlive its cause.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use wasmlab_core::wasi::{self, WasiCtx};
use wasmlab_core::{Config, Error, Linker, Module, Store, Trap};

#[derive(Deserialize)]
struct Expect {
    args: Vec<String>,
    env: BTreeMap<String, String>,
    stdin: String,
    exit_code: i32,
    /// wasmtime's line → wasmlab's line, each with its reason.
    #[serde(default)]
    differs: Vec<Difference>,
}

#[derive(Deserialize)]
struct Difference {
    wasmtime: String,
    wasmlab: String,
    #[allow(dead_code)] // read by people: why the two differ
    why: String,
}

const OUTSIDE: &str = "outside sentinel\n";

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wasi")
}

/// A fresh parent directory holding `outside.txt` and an empty `sandbox/`.
fn scratch(tag: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("wasmlab-wasi-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(p.join("sandbox")).unwrap();
    std::fs::write(p.join("outside.txt"), OUTSIDE).unwrap();
    p
}

/// Runs `wasm` as a WASI command on `backend`: its stdout and exit code.
fn run(backend: Arc<dyn wasmlab_core::Backend>, wasm: &[u8], e: &Expect, sandbox: &Path) -> (Vec<u8>, i32) {
    let mut store = Store::new(backend, Config::default());
    let module = Module::for_store(wasm, &store).unwrap();
    let mut linker = Linker::new();
    let argv = std::iter::once("prog".to_string())
        .chain(e.args.iter().cloned())
        .collect();
    let env = e.env.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let ctx = WasiCtx::new(argv, env)
        .capture_stdout()
        .capture_stderr()
        .stdin_bytes(e.stdin.as_bytes().to_vec())
        .preopen_dir(sandbox, "/sandbox")
        .unwrap();
    let ctx = Arc::new(Mutex::new(ctx));
    wasi::define(&mut store, &mut linker, ctx.clone());
    let instance = linker.instantiate(&mut store, Arc::new(module)).unwrap();
    let start = store.export_func(instance, "_start").unwrap();
    let code = match store.invoke(start, &[]) {
        Ok(_) => 0,
        Err(Error::Trap(Trap::Exit(c))) => c,
        Err(other) => panic!("trapped: {other}"),
    };
    let out = ctx.lock().unwrap().captured_stdout().to_vec();
    (out, code)
}

#[test]
fn conformance_programs_match_wasmtime_on_every_backend() {
    let text = std::fs::read_to_string(dir().join("expect.json")).unwrap();
    let programs: BTreeMap<String, Expect> = serde_json::from_str(&text).unwrap();
    assert!(programs.len() >= 4, "a conformance program went missing");
    let mut failures = Vec::new();
    for (name, e) in &programs {
        let wasm = std::fs::read(dir().join(format!("{name}.wasm"))).unwrap();
        let reference = std::fs::read_to_string(dir().join(format!("{name}.expected"))).unwrap();
        let mut want = reference.clone();
        for d in &e.differs {
            let line = format!("{}\n", d.wasmtime);
            assert!(
                want.contains(&line),
                "{name}: `{}` is not in the reference output",
                d.wasmtime
            );
            want = want.replacen(&line, &format!("{}\n", d.wasmlab), 1);
        }
        for backend in wasmlab::backends::all() {
            let bname = backend.name();
            let parent = scratch(&format!("{name}-{bname}"));
            let (out, code) = run(backend, &wasm, e, &parent.join("sandbox"));
            let out = String::from_utf8_lossy(&out);
            if out != want {
                let diff: Vec<String> = want
                    .lines()
                    .zip(out.lines())
                    .filter(|(w, g)| w != g)
                    .take(8)
                    .map(|(w, g)| format!("    want: {w}\n    got:  {g}"))
                    .collect();
                failures.push(format!(
                    "{name} on {bname}: output differs ({} vs {} lines)\n{}",
                    want.lines().count(),
                    out.lines().count(),
                    diff.join("\n")
                ));
            }
            if code != e.exit_code {
                failures.push(format!("{name} on {bname}: exit code {code}, want {}", e.exit_code));
            }
            let mut names: Vec<_> = std::fs::read_dir(&parent)
                .unwrap()
                .map(|d| d.unwrap().file_name().into_string().unwrap())
                .collect();
            names.sort();
            if names != ["outside.txt", "sandbox"] {
                failures.push(format!("{name} on {bname}: the sandbox's parent now holds {names:?}"));
            }
            if std::fs::read_to_string(parent.join("outside.txt")).ok().as_deref() != Some(OUTSIDE) {
                failures.push(format!("{name} on {bname}: outside.txt was changed"));
            }
            let _ = std::fs::remove_dir_all(&parent);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
