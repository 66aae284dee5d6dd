//! Tail duplication over the finished register IR: a jump to a short block that
//! ends in a jump, a `br_table` or a return runs a copy of that block instead.
//! The jump's dispatch goes away, and a loop that dispatches through one
//! `br_table` (a `switch` in a loop: a bytecode interpreter, a state machine)
//! gets one copy of it at the end of each case, so each indirect branch learns
//! the successors of its own case.

use crate::relink;
use wasmlab_core::ir::Op;

/// Most ops a copied block may have, its terminator included and a `br_table`'s
/// entries not counted.
const MAX_BLOCK_OPS: usize = 8;

/// Copies grow a body to at most this many times its length, plus a constant.
const GROWTH: usize = 3;
const GROWTH_EXTRA: usize = 256;

/// Where the block that starts at `start` ends (exclusive) when it is short enough
/// to copy: it runs straight into an op that ends the flow (a jump, a return, a
/// tail call) or a `br_table` (whose entries come along).
fn block_end(code: &[Op], start: usize) -> Option<usize> {
    for (k, op) in code.iter().enumerate().skip(start).take(MAX_BLOCK_OPS) {
        match *op {
            _ if op.ends_flow() => return Some(k + 1),
            Op::BrTable { len } | Op::BrTableR { len, .. } | Op::BrTableA { len, .. } => {
                let end = k + 2 + len as usize;
                return (end <= code.len()).then_some(end);
            }
            _ => {}
        }
    }
    None
}

/// Replaces each jump (not a `br_table` entry, whose handler reads it as a jump)
/// whose target block [`block_end`] accepts by a copy of that block; the copies'
/// branches, and every branch into a replaced jump, are re-pointed. A copy may end
/// in a jump to another short block (a shared tail that jumps back to a loop
/// head): a second round copies that one too.
pub(crate) fn duplicate_tails(code: &mut Vec<Op>) {
    let mut budget = (GROWTH - 1) * code.len() + GROWTH_EXTRA;
    for _ in 0..ROUNDS {
        if !duplicate_round(code, &mut budget) {
            break;
        }
    }
}

/// Rounds of [`duplicate_tails`].
const ROUNDS: usize = 2;

