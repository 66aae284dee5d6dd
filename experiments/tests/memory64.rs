//! 64-bit memories and tables (memory64) on every back-end. Their ops run as the
//! 32-bit ones after the address, index or count is narrowed; these tests pin the
//! cases where a narrowing that merely truncated would go wrong: an address, a
//! delta or a count at 2^32 or beyond must fail, never alias a small one.

mod common;

use std::sync::Arc;
use wasmlab_core::{Config, Error, Extern, InstanceId, Linker, Module, Store, Trap, Val};

const TWO_32: i64 = 1 << 32;
const PAGE: i64 = 65536;

const WAT: &str = r#"(module
    (memory i64 1 3)
    (table $t i64 4 funcref)
    (type $v (func (result i64)))
    (elem (table $t) (i64.const 1) func $seven)
    (data (i64.const 65530) "\01\02\03\04\05\06")
    (func $seven (result i64) (i64.const 7))
    (func (export "load") (param i64) (result i64) (i64.load8_u (local.get 0)))
    (func (export "load_far") (param i64) (result i64)
        (i64.load8_u offset=0x100000000 (local.get 0)))
    (func (export "store") (param i64 i32) (i32.store8 (local.get 0) (local.get 1)))
    (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
    (func (export "size") (result i64) (memory.size))
    (func (export "fill") (param i64 i64) (memory.fill (local.get 0) (i32.const 9) (local.get 1)))
    (func (export "copy") (param i64 i64 i64) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
    (func (export "call") (param i64) (result i64) (call_indirect $t (type $v) (local.get 0)))
    (func (export "get_is_null") (param i64) (result i32) (ref.is_null (table.get $t (local.get 0))))
    (func (export "table_grow") (param i64) (result i64) (table.grow $t (ref.null func) (local.get 0)))
    (func (export "table_size") (result i64) (table.size $t)))"#;

fn instances(wat: &str) -> Vec<(String, Store, InstanceId)> {
    common::instances(wat, &Config::default())
}

fn call(store: &mut Store, id: InstanceId, name: &str, args: &[Val]) -> Result<Vec<Val>, Error> {
    let f = store.export_func(id, name).unwrap();
    store.invoke(f, args)
}

fn assert_trap(result: Result<Vec<Val>, Error>, trap: Trap, what: &str) {
    match result {
        Err(Error::Trap(t)) if t == trap => {}
        other => panic!("{what}: expected {trap:?}, got {other:?}"),
    }
}

#[test]
fn addresses_at_or_past_4_gib_trap_instead_of_wrapping() {
    for (name, mut s, id) in instances(WAT) {
        let load = |s: &mut Store, a: i64| call(s, id, "load", &[Val::I64(a)]);
        assert_eq!(load(&mut s, 65535).unwrap(), [Val::I64(6)], "{name}");
        assert_eq!(load(&mut s, 65531).unwrap(), [Val::I64(2)], "{name}");
        for a in [PAGE, TWO_32, TWO_32 + 65531, -1, i64::MIN] {
            assert_trap(
                load(&mut s, a),
                Trap::MemoryOutOfBounds,
                &format!("{name}: load {a:#x}"),
            );
        }
        // An offset of 2^32 with address 0 is past the end too.
        assert_trap(
            call(&mut s, id, "load_far", &[Val::I64(0)]),
            Trap::MemoryOutOfBounds,
            &format!("{name}: offset 2^32"),
        );
        assert_trap(
            call(&mut s, id, "store", &[Val::I64(TWO_32), Val::I32(0x55)]),
            Trap::MemoryOutOfBounds,
            &format!("{name}: store at 2^32"),
        );
        assert_eq!(
            load(&mut s, 0).unwrap(),
            [Val::I64(0)],
            "{name}: the store wrote nothing"
        );
    }
}

#[test]
fn memory_grow_and_size_speak_i64() {
    for (name, mut s, id) in instances(WAT) {
        let mut grow = |d: i64| call(&mut s, id, "grow", &[Val::I64(d)]).unwrap();
        // A delta of 2^32 pages must fail, not grow by 0 (its low half).
        assert_eq!(grow(TWO_32), [Val::I64(-1)], "{name}");
        assert_eq!(grow(-1), [Val::I64(-1)], "{name}");
        assert_eq!(grow(1), [Val::I64(1)], "{name}");
        assert_eq!(grow(2), [Val::I64(-1)], "{name}: past the maximum of 3");
        assert_eq!(grow(1), [Val::I64(2)], "{name}");
        assert_eq!(call(&mut s, id, "size", &[]).unwrap(), [Val::I64(3)], "{name}");
    }
}

#[test]
fn bulk_memory_checks_64_bit_ranges() {
    for (name, mut s, id) in instances(WAT) {
        let fill = |s: &mut Store, d: i64, n: i64| call(s, id, "fill", &[Val::I64(d), Val::I64(n)]);
        fill(&mut s, PAGE, 0).unwrap();
        fill(&mut s, 0, 3).unwrap();
        for (d, n) in [(TWO_32, 0), (0, TWO_32), (TWO_32 + 1, 1), (-1, 1)] {
            assert_trap(
                fill(&mut s, d, n),
                Trap::MemoryOutOfBounds,
                &format!("{name}: fill {d:#x} {n:#x}"),
            );
        }
        let copy =
            |s: &mut Store, d: i64, src: i64, n: i64| call(s, id, "copy", &[Val::I64(d), Val::I64(src), Val::I64(n)]);
        copy(&mut s, 100, 0, 3).unwrap();
        assert_eq!(
            call(&mut s, id, "load", &[Val::I64(102)]).unwrap(),
            [Val::I64(9)],
            "{name}"
        );
        assert_trap(
            copy(&mut s, 0, TWO_32, 1),
            Trap::MemoryOutOfBounds,
            &format!("{name}: copy from 2^32"),
        );
        assert_trap(
            copy(&mut s, TWO_32, 0, 1),
            Trap::MemoryOutOfBounds,
            &format!("{name}: copy to 2^32"),
        );
    }
}

#[test]
fn tables_indexed_by_i64() {
    for (name, mut s, id) in instances(WAT) {
        let ci = |s: &mut Store, i: i64| call(s, id, "call", &[Val::I64(i)]);
        assert_eq!(ci(&mut s, 1).unwrap(), [Val::I64(7)], "{name}");
        assert_trap(ci(&mut s, 0), Trap::UninitializedElement, &format!("{name}: call 0"));
        assert_trap(
            ci(&mut s, TWO_32 + 1),
            Trap::UndefinedElement,
            &format!("{name}: call 2^32 + 1"),
        );
        assert_eq!(
            call(&mut s, id, "get_is_null", &[Val::I64(1)]).unwrap(),
            [Val::I32(0)],
            "{name}"
        );
        assert_trap(
            call(&mut s, id, "get_is_null", &[Val::I64(TWO_32 + 1)]),
            Trap::TableOutOfBounds,
            &format!("{name}: table.get 2^32 + 1"),
        );
        let mut grow = |n: i64| call(&mut s, id, "table_grow", &[Val::I64(n)]).unwrap();
        assert_eq!(grow(TWO_32), [Val::I64(-1)], "{name}");
        assert_eq!(grow(2), [Val::I64(4)], "{name}");
        assert_eq!(call(&mut s, id, "table_size", &[]).unwrap(), [Val::I64(6)], "{name}");
    }
}

#[test]
fn segments_at_64_bit_offsets_past_the_end_fail_to_instantiate() {
    let cases = [
        (
            r#"(module (memory i64 1) (data (i64.const 0x100000000) "x"))"#,
            Trap::MemoryOutOfBounds,
        ),
        (
            r#"(module (memory i64 1) (data (i64.const -1) "x"))"#,
            Trap::MemoryOutOfBounds,
        ),
        (
            r#"(module (table i64 1 funcref) (elem (table 0) (i64.const 0x100000000) func $f) (func $f))"#,
            Trap::TableOutOfBounds,
        ),
    ];
    for (wat, trap) in cases {
        let wasm = wat::parse_str(wat).unwrap();
        for backend in wasmlab::backends::all() {
            let mut store = Store::new(backend.clone(), Config::default());
            let module = Arc::new(Module::for_store(&wasm, &store).unwrap());
            match Linker::new().instantiate(&mut store, module) {
                Err(Error::Trap(t)) if t == trap => {}
                other => panic!("{}: {wat}: {other:?}", backend.name()),
            }
        }
    }
}

#[test]
fn a_64_bit_memory_does_not_satisfy_a_32_bit_import() {
    let provider =
        wat::parse_str(r#"(module (memory (export "m") i64 1) (table (export "t") i64 1 funcref))"#).unwrap();
    for (import, ok) in [
        ("(memory i64 1)", true),
        ("(memory 1)", false),
        ("(table i64 1 funcref)", true),
        ("(table 1 funcref)", false),
    ] {
        let name = if import.starts_with("(memory") { "m" } else { "t" };
        let wat = format!(r#"(module (import "p" "{name}" {import}))"#);
        let wasm = wat::parse_str(&wat).unwrap();
        let mut store = Store::new(wasmlab::backends::all().remove(0), Config::default());
        let p = Arc::new(Module::for_store(&provider, &store).unwrap());
        let p = Linker::new().instantiate(&mut store, p).unwrap();
        let mut linker = Linker::new();
        let ext: Extern = store.export(p, name).unwrap();
        linker.define("p", name, ext);
        let m = Arc::new(Module::for_store(&wasm, &store).unwrap());
        assert_eq!(linker.instantiate(&mut store, m).is_ok(), ok, "{import}");
    }
}
