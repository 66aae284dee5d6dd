//! Handlers for the register ops of the generic groups, one per group and named
//! after it (`reg_binary` runs the `reg_binary` group of the op list), generic over
//! the base op as the stack shapes are. Every such op keeps its three 32-bit fields
//! at fixed positions (`raw_imm`), so one handler serves every base op; a field
//! naming a slot is an index from `fp`. An op that writes a slot passes the value on
//! as the accumulator, in the argument where stack code passes `sp`; the `acc_*`
//! handlers read one operand from there. The `reg_binary_mem_*` groups share
//! `binary_mem`, whose form the link step picks by the op's `acc` field.

use super::acc::{acc, acc_cell, fa_after, to_acc};
use wasmlab_core::ir::{raw_imm, raw_mem_fields};
use wasmlab_core::kinds::{Binary, BinaryTrap, Load, Store, Unary, UnaryTrap};
use wasmlab_core::semantics::{self, effective_address, MemScalar};
use wasmlab_core::value::Cell;
use wasmlab_core::Trap;
use wasmlab_threaded::state::{branch_to, Cx, Fp, Ip, Mem, Sp, Status, NEXT};
use wasmlab_threaded::{dispatch, next, try_trap};

/// Field `i` of the op at `ip`.
#[inline(always)]
unsafe fn field(ip: Ip, i: usize) -> u32 {
    // SAFETY: the caller passes a running handler's arguments (`wasmlab_threaded::state::Handler`).
    unsafe { raw_imm(&(*ip).op, i) }
}

/// The slot that field `i` of the op at `ip` names.
#[inline(always)]
unsafe fn slot(ip: Ip, fp: Fp, i: usize) -> *mut u64 {
    // SAFETY: the caller passes a running handler's arguments (`wasmlab_threaded::state::Handler`).
    unsafe { fp.add(field(ip, i) as usize) }
}

/// An immediate operand: sign-extended, so a 64-bit op reads the 32-bit constant
/// it was given and a 32-bit op its low half.
#[inline(always)]
unsafe fn immediate(ip: Ip, i: usize) -> u64 {
    // SAFETY: the caller passes a running handler's arguments (`wasmlab_threaded::state::Handler`).
    unsafe { field(ip, i) as i32 as i64 as u64 }
}

/// Where a compare-and-branch goes: by the signed offset in field 2 when `taken`.
#[inline(always)]
unsafe fn branch(ip: Ip, taken: bool) -> Ip {
    // SAFETY: the caller passes a running handler's arguments (`wasmlab_threaded::state::Handler`).
    unsafe { branch_to(ip, if taken { field(ip, 2) as i32 } else { NEXT }) }
}

#[inline(always)]
fn apply<O: Binary>(a: u64, b: u64) -> u64 {
    O::apply(O::A::from_cell(a), O::B::from_cell(b)).into_cell()
}

/// Writes `v`, the cell of a `$T`, to the slot in field `at` and continues with `v`
/// in the accumulator.
macro_rules! put {
    ($T:ty, $v:expr, $at:expr, $ip:expr, $fp:expr, $mem:expr, $len:expr, $cx:expr, $fa:expr) => {{
        let v: u64 = $v;
        *slot($ip, $fp, $at) = v;
        next!($ip, to_acc(v), $fp, $mem, $len, $cx, fa_after::<$T>(v, $fa))
    }};
}

#[rustc_align(64)]
pub unsafe fn reg_unary<O: Unary>(ip: Ip, _sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        put!(
            O::R,
            O::apply(O::A::from_cell(*slot(ip, fp, 0))).into_cell(),
            1,
            ip,
            fp,
            mem,
            len,
            cx,
            fa
        )
    }
}

#[rustc_align(64)]
pub unsafe fn acc_unary<O: Unary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        put!(
            O::R,
            O::apply(O::A::from_cell(acc_cell::<O::A>(sp, fa))).into_cell(),
            1,
            ip,
            fp,
            mem,
            len,
            cx,
            fa
        )
    }
}

