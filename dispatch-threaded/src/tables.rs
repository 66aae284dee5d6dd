//! Handlers for bulk memory and tables: each applies what `semantics::control`
//! says its op does (the cold paths are core's).

use crate::state::{Carry, Cx, Fp, Ip, Mem, Sp, Status};
use wasmlab_core::exec;
use wasmlab_core::ir::Op;
use wasmlab_core::semantics::control;

pub unsafe fn memory_fill<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let m = imm!(ip, Op::MemoryFill { mem } => mem);
        let sp = try_trap!(control::memory_fill(sp, (*cx).inst, m), cx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn memory_copy<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let mems = imm!(ip, Op::MemoryCopy { dst, src } => (dst, src));
        let sp = try_trap!(control::memory_copy(sp, (*cx).inst, mems), cx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn memory_init<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let seg = imm!(ip, Op::MemoryInit { data, mem } => (data, mem));
        let sp = try_trap!(control::memory_init(sp, (*cx).inst, seg), cx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

/// Narrows the 64-bit address or index `depth` cells down for the 32-bit op
/// that follows (memory64).
pub unsafe fn narrow_index<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument; the
    // predecoder emits `depth` below the operand height, so the cell is the frame's.
    unsafe {
        control::narrow_index(sp, imm!(ip, Op::NarrowIndex { depth } => depth));
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
        let sp = try_trap!(control::table_get(sp, (*cx).inst, table), cx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn table_set<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let table = imm!(ip, Op::TableSet { table } => table);
        let sp = try_trap!(control::table_set(sp, (*cx).inst, table), cx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn table_size<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let table = imm!(ip, Op::TableSize { table } => table);
        let size = exec::table_size((*cx).inst, table) as u64;
        let sp = control::push(sp, size);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn table_grow<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let table = imm!(ip, Op::TableGrow { table } => table);
        let sp = control::table_grow(sp, (*cx).inst, table);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn table_fill<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let table = imm!(ip, Op::TableFill { table } => table);
        let sp = try_trap!(control::table_fill(sp, (*cx).inst, table), cx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn table_copy<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let (dst, src) = imm!(ip, Op::TableCopy { dst, src } => (dst, src));
        let sp = try_trap!(control::table_copy(sp, (*cx).inst, dst, src), cx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn table_init<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        let (table, elem) = imm!(ip, Op::TableInit { table, elem } => (table, elem));
        let sp = try_trap!(control::table_init(sp, (*cx).inst, table, elem), cx);
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}

pub unsafe fn elem_drop<X: Carry>(ip: Ip, sp: Sp, fp: Fp, mem: Mem, len: usize, cx: Cx, carry: X) -> Status {
    // SAFETY: the handler contract (`state::Handler`) covers every argument.
    unsafe {
        exec::elem_drop((*cx).inst, imm!(ip, Op::ElemDrop { elem } => elem));
        next!(ip, sp, fp, mem, len, cx, carry)
    }
}
