//! The hook through which a back-end runs a compiler of its own over the shared
//! predecoder's output: the stack IR of one body in, the IR it runs out.

use crate::error::Error;
use crate::ir::Op;
use crate::module::Module;

/// A back-end's pass over each body's stack IR, run right after the body is
/// translated (at load, or on the first call when predecoding is lazy).
pub trait Pass: Send + Sync + std::fmt::Debug {
    /// Rewrites `code`, the stack IR of a body with `num_locals` locals (parameters
    /// included). Branch offsets in the result are relative to each branch op, as
    /// in the stack IR; the link step runs on what this returns.
    fn run(&self, module: &Module, code: &[Op], num_locals: u32) -> Result<Vec<Op>, Error>;

    /// Whether the stack IR keeps `f64.reinterpret_i64` and `i64.reinterpret_f64`.
    /// On untyped cells they do nothing, so the plain IR drops them; a pass that
    /// tracks which values are floats reads them as marks.
    fn keeps_reinterprets(&self) -> bool {
        false
    }

    /// An op to run first in a body the pass does not see (one with handlers),
    /// which runs as stack IR: where the back-end's own code keeps something else
    /// in the register stack IR keeps its stack pointer in, a call from that code
    /// into a stack-IR body must set the pointer first. `None` by default.
    fn stack_prologue(&self, _num_locals: u32) -> Option<Op> {
        None
    }
}
