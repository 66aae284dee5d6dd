//! Fusion of adjacent register ops, after the register pass has resolved every
//! branch: a pair that no branch enters in the middle runs as one op, and the
//! branches are re-pointed over the ops that went away. Working on the finished
//! register IR keeps a family to one function that looks at two ops.

use crate::families::Fusion;
use crate::fuse;
use crate::relink;
use wasmlab_core::ir::Op;

/// Replaces each pair `(code[i], code[i + 1])` that `join` turns into one op, when
/// no branch reaches `code[i + 1]` and `code[i]` neither branches nor is a
/// `br_table` (whose entries must stay right after it). A joined op's branch
/// offset, if it has one, is the second op's, as it was resolved there.
pub(crate) fn fuse_pairs(code: &mut Vec<Op>, join: impl Fn(&Op, &Op) -> Option<Op>) {
    let n = code.len();
    // Most bodies have no pair at all: find that out before looking at branches.
    if !code.windows(2).any(|w| join(&w[0], &w[1]).is_some()) {
        return;
    }
    let mut is_target = vec![false; n + 1];
    for (pos, op) in code.iter().enumerate() {
        if let Some(offset) = op.branch_offset() {
            is_target[(pos as i64 + offset as i64) as usize] = true;
        }
    }
    // Where each old position lands, and for each new op the old position whose
    // branch offset it carries.
    let mut new_pos = vec![0usize; n + 1];
    let mut out: Vec<(Op, usize)> = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        new_pos[i] = out.len();
        let first = &code[i];
        let pairable = i + 1 < n
            && !is_target[i + 1]
            && first.branch_offset().is_none()
            && !matches!(first, Op::BrTable { .. } | Op::BrTableR { .. } | Op::BrTableA { .. });
        if let Some(op) = pairable.then(|| join(first, &code[i + 1])).flatten() {
            new_pos[i + 1] = out.len();
            out.push((op, i + 1));
            i += 2;
        } else {
            out.push((*first, i));
            i += 1;
        }
    }
    new_pos[n] = out.len();
    if out.len() == n {
        return;
    }
    *code = relink::repoint(&out, &new_pos);
}

/// The pair families that `fusion` switches on, tried in turn, in a body whose
/// first `num_locals` slots are its locals.
pub(crate) fn join(fusion: Fusion, num_locals: u32, first: &Op, second: &Op) -> Option<Op> {
    fusion
        .early_ret
        .then(|| copy_ret(first, second))
        .flatten()
        .or_else(|| fusion.and_br.then(|| and_branch(first, second, num_locals)).flatten())
        .or_else(|| fusion.add2.then(|| add_pair(first, second)).flatten())
        .or_else(|| fusion.rmw.then(|| add_store_back(first, second)).flatten())
}

/// The `rmw` family: `I32AddRM` and the `i32.store` of its sum (the accumulator)
/// to the address and offset it loaded from. The address slot must still hold
/// that address when the store runs, so the sum must not overwrite it; one bounds
/// check covers both accesses, and a trap comes before anything is written, as
/// the load's would.
fn add_store_back(first: &Op, second: &Op) -> Option<Op> {
    match (*first, *second) {
        (
            Op::I32AddRM { a, p, dst, acc, offset },
            Op::I32StoreRA {
                a: addr,
                offset: store_offset,
                ..
            },
        ) if addr == p as u32 && store_offset == offset && dst != p => Some(Op::I32AddRmw { a, p, dst, acc, offset }),
        _ => None,
    }
}

/// The `add2` family: two `i32.add`s of a slot and a constant that fits in 16 bits,
/// whatever slots they read and write (the pair runs them in order).
fn add_pair(first: &Op, second: &Op) -> Option<Op> {
    let (
        Op::I32AddRI {
            a: a0,
            imm: imm0,
            dst: dst0,
        },
        Op::I32AddRI {
            a: a1,
            imm: imm1,
            dst: dst1,
        },
    ) = (*first, *second)
    else {
        return None;
    };
    let slot = |s: u32| u16::try_from(s).ok();
    let imm = |i: u32| i16::try_from(i as i32).ok();
    Some(Op::I32Add2 {
        a0: slot(a0)?,
        dst0: slot(dst0)?,
        imm0: imm(imm0)?,
        a1: slot(a1)?,
        dst1: slot(dst1)?,
        imm1: imm(imm1)?,
    })
}

/// The `and_br` family: `i32.and` of a slot and a constant into an operand-stack
/// slot, and the branch on that value in the accumulator right after it. The
/// branch consumed the value, so its slot need not be written; a local (`tee`)
/// must be.
fn and_branch(first: &Op, second: &Op, num_locals: u32) -> Option<Op> {
    let Op::I32AndRI { a, imm: mask, dst } = *first else {
        return None;
    };
    if dst < num_locals {
        return None;
    }
    match *second {
        Op::BrEqzA { offset, .. } | Op::I32EqBrAI { imm: 0, offset, .. } => Some(Op::BrAndEqzR { a, mask, offset }),
        Op::BrNezA { offset, .. } | Op::I32NeBrAI { imm: 0, offset, .. } => Some(Op::BrAndNezR { a, mask, offset }),
        _ => None,
    }
}

/// The `early_ret` family, first half: a jump to a `ReturnR` becomes a copy of
/// that return, which reads slots only and so runs the same anywhere. The entries
/// of a `br_table` stay jumps: its handler reads them as such.
pub(crate) fn thread_returns(code: &mut [Op]) {
    for (i, to) in relink::plain_jumps(code) {
        if let Some(ret @ Op::ReturnR { .. }) = code.get(to).copied() {
            code[i] = ret;
        }
    }
}

/// The `early_ret` family, second half: a copy into the slot that a one-result
/// return reads is dropped, and the return reads the copy's source. Every slot
/// of the frame is dead once it returns.
pub(crate) fn copy_ret(first: &Op, second: &Op) -> Option<Op> {
    // A copy from the accumulator names the slot that holds the same value.
    match (fuse::slot_form(first), *second) {
        (Op::Copy { from, to }, Op::ReturnR { src, results: 1 }) if src == to => {
            Some(Op::ReturnR { src: from, results: 1 })
        }
        _ => None,
    }
}
