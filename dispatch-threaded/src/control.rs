//! Handlers for control flow, calls, locals, globals and constants: each applies
//! what `semantics::control` says its op does.

use crate::state::{branch_to, trap, Carry, Cx, Fp, Ip, Mem, Sp, Status, NEXT};
use wasmlab_core::exec;
use wasmlab_core::ir::{FuncBody, Op};
use wasmlab_core::semantics::control;
use wasmlab_core::unwind;
use wasmlab_core::Trap;

pub unsafe fn unreachable<X: Carry>(_ip: Ip, _sp: Sp, _fp: Fp, _mem: Mem, _len: usize, cx: Cx, _carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe { trap(cx, Trap::Unreachable) }
}

/// A register op in threaded code: it belongs to super, whose link step gives it
/// a handler. Instantiation refuses a module predecoded for another back-end, so
/// only a bug gets here; it stops the run with a trap rather than run on.
pub unsafe fn foreign<X: Carry>(_ip: Ip, _sp: Sp, _fp: Fp, _mem: Mem, _len: usize, cx: Cx, _carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe { trap(cx, Trap::Host("a register op reached the threaded back-end".into())) }
}

pub unsafe fn fuel<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        if !exec::spend_fuel((*cx).store) {
            try_trap!(
                exec::fuel_spent((*cx).store, ip as *const (), (*cx).frames_in_use()),
                cx
            );
        }
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

/// The one op of a lazily predecoded body: translates it and continues at the
/// start of its code, with the frame rechecked against the code's own height.
pub unsafe fn translate<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let func = imm!(ip, Op::Translate { func } => func);
        try_trap!(exec::translate((*cx).inst, func), cx);
        // SAFETY: `translate` succeeded, so `func` indexes the current instance's
        // bodies, which `bodies` points at (an out-of-range index is its error).
        let body = &*(*cx).bodies.add(func as usize);
        if !control::frame_fits(body, fp, (*cx).stack_end) {
            return trap(cx, Trap::StackExhausted);
        }
        dispatch!(body.threaded_ptr(), sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn jump<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let offset = imm!(ip, Op::Jump { offset } => offset);
        dispatch!(branch_to(ip, offset), sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn br<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let (offset, drop, keep) = imm!(ip, Op::Br { offset, drop, keep } => (offset, drop, keep));
        dispatch!(
            branch_to(ip, offset),
            control::drop_keep(sp, drop, keep),
            fp,
            mem,
            len,
            cx,
            carry
        )
    }
}

pub unsafe fn br_if_nez<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let offset = imm!(ip, Op::BrIfNez { offset } => offset);
        let sp = sp.sub(1);
        let step = if control::is_true(*sp) { offset } else { NEXT };
        dispatch!(branch_to(ip, step), sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn br_if_eqz<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let offset = imm!(ip, Op::BrIfEqz { offset } => offset);
        let sp = sp.sub(1);
        let step = if !control::is_true(*sp) { offset } else { NEXT };
        dispatch!(branch_to(ip, step), sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn br_if<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let (offset, drop, keep) = imm!(ip, Op::BrIf { offset, drop, keep } => (offset, drop, keep));
        let sp = sp.sub(1);
        if control::is_true(*sp) {
            dispatch!(
                branch_to(ip, offset),
                control::drop_keep(sp, drop, keep),
                fp,
                mem,
                len,
                cx,
                carry
            )
        }
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn br_table<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let n = imm!(ip, Op::BrTable { len } => len);
        let sp = sp.sub(1);
        dispatch!(ip.add(1 + control::br_table_entry(*sp, n)), sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn ret<X: Carry>(ip: Ip, sp: Sp, fp: Fp, _mem: Mem, _len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let n = imm!(ip, Op::Return { results } => results) as usize;
        control::return_results(fp, sp.sub(n), n);
        leave!(fp, n, cx, carry)
    }
}

/// Enters `body` with its arguments on top of `sp`; the caller resumes after `ip`.
/// A macro, not a function: `become` needs the handler's own signature.
macro_rules! enter {
    ($body:expr, $ip:expr, $sp:expr, $fp:expr, $mem:expr, $len:expr, $cx:expr, $carry:expr) => {{
        let body: &FuncBody = &*$body;
        let new_fp = $sp.sub(body.num_params as usize);
        let (sp, fp) = enter_frame!(body, new_fp, $ip, $sp, $fp, $mem, $len, $cx, $carry);
        dispatch!(body.threaded_ptr(), sp, fp, $mem, $len, $cx, $carry)
    }};
}

pub unsafe fn call<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let func = imm!(ip, Op::Call { func } => func);
        enter!((*cx).bodies.add(func as usize), ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn call_import<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let func = imm!(ip, Op::CallImport { func } => func);
        let addr = *(&*(*cx).inst).funcs.get_unchecked(func as usize);
        call_addr!(call, addr, ip, sp, fp, mem, len, cx, |np: usize| sp.sub(np), carry)
    }
}

pub unsafe fn call_indirect<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let (ty, table) = imm!(ip, Op::CallIndirect { ty, table } => (ty, table));
        // `sp` itself stays as it was: a call that must grow the frame records runs again.
        let index = sp.sub(1);
        let addr = try_trap!(
            exec::resolve_indirect(&*(*cx).store, (*cx).inst, table, ty, *index as u32),
            cx
        );
        call_addr!(call, addr, ip, sp, fp, mem, len, cx, |np: usize| index.sub(np), carry)
    }
}

