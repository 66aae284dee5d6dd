//! Instantiation: import checks, allocation, segment initialisation, start function.

use super::store::{FuncEntity, Global, Instance};
use super::{Extern, FuncAddr, InstanceId, Store};
use crate::error::{Error, Trap};
use crate::module::{ConstExpr, ExportKind, ImportType, Module, SegmentMode};
use crate::types::GlobalType;
use std::collections::HashMap;
use std::sync::Arc;

fn incompatible(module: &Module, i: usize, detail: String) -> Error {
    let imp = &module.imports[i];
    Error::IncompatibleImport {
        module: imp.module.clone(),
        name: imp.name.clone(),
        detail,
    }
}

/// Checks each provided extern against its import's type.
fn check_imports(store: &mut Store, module: &Module, imports: &[Extern]) -> Result<(), Error> {
    for (i, (imp, ext)) in module.imports.iter().zip(imports).enumerate() {
        match (&imp.ty, ext) {
            (ImportType::Func(t), Extern::Func(f)) => {
                let want = store.intern_type(&module.types[*t as usize]);
                let have = store.funcs[f.0 as usize].type_id();
                if want != have {
                    let detail = format!(
                        "expected function {}, found {}",
                        module.types[*t as usize],
                        store.type_of(have)
                    );
                    return Err(incompatible(module, i, detail));
                }
            }
            (ImportType::Table(want), Extern::Table(a)) => {
                let t = &store.tables[*a as usize];
                let have = crate::types::Limits {
                    min: t.elems.len() as u64,
                    max: t.ty.limits.max,
                };
                if t.ty.elem != want.elem || t.ty.addr64 != want.addr64 || !have.fits(&want.limits) {
                    return Err(incompatible(module, i, format!("expected {want:?}, found {:?}", t.ty)));
                }
            }
            (ImportType::Memory(want), Extern::Memory(a)) => {
                let m = &store.memories[*a as usize];
                let have = crate::types::Limits {
                    min: m.pages(),
                    max: m.ty.limits.max,
                };
                if m.ty.addr64 != want.addr64 || !have.fits(&want.limits) {
                    return Err(incompatible(module, i, format!("expected {want:?}, found {:?}", m.ty)));
                }
            }
            (ImportType::Global(want), Extern::Global(a)) => {
                let have = store.globals[*a as usize].ty;
                // A mutable global is read and written: its type must be the same.
                let fits = have.mutable == want.mutable
                    && match want.mutable {
                        true => have.content == want.content,
                        false => have.content.matches(want.content),
                    };
                if !fits {
                    return Err(incompatible(module, i, format!("expected {want:?}, found {have:?}")));
                }
            }
            (ImportType::Tag(t), Extern::Tag(a)) => {
                let want = store.intern_type(&module.types[*t as usize]);
                let have = store.tags[*a as usize];
                if want != have {
                    let detail = format!(
                        "expected tag {}, found {}",
                        module.types[*t as usize],
                        store.type_of(have)
                    );
                    return Err(incompatible(module, i, detail));
                }
            }
            (want, have) => {
                let kind = match want {
                    ImportType::Tag(_) => "tag",
                    ImportType::Func(_) => "function",
                    ImportType::Table(_) => "table",
                    ImportType::Memory(_) => "memory",
                    ImportType::Global(_) => "global",
                };
                return Err(incompatible(
                    module,
                    i,
                    format!("expected a {kind}, found a {}", have.kind()),
                ));
            }
        }
    }
    Ok(())
}

