//! Runs spec-format test scripts (`.wast`) on one back-end: the code behind
//! `wasmlab wast` and the spec suite in `cargo test`.

use std::collections::HashMap;
use std::sync::Arc;
use wasmlab_core::{Backend, Config, Error, InstanceId, Linker, Module, Store, Trap, Val};
use wast::core::{AbstractHeapType, HeapType, NanPattern, V128Pattern, WastArgCore, WastRetCore};
use wast::lexer::Lexer;
use wast::parser::{self, ParseBuffer};
use wast::{QuoteWat, Wast, WastArg, WastDirective, WastExecute, WastInvoke, WastRet};

/// One directive that did not do what the script asserts.
#[derive(Clone, Debug)]
pub struct Failure {
    /// 1-based line of the directive.
    pub line: usize,
    pub message: String,
}

/// The outcome of one script.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub name: String,
    pub passed: usize,
    pub failures: Vec<Failure>,
}

impl Report {
    pub fn total(&self) -> usize {
        self.passed + self.failures.len()
    }
}

/// Runs the script `text` (named `name` in messages) on `backend`.
pub fn run(name: &str, text: &str, backend: Arc<dyn Backend>) -> Report {
    let mut report = Report {
        name: name.to_string(),
        ..Report::default()
    };
    let mut lexer = Lexer::new(text);
    lexer.allow_confusing_unicode(true);
    let buf = match ParseBuffer::new_with_lexer(lexer) {
        Ok(b) => b,
        Err(e) => {
            report.failures.push(Failure {
                line: 0,
                message: format!("cannot lex script: {e}"),
            });
            return report;
        }
    };
    let script = match parser::parse::<Wast>(&buf) {
        Ok(s) => s,
        Err(e) => {
            report.failures.push(Failure {
                line: 0,
                message: format!("cannot parse script: {e}"),
            });
            return report;
        }
    };
    let mut ctx = match Context::new(backend) {
        Ok(c) => c,
        Err(e) => {
            report.failures.push(Failure {
                line: 0,
                message: format!("cannot set up spectest: {e}"),
            });
            return report;
        }
    };
    for directive in script.directives {
        let line = directive.span().linecol_in(text).0 + 1;
        // A panic is a bug in wasmlab, never an expected outcome: report it as a failure
        // of this directive and go on with a fresh context.
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ctx.directive(directive)));
        match outcome {
            Ok(Ok(())) => report.passed += 1,
            Ok(Err(message)) => report.failures.push(Failure { line, message }),
            Err(p) => {
                report.failures.push(Failure {
                    line,
                    message: format!("PANIC: {}", crate::panic_message(&*p).unwrap_or_default()),
                });
                return report;
            }
        }
    }
    report
}

struct Context {
    backend: Arc<dyn Backend>,
    store: Store,
    linker: Linker,
    current: Option<InstanceId>,
    named: HashMap<String, InstanceId>,
    definitions: HashMap<String, Arc<Module>>,
}

type Outcome = Result<(), String>;

impl Context {
    fn new(backend: Arc<dyn Backend>) -> Result<Context, Error> {
        let mut store = Store::new(backend.clone(), Config::default());
        let mut linker = Linker::new();
        crate::spectest::define(&mut store, &mut linker)?;
        Ok(Context {
            backend,
            store,
            linker,
            current: None,
            named: HashMap::new(),
            definitions: HashMap::new(),
        })
    }

    /// Lazily predecoded, as `run` loads modules: the spec suite runs the
    /// translate-on-first-call path on every back-end.
    fn compile(&self, bytes: &[u8]) -> Result<Arc<Module>, Error> {
        let opts = wasmlab_core::predecode::Options {
            lazy: true,
            ..self.backend.predecode_options()
        };
        Module::with_options(bytes, &opts).map(Arc::new)
    }

    fn instance(&self, name: Option<wast::token::Id<'_>>) -> Result<InstanceId, String> {
        match name {
            Some(id) => self
                .named
                .get(id.name())
                .copied()
                .ok_or_else(|| format!("no module named ${}", id.name())),
            None => self.current.ok_or_else(|| "no module instantiated yet".to_string()),
        }
    }

    fn instantiate(&mut self, module: Arc<Module>, name: Option<&str>) -> Result<InstanceId, Error> {
        let id = self.linker.instantiate(&mut self.store, module)?;
        self.current = Some(id);
        if let Some(n) = name {
            self.named.insert(n.to_string(), id);
        }
        Ok(id)
    }

