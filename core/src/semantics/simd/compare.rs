//! Lane compares, giving all-ones or zero lanes, and the reductions of a vector to an `i32`,
//! on `std::simd` vectors (see `vector`). Float compares are IEEE's, as the scalar ones in
//! `semantics::float` are: every compare with a NaN is false but `ne`.

use super::vector::{test2, Vector};
use core::simd::prelude::*;

/// 1 if any bit is set.
#[inline]
pub fn v128_any_true(a: u128) -> i32 {
    (a != 0) as i32
}

/// 1 if every lane is non-zero.
#[inline]
pub fn i8x16_all_true(a: u128) -> i32 {
    u8x16::of(a).simd_ne(u8x16::splat(0)).all() as i32
}

/// The lanes' sign bits, lane 0 in bit 0.
#[inline]
pub fn i8x16_bitmask(a: u128) -> i32 {
    i8x16::of(a).simd_lt(i8x16::splat(0)).to_bitmask() as i32
}

/// 1 if every lane is non-zero.
#[inline]
pub fn i16x8_all_true(a: u128) -> i32 {
    u16x8::of(a).simd_ne(u16x8::splat(0)).all() as i32
}

/// The lanes' sign bits, lane 0 in bit 0.
#[inline]
pub fn i16x8_bitmask(a: u128) -> i32 {
    i16x8::of(a).simd_lt(i16x8::splat(0)).to_bitmask() as i32
}

/// 1 if every lane is non-zero.
#[inline]
pub fn i32x4_all_true(a: u128) -> i32 {
    u32x4::of(a).simd_ne(u32x4::splat(0)).all() as i32
}

/// The lanes' sign bits, lane 0 in bit 0.
#[inline]
pub fn i32x4_bitmask(a: u128) -> i32 {
    i32x4::of(a).simd_lt(i32x4::splat(0)).to_bitmask() as i32
}

/// 1 if every lane is non-zero.
#[inline]
pub fn i64x2_all_true(a: u128) -> i32 {
    u64x2::of(a).simd_ne(u64x2::splat(0)).all() as i32
}

/// The lanes' sign bits, lane 0 in bit 0.
#[inline]
pub fn i64x2_bitmask(a: u128) -> i32 {
    i64x2::of(a).simd_lt(i64x2::splat(0)).to_bitmask() as i32
}

/// Lane-wise compare (equal): all ones where it holds, else zero.
#[inline]
pub fn i8x16_eq(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i8x16, y| x.simd_eq(y))
}

/// Lane-wise compare (not equal): all ones where it holds, else zero.
#[inline]
pub fn i8x16_ne(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i8x16, y| x.simd_ne(y))
}

/// Lane-wise compare (less than, signed): all ones where it holds, else zero.
#[inline]
pub fn i8x16_lt_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i8x16, y| x.simd_lt(y))
}

/// Lane-wise compare (less than, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i8x16_lt_u(a: u128, b: u128) -> u128 {
    test2(a, b, |x: u8x16, y| x.simd_lt(y))
}

/// Lane-wise compare (greater than, signed): all ones where it holds, else zero.
#[inline]
pub fn i8x16_gt_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i8x16, y| x.simd_gt(y))
}

/// Lane-wise compare (greater than, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i8x16_gt_u(a: u128, b: u128) -> u128 {
    test2(a, b, |x: u8x16, y| x.simd_gt(y))
}

/// Lane-wise compare (at most, signed): all ones where it holds, else zero.
#[inline]
pub fn i8x16_le_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i8x16, y| x.simd_le(y))
}

/// Lane-wise compare (at most, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i8x16_le_u(a: u128, b: u128) -> u128 {
    test2(a, b, |x: u8x16, y| x.simd_le(y))
}

/// Lane-wise compare (at least, signed): all ones where it holds, else zero.
#[inline]
pub fn i8x16_ge_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i8x16, y| x.simd_ge(y))
}

