//! What every back-end's execution shares: the value stack and frame records, and
//! the out-of-line (cold) parts of ops that touch the store — bulk memory, tables,
//! `memory.grow`, host calls, indirect-call resolution. The hot paths stay in each
//! back-end's loop; these are the slow paths they call.
//!
//! # Safety
//! Functions taking `*mut Instance` require a live instance of a live store, with no
//! Rust reference to the same instance, memory or table alive across the call.

use crate::error::Trap;
use crate::ir::FuncBody;
use crate::runtime::{CallTarget, Caller, FuncEntity, Instance, Store};
use crate::value::Val;

/// The caller's state, saved by a call and restored by the callee's return.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// Where the caller continues, in the back-end's own code representation; null
    /// marks the host's entry frame.
    pub ret_ip: *const (),
    pub fp: *mut u64,
    pub instance: *mut Instance,
}

/// The value stack (every frame's locals and operands, in untyped cells) and the
/// frame records, allocated once per store and reused by every invocation.
pub struct Stack {
    cells: Vec<u64>,
    pub frames: Vec<Frame>,
    pub max_depth: usize,
}

impl Stack {
    pub fn new(cells: usize, max_depth: usize) -> Stack {
        // Zeroed allocation: the OS maps pages lazily, so a deep limit costs nothing
        // until it is used.
        Stack {
            cells: vec![0; cells.max(16)],
            frames: Vec::with_capacity(max_depth.min(1 << 16)),
            max_depth,
        }
    }

    pub fn base(&mut self) -> *mut u64 {
        self.cells.as_mut_ptr()
    }

    /// One past the last cell.
    pub fn end(&mut self) -> *mut u64 {
        self.cells.as_mut_ptr_range().end
    }

    pub fn len(&self) -> usize {
        self.cells.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }
}

/// Makes room for more frame records: the one growth policy of every back-end.
#[cold]
#[inline(never)]
pub fn grow_frame_records(frames: &mut Vec<Frame>) {
    frames.reserve(frames.len().max(16));
}

/// Pushes a frame record; the caller has checked the depth limit. Growing the
/// vector is the cold path, so the hot one is a store and a length update.
#[inline(always)]
pub fn push_frame_record(frames: &mut Vec<Frame>, frame: Frame) {
    if frames.len() == frames.capacity() {
        grow_frame_records(frames);
    }
    let len = frames.len();
    // SAFETY: the capacity is above `len`, checked just now.
    unsafe {
        frames.as_mut_ptr().add(len).write(frame);
        frames.set_len(len + 1);
    }
}

/// Zeroes the `n` cells at `p`: a callee's locals beyond its parameters. A plain
/// loop of stores: most functions have a handful of locals, where a `memset` call
/// (and the registers it makes a handler save) costs more than the stores. On
/// x86-64 the loop is written out, since LLVM unrolls the Rust one eight times and
/// the unrolled loop needs registers that every call handler must then save.
///
/// # Safety
/// `p` must be valid for `n` cells.
#[inline(always)]
pub unsafe fn zero_cells(p: *mut u64, n: usize) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: stores `n` zero cells from `p` up, which the caller says are valid;
    // touches no stack and no other memory.
    unsafe {
        std::arch::asm!(
            "test {n}, {n}",
            "jz 3f",
            "2:",
            "mov qword ptr [{p}], 0",
            "add {p}, 8",
            "dec {n}",
            "jnz 2b",
            "3:",
            p = inout(reg) p => _,
            n = inout(reg) n => _,
            options(nostack),
        );
    }
    #[cfg(not(target_arch = "x86_64"))]
    for i in 0..n {
        // Volatile: keeps the compiler from turning the loop back into `memset`.
        unsafe { p.add(i).write_volatile(0) };
    }
}

