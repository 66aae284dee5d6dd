//! Superinstruction back-end: its register pass (`register.rs`, hooked into the
//! shared predecoder as a [`Pass`]) rewrites the stack IR into register ops that
//! name the slots they read and write (locals, operand-stack slots at their static
//! heights, immediates), folding the op
//! sequences `wasmlab opstats` finds most frequent (see reports/opstats.md) into
//! single ops. Its handlers (`handlers/`) follow the threaded back-end's handler
//! protocol and run beside its handlers for the stack ops left in register code. Each fusion family
//! (declared once, in `families.rs`) can be switched off, so its contribution can
//! be measured alone (`wasmlab bench --backend super,super-no-local`).

#![feature(explicit_tail_calls)]
// `#[rustc_align(64)]` on every handler (see `handlers`); unlocked in `.cargo/config.toml`.
#![feature(fn_align)]
#![allow(incomplete_features)]

mod carry;
mod counting;
mod families;
mod fuse;
mod handlers;
pub mod link;
mod pairs;
mod parts;
mod register;
mod relink;
mod tails;
#[cfg(test)]
mod tests;

pub use counting::CountingSuper;
pub use families::Fusion;

use std::sync::Arc;
use wasmlab_core::ir::Op;
use wasmlab_core::predecode::{Options, Pass};
use wasmlab_core::runtime::{FuncAddr, Store};
use wasmlab_core::{Backend, Error, Module, Trap, Val};

/// The register pass with a set of fusion families: super's compiler, hooked into
/// the shared predecoder.
#[derive(Clone, Copy, Debug)]
pub struct RegisterPass(pub Fusion);

impl Pass for RegisterPass {
    fn run(&self, module: &Module, code: &[Op], num_locals: u32) -> Result<Vec<Op>, Error> {
        register::translate(module, code, num_locals, self.0)
    }

    fn keeps_reinterprets(&self) -> bool {
        true
    }

    /// Register code keeps its accumulator where stack code keeps its stack
    /// pointer, and a register call leaves it there: a body run as stack IR
    /// starts by pointing it above its locals.
    fn stack_prologue(&self, num_locals: u32) -> Option<Op> {
        Some(Op::SetSp { slot: num_locals })
    }
}

/// The superinstruction back-end with a set of fusion families.
#[derive(Clone, Copy, Debug)]
pub struct Super {
    pub fusion: Fusion,
    name: &'static str,
}

impl Super {
    /// Every family on: the back-end as benchmarked.
    pub fn new() -> Super {
        Super {
            fusion: Fusion::ALL,
            name: "super",
        }
    }

    /// Every family but `family` (for ablation), named `super-no-<family>`.
    pub fn without(family: &str) -> Option<Super> {
        let i = Fusion::FAMILIES.iter().position(|f| *f == family)?;
        Some(Super {
            fusion: Fusion::without(family)?,
            name: Fusion::ABLATIONS[i],
        })
    }

    /// The register IR with no family at all: one register op per stack op, the
    /// baseline the families are measured from.
    pub fn unfused() -> Super {
        Super {
            fusion: Fusion::NONE,
            name: "super-unfused",
        }
    }

    /// Every ablation variant: each family off in turn, then all of them.
    pub fn ablations() -> Vec<Super> {
        Fusion::FAMILIES
            .iter()
            .filter_map(|f| Super::without(f))
            .chain([Super::unfused()])
            .collect()
    }
}

impl Default for Super {
    fn default() -> Self {
        Super::new()
    }
}

impl Backend for Super {
    fn name(&self) -> &'static str {
        self.name
    }

    fn predecode_options(&self) -> Options {
        // The id names the fusion set: a module fused one way must not run on a
        // store expecting another.
        Options {
            id: self.name,
            link: Some(link::handler),
            pass: Some(Arc::new(RegisterPass(self.fusion))),
            ..Options::default()
        }
    }

    fn invoke(&self, store: &mut Store, func: FuncAddr, args: &[Val]) -> Result<Vec<Val>, Trap> {
        wasmlab_threaded::invoke::<f64>(store, func, args)
    }
}
