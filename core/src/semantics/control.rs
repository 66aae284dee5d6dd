//! The meaning of the control and stack ops of [`crate::ops`] (the `control`
//! section), written once for every back-end: what an op does to the cells of the
//! running frame, its locals, globals, memories and tables. Dispatch is the
//! caller's: a loop decodes the op's immediates, calls the function here and
//! applies what it returns to its own state — the new top of the operand stack,
//! whether a branch is taken, which `br_table` entry runs — so a `match` arm and
//! a tail-calling handler differ only in how they go on to the next op.
//!
//! Frames: a frame's local 0 is at `fp`; its operand stack grows up from `fp +
//! num_locals`, and `sp` points one past its top cell.
//!
//! # Safety
//! Every `unsafe fn` here takes the pointers of a running frame, in a body that
//! passed validation: `sp` has at least the operands the op pops below it (and
//! room for what it pushes, which the frame check at entry proved from the
//! body's `max_height`), `fp` is the frame's local 0 and `idx` one of its locals,
//! and `inst` and `globals` are the live instance running it, with no Rust
//! reference to it alive across the call. The functions taking `*mut Instance`
//! add what [`crate::exec`] requires of it.

use crate::error::Trap;
use crate::exec;
use crate::ir::FuncBody;
use crate::runtime::{Instance, PAGE_SIZE};

/// A pointer into the value stack: `sp` or `fp`.
pub type Cells = *mut u64;

/// Pops one cell; returns the new `sp` and the cell.
#[inline(always)]
unsafe fn pop(sp: Cells) -> (Cells, u64) {
    // SAFETY: the module contract: the op has this operand below `sp`.
    unsafe {
        let sp = sp.sub(1);
        (sp, *sp)
    }
}

/// Pushes `v`; returns the new `sp`. Also the whole of `Const32`, `Const64`,
/// and, with their values, `RefFunc`, `MemorySize` and `TableSize`.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn push(sp: Cells, v: u64) -> Cells {
    // SAFETY: the module contract: the frame has room for the push.
    unsafe {
        *sp = v;
        sp.add(1)
    }
}

/// The `u32` operands `(a, b, n)` of a three-operand bulk op, popped.
#[inline(always)]
unsafe fn pop3(sp: Cells) -> (Cells, u32, u32, u32) {
    // SAFETY: the module contract: the op has three operands below `sp`.
    unsafe {
        let sp = sp.sub(3);
        (sp, *sp as u32, *sp.add(1) as u32, *sp.add(2) as u32)
    }
}

/// `Drop`.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn drop(sp: Cells) -> Cells {
    // SAFETY: the module contract.
    unsafe { sp.sub(1) }
}

/// `Dup`: the predecoder counts the copy in the frame's operand height.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn dup(sp: Cells) -> Cells {
    // SAFETY: the module contract.
    unsafe { push(sp, *sp.sub(1)) }
}

/// `Select`: pops a condition and two values, pushes one of them.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn select(sp: Cells) -> Cells {
    // SAFETY: the module contract: three operands.
    unsafe {
        if !is_true(*sp.sub(1)) {
            *sp.sub(3) = *sp.sub(2);
        }
        sp.sub(2)
    }
}

/// `LocalGet`.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn local_get(sp: Cells, fp: Cells, idx: u32) -> Cells {
    // SAFETY: the module contract: `idx` is a local of the frame.
    unsafe { push(sp, *fp.add(idx as usize)) }
}

/// `LocalSet`.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn local_set(sp: Cells, fp: Cells, idx: u32) -> Cells {
    // SAFETY: the module contract.
    unsafe {
        let (sp, v) = pop(sp);
        *fp.add(idx as usize) = v;
        sp
    }
}

/// `LocalTee`.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn local_tee(sp: Cells, fp: Cells, idx: u32) -> Cells {
    // SAFETY: the module contract.
    unsafe {
        *fp.add(idx as usize) = *sp.sub(1);
        sp
    }
}

/// `GlobalGet`: `globals` is the instance's table of global cells.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn global_get(sp: Cells, globals: *const *mut u64, idx: u32) -> Cells {
    // SAFETY: the module contract: validation proved `idx` a global.
    unsafe { push(sp, **globals.add(idx as usize)) }
}