/// Moves `n` cells from `src` down to `dst` (`dst <= src`; the ranges may overlap):
/// results moving to a frame's base. A forward loop for the same reason as
/// [`zero_cells`]: a `memmove` call makes `return` save registers for one or two cells.
///
/// # Safety
/// Both ranges must be valid for `n` cells, and `dst` must not be above `src`.
#[inline(always)]
pub unsafe fn move_cells_down(dst: *mut u64, src: *const u64, n: usize) {
    for i in 0..n {
        // Volatile, as in `zero_cells`; forward order is safe since `dst <= src`.
        // SAFETY: the caller keeps this function's contract (the module docs).
        unsafe { dst.add(i).write_volatile(src.add(i).read()) };
    }
}

/// Spends one unit of the store's fuel; false when none was left.
///
/// # Safety
/// See the module docs.
#[inline(always)]
pub unsafe fn spend_fuel(store: *mut Store) -> bool {
    // SAFETY: the caller keeps this function's contract (the module docs).
    unsafe {
        match (*store).fuel.checked_sub(1) {
            Some(left) => {
                (*store).fuel = left;
                true
            }
            None => false,
        }
    }
}

/// Metered code at op `ip`, with `frames` the frame records in use, found no fuel
/// left: a store with a guest profiler takes a sample and goes on with fresh fuel;
/// any other traps.
///
/// # Safety
/// See the module docs.
#[cold]
#[inline(never)]
pub unsafe fn fuel_spent(store: *mut Store, ip: *const (), frames: &[Frame]) -> Result<(), Trap> {
    // SAFETY: the caller keeps this function's contract (the module docs).
    unsafe {
        let store = &mut *store;
        match store.sampler.as_mut() {
            Some(s) => {
                store.fuel = s.on_fuel_spent(ip, frames);
                Ok(())
            }
            None => Err(Trap::OutOfFuel),
        }
    }
}

/// The `Translate` op of a lazily predecoded body: translates body `body` of
/// `inst`'s module, after which its calls enter the new code. The caller continues
/// at the body's `code_ptr` (or `threaded_ptr`) once its frame is rechecked
/// against `frame_cells`.
///
/// # Safety
/// See the module docs.
#[cold]
#[inline(never)]
pub unsafe fn translate(inst: *mut Instance, body: u32) -> Result<(), Trap> {
    // SAFETY: the caller keeps this function's contract (the module docs).
    unsafe { (*inst).module.translate(body).map_err(|e| Trap::Host(e.to_string())) }
}

/// Memory 0's base and length, or null and 0 when there is none: the hot state a
/// loop keeps in registers and reloads after calls and `memory.grow`.
///
/// # Safety
/// See the module docs.
#[inline(always)]
pub unsafe fn memory_view(inst: *mut Instance) -> (*mut u8, usize) {
    // SAFETY: the caller keeps this function's contract (the module docs).
    unsafe {
        let mem = (*inst).memory;
        if mem.is_null() {
            (std::ptr::null_mut(), 0)
        } else {
            ((*mem).data.as_mut_ptr(), (*mem).data.len())
        }
    }
}

/// Memory `mem`'s base and length: the view a `UseMemory` makes current.
///
/// # Safety
/// See the module docs; `mem` must be a memory of the instance (validation).
#[inline]
pub unsafe fn memory_view_of(inst: *mut Instance, mem: u32) -> (*mut u8, usize) {
    // SAFETY: the caller keeps this function's contract (the module docs).
    unsafe {
        let m = (&(*inst).memories)[mem as usize];
        ((*m).data.as_mut_ptr(), (*m).data.len())
    }
}

/// Memory `mem` of `inst`.
///
/// # Safety
/// See the module docs; `mem` must be a memory of the instance (validation).
unsafe fn memory<'a>(inst: *mut Instance, mem: u32) -> &'a mut crate::runtime::Memory {
    // SAFETY: the caller keeps this function's contract (the module docs).
    unsafe { &mut *(&(*inst).memories)[mem as usize] }
}

/// # Safety
/// See the module docs.
#[cold]
pub unsafe fn memory_grow(inst: *mut Instance, mem: u32, delta: u32) -> u32 {
    // SAFETY: the caller keeps this function's contract (the module docs).
    unsafe { memory(inst, mem).grow(delta as u64).map_or(u32::MAX, |old| old as u32) }
}

