//! The store and the entities it owns.

use super::{Extern, FuncAddr, InstanceId, Memory, Table};
use crate::backend::Backend;
use crate::error::{Error, Trap};
use crate::exec::Stack;
use crate::ir::FuncBody;
use crate::module::Module;
use crate::types::{FuncType, GlobalType, HeapType, TypeId, ValType};
use crate::value::Val;
use std::collections::HashMap;
use std::sync::Arc;

/// Limits of a store.
#[derive(Clone, Debug)]
pub struct Config {
    /// Wasm call frames allowed at once; deeper recursion traps with
    /// "call stack exhausted". Generous by default: real C programs recurse deeply.
    pub max_call_depth: usize,
    /// Cells (8 bytes each) of the value stack that holds every frame's locals and
    /// operands. Allocated lazily by the OS as the stack deepens.
    pub stack_cells: usize,
    /// The most pages any memory may grow to (64 KiB each); 65536 is 4 GiB.
    pub max_memory_pages: u64,
    /// Fuel for runaway code: each function entry and each loop iteration spends
    /// one unit, and a run that finds none left traps with "all fuel consumed".
    /// `None` means unmetered. Modules must be loaded with [`crate::Module::for_store`]
    /// (or metered [`crate::predecode::Options`]) to run in a store with fuel.
    pub fuel: Option<u64>,
    /// Translate each function body on its first call ([`crate::Module::for_store`]);
    /// validation is eager either way. On by default.
    pub lazy_predecode: bool,
    /// Validate and translate a module's bodies on the calling thread only
    /// ([`crate::predecode::Options::serial`]). Off by default.
    pub serial_load: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_call_depth: 100_000,
            stack_cells: 1 << 22,
            max_memory_pages: 65536,
            lazy_predecode: true,
            serial_load: false,
            fuel: None,
        }
    }
}

/// A host function: reads its arguments, writes its results.
pub type HostFunc = Arc<dyn Fn(&mut Caller<'_>, &[Val], &mut [Val]) -> Result<(), Trap> + Send + Sync>;

/// What a host function sees of the store: the calling instance's memory.
pub struct Caller<'a> {
    pub store: &'a mut Store,
    /// The instance whose code made the call, if any.
    pub instance: Option<InstanceId>,
}

impl Caller<'_> {
    /// Memory 0 of the calling instance.
    pub fn memory(&mut self) -> Option<&mut Memory> {
        let inst = self.store.instances.get(self.instance?.0 as usize)?;
        let addr = *inst.memory_addrs.first()?;
        Some(&mut self.store.memories[addr as usize])
    }
}

pub enum FuncEntity {
    /// Function `body` of `instance`'s module (index among defined functions).
    Wasm {
        instance: u32,
        body: u32,
        ty: u32,
    },
    Host {
        ty: u32,
        func: HostFunc,
    },
}

impl FuncEntity {
    /// The store's canonical type id.
    pub fn type_id(&self) -> u32 {
        match self {
            FuncEntity::Wasm { ty, .. } | FuncEntity::Host { ty, .. } => *ty,
        }
    }
}

/// A function as an indirect call reaches it, kept beside [`FuncEntity`] (one per
/// store address) so `call_indirect` checks the type and finds the body without
/// matching on the entity or indexing instances and modules.
#[derive(Clone, Copy, Debug)]
pub struct CallTarget {
    /// The store's canonical type id.
    pub type_id: u32,
    /// The body to run, for a Wasm function of a live instance; null for a host
    /// function (and, briefly, for a Wasm function whose instance is being made),
    /// which the back-ends call the general way.
    pub body: *const FuncBody,
    /// The instance `body` belongs to.
    pub instance: *mut Instance,
}

/// A global's value: one cell, or two for a `v128`. `repr(C)` keeps `hi` right
/// after `value`, so the back-ends reach both halves of a vector global through
/// the one pointer to `value` that an instance keeps.
#[derive(Debug)]
#[repr(C)]
pub struct Global {
    pub value: u64,
    /// A `v128`'s high half; 0 for every other type.
    pub hi: u64,
    pub ty: GlobalType,
}

impl Global {
    pub fn new(ty: GlobalType, bits: u128) -> Global {
        Global {
            value: bits as u64,
            hi: (bits >> 64) as u64,
            ty,
        }
    }

    /// The value's bits: a one-cell value in the low 64.
    pub fn bits(&self) -> u128 {
        (self.hi as u128) << 64 | self.value as u128
    }
}

