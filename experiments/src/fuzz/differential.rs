//! Differential runs: wasm-smith modules run on wasmi (the oracle) and on every
//! wasmlab back-end must agree on acceptance, results, traps, exported globals
//! and exported memories.
//!
//! Calls are fuelled (wasm-smith's `ensure_termination`, refilled before each
//! call), so nothing hangs and recursion stays far below every stack limit.

use super::observe::{self, Observed};
use super::{finding, generate, no_panic, oracle, referee, Budget, Finding};
use std::collections::BTreeMap;
use std::fmt;
use std::mem::discriminant;
use std::path::Path;
use std::sync::Arc;
use wasmlab_core::{Backend, Config, Extern, InstanceId, Linker, Module, Store, Trap, Val};

/// A trap, as precisely as both engines can say it.
#[derive(Clone, Debug)]
pub(super) enum Kind {
    Unreachable,
    IntegerOverflow,
    DivideByZero,
    BadConversion,
    MemoryOob,
    /// wasmi reports a `call_indirect` index past the table's end as a plain
    /// table-bounds trap, where wasmlab says "undefined element" as the spec
    /// tests do; both are this one category.
    TableOob,
    /// A null entry reached by `call_indirect` (wasmi: IndirectCallToNull).
    Uninitialized,
    BadSignature,
    StackExhausted,
    /// Anything else, with the engine's message; messages are not compared.
    // Read only through Debug, in divergence reports.
    Other(#[allow(dead_code)] String),
}

impl PartialEq for Kind {
    fn eq(&self, other: &Kind) -> bool {
        discriminant(self) == discriminant(other)
    }
}

/// A value as compared: any NaN equals any NaN; references only by nullness,
/// since addresses are each engine's own.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum V {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    /// A vector's bits, NaN payloads of float lanes included: wasm-smith
    /// canonicalises every NaN a float op makes (`canonicalize_nans`), lanes too.
    V128(u128),
    NaN,
    Null,
    Ref,
}

#[derive(Debug, PartialEq)]
pub(super) enum Outcome {
    Returned(Vec<V>),
    Trapped(Kind),
}

#[derive(Debug, PartialEq)]
pub(super) struct Call {
    pub func: String,
    pub round: usize,
    pub outcome: Outcome,
    /// Fuel left afterwards: catches a different path that happens to end in
    /// the same result.
    pub fuel: V,
}

/// Everything one engine showed of one module.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Observation {
    /// `Some` when instantiation (segments, start function) trapped.
    pub instantiation_trap: Option<Kind>,
    pub calls: Vec<Call>,
    pub globals: Vec<(String, V)>,
    /// Name, byte length, hash of the contents.
    pub memories: Vec<(String, usize, u64)>,
}

/// The exports a driver walks: functions with their parameter types, globals
/// and memories, each sorted by name: wasmi lists exports by name rather than
/// in declaration order, and calls must come in the same order everywhere.
#[derive(Default)]
pub(super) struct Exports {
    pub funcs: Vec<String>,
    pub globals: Vec<String>,
    pub memories: Vec<String>,
}

impl Exports {
    pub fn sort(&mut self) {
        self.funcs.sort();
        self.globals.sort();
        self.memories.sort();
    }
}

/// Calls per exported function: zeros, then edge values (`generate::args`).
pub(super) const ROUNDS: usize = 2;

pub(super) fn from_wasmlab(v: Val) -> V {
    match v {
        Val::I32(x) => V::I32(x),
        Val::I64(x) => V::I64(x),
        Val::F32(x) if f32::from_bits(x).is_nan() => V::NaN,
        Val::F64(x) if f64::from_bits(x).is_nan() => V::NaN,
        Val::F32(x) => V::F32(x),
        Val::F64(x) => V::F64(x),
        Val::FuncRef(r) | Val::ExternRef(r) => r.map_or(V::Null, |_| V::Ref),
        Val::V128(x) => V::V128(x),
    }
}

