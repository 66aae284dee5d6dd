//! Tail calls (`return_call`, `return_call_indirect`) on every back-end: chains far
//! deeper than the call-depth limit run in one frame, and a tail call into a host
//! function or another instance returns to the right caller with the right memory.

mod common;

use std::sync::Arc;
use wasmlab_core::{Config, Error, Extern, FuncType, Linker, Module, Store, Trap, Val, ValType};

/// Mutual recursion by tail calls, direct and through a table, and the same
/// recursion by plain calls for contrast.
const CHAINS: &str = r#"(module
    (type $t (func (param i64 i64) (result i64)))
    (table 2 funcref)
    (elem (i32.const 0) $even_i $odd_i)
    ;; Each step adds its counter to an accumulator, so a lost argument shows.
    (func $even (export "even") (param i64 i64) (result i64)
        (if (result i64) (i64.eqz (local.get 0))
            (then (local.get 1))
            (else (return_call $odd (i64.sub (local.get 0) (i64.const 1))
                                    (i64.add (local.get 1) (local.get 0))))))
    (func $odd (param i64 i64) (result i64)
        (local i64 i64 i64)
        (if (result i64) (i64.eqz (local.get 0))
            (then (i64.sub (i64.const 0) (local.get 1)))
            (else (return_call $even (i64.sub (local.get 0) (i64.const 1))
                                     (i64.add (local.get 1) (local.get 0))))))
    (func $even_i (export "even_indirect") (param i64 i64) (result i64)
        (if (result i64) (i64.eqz (local.get 0))
            (then (local.get 1))
            (else (return_call_indirect (type $t)
                    (i64.sub (local.get 0) (i64.const 1))
                    (i64.add (local.get 1) (local.get 0))
                    (i32.const 1)))))
    (func $odd_i (param i64 i64) (result i64)
        (if (result i64) (i64.eqz (local.get 0))
            (then (i64.sub (i64.const 0) (local.get 1)))
            (else (return_call_indirect (type $t)
                    (i64.sub (local.get 0) (i64.const 1))
                    (i64.add (local.get 1) (local.get 0))
                    (i32.const 0)))))
    (func $plain (export "plain") (param i64 i64) (result i64)
        (if (result i64) (i64.eqz (local.get 0))
            (then (local.get 1))
            (else (call $plain (i64.sub (local.get 0) (i64.const 1))
                               (i64.add (local.get 1) (local.get 0)))))))"#;

/// The sum `1 + .. + n`, negated when `n` is odd (the chain ends in `$odd`).
fn expected(n: i64) -> i64 {
    let sum = n * (n + 1) / 2;
    if n % 2 == 0 {
        sum
    } else {
        -sum
    }
}

#[test]
fn a_chain_of_tail_calls_deeper_than_the_call_limit_runs_in_one_frame() {
    let wasm = wat::parse_str(CHAINS).unwrap();
    let config = Config {
        max_call_depth: 1_000,
        ..Config::default()
    };
    for backend in wasmlab::backends::all() {
        let name = backend.name();
        for lazy in [true, false] {
            let mut store = Store::new(
                backend.clone(),
                Config {
                    lazy_predecode: lazy,
                    ..config.clone()
                },
            );
            let module = Arc::new(Module::for_store(&wasm, &store).unwrap());
            let id = Linker::new().instantiate(&mut store, module).unwrap();
            for export in ["even", "even_indirect"] {
                let f = store.export_func(id, export).unwrap();
                for n in [0, 1, 2, 7, 1_000_000, 1_000_001] {
                    assert_eq!(
                        store.invoke(f, &[Val::I64(n), Val::I64(0)]).unwrap(),
                        [Val::I64(expected(n))],
                        "{name} (lazy {lazy}): {export}({n})"
                    );
                }
            }
            // The limit is real: the same depth by plain calls runs out of frames.
            let plain = store.export_func(id, "plain").unwrap();
            assert_eq!(
                store.invoke(plain, &[Val::I64(500), Val::I64(0)]).unwrap(),
                [Val::I64(expected(500).abs())],
                "{name}"
            );
            match store.invoke(plain, &[Val::I64(1_000_000), Val::I64(0)]) {
                Err(Error::Trap(Trap::StackExhausted)) => {}
                other => panic!("{name}: plain calls 1,000,000 deep: {other:?}"),
            }
        }
    }
}

