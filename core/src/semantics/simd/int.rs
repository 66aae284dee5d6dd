//! Lane-wise integer arithmetic on `std::simd` vectors (see `vector`), whose `+`, `-`, `*`,
//! `abs` and negation wrap as Wasm's do. The vector type picked for each op carries its
//! signedness, so `_s` and `_u` differ only in that type. Shift counts are taken modulo the
//! lane width, as Wasm does, before they are splatted.

use super::lanes::{map, zip};
use super::vector::{lift, lift2};
use core::simd::prelude::*;

/// Lane-wise absolute value (wrapping).
#[inline]
pub fn i8x16_abs(a: u128) -> u128 {
    lift(a, |x: i8x16| x.abs())
}

/// Lane-wise negation (wrapping).
#[inline]
pub fn i8x16_neg(a: u128) -> u128 {
    lift(a, |x: i8x16| -x)
}

/// Lane-wise absolute value (wrapping).
#[inline]
pub fn i16x8_abs(a: u128) -> u128 {
    lift(a, |x: i16x8| x.abs())
}

/// Lane-wise negation (wrapping).
#[inline]
pub fn i16x8_neg(a: u128) -> u128 {
    lift(a, |x: i16x8| -x)
}

/// Lane-wise absolute value (wrapping).
#[inline]
pub fn i32x4_abs(a: u128) -> u128 {
    lift(a, |x: i32x4| x.abs())
}

/// Lane-wise negation (wrapping).
#[inline]
pub fn i32x4_neg(a: u128) -> u128 {
    lift(a, |x: i32x4| -x)
}

/// Lane-wise absolute value (wrapping).
#[inline]
pub fn i64x2_abs(a: u128) -> u128 {
    lift(a, |x: i64x2| x.abs())
}

/// Lane-wise negation (wrapping).
#[inline]
pub fn i64x2_neg(a: u128) -> u128 {
    lift(a, |x: i64x2| -x)
}

/// Lane-wise count of one bits.
#[inline]
pub fn i8x16_popcnt(a: u128) -> u128 {
    map(a, |x: u8| x.count_ones() as u8)
}

/// Lane-wise shift left by a scalar, modulo the lane width.
#[inline]
pub fn i8x16_shl(a: u128, b: i32) -> u128 {
    lift(a, |x: i8x16| x << i8x16::splat((b as u32 % 8) as i8))
}

/// Lane-wise arithmetic shift right by a scalar, modulo the lane width.
#[inline]
pub fn i8x16_shr_s(a: u128, b: i32) -> u128 {
    lift(a, |x: i8x16| x >> i8x16::splat((b as u32 % 8) as i8))
}

/// Lane-wise logical shift right by a scalar, modulo the lane width.
#[inline]
pub fn i8x16_shr_u(a: u128, b: i32) -> u128 {
    lift(a, |x: u8x16| x >> u8x16::splat((b as u32 % 8) as u8))
}

/// Lane-wise add (wrapping).
#[inline]
pub fn i8x16_add(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i8x16, y| x + y)
}

/// Lane-wise subtract (wrapping).
#[inline]
pub fn i8x16_sub(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i8x16, y| x - y)
}

/// Lane-wise shift left by a scalar, modulo the lane width.
#[inline]
pub fn i16x8_shl(a: u128, b: i32) -> u128 {
    lift(a, |x: i16x8| x << i16x8::splat((b as u32 % 16) as i16))
}

/// Lane-wise arithmetic shift right by a scalar, modulo the lane width.
#[inline]
pub fn i16x8_shr_s(a: u128, b: i32) -> u128 {
    lift(a, |x: i16x8| x >> i16x8::splat((b as u32 % 16) as i16))
}

/// Lane-wise logical shift right by a scalar, modulo the lane width.
#[inline]
pub fn i16x8_shr_u(a: u128, b: i32) -> u128 {
    lift(a, |x: u16x8| x >> u16x8::splat((b as u32 % 16) as u16))
}

/// Lane-wise add (wrapping).
#[inline]
pub fn i16x8_add(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i16x8, y| x + y)
}

/// Lane-wise subtract (wrapping).
#[inline]
pub fn i16x8_sub(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i16x8, y| x - y)
}

/// Lane-wise shift left by a scalar, modulo the lane width.
#[inline]
pub fn i32x4_shl(a: u128, b: i32) -> u128 {
    lift(a, |x: i32x4| x << i32x4::splat((b as u32 % 32) as i32))
}

/// Lane-wise arithmetic shift right by a scalar, modulo the lane width.
#[inline]
pub fn i32x4_shr_s(a: u128, b: i32) -> u128 {
    lift(a, |x: i32x4| x >> i32x4::splat((b as u32 % 32) as i32))
}

/// Lane-wise logical shift right by a scalar, modulo the lane width.
#[inline]
pub fn i32x4_shr_u(a: u128, b: i32) -> u128 {
    lift(a, |x: u32x4| x >> u32x4::splat(b as u32 % 32))
}

/// Lane-wise add (wrapping).
#[inline]
pub fn i32x4_add(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i32x4, y| x + y)
}

/// Lane-wise subtract (wrapping).
#[inline]
pub fn i32x4_sub(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i32x4, y| x - y)
}

/// Lane-wise shift left by a scalar, modulo the lane width.
#[inline]
pub fn i64x2_shl(a: u128, b: i32) -> u128 {
    lift(a, |x: i64x2| x << i64x2::splat((b as u32 % 64) as i64))
}

