//! Superinstruction back-end: fused ops chosen from measured op-pair frequencies.
//! Not built yet; the `super` feature of `wasmlab` is wired to this crate.