#[test]
fn a_tail_call_into_a_host_function_returns_its_results_to_the_caller() {
    let wat = r#"(module
        (import "host" "add" (func $add (param i32 i32) (result i32)))
        (import "host" "seven" (func $seven (result i32)))
        (type $t (func (param i32 i32) (result i32)))
        (table 1 funcref)
        (elem (i32.const 0) $add)
        (func $direct (param i32) (result i32)
            (local i64 i64 i64 i64)
            (return_call $add (local.get 0) (i32.const 100)))
        (func $indirect (param i32) (result i32)
            (return_call_indirect (type $t) (local.get 0) (i32.const 1000) (i32.const 0)))
        (func $nullary (result i32) (return_call $seven))
        ;; The caller's own operands below the call must survive it.
        (func (export "run") (param i32) (result i32)
            (i32.add (i32.const 5)
                (i32.add (call $direct (local.get 0))
                    (i32.add (call $indirect (local.get 0)) (call $nullary)))))
        (func (export "entry") (param i32) (result i32)
            (return_call $add (local.get 0) (i32.const 1))))"#;
    let wasm = wat::parse_str(wat).unwrap();
    for backend in wasmlab::backends::all() {
        let name = backend.name();
        let mut store = Store::new(backend, Config::default());
        let pair = FuncType::new([ValType::I32, ValType::I32], [ValType::I32]);
        let add = store.host_func(
            pair,
            Arc::new(|_, args, results| {
                let (Val::I32(a), Val::I32(b)) = (args[0], args[1]) else {
                    return Err(Trap::Host("bad arguments".into()));
                };
                results[0] = Val::I32(a.wrapping_add(b));
                Ok(())
            }),
        );
        let seven = store.host_func(
            FuncType::new([], [ValType::I32]),
            Arc::new(|_, _, results| {
                results[0] = Val::I32(7);
                Ok(())
            }),
        );
        let mut linker = Linker::new();
        linker.define("host", "add", Extern::Func(add));
        linker.define("host", "seven", Extern::Func(seven));
        let module = Arc::new(Module::for_store(&wasm, &store).unwrap());
        let id = linker.instantiate(&mut store, module).unwrap();
        let run = store.export_func(id, "run").unwrap();
        // 5 + (x + 100) + (x + 1000) + 7
        assert_eq!(store.invoke(run, &[Val::I32(20)]).unwrap(), [Val::I32(1152)], "{name}");
        // The entry function itself tail-calls the host: the run ends with its result.
        let entry = store.export_func(id, "entry").unwrap();
        assert_eq!(store.invoke(entry, &[Val::I32(41)]).unwrap(), [Val::I32(42)], "{name}");
    }
}

#[test]
fn a_tail_call_into_another_instance_returns_to_the_callers_instance() {
    // Each instance reads its own memory's first word: 111 in `a`, 222 in `b`.
    let a = r#"(module
        (memory 1)
        (data (i32.const 0) "\6f\00\00\00")
        (func (export "peek") (param i32) (result i32)
            (i32.add (i32.load (i32.const 0)) (local.get 0))))"#;
    let b = r#"(module
        (import "a" "peek" (func $peek (param i32) (result i32)))
        (memory 1)
        (data (i32.const 0) "\de\00\00\00")
        (type $t (func (param i32) (result i32)))
        (table 1 funcref)
        (elem (i32.const 0) $peek)
        (func $direct (param i32) (result i32) (return_call $peek (local.get 0)))
        (func $indirect (param i32) (result i32)
            (return_call_indirect (type $t) (local.get 0) (i32.const 0)))
        ;; After each call, this instance's memory and globals must be current again.
        (func (export "run") (result i32)
            (i32.add
                (i32.add (call $direct (i32.const 1)) (i32.load (i32.const 0)))
                (i32.add (call $indirect (i32.const 2)) (i32.load (i32.const 0))))))"#;
    for (name, got) in common::run_linked(a, "a", b) {
        // (111 + 1) + 222 + (111 + 2) + 222
        assert_eq!(got, [Val::I32(669)], "{name}");
    }
}

#[test]
fn a_tail_call_whose_frame_does_not_fit_traps_with_stack_exhaustion() {
    // `run` fits in the 16-cell stack; `$big`'s 40 locals do not.
    let wat = r#"(module
        (func $big (param i32) (result i32)
            (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
            (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
            (local.get 0))
        (func (export "run") (param i32) (result i32) (return_call $big (local.get 0))))"#;
    let wasm = wat::parse_str(wat).unwrap();
    for backend in wasmlab::backends::all() {
        let name = backend.name();
        let config = Config {
            stack_cells: 16,
            ..Config::default()
        };
        let mut store = Store::new(backend, config);
        let module = Arc::new(Module::for_store(&wasm, &store).unwrap());
        let id = Linker::new().instantiate(&mut store, module).unwrap();
        let run = store.export_func(id, "run").unwrap();
        match store.invoke(run, &[Val::I32(3)]) {
            Err(Error::Trap(Trap::StackExhausted)) => {}
            other => panic!("{name}: {other:?}"),
        }
    }
}
