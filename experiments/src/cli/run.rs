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
    /// Give the program host directory HOST, under the guest path GUEST (default:
    /// HOST as written). Repeatable. Nothing outside it is reachable through it.
    #[arg(long = "dir", value_name = "HOST[::GUEST]")]
    pub dirs: Vec<String>,
    /// Set an environment variable for the program (it sees no other). Repeatable;
    /// `--env NAME` alone passes the host's value of NAME.
    #[arg(long = "env", value_name = "NAME[=VALUE]")]
    pub envs: Vec<String>,
    /// Stop runaway code: each function entry and loop iteration spends one unit,
    /// and the run traps with "all fuel consumed" when none is left.
    #[arg(long)]
    pub fuel: Option<u64>,
    /// Translate every function when the module is loaded (`eager`), or each on
    /// its first call (`lazy`). Validation is eager either way.
    #[arg(long, value_parser = ["eager", "lazy"], default_value = "lazy")]
    pub predecode: String,
    /// Validate and translate the module's bodies on this thread only, rather
    /// than on every core (the default, for modules with enough code).
    #[arg(long)]
    pub serial_load: bool,
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
        lazy_predecode: a.predecode == "lazy",
        serial_load: a.serial_load,
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
    let mut ctx = WasiCtx::new(argv, parse_envs(&a.envs)?);
    for d in &a.dirs {
        let (host, guest) = d.split_once("::").unwrap_or((d, d));
        if !std::path::Path::new(host).is_dir() {
            bail!("--dir {d}: `{host}` is not a directory");
        }
        ctx = ctx
            .preopen_dir(host, guest)
            .with_context(|| format!("--dir {d}: cannot open `{host}`"))?;
    }
    wasi::define(&mut store, &mut linker, Arc::new(Mutex::new(ctx)));
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

/// `--env` values: `NAME=VALUE`, or `NAME` for the host's value (skipped when unset).
fn parse_envs(envs: &[String]) -> anyhow::Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for e in envs {
        match e.split_once('=') {
            Some(("", _)) => bail!("--env {e}: the name is empty"),
            Some((k, v)) => out.push((k.to_string(), v.to_string())),
            None => {
                if let Ok(v) = std::env::var(e) {
                    out.push((e.clone(), v));
                }
            }
        }
    }
    Ok(out)
}
