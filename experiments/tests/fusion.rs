//! Edge cases of super's fusion families: where a rewrite could change meaning,
//! the behaviour the spec requires on every back-end, and the fused op super runs.

mod common;
use common::assert_all;
use std::sync::Arc;
use wasmlab_core::{Config, Linker, Module, Store, Val};

/// `load_li`: the i32 add wraps before the offset is added, as in the unfused code.
#[test]
fn load_from_local_plus_constant_wraps_then_traps_past_the_end() {
    let wat = r#"(module (memory 1) (data (i32.const 0) "\2a")
        (func (export "f") (param i32) (result i32)
            (i32.load8_u offset=0 (i32.add (local.get 0) (i32.const 8)))))"#;
    assert_all(wat, &[-8, -7, 65519], &[42, 0, 0]);
    assert_out_of_bounds(wat, 65528);
}

/// `sink` must not move a write of a local above a read of that same local.
#[test]
fn local_write_stays_below_a_read_of_the_same_local() {
    let wat = r#"(module (func (export "f") (param i32) (result i32)
        (local.get 0)
        (local.set 0 (i32.add (local.get 0) (i32.const 1)))
        (local.get 0)
        (i32.sub)))"#;
    assert_all(wat, &[0, 41, -1], &[-1, -1, -1]);
}

/// `tee` then `sink`: the loop-counter shape (`get n; add; tee i; ne; br_if`).
#[test]
fn counted_loop_through_tee() {
    let wat = r#"(module (func (export "f") (param i32) (result i32) (local i32)
        (loop $l
            (br_if $l (i32.ne (local.get 0)
                (local.tee 1 (i32.add (local.get 1) (i32.const 1))))))
        (local.get 1)))"#;
    assert_all(wat, &[1, 5, 100], &[1, 5, 100]);
}

/// `mem_set` with `tee`: a loaded value kept in a local and used at once.
#[test]
fn load_into_a_local_through_tee() {
    let wat = r#"(module (memory 1) (data (i32.const 4) "\07\00\00\00")
        (func (export "f") (param i32) (result i32) (local i32)
            (i32.add (local.tee 1 (i32.load (local.get 0))) (local.get 1))))"#;
    assert_all(wat, &[4, 0], &[14, 0]);
}

/// `copy2`: a rotation through locals in a loop (the pairs sit at the loop's end,
/// after its label); each result is the rotation after that many iterations.
#[test]
fn rotation_through_locals_pairs_its_copies_in_order() {
    let wat = r#"(module (func (export "f") (param i32) (result i32) (local i32 i32 i32 i32)
        (local.set 1 (i32.const 1)) (local.set 2 (i32.const 2)) (local.set 3 (i32.const 3))
        (block $done (loop $l
            (br_if $done (i32.eqz (local.get 0)))
            (local.set 4 (local.get 1))
            (local.set 1 (local.get 2))
            (local.set 2 (local.get 3))
            (local.set 3 (local.get 4))
            (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
            (br $l)))
        (i32.add (i32.mul (local.get 1) (i32.const 100))
            (i32.add (i32.mul (local.get 2) (i32.const 10)) (local.get 3)))))"#;
    assert_all(wat, &[0, 1, 2, 3, 4], &[123, 231, 312, 123, 231]);
    let bytes = wat::parse_str(wat).unwrap();
    let ir = |name: &str| {
        let b = wasmlab::backends::by_name(Some(name)).unwrap();
        let m = Module::with_options(&bytes, &b.predecode_options()).unwrap();
        wasmlab_core::ir::disassemble(m.body(0).unwrap())
    };
    assert_eq!(ir("super").matches("copy2 ").count(), 2, "{}", ir("super"));
    assert!(!ir("super-no-copy2").contains("copy2 "));
}