pub unsafe fn return_call<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let func = imm!(ip, Op::ReturnCall { func } => func);
        let body: &FuncBody = &*(*cx).bodies.add(func as usize);
        let args = sp.sub(body.num_params as usize);
        let (sp, fp) = reenter_frame!(body, args, ip, sp, fp, mem, len, cx, carry);
        dispatch!(body.threaded_ptr(), sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn return_call_import<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let func = imm!(ip, Op::ReturnCallImport { func } => func);
        let addr = *(&*(*cx).inst).funcs.get_unchecked(func as usize);
        call_addr!(tail, addr, ip, sp, fp, mem, len, cx, |np: usize| sp.sub(np), carry)
    }
}

pub unsafe fn return_call_indirect<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let (ty, table) = imm!(ip, Op::ReturnCallIndirect { ty, table } => (ty, table));
        let index = sp.sub(1);
        let addr = try_trap!(
            exec::resolve_indirect(&*(*cx).store, (*cx).inst, table, ty, *index as u32),
            cx
        );
        call_addr!(tail, addr, ip, sp, fp, mem, len, cx, |np: usize| index.sub(np), carry)
    }
}

pub unsafe fn call_ref<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        // `sp` itself stays as it was: a call that must grow the frame records runs again.
        let r = sp.sub(1);
        let addr = try_trap!(exec::func_ref(*r), cx);
        call_addr!(call, addr, ip, sp, fp, mem, len, cx, |np: usize| r.sub(np), carry)
    }
}

pub unsafe fn return_call_ref<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let r = sp.sub(1);
        let addr = try_trap!(exec::func_ref(*r), cx);
        call_addr!(tail, addr, ip, sp, fp, mem, len, cx, |np: usize| r.sub(np), carry)
    }
}

/// Unwinds exception `exn`, thrown by the op at `ip`, to the clause that catches
/// it and continues there, or stops the run with the uncaught-exception trap.
macro_rules! catch {
    ($exn:expr, $ip:expr, $fp:expr, $cx:expr, $carry:expr) => {{
        let cx: Cx = $cx;
        let caught = unwind::unwind(
            &mut *(*cx).store,
            $exn,
            (*cx).inst,
            $ip as *const (),
            true,
            $fp,
            (*cx).frames_in_use(),
        );
        let c = try_trap!(caught, cx);
        (*cx).keep_frames(c.depth);
        let (mem, len) = (*cx).switch_to(c.instance);
        dispatch!(c.ip as Ip, c.sp, c.fp, mem, len, cx, $carry)
    }};
}

pub unsafe fn throw<X: Carry>(ip: Ip, sp: Sp, fp: Fp, _mem: Mem, _len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let tag = imm!(ip, Op::Throw { tag } => tag);
        let (exn, _) = unwind::throw_new(&mut *(*cx).store, (*cx).inst, tag, sp);
        catch!(exn, ip, fp, cx, carry)
    }
}

pub unsafe fn throw_ref<X: Carry>(ip: Ip, sp: Sp, fp: Fp, _mem: Mem, _len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let exn = try_trap!(unwind::exn_ref(*sp.sub(1)), cx);
        catch!(exn, ip, fp, cx, carry)
    }
}

pub unsafe fn dup<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let sp = control::dup(sp);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn drop<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let sp = control::drop(sp);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn select<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let sp = control::select(sp);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn local_get<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let idx = imm!(ip, Op::LocalGet { idx } => idx);
        let sp = control::local_get(sp, fp, idx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn local_set<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let idx = imm!(ip, Op::LocalSet { idx } => idx);
        let sp = control::local_set(sp, fp, idx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn local_tee<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let idx = imm!(ip, Op::LocalTee { idx } => idx);
        let sp = control::local_tee(sp, fp, idx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn global_get<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let idx = imm!(ip, Op::GlobalGet { idx } => idx);
        let sp = control::global_get(sp, (*cx).globals, idx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn global_set<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let idx = imm!(ip, Op::GlobalSet { idx } => idx);
        let sp = control::global_set(sp, (*cx).globals, idx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn global_get_wide<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let idx = imm!(ip, Op::GlobalGetWide { idx } => idx);
        let sp = control::global_get_wide(sp, (*cx).globals, idx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn global_set_wide<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let idx = imm!(ip, Op::GlobalSetWide { idx } => idx);
        let sp = control::global_set_wide(sp, (*cx).globals, idx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn const32<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let value = imm!(ip, Op::Const32 { value } => value) as u64;
        let sp = control::push(sp, value);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn const64<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let value = imm!(ip, Op::Const64 { value } => value);
        let sp = control::push(sp, value);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn ref_func<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let func = imm!(ip, Op::RefFunc { func } => func);
        let r = control::ref_func((*cx).inst, func);
        let sp = control::push(sp, r);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn memory_size<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let sp = control::push(sp, control::memory_size(len));
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn memory_grow<X: Carry>(ip: Ip, sp: Sp, fp: Fp, _mem: Mem, _len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let m = imm!(ip, Op::MemoryGrow { mem } => mem);
        let inst = (*cx).inst;
        let sp = control::memory_grow(sp, inst, m);
        let (mem, len) = exec::memory_view(inst);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

/// Makes memory `mem` the one the next ops access: the only handler that passes
/// on a view of another memory than 0. It passes `sp` and `carry` through, so an
/// accumulator survives it in register code.
pub unsafe fn use_memory<X: Carry>(ip: Ip, sp: Sp, fp: Fp, _mem: Mem, _len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let m = imm!(ip, Op::UseMemory { mem } => mem);
        let (mem, len) = exec::memory_view_of((*cx).inst, m);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}