fn range(start: u32, n: u32, len: usize, trap: Trap) -> Result<std::ops::Range<usize>, Trap> {
    let end = start as u64 + n as u64;
    if end > len as u64 {
        return Err(trap);
    }
    Ok(start as usize..end as usize)
}

/// # Safety
/// See the module docs.
#[cold]
pub unsafe fn memory_fill(inst: *mut Instance, mem: u32, dst: u32, val: u32, n: u32) -> Result<(), Trap> {
    // SAFETY: the caller keeps this function's contract (the module docs).
    let mem = unsafe { memory(inst, mem) };
    let r = range(dst, n, mem.data.len(), Trap::MemoryOutOfBounds)?;
    mem.data[r].fill(val as u8);
    Ok(())
}

/// # Safety
/// See the module docs.
#[cold]
pub unsafe fn memory_copy(
    inst: *mut Instance,
    (dst_mem, src_mem): (u32, u32),
    dst: u32,
    src: u32,
    n: u32,
) -> Result<(), Trap> {
    // SAFETY: the caller keeps this function's contract (the module docs).
    let from = unsafe { memory(inst, src_mem) };
    let s = range(src, n, from.data.len(), Trap::MemoryOutOfBounds)?;
    if dst_mem == src_mem {
        let d = range(dst, n, from.data.len(), Trap::MemoryOutOfBounds)?;
        from.data.copy_within(s, d.start);
        return Ok(());
    }
    // SAFETY: as above; two distinct memories of one instance are two boxes.
    let to = unsafe { memory(inst, dst_mem) };
    let d = range(dst, n, to.data.len(), Trap::MemoryOutOfBounds)?;
    to.data[d].copy_from_slice(&from.data[s]);
    Ok(())
}

/// # Safety
/// See the module docs.
#[cold]
pub unsafe fn memory_init(inst: *mut Instance, (seg, mem): (u32, u32), dst: u32, src: u32, n: u32) -> Result<(), Trap> {
    // SAFETY: the caller keeps this function's contract (the module docs).
    let mem = unsafe { memory(inst, mem) };
    // SAFETY: the caller keeps this function's contract (the module docs).
    let inst = unsafe { &mut *inst };
    let data = &inst.datas[seg as usize];
    let s = range(src, n, data.len(), Trap::MemoryOutOfBounds)?;
    let d = range(dst, n, mem.data.len(), Trap::MemoryOutOfBounds)?;
    mem.data[d].copy_from_slice(&data[s]);
    Ok(())
}

/// # Safety
/// See the module docs.
#[cold]
pub unsafe fn data_drop(inst: *mut Instance, seg: u32) {
    // SAFETY: the caller keeps this function's contract (the module docs).
    let inst = unsafe { &mut *inst };
    inst.datas[seg as usize] = Default::default();
}

/// # Safety
/// See the module docs.
#[cold]
pub unsafe fn table_get(inst: *mut Instance, table: u32, i: u32) -> Result<u64, Trap> {
    // SAFETY: the caller keeps this function's contract (the module docs).
    let t = unsafe { &*(*inst).tables[table as usize] };
    t.elems.get(i as usize).copied().ok_or(Trap::TableOutOfBounds)
}

/// # Safety
/// See the module docs.
#[cold]
pub unsafe fn table_set(inst: *mut Instance, table: u32, i: u32, val: u64) -> Result<(), Trap> {
    // SAFETY: the caller keeps this function's contract (the module docs).
    let t = unsafe { &mut *(*inst).tables[table as usize] };
    *t.elems.get_mut(i as usize).ok_or(Trap::TableOutOfBounds)? = val;
    Ok(())
}

/// # Safety
/// See the module docs.
#[cold]
pub unsafe fn table_size(inst: *mut Instance, table: u32) -> u32 {
    // SAFETY: the caller keeps this function's contract (the module docs).
    unsafe { (*(*inst).tables[table as usize]).size() }
}

