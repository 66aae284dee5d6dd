//! wasmlab's reference back-end: a `match` loop over the predecoded IR.
//!
//! Hot state (instruction, stack and frame pointers, the instance and its memory
//! base and length) lives in locals of one function so the compiler can keep it in
//! registers. Calls push a frame record and continue in the same loop: Wasm
//! recursion never recurses on the host stack.

// `#[rustc_align]` on the loop (see `run::run`); unlocked in `.cargo/config.toml`.
#![feature(fn_align)]

mod run;

use std::sync::Arc;
use wasmlab_core::predecode::{Options, Pass};
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
/// ([`wasmlab_core::opstats`]). Never used for timing. With a `pass` (super's
/// register pass with every family), it counts the IR that pass makes: the op
/// stream the super back-end executes.
#[derive(Clone, Debug, Default)]
pub struct CountingSwitch {
    pub pass: Option<Arc<dyn Pass>>,
}

impl Backend for CountingSwitch {
    fn name(&self) -> &'static str {
        if self.pass.is_some() {
            "switch-opstats-fused"
        } else {
            "switch-opstats"
        }
    }

    fn predecode_options(&self) -> Options {
        match &self.pass {
            None => Options::default(),
            Some(pass) => Options {
                id: self.name(),
                pass: Some(pass.clone()),
                ..Options::default()
            },
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
