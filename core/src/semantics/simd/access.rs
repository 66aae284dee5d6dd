//! Moving single lanes in and out of a vector, and choosing lanes by index (swizzle, shuffle).
//! Lane immediates go through `lanes::index` only so that no input can panic; validation
//! already keeps them in range.

use super::lanes::{get, index, set};
use super::vector::Vector;
use core::simd::prelude::*;

/// Lane `lane` as i8, sign-extended.
#[inline]
pub fn i8x16_extract_lane_s(a: u128, lane: u32) -> i32 {
    get::<i8>(a, index::<i8>(lane)) as i32
}

/// Lane `lane` as u8, zero-extended.
#[inline]
pub fn i8x16_extract_lane_u(a: u128, lane: u32) -> i32 {
    get::<u8>(a, index::<u8>(lane)) as i32
}

/// Lane `lane` as i16, sign-extended.
#[inline]
pub fn i16x8_extract_lane_s(a: u128, lane: u32) -> i32 {
    get::<i16>(a, index::<i16>(lane)) as i32
}

/// Lane `lane` as u16, zero-extended.
#[inline]
pub fn i16x8_extract_lane_u(a: u128, lane: u32) -> i32 {
    get::<u16>(a, index::<u16>(lane)) as i32
}

/// Lane `lane`.
#[inline]
pub fn i32x4_extract_lane(a: u128, lane: u32) -> i32 {
    get(a, index::<i32>(lane))
}

/// Lane `lane`.
#[inline]
pub fn i64x2_extract_lane(a: u128, lane: u32) -> i64 {
    get(a, index::<i64>(lane))
}

/// Lane `lane`.
#[inline]
pub fn f32x4_extract_lane(a: u128, lane: u32) -> f32 {
    get(a, index::<f32>(lane))
}

/// Lane `lane`.
#[inline]
pub fn f64x2_extract_lane(a: u128, lane: u32) -> f64 {
    get(a, index::<f64>(lane))
}

/// Replace lane `lane` with the low 8 bits of a scalar.
#[inline]
pub fn i8x16_replace_lane(a: u128, b: i32, lane: u32) -> u128 {
    set(a, index::<i8>(lane), b as i8)
}

/// Replace lane `lane` with the low 16 bits of a scalar.
#[inline]
pub fn i16x8_replace_lane(a: u128, b: i32, lane: u32) -> u128 {
    set(a, index::<i16>(lane), b as i16)
}

/// Replace lane `lane` with a scalar.
#[inline]
pub fn i32x4_replace_lane(a: u128, b: i32, lane: u32) -> u128 {
    set(a, index::<i32>(lane), b)
}

/// Replace lane `lane` with a scalar.
#[inline]
pub fn i64x2_replace_lane(a: u128, b: i64, lane: u32) -> u128 {
    set(a, index::<i64>(lane), b)
}

/// Replace lane `lane` with a scalar.
#[inline]
pub fn f32x4_replace_lane(a: u128, b: f32, lane: u32) -> u128 {
    set(a, index::<f32>(lane), b)
}

/// Replace lane `lane` with a scalar.
#[inline]
pub fn f64x2_replace_lane(a: u128, b: f64, lane: u32) -> u128 {
    set(a, index::<f64>(lane), b)
}

/// Every lane set to a scalar (its low bits).
#[inline]
pub fn i8x16_splat(a: i32) -> u128 {
    i8x16::splat(a as i8).bits()
}

/// Every lane set to a scalar (its low bits).
#[inline]
pub fn i16x8_splat(a: i32) -> u128 {
    i16x8::splat(a as i16).bits()
}

/// Every lane set to a scalar.
#[inline]
pub fn i32x4_splat(a: i32) -> u128 {
    i32x4::splat(a).bits()
}

/// Every lane set to a scalar.
#[inline]
pub fn i64x2_splat(a: i64) -> u128 {
    i64x2::splat(a).bits()
}

/// Every lane set to a scalar.
#[inline]
pub fn f32x4_splat(a: f32) -> u128 {
    f32x4::splat(a).bits()
}

