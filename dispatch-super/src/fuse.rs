//! The maps from a stack op to its register forms, and back, that the register
//! pass and its fusion families use: plain code over a register op taken apart
//! and put together again (`parts.rs`).

use crate::parts::{control_result, dst_of, f64_operand, group_of, make, offset_of, parts, Field, Fields, Group};
pub(crate) use crate::parts::{stack_effect, wide_operands};
use wasmlab_core::ir::{Op, MEM_ACC_A, MEM_ACC_NONE, MEM_ACC_P};

/// The second operand of a compare: a slot or an immediate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Operand {
    Slot(u32),
    Imm(u32),
}

/// The first of `groups` with a form of `base`, fields `f`.
fn first_of(groups: &[Group], base: &Op, f: Fields) -> Option<Op> {
    groups.iter().find_map(|&g| make(g, base, None, f))
}

/// The register form of unary op `base`, from slot `a` into slot `dst`.
pub(crate) fn unary(base: &Op, a: u32, dst: u32) -> Option<Op> {
    let f = Fields {
        a,
        dst,
        ..Fields::default()
    };
    first_of(&[Group::reg_unary, Group::reg_unary_trap], base, f)
}

/// The register form of binary op `base`, slots `a` and `b` into slot `dst`.
pub(crate) fn binary(base: &Op, a: u32, b: u32, dst: u32) -> Option<Op> {
    let f = Fields {
        a,
        b,
        dst,
        ..Fields::default()
    };
    first_of(&[Group::reg_binary, Group::reg_binary_trap], base, f)
}

/// The immediate form of binary op `base`, where it has one.
pub(crate) fn binary_imm(base: &Op, a: u32, imm: u32, dst: u32) -> Option<Op> {
    make(
        Group::reg_binary_imm,
        base,
        None,
        Fields {
            a,
            imm,
            dst,
            ..Fields::default()
        },
    )
}

/// The register form of load `base`, from the address in slot `a` into slot `dst`.
pub(crate) fn load(base: &Op, a: u32, dst: u32) -> Option<Op> {
    let f = Fields {
        a,
        offset: offset_of(base),
        dst,
        ..Fields::default()
    };
    make(Group::reg_load, base, None, f)
}

/// The stack op, address slot and destination slot of a register load.
pub(crate) fn load_parts(op: &Op) -> Option<(Op, u32, u32)> {
    let p = parts(op).filter(|p| p.group == Group::reg_load)?;
    Some((p.base, p.f.a, p.f.dst))
}

/// The form of binary op `base` that reads one operand with stack load
/// `load` from the address in slot `p`: the first operand when `loaded_first`,
/// else the second; `a` is the other operand's slot.
pub(crate) fn binary_mem(base: &Op, load: &Op, a: u16, p: u16, dst: u16, loaded_first: bool) -> Option<Op> {
    let group = if loaded_first {
        Group::reg_binary_mem_a
    } else {
        Group::reg_binary_mem_b
    };
    let f = Fields {
        a: a.into(),
        p: p.into(),
        dst: dst.into(),
        acc: MEM_ACC_NONE.into(),
        offset: offset_of(load),
        ..Fields::default()
    };
    make(group, base, Some(load), f)
}

/// The form of store `base` whose value is the immediate `imm`.
pub(crate) fn store_imm(base: &Op, a: u32, imm: u32) -> Option<Op> {
    let f = Fields {
        a,
        imm,
        offset: offset_of(base),
        ..Fields::default()
    };
    make(Group::reg_store_imm, base, None, f)
}

/// The register form of store `base`: slot `v` to the address in slot `a`.
pub(crate) fn store(base: &Op, a: u32, v: u32) -> Option<Op> {
    let f = Fields {
        a,
        v,
        offset: offset_of(base),
        ..Fields::default()
    };
    make(Group::reg_store, base, None, f)
}

/// The compare-and-branch form of compare `base`.
pub(crate) fn branch(base: &Op, a: u32, b: Operand, offset: i32) -> Option<Op> {
    let offset = offset.to_field();
    match b {
        Operand::Slot(b) => make(
            Group::reg_br,
            base,
            None,
            Fields {
                a,
                b,
                offset,
                ..Fields::default()
            },
        ),
        Operand::Imm(imm) => make(
            Group::reg_br_imm,
            base,
            None,
            Fields {
                a,
                imm,
                offset,
                ..Fields::default()
            },
        ),
    }
}