/// # Safety
/// See the module docs.
#[cold]
pub unsafe fn table_grow(inst: *mut Instance, table: u32, init: u64, n: u32) -> u32 {
    // SAFETY: the caller keeps this function's contract (the module docs).
    unsafe { (*(*inst).tables[table as usize]).grow(n, init).unwrap_or(u32::MAX) }
}

/// # Safety
/// See the module docs.
#[cold]
pub unsafe fn table_fill(inst: *mut Instance, table: u32, dst: u32, val: u64, n: u32) -> Result<(), Trap> {
    // SAFETY: the caller keeps this function's contract (the module docs).
    let t = unsafe { &mut *(*inst).tables[table as usize] };
    let r = range(dst, n, t.elems.len(), Trap::TableOutOfBounds)?;
    t.elems[r].fill(val);
    Ok(())
}

/// # Safety
/// See the module docs.
#[cold]
pub unsafe fn table_copy(inst: *mut Instance, dst_t: u32, src_t: u32, dst: u32, src: u32, n: u32) -> Result<(), Trap> {
    // SAFETY: the caller keeps this function's contract (the module docs).
    let inst = unsafe { &mut *inst };
    let (dp, sp) = (inst.tables[dst_t as usize], inst.tables[src_t as usize]);
    // SAFETY: the caller keeps this function's contract (the module docs).
    let s = range(src, n, unsafe { (*sp).elems.len() }, Trap::TableOutOfBounds)?;
    // SAFETY: the caller keeps this function's contract (the module docs).
    let d = range(dst, n, unsafe { (*dp).elems.len() }, Trap::TableOutOfBounds)?;
    if dp == sp {
        // SAFETY: the caller keeps this function's contract (the module docs).
        let t = unsafe { &mut *dp };
        t.elems.copy_within(s, d.start);
    } else {
        // Distinct tables: the two references do not alias.
        // SAFETY: the caller keeps this function's contract (the module docs).
        let (dt, st) = unsafe { (&mut *dp, &*sp) };
        dt.elems[d].copy_from_slice(&st.elems[s]);
    }
    Ok(())
}

/// # Safety
/// See the module docs.
#[cold]
pub unsafe fn table_init(inst: *mut Instance, table: u32, seg: u32, dst: u32, src: u32, n: u32) -> Result<(), Trap> {
    // SAFETY: the caller keeps this function's contract (the module docs).
    let inst = unsafe { &mut *inst };
    // SAFETY: the caller keeps this function's contract (the module docs).
    let t = unsafe { &mut *inst.tables[table as usize] };
    let items = &inst.elems[seg as usize];
    let s = range(src, n, items.len(), Trap::TableOutOfBounds)?;
    let d = range(dst, n, t.elems.len(), Trap::TableOutOfBounds)?;
    t.elems[d].copy_from_slice(&items[s]);
    Ok(())
}

/// # Safety
/// See the module docs.
#[cold]
pub unsafe fn elem_drop(inst: *mut Instance, seg: u32) {
    // SAFETY: the caller keeps this function's contract (the module docs).
    let inst = unsafe { &mut *inst };
    inst.elems[seg as usize] = Box::new([]);
}

/// The store address of the function at `idx` of `table`, checked against the
/// module type `ty` of the calling instance.
///
/// # Safety
/// See the module docs.
#[inline]
pub unsafe fn resolve_indirect(store: &Store, inst: *mut Instance, table: u32, ty: u32, idx: u32) -> Result<u32, Trap> {
    // SAFETY: the caller keeps this function's contract (the module docs).
    let inst = unsafe { &*inst };
    // SAFETY: the caller keeps this function's contract (the module docs).
    let t = unsafe { &*inst.tables[table as usize] };
    let cell = *t.elems.get(idx as usize).ok_or(Trap::UndefinedElement)?;
    if cell == 0 {
        return Err(Trap::UninitializedElement);
    }
    let addr = (cell - 1) as u32;
    if store.funcs[addr as usize].type_id() != inst.types[ty as usize] {
        return Err(Trap::IndirectCallTypeMismatch);
    }
    Ok(addr)
}

