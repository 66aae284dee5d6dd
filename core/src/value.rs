//! Values at the API boundary ([`Val`]) and inside the interpreter (untyped cells).
//!
//! Inside, every value is a `u64` cell: validation proved every type, so no tag is
//! kept. An `i32` or `f32` lives zero-extended in the low 32 bits; a reference is
//! `0` for null, or its store address plus one. A `v128` takes two cells, its low
//! half first ([`Cells`]): code without vectors keeps one cell per value, so it
//! pays nothing for them.

use crate::types::ValType;
use std::fmt;

/// A typed value, as passed to and returned from invocations and host functions.
/// Floats are kept as bits so NaN payloads survive the round trip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Val {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    /// A function reference: the store's function address, or null.
    FuncRef(Option<u32>),
    /// An opaque host reference, or null.
    ExternRef(Option<u32>),
    /// A 128-bit vector; lane 0 in the low bits.
    V128(u128),
}

impl Val {
    pub fn ty(&self) -> ValType {
        match self {
            Val::I32(_) => ValType::I32,
            Val::I64(_) => ValType::I64,
            Val::F32(_) => ValType::F32,
            Val::F64(_) => ValType::F64,
            Val::FuncRef(_) => ValType::FuncRef,
            Val::ExternRef(_) => ValType::ExternRef,
            Val::V128(_) => ValType::V128,
        }
    }

    /// The zero value of a type (null for references).
    pub fn default_of(ty: ValType) -> Val {
        Val::from_cell(ty, 0)
    }

    /// The value's cell; a `v128`'s low half (its high half is [`Val::high_cell`]).
    pub fn to_cell(self) -> u64 {
        match self {
            Val::I32(v) => v as u32 as u64,
            Val::I64(v) => v as u64,
            Val::F32(v) => v as u64,
            Val::F64(v) => v,
            Val::FuncRef(r) | Val::ExternRef(r) => r.map_or(0, |a| a as u64 + 1),
            Val::V128(v) => v as u64,
        }
    }

    /// A `v128`'s second cell, its high half; 0 for every one-cell value.
    pub fn high_cell(self) -> u64 {
        match self {
            Val::V128(v) => (v >> 64) as u64,
            _ => 0,
        }
    }

    /// The value of type `ty` in cells `lo` and, for a `v128`, `hi`.
    pub fn from_cells(ty: ValType, lo: u64, hi: u64) -> Val {
        match ty {
            ValType::V128 => Val::V128((hi as u128) << 64 | lo as u128),
            _ => Val::from_cell(ty, lo),
        }
    }

    /// Writes the value to the cells at `p`; returns how many it took.
    ///
    /// # Safety
    /// `p` must be valid for writing `self.ty().cells()` cells.
    pub unsafe fn write_cells(self, p: *mut u64) -> usize {
        // SAFETY: the caller keeps this function's `# Safety` contract.
        unsafe {
            *p = self.to_cell();
            if let Val::V128(_) = self {
                *p.add(1) = self.high_cell();
                return 2;
            }
        }
        1
    }

    /// The value of type `ty` in the cells at `p`.
    ///
    /// # Safety
    /// `p` must be valid for reading `ty.cells()` cells.
    pub unsafe fn read_cells(ty: ValType, p: *const u64) -> Val {
        // SAFETY: the caller keeps this function's `# Safety` contract.
        unsafe {
            match ty {
                ValType::V128 => Val::from_cells(ty, *p, *p.add(1)),
                _ => Val::from_cell(ty, *p),
            }
        }
    }

    /// Values of `types` read from consecutive cells at `p`.
    ///
    /// # Safety
    /// `p` must be valid for reading [`crate::types::cells_of`]`(types)` cells.
    pub unsafe fn read_all(types: &[ValType], p: *const u64) -> Vec<Val> {
        let mut at = 0;
        types
            .iter()
            .map(|&t| {
                // SAFETY: the caller keeps this function's `# Safety` contract.
                let v = unsafe { Val::read_cells(t, p.add(at)) };
                at += t.cells();
                v
            })
            .collect()
    }

