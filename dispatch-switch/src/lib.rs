//! wasmlab's reference back-end: a `match` loop over the predecoded IR.
//!
//! Hot state (instruction, stack and frame pointers, the instance and its memory
//! base and length) lives in locals of one function so the compiler can keep it in
//! registers. Calls push a frame record and continue in the same loop: Wasm
//! recursion never recurses on the host stack.

mod run;

use wasmlab_core::predecode::{Fusion, Options};
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
        let result = unsafe { run::run::<false>(store, &mut stack, func, args) };
        store.put_stack(stack);
        result
    }
}

/// The switch loop with op counting compiled in: feeds `wasmlab opstats`
/// ([`wasmlab_core::opstats`]). Never used for timing. With `fused`, it counts the
/// IR after every fusion family, the op stream the super back-end executes.
#[derive(Clone, Copy, Debug, Default)]
pub struct CountingSwitch {
    pub fused: bool,
}

impl Backend for CountingSwitch {
    fn name(&self) -> &'static str {
        if self.fused {
            "switch-opstats-fused"
        } else {
            "switch-opstats"
        }
    }

    fn predecode_options(&self) -> Options {
        if !self.fused {
            return Options::default();
        }
        Options {
            id: self.name(),
            register: Some(Fusion::ALL),
            ..Options::default()
        }
    }

    fn invoke(&self, store: &mut Store, func: FuncAddr, args: &[Val]) -> Result<Vec<Val>, Trap> {
        let mut stack = store.take_stack();
        // SAFETY: as for `Switch`.
        let result = unsafe { run::run::<true>(store, &mut stack, func, args) };
        store.put_stack(stack);
        result
    }
}
