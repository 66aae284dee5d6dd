//! wasmi 2, a register-machine interpreter, as a peer.

use super::peer_wasi::{Cells, PeerWasi};
use super::{Compiled, Engine, Running, WasiSetup};
use wasmi::{CompilationMode, Config, Extern, FuncType, Instance, Linker, Module, Store};
use wasmlab_core::wasi::{FUNCS, MODULE};
use wasmlab_core::{Val, ValType};

type Data = Option<PeerWasi>;

pub struct Wasmi {
    engine: wasmi::Engine,
    linker: Linker<Data>,
}

impl Wasmi {
    pub fn new() -> Wasmi {
        let mut config = Config::default();
        // Translate when wasmlab does: on each function's first call (wasmi's
        // default, validation eager), or all in the compile phase with `--predecode
        // eager`.
        config.compilation_mode(if super::lazy_predecode() {
            CompilationMode::LazyTranslation
        } else {
            CompilationMode::Eager
        });
        // The default allows 1,000 frames; real C programs recurse deeper and run
        // on wasmtime, so allow as deep as wasmlab does.
        config.set_max_recursion_depth(100_000);
        config.set_max_stack_height(64 << 20);
        let engine = wasmi::Engine::new(&config);
        let linker = wasi_linker(&engine);
        Wasmi { engine, linker }
    }
}

impl Default for Wasmi {
    fn default() -> Self {
        Self::new()
    }
}

fn wasi_linker(engine: &wasmi::Engine) -> Linker<Data> {
    let mut linker = Linker::<Data>::new(engine);
    for &(name, params, results) in FUNCS {
        let ty = FuncType::new(
            params.iter().map(|&t| val_type(t)),
            results.iter().map(|&t| val_type(t)),
        );
        linker
            .func_new(MODULE, name, ty, move |mut caller, args, out| {
                let mem = caller
                    .get_export("memory")
                    .and_then(Extern::into_memory)
                    .ok_or_else(|| wasmi::Error::new(format!("WASI call {name}: no exported memory")))?;
                let (bytes, data) = mem.data_and_store_mut(&mut caller);
                let wasi: &mut PeerWasi = data
                    .as_mut()
                    .ok_or_else(|| wasmi::Error::new(format!("WASI call {name} without WASI")))?;
                let cells: Cells = args.iter().map(cell).collect();
                let errno = wasi.call(name, bytes, cells.as_slice()).map_err(wasmi::Error::new)?;
                if let Some(r) = out.first_mut() {
                    *r = wasmi::Val::I32(errno as i32);
                }
                Ok(())
            })
            .expect("WASI names are distinct");
    }
    linker
}

fn val_type(t: ValType) -> wasmi::ValType {
    match t {
        ValType::I32 => wasmi::ValType::I32,
        ValType::I64 => wasmi::ValType::I64,
        ValType::F32 => wasmi::ValType::F32,
        ValType::F64 => wasmi::ValType::F64,
        ValType::V128 => wasmi::ValType::V128,
        ValType::FuncRef => wasmi::ValType::FuncRef,
        ValType::ExternRef => wasmi::ValType::ExternRef,
        // Host signatures (WASI's) name no typed reference; the nearest type.
        ValType::Ref(r) if r.heap.is_func() => wasmi::ValType::FuncRef,
        ValType::Ref(_) => wasmi::ValType::ExternRef,
    }
}

/// WASI takes only numbers.
fn cell(v: &wasmi::Val) -> u64 {
    match v {
        wasmi::Val::I32(x) => *x as u32 as u64,
        wasmi::Val::I64(x) => *x as u64,
        wasmi::Val::F32(x) => x.to_bits() as u64,
        wasmi::Val::F64(x) => x.to_bits(),
        _ => 0,
    }
}

impl Engine for Wasmi {
    fn name(&self) -> String {
        "wasmi".to_string()
    }

    /// wasmi 2 has no exception handling.
    fn supports(&self, proposal: &str) -> bool {
        proposal != "exceptions"
    }

    fn compile(&self, wasm: &[u8]) -> anyhow::Result<Box<dyn Compiled>> {
        let module = Module::new(&self.engine, wasm)?;
        Ok(Box::new(WasmiModule {
            linker: self.linker.clone(),
            module,
        }))
    }
}

struct WasmiModule {
    linker: Linker<Data>,
    module: Module,
}

impl Compiled for WasmiModule {
    fn instantiate(&self, wasi: Option<&WasiSetup>) -> anyhow::Result<Box<dyn Running>> {
        let mut store = Store::new(self.module.engine(), wasi.map(PeerWasi::new).transpose()?);
        let instance = self.linker.instantiate_and_start(&mut store, &self.module)?;
        Ok(Box::new(WasmiInstance { store, instance }))
    }
}

struct WasmiInstance {
    store: Store<Data>,
    instance: Instance,
}

impl Running for WasmiInstance {
    fn invoke(&mut self, func: &str, args: &[Val]) -> anyhow::Result<Vec<Val>> {
        let f = self
            .instance
            .get_func(&self.store, func)
            .ok_or_else(|| anyhow::anyhow!("no exported function `{func}`"))?;
        let args = args.iter().map(|&a| to_wasmi(a)).collect::<anyhow::Result<Vec<_>>>()?;
        let mut out: Vec<_> = f
            .ty(&self.store)
            .results()
            .iter()
            .map(|&t| wasmi::Val::default_for_ty(t))
            .collect();
        let r = f.call(&mut self.store, &args, &mut out).map_err(anyhow::Error::from);
        let r = r.and_then(|()| out.iter().map(from_wasmi).collect());
        match self.store.data_mut() {
            Some(wasi) => wasi.finish(r),
            None => r,
        }
    }

    fn stdout(&self) -> Vec<u8> {
        self.store
            .data()
            .as_ref()
            .map(|w| w.ctx.captured_stdout().to_vec())
            .unwrap_or_default()
    }
}

fn to_wasmi(v: Val) -> anyhow::Result<wasmi::Val> {
    Ok(match v {
        Val::I32(x) => wasmi::Val::I32(x),
        Val::I64(x) => wasmi::Val::I64(x),
        Val::F32(x) => wasmi::Val::F32(wasmi::F32::from_bits(x)),
        Val::F64(x) => wasmi::Val::F64(wasmi::F64::from_bits(x)),
        Val::V128(x) => wasmi::Val::V128(x.into()),
        other => anyhow::bail!("cannot pass {other:?} to wasmi"),
    })
}

fn from_wasmi(v: &wasmi::Val) -> anyhow::Result<Val> {
    Ok(match v {
        wasmi::Val::I32(x) => Val::I32(*x),
        wasmi::Val::I64(x) => Val::I64(*x),
        wasmi::Val::F32(x) => Val::F32(x.to_bits()),
        wasmi::Val::F64(x) => Val::F64(x.to_bits()),
        wasmi::Val::V128(x) => Val::V128(x.as_u128()),
        other => anyhow::bail!("wasmi returned {other:?}, which this driver does not convert"),
    })
}