/// Every lane set to a scalar.
#[inline]
pub fn f64x2_splat(a: f64) -> u128 {
    f64x2::splat(a).bits()
}

/// Lane `i` is the first vector's byte at the second's lane `i`, or 0 when that is 16 or more.
#[inline]
pub fn i8x16_swizzle(a: u128, b: u128) -> u128 {
    match pshufb::available() {
        Some(ops) => ops.swizzle(a, b),
        None => swizzle_by_bytes(a, b),
    }
}

/// `i8x16_swizzle` a byte at a time, out of line so that its registers do not weigh on the
/// handler it would be inlined into.
#[inline(never)]
fn swizzle_by_bytes(a: u128, b: u128) -> u128 {
    // Index 16 of the table is zero, and every index from 16 up reads it.
    let mut table = [0; 17];
    table[..16].copy_from_slice(&a.to_le_bytes());
    u128::from_le_bytes(b.to_le_bytes().map(|i| table[usize::from(i.min(16))]))
}

/// Relaxed: as `i8x16.swizzle` (the deterministic choice).
#[inline]
pub fn i8x16_relaxed_swizzle(a: u128, b: u128) -> u128 {
    // Deterministic choice: indices from 16 to 127, where the relaxed op may also give
    // `a[i % 16]`, give 0 as `i8x16.swizzle` does.
    i8x16_swizzle(a, b)
}

/// `i8x16.shuffle`: lane `i` is byte `mask[i]` of the two vectors' 32 bytes (the first's are 0–15).
/// The predecoder pushes the shuffle's lane immediate as the third vector, as two `Const64`.
#[inline]
pub fn i8x16_shuffle(a: u128, b: u128, c: u128) -> u128 {
    match pshufb::available() {
        Some(ops) => ops.shuffle(a, b, c),
        None => shuffle_by_bytes(a, b, c),
    }
}

/// `i8x16_shuffle` a byte at a time, out of line as `swizzle_by_bytes`.
#[inline(never)]
fn shuffle_by_bytes(a: u128, b: u128, c: u128) -> u128 {
    // Byte loads from one 32-byte table: a branch per lane would mispredict. Validation keeps
    // mask bytes below 32; the mask by 31 keeps any other byte in range too.
    let mut table = [0; 32];
    table[..16].copy_from_slice(&a.to_le_bytes());
    table[16..].copy_from_slice(&b.to_le_bytes());
    u128::from_le_bytes(c.to_le_bytes().map(|i| table[usize::from(i & 31)]))
}

/// Swizzle and shuffle on SSSE3's byte shuffle, `pshufb`, where the host has it: x86-64's
/// baseline does not, and without it a byte permutation is sixteen loads. The instruction is
/// written as inline assembly, which needs no `target_feature` on the function around it, so
/// the handler it lands in stays a leaf.
mod pshufb {
    /// Proof that this CPU runs SSSE3: made only by [`available`].
    #[cfg(target_arch = "x86_64")]
    #[derive(Clone, Copy)]
    pub(super) struct Ops(());

    /// Elsewhere there is no `pshufb`, and no value of this type.
    #[cfg(not(target_arch = "x86_64"))]
    #[derive(Clone, Copy)]
    pub(super) enum Ops {}

    /// The ops on `pshufb`, if this CPU has it.
    #[inline(always)]
    pub(super) fn available() -> Option<Ops> {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("ssse3") {
            return Some(Ops(()));
        }
        None
    }

    #[cfg(target_arch = "x86_64")]
    impl Ops {
        /// `pshufb`: byte `i` is byte `idx[i] & 15` of `a`, or 0 where `idx[i]`'s top bit is set.
        #[inline(always)]
        fn pick(self, a: u8x16, idx: u8x16) -> u8x16 {
            let mut r = __m128i::from(a);
            // SAFETY: an `Ops` exists only where `is_x86_feature_detected!("ssse3")` held, so
            // the CPU runs `pshufb`; it reads and writes the two registers named and nothing
            // else.
            unsafe {
                asm!(
                    "pshufb {r}, {idx}",
                    r = inout(xmm_reg) r,
                    idx = in(xmm_reg) __m128i::from(idx),
                    options(pure, nomem, nostack, preserves_flags),
                );
            }
            u8x16::from(r)
        }

