//! The wasmlab driver as a library: the back-ends built into this binary, the
//! spec-test (`.wast`) runner, and the `spectest` host module. The `wasmlab`
//! binary and the test suites both use it.

pub mod backends;
pub mod bench;
pub mod engines;
#[cfg(feature = "fuzz")]
pub mod fuzz;
pub mod guest_profile;
pub mod profiling;
pub mod report;
pub mod spectest;
pub mod suite;
pub mod wast_runner;

use anyhow::Context;
use std::path::Path;

/// Reads a module from a `.wasm` file, or a `.wat` text file.
pub fn read_module_bytes(path: &Path) -> anyhow::Result<Vec<u8>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read `{}`", path.display()))?;
    if bytes.starts_with(b"\0asm") {
        return Ok(bytes);
    }
    wat::parse_bytes(&bytes)
        .map(|b| b.into_owned())
        .with_context(|| format!("`{}` is neither a Wasm binary nor valid WAT", path.display()))
}

/// The message a panic was raised with, when it was a string (as `panic!` makes it).
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> Option<&str> {
    payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
}
