//! The pure meaning of the fixed-width SIMD and relaxed-SIMD ops. A v128 is a `u128` whose
//! lane 0 is the least significant bits, so byte `i` of the vector is byte `i` of it in
//! little-endian memory order.
//!
//! Lane-wise ops work on `std::simd` vectors (`vector`), so that each compiles to the host's
//! vector instructions rather than a loop over lanes. Float ops with rules of Wasm's own (min,
//! max, rounding) go through the scalar ops in `semantics` lane by lane (`lanes`), so NaN and
//! signed-zero handling is written once.
//!
//! Relaxed ops pick one of the results the proposal allows, the same one on every run and
//! platform: each says which beside its definition ("Deterministic choice").

mod access;
mod bitwise;
mod compare;
mod convert;
mod float;
mod int;
mod lanes;
mod memory;
mod vector;
mod width;

pub use access::*;
pub use bitwise::*;
pub use compare::*;
pub use convert::*;
pub use float::*;
pub use int::*;
pub use memory::*;
pub use width::*;

#[cfg(test)]
mod tests;
