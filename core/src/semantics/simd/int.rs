//! Lane-wise integer arithmetic. The lane type picked for each op carries its signedness, so
//! `_s` and `_u` differ only in that type. Shift counts come in as `u32`, where a negative `i32`
//! keeps its residue modulo every lane width, and `wrapping_shl`/`wrapping_shr` take the count
//! modulo the lane width just as Wasm does.

use super::lanes::{map, zip};

/// Lane-wise absolute value (wrapping).
#[inline]
pub fn i8x16_abs(a: u128) -> u128 {
    map(a, i8::wrapping_abs)
}

/// Lane-wise negation (wrapping).
#[inline]
pub fn i8x16_neg(a: u128) -> u128 {
    map(a, i8::wrapping_neg)
}

/// Lane-wise absolute value (wrapping).
#[inline]
pub fn i16x8_abs(a: u128) -> u128 {
    map(a, i16::wrapping_abs)
}

/// Lane-wise negation (wrapping).
#[inline]
pub fn i16x8_neg(a: u128) -> u128 {
    map(a, i16::wrapping_neg)
}

/// Lane-wise absolute value (wrapping).
#[inline]
pub fn i32x4_abs(a: u128) -> u128 {
    map(a, i32::wrapping_abs)
}

/// Lane-wise negation (wrapping).
#[inline]
pub fn i32x4_neg(a: u128) -> u128 {
    map(a, i32::wrapping_neg)
}

/// Lane-wise absolute value (wrapping).
#[inline]
pub fn i64x2_abs(a: u128) -> u128 {
    map(a, i64::wrapping_abs)
}

/// Lane-wise negation (wrapping).
#[inline]
pub fn i64x2_neg(a: u128) -> u128 {
    map(a, i64::wrapping_neg)
}

/// Lane-wise count of one bits.
#[inline]
pub fn i8x16_popcnt(a: u128) -> u128 {
    map(a, |x: u8| x.count_ones() as u8)
}

/// Lane-wise shift left by a scalar, modulo the lane width.
#[inline]
pub fn i8x16_shl(a: u128, b: i32) -> u128 {
    map(a, |x: i8| x.wrapping_shl(b as u32))
}

/// Lane-wise arithmetic shift right by a scalar, modulo the lane width.
#[inline]
pub fn i8x16_shr_s(a: u128, b: i32) -> u128 {
    map(a, |x: i8| x.wrapping_shr(b as u32))
}

/// Lane-wise logical shift right by a scalar, modulo the lane width.
#[inline]
pub fn i8x16_shr_u(a: u128, b: i32) -> u128 {
    map(a, |x: u8| x.wrapping_shr(b as u32))
}

/// Lane-wise add (wrapping).
#[inline]
pub fn i8x16_add(a: u128, b: u128) -> u128 {
    zip(a, b, i8::wrapping_add)
}

/// Lane-wise subtract (wrapping).
#[inline]
pub fn i8x16_sub(a: u128, b: u128) -> u128 {
    zip(a, b, i8::wrapping_sub)
}

/// Lane-wise shift left by a scalar, modulo the lane width.
#[inline]
pub fn i16x8_shl(a: u128, b: i32) -> u128 {
    map(a, |x: i16| x.wrapping_shl(b as u32))
}

/// Lane-wise arithmetic shift right by a scalar, modulo the lane width.
#[inline]
pub fn i16x8_shr_s(a: u128, b: i32) -> u128 {
    map(a, |x: i16| x.wrapping_shr(b as u32))
}

/// Lane-wise logical shift right by a scalar, modulo the lane width.
#[inline]
pub fn i16x8_shr_u(a: u128, b: i32) -> u128 {
    map(a, |x: u16| x.wrapping_shr(b as u32))
}

/// Lane-wise add (wrapping).
#[inline]
pub fn i16x8_add(a: u128, b: u128) -> u128 {
    zip(a, b, i16::wrapping_add)
}

/// Lane-wise subtract (wrapping).
#[inline]
pub fn i16x8_sub(a: u128, b: u128) -> u128 {
    zip(a, b, i16::wrapping_sub)
}

/// Lane-wise shift left by a scalar, modulo the lane width.
#[inline]
pub fn i32x4_shl(a: u128, b: i32) -> u128 {
    map(a, |x: i32| x.wrapping_shl(b as u32))
}

/// Lane-wise arithmetic shift right by a scalar, modulo the lane width.
#[inline]
pub fn i32x4_shr_s(a: u128, b: i32) -> u128 {
    map(a, |x: i32| x.wrapping_shr(b as u32))
}

/// Lane-wise logical shift right by a scalar, modulo the lane width.
#[inline]
pub fn i32x4_shr_u(a: u128, b: i32) -> u128 {
    map(a, |x: u32| x.wrapping_shr(b as u32))
}

/// Lane-wise add (wrapping).
#[inline]
pub fn i32x4_add(a: u128, b: u128) -> u128 {
    zip(a, b, i32::wrapping_add)
}

/// Lane-wise subtract (wrapping).
#[inline]
pub fn i32x4_sub(a: u128, b: u128) -> u128 {
    zip(a, b, i32::wrapping_sub)
}

/// Lane-wise shift left by a scalar, modulo the lane width.
#[inline]
pub fn i64x2_shl(a: u128, b: i32) -> u128 {
    map(a, |x: i64| x.wrapping_shl(b as u32))
}

