//! Divergences the differential test (tests/differential.rs) found, minimised by
//! hand, each with the behaviour the spec requires, on every back-end.

mod common;
use common::assert_all;

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
