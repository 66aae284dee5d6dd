//! The dispatch loop, generated from the op list: numeric, load and store ops get
//! their arms from the list; control ops are written out below.

use std::ptr;
use wasmlab_core::exec::{self, Callee, Frame, Stack};
use wasmlab_core::ir::{FuncBody, Op, MEM_ACC_A, MEM_ACC_P};
use wasmlab_core::kinds;
use wasmlab_core::runtime::{FuncAddr, FuncEntity, Instance, Store, PAGE_SIZE};
use wasmlab_core::semantics;
use wasmlab_core::unwind;
use wasmlab_core::value::Cell;
use wasmlab_core::{Trap, Val};

// The register ops' semantics on cells.

#[inline(always)]
fn unary<O: kinds::Unary>(a: u64) -> u64 {
    O::apply(O::A::from_cell(a)).into_cell()
}

#[inline(always)]
fn unary_trap<O: kinds::UnaryTrap>(a: u64) -> Result<u64, Trap> {
    O::apply(O::A::from_cell(a)).map(Cell::into_cell)
}

#[inline(always)]
fn binary<O: kinds::Binary>(a: u64, b: u64) -> u64 {
    O::apply(O::A::from_cell(a), O::B::from_cell(b)).into_cell()
}

#[inline(always)]
fn binary_trap<O: kinds::BinaryTrap>(a: u64, b: u64) -> Result<u64, Trap> {
    O::apply(O::A::from_cell(a), O::B::from_cell(b)).map(Cell::into_cell)
}

/// # Safety
/// `mem` must be valid for `len` bytes.
#[inline(always)]
unsafe fn load<O: kinds::Load>(mem: *mut u8, len: usize, addr: u64, offset: u32) -> Result<u64, Trap> {
    // SAFETY: the caller keeps this function's `# Safety` contract.
    unsafe { semantics::load::<O::Mem>(mem, len, addr as u32, offset).map(O::extend) }
}

/// # Safety
/// `mem` must be valid for `len` bytes.
#[inline(always)]
unsafe fn store_cell<O: kinds::Store>(mem: *mut u8, len: usize, addr: u64, v: u64, offset: u32) -> Result<(), Trap> {
    // SAFETY: the caller keeps this function's `# Safety` contract.
    unsafe { semantics::store(mem, len, addr as u32, offset, O::wrap(v)) }
}

