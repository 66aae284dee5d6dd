//! The `spectest` module the official spec tests import from.

use std::sync::Arc;
use wasmlab_core::types::{GlobalType, Limits, MemoryType, TableType};
use wasmlab_core::{Extern, FuncType, Linker, Store, Val, ValType};

/// Defines `spectest` in `linker`, allocating its entities in `store`.
pub fn define(store: &mut Store, linker: &mut Linker) -> Result<(), wasmlab_core::Error> {
    use ValType::*;
    let prints: [(&str, &[ValType]); 7] = [
        ("print", &[]),
        ("print_i32", &[I32]),
        ("print_i64", &[I64]),
        ("print_f32", &[F32]),
        ("print_f64", &[F64]),
        ("print_i32_f32", &[I32, F32]),
        ("print_f64_f64", &[F64, F64]),
    ];
    for (name, params) in prints {
        let f = store.host_func(FuncType::new(params, []), Arc::new(|_, _, _| Ok(())));
        linker.define("spectest", name, Extern::Func(f));
    }
    let globals = [
        ("global_i32", I32, Val::I32(666)),
        ("global_i64", I64, Val::I64(666)),
        ("global_f32", F32, Val::F32(666.6f32.to_bits())),
        ("global_f64", F64, Val::F64(666.6f64.to_bits())),
    ];
    for (name, ty, v) in globals {
        let g = store.add_global(
            GlobalType {
                content: ty,
                mutable: false,
            },
            v,
        );
        linker.define("spectest", name, Extern::Global(g));
    }
    let table = store.add_table(TableType {
        elem: FuncRef,
        limits: Limits { min: 10, max: Some(20) },
        addr64: false,
    })?;
    linker.define("spectest", "table", Extern::Table(table));
    let memory = store.add_memory(MemoryType {
        limits: Limits { min: 1, max: Some(2) },
        addr64: false,
    })?;
    linker.define("spectest", "memory", Extern::Memory(memory));
    Ok(())
}
