//! makepad-stitch, a threaded-code interpreter built on sibling calls, as a peer.
//!
//! Stitch translates each function lazily, on its first call: its compile phase
//! only decodes and validates, and translation is billed to execution.
//!
//! makepad-stitch 0.1.0 has a translation bug: operands that read a local stay
//! linked to it after they are popped or overwritten (`Compile::pop_opd` and
//! `Compile::preserve_local` in compile.rs). It returns wrong results (the
//! ignored `local_read_survives_overwrite` test) or panics inside its
//! threaded code, which aborts the process — clang -O2 programs using printf hit it.
//! Its handlers also grow the native stack unless built optimised and without
//! debug assertions.

use super::peer_wasi::PeerWasi;
use super::{Compiled, Engine, Running, WasiSetup};
use makepad_stitch::{Func, Instance, Linker, Mem, Module, Store};
use std::sync::{Arc, Mutex};
use wasmlab_core::wasi::{FUNCS, MODULE};
use wasmlab_core::{Val, ValType};

pub struct Stitch;

impl Engine for Stitch {
    fn name(&self) -> String {
        "stitch".to_string()
    }

    /// Stitch runs Wasm 1.0 and a few 2.0 proposals, none of 3.0.
    fn supports(&self, _proposal: &str) -> bool {
        false
    }

    fn compile(&self, wasm: &[u8]) -> anyhow::Result<Box<dyn Compiled>> {
        let engine = makepad_stitch::Engine::new();
        let module = Module::new(&engine, wasm)?;
        Ok(Box::new(StitchModule { engine, module }))
    }
}

struct StitchModule {
    engine: makepad_stitch::Engine,
    module: Module,
}

/// What the WASI host functions share. Stitch host functions see only the store,
/// so the instance's memory is put here once the instance exists.
struct Host {
    wasi: PeerWasi,
    mem: Option<SendMem>,
    /// The first WASI call that failed other than by exiting: the run failed.
    error: Option<String>,
}

/// Stitch requires host closures to be `Send + Sync`, and a `Mem` handle is not.
struct SendMem(Mem);
// SAFETY: a handle is only dereferenced through the `&mut Store` a host function
// is given (stitch checks the store id), and a `Store` is not `Send`, so the memory
// it names is never touched from another thread.
unsafe impl Send for SendMem {}

impl Compiled for StitchModule {
    fn instantiate(&self, wasi: Option<&WasiSetup>) -> anyhow::Result<Box<dyn Running>> {
        let mut store = Store::new(self.engine.clone());
        let mut linker = Linker::new();
        let host = match wasi {
            Some(setup) => Some(Arc::new(Mutex::new(Host {
                wasi: PeerWasi::new(setup)?,
                mem: None,
                error: None,
            }))),
            None => None,
        };
        if let Some(host) = &host {
            // Stitch has no untyped host functions: link only what the module
            // imports, each through a closure of its own signature.
            for ((module, name), _) in self
                .module
                .imports()
                .filter(|((m, _), t)| *m == MODULE && t.clone().is_func())
            {
                let func = wasi_func(&mut store, host, name)?;
                linker.define(module, name, func);
            }
        }
        let instance = linker.instantiate(&mut store, &self.module)?;
        if let Some(host) = &host {
            host.lock().unwrap().mem = instance.exported_mem("memory").map(SendMem);
        }
        Ok(Box::new(StitchInstance { store, instance, host }))
    }
}

/// One host call: the cells go to WASI on the instance's memory.
///
/// Stitch 0.1.0 panics when a host function returns an error (`exec.rs` unwraps
/// a stack the failing host call consumed), so no call here fails. `proc_exit`
/// returns normally after recording the code; wasi-libc and Rust follow it with
/// `unreachable`, whose trap ends the run. Any other failure is recorded and
/// answered with ENOSYS, and the run is reported as failed.
fn call(host: &Mutex<Host>, store: &mut Store, name: &str, args: &[u64]) -> u32 {
    const ENOSYS: u32 = 52;
    let mut host = host.lock().unwrap();
    let Host { wasi, mem, error } = &mut *host;
    let r = match mem {
        Some(mem) => wasi.call(name, mem.0.bytes_mut(store), args),
        None => Err(format!("WASI call {name}: no exported memory")),
    };
    r.unwrap_or_else(|e| {
        if !wasi.exiting() {
            error.get_or_insert(e);
        }
        ENOSYS
    })
}

trait Cell {
    fn cell(self) -> u64;
}
impl Cell for i32 {
    fn cell(self) -> u64 {
        self as u32 as u64
    }
}
impl Cell for i64 {
    fn cell(self) -> u64 {
        self as u64
    }
}