    /// Writes `vals` to consecutive cells at `p`.
    ///
    /// # Safety
    /// `p` must be valid for writing the cells of every value.
    pub unsafe fn write_all(vals: &[Val], p: *mut u64) {
        let mut at = 0;
        for v in vals {
            // SAFETY: the caller keeps this function's `# Safety` contract.
            at += unsafe { v.write_cells(p.add(at)) };
        }
    }

    /// The value of one-cell type `ty` in cell `c` (a `v128` gets `c` as its low half).
    pub fn from_cell(ty: ValType, c: u64) -> Val {
        let r = if c == 0 { None } else { Some((c - 1) as u32) };
        match ty {
            ValType::I32 => Val::I32(c as u32 as i32),
            ValType::I64 => Val::I64(c as i64),
            ValType::F32 => Val::F32(c as u32),
            ValType::F64 => Val::F64(c),
            ValType::FuncRef => Val::FuncRef(r),
            ValType::ExternRef => Val::ExternRef(r),
            ValType::Ref(t) if t.heap.is_func() => Val::FuncRef(r),
            ValType::Ref(_) => Val::ExternRef(r),
            ValType::V128 => Val::V128(c as u128),
        }
    }

    /// Parses a command-line argument of the given type: integers in decimal or
    /// `0x` hex, floats as decimal, `inf`, `nan`, or `0x` bit patterns.
    pub fn parse(ty: ValType, s: &str) -> Result<Val, String> {
        let bad = |what: &str| format!("cannot parse `{s}` as {what}");
        let hex = |s: &str| s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")).map(str::to_owned);
        Ok(match ty {
            ValType::I32 => Val::I32(match hex(s) {
                Some(h) => u32::from_str_radix(&h, 16).map_err(|_| bad("i32"))? as i32,
                None => s
                    .parse::<i32>()
                    .or_else(|_| s.parse::<u32>().map(|u| u as i32))
                    .map_err(|_| bad("i32"))?,
            }),
            ValType::I64 => Val::I64(match hex(s) {
                Some(h) => u64::from_str_radix(&h, 16).map_err(|_| bad("i64"))? as i64,
                None => s
                    .parse::<i64>()
                    .or_else(|_| s.parse::<u64>().map(|u| u as i64))
                    .map_err(|_| bad("i64"))?,
            }),
            ValType::F32 => Val::F32(match hex(s) {
                Some(h) => u32::from_str_radix(&h, 16).map_err(|_| bad("f32 bits"))?,
                None => s.parse::<f32>().map_err(|_| bad("f32"))?.to_bits(),
            }),
            ValType::F64 => Val::F64(match hex(s) {
                Some(h) => u64::from_str_radix(&h, 16).map_err(|_| bad("f64 bits"))?,
                None => s.parse::<f64>().map_err(|_| bad("f64"))?.to_bits(),
            }),
            // As wasmtime takes a v128 on its command line: one 128-bit integer (a
            // negative one, or `0x` hex, taken too).
            ValType::V128 => Val::V128(match hex(s) {
                Some(h) => u128::from_str_radix(&h, 16).map_err(|_| bad("v128"))?,
                None => s
                    .parse::<u128>()
                    .or_else(|_| s.parse::<i128>().map(|v| v as u128))
                    .map_err(|_| bad("v128"))?,
            }),
            ValType::FuncRef | ValType::ExternRef | ValType::Ref(_) => {
                if s == "null" {
                    Val::from_cell(ty, 0)
                } else {
                    let n = s.parse::<u32>().map_err(|_| bad("reference (a number or `null`)"))?;
                    Val::from_cell(ty, n as u64 + 1)
                }
            }
        })
    }
}

