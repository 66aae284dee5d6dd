//! Engines under measurement: wasmlab's back-ends and the peer engines, behind one
//! interface with the three phases sightglass measures separately — compile
//! (translate/validate), instantiate, execute.

use std::path::PathBuf;
use wasmlab_core::wasi::WasiCtx;
use wasmlab_core::Val;

/// How a workload's module is run.
#[derive(Clone, Debug)]
pub enum Workload {
    /// Call export `func` with `args` and return its results.
    Invoke { func: String, args: Vec<Val> },
    /// A WASI command: run `_start` as set up here; stdout is captured.
    Wasi(WasiSetup),
}

/// The world a WASI command runs in: the same for every engine, since every
/// engine runs wasmlab-core's WASI.
#[derive(Clone, Debug, Default)]
pub struct WasiSetup {
    /// Command-line arguments after the program name.
    pub args: Vec<String>,
    /// The whole environment the program sees.
    pub env: Vec<(String, String)>,
    /// A file read as stdin; none means an empty stdin.
    pub stdin: Option<PathBuf>,
    /// Preopened directories: host path, guest path, whether the program writes
    /// into it (then the runner gives each run a fresh copy).
    pub dirs: Vec<(PathBuf, String, bool)>,
    /// The exit code of a correct run.
    pub exit_code: i32,
}

impl WasiSetup {
    /// The WASI context for one run: argv[0] is `main` on every engine, so output
    /// that echoes it matches; stdout is captured.
    pub fn ctx(&self) -> anyhow::Result<WasiCtx> {
        use anyhow::Context;
        let argv = std::iter::once("main".to_string())
            .chain(self.args.iter().cloned())
            .collect();
        let stdin = match &self.stdin {
            Some(p) => std::fs::read(p).with_context(|| format!("cannot read stdin file `{}`", p.display()))?,
            None => Vec::new(),
        };
        let mut ctx = WasiCtx::new(argv, self.env.clone()).capture_stdout().stdin_bytes(stdin);
        for (host, guest, _) in &self.dirs {
            ctx = ctx
                .preopen_dir(host, guest)
                .with_context(|| format!("cannot preopen `{}`", host.display()))?;
        }
        Ok(ctx)
    }
}

/// One engine: a wasmlab back-end or a peer.
pub trait Engine {
    /// The name tables and `--peers` / `--backend` use, e.g. `switch`, `wasmtime`.
    fn name(&self) -> String;
    /// Compile phase: validate and translate (or JIT-compile) the module.
    fn compile(&self, wasm: &[u8]) -> anyhow::Result<Box<dyn Compiled>>;
    /// For an interpreter whose IR is visible: the IR bytes of the whole module,
    /// translated eagerly, and the Wasm code bytes it came from.
    fn ir_size(&self, _wasm: &[u8]) -> Option<(u64, u64)> {
        None
    }
    /// Whether the engine runs modules that use `proposal` (a benchmark's
    /// `needs`, such as `exceptions`).
    fn supports(&self, _proposal: &str) -> bool {
        true
    }
}

/// A compiled module.
pub trait Compiled {
    /// Instantiate phase: link (with WASI when `wasi` is given, stdout
    /// captured) and instantiate.
    fn instantiate(&self, wasi: Option<&WasiSetup>) -> anyhow::Result<Box<dyn Running>>;
}

/// An instance ready to execute.
pub trait Running {
    /// Execute phase: call an export. For a WASI command call `_start`; a
    /// `proc_exit` with the set-up's exit code counts as success (empty results),
    /// any other exit code is an error.
    fn invoke(&mut self, func: &str, args: &[Val]) -> anyhow::Result<Vec<Val>>;
    /// What a WASI program wrote to stdout so far.
    fn stdout(&self) -> Vec<u8>;
}

pub mod wasmlab;

/// Whether engines translate each function on its first call (the default) or
/// all in the compile phase: one setting for the process, chosen by `bench
/// --predecode`. wasmlab's back-ends follow it, and so does wasmi (its lazy
/// translation, which like wasmlab's validates eagerly).
static LAZY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

pub fn set_lazy_predecode(lazy: bool) {
    LAZY.store(lazy, std::sync::atomic::Ordering::Relaxed);
}

pub fn lazy_predecode() -> bool {
    LAZY.load(std::sync::atomic::Ordering::Relaxed)
}

