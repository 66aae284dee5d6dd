//! Float arithmetic and conversions between float and integer lanes.

use super::{f32_bits, l, v};
use crate::semantics::*;

#[test]
fn float_min_max_order_zeros_and_propagate_nan() {
    let a = v(&[0.0f32, -0.0, f32::NAN, 1.0]);
    let b = v(&[-0.0f32, 0.0, 1.0, f32::NAN]);
    let min = f32_bits(f32x4_min(a, b));
    assert_eq!(min[..2], [(-0.0f32).to_bits(), (-0.0f32).to_bits()]);
    assert!(f32::from_bits(min[2]).is_nan() && f32::from_bits(min[3]).is_nan());
    let max = f32_bits(f32x4_max(a, b));
    assert_eq!(max[..2], [0, 0]);
    assert!(f32::from_bits(max[2]).is_nan() && f32::from_bits(max[3]).is_nan());
    assert_eq!(f32x4_relaxed_min(a, b), f32x4_min(a, b));
    assert_eq!(
        f64x2_relaxed_max(v(&[-0.0f64, 3.0]), v(&[0.0f64, 2.0])),
        v(&[0.0f64, 3.0])
    );
    assert_eq!(
        l::<u64>(f64x2_min(v(&[0.0f64, 3.0]), v(&[-0.0f64, 2.0]))),
        [1 << 63, 2.0f64.to_bits()]
    );
}

#[test]
fn pmin_pmax_return_the_first_operand_unless_strictly_beaten() {
    let a = v(&[f32::NAN, 1.0, -0.0, 0.0]);
    let b = v(&[1.0f32, f32::NAN, 0.0, -0.0]);
    let nan = f32::NAN.to_bits();
    assert_eq!(
        f32_bits(f32x4_pmin(a, b)),
        [nan, 1.0f32.to_bits(), (-0.0f32).to_bits(), 0]
    );
    assert_eq!(
        f32_bits(f32x4_pmax(a, b)),
        [nan, 1.0f32.to_bits(), (-0.0f32).to_bits(), 0]
    );
    assert_eq!(f32x4_pmin(v(&[2.0f32; 4]), v(&[1.0f32; 4])), v(&[1.0f32; 4]));
    assert_eq!(f32x4_pmax(v(&[1.0f32; 4]), v(&[2.0f32; 4])), v(&[2.0f32; 4]));
    assert_eq!(f64x2_pmin(v(&[-0.0f64, 3.0]), v(&[0.0f64, -3.0])), v(&[-0.0f64, -3.0]));
    assert_eq!(
        f64x2_pmax(v(&[0.0f64, 3.0]), v(&[-0.0f64, f64::INFINITY])),
        v(&[0.0f64, f64::INFINITY])
    );
}

#[test]
fn float_lanes_use_the_scalar_ops() {
    assert_eq!(
        f32x4_add(v(&[1.0f32, 2.0, 3.0, 4.0]), f32x4_splat(0.5)),
        v(&[1.5f32, 2.5, 3.5, 4.5])
    );
    assert_eq!(
        f64x2_div(v(&[1.0f64, -1.0]), f64x2_splat(0.0)),
        v(&[f64::INFINITY, f64::NEG_INFINITY])
    );
    assert_eq!(
        f32x4_nearest(v(&[2.5f32, -3.5, 0.5, -0.5])),
        v(&[2.0f32, -4.0, 0.0, -0.0])
    );
    assert_eq!(f64x2_floor(v(&[-1.5f64, 1.5])), v(&[-2.0f64, 1.0]));
    assert_eq!(f32x4_sqrt(v(&[4.0f32, 9.0, 0.0, 1.0])), v(&[2.0f32, 3.0, 0.0, 1.0]));
    // abs and neg touch only the sign bit, even of a NaN.
    let snan = 0x7fa0_0001u32;
    assert_eq!(f32x4_neg(v(&[snan; 4])), v(&[snan | 1 << 31; 4]));
    assert_eq!(f64x2_abs(v(&[-0.0f64, -2.0])), v(&[0.0f64, 2.0]));
    // Rounding quiets a signalling NaN.
    assert_eq!(f32_bits(f32x4_ceil(v(&[snan; 4])))[0], snan | 0x0040_0000);
}

