//! Super's handlers for register IR, in the threaded back-end's handler protocol
//! (`wasmlab_threaded::state::Handler<f64>`) with super's own carry, the float
//! accumulator (`acc`): the generic handler of each register and accumulator
//! group, and the register control ops.

/// Super's handler type: the threaded protocol carrying the float accumulator.
pub type SuperHandler = wasmlab_threaded::state::Handler<f64>;

pub mod acc;
pub mod control;
pub mod ops;
