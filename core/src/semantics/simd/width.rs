//! Ops whose result lanes differ in width from their inputs: extend, narrow, extended multiply,
//! pairwise add and dot products, on `std::simd` vectors (see `vector`). A `cast` between
//! integer lanes sign- or zero-extends by the source type, so the vector type picked carries
//! the op's signedness.

use super::lanes::{pairwise_zip, zip};
use super::vector::{lift2, pairwise_sum, Halves, Vector};
use core::simd::prelude::*;

/// Adjacent signed lanes of i8x16 added into lanes twice as wide.
#[inline]
pub fn i16x8_ext_add_pairwise_i8x16_s(a: u128) -> u128 {
    pairwise_sum(i8x16::of(a).cast::<i16>())
}

/// Adjacent unsigned lanes of i8x16 added into lanes twice as wide.
#[inline]
pub fn i16x8_ext_add_pairwise_i8x16_u(a: u128) -> u128 {
    pairwise_sum(u8x16::of(a).cast::<u16>())
}

/// Adjacent signed lanes of i16x8 added into lanes twice as wide.
#[inline]
pub fn i32x4_ext_add_pairwise_i16x8_s(a: u128) -> u128 {
    pairwise_sum(i16x8::of(a).cast::<i32>())
}

/// Adjacent unsigned lanes of i16x8 added into lanes twice as wide.
#[inline]
pub fn i32x4_ext_add_pairwise_i16x8_u(a: u128) -> u128 {
    pairwise_sum(u16x8::of(a).cast::<u32>())
}

/// The low half's lanes sign-extended to twice their width.
#[inline]
pub fn i16x8_extend_low_i8x16_s(a: u128) -> u128 {
    i8x16::of(a).low().cast::<i16>().bits()
}

/// The low half's lanes zero-extended to twice their width.
#[inline]
pub fn i16x8_extend_low_i8x16_u(a: u128) -> u128 {
    u8x16::of(a).low().cast::<u16>().bits()
}

/// The high half's lanes sign-extended to twice their width.
#[inline]
pub fn i16x8_extend_high_i8x16_s(a: u128) -> u128 {
    i8x16::of(a).high().cast::<i16>().bits()
}

/// The high half's lanes zero-extended to twice their width.
#[inline]
pub fn i16x8_extend_high_i8x16_u(a: u128) -> u128 {
    u8x16::of(a).high().cast::<u16>().bits()
}

/// The low half's lanes sign-extended to twice their width.
#[inline]
pub fn i32x4_extend_low_i16x8_s(a: u128) -> u128 {
    i16x8::of(a).low().cast::<i32>().bits()
}

/// The low half's lanes zero-extended to twice their width.
#[inline]
pub fn i32x4_extend_low_i16x8_u(a: u128) -> u128 {
    u16x8::of(a).low().cast::<u32>().bits()
}

/// The high half's lanes sign-extended to twice their width.
#[inline]
pub fn i32x4_extend_high_i16x8_s(a: u128) -> u128 {
    i16x8::of(a).high().cast::<i32>().bits()
}

/// The high half's lanes zero-extended to twice their width.
#[inline]
pub fn i32x4_extend_high_i16x8_u(a: u128) -> u128 {
    u16x8::of(a).high().cast::<u32>().bits()
}

/// The low half's lanes sign-extended to twice their width.
#[inline]
pub fn i64x2_extend_low_i32x4_s(a: u128) -> u128 {
    i32x4::of(a).low().cast::<i64>().bits()
}

/// The low half's lanes zero-extended to twice their width.
#[inline]
pub fn i64x2_extend_low_i32x4_u(a: u128) -> u128 {
    u32x4::of(a).low().cast::<u64>().bits()
}

/// The high half's lanes sign-extended to twice their width.
#[inline]
pub fn i64x2_extend_high_i32x4_s(a: u128) -> u128 {
    i32x4::of(a).high().cast::<i64>().bits()
}

/// The high half's lanes zero-extended to twice their width.
#[inline]
pub fn i64x2_extend_high_i32x4_u(a: u128) -> u128 {
    u32x4::of(a).high().cast::<u64>().bits()
}