/// `GlobalSet`.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn global_set(sp: Cells, globals: *const *mut u64, idx: u32) -> Cells {
    // SAFETY: the module contract: a mutable global, by validation.
    unsafe {
        let (sp, v) = pop(sp);
        **globals.add(idx as usize) = v;
        sp
    }
}

/// `GlobalGetWide`: a vector global's two cells, low first. Each global cell
/// is a [`crate::runtime::Global`]'s `value`, whose `hi` follows it (`repr(C)`).
///
/// # Safety
/// The module contract: validation proved `idx` a vector global.
#[inline(always)]
pub unsafe fn global_get_wide(sp: Cells, globals: *const *mut u64, idx: u32) -> Cells {
    // SAFETY: the module contract; a vector global's `value` is followed by `hi`.
    unsafe {
        let g = *globals.add(idx as usize);
        push(push(sp, *g), *g.add(1))
    }
}

/// `GlobalSetWide`.
///
/// # Safety
/// The module contract: a mutable vector global, by validation.
#[inline(always)]
pub unsafe fn global_set_wide(sp: Cells, globals: *const *mut u64, idx: u32) -> Cells {
    // SAFETY: the module contract; a vector global's `value` is followed by `hi`.
    unsafe {
        let g = *globals.add(idx as usize);
        let (sp, hi) = pop(sp);
        let (sp, lo) = pop(sp);
        *g = lo;
        *g.add(1) = hi;
        sp
    }
}

/// The cell `RefFunc` pushes: function `func` of the instance (null is 0).
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn ref_func(inst: *mut Instance, func: u32) -> u64 {
    // SAFETY: the module contract.
    unsafe { (&*inst).funcs[func as usize] as u64 + 1 }
}

/// The cell `MemorySize` pushes, for a memory view of `len` bytes.
#[inline(always)]
pub fn memory_size(len: usize) -> u64 {
    (len / PAGE_SIZE) as u64
}

/// `MemoryGrow`: the page count on top becomes the old size, or -1. The memory
/// may have moved: the caller reloads its view.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn memory_grow(sp: Cells, inst: *mut Instance, mem: u32) -> Cells {
    // SAFETY: the module contract.
    unsafe {
        let top = sp.sub(1);
        *top = exec::memory_grow(inst, mem, *top as u32) as u64;
        sp
    }
}

/// `MemoryFill`.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn memory_fill(sp: Cells, inst: *mut Instance, mem: u32) -> Result<Cells, Trap> {
    // SAFETY: the module contract.
    unsafe {
        let (sp, dst, val, n) = pop3(sp);
        exec::memory_fill(inst, mem, dst, val, n)?;
        Ok(sp)
    }
}

/// `MemoryCopy` from memory `mems.1` to memory `mems.0`.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn memory_copy(sp: Cells, inst: *mut Instance, mems: (u32, u32)) -> Result<Cells, Trap> {
    // SAFETY: the module contract.
    unsafe {
        let (sp, dst, src, n) = pop3(sp);
        exec::memory_copy(inst, mems, dst, src, n)?;
        Ok(sp)
    }
}

/// `MemoryInit` of memory `seg.1` from data segment `seg.0`.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn memory_init(sp: Cells, inst: *mut Instance, seg: (u32, u32)) -> Result<Cells, Trap> {
    // SAFETY: the module contract.
    unsafe {
        let (sp, dst, src, n) = pop3(sp);
        exec::memory_init(inst, seg, dst, src, n)?;
        Ok(sp)
    }
}

/// `NarrowIndex`: the 64-bit address `depth` cells below the top, narrowed for
/// the 32-bit op that follows (memory64).
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn narrow_index(sp: Cells, depth: u32) {
    // SAFETY: the module contract: the predecoder emits `depth` below the
    // operand height.
    unsafe {
        let cell = sp.sub(1 + depth as usize);
        *cell = super::narrow_index(*cell);
    }
}

