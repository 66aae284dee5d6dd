//! Integer arithmetic and the ops that change lane width.

use super::{l, v, IOTA};
use crate::semantics::*;

#[test]
fn saturating_arithmetic_edges() {
    let (a, b) = (
        v(&[127i8, -128, 100, -100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        v(&[1i8, -1, 100, -100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    );
    assert_eq!(l::<i8>(i8x16_add_sat_s(a, b))[..4], [127, -128, 127, -128]);
    assert_eq!(l::<i8>(i8x16_sub_sat_s(a, v(&[-1i8; 16])))[..2], [127, -127]);
    assert_eq!(l::<u8>(i8x16_add_sat_u(v(&[255u8; 16]), v(&[1u8; 16])))[0], 255);
    assert_eq!(l::<u8>(i8x16_sub_sat_u(v(&[0u8; 16]), v(&[1u8; 16])))[0], 0);
    assert_eq!(l::<i16>(i16x8_add_sat_s(v(&[i16::MAX; 8]), v(&[1i16; 8])))[7], i16::MAX);
    assert_eq!(l::<i16>(i16x8_sub_sat_s(v(&[i16::MIN; 8]), v(&[1i16; 8])))[0], i16::MIN);
    assert_eq!(l::<u16>(i16x8_add_sat_u(v(&[0xfffeu16; 8]), v(&[3u16; 8])))[3], 0xffff);
    assert_eq!(l::<u16>(i16x8_sub_sat_u(v(&[2u16; 8]), v(&[3u16; 8])))[3], 0);
    // The non-saturating ones wrap.
    assert_eq!(l::<i8>(i8x16_add(a, b))[..2], [-128, 127]);
    assert_eq!(
        l::<i32>(i32x4_mul(v(&[i32::MIN, 3, 0, 0]), v(&[-1i32, -3, 0, 0])))[..2],
        [i32::MIN, -9]
    );
    assert_eq!(l::<i64>(i64x2_sub(v(&[i64::MIN, 0]), v(&[1i64, 1]))), [i64::MAX, -1]);
}

#[test]
fn min_max_respect_signedness() {
    let (a, b) = (v(&[-1i16, 5, 0, 0, 0, 0, 0, 0]), v(&[1i16, 4, 0, 0, 0, 0, 0, 0]));
    assert_eq!(l::<i16>(i16x8_min_s(a, b))[..2], [-1, 4]);
    assert_eq!(l::<i16>(i16x8_min_u(a, b))[..2], [1, 4]);
    assert_eq!(l::<i16>(i16x8_max_u(a, b))[..2], [-1, 5]);
    assert_eq!(l::<i8>(i8x16_max_s(v(&[-128i8; 16]), v(&[127i8; 16])))[0], 127);
    assert_eq!(l::<i32>(i32x4_max_u(v(&[i32::MIN; 4]), v(&[i32::MAX; 4])))[0], i32::MIN);
}

#[test]
fn abs_and_neg_wrap_at_the_minimum() {
    assert_eq!(
        l::<i8>(i8x16_abs(v(&[-128i8, -5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])))[..3],
        [-128, 5, 5]
    );
    assert_eq!(
        l::<i16>(i16x8_neg(v(&[i16::MIN, 1, 0, 0, 0, 0, 0, 0])))[..2],
        [i16::MIN, -1]
    );
    assert_eq!(l::<i64>(i64x2_abs(v(&[i64::MIN, -3]))), [i64::MIN, 3]);
}

#[test]
fn shift_counts_are_taken_modulo_the_lane_width() {
    assert_eq!(i8x16_shl(v(&[1u8; 16]), 9), v(&[2u8; 16]));
    assert_eq!(i8x16_shr_s(v(&[0x80u8; 16]), -1), u128::MAX); // -1 is 7 mod 8
    assert_eq!(i8x16_shr_u(v(&[0x80u8; 16]), 15), v(&[1u8; 16]));
    assert_eq!(i16x8_shr_s(v(&[-4i16; 8]), 17), v(&[-2i16; 8]));
    assert_eq!(i16x8_shr_u(v(&[-4i16; 8]), 1), v(&[0x7ffeu16; 8]));
    assert_eq!(i32x4_shl(v(&[3u32; 4]), 32), v(&[3u32; 4]));
    assert_eq!(i64x2_shl(v(&[1u64, 2]), 127), v(&[1u64 << 63, 0]));
    assert_eq!(i64x2_shr_s(v(&[i64::MIN, 8]), 65), v(&[i64::MIN >> 1, 4]));
    // Bits shifted out of one lane never reach its neighbour.
    assert_eq!(i16x8_shl(v(&[0x8001u16; 8]), 1), v(&[2u16; 8]));
}

#[test]
fn popcnt_and_avgr_u() {
    let a = v(&[0xffu8, 0x0f, 0x80, 0, 0x55, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(l::<u8>(i8x16_popcnt(a))[..5], [8, 4, 1, 0, 4]);
    let (x, y) = (
        v(&[1u8, 255, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        v(&[2u8, 255, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    );
    assert_eq!(l::<u8>(i8x16_avgr_u(x, y))[..4], [2, 255, 1, 3]);
    assert_eq!(l::<u16>(i16x8_avgr_u(v(&[0xffffu16; 8]), v(&[0u16; 8])))[0], 0x8000);
}

#[test]
fn q15mulr_saturates_only_at_min_times_min() {
    let a = v(&[i16::MIN, 0x4000, 1, i16::MIN, -1, i16::MAX, 0, 0]);
    let b = v(&[i16::MIN, 0x4000, 0x4000, i16::MAX, 0x4000, i16::MAX, 0, 0]);
    let want = [i16::MAX, 0x2000, 1, -32767, 0, 32766, 0, 0];
    assert_eq!(l::<i16>(i16x8_q15_mulr_sat_s(a, b)), want);
    assert_eq!(l::<i16>(i16x8_relaxed_q15mulr_s(a, b)), want);
}

#[test]
fn narrowing_saturates_and_puts_the_first_vector_low() {
    let a = v(&[300i16, -300, 127, -128, 0, 1, -1, 255]);
    let b = v(&[i16::MAX, i16::MIN, 2, 3, 4, 5, 6, 7]);
    assert_eq!(
        l::<i8>(i8x16_narrow_i16x8_s(a, b)),
        [127, -128, 127, -128, 0, 1, -1, 127, 127, -128, 2, 3, 4, 5, 6, 7]
    );
    assert_eq!(
        l::<u8>(i8x16_narrow_i16x8_u(a, b)),
        [255, 0, 127, 0, 0, 1, 0, 255, 255, 0, 2, 3, 4, 5, 6, 7]
    );
    let a = v(&[70000i32, -70000, -1, 65535]);
    assert_eq!(
        l::<i16>(i16x8_narrow_i32x4_s(a, v(&[1i32; 4]))),
        [i16::MAX, i16::MIN, -1, i16::MAX, 1, 1, 1, 1]
    );
    assert_eq!(
        l::<u16>(i16x8_narrow_i32x4_u(a, v(&[1i32; 4]))),
        [65535, 0, 0, 65535, 1, 1, 1, 1]
    );
}

#[test]
fn extend_reads_the_named_half() {
    let a = v(&[1i8, -1, 2, -2, 3, -3, 4, -4, -128, 127, -1, 0, 5, 6, 7, 8]);
    assert_eq!(l::<i16>(i16x8_extend_low_i8x16_s(a)), [1, -1, 2, -2, 3, -3, 4, -4]);
    assert_eq!(l::<i16>(i16x8_extend_high_i8x16_s(a)), [-128, 127, -1, 0, 5, 6, 7, 8]);
    assert_eq!(l::<u16>(i16x8_extend_high_i8x16_u(a)), [128, 127, 255, 0, 5, 6, 7, 8]);
    assert_eq!(
        l::<i32>(i32x4_extend_high_i16x8_s(v(&[0i16, 0, 0, 0, -1, 2, i16::MIN, 4]))),
        [-1, 2, -32768, 4]
    );
    assert_eq!(
        l::<u32>(i32x4_extend_low_i16x8_u(v(&[-1i16, 2, 3, 4, 0, 0, 0, 0]))),
        [65535, 2, 3, 4]
    );
    assert_eq!(l::<i64>(i64x2_extend_low_i32x4_s(v(&[-1i32, 2, 3, 4]))), [-1, 2]);
    assert_eq!(
        l::<u64>(i64x2_extend_high_i32x4_u(v(&[0i32, 0, -1, 7]))),
        [0xffff_ffff, 7]
    );
}

#[test]
fn extended_multiplies() {
    let a = v(&[-128i8, 2, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 3]);
    assert_eq!(l::<i16>(i16x8_ext_mul_low_i8x16_s(a, a))[..2], [16384, 4]);
    assert_eq!(l::<u16>(i16x8_ext_mul_high_i8x16_u(a, a)), [65025, 0, 0, 0, 0, 0, 0, 9]);
    assert_eq!(l::<i16>(i16x8_ext_mul_high_i8x16_s(a, a))[0], 1);
    let a = v(&[i16::MIN, 0, 0, 0, 0, 0, 0, -1]);
    assert_eq!(l::<i32>(i32x4_ext_mul_low_i16x8_s(a, a))[0], 1 << 30);
    assert_eq!(l::<u32>(i32x4_ext_mul_high_i16x8_u(a, a))[3], 0xfffe_0001);
    let a = v(&[i32::MIN, -1, 0, -1]);
    assert_eq!(l::<i64>(i64x2_ext_mul_low_i32x4_s(a, a)), [1 << 62, 1]);
    assert_eq!(l::<u64>(i64x2_ext_mul_high_i32x4_u(a, a)), [0, 0xffff_fffe_0000_0001]);
    assert_eq!(l::<u64>(i64x2_ext_mul_low_i32x4_u(a, a))[0], 1 << 62);
}

#[test]
fn pairwise_widening_adds() {
    let a = v(&[-128i8, -128, 127, 127, 1, -1, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1]);
    assert_eq!(
        l::<i16>(i16x8_ext_add_pairwise_i8x16_s(a)),
        [-256, 254, 0, 0, 0, 0, 0, -2]
    );
    assert_eq!(
        l::<u16>(i16x8_ext_add_pairwise_i8x16_u(a)),
        [256, 254, 256, 0, 0, 0, 0, 510]
    );
    let a = v(&[i16::MIN, i16::MIN, -1, -1, 1, 2, 3, 4]);
    assert_eq!(l::<i32>(i32x4_ext_add_pairwise_i16x8_s(a)), [-65536, -2, 3, 7]);
    assert_eq!(l::<u32>(i32x4_ext_add_pairwise_i16x8_u(a)), [65536, 131070, 3, 7]);
}

#[test]
fn dot_products() {
    let a = v(&[1i16, 2, 3, 4, i16::MIN, i16::MIN, -1, 5]);
    let b = v(&[5i16, 6, 7, 8, i16::MIN, i16::MIN, 7, 3]);
    // Two i16::MIN squares sum to 2^31, which wraps.
    assert_eq!(l::<i32>(i32x4_dot_i16x8_s(a, b)), [17, 53, i32::MIN, 8]);
}

#[test]
fn relaxed_dot_products_match_the_spec_tests() {
    assert_eq!(
        l::<i16>(i16x8_relaxed_dot_i8x16_i7x16_s(IOTA, IOTA)),
        [1, 13, 41, 85, 145, 221, 313, 421]
    );
    let a = v(&[-128i8, -128, 127, 127, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    let b = v(&[127i8, 127, 127, 127, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(l::<i16>(i16x8_relaxed_dot_i8x16_i7x16_s(a, b))[..2], [-32512, 32258]);
    let c = v(&[0i32, 1, 2, 3]);
    assert_eq!(
        l::<i32>(i32x4_relaxed_dot_i8x16_i7x16_add_s(IOTA, IOTA, c)),
        [14, 127, 368, 737]
    );
    let a = v(&[-128i8, -128, -128, -128, 127, 127, 127, 127, 0, 0, 0, 0, 0, 0, 0, 0]);
    let b = v(&[127i8, 127, 127, 127, 127, 127, 127, 127, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(
        l::<i32>(i32x4_relaxed_dot_i8x16_i7x16_add_s(a, b, v(&[1i32, 2, 3, 4]))),
        [-65023, 64518, 3, 4]
    );
    // Outside i7 the choices show: `b` signed, so -128 * -127 * 4 + 1.
    let a = v(&[-128i8; 16]);
    let b = v(&[-127i8; 16]);
    assert_eq!(l::<i16>(i16x8_relaxed_dot_i8x16_i7x16_s(a, b))[0], 32512);
    assert_eq!(
        l::<i32>(i32x4_relaxed_dot_i8x16_i7x16_add_s(a, b, v(&[1i32; 4])))[0],
        65025
    );
    // The 16-bit pair sum saturates, as in the deterministic profile: (-128 * -128) * 2 =
    // 32768 becomes 32767, and the i32 form sums two such pairs.
    assert_eq!(l::<i16>(i16x8_relaxed_dot_i8x16_i7x16_s(a, a))[0], i16::MAX);
    assert_eq!(
        l::<i32>(i32x4_relaxed_dot_i8x16_i7x16_add_s(
            a,
            a,
            v(&[0i32, 1, -65536, i32::MAX])
        )),
        [65534, 65535, -2, i32::MIN + 65533]
    );
}