impl fmt::Display for Val {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Val::I32(v) => write!(f, "{v}"),
            Val::I64(v) => write!(f, "{v}"),
            Val::F32(b) => write!(f, "{}", f32::from_bits(b)),
            Val::F64(b) => write!(f, "{}", f64::from_bits(b)),
            Val::FuncRef(None) | Val::ExternRef(None) => f.write_str("null"),
            Val::FuncRef(Some(a)) => write!(f, "func:{a}"),
            Val::ExternRef(Some(a)) => write!(f, "extern:{a}"),
            // As wasmtime prints a v128 result: one unsigned 128-bit integer.
            Val::V128(v) => write!(f, "{v}"),
        }
    }
}

/// A value as it sits in the value stack: one cell for a scalar ([`Cell`]), two for
/// a `v128` (`u128`, its low half first). The SIMD ops' handlers are generic over
/// it, so a scalar operand of a vector op costs what it costs elsewhere.
pub trait Cells: Copy {
    /// How many cells the value takes.
    const CELLS: usize;
    /// # Safety
    /// `p` must be valid for reading `CELLS` cells.
    unsafe fn read(p: *const u64) -> Self;
    /// # Safety
    /// `p` must be valid for writing `CELLS` cells.
    unsafe fn write(self, p: *mut u64);
}

impl<T: Cell> Cells for T {
    const CELLS: usize = 1;
    #[inline(always)]
    unsafe fn read(p: *const u64) -> Self {
        // SAFETY: the caller keeps this function's `# Safety` contract.
        T::from_cell(unsafe { *p })
    }
    #[inline(always)]
    unsafe fn write(self, p: *mut u64) {
        // SAFETY: the caller keeps this function's `# Safety` contract.
        unsafe { *p = self.into_cell() }
    }
}

impl Cells for u128 {
    const CELLS: usize = 2;
    #[inline(always)]
    unsafe fn read(p: *const u64) -> Self {
        // SAFETY: the caller keeps this function's `# Safety` contract.
        unsafe { (*p.add(1) as u128) << 64 | *p as u128 }
    }
    #[inline(always)]
    unsafe fn write(self, p: *mut u64) {
        // SAFETY: the caller keeps this function's `# Safety` contract.
        unsafe {
            *p = self as u64;
            *p.add(1) = (self >> 64) as u64;
        }
    }
}

/// Conversion between a Rust scalar and an untyped cell; the op semantics are typed,
/// the dispatch loops move cells.
pub trait Cell: Copy {
    /// Whether this is `f64`: a back-end may carry such a value in a float register
    /// rather than an integer one, which saves moves between the register files.
    const IS_F64: bool = false;
    fn from_cell(c: u64) -> Self;
    fn into_cell(self) -> u64;
}

impl Cell for i32 {
    #[inline(always)]
    fn from_cell(c: u64) -> Self {
        c as u32 as i32
    }
    #[inline(always)]
    fn into_cell(self) -> u64 {
        self as u32 as u64
    }
}
impl Cell for u32 {
    #[inline(always)]
    fn from_cell(c: u64) -> Self {
        c as u32
    }
    #[inline(always)]
    fn into_cell(self) -> u64 {
        self as u64
    }
}
impl Cell for i64 {
    #[inline(always)]
    fn from_cell(c: u64) -> Self {
        c as i64
    }
    #[inline(always)]
    fn into_cell(self) -> u64 {
        self as u64
    }
}
impl Cell for u64 {
    #[inline(always)]
    fn from_cell(c: u64) -> Self {
        c
    }
    #[inline(always)]
    fn into_cell(self) -> u64 {
        self
    }
}
impl Cell for f32 {
    #[inline(always)]
    fn from_cell(c: u64) -> Self {
        f32::from_bits(c as u32)
    }
    #[inline(always)]
    fn into_cell(self) -> u64 {
        self.to_bits() as u64
    }
}
impl Cell for f64 {
    const IS_F64: bool = true;
    #[inline(always)]
    fn from_cell(c: u64) -> Self {
        f64::from_bits(c)
    }
    #[inline(always)]
    fn into_cell(self) -> u64 {
        self.to_bits()
    }
}