/// Both vectors' i16x8 lanes narrowed to half width, signed saturating (the first's in the low
/// half).
#[inline]
pub fn i8x16_narrow_i16x8_s(a: u128, b: u128) -> u128 {
    let narrow = |x: u128| i16x8::of(x).simd_clamp(i16x8::splat(-128), i16x8::splat(127)).cast();
    i8x16::join(narrow(a), narrow(b)).bits()
}

/// Both vectors' i16x8 lanes narrowed to half width, unsigned saturating from signed.
#[inline]
pub fn i8x16_narrow_i16x8_u(a: u128, b: u128) -> u128 {
    // The input lanes are signed, so negative ones clamp to 0.
    let narrow = |x: u128| i16x8::of(x).simd_clamp(i16x8::splat(0), i16x8::splat(255)).cast();
    u8x16::join(narrow(a), narrow(b)).bits()
}

/// Both vectors' i32x4 lanes narrowed to half width, signed saturating (the first's in the low
/// half).
#[inline]
pub fn i16x8_narrow_i32x4_s(a: u128, b: u128) -> u128 {
    let (min, max) = (i16::MIN.into(), i16::MAX.into());
    let narrow = |x: u128| i32x4::of(x).simd_clamp(i32x4::splat(min), i32x4::splat(max)).cast();
    i16x8::join(narrow(a), narrow(b)).bits()
}

/// Both vectors' i32x4 lanes narrowed to half width, unsigned saturating from signed.
#[inline]
pub fn i16x8_narrow_i32x4_u(a: u128, b: u128) -> u128 {
    // The input lanes are signed, so negative ones clamp to 0.
    let narrow = |x: u128| i32x4::of(x).simd_clamp(i32x4::splat(0), i32x4::splat(0xffff)).cast();
    u16x8::join(narrow(a), narrow(b)).bits()
}

/// Signed 16-bit products of adjacent lanes summed into 32-bit lanes.
#[inline]
pub fn i32x4_dot_i16x8_s(a: u128, b: u128) -> u128 {
    // The sum overflows only for two (i16::MIN * i16::MIN) products, and the spec wraps it.
    pairwise_sum(i16x8::of(a).cast::<i32>() * i16x8::of(b).cast::<i32>())
}

/// The low halves' lanes multiplied, sign-extended to twice their width.
#[inline]
pub fn i16x8_ext_mul_low_i8x16_s(a: u128, b: u128) -> u128 {
    // The products of extended lanes always fit, so the wrapping multiply never wraps.
    lift2(
        i16x8_extend_low_i8x16_s(a),
        i16x8_extend_low_i8x16_s(b),
        |x: i16x8, y| x * y,
    )
}

/// The low halves' lanes multiplied, zero-extended to twice their width.
#[inline]
pub fn i16x8_ext_mul_low_i8x16_u(a: u128, b: u128) -> u128 {
    lift2(
        i16x8_extend_low_i8x16_u(a),
        i16x8_extend_low_i8x16_u(b),
        |x: u16x8, y| x * y,
    )
}

/// The high halves' lanes multiplied, sign-extended to twice their width.
#[inline]
pub fn i16x8_ext_mul_high_i8x16_s(a: u128, b: u128) -> u128 {
    lift2(
        i16x8_extend_high_i8x16_s(a),
        i16x8_extend_high_i8x16_s(b),
        |x: i16x8, y| x * y,
    )
}

/// The high halves' lanes multiplied, zero-extended to twice their width.
#[inline]
pub fn i16x8_ext_mul_high_i8x16_u(a: u128, b: u128) -> u128 {
    lift2(
        i16x8_extend_high_i8x16_u(a),
        i16x8_extend_high_i8x16_u(b),
        |x: u16x8, y| x * y,
    )
}

/// The low halves' lanes multiplied, sign-extended to twice their width.
#[inline]
pub fn i32x4_ext_mul_low_i16x8_s(a: u128, b: u128) -> u128 {
    lift2(
        i32x4_extend_low_i16x8_s(a),
        i32x4_extend_low_i16x8_s(b),
        |x: i32x4, y| x * y,
    )
}

