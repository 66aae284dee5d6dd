//! Ops on the whole 128 bits, blind to lane shape.

/// Bitwise not.
#[inline]
pub fn v128_not(a: u128) -> u128 {
    !a
}

/// Bitwise and.
#[inline]
pub fn v128_and(a: u128, b: u128) -> u128 {
    a & b
}

/// The first vector and not the second.
#[inline]
pub fn v128_and_not(a: u128, b: u128) -> u128 {
    a & !b
}

/// Bitwise or.
#[inline]
pub fn v128_or(a: u128, b: u128) -> u128 {
    a | b
}

/// Bitwise exclusive or.
#[inline]
pub fn v128_xor(a: u128, b: u128) -> u128 {
    a ^ b
}

/// Bits of the first vector where the third's are set, else of the second.
#[inline]
pub fn v128_bitselect(a: u128, b: u128, c: u128) -> u128 {
    (a & c) | (b & !c)
}

/// Relaxed: as `v128.bitselect` (the deterministic choice).
#[inline]
pub fn i8x16_relaxed_laneselect(a: u128, b: u128, c: u128) -> u128 {
    // Deterministic choice: bitwise. The spec also allows using only each mask lane's top bit;
    // the two agree whenever every mask lane is all ones or all zeros.
    v128_bitselect(a, b, c)
}

/// Relaxed: as `v128.bitselect` (the deterministic choice).
#[inline]
pub fn i16x8_relaxed_laneselect(a: u128, b: u128, c: u128) -> u128 {
    // Deterministic choice: bitwise, as `i8x16_relaxed_laneselect`.
    v128_bitselect(a, b, c)
}

/// Relaxed: as `v128.bitselect` (the deterministic choice).
#[inline]
pub fn i32x4_relaxed_laneselect(a: u128, b: u128, c: u128) -> u128 {
    // Deterministic choice: bitwise, as `i8x16_relaxed_laneselect`.
    v128_bitselect(a, b, c)
}

/// Relaxed: as `v128.bitselect` (the deterministic choice).
#[inline]
pub fn i64x2_relaxed_laneselect(a: u128, b: u128, c: u128) -> u128 {
    // Deterministic choice: bitwise, as `i8x16_relaxed_laneselect`.
    v128_bitselect(a, b, c)
}

/// `select` of two vectors: pop a condition and two vectors; push the first if the condition is
/// non-zero.
#[inline]
pub fn v128_select(a: u128, b: u128, c: i32) -> u128 {
    if c != 0 {
        a
    } else {
        b
    }
}