    fn directive(&mut self, d: WastDirective<'_>) -> Outcome {
        match d {
            WastDirective::Module(mut qw) => {
                let name = qw.name().map(|id| id.name().to_string());
                let bytes = qw.encode().map_err(|e| format!("cannot encode module: {e}"))?;
                let module = self
                    .compile(&bytes)
                    .map_err(|e| format!("module failed to compile: {e}"))?;
                self.instantiate(module, name.as_deref())
                    .map_err(|e| format!("module failed to instantiate: {e}"))?;
                Ok(())
            }
            WastDirective::ModuleDefinition(mut qw) => {
                let name = qw.name().map(|id| id.name().to_string());
                let bytes = qw.encode().map_err(|e| format!("cannot encode module: {e}"))?;
                let module = self
                    .compile(&bytes)
                    .map_err(|e| format!("module failed to compile: {e}"))?;
                if let Some(n) = name {
                    self.definitions.insert(n, module);
                }
                Ok(())
            }
            WastDirective::ModuleInstance { instance, module, .. } => {
                let def = module.ok_or("module instance without a module name")?;
                let m = self
                    .definitions
                    .get(def.name())
                    .cloned()
                    .ok_or_else(|| format!("no definition ${}", def.name()))?;
                self.instantiate(m, instance.map(|i| i.name()))
                    .map_err(|e| format!("instantiation failed: {e}"))?;
                Ok(())
            }
            WastDirective::Register { name, module, .. } => {
                let id = self.instance(module)?;
                self.linker.register(&self.store, name, id);
                Ok(())
            }
            WastDirective::Invoke(inv) => self.invoke(&inv).map(|_| ()).map_err(|e| format!("invoke failed: {e}")),
            WastDirective::AssertReturn { exec, results, .. } => {
                let got = self.execute(exec).map_err(|e| format!("expected a return, got: {e}"))?;
                check_results(&got, &results)
            }
            WastDirective::AssertTrap { exec, message, .. } => match self.execute(exec) {
                Ok(vals) => Err(format!("expected trap `{message}`, got {vals:?}")),
                Err(Error::Trap(t)) if trap_matches(&t, message) => Ok(()),
                Err(e) => Err(format!("expected trap `{message}`, got: {e}")),
            },
            WastDirective::AssertException { exec, .. } => match self.execute(exec) {
                Err(Error::Trap(Trap::Exception)) => Ok(()),
                Ok(vals) => Err(format!("expected an uncaught exception, got {vals:?}")),
                Err(e) => Err(format!("expected an uncaught exception, got: {e}")),
            },
            WastDirective::AssertExhaustion { call, message, .. } => match self.invoke(&call) {
                Err(Error::Trap(Trap::StackExhausted)) => Ok(()),
                Ok(vals) => Err(format!("expected exhaustion `{message}`, got {vals:?}")),
                Err(e) => Err(format!("expected exhaustion `{message}`, got: {e}")),
            },
            WastDirective::AssertInvalid { module, message, .. } => self.expect_rejected(module, message),
            WastDirective::AssertMalformed { module, message, .. } => match module {
                // A quoted text module that does not parse is malformed text: rejected.
                QuoteWat::QuoteModule(..) => Ok(()),
                m => self.expect_rejected(m, message),
            },
            WastDirective::AssertUnlinkable {
                mut module, message, ..
            } => {
                let bytes = module.encode().map_err(|e| format!("cannot encode module: {e}"))?;
                let m = self
                    .compile(&bytes)
                    .map_err(|e| format!("module failed to compile: {e}"))?;
                match self.linker.instantiate(&mut self.store, m) {
                    Ok(_) => Err(format!("expected unlinkable `{message}`, but it linked")),
                    Err(Error::UnknownImport { .. } | Error::IncompatibleImport { .. }) => Ok(()),
                    Err(e) => Err(format!("expected unlinkable `{message}`, got: {e}")),
                }
            }
            other => Err(format!("unsupported directive {:?}", std::mem::discriminant(&other))),
        }
    }

    fn expect_rejected(&self, mut module: QuoteWat<'_>, message: &str) -> Outcome {
        let bytes = match module.encode() {
            Ok(b) => b,
            Err(_) => return Ok(()),
        };
        match self.compile(&bytes) {
            Ok(_) => Err(format!("expected the module to be rejected ({message}), but it loaded")),
            Err(_) => Ok(()),
        }
    }

    fn invoke(&mut self, inv: &WastInvoke<'_>) -> Result<Vec<Val>, Error> {
        let id = self.instance(inv.module).map_err(Error::Runtime)?;
        let f = self.store.export_func(id, inv.name)?;
        let args = inv
            .args
            .iter()
            .map(arg)
            .collect::<Result<Vec<_>, _>>()
            .map_err(Error::Runtime)?;
        self.store.invoke(f, &args)
    }

    fn execute(&mut self, exec: WastExecute<'_>) -> Result<Vec<Val>, Error> {
        match exec {
            WastExecute::Invoke(inv) => self.invoke(&inv),
            WastExecute::Get { module, global, .. } => {
                let id = self.instance(module).map_err(Error::Runtime)?;
                match self.store.export(id, global) {
                    Some(wasmlab_core::Extern::Global(g)) => Ok(vec![self.store.global_value(g)]),
                    _ => Err(Error::UnknownExport(global.to_string())),
                }
            }
            WastExecute::Wat(mut wat) => {
                let bytes = wat.encode().map_err(|e| Error::Invalid(e.to_string()))?;
                let m = self.compile(&bytes)?;
                self.linker.instantiate(&mut self.store, m).map(|_| Vec::new())
            }
        }
    }
}