/// The compare, operands and offset of a compare-and-branch.
pub(crate) fn branch_parts(op: &Op) -> Option<(Op, u32, Operand, i32)> {
    let p = parts(op)?;
    let b = match p.group {
        Group::reg_br => Operand::Slot(p.f.b),
        Group::reg_br_imm => Operand::Imm(p.f.imm),
        _ => return None,
    };
    Some((p.base, p.f.a, b, i32::from_field(p.f.offset)?))
}

/// The compare and operands of a register op that computes a compare into a
/// slot (`eqz` is a compare with zero).
pub(crate) fn compare_parts(op: &Op) -> Option<(Op, u32, Operand)> {
    match *op {
        Op::I32EqzR { a, .. } => return Some((Op::I32Eq, a, Operand::Imm(0))),
        Op::I64EqzR { a, .. } => return Some((Op::I64Eq, a, Operand::Imm(0))),
        _ => {}
    }
    let p = parts(op).filter(|p| is_compare(&p.base))?;
    match p.group {
        Group::reg_binary => Some((p.base, p.f.a, Operand::Slot(p.f.b))),
        Group::reg_binary_imm => Some((p.base, p.f.a, Operand::Imm(p.f.imm))),
        _ => None,
    }
}

/// Whether `base` has a compare-and-branch form.
fn is_compare(base: &Op) -> bool {
    make(Group::reg_br, base, None, Fields::default()).is_some()
}

/// The op reading slot `x` from the accumulator instead, where it has such a
/// form: the first operand that reads `x`, or (for a compare or commutative op)
/// the second one swapped into first place.
pub(crate) fn acc_form(op: &Op, x: u32) -> Option<Op> {
    use Group::*;
    match *op {
        Op::BrNezR { a, offset } if a == x => return Some(Op::BrNezA { a, offset }),
        Op::BrEqzR { a, offset } if a == x => return Some(Op::BrEqzA { a, offset }),
        Op::BrTableR { index, len } if index == x => return Some(Op::BrTableA { index, len }),
        Op::ReturnR { src, results: 1 } if src == x => return Some(Op::ReturnA { src }),
        Op::SelectR { dst, b, cond } if cond == x && b != x && dst != x => return Some(Op::SelectA { dst, b, cond }),
        Op::GlobalSetR { idx, src } if src == x => return Some(Op::GlobalSetA { idx, src }),
        Op::Copy { from, to } if from == x => return Some(Op::CopyA { from, to }),
        Op::Copy2 { from0, to0, from1, to1 } if from0 as u32 == x => {
            return Some(Op::Copy2AR { from0, to0, from1, to1 })
        }
        Op::Copy2 { from0, to0, from1, to1 } if from1 as u32 == x && to0 != from1 => {
            return Some(Op::Copy2RA { from0, to0, from1, to1 })
        }
        _ => {}
    }
    let p = parts(op)?;
    let (base, f) = (&p.base, p.f);
    let swapped_operands = Fields { a: f.b, b: f.a, ..f };
    match p.group {
        reg_unary | reg_unary_trap if f.a == x => first_of(&[acc_unary, acc_unary_trap], base, f),
        reg_binary | reg_binary_trap if f.a == x => first_of(&[acc_binary_a, acc_binary_trap_a], base, f),
        reg_binary if f.b == x => first_of(&[acc_binary_b, acc_binary_trap_b], base, f)
            .or_else(|| first_of(&[acc_binary_a, acc_binary_trap_a], &swapped(base)?, swapped_operands)),
        reg_binary_trap if f.b == x => first_of(&[acc_binary_b, acc_binary_trap_b], base, f),
        reg_binary_imm if f.a == x => make(acc_binary_imm, base, None, f),
        reg_load if f.a == x => make(acc_load, base, None, f),
        reg_store if f.a == x => make(acc_store_a, base, None, f),
        reg_store if f.v == x => make(acc_store_v, base, None, f),
        reg_br if f.a == x => make(acc_br, base, None, f),
        reg_br if f.b == x => make(acc_br, &swapped(base)?, None, swapped_operands),
        reg_br_imm if f.a == x => make(acc_br_imm, base, None, f),
        reg_binary_mem_b | reg_binary_mem_a if f.acc == u32::from(MEM_ACC_NONE) && (f.p == x || f.a == x) => {
            let acc = mem_acc(f.p, x).into();
            make(p.group, base, p.load.as_ref(), Fields { acc, ..f })
        }
        _ => None,
    }
}

