//! Viewing a `u128` as a `std::simd` vector, so that a lane-wise op compiles to the host's
//! vector instructions (one `paddb` for `i8x16.add`) rather than a loop over lanes. The
//! conversions go through little-endian bytes, so lane 0 is the least significant, as in
//! `lanes`; the optimiser turns them into register moves.

use core::ops::Add;
use core::simd::prelude::*;
use core::simd::{MaskElement, SimdElement, ToBytes};

/// A 128-bit `std::simd` vector, to and from the `u128` that holds a v128.
pub(super) trait Vector: Copy {
    /// The vector whose bytes are `v`'s, little-endian.
    fn of(v: u128) -> Self;
    /// The vector's bytes as a `u128`, little-endian.
    fn bits(self) -> u128;
}

impl<V: ToBytes<Bytes = u8x16> + Copy> Vector for V {
    #[inline(always)]
    fn of(v: u128) -> Self {
        V::from_le_bytes(u8x16::from_array(v.to_le_bytes()))
    }
    #[inline(always)]
    fn bits(self) -> u128 {
        u128::from_le_bytes(self.to_le_bytes().to_array())
    }
}

/// `f` on one vector, viewed as `V`.
#[inline(always)]
pub(super) fn lift<V: Vector>(a: u128, f: impl FnOnce(V) -> V) -> u128 {
    f(V::of(a)).bits()
}

/// `f` on two vectors of the same shape `V`.
#[inline(always)]
pub(super) fn lift2<V: Vector>(a: u128, b: u128, f: impl FnOnce(V, V) -> V) -> u128 {
    f(V::of(a), V::of(b)).bits()
}

/// `f` on three vectors of the same shape `V`.
#[inline(always)]
pub(super) fn lift3<V: Vector>(a: u128, b: u128, c: u128, f: impl FnOnce(V, V, V) -> V) -> u128 {
    f(V::of(a), V::of(b), V::of(c)).bits()
}

/// A lane-wise test of two vectors: all ones in the lanes where it holds, zero elsewhere.
#[inline(always)]
pub(super) fn test2<T, M, const N: usize>(
    a: u128,
    b: u128,
    f: impl FnOnce(Simd<T, N>, Simd<T, N>) -> Mask<M, N>,
) -> u128
where
    T: SimdElement,
    M: MaskElement,
    Simd<T, N>: Vector,
    Simd<M, N>: Vector,
{
    f(Vector::of(a), Vector::of(b)).to_simd().bits()
}

/// A vector split into halves and joined from them.
pub(super) trait Halves: Sized {
    /// A vector of half as many lanes of the same type.
    type Half;
    /// The low-numbered half of the lanes.
    fn low(self) -> Self::Half;
    /// The high-numbered half of the lanes.
    fn high(self) -> Self::Half;
    /// `lo`'s lanes then `hi`'s.
    fn join(lo: Self::Half, hi: Self::Half) -> Self;
}

// The ranges below are constants, so the slices' length checks fold away (no panic path is
// left in the machine code).
macro_rules! halves {
    ($($n:literal => $h:literal),*) => {$(
        impl<T: SimdElement> Halves for Simd<T, $n> {
            type Half = Simd<T, $h>;
            #[inline(always)]
            fn low(self) -> Simd<T, $h> {
                Simd::from_slice(&self.as_array()[..$h])
            }
            #[inline(always)]
            fn high(self) -> Simd<T, $h> {
                Simd::from_slice(&self.as_array()[$h..])
            }
            #[inline(always)]
            fn join(lo: Simd<T, $h>, hi: Simd<T, $h>) -> Self {
                let mut lanes = [lo[0]; $n];
                lanes[..$h].copy_from_slice(lo.as_array());
                lanes[$h..].copy_from_slice(hi.as_array());
                Simd::from_array(lanes)
            }
        }
    )*};
}
halves!(4 => 2, 8 => 4, 16 => 8, 32 => 16);

/// Lane `i` of the result is `v`'s lanes `2i` and `2i + 1` added (wrapping), where `v` holds
/// twice as many lanes as a v128 of its type, widened from a v128 by the caller.
#[inline(always)]
pub(super) fn pairwise_sum<T: SimdElement, const N: usize>(v: Simd<T, N>) -> u128
where
    Simd<T, N>: Add<Output = Simd<T, N>> + Halves<Half: Vector>,
{
    let (even, odd) = v.deinterleave(v);
    (even + odd).low().bits()
}