pub(super) fn instantiate(store: &mut Store, module: Arc<Module>, imports: &[Extern]) -> Result<InstanceId, Error> {
    let wanted = store.backend.predecode_options().id;
    // Exact: a module linked for a threaded back-end keeps no plain ops for a loop
    // that runs them.
    if wanted != module.predecoded_for {
        let built = if module.predecoded_for.is_empty() {
            "the plain IR".to_string()
        } else {
            format!("`{}`", module.predecoded_for)
        };
        return Err(Error::Runtime(format!(
            "this module was predecoded for {built}, but the store runs back-end `{}`: load it with `Module::for_backend`",
            store.backend.name()
        )));
    }
    if store.config.fuel.is_some() && !module.metered {
        return Err(Error::Runtime(
            "the store has fuel, but this module was predecoded without metering: load it with `Module::for_store`"
                .into(),
        ));
    }
    check_imports(store, &module, imports)?;
    let id = store.instances.len() as u32;
    let types: Box<[u32]> = module.types.iter().map(|t| store.intern_type(t)).collect();

    let mut funcs = Vec::with_capacity(module.funcs.len());
    let mut table_addrs = Vec::new();
    let mut memory_addrs = Vec::new();
    let mut global_addrs = Vec::new();
    let mut tag_addrs = Vec::new();
    for ext in imports {
        match *ext {
            Extern::Tag(a) => tag_addrs.push(a),
            Extern::Func(f) => funcs.push(f.0),
            Extern::Table(a) => table_addrs.push(a),
            Extern::Memory(a) => memory_addrs.push(a),
            Extern::Global(a) => global_addrs.push(a),
        }
    }
    for (i, _) in module.bodies.iter().enumerate() {
        let ty = types[module.funcs[module.num_imported_funcs as usize + i] as usize];
        let addr = store.add_func(FuncEntity::Wasm {
            instance: id,
            body: i as u32,
            ty,
        });
        funcs.push(addr.0);
    }
    for ty in &module.tables[module.num_imported_tables as usize..] {
        table_addrs.push(store.add_table(*ty)?);
    }
    for &ty in &module.tags[module.num_imported_tags as usize..] {
        store.tags.push(types[ty as usize]);
        tag_addrs.push(store.tags.len() as u32 - 1);
    }
    for ty in &module.memories[module.num_imported_memories as usize..] {
        memory_addrs.push(store.add_memory(*ty)?);
    }
    // Constant expressions may read imported globals and take references to this
    // instance's functions; both are known by now.
    let eval = |store: &Store, globals: &[u32], e: &ConstExpr| -> u128 {
        e.eval(
            |g| store.globals[globals[g as usize] as usize].bits(),
            |f| funcs[f as usize] as u64 + 1,
        )
    };
    for (ty, init) in &module.globals[module.num_imported_globals as usize..] {
        let value = eval(store, &global_addrs, init);
        store.globals.push(Box::new(Global::new(GlobalType { ..*ty }, value)));
        global_addrs.push(store.globals.len() as u32 - 1);
    }
    let defined_tables = &table_addrs[module.num_imported_tables as usize..];
    for (&addr, init) in defined_tables.iter().zip(&module.table_inits) {
        if let Some(init) = init {
            let value = eval(store, &global_addrs, init);
            store.tables[addr as usize].elems.fill(value as u64);
        }
    }
    let elems: Vec<Box<[u64]>> = module
        .elems
        .iter()
        .map(|seg| seg.items.iter().map(|e| eval(store, &global_addrs, e) as u64).collect())
        .collect();
    let mut exports = HashMap::new();
    for e in &module.exports {
        let ext = match e.kind {
            ExportKind::Func => Extern::Func(FuncAddr(funcs[e.index as usize])),
            ExportKind::Table => Extern::Table(table_addrs[e.index as usize]),
            ExportKind::Memory => Extern::Memory(memory_addrs[e.index as usize]),
            ExportKind::Global => Extern::Global(global_addrs[e.index as usize]),
            ExportKind::Tag => Extern::Tag(tag_addrs[e.index as usize]),
        };
        exports.insert(e.name.clone(), ext);
    }
    let tables = table_addrs
        .iter()
        .map(|&a| &mut *store.tables[a as usize] as *mut _)
        .collect();
    let memories: Box<[*mut super::Memory]> = memory_addrs
        .iter()
        .map(|&a| &mut *store.memories[a as usize] as *mut _)
        .collect();
    let memory = memories.first().copied().unwrap_or(std::ptr::null_mut());
    let globals = global_addrs
        .iter()
        .map(|&a| &mut store.globals[a as usize].value as *mut u64)
        .collect();
    store.instances.push(Box::new(Instance {
        id: InstanceId(id),
        module: module.clone(),
        funcs: funcs.into(),
        tables,
        table_addrs: table_addrs.into(),
        memory,
        memories,
        tags: tag_addrs.into(),
        memory_addrs: memory_addrs.into(),
        globals,
        global_addrs: global_addrs.into(),
        types,
        elems,
        datas: module.datas.iter().map(|d| d.bytes.clone()).collect(),
        exports,
    }));
    store.link_targets(InstanceId(id));
    initialise_segments(store, &module, id)?;
    if let Some(start) = module.start {
        let f = FuncAddr(store.instances[id as usize].funcs[start as usize]);
        store.invoke(f, &[])?;
    }
    Ok(InstanceId(id))
}