/// The slot form of an accumulator form (its fields name the slot the
/// accumulator stands for); other ops unchanged.
pub(crate) fn slot_form(op: &Op) -> Op {
    let slot = match *op {
        Op::BrNezA { a, offset } => Some(Op::BrNezR { a, offset }),
        Op::BrEqzA { a, offset } => Some(Op::BrEqzR { a, offset }),
        Op::BrTableA { index, len } => Some(Op::BrTableR { index, len }),
        Op::ReturnA { src } => Some(Op::ReturnR { src, results: 1 }),
        Op::SelectA { dst, b, cond } => Some(Op::SelectR { dst, b, cond }),
        Op::GlobalSetA { idx, src } => Some(Op::GlobalSetR { idx, src }),
        Op::CopyA { from, to } => Some(Op::Copy { from, to }),
        Op::Copy2AR { from0, to0, from1, to1 } | Op::Copy2RA { from0, to0, from1, to1 } => {
            Some(Op::Copy2 { from0, to0, from1, to1 })
        }
        // Most ops are in slot form already: the group alone says so.
        _ => match group_of(op) {
            Some(group @ (Group::reg_binary_mem_b | Group::reg_binary_mem_a)) => parts(op).and_then(|p| {
                let f = Fields {
                    acc: MEM_ACC_NONE.into(),
                    ..p.f
                };
                make(group, &p.base, p.load.as_ref(), f)
            }),
            Some(group) if group.slot_form() != group => {
                parts(op).and_then(|p| make(group.slot_form(), &p.base, None, p.f))
            }
            _ => None,
        },
    };
    slot.unwrap_or(*op)
}

/// Which field of a `reg_binary_mem_*` op reads slot `x` from the accumulator: the
/// address when it is `x`, else operand `a`.
fn mem_acc(p: u32, x: u32) -> u16 {
    if p == x {
        MEM_ACC_P
    } else {
        MEM_ACC_A
    }
}

/// The slot an op writes and leaves in the accumulator, if it does.
pub(crate) fn acc_result(op: &Op) -> Option<u32> {
    control_result(op).or_else(|| dst_of(op))
}

/// Points the op's result at slot `to`, when it has one ([`acc_result`]) that
/// `to` fits; returns whether it did.
pub(crate) fn set_dst(op: &mut Op, to: u32) -> bool {
    match op {
        Op::I32LoadIdx { dst, .. } | Op::I64LoadIdx { dst, .. } | Op::F64LoadIdx { dst, .. } => {
            return u16::try_from(to).map(|to| *dst = to).is_ok();
        }
        Op::ConstTo { dst, .. }
        | Op::I32LoadAt { dst, .. }
        | Op::GlobalGetR { dst, .. }
        | Op::Copy { to: dst, .. }
        | Op::CopyA { to: dst, .. } => {
            *dst = to;
            return true;
        }
        _ => {}
    }
    if dst_of(op).is_none() {
        return false;
    }
    let Some(p) = parts(op) else {
        return false;
    };
    match make(p.group, &p.base, p.load.as_ref(), Fields { dst: to, ..p.f }) {
        Some(retargeted) => {
            *op = retargeted;
            true
        }
        None => false,
    }
}

/// Whether `op` leaves the accumulator (and its float twin) as it found it
/// and writes no slot, `select`'s `dst` aside: stores, branches, global writes.
pub(crate) fn keeps_acc(op: &Op) -> bool {
    matches!(
        op,
        Op::I32StoreAt { .. }
            | Op::GlobalSetR { .. }
            | Op::GlobalSetA { .. }
            | Op::BrNezR { .. }
            | Op::BrEqzR { .. }
            | Op::BrNezA { .. }
            | Op::BrEqzA { .. }
            | Op::BrAndEqzR { .. }
            | Op::BrAndNezR { .. }
            | Op::BrTableR { .. }
            | Op::BrTableA { .. }
            | Op::Jump { .. }
            | Op::SelectR { .. }
            | Op::SelectA { .. }
    ) || (group_of(op).is_some() && dst_of(op).is_none())
}

