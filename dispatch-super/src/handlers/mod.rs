//! Super's handlers for register IR, in the threaded back-end's handler protocol
//! (`wasmlab_threaded::state::Handler`): the generic handler of each register and
//! accumulator group, and the register control ops.

pub mod control;
pub mod ops;
