//! Vector loads and stores, minus the memory access itself: the caller reads or writes the
//! little-endian bytes and these build the vector from them, or pick out what to store.
//! Lane immediates go through `lanes::index` only so that no input can panic; validation
//! already keeps them in range.

use super::lanes::{get, index, set};
use super::vector::{Halves, Vector};
use core::simd::prelude::*;

/// Load 16 bytes.
#[inline]
pub fn v128_load(m: u128) -> u128 {
    m
}

/// Load 8 bytes, sign-extend each to 16 bits.
#[inline]
pub fn v128_load8x8_s(m: u64) -> u128 {
    i8x16::of(m.into()).low().cast::<i16>().bits()
}

/// Load 8 bytes, zero-extend each to 16 bits.
#[inline]
pub fn v128_load8x8_u(m: u64) -> u128 {
    u8x16::of(m.into()).low().cast::<u16>().bits()
}

/// Load four 16-bit values, sign-extend each to 32 bits.
#[inline]
pub fn v128_load16x4_s(m: u64) -> u128 {
    i16x8::of(m.into()).low().cast::<i32>().bits()
}

/// Load four 16-bit values, zero-extend each to 32 bits.
#[inline]
pub fn v128_load16x4_u(m: u64) -> u128 {
    u16x8::of(m.into()).low().cast::<u32>().bits()
}

/// Load two 32-bit values, sign-extend each to 64 bits.
#[inline]
pub fn v128_load32x2_s(m: u64) -> u128 {
    i32x4::of(m.into()).low().cast::<i64>().bits()
}

/// Load two 32-bit values, zero-extend each to 64 bits.
#[inline]
pub fn v128_load32x2_u(m: u64) -> u128 {
    u32x4::of(m.into()).low().cast::<u64>().bits()
}

/// Load one byte into every lane.
#[inline]
pub fn v128_load8_splat(m: u8) -> u128 {
    u8x16::splat(m).bits()
}

/// Load 16 bits into every lane.
#[inline]
pub fn v128_load16_splat(m: u16) -> u128 {
    u16x8::splat(m).bits()
}

/// Load 32 bits into every lane.
#[inline]
pub fn v128_load32_splat(m: u32) -> u128 {
    u32x4::splat(m).bits()
}

/// Load 64 bits into both lanes.
#[inline]
pub fn v128_load64_splat(m: u64) -> u128 {
    u64x2::splat(m).bits()
}

/// Load 32 bits into lane 0, zero the rest.
#[inline]
pub fn v128_load32_zero(m: u32) -> u128 {
    m as u128
}

/// Load 64 bits into lane 0, zero the rest.
#[inline]
pub fn v128_load64_zero(m: u64) -> u128 {
    m as u128
}

/// Pop a vector and an address; replace lane `lane` with the 8-bit value loaded.
#[inline]
pub fn v128_load8_lane(a: u128, m: u8, lane: u32) -> u128 {
    set(a, index::<u8>(lane), m)
}

/// Pop a vector and an address; replace lane `lane` with the 16-bit value loaded.
#[inline]
pub fn v128_load16_lane(a: u128, m: u16, lane: u32) -> u128 {
    set(a, index::<u16>(lane), m)
}

/// Pop a vector and an address; replace lane `lane` with the 32-bit value loaded.
#[inline]
pub fn v128_load32_lane(a: u128, m: u32, lane: u32) -> u128 {
    set(a, index::<u32>(lane), m)
}

/// Pop a vector and an address; replace lane `lane` with the 64-bit value loaded.
#[inline]
pub fn v128_load64_lane(a: u128, m: u64, lane: u32) -> u128 {
    set(a, index::<u64>(lane), m)
}

/// Pop a vector and an address; store its 16 bytes.
#[inline]
pub fn v128_store(a: u128) -> u128 {
    a
}

/// Pop a vector and an address; store lane `lane`'s 8 bits.
#[inline]
pub fn v128_store8_lane(a: u128, lane: u32) -> u8 {
    get(a, index::<u8>(lane))
}

/// Pop a vector and an address; store lane `lane`'s 16 bits.
#[inline]
pub fn v128_store16_lane(a: u128, lane: u32) -> u16 {
    get(a, index::<u16>(lane))
}

/// Pop a vector and an address; store lane `lane`'s 32 bits.
#[inline]
pub fn v128_store32_lane(a: u128, lane: u32) -> u32 {
    get(a, index::<u32>(lane))
}

/// Pop a vector and an address; store lane `lane`'s 64 bits.
#[inline]
pub fn v128_store64_lane(a: u128, lane: u32) -> u64 {
    get(a, index::<u64>(lane))
}
