//! The IR each fusion family makes, and that switching it off changes the IR but
//! not what a function computes.

use crate::Super;
use std::sync::Arc;
use wasmlab_core::ir::disassemble;
use wasmlab_core::{Backend, Config, Linker, Module, Store, Val};

const WAT: &str = r#"
(module
  (func (export "local") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "imm") (param i32) (result i32) local.get 0 i32.const 5 i32.add)
  (func (export "dst") (param i32 i32) (result i32) (local i32)
    local.get 0 local.get 1 i32.mul local.set 2 local.get 2 local.get 0 i32.sub)
  (func (export "cmp_br") (param i32 i32) (result i32)
    block local.get 0 local.get 1 i32.lt_s br_if 0 i32.const 1 return end i32.const 2)
  (func (export "rotate") (param i32) (result i32) (local i32)
    block loop local.get 0 i32.eqz br_if 1
      local.get 1 local.get 0 i32.add local.set 1
      local.get 0 i32.const 1 i32.sub local.set 0 br 0 end end local.get 1))
"#;

/// The disassembly of function `index` as `backend` predecodes it.
fn ir(backend: &Super, index: usize) -> String {
    let module = Module::with_options(&wat::parse_str(WAT).unwrap(), &backend.predecode_options()).unwrap();
    disassemble(&module.bodies[index])
}

/// What function `name` returns for `args` on `backend`.
fn call(backend: Super, name: &str, args: &[i32]) -> Vec<Val> {
    let backend: Arc<dyn Backend> = Arc::new(backend);
    let module = Arc::new(Module::for_backend(&wat::parse_str(WAT).unwrap(), backend.as_ref()).unwrap());
    let mut store = Store::new(backend, Config::default());
    let inst = Linker::new().instantiate(&mut store, module).unwrap();
    let f = store.export_func(inst, name).unwrap();
    let args: Vec<Val> = args.iter().map(|&a| Val::I32(a)).collect();
    store.invoke(f, &args).unwrap()
}

/// Family `family` puts `with` in function `index`'s IR and, switched off, leaves
/// `without` there instead; the function computes the same for each of `cases`.
fn family(family: &str, index: usize, with: &str, without: &str, cases: &[(&[i32], i32)]) {
    let off = Super::without(family).unwrap();
    let (on_ir, off_ir) = (ir(&Super::new(), index), ir(&off, index));
    assert!(
        on_ir.contains(with) && !on_ir.contains(without),
        "{family} on:\n{on_ir}"
    );
    assert!(
        off_ir.contains(without) && !off_ir.contains(with),
        "{family} off:\n{off_ir}"
    );
    for (args, want) in cases {
        for backend in [Super::new(), off] {
            assert_eq!(call(backend, family, args), [Val::I32(*want)], "{family}{args:?}");
        }
    }
}

#[test]
fn local_reads_locals_in_place() {
    family(
        "local",
        0,
        "i32.add_rr a=0 b=1",
        "copy from=0",
        &[(&[2, 3], 5), (&[-1, 1], 0)],
    );
}

#[test]
fn imm_makes_constants_immediates() {
    family(
        "imm",
        1,
        "i32.add_ri a=0 imm=5",
        "const_to",
        &[(&[2], 7), (&[i32::MAX], i32::MIN + 4)],
    );
}

#[test]
fn dst_writes_the_local_directly() {
    family(
        "dst",
        2,
        "i32.mul_rr a=0 b=1 dst=2",
        "copy_a",
        &[(&[3, 4], 9), (&[0, 7], 0)],
    );
}

#[test]
fn cmp_br_compares_and_branches_in_one_op() {
    family(
        "cmp_br",
        3,
        "i32.lt_s_br_rr",
        "br_nez",
        &[(&[1, 2], 2), (&[2, 1], 1), (&[-5, -5], 1)],
    );
}

#[test]
fn rotate_branches_back_on_the_inverted_compare() {
    family("rotate", 4, "i32.ne_br_ai", "jump", &[(&[4], 10), (&[0], 0), (&[1], 1)]);
}
