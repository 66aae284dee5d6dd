//! Loading a module: validation with `wasmparser` and predecoding of every body,
//! in one pass over the binary, or, with lazy predecoding, validation of every
//! body at load and translation of each on its first call ([`Module::translate`]).

use crate::error::Error;
use crate::ir::FuncBody;
use crate::predecode::{self, Options};
use crate::types::{ref_type, val_type, ExternType, FuncType, GlobalType, Limits, MemoryType, TableType, ValType};
use std::sync::Arc;
use wasmparser::{
    CompositeInnerType, ExternalKind, FuncToValidate, FuncValidatorAllocations, Parser, Payload, TypeRef, ValidPayload,
    Validator, WasmFeatures,
};

/// The proposals wasmlab runs: Wasm 2.0 (SIMD included), relaxed SIMD, extended
/// constant expressions, tail calls, typed function references, multi-memory,
/// exception handling and memory64.
pub fn features() -> WasmFeatures {
    WasmFeatures::WASM2
        .union(WasmFeatures::RELAXED_SIMD)
        .union(WasmFeatures::EXTENDED_CONST)
        .union(WasmFeatures::TAIL_CALL)
        .union(WasmFeatures::FUNCTION_REFERENCES)
        .union(WasmFeatures::MULTI_MEMORY)
        .union(WasmFeatures::EXCEPTIONS)
        .union(WasmFeatures::MEMORY64)
}

pub use crate::const_expr::{ConstExpr, ConstOp};

#[derive(Clone, Debug)]
pub struct Import {
    pub module: String,
    pub name: String,
    pub ty: ImportType,
}

/// What an import asks for; functions by module type index.
#[derive(Clone, Debug)]
pub enum ImportType {
    Func(u32),
    Table(TableType),
    Memory(MemoryType),
    Global(GlobalType),
    /// A tag of this function type index (its parameters are the payload).
    Tag(u32),
}

#[derive(Clone, Debug)]
pub struct Export {
    pub name: String,
    pub kind: ExportKind,
    pub index: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Func,
    Table,
    Memory,
    Global,
    Tag,
}

#[derive(Clone, Debug)]
pub enum SegmentMode {
    Passive,
    Active { index: u32, offset: ConstExpr },
    Declared,
}

#[derive(Clone, Debug)]
pub struct ElemSegment {
    pub mode: SegmentMode,
    pub ty: ValType,
    pub items: Vec<ConstExpr>,
}

#[derive(Clone, Debug)]
pub struct DataSegment {
    pub mode: SegmentMode,
    pub bytes: SharedBytes,
}

/// Bytes of a module (a data segment's contents): a range of the shared copy of
/// the module's bytes that lazy translation keeps anyway, so a lazily translated
/// module with large segments holds its bytes once; else a copy of the segment.
#[derive(Clone, Debug, Default)]
pub struct SharedBytes {
    all: Arc<[u8]>,
    range: std::ops::Range<usize>,
}

impl std::ops::Deref for SharedBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.all[self.range.clone()]
    }
}

/// The module's bytes while it is loaded, and the shared copy of them that lazy
/// translation makes.
struct Source<'a> {
    bytes: &'a [u8],
    shared: Option<Arc<[u8]>>,
}

impl Source<'_> {
    fn shared(&mut self) -> Arc<[u8]> {
        self.shared
            .get_or_insert_with(|| Arc::from(&self.bytes[..crate::binary_rules::kept_len(self.bytes)]))
            .clone()
    }

    /// `part`, a slice of the module's bytes: a range of the shared copy where
    /// there is one (the data section comes after the code, so lazy translation
    /// has made it by then), else a copy of its own.
    fn part(&self, part: &[u8]) -> SharedBytes {
        let Some(all) = &self.shared else {
            return SharedBytes {
                all: Arc::from(part),
                range: 0..part.len(),
            };
        };
        let start = (part.as_ptr() as usize).wrapping_sub(self.bytes.as_ptr() as usize);
        let range = start..start + part.len();
        assert!(range.end <= all.len(), "a data segment outside the module's bytes");
        SharedBytes {
            all: all.clone(),
            range,
        }
    }
}

