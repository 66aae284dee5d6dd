//! The accumulator across labels (`acc_carry`), over the finished register IR.
//! The register pass reads an operand from the accumulator only right after the
//! op that computed it, so the head of a loop reads the counter back from its slot
//! although the branch at the bottom left it in the accumulator. In a loop of a
//! few ops that store-to-load round trip on the counter's slot is what bounds an
//! iteration (reports/ablation.md, 2026-12-03). A forward pass finds, for each op,
//! the slot whose value every path into it leaves in the accumulator; an op that
//! reads that slot reads the accumulator instead.
//!
//! Copies stay as they are: a copy from its slot also sets the float accumulator,
//! which a later f64 op may read; and no op that reads an f64 from the accumulator
//! is made here, as only f64 results set it, and a path may have computed the
//! slot's bits with an integer op (`f64.reinterpret_i64`).

use crate::fuse;
use wasmlab_core::ir::Op;

/// What the accumulator holds before an op.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Held {
    /// No path reaches the op yet.
    Unreached,
    /// The value slot `x` holds.
    Slot(u32),
    /// Paths disagree, or an op left something else there.
    Unknown,
}

fn meet(a: Held, b: Held) -> Held {
    match (a, b) {
        (Held::Unreached, h) | (h, Held::Unreached) => h,
        (Held::Slot(x), Held::Slot(y)) if x == y => a,
        _ => Held::Unknown,
    }
}

/// What the accumulator holds after `op`, from what it held before.
fn after(op: &Op, held: Held) -> Held {
    if let Some(d) = fuse::acc_result(op) {
        return Held::Slot(d);
    }
    match (*op, held) {
        (Op::SelectR { dst, .. } | Op::SelectA { dst, .. }, Held::Slot(x)) if dst == x => Held::Unknown,
        _ if fuse::keeps_acc(op) => held,
        _ => Held::Unknown,
    }
}

/// The ops that can run right after `code[i]`; a `br_table`'s are its entries,
/// jumps that keep the accumulator.
fn successors(code: &[Op], i: usize, mut next: impl FnMut(usize)) {
    let op = &code[i];
    if let Some(offset) = op.branch_offset() {
        next((i as i64 + offset as i64) as usize);
    }
    match *op {
        Op::BrTableR { len, .. } | Op::BrTableA { len, .. } => (i + 1..=i + 1 + len as usize).for_each(next),
        _ if op.ends_flow() => {}
        _ => next(i + 1),
    }
}

/// Rewrites each op of `code` that reads the slot the accumulator holds on every
/// path into it to its accumulator form.
pub(crate) fn carry_acc(code: &mut [Op]) {
    let n = code.len();
    let mut held = vec![Held::Unreached; n + 1];
    held[0] = Held::Unknown;
    loop {
        let mut changed = false;
        for i in 0..n {
            if held[i] == Held::Unreached {
                continue;
            }
            let out = after(&code[i], held[i]);
            successors(code, i, |s| {
                let m = meet(held[s], out);
                changed |= m != held[s];
                held[s] = m;
            });
        }
        if !changed {
            break;
        }
    }
    for (op, held) in code.iter_mut().zip(held) {
        let Held::Slot(x) = held else { continue };
        if matches!(op, Op::Copy { .. } | Op::Copy2 { .. }) {
            continue;
        }
        if let Some(acc) = fuse::acc_form(op, x) {
            if !fuse::reads_f64_acc(&acc) {
                *op = acc;
            }
        }
    }
}