/// One round of [`duplicate_tails`], adding at most `budget` ops (and taking them
/// off it); whether it copied anything.
fn duplicate_round(code: &mut Vec<Op>, budget: &mut usize) -> bool {
    let n = code.len();
    // For each position, the block to copy there (`start..end`), if any.
    let mut copies: Vec<Option<(usize, usize)>> = vec![None; n];
    let mut any = false;
    for (i, start) in relink::plain_jumps(code) {
        let Some(end) = block_end(code, start) else { continue };
        let grows = end - start - 1;
        // A jump into its own block would copy itself.
        if (start..end).contains(&i) || grows > *budget {
            continue;
        }
        *budget -= grows;
        copies[i] = Some((start, end));
        any = true;
    }
    if !any {
        return false;
    }
    // Where each old position lands, and for each new op the old position whose
    // branch offset it carries.
    let mut new_pos = vec![0usize; n + 1];
    let mut out: Vec<(Op, usize)> = Vec::with_capacity(n);
    for i in 0..n {
        new_pos[i] = out.len();
        match copies[i] {
            Some((start, end)) => out.extend((start..end).map(|k| (code[k], k))),
            None => out.push((code[i], i)),
        }
    }
    new_pos[n] = out.len();
    *code = relink::repoint(&out, &new_pos);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `code` from position 0, taking `br_table` entry `pick`, until 12 ops
    /// that are not jumps have run or a return: those ops, and how many jumps ran.
    fn trace(code: &[Op], pick: u32) -> (Vec<Op>, usize) {
        let (mut seen, mut jumps, mut ip) = (Vec::new(), 0, 0usize);
        while seen.len() < 12 {
            let op = code[ip];
            ip = match op {
                Op::Jump { offset } => {
                    jumps += 1;
                    (ip as i64 + offset as i64) as usize
                }
                Op::BrTableA { len, .. } => {
                    let entry = ip + 1 + pick.min(len) as usize;
                    let Op::Jump { offset } = code[entry] else {
                        panic!("entry {entry} is not a jump")
                    };
                    (entry as i64 + offset as i64) as usize
                }
                _ => ip + 1,
            };
            if !matches!(op, Op::Jump { .. }) {
                seen.push(op);
            }
            if matches!(op, Op::ReturnR { .. }) {
                break;
            }
        }
        (seen, jumps)
    }

    fn add(dst: u32) -> Op {
        Op::I32AddRI { a: 0, imm: 1, dst }
    }

    #[test]
    fn a_jump_back_to_a_switch_head_becomes_a_copy_of_the_head() {
        // A head that dispatches through a `br_table`, two cases that jump back to
        // it, and an exit reached through a jump.
        let mut code = vec![
            add(0),                             // 0: head
            Op::BrTableA { index: 0, len: 2 },  // 1
            Op::Jump { offset: 3 },             // 2 -> 5
            Op::Jump { offset: 5 },             // 3 -> 8
            Op::Jump { offset: 7 },             // 4 -> 11
            add(1),                             // 5: case 0
            add(2),                             // 6
            Op::Jump { offset: -7 },            // 7 -> 0
            add(3),                             // 8: case 1
            Op::Jump { offset: -9 },            // 9 -> 0
            Op::Jump { offset: 1 },             // 10 -> 11
            Op::ReturnR { src: 0, results: 1 }, // 11: exit
        ];
        let before: Vec<_> = (0..3).map(|pick| trace(&code, pick)).collect();
        duplicate_tails(&mut code);
        // Each jump back became the head and its table (5 ops for 1); the jump to
        // the return became that return.
        assert_eq!(code.len(), 12 + 2 * 4);
        assert!(!code[10..].iter().any(|op| matches!(op, Op::Jump { offset: 1 })));
        for (pick, (old_ops, old_jumps)) in before.iter().enumerate() {
            let (new_ops, new_jumps) = trace(&code, pick as u32);
            assert_eq!(&new_ops, old_ops, "pick {pick}");
            if pick < 2 {
                assert_eq!(new_jumps, 0, "pick {pick}");
                assert!(*old_jumps > 0, "pick {pick}");
            }
        }
        // Each case ends in its own table.
        let tables = code.iter().filter(|op| matches!(op, Op::BrTableA { .. })).count();
        assert_eq!(tables, 3);
    }

    #[test]
    fn a_shared_tail_that_jumps_back_is_copied_with_the_head() {
        let mut code = vec![
            add(0),                            // 0: head
            Op::BrTableA { index: 0, len: 0 }, // 1
            Op::Jump { offset: 1 },            // 2 -> 3
            add(1),                            // 3: the case
            Op::Jump { offset: 1 },            // 4 -> 5
            add(2),                            // 5: a tail cases share
            Op::Jump { offset: -6 },           // 6 -> 0
        ];
        let (old_ops, old_jumps) = trace(&code, 0);
        duplicate_tails(&mut code);
        let (new_ops, new_jumps) = trace(&code, 0);
        assert_eq!(new_ops, old_ops);
        assert!(old_jumps > 0);
        assert_eq!(new_jumps, 0, "{code:?}");
    }

    #[test]
    fn a_shared_tail_with_a_branch_back_inside_is_copied_into_each_case() {
        // A `switch` in a loop whose cases meet in a tail that steps the loop and
        // branches back to the table, then returns: 5 ops, one a conditional branch.
        let mut code = vec![
            add(0),                             // 0: head
            Op::BrTableA { index: 0, len: 1 },  // 1
            Op::Jump { offset: 2 },             // 2 -> 4
            Op::Jump { offset: 3 },             // 3 -> 6
            add(1),                             // 4: case 0
            Op::Jump { offset: 3 },             // 5 -> 8
            add(2),                             // 6: case 1
            Op::Jump { offset: 1 },             // 7 -> 8
            add(3),                             // 8: the tail
            add(4),                             // 9
            add(5),                             // 10
            Op::BrNezA { a: 0, offset: -11 },   // 11 -> 0
            Op::ReturnR { src: 0, results: 1 }, // 12
        ];
        let names = |ops: Vec<Op>| ops.iter().map(Op::name).collect::<Vec<_>>();
        let before: Vec<_> = (0..2).map(|pick| trace(&code, pick)).collect();
        duplicate_tails(&mut code);
        for (pick, (old_ops, old_jumps)) in before.into_iter().enumerate() {
            let (new_ops, new_jumps) = trace(&code, pick as u32);
            assert_eq!(names(new_ops), names(old_ops), "pick {pick}");
            assert_eq!((old_jumps, new_jumps), (1, 0), "pick {pick}: {code:?}");
        }
        // Each copy branches back to the head.
        for (i, op) in code.iter().enumerate() {
            if let Op::BrNezA { offset, .. } = *op {
                assert_eq!(i as i32 + offset, 0, "{code:?}");
            }
        }
    }

    #[test]
    fn table_entries_and_long_blocks_stay() {
        // An entry of a table, and a block one op longer than a copy may be.
        let mut code = vec![Op::BrTableA { index: 0, len: 0 }, Op::Jump { offset: 1 }];
        code.extend((0..MAX_BLOCK_OPS as u32).map(add));
        code.push(Op::ReturnR { src: 0, results: 1 });
        code.push(Op::Jump {
            offset: -(MAX_BLOCK_OPS as i32 + 1),
        });
        let before = code.clone();
        duplicate_tails(&mut code);
        assert_eq!(code, before);
    }

    #[test]
    fn a_jump_into_its_own_block_stays() {
        let mut code = vec![add(0), Op::Jump { offset: -1 }];
        let before = code.clone();
        duplicate_tails(&mut code);
        assert_eq!(code, before);
    }
}
