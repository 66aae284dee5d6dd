//! The interface every dispatch back-end implements.

use crate::error::Trap;
use crate::predecode::Options;
use crate::runtime::{FuncAddr, Store};
use crate::value::Val;

pub trait Backend: Send + Sync {
    /// The name `--backend` selects it by.
    fn name(&self) -> &'static str;

    /// The predecoder options this back-end's IR needs.
    fn predecode_options(&self) -> Options {
        Options::default()
    }

    /// Runs Wasm function `func` of `store` to completion. The arguments have already
    /// been checked against the function's type by [`Store::invoke`], which is the
    /// entry point callers use.
    fn invoke(&self, store: &mut Store, func: FuncAddr, args: &[Val]) -> Result<Vec<Val>, Trap>;
}
