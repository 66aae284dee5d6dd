//! Lazy predecoding: a body is validated when its module loads and translated on
//! its first call, on every back-end.

use std::sync::Arc;
use wasmlab_core::{Config, Error, Linker, Module, Store, Trap, Val};

const CALLS: &str = r#"(module
    (func $double (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
    (func $never (result i32) (i32.const 99))
    (func $rec (param i32) (result i32)
        (if (result i32) (i32.eqz (local.get 0))
            (then (i32.const 0))
            (else (i32.add (i32.const 1) (call $rec (i32.sub (local.get 0) (i32.const 1)))))))
    (table 1 funcref)
    (elem (i32.const 0) $double)
    (type $t (func (param i32) (result i32)))
    (func (export "run") (param i32) (result i32)
        (call_indirect (type $t) (local.get 0) (i32.const 0)))
    (func (export "rec") (param i32) (result i32) (call $rec (local.get 0))))"#;

#[test]
fn a_function_is_translated_on_its_first_call_and_never_if_never_called() {
    let wasm = wat::parse_str(CALLS).unwrap();
    for backend in wasmlab::backends::all() {
        let name = backend.name();
        let mut store = Store::new(backend, Config::default());
        let module = Arc::new(Module::for_store(&wasm, &store).unwrap());
        assert_eq!(module.translated_count(), 0, "{name}: translated at load");
        let id = Linker::new().instantiate(&mut store, module.clone()).unwrap();
        let run = store.export_func(id, "run").unwrap();
        assert_eq!(store.invoke(run, &[Val::I32(21)]).unwrap(), [Val::I32(42)], "{name}");
        // `run` and `double`, which it reached through the table.
        assert_eq!(module.translated_count(), 2, "{name}");
        assert_eq!(
            store.invoke(run, &[Val::I32(5)]).unwrap(),
            [Val::I32(10)],
            "{name}: second call"
        );
        let rec = store.export_func(id, "rec").unwrap();
        assert_eq!(
            store.invoke(rec, &[Val::I32(1000)]).unwrap(),
            [Val::I32(1000)],
            "{name}"
        );
        assert_eq!(module.translated_count(), 4, "{name}: `never` stays untranslated");
        assert!(!module.bodies[1].is_translated(), "{name}");
    }
}

#[test]
fn eager_predecoding_translates_everything_at_load() {
    let wasm = wat::parse_str(CALLS).unwrap();
    for backend in wasmlab::backends::all() {
        let config = Config {
            lazy_predecode: false,
            ..Config::default()
        };
        let store = Store::new(backend, config);
        let module = Module::for_store(&wasm, &store).unwrap();
        assert_eq!(module.translated_count(), module.bodies.len());
    }
}

/// Validation stays eager: an invalid body is rejected at load even though
/// nothing would ever call it.
#[test]
fn an_invalid_body_is_rejected_at_load_even_if_never_called() {
    let bad = r#"(module
        (func (export "ok") (result i32) (i32.const 1))
        (func $never (result i32) (i64.const 1)))"#;
    // The text format does not type-check: this assembles.
    let wasm = wat::parse_str(bad).unwrap();
    for backend in wasmlab::backends::all() {
        let store = Store::new(backend, Config::default());
        match Module::for_store(&wasm, &store) {
            Err(Error::Invalid(msg)) => assert!(msg.contains("type mismatch"), "{msg}"),
            other => panic!("loaded: {other:?}"),
        }
    }
}

/// Deep recursion into a body on its first call still ends in the exhaustion
/// trap: the frame is checked before and after translation.
#[test]
fn stack_exhaustion_is_unchanged_by_lazy_translation() {
    let wasm = wat::parse_str(CALLS).unwrap();
    for backend in wasmlab::backends::all() {
        let name = backend.name();
        let config = Config {
            max_call_depth: 500,
            ..Config::default()
        };
        let mut store = Store::new(backend, config);
        let module = Arc::new(Module::for_store(&wasm, &store).unwrap());
        let id = Linker::new().instantiate(&mut store, module).unwrap();
        let rec = store.export_func(id, "rec").unwrap();
        match store.invoke(rec, &[Val::I32(100_000)]) {
            Err(Error::Trap(Trap::StackExhausted)) => {}
            other => panic!("{name}: {other:?}"),
        }
        // The same store runs a shallow call afterwards.
        assert_eq!(store.invoke(rec, &[Val::I32(10)]).unwrap(), [Val::I32(10)], "{name}");
    }
}

/// The IR size covers translated bodies only: none before the first call.
#[test]
fn code_size_counts_translated_bodies() {
    let wasm = wat::parse_str(CALLS).unwrap();
    for backend in wasmlab::backends::all() {
        let name = backend.name();
        let mut store = Store::new(backend.clone(), Config::default());
        let module = Arc::new(Module::for_store(&wasm, &store).unwrap());
        assert_eq!(module.code_size(), (0, 0), "{name}");
        let id = Linker::new().instantiate(&mut store, module.clone()).unwrap();
        let run = store.export_func(id, "run").unwrap();
        store.invoke(run, &[Val::I32(1)]).unwrap();
        let (ir, wasm_bytes) = module.code_size();
        assert!(ir > 0 && wasm_bytes > 0, "{name}: {ir} IR bytes for {wasm_bytes}");
        let eager = Module::with_options(&wasm, &backend.predecode_options()).unwrap();
        assert!(eager.code_size().0 > ir, "{name}: eager translation covers every body");
    }
}