/// A body the validator handed out, waiting for [`Module::finish_bodies`].
type PendingBody<'a> = (
    FuncToValidate<wasmparser::ValidatorResources>,
    wasmparser::FunctionBody<'a>,
);

/// The bodies of the code section being read, and what a lazy module keeps to
/// translate them later.
struct Bodies<'a> {
    pending: Vec<PendingBody<'a>>,
    lazy: Option<LazySource>,
}

/// A validated, predecoded module. Immutable; shared by its instances.
#[derive(Clone, Debug, Default)]
pub struct Module {
    pub types: Vec<FuncType>,
    pub imports: Vec<Import>,
    /// Type index of every function, imported ones first.
    pub funcs: Vec<u32>,
    pub tables: Vec<TableType>,
    /// The initial element of each defined table (after the imported ones) that
    /// has one, for tables of non-null references; the others start null.
    pub table_inits: Vec<Option<ConstExpr>>,
    pub memories: Vec<MemoryType>,
    pub globals: Vec<(GlobalType, ConstExpr)>,
    pub exports: Vec<Export>,
    pub start: Option<u32>,
    pub elems: Vec<ElemSegment>,
    pub datas: Vec<DataSegment>,
    /// Bodies of the defined functions: function `num_imported_funcs + i` is `bodies[i]`.
    pub bodies: Vec<FuncBody>,
    pub num_imported_funcs: u32,
    pub num_imported_tables: u32,
    pub num_imported_memories: u32,
    pub num_imported_globals: u32,
    /// The function type index of each exception tag, imports first.
    pub tags: Vec<u32>,
    pub num_imported_tags: u32,
    /// The predecoder options' id ([`Options::id`]) this module was built with.
    pub predecoded_for: &'static str,
    /// Whether the code spends fuel ([`Options::metered`]).
    pub metered: bool,
    /// Function names from the `name` section, where present.
    pub func_names: std::collections::HashMap<u32, String>,
    /// What lazily predecoded bodies are translated from; `None` when eager.
    pub lazy: Option<Arc<LazySource>>,
    /// Which body holds a code address, for unwinding.
    pub code_index: crate::unwind::CodeIndex,
    /// [`Module::names_v128`], found once the code section begins.
    names_v128: std::sync::OnceLock<bool>,
}

/// What a lazily predecoded module keeps to translate a body on its first call.
pub struct LazySource {
    /// The module's bytes: bodies are read from them, at their original offsets.
    bytes: Arc<[u8]>,
    /// The validator's view of the module, shared by every body.
    resources: wasmparser::ValidatorResources,
    /// Each defined function's body: its byte range in `bytes`.
    bodies: Vec<std::ops::Range<usize>>,
    opts: Options,
}

impl std::fmt::Debug for LazySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "LazySource({} bytes, {} functions)",
            self.bytes.len(),
            self.bodies.len()
        )
    }
}

impl Module {
    /// Validates and predecodes a binary module.
    pub fn new(bytes: &[u8]) -> Result<Module, Error> {
        Self::with_options(bytes, &Options::default())
    }

    /// Validates and predecodes a binary module for `backend`'s IR: what a store
    /// running that back-end can instantiate.
    pub fn for_backend(bytes: &[u8], backend: &dyn crate::Backend) -> Result<Module, Error> {
        Self::with_options(bytes, &backend.predecode_options())
    }

    /// Validates and predecodes a binary module for what `store` runs: its back-end's
    /// IR, metered when the store has fuel.
    pub fn for_store(bytes: &[u8], store: &crate::Store) -> Result<Module, Error> {
        let opts = Options {
            metered: store.config.fuel.is_some(),
            lazy: store.config.lazy_predecode,
            serial: store.config.serial_load,
            ..store.backend.predecode_options()
        };
        Self::with_options(bytes, &opts)
    }

