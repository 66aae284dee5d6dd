//! Handlers for bulk memory and tables: thin wrappers over core's cold paths.

use crate::state::{Carry, Cx, Fp, Ip, Mem, Sp, Status};
use wasmlab_core::ir::Op;
use wasmlab_core::{exec, semantics};

/// The three operands `(a, b, n)` below `sp`, as `u32`s.
#[inline(always)]
unsafe fn three(sp: Sp) -> (u32, u32, u32) {
    // SAFETY: the caller passes a running handler's arguments (`state::Handler`).
    unsafe { (*sp.sub(3) as u32, *sp.sub(2) as u32, *sp.sub(1) as u32) }
}

pub unsafe fn memory_fill<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let m = imm!(ip, Op::MemoryFill { mem } => mem);
        let (dst, val, n) = three(sp);
        try_trap!(exec::memory_fill((*cx).inst, m, dst, val, n), cx);
        next!(ip, sp.sub(3), fp, mem, len, cx, carry)
    }
}

pub unsafe fn memory_copy<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let mems = imm!(ip, Op::MemoryCopy { dst, src } => (dst, src));
        let (dst, src, n) = three(sp);
        try_trap!(exec::memory_copy((*cx).inst, mems, dst, src, n), cx);
        next!(ip, sp.sub(3), fp, mem, len, cx, carry)
    }
}

pub unsafe fn memory_init<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let seg = imm!(ip, Op::MemoryInit { data, mem } => (data, mem));
        let (dst, src, n) = three(sp);
        try_trap!(exec::memory_init((*cx).inst, seg, dst, src, n), cx);
        next!(ip, sp.sub(3), fp, mem, len, cx, carry)
    }
}

/// Narrows the 64-bit address or index `depth` cells down for the 32-bit op
/// that follows (memory64).
pub unsafe fn narrow_index<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument; the
    // predecoder emits `depth` below the operand height, so the cell is the frame's.
    unsafe {
        let cell = sp.sub(1 + imm!(ip, Op::NarrowIndex { depth } => depth) as usize);
        *cell = semantics::narrow_index(*cell);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn data_drop<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        exec::data_drop((*cx).inst, imm!(ip, Op::DataDrop { data } => data));
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn table_get<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let table = imm!(ip, Op::TableGet { table } => table);
        *sp.sub(1) = try_trap!(exec::table_get((*cx).inst, table, *sp.sub(1) as u32), cx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn table_set<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let table = imm!(ip, Op::TableSet { table } => table);
        try_trap!(exec::table_set((*cx).inst, table, *sp.sub(2) as u32, *sp.sub(1)), cx);
        next!(ip, sp.sub(2), fp, mem, len, cx, carry)
    }
}

pub unsafe fn table_size<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let table = imm!(ip, Op::TableSize { table } => table);
        *sp = exec::table_size((*cx).inst, table) as u64;
        next!(ip, sp.add(1), fp, mem, len, cx, carry)
    }
}

pub unsafe fn table_grow<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let table = imm!(ip, Op::TableGrow { table } => table);
        let (init, n) = (*sp.sub(2), *sp.sub(1) as u32);
        *sp.sub(2) = exec::table_grow((*cx).inst, table, init, n) as u64;
        next!(ip, sp.sub(1), fp, mem, len, cx, carry)
    }
}

pub unsafe fn table_fill<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let table = imm!(ip, Op::TableFill { table } => table);
        let (dst, val, n) = (*sp.sub(3) as u32, *sp.sub(2), *sp.sub(1) as u32);
        try_trap!(exec::table_fill((*cx).inst, table, dst, val, n), cx);
        next!(ip, sp.sub(3), fp, mem, len, cx, carry)
    }
}

pub unsafe fn table_copy<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let (dt, st) = imm!(ip, Op::TableCopy { dst, src } => (dst, src));
        let (d, s, n) = three(sp);
        try_trap!(exec::table_copy((*cx).inst, dt, st, d, s, n), cx);
        next!(ip, sp.sub(3), fp, mem, len, cx, carry)
    }
}

pub unsafe fn table_init<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let (table, elem) = imm!(ip, Op::TableInit { table, elem } => (table, elem));
        let (d, s, n) = three(sp);
        try_trap!(exec::table_init((*cx).inst, table, elem, d, s, n), cx);
        next!(ip, sp.sub(3), fp, mem, len, cx, carry)
    }
}

pub unsafe fn elem_drop<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        exec::elem_drop((*cx).inst, imm!(ip, Op::ElemDrop { elem } => elem));
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}