#[rustc_align(64)]
pub unsafe fn reg_unary_trap<O: UnaryTrap>(ip: Ip, _sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let r = try_trap!(O::apply(O::A::from_cell(*slot(ip, fp, 0))), cx);
        put!(O::R, r.into_cell(), 1, ip, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn acc_unary_trap<O: UnaryTrap>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let r = try_trap!(O::apply(O::A::from_cell(acc_cell::<O::A>(sp, fa))), cx);
        put!(O::R, r.into_cell(), 1, ip, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn reg_binary<O: Binary>(ip: Ip, _sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        put!(
            O::R,
            apply::<O>(*slot(ip, fp, 0), *slot(ip, fp, 1)),
            2,
            ip,
            fp,
            mem,
            len,
            cx,
            fa
        )
    }
}

#[rustc_align(64)]
pub unsafe fn acc_binary_a<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        put!(
            O::R,
            apply::<O>(acc_cell::<O::A>(sp, fa), *slot(ip, fp, 1)),
            2,
            ip,
            fp,
            mem,
            len,
            cx,
            fa
        )
    }
}

#[rustc_align(64)]
pub unsafe fn acc_binary_b<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        put!(
            O::R,
            apply::<O>(*slot(ip, fp, 0), acc_cell::<O::B>(sp, fa)),
            2,
            ip,
            fp,
            mem,
            len,
            cx,
            fa
        )
    }
}

#[rustc_align(64)]
pub unsafe fn reg_binary_imm<O: Binary>(ip: Ip, _sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        put!(
            O::R,
            apply::<O>(*slot(ip, fp, 0), immediate(ip, 1)),
            2,
            ip,
            fp,
            mem,
            len,
            cx,
            fa
        )
    }
}

#[rustc_align(64)]
pub unsafe fn acc_binary_imm<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        put!(
            O::R,
            apply::<O>(acc_cell::<O::A>(sp, fa), immediate(ip, 1)),
            2,
            ip,
            fp,
            mem,
            len,
            cx,
            fa
        )
    }
}

#[inline(always)]
unsafe fn trapping<O: BinaryTrap>(a: u64, b: u64) -> Result<u64, wasmlab_core::Trap> {
    O::apply(O::A::from_cell(a), O::B::from_cell(b)).map(Cell::into_cell)
}