/// `copy2` whose second copy reads the slot its first one writes.
#[test]
fn paired_copy_reads_what_its_first_half_wrote() {
    let wat = r#"(module (func (export "f") (param i32) (result i32) (local i32 i32)
        (local.set 1 (local.get 0))
        (local.set 2 (local.get 1))
        (i32.sub (local.get 2) (i32.const 1))))"#;
    assert_all(wat, &[0, 7, -3], &[-1, 6, -4]);
    let b = wasmlab::backends::by_name(Some("super")).unwrap();
    let m = Module::with_options(&wat::parse_str(wat).unwrap(), &b.predecode_options()).unwrap();
    let ir = wasmlab_core::ir::disassemble(m.body(0).unwrap());
    assert!(ir.contains("copy2 from0=0 to0=1 from1=1 to1=2"), "{ir}");
}

/// A compare whose result is dropped is not the condition of the `br_if` after
/// the `drop`: that reads the value below. The register pass once fused the
/// dropped compare into the branch (`last_def` outlived the `drop`).
#[test]
fn dropped_value_is_not_the_one_below_it() {
    let wat = r#"(module (func (export "f") (param i32) (result i32)
        (block $b
            (i32.add (local.get 0) (i32.const 1))
            (i32.lt_s (local.get 0) (i32.const 5))
            drop
            br_if $b
            (return (i32.const 10)))
        (i32.const 20)))"#;
    assert_all(wat, &[-1, 0, 7], &[10, 20, 20]);
    // Nor is the dropped product the value a `local.set` after the `drop` stores.
    let wat = r#"(module (func (export "f") (param i32) (result i32) (local i32)
        (i32.add (local.get 0) (i32.const 1))
        (i32.mul (local.get 0) (i32.const 3))
        drop
        local.set 1
        (local.get 1)))"#;
    assert_all(wat, &[2, -1], &[3, 0]);
}

/// The IR of `f` (body 0) as back-end `name` runs it.
fn ir_of(wat: &str, name: &str) -> String {
    let b = wasmlab::backends::by_name(Some(name)).unwrap();
    let m = Module::with_options(&wat::parse_str(wat).unwrap(), &b.predecode_options()).unwrap();
    wasmlab_core::ir::disassemble(m.body(0).unwrap())
}

/// Asserts that `f(arg)` traps out of bounds on every back-end.
fn assert_out_of_bounds(wat: &str, arg: i32) {
    for b in wasmlab::backends::all() {
        let module = Arc::new(Module::for_backend(&wat::parse_str(wat).unwrap(), b.as_ref()).unwrap());
        let mut store = Store::new(b.clone(), Config::default());
        let id = Linker::new().instantiate(&mut store, module).unwrap();
        let f = store.export_func(id, "f").unwrap();
        let err = store.invoke(f, &[Val::I32(arg)]).unwrap_err();
        assert_eq!(
            err.as_trap(),
            Some(&wasmlab_core::Trap::MemoryOutOfBounds),
            "{}",
            b.name()
        );
    }
}

/// Asserts that `super` runs `f` with an op whose disassembly contains `needle`.
fn assert_super_has(wat: &str, needle: &str) {
    let ir = ir_of(wat, "super");
    assert!(ir.contains(needle), "no `{needle}` in\n{ir}");
}

/// `index`: `base + (i << 2)` as the address of a load, including the wrap of the
/// shift (`0x4000_0001 << 2` is 4) and of the add (`4 + (-1 << 2)` is 0), and the
/// bounds check on the address it computes.
#[test]
fn array_element_load_computes_its_address_in_one_op() {
    let wat = r#"(module (memory 1) (data (i32.const 0) "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00")
        (func (export "f") (param i32) (result i32) (local i32)
            (local.set 1 (i32.const 4))
            (i32.load (i32.add (local.get 1) (i32.shl (local.get 0) (i32.const 2))))))"#;
    assert_all(wat, &[0, 1, 2, -1, 0x4000_0001], &[2, 3, 4, 1, 3]);
    assert_super_has(wat, "i32.load_idx base=1 index=0 shift=2");
    assert!(!ir_of(wat, "super-no-index").contains("load_idx"));
    // 4 + 16383 * 4 = 65536: the first byte past the one page.
    assert_out_of_bounds(wat, 16383);
}

