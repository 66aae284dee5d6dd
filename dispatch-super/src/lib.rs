//! Superinstruction back-end: the shared predecoder's register pass rewrites the
//! stack IR into register ops that name the slots they read and write (locals,
//! operand-stack slots at their static heights, immediates), folding the op
//! sequences `wasmlab opstats` finds most frequent (see reports/opstats.md) into
//! single ops; the threaded back-end's handlers run the result. Each fusion family
//! can be switched off, so its contribution can be measured alone
//! (`wasmlab bench --backend super,super-no-local`).

use wasmlab_core::predecode::{Fusion, Options};
use wasmlab_core::runtime::{FuncAddr, Store};
use wasmlab_core::{Backend, Trap, Val};

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
        let name = match family {
            "local" => "super-no-local",
            "imm" => "super-no-imm",
            "dst" => "super-no-dst",
            "cmp_br" => "super-no-cmp_br",
            "rotate" => "super-no-rotate",
            "acc" => "super-no-acc",
            "copy2" => "super-no-copy2",
            "index" => "super-no-index",
            "load_op" => "super-no-load_op",
            "const_addr" => "super-no-const_addr",
            "early_ret" => "super-no-early_ret",
            "tail_dup" => "super-no-tail_dup",
            "store_imm" => "super-no-store_imm",
            "and_br" => "super-no-and_br",
            "acc_copy" => "super-no-acc_copy",
            "add2" => "super-no-add2",
            "acc_carry" => "super-no-acc_carry",
            "rmw" => "super-no-rmw",
            _ => return None,
        };
        Some(Super {
            fusion: Fusion::without(family)?,
            name,
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
            link: Some(wasmlab_threaded::link::handler),
            register: Some(self.fusion),
            ..Options::default()
        }
    }

    fn invoke(&self, store: &mut Store, func: FuncAddr, args: &[Val]) -> Result<Vec<Val>, Trap> {
        wasmlab_threaded::invoke(store, func, args)
    }
}