#[test]
fn relaxed_madd_is_unfused() {
    // (1 + e)(1 - e) = 1 - e^2 rounds to 1, so the sum is 0; one rounding would give -e^2.
    let e = f32::EPSILON;
    let (a, b, c) = (f32x4_splat(1.0 + e), f32x4_splat(1.0 - e), f32x4_splat(-1.0));
    assert_eq!(f32x4_relaxed_madd(a, b, c), f32x4_splat(0.0));
    assert_eq!(f32x4_relaxed_nmadd(a, b, f32x4_splat(1.0)), f32x4_splat(0.0));
    let e = f64::EPSILON;
    let (a, b) = (f64x2_splat(1.0 + e), f64x2_splat(1.0 - e));
    assert_eq!(f64x2_relaxed_madd(a, b, f64x2_splat(-1.0)), f64x2_splat(0.0));
    assert_eq!(f64x2_relaxed_nmadd(a, b, f64x2_splat(1.0)), f64x2_splat(0.0));
    assert_eq!(
        f64x2_relaxed_madd(f64x2_splat(2.0), f64x2_splat(3.0), f64x2_splat(1.0)),
        f64x2_splat(7.0)
    );
}

#[test]
fn trunc_sat_saturates_and_zeroes_nan() {
    let a = v(&[f32::NAN, 3e9, -3e9, -1.9]);
    assert_eq!(l::<i32>(i32x4_trunc_sat_f32x4_s(a)), [0, i32::MAX, i32::MIN, -1]);
    assert_eq!(l::<u32>(i32x4_trunc_sat_f32x4_u(a)), [0, 3_000_000_000, 0, 0]);
    assert_eq!(l::<u32>(i32x4_trunc_sat_f32x4_u(f32x4_splat(5e10))), [u32::MAX; 4]);
    assert_eq!(i32x4_relaxed_trunc_f32x4_s(a), i32x4_trunc_sat_f32x4_s(a));
    assert_eq!(i32x4_relaxed_trunc_f32x4_u(a), i32x4_trunc_sat_f32x4_u(a));
}

#[test]
fn trunc_sat_f64x2_zeroes_the_upper_lanes() {
    let a = v(&[f64::NAN, 1e10]);
    assert_eq!(l::<i32>(i32x4_trunc_sat_f64x2_s_zero(a)), [0, i32::MAX, 0, 0]);
    let a = v(&[-1.0f64, 5e9]);
    assert_eq!(l::<u32>(i32x4_trunc_sat_f64x2_u_zero(a)), [0, u32::MAX, 0, 0]);
    let a = v(&[-2.5f64, 4294967295.9]);
    assert_eq!(l::<u32>(i32x4_trunc_sat_f64x2_u_zero(a)), [0, u32::MAX, 0, 0]);
    assert_eq!(l::<i32>(i32x4_trunc_sat_f64x2_s_zero(a)), [-2, i32::MAX, 0, 0]);
    assert_eq!(i32x4_relaxed_trunc_f64x2_s_zero(a), i32x4_trunc_sat_f64x2_s_zero(a));
    assert_eq!(i32x4_relaxed_trunc_f64x2_u_zero(a), i32x4_trunc_sat_f64x2_u_zero(a));
}

#[test]
fn int_to_float_and_float_width_conversions() {
    let a = v(&[-1i32, i32::MIN, 16777217, 3]);
    assert_eq!(f32x4_convert_i32x4_s(a), v(&[-1.0f32, -2147483648.0, 16777216.0, 3.0]));
    assert_eq!(
        f32x4_convert_i32x4_u(a),
        v(&[4294967296.0f32, 2147483648.0, 16777216.0, 3.0])
    );
    assert_eq!(f64x2_convert_low_i32x4_s(a), v(&[-1.0f64, -2147483648.0]));
    assert_eq!(f64x2_convert_low_i32x4_u(a), v(&[4294967295.0f64, 2147483648.0]));
    assert_eq!(
        f64x2_promote_low_f32x4(v(&[1.5f32, -0.0, 7.0, 8.0])),
        v(&[1.5f64, -0.0])
    );
    assert_eq!(
        f32x4_demote_f64x2_zero(v(&[1.5f64, 1e300])),
        v(&[1.5f32, f32::INFINITY, 0.0, 0.0])
    );
}
