//! The dispatch loop, generated from the op list: numeric, load and store ops get
//! their arms from the list (`numeric_arm!`, by group); control ops are written
//! out below, each applying what `semantics::control` says the op does. It runs
//! stack IR only.

use std::ptr;
use wasmlab_core::exec::{self, Callee, Frame, Stack};
use wasmlab_core::ir::{FuncBody, Op};
use wasmlab_core::runtime::{FuncAddr, FuncEntity, Instance, Store};
use wasmlab_core::semantics::{self, control};
use wasmlab_core::unwind;
use wasmlab_core::value::Cell;
use wasmlab_core::{Trap, Val};

macro_rules! switch_loop {
    (
        control { $($control:tt)* }
        numeric { $( $(#[$num_doc:meta])* $num:ident = $num_group:ident ( $num_fn:ident ( $($num_in:ty),* ) -> $num_out:ty ) $({ $($num_field:ident : $num_ty:ty),* })? ,)* }
        simd { $( $(#[$simd_doc:meta])* $simd:ident = $simd_group:ident $simd_sig:tt $({ $($simd_field:ident : $simd_ty:ty),* })? ,)* }
        reg_control { $( $(#[$kdoc:meta])* $kname:ident = $kgroup:ident $kargs:tt { $($kfield:ident : $kty:ty),* } ,)* }
        register { $( $(#[$reg_doc:meta])* $reg:ident = $reg_group:ident ( $reg_base:ident $(/ $reg_load:ident)? , $reg_form:literal $(, $reg_acc:ident)? ) { $($reg_field:ident : $reg_ty:ty),* } ,)* }
    ) => {
/// Runs the loop from `start` until the function called returns, or up to a SIMD
/// op, which [`invoke`] runs before it calls the loop again. `COUNT` selects the
/// copy that records op statistics ([`crate::CountingSwitch`]); the normal copy
/// (`false`) records nothing.
///
/// The loop starts on a page boundary. Its speed follows where it lies within a
/// page, not only within a cache line (`reports/restructuring.md`):
/// - placed at 16 past a 64-byte boundary, the same machine code ran the seed
///   kernels 1.4–2.7x slower;
/// - at 64-byte alignment, identical machine code ran fib_loop in 1.13 s at page
///   offset 0xa00 (a build with the peers linked in) and in 0.84 s at 0x400 (one
///   without them);
/// - at page alignment both builds ran it in 0.87 s.
///
/// Pinned to a page, the loop's speed depends on its own code, not on what else is
/// linked into the binary.
///
/// # Safety
/// `store` must be live and `stack` not in use by another run. Every pointer
/// arithmetic below stays in bounds because validation fixed each function's stack
/// effect and `enter` checks the whole frame fits before a body starts.
#[allow(unused_unsafe)]
// Never inlined: the alignment holds only for a function of its own.
#[inline(never)]
#[rustc_align(4096)]
// SAFETY: the caller keeps this function's `# Safety` contract.
pub(crate) unsafe fn run<const COUNT: bool>(store: &mut Store, stack: &mut Stack, start: Start<'_>) -> Result<Stop, Trap> { unsafe {
    let stack_end = stack.end();
    let base = stack.base();
    let max_depth = stack.max_depth;
    let (mut inst, mut sp, mut fp, mut ip, entry): (*mut Instance, *mut u64, *mut u64, *const Op, Option<u32>);
    let (mut mem, mut mem_len);
    match start {
        Start::Call { func, args } => {
            let (inst_id, body_idx) = match store.funcs[func.0 as usize] {
                FuncEntity::Wasm { instance, body, .. } => (instance, body),
                FuncEntity::Host { .. } => unreachable!("Store::invoke calls host functions itself"),
            };
            stack.frames.clear();
            inst = &mut *store.instances[inst_id as usize];
            (mem, mem_len) = exec::memory_view(inst);
            Val::write_all(args, base);
            sp = base.add(args.iter().map(|a| a.ty().cells()).sum());
            fp = ptr::null_mut();
            ip = ptr::null();
            entry = Some(body_idx);
        }
        Start::Resume(r) => {
            Resume { ip, sp, fp, inst, mem, mem_len } = r;
            entry = None;
        }
    }
    let mut bodies: *const FuncBody = (&*inst).module.bodies.as_ptr();
    let mut globals: *const *mut u64 = (&*inst).globals.as_ptr();

    // Enters `body` with its arguments on top of the stack; the caller resumes at `ret`.
    macro_rules! enter {
        ($body:expr, $ret:expr) => {{
            let body: &FuncBody = $body;
            let new_fp = sp.sub(body.num_params as usize);
            if stack.frames.len() >= max_depth || !control::frame_fits(body, new_fp, stack_end) {
                return Err(Trap::StackExhausted);
            }
            exec::push_frame_record(&mut stack.frames, Frame { ret_ip: $ret as *const (), fp, instance: inst });
            fp = new_fp;
            sp = control::open_frame(body, fp);
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
            if !control::frame_fits(body, fp, stack_end) {
                return Err(Trap::StackExhausted);
            }
            sp = control::reopen_frame(body, fp, sp.sub(body.num_params as usize));
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
                    control::return_results(fp, args, nr);
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

    if let Some(body_idx) = entry {
        enter!(&*bodies.add(body_idx as usize), ptr::null::<Op>());
        if COUNT {
            wasmlab_core::opstats::begin_run();
        }
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
                if !control::frame_fits(body, fp, stack_end) {
                    return Err(Trap::StackExhausted);
                }
                ip = body.code_ptr();
            }
            Op::Jump { offset } => jump!(offset),
            Op::Br { offset, drop, keep } => {
                sp = control::drop_keep(sp, drop, keep);
                jump!(offset);
            }
            Op::BrIfNez { offset } => {
                let taken;
                (sp, taken) = control::pop_cond(sp);
                if taken { jump!(offset) } else { next!() }
            }
            Op::BrIfEqz { offset } => {
                let taken;
                (sp, taken) = control::pop_cond(sp);
                if !taken { jump!(offset) } else { next!() }
            }
            Op::BrIf { offset, drop, keep } => {
                let taken;
                (sp, taken) = control::pop_cond(sp);
                if taken {
                    sp = control::drop_keep(sp, drop, keep);
                    jump!(offset);
                } else {
                    next!();
                }
            }
            Op::BrTable { len } => {
                let i = pop!();
                ip = ip.add(1 + control::br_table_entry(i, len));
            }
            Op::Return { results } => {
                let n = results as usize;
                control::return_results(fp, sp.sub(n), n);
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
                sp = control::dup(sp);
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
                sp = control::drop(sp);
                next!();
            }
            Op::Select => {
                sp = control::select(sp);
                next!();
            }
            Op::LocalGet { idx } => {
                sp = control::local_get(sp, fp, idx);
                next!();
            }
            Op::LocalSet { idx } => {
                sp = control::local_set(sp, fp, idx);
                next!();
            }
            Op::LocalTee { idx } => {
                sp = control::local_tee(sp, fp, idx);
                next!();
            }
            Op::GlobalGet { idx } => {
                sp = control::global_get(sp, globals, idx);
                next!();
            }
            Op::GlobalSet { idx } => {
                sp = control::global_set(sp, globals, idx);
                next!();
            }
            Op::Const32 { value } => {
                sp = control::push(sp, value as u64);
                next!();
            }
            Op::Const64 { value } => {
                sp = control::push(sp, value);
                next!();
            }
            Op::RefFunc { func } => {
                sp = control::push(sp, control::ref_func(inst, func));
                next!();
            }
            Op::MemorySize => {
                sp = control::push(sp, control::memory_size(mem_len));
                next!();
            }
            Op::MemoryGrow { mem: m } => {
                sp = control::memory_grow(sp, inst, m);
                (mem, mem_len) = exec::memory_view(inst);
                next!();
            }
            Op::MemoryFill { mem: m } => {
                sp = control::memory_fill(sp, inst, m)?;
                next!();
            }
            Op::MemoryCopy { dst, src } => {
                sp = control::memory_copy(sp, inst, (dst, src))?;
                next!();
            }
            Op::MemoryInit { data, mem: m } => {
                sp = control::memory_init(sp, inst, (data, m))?;
                next!();
            }
            Op::UseMemory { mem: m } => {
                (mem, mem_len) = exec::memory_view_of(inst, m);
                next!();
            }
            Op::NarrowIndex { depth } => {
                control::narrow_index(sp, depth);
                next!();
            }
            Op::DataDrop { data } => {
                exec::data_drop(inst, data);
                next!();
            }
            Op::TableGet { table } => {
                sp = control::table_get(sp, inst, table)?;
                next!();
            }
            Op::TableSet { table } => {
                sp = control::table_set(sp, inst, table)?;
                next!();
            }
            Op::TableSize { table } => {
                sp = control::push(sp, exec::table_size(inst, table) as u64);
                next!();
            }
            Op::TableGrow { table } => {
                sp = control::table_grow(sp, inst, table);
                next!();
            }
            Op::TableFill { table } => {
                sp = control::table_fill(sp, inst, table)?;
                next!();
            }
            Op::TableCopy { dst, src } => {
                sp = control::table_copy(sp, inst, dst, src)?;
                next!();
            }
            Op::TableInit { table, elem } => {
                sp = control::table_init(sp, inst, table, elem)?;
                next!();
            }
            Op::ElemDrop { elem } => {
                exec::elem_drop(inst, elem);
                next!();
            }

            // Vectors, last: the scalar arms keep the places they had before them.
            Op::GlobalGetWide { idx } => {
                sp = control::global_get_wide(sp, globals, idx);
                next!();
            }
            Op::GlobalSetWide { idx } => {
                sp = control::global_set_wide(sp, globals, idx);
                next!();
            }
            // A SIMD op ends this call of the loop; `invoke` runs it and calls the
            // loop again to go on after it. Run from inside the loop, even as one
            // arm's call, it made every scalar op slower (`crate::simd`).
            $( Op::$simd { .. } )|* => {
                return Ok(Stop::Simd(Resume { ip, sp, fp, inst, mem, mem_len }));
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
    Ok(Stop::Done)
}}
    };
}

wasmlab_core::for_each_op!(switch_loop);

/// How [`run`] starts: a call of a function with its arguments, or going on after
/// the SIMD op it stopped at.
pub(crate) enum Start<'a> {
    Call { func: FuncAddr, args: &'a [Val] },
    Resume(Resume),
}

/// The loop's hot state where it stopped.
pub(crate) struct Resume {
    ip: *const Op,
    sp: *mut u64,
    fp: *mut u64,
    inst: *mut Instance,
    mem: *mut u8,
    mem_len: usize,
}

/// Why [`run`] returned.
pub(crate) enum Stop {
    /// The function returned; its results are at the stack's base.
    Done,
    /// At a SIMD op, which the caller runs before it calls [`run`] again.
    Simd(Resume),
}

/// Runs Wasm function `func` to completion: [`run`], and the SIMD ops it stops at.
///
/// # Safety
/// As [`run`].
pub(crate) unsafe fn invoke<const COUNT: bool>(
    store: &mut Store,
    stack: &mut Stack,
    func: FuncAddr,
    args: &[Val],
) -> Result<Vec<Val>, Trap> {
    let result_types = store.func_type(func).results.clone();
    let mut start = Start::Call { func, args };
    loop {
        // SAFETY: the caller keeps this function's `# Safety` contract.
        match unsafe { run::<COUNT>(store, stack, start)? } {
            // SAFETY: a returned function's results are at the stack's base.
            Stop::Done => return Ok(unsafe { Val::read_all(&result_types, stack.base()) }),
            Stop::Simd(r) => {
                // SAFETY: `r` is the loop's state at a SIMD op of validated code,
                // with the memory it had chosen.
                let sp = unsafe { crate::simd::run(&*r.ip, r.sp, r.mem, r.mem_len)? };
                start = Start::Resume(Resume {
                    // SAFETY: a SIMD op is never a body's last.
                    ip: unsafe { r.ip.add(1) },
                    sp,
                    ..r
                });
            }
        }
    }
}