fn wasmlab_kind(e: &wasmlab_core::Error) -> Kind {
    match e.as_trap() {
        Some(Trap::Unreachable) => Kind::Unreachable,
        Some(Trap::IntegerOverflow) => Kind::IntegerOverflow,
        Some(Trap::IntegerDivideByZero) => Kind::DivideByZero,
        Some(Trap::InvalidConversionToInteger) => Kind::BadConversion,
        Some(Trap::MemoryOutOfBounds) => Kind::MemoryOob,
        Some(Trap::TableOutOfBounds | Trap::UndefinedElement) => Kind::TableOob,
        Some(Trap::UninitializedElement) => Kind::Uninitialized,
        Some(Trap::IndirectCallTypeMismatch) => Kind::BadSignature,
        Some(Trap::StackExhausted) => Kind::StackExhausted,
        _ => Kind::Other(e.to_string()),
    }
}

fn observe_wasmlab(bytes: &[u8], backend: &Arc<dyn Backend>) -> Result<Observation, String> {
    let module = Module::for_backend(bytes, backend.as_ref()).map_err(|e| e.to_string())?;
    let mut exports = Exports::default();
    for (name, ty) in module.export_types() {
        match ty {
            wasmlab_core::ExternType::Func(_) => exports.funcs.push(name),
            wasmlab_core::ExternType::Global(_) if name != generate::FUEL_EXPORT => exports.globals.push(name),
            wasmlab_core::ExternType::Memory(_) => exports.memories.push(name),
            _ => {}
        }
    }
    exports.sort();
    let mut store = Store::new(backend.clone(), Config::default());
    let id = match Linker::new().instantiate(&mut store, Arc::new(module)) {
        Ok(id) => id,
        Err(e) => {
            return Ok(Observation {
                instantiation_trap: Some(wasmlab_kind(&e)),
                ..Observation::default()
            })
        }
    };
    let fuel = wasmlab_global(&store, id, generate::FUEL_EXPORT);
    Ok(observe::observe(&exports, &mut Wasmlab { store, id, fuel }))
}

/// A wasmlab instance under observation; `fuel` is the fuel global's address.
struct Wasmlab {
    store: Store,
    id: InstanceId,
    fuel: u32,
}

fn wasmlab_global(store: &Store, id: InstanceId, name: &str) -> u32 {
    match store.export(id, name) {
        Some(Extern::Global(a)) => a,
        other => panic!("export `{name}` should be a global, is {other:?}"),
    }
}

impl Observed for Wasmlab {
    fn refuel(&mut self) {
        self.store.globals[self.fuel as usize].value = generate::FUEL as u64;
    }

    fn call(&mut self, name: &str, round: usize) -> Outcome {
        let f = self.store.export_func(self.id, name).expect("exported function");
        let params = self.store.func_type(f).params.clone();
        match self.store.invoke(f, &generate::args(&params, round)) {
            Ok(vals) => Outcome::Returned(vals.into_iter().map(from_wasmlab).collect()),
            Err(e) => Outcome::Trapped(wasmlab_kind(&e)),
        }
    }

    fn fuel(&mut self) -> V {
        from_wasmlab(self.store.global_value(self.fuel))
    }

    fn global(&mut self, name: &str) -> V {
        from_wasmlab(self.store.global_value(wasmlab_global(&self.store, self.id, name)))
    }

    fn memory(&mut self, name: &str) -> &[u8] {
        let Some(Extern::Memory(a)) = self.store.export(self.id, name) else {
            panic!("export `{name}` should be a memory")
        };
        &self.store.memories[a as usize].data
    }
}

/// The first difference between the oracle and a back-end, if any. A stack
/// limit reached on one side only is a difference in resource limits, not in
/// semantics: the calls before it are compared and the rest is not.
fn first_difference(oracle: &Observation, got: &Observation) -> Option<String> {
    if oracle.instantiation_trap != got.instantiation_trap {
        return Some(format!(
            "instantiation: wasmi {:?}, wasmlab {:?}",
            oracle.instantiation_trap, got.instantiation_trap
        ));
    }
    for (a, b) in oracle.calls.iter().zip(&got.calls) {
        if a != b {
            let limit = Outcome::Trapped(Kind::StackExhausted);
            if a.outcome == limit || b.outcome == limit {
                return None;
            }
            return Some(format!(
                "call `{}` round {}:\n  wasmi   {a:?}\n  wasmlab {b:?}",
                a.func, a.round
            ));
        }
    }
    if oracle.globals != got.globals {
        return Some(format!(
            "globals:\n  wasmi   {:?}\n  wasmlab {:?}",
            oracle.globals, got.globals
        ));
    }
    if oracle.memories != got.memories {
        return Some(format!(
            "memories:\n  wasmi   {:?}\n  wasmlab {:?}",
            oracle.memories, got.memories
        ));
    }
    None
}