/// The call target at element `idx` of `table`, when it exists and has module
/// type `ty` of the calling instance `inst`: the hot path of
/// `call_indirect`. `None` means the call traps; [`resolve_indirect`] says how.
///
/// # Safety
/// See the module docs.
#[inline(always)]
pub unsafe fn indirect_target(store: &Store, inst: *mut Instance, table: u32, ty: u32, idx: u32) -> Option<CallTarget> {
    // SAFETY: the caller keeps this function's contract (the module docs).
    let inst = unsafe { &*inst };
    // SAFETY: the caller keeps this function's contract (the module docs).
    let t = unsafe { &*inst.tables[table as usize] };
    let addr = (*t.elems.get(idx as usize)?).checked_sub(1)?;
    let target = *store.targets.get(addr as usize)?;
    (target.type_id == inst.types[ty as usize]).then_some(target)
}

/// The store address a function reference cell names, or the trap of a
/// `call_ref` of null.
#[inline(always)]
pub fn func_ref(cell: u64) -> Result<u32, Trap> {
    match cell.checked_sub(1) {
        Some(addr) => Ok(addr as u32),
        None => Err(Trap::NullFunctionReference),
    }
}

/// What a call of the function at store address `addr` runs.
#[derive(Clone, Copy, Debug)]
pub enum Callee {
    /// A Wasm function: its instance and its body there.
    Wasm {
        instance: *mut Instance,
        body: *const FuncBody,
    },
    /// A host function, with the cells its parameters and results take.
    Host { params: usize, results: usize },
}

/// The callee at store address `addr`, for a call or a tail call that is not
/// a plain call within the instance.
///
/// # Safety
/// See the module docs.
#[inline(always)]
pub unsafe fn callee(store: &mut Store, addr: u32) -> Callee {
    match store.funcs[addr as usize] {
        FuncEntity::Wasm { instance, body, .. } => {
            let instance: *mut Instance = &mut *store.instances[instance as usize];
            // SAFETY: the caller keeps this function's contract (the module docs).
            let body = unsafe { &(&*instance).module.bodies[body as usize] };
            Callee::Wasm { instance, body }
        }
        FuncEntity::Host { ty, .. } => {
            let ty = store.type_of(ty);
            Callee::Host {
                params: ty.param_cells(),
                results: ty.result_cells(),
            }
        }
    }
}

/// Calls host function `addr` with its arguments in the cells at `args`, and
/// writes its results there; the stack-exhaustion trap when they would not fit
/// below `stack_end`.
///
/// # Safety
/// `args` must be valid for the function's parameters, and point into the value
/// stack that ends at `stack_end`.
#[cold]
#[inline(never)]
pub unsafe fn call_host(
    store: &mut Store,
    addr: u32,
    caller: *mut Instance,
    args: *mut u64,
    stack_end: *const u64,
) -> Result<(), Trap> {
    let FuncEntity::Host { ty, func } = &store.funcs[addr as usize] else {
        unreachable!("call_host on a Wasm function");
    };
    let func = func.clone();
    let ty = store.type_of(*ty).clone();
    // SAFETY: the caller keeps this function's contract.
    if (unsafe { stack_end.offset_from(args) } as usize) < ty.result_cells() {
        return Err(Trap::StackExhausted);
    }
    // SAFETY: the caller keeps this function's contract (the module docs).
    let params = unsafe { Val::read_all(&ty.params, args) };
    let mut results: Vec<Val> = ty.results.iter().map(|t| Val::default_of(*t)).collect();
    // SAFETY: the caller keeps this function's contract (the module docs).
    let instance = (!caller.is_null()).then(|| unsafe { (*caller).id });
    func(&mut Caller { store, instance }, &params, &mut results)?;
    // SAFETY: the caller keeps this function's contract (the module docs), and
    // the check above proved the results' cells fit.
    unsafe { Val::write_all(&results, args) };
    Ok(())
}
