//! The dispatch loop, generated from the op list: numeric, load and store ops get
//! their arms from the list (`numeric_arm!`, by group); control ops are written
//! out below. It runs stack IR only.

use std::ptr;
use wasmlab_core::exec::{self, Callee, Frame, Stack};
use wasmlab_core::ir::{FuncBody, Op};
use wasmlab_core::runtime::{FuncAddr, FuncEntity, Instance, Store, PAGE_SIZE};
use wasmlab_core::semantics;
use wasmlab_core::unwind;
use wasmlab_core::value::Cell;
use wasmlab_core::{Trap, Val};

macro_rules! switch_loop {
    (
        control { $($control:tt)* }
        numeric { $( $(#[$num_doc:meta])* $num:ident = $num_group:ident ( $num_fn:ident ( $($num_in:ty),* ) -> $num_out:ty ) $({ $($num_field:ident : $num_ty:ty),* })? ,)* }
        reg_control { $( $(#[$kdoc:meta])* $kname:ident = $kgroup:ident () { $($kfield:ident : $kty:ty),* } ,)* }
        register { $( $(#[$reg_doc:meta])* $reg:ident = $reg_group:ident ( $reg_base:ident $(/ $reg_load:ident)? , $reg_form:literal $(, $reg_acc:ident)? ) { $($reg_field:ident : $reg_ty:ty),* } ,)* }
    ) => {
/// Runs Wasm function `func` to completion. `COUNT` selects the copy that records
/// op statistics ([`crate::CountingSwitch`]); the normal copy (`false`) records
/// nothing.
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

    // The arm of a numeric op, by its group: its operands from the stack, its
    // semantics, its result pushed.
    macro_rules! numeric_arm {
        (unary $fun:ident ($in_a:ty) -> $res:ty) => {{
            let a = <$in_a as Cell>::from_cell(*sp.sub(1));
            *sp.sub(1) = Cell::into_cell(semantics::$fun(a));
            next!();
        }};
        (unary_trap $fun:ident ($in_a:ty) -> $res:ty) => {{
            let a = <$in_a as Cell>::from_cell(*sp.sub(1));
            *sp.sub(1) = Cell::into_cell(semantics::$fun(a)?);
            next!();
        }};
        (binary $fun:ident ($in_a:ty, $in_b:ty) -> $res:ty) => {{
            let b = <$in_b as Cell>::from_cell(pop!());
            let a = <$in_a as Cell>::from_cell(*sp.sub(1));
            *sp.sub(1) = Cell::into_cell(semantics::$fun(a, b));
            next!();
        }};
        (binary_trap $fun:ident ($in_a:ty, $in_b:ty) -> $res:ty) => {{
            let b = <$in_b as Cell>::from_cell(pop!());
            let a = <$in_a as Cell>::from_cell(*sp.sub(1));
            *sp.sub(1) = Cell::into_cell(semantics::$fun(a, b)?);
            next!();
        }};
        (load $fun:ident ($in_mem:ty) -> $res:ty; $off:ident) => {{
            let addr = *sp.sub(1) as u32;
            let v = semantics::load::<$in_mem>(mem, mem_len, addr, $off)?;
            *sp.sub(1) = Cell::into_cell(v as $res);
            next!();
        }};
        (store $fun:ident ($in_v:ty) -> $res_mem:ty; $off:ident) => {{
            let v = <$in_v as Cell>::from_cell(pop!());
            let addr = pop!() as u32;
            semantics::store::<$res_mem>(mem, mem_len, addr, $off, v as $res_mem)?;
            next!();
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
            $( Op::$num $({ $($num_field),* })? => numeric_arm!($num_group $num_fn ($($num_in),*) -> $num_out $(; $($num_field)*)?), )*

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

            // Register IR is super's: a module is predecoded for one back-end, so
            // its ops never reach this loop (super counts them itself,
            // `wasmlab_super::CountingSuper`). Listed, not `_`, so that a stack op
            // without an arm fails to compile.
            $( Op::$kname { .. } )|* $( | Op::$reg { .. } )* => {
                unreachable!("register op {:?} in the switch loop, which runs stack IR", *ip)
            }
        }
    }
    Ok(result_types.iter().enumerate().map(|(i, t)| Val::from_cell(*t, *base.add(i))).collect())
}}
    };
}

wasmlab_core::for_each_op!(switch_loop);