fn trap_matches(t: &Trap, expected: &str) -> bool {
    let got = t.to_string();
    got.contains(expected) || expected.contains(&got)
}

fn arg(a: &WastArg<'_>) -> Result<Val, String> {
    let WastArg::Core(a) = a else {
        return Err("component arguments are not supported".into());
    };
    Ok(match a {
        WastArgCore::I32(v) => Val::I32(*v),
        WastArgCore::I64(v) => Val::I64(*v),
        WastArgCore::F32(v) => Val::F32(v.bits),
        WastArgCore::F64(v) => Val::F64(v.bits),
        WastArgCore::RefNull(HeapType::Abstract {
            ty: AbstractHeapType::Func,
            ..
        }) => Val::FuncRef(None),
        WastArgCore::RefNull(HeapType::Abstract {
            ty: AbstractHeapType::Extern,
            ..
        }) => Val::ExternRef(None),
        WastArgCore::RefExtern(n) => Val::ExternRef(Some(*n)),
        WastArgCore::V128(v) => Val::V128(u128::from_le_bytes(v.to_le_bytes())),
        other => return Err(format!("unsupported argument {other:?}")),
    })
}

fn check_results(got: &[Val], want: &[WastRet<'_>]) -> Outcome {
    if got.len() != want.len() {
        return Err(format!("expected {} result(s), got {got:?}", want.len()));
    }
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        let WastRet::Core(w) = w else {
            return Err("component results are not supported".into());
        };
        if !matches_ret(g, w) {
            return Err(format!("result {i}: expected {w:?}, got {g:?}"));
        }
    }
    Ok(())
}

fn matches_f32(g: u32, p: &NanPattern<wast::token::F32>) -> bool {
    match p {
        NanPattern::CanonicalNan => g & 0x7fff_ffff == 0x7fc0_0000,
        NanPattern::ArithmeticNan => g & 0x7fc0_0000 == 0x7fc0_0000,
        NanPattern::Value(v) => g == v.bits,
    }
}

fn matches_f64(g: u64, p: &NanPattern<wast::token::F64>) -> bool {
    match p {
        NanPattern::CanonicalNan => g & 0x7fff_ffff_ffff_ffff == 0x7ff8_0000_0000_0000,
        NanPattern::ArithmeticNan => g & 0x7ff8_0000_0000_0000 == 0x7ff8_0000_0000_0000,
        NanPattern::Value(v) => g == v.bits,
    }
}

/// A vector against a lane pattern: integer lanes exactly, float lanes as
/// `matches_f32`/`matches_f64` (a NaN pattern per lane).
fn matches_v128(g: u128, p: &V128Pattern) -> bool {
    let bytes = g.to_le_bytes();
    let lane = |i: usize, n: usize| {
        bytes[i * n..(i + 1) * n]
            .iter()
            .rev()
            .fold(0u64, |a, &b| a << 8 | b as u64)
    };
    match p {
        V128Pattern::I8x16(w) => w.iter().enumerate().all(|(i, &w)| lane(i, 1) as u8 == w as u8),
        V128Pattern::I16x8(w) => w.iter().enumerate().all(|(i, &w)| lane(i, 2) as u16 == w as u16),
        V128Pattern::I32x4(w) => w.iter().enumerate().all(|(i, &w)| lane(i, 4) as u32 == w as u32),
        V128Pattern::I64x2(w) => w.iter().enumerate().all(|(i, &w)| lane(i, 8) == w as u64),
        V128Pattern::F32x4(w) => w.iter().enumerate().all(|(i, w)| matches_f32(lane(i, 4) as u32, w)),
        V128Pattern::F64x2(w) => w.iter().enumerate().all(|(i, w)| matches_f64(lane(i, 8), w)),
    }
}

fn matches_ret(got: &Val, want: &WastRetCore<'_>) -> bool {
    match (got, want) {
        (Val::I32(g), WastRetCore::I32(w)) => g == w,
        (Val::I64(g), WastRetCore::I64(w)) => g == w,
        (Val::F32(g), WastRetCore::F32(p)) => matches_f32(*g, p),
        (Val::F64(g), WastRetCore::F64(p)) => matches_f64(*g, p),
        (Val::V128(g), WastRetCore::V128(p)) => matches_v128(*g, p),
        (Val::FuncRef(None), WastRetCore::RefNull(t)) => {
            matches!(
                t,
                None | Some(HeapType::Abstract {
                    ty: AbstractHeapType::Func,
                    ..
                })
            )
        }
        (Val::ExternRef(None), WastRetCore::RefNull(t)) => {
            matches!(
                t,
                None | Some(HeapType::Abstract {
                    ty: AbstractHeapType::Extern,
                    ..
                })
            )
        }
        (Val::ExternRef(Some(g)), WastRetCore::RefExtern(w)) => w.is_none_or(|w| w == *g),
        (Val::FuncRef(Some(_)), WastRetCore::RefFunc(_)) => true,
        (g, WastRetCore::Either(options)) => options.iter().any(|o| matches_ret(g, o)),
        _ => false,
    }
}
