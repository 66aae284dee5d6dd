//! The i32 compare of a fused op, as a field: the loop-step ops (`StepBrI`,
//! `StepBrR`) carry one instead of one variant per compare, and a back-end picks
//! its handler by it when it links the op.

use crate::ir::Op;
use crate::semantics;
use std::fmt;

/// One of the ten i32 compares.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum I32Cmp {
    Eq,
    Ne,
    LtS,
    LtU,
    GtS,
    GtU,
    LeS,
    LeU,
    GeS,
    GeU,
}

impl I32Cmp {
    /// The compare that base op `op` (`Op::I32LtS`, …) is, if it is one.
    pub fn of(op: &Op) -> Option<I32Cmp> {
        Some(match op {
            Op::I32Eq => I32Cmp::Eq,
            Op::I32Ne => I32Cmp::Ne,
            Op::I32LtS => I32Cmp::LtS,
            Op::I32LtU => I32Cmp::LtU,
            Op::I32GtS => I32Cmp::GtS,
            Op::I32GtU => I32Cmp::GtU,
            Op::I32LeS => I32Cmp::LeS,
            Op::I32LeU => I32Cmp::LeU,
            Op::I32GeS => I32Cmp::GeS,
            Op::I32GeU => I32Cmp::GeU,
            _ => return None,
        })
    }

    /// The base op of the op list that this compare is.
    pub fn base(self) -> Op {
        match self {
            I32Cmp::Eq => Op::I32Eq,
            I32Cmp::Ne => Op::I32Ne,
            I32Cmp::LtS => Op::I32LtS,
            I32Cmp::LtU => Op::I32LtU,
            I32Cmp::GtS => Op::I32GtS,
            I32Cmp::GtU => Op::I32GtU,
            I32Cmp::LeS => Op::I32LeS,
            I32Cmp::LeU => Op::I32LeU,
            I32Cmp::GeS => Op::I32GeS,
            I32Cmp::GeU => Op::I32GeU,
        }
    }

    /// Whether the compare holds, by the semantics of its base op.
    #[inline(always)]
    pub fn holds(self, a: i32, b: i32) -> bool {
        let r = match self {
            I32Cmp::Eq => semantics::i32_eq(a, b),
            I32Cmp::Ne => semantics::i32_ne(a, b),
            I32Cmp::LtS => semantics::i32_lt_s(a, b),
            I32Cmp::LtU => semantics::i32_lt_u(a, b),
            I32Cmp::GtS => semantics::i32_gt_s(a, b),
            I32Cmp::GtU => semantics::i32_gt_u(a, b),
            I32Cmp::LeS => semantics::i32_le_s(a, b),
            I32Cmp::LeU => semantics::i32_le_u(a, b),
            I32Cmp::GeS => semantics::i32_ge_s(a, b),
            I32Cmp::GeU => semantics::i32_ge_u(a, b),
        };
        r != 0
    }
}

impl fmt::Display for I32Cmp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // As the base op's mnemonic reads: `i32.lt_s`.
        f.write_str(&self.base().mnemonic())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_compare_maps_to_its_base_op_and_back() {
        let all = [
            I32Cmp::Eq,
            I32Cmp::Ne,
            I32Cmp::LtS,
            I32Cmp::LtU,
            I32Cmp::GtS,
            I32Cmp::GtU,
            I32Cmp::LeS,
            I32Cmp::LeU,
            I32Cmp::GeS,
            I32Cmp::GeU,
        ];
        for c in all {
            assert_eq!(I32Cmp::of(&c.base()), Some(c));
        }
        assert_eq!(I32Cmp::of(&Op::I64Eq), None);
        assert!(I32Cmp::LtS.holds(-1, 0));
        assert!(!I32Cmp::LtU.holds(-1, 0));
        assert!(I32Cmp::GeU.holds(-1, 0));
        assert_eq!(I32Cmp::LeS.to_string(), "i32.le_s");
    }
}
