//! Exception handling on every back-end: a throw unwinds the interpreter's frame
//! records to the innermost `try_table` that catches it, across calls, tail calls
//! and instances; an exception nobody catches ends the run with its own trap.

mod common;

use wasmlab_core::{Config, Error, Trap, Val};

/// `$dive` recurses `n` frames deep, then throws `$e` with `n0 * 10`; the
/// handlers sit at different depths and take different clauses.
const THROWER: &str = r#"(module
    (tag $e (export "e") (param i32))
    (tag $other (param i64))
    (func $dive (param $n i32) (param $n0 i32)
        (local i64 i64)
        (if (i32.eqz (local.get $n))
            (then (throw $e (i32.mul (local.get $n0) (i32.const 10)))))
        (call $dive (i32.sub (local.get $n) (i32.const 1)) (local.get $n0)))
    (func $tail_dive (param $n i32) (param $n0 i32)
        (if (i32.eqz (local.get $n))
            (then (throw $e (i32.add (local.get $n0) (i32.const 7)))))
        (return_call $tail_dive (i32.sub (local.get $n) (i32.const 1)) (local.get $n0)))
    (func (export "dive") (param i32) (result i32)
        (local i32)
        (local.set 1 (i32.const 1000))
        (block $caught (result i32)
            (try_table (catch $e $caught)
                (call $dive (local.get 0) (local.get 0)))
            (i32.const -1))
        ;; The caller's locals survive the unwinding.
        (i32.add (local.get 1)))
    (func (export "tail_dive") (param i32) (result i32)
        (block $caught (result i32)
            (try_table (catch $e $caught) (call $tail_dive (local.get 0) (local.get 0)))
            (i32.const -1)))
    ;; The inner handler catches only `$other`: `$e` goes to the outer one, which
    ;; takes the exnref and throws it again to the outermost.
    (func (export "rethrow") (param i32) (result i32)
        (block $outer (result i32)
            (try_table (catch $e $outer)
                (block $ref (result exnref)
                    (try_table (catch_all_ref $ref)
                        (block $inner (result i64)
                            (try_table (catch $other $inner) (call $dive (local.get 0) (i32.const 4)))
                            (i64.const 0))
                        (drop))
                    (ref.null exn))
                (throw_ref))
            (i32.const -1)))
    (func (export "uncaught") (param i32) (call $dive (local.get 0) (i32.const 1)))
    (func (export "null") (throw_ref (ref.null exn))))"#;

#[test]
fn a_throw_unwinds_to_the_innermost_handler_that_catches_it() {
    for (name, mut store, id) in common::instances(THROWER, &Config::default()) {
        let f = |n: &str| store.export_func(id, n).unwrap();
        let (dive, tail, rethrow) = (f("dive"), f("tail_dive"), f("rethrow"));
        let (uncaught, null) = (f("uncaught"), f("null"));
        for n in [0, 1, 5, 500] {
            assert_eq!(
                store.invoke(dive, &[Val::I32(n)]).unwrap(),
                [Val::I32(1000 + n * 10)],
                "{name}: dive({n})"
            );
            assert_eq!(
                store.invoke(tail, &[Val::I32(n)]).unwrap(),
                [Val::I32(n + 7)],
                "{name}: tail_dive({n})"
            );
        }
        // Caught without an exnref, each exception's slot is used again.
        assert_eq!(store.exns.len(), 1, "{name}: exceptions kept");
        assert_eq!(store.invoke(rethrow, &[Val::I32(3)]).unwrap(), [Val::I32(40)], "{name}");
        match store.invoke(uncaught, &[Val::I32(3)]) {
            Err(Error::Trap(Trap::Exception)) => {}
            other => panic!("{name}: {other:?}"),
        }
        match store.invoke(null, &[]) {
            Err(Error::Trap(Trap::NullExceptionReference)) => {}
            other => panic!("{name}: {other:?}"),
        }
        // A run after an uncaught exception starts clean.
        assert_eq!(store.invoke(dive, &[Val::I32(2)]).unwrap(), [Val::I32(1020)], "{name}");
    }
}

#[test]
fn an_exception_crosses_instances_and_is_caught_by_its_tag() {
    let catcher = r#"(module
        (import "thrower" "e" (tag $e (param i32)))
        (import "thrower" "uncaught" (func $throws (param i32)))
        (tag $mine (param i32))
        (memory 1)
        (data (i32.const 0) "\2a")
        (func (export "run") (result i32)
            (block $got (result i32)
                (try_table (catch $mine $got) (catch $e $got)
                    (call $throws (i32.const 2)))
                (i32.const -1))
            ;; This instance's memory is current again.
            (i32.add (i32.load8_u (i32.const 0)))))"#;
    for (name, got) in common::run_linked(THROWER, "thrower", catcher) {
        // The thrower's `$e` with 1 * 10, plus 42 from this instance's memory.
        assert_eq!(got, [Val::I32(52)], "{name}");
    }
}

/// Differential seed 27 (exceptions on): super runs a body with a `try_table`
/// as stack code, and a call from its register code left the stack pointer
/// holding the caller's accumulator; the callee's first push wrote through it.
#[test]
fn register_code_calls_a_body_with_handlers() {
    let wat = r#"(module
        (tag $e (param i32))
        (global $g (mut i32) (i32.const 5))
        (func $catcher (result i32)
            (block $h (result i32)
                (try_table (catch $e $h) (throw $e (global.get $g)))
                (i32.const 0)))
        (func (export "f") (param i32) (result i32)
            (i32.add (i32.mul (local.get 0) (i32.const 3)) (call $catcher))))"#;
    common::assert_all(wat, &[7, 0], &[26, 5]);
}
