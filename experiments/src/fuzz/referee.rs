//! The referee: Wasmtime (Cranelift), in-process, observed as the oracle is.
//! wasmi is the oracle because it is an interpreter with the same proposals and
//! cheap to start; where it and a back-end disagree, or it rejects a module,
//! Wasmtime decides. A back-end that agrees with Wasmtime there is right, and
//! the case counts against wasmi instead.
//!
//! Wasmtime is built with its `gc` feature and a collector (`gc-drc`): without
//! them it rejects `externref` and exception handling.

use super::differential::{from_wasmlab, hash, Call, Exports, Kind, Observation, Outcome, ROUNDS, V};
use super::generate;
use wasmlab_core::{Val, ValType};
use wasmtime::{Config, Engine, Instance, Module, Store};

/// Wasmtime, set to accept what wasm-smith generates here: Wasm 2.0 without
/// SIMD, and the Wasm 3.0 proposals wasmlab has.
pub fn engine() -> Result<Engine, String> {
    let mut c = Config::new();
    c.wasm_simd(false)
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
    const STACK: usize = 1 << 30;
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("wasmtime-referee".into())
            .stack_size(STACK)
            .spawn_scoped(scope, || observe_here(engine, bytes))
            .expect("a thread for the referee")
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

fn observe_here(engine: &Engine, bytes: &[u8]) -> Result<Observation, String> {
    let module = Module::new(engine, bytes).map_err(|e| format!("{e:#}"))?;
    let mut exports = Exports::default();
    let mut func_types = std::collections::HashMap::new();
    for e in module.exports() {
        let name = e.name().to_string();
        match e.ty() {
            wasmtime::ExternType::Func(f) => {
                func_types.insert(name.clone(), f.clone());
                exports.funcs.push((name, Vec::new()));
            }
            wasmtime::ExternType::Global(_) if name != generate::FUEL_EXPORT => exports.globals.push(name),
            wasmtime::ExternType::Memory(_) => exports.memories.push(name),
            _ => {}
        }
    }
    exports.sort();
    let mut store = Store::new(engine, ());
    let mut obs = Observation::default();
    let instance = match Instance::new(&mut store, &module, &[]) {
        Ok(i) => i,
        Err(e) => {
            obs.instantiation_trap = Some(kind(&e));
            return Ok(obs);
        }
    };
    let fuel = instance
        .get_global(&mut store, generate::FUEL_EXPORT)
        .expect("fuel export");
    for (name, _) in &exports.funcs {
        let f = instance.get_func(&mut store, name).expect("exported function");
        let ty = &func_types[name];
        let params: Vec<_> = ty.params().collect();
        for round in 0..ROUNDS {
            fuel.set(&mut store, wasmtime::Val::I32(generate::FUEL as i32))
                .expect("fuel is a mutable i32");
            let mut out: Vec<_> = ty.results().map(|_| wasmtime::Val::I32(0)).collect();
            let outcome = match f.call(&mut store, &args(&params, round), &mut out) {
                Ok(()) => Outcome::Returned(out.iter().map(from_wasmtime).collect()),
                Err(e) => Outcome::Trapped(kind(&e)),
            };
            let fuel = from_wasmtime(&fuel.get(&mut store));
            obs.calls.push(Call {
                func: name.clone(),
                round,
                outcome,
                fuel,
            });
        }
    }
    for name in &exports.globals {
        let g = instance.get_global(&mut store, name).expect("exported global");
        let v = g.get(&mut store);
        obs.globals.push((name.clone(), from_wasmtime(&v)));
    }
    for name in &exports.memories {
        let data = instance
            .get_memory(&mut store, name)
            .expect("exported memory")
            .data(&store);
        obs.memories.push((name.clone(), data.len(), hash(data)));
    }
    Ok(obs)
}
