//! Divergences the differential test (tests/differential.rs) found, minimised
//! by hand, each with the behaviour the spec requires, on every back-end.

use std::sync::Arc;
use wasmlab_core::{Config, Linker, Module, Store, Val};

/// `f` of a one-function module, called with each argument in turn.
fn results(wat: &str, args: &[i32]) -> Vec<(&'static str, Vec<i32>)> {
    let bytes = wat::parse_str(wat).unwrap();
    wasmlab::backends::all()
        .into_iter()
        .map(|b| {
            let module = Arc::new(Module::for_backend(&bytes, b.as_ref()).unwrap());
            let mut store = Store::new(b.clone(), Config::default());
            let id = Linker::new().instantiate(&mut store, module).unwrap();
            let f = store.export_func(id, "f").unwrap();
            let got = args
                .iter()
                .map(|&a| match store.invoke(f, &[Val::I32(a)]).unwrap()[..] {
                    [Val::I32(r)] => r,
                    ref other => panic!("{}: f({a}) gave {other:?}", b.name()),
                })
                .collect();
            (b.name(), got)
        })
        .collect()
}

fn assert_all(wat: &str, args: &[i32], want: &[i32]) {
    for (backend, got) in results(wat, args) {
        assert_eq!(got, want, "{backend}, f of {args:?}");
    }
}

// wasmi 2.0.0 gets these wrong (it fuses the comparison into `select` and
// reads a stale condition), so the differential test feeds wasmi a shielded
// copy; these keep wasmlab honest on the shapes it no longer cross-checks.

#[test]
fn select_on_eqz_of_a_local() {
    let wat = r#"(module (func (export "f") (param i32) (result i32)
        (select (i32.const 3) (i32.const 5) (i32.eqz (local.get 0)))))"#;
    assert_all(wat, &[0, -1, 1], &[3, 5, 5]);
}

#[test]
fn select_on_eq_and_ne_zero() {
    let eq = r#"(module (func (export "f") (param i32) (result i32)
        (select (i32.const 3) (local.get 0) (i32.eq (local.get 0) (i32.const 0)))))"#;
    assert_all(eq, &[0, -1], &[3, -1]);
    let ne = r#"(module (func (export "f") (param i32) (result i32)
        (select (i32.const 3) (local.get 0) (i32.ne (local.get 0) (i32.const 0)))))"#;
    assert_all(ne, &[0, -1], &[0, 3]);
}

/// wasm-smith's guard against division by zero (seed 708747 with
/// `disallow_traps`): wasmi trapped where no division by zero can happen.
#[test]
fn guarded_division_does_not_trap() {
    let wat = r#"(module (func (export "f") (param i32) (result i32)
        (i32.rem_u (i32.const 7)
          (select (i32.const 1) (local.get 0) (i32.eqz (local.get 0))))))"#;
    assert_all(wat, &[0, -1, 2], &[0, 7, 1]);
}
