//! Lane-wise float arithmetic. Each op applies the scalar op from `semantics::float`, so NaN
//! propagation, zero signs and rounding are defined once for scalars and vectors alike.

use super::lanes::{map, zip, zip3};

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
    map(a, crate::semantics::f32_abs)
}

/// Lane-wise negation.
#[inline]
pub fn f32x4_neg(a: u128) -> u128 {
    map(a, crate::semantics::f32_neg)
}

/// Lane-wise square root.
#[inline]
pub fn f32x4_sqrt(a: u128) -> u128 {
    map(a, crate::semantics::f32_sqrt)
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
    map(a, crate::semantics::f64_abs)
}

/// Lane-wise negation.
#[inline]
pub fn f64x2_neg(a: u128) -> u128 {
    map(a, crate::semantics::f64_neg)
}

/// Lane-wise square root.
#[inline]
pub fn f64x2_sqrt(a: u128) -> u128 {
    map(a, crate::semantics::f64_sqrt)
}

/// Lane-wise add.
#[inline]
pub fn f32x4_add(a: u128, b: u128) -> u128 {
    zip(a, b, crate::semantics::f32_add)
}

/// Lane-wise subtract.
#[inline]
pub fn f32x4_sub(a: u128, b: u128) -> u128 {
    zip(a, b, crate::semantics::f32_sub)
}

/// Lane-wise multiply.
#[inline]
pub fn f32x4_mul(a: u128, b: u128) -> u128 {
    zip(a, b, crate::semantics::f32_mul)
}

/// Lane-wise divide.
#[inline]
pub fn f32x4_div(a: u128, b: u128) -> u128 {
    zip(a, b, crate::semantics::f32_div)
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
    zip(a, b, |x: f32, y| if y < x { y } else { x })
}

/// Lane-wise pseudo-maximum: `a < b ? b : a`.
#[inline]
pub fn f32x4_pmax(a: u128, b: u128) -> u128 {
    // Not `f32_max`: pmax is C's `a < b ? b : a`, so NaN or equal operands give `a` back unchanged.
    zip(a, b, |x: f32, y| if x < y { y } else { x })
}

/// Lane-wise add.
#[inline]
pub fn f64x2_add(a: u128, b: u128) -> u128 {
    zip(a, b, crate::semantics::f64_add)
}

/// Lane-wise subtract.
#[inline]
pub fn f64x2_sub(a: u128, b: u128) -> u128 {
    zip(a, b, crate::semantics::f64_sub)
}

/// Lane-wise multiply.
#[inline]
pub fn f64x2_mul(a: u128, b: u128) -> u128 {
    zip(a, b, crate::semantics::f64_mul)
}

/// Lane-wise divide.
#[inline]
pub fn f64x2_div(a: u128, b: u128) -> u128 {
    zip(a, b, crate::semantics::f64_div)
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
    zip(a, b, |x: f64, y| if y < x { y } else { x })
}

/// Lane-wise pseudo-maximum: `a < b ? b : a`.
#[inline]
pub fn f64x2_pmax(a: u128, b: u128) -> u128 {
    // Not `f64_max`: pmax is C's `a < b ? b : a`, so NaN or equal operands give `a` back unchanged.
    zip(a, b, |x: f64, y| if x < y { y } else { x })
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
    zip3(a, b, c, |x: f32, y, z| x * y + z)
}

/// Relaxed: lane-wise `-(a * b) + c`, unfused.
#[inline]
pub fn f32x4_relaxed_nmadd(a: u128, b: u128, c: u128) -> u128 {
    // Deterministic choice: unfused, as `relaxed_madd`.
    zip3(a, b, c, |x: f32, y, z| -(x * y) + z)
}

/// Relaxed: lane-wise `a * b + c`, unfused (the deterministic profile's choice).
#[inline]
pub fn f64x2_relaxed_madd(a: u128, b: u128, c: u128) -> u128 {
    // Deterministic choice: unfused, as `f32x4_relaxed_madd`.
    zip3(a, b, c, |x: f64, y, z| x * y + z)
}

/// Relaxed: lane-wise `-(a * b) + c`, unfused.
#[inline]
pub fn f64x2_relaxed_nmadd(a: u128, b: u128, c: u128) -> u128 {
    // Deterministic choice: unfused, as `f32x4_relaxed_madd`.
    zip3(a, b, c, |x: f64, y, z| -(x * y) + z)
}
