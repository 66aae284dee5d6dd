//! Tail-call threaded back-end: one handler per IR op, each ending in a guaranteed
//! tail call. Not built yet; the `threaded` feature of `wasmlab` is wired to this crate.
