//! Lane compares, giving all-ones or zero lanes, and the reductions of a vector to an `i32`.
//! Float compares defer to the scalar ones so NaN ordering is defined in one place.

use super::lanes::{all_true, bitmask, compare};

/// 1 if any bit is set.
#[inline]
pub fn v128_any_true(a: u128) -> i32 {
    (a != 0) as i32
}

/// 1 if every lane is non-zero.
#[inline]
pub fn i8x16_all_true(a: u128) -> i32 {
    all_true::<u8>(a)
}

/// The lanes' sign bits, lane 0 in bit 0.
#[inline]
pub fn i8x16_bitmask(a: u128) -> i32 {
    bitmask::<u8>(a)
}

/// 1 if every lane is non-zero.
#[inline]
pub fn i16x8_all_true(a: u128) -> i32 {
    all_true::<u16>(a)
}

/// The lanes' sign bits, lane 0 in bit 0.
#[inline]
pub fn i16x8_bitmask(a: u128) -> i32 {
    bitmask::<u16>(a)
}

/// 1 if every lane is non-zero.
#[inline]
pub fn i32x4_all_true(a: u128) -> i32 {
    all_true::<u32>(a)
}

/// The lanes' sign bits, lane 0 in bit 0.
#[inline]
pub fn i32x4_bitmask(a: u128) -> i32 {
    bitmask::<u32>(a)
}

/// 1 if every lane is non-zero.
#[inline]
pub fn i64x2_all_true(a: u128) -> i32 {
    all_true::<u64>(a)
}

/// The lanes' sign bits, lane 0 in bit 0.
#[inline]
pub fn i64x2_bitmask(a: u128) -> i32 {
    bitmask::<u64>(a)
}

/// Lane-wise compare (equal): all ones where it holds, else zero.
#[inline]
pub fn i8x16_eq(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i8, y| x == y)
}

/// Lane-wise compare (not equal): all ones where it holds, else zero.
#[inline]
pub fn i8x16_ne(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i8, y| x != y)
}

/// Lane-wise compare (less than, signed): all ones where it holds, else zero.
#[inline]
pub fn i8x16_lt_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i8, y| x < y)
}

/// Lane-wise compare (less than, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i8x16_lt_u(a: u128, b: u128) -> u128 {
    compare(a, b, |x: u8, y| x < y)
}

/// Lane-wise compare (greater than, signed): all ones where it holds, else zero.
#[inline]
pub fn i8x16_gt_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i8, y| x > y)
}

/// Lane-wise compare (greater than, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i8x16_gt_u(a: u128, b: u128) -> u128 {
    compare(a, b, |x: u8, y| x > y)
}

/// Lane-wise compare (at most, signed): all ones where it holds, else zero.
#[inline]
pub fn i8x16_le_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i8, y| x <= y)
}

/// Lane-wise compare (at most, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i8x16_le_u(a: u128, b: u128) -> u128 {
    compare(a, b, |x: u8, y| x <= y)
}

/// Lane-wise compare (at least, signed): all ones where it holds, else zero.
#[inline]
pub fn i8x16_ge_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i8, y| x >= y)
}

/// Lane-wise compare (at least, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i8x16_ge_u(a: u128, b: u128) -> u128 {
    compare(a, b, |x: u8, y| x >= y)
}

/// Lane-wise compare (equal): all ones where it holds, else zero.
#[inline]
pub fn i16x8_eq(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i16, y| x == y)
}

/// Lane-wise compare (not equal): all ones where it holds, else zero.
#[inline]
pub fn i16x8_ne(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i16, y| x != y)
}

/// Lane-wise compare (less than, signed): all ones where it holds, else zero.
#[inline]
pub fn i16x8_lt_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i16, y| x < y)
}

/// Lane-wise compare (less than, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i16x8_lt_u(a: u128, b: u128) -> u128 {
    compare(a, b, |x: u16, y| x < y)
}

/// Lane-wise compare (greater than, signed): all ones where it holds, else zero.
#[inline]
pub fn i16x8_gt_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i16, y| x > y)
}

/// Lane-wise compare (greater than, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i16x8_gt_u(a: u128, b: u128) -> u128 {
    compare(a, b, |x: u16, y| x > y)
}

/// Lane-wise compare (at most, signed): all ones where it holds, else zero.
#[inline]
pub fn i16x8_le_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i16, y| x <= y)
}

/// Lane-wise compare (at most, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i16x8_le_u(a: u128, b: u128) -> u128 {
    compare(a, b, |x: u16, y| x <= y)
}

/// Lane-wise compare (at least, signed): all ones where it holds, else zero.
#[inline]
pub fn i16x8_ge_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i16, y| x >= y)
}

/// Lane-wise compare (at least, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i16x8_ge_u(a: u128, b: u128) -> u128 {
    compare(a, b, |x: u16, y| x >= y)
}

/// Lane-wise compare (equal): all ones where it holds, else zero.
#[inline]
pub fn i32x4_eq(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i32, y| x == y)
}

/// Lane-wise compare (not equal): all ones where it holds, else zero.
#[inline]
pub fn i32x4_ne(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i32, y| x != y)
}

/// Lane-wise compare (less than, signed): all ones where it holds, else zero.
#[inline]
pub fn i32x4_lt_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i32, y| x < y)
}