/// Runs the active element and data segments in order, then drops them (and the
/// declared ones). A segment out of bounds traps; earlier writes stay, as the
/// spec requires.
fn initialise_segments(store: &mut Store, module: &Module, id: u32) -> Result<(), Error> {
    // An offset is an i32, or an i64 for a 64-bit memory or table: validation
    // allows no function reference there.
    let offset_of = |store: &Store, e: &ConstExpr, addr64: bool| -> u64 {
        let globals = &store.instances[id as usize].global_addrs;
        let v = e.eval(|g| store.globals[globals[g as usize] as usize].bits(), |_| 0) as u64;
        if addr64 {
            v
        } else {
            v as u32 as u64
        }
    };
    // The end of `len` items at `offset`, if it is within `size`.
    let within =
        |offset: u64, len: usize, size: usize| offset.checked_add(len as u64).filter(|&end| end <= size as u64);
    for (i, seg) in module.elems.iter().enumerate() {
        match &seg.mode {
            SegmentMode::Active { index, offset } => {
                let offset = offset_of(store, offset, module.tables[*index as usize].addr64);
                let inst = &mut store.instances[id as usize];
                let items = std::mem::take(&mut inst.elems[i]);
                let table = &mut store.tables[inst.table_addrs[*index as usize] as usize];
                let end = within(offset, items.len(), table.elems.len()).ok_or(Trap::TableOutOfBounds)?;
                table.elems[offset as usize..end as usize].copy_from_slice(&items);
            }
            SegmentMode::Declared => store.instances[id as usize].elems[i] = Box::new([]),
            SegmentMode::Passive => {}
        }
    }
    // Each active data segment once: its index, its memory and its offset.
    let inst = &store.instances[id as usize];
    let active: Vec<(usize, u32, u64)> = module
        .datas
        .iter()
        .enumerate()
        .filter_map(|(i, seg)| match &seg.mode {
            SegmentMode::Active { index, offset } => {
                let addr64 = module.memories[*index as usize].addr64;
                Some((i, inst.memory_addrs[*index as usize], offset_of(store, offset, addr64)))
            }
            _ => None,
        })
        .collect();
    // Tell each memory what its segments fill before filling it.
    let mut mems: Vec<u32> = active.iter().map(|&(_, mem, _)| mem).collect();
    mems.sort_unstable();
    mems.dedup();
    for mem in mems {
        let datas = &store.instances[id as usize].datas;
        let size = store.memories[mem as usize].data.len();
        let mut ranges: Vec<_> = active
            .iter()
            .filter(|&&(_, m, _)| m == mem)
            .filter_map(|&(i, _, offset)| Some(offset as usize..within(offset, datas[i].len(), size)? as usize))
            .collect();
        store.memories[mem as usize].data.will_fill(&mut ranges);
    }
    for (i, mem, offset) in active {
        let bytes = std::mem::take(&mut store.instances[id as usize].datas[i]);
        let mem = &mut store.memories[mem as usize];
        let end = within(offset, bytes.len(), mem.data.len()).ok_or(Trap::MemoryOutOfBounds)?;
        mem.data[offset as usize..end as usize].copy_from_slice(&bytes);
    }
    Ok(())
}