/// `index` with the shifted operand first, for `i64.load` and `f64.load`.
#[test]
fn shifted_index_may_come_first() {
    let i64s = r#"(module (memory 1) (data (i32.const 8) "\0a\00\00\00\00\00\00\00\14\00\00\00\00\00\00\00")
        (func (export "f") (param i32) (result i32) (local i32)
            (local.set 1 (i32.const 8))
            (i32.wrap_i64 (i64.load (i32.add (i32.shl (local.get 0) (i32.const 3)) (local.get 1))))))"#;
    assert_all(i64s, &[0, 1], &[10, 20]);
    assert_super_has(i64s, "i64.load_idx base=1 index=0 shift=3");
    let f64s = r#"(module (memory 1)
        (func (export "f") (param i32) (result i32) (local i32)
            (f64.store (i32.const 16) (f64.const 2.5))
            (local.set 1 (i32.const 8))
            (i32.trunc_f64_s (f64.load (i32.add (i32.shl (local.get 0) (i32.const 3)) (local.get 1))))))"#;
    assert_all(f64s, &[0, 1], &[0, 2]);
    assert_super_has(f64s, "f64.load_idx");
}

/// The shifted index is also kept in a local (`local.tee`): the shift must still
/// write it, so the load cannot absorb it.
#[test]
fn shifted_index_kept_in_a_local_is_still_written() {
    let wat = r#"(module (memory 1) (data (i32.const 0) "\01\00\00\00\02\00\00\00\03\00\00\00")
        (func (export "f") (param i32) (result i32) (local i32 i32)
            (local.set 1 (i32.const 4))
            (i32.add
                (i32.load (i32.add (local.get 1) (local.tee 2 (i32.shl (local.get 0) (i32.const 2)))))
                (local.get 2))))"#;
    assert_all(wat, &[0, 1], &[2, 7]);
}

/// `load_op`: a binary op that loads one operand itself, that operand second
/// (`_rm`) or first (`_mr`, for an op that does not commute), and the bounds check
/// of that load.
#[test]
fn binary_op_loads_its_operand_in_either_place() {
    let data = r#"(memory 1) (data (i32.const 0) "\64\00\00\00\07\00\00\00")"#;
    let second = format!(
        r#"(module {data} (func (export "f") (param i32) (result i32) (local i32)
            (local.set 1 (i32.const 1000))
            (i32.sub (local.get 1) (i32.load (local.get 0)))))"#
    );
    assert_all(&second, &[0, 4], &[900, 993]);
    assert_super_has(&second, "i32.sub_rm a=acc(1) p=0");
    assert!(!ir_of(&second, "super-no-load_op").contains("_rm "));
    let first = format!(
        r#"(module {data} (func (export "f") (param i32) (result i32) (local i32)
            (local.set 1 (i32.const 1000))
            (i32.sub (i32.load (local.get 0)) (local.get 1))))"#
    );
    assert_all(&first, &[0, 4], &[-900, -993]);
    assert_super_has(&first, "i32.sub_mr a=acc(1) p=0");
    // `add` commutes: the loaded value goes second.
    let commuted = format!(
        r#"(module {data} (func (export "f") (param i32) (result i32) (local i32)
            (local.set 1 (i32.const 1000))
            (i32.add (i32.load (local.get 0)) (local.get 1))))"#
    );
    assert_all(&commuted, &[0, 4], &[1100, 1007]);
    assert_super_has(&commuted, "i32.add_rm a=acc(1) p=0");
    assert_out_of_bounds(&second, 65533);
}

/// `load_op` forms that take the address, or the other operand, from the
/// accumulator where the op before left it: a dot product step, in f64.
#[test]
fn memory_operand_forms_read_the_accumulator() {
    let wat = r#"(module (memory 1)
        (func (export "f") (param i32) (result i32) (local i32)
            (f64.store (i32.const 8) (f64.const 1.5))
            (f64.store (i32.const 16) (f64.const 0.25))
            (local.set 1 (i32.const 8))
            (i32.trunc_f64_s (f64.mul (f64.const 1000)
                (f64.sub
                    (f64.mul (f64.convert_i32_s (local.get 0))
                        (f64.load (i32.add (local.get 1) (i32.const 8))))
                    (f64.load (local.get 1)))))))"#;
    // 1000 * (x * 0.25 - 1.5)
    assert_all(wat, &[0, 2, 10], &[-1500, -1000, 1000]);
    assert_super_has(wat, "f64.mul_rm a=3 p=acc(4)");
    assert_super_has(wat, "f64.sub_rm a=acc(3) p=1");
}