/// The low halves' lanes multiplied, zero-extended to twice their width.
#[inline]
pub fn i32x4_ext_mul_low_i16x8_u(a: u128, b: u128) -> u128 {
    lift2(
        i32x4_extend_low_i16x8_u(a),
        i32x4_extend_low_i16x8_u(b),
        |x: u32x4, y| x * y,
    )
}

/// The high halves' lanes multiplied, sign-extended to twice their width.
#[inline]
pub fn i32x4_ext_mul_high_i16x8_s(a: u128, b: u128) -> u128 {
    lift2(
        i32x4_extend_high_i16x8_s(a),
        i32x4_extend_high_i16x8_s(b),
        |x: i32x4, y| x * y,
    )
}

/// The high halves' lanes multiplied, zero-extended to twice their width.
#[inline]
pub fn i32x4_ext_mul_high_i16x8_u(a: u128, b: u128) -> u128 {
    lift2(
        i32x4_extend_high_i16x8_u(a),
        i32x4_extend_high_i16x8_u(b),
        |x: u32x4, y| x * y,
    )
}

/// The low halves' lanes multiplied, sign-extended to twice their width.
#[inline]
pub fn i64x2_ext_mul_low_i32x4_s(a: u128, b: u128) -> u128 {
    lift2(
        i64x2_extend_low_i32x4_s(a),
        i64x2_extend_low_i32x4_s(b),
        |x: i64x2, y| x * y,
    )
}

/// The low halves' lanes multiplied, zero-extended to twice their width.
#[inline]
pub fn i64x2_ext_mul_low_i32x4_u(a: u128, b: u128) -> u128 {
    lift2(
        i64x2_extend_low_i32x4_u(a),
        i64x2_extend_low_i32x4_u(b),
        |x: u64x2, y| x * y,
    )
}

/// The high halves' lanes multiplied, sign-extended to twice their width.
#[inline]
pub fn i64x2_ext_mul_high_i32x4_s(a: u128, b: u128) -> u128 {
    lift2(
        i64x2_extend_high_i32x4_s(a),
        i64x2_extend_high_i32x4_s(b),
        |x: i64x2, y| x * y,
    )
}

/// The high halves' lanes multiplied, zero-extended to twice their width.
#[inline]
pub fn i64x2_ext_mul_high_i32x4_u(a: u128, b: u128) -> u128 {
    lift2(
        i64x2_extend_high_i32x4_u(a),
        i64x2_extend_high_i32x4_u(b),
        |x: u64x2, y| x * y,
    )
}

/// Relaxed: signed 8-bit products of adjacent lanes summed into 16-bit lanes, the
/// second vector read as signed, each sum saturating (Wasm 3.0's deterministic profile).
#[inline]
pub fn i16x8_relaxed_dot_i8x16_i7x16_s(a: u128, b: u128) -> u128 {
    // Deterministic choice, the deterministic profile's: `b`'s bytes read as signed (they may
    // also be read unsigned) and the pair sum saturating (it may also wrap). Each product fits
    // in i16; only (-128 * -128) * 2 overflows.
    pairwise_zip(a, b, |a0: i8, a1, b0, b1| {
        (a0 as i16 * b0 as i16).saturating_add(a1 as i16 * b1 as i16)
    })
}

/// Relaxed: `i16x8.relaxed_dot_i8x16_i7x16_s`, its adjacent lanes summed into i32 lanes, plus
/// the third vector's lanes (wrapping).
#[inline]
pub fn i32x4_relaxed_dot_i8x16_i7x16_add_s(a: u128, b: u128, c: u128) -> u128 {
    // The deterministic profile builds it from the saturating 16-bit dot product: with every
    // byte -128, each pair saturates to 32767 and the lane is 65534 + c.
    let dot = i16x8_relaxed_dot_i8x16_i7x16_s(a, b);
    zip(dot, c, |pair: i32, acc: i32| {
        let (lo, hi) = (pair as i16 as i32, (pair >> 16) as i16 as i32);
        (lo + hi).wrapping_add(acc)
    })
}