/// An instance: its module and the store addresses of everything it uses.
///
/// The raw pointers point into boxes owned by the same store, which never frees
/// or moves them while the store lives.
pub struct Instance {
    pub id: InstanceId,
    pub module: Arc<Module>,
    /// Store address of every function, imports first.
    pub funcs: Box<[u32]>,
    pub tables: Box<[*mut Table]>,
    pub table_addrs: Box<[u32]>,
    /// Memory 0, or null when the module has none.
    pub memory: *mut Memory,
    /// Every memory, imports first (multi-memory).
    pub memories: Box<[*mut Memory]>,
    pub memory_addrs: Box<[u32]>,
    pub globals: Box<[*mut u64]>,
    pub global_addrs: Box<[u32]>,
    /// Store address of every tag, imports first.
    pub tags: Box<[u32]>,
    /// Canonical type id of each of the module's types.
    pub types: Box<[u32]>,
    /// Element segments as reference cells; a dropped segment is empty.
    pub elems: Vec<Box<[u64]>>,
    /// Data segments; a dropped segment is empty.
    pub datas: Vec<crate::module::SharedBytes>,
    pub exports: HashMap<String, Extern>,
}

/// A thrown exception: its tag's store address and its payload's cells.
#[derive(Clone, Debug)]
pub struct Exn {
    pub tag: u32,
    pub payload: Box<[u64]>,
    /// A `catch_ref` or `catch_all_ref` made an `exnref` of it: it is kept for
    /// the store's life. One caught otherwise was never a value, and its slot is
    /// used again.
    pub exposed: bool,
}

/// Owns every runtime entity; execution happens in a store, on its back-end.
pub struct Store {
    pub config: Config,
    pub backend: Arc<dyn Backend>,
    types: Vec<FuncType>,
    type_ids: HashMap<FuncType, u32>,
    /// Every function, by store address. Add to it with [`Store::add_func`], which
    /// keeps `targets` beside it.
    pub funcs: Vec<FuncEntity>,
    /// `targets[a]` is function `a` as an indirect call reaches it.
    pub targets: Vec<CallTarget>,
    pub memories: Vec<Box<Memory>>,
    pub tables: Vec<Box<Table>>,
    pub globals: Vec<Box<Global>>,
    /// Every exception tag, by store address: its type id (the payload's types).
    pub tags: Vec<u32>,
    /// Every exception thrown, by the index an `exnref` names (plus one). One
    /// that became an `exnref` is kept for the store's life: the reference may be
    /// held anywhere, and without GC there is no finding out when none is left.
    pub exns: Vec<Exn>,
    /// Slots of `exns` free for the next throw: exceptions caught without
    /// becoming an `exnref`.
    pub free_exns: Vec<u32>,
    pub instances: Vec<Box<Instance>>,
    /// The value stack, kept between invocations so it is allocated once.
    pub stack: Option<Stack>,
    /// Fuel left: `Config::fuel` at the start, `u64::MAX` when unmetered. Metered
    /// code spends it through [`crate::exec::spend_fuel`]; the embedder may refill it.
    pub fuel: u64,
    /// A guest profiler: when metered code spends its last unit of fuel, it takes
    /// a sample and refills the fuel instead of trapping.
    pub sampler: Option<Box<crate::guest_profile::Sampler>>,
}

impl Store {
    pub fn new(backend: Arc<dyn Backend>, config: Config) -> Store {
        Store {
            fuel: config.fuel.unwrap_or(u64::MAX),
            config,
            backend,
            types: Vec::new(),
            type_ids: HashMap::new(),
            funcs: Vec::new(),
            targets: Vec::new(),
            memories: Vec::new(),
            tables: Vec::new(),
            globals: Vec::new(),
            tags: Vec::new(),
            exns: Vec::new(),
            free_exns: Vec::new(),
            instances: Vec::new(),
            stack: None,
            sampler: None,
        }
    }

    /// The canonical id of a function type: equal types get equal ids, so an
    /// indirect call's type check is one integer comparison.
    pub fn intern_type(&mut self, ty: &FuncType) -> u32 {
        if let Some(&id) = self.type_ids.get(ty) {
            return id;
        }
        let id = self.types.len() as u32;
        self.types.push(ty.clone());
        self.type_ids.insert(ty.clone(), id);
        id
    }

    pub fn type_of(&self, id: u32) -> &FuncType {
        &self.types[id as usize]
    }

    pub fn func_type(&self, f: FuncAddr) -> &FuncType {
        self.type_of(self.funcs[f.0 as usize].type_id())
    }

    /// Adds a host function to the store.
    pub fn host_func(&mut self, ty: FuncType, func: HostFunc) -> FuncAddr {
        let ty = self.intern_type(&ty);
        self.add_func(FuncEntity::Host { ty, func })
    }

    /// Adds a function; its call target has no body until [`Store::link_targets`]
    /// gives it one.
    pub fn add_func(&mut self, f: FuncEntity) -> FuncAddr {
        self.targets.push(CallTarget {
            type_id: f.type_id(),
            body: std::ptr::null(),
            instance: std::ptr::null_mut(),
        });
        self.funcs.push(f);
        FuncAddr(self.funcs.len() as u32 - 1)
    }

    /// Points the call targets of instance `id`'s own functions at their bodies,
    /// once the instance is in the store (its box, and its module's bodies, never
    /// move after that).
    pub(crate) fn link_targets(&mut self, id: InstanceId) {
        let inst: *mut Instance = &mut *self.instances[id.0 as usize];
        // SAFETY: `inst` is the live boxed instance; nothing else borrows it here.
        let inst_ref = unsafe { &*inst };
        let imported = inst_ref.module.num_imported_funcs as usize;
        for (body, &addr) in inst_ref.module.bodies.iter().zip(&inst_ref.funcs[imported..]) {
            let target = &mut self.targets[addr as usize];
            target.body = body;
            target.instance = inst;
        }
    }