        #[inline(always)]
        pub(super) fn swizzle(self, a: u128, b: u128) -> u128 {
            // Indices from 16 up saturate to 0x80 and more, whose top bit gives 0.
            self.pick(u8x16::of(a), u8x16::of(b).saturating_add(u8x16::splat(0x70)))
                .bits()
        }

        #[inline(always)]
        pub(super) fn shuffle(self, a: u128, b: u128, c: u128) -> u128 {
            // Validation keeps mask bytes below 32; the mask by 31 keeps any other byte in
            // range too. Adding 0x70 keeps bytes 0-15 below 0x80 and takes 16-31 to 0x80 and
            // up, which give 0; flipping bit 4 first does the same the other way round for `b`.
            let mask = u8x16::of(c) & u8x16::splat(31);
            let from_a = self.pick(u8x16::of(a), mask + u8x16::splat(0x70));
            let from_b = self.pick(u8x16::of(b), (mask ^ u8x16::splat(0x10)) + u8x16::splat(0x70));
            (from_a | from_b).bits()
        }
    }

    #[cfg(not(target_arch = "x86_64"))]
    impl Ops {
        pub(super) fn swizzle(self, _: u128, _: u128) -> u128 {
            match self {}
        }
        pub(super) fn shuffle(self, _: u128, _: u128, _: u128) -> u128 {
            match self {}
        }
    }

    #[cfg(target_arch = "x86_64")]
    use {
        super::super::vector::Vector,
        core::arch::{asm, x86_64::__m128i},
        core::simd::prelude::*,
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ops by their definition, one byte at a time.
    fn swizzle_spec(a: [u8; 16], idx: [u8; 16]) -> u128 {
        u128::from_le_bytes(idx.map(|i| a.get(usize::from(i)).copied().unwrap_or(0)))
    }
    fn shuffle_spec(a: [u8; 16], b: [u8; 16], mask: [u8; 16]) -> u128 {
        let both: Vec<u8> = a.iter().chain(&b).copied().collect();
        u128::from_le_bytes(mask.map(|i| both[usize::from(i)]))
    }

    /// The byte-table forms, which a CPU with SSSE3 never runs, and the `pshufb` forms (where
    /// this CPU has it) agree with the definitions: random indices, and the edges of the
    /// `pshufb` index arithmetic (15/16, 127/128, 255 for swizzle; 15/16 and 31 for shuffle).
    #[test]
    fn byte_table_and_pshufb_forms_agree() {
        let a: [u8; 16] = core::array::from_fn(|i| i as u8 * 3 + 1);
        let b: [u8; 16] = core::array::from_fn(|i| 200 - i as u8 * 5);
        let (va, vb) = (u128::from_le_bytes(a), u128::from_le_bytes(b));
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut cases: Vec<[u8; 16]> = vec![
            core::array::from_fn(|i| i as u8),
            [15, 16, 17, 127, 128, 129, 255, 0, 0x70, 0x8f, 0x90, 31, 32, 63, 64, 200],
        ];
        for _ in 0..1000 {
            cases.push(core::array::from_fn(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            }));
        }
        for idx in cases {
            let mask = idx.map(|i| i & 31);
            let (vi, vm) = (u128::from_le_bytes(idx), u128::from_le_bytes(mask));
            assert_eq!(swizzle_by_bytes(va, vi), swizzle_spec(a, idx), "{idx:?}");
            assert_eq!(shuffle_by_bytes(va, vb, vm), shuffle_spec(a, b, mask), "{mask:?}");
            if let Some(ops) = pshufb::available() {
                assert_eq!(ops.swizzle(va, vi), swizzle_spec(a, idx), "{idx:?}");
                assert_eq!(ops.shuffle(va, vb, vm), shuffle_spec(a, b, mask), "{mask:?}");
            }
        }
    }
}
