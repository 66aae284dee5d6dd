//! Wasmtime as three peers: Cranelift (optimising JIT), Winch (baseline JIT) and
//! Pulley (Wasmtime's portable interpreter, fed by Cranelift).

use super::peer_wasi::{Cells, PeerWasi};
use super::{Compiled, Engine, Running, WasiSetup};
use wasmlab_core::wasi::{FUNCS, MODULE};
use wasmlab_core::{Val, ValType};
use wasmtime::{Caller, Config, Extern, FuncType, Instance, Linker, Module, Store, Strategy};

type Data = Option<PeerWasi>;

/// The three flavours, each with its engine and a linker holding the WASI functions.
/// A configuration this build cannot run is kept as its error, reported at compile.
pub struct Wasmtime {
    name: &'static str,
    inner: Result<(wasmtime::Engine, Linker<Data>), String>,
}

impl Wasmtime {
    pub fn all() -> Vec<Wasmtime> {
        vec![
            Self::new("wasmtime", |_| Ok(())),
            Self::new("winch", |c| {
                c.strategy(Strategy::Winch);
                Ok(())
            }),
            Self::new("pulley", |c| c.target("pulley64").map(drop)),
        ]
    }

    fn new(name: &'static str, configure: impl FnOnce(&mut Config) -> wasmtime::Result<()>) -> Wasmtime {
        let build = || -> wasmtime::Result<_> {
            let mut config = Config::new();
            configure(&mut config)?;
            let engine = wasmtime::Engine::new(&config)?;
            let linker = wasi_linker(&engine)?;
            Ok((engine, linker))
        };
        Wasmtime {
            name,
            inner: build().map_err(|e| format!("{e:#}")),
        }
    }
}

fn wasi_linker(engine: &wasmtime::Engine) -> wasmtime::Result<Linker<Data>> {
    let mut linker = Linker::new(engine);
    for &(name, params, results) in FUNCS {
        let ty = FuncType::new(
            engine,
            params.iter().map(|&t| val_type(t)),
            results.iter().map(|&t| val_type(t)),
        );
        linker.func_new(MODULE, name, ty, move |mut caller: Caller<'_, Data>, args, out| {
            let mem = caller
                .get_export("memory")
                .and_then(Extern::into_memory)
                .ok_or_else(|| wasmtime::format_err!("WASI call {name}: no exported memory"))?;
            let (bytes, data) = mem.data_and_store_mut(&mut caller);
            let wasi = data
                .as_mut()
                .ok_or_else(|| wasmtime::format_err!("WASI call {name} without WASI"))?;
            let cells: Cells = args.iter().map(|a| a.to_raw_cell()).collect();
            let errno = wasi
                .call(name, bytes, cells.as_slice())
                .map_err(|e| wasmtime::format_err!("{e}"))?;
            if let Some(r) = out.first_mut() {
                *r = wasmtime::Val::I32(errno as i32);
            }
            Ok(())
        })?;
    }
    Ok(linker)
}

fn val_type(t: ValType) -> wasmtime::ValType {
    match t {
        ValType::I32 => wasmtime::ValType::I32,
        ValType::I64 => wasmtime::ValType::I64,
        ValType::F32 => wasmtime::ValType::F32,
        ValType::F64 => wasmtime::ValType::F64,
        ValType::V128 => wasmtime::ValType::V128,
        ValType::FuncRef => wasmtime::ValType::FUNCREF,
        ValType::ExternRef => wasmtime::ValType::EXTERNREF,
        // Host signatures (WASI's) name no typed reference; the nearest type.
        ValType::Ref(r) if r.heap.is_func() => wasmtime::ValType::FUNCREF,
        ValType::Ref(_) => wasmtime::ValType::EXTERNREF,
    }
}

/// Host arguments as cells; WASI takes only numbers.
trait RawCell {
    fn to_raw_cell(&self) -> u64;
}