/// Lane-wise arithmetic shift right by a scalar, modulo the lane width.
#[inline]
pub fn i64x2_shr_s(a: u128, b: i32) -> u128 {
    lift(a, |x: i64x2| x >> i64x2::splat((b as u32 % 64) as i64))
}

/// Lane-wise logical shift right by a scalar, modulo the lane width.
#[inline]
pub fn i64x2_shr_u(a: u128, b: i32) -> u128 {
    lift(a, |x: u64x2| x >> u64x2::splat((b as u32 % 64) as u64))
}

/// Lane-wise add (wrapping).
#[inline]
pub fn i64x2_add(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i64x2, y| x + y)
}

/// Lane-wise subtract (wrapping).
#[inline]
pub fn i64x2_sub(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i64x2, y| x - y)
}

/// Lane-wise add, signed saturating.
#[inline]
pub fn i8x16_add_sat_s(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i8x16, y| x.saturating_add(y))
}

/// Lane-wise add, unsigned saturating.
#[inline]
pub fn i8x16_add_sat_u(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: u8x16, y| x.saturating_add(y))
}

/// Lane-wise subtract, signed saturating.
#[inline]
pub fn i8x16_sub_sat_s(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i8x16, y| x.saturating_sub(y))
}

/// Lane-wise subtract, unsigned saturating.
#[inline]
pub fn i8x16_sub_sat_u(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: u8x16, y| x.saturating_sub(y))
}

/// Lane-wise unsigned average, rounding up.
#[inline]
pub fn i8x16_avgr_u(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: u8x16, y| (x | y) - ((x ^ y) >> 1)) // (x + y + 1) >> 1 without overflow
}

/// Lane-wise add, signed saturating.
#[inline]
pub fn i16x8_add_sat_s(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i16x8, y| x.saturating_add(y))
}

/// Lane-wise add, unsigned saturating.
#[inline]
pub fn i16x8_add_sat_u(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: u16x8, y| x.saturating_add(y))
}

/// Lane-wise subtract, signed saturating.
#[inline]
pub fn i16x8_sub_sat_s(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i16x8, y| x.saturating_sub(y))
}

/// Lane-wise subtract, unsigned saturating.
#[inline]
pub fn i16x8_sub_sat_u(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: u16x8, y| x.saturating_sub(y))
}

/// Lane-wise unsigned average, rounding up.
#[inline]
pub fn i16x8_avgr_u(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: u16x8, y| (x | y) - ((x ^ y) >> 1)) // (x + y + 1) >> 1 without overflow
}

/// Lane-wise multiply (wrapping).
#[inline]
pub fn i16x8_mul(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i16x8, y| x * y)
}

/// Lane-wise multiply (wrapping).
#[inline]
pub fn i32x4_mul(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i32x4, y| x * y)
}

/// Lane-wise multiply (wrapping).
#[inline]
pub fn i64x2_mul(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i64x2, y| x * y)
}

/// Lane-wise signed minimum.
#[inline]
pub fn i8x16_min_s(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i8x16, y| x.simd_min(y))
}

/// Lane-wise unsigned minimum.
#[inline]
pub fn i8x16_min_u(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: u8x16, y| x.simd_min(y))
}

/// Lane-wise signed maximum.
#[inline]
pub fn i8x16_max_s(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i8x16, y| x.simd_max(y))
}

/// Lane-wise unsigned maximum.
#[inline]
pub fn i8x16_max_u(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: u8x16, y| x.simd_max(y))
}

/// Lane-wise signed minimum.
#[inline]
pub fn i16x8_min_s(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i16x8, y| x.simd_min(y))
}

/// Lane-wise unsigned minimum.
#[inline]
pub fn i16x8_min_u(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: u16x8, y| x.simd_min(y))
}

/// Lane-wise signed maximum.
#[inline]
pub fn i16x8_max_s(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i16x8, y| x.simd_max(y))
}

/// Lane-wise unsigned maximum.
#[inline]
pub fn i16x8_max_u(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: u16x8, y| x.simd_max(y))
}

/// Lane-wise signed minimum.
#[inline]
pub fn i32x4_min_s(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i32x4, y| x.simd_min(y))
}

/// Lane-wise unsigned minimum.
#[inline]
pub fn i32x4_min_u(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: u32x4, y| x.simd_min(y))
}

/// Lane-wise signed maximum.
#[inline]
pub fn i32x4_max_s(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: i32x4, y| x.simd_max(y))
}

/// Lane-wise unsigned maximum.
#[inline]
pub fn i32x4_max_u(a: u128, b: u128) -> u128 {
    lift2(a, b, |x: u32x4, y| x.simd_max(y))
}

/// Lane-wise Q15 multiply, rounding and saturating.
#[inline]
pub fn i16x8_q15_mulr_sat_s(a: u128, b: u128) -> u128 {
    // Only i16::MIN * i16::MIN leaves the i16 range after rounding (32768), so it alone saturates.
    zip(a, b, |x: i16, y| {
        ((x as i32 * y as i32 + 0x4000) >> 15).clamp(i16::MIN.into(), i16::MAX.into()) as i16
    })
}

/// Relaxed: as `i16x8.q15mulr_sat_s`.
#[inline]
pub fn i16x8_relaxed_q15mulr_s(a: u128, b: u128) -> u128 {
    // Deterministic choice: i16::MIN * i16::MIN saturates to i16::MAX (it may also wrap).
    i16x8_q15_mulr_sat_s(a, b)
}