/// What a differential run did.
#[derive(Debug, Default)]
pub struct Report {
    pub generated: u64,
    /// wasm-smith could not build a module from the seed's bytes.
    pub unbuildable: u64,
    /// Modules wasmi rejected; Wasmtime decides them.
    pub rejected: u64,
    /// Seeds on which wasmi panicked; Wasmtime decides them too.
    pub oracle_panics: Vec<u64>,
    /// Of the rejected and panicked, the ones Wasmtime ran (the rest it rejected).
    pub refereed: u64,
    /// Seeds where wasmi's observation differed from a back-end's and Wasmtime's
    /// agreed with the back-end: wasmi's errors, not findings. Each with where wasmi
    /// differed (from the first back-end that showed it), what to look at when
    /// reporting the error upstream.
    pub wasmi_outvoted: BTreeMap<u64, String>,
    /// Modules run to the end, per back-end, in the order of `backends`.
    pub run: Vec<(&'static str, u64)>,
    /// Calls compared, over all back-ends.
    pub calls: u64,
    /// The oracle's outcomes by kind, to show what the modules exercise.
    pub outcomes: BTreeMap<String, u64>,
    /// Divergences and panics, each with the input kept under the run's directory.
    pub findings: Vec<Finding>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let run: Vec<String> = self.run.iter().map(|(b, n)| format!("{b} {n}")).collect();
        writeln!(
            f,
            "differential: {} modules generated ({} seeds unbuildable, {} rejected by wasmi, {} on which wasmi \
             panicked {:?}, of which Wasmtime ran {}), run per back-end: {}; {} calls over all back-ends; {} \
             divergences; wasmi outvoted by Wasmtime and wasmlab on {} seeds {:?}",
            self.generated,
            self.unbuildable,
            self.rejected,
            self.oracle_panics.len(),
            self.oracle_panics,
            self.refereed,
            run.join(", "),
            self.calls,
            self.findings.len(),
            self.wasmi_outvoted.len(),
            self.wasmi_outvoted.keys().collect::<Vec<_>>(),
        )?;
        write!(f, "wasmi's outcomes: {:?}", self.outcomes)?;
        for (seed, how) in &self.wasmi_outvoted {
            write!(f, "\nwasmi outvoted on seed {seed}: {how}")?;
        }
        Ok(())
    }
}

fn label(k: &Kind) -> String {
    match k {
        Kind::Other(_) => "other error".to_string(),
        k => format!("{k:?}"),
    }
}

