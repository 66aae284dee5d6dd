//! Lane-wise float arithmetic. Where the scalar op in `semantics::float` is plain IEEE
//! arithmetic (add, subtract, multiply, divide, square root) or a sign-bit operation (abs,
//! neg), the vector op is the same thing on a `std::simd` vector (see `vector`), one host
//! instruction. Ops with rules of Wasm's own (min, max, and rounding, which quiets NaNs) apply
//! the scalar op to each lane, so those rules are written once.

use super::lanes::{map, zip};
use super::vector::{lift, lift2, lift3};
use core::simd::prelude::*;
use core::simd::Select;
use std::simd::StdFloat;

/// Lane-wise round up.
#[inline]
pub fn f32x4_ceil(a: u128) -> u128 {
    map(a, crate::semantics::f32_ceil)
}

/// Lane-wise round down.
#[inline]
pub fn f32x4_floor(a: u128) -> u128 {
    map(a, crate::semantics::f32_floor)
}

/// Lane-wise round towards zero.
#[inline]
pub fn f32x4_trunc(a: u128) -> u128 {
    map(a, crate::semantics::f32_trunc)
}

/// Lane-wise round to nearest, ties to even.
#[inline]
pub fn f32x4_nearest(a: u128) -> u128 {
    map(a, crate::semantics::f32_nearest)
}

/// Lane-wise absolute value.
#[inline]
pub fn f32x4_abs(a: u128) -> u128 {
    lift(a, |x: f32x4| x.abs())
}

/// Lane-wise negation.
#[inline]
pub fn f32x4_neg(a: u128) -> u128 {
    lift(a, |x: f32x4| -x)
}

/// Lane-wise square root.
#[inline]
pub fn f32x4_sqrt(a: u128) -> u128 {
    lift(a, |x: f32x4| x.sqrt())
}

/// Lane-wise round up.
#[inline]
pub fn f64x2_ceil(a: u128) -> u128 {
    map(a, crate::semantics::f64_ceil)
}

/// Lane-wise round down.
#[inline]
pub fn f64x2_floor(a: u128) -> u128 {
    map(a, crate::semantics::f64_floor)
}

/// Lane-wise round towards zero.
#[inline]
pub fn f64x2_trunc(a: u128) -> u128 {
    map(a, crate::semantics::f64_trunc)
}

/// Lane-wise round to nearest, ties to even.
#[inline]
pub fn f64x2_nearest(a: u128) -> u128 {
    map(a, crate::semantics::f64_nearest)
}

/// Lane-wise absolute value.
#[inline]
pub fn f64x2_abs(a: u128) -> u128 {
    lift(a, |x: f64x2| x.abs())
}

/// Lane-wise negation.
#[inline]
pub fn f64x2_neg(a: u128) -> u128 {
    lift(a, |x: f64x2| -x)
}

/// Lane-wise square root.
#[inline]
pub fn f64x2_sqrt(a: u128) -> u128 {
    lift(a, |x: f64x2| x.sqrt())
}

/// Lane-wise add.
#[inline]
pub fn f32x4_add(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: f32x4, y| x + y)
}

/// Lane-wise subtract.
#[inline]
pub fn f32x4_sub(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: f32x4, y| x - y)
}

/// Lane-wise multiply.
#[inline]
pub fn f32x4_mul(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: f32x4, y| x * y)
}

/// Lane-wise divide.
#[inline]
pub fn f32x4_div(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: f32x4, y| x / y)
}

/// Lane-wise minimum (NaN if either is; -0 below +0).
#[inline]
pub fn f32x4_min(a: u128, b: u128) -> u128 {
    zip(a, b, crate::semantics::f32_min)
}

/// Lane-wise maximum (NaN if either is; +0 above -0).
#[inline]
pub fn f32x4_max(a: u128, b: u128) -> u128 {
    zip(a, b, crate::semantics::f32_max)
}

/// Lane-wise pseudo-minimum: `b < a ? b : a`.
#[inline]
pub fn f32x4_pmin(a: u128, b: u128) -> u128 {
    // Not `f32_min`: pmin is C's `b < a ? b : a`, so NaN or equal operands give `a` back unchanged.
    lift2(a, b, |x: f32x4, y| y.simd_lt(x).select(y, x))
}

/// Lane-wise pseudo-maximum: `a < b ? b : a`.
#[inline]
pub fn f32x4_pmax(a: u128, b: u128) -> u128 {
    // Not `f32_max`: pmax is C's `a < b ? b : a`, so NaN or equal operands give `a` back unchanged.
    lift2(a, b, |x: f32x4, y| x.simd_lt(y).select(y, x))
}

