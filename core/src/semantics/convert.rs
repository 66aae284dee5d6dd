//! Conversions between numeric types.

use crate::error::Trap;

/// A trapping float→int truncation: NaN is an invalid conversion, a value whose
/// truncation lies outside the target range overflows. Bounds are exclusive and
/// exact in f64 for every source type.
macro_rules! trunc {
    ($name:ident, $from:ty, $via:ty, $to:ty, $lo:expr, $hi:expr) => {
        #[inline(always)]
        pub fn $name(a: $from) -> Result<$to, Trap> {
            if a.is_nan() {
                return Err(Trap::InvalidConversionToInteger);
            }
            let x = a as f64;
            if x > $lo && x < $hi {
                Ok(a as $via as $to)
            } else {
                Err(Trap::IntegerOverflow)
            }
        }
    };
}

trunc!(i32_trunc_f32_s, f32, i32, i32, -2147483649.0, 2147483648.0);
trunc!(i32_trunc_f32_u, f32, u32, i32, -1.0, 4294967296.0);
trunc!(i32_trunc_f64_s, f64, i32, i32, -2147483649.0, 2147483648.0);
trunc!(i32_trunc_f64_u, f64, u32, i32, -1.0, 4294967296.0);
trunc!(
    i64_trunc_f32_s,
    f32,
    i64,
    i64,
    -9223372036854777856.0,
    9223372036854775808.0
);
trunc!(i64_trunc_f32_u, f32, u64, i64, -1.0, 18446744073709551616.0);
trunc!(
    i64_trunc_f64_s,
    f64,
    i64,
    i64,
    -9223372036854777856.0,
    9223372036854775808.0
);
trunc!(i64_trunc_f64_u, f64, u64, i64, -1.0, 18446744073709551616.0);

/// Rust's `as` from float to int saturates and maps NaN to 0: exactly `trunc_sat`.
macro_rules! trunc_sat {
    ($name:ident, $from:ty, $via:ty, $to:ty) => {
        #[inline(always)]
        pub fn $name(a: $from) -> $to {
            a as $via as $to
        }
    };
}

trunc_sat!(i32_trunc_sat_f32_s, f32, i32, i32);
trunc_sat!(i32_trunc_sat_f32_u, f32, u32, i32);
trunc_sat!(i32_trunc_sat_f64_s, f64, i32, i32);
trunc_sat!(i32_trunc_sat_f64_u, f64, u32, i32);
trunc_sat!(i64_trunc_sat_f32_s, f32, i64, i64);
trunc_sat!(i64_trunc_sat_f32_u, f32, u64, i64);
trunc_sat!(i64_trunc_sat_f64_s, f64, i64, i64);
trunc_sat!(i64_trunc_sat_f64_u, f64, u64, i64);

#[inline(always)]
pub fn f32_convert_i32_s(a: i32) -> f32 {
    a as f32
}
#[inline(always)]
pub fn f32_convert_i32_u(a: i32) -> f32 {
    a as u32 as f32
}
#[inline(always)]
pub fn f32_convert_i64_s(a: i64) -> f32 {
    a as f32
}
#[inline(always)]
pub fn f32_convert_i64_u(a: i64) -> f32 {
    a as u64 as f32
}
#[inline(always)]
pub fn f32_demote_f64(a: f64) -> f32 {
    a as f32
}
#[inline(always)]
pub fn f64_convert_i32_s(a: i32) -> f64 {
    a as f64
}
#[inline(always)]
pub fn f64_convert_i32_u(a: i32) -> f64 {
    a as u32 as f64
}
#[inline(always)]
pub fn f64_convert_i64_s(a: i64) -> f64 {
    a as f64
}
#[inline(always)]
pub fn f64_convert_i64_u(a: i64) -> f64 {
    a as u64 as f64
}
#[inline(always)]
pub fn f64_promote_f32(a: f32) -> f64 {
    a as f64
}
#[inline(always)]
pub fn f64_reinterpret_i64(a: i64) -> f64 {
    f64::from_bits(a as u64)
}
#[inline(always)]
pub fn i64_reinterpret_f64(a: f64) -> i64 {
    a.to_bits() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trapping_truncation_bounds() {
        assert_eq!(i32_trunc_f32_s(-2147483648.0), Ok(i32::MIN));
        assert_eq!(i32_trunc_f32_s(2147483648.0), Err(Trap::IntegerOverflow));
        assert_eq!(i32_trunc_f64_s(-2147483648.9), Ok(i32::MIN));
        assert_eq!(i32_trunc_f64_u(-0.9), Ok(0));
        assert_eq!(i32_trunc_f64_u(-1.0), Err(Trap::IntegerOverflow));
        assert_eq!(i64_trunc_f64_s(f64::NAN), Err(Trap::InvalidConversionToInteger));
        assert_eq!(i64_trunc_f32_s(-9223372036854775808.0), Ok(i64::MIN));
    }

    #[test]
    fn saturating_truncation() {
        assert_eq!(i32_trunc_sat_f32_u(-5.0), 0);
        assert_eq!(i32_trunc_sat_f32_u(5e10), -1);
        assert_eq!(i64_trunc_sat_f64_s(f64::NAN), 0);
    }
}
