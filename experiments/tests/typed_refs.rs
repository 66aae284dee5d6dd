//! Typed function references at the API: arguments of a typed reference type are
//! checked against it, and `call_ref`, `br_on_null` and `br_on_non_null` run on
//! every back-end.

use std::sync::Arc;
use wasmlab_core::{Config, Error, Linker, Module, Store, Val};

const MODULE: &str = r#"(module
    (type $unary (func (param i32) (result i32)))
    (type $binary (func (param i32 i32) (result i32)))
    (func $double (export "double") (type $unary) (i32.mul (local.get 0) (i32.const 2)))
    (func $add (export "add") (type $binary) (i32.add (local.get 0) (local.get 1)))
    (elem declare func $double)
    ;; A non-null reference of one type: null and other types are refused at the call.
    (func (export "apply") (param (ref $unary)) (param i32) (result i32)
        (call_ref $unary (local.get 1) (local.get 0)))
    ;; Nullable: null takes the `br_on_null` branch, which keeps the argument and
    ;; drops the 7 and the 100 under it.
    (func (export "apply_or") (param (ref null $unary)) (param i32) (result i32)
        (block $null (result i32)
            (i32.const 7)
            (i32.const 100)
            (local.get 1)
            (local.get 0)
            (br_on_null $null)
            (call_ref $unary)
            (i32.add)
            (return))
        (i32.const 1000)
        (i32.add))
    ;; `br_on_non_null` hands the reference to its block; null falls through.
    (func (export "is_set") (param (ref null $unary)) (result i32)
        (block $set (result (ref $unary))
            (br_on_non_null $set (local.get 0))
            (return (i32.const 0)))
        (drop)
        (i32.const 1))
    (func (export "get_double") (result (ref $unary)) (ref.func $double)))"#;

#[test]
fn typed_references_are_checked_at_the_call_and_run_on_every_back_end() {
    let wasm = wat::parse_str(MODULE).unwrap();
    for backend in wasmlab::backends::all() {
        let name = backend.name();
        let mut store = Store::new(backend, Config::default());
        let module = Arc::new(Module::for_store(&wasm, &store).unwrap());
        let id = Linker::new().instantiate(&mut store, module).unwrap();
        let f = |store: &Store, n: &str| store.export_func(id, n).unwrap();
        let (double, add) = (f(&store, "double"), f(&store, "add"));
        let (apply, apply_or, is_set) = (f(&store, "apply"), f(&store, "apply_or"), f(&store, "is_set"));
        let get = f(&store, "get_double");
        let double_ref = Val::FuncRef(Some(double.0));
        assert_eq!(store.invoke(get, &[]).unwrap(), [double_ref], "{name}");
        assert_eq!(
            store.invoke(apply, &[double_ref, Val::I32(21)]).unwrap(),
            [Val::I32(42)],
            "{name}"
        );
        for bad in [Val::FuncRef(None), Val::FuncRef(Some(add.0)), Val::I32(0)] {
            match store.invoke(apply, &[bad, Val::I32(1)]) {
                Err(Error::ArgumentMismatch(_)) => {}
                other => panic!("{name}: apply({bad:?}): {other:?}"),
            }
        }
        // 100 + double(5), or 5 + 1000 for null.
        assert_eq!(
            store.invoke(apply_or, &[double_ref, Val::I32(5)]).unwrap(),
            [Val::I32(110)],
            "{name}"
        );
        assert_eq!(
            store.invoke(apply_or, &[Val::FuncRef(None), Val::I32(5)]).unwrap(),
            [Val::I32(1005)],
            "{name}"
        );
        assert_eq!(store.invoke(is_set, &[double_ref]).unwrap(), [Val::I32(1)], "{name}");
        assert_eq!(
            store.invoke(is_set, &[Val::FuncRef(None)]).unwrap(),
            [Val::I32(0)],
            "{name}"
        );
    }
}
