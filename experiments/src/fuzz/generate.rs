//! Module generation with wasm-smith, and the arguments calls get.

/// Fuel each call starts with. Loop heads, function entries and bulk-op lengths
/// spend it, so it bounds both run time and recursion depth: 10,000 frames stay
/// far below every engine's stack limit, so no stack-limit difference can show.
pub const FUEL: u32 = 10_000;

/// The name the fuel global is exported under, so a driver can refill it.
pub const FUEL_EXPORT: &str = "__wasmlab_fuzz_fuel";

/// wasm-smith limited to what wasmlab implements: Wasm 2.0, extended constant
/// expressions, tail calls, multi-memory, memory64 and exception handling (which
/// wasmi rejects and Wasmtime decides); `generate` turns exception handling and
/// SIMD on for half the seeds each. Relaxed SIMD stays off: its results are the
/// engine's choice where the spec leaves them open.
pub fn smith_config() -> wasm_smith::Config {
    wasm_smith::Config {
        simd_enabled: true,
        relaxed_simd_enabled: false,
        threads_enabled: false,
        shared_everything_threads_enabled: false,
        tail_call_enabled: true,
        gc_enabled: false,
        exceptions_enabled: true,
        memory64_enabled: true,
        custom_page_sizes_enabled: false,
        wide_arithmetic_enabled: false,
        extended_const_enabled: true,
        custom_descriptors_enabled: false,
        compact_imports_enabled: false,
        // Everything Wasm 2.0 has beyond the MVP stays on (the defaults).
        bulk_memory_enabled: true,
        reference_types_enabled: true,
        multi_value_enabled: true,
        saturating_float_to_int_enabled: true,
        sign_extension_ops_enabled: true,
        // Multi-memory: a second memory, so accesses name memory 1 too.
        max_memories: 2,
        // Reference types allow several tables; exercise that.
        max_tables: 2,
        max_imports: 0,
        // wasm-smith adds each further item with even odds, so most modules
        // would have no function at all.
        min_types: 1,
        min_funcs: 3,
        export_everything: true,
        // A bounded maximum keeps memory.grow from allocating gigabytes and keeps
        // hashing memories cheap.
        memory_max_size_required: true,
        max_memory32_bytes: 4 << 16,
        max_memory64_bytes: 4 << 16,
        table_max_size_required: true,
        max_table_elements: 1_000,
        // NaN payloads are not deterministic across engines; once a NaN can reach
        // memory or an integer, it could only be compared up to that freedom.
        canonicalize_nans: true,
        ..wasm_smith::Config::default()
    }
}

/// The module for `seed`, made to terminate, with its fuel global exported as
/// [`FUEL_EXPORT`]. `None` when wasm-smith cannot build one from these bytes.
pub fn generate(seed: u64) -> Option<Vec<u8>> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut raw = vec![0u8; rng.usize(64..8192)];
    rng.fill(&mut raw);
    let mut u = arbitrary::Unstructured::new(&raw);
    let mut config = smith_config();
    // Traps end most calls early; on odd seeds wasm-smith guards every
    // trapping instruction, so the code after it runs too.
    config.disallow_traps = seed % 2 == 1;
    // Exception handling in every other pair of seeds: wasmi rejects such
    // modules and Wasmtime decides them, and wasmi stays the oracle of the rest.
    config.exceptions_enabled = seed % 4 >= 2;
    // SIMD in every other run of 16 seeds, so each mix of the three choices comes
    // up; the seeds pinned in tests (`tests/differential*.rs`) keep it off, so
    // their modules stay the ones they were found with.
    config.simd_enabled = seed & 16 != 0;
    let mut module = wasm_smith::Module::new(config, &mut u).ok()?;
    let fuel_global = module.ensure_termination(FUEL).ok()?;
    Some(export_global(&module.to_bytes(), fuel_global, FUEL_EXPORT))
}

