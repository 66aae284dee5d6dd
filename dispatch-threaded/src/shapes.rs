//! One generic handler per op shape; `link` instantiates them per op
//! (`binary::<kinds::I32Add>`). The semantics are core's, shared with every back-end.

use crate::state::{Carry, Cx, Fp, Ip, Mem, Sp, Status};
use wasmlab_core::ir::raw_imm;
use wasmlab_core::ir::Op;
use wasmlab_core::kinds::{self, Binary, BinaryTrap, Load, Simd, SimdLoad, SimdStore, Store, Unary, UnaryTrap};
use wasmlab_core::semantics::{effective_address, MemScalar};
use wasmlab_core::value::Cell;

pub unsafe fn unary<O: Unary, X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let a = O::A::from_cell(*sp.sub(1));
        *sp.sub(1) = O::apply(a).into_cell();
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn unary_trap<O: UnaryTrap, X: Carry>(
    ip: Ip,
    sp: Sp,
    fp: Fp,
    mem: Mem,
    len: usize,
    cx: Cx,
    carry: X,
) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let a = O::A::from_cell(*sp.sub(1));
        *sp.sub(1) = try_trap!(O::apply(a), cx).into_cell();
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn binary<O: Binary, X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let b = O::B::from_cell(*sp.sub(1));
        let a = O::A::from_cell(*sp.sub(2));
        *sp.sub(2) = O::apply(a, b).into_cell();
        next!(ip, sp.sub(1), fp, mem, len, cx, carry)
    }
}

pub unsafe fn binary_trap<O: BinaryTrap, X: Carry>(
    ip: Ip,
    sp: Sp,
    fp: Fp,
    mem: Mem,
    len: usize,
    cx: Cx,
    carry: X,
) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let b = O::B::from_cell(*sp.sub(1));
        let a = O::A::from_cell(*sp.sub(2));
        *sp.sub(2) = try_trap!(O::apply(a, b), cx).into_cell();
        next!(ip, sp.sub(1), fp, mem, len, cx, carry)
    }
}

/// The memory offset immediate of a load or store.
#[inline(always)]
unsafe fn offset(ip: Ip) -> u32 {
    // SAFETY: the caller passes a running handler's arguments (`state::Handler`).
    unsafe {
        match (*ip).op {
            Op::I32Load { offset }
            | Op::I64Load { offset }
            | Op::F32Load { offset }
            | Op::F64Load { offset }
            | Op::I32Load8S { offset }
            | Op::I32Load8U { offset }
            | Op::I32Load16S { offset }
            | Op::I32Load16U { offset }
            | Op::I64Load8S { offset }
            | Op::I64Load8U { offset }
            | Op::I64Load16S { offset }
            | Op::I64Load16U { offset }
            | Op::I64Load32S { offset }
            | Op::I64Load32U { offset }
            | Op::I32Store { offset }
            | Op::I64Store { offset }
            | Op::F32Store { offset }
            | Op::F64Store { offset }
            | Op::I32Store8 { offset }
            | Op::I32Store16 { offset }
            | Op::I64Store8 { offset }
            | Op::I64Store16 { offset }
            | Op::I64Store32 { offset } => offset,
            _ => crate::state::mislinked(),
        }
    }
}

pub unsafe fn load<O: Load, X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let addr = *sp.sub(1) as u32;
        let ea = try_trap!(effective_address(addr, offset(ip), O::Mem::SIZE, len), cx);
        // SAFETY: `effective_address` proved the access lies inside the memory.
        *sp.sub(1) = O::extend(O::Mem::read(mem.add(ea)));
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn store<O: Store, X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let v = O::wrap(*sp.sub(1));
        let addr = *sp.sub(2) as u32;
        let ea = try_trap!(effective_address(addr, offset(ip), O::Mem::SIZE, len), cx);
        O::Mem::write(mem.add(ea), v);
        next!(ip, sp.sub(2), fp, mem, len, cx, carry)
    }
}

/// Every SIMD op of one to three operands: `kinds::run_simd` knows the cells each
/// takes. The link step names the handler by the op's group; all are this one.
pub unsafe fn simd<O: Simd, X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument; an
    // op with a lane has it as its first field, a 32-bit one (`raw_imm`).
    unsafe {
        if !O::is(&(*ip).op) {
            crate::state::mislinked();
        }
        let lane = if O::LANE { raw_imm(&(*ip).op, 0) } else { 0 };
        let sp = kinds::run_simd::<O>(sp, lane);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub use simd as simd_unary;
pub use simd as simd_binary;
pub use simd as simd_ternary;
pub use simd as simd_ternary_ir;
pub use simd as simd_extract;
pub use simd as simd_replace;

/// A SIMD load: `offset` is the op's first field, `lane` (a lane load's) its second.
pub unsafe fn simd_load<O: SimdLoad, X: Carry>(
    ip: Ip,
    sp: Sp,
    fp: Fp,
    mem: Mem,
    len: usize,
    cx: Cx,
    carry: X,
) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument; the
    // SIMD loads' fields are 32-bit (`raw_imm`).
    unsafe {
        let op = &(*ip).op;
        if !O::is(op) {
            crate::state::mislinked();
        }
        let lane = if O::LANE { raw_imm(op, 1) } else { 0 };
        let sp = try_trap!(kinds::run_simd_load::<O>(sp, mem, len, raw_imm(op, 0), lane), cx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub use simd_load as simd_load_lane;

/// A SIMD store: fields as [`simd_load`]'s.
pub unsafe fn simd_store<O: SimdStore, X: Carry>(
    ip: Ip,
    sp: Sp,
    fp: Fp,
    mem: Mem,
    len: usize,
    cx: Cx,
    carry: X,
) -> Status {
    // SAFETY: as `simd_load`.
    unsafe {
        let op = &(*ip).op;
        if !O::is(op) {
            crate::state::mislinked();
        }
        let lane = if O::LANE { raw_imm(op, 1) } else { 0 };
        let sp = try_trap!(kinds::run_simd_store::<O>(sp, mem, len, raw_imm(op, 0), lane), cx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub use simd_store as simd_store_lane;