/// `TableGet`: the index on top becomes the element.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn table_get(sp: Cells, inst: *mut Instance, table: u32) -> Result<Cells, Trap> {
    // SAFETY: the module contract.
    unsafe {
        let top = sp.sub(1);
        *top = exec::table_get(inst, table, *top as u32)?;
        Ok(sp)
    }
}

/// `TableSet`.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn table_set(sp: Cells, inst: *mut Instance, table: u32) -> Result<Cells, Trap> {
    // SAFETY: the module contract.
    unsafe {
        let sp = sp.sub(2);
        exec::table_set(inst, table, *sp as u32, *sp.add(1))?;
        Ok(sp)
    }
}

/// `TableGrow`: pops a count; the initial value under it becomes the old size,
/// or -1.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn table_grow(sp: Cells, inst: *mut Instance, table: u32) -> Cells {
    // SAFETY: the module contract.
    unsafe {
        let (sp, n) = pop(sp);
        let top = sp.sub(1);
        *top = exec::table_grow(inst, table, *top, n as u32) as u64;
        sp
    }
}

/// `TableFill`.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn table_fill(sp: Cells, inst: *mut Instance, table: u32) -> Result<Cells, Trap> {
    // SAFETY: the module contract.
    unsafe {
        let sp = sp.sub(3);
        exec::table_fill(inst, table, *sp as u32, *sp.add(1), *sp.add(2) as u32)?;
        Ok(sp)
    }
}

/// `TableCopy` from table `src_t` to table `dst_t`.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn table_copy(sp: Cells, inst: *mut Instance, dst_t: u32, src_t: u32) -> Result<Cells, Trap> {
    // SAFETY: the module contract.
    unsafe {
        let (sp, dst, src, n) = pop3(sp);
        exec::table_copy(inst, dst_t, src_t, dst, src, n)?;
        Ok(sp)
    }
}

/// `TableInit` of `table` from element segment `elem`.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn table_init(sp: Cells, inst: *mut Instance, table: u32, elem: u32) -> Result<Cells, Trap> {
    // SAFETY: the module contract.
    unsafe {
        let (sp, dst, src, n) = pop3(sp);
        exec::table_init(inst, table, elem, dst, src, n)?;
        Ok(sp)
    }
}

/// Whether an i32 condition cell holds true (non-zero): every conditional
/// branch (`BrIfNez`, `BrIfEqz`, `BrIf` on the cell they pop) and `select`, in
/// stack and register code.
#[inline(always)]
pub fn is_true(cond: u64) -> bool {
    cond as u32 != 0
}

/// `BrIfNez`, `BrIfEqz`, `BrIf`: pops the condition; whether it is true.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn pop_cond(sp: Cells) -> (Cells, bool) {
    // SAFETY: the module contract.
    unsafe {
        let (sp, c) = pop(sp);
        (sp, is_true(c))
    }
}

/// A taken `Br` or `BrIf`: moves the top `keep` cells down over `drop` cells;
/// returns the new `sp`.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn drop_keep(sp: Cells, drop: u32, keep: u32) -> Cells {
    // SAFETY: the module contract: the branch's `drop + keep` cells are operands.
    unsafe {
        let src = sp.sub(keep as usize);
        let dst = src.sub(drop as usize);
        exec::move_cells_down(dst, src, keep as usize);
        dst.add(keep as usize)
    }
}

/// Which of the `len + 1` entries of a `br_table` runs for index cell `i`: the
/// last one for any index out of range.
#[inline(always)]
pub fn br_table_entry(i: u64, len: u32) -> usize {
    (i as u32).min(len) as usize
}

/// A return, before the frame is left: the `n` result cells at `results` (the
/// top operands in stack code, slots in register code) move to the frame's base,
/// where the caller finds them.
///
/// # Safety
/// The module contract.
#[inline(always)]
pub unsafe fn return_results(fp: Cells, results: *const u64, n: usize) {
    // SAFETY: the module contract: the body's `n` results are at `results`, in
    // the frame, at or above `fp`.
    unsafe { exec::move_cells_down(fp, results, n) }
}

