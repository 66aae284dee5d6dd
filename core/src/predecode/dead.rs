//! Dead stores over the finished register IR (`dead_store`): an op whose result
//! no later op reads from its slot keeps it in the accumulator only. Most such
//! results are operand-stack temporaries the next op takes from the accumulator
//! (`i32.and_ri` then `i32.shl_ai` in an address computation); their store and the
//! load of its slot index are work no op needs.
//!
//! A backward liveness pass over the first 64 operand-stack slots finds them.
//! Locals are never dropped (a local outlives the ops that write it), and an op
//! whose reads are not known here (calls, whose callee reads the argument slots;
//! the stack-form ops after a `set_sp`) counts as reading every slot. It runs last,
//! after every pass that could move an op away from the one whose value it takes
//! from the accumulator.

use crate::ir::{Op, MEM_ACC_A, MEM_ACC_P, NO_SLOT, NO_SLOT16};

/// Operand-stack slots tracked, as bits of a `u64`: bit `k` is slot `num_locals + k`.
type Slots = u64;

macro_rules! define_slot_maps {
    (
        control { $($control:tt)* }
        unary { $($unary:tt)* }
        unary_trap { $($unary_trap:tt)* }
        binary { $($binary:tt)* }
        binary_trap { $($binary_trap:tt)* }
        load { $($load:tt)* }
        store { $($store:tt)* }
        reg_control { $($reg_control:tt)* }
        reg_unary { $( $(#[$rum:meta])* $runame:ident = $rubase:ident ,)* }
        reg_unary_trap { $( $(#[$rutm:meta])* $rutname:ident = $rutbase:ident ,)* }
        reg_binary { $( $(#[$rbm:meta])* $rbname:ident = $rbbase:ident ,)* }
        reg_binary_imm { $( $(#[$rbim:meta])* $rbiname:ident = $rbibase:ident ,)* }
        reg_binary_trap { $( $(#[$rbtm:meta])* $rbtname:ident = $rbtbase:ident ,)* }
        reg_load { $( $(#[$rlm:meta])* $rlname:ident = $rlbase:ident ,)* }
        reg_store { $( $(#[$rsm:meta])* $rsname:ident = $rsbase:ident ,)* }
        reg_store_imm { $( $(#[$rsim:meta])* $rsiname:ident = $rsibase:ident ,)* }
        reg_br { $( $(#[$rbrm:meta])* $rbrname:ident = $rbrbase:ident ,)* }
        reg_br_imm { $( $(#[$rbrim:meta])* $rbriname:ident = $rbribase:ident ,)* }
        acc_unary { $( $(#[$aum:meta])* $auname:ident = $aubase:ident ,)* }
        acc_unary_trap { $( $(#[$autm:meta])* $autname:ident = $autbase:ident ,)* }
        acc_binary_a { $( $(#[$abam:meta])* $abaname:ident = $ababase:ident ,)* }
        acc_binary_b { $( $(#[$abbm:meta])* $abbname:ident = $abbbase:ident ,)* }
        acc_binary_imm { $( $(#[$abim:meta])* $abiname:ident = $abibase:ident ,)* }
        acc_binary_trap_a { $( $(#[$abtam:meta])* $abtaname:ident = $abtabase:ident ,)* }
        acc_binary_trap_b { $( $(#[$abtbm:meta])* $abtbname:ident = $abtbbase:ident ,)* }
        acc_load { $( $(#[$alm:meta])* $alname:ident = $albase:ident ,)* }
        acc_store_a { $( $(#[$asam:meta])* $asaname:ident = $asabase:ident ,)* }
        acc_store_v { $( $(#[$asvm:meta])* $asvname:ident = $asvbase:ident ,)* }
        acc_br { $( $(#[$abrm:meta])* $abrname:ident = $abrbase:ident ,)* }
        acc_br_imm { $( $(#[$abrim:meta])* $abriname:ident = $abribase:ident ,)* }
        reg_binary_mem_b { $( $(#[$rmbm:meta])* $rmbname:ident = $rmbbase:ident / $rmbload:ident ,)* }
        reg_binary_mem_a { $( $(#[$rmam:meta])* $rmaname:ident = $rmabase:ident / $rmaload:ident ,)* }
    ) => {
        /// Calls `read` with each slot `op` reads from the frame: not the operand an
        /// accumulator form takes from the accumulator. `false` when `op` may read
        /// any slot.
        fn slot_reads(op: &Op, read: &mut impl FnMut(u32)) -> bool {
            match *op {
                $( Op::$runame { a, .. } )|* $( | Op::$rutname { a, .. } )* => read(a),
                $( Op::$rbname { a, b, .. } )|* $( | Op::$rbtname { a, b, .. } )* => {
                    read(a);
                    read(b);
                }
                $( Op::$rbiname { a, .. } )|* $( | Op::$rlname { a, .. } )* $( | Op::$rsiname { a, .. } )*
                $( | Op::$rbriname { a, .. } )* $( | Op::$abbname { a, .. } )* $( | Op::$abtbname { a, .. } )*
                $( | Op::$asvname { a, .. } )* => read(a),
                $( Op::$rsname { a, v, .. } )|* => {
                    read(a);
                    read(v);
                }
                $( Op::$rbrname { a, b, .. } )|* => {
                    read(a);
                    read(b);
                }
                $( Op::$abaname { b, .. } )|* $( | Op::$abtaname { b, .. } )* $( | Op::$abrname { b, .. } )* => read(b),
                $( Op::$asaname { v, .. } )|* => read(v),
                $( Op::$auname { .. } )|* $( | Op::$autname { .. } )* $( | Op::$abiname { .. } )*
                $( | Op::$alname { .. } )* $( | Op::$abriname { .. } )* => {}
                $( Op::$rmbname { a, p, acc, .. } )|* $( | Op::$rmaname { a, p, acc, .. } )* => {
                    if acc != MEM_ACC_A {
                        read(a as u32);
                    }
                    if acc != MEM_ACC_P {
                        read(p as u32);
                    }
                }
                Op::Copy { from, .. } | Op::GlobalSetR { src: from, .. } | Op::I32StoreAt { v: from, .. } => read(from),
                Op::Copy2 { from0, from1, .. } => {
                    read(from0 as u32);
                    read(from1 as u32);
                }
                Op::Copy2AR { from1, .. } => read(from1 as u32),
                Op::Copy2RA { from0, .. } => read(from0 as u32),
                Op::BrNezR { a, .. } | Op::BrEqzR { a, .. } | Op::BrAndEqzR { a, .. } | Op::BrAndNezR { a, .. } => read(a),
                Op::BrTableR { index, .. } => read(index),
                Op::SelectR { dst, b, cond } => {
                    read(dst);
                    read(b);
                    read(cond);
                }
                Op::SelectA { dst, b, .. } => {
                    read(dst);
                    read(b);
                }
                Op::I32LoadIdx { base, index, .. } | Op::I64LoadIdx { base, index, .. } | Op::F64LoadIdx { base, index, .. } => {
                    read(base as u32);
                    read(index as u32);
                }
                Op::ReturnR { src, results } => (src..src.saturating_add(results)).for_each(read),
                Op::CopyA { .. }
                | Op::ConstTo { .. }
                | Op::I32LoadAt { .. }
                | Op::GlobalGetR { .. }
                | Op::GlobalSetA { .. }
                | Op::BrNezA { .. }
                | Op::BrEqzA { .. }
                | Op::BrTableA { .. }
                | Op::ReturnA { .. }
                | Op::Jump { .. }
                | Op::Unreachable => {}
                _ => return false,
            }
            true
        }

        /// `op` with its store dropped (its destination [`NO_SLOT`]), when its
        /// handlers have a form that leaves the result in the accumulator only.
        fn without_store(op: &Op) -> Option<Op> {
            let mut op = *op;
            match &mut op {
                $( Op::$runame { dst, .. } )|*
                $( | Op::$rutname { dst, .. } )*
                $( | Op::$rbname { dst, .. } )*
                $( | Op::$rbiname { dst, .. } )*
                $( | Op::$rbtname { dst, .. } )*
                $( | Op::$rlname { dst, .. } )*
                $( | Op::$auname { dst, .. } )*
                $( | Op::$autname { dst, .. } )*
                $( | Op::$abaname { dst, .. } )*
                $( | Op::$abbname { dst, .. } )*
                $( | Op::$abiname { dst, .. } )*
                $( | Op::$abtaname { dst, .. } )*
                $( | Op::$abtbname { dst, .. } )*
                $( | Op::$alname { dst, .. } )*
                | Op::ConstTo { dst, .. } => *dst = NO_SLOT,
                $( Op::$rmbname { dst, .. } )|* $( | Op::$rmaname { dst, .. } )* => *dst = NO_SLOT16,
                _ => return None,
            }
            Some(op)
        }
    };
}

crate::for_each_op!(define_slot_maps);

/// The ops that can run right after `code[i]`.
fn successors(code: &[Op], i: usize, mut next: impl FnMut(usize)) {
    let op = &code[i];
    if let Some(offset) = op.branch_offset() {
        next((i as i64 + offset as i64) as usize);
    }
    match *op {
        // The entries that follow are jumps; each reaches its own target.
        Op::BrTableR { len, .. } | Op::BrTableA { len, .. } => (i + 1..=i + 1 + len as usize).for_each(next),
        Op::Jump { .. } | Op::ReturnR { .. } | Op::ReturnA { .. } | Op::Unreachable => {}
        _ => next(i + 1),
    }
}

/// Drops the store of each op in `code` (the register IR of a body with
/// `num_locals` locals) whose result no op reads from its slot afterwards.
pub(super) fn drop_dead_stores(code: &mut [Op], num_locals: u32) {
    let n = code.len();
    let bit = |slot: u32| -> Slots {
        match slot.checked_sub(num_locals) {
            Some(k) if k < Slots::BITS => 1 << k,
            _ => 0,
        }
    };
    // What each op reads (`None`: any slot) and writes, and where it can go next.
    let mut reads: Vec<Option<Slots>> = Vec::with_capacity(n);
    let mut writes: Vec<Slots> = Vec::with_capacity(n);
    let mut succ: Vec<usize> = Vec::with_capacity(2 * n);
    let mut succ_end: Vec<usize> = Vec::with_capacity(n);
    let mut backward = false;
    for (i, op) in code.iter().enumerate() {
        let mut r: Slots = 0;
        let known = slot_reads(op, &mut |s| r |= bit(s));
        reads.push(known.then_some(r));
        writes.push(super::fuse::acc_result(op).map_or(0, bit));
        successors(code, i, |s| {
            backward |= s <= i;
            succ.push(s);
        });
        succ_end.push(succ.len());
    }
    if !writes.iter().any(|&w| w != 0) {
        return;
    }
    let live_out = |live_in: &[Slots], i: usize| {
        let start = if i == 0 { 0 } else { succ_end[i - 1] };
        succ[start..succ_end[i]]
            .iter()
            .fold(0, |out, &s| out | live_in.get(s).copied().unwrap_or(Slots::MAX))
    };
    // Live slots on entry to each op (past the end: none). One backward sweep is
    // exact when every branch goes forward; loops take sweeps to a fixed point.
    let mut live_in: Vec<Slots> = vec![0; n + 1];
    loop {
        let mut changed = false;
        for i in (0..n).rev() {
            let new = match reads[i] {
                Some(r) => r | (live_out(&live_in, i) & !writes[i]),
                None => Slots::MAX,
            };
            changed |= new != live_in[i];
            live_in[i] = new;
        }
        if !changed || !backward {
            break;
        }
    }
    let dead: Vec<usize> = (0..n)
        .filter(|&i| writes[i] != 0 && live_out(&live_in, i) & writes[i] == 0)
        .collect();
    for i in dead {
        if let Some(op) = without_store(&code[i]) {
            code[i] = op;
        }
    }
}
