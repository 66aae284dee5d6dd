//! wasmlab's own back-ends as benchmark engines.

use super::{Compiled, Engine, Running};
use std::sync::{Arc, Mutex};
use wasmlab_core::wasi::{self, WasiCtx};
use wasmlab_core::{Backend, Config, Error, InstanceId, Linker, Module, Store, Trap, Val};

pub struct Wasmlab(pub Arc<dyn Backend>);

impl Engine for Wasmlab {
    fn name(&self) -> String {
        self.0.name().to_string()
    }

    fn compile(&self, wasm: &[u8]) -> anyhow::Result<Box<dyn Compiled>> {
        let module = Module::with_options(wasm, &self.0.predecode_options())?;
        Ok(Box::new(WasmlabModule {
            backend: self.0.clone(),
            module: Arc::new(module),
        }))
    }
}

struct WasmlabModule {
    backend: Arc<dyn Backend>,
    module: Arc<Module>,
}

impl Compiled for WasmlabModule {
    fn instantiate(&self, wasi_args: Option<&[String]>) -> anyhow::Result<Box<dyn Running>> {
        let mut store = Store::new(self.backend.clone(), Config::default());
        let mut linker = Linker::new();
        let ctx = wasi_args.map(|args| {
            let mut argv = vec!["main".to_string()];
            argv.extend(args.iter().cloned());
            let ctx = Arc::new(Mutex::new(WasiCtx::new(argv, Vec::new()).capture_stdout()));
            wasi::define(&mut store, &mut linker, ctx.clone());
            ctx
        });
        let instance = linker.instantiate(&mut store, self.module.clone())?;
        Ok(Box::new(WasmlabInstance {
            store,
            instance,
            wasi: ctx,
        }))
    }
}

struct WasmlabInstance {
    store: Store,
    instance: InstanceId,
    wasi: Option<Arc<Mutex<WasiCtx>>>,
}

impl Running for WasmlabInstance {
    fn invoke(&mut self, func: &str, args: &[Val]) -> anyhow::Result<Vec<Val>> {
        let f = self.store.export_func(self.instance, func)?;
        match self.store.invoke(f, args) {
            Err(Error::Trap(Trap::Exit(0))) => Ok(Vec::new()),
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
