//! Wasm operators that map one-to-one onto IR ops, generated from the op list:
//! the IR's numeric, load and store ops carry `wasmparser`'s operator names.

use crate::ir::Op;
use wasmparser::Operator;

macro_rules! define_simple_map {
    (
        control { $($control:tt)* }
        numeric { $( $(#[$m:meta])* $name:ident = $group:ident $semantics:tt $({ $($f:ident : $t:ty),* })? ,)* }
        reg_control { $($reg_control:tt)* }
        register { $($register:tt)* }
    ) => {
        /// The IR op for a Wasm operator that has a one-to-one counterpart, and
        /// for a load or store, what it accesses.
        pub(super) fn simple_op(op: &Operator<'_>) -> Option<(Op, Option<Access>)> {
            Some(match *op {
                $( simple_pattern!($group $name memarg) => simple_op!($group $name memarg), )*
                _ => return None,
            })
        }
    };
}

/// The `Operator` pattern of a numeric op: a load or store binds its `memarg`.
macro_rules! simple_pattern {
    (load $name:ident $memarg:ident) => {
        Operator::$name { $memarg }
    };
    (store $name:ident $memarg:ident) => {
        Operator::$name { $memarg }
    };
    ($group:ident $name:ident $memarg:ident) => {
        Operator::$name
    };
}

/// The IR op, and what a load (operands above the address: none) or a store (the
/// value) accesses.
macro_rules! simple_op {
    (load $name:ident $memarg:ident) => {
        (
            Op::$name {
                offset: offset(&$memarg),
            },
            Some(Access::of(&$memarg, 0)),
        )
    };
    (store $name:ident $memarg:ident) => {
        (
            Op::$name {
                offset: offset(&$memarg),
            },
            Some(Access::of(&$memarg, 1)),
        )
    };
    ($group:ident $name:ident $memarg:ident) => {
        (Op::$name, None)
    };
}

/// What a load or store accesses.
pub(super) struct Access {
    /// The memory.
    pub mem: u32,
    /// Cells above the address: 0 for a load, 1 (the value) for a store.
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