    /// Like [`Module::new`], with predecoder options (the back-end chooses them).
    pub fn with_options(bytes: &[u8], opts: &Options) -> Result<Module, Error> {
        let mut m = Module {
            predecoded_for: opts.id,
            metered: opts.metered,
            ..Module::default()
        };
        let mut validator = Validator::new_with_features(features());
        let mut bodies = Bodies {
            pending: Vec::new(),
            lazy: None,
        };
        let mut source = Source { bytes, shared: None };
        for payload in Parser::new(0).parse_all(bytes) {
            let step = payload.map_err(Error::from).and_then(|payload| {
                let valid = validator.payload(&payload)?;
                Ok((payload, valid))
            });
            // The bodies handed out so far come first: their errors are the
            // earlier ones in the module.
            let (payload, valid) = match step {
                Ok(step) => step,
                Err(e) => {
                    m.finish_bodies(&mut bodies, &mut source, opts)?;
                    return Err(e);
                }
            };
            match valid {
                ValidPayload::Func(to_validate, body) => {
                    bodies.pending.push((to_validate, body));
                    continue;
                }
                ValidPayload::Parser(_) => {
                    m.finish_bodies(&mut bodies, &mut source, opts)?;
                    return Err(Error::Invalid("components are not supported".into()));
                }
                ValidPayload::Ok | ValidPayload::End(_) => {}
            }
            m.finish_bodies(&mut bodies, &mut source, opts)?;
            m.read_section(&mut source, payload)?;
        }
        m.finish_bodies(&mut bodies, &mut source, opts)?;
        m.lazy = bodies.lazy.map(Arc::new);
        Ok(m)
    }