/// `const_addr`: `i32.load` and `i32.store` at a constant address (the constant
/// plus the offset), with the bounds check on the sum, and no fusion where the sum
/// passes 32 bits (the access traps as the unfused ops report it).
#[test]
fn constant_address_loads_and_stores_name_the_address() {
    let wat = r#"(module (memory 1)
        (func (export "f") (param i32) (result i32)
            (i32.store offset=8 (i32.const 4) (local.get 0))
            (i32.add (i32.load (i32.const 12)) (i32.load offset=4 (i32.const 8)))))"#;
    assert_all(wat, &[5, -1], &[10, -2]);
    assert_super_has(wat, "i32.store_at v=0 addr=12");
    assert_super_has(wat, "i32.load_at dst=1 addr=12");
    assert!(!ir_of(wat, "super-no-const_addr").contains("_at "));
    let past_the_end = r#"(module (memory 1)
        (func (export "f") (param i32) (result i32)
            (drop (local.get 0))
            (i32.load offset=4 (i32.const 65532))))"#;
    assert_super_has(past_the_end, "i32.load_at dst=1 addr=65536");
    assert_out_of_bounds(past_the_end, 0);
    let wrapping = r#"(module (memory 1)
        (func (export "f") (param i32) (result i32)
            (i32.store offset=0xFFFF_FFFF (i32.const 1) (local.get 0))
            (i32.const 0)))"#;
    assert!(!ir_of(wrapping, "super").contains("_at "));
    assert_out_of_bounds(wrapping, 0);
}

/// `early_ret`: the base case of a recursion returns its local in one op (the
/// jump to the shared return became the return, which reads the copy's source).
#[test]
fn base_case_returns_in_one_op() {
    let wat = r#"(module (func $f (export "f") (param i32) (result i32)
        (if (result i32) (i32.lt_s (local.get 0) (i32.const 2))
            (then (local.get 0))
            (else (i32.add (call $f (i32.sub (local.get 0) (i32.const 1)))
                           (call $f (i32.sub (local.get 0) (i32.const 2))))))))"#;
    assert_all(wat, &[0, 1, 10, -3], &[0, 1, 55, -3]);
    let ir = ir_of(wat, "super");
    assert!(ir.contains("return_r src=0 results=1") && !ir.contains("jump"), "{ir}");
    // Without it the base case copies its local into the return's slot first.
    assert!(ir_of(wat, "super-no-early_ret").contains("copy from=0 to=1"));
}

/// `early_ret` leaves a `br_table`'s entries as jumps, also one whose target is
/// the return (its handler reads every entry as a jump).
#[test]
fn br_table_entries_to_the_return_stay_jumps() {
    let wat = r#"(module (func (export "f") (param i32) (result i32) (local i32)
        (local.set 1 (i32.const 3))
        (block $end
            (block $two
                (block $one
                    (br_table $one $two $end (local.get 0)))
                (local.set 1 (i32.const 10))
                (br $end))
            (local.set 1 (i32.const 20)))
        (local.get 1)))"#;
    assert_all(wat, &[0, 1, 2, 99, -1], &[10, 20, 3, 3, 3]);
}

