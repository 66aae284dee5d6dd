//! wasmlab's reference back-end: a `match` loop over the predecoded IR.
//!
//! Hot state (instruction, stack and frame pointers, the instance and its memory
//! base and length) lives in locals of one function so the compiler can keep it in
//! registers. Calls push a frame record and continue in the same loop: Wasm
//! recursion never recurses on the host stack.

// `#[rustc_align]` on the loop (see `run::run`); unlocked in `.cargo/config.toml`.
#![feature(fn_align)]

mod run;
mod simd;
#[cfg(test)]
mod tests;

use wasmlab_core::runtime::{FuncAddr, Store};
use wasmlab_core::{Backend, Trap, Val};

/// The switch back-end.
#[derive(Clone, Copy, Debug, Default)]
pub struct Switch;

impl Backend for Switch {
    fn name(&self) -> &'static str {
        "switch"
    }

    fn invoke(&self, store: &mut Store, func: FuncAddr, args: &[Val]) -> Result<Vec<Val>, Trap> {
        let mut stack = store.take_stack();
        // SAFETY: `run` is given a live store and a stack no other run is using.
        let result = unsafe { run::invoke::<false>(store, &mut stack, func, args) };
        store.put_stack(stack);
        result
    }
}

/// The switch loop with op counting compiled in: feeds `wasmlab opstats`
/// ([`wasmlab_core::opstats`]) with the stack IR's op stream. Never used for
/// timing. (Super counts its own ops: `wasmlab_super::CountingSuper`.)
#[derive(Clone, Copy, Debug, Default)]
pub struct CountingSwitch;

impl Backend for CountingSwitch {
    fn name(&self) -> &'static str {
        "switch-opstats"
    }

    fn invoke(&self, store: &mut Store, func: FuncAddr, args: &[Val]) -> Result<Vec<Val>, Trap> {
        let mut stack = store.take_stack();
        // SAFETY: as for `Switch`.
        let result = unsafe { run::invoke::<true>(store, &mut stack, func, args) };
        store.put_stack(stack);
        result
    }
}
