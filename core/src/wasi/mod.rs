//! WASI preview 1 (`wasi_snapshot_preview1`): every function of it, with the
//! behaviour and errno values a program gets under wasmtime.
//!
//! The implementation is engine-neutral: [`WasiCtx::call`] takes a function's
//! name, its arguments as untyped cells and the linear memory, so any engine
//! registers one host function per [`FUNCS`] entry that forwards to it.
//! [`define`] does that for a wasmlab [`Store`].
//!
//! Files live beneath preopened directories ([`WasiCtx::preopen_dir`]) and are
//! reached through cap-std, which resolves every guest path beneath the
//! directory descriptor it names: nothing outside a preopen can be reached. Stdio
//! keeps the host's kinds (terminal, pipe, file) unless the embedder captures it.
//! There are no sockets. `random_get` is deterministic (see [`WasiCtx`]) so
//! benchmarks are reproducible.
//!
//! Files: `ctx.rs` (the context, dispatch, args, clocks, randomness), `table.rs`
//! (descriptors and rights), `stdio.rs` (host files and stdio kinds), `fd.rs`,
//! `dir.rs` (`fd_readdir`), `path.rs`, `poll.rs`, `memory.rs` (checked guest
//! memory), `errno.rs` (numbers, host error mapping).

mod ctx;
mod dir;
mod errno;
mod fd;
mod memory;
mod path;
mod poll;
mod stdio;
mod table;
#[cfg(test)]
mod tests;

pub use ctx::{Output, WasiCtx};

use crate::error::Trap;
use crate::runtime::{Extern, HostFunc, Linker, Store};
use crate::types::{FuncType, ValType};
use crate::value::Val;
use std::sync::{Arc, Mutex};
use ValType::{I32, I64};

/// The import module name of every function here.
pub const MODULE: &str = "wasi_snapshot_preview1";

/// Why a WASI call stops the program instead of returning an errno.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WasiError {
    /// `proc_exit` with this code.
    #[error("exit with code {0}")]
    Exit(i32),
    /// A function not implemented here, or a call that does not match its type.
    #[error("unsupported WASI call: {0}")]
    Unsupported(String),
}

/// Every function of preview 1: (import name, parameter types, result types).
pub const FUNCS: &[(&str, &[ValType], &[ValType])] = &[
    ("args_get", &[I32, I32], &[I32]),
    ("args_sizes_get", &[I32, I32], &[I32]),
    ("environ_get", &[I32, I32], &[I32]),
    ("environ_sizes_get", &[I32, I32], &[I32]),
    ("clock_res_get", &[I32, I32], &[I32]),
    ("clock_time_get", &[I32, I64, I32], &[I32]),
    ("fd_advise", &[I32, I64, I64, I32], &[I32]),
    ("fd_allocate", &[I32, I64, I64], &[I32]),
    ("fd_close", &[I32], &[I32]),
    ("fd_datasync", &[I32], &[I32]),
    ("fd_fdstat_get", &[I32, I32], &[I32]),
    ("fd_fdstat_set_flags", &[I32, I32], &[I32]),
    ("fd_fdstat_set_rights", &[I32, I64, I64], &[I32]),
    ("fd_filestat_get", &[I32, I32], &[I32]),
    ("fd_filestat_set_size", &[I32, I64], &[I32]),
    ("fd_filestat_set_times", &[I32, I64, I64, I32], &[I32]),
    ("fd_pread", &[I32, I32, I32, I64, I32], &[I32]),
    ("fd_prestat_get", &[I32, I32], &[I32]),
    ("fd_prestat_dir_name", &[I32, I32, I32], &[I32]),
    ("fd_pwrite", &[I32, I32, I32, I64, I32], &[I32]),
    ("fd_read", &[I32, I32, I32, I32], &[I32]),
    ("fd_readdir", &[I32, I32, I32, I64, I32], &[I32]),
    ("fd_renumber", &[I32, I32], &[I32]),
    ("fd_seek", &[I32, I64, I32, I32], &[I32]),
    ("fd_sync", &[I32], &[I32]),
    ("fd_tell", &[I32, I32], &[I32]),
    ("fd_write", &[I32, I32, I32, I32], &[I32]),
    ("path_create_directory", &[I32, I32, I32], &[I32]),
    ("path_filestat_get", &[I32, I32, I32, I32, I32], &[I32]),
    ("path_filestat_set_times", &[I32, I32, I32, I32, I64, I64, I32], &[I32]),
    ("path_link", &[I32, I32, I32, I32, I32, I32, I32], &[I32]),
    ("path_open", &[I32, I32, I32, I32, I32, I64, I64, I32, I32], &[I32]),
    ("path_readlink", &[I32, I32, I32, I32, I32, I32], &[I32]),
    ("path_remove_directory", &[I32, I32, I32], &[I32]),
    ("path_rename", &[I32, I32, I32, I32, I32, I32], &[I32]),
    ("path_symlink", &[I32, I32, I32, I32, I32], &[I32]),
    ("path_unlink_file", &[I32, I32, I32], &[I32]),
    ("poll_oneoff", &[I32, I32, I32, I32], &[I32]),
    ("proc_exit", &[I32], &[]),
    ("proc_raise", &[I32], &[I32]),
    ("sched_yield", &[], &[I32]),
    ("random_get", &[I32, I32], &[I32]),
    ("sock_accept", &[I32, I32, I32], &[I32]),
    ("sock_recv", &[I32, I32, I32, I32, I32, I32], &[I32]),
    ("sock_send", &[I32, I32, I32, I32, I32], &[I32]),
    ("sock_shutdown", &[I32, I32], &[I32]),
];

/// Defines every [`FUNCS`] entry in `linker` under [`MODULE`], each a host
/// function of `store` that runs `ctx` on the calling instance's memory 0.
/// `proc_exit(c)` traps with [`Trap::Exit`]`(c)`; an unsupported call with
/// [`Trap::Host`].
pub fn define(store: &mut Store, linker: &mut Linker, ctx: Arc<Mutex<WasiCtx>>) {
    for &(name, params, results) in FUNCS {
        let ctx = ctx.clone();
        let func: HostFunc = Arc::new(move |caller, args, out| {
            // Nine is the most any preview-1 function takes (path_open).
            let mut cells = [0u64; 9];
            let Some(cells) = cells.get_mut(..args.len()) else {
                return Err(Trap::Host(format!("`{MODULE}::{name}` given {} arguments", args.len())));
            };
            for (c, a) in cells.iter_mut().zip(args) {
                *c = a.to_cell();
            }
            // A caller without a memory (a direct invocation from the embedder) still
            // gets the functions that need none; any pointer it passes is EFAULT.
            let mut none = [];
            let mem = match caller.memory() {
                Some(m) => &mut m.data[..],
                None => &mut none[..],
            };
            // `call` never panics, so a poisoned lock comes from the embedder's own
            // use of it, between calls, where the context is always consistent.
            let mut ctx = ctx.lock().unwrap_or_else(|e| e.into_inner());
            match ctx.call(name, mem, cells) {
                Ok(errno) => {
                    if let Some(slot) = out.first_mut() {
                        *slot = Val::I32(errno as i32);
                    }
                    Ok(())
                }
                Err(WasiError::Exit(code)) => Err(Trap::Exit(code)),
                Err(WasiError::Unsupported(msg)) => Err(Trap::Host(msg)),
            }
        });
        let addr = store.host_func(FuncType::new(params, results), func);
        linker.define(MODULE, name, Extern::Func(addr));
    }
}
