//! One marker type per numeric, load and store op of the list, implementing the
//! trait of its shape. A back-end writes one generic handler per shape
//! (`binary::<kinds::I32Add>`) instead of one pasted name per op; the compiler
//! makes the copies.

use crate::error::Trap;
use crate::semantics::{self, MemScalar};
use crate::value::Cell;

/// Pops one operand, pushes the result.
pub trait Unary {
    type A: Cell;
    type R: Cell;
    fn apply(a: Self::A) -> Self::R;
}

/// Pops one operand, pushes the result or traps.
pub trait UnaryTrap {
    type A: Cell;
    type R: Cell;
    fn apply(a: Self::A) -> Result<Self::R, Trap>;
}

/// Pops two operands (`b` on top), pushes the result.
pub trait Binary {
    type A: Cell;
    type B: Cell;
    type R: Cell;
    fn apply(a: Self::A, b: Self::B) -> Self::R;
}

/// Pops two operands, pushes the result or traps.
pub trait BinaryTrap {
    type A: Cell;
    type B: Cell;
    type R: Cell;
    fn apply(a: Self::A, b: Self::B) -> Result<Self::R, Trap>;
}

/// Reads a `Mem` from linear memory and extends it to a cell.
pub trait Load {
    type Mem: MemScalar;
    /// The type of the value pushed.
    type R: Cell;
    fn extend(m: Self::Mem) -> u64;
}

/// Wraps a cell to a `Mem` and writes it to linear memory.
pub trait Store {
    type Mem: MemScalar;
    /// The type of the value popped.
    type V: Cell;
    fn wrap(c: u64) -> Self::Mem;
}

macro_rules! define_kinds {
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
        $( $(#[$um])* pub struct $uname;
           impl Unary for $uname {
               type A = $ua; type R = $ur;
               #[inline(always)] fn apply(a: $ua) -> $ur { semantics::$ufn(a) }
           } )*
        $( $(#[$utm])* pub struct $utname;
           impl UnaryTrap for $utname {
               type A = $uta; type R = $utr;
               #[inline(always)] fn apply(a: $uta) -> Result<$utr, Trap> { semantics::$utfn(a) }
           } )*
        $( $(#[$bm])* pub struct $bname;
           impl Binary for $bname {
               type A = $ba; type B = $bb; type R = $br;
               #[inline(always)] fn apply(a: $ba, b: $bb) -> $br { semantics::$bfn(a, b) }
           } )*
        $( $(#[$btm])* pub struct $btname;
           impl BinaryTrap for $btname {
               type A = $bta; type B = $btb; type R = $btr;
               #[inline(always)] fn apply(a: $bta, b: $btb) -> Result<$btr, Trap> { semantics::$btfn(a, b) }
           } )*
        $( $(#[$lm])* pub struct $lname;
           impl Load for $lname {
               type Mem = $lmem; type R = $lres;
               #[inline(always)] fn extend(m: $lmem) -> u64 { Cell::into_cell(m as $lres) }
           } )*
        $( $(#[$sm])* pub struct $sname;
           impl Store for $sname {
               type Mem = $smem; type V = $sval;
               #[inline(always)] fn wrap(c: u64) -> $smem { <$sval as Cell>::from_cell(c) as $smem }
           } )*
    };
}

crate::for_each_op!(define_kinds);
