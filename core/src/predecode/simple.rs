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
        /// The IR op for a Wasm operator that has a one-to-one counterpart.
        pub(super) fn simple_op(op: &Operator<'_>) -> Option<Op> {
            Some(match *op {
                $( Operator::$uname => Op::$uname, )*
                $( Operator::$utname => Op::$utname, )*
                $( Operator::$bname => Op::$bname, )*
                $( Operator::$btname => Op::$btname, )*
                // 32-bit memories: validation bounds the offset by u32::MAX.
                $( Operator::$lname { memarg } => Op::$lname { offset: memarg.offset as u32 }, )*
                $( Operator::$sname { memarg } => Op::$sname { offset: memarg.offset as u32 }, )*
                _ => return None,
            })
        }
    };
}

crate::for_each_op!(define_simple_map);
