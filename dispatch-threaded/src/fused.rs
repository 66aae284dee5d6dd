//! Handlers for the fused ops, generic over the base binary op as the plain shapes
//! are. Every fused op keeps its three 32-bit immediates at fixed positions
//! (`raw_imm`), so one generic handler per fused group serves every base op.

use crate::state::{Cx, Fp, Ip, Mem, Sp, Status};
use wasmlab_core::ir::{raw_imm, Op};
use wasmlab_core::kinds::{Binary, BinaryTrap, Load, Store};
use wasmlab_core::semantics::{effective_address, MemScalar};
use wasmlab_core::value::Cell;

/// Immediate `i` of the op at `ip`.
#[inline(always)]
unsafe fn imm(ip: Ip, i: usize) -> u32 {
    unsafe { raw_imm(&(*ip).op, i) }
}

/// Where a fused compare-and-branch goes: by the signed offset in immediate `at`
/// when `taken`, else to the next op.
#[inline(always)]
unsafe fn branch(ip: Ip, taken: bool, at: usize) -> Ip {
    unsafe { ip.offset(if taken { imm(ip, at) as i32 as isize } else { 1 }) }
}

#[inline(always)]
fn apply<O: Binary>(a: u64, b: u64) -> u64 {
    O::apply(O::A::from_cell(a), O::B::from_cell(b)).into_cell()
}

pub unsafe fn ll<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        *sp = apply::<O>(*fp.add(imm(ip, 0) as usize), *fp.add(imm(ip, 1) as usize));
        next!(ip, sp.add(1), fp, mem, len, cx)
    }
}

pub unsafe fn lls<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        *fp.add(imm(ip, 2) as usize) = apply::<O>(*fp.add(imm(ip, 0) as usize), *fp.add(imm(ip, 1) as usize));
        next!(ip, sp, fp, mem, len, cx)
    }
}

pub unsafe fn li<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        *sp = apply::<O>(*fp.add(imm(ip, 0) as usize), imm(ip, 1) as u64);
        next!(ip, sp.add(1), fp, mem, len, cx)
    }
}

pub unsafe fn lis<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        *fp.add(imm(ip, 2) as usize) = apply::<O>(*fp.add(imm(ip, 0) as usize), imm(ip, 1) as u64);
        next!(ip, sp, fp, mem, len, cx)
    }
}

pub unsafe fn br_ll<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        let taken = apply::<O>(*fp.add(imm(ip, 0) as usize), *fp.add(imm(ip, 1) as usize)) != 0;
        dispatch!(branch(ip, taken, 2), sp, fp, mem, len, cx)
    }
}

pub unsafe fn br_li<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        let taken = apply::<O>(*fp.add(imm(ip, 0) as usize), imm(ip, 1) as u64) != 0;
        dispatch!(branch(ip, taken, 2), sp, fp, mem, len, cx)
    }
}

pub unsafe fn si<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        *sp.sub(1) = apply::<O>(*sp.sub(1), imm(ip, 0) as i32 as i64 as u64);
        next!(ip, sp, fp, mem, len, cx)
    }
}

pub unsafe fn lls_trap<O: BinaryTrap>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        let a = O::A::from_cell(*fp.add(imm(ip, 0) as usize));
        let b = O::B::from_cell(*fp.add(imm(ip, 1) as usize));
        *fp.add(imm(ip, 2) as usize) = try_trap!(O::apply(a, b), cx).into_cell();
        next!(ip, sp, fp, mem, len, cx)
    }
}

pub unsafe fn load_l<O: Load>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        let addr = *fp.add(imm(ip, 0) as usize) as u32;
        let ea = try_trap!(effective_address(addr, imm(ip, 1), O::Mem::SIZE, len), cx);
        // SAFETY: `effective_address` proved the access lies inside the memory.
        *sp = O::extend(O::Mem::read(mem.add(ea)));
        next!(ip, sp.add(1), fp, mem, len, cx)
    }
}

pub unsafe fn load_li<O: Load>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        let addr = (*fp.add(imm(ip, 0) as usize) as u32).wrapping_add(imm(ip, 1));
        let ea = try_trap!(effective_address(addr, imm(ip, 2), O::Mem::SIZE, len), cx);
        // SAFETY: as in `load_l`.
        *sp = O::extend(O::Mem::read(mem.add(ea)));
        next!(ip, sp.add(1), fp, mem, len, cx)
    }
}

pub unsafe fn load_ls<O: Load>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        let addr = *fp.add(imm(ip, 0) as usize) as u32;
        let ea = try_trap!(effective_address(addr, imm(ip, 1), O::Mem::SIZE, len), cx);
        // SAFETY: as in `load_l`.
        *fp.add(imm(ip, 2) as usize) = O::extend(O::Mem::read(mem.add(ea)));
        next!(ip, sp, fp, mem, len, cx)
    }
}

pub unsafe fn store_ll<O: Store>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        let addr = *fp.add(imm(ip, 0) as usize) as u32;
        let v = O::wrap(*fp.add(imm(ip, 1) as usize));
        let ea = try_trap!(effective_address(addr, imm(ip, 2), O::Mem::SIZE, len), cx);
        // SAFETY: as in `load_l`.
        O::Mem::write(mem.add(ea), v);
        next!(ip, sp, fp, mem, len, cx)
    }
}

pub unsafe fn ss<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        *fp.add(imm(ip, 0) as usize) = apply::<O>(*sp.sub(2), *sp.sub(1));
        next!(ip, sp.sub(2), fp, mem, len, cx)
    }
}

pub unsafe fn br_ss<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        let taken = apply::<O>(*sp.sub(2), *sp.sub(1)) != 0;
        dispatch!(branch(ip, taken, 0), sp.sub(2), fp, mem, len, cx)
    }
}

pub unsafe fn br_si<O: Binary>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        let taken = apply::<O>(*sp.sub(1), imm(ip, 0) as u64) != 0;
        dispatch!(branch(ip, taken, 1), sp.sub(1), fp, mem, len, cx)
    }
}

pub unsafe fn local_copy(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        let (from, to) = imm!(ip, Op::LocalCopy { from, to } => (from, to));
        *fp.add(to as usize) = *fp.add(from as usize);
        next!(ip, sp, fp, mem, len, cx)
    }
}

pub unsafe fn local_set_const(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx) -> Status {
    unsafe {
        let (dst, value) = imm!(ip, Op::LocalSetConst { dst, value } => (dst, value));
        *fp.add(dst as usize) = value;
        next!(ip, sp, fp, mem, len, cx)
    }
}