/// Whether wasmlab's back-ends validate (and translate) a module's bodies on
/// the calling thread only, rather than on every core: one setting for the
/// process, chosen by `bench --serial-load`.
static SERIAL_LOAD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn set_serial_load(serial: bool) {
    SERIAL_LOAD.store(serial, std::sync::atomic::Ordering::Relaxed);
}

pub fn serial_load() -> bool {
    SERIAL_LOAD.load(std::sync::atomic::Ordering::Relaxed)
}

/// Every peer engine compiled into this build (cargo features `peer-*`).
#[allow(unused_mut, clippy::vec_init_then_push)]
pub fn peers() -> Vec<Box<dyn Engine>> {
    let mut v: Vec<Box<dyn Engine>> = Vec::new();
    #[cfg(feature = "peer-wasmtime")]
    v.extend(
        self::wasmtime::Wasmtime::all()
            .into_iter()
            .map(|e| Box::new(e) as Box<dyn Engine>),
    );
    #[cfg(feature = "peer-wasmi")]
    v.push(Box::new(self::wasmi::Wasmi::new()));
    #[cfg(feature = "peer-stitch")]
    v.push(Box::new(self::stitch::Stitch));
    #[cfg(feature = "peer-wasm3")]
    v.push(Box::new(self::wasm3::Wasm3));
    v
}

/// wasmlab's back-ends built into this binary, as engines.
pub fn backends() -> Vec<Box<dyn Engine>> {
    crate::backends::all()
        .into_iter()
        .map(|b| Box::new(wasmlab::Wasmlab(b)) as Box<dyn Engine>)
        .collect()
}

/// The engines named by `--backend` and `--peers` lists. An empty back-end list
/// means every back-end built; an empty peer list means `default_peers` (all peers
/// compiled in when `None`); `none` means no peers.
pub fn select(
    backend_names: &[String],
    peer_names: &[String],
    default_peers: Option<&[&str]>,
) -> anyhow::Result<Vec<Box<dyn Engine>>> {
    let pick = |all: Vec<Box<dyn Engine>>, names: &[String], what: &str| -> anyhow::Result<Vec<Box<dyn Engine>>> {
        let known: Vec<String> = all.iter().map(|e| e.name()).collect();
        for n in names {
            if !known.contains(n) {
                anyhow::bail!("no {what} named `{n}` in this build (built: {})", known.join(", "));
            }
        }
        Ok(all.into_iter().filter(|e| names.contains(&e.name())).collect())
    };
    let mut out = if backend_names.is_empty() {
        backends()
    } else {
        pick(backends_and_ablations(), backend_names, "back-end")?
    };
    let peer_list: Vec<String> = if peer_names.is_empty() {
        match default_peers {
            Some(d) => d
                .iter()
                .map(|s| s.to_string())
                .filter(|n| peers().iter().any(|p| &p.name() == n))
                .collect(),
            None => peers().iter().map(|p| p.name()).collect(),
        }
    } else if peer_names == ["none"] {
        Vec::new()
    } else {
        peer_names.to_vec()
    };
    out.extend(pick(peers(), &peer_list, "peer engine")?);
    Ok(out)
}

/// The back-ends plus the superinstruction back-end's ablation variants, which run
/// only when named.
pub fn backends_and_ablations() -> Vec<Box<dyn Engine>> {
    let ablations = crate::backends::ablations()
        .into_iter()
        .map(|b| Box::new(wasmlab::Wasmlab(b)) as Box<dyn Engine>);
    backends().into_iter().chain(ablations).collect()
}

/// Every engine of this build by name: back-ends first, then peers.
pub fn by_name(name: &str) -> anyhow::Result<Box<dyn Engine>> {
    let all: Vec<Box<dyn Engine>> = backends_and_ablations().into_iter().chain(peers()).collect();
    let names: Vec<String> = all.iter().map(|e| e.name()).collect();
    all.into_iter()
        .find(|e| e.name() == name)
        .ok_or_else(|| anyhow::anyhow!("no engine named `{name}` in this build (built: {})", names.join(", ")))
}

#[cfg(any(
    feature = "peer-wasmtime",
    feature = "peer-wasmi",
    feature = "peer-stitch",
    feature = "peer-wasm3"
))]
mod peer_wasi;
#[cfg(feature = "peer-stitch")]
pub mod stitch;
#[cfg(feature = "peer-wasm3")]
pub mod wasm3;
#[cfg(feature = "peer-wasmi")]
pub mod wasmi;
#[cfg(feature = "peer-wasmtime")]
pub mod wasmtime;
