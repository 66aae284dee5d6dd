//! Super's handlers for register IR, in the threaded back-end's handler protocol
//! (`wasmlab_threaded::state::Handler<f64>`) with super's own carry, the float
//! accumulator (`acc`): the generic handler of each register and accumulator
//! group, and the register control ops.
//!
//! Every public handler starts on a 64-byte boundary (`#[rustc_align(64)]`).
//! Unaligned, where each one landed depended on everything else linked into the
//! binary, and super's times moved with it at equal instruction counts: against
//! 59b8c19, sieve ran 1.11x, nbody 1.17x, binarytrees 1.04x. Aligned, those are
//! 1.00, 0.99 and 0.88, and the suite's geomean is 0.95x the unaligned build's
//! (`reports/restructuring.md`). The three handlers a chooser picks by a field
//! (`ret_one`, `ret_n`, `i32_add_rmw_with`) are not aligned yet; they were left
//! as they were in those measurements.

/// Super's handler type: the threaded protocol carrying the float accumulator.
pub type SuperHandler = wasmlab_threaded::state::Handler<f64>;

pub mod acc;
pub mod control;
pub mod ops;