/// `bytes` with one more export, global `index` as `name`. wasm-smith offers no
/// way to export the fuel global it adds, so the binary is patched: the export
/// section is rewritten, or a new one put where the section order wants it.
pub fn export_global(bytes: &[u8], index: u32, name: &str) -> Vec<u8> {
    const EXPORT: u8 = 7;
    // Sections that come after exports: start, element, data count, code, data.
    const AFTER_EXPORT: [u8; 5] = [8, 9, 12, 10, 11];
    let mut entry = leb(name.len() as u64);
    entry.extend_from_slice(name.as_bytes());
    entry.push(0x03);
    entry.extend(leb(index as u64));

    let mut out: Vec<(u8, Vec<u8>)> = Vec::new();
    let mut done = false;
    for (id, payload) in sections(bytes) {
        if !done && id == EXPORT {
            let (count, n) = read_leb(payload);
            let mut body = leb(count + 1);
            body.extend_from_slice(&payload[n..]);
            body.extend_from_slice(&entry);
            out.push((EXPORT, body));
            done = true;
            continue;
        }
        if !done && AFTER_EXPORT.contains(&id) {
            out.push((EXPORT, [&leb(1)[..], &entry].concat()));
            done = true;
        }
        out.push((id, payload.to_vec()));
    }
    if !done {
        out.push((EXPORT, [&leb(1)[..], &entry].concat()));
    }
    assemble(&out)
}

/// The sections of a well-formed binary: id and payload.
pub fn sections(bytes: &[u8]) -> Vec<(u8, &[u8])> {
    let mut out = Vec::new();
    let mut pos = 8;
    while pos < bytes.len() {
        let (size, n) = read_leb(&bytes[pos + 1..]);
        let start = pos + 1 + n;
        out.push((bytes[pos], &bytes[start..start + size as usize]));
        pos = start + size as usize;
    }
    out
}

/// A binary from its sections, after the header.
pub fn assemble(sections: &[(u8, Vec<u8>)]) -> Vec<u8> {
    let mut out = b"\0asm\x01\0\0\0".to_vec();
    for (id, body) in sections {
        out.push(*id);
        out.extend(leb(body.len() as u64));
        out.extend_from_slice(body);
    }
    out
}

pub fn leb(mut v: u64) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}

pub fn read_leb(bytes: &[u8]) -> (u64, usize) {
    let mut v = 0u64;
    for (i, &b) in bytes.iter().enumerate() {
        v |= ((b & 0x7f) as u64) << (7 * i);
        if b & 0x80 == 0 {
            return (v, i + 1);
        }
    }
    panic!("truncated LEB128 in a well-formed binary");
}

/// Small values that reach the edges of integer and float semantics (overflow,
/// sign, division by zero, truncation) more often than random ones would.
const INTS: [i64; 8] = [1, -1, 7, 0x7fff_ffff, i32::MIN as i64, 0xffff, i64::MIN, 65536];
const F64S: [f64; 6] = [1.5, -0.0, -2.5, 4294967296.0, f64::INFINITY, 0.25];

/// The arguments of the `round`th call: zeros first, then the small values
/// above, chosen by parameter position so they differ from one another.
pub fn args(params: &[wasmlab_core::ValType], round: usize) -> Vec<wasmlab_core::Val> {
    use wasmlab_core::{Val, ValType};
    params
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if round == 0 {
                return Val::default_of(*t);
            }
            let k = i + round;
            match t {
                ValType::I32 => Val::I32(INTS[k % INTS.len()] as i32),
                ValType::I64 => Val::I64(INTS[k % INTS.len()]),
                ValType::F32 => Val::F32((F64S[k % F64S.len()] as f32).to_bits()),
                ValType::F64 => Val::F64(F64S[k % F64S.len()].to_bits()),
                ValType::V128 => {
                    Val::V128((INTS[k % INTS.len()] as u128) << 64 | INTS[(k + 1) % INTS.len()] as u64 as u128)
                }
                // No engine-independent way to name a non-null reference.
                ValType::FuncRef | ValType::ExternRef | ValType::Ref(_) => Val::default_of(*t),
            }
        })
        .collect()
}
