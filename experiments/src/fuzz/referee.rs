//! The referee: Wasmtime (Cranelift), in-process, observed as the oracle is.
//! wasmi is the oracle because it is an interpreter with the same proposals and
//! cheap to start; where it and a back-end disagree, or it rejects a module,
//! Wasmtime decides. A back-end that agrees with Wasmtime there is right, and
//! the case counts against wasmi instead.
//!
//! Wasmtime is built with its `gc` feature and a collector (`gc-drc`): without
//! them it rejects `externref` and exception handling.

use super::differential::{from_wasmlab, Exports, Kind, Observation, Outcome, V};
use super::generate;
use super::observe::{self, on_big_stack, Observed};
use wasmlab_core::{Val, ValType};
use wasmtime::{Config, Engine, Instance, Module, Store};

/// Wasmtime, set to accept what wasm-smith generates here: Wasm 2.0, and the
/// Wasm 3.0 proposals wasmlab has, relaxed SIMD left out.
pub fn engine() -> Result<Engine, String> {
    let mut c = Config::new();
    c.wasm_simd(true)
        .wasm_relaxed_simd(false)
        .wasm_multi_memory(true)
        .wasm_memory64(true)
        .wasm_tail_call(true)
        .wasm_extended_const(true)
        .wasm_function_references(true)
        .wasm_exceptions(true)
        // Fuel bounds recursion at 10,000 frames. Wasmtime caps this at its
        // async stack size (2 MiB) even without async; where a deep case runs
        // out, a stack limit on one side only is not compared.
        .max_wasm_stack(2 << 20);
    Engine::new(&c).map_err(|e| format!("{e:#}"))
}

fn from_wasmtime(v: &wasmtime::Val) -> V {
    use wasmtime::Val as W;
    match v {
        W::I32(x) => V::I32(*x),
        W::I64(x) => V::I64(*x),
        W::F32(x) => from_wasmlab(Val::F32(*x)),
        W::F64(x) => from_wasmlab(Val::F64(*x)),
        W::V128(x) => V::V128(x.as_u128()),
        W::FuncRef(r) => r.as_ref().map_or(V::Null, |_| V::Ref),
        W::ExternRef(r) => r.as_ref().map_or(V::Null, |_| V::Ref),
        W::ExnRef(r) => r.as_ref().map_or(V::Null, |_| V::Ref),
        other => panic!("Wasmtime returned {other:?}, which wasmlab cannot produce"),
    }
}

/// The arguments of the `round`th call, as the oracle and wasmlab get them;
/// references are null of the parameter's own type.
fn args(params: &[wasmtime::ValType], round: usize) -> Vec<wasmtime::Val> {
    let types: Vec<ValType> = params
        .iter()
        .map(|t| match t {
            wasmtime::ValType::I32 => ValType::I32,
            wasmtime::ValType::I64 => ValType::I64,
            wasmtime::ValType::F32 => ValType::F32,
            wasmtime::ValType::F64 => ValType::F64,
            wasmtime::ValType::V128 => ValType::V128,
            _ => ValType::FuncRef,
        })
        .collect();
    generate::args(&types, round)
        .into_iter()
        .zip(params)
        .map(|(v, t)| match (v, t) {
            (Val::I32(x), _) => wasmtime::Val::I32(x),
            (Val::I64(x), _) => wasmtime::Val::I64(x),
            (Val::F32(x), _) => wasmtime::Val::F32(x),
            (Val::F64(x), _) => wasmtime::Val::F64(x),
            (Val::V128(x), _) => wasmtime::Val::V128(x.into()),
            (_, wasmtime::ValType::Ref(r)) => wasmtime::Val::null_ref(r.heap_type()),
            (v, t) => panic!("no Wasmtime form of {v:?} for a {t} parameter"),
        })
        .collect()
}

fn kind(e: &wasmtime::Error) -> Kind {
    use wasmtime::Trap as T;
    match e.downcast_ref::<T>() {
        Some(T::UnreachableCodeReached) => Kind::Unreachable,
        Some(T::IntegerOverflow) => Kind::IntegerOverflow,
        Some(T::IntegerDivisionByZero) => Kind::DivideByZero,
        Some(T::BadConversionToInteger) => Kind::BadConversion,
        Some(T::MemoryOutOfBounds) => Kind::MemoryOob,
        Some(T::TableOutOfBounds) => Kind::TableOob,
        Some(T::IndirectCallToNull) => Kind::Uninitialized,
        Some(T::BadSignature) => Kind::BadSignature,
        Some(T::StackOverflow) => Kind::StackExhausted,
        _ => Kind::Other(format!("{e:#}")),
    }
}

/// What Wasmtime makes of `bytes`, on a thread whose stack holds
/// `max_wasm_stack` (Wasmtime runs Wasm on the calling thread's stack).
pub fn observe(engine: &Engine, bytes: &[u8]) -> Result<Observation, String> {
    on_big_stack("wasmtime-referee", || observe_here(engine, bytes))
}

fn observe_here(engine: &Engine, bytes: &[u8]) -> Result<Observation, String> {
    let module = Module::new(engine, bytes).map_err(|e| format!("{e:#}"))?;
    let mut exports = Exports::default();
    for e in module.exports() {
        let name = e.name().to_string();
        match e.ty() {
            wasmtime::ExternType::Func(_) => exports.funcs.push(name),
            wasmtime::ExternType::Global(_) if name != generate::FUEL_EXPORT => exports.globals.push(name),
            wasmtime::ExternType::Memory(_) => exports.memories.push(name),
            _ => {}
        }
    }
    exports.sort();
    let mut store = Store::new(engine, ());
    let instance = match Instance::new(&mut store, &module, &[]) {
        Ok(i) => i,
        Err(e) => {
            return Ok(Observation {
                instantiation_trap: Some(kind(&e)),
                ..Observation::default()
            })
        }
    };
    let fuel = instance
        .get_global(&mut store, generate::FUEL_EXPORT)
        .expect("fuel export");
    Ok(observe::observe(&exports, &mut Wasmtime { store, instance, fuel }))
}

/// A Wasmtime instance under observation.
struct Wasmtime {
    store: Store<()>,
    instance: Instance,
    fuel: wasmtime::Global,
}

impl Observed for Wasmtime {
    fn refuel(&mut self) {
        self.fuel
            .set(&mut self.store, wasmtime::Val::I32(generate::FUEL as i32))
            .expect("fuel is a mutable i32");
    }

    fn call(&mut self, name: &str, round: usize) -> Outcome {
        let f = self
            .instance
            .get_func(&mut self.store, name)
            .expect("exported function");
        let ty = f.ty(&self.store);
        let params: Vec<_> = ty.params().collect();
        let mut out: Vec<_> = ty.results().map(|_| wasmtime::Val::I32(0)).collect();
        match f.call(&mut self.store, &args(&params, round), &mut out) {
            Ok(()) => Outcome::Returned(out.iter().map(from_wasmtime).collect()),
            Err(e) => Outcome::Trapped(kind(&e)),
        }
    }

    fn fuel(&mut self) -> V {
        from_wasmtime(&self.fuel.get(&mut self.store))
    }

    fn global(&mut self, name: &str) -> V {
        let g = self
            .instance
            .get_global(&mut self.store, name)
            .expect("exported global");
        from_wasmtime(&g.get(&mut self.store))
    }

    fn memory(&mut self, name: &str) -> &[u8] {
        let memory = self
            .instance
            .get_memory(&mut self.store, name)
            .expect("exported memory");
        memory.data(&self.store)
    }
}