/// Lane-wise compare (at least, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i8x16_ge_u(a: u128, b: u128) -> u128 {
    test2(a, b, |x: u8x16, y| x.simd_ge(y))
}

/// Lane-wise compare (equal): all ones where it holds, else zero.
#[inline]
pub fn i16x8_eq(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i16x8, y| x.simd_eq(y))
}

/// Lane-wise compare (not equal): all ones where it holds, else zero.
#[inline]
pub fn i16x8_ne(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i16x8, y| x.simd_ne(y))
}

/// Lane-wise compare (less than, signed): all ones where it holds, else zero.
#[inline]
pub fn i16x8_lt_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i16x8, y| x.simd_lt(y))
}

/// Lane-wise compare (less than, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i16x8_lt_u(a: u128, b: u128) -> u128 {
    test2(a, b, |x: u16x8, y| x.simd_lt(y))
}

/// Lane-wise compare (greater than, signed): all ones where it holds, else zero.
#[inline]
pub fn i16x8_gt_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i16x8, y| x.simd_gt(y))
}

/// Lane-wise compare (greater than, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i16x8_gt_u(a: u128, b: u128) -> u128 {
    test2(a, b, |x: u16x8, y| x.simd_gt(y))
}

/// Lane-wise compare (at most, signed): all ones where it holds, else zero.
#[inline]
pub fn i16x8_le_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i16x8, y| x.simd_le(y))
}

/// Lane-wise compare (at most, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i16x8_le_u(a: u128, b: u128) -> u128 {
    test2(a, b, |x: u16x8, y| x.simd_le(y))
}

/// Lane-wise compare (at least, signed): all ones where it holds, else zero.
#[inline]
pub fn i16x8_ge_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i16x8, y| x.simd_ge(y))
}

/// Lane-wise compare (at least, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i16x8_ge_u(a: u128, b: u128) -> u128 {
    test2(a, b, |x: u16x8, y| x.simd_ge(y))
}

/// Lane-wise compare (equal): all ones where it holds, else zero.
#[inline]
pub fn i32x4_eq(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i32x4, y| x.simd_eq(y))
}

/// Lane-wise compare (not equal): all ones where it holds, else zero.
#[inline]
pub fn i32x4_ne(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i32x4, y| x.simd_ne(y))
}

/// Lane-wise compare (less than, signed): all ones where it holds, else zero.
#[inline]
pub fn i32x4_lt_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i32x4, y| x.simd_lt(y))
}

/// Lane-wise compare (less than, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i32x4_lt_u(a: u128, b: u128) -> u128 {
    test2(a, b, |x: u32x4, y| x.simd_lt(y))
}

/// Lane-wise compare (greater than, signed): all ones where it holds, else zero.
#[inline]
pub fn i32x4_gt_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i32x4, y| x.simd_gt(y))
}

/// Lane-wise compare (greater than, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i32x4_gt_u(a: u128, b: u128) -> u128 {
    test2(a, b, |x: u32x4, y| x.simd_gt(y))
}

/// Lane-wise compare (at most, signed): all ones where it holds, else zero.
#[inline]
pub fn i32x4_le_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i32x4, y| x.simd_le(y))
}

/// Lane-wise compare (at most, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i32x4_le_u(a: u128, b: u128) -> u128 {
    test2(a, b, |x: u32x4, y| x.simd_le(y))
}

/// Lane-wise compare (at least, signed): all ones where it holds, else zero.
#[inline]
pub fn i32x4_ge_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i32x4, y| x.simd_ge(y))
}

/// Lane-wise compare (at least, unsigned): all ones where it holds, else zero.
#[inline]
pub fn i32x4_ge_u(a: u128, b: u128) -> u128 {
    test2(a, b, |x: u32x4, y| x.simd_ge(y))
}

