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
        numeric { $( $(#[$m:meta])* $name:ident = $group:ident ( $fn:ident ( $($operand:ty),* ) -> $result:ty ) $({ $($f:ident : $t:ty),* })? ,)* }
        reg_control { $($reg_control:tt)* }
        register { $($register:tt)* }
    ) => {
        $( $(#[$m])* pub struct $name;
           kind_impl!($group $name $fn ($($operand),*) -> $result); )*
    };
}

/// The trait impl of one numeric, load or store op's marker type, by its group.
macro_rules! kind_impl {
    (unary $name:ident $fn:ident ($a:ty) -> $r:ty) => {
        impl Unary for $name {
            type A = $a;
            type R = $r;
            #[inline(always)]
            fn apply(a: $a) -> $r {
                semantics::$fn(a)
            }
        }
    };
    (unary_trap $name:ident $fn:ident ($a:ty) -> $r:ty) => {
        impl UnaryTrap for $name {
            type A = $a;
            type R = $r;
            #[inline(always)]
            fn apply(a: $a) -> Result<$r, Trap> {
                semantics::$fn(a)
            }
        }
    };
    (binary $name:ident $fn:ident ($a:ty, $b:ty) -> $r:ty) => {
        impl Binary for $name {
            type A = $a;
            type B = $b;
            type R = $r;
            #[inline(always)]
            fn apply(a: $a, b: $b) -> $r {
                semantics::$fn(a, b)
            }
        }
    };
    (binary_trap $name:ident $fn:ident ($a:ty, $b:ty) -> $r:ty) => {
        impl BinaryTrap for $name {
            type A = $a;
            type B = $b;
            type R = $r;
            #[inline(always)]
            fn apply(a: $a, b: $b) -> Result<$r, Trap> {
                semantics::$fn(a, b)
            }
        }
    };
    // `i32_load(i32) -> i32`: the memory type, then the value's.
    (load $name:ident $fn:ident ($mem:ty) -> $r:ty) => {
        impl Load for $name {
            type Mem = $mem;
            type R = $r;
            #[inline(always)]
            fn extend(m: $mem) -> u64 {
                Cell::into_cell(m as $r)
            }
        }
    };
    // `i32_store8(i32) -> i8`: the value's type, then the memory's.
    (store $name:ident $fn:ident ($v:ty) -> $mem:ty) => {
        impl Store for $name {
            type Mem = $mem;
            type V = $v;
            #[inline(always)]
            fn wrap(c: u64) -> $mem {
                <$v as Cell>::from_cell(c) as $mem
            }
        }
    };
}

crate::for_each_op!(define_kinds);
