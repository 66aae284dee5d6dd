//! The pure meaning of every numeric op named in [`crate::ops`], apart from dispatch:
//! typed in, typed out, `Result` where the op can trap; and in [`control`], what the
//! control and stack ops do to a frame. Every back-end calls these.

pub mod control;
mod convert;
mod float;
mod int;
mod memory;
mod simd;

pub use convert::*;
pub use float::*;
pub use int::*;
pub use memory::*;
pub use simd::*;

/// `ref.is_null` on an untyped reference cell (null is 0).
#[inline(always)]
pub fn ref_is_null(r: u64) -> i32 {
    (r == 0) as i32
}

/// `ref.as_non_null`: the reference, or the null-reference trap.
#[inline(always)]
pub fn ref_as_non_null(r: u64) -> Result<u64, crate::Trap> {
    if r == 0 {
        Err(crate::Trap::NullReference)
    } else {
        Ok(r)
    }
}