/// Whether the frame of `body`, with its local 0 at `fp`, fits below `stack_end`:
/// the one check of a call, made before [`open_frame`] or [`reopen_frame`].
/// Addresses, not `offset_from`: one add and one compare.
#[inline(always)]
pub fn frame_fits(body: &FuncBody, fp: Cells, stack_end: *const u64) -> bool {
    fp.addr() + body.frame_cells() * 8 <= stack_end.addr()
}

/// Opens the frame of a call of `body` whose arguments are already at `fp`:
/// zeroes its other locals; returns its `sp`.
///
/// # Safety
/// The module contract, and the caller checked [`frame_fits`].
#[inline(always)]
pub unsafe fn open_frame(body: &FuncBody, fp: Cells) -> Cells {
    // SAFETY: the caller checked `frame_fits`.
    unsafe {
        exec::zero_cells(
            fp.add(body.num_params as usize),
            (body.num_locals - body.num_params) as usize,
        );
        fp.add(body.num_locals as usize)
    }
}

/// Makes the frame at `fp` that of `body`, for a tail call: its arguments move
/// from `args` down to `fp` and its other locals are zeroed; returns its `sp`.
///
/// # Safety
/// The module contract, and the caller checked [`frame_fits`].
#[inline(always)]
pub unsafe fn reopen_frame(body: &FuncBody, fp: Cells, args: *const u64) -> Cells {
    // SAFETY: the caller checked `frame_fits`; `args` is at or above `fp`.
    unsafe {
        exec::move_cells_down(fp, args, body.num_params as usize);
        open_frame(body, fp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A frame of cells and the `sp` after its first `n`.
    fn top(cells: &mut [u64], n: usize) -> Cells {
        // SAFETY: `n` is at most the slice's length.
        unsafe { cells.as_mut_ptr().add(n) }
    }

    #[test]
    fn select_keeps_the_first_on_a_true_condition() {
        // SAFETY: the frames below hold every operand the ops pop.
        unsafe {
            let mut c = [10, 20, 1];
            let sp = select(top(&mut c, 3));
            assert_eq!((sp, c[0]), (top(&mut c, 1), 10));
            // Only the low 32 bits are the i32 condition.
            let mut c = [10, 20, 1 << 32];
            select(top(&mut c, 3));
            assert_eq!(c[0], 20);
        }
    }

    #[test]
    fn a_taken_branch_keeps_the_top_cells_over_the_dropped_ones() {
        // SAFETY: the frame holds the branch's `drop + keep` operands.
        unsafe {
            let mut c = [1, 2, 3, 4, 5];
            let sp = drop_keep(top(&mut c, 5), 2, 2);
            assert_eq!(sp, top(&mut c, 3));
            assert_eq!(c[..3], [1, 4, 5]);
        }
    }

    #[test]
    fn a_condition_is_the_low_32_bits() {
        assert!(is_true(1) && is_true(u32::MAX as u64));
        assert!(!is_true(0) && !is_true(1 << 32));
        let mut c = [7, 1 << 32];
        // SAFETY: the frame holds the condition.
        let (sp, taken) = unsafe { pop_cond(top(&mut c, 2)) };
        assert_eq!((sp, taken), (top(&mut c, 1), false));
    }

    #[test]
    fn br_table_clamps_to_its_default_entry() {
        assert_eq!(br_table_entry(2, 3), 2);
        assert_eq!(br_table_entry(3, 3), 3);
        assert_eq!(br_table_entry(u32::MAX as u64, 3), 3);
        // The index is an i32: the high half of the cell is not part of it.
        assert_eq!(br_table_entry(1 << 32, 3), 0);
    }

    #[test]
    fn locals_and_returns_move_the_cells_they_name() {
        // SAFETY: local indices and results lie inside the frame.
        unsafe {
            let mut c = [5, 6, 0, 0, 0];
            let sp = local_get(top(&mut c, 2), top(&mut c, 0), 1);
            let sp = local_tee(sp, top(&mut c, 0), 0);
            assert_eq!(c[..3], [6, 6, 6]);
            let sp = local_set(push(sp, 9), top(&mut c, 0), 1);
            assert_eq!((sp, c[1]), (top(&mut c, 3), 9));
            return_results(top(&mut c, 0), top(&mut c, 1), 2);
            assert_eq!(c[..2], [9, 6]);
        }
    }
}