/// Lane-wise compare (equal): all ones where it holds, else zero.
#[inline]
pub fn i64x2_eq(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i64x2, y| x.simd_eq(y))
}

/// Lane-wise compare (not equal): all ones where it holds, else zero.
#[inline]
pub fn i64x2_ne(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i64x2, y| x.simd_ne(y))
}

/// Lane-wise compare (less than, signed): all ones where it holds, else zero.
#[inline]
pub fn i64x2_lt_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i64x2, y| x.simd_lt(y))
}

/// Lane-wise compare (greater than, signed): all ones where it holds, else zero.
#[inline]
pub fn i64x2_gt_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i64x2, y| x.simd_gt(y))
}

/// Lane-wise compare (at most, signed): all ones where it holds, else zero.
#[inline]
pub fn i64x2_le_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i64x2, y| x.simd_le(y))
}

/// Lane-wise compare (at least, signed): all ones where it holds, else zero.
#[inline]
pub fn i64x2_ge_s(a: u128, b: u128) -> u128 {
    test2(a, b, |x: i64x2, y| x.simd_ge(y))
}

/// Lane-wise float compare (equal): all ones where it holds, else zero.
#[inline]
pub fn f32x4_eq(a: u128, b: u128) -> u128 {
    test2(a, b, |x: f32x4, y| x.simd_eq(y))
}

/// Lane-wise float compare (not equal): all ones where it holds, else zero.
#[inline]
pub fn f32x4_ne(a: u128, b: u128) -> u128 {
    test2(a, b, |x: f32x4, y| x.simd_ne(y))
}

/// Lane-wise float compare (less than): all ones where it holds, else zero.
#[inline]
pub fn f32x4_lt(a: u128, b: u128) -> u128 {
    test2(a, b, |x: f32x4, y| x.simd_lt(y))
}

/// Lane-wise float compare (greater than): all ones where it holds, else zero.
#[inline]
pub fn f32x4_gt(a: u128, b: u128) -> u128 {
    test2(a, b, |x: f32x4, y| x.simd_gt(y))
}

/// Lane-wise float compare (at most): all ones where it holds, else zero.
#[inline]
pub fn f32x4_le(a: u128, b: u128) -> u128 {
    test2(a, b, |x: f32x4, y| x.simd_le(y))
}

/// Lane-wise float compare (at least): all ones where it holds, else zero.
#[inline]
pub fn f32x4_ge(a: u128, b: u128) -> u128 {
    test2(a, b, |x: f32x4, y| x.simd_ge(y))
}

/// Lane-wise float compare (equal): all ones where it holds, else zero.
#[inline]
pub fn f64x2_eq(a: u128, b: u128) -> u128 {
    test2(a, b, |x: f64x2, y| x.simd_eq(y))
}

/// Lane-wise float compare (not equal): all ones where it holds, else zero.
#[inline]
pub fn f64x2_ne(a: u128, b: u128) -> u128 {
    test2(a, b, |x: f64x2, y| x.simd_ne(y))
}

/// Lane-wise float compare (less than): all ones where it holds, else zero.
#[inline]
pub fn f64x2_lt(a: u128, b: u128) -> u128 {
    test2(a, b, |x: f64x2, y| x.simd_lt(y))
}

/// Lane-wise float compare (greater than): all ones where it holds, else zero.
#[inline]
pub fn f64x2_gt(a: u128, b: u128) -> u128 {
    test2(a, b, |x: f64x2, y| x.simd_gt(y))
}

/// Lane-wise float compare (at most): all ones where it holds, else zero.
#[inline]
pub fn f64x2_le(a: u128, b: u128) -> u128 {
    test2(a, b, |x: f64x2, y| x.simd_le(y))
}

/// Lane-wise float compare (at least): all ones where it holds, else zero.
#[inline]
pub fn f64x2_ge(a: u128, b: u128) -> u128 {
    test2(a, b, |x: f64x2, y| x.simd_ge(y))
}
