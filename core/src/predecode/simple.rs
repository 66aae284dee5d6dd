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
        /// the memory it accesses (0 for an op that accesses none).
        pub(super) fn simple_op(op: &Operator<'_>) -> Option<(Op, u32)> {
            Some(match *op {
                $( Operator::$uname => (Op::$uname, 0), )*
                $( Operator::$utname => (Op::$utname, 0), )*
                $( Operator::$bname => (Op::$bname, 0), )*
                $( Operator::$btname => (Op::$btname, 0), )*
                // 32-bit memories: validation bounds the offset by u32::MAX.
                $( Operator::$lname { memarg } => (Op::$lname { offset: memarg.offset as u32 }, memory(&memarg)), )*
                $( Operator::$sname { memarg } => (Op::$sname { offset: memarg.offset as u32 }, memory(&memarg)), )*
                _ => return None,
            })
        }
    };
}

/// The memory a load or store accesses. Without GC, only a memory.
fn memory(memarg: &wasmparser::MemArg) -> u32 {
    match memarg.target {
        wasmparser::MemArgTarget::Memory(m) => m,
        wasmparser::MemArgTarget::Array(_) => 0,
    }
}

crate::for_each_op!(define_simple_map);