/// Lane-wise arithmetic shift right by a scalar, modulo the lane width.
#[inline]
pub fn i64x2_shr_s(a: u128, b: i32) -> u128 {
    map(a, |x: i64| x.wrapping_shr(b as u32))
}

/// Lane-wise logical shift right by a scalar, modulo the lane width.
#[inline]
pub fn i64x2_shr_u(a: u128, b: i32) -> u128 {
    map(a, |x: u64| x.wrapping_shr(b as u32))
}

/// Lane-wise add (wrapping).
#[inline]
pub fn i64x2_add(a: u128, b: u128) -> u128 {
    zip(a, b, i64::wrapping_add)
}

/// Lane-wise subtract (wrapping).
#[inline]
pub fn i64x2_sub(a: u128, b: u128) -> u128 {
    zip(a, b, i64::wrapping_sub)
}

/// Lane-wise add, signed saturating.
#[inline]
pub fn i8x16_add_sat_s(a: u128, b: u128) -> u128 {
    zip(a, b, i8::saturating_add)
}

/// Lane-wise add, unsigned saturating.
#[inline]
pub fn i8x16_add_sat_u(a: u128, b: u128) -> u128 {
    zip(a, b, u8::saturating_add)
}

/// Lane-wise subtract, signed saturating.
#[inline]
pub fn i8x16_sub_sat_s(a: u128, b: u128) -> u128 {
    zip(a, b, i8::saturating_sub)
}

/// Lane-wise subtract, unsigned saturating.
#[inline]
pub fn i8x16_sub_sat_u(a: u128, b: u128) -> u128 {
    zip(a, b, u8::saturating_sub)
}

/// Lane-wise unsigned average, rounding up.
#[inline]
pub fn i8x16_avgr_u(a: u128, b: u128) -> u128 {
    zip(a, b, |x: u8, y| ((x as u16 + y as u16 + 1) >> 1) as u8)
}

/// Lane-wise add, signed saturating.
#[inline]
pub fn i16x8_add_sat_s(a: u128, b: u128) -> u128 {
    zip(a, b, i16::saturating_add)
}

/// Lane-wise add, unsigned saturating.
#[inline]
pub fn i16x8_add_sat_u(a: u128, b: u128) -> u128 {
    zip(a, b, u16::saturating_add)
}

/// Lane-wise subtract, signed saturating.
#[inline]
pub fn i16x8_sub_sat_s(a: u128, b: u128) -> u128 {
    zip(a, b, i16::saturating_sub)
}

/// Lane-wise subtract, unsigned saturating.
#[inline]
pub fn i16x8_sub_sat_u(a: u128, b: u128) -> u128 {
    zip(a, b, u16::saturating_sub)
}

/// Lane-wise unsigned average, rounding up.
#[inline]
pub fn i16x8_avgr_u(a: u128, b: u128) -> u128 {
    zip(a, b, |x: u16, y| ((x as u32 + y as u32 + 1) >> 1) as u16)
}

/// Lane-wise multiply (wrapping).
#[inline]
pub fn i16x8_mul(a: u128, b: u128) -> u128 {
    zip(a, b, i16::wrapping_mul)
}

/// Lane-wise multiply (wrapping).
#[inline]
pub fn i32x4_mul(a: u128, b: u128) -> u128 {
    zip(a, b, i32::wrapping_mul)
}

/// Lane-wise multiply (wrapping).
#[inline]
pub fn i64x2_mul(a: u128, b: u128) -> u128 {
    zip(a, b, i64::wrapping_mul)
}

/// Lane-wise signed minimum.
#[inline]
pub fn i8x16_min_s(a: u128, b: u128) -> u128 {
    zip(a, b, i8::min)
}

/// Lane-wise unsigned minimum.
#[inline]
pub fn i8x16_min_u(a: u128, b: u128) -> u128 {
    zip(a, b, u8::min)
}

/// Lane-wise signed maximum.
#[inline]
pub fn i8x16_max_s(a: u128, b: u128) -> u128 {
    zip(a, b, i8::max)
}

/// Lane-wise unsigned maximum.
#[inline]
pub fn i8x16_max_u(a: u128, b: u128) -> u128 {
    zip(a, b, u8::max)
}

/// Lane-wise signed minimum.
#[inline]
pub fn i16x8_min_s(a: u128, b: u128) -> u128 {
    zip(a, b, i16::min)
}

/// Lane-wise unsigned minimum.
#[inline]
pub fn i16x8_min_u(a: u128, b: u128) -> u128 {
    zip(a, b, u16::min)
}

/// Lane-wise signed maximum.
#[inline]
pub fn i16x8_max_s(a: u128, b: u128) -> u128 {
    zip(a, b, i16::max)
}

/// Lane-wise unsigned maximum.
#[inline]
pub fn i16x8_max_u(a: u128, b: u128) -> u128 {
    zip(a, b, u16::max)
}

/// Lane-wise signed minimum.
#[inline]
pub fn i32x4_min_s(a: u128, b: u128) -> u128 {
    zip(a, b, i32::min)
}

/// Lane-wise unsigned minimum.
#[inline]
pub fn i32x4_min_u(a: u128, b: u128) -> u128 {
    zip(a, b, u32::min)
}

/// Lane-wise signed maximum.
#[inline]
pub fn i32x4_max_s(a: u128, b: u128) -> u128 {
    zip(a, b, i32::max)
}

/// Lane-wise unsigned maximum.
#[inline]
pub fn i32x4_max_u(a: u128, b: u128) -> u128 {
    zip(a, b, u32::max)
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
