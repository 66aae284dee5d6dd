//! Ops whose result lanes differ in width from their inputs: extend, narrow, extended multiply,
//! pairwise add and dot products. A `_high` op shifts the upper half down so that it becomes the
//! low half the `_low` one reads.

use super::lanes::{convert, pairwise, pairwise_zip, zip};

/// Adjacent signed lanes of i8x16 added into lanes twice as wide.
#[inline]
pub fn i16x8_ext_add_pairwise_i8x16_s(a: u128) -> u128 {
    pairwise(a, |x: i8, y| x as i16 + y as i16)
}

/// Adjacent unsigned lanes of i8x16 added into lanes twice as wide.
#[inline]
pub fn i16x8_ext_add_pairwise_i8x16_u(a: u128) -> u128 {
    pairwise(a, |x: u8, y| x as u16 + y as u16)
}

/// Adjacent signed lanes of i16x8 added into lanes twice as wide.
#[inline]
pub fn i32x4_ext_add_pairwise_i16x8_s(a: u128) -> u128 {
    pairwise(a, |x: i16, y| x as i32 + y as i32)
}

/// Adjacent unsigned lanes of i16x8 added into lanes twice as wide.
#[inline]
pub fn i32x4_ext_add_pairwise_i16x8_u(a: u128) -> u128 {
    pairwise(a, |x: u16, y| x as u32 + y as u32)
}

/// The low half's lanes sign-extended to twice their width.
#[inline]
pub fn i16x8_extend_low_i8x16_s(a: u128) -> u128 {
    convert(a, |x: i8| x as i16)
}

/// The low half's lanes zero-extended to twice their width.
#[inline]
pub fn i16x8_extend_low_i8x16_u(a: u128) -> u128 {
    convert(a, |x: u8| x as u16)
}

/// The high half's lanes sign-extended to twice their width.
#[inline]
pub fn i16x8_extend_high_i8x16_s(a: u128) -> u128 {
    convert(a >> 64, |x: i8| x as i16)
}

/// The high half's lanes zero-extended to twice their width.
#[inline]
pub fn i16x8_extend_high_i8x16_u(a: u128) -> u128 {
    convert(a >> 64, |x: u8| x as u16)
}

/// The low half's lanes sign-extended to twice their width.
#[inline]
pub fn i32x4_extend_low_i16x8_s(a: u128) -> u128 {
    convert(a, |x: i16| x as i32)
}

/// The low half's lanes zero-extended to twice their width.
#[inline]
pub fn i32x4_extend_low_i16x8_u(a: u128) -> u128 {
    convert(a, |x: u16| x as u32)
}

/// The high half's lanes sign-extended to twice their width.
#[inline]
pub fn i32x4_extend_high_i16x8_s(a: u128) -> u128 {
    convert(a >> 64, |x: i16| x as i32)
}

/// The high half's lanes zero-extended to twice their width.
#[inline]
pub fn i32x4_extend_high_i16x8_u(a: u128) -> u128 {
    convert(a >> 64, |x: u16| x as u32)
}

/// The low half's lanes sign-extended to twice their width.
#[inline]
pub fn i64x2_extend_low_i32x4_s(a: u128) -> u128 {
    convert(a, |x: i32| x as i64)
}

/// The low half's lanes zero-extended to twice their width.
#[inline]
pub fn i64x2_extend_low_i32x4_u(a: u128) -> u128 {
    convert(a, |x: u32| x as u64)
}

/// The high half's lanes sign-extended to twice their width.
#[inline]
pub fn i64x2_extend_high_i32x4_s(a: u128) -> u128 {
    convert(a >> 64, |x: i32| x as i64)
}

/// The high half's lanes zero-extended to twice their width.
#[inline]
pub fn i64x2_extend_high_i32x4_u(a: u128) -> u128 {
    convert(a >> 64, |x: u32| x as u64)
}

/// Both vectors' i16x8 lanes narrowed to half width, signed saturating (the first's in the low
/// half).
#[inline]
pub fn i8x16_narrow_i16x8_s(a: u128, b: u128) -> u128 {
    let narrow = |x: i16| x.clamp(i8::MIN.into(), i8::MAX.into()) as i8;
    convert(a, narrow) | convert(b, narrow) << 64
}

/// Both vectors' i16x8 lanes narrowed to half width, unsigned saturating from signed.
#[inline]
pub fn i8x16_narrow_i16x8_u(a: u128, b: u128) -> u128 {
    // The input lanes are signed, so negative ones clamp to 0.
    let narrow = |x: i16| x.clamp(0, u8::MAX.into()) as u8;
    convert(a, narrow) | convert(b, narrow) << 64
}

/// Both vectors' i32x4 lanes narrowed to half width, signed saturating (the first's in the low
/// half).
#[inline]
pub fn i16x8_narrow_i32x4_s(a: u128, b: u128) -> u128 {
    let narrow = |x: i32| x.clamp(i16::MIN.into(), i16::MAX.into()) as i16;
    convert(a, narrow) | convert(b, narrow) << 64
}

