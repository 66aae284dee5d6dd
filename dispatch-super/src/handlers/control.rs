//! Handlers for the register control ops: copies and constants, branches on a slot,
//! `br_table`, calls whose arguments sit in slots, returns, `select` and globals, and
//! the fused ops that fit no group. Each op's line in the op list names its handler
//! here (`I32Add2 = i32_add2`), or a function here that picks one by a field
//! (`ReturnR = ret(results)`); super's link step is generated from those names.
//! Register code keeps nothing in `sp`; it passes it along untouched, and `SetSp`
//! sets it for the stack-form ops left in register code.

use super::acc::{acc, fa_after, to_acc};
use super::ops::mem_inputs;
use super::SuperHandler;
use wasmlab_core::exec;
use wasmlab_core::ir::{FuncBody, Op, MEM_ACC_A, MEM_ACC_P};
use wasmlab_core::kinds::{self, Load, Store};
use wasmlab_core::semantics::{self, control, indexed_address, MemScalar};
use wasmlab_threaded::state::{branch_to, trap, Cx, Fp, Ip, Mem, Sp, Status, NEXT};
use wasmlab_threaded::{call_addr, dispatch, enter_frame, imm, leave, next, try_trap};

// Copies, constants and globals are untyped: they leave the value in both
// accumulators, as the op after them may read either.

#[rustc_align(64)]
pub unsafe fn copy(ip: Ip, _sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, _fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (from, to) = imm!(ip, Op::Copy { from, to } => (from, to));
        let v = *fp.add(from as usize);
        *fp.add(to as usize) = v;
        next!(ip, to_acc(v), fp, mem, len, cx, f64::from_bits(v))
    }
}

#[rustc_align(64)]
pub unsafe fn copy2(ip: Ip, _sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, _fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (from0, to0, from1, to1) = imm!(ip, Op::Copy2 { from0, to0, from1, to1 } => (from0, to0, from1, to1));
        *fp.add(to0 as usize) = *fp.add(from0 as usize);
        // In order: the second copy may read the slot the first wrote.
        let v = *fp.add(from1 as usize);
        *fp.add(to1 as usize) = v;
        next!(ip, to_acc(v), fp, mem, len, cx, f64::from_bits(v))
    }
}

