//! Float ops. Rust's `min`/`max` ignore NaN and order zeros loosely; Wasm's do not.

macro_rules! float_ops {
    ($t:ty, $bits:ty, $sign:expr,
     $abs:ident, $neg:ident, $ceil:ident, $floor:ident, $trunc:ident, $nearest:ident, $sqrt:ident,
     $eq:ident, $ne:ident, $lt:ident, $gt:ident, $le:ident, $ge:ident,
     $add:ident, $sub:ident, $mul:ident, $div:ident, $min:ident, $max:ident, $copysign:ident) => {
        #[inline(always)]
        pub fn $abs(a: $t) -> $t {
            <$t>::from_bits(a.to_bits() & !$sign)
        }
        #[inline(always)]
        pub fn $neg(a: $t) -> $t {
            <$t>::from_bits(a.to_bits() ^ $sign)
        }
        // Rounding may hand a signalling NaN back unchanged; Wasm wants it quieted.
        #[inline(always)]
        pub fn $ceil(a: $t) -> $t {
            quiet(a.ceil())
        }
        #[inline(always)]
        pub fn $floor(a: $t) -> $t {
            quiet(a.floor())
        }
        #[inline(always)]
        pub fn $trunc(a: $t) -> $t {
            quiet(a.trunc())
        }
        #[inline(always)]
        pub fn $nearest(a: $t) -> $t {
            quiet(a.round_ties_even())
        }
        #[inline(always)]
        pub fn $sqrt(a: $t) -> $t {
            a.sqrt()
        }
        #[inline(always)]
        pub fn $eq(a: $t, b: $t) -> i32 {
            (a == b) as i32
        }
        #[inline(always)]
        pub fn $ne(a: $t, b: $t) -> i32 {
            (a != b) as i32
        }
        #[inline(always)]
        pub fn $lt(a: $t, b: $t) -> i32 {
            (a < b) as i32
        }
        #[inline(always)]
        pub fn $gt(a: $t, b: $t) -> i32 {
            (a > b) as i32
        }
        #[inline(always)]
        pub fn $le(a: $t, b: $t) -> i32 {
            (a <= b) as i32
        }
        #[inline(always)]
        pub fn $ge(a: $t, b: $t) -> i32 {
            (a >= b) as i32
        }
        #[inline(always)]
        pub fn $add(a: $t, b: $t) -> $t {
            a + b
        }
        #[inline(always)]
        pub fn $sub(a: $t, b: $t) -> $t {
            a - b
        }
        #[inline(always)]
        pub fn $mul(a: $t, b: $t) -> $t {
            a * b
        }
        #[inline(always)]
        pub fn $div(a: $t, b: $t) -> $t {
            a / b
        }
        #[inline(always)]
        pub fn $min(a: $t, b: $t) -> $t {
            if a.is_nan() || b.is_nan() {
                // Any arithmetic NaN will do; the sum propagates one.
                return a + b;
            }
            if a == b {
                // Equal values differ only for zeros: -0 wins, its sign bit set.
                return <$t>::from_bits(a.to_bits() | b.to_bits());
            }
            if a < b {
                a
            } else {
                b
            }
        }
        #[inline(always)]
        pub fn $max(a: $t, b: $t) -> $t {
            if a.is_nan() || b.is_nan() {
                return a + b;
            }
            if a == b {
                return <$t>::from_bits(a.to_bits() & b.to_bits());
            }
            if a > b {
                a
            } else {
                b
            }
        }
        #[inline(always)]
        pub fn $copysign(a: $t, b: $t) -> $t {
            <$t>::from_bits((a.to_bits() & !$sign) | (b.to_bits() & $sign))
        }
    };
}

/// Sets the quiet bit of a NaN; other values pass unchanged.
trait Quiet {
    fn quieted(self) -> Self;
}
impl Quiet for f32 {
    #[inline(always)]
    fn quieted(self) -> f32 {
        if self.is_nan() {
            f32::from_bits(self.to_bits() | 0x0040_0000)
        } else {
            self
        }
    }
}
impl Quiet for f64 {
    #[inline(always)]
    fn quieted(self) -> f64 {
        if self.is_nan() {
            f64::from_bits(self.to_bits() | 0x0008_0000_0000_0000)
        } else {
            self
        }
    }
}
#[inline(always)]
fn quiet<T: Quiet>(x: T) -> T {
    x.quieted()
}

float_ops!(
    f32,
    u32,
    1u32 << 31,
    f32_abs,
    f32_neg,
    f32_ceil,
    f32_floor,
    f32_trunc,
    f32_nearest,
    f32_sqrt,
    f32_eq,
    f32_ne,
    f32_lt,
    f32_gt,
    f32_le,
    f32_ge,
    f32_add,
    f32_sub,
    f32_mul,
    f32_div,
    f32_min,
    f32_max,
    f32_copysign
);
float_ops!(
    f64,
    u64,
    1u64 << 63,
    f64_abs,
    f64_neg,
    f64_ceil,
    f64_floor,
    f64_trunc,
    f64_nearest,
    f64_sqrt,
    f64_eq,
    f64_ne,
    f64_lt,
    f64_gt,
    f64_le,
    f64_ge,
    f64_add,
    f64_sub,
    f64_mul,
    f64_div,
    f64_min,
    f64_max,
    f64_copysign
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn min_max_follow_wasm() {
        assert!(f32_min(f32::NAN, 1.0).is_nan());
        assert!(f64_max(0.0, f64::NAN).is_nan());
        assert_eq!(f32_min(0.0, -0.0).to_bits(), (-0.0f32).to_bits());
        assert_eq!(f64_max(-0.0, 0.0).to_bits(), 0.0f64.to_bits());
        assert_eq!(f32_nearest(2.5), 2.0);
        assert_eq!(f64_nearest(-3.5), -4.0);
    }
}
