//! Viewing a `u128` as lanes one at a time, for ops with no `std::simd` form (see `vector`):
//! single-lane access, and lane-wise ops whose Wasm rules are written as scalar code. Lane `i`
//! of a `T`-shaped vector is bits `i * T::BITS ..`, so lane 0 is the least significant: the
//! same order as the vector's bytes in little-endian memory.
//!
//! Lanes are reached by shifting rather than through byte arrays so no helper needs a fallible
//! slice conversion; every shift amount stays below 128 because lane indices are bounded by
//! `T::COUNT` (and those coming from instructions are masked with `index`).

/// A scalar that can occupy a lane: its bits, zero-extended, and back from the low bits.
pub(super) trait Lane: Copy {
    const BITS: usize;
    const COUNT: usize = 128 / Self::BITS;
    /// All ones in the low `BITS` bits.
    const MASK: u128 = u128::MAX >> (128 - Self::BITS);
    /// The lane value held in the low `BITS` bits of `v`; higher bits are ignored.
    fn from_low(v: u128) -> Self;
    /// The lane's bit pattern, zero-extended (signed lanes must not smear into their neighbours).
    fn bits(self) -> u128;
}

macro_rules! int_lane {
    ($t:ty, $u:ty) => {
        impl Lane for $t {
            const BITS: usize = <$t>::BITS as usize;
            #[inline]
            fn from_low(v: u128) -> Self {
                v as $t
            }
            #[inline]
            fn bits(self) -> u128 {
                self as $u as u128
            }
        }
    };
}
int_lane!(i8, u8);
int_lane!(u8, u8);
int_lane!(i16, u16);
int_lane!(u16, u16);
int_lane!(i32, u32);
int_lane!(u32, u32);
int_lane!(i64, u64);
int_lane!(u64, u64);

impl Lane for f32 {
    const BITS: usize = 32;
    #[inline]
    fn from_low(v: u128) -> Self {
        f32::from_bits(v as u32)
    }
    #[inline]
    fn bits(self) -> u128 {
        self.to_bits() as u128
    }
}
impl Lane for f64 {
    const BITS: usize = 64;
    #[inline]
    fn from_low(v: u128) -> Self {
        f64::from_bits(v as u64)
    }
    #[inline]
    fn bits(self) -> u128 {
        self.to_bits() as u128
    }
}

/// An instruction's lane immediate reduced into range. Validation already guarantees it is,
/// so this only keeps a malformed caller from shifting past the vector.
#[inline]
pub(super) fn index<T: Lane>(lane: u32) -> usize {
    lane as usize % T::COUNT
}

/// Lane `i` (which must be below `T::COUNT`).
#[inline]
pub(super) fn get<T: Lane>(v: u128, i: usize) -> T {
    T::from_low(v >> (i * T::BITS))
}

/// `v` with lane `i` (below `T::COUNT`) replaced by `x`.
#[inline]
pub(super) fn set<T: Lane>(v: u128, i: usize, x: T) -> u128 {
    let shift = i * T::BITS;
    (v & !(T::MASK << shift)) | (x.bits() << shift)
}

/// Lane-wise `f`, same shape in and out.
#[inline]
pub(super) fn map<T: Lane>(a: u128, f: impl Fn(T) -> T) -> u128 {
    convert(a, f)
}

/// Lane-wise `f` over two vectors of the same shape.
#[inline]
pub(super) fn zip<T: Lane>(a: u128, b: u128, f: impl Fn(T, T) -> T) -> u128 {
    (0..T::COUNT).fold(0, |acc, i| set(acc, i, f(get(a, i), get(b, i))))
}

/// Lane `i` of the result is `f` of lane `i` of `a`, for as many lanes as the narrower shape
/// has. Widening thus reads only `a`'s low lanes; narrowing fills only the result's low lanes
/// and leaves the rest zero, which is exactly what the `_low` and `_zero` ops want.
#[inline]
pub(super) fn convert<T: Lane, U: Lane>(a: u128, f: impl Fn(T) -> U) -> u128 {
    (0..T::COUNT.min(U::COUNT)).fold(0, |acc, i| set(acc, i, f(get(a, i))))
}

/// Lane `i` of the result is `f` of `a`'s lanes `2i` and `2i + 1`, then `b`'s; `U` is twice as
/// wide as `T`.
#[inline]
pub(super) fn pairwise_zip<T: Lane, U: Lane>(a: u128, b: u128, f: impl Fn(T, T, T, T) -> U) -> u128 {
    (0..U::COUNT).fold(0, |acc, i| {
        set(
            acc,
            i,
            f(get(a, 2 * i), get(a, 2 * i + 1), get(b, 2 * i), get(b, 2 * i + 1)),
        )
    })
}
