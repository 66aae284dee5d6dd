//! Engines under measurement: wasmlab's back-ends and the peer engines, behind one
//! interface with the three phases sightglass measures separately — compile
//! (translate/validate), instantiate, execute.

use wasmlab_core::Val;

/// How a workload's module is run.
#[derive(Clone, Debug)]
pub enum Workload {
    /// Call export `func` with `args` and return its results.
    Invoke { func: String, args: Vec<Val> },
    /// A WASI command: run `_start` with these command-line arguments (argv[1..]);
    /// stdout is captured.
    Wasi { args: Vec<String> },
}

/// One engine: a wasmlab back-end or a peer.
pub trait Engine {
    /// The name tables and `--peers` / `--backend` use, e.g. `switch`, `wasmtime`.
    fn name(&self) -> String;
    /// Compile phase: validate and translate (or JIT-compile) the module.
    fn compile(&self, wasm: &[u8]) -> anyhow::Result<Box<dyn Compiled>>;
}

/// A compiled module.
pub trait Compiled {
    /// Instantiate phase: link (with WASI when `wasi_args` is given, stdout
    /// captured) and instantiate.
    fn instantiate(&self, wasi_args: Option<&[String]>) -> anyhow::Result<Box<dyn Running>>;
}

/// An instance ready to execute.
pub trait Running {
    /// Execute phase: call an export. For a WASI command call `_start`; a
    /// `proc_exit(0)` counts as success (empty results), any other exit code is an error.
    fn invoke(&mut self, func: &str, args: &[Val]) -> anyhow::Result<Vec<Val>>;
    /// What a WASI program wrote to stdout so far.
    fn stdout(&self) -> Vec<u8>;
}