impl RawCell for wasmtime::Val {
    fn to_raw_cell(&self) -> u64 {
        match *self {
            wasmtime::Val::I32(v) => v as u32 as u64,
            wasmtime::Val::I64(v) => v as u64,
            wasmtime::Val::F32(v) => v as u64,
            wasmtime::Val::F64(v) => v,
            _ => 0,
        }
    }
}

impl Engine for Wasmtime {
    fn name(&self) -> String {
        self.name.to_string()
    }

    /// Winch, Wasmtime's baseline compiler, has no exception handling.
    fn supports(&self, proposal: &str) -> bool {
        !(self.name == "winch" && proposal == "exceptions")
    }

    fn compile(&self, wasm: &[u8]) -> anyhow::Result<Box<dyn Compiled>> {
        let (engine, linker) = self.inner.as_ref().map_err(|e| anyhow::anyhow!("{}: {e}", self.name))?;
        let module = Module::new(engine, wasm)?;
        Ok(Box::new(WasmtimeModule {
            linker: linker.clone(),
            module,
        }))
    }
}

struct WasmtimeModule {
    linker: Linker<Data>,
    module: Module,
}

impl Compiled for WasmtimeModule {
    fn instantiate(&self, wasi: Option<&WasiSetup>) -> anyhow::Result<Box<dyn Running>> {
        let mut store = Store::new(self.module.engine(), wasi.map(PeerWasi::new).transpose()?);
        let instance = self.linker.instantiate(&mut store, &self.module)?;
        Ok(Box::new(WasmtimeInstance { store, instance }))
    }
}

struct WasmtimeInstance {
    store: Store<Data>,
    instance: Instance,
}

impl Running for WasmtimeInstance {
    fn invoke(&mut self, func: &str, args: &[Val]) -> anyhow::Result<Vec<Val>> {
        let f = self
            .instance
            .get_func(&mut self.store, func)
            .ok_or_else(|| anyhow::anyhow!("no exported function `{func}`"))?;
        let args = args
            .iter()
            .map(|&a| to_wasmtime(a))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let ty = f.ty(&self.store);
        let mut out: Vec<_> = ty
            .results()
            .map(|t| wasmtime::Val::default_for_ty(&t).unwrap_or(wasmtime::Val::I32(0)))
            .collect();
        let r = f.call(&mut self.store, &args, &mut out).map_err(anyhow::Error::from);
        let r = r.and_then(|()| out.iter().map(from_wasmtime).collect());
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

fn to_wasmtime(v: Val) -> anyhow::Result<wasmtime::Val> {
    Ok(match v {
        Val::I32(x) => wasmtime::Val::I32(x),
        Val::I64(x) => wasmtime::Val::I64(x),
        Val::F32(x) => wasmtime::Val::F32(x),
        Val::F64(x) => wasmtime::Val::F64(x),
        Val::V128(x) => wasmtime::Val::V128(x.into()),
        Val::FuncRef(None) => wasmtime::Val::FuncRef(None),
        Val::ExternRef(None) => wasmtime::Val::ExternRef(None),
        other => anyhow::bail!("cannot pass {other:?} to wasmtime"),
    })
}

fn from_wasmtime(v: &wasmtime::Val) -> anyhow::Result<Val> {
    Ok(match *v {
        wasmtime::Val::I32(x) => Val::I32(x),
        wasmtime::Val::I64(x) => Val::I64(x),
        wasmtime::Val::F32(x) => Val::F32(x),
        wasmtime::Val::F64(x) => Val::F64(x),
        wasmtime::Val::V128(x) => Val::V128(x.as_u128()),
        wasmtime::Val::FuncRef(None) => Val::FuncRef(None),
        wasmtime::Val::ExternRef(None) => Val::ExternRef(None),
        ref other => anyhow::bail!("wasmtime returned {other:?}, which wasmlab cannot represent"),
    })
}
