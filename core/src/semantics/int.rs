//! Integer ops.

use crate::error::Trap;

macro_rules! int_ops {
    ($t:ty, $u:ty, $bits:expr,
     $eqz:ident, $clz:ident, $ctz:ident, $popcnt:ident,
     $eq:ident, $ne:ident, $lt_s:ident, $lt_u:ident, $gt_s:ident, $gt_u:ident,
     $le_s:ident, $le_u:ident, $ge_s:ident, $ge_u:ident,
     $add:ident, $sub:ident, $mul:ident, $and:ident, $or:ident, $xor:ident,
     $shl:ident, $shr_s:ident, $shr_u:ident, $rotl:ident, $rotr:ident,
     $div_s:ident, $div_u:ident, $rem_s:ident, $rem_u:ident) => {
        #[inline(always)]
        pub fn $eqz(a: $t) -> i32 {
            (a == 0) as i32
        }
        #[inline(always)]
        pub fn $clz(a: $t) -> $t {
            a.leading_zeros() as $t
        }
        #[inline(always)]
        pub fn $ctz(a: $t) -> $t {
            a.trailing_zeros() as $t
        }
        #[inline(always)]
        pub fn $popcnt(a: $t) -> $t {
            a.count_ones() as $t
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
        pub fn $lt_s(a: $t, b: $t) -> i32 {
            (a < b) as i32
        }
        #[inline(always)]
        pub fn $lt_u(a: $t, b: $t) -> i32 {
            ((a as $u) < (b as $u)) as i32
        }
        #[inline(always)]
        pub fn $gt_s(a: $t, b: $t) -> i32 {
            (a > b) as i32
        }
        #[inline(always)]
        pub fn $gt_u(a: $t, b: $t) -> i32 {
            ((a as $u) > (b as $u)) as i32
        }
        #[inline(always)]
        pub fn $le_s(a: $t, b: $t) -> i32 {
            (a <= b) as i32
        }
        #[inline(always)]
        pub fn $le_u(a: $t, b: $t) -> i32 {
            ((a as $u) <= (b as $u)) as i32
        }
        #[inline(always)]
        pub fn $ge_s(a: $t, b: $t) -> i32 {
            (a >= b) as i32
        }
        #[inline(always)]
        pub fn $ge_u(a: $t, b: $t) -> i32 {
            ((a as $u) >= (b as $u)) as i32
        }
        #[inline(always)]
        pub fn $add(a: $t, b: $t) -> $t {
            a.wrapping_add(b)
        }
        #[inline(always)]
        pub fn $sub(a: $t, b: $t) -> $t {
            a.wrapping_sub(b)
        }
        #[inline(always)]
        pub fn $mul(a: $t, b: $t) -> $t {
            a.wrapping_mul(b)
        }
        #[inline(always)]
        pub fn $and(a: $t, b: $t) -> $t {
            a & b
        }
        #[inline(always)]
        pub fn $or(a: $t, b: $t) -> $t {
            a | b
        }
        #[inline(always)]
        pub fn $xor(a: $t, b: $t) -> $t {
            a ^ b
        }
        #[inline(always)]
        pub fn $shl(a: $t, b: $t) -> $t {
            a.wrapping_shl(b as u32)
        }
        #[inline(always)]
        pub fn $shr_s(a: $t, b: $t) -> $t {
            a.wrapping_shr(b as u32)
        }
        #[inline(always)]
        pub fn $shr_u(a: $t, b: $t) -> $t {
            (a as $u).wrapping_shr(b as u32) as $t
        }
        #[inline(always)]
        pub fn $rotl(a: $t, b: $t) -> $t {
            a.rotate_left((b as u32) % $bits)
        }
        #[inline(always)]
        pub fn $rotr(a: $t, b: $t) -> $t {
            a.rotate_right((b as u32) % $bits)
        }
        #[inline(always)]
        pub fn $div_s(a: $t, b: $t) -> Result<$t, Trap> {
            if b == 0 {
                return Err(Trap::IntegerDivideByZero);
            }
            a.checked_div(b).ok_or(Trap::IntegerOverflow)
        }
        #[inline(always)]
        pub fn $div_u(a: $t, b: $t) -> Result<$t, Trap> {
            if b == 0 {
                return Err(Trap::IntegerDivideByZero);
            }
            Ok(((a as $u) / (b as $u)) as $t)
        }
        #[inline(always)]
        pub fn $rem_s(a: $t, b: $t) -> Result<$t, Trap> {
            if b == 0 {
                return Err(Trap::IntegerDivideByZero);
            }
            Ok(a.wrapping_rem(b))
        }
        #[inline(always)]
        pub fn $rem_u(a: $t, b: $t) -> Result<$t, Trap> {
            if b == 0 {
                return Err(Trap::IntegerDivideByZero);
            }
            Ok(((a as $u) % (b as $u)) as $t)
        }
    };
}

int_ops!(
    i32, u32, 32, i32_eqz, i32_clz, i32_ctz, i32_popcnt, i32_eq, i32_ne, i32_lt_s, i32_lt_u, i32_gt_s, i32_gt_u,
    i32_le_s, i32_le_u, i32_ge_s, i32_ge_u, i32_add, i32_sub, i32_mul, i32_and, i32_or, i32_xor, i32_shl, i32_shr_s,
    i32_shr_u, i32_rotl, i32_rotr, i32_div_s, i32_div_u, i32_rem_s, i32_rem_u
);
int_ops!(
    i64, u64, 64, i64_eqz, i64_clz, i64_ctz, i64_popcnt, i64_eq, i64_ne, i64_lt_s, i64_lt_u, i64_gt_s, i64_gt_u,
    i64_le_s, i64_le_u, i64_ge_s, i64_ge_u, i64_add, i64_sub, i64_mul, i64_and, i64_or, i64_xor, i64_shl, i64_shr_s,
    i64_shr_u, i64_rotl, i64_rotr, i64_div_s, i64_div_u, i64_rem_s, i64_rem_u
);

#[inline(always)]
pub fn i32_extend8_s(a: i32) -> i32 {
    a as i8 as i32
}
#[inline(always)]
pub fn i32_extend16_s(a: i32) -> i32 {
    a as i16 as i32
}
#[inline(always)]
pub fn i64_extend8_s(a: i64) -> i64 {
    a as i8 as i64
}
#[inline(always)]
pub fn i64_extend16_s(a: i64) -> i64 {
    a as i16 as i64
}
#[inline(always)]
pub fn i64_extend32_s(a: i64) -> i64 {
    a as i32 as i64
}
#[inline(always)]
pub fn i32_wrap_i64(a: i64) -> i32 {
    a as i32
}
#[inline(always)]
pub fn i64_extend_i32_s(a: i32) -> i64 {
    a as i64
}
#[inline(always)]
pub fn i64_extend_i32_u(a: i32) -> i64 {
    a as u32 as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_traps() {
        assert_eq!(i32_div_s(i32::MIN, -1), Err(Trap::IntegerOverflow));
        assert_eq!(i32_div_s(1, 0), Err(Trap::IntegerDivideByZero));
        assert_eq!(i32_rem_s(i32::MIN, -1), Ok(0));
        assert_eq!(i64_div_u(-1, 2), Ok(i64::MAX));
    }

    #[test]
    fn shifts_and_rotates_take_the_count_modulo_width() {
        assert_eq!(i32_shl(1, 33), 2);
        assert_eq!(i32_shr_u(-1, 28), 15);
        assert_eq!(i64_rotl(1, 65), 2);
        assert_eq!(i32_rotr(1, -1), 2);
    }
}