/// Runs the seeds of `budget` on `backends` and on wasmi; a divergent module is
/// written to `dir` and passed to `on_finding` as it is found.
pub fn run(
    backends: &[std::sync::Arc<dyn Backend>],
    budget: &mut Budget,
    dir: &Path,
    mut on_finding: impl FnMut(&Finding),
) -> Report {
    let engine = oracle::engine();
    let referee_engine = referee::engine();
    let mut report = Report {
        run: backends.iter().map(|b| (b.name(), 0)).collect(),
        ..Report::default()
    };
    while let Some(seed) = budget.next_seed() {
        let Some(bytes) = generate::generate(seed) else {
            report.unbuildable += 1;
            continue;
        };
        report.generated += 1;
        // A crash (a signal, not a panic) ends the process: the case it died on
        // is left here to run again.
        let _ = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(dir.join("last-case.wasm"), &bytes));
        let oracle = match no_panic(|| oracle::observe(&engine, &bytes)) {
            Ok(o) => {
                if o.is_err() {
                    report.rejected += 1;
                }
                o
            }
            // wasmi's own bug, not a divergence of wasmlab's: Wasmtime decides
            // the case, as it does a module wasmi rejects.
            Err(panic) => {
                report.oracle_panics.push(seed);
                Err(format!("the oracle {panic}"))
            }
        };
        if let Ok(o) = &oracle {
            let instantiation = o
                .instantiation_trap
                .iter()
                .map(|k| format!("instantiation {}", label(k)));
            let calls = o.calls.iter().map(|c| match &c.outcome {
                Outcome::Returned(_) => "returned".to_string(),
                Outcome::Trapped(k) => label(k),
            });
            for key in instantiation.chain(calls) {
                *report.outcomes.entry(key).or_default() += 1;
            }
        }
        // Wasmtime's observation, made the first time a case needs it.
        let mut verdict: Option<Result<Result<Observation, String>, String>> = None;
        for (i, b) in backends.iter().enumerate() {
            let got = no_panic(|| observe_wasmlab(&bytes, b));
            let difference = match &got {
                Err(panic) => Some(panic.clone()),
                Ok(got) => match (&oracle, got) {
                    (Ok(o), Ok(g)) => first_difference(o, g),
                    (Err(_), Err(_)) => None,
                    (Ok(_), Err(e)) => Some(format!("wasmlab rejects what wasmi accepts: {e}")),
                    (Err(e), Ok(_)) => Some(format!("wasmlab accepts what wasmi rejects: {e}")),
                },
            };
            // Where wasmi disagrees or cannot say, Wasmtime decides.
            let difference = match (difference, &got) {
                (Some(d), Ok(g)) => {
                    let w = verdict.get_or_insert_with(|| match &referee_engine {
                        Ok(e) => no_panic(|| referee::observe(e, &bytes)),
                        Err(e) => Err(format!("cannot run: {e}")),
                    });
                    match (w, g) {
                        (Ok(Ok(w)), Ok(g)) if first_difference(w, g).is_none() => {
                            if oracle.is_ok() {
                                report.wasmi_outvoted.entry(seed).or_insert(d);
                            }
                            None
                        }
                        (Ok(Err(_)), Err(_)) => None,
                        (Ok(w), _) => Some(format!("{d}\n  Wasmtime agrees with neither: {w:?}")),
                        (Err(panic), _) => Some(format!("{d}\n  Wasmtime {panic}")),
                    }
                }
                (d, _) => d,
            };
            if let Ok(Ok(g)) = &got {
                if oracle.is_ok() || matches!(verdict, Some(Ok(Ok(_)))) {
                    report.run[i].1 += 1;
                    report.calls += g.calls.len() as u64;
                }
            }
            if let Some(d) = difference {
                let f = finding(dir, seed, b.name(), d, &bytes);
                on_finding(&f);
                report.findings.push(f);
            }
        }
        if oracle.is_err() && matches!(verdict, Some(Ok(Ok(_)))) {
            report.refereed += 1;
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasmlab_core::ValType;

    /// The harness itself: the three engines observe one module alike (each
    /// call's result and fuel, exported globals and memories), and a difference
    /// in any of them is reported.
    #[test]
    fn every_engine_is_observed_alike_and_differences_show() {
        let wat = format!(
            r#"(module
                (global $fuel (export "{}") (mut i32) (i32.const 0))
                (global $g (export "g") (mut i64) (i64.const 0))
                (memory (export "m") 1)
                (func (export "f") (param i32) (result i32)
                    (global.set $fuel (i32.sub (global.get $fuel) (i32.const 3)))
                    (global.set $g (i64.extend_i32_s (local.get 0)))
                    (i32.store (i32.const 8) (local.get 0))
                    (i32.add (local.get 0) (i32.const 1))))"#,
            generate::FUEL_EXPORT
        );
        let bytes = wat::parse_str(&wat).unwrap();
        let oracle = oracle::observe(&oracle::engine(), &bytes).unwrap();
        let (zero, edge) = (&oracle.calls[0], &oracle.calls[1]);
        assert_eq!(oracle.calls.len(), ROUNDS);
        assert_eq!(zero.outcome, Outcome::Returned(vec![V::I32(1)]));
        assert_eq!(zero.fuel, V::I32(generate::FUEL as i32 - 3));
        let Val::I32(arg) = generate::args(&[ValType::I32], 1)[0] else {
            unreachable!()
        };
        assert_eq!(edge.outcome, Outcome::Returned(vec![V::I32(arg.wrapping_add(1))]));
        assert_eq!(oracle.globals, vec![("g".to_string(), V::I64(arg as i64))]);
        assert_eq!(oracle.memories.len(), 1);
        assert_eq!(oracle.memories[0].1, 65536);

        let wasmtime = referee::observe(&referee::engine().unwrap(), &bytes).unwrap();
        assert_eq!(first_difference(&oracle, &wasmtime), None, "Wasmtime");
        for b in crate::backends::all() {
            assert_eq!(
                first_difference(&oracle, &observe_wasmlab(&bytes, &b).unwrap()),
                None,
                "{}",
                b.name()
            );
        }

        let tampered = |change: fn(&mut Observation)| {
            let mut got = observe_wasmlab(&bytes, &crate::backends::all()[0]).unwrap();
            change(&mut got);
            first_difference(&oracle, &got)
        };
        assert!(tampered(|o| o.calls[1].outcome = Outcome::Trapped(Kind::Unreachable)).is_some());
        assert!(tampered(|o| o.calls[0].fuel = V::I32(0)).is_some());
        assert!(tampered(|o| o.globals[0].1 = V::I64(7)).is_some());
        assert!(tampered(|o| o.memories[0].2 ^= 1).is_some());
    }

    /// A seed on which Wasmtime and wasmlab outvote wasmi says how wasmi differed.
    #[test]
    fn the_report_says_how_wasmi_was_outvoted() {
        let mut r = Report::default();
        r.wasmi_outvoted
            .insert(7, "globals:\n  wasmi [(\"g\", I32(0))]".to_string());
        let s = r.to_string();
        assert!(s.contains("outvoted by Wasmtime and wasmlab on 1 seeds [7]"), "{s}");
        assert!(
            s.contains("\nwasmi outvoted on seed 7: globals:\n  wasmi [(\"g\", I32(0))]"),
            "{s}"
        );
    }

    /// The harness itself: every trap kind is told apart on both sides, so a
    /// mapping gap cannot hide a divergence (nor fake one).
    #[test]
    fn trap_kinds_map_alike() {
        let cases = [
            ("unreachable", Kind::Unreachable),
            (
                "(drop (i32.div_s (i32.const 0x80000000) (i32.const -1)))",
                Kind::IntegerOverflow,
            ),
            ("(drop (i32.rem_u (i32.const 1) (i32.const 0)))", Kind::DivideByZero),
            ("(drop (i32.trunc_f32_s (f32.const nan)))", Kind::BadConversion),
            ("(drop (i32.load (i32.const 65536)))", Kind::MemoryOob),
            ("(drop (table.get $t (i32.const 2)))", Kind::TableOob),
            ("(call_indirect $t (i32.const 2))", Kind::TableOob),
            ("(call_indirect $t (i32.const 1))", Kind::Uninitialized),
            (
                "(drop (call_indirect $t (result i32) (i32.const 0)))",
                Kind::BadSignature,
            ),
            ("(call $deep)", Kind::StackExhausted),
        ];
        let engine = oracle::engine();
        for (body, kind) in cases {
            let wat = format!(
                r#"(module
                    (global (export "{}") (mut i32) (i32.const 0))
                    (memory 1)
                    (table $t 2 funcref)
                    (elem (i32.const 0) $nop)
                    (func $nop)
                    (func $deep (call $deep))
                    (func (export "f") {body}))"#,
                generate::FUEL_EXPORT
            );
            let bytes = wat::parse_str(&wat).unwrap();
            let oracle = oracle::observe(&engine, &bytes).unwrap();
            assert_eq!(
                oracle.calls[0].outcome,
                Outcome::Trapped(kind.clone()),
                "wasmi on {body}"
            );
            for b in crate::backends::all() {
                let got = observe_wasmlab(&bytes, &b).unwrap();
                assert_eq!(
                    got.calls[0].outcome,
                    Outcome::Trapped(kind.clone()),
                    "{} on {body}",
                    b.name()
                );
                assert_eq!(first_difference(&oracle, &got), None, "{} on {body}", b.name());
            }
        }
    }
}
