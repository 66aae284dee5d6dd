//! Moving single lanes in and out of a vector, and choosing lanes by index (swizzle, shuffle).
//! Lane immediates go through `lanes::index` only so that no input can panic; validation
//! already keeps them in range.

use super::lanes::{get, index, map, set, splat};

/// Lane `lane` as i8, sign-extended.
#[inline]
pub fn i8x16_extract_lane_s(a: u128, lane: u32) -> i32 {
    get::<i8>(a, index::<i8>(lane)) as i32
}

/// Lane `lane` as u8, zero-extended.
#[inline]
pub fn i8x16_extract_lane_u(a: u128, lane: u32) -> i32 {
    get::<u8>(a, index::<u8>(lane)) as i32
}

/// Lane `lane` as i16, sign-extended.
#[inline]
pub fn i16x8_extract_lane_s(a: u128, lane: u32) -> i32 {
    get::<i16>(a, index::<i16>(lane)) as i32
}

/// Lane `lane` as u16, zero-extended.
#[inline]
pub fn i16x8_extract_lane_u(a: u128, lane: u32) -> i32 {
    get::<u16>(a, index::<u16>(lane)) as i32
}

/// Lane `lane`.
#[inline]
pub fn i32x4_extract_lane(a: u128, lane: u32) -> i32 {
    get(a, index::<i32>(lane))
}

/// Lane `lane`.
#[inline]
pub fn i64x2_extract_lane(a: u128, lane: u32) -> i64 {
    get(a, index::<i64>(lane))
}

/// Lane `lane`.
#[inline]
pub fn f32x4_extract_lane(a: u128, lane: u32) -> f32 {
    get(a, index::<f32>(lane))
}

/// Lane `lane`.
#[inline]
pub fn f64x2_extract_lane(a: u128, lane: u32) -> f64 {
    get(a, index::<f64>(lane))
}

/// Replace lane `lane` with the low 8 bits of a scalar.
#[inline]
pub fn i8x16_replace_lane(a: u128, b: i32, lane: u32) -> u128 {
    set(a, index::<i8>(lane), b as i8)
}

/// Replace lane `lane` with the low 16 bits of a scalar.
#[inline]
pub fn i16x8_replace_lane(a: u128, b: i32, lane: u32) -> u128 {
    set(a, index::<i16>(lane), b as i16)
}

/// Replace lane `lane` with a scalar.
#[inline]
pub fn i32x4_replace_lane(a: u128, b: i32, lane: u32) -> u128 {
    set(a, index::<i32>(lane), b)
}

/// Replace lane `lane` with a scalar.
#[inline]
pub fn i64x2_replace_lane(a: u128, b: i64, lane: u32) -> u128 {
    set(a, index::<i64>(lane), b)
}

/// Replace lane `lane` with a scalar.
#[inline]
pub fn f32x4_replace_lane(a: u128, b: f32, lane: u32) -> u128 {
    set(a, index::<f32>(lane), b)
}

/// Replace lane `lane` with a scalar.
#[inline]
pub fn f64x2_replace_lane(a: u128, b: f64, lane: u32) -> u128 {
    set(a, index::<f64>(lane), b)
}

/// Every lane set to a scalar (its low bits).
#[inline]
pub fn i8x16_splat(a: i32) -> u128 {
    splat(a as i8)
}

/// Every lane set to a scalar (its low bits).
#[inline]
pub fn i16x8_splat(a: i32) -> u128 {
    splat(a as i16)
}

/// Every lane set to a scalar.
#[inline]
pub fn i32x4_splat(a: i32) -> u128 {
    splat(a)
}

/// Every lane set to a scalar.
#[inline]
pub fn i64x2_splat(a: i64) -> u128 {
    splat(a)
}

/// Every lane set to a scalar.
#[inline]
pub fn f32x4_splat(a: f32) -> u128 {
    splat(a)
}

/// Every lane set to a scalar.
#[inline]
pub fn f64x2_splat(a: f64) -> u128 {
    splat(a)
}

/// Lane `i` is the first vector's byte at the second's lane `i`, or 0 when that is 16 or more.
#[inline]
pub fn i8x16_swizzle(a: u128, b: u128) -> u128 {
    map(b, |i: u8| if i < 16 { get(a, i as usize) } else { 0 })
}

/// Relaxed: as `i8x16.swizzle` (the deterministic choice).
#[inline]
pub fn i8x16_relaxed_swizzle(a: u128, b: u128) -> u128 {
    // Deterministic choice: indices from 16 to 127, where the relaxed op may also give
    // `a[i % 16]`, give 0 as `i8x16.swizzle` does.
    i8x16_swizzle(a, b)
}

/// `i8x16.shuffle`: lane `i` is byte `mask[i]` of the two vectors' 32 bytes (the first's are 0–15).
/// The predecoder pushes the shuffle's lane immediate as the third vector, as two `Const64`.
#[inline]
pub fn i8x16_shuffle(a: u128, b: u128, c: u128) -> u128 {
    // Validation keeps mask bytes below 32; bit 4 picks the vector and the low four bits the
    // byte, so any other byte still indexes in range.
    map(c, |i: u8| get(if i & 16 == 0 { a } else { b }, (i & 15) as usize))
}