/// Both vectors' i32x4 lanes narrowed to half width, unsigned saturating from signed.
#[inline]
pub fn i16x8_narrow_i32x4_u(a: u128, b: u128) -> u128 {
    // The input lanes are signed, so negative ones clamp to 0.
    let narrow = |x: i32| x.clamp(0, u16::MAX.into()) as u16;
    convert(a, narrow) | convert(b, narrow) << 64
}

/// Signed 16-bit products of adjacent lanes summed into 32-bit lanes.
#[inline]
pub fn i32x4_dot_i16x8_s(a: u128, b: u128) -> u128 {
    // The sum overflows only for two (i16::MIN * i16::MIN) products, and the spec wraps it.
    pairwise_zip(a, b, |a0: i16, a1, b0, b1| {
        (a0 as i32 * b0 as i32).wrapping_add(a1 as i32 * b1 as i32)
    })
}

/// The low halves' lanes multiplied, sign-extended to twice their width.
#[inline]
pub fn i16x8_ext_mul_low_i8x16_s(a: u128, b: u128) -> u128 {
    // The products of extended lanes always fit, so the wrapping multiply never wraps.
    zip(
        i16x8_extend_low_i8x16_s(a),
        i16x8_extend_low_i8x16_s(b),
        i16::wrapping_mul,
    )
}

/// The low halves' lanes multiplied, zero-extended to twice their width.
#[inline]
pub fn i16x8_ext_mul_low_i8x16_u(a: u128, b: u128) -> u128 {
    zip(
        i16x8_extend_low_i8x16_u(a),
        i16x8_extend_low_i8x16_u(b),
        u16::wrapping_mul,
    )
}

/// The high halves' lanes multiplied, sign-extended to twice their width.
#[inline]
pub fn i16x8_ext_mul_high_i8x16_s(a: u128, b: u128) -> u128 {
    zip(
        i16x8_extend_high_i8x16_s(a),
        i16x8_extend_high_i8x16_s(b),
        i16::wrapping_mul,
    )
}

/// The high halves' lanes multiplied, zero-extended to twice their width.
#[inline]
pub fn i16x8_ext_mul_high_i8x16_u(a: u128, b: u128) -> u128 {
    zip(
        i16x8_extend_high_i8x16_u(a),
        i16x8_extend_high_i8x16_u(b),
        u16::wrapping_mul,
    )
}

/// The low halves' lanes multiplied, sign-extended to twice their width.
#[inline]
pub fn i32x4_ext_mul_low_i16x8_s(a: u128, b: u128) -> u128 {
    zip(
        i32x4_extend_low_i16x8_s(a),
        i32x4_extend_low_i16x8_s(b),
        i32::wrapping_mul,
    )
}

/// The low halves' lanes multiplied, zero-extended to twice their width.
#[inline]
pub fn i32x4_ext_mul_low_i16x8_u(a: u128, b: u128) -> u128 {
    zip(
        i32x4_extend_low_i16x8_u(a),
        i32x4_extend_low_i16x8_u(b),
        u32::wrapping_mul,
    )
}

/// The high halves' lanes multiplied, sign-extended to twice their width.
#[inline]
pub fn i32x4_ext_mul_high_i16x8_s(a: u128, b: u128) -> u128 {
    zip(
        i32x4_extend_high_i16x8_s(a),
        i32x4_extend_high_i16x8_s(b),
        i32::wrapping_mul,
    )
}

/// The high halves' lanes multiplied, zero-extended to twice their width.
#[inline]
pub fn i32x4_ext_mul_high_i16x8_u(a: u128, b: u128) -> u128 {
    zip(
        i32x4_extend_high_i16x8_u(a),
        i32x4_extend_high_i16x8_u(b),
        u32::wrapping_mul,
    )
}

/// The low halves' lanes multiplied, sign-extended to twice their width.
#[inline]
pub fn i64x2_ext_mul_low_i32x4_s(a: u128, b: u128) -> u128 {
    zip(
        i64x2_extend_low_i32x4_s(a),
        i64x2_extend_low_i32x4_s(b),
        i64::wrapping_mul,
    )
}

/// The low halves' lanes multiplied, zero-extended to twice their width.
#[inline]
pub fn i64x2_ext_mul_low_i32x4_u(a: u128, b: u128) -> u128 {
    zip(
        i64x2_extend_low_i32x4_u(a),
        i64x2_extend_low_i32x4_u(b),
        u64::wrapping_mul,
    )
}

/// The high halves' lanes multiplied, sign-extended to twice their width.
#[inline]
pub fn i64x2_ext_mul_high_i32x4_s(a: u128, b: u128) -> u128 {
    zip(
        i64x2_extend_high_i32x4_s(a),
        i64x2_extend_high_i32x4_s(b),
        i64::wrapping_mul,
    )
}

/// The high halves' lanes multiplied, zero-extended to twice their width.
#[inline]
pub fn i64x2_ext_mul_high_i32x4_u(a: u128, b: u128) -> u128 {
    zip(
        i64x2_extend_high_i32x4_u(a),
        i64x2_extend_high_i32x4_u(b),
        u64::wrapping_mul,
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
