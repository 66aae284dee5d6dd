//! wasmlab-core: everything the dispatch back-ends share.
//!
//! - [`module`]: loading and validating a binary with `wasmparser`, then running the
//!   [`predecode`] pass that turns each function body into the compact IR of [`ir`].
//! - [`ops`]: the one list of IR operations; [`ir`] generates the op type and its
//!   disassembler from it, and each back-end generates its dispatch from it.
//! - [`semantics`]: the pure meaning of every numeric op, free of dispatch.
//! - [`runtime`]: store, instances, linear memory, tables, globals, host functions,
//!   linking, traps, and the execution helpers ([`exec`]) the back-ends call into.
//! - [`backend`]: the trait every back-end implements.

// The vector semantics use `std::simd`, so a lane-wise op compiles to the host's vector
// instructions; `.cargo/config.toml` unlocks it for this crate on the stable toolchain.
#![feature(portable_simd)]

pub mod backend;
pub mod binary_rules;
pub mod const_expr;
pub mod error;
pub mod exec;
pub mod guest_profile;
pub mod ir;
pub mod kinds;
pub mod module;
pub mod ops;
pub mod opstats;
mod parallel;
pub mod predecode;
pub mod runtime;
pub mod semantics;
pub mod types;
pub mod unwind;
pub mod value;
pub mod wasi;

pub use backend::Backend;
pub use error::{Error, Trap};
pub use module::Module;
pub use runtime::{Config, Extern, FuncAddr, InstanceId, Linker, Store};
pub use types::{ExternType, FuncType, GlobalType, MemoryType, TableType, ValType};
pub use value::Val;
