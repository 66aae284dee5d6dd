//! Bad input gets a clear error on every back-end: never a panic, a hang or a
//! host stack overflow.

use std::sync::Arc;
use wasmlab::backends;
use wasmlab_core::{Config, Error, Linker, Module, Store, Trap, Val};

fn load(wat: &str) -> Result<Module, Error> {
    Module::new(&wat::parse_str(wat).expect("test WAT parses"))
}

fn load_for(backend: &dyn wasmlab_core::Backend, wat: &str) -> Arc<Module> {
    Arc::new(Module::for_backend(&wat::parse_str(wat).unwrap(), backend).unwrap())
}

fn instance(backend: Arc<dyn wasmlab_core::Backend>, wat: &str) -> (Store, wasmlab_core::InstanceId) {
    let module = load_for(backend.as_ref(), wat);
    let mut store = Store::new(backend, Config::default());
    let id = Linker::new().instantiate(&mut store, module).unwrap();
    (store, id)
}

#[test]
fn malformed_bytes_are_an_error() {
    for bytes in [
        &b""[..],
        b"\0asm",
        b"\0asm\x01\0\0\0\x01",
        b"not wasm at all",
        b"\0asm\x02\0\0\0",
    ] {
        match Module::new(bytes) {
            Err(Error::Invalid(msg)) => assert!(!msg.is_empty()),
            other => panic!("{bytes:?}: expected Invalid, got {other:?}"),
        }
    }
}

#[test]
fn invalid_module_is_an_error() {
    let err = load("(module (func (result i32) (i64.const 1)))").unwrap_err();
    assert!(
        matches!(err, Error::Invalid(ref m) if m.contains("type mismatch")),
        "{err}"
    );
}

#[test]
fn unsupported_proposal_is_named() {
    let err = load("(module (memory 1 1 shared))").unwrap_err();
    assert!(err.to_string().to_lowercase().contains("threads"), "{err}");
}

#[test]
fn missing_import_is_named() {
    let m = load(r#"(module (import "env" "f" (func)))"#).unwrap();
    for b in backends::all() {
        let mut store = Store::new(b, Config::default());
        let err = Linker::new().instantiate(&mut store, Arc::new(m.clone())).unwrap_err();
        assert!(
            matches!(err, Error::UnknownImport { ref module, ref name } if module == "env" && name == "f"),
            "{err}"
        );
    }
}

#[test]
fn wrong_arguments_and_unknown_exports_are_errors() {
    for b in backends::all() {
        let (mut store, id) = instance(
            b,
            r#"(module (func (export "id") (param i32) (result i32) local.get 0))"#,
        );
        let f = store.export_func(id, "id").unwrap();
        assert!(matches!(store.invoke(f, &[]), Err(Error::ArgumentMismatch(_))));
        assert!(matches!(
            store.invoke(f, &[Val::I64(1)]),
            Err(Error::ArgumentMismatch(_))
        ));
        assert_eq!(store.invoke(f, &[Val::I32(7)]).unwrap(), vec![Val::I32(7)]);
        assert!(matches!(store.export_func(id, "nope"), Err(Error::UnknownExport(_))));
    }
}

#[test]
fn deep_recursion_traps_cleanly() {
    let wat = r#"(module (func $f (export "f") (param i32) (result i32)
        (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
          (else (i32.add (i32.const 1) (call $f (i32.sub (local.get 0) (i32.const 1))))))))"#;
    for b in backends::all() {
        let (mut store, id) = instance(b.clone(), wat);
        let f = store.export_func(id, "f").unwrap();
        // Within the limit: runs, with no host recursion whatever the depth. Deeper
        // than the 65,536 frame records a stack starts with, so the records grow
        // mid-run and every return after that reads the moved ones.
        assert_eq!(
            store.invoke(f, &[Val::I32(90_000)]).unwrap(),
            vec![Val::I32(90_000)],
            "{}",
            b.name()
        );
        // Beyond it: a trap, and the store stays usable.
        let err = store.invoke(f, &[Val::I32(10_000_000)]).unwrap_err();
        assert_eq!(err.as_trap(), Some(&Trap::StackExhausted), "{}", b.name());
        assert_eq!(store.invoke(f, &[Val::I32(3)]).unwrap(), vec![Val::I32(3)]);
    }
}

#[test]
fn call_depth_limit_is_configurable() {
    let wat = r#"(module (func $f (export "f") (param i32) (result i32)
        (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
          (else (call $f (i32.sub (local.get 0) (i32.const 1)))))))"#;
    for b in backends::all() {
        let module = load_for(b.as_ref(), wat);
        let mut store = Store::new(
            b,
            Config {
                max_call_depth: 100,
                ..Config::default()
            },
        );
        let id = Linker::new().instantiate(&mut store, module).unwrap();
        let f = store.export_func(id, "f").unwrap();
        assert!(store.invoke(f, &[Val::I32(98)]).is_ok());
        assert_eq!(
            store.invoke(f, &[Val::I32(100)]).unwrap_err().as_trap(),
            Some(&Trap::StackExhausted)
        );
    }
}