/// `tail_dup`: a `switch` in a loop (a bytecode interpreter's shape) ends each case
/// in a copy of the loop head and its `br_table`, not in a jump back to it.
#[test]
fn switch_loop_cases_end_in_their_own_dispatch() {
    // Sums a tiny program of opcodes 0 (add 1), 1 (add 10), 2 (stop) at address 0.
    let wat = r#"(module (memory 1) (data (i32.const 0) "\00\01\00\01\01\02")
        (func (export "f") (param $pc i32) (result i32) (local $acc i32)
            (block $stop
                (loop $next
                    (block $ten
                        (block $one
                            (br_table $one $ten $stop (i32.load8_u (local.get $pc))))
                        (local.set $acc (i32.add (local.get $acc) (i32.const 1)))
                        (local.set $pc (i32.add (local.get $pc) (i32.const 1)))
                        (br $next))
                    (local.set $acc (i32.add (local.get $acc) (i32.const 10)))
                    (local.set $pc (i32.add (local.get $pc) (i32.const 1)))
                    (br $next)))
            (local.get $acc)))"#;
    assert_all(wat, &[0, 1, 3, 4, 5], &[32, 31, 20, 10, 0]);
    let tables = |name| ir_of(wat, name).matches("br_table").count();
    assert_eq!(tables("super-no-tail_dup"), 1);
    assert_eq!(tables("super"), 3, "{}", ir_of(wat, "super"));
}

/// `store_imm`: a stored constant is the store's immediate where it fits (narrow
/// stores keep only its low bytes); an i64 constant that does not fit in 32 bits,
/// and any f64, is still written to a slot first.
#[test]
fn stored_constants_keep_every_bit_they_store() {
    let wat = r#"(module (memory 1)
        (func (export "f") (param i32) (result i32)
            (i64.store (local.get 0) (i64.const -2))
            (i32.store8 offset=8 (local.get 0) (i32.const 0x1234))
            (i64.store16 offset=9 (local.get 0) (i64.const 0x7777_0000_ABCD))
            (f32.store offset=12 (local.get 0) (f32.const -1.5))
            (i64.store offset=16 (local.get 0) (i64.const 0x1_0000_0001))
            (i32.add (i32.add (i32.load (local.get 0)) (i32.load offset=4 (local.get 0)))
                (i32.add (i32.add (i32.load offset=8 (local.get 0)) (i32.load offset=12 (local.get 0)))
                    (i32.add (i32.load offset=16 (local.get 0)) (i32.load offset=20 (local.get 0)))))))"#;
    // -2 as two words; 0x34, then 0xCD 0xAB; -1.5f32 is 0xBFC00000; 1 and 1.
    let want = (-2i64 as u32 as i32)
        .wrapping_add(-1)
        .wrapping_add(0x00AB_CD34)
        .wrapping_add(0xBFC0_0000u32 as i32)
        .wrapping_add(2);
    assert_all(wat, &[0, 100], &[want, want]);
    let ir = ir_of(wat, "super");
    for op in ["i64.store_ri", "i32.store8_ri", "i64.store16_ri", "f32.store_ri"] {
        assert!(ir.contains(op), "{op} in\n{ir}");
    }
    assert_eq!(ir.matches("_ri a=").count(), 4, "{ir}");
    assert!(!ir_of(wat, "super-no-store_imm").contains("store8_ri"));
}

/// `and_br`: a flag test (`i32.and` with a constant, then a branch on the result)
/// runs as one op; when the masked value is also kept in a local (`tee`), the
/// local is still written.
#[test]
fn flag_tests_branch_in_one_op_and_keep_a_teed_value() {
    let wat = r#"(module (func (export "f") (param i32) (result i32) (local i32)
        (block $clear
            (br_if $clear (i32.eqz (i32.and (local.get 0) (i32.const 4))))
            (return (i32.const 100)))
        (block $none
            (br_if $none (i32.eqz (local.tee 1 (i32.and (local.get 0) (i32.const 3)))))
            (return (local.get 1)))
        (if (result i32) (i32.and (local.get 0) (i32.const 8))
            (then (i32.const 8)) (else (i32.const -1)))))"#;
    assert_all(wat, &[4, 5, 1, 3, 2, 8, 0, -1], &[100, 100, 1, 3, 2, 8, -1, 100]);
    let ir = ir_of(wat, "super");
    assert_eq!(ir.matches("br_and_").count(), 2, "{ir}");
    assert!(!ir_of(wat, "super-no-and_br").contains("br_and_"));
}