#[rustc_align(64)]
pub unsafe fn reg_binary_trap<O: BinaryTrap>(ip: Ip, _sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let r = try_trap!(trapping::<O>(*slot(ip, fp, 0), *slot(ip, fp, 1)), cx);
        put!(O::R, r, 2, ip, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn acc_binary_trap_a<O: BinaryTrap>(
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
        let r = try_trap!(trapping::<O>(acc_cell::<O::A>(sp, fa), *slot(ip, fp, 1)), cx);
        put!(O::R, r, 2, ip, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn acc_binary_trap_b<O: BinaryTrap>(
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
        let r = try_trap!(trapping::<O>(*slot(ip, fp, 0), acc_cell::<O::B>(sp, fa)), cx);
        put!(O::R, r, 2, ip, fp, mem, len, cx, fa)
    }
}

/// Loads from `addr` plus the offset in field 1, into the slot in field 2.
macro_rules! load_from {
    ($O:ty, $addr:expr, $ip:expr, $fp:expr, $mem:expr, $len:expr, $cx:expr, $fa:expr) => {{
        let addr: u32 = $addr;
        let ea = try_trap!(
            effective_address(addr, field($ip, 1), <$O as Load>::Mem::SIZE, $len),
            $cx
        );
        // SAFETY: `effective_address` proved the access lies inside the memory.
        let v = <$O as Load>::extend(<$O as Load>::Mem::read($mem.add(ea)));
        put!(<$O as Load>::R, v, 2, $ip, $fp, $mem, $len, $cx, $fa)
    }};
}

#[rustc_align(64)]
pub unsafe fn reg_load<O: Load>(ip: Ip, _sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe { load_from!(O, *slot(ip, fp, 0) as u32, ip, fp, mem, len, cx, fa) }
}

#[rustc_align(64)]
pub unsafe fn acc_load<O: Load>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe { load_from!(O, acc(sp) as u32, ip, fp, mem, len, cx, fa) }
}

/// Stores `v` at `addr` plus the offset in field 2.
macro_rules! store_to {
    ($O:ty, $addr:expr, $v:expr, $ip:expr, $sp:expr, $fp:expr, $mem:expr, $len:expr, $cx:expr, $fa:expr) => {{
        let (addr, v): (u32, u64) = ($addr, $v);
        let ea = try_trap!(
            effective_address(addr, field($ip, 2), <$O as Store>::Mem::SIZE, $len),
            $cx
        );
        // SAFETY: as in `load_from`.
        <$O as Store>::Mem::write($mem.add(ea), <$O as Store>::wrap(v));
        next!($ip, $sp, $fp, $mem, $len, $cx, $fa)
    }};
}

#[rustc_align(64)]
pub unsafe fn reg_store<O: Store>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        store_to!(
            O,
            *slot(ip, fp, 0) as u32,
            *slot(ip, fp, 1),
            ip,
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
pub unsafe fn reg_store_imm<O: Store>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        store_to!(
            O,
            *slot(ip, fp, 0) as u32,
            immediate(ip, 1),
            ip,
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
pub unsafe fn acc_store_a<O: Store>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe { store_to!(O, acc(sp) as u32, *slot(ip, fp, 1), ip, sp, fp, mem, len, cx, fa) }
}

#[rustc_align(64)]
pub unsafe fn acc_store_v<O: Store>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        store_to!(
            O,
            *slot(ip, fp, 0) as u32,
            acc_cell::<<O as Store>::V>(sp, fa),
            ip,
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
pub unsafe fn reg_br<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let taken = apply::<O>(*slot(ip, fp, 0), *slot(ip, fp, 1)) != 0;
        dispatch!(branch(ip, taken), sp, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn acc_br<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let taken = apply::<O>(acc_cell::<O::A>(sp, fa), *slot(ip, fp, 1)) != 0;
        dispatch!(branch(ip, taken), sp, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn reg_br_imm<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let taken = apply::<O>(*slot(ip, fp, 0), immediate(ip, 1)) != 0;
        dispatch!(branch(ip, taken), sp, fp, mem, len, cx, fa)
    }
}

#[rustc_align(64)]
pub unsafe fn acc_br_imm<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, fa: f64) -> Status {
    // SAFETY: the handler contract (`wasmlab_threaded::state::Handler`) covers every argument.
    unsafe {
        let taken = apply::<O>(acc_cell::<O::A>(sp, fa), immediate(ip, 1)) != 0;
        dispatch!(branch(ip, taken), sp, fp, mem, len, cx, fa)
    }
}

/// The inputs of an op laid out as the `reg_binary_mem_*` groups (`raw_mem_fields`):
/// its slot `a` (or the accumulator when `A_ACC`), the address in slot `p` (or the
/// accumulator when `P_ACC`), its `dst` slot and its `offset`.
#[inline(always)]
pub(crate) unsafe fn mem_inputs<A: Cell, const A_ACC: bool, const P_ACC: bool>(
    ip: Ip,
    sp: Sp,
    fp: Fp,
    fa: f64,
) -> (u64, u32, usize, u32) {
    // SAFETY: the caller passes a running handler's arguments (`wasmlab_threaded::state::Handler`).
    unsafe {
        let (a, p, dst, offset) = raw_mem_fields(&(*ip).op);
        let addr = if P_ACC { acc(sp) } else { *fp.add(p) };
        let a = if A_ACC { acc_cell::<A>(sp, fa) } else { *fp.add(a) };
        (a, addr as u32, dst, offset)
    }
}

/// The operands of a `reg_binary_mem_*` op: its `a` and the `L` it loads from its
/// address plus `offset` ([`mem_inputs`]).
#[inline(always)]
unsafe fn mem_operands<A: Cell, L: Load, const A_ACC: bool, const P_ACC: bool>(
    ip: Ip,
    sp: Sp,
    fp: Fp,
    mem: Mem,
    len: usize,
    fa: f64,
) -> Result<(u64, u64, usize), Trap> {
    // SAFETY: the caller passes a running handler's arguments (`wasmlab_threaded::state::Handler`).
    unsafe {
        let (a, addr, dst, offset) = mem_inputs::<A, A_ACC, P_ACC>(ip, sp, fp, fa);
        let m = L::extend(semantics::load::<L::Mem>(mem, len, addr, offset)?);
        Ok((a, m, dst))
    }
}

/// `reg_binary_mem_b` (`LOADED_FIRST` false) and `reg_binary_mem_a` ops.
#[rustc_align(64)]
pub unsafe fn binary_mem<O: Binary, L: Load, const LOADED_FIRST: bool, const A_ACC: bool, const P_ACC: bool>(
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
        // `a` is the first operand, or the second when `LOADED_FIRST`: of one type
        // in every op of these groups.
        let (a, m, dst) = try_trap!(mem_operands::<O::A, L, A_ACC, P_ACC>(ip, sp, fp, mem, len, fa), cx);
        let v = if LOADED_FIRST {
            apply::<O>(m, a)
        } else {
            apply::<O>(a, m)
        };
        *fp.add(dst) = v;
        next!(ip, to_acc(v), fp, mem, len, cx, fa_after::<O::R>(v, fa))
    }
}