/// Lane-wise compare (less than, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i32x4_lt_u(a: u128, b: u128) -> u128 {
    compare(a, b, |x: u32, y| x < y)
}

/// Lane-wise compare (greater than, signed): all ones where it holds, else zero.
#[inline]
pub fn i32x4_gt_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i32, y| x > y)
}

/// Lane-wise compare (greater than, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i32x4_gt_u(a: u128, b: u128) -> u128 {
    compare(a, b, |x: u32, y| x > y)
}

/// Lane-wise compare (at most, signed): all ones where it holds, else zero.
#[inline]
pub fn i32x4_le_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i32, y| x <= y)
}

/// Lane-wise compare (at most, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i32x4_le_u(a: u128, b: u128) -> u128 {
    compare(a, b, |x: u32, y| x <= y)
}

/// Lane-wise compare (at least, signed): all ones where it holds, else zero.
#[inline]
pub fn i32x4_ge_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i32, y| x >= y)
}

/// Lane-wise compare (at least, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i32x4_ge_u(a: u128, b: u128) -> u128 {
    compare(a, b, |x: u32, y| x >= y)
}

/// Lane-wise compare (equal): all ones where it holds, else zero.
#[inline]
pub fn i64x2_eq(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i64, y| x == y)
}

/// Lane-wise compare (not equal): all ones where it holds, else zero.
#[inline]
pub fn i64x2_ne(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i64, y| x != y)
}

/// Lane-wise compare (less than, signed): all ones where it holds, else zero.
#[inline]
pub fn i64x2_lt_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i64, y| x < y)
}

/// Lane-wise compare (greater than, signed): all ones where it holds, else zero.
#[inline]
pub fn i64x2_gt_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i64, y| x > y)
}

/// Lane-wise compare (at most, signed): all ones where it holds, else zero.
#[inline]
pub fn i64x2_le_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i64, y| x <= y)
}

/// Lane-wise compare (at least, signed): all ones where it holds, else zero.
#[inline]
pub fn i64x2_ge_s(a: u128, b: u128) -> u128 {
    compare(a, b, |x: i64, y| x >= y)
}

/// Lane-wise float compare (equal): all ones where it holds, else zero.
#[inline]
pub fn f32x4_eq(a: u128, b: u128) -> u128 {
    compare(a, b, |x: f32, y| crate::semantics::f32_eq(x, y) != 0)
}

/// Lane-wise float compare (not equal): all ones where it holds, else zero.
#[inline]
pub fn f32x4_ne(a: u128, b: u128) -> u128 {
    compare(a, b, |x: f32, y| crate::semantics::f32_ne(x, y) != 0)
}

/// Lane-wise float compare (less than): all ones where it holds, else zero.
#[inline]
pub fn f32x4_lt(a: u128, b: u128) -> u128 {
    compare(a, b, |x: f32, y| crate::semantics::f32_lt(x, y) != 0)
}

/// Lane-wise float compare (greater than): all ones where it holds, else zero.
#[inline]
pub fn f32x4_gt(a: u128, b: u128) -> u128 {
    compare(a, b, |x: f32, y| crate::semantics::f32_gt(x, y) != 0)
}

/// Lane-wise float compare (at most): all ones where it holds, else zero.
#[inline]
pub fn f32x4_le(a: u128, b: u128) -> u128 {
    compare(a, b, |x: f32, y| crate::semantics::f32_le(x, y) != 0)
}

/// Lane-wise float compare (at least): all ones where it holds, else zero.
#[inline]
pub fn f32x4_ge(a: u128, b: u128) -> u128 {
    compare(a, b, |x: f32, y| crate::semantics::f32_ge(x, y) != 0)
}

/// Lane-wise float compare (equal): all ones where it holds, else zero.
#[inline]
pub fn f64x2_eq(a: u128, b: u128) -> u128 {
    compare(a, b, |x: f64, y| crate::semantics::f64_eq(x, y) != 0)
}

/// Lane-wise float compare (not equal): all ones where it holds, else zero.
#[inline]
pub fn f64x2_ne(a: u128, b: u128) -> u128 {
    compare(a, b, |x: f64, y| crate::semantics::f64_ne(x, y) != 0)
}

/// Lane-wise float compare (less than): all ones where it holds, else zero.
#[inline]
pub fn f64x2_lt(a: u128, b: u128) -> u128 {
    compare(a, b, |x: f64, y| crate::semantics::f64_lt(x, y) != 0)
}

/// Lane-wise float compare (greater than): all ones where it holds, else zero.
#[inline]
pub fn f64x2_gt(a: u128, b: u128) -> u128 {
    compare(a, b, |x: f64, y| crate::semantics::f64_gt(x, y) != 0)
}

/// Lane-wise float compare (at most): all ones where it holds, else zero.
#[inline]
pub fn f64x2_le(a: u128, b: u128) -> u128 {
    compare(a, b, |x: f64, y| crate::semantics::f64_le(x, y) != 0)
}

/// Lane-wise float compare (at least): all ones where it holds, else zero.
#[inline]
pub fn f64x2_ge(a: u128, b: u128) -> u128 {
    compare(a, b, |x: f64, y| crate::semantics::f64_ge(x, y) != 0)
}