/// The threaded handlers carry an f64 result in a float register and any other in
/// an integer one; a reinterpret between an integer op and a float op (or back),
/// which stack IR elides, must not let the second read the wrong one (found by the
/// differential test: `i64.extend32_s` then `i64.trunc_f64_s` of its bits).
#[test]
fn reinterpreted_results_cross_register_files() {
    // 0x3FF0_0000_0000_0000 is 1.0; adding x << 52 to its bits multiplies it by
    // 2^x. The f64 local (0.0) adds nothing and emits nothing, so the `f64.add`
    // comes right after the `i64.add` that computed its operand.
    let int_to_float = r#"(module (func (export "f") (param i32) (result i32) (local f64)
        (i32.trunc_f64_s (f64.add (f64.reinterpret_i64
            (i64.add (i64.shl (i64.extend_i32_s (local.get 0)) (i64.const 52))
                (i64.const 0x3FF0000000000000)))
            (local.get 1)))))"#;
    assert_all(int_to_float, &[0, 1, 3], &[1, 2, 8]);
    // The bits of (x as f64) * 2.0, shifted down: 2.0 * 2^k has exponent 1024 + k.
    let float_to_int = r#"(module (func (export "f") (param i32) (result i32)
        (i32.wrap_i64 (i64.shr_u (i64.reinterpret_f64
            (f64.mul (f64.convert_i32_s (local.get 0)) (f64.const 2))) (i64.const 52)))))"#;
    assert_all(float_to_int, &[1, 4], &[1024, 1026]);
}

/// `acc_copy`: a copy of the value the op just before computed takes it from the
/// accumulator, in a plain copy and in either half of a `copy2`; not the second
/// half when the first copy overwrote the slot the second reads.
#[test]
fn copies_take_the_value_just_computed_from_the_accumulator() {
    // Values rotated through locals: `t = a + b; a = b; b = t`.
    let rotate = r#"(module (func (export "f") (param $n i32) (result i32) (local $a i32) (local $b i32) (local $t i32)
        (local.set $b (i32.const 1))
        (block $done (loop $step
            (br_if $done (i32.le_s (local.get $n) (i32.const 0)))
            (local.set $t (i32.add (local.get $a) (local.get $b)))
            (local.set $a (local.get $b))
            (local.set $b (local.get $t))
            (local.set $n (i32.sub (local.get $n) (i32.const 1)))
            (br $step)))
        (local.get $a)))"#;
    assert_all(rotate, &[0, 1, 2, 10, 25], &[0, 1, 1, 55, 75025]);
    let ir = ir_of(rotate, "super");
    assert!(ir.contains("copy2_r_a"), "{ir}");
    assert!(!ir_of(rotate, "super-no-acc_copy").contains("copy2_r_a"));
    // The first half from the accumulator: `t = 3p; a = t; b = c`.
    let first = r#"(module (func (export "f") (param $p i32) (result i32) (local $t i32) (local $a i32) (local $b i32) (local $c i32)
        (local.set $c (i32.add (local.get $p) (i32.const 7)))
        (local.set $t (i32.mul (local.get $p) (i32.const 3)))
        (local.set $a (local.get $t))
        (local.set $b (local.get $c))
        (i32.add (i32.mul (local.get $a) (i32.const 1000)) (local.get $b))))"#;
    assert_all(first, &[0, 1, -4], &[7, 3008, -11997]);
    let ir = ir_of(first, "super");
    assert!(ir.contains("copy2_a_r"), "{ir}");
    // `x = p + 5; x = y; z = x`: the second copy reads the `y` the first wrote.
    let overwritten = r#"(module (func (export "f") (param $p i32) (result i32) (local $x i32) (local $y i32) (local $z i32)
        (local.set $y (i32.mul (local.get $p) (i32.const 2)))
        (local.set $x (i32.add (local.get $p) (i32.const 5)))
        (local.set $x (local.get $y))
        (local.set $z (local.get $x))
        (i32.add (i32.mul (local.get $z) (i32.const 100)) (local.get $x))))"#;
    assert_all(overwritten, &[0, 1, 3], &[0, 202, 606]);
    let ir = ir_of(overwritten, "super");
    assert!(!ir.contains("copy2_r_a"), "{ir}");
}

