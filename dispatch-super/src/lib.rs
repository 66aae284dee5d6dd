//! Superinstruction back-end: the shared predecoder's fusion pass folds frequent op
//! sequences (chosen from `wasmlab opstats`; see reports/opstats.md) into
//! register-style ops that read locals and immediates directly, and the threaded
//! back-end's handlers run the result. Each fusion family can be switched off, so
//! its contribution can be measured alone (`wasmlab bench --backend super,super-no-ll`).

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
            "ll" => "super-no-ll",
            "li" => "super-no-li",
            "cmp_br" => "super-no-cmp_br",
            "set" => "super-no-set",
            "si" => "super-no-si",
            "mem" => "super-no-mem",
            "br_s" => "super-no-br_s",
            "wide" => "super-no-wide",
            "rotate" => "super-no-rotate",
            "tee" => "super-no-tee",
            "sink" => "super-no-sink",
            "mem_imm" => "super-no-mem_imm",
            "mem_set" => "super-no-mem_set",
            _ => return None,
        };
        Some(Super {
            fusion: Fusion::without(family)?,
            name,
        })
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
            fuse: self.fusion,
            ..Options::default()
        }
    }

    fn invoke(&self, store: &mut Store, func: FuncAddr, args: &[Val]) -> Result<Vec<Val>, Trap> {
        wasmlab_threaded::invoke(store, func, args)
    }
}
