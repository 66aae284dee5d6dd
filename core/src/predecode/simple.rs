//! Wasm operators that map one-to-one onto IR ops, generated from the op list:
//! the IR's numeric, load and store ops carry `wasmparser`'s operator names.

use crate::ir::Op;
use wasmparser::Operator;

macro_rules! define_simple_map {
    (
        control { $($control:tt)* }
        unary { $( $(#[$um:meta])* $uname:ident = $ufn:ident ( $ua:ty ) -> $ur:ty ,)* }
        unary_trap { $( $(#[$utm:meta])* $utname:ident = $utfn:ident ( $uta:ty ) -> $utr:ty ,)* }
        binary { $( $(#[$bm:meta])* $bname:ident = $bfn:ident ( $ba:ty, $bb:ty ) -> $br:ty ,)* }
        binary_trap { $( $(#[$btm:meta])* $btname:ident = $btfn:ident ( $bta:ty, $btb:ty ) -> $btr:ty ,)* }
        load { $( $(#[$lm:meta])* $lname:ident = $lfn:ident ( $lmem:ty ) -> $lres:ty ,)* }
        store { $( $(#[$sm:meta])* $sname:ident = $sfn:ident ( $sval:ty ) -> $smem:ty ,)* }
        $($fused:tt)*
    ) => {
        /// The IR op for a Wasm operator that has a one-to-one counterpart, and
        /// for a load or store, what it accesses.
        pub(super) fn simple_op(op: &Operator<'_>) -> Option<(Op, Option<Access>)> {
            Some(match *op {
                $( Operator::$uname => (Op::$uname, None), )*
                $( Operator::$utname => (Op::$utname, None), )*
                $( Operator::$bname => (Op::$bname, None), )*
                $( Operator::$btname => (Op::$btname, None), )*
                $( Operator::$lname { memarg } => (Op::$lname { offset: offset(&memarg) }, Some(Access::of(&memarg, 0))), )*
                $( Operator::$sname { memarg } => (Op::$sname { offset: offset(&memarg) }, Some(Access::of(&memarg, 1))), )*
                _ => return None,
            })
        }
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
