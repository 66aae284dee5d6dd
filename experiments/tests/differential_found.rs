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

/// Seed 110316 (memory64 on): super's `local.tee` of a reinterpreted integer
/// result, with the local's old value still on the stack, copied that value out
/// before the op and so moved the reinterpret's barrier; the float op after it
/// then read the float accumulator the copy had set (the local's old value).
#[test]
fn a_float_op_after_a_reinterpreted_tee_reads_the_new_value() {
    let wat = r#"(module (func (export "f") (param i32) (result i32)
        (local f64)
        (local.set 1 (f64.const 100.5))
        (local.get 1)
        (local.tee 1 (f64.reinterpret_i64 (i64.shl (i64.extend_i32_u (local.get 0)) (i64.const 52))))
        (f64.trunc)
        (f64.add)
        (i32.trunc_f64_s)))"#;
    // 1023 << 52 is 1.0; 1024 << 52 is 2.0.
    assert_all(wat, &[1023, 1024], &[101, 102]);
}