/// A typed closure for one signature: `errno` returns i32, `exit` nothing.
macro_rules! wrap {
    ($store:expr, $host:expr, $name:expr, errno($($a:ident: $t:ty),*)) => {{
        let (host, name) = ($host.clone(), $name.to_string());
        Func::wrap($store, move |store: &mut Store, $($a: $t),*| -> i32 {
            call(&host, store, &name, &[$($a.cell()),*]) as i32
        })
    }};
    ($store:expr, $host:expr, $name:expr, exit($($a:ident: $t:ty),*)) => {{
        let (host, name) = ($host.clone(), $name.to_string());
        Func::wrap($store, move |store: &mut Store, $($a: $t),*| {
            call(&host, store, &name, &[$($a.cell()),*]);
        })
    }};
}

/// The host function for WASI import `name`, one arm per signature in `FUNCS`.
fn wasi_func(store: &mut Store, host: &Arc<Mutex<Host>>, name: &str) -> anyhow::Result<Func> {
    use ValType::{I32, I64};
    let Some(&(_, params, results)) = FUNCS.iter().find(|f| f.0 == name) else {
        anyhow::bail!("unsupported WASI import `{name}`");
    };
    Ok(match (params, results) {
        ([], [I32]) => wrap!(store, host, name, errno()),
        ([I32], [I32]) => wrap!(store, host, name, errno(a: i32)),
        ([I32], []) => wrap!(store, host, name, exit(a: i32)),
        ([I32, I32], [I32]) => wrap!(store, host, name, errno(a: i32, b: i32)),
        ([I32, I32, I32], [I32]) => wrap!(store, host, name, errno(a: i32, b: i32, c: i32)),
        ([I32, I32, I32, I32], [I32]) => wrap!(store, host, name, errno(a: i32, b: i32, c: i32, d: i32)),
        ([I32, I64, I32], [I32]) => wrap!(store, host, name, errno(a: i32, b: i64, c: i32)),
        ([I32, I64, I32, I32], [I32]) => wrap!(store, host, name, errno(a: i32, b: i64, c: i32, d: i32)),
        ([I32, I32, I32, I32, I32, I64, I64, I32, I32], [I32]) => {
            wrap!(store, host, name, errno(a: i32, b: i32, c: i32, d: i32, e: i32, f: i64, g: i64, h: i32, i: i32))
        }
        _ => anyhow::bail!("WASI `{name}`: signature {params:?} -> {results:?} has no stitch closure here"),
    })
}

struct StitchInstance {
    store: Store,
    instance: Instance,
    host: Option<Arc<Mutex<Host>>>,
}

impl Running for StitchInstance {
    fn invoke(&mut self, func: &str, args: &[Val]) -> anyhow::Result<Vec<Val>> {
        let f = self
            .instance
            .exported_func(func)
            .ok_or_else(|| anyhow::anyhow!("no exported function `{func}`"))?;
        let args = args.iter().map(|&a| to_stitch(a)).collect::<anyhow::Result<Vec<_>>>()?;
        let mut out: Vec<_> = f
            .type_(&self.store)
            .results()
            .iter()
            .map(|&t| makepad_stitch::Val::default(t))
            .collect();
        // stitch 0.1.0 translates lazily and its translator can panic on valid code
        // (see the module docs): report that as this engine's failure, not ours.
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            f.call(&mut self.store, &args, &mut out)
        }))
        .map_err(|_| anyhow::anyhow!("stitch panicked while translating or running `{func}`"))?
        .map_err(anyhow::Error::from);
        let r = r.and_then(|()| out.iter().map(from_stitch).collect());
        let Some(host) = &self.host else { return r };
        let mut host = host.lock().unwrap();
        let r = match host.error.take() {
            Some(e) => Err(anyhow::anyhow!("{e}")),
            None => r,
        };
        host.wasi.finish(r)
    }

    fn stdout(&self) -> Vec<u8> {
        self.host
            .as_ref()
            .map(|h| h.lock().unwrap().wasi.ctx.captured_stdout().to_vec())
            .unwrap_or_default()
    }
}

fn to_stitch(v: Val) -> anyhow::Result<makepad_stitch::Val> {
    Ok(match v {
        Val::I32(x) => makepad_stitch::Val::I32(x),
        Val::I64(x) => makepad_stitch::Val::I64(x),
        Val::F32(x) => makepad_stitch::Val::F32(f32::from_bits(x)),
        Val::F64(x) => makepad_stitch::Val::F64(f64::from_bits(x)),
        other => anyhow::bail!("cannot pass {other:?} to stitch"),
    })
}

fn from_stitch(v: &makepad_stitch::Val) -> anyhow::Result<Val> {
    Ok(match *v {
        makepad_stitch::Val::I32(x) => Val::I32(x),
        makepad_stitch::Val::I64(x) => Val::I64(x),
        makepad_stitch::Val::F32(x) => Val::F32(x.to_bits()),
        makepad_stitch::Val::F64(x) => Val::F64(x.to_bits()),
        other => anyhow::bail!("stitch returned {other:?}, which this driver does not convert"),
    })
}