#[test]
fn out_of_bounds_memory_traps() {
    for b in backends::all() {
        let (mut store, id) = instance(
            b,
            r#"(module (memory 1) (func (export "load") (param i32) (result i32) (i32.load (local.get 0))))"#,
        );
        let f = store.export_func(id, "load").unwrap();
        assert!(store.invoke(f, &[Val::I32(65532)]).is_ok());
        assert_eq!(
            store.invoke(f, &[Val::I32(65533)]).unwrap_err().as_trap(),
            Some(&Trap::MemoryOutOfBounds)
        );
        assert_eq!(
            store.invoke(f, &[Val::I32(-1)]).unwrap_err().as_trap(),
            Some(&Trap::MemoryOutOfBounds)
        );
    }
}

#[test]
fn memory_limit_is_enforced() {
    for b in backends::all() {
        let wat = r#"(module (memory 1) (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))"#;
        let module = load_for(b.as_ref(), wat);
        let mut store = Store::new(
            b.clone(),
            Config {
                max_memory_pages: 4,
                ..Config::default()
            },
        );
        let id = Linker::new().instantiate(&mut store, module).unwrap();
        let f = store.export_func(id, "grow").unwrap();
        assert_eq!(store.invoke(f, &[Val::I32(3)]).unwrap(), vec![Val::I32(1)]);
        assert_eq!(store.invoke(f, &[Val::I32(1)]).unwrap(), vec![Val::I32(-1)]);
        let big = load_for(b.as_ref(), r#"(module (memory 5))"#);
        assert!(Linker::new().instantiate(&mut store, big).is_err());
    }
}

#[test]
fn a_module_predecoded_for_another_backend_is_refused() {
    let wat = r#"(module (func (export "f") (result i32) i32.const 1))"#;
    for b in backends::all() {
        for other in backends::all() {
            let module = load_for(other.as_ref(), wat);
            let mut store = Store::new(b.clone(), Config::default());
            let result = Linker::new().instantiate(&mut store, module);
            // Exact: a linked module keeps no plain ops for the switch loop to run.
            if b.predecode_options().id == other.predecode_options().id {
                let id = result.unwrap();
                let f = store.export_func(id, "f").unwrap();
                assert_eq!(store.invoke(f, &[]).unwrap(), vec![Val::I32(1)]);
            } else {
                let err = result.unwrap_err();
                assert!(err.to_string().contains("Module::for_backend"), "{err}");
            }
        }
    }
}

/// A store with `fuel` units and `wat` loaded for it.
fn fueled(backend: Arc<dyn wasmlab_core::Backend>, wat: &str, fuel: u64) -> (Store, wasmlab_core::InstanceId) {
    let config = Config {
        fuel: Some(fuel),
        ..Config::default()
    };
    let mut store = Store::new(backend, config);
    let module = Module::for_store(&wat::parse_str(wat).unwrap(), &store).unwrap();
    let id = Linker::new().instantiate(&mut store, Arc::new(module)).unwrap();
    (store, id)
}

#[test]
fn fuel_stops_runaway_loops_and_recursion() {
    let wat = r#"(module
        (func (export "spin") (loop $l (br $l)))
        (func $r (export "recurse") (call $r))
        (func (export "count") (param i32) (result i32)
          (loop $l (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
          (local.get 0)))"#;
    for b in backends::all() {
        let (mut store, id) = fueled(b.clone(), wat, 10_000);
        for name in ["spin", "recurse"] {
            let f = store.export_func(id, name).unwrap();
            let err = store.invoke(f, &[]).unwrap_err();
            assert!(
                matches!(err, Error::Trap(Trap::OutOfFuel)),
                "{} {name}: {err}",
                b.name()
            );
            assert_eq!(err.to_string(), "wasm trap: all fuel consumed");
            assert_eq!(store.fuel, 0, "{}", b.name());
            store.fuel = 10_000;
        }
        // A bounded loop spends one unit per entry and per iteration, and no more.
        let count = store.export_func(id, "count").unwrap();
        assert_eq!(store.invoke(count, &[Val::I32(100)]).unwrap(), vec![Val::I32(0)]);
        assert_eq!(store.fuel, 10_000 - 1 - 100, "{}", b.name());
        store.fuel = 50;
        let err = store.invoke(count, &[Val::I32(100)]).unwrap_err();
        assert!(matches!(err, Error::Trap(Trap::OutOfFuel)), "{}: {err}", b.name());
    }
}

#[test]
fn a_store_with_fuel_refuses_unmetered_code() {
    let wat = r#"(module (func (export "f")))"#;
    for b in backends::all() {
        let module = load_for(b.as_ref(), wat);
        let config = Config {
            fuel: Some(10),
            ..Config::default()
        };
        let mut store = Store::new(b.clone(), config);
        let err = Linker::new().instantiate(&mut store, module).unwrap_err();
        assert!(err.to_string().contains("Module::for_store"), "{err}");
    }
}
