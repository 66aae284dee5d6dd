//! `wasmlab disas`: the predecoded IR, one op a line.

use anyhow::{bail, Context};
use std::path::PathBuf;
use std::process::ExitCode;
use wasmlab::backends;
use wasmlab_core::ir::{disassemble, Op};
use wasmlab_core::Module;

#[derive(clap::Args)]
pub struct DisasArgs {
    /// The module (.wasm, or .wat text).
    #[arg(required_unless_present = "op_list")]
    pub file: Option<PathBuf>,
    /// Only this function (index in the function index space, imports included).
    #[arg(long)]
    pub func: Option<u32>,
    /// Show the IR as this back-end's predecoder options produce it.
    #[arg(long)]
    pub backend: Option<String>,
    /// Print the op list instead, one op a line: its tag (the `repr(u16)`
    /// discriminant, which indexes the switch loop's jump table) and its name.
    #[arg(long, conflicts_with_all = ["file", "func", "backend"])]
    pub op_list: bool,
}

pub fn main(a: DisasArgs) -> anyhow::Result<ExitCode> {
    let Some(file) = a.file else {
        for (tag, name) in Op::names().iter().enumerate() {
            println!("{tag} {name}");
        }
        return Ok(ExitCode::SUCCESS);
    };
    let backend = backends::by_name(a.backend.as_deref())?;
    let bytes = wasmlab::read_module_bytes(&file)?;
    let module = Module::with_options(&bytes, &backend.predecode_options())
        .with_context(|| format!("cannot load `{}`", file.display()))?;
    let total = module.funcs.len() as u32;
    if let Some(f) = a.func {
        if f >= total {
            bail!("no function {f}: the module has {total} (imports included)");
        }
    }
    let mut out = String::new();
    for idx in 0..total {
        if a.func.is_some_and(|f| f != idx) {
            continue;
        }
        let name = module
            .func_names
            .get(&idx)
            .map(|n| format!(" <{n}>"))
            .unwrap_or_default();
        let ty = module.func_type(idx);
        match module.body(idx) {
            None => {
                let imp = module
                    .imports
                    .iter()
                    .filter(|i| matches!(i.ty, wasmlab_core::module::ImportType::Func(_)))
                    .nth(idx as usize);
                let from = imp.map(|i| format!("{}::{}", i.module, i.name)).unwrap_or_default();
                out.push_str(&format!("func[{idx}]{name} {ty}: imported from {from}\n"));
            }
            Some(body) => {
                out.push_str(&format!("func[{idx}]{name} {ty}:\n"));
                out.push_str(&disassemble(body));
            }
        }
    }
    let (ir, wasm) = module.code_size();
    if wasm > 0 && a.func.is_none() {
        out.push_str(&format!(
            "; {} bodies: {ir} IR bytes for {wasm} Wasm code bytes, {:.2} per byte\n",
            module.bodies.len(),
            ir as f64 / wasm as f64
        ));
    }
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}