#[rustc_align(64)]
pub unsafe fn copy_acc(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let to = imm!(ip, Op::CopyA { to, .. } => to);
        *fp.add(to as usize) = acc(sp);
        next!(ip, sp, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn copy2_acc_first(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, _fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (to0, from1, to1) = imm!(ip, Op::Copy2AR { to0, from1, to1, .. } => (to0, from1, to1));
        *fp.add(to0 as usize) = acc(sp);
        let v = *fp.add(from1 as usize);
        *fp.add(to1 as usize) = v;
        next!(ip, to_acc(v), fp, mem, len, cx, f64::from_bits(v))
    }
}

#[rustc_align(64)]
pub unsafe fn copy2_acc_second(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (from0, to0, to1) = imm!(ip, Op::Copy2RA { from0, to0, to1, .. } => (from0, to0, to1));
        *fp.add(to0 as usize) = *fp.add(from0 as usize);
        *fp.add(to1 as usize) = acc(sp);
        next!(ip, sp, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn const_to(ip: Ip, _sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, _fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (dst, value) = imm!(ip, Op::ConstTo { dst, value } => (dst, value));
        *fp.add(dst as usize) = value;
        next!(ip, to_acc(value), fp, mem, len, cx, f64::from_bits(value))
    }
}

#[rustc_align(64)]
pub unsafe fn set_sp(ip: Ip, _sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let slot = imm!(ip, Op::SetSp { slot } => slot);
        next!(ip, fp.add(slot as usize), fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn br_nez(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (a, offset) = imm!(ip, Op::BrNezR { a, offset } => (a, offset));
        let step = if control::is_true(*fp.add(a as usize)) {
            offset
        } else {
            NEXT
        };
        dispatch!(branch_to(ip, step), sp, fp, mem, len, cx, fa)
    }
}

/// `BrAndNezR` when `NONZERO`, else `BrAndEqzR`.
#[rustc_align(64)]
pub unsafe fn br_and<const NONZERO: bool>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (a, mask, offset) =
            imm!(ip, Op::BrAndEqzR { a, mask, offset } | Op::BrAndNezR { a, mask, offset } => (a, mask, offset));
        let taken = (*fp.add(a as usize) as u32 & mask != 0) == NONZERO;
        dispatch!(
            branch_to(ip, if taken { offset } else { NEXT }),
            sp,
            fp,
            mem,
            len,
            cx,
            fa
        )
    }
}

#[rustc_align(64)]
pub unsafe fn br_eqz(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (a, offset) = imm!(ip, Op::BrEqzR { a, offset } => (a, offset));
        let step = if !control::is_true(*fp.add(a as usize)) {
            offset
        } else {
            NEXT
        };
        dispatch!(branch_to(ip, step), sp, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn br_table(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (index, n) = imm!(ip, Op::BrTableR { index, len } => (index, len));
        let entry = ip.add(1 + control::br_table_entry(*fp.add(index as usize), n));
        // The register pass writes every entry of a `BrTableR` as a `Jump`.
        let offset = imm!(entry, Op::Jump { offset } => offset);
        dispatch!(branch_to(entry, offset), sp, fp, mem, len, cx, fa)
    }
}

/// The handler of a `ReturnR` of `results` cells: most functions return one
/// value, a move rather than a loop.
pub fn ret(results: u32) -> SuperHandler {
    if results == 1 {
        ret_one
    } else {
        ret_n
    }
}

unsafe fn ret_n(ip: Ip, _sp: Sp, fp: Fp, _mem: Mem, _len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (src, n) = imm!(ip, Op::ReturnR { src, results } => (src, results as usize));
        control::return_results(fp, fp.add(src as usize), n);
        leave!(fp, n, cx, fa)
    }
}

unsafe fn ret_one(ip: Ip, _sp: Sp, fp: Fp, _mem: Mem, _len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let src = imm!(ip, Op::ReturnR { src, .. } => src);
        *fp = *fp.add(src as usize);
        leave!(fp, 1, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn call(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (func, base) = imm!(ip, Op::CallR { func, base } => (func, base));
        let body: &FuncBody = &*(*cx).bodies.add(func as usize);
        let (_, callee_fp) = enter_frame!(body, fp.add(base as usize), ip, sp, fp, mem, len, cx, fa);
        dispatch!(body.threaded_ptr(), sp, callee_fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn call_indirect(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (table, ty, base, index) =
            imm!(ip, Op::CallIndirectR { table, ty, base, index } => (table, ty, base, index));
        // The index may sit where the callee's first non-parameter local goes: read
        // it before the frame is pushed.
        let i = *fp.add(index as usize) as u32;
        let inst = (*cx).inst;
        let Some(target) = exec::indirect_target(&*(*cx).store, inst, table as u32, ty, i) else {
            return indirect_trap(table, ty, i, cx);
        };
        if target.instance != inst || target.body.is_null() {
            become call_indirect_far(ip, sp, fp, mem, len, cx, fa);
        }
        // A Wasm function of this instance: a plain call.
        let body: &FuncBody = &*target.body;
        let (_, callee_fp) = enter_frame!(body, fp.add(base as usize), ip, sp, fp, mem, len, cx, fa);
        dispatch!(body.threaded_ptr(), sp, callee_fp, mem, len, cx, fa)
    }
}

/// `call_indirect` of a host function or another instance's: out of line, so the
/// common call saves no registers for the general path.
#[inline(never)]
unsafe fn call_indirect_far(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (table, ty, base, index) =
            imm!(ip, Op::CallIndirectR { table, ty, base, index } => (table, ty, base, index));
        let i = *fp.add(index as usize) as u32;
        let addr = try_trap!(
            exec::resolve_indirect(&*(*cx).store, (*cx).inst, table as u32, ty, i),
            cx
        );
        let args = fp.add(base as usize);
        call_addr!(call, addr, ip, sp, fp, mem, len, cx, |_np: usize| args, fa)
    }
}

/// The trap of a `call_indirect` that found no function of the right type.
#[cold]
#[inline(never)]
unsafe fn indirect_trap(table: u16, ty: u32, i: u32, cx: Cx) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        // Both make the same checks; this one says which failed.
        let Err(t) = exec::resolve_indirect(&*(*cx).store, (*cx).inst, table as u32, ty, i) else {
            unreachable!("indirect_target and resolve_indirect disagree");
        };
        trap(cx, t)
    }
}

#[rustc_align(64)]
pub unsafe fn select(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (dst, b, cond) = imm!(ip, Op::SelectR { dst, b, cond } => (dst, b, cond));
        if !control::is_true(*fp.add(cond as usize)) {
            *fp.add(dst as usize) = *fp.add(b as usize);
        }
        next!(ip, sp, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn global_get(ip: Ip, _sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, _fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (idx, dst) = imm!(ip, Op::GlobalGetR { idx, dst } => (idx, dst));
        let v = **(*cx).globals.add(idx as usize);
        *fp.add(dst as usize) = v;
        next!(ip, to_acc(v), fp, mem, len, cx, f64::from_bits(v))
    }
}

#[rustc_align(64)]
pub unsafe fn global_set(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (idx, src) = imm!(ip, Op::GlobalSetR { idx, src } => (idx, src));
        **(*cx).globals.add(idx as usize) = *fp.add(src as usize);
        next!(ip, sp, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn br_nez_acc(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let offset = imm!(ip, Op::BrNezA { offset, .. } => offset);
        let step = if control::is_true(acc(sp)) { offset } else { NEXT };
        dispatch!(branch_to(ip, step), sp, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn br_eqz_acc(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let offset = imm!(ip, Op::BrEqzA { offset, .. } => offset);
        let step = if !control::is_true(acc(sp)) { offset } else { NEXT };
        dispatch!(branch_to(ip, step), sp, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn br_table_acc(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let n = imm!(ip, Op::BrTableA { len, .. } => len);
        let entry = ip.add(1 + control::br_table_entry(acc(sp), n));
        // As in `br_table`: every entry is a `Jump`.
        let offset = imm!(entry, Op::Jump { offset } => offset);
        dispatch!(branch_to(entry, offset), sp, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn ret_acc(_ip: Ip, sp: Sp, fp: Fp, _mem: Mem, _len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        *fp = acc(sp);
        leave!(fp, 1, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn select_acc(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (dst, b) = imm!(ip, Op::SelectA { dst, b, .. } => (dst, b));
        if !control::is_true(acc(sp)) {
            *fp.add(dst as usize) = *fp.add(b as usize);
        }
        next!(ip, sp, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn global_set_acc(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let idx = imm!(ip, Op::GlobalSetA { idx, .. } => idx);
        **(*cx).globals.add(idx as usize) = acc(sp);
        next!(ip, sp, fp, mem, len, cx, fa)
    }
}

/// `I32LoadAt`: a load from a constant address.
#[rustc_align(64)]
pub unsafe fn i32_load_at(ip: Ip, _sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (dst, addr) = imm!(ip, Op::I32LoadAt { dst, addr } => (dst, addr));
        let m = try_trap!(semantics::load::<<kinds::I32Load as Load>::Mem>(mem, len, addr, 0), cx);
        let v = kinds::I32Load::extend(m);
        *fp.add(dst as usize) = v;
        next!(ip, to_acc(v), fp, mem, len, cx, fa)
    }
}

/// `I32StoreAt`: a store to a constant address.
#[rustc_align(64)]
pub unsafe fn i32_store_at(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (v, addr) = imm!(ip, Op::I32StoreAt { v, addr } => (v, addr));
        let m = kinds::I32Store::wrap(*fp.add(v as usize));
        try_trap!(semantics::store(mem, len, addr, 0, m), cx);
        next!(ip, sp, fp, mem, len, cx, fa)
    }
}

/// `I32Add2`: two adds of a slot and a constant, in order.
#[rustc_align(64)]
pub unsafe fn i32_add2(ip: Ip, _sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let add = |a: u16, imm: i16| semantics::i32_add(*fp.add(a as usize) as u32 as i32, imm as i32) as u32 as u64;
        // The second add's fields are read after the first add's store, which may
        // alias them as far as the compiler knows: fewer registers live at once,
        // none to save.
        let (a0, dst0, imm0) = imm!(ip, Op::I32Add2 { a0, dst0, imm0, .. } => (a0, dst0, imm0));
        *fp.add(dst0 as usize) = add(a0, imm0);
        let (a1, dst1, imm1) = imm!(ip, Op::I32Add2 { a1, dst1, imm1, .. } => (a1, dst1, imm1));
        let v = add(a1, imm1);
        *fp.add(dst1 as usize) = v;
        next!(ip, to_acc(v), fp, mem, len, cx, fa)
    }
}

/// The handler of an `I32AddRmw` whose `acc` field is `acc`.
pub fn i32_add_rmw(acc: u16) -> SuperHandler {
    match acc {
        MEM_ACC_A => i32_add_rmw_with::<true, false>,
        MEM_ACC_P => i32_add_rmw_with::<false, true>,
        _ => i32_add_rmw_with::<false, false>,
    }
}

/// `I32AddRmw`: the add of `I32AddRM`, its sum stored back at the address it was
/// loaded from; `A_ACC` / `P_ACC` as for `binary_mem`.
unsafe fn i32_add_rmw_with<const A_ACC: bool, const P_ACC: bool>(
    ip: Ip,
    sp: Sp,
    fp: Fp,
    mem: Mem,
    len: usize,
    cx: Cx,
    fa: f64,
) -> Status {
    // SAFETY: the caller passes a running handler's arguments (`wasmlab_threaded::state::Handler`).
    unsafe {
        let (x, addr, dst, offset) = mem_inputs::<i32, A_ACC, P_ACC>(ip, sp, fp, fa);
        let size = <<kinds::I32Load as Load>::Mem as MemScalar>::SIZE;
        let ea = try_trap!(semantics::effective_address(addr, offset, size, len), cx);
        // SAFETY: `effective_address` proved the access lies inside the memory.
        let m = kinds::I32Load::extend(MemScalar::read(mem.add(ea)));
        let v = semantics::i32_add(x as u32 as i32, m as u32 as i32) as u32 as u64;
        <kinds::I32Store as Store>::Mem::write(mem.add(ea), kinds::I32Store::wrap(v));
        *fp.add(dst) = v;
        next!(ip, to_acc(v), fp, mem, len, cx, fa)
    }
}

/// `I32LoadIdx`, `I64LoadIdx` and `F64LoadIdx`, by the load `O` they replace.
#[rustc_align(64)]
pub unsafe fn load_idx<O: Load>(ip: Ip, _sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let (base, index, shift, dst, offset) = imm!(ip,
            Op::I32LoadIdx { base, index, shift, dst, offset }
            | Op::I64LoadIdx { base, index, shift, dst, offset }
            | Op::F64LoadIdx { base, index, shift, dst, offset } => (base, index, shift, dst, offset));
        let addr = indexed_address(*fp.add(base as usize) as u32, *fp.add(index as usize) as u32, shift);
        let v = O::extend(try_trap!(semantics::load::<O::Mem>(mem, len, addr, offset), cx));
        *fp.add(dst as usize) = v;
        next!(ip, to_acc(v), fp, mem, len, cx, fa_after::<O::R>(v, fa))
    }
}
