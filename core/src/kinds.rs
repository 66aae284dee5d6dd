//! One marker type per numeric, load and store op of the list, implementing the
//! trait of its shape. A back-end writes one generic handler per shape
//! (`binary::<kinds::I32Add>`) instead of one pasted name per op; the compiler
//! makes the copies.

use crate::error::Trap;
use crate::ir::Op;
use crate::semantics::{self, MemScalar};
use crate::value::{Cell, Cells};

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

/// Which [`Op`] a SIMD kind is: a handler that reads the op's fields by position
/// checks it in debug builds.
pub trait SimdOp {
    fn is(op: &Op) -> bool;
}

/// A SIMD op of one to three operands, each one cell or two ([`Cells`]): pops
/// them (the last on top), pushes the result.
pub trait Simd: SimdOp {
    type A: Cells;
    type B: Cells;
    type C: Cells;
    type R: Cells;
    /// Whether it has a `lane` field (an extract or a replace).
    const LANE: bool;
    /// The op's result from the values popped and its `lane` field (0 where it
    /// has none).
    fn apply(a: Self::A, b: Self::B, c: Self::C, lane: u32) -> Self::R;
}

/// A SIMD load (`simd_load`, `simd_load_lane`): pops an address (and, for a lane
/// load, the vector below it on top), reads a `Mem` at `address + offset`.
pub trait SimdLoad: SimdOp {
    type Mem: MemScalar;
    /// Whether a vector lies above the address (a lane load).
    const LANE: bool;
    fn apply(v: u128, m: Self::Mem, lane: u32) -> u128;
}

/// A SIMD store (`simd_store`, `simd_store_lane`): pops a vector and an address,
/// writes the `Mem` it gives at `address + offset`.
pub trait SimdStore: SimdOp {
    type Mem: MemScalar;
    /// Whether it has a `lane` field (a lane store).
    const LANE: bool;
    fn apply(v: u128, lane: u32) -> Self::Mem;
}

/// Runs SIMD op `O` on its operands below `sp`, with its `lane` field (0 where
/// it has none); returns the stack pointer above its result.
///
/// # Safety
/// `sp` must have `O`'s operands below it and room for its result: validation
/// fixed both.
#[inline(always)]
pub unsafe fn run_simd<O: Simd>(sp: *mut u64, lane: u32) -> *mut u64 {
    // SAFETY: the caller keeps this function's `# Safety` contract.
    unsafe {
        let c = sp.sub(O::C::CELLS);
        let b = c.sub(O::B::CELLS);
        let a = b.sub(O::A::CELLS);
        let r = O::apply(O::A::read(a), O::B::read(b), O::C::read(c), lane);
        r.write(a);
        a.add(O::R::CELLS)
    }
}

/// Runs SIMD load `O` (its `offset`, and `lane` for a lane load) on the memory
/// of `len` bytes at `mem`; returns the stack pointer above the vector loaded,
/// or the out-of-bounds trap.
///
/// # Safety
/// As [`run_simd`]; `mem` must be valid for `len` bytes.
#[inline(always)]
pub unsafe fn run_simd_load<O: SimdLoad>(
    sp: *mut u64,
    mem: *const u8,
    len: usize,
    offset: u32,
    lane: u32,
) -> Result<*mut u64, Trap> {
    // SAFETY: the caller keeps this function's `# Safety` contract.
    unsafe {
        let (v, at) = match O::LANE {
            true => (<u128 as Cells>::read(sp.sub(2)), sp.sub(3)),
            false => (0, sp.sub(1)),
        };
        let m = semantics::load::<O::Mem>(mem, len, *at as u32, offset)?;
        O::apply(v, m, lane).write(at);
        Ok(at.add(2))
    }
}

