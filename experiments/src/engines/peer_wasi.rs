//! WASI glue the peer adapters share. Every peer runs wasmlab-core's WASI, not its
//! own, so all engines run a program against the same host.

// Each helper serves some adapters only; with all of `peers` built, all are used.
#![cfg_attr(
    not(all(feature = "peer-wasmtime", feature = "peer-wasmi", feature = "peer-stitch")),
    allow(dead_code)
)]

use super::WasiSetup;
use wasmlab_core::wasi::{WasiCtx, WasiError};

/// One instance's WASI state, kept where the engine's host functions reach it.
pub(crate) struct PeerWasi {
    pub ctx: WasiCtx,
    /// Set by `proc_exit`: the engine only sees a trap; this says it was an exit.
    exit: Option<i32>,
    /// The exit code of a correct run.
    expect_exit: i32,
}

impl PeerWasi {
    pub fn new(setup: &WasiSetup) -> anyhow::Result<PeerWasi> {
        Ok(PeerWasi {
            ctx: setup.ctx()?,
            exit: None,
            expect_exit: setup.exit_code,
        })
    }

    /// Forwards one call. `Err` means the host function must trap (the message is
    /// for engines whose traps carry one).
    pub fn call(&mut self, name: &str, mem: &mut [u8], args: &[u64]) -> Result<u32, String> {
        match self.ctx.call(name, mem, args) {
            Ok(errno) => Ok(errno),
            Err(WasiError::Exit(code)) => {
                self.exit = Some(code);
                Err(format!("exit with code {code}"))
            }
            Err(e) => Err(e.to_string()),
        }
    }

    /// Whether `proc_exit` was called during the current invocation.
    pub fn exiting(&self) -> bool {
        self.exit.is_some()
    }

    /// The driver's view of a call that trapped or returned: a trap caused by
    /// `proc_exit` with the expected code is success, any other exit code an
    /// error, and so is a return where an exit code other than 0 was expected.
    pub fn finish<T: Default>(&mut self, r: anyhow::Result<T>) -> anyhow::Result<T> {
        match self.exit.take() {
            Some(code) if code == self.expect_exit => Ok(T::default()),
            Some(code) => anyhow::bail!("exit with code {code} (expected {})", self.expect_exit),
            None if r.is_ok() && self.expect_exit != 0 => {
                anyhow::bail!("returned; expected exit code {}", self.expect_exit)
            }
            None => r,
        }
    }
}

/// A host call's arguments as cells (i32 zero-extended), without allocating:
/// nine is the most any preview-1 function takes (path_open).
pub(crate) struct Cells {
    buf: [u64; 9],
    len: usize,
}

impl Cells {
    pub fn as_slice(&self) -> &[u64] {
        &self.buf[..self.len]
    }
}

impl FromIterator<u64> for Cells {
    fn from_iter<I: IntoIterator<Item = u64>>(iter: I) -> Cells {
        let mut cells = Cells { buf: [0; 9], len: 0 };
        for c in iter {
            cells.buf[cells.len] = c;
            cells.len += 1;
        }
        cells
    }
}