macro_rules! switch_loop {
    (
        control { $($control:tt)* }
        unary { $( $(#[$um:meta])* $uname:ident = $ufn:ident ( $ua:ty ) -> $ur:ty ,)* }
        unary_trap { $( $(#[$utm:meta])* $utname:ident = $utfn:ident ( $uta:ty ) -> $utr:ty ,)* }
        binary { $( $(#[$bm:meta])* $bname:ident = $bfn:ident ( $ba:ty, $bb:ty ) -> $br:ty ,)* }
        binary_trap { $( $(#[$btm:meta])* $btname:ident = $btfn:ident ( $bta:ty, $btb:ty ) -> $btr:ty ,)* }
        load { $( $(#[$lm:meta])* $lname:ident = $lfn:ident ( $lmem:ty ) -> $lres:ty ,)* }
        store { $( $(#[$sm:meta])* $sname:ident = $sfn:ident ( $sval:ty ) -> $smem:ty ,)* }
        reg_control { $($reg_control:tt)* }
        reg_unary { $( $(#[$rum:meta])* $runame:ident = $rubase:ident ,)* }
        reg_unary_trap { $( $(#[$rutm:meta])* $rutname:ident = $rutbase:ident ,)* }
        reg_binary { $( $(#[$rbm:meta])* $rbname:ident = $rbbase:ident ,)* }
        reg_binary_imm { $( $(#[$rbim:meta])* $rbiname:ident = $rbibase:ident ,)* }
        reg_binary_trap { $( $(#[$rbtm:meta])* $rbtname:ident = $rbtbase:ident ,)* }
        reg_load { $( $(#[$rlm:meta])* $rlname:ident = $rlbase:ident ,)* }
        reg_store { $( $(#[$rsm:meta])* $rsname:ident = $rsbase:ident ,)* }
        reg_store_imm { $( $(#[$rsim:meta])* $rsiname:ident = $rsibase:ident ,)* }
        reg_br { $( $(#[$rbrm:meta])* $rbrname:ident = $rbrbase:ident ,)* }
        reg_br_imm { $( $(#[$rbrim:meta])* $rbriname:ident = $rbribase:ident ,)* }
        acc_unary { $( $(#[$aum:meta])* $auname:ident = $aubase:ident ,)* }
        acc_unary_trap { $( $(#[$autm:meta])* $autname:ident = $autbase:ident ,)* }
        acc_binary_a { $( $(#[$abam:meta])* $abaname:ident = $ababase:ident ,)* }
        acc_binary_b { $( $(#[$abbm:meta])* $abbname:ident = $abbbase:ident ,)* }
        acc_binary_imm { $( $(#[$abim:meta])* $abiname:ident = $abibase:ident ,)* }
        acc_binary_trap_a { $( $(#[$abtam:meta])* $abtaname:ident = $abtabase:ident ,)* }
        acc_binary_trap_b { $( $(#[$abtbm:meta])* $abtbname:ident = $abtbbase:ident ,)* }
        acc_load { $( $(#[$alm:meta])* $alname:ident = $albase:ident ,)* }
        acc_store_a { $( $(#[$asam:meta])* $asaname:ident = $asabase:ident ,)* }
        acc_store_v { $( $(#[$asvm:meta])* $asvname:ident = $asvbase:ident ,)* }
        acc_br { $( $(#[$abrm:meta])* $abrname:ident = $abrbase:ident ,)* }
        acc_br_imm { $( $(#[$abrim:meta])* $abriname:ident = $abribase:ident ,)* }
        reg_binary_mem_b { $( $(#[$rmbm:meta])* $rmbname:ident = $rmbbase:ident / $rmbload:ident ,)* }
        reg_binary_mem_a { $( $(#[$rmam:meta])* $rmaname:ident = $rmabase:ident / $rmaload:ident ,)* }
    ) => {
/// Runs Wasm function `func` to completion. `COUNT` selects the copy that records
/// op statistics, and also runs the register IR of super's pass
/// ([`crate::CountingSwitch`]); the normal copy (`false`) contains neither, and
/// runs the stack IR only.
///
/// The loop starts on a 64-byte boundary. Placed at 16 past one instead, the same
/// machine code ran the seed kernels 1.4–2.7x slower (a build without the peers
/// against one with them, `reports/restructuring.md`): the loop's speed followed
/// where the linker happened to put it.
///
/// # Safety
/// `store` must be live and `stack` not in use by another run. Every pointer
/// arithmetic below stays in bounds because validation fixed each function's stack
/// effect and `enter` checks the whole frame fits before a body starts.
#[allow(unused_unsafe)]
// Never inlined: the alignment holds only for a function of its own.
#[inline(never)]
#[rustc_align(64)]
// SAFETY: the caller keeps this function's `# Safety` contract.
pub(crate) unsafe fn run<const COUNT: bool>(store: &mut Store, stack: &mut Stack, func: FuncAddr, args: &[Val]) -> Result<Vec<Val>, Trap> { unsafe {
    let (inst_id, body_idx) = match store.funcs[func.0 as usize] {
        FuncEntity::Wasm { instance, body, .. } => (instance, body),
        FuncEntity::Host { .. } => unreachable!("Store::invoke calls host functions itself"),
    };
    let result_types = store.func_type(func).results.clone();
    let stack_end = stack.end();
    let base = stack.base();
    let max_depth = stack.max_depth;
    stack.frames.clear();

    let mut inst: *mut Instance = &mut *store.instances[inst_id as usize];
    let mut bodies: *const FuncBody = (&*inst).module.bodies.as_ptr();
    let (mut mem, mut mem_len) = exec::memory_view(inst);
    let mut globals: *const *mut u64 = (&*inst).globals.as_ptr();

    for (i, a) in args.iter().enumerate() {
        *base.add(i) = a.to_cell();
    }
    let mut sp = base.add(args.len());
    let mut fp: *mut u64 = ptr::null_mut();
    let mut ip: *const Op;

    // Enters `body` with its arguments on top of the stack; the caller resumes at `ret`.
    macro_rules! enter {
        ($body:expr, $ret:expr) => {{
            let body: &FuncBody = $body;
            let new_fp = sp.sub(body.num_params as usize);
            if stack.frames.len() >= max_depth || (stack_end.offset_from(new_fp) as usize) < body.frame_cells() {
                return Err(Trap::StackExhausted);
            }
            exec::push_frame_record(&mut stack.frames, Frame { ret_ip: $ret as *const (), fp, instance: inst });
            exec::zero_cells(new_fp.add(body.num_params as usize), (body.num_locals - body.num_params) as usize);
            fp = new_fp;
            sp = fp.add(body.num_locals as usize);
            ip = body.code_ptr();
        }};
    }
    // Switches the hot instance state after a call or return crossed instances.
    macro_rules! switch_instance {
        ($to:expr) => {{
            let to: *mut Instance = $to;
            if to != inst {
                inst = to;
                bodies = (&*inst).module.bodies.as_ptr();
                globals = (&*inst).globals.as_ptr();
            }
            (mem, mem_len) = exec::memory_view(inst);
        }};
    }
    // Calls the function at store address `addr`, from the op at `ip`.
    macro_rules! call_addr {
        ($addr:expr) => {{
            let addr: u32 = $addr;
            match exec::callee(store, addr) {
                Callee::Wasm { instance, body } => {
                    enter!(&*body, ip.add(1));
                    switch_instance!(instance);
                }
                Callee::Host { params: np, results: nr } => {
                    let args = sp.sub(np);
                    exec::call_host(store, addr, inst, args, stack_end)?;
                    sp = args.add(nr);
                    (mem, mem_len) = exec::memory_view(inst);
                    ip = ip.add(1);
                }
            }
        }};
    }
    macro_rules! pop {
        () => {{
            sp = sp.sub(1);
            *sp
        }};
    }
    macro_rules! push {
        ($v:expr) => {{
            *sp = $v;
            sp = sp.add(1);
        }};
    }
    macro_rules! next {
        () => {
            ip = ip.add(1)
        };
    }
    macro_rules! jump {
        ($offset:expr) => {
            ip = ip.offset($offset as isize)
        };
    }
    // Register code: the value of the op just run, as the accumulator the threaded
    // handlers keep in a register.
    let mut acc: u64 = 0;
    macro_rules! put {
        ($dst:expr, $v:expr) => {{
            acc = $v;
            *fp.add($dst as usize) = acc;
            next!();
        }};
    }
    // Operand `a` and the address of a `reg_binary_mem_*` op, one of them perhaps
    // the accumulator.
    macro_rules! mem_operands {
        ($a:expr, $p:expr, $form:expr) => {
            match $form {
                MEM_ACC_A => (acc, *fp.add($p as usize)),
                MEM_ACC_P => (*fp.add($a as usize), acc),
                _ => (*fp.add($a as usize), *fp.add($p as usize)),
            }
        };
    }
    // The address of an `index` load, from its slot fields.
    macro_rules! indexed {
        ($base:expr, $index:expr, $shift:expr) => {
            semantics::indexed_address(*fp.add($base as usize) as u32, *fp.add($index as usize) as u32, $shift) as u64
        };
    }
    macro_rules! branch_if {
        ($cond:expr, $offset:expr) => {
            if $cond != 0 { jump!($offset) } else { next!() }
        };
    }
    // Moves the top `keep` cells down over `drop` cells.
    macro_rules! drop_keep {
        ($drop:expr, $keep:expr) => {{
            let keep = $keep as usize;
            let src = sp.sub(keep);
            let dst = src.sub($drop as usize);
            ptr::copy(src, dst, keep);
            sp = dst.add(keep);
        }};
    }

    // Returns to the caller, the callee's `n` results at `fp`; ends the run at the
    // entry frame.
    macro_rules! leave {
        ($n:expr) => {{
            sp = fp.add($n);
            // Every body ends in a return, and the entry frame is pushed first.
            let frame = stack.frames.pop().unwrap_unchecked();
            if frame.ret_ip.is_null() {
                break;
            }
            ip = frame.ret_ip as *const Op;
            fp = frame.fp;
            switch_instance!(frame.instance);
        }};
    }

    // Runs `body` in this frame, in place of the current function: its arguments,
    // the top cells, move to `fp`, and it returns to this function's caller.
    macro_rules! reenter {
        ($body:expr) => {{
            let body: &FuncBody = $body;
            let np = body.num_params as usize;
            if (stack_end.offset_from(fp) as usize) < body.frame_cells() {
                return Err(Trap::StackExhausted);
            }
            exec::move_cells_down(fp, sp.sub(np), np);
            exec::zero_cells(fp.add(np), (body.num_locals - body.num_params) as usize);
            sp = fp.add(body.num_locals as usize);
            ip = body.code_ptr();
        }};
    }
    // Tail-calls the function at store address `addr`: a Wasm one runs in this
    // frame; a host one's results return to this function's caller.
    macro_rules! tail_call_addr {
        ($addr:expr) => {{
            let addr: u32 = $addr;
            match exec::callee(store, addr) {
                Callee::Wasm { instance, body } => {
                    reenter!(&*body);
                    switch_instance!(instance);
                }
                Callee::Host { params: np, results: nr } => {
                    let args = sp.sub(np);
                    exec::call_host(store, addr, inst, args, stack_end)?;
                    exec::move_cells_down(fp, args, nr);
                    leave!(nr);
                }
            }
        }};
    }
    // Unwinds exception `exn` thrown by the op at `ip` to the clause that catches
    // it, and continues there.
    macro_rules! catch {
        ($exn:expr) => {{
            let c = unwind::unwind(store, $exn, inst, ip as *const (), false, fp, &stack.frames)?;
            stack.frames.truncate(c.depth);
            (fp, sp, ip) = (c.fp, c.sp, c.ip as *const Op);
            switch_instance!(c.instance);
        }};
    }

    enter!(&*bodies.add(body_idx as usize), ptr::null::<Op>());

    if COUNT {
        wasmlab_core::opstats::begin_run();
    }
    loop {
        if COUNT {
            wasmlab_core::opstats::record(&*ip);
        }
        match *ip {
            $( Op::$uname => {
                let a = <$ua as Cell>::from_cell(*sp.sub(1));
                *sp.sub(1) = Cell::into_cell(semantics::$ufn(a));
                next!();
            } )*
            $( Op::$utname => {
                let a = <$uta as Cell>::from_cell(*sp.sub(1));
                *sp.sub(1) = Cell::into_cell(semantics::$utfn(a)?);
                next!();
            } )*
            $( Op::$bname => {
                let b = <$bb as Cell>::from_cell(pop!());
                let a = <$ba as Cell>::from_cell(*sp.sub(1));
                *sp.sub(1) = Cell::into_cell(semantics::$bfn(a, b));
                next!();
            } )*
            $( Op::$btname => {
                let b = <$btb as Cell>::from_cell(pop!());
                let a = <$bta as Cell>::from_cell(*sp.sub(1));
                *sp.sub(1) = Cell::into_cell(semantics::$btfn(a, b)?);
                next!();
            } )*
            $( Op::$lname { offset } => {
                let addr = *sp.sub(1) as u32;
                let v = semantics::load::<$lmem>(mem, mem_len, addr, offset)?;
                *sp.sub(1) = Cell::into_cell(v as $lres);
                next!();
            } )*
            $( Op::$sname { offset } => {
                let v = <$sval as Cell>::from_cell(pop!());
                let addr = pop!() as u32;
                semantics::store::<$smem>(mem, mem_len, addr, offset, v as $smem)?;
                next!();
            } )*

            Op::Unreachable => return Err(Trap::Unreachable),
            Op::Fuel => {
                if !exec::spend_fuel(store) {
                    exec::fuel_spent(store, ip as *const (), &stack.frames)?;
                }
                next!()
            }
            Op::Translate { func } => {
                exec::translate(inst, func)?;
                // SAFETY: `translate` succeeded, so `func` indexes `inst`'s bodies,
                // which `bodies` points at (an out-of-range index is its error).
                let body = &*bodies.add(func as usize);
                // The frame was checked against the validator's bound; the code's own
                // may be larger.
                if (stack_end.offset_from(fp) as usize) < body.frame_cells() {
                    return Err(Trap::StackExhausted);
                }
                ip = body.code_ptr();
            }
            Op::Jump { offset } => jump!(offset),
            Op::Br { offset, drop, keep } => {
                drop_keep!(drop, keep);
                jump!(offset);
            }
            Op::BrIfNez { offset } => {
                if pop!() as u32 != 0 { jump!(offset) } else { next!() }
            }
            Op::BrIfEqz { offset } => {
                if pop!() as u32 == 0 { jump!(offset) } else { next!() }
            }
            Op::BrIf { offset, drop, keep } => {
                if pop!() as u32 != 0 {
                    drop_keep!(drop, keep);
                    jump!(offset);
                } else {
                    next!();
                }
            }
            Op::BrTable { len } => {
                let i = (pop!() as u32).min(len);
                ip = ip.add(1 + i as usize);
            }
            Op::Return { results } => {
                let n = results as usize;
                ptr::copy(sp.sub(n), fp, n);
                leave!(n);
            }
            Op::Call { func } => enter!(&*bodies.add(func as usize), ip.add(1)),
            Op::CallImport { func } => call_addr!(*(&*inst).funcs.get_unchecked(func as usize)),
            Op::CallIndirect { ty, table } => {
                let idx = pop!() as u32;
                call_addr!(exec::resolve_indirect(store, inst, table, ty, idx)?)
            }
            Op::ReturnCall { func } => reenter!(&*bodies.add(func as usize)),
            Op::ReturnCallImport { func } => tail_call_addr!(*(&*inst).funcs.get_unchecked(func as usize)),
            Op::ReturnCallIndirect { ty, table } => {
                let idx = pop!() as u32;
                tail_call_addr!(exec::resolve_indirect(store, inst, table, ty, idx)?)
            }
            Op::CallRef { .. } => {
                let r = pop!();
                call_addr!(exec::func_ref(r)?)
            }
            Op::ReturnCallRef { .. } => {
                let r = pop!();
                tail_call_addr!(exec::func_ref(r)?)
            }
            Op::Dup => {
                push!(*sp.sub(1));
                next!();
            }
            Op::Throw { tag } => {
                let (exn, _) = unwind::throw_new(store, inst, tag, sp);
                catch!(exn)
            }
            Op::ThrowRef => {
                let exn = unwind::exn_ref(pop!())?;
                catch!(exn)
            }
            Op::Drop => {
                sp = sp.sub(1);
                next!();
            }
            Op::Select => {
                let c = pop!() as u32;
                let b = pop!();
                if c == 0 {
                    *sp.sub(1) = b;
                }
                next!();
            }
            Op::LocalGet { idx } => {
                push!(*fp.add(idx as usize));
                next!();
            }
            Op::LocalSet { idx } => {
                *fp.add(idx as usize) = pop!();
                next!();
            }
            Op::LocalTee { idx } => {
                *fp.add(idx as usize) = *sp.sub(1);
                next!();
            }
            Op::GlobalGet { idx } => {
                push!(**globals.add(idx as usize));
                next!();
            }
            Op::GlobalSet { idx } => {
                **globals.add(idx as usize) = pop!();
                next!();
            }
            Op::Const32 { value } => {
                push!(value as u64);
                next!();
            }
            Op::Const64 { value } => {
                push!(value);
                next!();
            }
            Op::RefFunc { func } => {
                push!((&*inst).funcs[func as usize] as u64 + 1);
                next!();
            }
            Op::MemorySize => {
                push!((mem_len / PAGE_SIZE) as u64);
                next!();
            }
            Op::MemoryGrow { mem: m } => {
                let delta = *sp.sub(1) as u32;
                *sp.sub(1) = exec::memory_grow(inst, m, delta) as u64;
                (mem, mem_len) = exec::memory_view(inst);
                next!();
            }
            Op::MemoryFill { mem: m } => {
                let (n, val, dst) = (pop!() as u32, pop!() as u32, pop!() as u32);
                exec::memory_fill(inst, m, dst, val, n)?;
                next!();
            }
            Op::MemoryCopy { dst: dm, src: sm } => {
                let (n, src, dst) = (pop!() as u32, pop!() as u32, pop!() as u32);
                exec::memory_copy(inst, (dm, sm), dst, src, n)?;
                next!();
            }
            Op::MemoryInit { data, mem: m } => {
                let (n, src, dst) = (pop!() as u32, pop!() as u32, pop!() as u32);
                exec::memory_init(inst, (data, m), dst, src, n)?;
                next!();
            }
            Op::UseMemory { mem: m } => {
                (mem, mem_len) = exec::memory_view_of(inst, m);
                next!();
            }
            Op::NarrowIndex { depth } => {
                let cell = sp.sub(1 + depth as usize);
                *cell = semantics::narrow_index(*cell);
                next!();
            }
            Op::DataDrop { data } => {
                exec::data_drop(inst, data);
                next!();
            }
            Op::TableGet { table } => {
                let i = *sp.sub(1) as u32;
                *sp.sub(1) = exec::table_get(inst, table, i)?;
                next!();
            }
            Op::TableSet { table } => {
                let (val, i) = (pop!(), pop!() as u32);
                exec::table_set(inst, table, i, val)?;
                next!();
            }
            Op::TableSize { table } => {
                push!(exec::table_size(inst, table) as u64);
                next!();
            }
            Op::TableGrow { table } => {
                let n = pop!() as u32;
                let init = *sp.sub(1);
                *sp.sub(1) = exec::table_grow(inst, table, init, n) as u64;
                next!();
            }
            Op::TableFill { table } => {
                let (n, val, dst) = (pop!() as u32, pop!(), pop!() as u32);
                exec::table_fill(inst, table, dst, val, n)?;
                next!();
            }
            Op::TableCopy { dst, src } => {
                let (n, s, d) = (pop!() as u32, pop!() as u32, pop!() as u32);
                exec::table_copy(inst, dst, src, d, s, n)?;
                next!();
            }
            Op::TableInit { table, elem } => {
                let (n, s, d) = (pop!() as u32, pop!() as u32, pop!() as u32);
                exec::table_init(inst, table, elem, d, s, n)?;
                next!();
            }
            Op::ElemDrop { elem } => {
                exec::elem_drop(inst, elem);
                next!();
            }

            // Every arm below runs register IR, which exists only in the counting
            // copy; the timed copy stops here and drops them all. With them it was
            // three times the code (45 KB against 14 KB) for ops it never meets.
            _ if !COUNT => unreachable!("register op {:?} in the switch loop, which runs stack IR", *ip),

            $( Op::$runame { a, dst } => put!(dst, unary::<kinds::$rubase>(*fp.add(a as usize))), )*
            $( Op::$auname { dst, .. } => put!(dst, unary::<kinds::$aubase>(acc)), )*
            $( Op::$rutname { a, dst } => put!(dst, unary_trap::<kinds::$rutbase>(*fp.add(a as usize))?), )*
            $( Op::$autname { dst, .. } => put!(dst, unary_trap::<kinds::$autbase>(acc)?), )*
            $( Op::$rbname { a, b, dst } => put!(dst, binary::<kinds::$rbbase>(*fp.add(a as usize), *fp.add(b as usize))), )*
            $( Op::$abaname { b, dst, .. } => put!(dst, binary::<kinds::$ababase>(acc, *fp.add(b as usize))), )*
            $( Op::$abbname { a, dst, .. } => put!(dst, binary::<kinds::$abbbase>(*fp.add(a as usize), acc)), )*
            $( Op::$rbiname { a, imm, dst } => put!(dst, binary::<kinds::$rbibase>(*fp.add(a as usize), imm as i32 as i64 as u64)), )*
            $( Op::$abiname { imm, dst, .. } => put!(dst, binary::<kinds::$abibase>(acc, imm as i32 as i64 as u64)), )*
            $( Op::$rbtname { a, b, dst } => put!(dst, binary_trap::<kinds::$rbtbase>(*fp.add(a as usize), *fp.add(b as usize))?), )*
            $( Op::$abtaname { b, dst, .. } => put!(dst, binary_trap::<kinds::$abtabase>(acc, *fp.add(b as usize))?), )*
            $( Op::$abtbname { a, dst, .. } => put!(dst, binary_trap::<kinds::$abtbbase>(*fp.add(a as usize), acc)?), )*
            $( Op::$rlname { a, offset, dst } => put!(dst, load::<kinds::$rlbase>(mem, mem_len, *fp.add(a as usize), offset)?), )*
            $( Op::$alname { offset, dst, .. } => put!(dst, load::<kinds::$albase>(mem, mem_len, acc, offset)?), )*
            $( Op::$rmbname { a, p, dst, acc: form, offset } => {
                let (a, p) = mem_operands!(a, p, form);
                let m = load::<kinds::$rmbload>(mem, mem_len, p, offset)?;
                put!(dst, binary::<kinds::$rmbbase>(a, m))
            } )*
            $( Op::$rmaname { a, p, dst, acc: form, offset } => {
                let (a, p) = mem_operands!(a, p, form);
                let m = load::<kinds::$rmaload>(mem, mem_len, p, offset)?;
                put!(dst, binary::<kinds::$rmabase>(m, a))
            } )*
            $( Op::$rsname { a, v, offset } => {
                store_cell::<kinds::$rsbase>(mem, mem_len, *fp.add(a as usize), *fp.add(v as usize), offset)?;
                next!();
            } )*
            $( Op::$rsiname { a, imm, offset } => {
                store_cell::<kinds::$rsibase>(mem, mem_len, *fp.add(a as usize), imm as i32 as i64 as u64, offset)?;
                next!();
            } )*
            $( Op::$asaname { v, offset, .. } => {
                store_cell::<kinds::$asabase>(mem, mem_len, acc, *fp.add(v as usize), offset)?;
                next!();
            } )*
            $( Op::$asvname { a, offset, .. } => {
                store_cell::<kinds::$asvbase>(mem, mem_len, *fp.add(a as usize), acc, offset)?;
                next!();
            } )*
            $( Op::$rbrname { a, b, offset } => branch_if!(binary::<kinds::$rbrbase>(*fp.add(a as usize), *fp.add(b as usize)), offset), )*
            $( Op::$abrname { b, offset, .. } => branch_if!(binary::<kinds::$abrbase>(acc, *fp.add(b as usize)), offset), )*
            $( Op::$rbriname { a, imm, offset } => branch_if!(binary::<kinds::$rbribase>(*fp.add(a as usize), imm as i32 as i64 as u64), offset), )*
            $( Op::$abriname { imm, offset, .. } => branch_if!(binary::<kinds::$abribase>(acc, imm as i32 as i64 as u64), offset), )*
            Op::Copy { from, to } => put!(to, *fp.add(from as usize)),
            Op::Copy2 { from0, to0, from1, to1 } => {
                *fp.add(to0 as usize) = *fp.add(from0 as usize);
                put!(to1, *fp.add(from1 as usize))
            }
            Op::CopyA { to, .. } => put!(to, acc),
            Op::Copy2AR { to0, from1, to1, .. } => {
                *fp.add(to0 as usize) = acc;
                put!(to1, *fp.add(from1 as usize))
            }
            Op::Copy2RA { from0, to0, to1, .. } => {
                *fp.add(to0 as usize) = *fp.add(from0 as usize);
                put!(to1, acc)
            }
            Op::ConstTo { dst, value } => put!(dst, value),
            Op::I32Add2 { a0, dst0, imm0, a1, dst1, imm1 } => {
                let add = |a: u16, imm: i16| semantics::i32_add(*fp.add(a as usize) as u32 as i32, imm as i32) as u32 as u64;
                *fp.add(dst0 as usize) = add(a0, imm0);
                put!(dst1, add(a1, imm1))
            }
            Op::I32AddRmw { a, p, dst, acc: form, offset } => {
                let (a, p) = mem_operands!(a, p, form);
                let sum = binary::<kinds::I32Add>(a, load::<kinds::I32Load>(mem, mem_len, p, offset)?);
                store_cell::<kinds::I32Store>(mem, mem_len, p, sum, offset)?;
                put!(dst, sum)
            }
            Op::I32LoadIdx { base, index, shift, dst, offset } => {
                put!(dst, load::<kinds::I32Load>(mem, mem_len, indexed!(base, index, shift), offset)?)
            }
            Op::I64LoadIdx { base, index, shift, dst, offset } => {
                put!(dst, load::<kinds::I64Load>(mem, mem_len, indexed!(base, index, shift), offset)?)
            }
            Op::F64LoadIdx { base, index, shift, dst, offset } => {
                put!(dst, load::<kinds::F64Load>(mem, mem_len, indexed!(base, index, shift), offset)?)
            }
            Op::SetSp { slot } => {
                sp = fp.add(slot as usize);
                next!();
            }
            Op::I32LoadAt { dst, addr } => put!(dst, load::<kinds::I32Load>(mem, mem_len, addr as u64, 0)?),
            Op::I32StoreAt { v, addr } => {
                store_cell::<kinds::I32Store>(mem, mem_len, addr as u64, *fp.add(v as usize), 0)?;
                next!();
            }
            Op::BrNezR { a, offset } => {
                if *fp.add(a as usize) as u32 != 0 { jump!(offset) } else { next!() }
            }
            Op::BrAndEqzR { a, mask, offset } => {
                if *fp.add(a as usize) as u32 & mask == 0 { jump!(offset) } else { next!() }
            }
            Op::BrAndNezR { a, mask, offset } => {
                if *fp.add(a as usize) as u32 & mask != 0 { jump!(offset) } else { next!() }
            }
            Op::BrEqzR { a, offset } => {
                if *fp.add(a as usize) as u32 == 0 { jump!(offset) } else { next!() }
            }
            Op::BrTableR { index, len } => {
                let entry = ip.add(1 + (*fp.add(index as usize) as u32).min(len) as usize);
                ip = match *entry {
                    Op::Jump { offset } => entry.offset(offset as isize),
                    _ => entry,
                };
            }
            Op::ReturnR { src, results } => {
                let n = results as usize;
                ptr::copy(fp.add(src as usize), fp, n);
                leave!(n);
            }
            Op::CallR { func, base } => {
                let body = &*bodies.add(func as usize);
                // `enter` finds the arguments below `sp`.
                sp = fp.add((base + body.num_params) as usize);
                enter!(body, ip.add(1));
            }
            Op::CallIndirectR { table, ty, base, index } => {
                let addr = exec::resolve_indirect(store, inst, table as u32, ty, *fp.add(index as usize) as u32)?;
                sp = fp.add(base as usize + (&*inst).module.types[ty as usize].params.len());
                call_addr!(addr)
            }
            Op::SelectR { dst, b, cond } => {
                if *fp.add(cond as usize) as u32 == 0 {
                    *fp.add(dst as usize) = *fp.add(b as usize);
                }
                next!();
            }
            Op::GlobalGetR { idx, dst } => put!(dst, **globals.add(idx as usize)),
            Op::GlobalSetR { idx, src } => {
                **globals.add(idx as usize) = *fp.add(src as usize);
                next!();
            }
            Op::GlobalSetA { idx, .. } => {
                **globals.add(idx as usize) = acc;
                next!();
            }
            Op::BrNezA { offset, .. } => branch_if!(acc as u32, offset),
            Op::BrEqzA { offset, .. } => branch_if!((acc as u32 == 0) as u32, offset),
            Op::BrTableA { len, .. } => {
                let entry = ip.add(1 + (acc as u32).min(len) as usize);
                ip = match *entry {
                    Op::Jump { offset } => entry.offset(offset as isize),
                    _ => entry,
                };
            }
            Op::ReturnA { .. } => {
                *fp = acc;
                leave!(1);
            }
            Op::SelectA { dst, b, .. } => {
                if acc as u32 == 0 {
                    *fp.add(dst as usize) = *fp.add(b as usize);
                }
                next!();
            }
        }
    }
    Ok(result_types.iter().enumerate().map(|(i, t)| Val::from_cell(*t, *base.add(i))).collect())
}}
    };
}

wasmlab_core::for_each_op!(switch_loop);
