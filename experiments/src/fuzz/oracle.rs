//! The oracle: wasmi, observed the way `observe_wasmlab` observes wasmlab.

use super::differential::{from_wasmlab, Exports, Kind, Observation, Outcome, V};
use super::generate;
use super::observe::{self, on_big_stack, Observed};
use wasmlab_core::{Val, ValType};

/// wasmi, set to accept exactly the proposals wasmlab supports.
pub fn engine() -> wasmi::Engine {
    let mut c = wasmi::Config::default();
    c.wasm_mutable_global(true)
        .wasm_sign_extension(true)
        .wasm_saturating_float_to_int(true)
        .wasm_multi_value(true)
        .wasm_bulk_memory(true)
        .wasm_reference_types(true)
        .wasm_multi_memory(true)
        .wasm_tail_call(true)
        .wasm_extended_const(true)
        .wasm_custom_page_sizes(false)
        .wasm_memory64(true)
        .wasm_wide_arithmetic(false)
        // SIMD is on: the `fuzz` feature builds wasmi with its `simd` feature.
        .wasm_simd(true)
        .wasm_relaxed_simd(false)
        // Validate up front: the lazy default would defer errors to first call.
        .compilation_mode(wasmi::CompilationMode::Eager)
        // Recursion is bounded by fuel; these keep wasmi's limits above it, as
        // wasmlab's defaults are.
        .set_max_recursion_depth(100_000)
        .set_max_stack_height(64 << 20);
    wasmi::Engine::new(&c)
}

fn from_wasmi(v: &wasmi::Val) -> V {
    match v {
        wasmi::Val::I32(x) => V::I32(*x),
        wasmi::Val::I64(x) => V::I64(*x),
        wasmi::Val::F32(x) => from_wasmlab(Val::F32(x.to_bits())),
        wasmi::Val::F64(x) => from_wasmlab(Val::F64(x.to_bits())),
        wasmi::Val::FuncRef(r) if r.is_null() => V::Null,
        wasmi::Val::ExternRef(r) if r.is_null() => V::Null,
        wasmi::Val::FuncRef(_) | wasmi::Val::ExternRef(_) => V::Ref,
        wasmi::Val::V128(x) => V::V128(x.as_u128()),
    }
}

fn to_wasmi(v: Val) -> wasmi::Val {
    match v {
        Val::I32(x) => wasmi::Val::I32(x),
        Val::I64(x) => wasmi::Val::I64(x),
        Val::F32(x) => wasmi::Val::F32(wasmi::F32::from_bits(x)),
        Val::F64(x) => wasmi::Val::F64(wasmi::F64::from_bits(x)),
        Val::V128(x) => wasmi::Val::V128(x.into()),
        Val::FuncRef(None) => wasmi::Val::FuncRef(wasmi::Nullable::Null),
        Val::ExternRef(None) => wasmi::Val::ExternRef(wasmi::Nullable::Null),
        other => panic!("no engine-independent form of {other:?}"),
    }
}

fn wasmlab_type(t: &wasmi::ValType) -> ValType {
    match t {
        wasmi::ValType::I32 => ValType::I32,
        wasmi::ValType::I64 => ValType::I64,
        wasmi::ValType::F32 => ValType::F32,
        wasmi::ValType::F64 => ValType::F64,
        wasmi::ValType::V128 => ValType::V128,
        wasmi::ValType::FuncRef => ValType::FuncRef,
        wasmi::ValType::ExternRef => ValType::ExternRef,
    }
}

fn wasmi_kind(e: &wasmi::Error) -> Kind {
    use wasmi::TrapCode as T;
    match e.as_trap_code() {
        Some(T::UnreachableCodeReached) => Kind::Unreachable,
        Some(T::IntegerOverflow) => Kind::IntegerOverflow,
        Some(T::IntegerDivisionByZero) => Kind::DivideByZero,
        Some(T::BadConversionToInteger) => Kind::BadConversion,
        Some(T::MemoryOutOfBounds) => Kind::MemoryOob,
        Some(T::TableOutOfBounds) => Kind::TableOob,
        Some(T::IndirectCallToNull) => Kind::Uninitialized,
        Some(T::BadSignature) => Kind::BadSignature,
        Some(T::StackOverflow) => Kind::StackExhausted,
        // wasmi reports an element segment past the table's end as an
        // instantiation error, not a trap; the spec calls it a table-bounds trap.
        _ if matches!(
            e.kind(),
            wasmi::errors::ErrorKind::Instantiation(wasmi::errors::InstantiationError::ElementSegmentDoesNotFit { .. })
        ) =>
        {
            Kind::TableOob
        }
        _ => Kind::Other(e.to_string()),
    }
}