/// `add2`: two adds of a slot and a constant in a row run as one op, in order
/// (with the accumulator off the second may read what the first wrote), wrapping
/// as `i32.add` does; a constant that does not fit in 16 bits stays unpaired.
#[test]
fn paired_adds_run_in_order_and_wrap() {
    let wat = r#"(module (func (export "f") (param $p i32) (result i32) (local $q i32) (local $r i32) (local $s i32)
        (local.set $q (i32.add (local.get $p) (i32.const 32767)))
        (local.set $r (i32.add (local.get $q) (i32.const -32768)))
        (local.set $s (i32.add (local.get $p) (i32.const 8)))
        (local.set $p (i32.add (local.get $p) (i32.const 40000)))
        (i32.add (i32.add (i32.mul (local.get $q) (i32.const 3)) (local.get $r))
            (i32.add (i32.mul (local.get $s) (i32.const 5)) (local.get $p)))))"#;
    let f = |p: i32| {
        let (q, s) = (p.wrapping_add(32767), p.wrapping_add(8));
        let (r, p) = (q.wrapping_add(-32768), p.wrapping_add(40000));
        q.wrapping_mul(3)
            .wrapping_add(r)
            .wrapping_add(s.wrapping_mul(5).wrapping_add(p))
    };
    let args = [0, 1, -9, i32::MAX, i32::MIN];
    assert_all(wat, &args, &args.map(f));
    let ir = ir_of(wat, "super-no-acc");
    assert_eq!(ir.matches("i32.add2").count(), 1, "{ir}");
    assert!(ir.contains("imm=40000"), "{ir}");
    assert!(!ir_of(wat, "super-no-add2").contains("i32.add2"));
}

/// `acc_carry`: an op reads the accumulator across a label only where every path
/// into it leaves the slot it reads there, and never as an f64: a path may have
/// computed the slot's bits with an integer op, which leaves the float twin stale.
#[test]
fn the_accumulator_crosses_labels_only_where_every_path_agrees() {
    // The loop's branch leaves the counter in the accumulator; so does the entry.
    let counter = r#"(module (memory 1) (func (export "f") (param $n i32) (result i32) (local $j i32)
        (local.set $j (i32.const 0))
        (loop $l
            (i32.store8 (local.get $j) (i32.const 1))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br_if $l (i32.lt_u (local.get $j) (local.get $n))))
        (local.get $j)))"#;
    assert_all(counter, &[1, 5, 100], &[1, 5, 100]);
    let ir = ir_of(counter, "super");
    assert!(ir.contains("i32.add_ai imm=1"), "{ir}");
    assert!(ir_of(counter, "super-no-acc_carry").contains("i32.add_ri"));
    // After the join one path left `x` there and the other `y`.
    let join = r#"(module (func (export "f") (param $p i32) (result i32) (local $x i32) (local $y i32)
        (if (local.get $p)
            (then (local.set $x (i32.add (local.get $p) (i32.const 10))))
            (else (local.set $y (i32.add (local.get $p) (i32.const 20)))))
        (i32.add (local.get $x) (i32.const 1))))"#;
    assert_all(join, &[0, 5], &[1, 16]);
    // An f64 whose bits an i64 load wrote (1.0) enters the loop in the accumulator
    // while the float twin holds 3n; the loop's first op stores it.
    let f64_bits = r#"(module (memory 1) (func (export "f") (param $n i32) (result i32) (local $a i32) (local $f f64) (local $i i32)
        (i64.store (local.get $a) (i64.const 0x3FF0000000000000))
        (f64.store offset=16 (local.get $a) (f64.mul (f64.convert_i32_s (local.get $n)) (f64.const 3)))
        (local.set $f (f64.reinterpret_i64 (i64.load (local.get $a))))
        (loop $l
            (f64.store offset=8 (local.get $a) (local.get $f))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (local.set $f (f64.add (local.get $f) (local.get $f)))
            (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
        (i32.trunc_f64_s (f64.load offset=8 (local.get $a)))))"#;
    assert_all(f64_bits, &[1, 3], &[1, 4]);
}

