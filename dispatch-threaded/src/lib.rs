//! Tail-call threaded back-end: one handler per IR op, each ending in a guaranteed
//! tail call (`become`) to the next op's handler.
//!
//! Direct threading: the predecoder's link step ([`link::handler`]) writes each op's
//! handler address next to it, so dispatch is one load and one indirect jump. The
//! hot state — instruction, stack and frame pointers, memory base and length — travels
//! in the handlers' register-sized arguments. Calls push frame records onto the
//! interpreter's own stack; since every handler tail-calls, deep Wasm recursion never
//! grows the host stack, in debug builds as in release.

#![feature(explicit_tail_calls)]
#![allow(incomplete_features)]

#[macro_use]
mod macros;
mod control;
pub mod link;
mod shapes;
pub mod state;
mod tables;

use wasmlab_core::predecode::Options;
use wasmlab_core::runtime::{FuncAddr, Store};
use wasmlab_core::{Backend, Trap, Val};

/// The threaded back-end.
#[derive(Clone, Copy, Debug, Default)]
pub struct Threaded;

impl Backend for Threaded {
    fn name(&self) -> &'static str {
        "threaded"
    }

    fn predecode_options(&self) -> Options {
        Options {
            id: "threaded",
            link: Some(link::handler),
            ..Options::default()
        }
    }

    fn invoke(&self, store: &mut Store, func: FuncAddr, args: &[Val]) -> Result<Vec<Val>, Trap> {
        invoke::<()>(store, func, args)
    }
}

/// Runs `func` on the threaded machinery: for any back-end whose IR is linked with
/// [`link::handler`] (this one, and the superinstruction back-end).
pub fn invoke<X: state::Carry>(store: &mut Store, func: FuncAddr, args: &[Val]) -> Result<Vec<Val>, Trap> {
    let mut stack = store.take_stack();
    // SAFETY: a live store, and a stack no other run is using.
    let result = unsafe { state::run::<X>(store, &mut stack, func, args) };
    store.put_stack(stack);
    result
}

#[cfg(test)]
mod tests {
    use crate::state::Handler;
    use std::ptr::null_mut;
    use wasmlab_core::ir::{Op, Threaded};
    use wasmlab_core::kinds::{I32x4ExtractLane, V128Load};

    /// Runs `handler` on an entry that holds `op`, which is not its op.
    ///
    /// # Safety
    /// `handler` must check its op before it touches any other argument: with
    /// debug assertions the mismatch panics there, and every other argument is null.
    unsafe fn run_on_another_op(handler: Handler, op: Op) {
        let entry = Threaded {
            handler: handler as *const (),
            op,
        };
        // SAFETY: the caller's contract: the handler panics before it reads more.
        unsafe { handler(&entry, null_mut(), null_mut(), null_mut(), 0, null_mut(), ()) };
    }

    #[test]
    #[should_panic(expected = "linked for another op")]
    fn an_op_at_a_handler_linked_for_another_panics_in_debug_builds() {
        // SAFETY: `jump` reads its immediate (`imm!`) before anything else.
        unsafe { run_on_another_op(crate::control::jump::<()>, Op::Drop) };
    }

    /// The SIMD handlers read their fields by position, so they check the op first.
    #[test]
    #[should_panic(expected = "linked for another op")]
    fn a_simd_handler_checks_its_op_in_debug_builds() {
        // SAFETY: `simd` checks its op before anything else.
        unsafe { run_on_another_op(crate::shapes::simd::<I32x4ExtractLane, ()>, Op::LocalGet { idx: 3 }) };
    }

    #[test]
    #[should_panic(expected = "linked for another op")]
    fn a_simd_load_handler_checks_its_op_in_debug_builds() {
        // SAFETY: `simd_load` checks its op before anything else.
        unsafe { run_on_another_op(crate::shapes::simd_load::<V128Load, ()>, Op::I32Load { offset: 4 }) };
    }
}