/// `bytes` with a `local.tee` of a new scratch local before every `select`,
/// which means the same. wasmi 2.0.0 fuses `i32.eqz` (or `i32.eq`/`i32.ne`
/// with 0) into a following `select` and then reads a stale condition:
/// `(select (i32.const 3) (i32.const 5) (i32.eqz (local.get 0)))` gives 3
/// whatever the local holds (see experiments/tests/differential_found.rs). After the tee the
/// comparison writes a local, and wasmi never fuses an op that does. wasm-smith's trap guards on
/// division are exactly this shape, so without it odd seeds would report
/// wasmi's bug as wasmlab's.
fn shield_selects(bytes: &[u8]) -> Vec<u8> {
    use wasmparser::{Parser, Payload};
    const CODE: u8 = 10;
    let mut params = Vec::new();
    let mut func_types = Vec::new();
    let mut bodies = Vec::new();
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.expect("wasmi accepted this module") {
            Payload::TypeSection(r) => {
                params.extend(r.into_iter_err_on_gc_types().map(|t| t.unwrap().params().len() as u64));
            }
            Payload::FunctionSection(r) => func_types.extend(r.into_iter().map(|t| t.unwrap() as usize)),
            // Generated modules import nothing, so body i is function i.
            Payload::CodeSectionEntry(body) => {
                let params = params[func_types[bodies.len()]];
                bodies.push(shield_body(bytes, &body, params));
            }
            _ => {}
        }
    }
    let sections: Vec<(u8, Vec<u8>)> = generate::sections(bytes)
        .into_iter()
        .map(|(id, payload)| match id {
            CODE => {
                let mut code = generate::leb(bodies.len() as u64);
                for b in &bodies {
                    code.extend(generate::leb(b.len() as u64));
                    code.extend_from_slice(b);
                }
                (id, code)
            }
            _ => (id, payload.to_vec()),
        })
        .collect();
    generate::assemble(&sections)
}

/// One function body, shielded: an i32 local declared after the others, and a
/// `local.tee` of it before each `select`.
fn shield_body(bytes: &[u8], body: &wasmparser::FunctionBody, params: u64) -> Vec<u8> {
    let mut locals = body.get_locals_reader().unwrap();
    let groups = locals.get_count();
    let groups_start = locals.original_position() as usize;
    let declared: u64 = (0..groups).map(|_| locals.read().unwrap().0 as u64).sum();
    let scratch = params + declared;
    let ops_start = locals.original_position() as usize;
    let mut out = generate::leb(groups as u64 + 1);
    out.extend_from_slice(&bytes[groups_start..ops_start]);
    out.extend([0x01, 0x7f]);
    let mut copied = ops_start;
    let mut ops = body.get_operators_reader().unwrap();
    while !ops.eof() {
        let (op, at) = ops.read_with_offset().unwrap();
        if matches!(
            op,
            wasmparser::Operator::Select | wasmparser::Operator::TypedSelect { .. }
        ) {
            out.extend_from_slice(&bytes[copied..at as usize]);
            out.push(0x22);
            out.extend(generate::leb(scratch));
            copied = at as usize;
        }
    }
    out.extend_from_slice(&bytes[copied..body.range().end as usize]);
    out
}

/// What wasmi makes of `bytes`: its verdict, and each export call's outcome.
pub fn observe(engine: &wasmi::Engine, bytes: &[u8]) -> Result<Observation, String> {
    on_big_stack("wasmi-oracle", || observe_here(engine, bytes))
}

fn observe_here(engine: &wasmi::Engine, bytes: &[u8]) -> Result<Observation, String> {
    // Acceptance is judged on the module as generated; it runs shielded.
    wasmi::Module::validate(engine, bytes).map_err(|e| e.to_string())?;
    let module = wasmi::Module::new(engine, shield_selects(bytes)).expect("the shielded module is valid");
    let mut exports = Exports::default();
    for e in module.exports() {
        let name = e.name().to_string();
        match e.ty() {
            wasmi::ExternType::Func(_) => exports.funcs.push(name),
            wasmi::ExternType::Global(_) if name != generate::FUEL_EXPORT => exports.globals.push(name),
            wasmi::ExternType::Memory(_) => exports.memories.push(name),
            _ => {}
        }
    }
    exports.sort();
    let mut store = wasmi::Store::new(engine, ());
    let instance = match wasmi::Linker::<()>::new(engine).instantiate_and_start(&mut store, &module) {
        Ok(i) => i,
        Err(e) => {
            return Ok(Observation {
                instantiation_trap: Some(wasmi_kind(&e)),
                ..Observation::default()
            })
        }
    };
    let fuel = instance.get_global(&store, generate::FUEL_EXPORT).expect("fuel export");
    Ok(observe::observe(&exports, &mut Wasmi { store, instance, fuel }))
}

/// A wasmi instance under observation.
struct Wasmi {
    store: wasmi::Store<()>,
    instance: wasmi::Instance,
    fuel: wasmi::Global,
}

impl Observed for Wasmi {
    fn refuel(&mut self) {
        self.fuel
            .set(&mut self.store, wasmi::Val::I32(generate::FUEL as i32))
            .expect("fuel is a mutable i32");
    }

    fn call(&mut self, name: &str, round: usize) -> Outcome {
        let f = self.instance.get_func(&self.store, name).expect("exported function");
        let ty = f.ty(&self.store);
        let params: Vec<_> = ty.params().iter().map(wasmlab_type).collect();
        let args: Vec<_> = generate::args(&params, round).into_iter().map(to_wasmi).collect();
        let mut out: Vec<_> = ty.results().iter().map(|&t| wasmi::Val::default_for_ty(t)).collect();
        match f.call(&mut self.store, &args, &mut out) {
            Ok(()) => Outcome::Returned(out.iter().map(from_wasmi).collect()),
            Err(e) => Outcome::Trapped(wasmi_kind(&e)),
        }
    }

    fn fuel(&mut self) -> V {
        from_wasmi(&self.fuel.get(&self.store))
    }

    fn global(&mut self, name: &str) -> V {
        let g = self.instance.get_global(&self.store, name).expect("exported global");
        from_wasmi(&g.get(&self.store))
    }

    fn memory(&mut self, name: &str) -> &[u8] {
        self.instance
            .get_memory(&self.store, name)
            .expect("exported memory")
            .data(&self.store)
    }
}