    /// Validates the bodies handed out since the last call, in order, and
    /// translates them (eager) or records where they are (lazy). With enough code
    /// and no [`Options::serial`], on every core; the error reported is the first
    /// body's in module order either way.
    fn finish_bodies(&mut self, bodies: &mut Bodies<'_>, source: &mut Source<'_>, opts: &Options) -> Result<(), Error> {
        let items = std::mem::take(&mut bodies.pending);
        let Some((first, _)) = items.first() else {
            return Ok(());
        };
        let bytes = source.bytes;
        if opts.lazy {
            let src = bodies.lazy.get_or_insert_with(|| LazySource {
                bytes: source.shared(),
                resources: first.resources.clone(),
                bodies: Vec::new(),
                opts: opts.clone(),
            });
            src.bodies.extend(items.iter().map(|(_, body)| {
                let r = body.range();
                r.start as usize..r.end as usize
            }));
        }
        let m = &*self;
        let one = |allocs: &mut FuncValidatorAllocations, (to_validate, body): &PendingBody<'_>| {
            let to_validate = FuncToValidate {
                resources: to_validate.resources.clone(),
                ..*to_validate
            };
            let mut fv = to_validate.into_validator(std::mem::take(allocs));
            let index = fv.index();
            let ty = &m.types[m.funcs[index as usize] as usize];
            let compiled = if opts.lazy {
                predecode::validate(bytes, ty, body, &mut fv).map(|shape| {
                    let stub = crate::ir::Op::Translate {
                        func: index - m.num_imported_funcs,
                    };
                    FuncBody::lazy(shape, stub, opts.link)
                })
            } else {
                predecode::translate(m, bytes, ty, body, &mut fv, opts)
            };
            *allocs = fv.into_allocations();
            compiled
        };
        let code_bytes = items
            .iter()
            .map(|(_, body)| body.range().end - body.range().start)
            .sum::<u64>() as usize;
        let threads = match opts.serial {
            true => 1,
            false => crate::parallel::threads_for(code_bytes, predecode::PARALLEL_BYTES, 8),
        };
        let compiled: Vec<FuncBody> = if threads == 1 {
            let mut allocs = FuncValidatorAllocations::default();
            items
                .iter()
                .map(|item| one(&mut allocs, item))
                .collect::<Result<_, _>>()?
        } else {
            crate::parallel::map_in_order(&items, threads, FuncValidatorAllocations::default, one)
                .into_iter()
                .collect::<Result<_, _>>()?
        };
        self.bodies.extend(compiled);
        Ok(())
    }

    /// Translates defined function `body` (an index into `bodies`) if it is not
    /// yet, and points its calls at the new code. A body that validated cannot fail
    /// to translate but for a limit of the IR (a function too large); such a failure
    /// is kept and given again on every call.
    pub fn translate(&self, body: u32) -> Result<(), Error> {
        let Some(b) = self.bodies.get(body as usize) else {
            return Err(Error::Runtime(format!("no function body {body}")));
        };
        if let Some(r) = b.translation() {
            return r.as_ref().map(drop).map_err(|e| Error::Runtime(e.clone()));
        }
        let Some(src) = &self.lazy else {
            return Err(Error::Runtime(format!("function body {body} has no code")));
        };
        let range = src.bodies[body as usize].clone();
        let index = self.num_imported_funcs + body;
        let ty_idx = self.funcs[index as usize];
        let reader = wasmparser::BinaryReader::new_features(&src.bytes[range.clone()], range.start as u64, features());
        let fbody = wasmparser::FunctionBody::new(reader);
        let ty = &self.types[ty_idx as usize];
        // Validated at load: translated without validating it again, unless a
        // vector may appear, whose widths only the validator's types give.
        let r = if b.wide || self.names_v128() {
            let to_validate = FuncToValidate {
                resources: src.resources.clone(),
                index,
                ty: ty_idx,
                features: features(),
            };
            let mut fv = to_validate.into_validator(FuncValidatorAllocations::default());
            predecode::translate_code(
                self,
                &src.bytes,
                ty,
                &fbody,
                predecode::Check::Validate(&mut fv),
                &src.opts,
            )
        } else {
            let check = predecode::Check::Trusted {
                resources: &src.resources,
                type_index: ty_idx,
            };
            predecode::translate_code(self, &src.bytes, ty, &fbody, check, &src.opts)
        };
        let r = r
            .map(|(_, code)| code)
            .map_err(|e| format!("cannot translate function {index}: {e}"));
        b.install(r).as_ref().map(drop).map_err(|e| Error::Runtime(e.clone()))
    }

    /// Whether the module's function types or globals name `v128`: then a call
    /// or a `global.get` may push a vector into any body.
    /// Asked only once every type and global is read (bodies come after them).
    pub fn names_v128(&self) -> bool {
        *self.names_v128.get_or_init(|| {
            self.types
                .iter()
                .any(|t| t.params.contains(&ValType::V128) || t.results.contains(&ValType::V128))
                || self.globals.iter().any(|(g, _)| g.content == ValType::V128)
        })
    }

    /// The IR bytes of the translated bodies (stack or register IR, kept as plain
    /// ops or, where the back-end threads its code, linked) and the Wasm code bytes they
    /// came from: the IR's density, for start-up and cache footprint.
    pub fn code_size(&self) -> (u64, u64) {
        self.bodies
            .iter()
            .filter_map(|b| b.translated().map(|c| (b, c)))
            .fold((0, 0), |(ir, wasm), (b, c)| {
                (ir + c.bytes() as u64, wasm + b.wasm_bytes as u64)
            })
    }

    /// How many bodies have been translated (all of an eager module's).
    pub fn translated_count(&self) -> usize {
        self.bodies.iter().filter(|b| b.is_translated()).count()
    }

    fn read_section(&mut self, source: &mut Source<'_>, payload: Payload<'_>) -> Result<(), Error> {
        let bytes = source.bytes;
        match payload {
            Payload::TypeSection(r) => {
                for group in r {
                    for sub in group?.into_types() {
                        match &sub.composite_type.inner {
                            CompositeInnerType::Func(ft) => {
                                let ft = convert_func_type(ft, &self.types)?;
                                self.types.push(ft)
                            }
                            _ => return Err(Error::Invalid("only function types are supported".into())),
                        }
                    }
                }
            }
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    let imp = imp?;
                    let ty = match imp.ty {
                        TypeRef::Func(t) => {
                            self.funcs.push(t);
                            self.num_imported_funcs += 1;
                            ImportType::Func(t)
                        }
                        TypeRef::Table(t) => {
                            let t = convert_table_type(&t, &self.types)?;
                            self.tables.push(t);
                            self.num_imported_tables += 1;
                            ImportType::Table(t)
                        }
                        TypeRef::Memory(t) => {
                            let t = convert_memory_type(&t);
                            self.memories.push(t);
                            self.num_imported_memories += 1;
                            ImportType::Memory(t)
                        }
                        TypeRef::Global(t) => {
                            let t = convert_global_type(&t, &self.types)?;
                            self.globals.push((t, ConstExpr::Cell(0)));
                            self.num_imported_globals += 1;
                            ImportType::Global(t)
                        }
                        TypeRef::Tag(t) => {
                            self.tags.push(t.func_type_idx);
                            self.num_imported_tags += 1;
                            ImportType::Tag(t.func_type_idx)
                        }
                        _ => return Err(Error::Invalid("unsupported import kind".into())),
                    };
                    self.imports.push(Import {
                        module: imp.module.into(),
                        name: imp.name.into(),
                        ty,
                    });
                }
            }
            Payload::FunctionSection(r) => {
                for t in r {
                    self.funcs.push(t?);
                }
            }
            Payload::TableSection(r) => {
                for t in r {
                    let t = t?;
                    self.table_inits.push(match t.init {
                        wasmparser::TableInit::RefNull => None,
                        wasmparser::TableInit::Expr(e) => Some(ConstExpr::read(&e)?),
                    });
                    self.tables.push(convert_table_type(&t.ty, &self.types)?);
                }
            }
            Payload::MemorySection(r) => {
                let range = r.range();
                crate::binary_rules::check_memory_section(bytes, range.start as usize..range.end as usize)?;
                for t in r {
                    self.memories.push(convert_memory_type(&t?));
                }
            }
            Payload::GlobalSection(r) => {
                for g in r {
                    let g = g?;
                    self.globals
                        .push((convert_global_type(&g.ty, &self.types)?, ConstExpr::read(&g.init_expr)?));
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e?;
                    let kind = match e.kind {
                        ExternalKind::Func => ExportKind::Func,
                        ExternalKind::Table => ExportKind::Table,
                        ExternalKind::Memory => ExportKind::Memory,
                        ExternalKind::Global => ExportKind::Global,
                        ExternalKind::Tag => ExportKind::Tag,
                        _ => return Err(Error::Invalid("unsupported export kind".into())),
                    };
                    self.exports.push(Export {
                        name: e.name.into(),
                        kind,
                        index: e.index,
                    });
                }
            }
            Payload::StartSection { func, .. } => self.start = Some(func),
            Payload::TagSection(r) => {
                for t in r {
                    self.tags.push(t?.func_type_idx);
                }
            }
            Payload::ElementSection(r) => {
                for e in r {
                    let e = e?;
                    let mode = match e.kind {
                        wasmparser::ElementKind::Passive => SegmentMode::Passive,
                        wasmparser::ElementKind::Declared => SegmentMode::Declared,
                        wasmparser::ElementKind::Active {
                            table_index,
                            offset_expr,
                        } => SegmentMode::Active {
                            index: table_index.unwrap_or(0),
                            offset: ConstExpr::read(&offset_expr)?,
                        },
                    };
                    let (ty, items) = match e.items {
                        wasmparser::ElementItems::Functions(fs) => {
                            let items = fs
                                .into_iter()
                                .map(|f| f.map(ConstExpr::RefFunc))
                                .collect::<Result<_, _>>()?;
                            (ValType::FuncRef, items)
                        }
                        wasmparser::ElementItems::Expressions(rt, es) => {
                            let items = es.into_iter().map(|x| ConstExpr::read(&x?)).collect::<Result<_, _>>()?;
                            (ref_type(rt, &self.types)?, items)
                        }
                    };
                    self.elems.push(ElemSegment { mode, ty, items });
                }
            }
            Payload::DataSection(r) => {
                for d in r {
                    let d = d?;
                    let mode = match d.kind {
                        wasmparser::DataKind::Passive => SegmentMode::Passive,
                        wasmparser::DataKind::Active {
                            memory_index,
                            offset_expr,
                        } => SegmentMode::Active {
                            index: memory_index,
                            offset: ConstExpr::read(&offset_expr)?,
                        },
                    };
                    self.datas.push(DataSegment {
                        mode,
                        bytes: source.part(d.data),
                    });
                }
            }
            Payload::CustomSection(c) => {
                if let wasmparser::KnownCustom::Name(names) = c.as_known() {
                    // Names are a debugging aid: a malformed name section is ignored, as the spec says.
                    for n in names.into_iter().flatten() {
                        if let wasmparser::Name::Function(map) = n {
                            for naming in map.into_iter().flatten() {
                                self.func_names.insert(naming.index, naming.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The type of function `idx` (imports included).
    pub fn func_type(&self, idx: u32) -> &FuncType {
        &self.types[self.funcs[idx as usize] as usize]
    }

    /// The exports with their types, in declaration order.
    pub fn export_types(&self) -> Vec<(String, ExternType)> {
        self.exports
            .iter()
            .map(|e| {
                let ty = match e.kind {
                    ExportKind::Func => ExternType::Func(self.func_type(e.index).clone()),
                    ExportKind::Table => ExternType::Table(self.tables[e.index as usize]),
                    ExportKind::Memory => ExternType::Memory(self.memories[e.index as usize]),
                    ExportKind::Global => ExternType::Global(self.globals[e.index as usize].0),
                    ExportKind::Tag => ExternType::Tag(self.types[self.tags[e.index as usize] as usize].clone()),
                };
                (e.name.clone(), ty)
            })
            .collect()
    }

    /// The body of function `idx`, if it is defined here rather than imported,
    /// translated first if it was not yet.
    pub fn body(&self, idx: u32) -> Option<&FuncBody> {
        let i = idx.checked_sub(self.num_imported_funcs)?;
        let _ = self.translate(i);
        self.bodies.get(i as usize)
    }
}

fn convert_func_type(ft: &wasmparser::FuncType, types: &[FuncType]) -> Result<FuncType, Error> {
    let convert = |ts: &[wasmparser::ValType]| ts.iter().map(|t| val_type(*t, types)).collect::<Result<Vec<_>, _>>();
    let (params, results) = (convert(ft.params())?, convert(ft.results())?);
    Ok(FuncType::new(params, results))
}

fn convert_table_type(t: &wasmparser::TableType, types: &[FuncType]) -> Result<TableType, Error> {
    Ok(TableType {
        elem: ref_type(t.element_type, types)?,
        limits: Limits {
            min: t.initial,
            max: t.maximum,
        },
        addr64: t.table64,
    })
}

fn convert_memory_type(t: &wasmparser::MemoryType) -> MemoryType {
    MemoryType {
        limits: Limits {
            min: t.initial,
            max: t.maximum,
        },
        addr64: t.memory64,
    }
}

fn convert_global_type(t: &wasmparser::GlobalType, types: &[FuncType]) -> Result<GlobalType, Error> {
    Ok(GlobalType {
        content: val_type(t.content_type, types)?,
        mutable: t.mutable,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const WAT: &str = r#"(module (memory 1)
        (func (export "f") (result i32) (i32.load (i32.const 0)))
        (data (i32.const 0) "\2a\00\00\00")
        (data "passive bytes"))"#;

    fn load(lazy: bool) -> Module {
        let opts = Options {
            lazy,
            ..Options::default()
        };
        Module::with_options(&wat::parse_str(WAT).unwrap(), &opts).unwrap()
    }

    #[test]
    fn data_segments_hold_their_bytes_either_way() {
        for lazy in [false, true] {
            let m = load(lazy);
            assert_eq!(&*m.datas[0].bytes, b"\x2a\x00\x00\x00", "lazy {lazy}");
            assert_eq!(&*m.datas[1].bytes, b"passive bytes", "lazy {lazy}");
        }
    }

    #[test]
    fn a_lazy_module_keeps_no_trailing_custom_section() {
        let mut bytes = wat::parse_str(WAT).unwrap();
        let len = bytes.len();
        // A custom section named "debug", 1,007 bytes long, at the end.
        bytes.extend([0, 0xef, 0x07, 5]);
        bytes.extend(b"debug");
        bytes.extend([0u8; 1001]);
        let m = Module::with_options(
            &bytes,
            &Options {
                lazy: true,
                ..Options::default()
            },
        )
        .unwrap();
        assert_eq!(m.lazy.as_ref().unwrap().bytes.len(), len);
        assert_eq!(&*m.datas[1].bytes, b"passive bytes");
        m.translate(0).unwrap();
        // A section whose size runs past the end: all bytes kept, and validation says no.
        assert_eq!(
            crate::binary_rules::kept_len(&[0, b'a', b's', b'm', 1, 0, 0, 0, 1, 0x7f]),
            10
        );
    }

    #[test]
    fn a_lazy_module_keeps_its_bytes_once() {
        let m = load(true);
        let source = &m.lazy.as_ref().unwrap().bytes;
        for d in &m.datas {
            assert!(Arc::ptr_eq(&d.bytes.all, source), "a segment was copied");
        }
        // Eagerly translated, nothing else keeps the module: each segment is its own copy.
        let m = load(false);
        assert_eq!(m.datas[0].bytes.all.len(), 4);
    }

    /// A linked body keeps its ops once, linked; read back, they are the plain
    /// ops, branch offsets included.
    #[test]
    fn linked_code_keeps_no_plain_ops_and_reads_back_as_them() {
        let wat = r#"(module (func (export "f") (param i32) (result i32) (local i32)
            (block (loop
                (br_if 1 (i32.eqz (local.get 0)))
                (if (i32.and (local.get 0) (i32.const 1))
                    (then (local.set 1 (i32.add (local.get 1) (i32.const 3))))
                    (else (br_table 0 1 (local.get 1))))
                (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
                (br 0)))
            (local.get 1)))"#;
        let bytes = wat::parse_str(wat).unwrap();
        let plain = Module::with_options(&bytes, &Options::default()).unwrap();
        let linked = Module::with_options(
            &bytes,
            &Options {
                link: Some(|_| std::ptr::null()),
                ..Options::default()
            },
        )
        .unwrap();
        let (plain, linked) = (
            plain.bodies[0].translated().unwrap(),
            linked.bodies[0].translated().unwrap(),
        );
        assert!(linked.code.is_empty());
        assert_eq!(linked.threaded.len(), plain.code.len());
        assert!(plain.code.iter().any(|op| op.branch_offset().is_some_and(|o| o < 0)));
        assert_eq!(format!("{:?}", linked.ops()), format!("{:?}", plain.code));
        assert_eq!(
            linked.bytes(),
            plain.code.len() * std::mem::size_of::<crate::ir::Threaded>()
        );
    }
}