/// `rmw`: an add of a load and the store of the sum back to the same address run
/// as one op, which writes the local too and traps before writing anything; it is
/// not formed where the sum overwrites the address the store reads.
#[test]
fn read_modify_write_stores_back_where_it_loaded() {
    let wat = r#"(module (memory 1) (data (i32.const 0) "\05\00\00\00\07\00\00\00")
        (func (export "f") (param $p i32) (result i32) (local $a i32) (local $v i32)
            (local.set $a (i32.shl (i32.and (local.get $p) (i32.const 1)) (i32.const 2)))
            (local.set $v (i32.add (i32.load (local.get $a)) (local.get $p)))
            (i32.store (local.get $a) (local.get $v))
            (i32.add (i32.mul (i32.load (local.get $a)) (i32.const 1000)) (local.get $v))))"#;
    // One instance for all four calls: each sees the sums the last ones stored.
    assert_all(wat, &[0, 1, 2, 3], &[5005, 8008, 7007, 11011]);
    assert_super_has(wat, "i32.add_rmw");
    assert!(!ir_of(wat, "super-no-rmw").contains("i32.add_rmw"));
    let bounds = r#"(module (memory 1)
        (func (export "f") (param $p i32) (result i32) (local $v i32)
            (local.set $v (i32.add (i32.load offset=4 (local.get $p)) (local.get $p)))
            (i32.store offset=4 (local.get $p) (local.get $v))
            (local.get $v)))"#;
    assert_super_has(bounds, "i32.add_rmw");
    assert_out_of_bounds(bounds, 65530);
    assert_out_of_bounds(bounds, -4);
    assert_all(bounds, &[65528], &[65528]);
    let moved = r#"(module (memory 1) (data (i32.const 0) "\05")
        (func (export "f") (param $p i32) (result i32) (local $a i32)
            (local.set $a (i32.add (i32.load (local.get $a)) (local.get $p)))
            (i32.store (local.get $a) (local.get $a))
            (i32.load (local.get $a))))"#;
    assert_all(moved, &[3, 4], &[8, 9]);
    assert!(!ir_of(moved, "super").contains("i32.add_rmw"));
}

/// A body with vectors goes through the register pass too, a vector taking two slots:
/// a vector parameter and result count two cells in a call, and a vector `select` and
/// global move both halves. The scalar loop counter becomes a register op.
#[test]
fn body_with_vectors_gets_register_ops() {
    let wat = r#"(module
        (global $g (mut v128) (v128.const i32x4 0 0 0 0))
        (func (export "f") (param i32) (result i32) (local v128 i32)
            (local.set 1 (i32x4.splat (local.get 0)))
            (block $done (loop $l
                (br_if $done (i32.ge_s (local.get 2) (i32.const 3)))
                (local.set 1 (i32x4.add (local.get 1) (v128.const i32x4 1 2 3 4)))
                (global.set $g (select (local.get 1) (global.get $g) (local.get 0)))
                (local.set 2 (i32.add (local.get 2) (i32.const 1)))
                (br $l)))
            (i32.add
                (i32x4.extract_lane 0 (call $halves (local.get 1)))
                (i32x4.extract_lane 1 (global.get $g))))
        (func $halves (param v128) (result v128)
            (i32x4.add (local.get 0) (i8x16.shuffle 12 13 14 15 0 0 0 0 0 0 0 0 0 0 0 0
                (local.get 0) (local.get 0)))))"#;
    // The vector ends as (x+3, x+6, x+9, x+12); `$halves` adds lane 3 to lane 0, and the
    // global holds the vector only where `x` is non-zero.
    assert_all(wat, &[0, 1, -5], &[15, 24, 6]);
    let ir = ir_of(wat, "super");
    assert!(ir.contains("i32.add_ri") && ir.contains("i32x4.add"), "{ir}");
}
