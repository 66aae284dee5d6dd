//! `wasmlab run`: in the manner of `wasmtime run --invoke`.

use anyhow::{bail, Context};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use wasmlab::backends;
use wasmlab_core::wasi::{self, WasiCtx};
use wasmlab_core::{Config, Error, Linker, Module, Store, Trap, Val};

#[derive(clap::Args)]
pub struct RunArgs {
    /// The module (.wasm, or .wat text).
    pub file: PathBuf,
    /// Call this export with ARGS instead of running `_start`.
    #[arg(long)]
    pub invoke: Option<String>,
    /// Back-end to run on (default: the first built).
    #[arg(long)]
    pub backend: Option<String>,
    /// Most Wasm call frames at once before "call stack exhausted".
    #[arg(long, default_value_t = Config::default().max_call_depth)]
    pub max_call_depth: usize,
    /// Most 64 KiB pages any memory may grow to.
    #[arg(long, default_value_t = Config::default().max_memory_pages)]
    pub max_memory_pages: u64,
    /// Stop runaway code: each function entry and loop iteration spends one unit,
    /// and the run traps with "all fuel consumed" when none is left.
    #[arg(long)]
    pub fuel: Option<u64>,
    /// Arguments: typed by the export's parameters with `--invoke`, else the WASI
    /// program's command line (after `--`).
    #[arg(allow_hyphen_values = true, trailing_var_arg = true)]
    pub args: Vec<String>,
}

pub fn main(a: RunArgs) -> anyhow::Result<ExitCode> {
    let backend = backends::by_name(a.backend.as_deref())?;
    let bytes = wasmlab::read_module_bytes(&a.file)?;
    let config = Config {
        max_call_depth: a.max_call_depth,
        max_memory_pages: a.max_memory_pages,
        fuel: a.fuel,
        ..Config::default()
    };
    let mut store = Store::new(backend, config);
    let module = Module::for_store(&bytes, &store).with_context(|| format!("cannot load `{}`", a.file.display()))?;
    let mut linker = Linker::new();
    // WASI is always linked, so `--invoke` works on WASI programs' exports too.
    let mut argv = vec![a.file.display().to_string()];
    if a.invoke.is_none() {
        argv.extend(a.args.iter().cloned());
    }
    let env: Vec<(String, String)> = std::env::vars().collect();
    wasi::define(&mut store, &mut linker, Arc::new(Mutex::new(WasiCtx::new(argv, env))));
    let instance = linker.instantiate(&mut store, Arc::new(module))?;
    let Some(name) = a.invoke.as_deref() else {
        let start = store
            .export_func(instance, "_start")
            .context("not a WASI command; use --invoke NAME")?;
        return match store.invoke(start, &[]) {
            Ok(_) => Ok(ExitCode::SUCCESS),
            Err(Error::Trap(Trap::Exit(code))) => Ok(ExitCode::from(code as u8)),
            Err(e) => Err(e.into()),
        };
    };
    let func = store.export_func(instance, name)?;
    let ty = store.func_type(func).clone();
    if a.args.len() != ty.params.len() {
        bail!(
            "`{name}` has type {ty}: it takes {} argument(s), {} given",
            ty.params.len(),
            a.args.len()
        );
    }
    let args = a
        .args
        .iter()
        .zip(ty.params.iter())
        .enumerate()
        .map(|(i, (s, t))| Val::parse(*t, s).map_err(|e| anyhow::anyhow!("argument {i}: {e}")))
        .collect::<anyhow::Result<Vec<_>>>()?;
    match store.invoke(func, &args) {
        Ok(results) => {
            for r in results {
                println!("{r}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(Error::Trap(Trap::Exit(code))) => Ok(ExitCode::from(code as u8)),
        Err(e) => Err(e.into()),
    }
}
