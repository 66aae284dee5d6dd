//! The pure meaning of every numeric op named in [`crate::ops`], apart from dispatch:
//! typed in, typed out, `Result` where the op can trap. Every back-end calls these.

mod convert;
mod float;
mod int;
mod memory;

pub use convert::*;
pub use float::*;
pub use int::*;
pub use memory::*;

/// `ref.is_null` on an untyped reference cell (null is 0).
#[inline(always)]
pub fn ref_is_null(r: u64) -> i32 {
    (r == 0) as i32
}
