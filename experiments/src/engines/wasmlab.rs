//! wasmlab's own back-ends as benchmark engines.

use super::{Compiled, Engine, Running, WasiSetup};
use std::sync::{Arc, Mutex};
use wasmlab_core::wasi::{self, WasiCtx};
use wasmlab_core::{Backend, Config, Error, InstanceId, Linker, Module, Store, Trap, Val};

pub struct Wasmlab(pub Arc<dyn Backend>);

impl Engine for Wasmlab {
    fn name(&self) -> String {
        self.0.name().to_string()
    }

    fn ir_size(&self, wasm: &[u8]) -> Option<(u64, u64)> {
        let opts = wasmlab_core::predecode::Options {
            lazy: false,
            ..self.0.predecode_options()
        };
        Module::with_options(wasm, &opts).ok().map(|m| m.code_size())
    }

    fn compile(&self, wasm: &[u8]) -> anyhow::Result<Box<dyn Compiled>> {
        let opts = wasmlab_core::predecode::Options {
            lazy: super::lazy_predecode(),
            serial: super::serial_load(),
            ..self.0.predecode_options()
        };
        let module = Module::with_options(wasm, &opts)?;
        Ok(Box::new(WasmlabModule {
            backend: self.0.clone(),
            module: Arc::new(module),
        }))
    }
}

/// A module loaded for a back-end.
pub struct WasmlabModule {
    backend: Arc<dyn Backend>,
    module: Arc<Module>,
}

impl WasmlabModule {
    pub fn new(backend: Arc<dyn Backend>, module: Arc<Module>) -> WasmlabModule {
        WasmlabModule { backend, module }
    }

    /// An instance in a store of its own with `config` (a profiler sets fuel and
    /// a sampler there), linked to WASI when `wasi` is given.
    pub fn instantiate_in(&self, config: Config, wasi: Option<&WasiSetup>) -> anyhow::Result<WasmlabInstance> {
        let mut store = Store::new(self.backend.clone(), config);
        let mut linker = Linker::new();
        let ctx = match wasi {
            Some(setup) => {
                let ctx = Arc::new(Mutex::new(setup.ctx()?));
                wasi::define(&mut store, &mut linker, ctx.clone());
                Some(ctx)
            }
            None => None,
        };
        let instance = linker.instantiate(&mut store, self.module.clone())?;
        Ok(WasmlabInstance {
            store,
            instance,
            wasi: ctx,
            expect_exit: wasi.map_or(0, |s| s.exit_code),
        })
    }
}

impl Compiled for WasmlabModule {
    fn instantiate(&self, wasi: Option<&WasiSetup>) -> anyhow::Result<Box<dyn Running>> {
        Ok(Box::new(self.instantiate_in(Config::default(), wasi)?))
    }
}

/// A running instance and the store that holds it.
pub struct WasmlabInstance {
    pub store: Store,
    instance: InstanceId,
    wasi: Option<Arc<Mutex<WasiCtx>>>,
    expect_exit: i32,
}

impl Running for WasmlabInstance {
    fn invoke(&mut self, func: &str, args: &[Val]) -> anyhow::Result<Vec<Val>> {
        let f = self.store.export_func(self.instance, func)?;
        match self.store.invoke(f, args) {
            Err(Error::Trap(Trap::Exit(c))) if c == self.expect_exit => Ok(Vec::new()),
            Err(Error::Trap(Trap::Exit(c))) => anyhow::bail!("exit with code {c} (expected {})", self.expect_exit),
            Ok(_) if self.wasi.is_some() && self.expect_exit != 0 => {
                anyhow::bail!("returned; expected exit code {}", self.expect_exit)
            }
            other => Ok(other?),
        }
    }

    fn stdout(&self) -> Vec<u8> {
        self.wasi
            .as_ref()
            .map(|c| c.lock().map(|c| c.captured_stdout().to_vec()).unwrap_or_default())
            .unwrap_or_default()
    }
}
