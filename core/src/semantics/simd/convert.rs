//! Lane-wise conversions between float and integer shapes. The four-lane ones are `std::simd`
//! casts (see `vector`), which convert as Rust's `as` does: rounding to nearest from integers,
//! and to integers saturating, NaN to 0, as Wasm's `trunc_sat`. The two-lane ones go through
//! the scalar conversions: where the result has fewer lanes than the input its upper lanes are
//! zero; where more, only the input's low lanes are read (see `lanes::convert`).

use super::lanes::convert;
use super::vector::Vector;
use core::simd::prelude::*;

/// Both f64 lanes rounded to f32 in lanes 0 and 1; lanes 2 and 3 zero.
#[inline]
pub fn f32x4_demote_f64x2_zero(a: u128) -> u128 {
    convert(a, crate::semantics::f32_demote_f64)
}

/// Lanes 0 and 1 widened to f64.
#[inline]
pub fn f64x2_promote_low_f32x4(a: u128) -> u128 {
    convert(a, crate::semantics::f64_promote_f32)
}

/// Lane-wise float to signed integer, saturating; NaN gives 0.
#[inline]
pub fn i32x4_trunc_sat_f32x4_s(a: u128) -> u128 {
    f32x4::of(a).cast::<i32>().bits()
}

/// Lane-wise float to unsigned integer, saturating; NaN gives 0.
#[inline]
pub fn i32x4_trunc_sat_f32x4_u(a: u128) -> u128 {
    f32x4::of(a).cast::<u32>().bits()
}

/// Lane-wise signed integer to float.
#[inline]
pub fn f32x4_convert_i32x4_s(a: u128) -> u128 {
    i32x4::of(a).cast::<f32>().bits()
}

/// Lane-wise unsigned integer to float.
#[inline]
pub fn f32x4_convert_i32x4_u(a: u128) -> u128 {
    u32x4::of(a).cast::<f32>().bits()
}

/// Both f64 lanes to signed i32, saturating, in lanes 0 and 1; lanes 2 and 3 zero.
#[inline]
pub fn i32x4_trunc_sat_f64x2_s_zero(a: u128) -> u128 {
    convert(a, crate::semantics::i32_trunc_sat_f64_s)
}

/// Both f64 lanes to unsigned i32, saturating, in lanes 0 and 1; lanes 2 and 3 zero.
#[inline]
pub fn i32x4_trunc_sat_f64x2_u_zero(a: u128) -> u128 {
    convert(a, crate::semantics::i32_trunc_sat_f64_u)
}

/// Lanes 0 and 1 as signed integers to f64.
#[inline]
pub fn f64x2_convert_low_i32x4_s(a: u128) -> u128 {
    convert(a, crate::semantics::f64_convert_i32_s)
}

/// Lanes 0 and 1 as unsigned integers to f64.
#[inline]
pub fn f64x2_convert_low_i32x4_u(a: u128) -> u128 {
    convert(a, crate::semantics::f64_convert_i32_u)
}

/// Relaxed: as `i32x4.trunc_sat_f32x4_s` (the deterministic choice).
#[inline]
pub fn i32x4_relaxed_trunc_f32x4_s(a: u128) -> u128 {
    // Deterministic choice: saturate, NaN to 0 (the relaxed op may instead give i32::MIN, or
    // u32::MAX when unsigned, for NaN and out-of-range lanes).
    i32x4_trunc_sat_f32x4_s(a)
}

/// Relaxed: as `i32x4.trunc_sat_f32x4_u`.
#[inline]
pub fn i32x4_relaxed_trunc_f32x4_u(a: u128) -> u128 {
    // Deterministic choice: saturate, NaN to 0, as `i32x4_relaxed_trunc_f32x4_s`.
    i32x4_trunc_sat_f32x4_u(a)
}

/// Relaxed: as `i32x4.trunc_sat_f64x2_s_zero`.
#[inline]
pub fn i32x4_relaxed_trunc_f64x2_s_zero(a: u128) -> u128 {
    // Deterministic choice: saturate, NaN to 0, as `i32x4_relaxed_trunc_f32x4_s`.
    i32x4_trunc_sat_f64x2_s_zero(a)
}

/// Relaxed: as `i32x4.trunc_sat_f64x2_u_zero`.
#[inline]
pub fn i32x4_relaxed_trunc_f64x2_u_zero(a: u128) -> u128 {
    // Deterministic choice: saturate, NaN to 0, as `i32x4_relaxed_trunc_f32x4_s`.
    i32x4_trunc_sat_f64x2_u_zero(a)
}