/// Lane-wise add.
#[inline]
pub fn f64x2_add(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: f64x2, y| x + y)
}

/// Lane-wise subtract.
#[inline]
pub fn f64x2_sub(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: f64x2, y| x - y)
}

/// Lane-wise multiply.
#[inline]
pub fn f64x2_mul(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: f64x2, y| x * y)
}

/// Lane-wise divide.
#[inline]
pub fn f64x2_div(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: f64x2, y| x / y)
}

/// Lane-wise minimum (NaN if either is; -0 below +0).
#[inline]
pub fn f64x2_min(a: u128, b: u128) -> u128 {
    zip(a, b, crate::semantics::f64_min)
}

/// Lane-wise maximum (NaN if either is; +0 above -0).
#[inline]
pub fn f64x2_max(a: u128, b: u128) -> u128 {
    zip(a, b, crate::semantics::f64_max)
}

/// Lane-wise pseudo-minimum: `b < a ? b : a`.
#[inline]
pub fn f64x2_pmin(a: u128, b: u128) -> u128 {
    // Not `f64_min`: pmin is C's `b < a ? b : a`, so NaN or equal operands give `a` back unchanged.
    lift2(a, b, |x: f64x2, y| y.simd_lt(x).select(y, x))
}

/// Lane-wise pseudo-maximum: `a < b ? b : a`.
#[inline]
pub fn f64x2_pmax(a: u128, b: u128) -> u128 {
    // Not `f64_max`: pmax is C's `a < b ? b : a`, so NaN or equal operands give `a` back unchanged.
    lift2(a, b, |x: f64x2, y| x.simd_lt(y).select(y, x))
}

/// Relaxed: as `f32x4.min`.
#[inline]
pub fn f32x4_relaxed_min(a: u128, b: u128) -> u128 {
    // Deterministic choice: the strict op, one of the answers allowed for NaN and mixed-sign zeros.
    f32x4_min(a, b)
}

/// Relaxed: as `f32x4.max`.
#[inline]
pub fn f32x4_relaxed_max(a: u128, b: u128) -> u128 {
    // Deterministic choice: the strict op, one of the answers allowed for NaN and mixed-sign zeros.
    f32x4_max(a, b)
}

/// Relaxed: as `f64x2.min`.
#[inline]
pub fn f64x2_relaxed_min(a: u128, b: u128) -> u128 {
    // Deterministic choice: the strict op, one of the answers allowed for NaN and mixed-sign zeros.
    f64x2_min(a, b)
}

/// Relaxed: as `f64x2.max`.
#[inline]
pub fn f64x2_relaxed_max(a: u128, b: u128) -> u128 {
    // Deterministic choice: the strict op, one of the answers allowed for NaN and mixed-sign zeros.
    f64x2_max(a, b)
}

/// Relaxed: lane-wise `a * b + c`, unfused (the deterministic profile's choice).
#[inline]
pub fn f32x4_relaxed_madd(a: u128, b: u128, c: u128) -> u128 {
    // Deterministic choice, Wasm 3.0's deterministic profile: unfused, the product rounded
    // first (the spec also allows one rounding). Rust never contracts `x * y + z` into an fma.
    lift3(a, b, c, |x: f32x4, y, z| x * y + z)
}

/// Relaxed: lane-wise `-(a * b) + c`, unfused.
#[inline]
pub fn f32x4_relaxed_nmadd(a: u128, b: u128, c: u128) -> u128 {
    // Deterministic choice: unfused, as `relaxed_madd`.
    lift3(a, b, c, |x: f32x4, y, z| -(x * y) + z)
}

/// Relaxed: lane-wise `a * b + c`, unfused (the deterministic profile's choice).
#[inline]
pub fn f64x2_relaxed_madd(a: u128, b: u128, c: u128) -> u128 {
    // Deterministic choice: unfused, as `f32x4_relaxed_madd`.
    lift3(a, b, c, |x: f64x2, y, z| x * y + z)
}

/// Relaxed: lane-wise `-(a * b) + c`, unfused.
#[inline]
pub fn f64x2_relaxed_nmadd(a: u128, b: u128, c: u128) -> u128 {
    // Deterministic choice: unfused, as `f32x4_relaxed_madd`.
    lift3(a, b, c, |x: f64x2, y, z| -(x * y) + z)
}
