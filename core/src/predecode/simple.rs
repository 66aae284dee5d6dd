//! Wasm operators that map one-to-one onto IR ops, generated from the op list:
//! the IR's numeric, load and store ops carry `wasmparser`'s operator names.

use crate::ir::Op;
use wasmparser::Operator;

macro_rules! define_simple_map {
    (
        control { $($control:tt)* }
        numeric { $( $(#[$m:meta])* $name:ident = $group:ident $semantics:tt $({ $($f:ident : $t:ty),* })? ,)* }
        simd { $( $(#[$sm:meta])* $sname:ident = $sgroup:ident $ssemantics:tt $({ $($sf:ident : $st:ty),* })? ,)* }
        reg_control { $($reg_control:tt)* }
        register { $($register:tt)* }
    ) => {
        /// The IR op for a Wasm operator that has a one-to-one counterpart, and
        /// for a load or store, what it accesses.
        pub(super) fn simple_op(op: &Operator<'_>) -> Option<(Op, Option<Access>)> {
            // The `simd_ternary_ir` ops share one arm: the second never matches.
            #[allow(unreachable_patterns)]
            Some(match *op {
                $( simple_pattern!($group $name memarg lane) => simple_op!($group $name memarg lane), )*
                $( simple_pattern!($sgroup $sname memarg lane) => simple_op!($sgroup $sname memarg lane), )*
                _ => return None,
            })
        }
    };
}

/// The `Operator` pattern of a numeric op: a load or store binds its `memarg`,
/// a lane op its `lane`. `simd_ternary_ir` ops are the predecoder's to emit
/// (`i8x16.shuffle` needs its mask pushed first; `V128Select` has no operator of
/// its own): their arm is the shuffle's, and gives no op.
macro_rules! simple_pattern {
    (load $name:ident $memarg:ident $lane:ident) => {
        Operator::$name { $memarg }
    };
    (store $name:ident $memarg:ident $lane:ident) => {
        Operator::$name { $memarg }
    };
    (simd_load $name:ident $memarg:ident $lane:ident) => {
        Operator::$name { $memarg }
    };
    (simd_store $name:ident $memarg:ident $lane:ident) => {
        Operator::$name { $memarg }
    };
    (simd_load_lane $name:ident $memarg:ident $lane:ident) => {
        Operator::$name { $memarg, $lane }
    };
    (simd_store_lane $name:ident $memarg:ident $lane:ident) => {
        Operator::$name { $memarg, $lane }
    };
    (simd_extract $name:ident $memarg:ident $lane:ident) => {
        Operator::$name { $lane }
    };
    (simd_replace $name:ident $memarg:ident $lane:ident) => {
        Operator::$name { $lane }
    };
    (simd_ternary_ir $name:ident $memarg:ident $lane:ident) => {
        Operator::I8x16Shuffle { .. }
    };
    ($group:ident $name:ident $memarg:ident $lane:ident) => {
        Operator::$name
    };
}

/// The IR op, and what a load (operands above the address: none) or a store (the
/// value) accesses.
macro_rules! simple_op {
    (load $name:ident $memarg:ident $lane:ident) => {
        (
            Op::$name {
                offset: offset(&$memarg),
            },
            Some(Access::of(&$memarg, 0)),
        )
    };
    (store $name:ident $memarg:ident $lane:ident) => {
        (
            Op::$name {
                offset: offset(&$memarg),
            },
            Some(Access::of(&$memarg, 1)),
        )
    };
    // A vector (two cells) lies above the address of these.
    (simd_load $name:ident $memarg:ident $lane:ident) => {
        (
            Op::$name {
                offset: offset(&$memarg),
            },
            Some(Access::of(&$memarg, 0)),
        )
    };
    (simd_store $name:ident $memarg:ident $lane:ident) => {
        (
            Op::$name {
                offset: offset(&$memarg),
            },
            Some(Access::of(&$memarg, 2)),
        )
    };
    (simd_load_lane $name:ident $memarg:ident $lane:ident) => {
        (
            Op::$name {
                offset: offset(&$memarg),
                lane: $lane as u32,
            },
            Some(Access::of(&$memarg, 2)),
        )
    };
    (simd_store_lane $name:ident $memarg:ident $lane:ident) => {
        (
            Op::$name {
                offset: offset(&$memarg),
                lane: $lane as u32,
            },
            Some(Access::of(&$memarg, 2)),
        )
    };
    (simd_extract $name:ident $memarg:ident $lane:ident) => {
        (Op::$name { lane: $lane as u32 }, None)
    };
    (simd_replace $name:ident $memarg:ident $lane:ident) => {
        (Op::$name { lane: $lane as u32 }, None)
    };
    (simd_ternary_ir $name:ident $memarg:ident $lane:ident) => {
        return None
    };
    ($group:ident $name:ident $memarg:ident $lane:ident) => {
        (Op::$name, None)
    };
}

/// What a load or store accesses.
pub(super) struct Access {
    /// The memory.
    pub mem: u32,
    /// Cells above the address: 0 for a load, 1 (the value) for a store, 2 (a
    /// vector) for a vector store or a lane load or store.
    pub depth: u32,
}

impl Access {
    fn of(memarg: &wasmparser::MemArg, depth: u32) -> Access {
        let mem = match memarg.target {
            wasmparser::MemArgTarget::Memory(m) => m,
            // Without GC, only a memory.
            wasmparser::MemArgTarget::Array(_) => 0,
        };
        Access { mem, depth }
    }
}

/// The op's 32-bit offset. A 32-bit memory's is below 2^32 (validation); a 64-bit
/// memory's may not be, and is then clamped: every such access is out of bounds,
/// and `u32::MAX` keeps it so (`semantics::narrow_index`).
fn offset(memarg: &wasmparser::MemArg) -> u32 {
    u32::try_from(memarg.offset).unwrap_or(u32::MAX)
}

crate::for_each_op!(define_simple_map);