/// Whether an accumulator form reads an f64 from the accumulator, which a
/// back-end may carry in a float register that only f64 results set.
pub(crate) fn reads_f64_acc(op: &Op) -> bool {
    let Some(p) = parts(op) else {
        return false;
    };
    match p.group {
        Group::reg_binary_mem_b | Group::reg_binary_mem_a => {
            p.f.acc == u32::from(MEM_ACC_A) && f64_operand(&p.base, true)
        }
        _ => p.acc_first.is_some_and(|first| f64_operand(&p.base, first)),
    }
}

/// The `index` form of load `base` (`i32.load`, `i64.load` or `f64.load`).
pub(crate) fn indexed_load(base: &Op, b: u16, index: u16, shift: u16, dst: u16) -> Option<Op> {
    Some(match *base {
        Op::I32Load { offset } => Op::I32LoadIdx {
            base: b,
            index,
            shift,
            dst,
            offset,
        },
        Op::I64Load { offset } => Op::I64LoadIdx {
            base: b,
            index,
            shift,
            dst,
            offset,
        },
        Op::F64Load { offset } => Op::F64LoadIdx {
            base: b,
            index,
            shift,
            dst,
            offset,
        },
        _ => return None,
    })
}

/// The compare that holds exactly when `cmp` does not (integers only: a float
/// compare with NaN is false both ways round).
pub(crate) fn invert(cmp: &Op) -> Option<Op> {
    Some(match cmp {
        Op::I32Eq => Op::I32Ne,
        Op::I32Ne => Op::I32Eq,
        Op::I32LtS => Op::I32GeS,
        Op::I32GeS => Op::I32LtS,
        Op::I32LtU => Op::I32GeU,
        Op::I32GeU => Op::I32LtU,
        Op::I32GtS => Op::I32LeS,
        Op::I32LeS => Op::I32GtS,
        Op::I32GtU => Op::I32LeU,
        Op::I32LeU => Op::I32GtU,
        Op::I64Eq => Op::I64Ne,
        Op::I64Ne => Op::I64Eq,
        Op::I64LtS => Op::I64GeS,
        Op::I64GeS => Op::I64LtS,
        Op::I64LtU => Op::I64GeU,
        Op::I64GeU => Op::I64LtU,
        Op::I64GtS => Op::I64LeS,
        Op::I64LeS => Op::I64GtS,
        Op::I64GtU => Op::I64LeU,
        Op::I64LeU => Op::I64GtU,
        _ => return None,
    })
}

/// The op that gives the same result with its operands swapped: itself when it
/// commutes, the mirrored compare for an ordering. Float compares mirror too
/// (`a < b` is `b > a`, NaN included); float arithmetic is left alone (NaN payloads).
pub(crate) fn swapped(op: &Op) -> Option<Op> {
    Some(match op {
        Op::I32Add | Op::I32Mul | Op::I32And | Op::I32Or | Op::I32Xor | Op::I32Eq | Op::I32Ne => *op,
        Op::I64Add | Op::I64Mul | Op::I64And | Op::I64Or | Op::I64Xor | Op::I64Eq | Op::I64Ne => *op,
        Op::F32Eq | Op::F32Ne | Op::F64Eq | Op::F64Ne => *op,
        Op::I32LtS => Op::I32GtS,
        Op::I32GtS => Op::I32LtS,
        Op::I32LtU => Op::I32GtU,
        Op::I32GtU => Op::I32LtU,
        Op::I32LeS => Op::I32GeS,
        Op::I32GeS => Op::I32LeS,
        Op::I32LeU => Op::I32GeU,
        Op::I32GeU => Op::I32LeU,
        Op::I64LtS => Op::I64GtS,
        Op::I64GtS => Op::I64LtS,
        Op::I64LtU => Op::I64GtU,
        Op::I64GtU => Op::I64LtU,
        Op::I64LeS => Op::I64GeS,
        Op::I64GeS => Op::I64LeS,
        Op::I64LeU => Op::I64GeU,
        Op::I64GeU => Op::I64LeU,
        Op::F32Lt => Op::F32Gt,
        Op::F32Gt => Op::F32Lt,
        Op::F32Le => Op::F32Ge,
        Op::F32Ge => Op::F32Le,
        Op::F64Lt => Op::F64Gt,
        Op::F64Gt => Op::F64Lt,
        Op::F64Le => Op::F64Ge,
        Op::F64Ge => Op::F64Le,
        _ => return None,
    })
}