/// Runs SIMD store `O`: pops a vector and an address; returns the stack pointer
/// below them, or the out-of-bounds trap.
///
/// # Safety
/// As [`run_simd_load`].
#[inline(always)]
pub unsafe fn run_simd_store<O: SimdStore>(
    sp: *mut u64,
    mem: *mut u8,
    len: usize,
    offset: u32,
    lane: u32,
) -> Result<*mut u64, Trap> {
    // SAFETY: the caller keeps this function's `# Safety` contract.
    unsafe {
        let v = <u128 as Cells>::read(sp.sub(2));
        let at = sp.sub(3);
        semantics::store::<O::Mem>(mem, len, *at as u32, offset, O::apply(v, lane))?;
        Ok(at)
    }
}

/// Stands for a SIMD op's missing operands: takes no cells.
#[derive(Clone, Copy)]
pub struct Nothing;

impl Cells for Nothing {
    const CELLS: usize = 0;
    #[inline(always)]
    unsafe fn read(_: *const u64) -> Self {
        Nothing
    }
    #[inline(always)]
    unsafe fn write(self, _: *mut u64) {}
}

macro_rules! define_kinds {
    (
        control { $($control:tt)* }
        numeric { $( $(#[$m:meta])* $name:ident = $group:ident ( $fn:ident ( $($operand:ty),* ) -> $result:ty ) $({ $($f:ident : $t:ty),* })? ,)* }
        simd { $( $(#[$sm:meta])* $sname:ident = $sgroup:ident ( $sfn:ident ( $($soperand:ty),* ) -> $sresult:ty ) $({ $($sf:ident : $st:ty),* })? ,)* }
        reg_control { $($reg_control:tt)* }
        register { $($register:tt)* }
    ) => {
        $( $(#[$m])* pub struct $name;
           kind_impl!($group $name $fn ($($operand),*) -> $result); )*
        $( $(#[$sm])* pub struct $sname;
           impl SimdOp for $sname {
               fn is(op: &Op) -> bool {
                   matches!(op, Op::$sname { .. })
               }
           }
           kind_impl!($sgroup $sname $sfn ($($soperand),*) -> $sresult); )*

        impl crate::ir::Op {
            /// How many cells a SIMD op pops and how many it pushes (a vector is two);
            /// `None` for every other op.
            pub fn simd_cells(&self) -> Option<(u32, u32)> {
                match self {
                    $( crate::ir::Op::$sname { .. } => Some(simd_cells!($sgroup $sname)), )*
                    _ => None,
                }
            }
        }
    };
}

/// A SIMD op's cells popped and pushed, by its group: a load pops an address (and a
/// lane load the vector above it), a store an address and a vector; the rest pop
/// their operands.
macro_rules! simd_cells {
    (simd_load $name:ident) => {
        (1, 2)
    };
    (simd_load_lane $name:ident) => {
        (3, 2)
    };
    (simd_store $name:ident) => {
        (3, 0)
    };
    (simd_store_lane $name:ident) => {
        (3, 0)
    };
    ($group:ident $name:ident) => {
        (
            (<$name as Simd>::A::CELLS + <$name as Simd>::B::CELLS + <$name as Simd>::C::CELLS) as u32,
            <$name as Simd>::R::CELLS as u32,
        )
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
    (simd_unary $name:ident $fn:ident ($a:ty) -> $r:ty) => {
        simd_impl!($name, false, $a, Nothing, Nothing, $r, |a, _b, _c, _lane| {
            semantics::$fn(a)
        });
    };
    (simd_binary $name:ident $fn:ident ($a:ty, $b:ty) -> $r:ty) => {
        simd_impl!($name, false, $a, $b, Nothing, $r, |a, b, _c, _lane| {
            semantics::$fn(a, b)
        });
    };
    (simd_ternary $name:ident $fn:ident ($a:ty, $b:ty, $c:ty) -> $r:ty) => {
        simd_impl!($name, false, $a, $b, $c, $r, |a, b, c, _lane| semantics::$fn(
            a, b, c
        ));
    };
    (simd_ternary_ir $name:ident $fn:ident ($a:ty, $b:ty, $c:ty) -> $r:ty) => {
        simd_impl!($name, false, $a, $b, $c, $r, |a, b, c, _lane| semantics::$fn(
            a, b, c
        ));
    };
    (simd_extract $name:ident $fn:ident ($a:ty) -> $r:ty) => {
        simd_impl!($name, true, $a, Nothing, Nothing, $r, |a, _b, _c, lane| {
            semantics::$fn(a, lane)
        });
    };
    (simd_replace $name:ident $fn:ident ($a:ty, $b:ty) -> $r:ty) => {
        simd_impl!($name, true, $a, $b, Nothing, $r, |a, b, _c, lane| semantics::$fn(
            a, b, lane
        ));
    };
    (simd_load $name:ident $fn:ident ($mem:ty) -> $r:ty) => {
        impl SimdLoad for $name {
            type Mem = $mem;
            const LANE: bool = false;
            #[inline(always)]
            fn apply(_v: u128, m: $mem, _lane: u32) -> u128 {
                semantics::$fn(m)
            }
        }
    };
    (simd_load_lane $name:ident $fn:ident ($v:ty, $mem:ty) -> $r:ty) => {
        impl SimdLoad for $name {
            type Mem = $mem;
            const LANE: bool = true;
            #[inline(always)]
            fn apply(v: u128, m: $mem, lane: u32) -> u128 {
                semantics::$fn(v, m, lane)
            }
        }
    };
    (simd_store $name:ident $fn:ident ($v:ty) -> $mem:ty) => {
        impl SimdStore for $name {
            type Mem = $mem;
            const LANE: bool = false;
            #[inline(always)]
            fn apply(v: u128, _lane: u32) -> $mem {
                semantics::$fn(v)
            }
        }
    };
    (simd_store_lane $name:ident $fn:ident ($v:ty) -> $mem:ty) => {
        impl SimdStore for $name {
            type Mem = $mem;
            const LANE: bool = true;
            #[inline(always)]
            fn apply(v: u128, lane: u32) -> $mem {
                semantics::$fn(v, lane)
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

/// The [`Simd`] impl of one op: its operand and result types, and its semantics
/// as a closure over the operands and the lane.
macro_rules! simd_impl {
    ($name:ident, $lane:literal, $a:ty, $b:ty, $c:ty, $r:ty, $apply:expr) => {
        impl Simd for $name {
            type A = $a;
            type B = $b;
            type C = $c;
            type R = $r;
            const LANE: bool = $lane;
            #[inline(always)]
            fn apply(a: $a, b: $b, c: $c, lane: u32) -> $r {
                let f: fn($a, $b, $c, u32) -> $r = $apply;
                f(a, b, c, lane)
            }
        }
    };
}

crate::for_each_op!(define_kinds);

#[cfg(test)]
mod tests {
    use crate::ir::Op;

    #[test]
    fn simd_cells_count_a_vector_as_two() {
        assert_eq!(Op::V128Load { offset: 0 }.simd_cells(), Some((1, 2)));
        assert_eq!(Op::V128Load8Lane { offset: 0, lane: 0 }.simd_cells(), Some((3, 2)));
        assert_eq!(Op::V128Store { offset: 0 }.simd_cells(), Some((3, 0)));
        assert_eq!(Op::I32x4ExtractLane { lane: 0 }.simd_cells(), Some((2, 1)));
        assert_eq!(Op::I32x4ReplaceLane { lane: 0 }.simd_cells(), Some((3, 2)));
        assert_eq!(Op::I8x16Splat.simd_cells(), Some((1, 2)));
        assert_eq!(Op::V128AnyTrue.simd_cells(), Some((2, 1)));
        assert_eq!(Op::I8x16Shl.simd_cells(), Some((3, 2)));
        assert_eq!(Op::V128Bitselect.simd_cells(), Some((6, 2)));
        // The shuffle's lane mask is pushed as a third vector.
        assert_eq!(Op::I8x16Shuffle.simd_cells(), Some((6, 2)));
        assert_eq!(Op::I32Add.simd_cells(), None);
    }
}