    /// Adds a global to the store.
    pub fn add_global(&mut self, ty: GlobalType, value: Val) -> u32 {
        self.globals.push(Box::new(Global::new(
            ty,
            (value.high_cell() as u128) << 64 | value.to_cell() as u128,
        )));
        self.globals.len() as u32 - 1
    }

    /// Adds a memory to the store, or fails if its minimum exceeds the limits.
    pub fn add_memory(&mut self, ty: crate::types::MemoryType) -> Result<u32, Error> {
        let mem = Memory::new(ty, self.config.max_memory_pages)
            .ok_or_else(|| Error::Runtime(format!("cannot allocate a memory of {} pages", ty.limits.min)))?;
        self.memories.push(Box::new(mem));
        Ok(self.memories.len() as u32 - 1)
    }

    /// Adds a table of null references to the store.
    pub fn add_table(&mut self, ty: crate::types::TableType) -> Result<u32, Error> {
        let t = Table::new(ty, 0)
            .ok_or_else(|| Error::Runtime(format!("cannot allocate a table of {} elements", ty.limits.min)))?;
        self.tables.push(Box::new(t));
        Ok(self.tables.len() as u32 - 1)
    }

    pub fn instance(&self, id: InstanceId) -> &Instance {
        &self.instances[id.0 as usize]
    }

    /// An export of an instance by name.
    pub fn export(&self, id: InstanceId, name: &str) -> Option<Extern> {
        self.instance(id).exports.get(name).copied()
    }

    /// An exported function by name.
    pub fn export_func(&self, id: InstanceId, name: &str) -> Result<FuncAddr, Error> {
        match self.export(id, name) {
            Some(Extern::Func(f)) => Ok(f),
            Some(other) => Err(Error::UnknownExport(format!(
                "`{name}` is a {}, not a function",
                other.kind()
            ))),
            None => Err(Error::UnknownExport(format!("no export named `{name}`"))),
        }
    }

    /// The current value of a global.
    pub fn global_value(&self, addr: u32) -> Val {
        let g = &self.globals[addr as usize];
        Val::from_cells(g.ty.content, g.value, g.hi)
    }

    /// `v` is a value of type `t`: a reference of a typed reference type must be
    /// non-null where the type says so, and a function of the named type.
    pub fn has_type(&self, v: &Val, t: ValType) -> bool {
        let Some(want) = t.as_ref_type() else {
            return v.ty() == t;
        };
        match *v {
            Val::FuncRef(None) => want.nullable && want.heap.is_func(),
            Val::ExternRef(None) => want.nullable && !want.heap.is_func(),
            Val::ExternRef(Some(_)) => want.heap == HeapType::Extern,
            Val::FuncRef(Some(a)) => match want.heap {
                HeapType::Func => (a as usize) < self.funcs.len(),
                HeapType::Concrete(id) => {
                    (a as usize) < self.funcs.len() && TypeId::of(self.func_type(FuncAddr(a))) == id
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Calls a function with arguments checked against its type.
    pub fn invoke(&mut self, func: FuncAddr, args: &[Val]) -> Result<Vec<Val>, Error> {
        let ty = self
            .funcs
            .get(func.0 as usize)
            .map(|f| f.type_id())
            .ok_or_else(|| Error::Runtime(format!("no function at address {}", func.0)))?;
        let ty = self.type_of(ty).clone();
        if args.len() != ty.params.len() {
            return Err(Error::ArgumentMismatch(format!(
                "function {ty} takes {} argument(s), {} given",
                ty.params.len(),
                args.len()
            )));
        }
        for (i, (a, t)) in args.iter().zip(ty.params.iter()).enumerate() {
            if !self.has_type(a, *t) {
                return Err(Error::ArgumentMismatch(format!(
                    "argument {i} must be {t}, got {}",
                    a.ty()
                )));
            }
        }
        if let FuncEntity::Host { func: f, .. } = &self.funcs[func.0 as usize] {
            let f = f.clone();
            let mut results: Vec<Val> = ty.results.iter().map(|t| Val::default_of(*t)).collect();
            f(
                &mut Caller {
                    store: self,
                    instance: None,
                },
                args,
                &mut results,
            )?;
            return Ok(results);
        }
        let backend = self.backend.clone();
        Ok(backend.invoke(self, func, args)?)
    }

    /// Takes the value stack for a run (a fresh one if a run is already using it).
    pub fn take_stack(&mut self) -> Stack {
        self.stack
            .take()
            .unwrap_or_else(|| Stack::new(self.config.stack_cells, self.config.max_call_depth))
    }

    pub fn put_stack(&mut self, stack: Stack) {
        self.stack = Some(stack);
    }
}
