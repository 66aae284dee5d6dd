//! Cases chosen where a plausible implementation goes wrong: lane order, edges of saturation
//! and wrapping, signedness, and which operand wins. Ops are called through
//! `crate::semantics` to check they are re-exported where the back-ends look for them.

mod float;
mod int;

use super::lanes::{get, set, Lane};
use crate::semantics::*;

/// A vector from its lanes, lane 0 first.
fn v<T: Lane>(lanes: &[T]) -> u128 {
    lanes.iter().enumerate().fold(0, |acc, (i, &x)| set(acc, i, x))
}

/// A vector's lanes, lane 0 first.
fn l<T: Lane>(a: u128) -> Vec<T> {
    (0..T::COUNT).map(|i| get(a, i)).collect()
}

/// Float lanes as bits, so NaN and zero signs compare exactly.
fn f32_bits(a: u128) -> Vec<u32> {
    l::<u32>(a)
}

/// Bytes 0, 1, .. 15: byte `i` holds `i`.
const IOTA: u128 = u128::from_le_bytes([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);

#[test]
fn lane_zero_is_the_low_bits() {
    assert_eq!(i8x16_extract_lane_u(IOTA, 3), 3);
    assert_eq!(i16x8_extract_lane_u(IOTA, 1), 0x0302);
    assert_eq!(i32x4_extract_lane(IOTA, 1), 0x0706_0504);
    assert_eq!(i64x2_extract_lane(IOTA, 1), 0x0f0e_0d0c_0b0a_0908);
    assert_eq!(i8x16_replace_lane(0, 0x1ab, 15), 0xab << 120);
    assert_eq!(i32x4_replace_lane(u128::MAX, 0, 0), u128::MAX << 32);
    assert_eq!(f64x2_extract_lane(v(&[1.5f64, -2.0]), 1), -2.0);
    assert_eq!(f32x4_replace_lane(0, 1.0, 2), 0x3f80_0000u128 << 64);
}

#[test]
fn extract_lane_sign_and_zero_extension() {
    let a = v(&[0x80u8; 16]);
    assert_eq!(i8x16_extract_lane_s(a, 5), -128);
    assert_eq!(i8x16_extract_lane_u(a, 5), 128);
    assert_eq!(i16x8_extract_lane_s(a, 7), -32640);
    assert_eq!(i16x8_extract_lane_u(a, 7), 0x8080);
}

#[test]
fn lane_immediates_out_of_range_do_not_panic() {
    // Validation rules these out; they only must not take the interpreter down.
    assert_eq!(i8x16_extract_lane_u(IOTA, 16), 0);
    assert_eq!(i64x2_extract_lane(IOTA, u32::MAX), 0x0f0e_0d0c_0b0a_0908);
    let _ = v128_load64_lane(0, 1, 9);
    let _ = v128_store16_lane(IOTA, 200);
}

#[test]
fn splat_truncates_to_the_lane() {
    assert_eq!(i8x16_splat(0x1ff), u128::MAX);
    assert_eq!(i8x16_splat(0x101), v(&[1u8; 16]));
    assert_eq!(i16x8_splat(-2), v(&[0xfffeu16; 8]));
    assert_eq!(i64x2_splat(i64::MIN), v(&[1u64 << 63; 2]));
    assert_eq!(f32x4_splat(1.0), v(&[0x3f80_0000u32; 4]));
    assert_eq!(f64x2_splat(-0.0), v(&[1u64 << 63; 2]));
}

#[test]
fn extending_loads() {
    let m = u64::from_le_bytes([0x80, 0x7f, 0xff, 0x01, 0, 0, 0, 0xfe]);
    assert_eq!(l::<i16>(v128_load8x8_s(m)), [-128, 127, -1, 1, 0, 0, 0, -2]);
    assert_eq!(l::<u16>(v128_load8x8_u(m)), [128, 127, 255, 1, 0, 0, 0, 254]);
    assert_eq!(l::<i32>(v128_load16x4_s(m)), [0x7f80, 0x01ff, 0, -512]);
    assert_eq!(l::<u32>(v128_load16x4_u(m)), [0x7f80, 0x01ff, 0, 0xfe00]);
    assert_eq!(
        l::<i64>(v128_load32x2_s(0x8000_0000_7fff_ffff)),
        [i32::MAX as i64, i32::MIN as i64]
    );
    assert_eq!(
        l::<u64>(v128_load32x2_u(0x8000_0000_7fff_ffff)),
        [0x7fff_ffff, 0x8000_0000]
    );
}

#[test]
fn splat_and_zero_loads() {
    assert_eq!(v128_load8_splat(0xab), v(&[0xabu8; 16]));
    assert_eq!(v128_load16_splat(0xabcd), v(&[0xabcdu16; 8]));
    assert_eq!(v128_load32_splat(7), v(&[7u32; 4]));
    assert_eq!(v128_load64_splat(u64::MAX), u128::MAX);
    assert_eq!(v128_load32_zero(u32::MAX), u32::MAX as u128);
    assert_eq!(v128_load64_zero(u64::MAX), u64::MAX as u128);
    assert_eq!(v128_load(IOTA), IOTA);
    assert_eq!(v128_store(IOTA), IOTA);
}

#[test]
fn load_lane_and_store_lane() {
    assert_eq!(v128_load8_lane(u128::MAX, 0, 1), !0xff00);
    assert_eq!(v128_load16_lane(0, 0xabcd, 7), 0xabcd << 112);
    assert_eq!(v128_load32_lane(IOTA, 0, 0), IOTA & !0xffff_ffff);
    assert_eq!(v128_load64_lane(0, u64::MAX, 1), (u64::MAX as u128) << 64);
    assert_eq!(v128_store8_lane(IOTA, 9), 9);
    assert_eq!(v128_store16_lane(IOTA, 2), 0x0504);
    assert_eq!(v128_store32_lane(IOTA, 3), 0x0f0e_0d0c);
    assert_eq!(v128_store64_lane(IOTA, 0), 0x0706_0504_0302_0100);
}

#[test]
fn shuffle_reads_across_both_vectors() {
    let a = IOTA;
    let b = IOTA + v(&[0x10u8; 16]); // bytes 16..31
    let mask = v(&[31u8, 0, 16, 15, 1, 17, 30, 14, 2, 18, 3, 19, 4, 20, 5, 21]);
    assert_eq!(
        l::<u8>(i8x16_shuffle(a, b, mask)),
        [31, 0, 16, 15, 1, 17, 30, 14, 2, 18, 3, 19, 4, 20, 5, 21]
    );
    assert_eq!(i8x16_shuffle(a, b, IOTA), a);
}

#[test]
fn swizzle_zeroes_out_of_range_indices() {
    let idx = v(&[15u8, 16, 255, 0, 128, 17, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    let want = [15u8, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    assert_eq!(l::<u8>(i8x16_swizzle(IOTA, idx)), want);
    assert_eq!(l::<u8>(i8x16_relaxed_swizzle(IOTA, idx)), want);
}

#[test]
fn bitwise_and_select() {
    let (a, b, c) = (0xff00u128, 0x0ff0u128, 0xf0f0u128);
    assert_eq!(v128_and_not(a, b), 0xf000);
    assert_eq!(v128_not(0), u128::MAX);
    assert_eq!(v128_bitselect(a, b, c), 0xf000 | 0x0f00);
    assert_eq!(i32x4_relaxed_laneselect(a, b, c), v128_bitselect(a, b, c));
    assert_eq!(v128_select(a, b, -1), a);
    assert_eq!(v128_select(a, b, 0), b);
    assert_eq!(v128_any_true(1 << 127), 1);
    assert_eq!(v128_any_true(0), 0);
}

#[test]
fn all_true_and_bitmask_order() {
    assert_eq!(i8x16_all_true(v(&[1u8; 16])), 1);
    assert_eq!(i8x16_all_true(set(v(&[1u8; 16]), 15, 0u8)), 0);
    assert_eq!(i16x8_all_true(v(&[0x0100u16; 8])), 1);
    assert_eq!(i64x2_all_true(1), 0);
    assert_eq!(i8x16_bitmask(0x80), 1);
    assert_eq!(i8x16_bitmask(0x80 << 120), 0x8000);
    assert_eq!(i8x16_bitmask(u128::MAX), 0xffff);
    assert_eq!(i16x8_bitmask(v(&[0i16, -1, 0, 0, 0, 0, 0, i16::MIN])), 0b1000_0010);
    assert_eq!(i32x4_bitmask(v(&[-1i32, 0, 0x7fff_ffff, -5])), 0b1001);
    assert_eq!(i64x2_bitmask(v(&[0i64, -1])), 0b10);
}

#[test]
fn signed_and_unsigned_compares_differ() {
    let (a, b) = (v(&[-1i8; 16]), v(&[1i8; 16]));
    assert_eq!(i8x16_lt_s(a, b), u128::MAX);
    assert_eq!(i8x16_lt_u(a, b), 0);
    assert_eq!(i8x16_ge_u(a, b), u128::MAX);
    let a = v(&[-1i32, 5, 7, i32::MIN]);
    let b = v(&[1i32, 5, 6, 0]);
    assert_eq!(l::<i32>(i32x4_gt_u(a, b)), [-1, 0, -1, -1]);
    assert_eq!(l::<i32>(i32x4_le_s(a, b)), [-1, -1, 0, -1]);
    assert_eq!(
        l::<i16>(i16x8_ne(v(&[1i16, 2, 3, 4, 5, 6, 7, 8]), v(&[1i16; 8]))),
        [0, -1, -1, -1, -1, -1, -1, -1]
    );
    assert_eq!(l::<i64>(i64x2_lt_s(v(&[-1i64, 0]), v(&[0i64, -1]))), [-1, 0]);
    assert_eq!(l::<i64>(i64x2_ge_s(v(&[i64::MIN, 3]), v(&[i64::MIN, 4]))), [-1, 0]);
}

#[test]
fn float_compares_give_full_lane_masks() {
    let a = v(&[1.0f32, f32::NAN, -0.0, 2.0]);
    let b = v(&[1.0f32, f32::NAN, 0.0, 1.0]);
    assert_eq!(l::<i32>(f32x4_eq(a, b)), [-1, 0, -1, 0]);
    assert_eq!(l::<i32>(f32x4_ne(a, b)), [0, -1, 0, -1]);
    assert_eq!(l::<i32>(f32x4_gt(a, b)), [0, 0, 0, -1]);
    assert_eq!(l::<i32>(f32x4_le(a, b)), [-1, 0, -1, 0]);
    assert_eq!(l::<i64>(f64x2_lt(v(&[f64::NAN, -1.0]), v(&[1.0f64, 0.0]))), [0, -1]);
    assert_eq!(l::<i64>(f64x2_ge(v(&[f64::NAN, 0.0]), v(&[1.0f64, -0.0]))), [0, -1]);
}
